using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>
/// Scoring by the pejabat penilai (issue 4 parts 3–4): the scoring page of one SKP in one period, the team page with
/// the live distribution curve, and the organisation predikat. Every action checks the record on the server
/// (<see cref="AksesEvaluasi"/>: no read right → 404, read without the right to act → 403).
/// </summary>
public sealed class EvaluasiController(
    PenilaianService penilaian, TimService tim, PredikatOrganisasiService organisasi, IStringLocalizer<SharedResource> t) : Controller
{
    private PenggunaSkp Pengguna => PenggunaSkp.Dari(User);

    [HttpGet("Evaluasi/Nilai/{skpId:int}/{periodeId:int}")]
    public async Task<IActionResult> Nilai(int skpId, int periodeId, CancellationToken ct) => await HalamanNilaiAsync(skpId, periodeId, null, ct);

    [HttpPost("Evaluasi/Nilai/{skpId:int}/{periodeId:int}")]
    public async Task<IActionResult> Nilai(int skpId, int periodeId, NilaiForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await HalamanNilaiAsync(skpId, periodeId, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var (hasil, tolak) = await penilaian.SimpanAsync(Pengguna, skpId, periodeId, form, ct);
                if (hasil != HasilAkses.Ok)
                {
                    return hasil == HasilAkses.Dilarang ? Forbid() : NotFound();
                }

                if (tolak is not null)
                {
                    TambahTolak(tolak);
                    return await HalamanNilaiAsync(skpId, periodeId, form, ct);
                }

                TempData.Sukses(t[form.Finalkan ? "Penilaian.Difinalkan" : "Penilaian.Disimpan"]);
                return RedirectToAction(nameof(Nilai), new { skpId, periodeId });
            },
            () => HalamanNilaiAsync(skpId, periodeId, form, ct));
    }

    [HttpGet]
    public async Task<IActionResult> Tim(int? periode, CancellationToken ct)
    {
        if (Pengguna.PegawaiId is null)
        {
            return Forbid();
        }

        return await TimAsync(periode, null, null, ct);
    }

    [HttpPost]
    [ActionName("Tim")]
    public async Task<IActionResult> SimpanTim(TimForm form, CancellationToken ct)
    {
        if (Pengguna.PegawaiId is null)
        {
            return Forbid();
        }

        var isian = form.Baris.GroupBy(b => b.SkpId).ToDictionary(g => g.Key, g => g.Last());
        if (!ModelState.IsValid)
        {
            return await TimAsync(form.Periode, isian, [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()], ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (await tim.SimpanAsync(Pengguna, form, ct) is not { } hasil)
                {
                    return NotFound();
                }

                if (hasil.Tolak is { } tolak)
                {
                    TambahTolak(tolak);
                    return await TimAsync(form.Periode, isian, null, ct);
                }

                if (!hasil.Berhasil)
                {
                    foreach (var g in hasil.Galat)
                    {
                        ModelState.AddModelError(string.Empty, g);
                    }

                    return await TimAsync(form.Periode, isian, null, ct);
                }

                TempData.Sukses(t["Penilaian.TimDisimpan", hasil.Disimpan, hasil.Difinalkan]);
                return RedirectToAction(nameof(Tim), new { periode = form.Periode });
            },
            () => TimAsync(form.Periode, isian, null, ct));
    }

    /// <summary>
    /// The live curve for the browser: the bounds and findings for <paramref name="organisasi"/> and the counts
    /// <paramref name="jumlah"/> (Sangat Baik … Sangat Kurang). Pure computation, no data read: the rule stays in one
    /// place (<see cref="KurvaDistribusi"/>).
    /// </summary>
    [HttpGet]
    public IActionResult Kurva(PredikatOrganisasi organisasi, int[] jumlah)
    {
        if (!Enum.IsDefined(organisasi) || jumlah is null || jumlah.Length != 5 || jumlah.Any(j => j is < 0 or > 1_000_000))
        {
            return BadRequest();
        }

        var urut = Enum.GetValues<PredikatKinerja>();
        var hitung = urut.Select((p, i) => (p, jumlah[i])).ToDictionary(x => x.p, x => x.Item2);
        var kurva = KurvaTampilan.Hitung(0, string.Empty, organisasi, hitung, hitung, AturanKurva.Bawaan);
        return Json(new
        {
            ukuran = kurva.Ukuran,
            batas = kurva.Batas.Select(b => new { predikat = b.Predikat.ToString(), jumlah = hitung[b.Predikat], minimum = b.Minimum, maksimum = b.Maksimum }),
            temuan = kurva.Temuan.Select(x => new { teks = t[x.Kode, [.. x.Argumen]].Value, memblokir = x.Memblokir }),
        });
    }

    [HttpGet]
    public async Task<IActionResult> PredikatOrganisasi(int? periode, CancellationToken ct) =>
        await organisasi.HalamanAsync(Pengguna, periode, null, ct) is { } model ? View(model) : NotFound();

    [HttpPost]
    [ActionName("PredikatOrganisasi")]
    public async Task<IActionResult> SimpanPredikatOrganisasi(PredikatOrganisasiForm form, CancellationToken ct)
    {
        if (form.Predikat is not { } p || !Enum.IsDefined(p))
        {
            ModelState.AddModelError(nameof(form.Predikat), t["Penilaian.PredikatOrganisasiWajib"]);
        }

        if (!ModelState.IsValid)
        {
            return await HalamanOrganisasiAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (await organisasi.SimpanAsync(Pengguna, form, ct) != HasilAkses.Ok)
                {
                    return NotFound();
                }

                TempData.Sukses(t["Penilaian.PredikatOrganisasiDisimpan"]);
                return RedirectToAction(nameof(PredikatOrganisasi), new { periode = form.Periode });
            },
            () => HalamanOrganisasiAsync(form, ct));
    }

    private async Task<IActionResult> HalamanOrganisasiAsync(PredikatOrganisasiForm form, CancellationToken ct) =>
        await organisasi.HalamanAsync(Pengguna, form.Periode, form, ct) is { } model ? View(nameof(PredikatOrganisasi), model) : NotFound();

    private async Task<IActionResult> HalamanNilaiAsync(int skpId, int periodeId, NilaiForm? form, CancellationToken ct)
    {
        var (hasil, model) = await penilaian.HalamanAsync(Pengguna, skpId, periodeId, form, ct);
        return hasil == HasilAkses.Ok ? View(nameof(Nilai), model) : NotFound();
    }

    private async Task<IActionResult> TimAsync(int? periode, IReadOnlyDictionary<int, BarisTimForm>? isian, IReadOnlyList<string>? temuan, CancellationToken ct)
    {
        if (await tim.TimAsync(Pengguna, periode, isian, temuan, ct) is not { } model)
        {
            return NotFound();
        }

        return View(nameof(Tim), model);
    }

    private void TambahTolak(TolakPenetapan tolak)
    {
        foreach (var unit in tolak.UnitTanpaPredikat)
        {
            ModelState.AddModelError(string.Empty, t["Penilaian.TanpaPredikatOrganisasi", unit]);
        }

        foreach (var k in tolak.Kurva)
        {
            var temuan = string.Join(" ", k.Temuan.Where(x => x.Memblokir).Select(x => t[x.Kode, [.. x.Argumen]].Value));
            ModelState.AddModelError(string.Empty, t["Penilaian.KurvaMemblokir", k.NamaUnit, temuan]);
        }
    }

}
