using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pegawai;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class PegawaiController(
    PegawaiService pegawai,
    ProfilService profil,
    PencarianJabatanService jabatan,
    IValidator<PegawaiForm> validator,
    IValidator<StatusPegawaiForm> statusValidator,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] PegawaiFilter filter, CancellationToken ct) =>
        View(new PegawaiIndexViewModel(filter, await pegawai.CariAsync(filter, ct), await pegawai.DaftarUnitAsync(ct)));

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var model = await profil.GetAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        return View(new PegawaiDetailViewModel(model, await pegawai.RiwayatAsync(id, ct)));
    }

    [HttpGet]
    public IActionResult Tambah() => View("Form", new PegawaiForm());

    [HttpPost]
    public async Task<IActionResult> Tambah(PegawaiForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var id = await pegawai.BuatAsync(form, ct);
                TempData.Sukses(t["Pegawai.Ditambahkan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var form = await pegawai.GetFormAsync(id, ct);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, PegawaiForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await pegawai.UbahAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Pegawai.Disimpan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Status(int id, CancellationToken ct)
    {
        var form = await pegawai.GetStatusFormAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Status(int id, StatusPegawaiForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(statusValidator, form, ct))
        {
            return View(form);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await pegawai.UbahStatusAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Pegawai.StatusDisimpan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => Task.FromResult<IActionResult>(View(form)));
    }

    /// <summary>Position picker: active positions whose name or unit matches <paramref name="q"/>.</summary>
    [HttpGet]
    public async Task<IActionResult> CariJabatan(string? q, CancellationToken ct) => Json(await jabatan.CariAsync(q, ct));

    private async Task<IActionResult> FormAsync(PegawaiForm form, CancellationToken ct)
    {
        if (form.JabatanId is { } jabatanId)
        {
            form.NamaJabatan = await jabatan.LabelAsync(jabatanId, ct);
        }

        return View("Form", form);
    }
}

public sealed record PegawaiIndexViewModel(PegawaiFilter Filter, Halaman<PegawaiBaris> Halaman, IReadOnlyList<PilihanUnit> Unit);

public sealed record PegawaiDetailViewModel(ProfilViewModel Profil, IReadOnlyList<AuditBaris> Riwayat);
