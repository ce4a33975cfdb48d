using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.RekapPengembangan;

/// <summary>The 20 JP a year recap for the Admin BKD: per perangkat daerah / unit, drill-down to people, CSV and xlsx export.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class RekapPengembanganController(RekapPengembanganService layanan, EksporRekap ekspor) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const int TahunMinimum = 2000;
    private const int TahunMaksimum = 2100;

    private static readonly string[] JudulAngka = ["JUMLAH PEGAWAI", "MENCAPAI TARGET", "KURANG DARI TARGET", "RATA-RATA JP TERVERIFIKASI", "JP MENUNGGU VERIFIKASI"];

    [HttpGet]
    public async Task<IActionResult> Index(int? tahun, int? perangkatDaerahId, CancellationToken ct)
    {
        if (Tahun(tahun) is not { } th)
        {
            return NotFound();
        }

        var hasil = await layanan.RekapAsync(th, perangkatDaerahId, ct);
        return View(new RekapJpIndexViewModel(th, layanan.Target, perangkatDaerahId, hasil));
    }

    [HttpGet]
    public async Task<IActionResult> Unit(int id, int? tahun, bool subunit, bool kurang, int halaman, CancellationToken ct)
    {
        if (Tahun(tahun) is not { } th || await layanan.JalurUnitAsync(id, ct) is not { } jalur)
        {
            return NotFound();
        }

        subunit &= id != RekapSkpService.TanpaUnit;
        var daftar = await layanan.PegawaiAsync(th, id, subunit, kurang, halaman, HalamanExtensions.UkuranBawaan, ct);
        return View(new RekapJpUnitViewModel(th, layanan.Target, id, jalur, subunit, kurang, daftar));
    }

    [HttpGet]
    public async Task<IActionResult> Ekspor(int? tahun, int? perangkatDaerahId, string? format, CancellationToken ct)
    {
        if (Tahun(tahun) is not { } th || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var hasil = await layanan.RekapAsync(th, perangkatDaerahId, ct);
        var baris = hasil.Baris.Append(hasil.Jumlah with { Jalur = "JUMLAH" })
            .Select(b => (IReadOnlyList<object?>)
            [
                b.UnitId == RekapSkpService.TanpaUnit ? "(Tanpa jabatan)" : b.Jalur, b.Total, b.Tercapai, b.Kurang, b.RataRata, b.JpTertunda,
            ]);
        string[] judul = [perangkatDaerahId is null ? "PERANGKAT DAERAH" : "UNIT KERJA", .. JudulAngka];
        var nama = perangkatDaerahId is { } pd ? $"rekap-jp-{th}-pd-{pd}" : $"rekap-jp-{th}";
        return Berkas(format, nama, "Rekap JP", judul, baris);
    }

    [HttpGet]
    public async Task<IActionResult> EksporUnit(int id, int? tahun, bool subunit, bool kurang, string? format, CancellationToken ct)
    {
        if (Tahun(tahun) is not { } th || format is not ("csv" or "xlsx") || await layanan.JalurUnitAsync(id, ct) is null)
        {
            return NotFound();
        }

        subunit &= id != RekapSkpService.TanpaUnit;
        var pegawai = await layanan.SemuaPegawaiAsync(th, id, subunit, kurang, ct);
        var csv = format == "csv";
        var baris = pegawai.Select(p => (IReadOnlyList<object?>)
        [
            // CSV has no cell types: the spaced NIP stays text in spreadsheet apps; the xlsx cell is a text cell.
            csv ? Nip.Format(p.Nip) : p.Nip, p.NamaLengkap, p.NamaJabatan ?? string.Empty,
            .. subunit ? new object?[] { p.JalurUnit ?? string.Empty } : [],
            p.JpTerverifikasi, p.JpTertunda, p.Kekurangan,
        ]);
        string[] judul = ["NIP", "NAMA", "JABATAN", .. subunit ? new[] { "UNIT KERJA" } : [], "JP TERVERIFIKASI", "JP MENUNGGU VERIFIKASI", "KEKURANGAN JP"];
        var nama = $"rekap-jp-{th}-unit-{id}" + (subunit ? "-subunit" : string.Empty) + (kurang ? "-kurang" : string.Empty);
        return Berkas(format, nama, "Pegawai", judul, baris);
    }

    private int? Tahun(int? tahun) => tahun switch
    {
        null => layanan.TahunIni,
        >= TahunMinimum and <= TahunMaksimum => tahun,
        _ => null,
    };

    private FileContentResult Berkas(string format, string nama, string sheet, IReadOnlyList<string> judul, IEnumerable<IReadOnlyList<object?>> baris) =>
        format == "csv"
            ? File(ekspor.Csv(judul, baris), "text/csv; charset=utf-8", nama + ".csv")
            : File(ekspor.Xlsx(sheet, judul, baris), Xlsx, nama + ".xlsx");
}

public sealed record RekapJpIndexViewModel(int Tahun, int Target, int? PerangkatDaerahId, RekapJpHasil Hasil);

public sealed record RekapJpUnitViewModel(int Tahun, int Target, int UnitId, string Jalur, bool Subunit, bool Kurang, Halaman<PegawaiJp> Pegawai);
