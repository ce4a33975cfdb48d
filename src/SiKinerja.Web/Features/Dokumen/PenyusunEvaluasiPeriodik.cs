using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.SasaranOrganisasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The EVALUASI KINERJA PEGAWAI of one period (DOMAIN.md §5.3).</summary>
/// <param name="Periode">The period label as printed after "PERIODE:", e.g. "SEMESTER I", "TRIWULAN II".</param>
/// <param name="CapaianOrganisasi">The unit's organisation predikat for the period; null when not set.</param>
/// <param name="Distribusi">The unit's final predikat counts in the period, in the curve's order (worst first).</param>
/// <param name="TanggalTandaTangan">The day (WIB) it was finalised.</param>
public sealed record DokumenEvaluasiPeriodikModel(
    PendekatanSkp Pendekatan,
    string BagiJabatan,
    string Periode,
    int Tahun,
    DateOnly Mulai,
    DateOnly Selesai,
    OrangDokumen Pegawai,
    OrangDokumen? Penilai,
    string? CapaianOrganisasi,
    IReadOnlyList<JumlahPredikatDokumen> Distribusi,
    IReadOnlyList<GrupEvaluasiDokumen> HasilKerja,
    string RatingHasil,
    IReadOnlyList<PerilakuEvaluasiDokumen> Perilaku,
    string RatingPerilaku,
    string Predikat,
    DateOnly TanggalTandaTangan);

/// <summary>One bar of the POLA DISTRIBUSI curve.</summary>
public sealed record JumlahPredikatDokumen(PredikatKinerja Predikat, string Label, int Jumlah);

public sealed record GrupEvaluasiDokumen(string Huruf, string Judul, IReadOnlyList<RhkEvaluasiDokumen> Rhk);

/// <param name="UmpanBalik">The pejabat penilai's feedback on the RHK in this evaluation ("—" when none).</param>
/// <param name="Kategori">The pejabat penilai's category of the RHK, when given.</param>
public sealed record RhkEvaluasiDokumen(int No, string RhkPimpinan, string Teks, IReadOnlyList<IkiEvaluasiDokumen> Iki, string UmpanBalik, string? Kategori);

public sealed record IkiEvaluasiDokumen(string Aspek, string Indikator, string Target, string Realisasi);

/// <param name="Rating">The per-value rating with its 1/2/3 score, e.g. "Sesuai Ekspektasi (2)"; null when not given.</param>
public sealed record PerilakuEvaluasiDokumen(int No, string Nama, IReadOnlyList<string> Indikator, string Ekspektasi, string UmpanBalik, string? Rating);

/// <summary>
/// Key: SKP id, period id. Only an evaluation whose predikat is decided prints (Final, Keberatan — the finalised
/// predikat stands until the atasan decides — and Diterima); a draft (Belum/Dinilai) or no evaluation is absent (404),
/// so a draft score never leaves the pejabat penilai's page. Printed by the employee, their pejabat penilai and the
/// Admin BKD; read (403) by the atasan pejabat penilai.
/// </summary>
public sealed class PenyusunEvaluasiPeriodik(AppDbContext db, SasaranOrganisasiQueries sasaran, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public const string Tampilan = "~/Features/Dokumen/EvaluasiPeriodik.cshtml";

    public JenisDokumen Jenis => JenisDokumen.EvaluasiPeriodik;

    public Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct) =>
        BagianEvaluasiDokumen.PemilikPeriodeAsync(db, kunci, hanyaFinal: true, ct);

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var pasangan = kunci.Where(k => k.Jenis == Jenis).Select(k => (SkpId: k.Id1, PeriodeId: k.Id2)).ToHashSet();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (pasangan.Count == 0)
        {
            return hasil;
        }

        var skpIds = pasangan.Select(p => p.SkpId).Distinct().ToList();
        var periodeIds = pasangan.Select(p => p.PeriodeId).Distinct().ToList();
        var evaluasi = (await db.EvaluasiPeriode.AsNoTracking()
                .Include(e => e.PenilaianRhk).Include(e => e.PenilaianPerilaku).AsSplitQuery()
                .Where(e => skpIds.Contains(e.SkpId) && periodeIds.Contains(e.PeriodeEvaluasiId)
                    && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Keberatan || e.Status == StatusEvaluasi.Diterima)
                    && e.Predikat != null)
                .ToListAsync(ct))
            .Where(e => pasangan.Contains((e.SkpId, e.PeriodeEvaluasiId)))
            .ToList();
        if (evaluasi.Count == 0)
        {
            return hasil;
        }

        var idsSkp = evaluasi.Select(e => e.SkpId).Distinct().ToList();
        var daftarSkp = await db.Skp.AsNoTracking().DenganIsi().Where(s => idsSkp.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var periode = await BagianEvaluasiDokumen.PeriodeAsync(db, periodeIds, ct);
        var realisasi = (await db.RealisasiPeriode.AsNoTracking().Include(r => r.Indikator)
                .Where(r => idsSkp.Contains(r.SkpId) && periodeIds.Contains(r.PeriodeEvaluasiId)).ToListAsync(ct))
            .ToDictionary(r => (r.SkpId, r.PeriodeEvaluasiId));
        var atasanIds = daftarSkp.Values.SelectMany(s => s.Rhk).Select(r => r.RhkAtasanId).OfType<int>().Distinct().ToList();
        var labelRhk = atasanIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => atasanIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Teks, ct);
        var labelSasaran = await sasaran.LabelAsync([.. daftarSkp.Values.SelectMany(s => s.Rhk).Select(r => r.SasaranOrganisasiId).OfType<int>().Distinct()], ct);
        var jenisJabatan = await BagianEvaluasiDokumen.JenisJabatanAsync(db, [.. daftarSkp.Values.Select(s => s.PegawaiId).Distinct()], ct);
        var unitIds = evaluasi.Select(e => e.UnitKerjaId).Distinct().ToList();
        var organisasi = await BagianEvaluasiDokumen.OrganisasiAsync(db, unitIds, periodeIds, ct);
        var jumlah = await BagianEvaluasiDokumen.DistribusiAsync(db, unitIds, periodeIds, ct);

        foreach (var e in evaluasi.OrderBy(e => e.Id))
        {
            if (!daftarSkp.TryGetValue(e.SkpId, out var s) || !periode.TryGetValue(e.PeriodeEvaluasiId, out var p)
                || p.TahunKinerjaId != s.TahunKinerjaId || p.Mulai > s.TanggalSelesai || p.Selesai < s.TanggalMulai)
            {
                continue;
            }

            var nyata = realisasi.GetValueOrDefault((s.Id, p.Id));
            var ikiTarget = s.Rhk.SelectMany(r => r.Indikator).ToDictionary(i => i.Kunci, i => i.Target);
            var model = new DokumenEvaluasiPeriodikModel(
                s.Pendekatan,
                t[BagianSkpDokumen.BagiJabatan(jenisJabatan.GetValueOrDefault(s.PegawaiId))],
                BagianEvaluasiDokumen.LabelPeriode(t, p.Jenis, p.Nomor),
                s.Tahun,
                p.Mulai,
                p.Selesai,
                OrangDokumen.Dari(s.Snapshot.Pegawai),
                OrangDokumen.DariOpsional(s.Snapshot.PejabatPenilai),
                organisasi.TryGetValue((e.UnitKerjaId, p.Id), out var po) ? t[$"Penilaian.PredikatOrganisasi.{po}"].Value : null,
                BagianEvaluasiDokumen.Distribusi(t, BagianEvaluasiDokumen.Hingga(jumlah.GetValueOrDefault((e.UnitKerjaId, p.Id)), e.FinalUtc)),
                [.. BagianSkpDokumen.HasilKerja(s, labelRhk, labelSasaran, t).Select(g => new GrupEvaluasiDokumen(g.Huruf, g.Judul,
                    [.. g.Rhk.Select(r =>
                    {
                        var nilai = e.PenilaianRhk.FirstOrDefault(x => x.RhkKunci == r.Kunci);
                        return new RhkEvaluasiDokumen(r.No, r.RhkPimpinan, r.Teks,
                            [.. r.Iki.Select(i => new IkiEvaluasiDokumen(i.Aspek, i.Indikator, i.Target, Realisasi(nyata?.Untuk(i.Kunci), ikiTarget.GetValueOrDefault(i.Kunci))))],
                            nilai?.UmpanBalik ?? "—",
                            nilai?.Kategori is { } k ? t[$"Rating.{k}"].Value : null);
                    })]))],
                t[$"Rating.{e.RatingHasil}"],
                [.. BagianSkpDokumen.Perilaku(s).Select(b =>
                {
                    var nilai = e.PenilaianPerilaku.FirstOrDefault(x => x.Nilai == b.Nilai);
                    return new PerilakuEvaluasiDokumen(b.No, b.Nama, b.Indikator, b.Ekspektasi, nilai?.UmpanBalik ?? "—",
                        nilai?.Rating is { } r ? BagianEvaluasiDokumen.RatingAngka(t, r) : null);
                })],
                t[$"Rating.{e.RatingPerilaku}"],
                t[$"PredikatKinerja.{e.Predikat}"],
                e.FinalUtc is { } f ? BagianSkpDokumen.Tanggal(f) : p.Selesai);
            var k = new KunciDokumen(Jenis, s.Id, p.Id);
            hasil[k] = new IsiDokumen(Jenis, Tampilan, Lanskap: true, model,
                $"{t["Dokumen.Jenis.EvaluasiPeriodik"]} {model.Periode} {s.Tahun} · {model.Pegawai.Nama} · {model.Pegawai.Nip}",
                $"EVALUASI-{s.Tahun}-P{p.Nomor}-{s.Snapshot.Pegawai.Nip}");
        }

        return hasil;
    }

    public Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct) =>
        BagianEvaluasiDokumen.DaftarPeriodeAsync(db, Jenis, pilihan, ct);

    /// <summary>The realisasi as printed: the number (with the target's unit) or the date, then the words; "—" when none.</summary>
    private static string Realisasi(RealisasiIki? r, Target? target)
    {
        if (r is null)
        {
            return "—";
        }

        var bagian = new List<string>();
        if (r.RealisasiAngka is { } n)
        {
            bagian.Add(target?.Satuan is { } satuan ? $"{Angka.Tulis(n)} {satuan}" : Angka.Tulis(n));
        }
        else if (r.RealisasiTanggal is { } d)
        {
            bagian.Add(d.Tanggal());
        }

        if (!string.IsNullOrWhiteSpace(r.RealisasiTeks))
        {
            bagian.Add(r.RealisasiTeks);
        }

        return bagian.Count == 0 ? "—" : string.Join(" — ", bagian);
    }
}

/// <summary>The parts the periodic and the annual EVALUASI KINERJA PEGAWAI share; each look-up is one query.</summary>
public static partial class BagianEvaluasiDokumen
{
    /// <summary>The curve's x axis as the official form orders it (DOMAIN.md §5.3): worst first.</summary>
    public static readonly IReadOnlyList<PredikatKinerja> Sumbu =
        [PredikatKinerja.SangatKurang, PredikatKinerja.Kurang, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik];

    public sealed record InfoPeriode(int Id, int TahunKinerjaId, JenisPeriode Jenis, int Nomor, DateOnly Mulai, DateOnly Selesai);

    public static async Task<Dictionary<int, InfoPeriode>> PeriodeAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await (from p in db.PeriodeEvaluasi.AsNoTracking()
               where ids.Contains(p.Id)
               join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
               select new InfoPeriode(p.Id, p.TahunKinerjaId, k.JenisPeriode, p.Nomor, p.Mulai, p.Selesai))
            .ToDictionaryAsync(p => p.Id, ct);

    /// <summary>"SEMESTER I", "TRIWULAN II", "JANUARI" (the label of <see cref="LabelPeriode"/>, upper case as printed).</summary>
    public static string LabelPeriode(IStringLocalizer t, JenisPeriode jenis, int nomor) =>
        t.Label(jenis, nomor, NomorRomawi(nomor)).ToUpper(CultureInfo.CurrentCulture);

    public static string RatingAngka(IStringLocalizer t, Rating r) =>
        $"{t[$"Rating.{r}"].Value} ({((int)r).ToString(CultureInfo.InvariantCulture)})";

    public static async Task<Dictionary<int, Domain.Organisasi.JenisJabatan?>> JenisJabatanAsync(AppDbContext db, IReadOnlyCollection<int> pegawaiIds, CancellationToken ct) =>
        await db.Pegawai.AsNoTracking().Where(p => pegawaiIds.Contains(p.Id))
            .Select(p => new { p.Id, Jenis = p.Jabatan != null ? (Domain.Organisasi.JenisJabatan?)p.Jabatan.Jenis : null })
            .ToDictionaryAsync(p => p.Id, p => p.Jenis, ct);

    /// <summary>The organisation predikat of each (unit, period) among these units and periods; one query.</summary>
    public static async Task<Dictionary<(int UnitId, int PeriodeId), PredikatOrganisasi>> OrganisasiAsync(
        AppDbContext db, IReadOnlyCollection<int> unitIds, IReadOnlyCollection<int> periodeIds, CancellationToken ct)
    {
        if (unitIds.Count == 0 || periodeIds.Count == 0)
        {
            return [];
        }

        var rows = await db.PredikatOrganisasiUnit.AsNoTracking()
            .Where(x => unitIds.Contains(x.UnitKerjaId) && periodeIds.Contains(x.PeriodeEvaluasiId))
            .Select(x => new { x.UnitKerjaId, x.PeriodeEvaluasiId, x.Predikat })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.UnitKerjaId, r.PeriodeEvaluasiId), r => r.Predikat);
    }

    /// <summary>
    /// The decided evaluations (the printable states, <see cref="Final"/>) of every unit and period of a batch with
    /// their predikat and finalisation time: one query, bounded by the units' size. A document counts those finalised no
    /// later than its own evaluation (<see cref="Hingga"/>): the distribution as it stood when this predikat was set,
    /// so a colleague finalised later does not turn an already printed document into "changed since printing".
    /// </summary>
    public static async Task<Dictionary<(int UnitId, int PeriodeId), List<(PredikatKinerja Predikat, DateTime FinalUtc)>>> DistribusiAsync(
        AppDbContext db, IReadOnlyCollection<int> unitIds, IReadOnlyCollection<int> periodeIds, CancellationToken ct)
    {
        if (unitIds.Count == 0 || periodeIds.Count == 0)
        {
            return [];
        }

        var rows = await db.EvaluasiPeriode.AsNoTracking()
            .Where(e => periodeIds.Contains(e.PeriodeEvaluasiId) && unitIds.Contains(e.UnitKerjaId) && e.Predikat != null && e.FinalUtc != null
                && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Keberatan || e.Status == StatusEvaluasi.Diterima))
            .Select(e => new { e.UnitKerjaId, e.PeriodeEvaluasiId, e.Predikat, e.FinalUtc })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.UnitKerjaId, r.PeriodeEvaluasiId))
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Predikat!.Value, r.FinalUtc!.Value)).ToList());
    }

    /// <summary>Counts per predikat of the evaluations finalised at or before <paramref name="finalUtc"/>.</summary>
    public static Dictionary<PredikatKinerja, int> Hingga(IEnumerable<(PredikatKinerja Predikat, DateTime FinalUtc)>? evaluasi, DateTime? finalUtc) =>
        (evaluasi ?? []).Where(e => finalUtc is null || e.FinalUtc <= finalUtc.Value)
            .GroupBy(e => e.Predikat).ToDictionary(g => g.Key, g => g.Count());

    public static IReadOnlyList<JumlahPredikatDokumen> Distribusi(IStringLocalizer t, IReadOnlyDictionary<PredikatKinerja, int>? jumlah) =>
        [.. Sumbu.Select(p => new JumlahPredikatDokumen(p, t[$"PredikatKinerja.{p}"], jumlah?.GetValueOrDefault(p) ?? 0))];

}
