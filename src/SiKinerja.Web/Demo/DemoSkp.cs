using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Demo;

/// <summary>
/// SKP work for the demo Pemda, built through the domain (create, RHK/IKI, lampiran, submit, return, approve) and the
/// usual snapshot builder, the same every run (fixed seed):
/// <list type="bullet">
/// <item>current year: the demo Pejabat penilai's chain (Sekda → Kepala Dinas → herself) approved, her direct reports
/// one each Disetujui (the Kepala Seksi Kurikulum), Diajukan, Dikembalikan and Draft; the demo Pegawai, also her direct
/// report, has none (he creates it and she rates it);
/// elsewhere each perangkat daerah gets its own share of employees with an SKP in a mix of states;</item>
/// <item>last year (closed afterwards by the caller): approved SKP for the Sekda and the whole Dinas Pendidikan, so the
/// demo Pegawai can copy last year's plan (its RHK intervene her last year's RHK).</item>
/// </list>
/// Supervisors are saved before their staff (one batch per level of the reporting tree), so every RHK can name the
/// supervisor's RHK it intervenes. The caller owns the transaction.
/// </summary>
internal sealed class DemoSkp(AppDbContext db, DateTime sekarangUtc)
{
    public const int Seed = 20260202;

    private const string JabatanKabidSd = "Kepala Bidang Pembinaan Sekolah Dasar";
    private const string JabatanKasiKurikulum = "Kepala Seksi Kurikulum dan Penilaian Sekolah Dasar";
    private const string UnitDisdik = "Dinas Pendidikan dan Kebudayaan";

    /// <summary>Share of employees with an SKP this year, per perangkat daerah in name order (about 60% overall).</summary>
    private static readonly double[] Cakupan = [0.85, 0.4, 0.7, 0.3, 0.95, 0.55, 0.65, 0.45, 0.75, 0.6, 0.5, 0.8, 0.35, 0.7];

    private sealed record Orang(int Id, string Nip, int? AtasanId, string Jabatan, JenisJabatan Jenis, JenisUnitKerja JenisUnit, string Unit, int UnitId)
    {
        public int PerangkatDaerahId { get; set; }

        public string PerangkatDaerah { get; set; } = string.Empty;

        public int Kedalaman { get; set; }
    }

    /// <summary>Writes both years' SKP; returns how many were created for each.</summary>
    public async Task<(int Berjalan, int Lalu)> SimpanAsync(TahunKinerja berjalan, TahunKinerja? lalu, CancellationToken ct)
    {
        // Only inserts: nothing for change detection to find, and it is most of the cost of a large graph.
        var deteksi = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SimpanSemuaAsync(berjalan, lalu, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = deteksi;
        }
    }

    private async Task<(int Berjalan, int Lalu)> SimpanSemuaAsync(TahunKinerja berjalan, TahunKinerja? lalu, CancellationToken ct)
    {
        var orang = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.Jabatan != null)
            .OrderBy(p => p.Nip)
            .Select(p => new Orang(p.Id, p.Nip, p.AtasanLangsungId, p.Jabatan!.Nama, p.Jabatan.Jenis, p.Jabatan.UnitKerja!.Jenis, p.Jabatan.UnitKerja.Nama, p.Jabatan.UnitKerjaId))
            .ToListAsync(ct);
        var unit = await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Jenis, u.Nama }).ToDictionaryAsync(u => u.Id, ct);
        var menurutId = orang.ToDictionary(o => o.Id);
        foreach (var o in orang)
        {
            var u = unit[o.UnitId];
            while (u.Jenis != JenisUnitKerja.PerangkatDaerah && u.ParentId is { } induk)
            {
                u = unit[induk];
            }

            o.PerangkatDaerahId = u.Id;
            o.PerangkatDaerah = u.Nama;
            o.Kedalaman = Kedalaman(o, menurutId);
        }

        var snapshot = await PembuatSnapshotSkp.BuatAsync(db, [.. orang.Select(o => o.Id)], ct);
        var kabid = orang.Single(o => o.Jabatan == JabatanKabidSd);
        var pegawaiDemo = orang.Single(o => o.Nip == DemoSeeder.Akun[3].Nip);
        var disdik = unit.Values.Single(u => u.Nama == UnitDisdik).Id;

        var rencanaBerjalan = RencanaBerjalan(orang, unit.Values.Where(u => u.Jenis == JenisUnitKerja.PerangkatDaerah).OrderBy(u => u.Nama).Select(u => u.Id).ToList(), kabid, pegawaiDemo, menurutId);
        var jumlahBerjalan = await SimpanTahunAsync(berjalan, orang, rencanaBerjalan, snapshot, menurutId, Seed, ct);
        if (lalu is null)
        {
            return (jumlahBerjalan, 0);
        }

        var rencanaLalu = orang.Where(o => o.PerangkatDaerahId == disdik || o.AtasanId is null).ToDictionary(o => o.Id, _ => StatusSkp.Disetujui);
        // Fresh header instances: EF owned values are never shared between two SKP rows.
        var snapshotLalu = await PembuatSnapshotSkp.BuatAsync(db, [.. rencanaLalu.Keys], ct);
        var jumlahLalu = await SimpanTahunAsync(lalu, orang, rencanaLalu, snapshotLalu, menurutId, Seed + 1, ct);
        return (jumlahBerjalan, jumlahLalu);
    }

    private static int Kedalaman(Orang o, Dictionary<int, Orang> menurutId)
    {
        var n = 0;
        for (var a = o.AtasanId; a is { } id && menurutId.TryGetValue(id, out var atasan) && n < 50; a = atasan.AtasanId)
        {
            n++;
        }

        return n;
    }

    /// <summary>The intended status per employee this year (absent = no SKP); coherence with the supervisor is enforced while saving.</summary>
    private static Dictionary<int, StatusSkp> RencanaBerjalan(List<Orang> orang, List<int> perangkatDaerah, Orang kabid, Orang pegawaiDemo, Dictionary<int, Orang> menurutId)
    {
        var rng = new Random(Seed);
        var rencana = new Dictionary<int, StatusSkp>();
        foreach (var o in orang)
        {
            var cakupan = Cakupan[perangkatDaerah.IndexOf(o.PerangkatDaerahId) % Cakupan.Length];
            var ada = rng.NextDouble() < cakupan;
            var pilih = rng.NextDouble();

            // Heads of perangkat daerah plan first; structural leaders get theirs approved more often (staff need it to link).
            var pimpinan = o.Jenis is JenisJabatan.JptPratama or JenisJabatan.Administrator or JenisJabatan.Pengawas;
            if (o.Kedalaman <= 1)
            {
                rencana[o.Id] = pilih < 0.85 ? StatusSkp.Disetujui : StatusSkp.Diajukan;
            }
            else if (ada)
            {
                var setuju = pimpinan ? 0.7 : 0.5;
                rencana[o.Id] = pilih < setuju ? StatusSkp.Disetujui
                    : pilih < setuju + 0.15 ? StatusSkp.Diajukan
                    : pilih < setuju + 0.22 ? StatusSkp.Dikembalikan
                    : StatusSkp.Draft;
            }
        }

        // The demo Pejabat penilai's chain is approved up to the Sekda.
        for (Orang? o = kabid; o is not null; o = o.AtasanId is { } a ? menurutId.GetValueOrDefault(a) : null)
        {
            rencana[o.Id] = StatusSkp.Disetujui;
        }

        // Her other direct reports: the Kepala Seksi Kurikulum approved, then one each waiting, returned, draft.
        var bawahan = orang.Where(o => o.AtasanId == kabid.Id && o.Id != pegawaiDemo.Id).OrderBy(o => o.Jabatan == JabatanKasiKurikulum ? 0 : 1).ThenBy(o => o.Nip).ToList();
        StatusSkp[] urutan = [StatusSkp.Disetujui, StatusSkp.Diajukan, StatusSkp.Dikembalikan, StatusSkp.Draft];
        for (var i = 0; i < bawahan.Count; i++)
        {
            if (i < urutan.Length)
            {
                rencana[bawahan[i].Id] = urutan[i];
            }
            else
            {
                rencana.Remove(bawahan[i].Id);
            }
        }

        // The demo Pegawai creates his own SKP this year.
        rencana.Remove(pegawaiDemo.Id);
        return rencana;
    }

    private async Task<int> SimpanTahunAsync(
        TahunKinerja tahun, List<Orang> orang, Dictionary<int, StatusSkp> rencana, IReadOnlyDictionary<int, SnapshotSkp> snapshot,
        Dictionary<int, Orang> menurutId, int seed, CancellationToken ct)
    {
        var rng = new Random(seed);
        var rhk = new Dictionary<int, IReadOnlyList<int>>();
        var status = new Dictionary<int, StatusSkp>();
        var jumlah = 0;
        foreach (var tingkat in orang.Where(o => rencana.ContainsKey(o.Id) && snapshot.ContainsKey(o.Id)).GroupBy(o => o.Kedalaman).OrderBy(g => g.Key))
        {
            var batch = new List<(Orang O, SkpEntity Skp)>();
            foreach (var o in tingkat)
            {
                var atasan = o.AtasanId is { } a ? menurutId.GetValueOrDefault(a) : null;
                var skp = Bangun(tahun, o, atasan, snapshot[o.Id], Sesuaikan(rencana[o.Id], atasan, status), atasan is null ? null : rhk.GetValueOrDefault(atasan.Id),
                    atasan is not null && status.GetValueOrDefault(atasan.Id) == StatusSkp.Disetujui, rng);
                status[o.Id] = skp.Status;
                batch.Add((o, skp));
            }

            foreach (var potongan in batch.Chunk(300))
            {
                db.Skp.AddRange(potongan.Select(x => x.Skp));
                await db.SaveChangesAsync(ct);
                foreach (var (o, skp) in potongan)
                {
                    rhk[o.Id] = [.. skp.Rhk.Select(r => r.Id)];
                }

                db.ChangeTracker.Clear();
                jumlah += potongan.Length;
            }
        }

        return jumlah;
    }

    /// <summary>
    /// An SKP is approved only after the supervisor's is (their RHK must link to an agreed plan), and the top of the
    /// organisation cannot be sent back (nobody in the system rates them).
    /// </summary>
    private static StatusSkp Sesuaikan(StatusSkp ingin, Orang? atasan, Dictionary<int, StatusSkp> status) => ingin switch
    {
        StatusSkp.Disetujui when atasan is not null && status.GetValueOrDefault(atasan.Id) != StatusSkp.Disetujui => StatusSkp.Diajukan,
        StatusSkp.Dikembalikan when atasan is null => StatusSkp.Diajukan,
        _ => ingin,
    };

    private SkpEntity Bangun(
        TahunKinerja tahun, Orang o, Orang? atasan, SnapshotSkp snapshot, StatusSkp status, IReadOnlyList<int>? rhkAtasan, bool atasanDisetujui, Random rng)
    {
        var waktu = Waktu(tahun.Tahun, rng);
        var skp = SkpEntity.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, PendekatanSkp.Kuantitatif, snapshot, o.Nip, waktu);
        var templat = DemoSkpTeks.Untuk(o.Jabatan, o.Jenis, o.JenisUnit);
        var jumlahRhk = DemoSkpTeks.AdaKhusus(o.Jabatan) ? templat.Count : rng.Next(Math.Min(3, templat.Count), templat.Count + 1);
        for (var i = 0; i < jumlahRhk; i++)
        {
            var t = templat[i];
            int? induk = rhkAtasan is { Count: > 0 } ? rhkAtasan[(t.Induk ?? i) % rhkAtasan.Count] : null;
            var r = skp.TambahRhk(t.Tambahan ? JenisRhk.Tambahan : JenisRhk.Utama, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Teks, o.Unit), induk);
            foreach (var iki in t.Iki)
            {
                skp.TambahIki(r, iki.Aspek, iki.Indikator, iki.Target(tahun.Tahun));
            }
        }

        foreach (var (jenis, butir) in new[] { JenisLampiran.DukunganSumberDaya, JenisLampiran.SkemaPertanggungjawaban, JenisLampiran.Konsekuensi }
            .Zip(DemoSkpTeks.Lampiran))
        {
            skp.UbahLampiran(jenis, butir.Select(b => b.Replace("{1}", o.PerangkatDaerah, StringComparison.Ordinal)
                .Replace("{2}", tahun.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        }

        if (status == StatusSkp.Draft)
        {
            return skp;
        }

        waktu = Berikut(waktu, rng);
        skp.Ajukan(AturanSkp.Bawaan, atasanDisetujui, o.Nip, waktu);
        var penilai = atasan?.Nip ?? o.Nip;
        waktu = Berikut(waktu, rng);
        if (status == StatusSkp.Dikembalikan)
        {
            skp.Kembalikan(DemoSkpTeks.CatatanKembali[rng.Next(DemoSkpTeks.CatatanKembali.Length)], penilai, waktu);
        }
        else if (status == StatusSkp.Disetujui)
        {
            var ekspektasi = o.Jabatan == JabatanKabidSd
                ? DemoSkpTeks.EkspektasiKabidSd
                : DemoSkpTeks.Ekspektasi.ToDictionary(e => e.Key, e => e.Value[rng.Next(e.Value.Length)]);

            // The Sekda is rated by the Bupati, who has no account: recorded under the Sekda's own NIP, with a note.
            skp.Setujui(ekspektasi, penilai, waktu, atasan is null ? "Disetujui Bupati; dicatat oleh Sekretaris Daerah." : null);
        }

        return skp;
    }

    /// <summary>When the plan was created: early in the year for a past year, the last weeks (never before 2 January) for the current one.</summary>
    private DateTime Waktu(int tahun, Random rng)
    {
        var awal = new DateTime(tahun, 1, 2, 1, 0, 0, DateTimeKind.Utc);
        var mulai = tahun < sekarangUtc.Year ? awal : new[] { awal, sekarangUtc.AddDays(-40) }.Max();
        return Batas(mulai.AddDays(rng.Next(0, 15)).AddMinutes(rng.Next(0, 8 * 60)));
    }

    private DateTime Berikut(DateTime waktu, Random rng) => Batas(waktu.AddDays(rng.Next(1, 6)).AddMinutes(rng.Next(10, 6 * 60)));

    private DateTime Batas(DateTime waktu) => waktu > sekarangUtc ? sekarangUtc : waktu;
}
