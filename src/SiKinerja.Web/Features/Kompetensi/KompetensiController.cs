using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Kompetensi;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class KompetensiController(
    KompetensiService layanan,
    IValidator<KompetensiForm> validator,
    IValidator<StandarForm> standarValidator,
    IValidator<AsesmenForm> asesmenValidator,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] KompetensiFilter filter, CancellationToken ct) =>
        View(new KompetensiIndexViewModel(filter, await layanan.CariAsync(filter, ct)));

    [HttpGet]
    public IActionResult Tambah() => View("Form", new KompetensiForm());

    [HttpPost]
    public async Task<IActionResult> Tambah(KompetensiForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return View("Form", form);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                await layanan.BuatAsync(form, ct);
                TempData.Sukses(t["Kompetensi.Ditambahkan"]);
                return RedirectToAction(nameof(Index));
            },
            () => Task.FromResult<IActionResult>(View("Form", form)));
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var form = await layanan.GetFormAsync(id, ct);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, KompetensiForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return View("Form", form);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.UbahAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Kompetensi.Disimpan"]);
                return RedirectToAction(nameof(Index));
            },
            () => Task.FromResult<IActionResult>(View("Form", form)));
    }

    [HttpPost]
    public Task<IActionResult> Aktif(int id, int version, bool aktif, CancellationToken ct) =>
        this.UbahLaluKembaliAsync(t, () => layanan.AturAktifAsync(id, version, aktif, ct),
            aktif ? "Kompetensi.Diaktifkan" : "Kompetensi.Dinonaktifkan", () => RedirectToAction(nameof(Index)));

    [HttpGet("/Kompetensi/Standar/{jabatanId:int}")]
    public async Task<IActionResult> Standar(int jabatanId, CancellationToken ct)
    {
        var form = await layanan.GetStandarAsync(jabatanId, ct);
        return form is null ? NotFound() : await StandarFormAsync(form, ct);
    }

    [HttpPost("/Kompetensi/Standar/{jabatanId:int}")]
    public async Task<IActionResult> Standar(int jabatanId, StandarForm form, CancellationToken ct)
    {
        form.JabatanId = jabatanId;
        if (!await ModelState.ValidasiAsync(standarValidator, form, ct))
        {
            return await StandarFormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.SimpanStandarAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Kompetensi.StandarDisimpan"]);
                return Redirect($"/Kompetensi/Standar/{jabatanId}");
            },
            () => StandarFormAsync(form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Asesmen(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(pegawaiId, ct);
        return pegawai is null ? NotFound() : View(new AsesmenIndexViewModel(pegawai, await layanan.DaftarAsesmenAsync(pegawaiId, ct)));
    }

    [HttpGet]
    public async Task<IActionResult> AsesmenForm(int pegawaiId, int? id, CancellationToken ct)
    {
        var form = await layanan.GetAsesmenFormAsync(pegawaiId, id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> AsesmenForm(int pegawaiId, int? id, AsesmenForm form, CancellationToken ct)
    {
        form.PegawaiId = pegawaiId;
        form.Id = id;
        if (!await ModelState.ValidasiAsync(asesmenValidator, form, ct))
        {
            return await AsesmenUlangAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (await layanan.SimpanAsesmenAsync(form, Nip(), ct) is null)
                {
                    return NotFound();
                }

                TempData.Sukses(t["Kompetensi.AsesmenDisimpan"]);
                return RedirectToAction(nameof(Asesmen), new { pegawaiId });
            },
            () => AsesmenUlangAsync(form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Kesenjangan(int? unitId, bool subunit, int halaman, CancellationToken ct)
    {
        var unit = await layanan.DaftarUnitAsync(ct);
        if (unitId is not { } id)
        {
            return View(new KesenjanganUnitPageModel(unit, null));
        }

        var model = await layanan.KesenjanganUnitAsync(id, subunit, halaman, ct);
        return model is null ? NotFound() : View(new KesenjanganUnitPageModel(unit, model));
    }

    [HttpGet]
    public async Task<IActionResult> Talenta(int? tahun, int? unitId, bool subunit, int? kotak, int halaman, CancellationToken ct)
    {
        var unit = await layanan.DaftarUnitAsync(ct);
        var th = tahun ?? clock.GetLocalNow().Year - 1;
        if (unitId is not { } id)
        {
            return View(new TalentaPageModel(unit, th, null));
        }

        var model = await layanan.TalentaAsync(th, id, subunit, kotak, halaman, ct);
        return model is null ? NotFound() : View(new TalentaPageModel(unit, th, model));
    }

        private string Nip() => User.FindFirstValue(Klaim.Nip) ?? User.Identity?.Name ?? string.Empty;

    private async Task<IActionResult> StandarFormAsync(StandarForm form, CancellationToken ct)
    {
        form.NamaJabatan = await layanan.NamaJabatanAsync(form.JabatanId, ct);
        if (form.NamaJabatan is null)
        {
            return NotFound();
        }

        form.Pilihan = await layanan.PilihanAsync(ct);
        var kosong = form.Baris.Count(b => b.Id is null && b.KompetensiId is null);
        for (var i = kosong; i < 3; i++)
        {
            form.Baris.Add(new BarisStandarForm());
        }

        return View("Standar", form);
    }

    private async Task<IActionResult> AsesmenUlangAsync(AsesmenForm form, CancellationToken ct)
    {
        var isi = await layanan.LengkapiAsync(form, null, ct);
        return isi is null ? NotFound() : View("AsesmenForm", isi);
    }
}

/// <summary>The gap page of one employee, readable beyond the Admin BKD (per-record check).</summary>
[Authorize]
public sealed class KesenjanganPegawaiController(KompetensiService layanan) : Controller
{
    /// <summary>An employee's gaps: the Admin BKD, the employee and their pejabat penilai; anyone else 404.</summary>
    [HttpGet("/Kompetensi/Kesenjangan/Pegawai/{pegawaiId:int}")]
    public async Task<IActionResult> KesenjanganPegawai(int pegawaiId, CancellationToken ct)
    {
        var model = await layanan.KesenjanganPegawaiAsync(pegawaiId, ct);
        if (model is null || !AturanAksesKompetensi.BolehBaca(Admin(), User.PegawaiIdDari(), model.Pegawai.Id, model.Pegawai.AtasanLangsungId))
        {
            return NotFound();
        }

        return View("~/Features/Kompetensi/KesenjanganPegawai.cshtml", model);
    }

    private bool Admin() => User.IsInRole(Peran.AdminBkd) || User.IsInRole(Peran.Administrator);
}

/// <summary>Who may read an employee's competency gaps (pure).</summary>
public static class AturanAksesKompetensi
{
    public static bool BolehBaca(bool admin, int? pembacaPegawaiId, int pegawaiId, int? atasanLangsungId) =>
        admin || (pembacaPegawaiId is { } saya && (saya == pegawaiId || saya == atasanLangsungId));
}

public sealed record KompetensiIndexViewModel(KompetensiFilter Filter, Halaman<KompetensiBaris> Halaman);

public sealed record AsesmenIndexViewModel(PegawaiRingkas Pegawai, IReadOnlyList<AsesmenBaris> Asesmen);

public sealed record KesenjanganUnitPageModel(IReadOnlyList<(int Id, string Nama)> Unit, KesenjanganUnitViewModel? Hasil);

public sealed record TalentaPageModel(IReadOnlyList<(int Id, string Nama)> Unit, int Tahun, TalentaViewModel? Hasil);
