using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Kelayakan;

/// <summary>Eligibility lists for the Admin BKD: Satyalancana Karya Satya, regular promotion, pegawai berprestasi; paged, CSV export.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class KelayakanController(KelayakanService layanan, EksporRekap ekspor, IStringLocalizer<SharedResource> t) : Controller
{
    private const string Csv = "text/csv; charset=utf-8";

    [HttpGet]
    public async Task<IActionResult> Satyalancana(int? tahun, int? unitId, bool subunit, StatusSatyalancana? status, int halaman, string? format, CancellationToken ct)
    {
        var th = tahun ?? layanan.HariIni.Year;
        if (th is < 1900 or > 2200)
        {
            return NotFound();
        }

        var daftar = await layanan.SatyalancanaAsync(th, unitId, subunit, status, ct);
        if (format == "csv")
        {
            var baris = daftar.Baris.Select(b => (IReadOnlyList<object?>)
            [
                Nip.Format(b.Pegawai.Nip), b.Pegawai.NamaLengkap, b.Pegawai.NamaUnit ?? string.Empty, Tanggal(b.Pegawai.TmtCpns), b.Hasil.MasaKerjaTahun,
                t["JenisPenghargaan." + b.Hasil.Tingkat].Value, Tanggal(b.Hasil.TercapaiPada), t["StatusSatyalancana." + b.Hasil.Status].Value, Alasan(b.Hasil.Alasan),
            ]);
            return File(ekspor.Csv(JudulCsv("Kelayakan.Kolom.Nip", "Kelayakan.Kolom.Nama", "Kelayakan.Kolom.Unit", "Kelayakan.Kolom.TmtCpns", "Kelayakan.Kolom.MasaKerja", "Kelayakan.Kolom.Tingkat", "Kelayakan.Kolom.Tercapai", "Kelayakan.Kolom.Status", "Kelayakan.Kolom.Alasan"), baris), Csv, $"satyalancana-{th}.csv");
        }

        return View(new SatyalancanaViewModel(th, unitId, subunit, status, await layanan.UnitAsync(ct), daftar.Jumlah,
            KelayakanService.Halaman(daftar.Baris, halaman, HalamanExtensions.UkuranBawaan)));
    }

    [HttpGet]
    public async Task<IActionResult> KenaikanPangkat(DateOnly? periode, int? unitId, bool subunit, string? status, int halaman, string? format, CancellationToken ct)
    {
        var tanggal = periode ?? layanan.Periode.Berikutnya(layanan.HariIni);
        if (!layanan.Periode.AdalahPeriode(tanggal) || status is not (null or "" or "layak" or "tidak"))
        {
            return NotFound();
        }

        bool? layak = status switch { "layak" => true, "tidak" => false, _ => null };
        var daftar = await layanan.KenaikanPangkatAsync(tanggal, unitId, subunit, layak, ct);
        var (pertama, kedua) = KelayakanKenaikanPangkat.TahunPredikat(tanggal);
        if (format == "csv")
        {
            var baris = daftar.Baris.Select(b => (IReadOnlyList<object?>)
            [
                Nip.Format(b.Pegawai.Nip), b.Pegawai.NamaLengkap, b.Pegawai.NamaUnit ?? string.Empty, b.Pegawai.GolonganKode, b.Hasil.Berikutnya?.Kode ?? string.Empty,
                b.Pegawai.TmtGolongan is { } tmt ? Tanggal(tmt) : string.Empty, b.Hasil.MasaPangkatTahun, Predikat(b.PredikatPertama), Predikat(b.PredikatKedua),
                t[b.Hasil.Layak ? "Kelayakan.Layak" : "Kelayakan.TidakLayak"].Value, Alasan(b.Hasil.Alasan),
            ]);
            var judul = JudulCsv("Kelayakan.Kolom.Nip", "Kelayakan.Kolom.Nama", "Kelayakan.Kolom.Unit", "Kelayakan.Kolom.Golongan", "Kelayakan.Kolom.GolonganBerikutnya", "Kelayakan.Kolom.TmtGolongan", "Kelayakan.Kolom.MasaPangkat").Concat(
                [t["Kelayakan.PredikatTahun", pertama].Value, t["Kelayakan.PredikatTahun", kedua].Value, t["Kelayakan.Status"].Value, t["Kelayakan.Alasan"].Value]).ToList();
            return File(ekspor.Csv(judul, baris), Csv, $"kenaikan-pangkat-{tanggal:yyyy-MM-dd}.csv");
        }

        var pilihan = layanan.Periode.Daftar(layanan.HariIni, KelayakanService.JumlahPilihanPeriode).ToList();
        if (!pilihan.Contains(tanggal))
        {
            pilihan.Insert(0, tanggal);
        }

        return View(new KenaikanPangkatViewModel(tanggal, pilihan, pertama, kedua, unitId, subunit, status, await layanan.UnitAsync(ct), daftar.Jumlah,
            KelayakanService.Halaman(daftar.Baris, halaman, HalamanExtensions.UkuranBawaan)));
    }

    [HttpGet]
    public async Task<IActionResult> Berprestasi(int? tahun, int? unitId, bool subunit, int halaman, string? format, CancellationToken ct)
    {
        var th = tahun ?? layanan.HariIni.Year - 1;
        if (th is < 1900 or > 2200)
        {
            return NotFound();
        }

        var daftar = await layanan.BerprestasiAsync(th, unitId, subunit, ct);
        if (format == "csv")
        {
            var baris = daftar.Baris.Select(b => (IReadOnlyList<object?>)
            [
                Nip.Format(b.Pegawai.Nip), b.Pegawai.NamaLengkap, b.Pegawai.NamaUnit ?? string.Empty, b.Pegawai.GolonganKode,
                t[b.Hasil.Layak ? "Kelayakan.Layak" : "Kelayakan.TidakLayak"].Value, Alasan(b.Hasil.Alasan),
            ]);
            return File(ekspor.Csv(JudulCsv("Kelayakan.Kolom.Nip", "Kelayakan.Kolom.Nama", "Kelayakan.Kolom.Unit", "Kelayakan.Kolom.Golongan", "Kelayakan.Kolom.Status", "Kelayakan.Kolom.Alasan"), baris), Csv, $"pegawai-berprestasi-{th}.csv");
        }

        return View(new BerprestasiViewModel(th, unitId, subunit, await layanan.UnitAsync(ct), daftar.Jumlah,
            KelayakanService.Halaman(daftar.Baris, halaman, HalamanExtensions.UkuranBawaan)));
    }

    private static string Tanggal(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Predikat(Domain.Evaluasi.PredikatKinerja? p) => p is { } x ? t["PredikatKinerja." + x].Value : string.Empty;

    private string Alasan(IReadOnlyList<AlasanKelayakan> alasan) => string.Join("; ", alasan.Select(a => TeksAlasan.Format(t, a)));

    private List<string> JudulCsv(params string[] kunci) => [.. kunci.Select(k => t[k].Value)];
}

/// <summary>An eligibility reason in the reader's language: dates formatted, kinds through their labels.</summary>
public static class TeksAlasan
{
    public static string Format(IStringLocalizer t, AlasanKelayakan alasan) =>
        t[alasan.Kode, [.. alasan.Args.Select(a => Argumen(t, a))]].Value;

    private static object Argumen(IStringLocalizer t, object a) => a switch
    {
        DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.CurrentCulture),
        Enum e => t[e.GetType().Name + "." + e].Value,
        _ => a,
    };
}

public sealed record SatyalancanaViewModel(
    int Tahun, int? UnitId, bool Subunit, StatusSatyalancana? Status, IReadOnlyList<(int Id, string Nama)> Unit, IReadOnlyDictionary<string, int> Jumlah,
    Halaman<BarisSatyalancana> Baris);

public sealed record KenaikanPangkatViewModel(
    DateOnly Periode, IReadOnlyList<DateOnly> Pilihan, int TahunPertama, int TahunKedua, int? UnitId, bool Subunit, string? Status,
    IReadOnlyList<(int Id, string Nama)> Unit, IReadOnlyDictionary<string, int> Jumlah, Halaman<BarisKenaikanPangkat> Baris);

public sealed record BerprestasiViewModel(
    int Tahun, int? UnitId, bool Subunit, IReadOnlyList<(int Id, string Nama)> Unit, IReadOnlyDictionary<string, int> Jumlah, Halaman<BarisBerprestasi> Baris);
