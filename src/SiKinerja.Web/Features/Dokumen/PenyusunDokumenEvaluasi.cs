using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.TahunKinerja;
using TahunKinerjaEntity = SiKinerja.Domain.Periode.TahunKinerja;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>One part of the line "PERIODE: TRIWULAN I/II/III/IV–AKHIR"; what does not apply is struck out.</summary>
public sealed record BagianPeriodeDokumen(string Teks, bool Berlaku);

/// <summary>The whole line: the kind word ("TRIWULAN"), the numbers, and "AKHIR" (the annual evaluation).</summary>
public sealed record BarisPeriodeDokumen(BagianPeriodeDokumen Jenis, IReadOnlyList<BagianPeriodeDokumen> Nomor, BagianPeriodeDokumen Akhir);

/// <summary>Sections 6–8 of the decision sheet (DOMAIN.md §5.4; unconfirmed as official, printed only when a keberatan exists).</summary>
/// <param name="Penjelasan">The pejabat penilai's explanation: not recorded by the application, "—".</param>
/// <param name="Keputusan">"Keberatan diterima" / "Keberatan ditolak" / "Belum diputuskan".</param>
public sealed record KeberatanDokumen(string Alasan, DateOnly Diajukan, string Penjelasan, string Keputusan, string? CatatanKeputusan);

/// <summary>The DOKUMEN EVALUASI KINERJA PEGAWAI (DOMAIN.md §5.4), periodic or annual (same sheet, PERIODE: AKHIR).</summary>
/// <param name="Catatan">Section 5 (the pejabat penilai's note), printed as text; null → "—".</param>
/// <param name="TanggalTandaTangan">The day it was finalised (WIB).</param>
public sealed record DokumenEvaluasiModel(
    BarisPeriodeDokumen Periode,
    DateOnly Mulai,
    DateOnly Selesai,
    OrangDokumen Pegawai,
    OrangDokumen? Penilai,
    OrangDokumen? Atasan,
    string CapaianOrganisasi,
    string Predikat,
    IReadOnlyList<string> Catatan,
    KeberatanDokumen? Keberatan,
    DateOnly TanggalTandaTangan);

/// <summary>Pieces the evaluation documents share (periodic, annual, penetapan).</summary>
public static partial class BagianEvaluasiDokumen
{
    /// <summary>
    /// For a batch of a per-period kind: the decided evaluations of the units in the chosen period (every period of the
    /// year when none is chosen), ordered by unit, period and the employee's name.
    /// </summary>
    public static async Task<IReadOnlyList<KunciDokumen>> DaftarPeriodeAsync(AppDbContext db, JenisDokumen jenis, PilihanCetak pilihan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pilihan);
        var units = pilihan.UnitKerjaIds.ToList();
        var rows = await (from e in db.EvaluasiPeriode.AsNoTracking()
                          where units.Contains(e.UnitKerjaId) && e.Predikat != null
                                && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima || e.Status == StatusEvaluasi.Keberatan)
                          join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
                          join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                          where k.Tahun == pilihan.Tahun && (pilihan.PeriodeEvaluasiId == null || p.Id == pilihan.PeriodeEvaluasiId)
                          join s in db.Skp on e.SkpId equals s.Id
                          orderby e.UnitKerjaId, p.Nomor, s.Snapshot.Pegawai.NamaLengkap, s.Id
                          select new { e.SkpId, e.PeriodeEvaluasiId })
            .ToListAsync(ct);
        return [.. rows.Select(r => new KunciDokumen(jenis, r.SkpId, r.PeriodeEvaluasiId))];
    }

    /// <summary>
    /// For a batch of an annual kind: the final annual evaluations of the year of the employees whose position is in the
    /// units, ordered by unit and the employee's name.
    /// </summary>
    public static async Task<IReadOnlyList<KunciDokumen>> DaftarTahunanAsync(AppDbContext db, JenisDokumen jenis, PilihanCetak pilihan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pilihan);
        var units = pilihan.UnitKerjaIds.ToList();
        var ids = await (from e in db.EvaluasiTahunan.AsNoTracking()
                         where e.Status == StatusEvaluasiTahunan.Final
                         join k in db.TahunKinerja on e.TahunKinerjaId equals k.Id
                         where k.Tahun == pilihan.Tahun
                         join p in db.Pegawai on e.PegawaiId equals p.Id
                         where p.Jabatan != null && units.Contains(p.Jabatan.UnitKerjaId)
                         orderby p.Jabatan!.UnitKerjaId, p.Nama, p.Id
                         select p.Id)
            .ToListAsync(ct);
        return [.. ids.Select(id => new KunciDokumen(jenis, id, pilihan.Tahun))];
    }

    /// <summary>
    /// Who prints a document of one SKP in one period (key: SKP id, period id): the SKP's people, when the period fits
    /// the SKP (<see cref="Evaluasi.DataAksesEvaluasi.MuatAsync"/>) and, when <paramref name="hanyaFinal"/>, the evaluation is decided.
    /// </summary>
    public static async Task<PemilikDokumen?> PemilikPeriodeAsync(AppDbContext db, KunciDokumen kunci, bool hanyaFinal, CancellationToken ct)
    {
        var data = await Evaluasi.DataAksesEvaluasi.MuatAsync(db, kunci.Id1, kunci.Id2, ct);
        return data is null || (hanyaFinal && !Final(data.Status))
            ? null
            : PemilikDokumen.Skp(data.PegawaiId, data.PejabatPenilaiId, data.AtasanPejabatPenilaiId);
    }

    /// <summary>
    /// Who prints an annual document (key: employee id, year): the final annual evaluation's SKP (the year's last segment)
    /// gives the employee, the pejabat penilai who decided and, as reader, the atasan pejabat penilai.
    /// </summary>
    public static async Task<PemilikDokumen?> PemilikTahunanAsync(AppDbContext db, KunciDokumen kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var s = await (from e in db.EvaluasiTahunan.AsNoTracking()
                       where e.PegawaiId == kunci.Id1 && e.Status == StatusEvaluasiTahunan.Final
                       join k in db.TahunKinerja on e.TahunKinerjaId equals k.Id
                       where k.Tahun == kunci.Id2
                       join skp in db.Skp on e.SkpId equals skp.Id
                       select new
                       {
                           e.PegawaiId,
                           skp.PejabatPenilaiId,
                           Atasan = skp.Snapshot.AtasanPejabatPenilai != null ? (int?)skp.Snapshot.AtasanPejabatPenilai.PegawaiId : null,
                       })
            .FirstOrDefaultAsync(ct);
        return s is null ? null : PemilikDokumen.Skp(s.PegawaiId, s.PejabatPenilaiId, s.Atasan);
    }

    public const string Tampilan = "~/Features/Dokumen/DokumenEvaluasi.cshtml";

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string NomorRomawi(int nomor) => nomor is >= 1 and <= 12 ? Romawi[nomor - 1] : nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A final evaluation prints (Keberatan: finalised, the decision is pending).</summary>
    public static bool Final(StatusEvaluasi? status) => status is StatusEvaluasi.Final or StatusEvaluasi.Diterima or StatusEvaluasi.Keberatan;

    /// <summary>The PERIODE line for the year's split; <paramref name="nomor"/> null = the annual evaluation (AKHIR).</summary>
    public static BarisPeriodeDokumen Periode(int tahun, JenisPeriode jenis, int? nomor, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var jumlah = TahunKinerjaEntity.Pembagian(tahun, jenis).Count;
        return new(
            new(t[$"Dokumen.DokumenEvaluasi.JenisPeriode.{jenis}"], nomor is not null),
            [.. Enumerable.Range(1, jumlah).Select(n => new BagianPeriodeDokumen(NomorRomawi(n), n == nomor))],
            new(t["Dokumen.DokumenEvaluasi.Akhir"], nomor is null));
    }

    /// <summary>A note as printed lines (text only: the view encodes it; blank lines kept out).</summary>
    public static IReadOnlyList<string> Baris(params string?[] teks) =>
        [.. teks.Where(x => !string.IsNullOrWhiteSpace(x)).SelectMany(x => x!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')).Select(x => x.TrimEnd())];

    public static string Organisasi(PredikatOrganisasi? p, IStringLocalizer t) => p is { } x ? t[$"PredikatOrganisasi.{x}"] : "—";

    public static string Predikat(PredikatKinerja? p, IStringLocalizer t) => p is { } x ? t[$"PredikatKinerja.{x}"] : "—";

    /// <summary>People by NIP from current data (one query), for signers that no SKP snapshot holds.</summary>
    internal static async Task<Dictionary<string, OrangDokumen>> OrangMenurutNipAsync(AppDbContext db, IReadOnlyCollection<string> nip, CancellationToken ct)
    {
        if (nip.Count == 0)
        {
            return [];
        }

        var rows = await db.Pegawai.AsNoTracking().Where(p => nip.Contains(p.Nip))
            .Select(p => new OrangSekarang(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode,
                p.Jabatan != null ? p.Jabatan.Nama : null, p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Nip, r => r.Dokumen());
    }
}

/// <summary>
/// DOKUMEN EVALUASI KINERJA PEGAWAI of one period (DOMAIN.md §5.4); key: SKP id, period id (the period must belong to
/// the SKP's year and overlap its dates, as <see cref="Evaluasi.DataAksesEvaluasi"/>). Only a final evaluation
/// (Final, Diterima, Keberatan) prints; otherwise the document does not exist (404). Printed by the employee, the
/// pejabat penilai and the Admin BKD; read (403) by the atasan pejabat penilai — as the SKP.
/// </summary>
public sealed class PenyusunDokumenEvaluasi(AppDbContext db, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public JenisDokumen Jenis => JenisDokumen.DokumenEvaluasi;

    public Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct) =>
        BagianEvaluasiDokumen.PemilikPeriodeAsync(db, kunci, hanyaFinal: true, ct);

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var diminta = kunci.Where(k => k.Jenis == Jenis).Select(k => (k.Id1, k.Id2)).ToHashSet();
        var skpIds = diminta.Select(k => k.Id1).Distinct().ToList();
        var periodeIds = diminta.Select(k => k.Id2).Distinct().ToList();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (diminta.Count == 0)
        {
            return hasil;
        }

        var baris = await (from e in db.EvaluasiPeriode.AsNoTracking()
                           where skpIds.Contains(e.SkpId) && periodeIds.Contains(e.PeriodeEvaluasiId)
                                 && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima || e.Status == StatusEvaluasi.Keberatan)
                           join s in db.Skp on e.SkpId equals s.Id
                           join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
                           where p.TahunKinerjaId == s.TahunKinerjaId && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai
                           join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                           select new
                           {
                               e.Id,
                               e.SkpId,
                               e.PeriodeEvaluasiId,
                               e.Status,
                               e.Predikat,
                               e.Catatan,
                               e.FinalUtc,
                               s.Snapshot,
                               s.Tahun,
                               k.JenisPeriode,
                               p.Nomor,
                               p.Mulai,
                               p.Selesai,
                               Organisasi = db.PredikatOrganisasiUnit.Where(x => x.UnitKerjaId == e.UnitKerjaId && x.PeriodeEvaluasiId == e.PeriodeEvaluasiId)
                                   .Select(x => (PredikatOrganisasi?)x.Predikat).FirstOrDefault(),
                           })
            .ToListAsync(ct);
        baris = [.. baris.Where(b => diminta.Contains((b.SkpId, b.PeriodeEvaluasiId)))];
        var evaluasiIds = baris.Select(b => b.Id).ToList();
        var riwayat = evaluasiIds.Count == 0
            ? []
            : await db.Set<RiwayatEvaluasi>().AsNoTracking()
                .Where(r => evaluasiIds.Contains(r.EvaluasiPeriodeId)
                            && (r.Peristiwa == PeristiwaEvaluasi.KeberatanDiajukan || r.Peristiwa == PeristiwaEvaluasi.KeberatanDiterima
                                || r.Peristiwa == PeristiwaEvaluasi.KeberatanDitolak || r.Peristiwa == PeristiwaEvaluasi.DibukaKembali))
                .ToListAsync(ct);
        var riwayatPer = riwayat.ToLookup(r => r.EvaluasiPeriodeId);

        foreach (var b in baris)
        {
            var pegawai = OrangDokumen.Dari(b.Snapshot.Pegawai);
            var model = new DokumenEvaluasiModel(
                BagianEvaluasiDokumen.Periode(b.Tahun, b.JenisPeriode, b.Nomor, t),
                b.Mulai,
                b.Selesai,
                pegawai,
                OrangDokumen.DariOpsional(b.Snapshot.PejabatPenilai),
                OrangDokumen.DariOpsional(b.Snapshot.AtasanPejabatPenilai),
                BagianEvaluasiDokumen.Organisasi(b.Organisasi, t),
                BagianEvaluasiDokumen.Predikat(b.Predikat, t),
                BagianEvaluasiDokumen.Baris(b.Catatan),
                Keberatan([.. riwayatPer[b.Id]]),
                b.FinalUtc is { } f ? BagianSkpDokumen.Tanggal(f) : b.Selesai);
            var label = Label(b.JenisPeriode, b.Nomor, b.Tahun);
            hasil[new KunciDokumen(Jenis, b.SkpId, b.PeriodeEvaluasiId)] = new IsiDokumen(
                Jenis, BagianEvaluasiDokumen.Tampilan, Lanskap: false, model,
                $"{t["Dokumen.Jenis.DokumenEvaluasi"]} {label} · {pegawai.Nama} · {pegawai.Nip}",
                $"DokumenEvaluasi-{b.Tahun}-{b.JenisPeriode}{b.Nomor}-{b.Snapshot.Pegawai.Nip}");
        }

        return hasil;
    }

    public Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct) =>
        BagianEvaluasiDokumen.DaftarPeriodeAsync(db, Jenis, pilihan, ct);

    private string Label(JenisPeriode jenis, int nomor, int tahun) => $"{t.Label(jenis, nomor, BagianEvaluasiDokumen.NomorRomawi(nomor))} {tahun}";

    /// <summary>
    /// The latest keberatan not undone by a reopening after it (its text, date) and the atasan's decision that followed.
    /// Taken from the history, so a keberatan that was accepted and led to a new finalisation still shows.
    /// </summary>
    private KeberatanDokumen? Keberatan(IReadOnlyList<RiwayatEvaluasi> riwayat)
    {
        var urut = riwayat.OrderBy(r => r.WaktuUtc).ThenBy(r => r.Id).ToList();
        var i = urut.FindLastIndex(r => r.Peristiwa == PeristiwaEvaluasi.KeberatanDiajukan);
        if (i < 0 || urut.Skip(i + 1).Any(r => r.Peristiwa == PeristiwaEvaluasi.DibukaKembali))
        {
            return null;
        }

        var putusan = urut.Skip(i + 1).FirstOrDefault(r => r.Peristiwa is PeristiwaEvaluasi.KeberatanDiterima or PeristiwaEvaluasi.KeberatanDitolak);
        var keputusan = putusan?.Peristiwa switch
        {
            PeristiwaEvaluasi.KeberatanDiterima => t["Dokumen.DokumenEvaluasi.Keputusan.Diterima"].Value,
            PeristiwaEvaluasi.KeberatanDitolak => t["Dokumen.DokumenEvaluasi.Keputusan.Ditolak"].Value,
            _ => t["Dokumen.DokumenEvaluasi.Keputusan.Menunggu"].Value,
        };
        return new KeberatanDokumen(urut[i].Catatan ?? "—", BagianSkpDokumen.Tanggal(urut[i].WaktuUtc), "—", keputusan, putusan?.Catatan);
    }
}
