using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>One row of the distribution table: predikat, number of employees, share of the unit ("25 %").</summary>
public sealed record BarisDistribusiDokumen(PredikatKinerja Kode, string Predikat, int Jumlah, string Persen);

/// <summary>One employee of the unit with a final evaluation in the period.</summary>
public sealed record PegawaiPenetapanDokumen(int No, string Nama, string Nip, string Jabatan, string RatingHasil, string RatingPerilaku, string Predikat);

/// <summary>
/// PENETAPAN PREDIKAT KINERJA PEGAWAI of a unit for one period (DOMAIN.md §3.2 step 3, §5.5; columns unconfirmed, the
/// suggested ones): the organisation predikat and its curve rule, count and share per predikat, the employees, the
/// reasons recorded for finalising against the curve, signed by the unit's head.
/// </summary>
/// <param name="AturanKurva">The rule of the curve for the organisation predikat, one line per row of the table (empty: not set).</param>
/// <param name="Temuan">What the distribution breaks of that rule (empty: it fits).</param>
/// <param name="AlasanPengecualian">The reasons recorded at finalisation against a blocking finding, distinct, in order.</param>
/// <param name="Tanggal">The latest finalisation in the unit and period (WIB).</param>
public sealed record DokumenPenetapanModel(
    string Unit,
    string PerangkatDaerah,
    string Periode,
    DateOnly Mulai,
    DateOnly Selesai,
    string CapaianOrganisasi,
    bool AdaPredikatOrganisasi,
    IReadOnlyList<string> AturanKurva,
    IReadOnlyList<string> Temuan,
    IReadOnlyList<BarisDistribusiDokumen> Distribusi,
    int Total,
    IReadOnlyList<string> AlasanPengecualian,
    IReadOnlyList<PegawaiPenetapanDokumen> Pegawai,
    string JabatanPenandatangan,
    OrangDokumen? Penandatangan,
    DateOnly Tanggal);

/// <summary>
/// Key: unit id, period id. Counts the final evaluations (Final, Diterima, Keberatan: the predikat was set) counted in the
/// unit (<see cref="EvaluasiPeriode.UnitKerjaId"/>); absent when there is none. Printed by the Admin BKD, the unit's head
/// and the head of the parent unit (who sets the organisation predikat); nobody else (404). The head is the holder of the
/// unit's head position, or its Plt/Plh (as <see cref="Evaluasi.DataPenilaian.UnitDipimpin"/>), from current data.
/// </summary>
public sealed class PenyusunPenetapanPredikat(AppDbContext db, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public const string Tampilan = "~/Features/Dokumen/PenetapanPredikat.cshtml";

    /// <summary>A unit head as the query returns it (member init, so EF can filter and project it further).</summary>
    private sealed class Kepala
    {
        public int UnitKerjaId { get; init; }

        public string JabatanNama { get; init; } = string.Empty;

        public JenisPengganti? Pengganti { get; init; }

        public int PegawaiId { get; init; }

        public string Nip { get; init; } = string.Empty;

        public string? GelarDepan { get; init; }

        public string Nama { get; init; } = string.Empty;

        public string? GelarBelakang { get; init; }

        public JenisPegawai JenisPegawai { get; init; }

        public string GolonganKode { get; init; } = string.Empty;

        public string? Jabatan { get; init; }

        public string? Unit { get; init; }

        public OrangDokumen Dokumen() => new OrangSekarang(PegawaiId, Nip, GelarDepan, Nama, GelarBelakang, JenisPegawai, GolonganKode, Jabatan, Unit).Dokumen();
    }

    public JenisDokumen Jenis => JenisDokumen.PenetapanPredikat;

    public async Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct)
    {
        var unit = await db.UnitKerja.AsNoTracking().Where(u => u.Id == kunci.Id1)
            .Select(u => new
            {
                u.Id,
                u.ParentId,
                Ada = db.EvaluasiPeriode.Any(e => e.UnitKerjaId == u.Id && e.PeriodeEvaluasiId == kunci.Id2
                    && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima || e.Status == StatusEvaluasi.Keberatan)),
            })
            .FirstOrDefaultAsync(ct);
        if (unit is not { Ada: true })
        {
            return null;
        }

        List<int> unitIds = unit.ParentId is { } induk ? [unit.Id, induk] : [unit.Id];
        var kepala = await KepalaQuery(unitIds).Select(k => k.PegawaiId).Distinct().ToListAsync(ct);
        return new PemilikDokumen(kepala, []);
    }

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var diminta = kunci.Where(k => k.Jenis == Jenis).Select(k => (k.Id1, k.Id2)).ToHashSet();
        var unitIds = diminta.Select(k => k.Id1).Distinct().ToList();
        var periodeIds = diminta.Select(k => k.Id2).Distinct().ToList();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (diminta.Count == 0)
        {
            return hasil;
        }

        var evaluasi = (await (from e in db.EvaluasiPeriode.AsNoTracking()
                               where unitIds.Contains(e.UnitKerjaId) && periodeIds.Contains(e.PeriodeEvaluasiId) && e.Predikat != null
                                     && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima || e.Status == StatusEvaluasi.Keberatan)
                               join s in db.Skp on e.SkpId equals s.Id
                               select new
                               {
                                   e.Id,
                                   e.UnitKerjaId,
                                   e.PeriodeEvaluasiId,
                                   e.RatingHasil,
                                   e.RatingPerilaku,
                                   e.Predikat,
                                   e.FinalUtc,
                                   s.Snapshot.Pegawai.Nip,
                                   s.Snapshot.Pegawai.NamaLengkap,
                                   s.Snapshot.Pegawai.JabatanNama,
                               })
                .ToListAsync(ct))
            .Where(e => diminta.Contains((e.UnitKerjaId, e.PeriodeEvaluasiId)))
            .ToList();
        if (evaluasi.Count == 0)
        {
            return hasil;
        }

        var evaluasiIds = evaluasi.Select(e => e.Id).ToList();
        var difinalkan = await db.Set<RiwayatEvaluasi>().AsNoTracking()
            .Where(r => evaluasiIds.Contains(r.EvaluasiPeriodeId) && r.Peristiwa == PeristiwaEvaluasi.Difinalkan)
            .Select(r => new { r.Id, r.EvaluasiPeriodeId, r.WaktuUtc, r.Catatan })
            .ToListAsync(ct);

        // The reason of each evaluation's latest finalisation (only a finalisation against the curve records one).
        var alasan = difinalkan.GroupBy(r => r.EvaluasiPeriodeId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.WaktuUtc).ThenByDescending(r => r.Id).First());
        var periode = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                             where periodeIds.Contains(p.Id)
                             join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                             select new { p.Id, p.Nomor, p.Mulai, p.Selesai, k.Tahun, k.JenisPeriode })
            .ToDictionaryAsync(p => p.Id, ct);
        var pohon = await db.UnitKerja.AsNoTracking()
            .Select(u => new { u.Id, u.ParentId, u.Nama, u.Jenis, u.Aktif })
            .ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.Nama, u.Jenis, u.Aktif), ct);
        var organisasi = (await db.PredikatOrganisasiUnit.AsNoTracking()
                .Where(x => unitIds.Contains(x.UnitKerjaId) && periodeIds.Contains(x.PeriodeEvaluasiId))
                .Select(x => new { x.UnitKerjaId, x.PeriodeEvaluasiId, x.Predikat })
                .ToListAsync(ct))
            .ToDictionary(x => (x.UnitKerjaId, x.PeriodeEvaluasiId), x => x.Predikat);
        var kepala = (await KepalaQuery(unitIds).ToListAsync(ct))
            .GroupBy(k => k.UnitKerjaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(k => k.Pengganti is null ? 0 : 1).ThenBy(k => k.PegawaiId).First());

        foreach (var g in evaluasi.GroupBy(e => (e.UnitKerjaId, e.PeriodeEvaluasiId)))
        {
            if (!periode.TryGetValue(g.Key.PeriodeEvaluasiId, out var p) || !pohon.TryGetValue(g.Key.UnitKerjaId, out var unit))
            {
                continue;
            }

            var daftar = g.OrderBy(e => e.NamaLengkap, StringComparer.Create(PerenderBudaya, false)).ThenBy(e => e.Nip, StringComparer.Ordinal).ToList();
            var jumlah = Enum.GetValues<PredikatKinerja>().ToDictionary(x => x, x => daftar.Count(e => e.Predikat == x));
            var total = daftar.Count;
            PredikatOrganisasi? org = organisasi.TryGetValue(g.Key, out var o) ? o : null;
            var pd = AturanRekap.PerangkatDaerahDari(g.Key.UnitKerjaId, pohon);
            var k = kepala.GetValueOrDefault(g.Key.UnitKerjaId);
            var label = $"{t.Label(p.JenisPeriode, p.Nomor, BagianEvaluasiDokumen.NomorRomawi(p.Nomor))} {p.Tahun}";
            var model = new DokumenPenetapanModel(
                unit.Nama,
                pohon.TryGetValue(pd, out var induk) ? induk.Nama : unit.Nama,
                label,
                p.Mulai,
                p.Selesai,
                BagianEvaluasiDokumen.Organisasi(org, t),
                org is not null,
                org is { } x1 ? [.. KurvaDistribusi.Aturan(x1).Select(Aturan)] : [],
                org is { } x2 ? [.. KurvaDistribusi.Periksa(x2, jumlah).Select(f => t[f.Kode, [.. f.Argumen]].Value)] : [],
                [.. jumlah.Select(j => new BarisDistribusiDokumen(j.Key, t[$"PredikatKinerja.{j.Key}"], j.Value, Persen(j.Value, total)))],
                total,
                [.. daftar.Select(e => alasan.GetValueOrDefault(e.Id)?.Catatan).OfType<string>().Distinct(StringComparer.Ordinal)],
                [.. daftar.Select((e, i) => new PegawaiPenetapanDokumen(
                    i + 1, e.NamaLengkap, Nip.Format(e.Nip), e.JabatanNama,
                    e.RatingHasil is { } h ? t[$"Rating.{h}"] : "—", e.RatingPerilaku is { } r ? t[$"Rating.{r}"] : "—",
                    BagianEvaluasiDokumen.Predikat(e.Predikat, t)))],
                k is null ? t["Dokumen.Penetapan.Kepala", unit.Nama]
                    : k.Pengganti is { } pengganti ? t[$"Dokumen.Penetapan.Pengganti.{pengganti}", k.JabatanNama] : k.JabatanNama,
                k?.Dokumen(),
                daftar.Max(e => e.FinalUtc) is { } f ? BagianSkpDokumen.Tanggal(f) : p.Selesai);
            hasil[new KunciDokumen(Jenis, g.Key.UnitKerjaId, g.Key.PeriodeEvaluasiId)] = new IsiDokumen(
                Jenis, Tampilan, Lanskap: false, model,
                $"{t["Dokumen.Jenis.PenetapanPredikat"]} {label} · {unit.Nama}",
                $"PenetapanPredikat-{p.Tahun}-{p.JenisPeriode}{p.Nomor}-unit{g.Key.UnitKerjaId}");
        }

        return hasil;
    }

    /// <summary>For a batch: the units of the selection with final evaluations in the period (or each period of the year).</summary>
    public async Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pilihan);
        var units = pilihan.UnitKerjaIds.ToList();
        var rows = await (from e in db.EvaluasiPeriode.AsNoTracking()
                          where units.Contains(e.UnitKerjaId) && e.Predikat != null
                                && (e.Status == StatusEvaluasi.Final || e.Status == StatusEvaluasi.Diterima || e.Status == StatusEvaluasi.Keberatan)
                          join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
                          join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                          where k.Tahun == pilihan.Tahun && (pilihan.PeriodeEvaluasiId == null || p.Id == pilihan.PeriodeEvaluasiId)
                          join u in db.UnitKerja on e.UnitKerjaId equals u.Id
                          select new { e.UnitKerjaId, e.PeriodeEvaluasiId, u.Nama, p.Nomor })
            .Distinct()
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Nama, StringComparer.Create(PerenderBudaya, true)).ThenBy(r => r.UnitKerjaId).ThenBy(r => r.Nomor)
            .Select(r => new KunciDokumen(Jenis, r.UnitKerjaId, r.PeriodeEvaluasiId))];
    }

    /// <summary>
    /// The heads of these units: an active managerial position placed in the unit that reports to no position of it,
    /// its active holder or its Plt/Plh (the rule of <see cref="Evaluasi.DataPenilaian.UnitDipimpin"/>). One query.
    /// </summary>
    private IQueryable<Kepala> KepalaQuery(List<int> unitIds) =>
        from j in db.Jabatan.AsNoTracking()
        where unitIds.Contains(j.UnitKerjaId) && j.Aktif && j.UnitKerja!.Aktif
              && (j.Jenis == JenisJabatan.JptUtama || j.Jenis == JenisJabatan.JptMadya || j.Jenis == JenisJabatan.JptPratama
                  || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas)
              && (j.AtasanJabatanId == null || j.AtasanJabatan!.UnitKerjaId != j.UnitKerjaId)
        from p in db.Pegawai
        where (p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif) || p.Id == j.PenggantiPegawaiId
        select new Kepala
        {
            UnitKerjaId = j.UnitKerjaId,
            JabatanNama = j.Nama,
            Pengganti = p.Id == j.PenggantiPegawaiId ? j.JenisPengganti : null,
            PegawaiId = p.Id,
            Nip = p.Nip,
            GelarDepan = p.GelarDepan,
            Nama = p.Nama,
            GelarBelakang = p.GelarBelakang,
            JenisPegawai = p.JenisPegawai,
            GolonganKode = p.GolonganKode,
            Jabatan = p.Jabatan != null ? p.Jabatan.Nama : null,
            Unit = p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null,
        };

    /// <summary>"Paling banyak 70 % Sangat Baik", "Wajib ada Butuh Perbaikan dan/atau Kurang/Misconduct".</summary>
    private string Aturan(AturanDistribusi a)
    {
        var kelompok = string.Join(t["Dokumen.Penetapan.Atau"], a.Kelompok.OrderBy(p => p).Select(p => t[$"PredikatKinerja.{p}"].Value));
        return t[$"Dokumen.Penetapan.Aturan.{a.Jenis}", kelompok, a.Persen.ToString("0.##", PerenderBudaya)];
    }

    private static string Persen(int jumlah, int total) =>
        total == 0 ? "0 %" : (100m * jumlah / total).ToString("0.##", PerenderBudaya) + " %";

    private static CultureInfo PerenderBudaya => Pdf.PerenderTampilan.Budaya;
}
