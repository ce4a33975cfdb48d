using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SiKinerja.Web.Hosting;

namespace SiKinerja.Web.Features.Bahasa;

/// <summary>Switches the interface language (Bahasa Indonesia by default) with the culture cookie.</summary>
[AllowAnonymous]
public sealed class BahasaController : Controller
{
    [HttpPost]
    public IActionResult Atur(string budaya, string? kembali)
    {
        if (ServiceCollectionExtensions.SupportedCultures.Any(c => c.Name == budaya))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(budaya)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return LocalRedirect(!string.IsNullOrEmpty(kembali) && Url.IsLocalUrl(kembali) ? kembali : "/");
    }
}
