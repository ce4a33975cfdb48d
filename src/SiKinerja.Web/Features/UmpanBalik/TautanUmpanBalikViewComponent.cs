using Microsoft.AspNetCore.Mvc;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>
/// "Umpan balik" links per evaluation period of an approved SKP, for pages that already checked the user may read the SKP
/// (the SKP detail page): <c>@await Component.InvokeAsync("TautanUmpanBalik", new { skpId })</c>. Renders nothing for an
/// SKP that is not the evaluated one.
/// </summary>
public sealed class TautanUmpanBalikViewComponent(UmpanBalikService layanan) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int skpId) =>
        View("~/Features/UmpanBalik/_TautanUmpanBalik.cshtml", await layanan.TautanAsync(skpId, HttpContext.RequestAborted));
}
