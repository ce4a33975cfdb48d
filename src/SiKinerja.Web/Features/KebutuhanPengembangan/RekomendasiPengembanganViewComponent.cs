using Microsoft.AspNetCore.Mvc;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>
/// The "Rekomendasi pengembangan" panel of an evaluation page: the employee's needs of the year and, for the pejabat penilai
/// or the Admin BKD, the form that records one. Periodic page: <c>@await Component.InvokeAsync("RekomendasiPengembangan",
/// new { skpId, periodeId })</c>; annual page: <c>new { pegawaiId, tahun }</c>. Renders nothing for a user who may not read them.
/// </summary>
public sealed class RekomendasiPengembanganViewComponent(KebutuhanPengembanganService layanan) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? skpId = null, int? periodeId = null, int? pegawaiId = null, int? tahun = null)
    {
        var sumber = new CatatKebutuhanForm { SkpId = skpId, PeriodeId = periodeId, PegawaiId = pegawaiId, Tahun = tahun };
        var panel = await layanan.PanelAsync(sumber, PenggunaSkp.Dari(UserClaimsPrincipal), HttpContext.RequestAborted);
        return panel is null ? Content(string.Empty) : View("~/Features/KebutuhanPengembangan/_RekomendasiPengembangan.cshtml", panel);
    }
}
