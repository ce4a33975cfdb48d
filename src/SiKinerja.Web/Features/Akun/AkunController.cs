using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Akun;

public sealed class AkunController(
    AkunService akun,
    SignInManager<AppUser> signIn,
    IValidator<MasukForm> masukValidator,
    IValidator<GantiPasswordForm> gantiValidator,
    IStringLocalizer<SharedResource> t) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Masuk(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(AmanUrl(returnUrl)) : View(new MasukForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Masuk(MasukForm form, CancellationToken ct)
    {
        var validation = await masukValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(form);
        }

        var hasil = await akun.MasukAsync(form.Login, form.Password, form.IngatSaya);
        switch (hasil)
        {
            case HasilMasuk.Berhasil:
                return LocalRedirect(AmanUrl(form.ReturnUrl));
            case HasilMasuk.HarusGantiPassword:
                return RedirectToAction(nameof(GantiPassword));
            case HasilMasuk.Terkunci:
                ModelState.AddModelError(string.Empty, t["Akun.Terkunci"]);
                break;
            default:
                ModelState.AddModelError(string.Empty, t["Akun.MasukGagal"]);
                break;
        }

        form.Password = string.Empty;
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Keluar()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Masuk));
    }

    [HttpGet]
    public IActionResult GantiPassword() => View(new GantiPasswordForm());

    [HttpPost]
    public async Task<IActionResult> GantiPassword(GantiPasswordForm form, CancellationToken ct)
    {
        var validation = await gantiValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(new GantiPasswordForm());
        }

        var errors = await akun.GantiPasswordAsync(User, form.PasswordLama, form.PasswordBaru);
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                ModelState.AddModelError(nameof(form.PasswordBaru), e);
            }

            return View(new GantiPasswordForm());
        }

        TempData.Sukses(t["Akun.PasswordDiganti"]);
        return RedirectToAction("Index", "Beranda");
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AksesDitolak()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string AmanUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action("Index", "Beranda")!;
}
