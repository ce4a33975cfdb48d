using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.RekapSkp;

/// <summary>SKP completion per unit for the Admin BKD: recap, drill-down to people, CSV and xlsx export.</summary>
[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class RekapSkpController(RekapSkpService layanan, EksporRekap ekspor) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] JudulRekap =
        ["UNIT KERJA", "JUMLAH PEGAWAI", "BELUM DIBUAT", "DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "REVISI BERJALAN", "PERSEN DISETUJUI"];

    private static readonly string[] JudulRekapPd =
        ["PERANGKAT DAERAH", "JUMLAH PEGAWAI", "BELUM DIBUAT", "DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "REVISI BERJALAN", "PERSEN DISETUJUI"];

    private static readonly string[] JudulPegawai = ["NIP", "NAMA", "JABATAN", "STATUS SKP", "REVISI BERJALAN"];

    private static readonly string[] JudulPegawaiSubunit = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "STATUS SKP", "REVISI BERJALAN"];

    [HttpGet]
    public async Task<IActionResult> Index(int? tahunKinerjaId, int? perangkatDaerahId, CancellationToken ct)
    {
        var (daftar, tahun) = await layanan.TahunAsync(tahunKinerjaId, ct);
        if (tahunKinerjaId is not null && tahun is null)
        {
            return NotFound();
        }

        var hasil = tahun is null ? null : await layanan.RekapAsync(tahun.Id, perangkatDaerahId, ct);
        return View(new RekapIndexViewModel(daftar, tahun, perangkatDaerahId, hasil));
    }

    [HttpGet]
    public async Task<IActionResult> Unit(int id, int? tahunKinerjaId, StatusRekap? status, bool subunit, int halaman, CancellationToken ct)
    {
        var (_, tahun) = await layanan.TahunAsync(tahunKinerjaId, ct);
        if (tahun is null || await layanan.JalurUnitAsync(id, ct) is not { } jalur)
        {
            return NotFound();
        }

        subunit &= id != RekapSkpService.TanpaUnit;
        var daftar = await layanan.PegawaiAsync(tahun.Id, id, subunit, status, halaman, HalamanExtensions.UkuranBawaan, ct);
        return View(new RekapUnitViewModel(tahun, id, jalur, subunit, status, daftar));
    }

    [HttpGet]
    public async Task<IActionResult> Ekspor(int? tahunKinerjaId, int? perangkatDaerahId, string? format, CancellationToken ct)
    {
        var (_, tahun) = await layanan.TahunAsync(tahunKinerjaId, ct);
        if (tahun is null || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var hasil = await layanan.RekapAsync(tahun.Id, perangkatDaerahId, ct);
        var baris = hasil.Baris.Append(hasil.Jumlah with { Jalur = "JUMLAH" })
            .Select(b => (IReadOnlyList<object?>)
            [
                b.UnitId == RekapSkpService.TanpaUnit ? "(Tanpa jabatan)" : b.Jalur, b.Total, b.BelumDibuat, b.Draft, b.Diajukan, b.Dikembalikan,
                b.Disetujui, b.RevisiBerjalan, b.PersenDisetujui,
            ]);
        // The file follows the mode shown: one row per perangkat daerah, or the units of the one chosen.
        return perangkatDaerahId is { } pd
            ? Berkas(format, $"rekap-skp-{tahun.Tahun}-pd-{pd}", "Rekap SKP", JudulRekap, baris)
            : Berkas(format, $"rekap-skp-{tahun.Tahun}", "Rekap SKP", JudulRekapPd, baris);
    }

    [HttpGet]
    public async Task<IActionResult> EksporUnit(int id, int? tahunKinerjaId, StatusRekap? status, bool subunit, string? format, CancellationToken ct)
    {
        var (_, tahun) = await layanan.TahunAsync(tahunKinerjaId, ct);
        if (tahun is null || format is not ("csv" or "xlsx") || await layanan.JalurUnitAsync(id, ct) is null)
        {
            return NotFound();
        }

        subunit &= id != RekapSkpService.TanpaUnit;
        var pegawai = await layanan.SemuaPegawaiAsync(tahun.Id, id, subunit, status, ct);
        var csv = format == "csv";
        var baris = pegawai.Select(p => (IReadOnlyList<object?>)
        [
            // CSV has no cell types: the spaced NIP stays text in spreadsheet apps; the xlsx cell is a text cell.
            csv ? Nip.Format(p.Nip) : p.Nip, p.NamaLengkap, p.NamaJabatan ?? string.Empty,
            .. subunit ? new object?[] { p.JalurUnit ?? string.Empty } : [],
            AturanRekap.LabelEkspor(p.Status), p.RevisiBerjalan ? "Ya" : string.Empty,
        ]);
        return subunit
            ? Berkas(format, $"rekap-skp-{tahun.Tahun}-unit-{id}-subunit", "Pegawai", JudulPegawaiSubunit, baris)
            : Berkas(format, $"rekap-skp-{tahun.Tahun}-unit-{id}", "Pegawai", JudulPegawai, baris);
    }

    private FileContentResult Berkas(string format, string nama, string sheet, IReadOnlyList<string> judul, IEnumerable<IReadOnlyList<object?>> baris) =>
        format == "csv"
            ? File(ekspor.Csv(judul, baris), "text/csv; charset=utf-8", nama + ".csv")
            : File(ekspor.Xlsx(sheet, judul, baris), Xlsx, nama + ".xlsx");
}

public sealed record RekapIndexViewModel(IReadOnlyList<PilihanTahun> Tahun, PilihanTahun? Terpilih, int? PerangkatDaerahId, RekapHasil? Hasil);

public sealed record RekapUnitViewModel(PilihanTahun Tahun, int UnitId, string Jalur, bool Subunit, StatusRekap? Status, Halaman<PegawaiRekap> Pegawai);
