using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.Web.Web;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;
using UnitKerjaEntity = SiKinerja.Domain.Organisasi.UnitKerja;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Writes a checked plan in ONE transaction: units (parents first), positions and their atasan, employees,
/// then the derived supervisors. Rows that do not change are not touched, so a repeated import writes
/// nothing and adds no audit rows. Change tracking is manual and saves are chunked to keep 50,000 rows fast.
/// </summary>
public sealed class PenulisImpor(IOptions<InstansiOptions> instansi, ILogger<PenulisImpor> logger)
{
    public const int Potongan = 5000;

    /// <param name="laporkan">Called with (rows done, rows total) every <see cref="Potongan"/> employees.</param>
    public async Task<RingkasanImpor> TulisAsync(AppDbContext db, RencanaImpor r, Action<int, int> laporkan, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var jam = System.Diagnostics.Stopwatch.StartNew();
        var unitId = await TulisUnitAsync(db, r, ct);
        var jabatanId = await TulisJabatanAsync(db, r, unitId, ct);
        var organisasiMs = jam.ElapsedMilliseconds;
        await TulisPegawaiAsync(db, r, jabatanId, laporkan, ct);
        var pegawaiMs = jam.ElapsedMilliseconds;
        var atasan = await PenghitungAtasan.HitungUlangRinciAsync(db, ct);
        var hitungMs = jam.ElapsedMilliseconds;
        await SimpanAsync(db, ct);
        var simpanMs = jam.ElapsedMilliseconds;

        // SKP of employees whose position or penilai changed (DOMAIN.md §1.7), effective today. Existing units and
        // positions are not renamed by an import, so these are the only ones whose SKP header can differ.
        var diperiksa = new HashSet<int>(atasan.PegawaiBerubah);
        diperiksa.UnionWith(r.PegawaiBerubah.Select(p => p.Id));
        await PenyesuaianSkp.SesuaikanAsync(db, diperiksa, null, logger, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation(
            "Impor ditulis: unit+jabatan {Organisasi} ms, pegawai {Pegawai} ms, hitung atasan {Hitung} ms, simpan atasan {Simpan} ms, SKP {Skp} ms",
            organisasiMs, pegawaiMs - organisasiMs, hitungMs - pegawaiMs, simpanMs - hitungMs, jam.ElapsedMilliseconds - simpanMs);
        return r.Ringkasan(atasan.Jumlah);
    }

    private async Task<Dictionary<string, int>> TulisUnitAsync(AppDbContext db, RencanaImpor r, CancellationToken ct)
    {
        var unitId = new Dictionary<string, int>(r.Data.UnitPerKode, StringComparer.Ordinal);
        var rootId = r.Data.RootId;
        if (rootId is null)
        {
            var root = new UnitKerjaEntity(instansi.Value.Nama, JenisUnitKerja.Pemda, null);
            db.UnitKerja.Add(root);
            await SimpanAsync(db, ct);
            rootId = root.Id;
            r.Data.IndukUnit[root.Id] = null;
        }

        // Level by level: a child needs its parent's key.
        foreach (var tingkat in r.UnitBaru.GroupBy(u => u.Kedalaman).OrderBy(g => g.Key))
        {
            var dibuat = tingkat.Select(u =>
            {
                var induk = u.IndukKode is null ? rootId.Value : unitId[u.IndukKode];
                return (u.Kode, Unit: new UnitKerjaEntity(u.Nama.Trim(), JenisMenurut(u.Kedalaman), induk, u.Kode));
            }).ToList();
            db.UnitKerja.AddRange(dibuat.Select(d => d.Unit));
            await SimpanAsync(db, ct);
            foreach (var (kode, unit) in dibuat)
            {
                unitId[kode] = unit.Id;
                r.Data.IndukUnit[unit.Id] = unit.ParentId;
            }
        }

        return unitId;
    }

    private static JenisUnitKerja JenisMenurut(int kedalaman) => kedalaman switch
    {
        <= 1 => JenisUnitKerja.PerangkatDaerah,
        2 => JenisUnitKerja.BidangBagian,
        3 => JenisUnitKerja.SeksiSubbagian,
        _ => JenisUnitKerja.Upt,
    };

    private static async Task<Dictionary<string, int>> TulisJabatanAsync(AppDbContext db, RencanaImpor r, Dictionary<string, int> unitId, CancellationToken ct)
    {
        var baru = r.JabatanBaru.Select(j => new JabatanEntity(j.Nama, j.Jenis, j.Jenjang, unitId[j.UnorKode], j.Kode)).ToList();
        db.Jabatan.AddRange(baru);
        await SimpanAsync(db, ct);

        var jabatanId = r.Data.JabatanPerKode.ToDictionary(j => j.Key, j => j.Value.Id, StringComparer.Ordinal);
        foreach (var j in baru)
        {
            jabatanId[j.Kode!] = j.Id;
        }

        // Atasan of a position: the head of its unit, or for a head the head of the nearest ancestor unit
        // that has one. Only for new positions and file positions without atasan: manual edits survive.
        var semua = r.Data.Jabatan.Where(j => j.Aktif).Select(j => (j.Id, j.UnitKerjaId, j.Jenis))
            .Concat(baru.Select(j => (j.Id, j.UnitKerjaId, j.Jenis)))
            .ToList();
        var kepala = semua.Where(j => j.Jenis.IsManajerial())
            .GroupBy(j => j.UnitKerjaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(j => j.Jenis).ThenBy(j => j.Id).First().Id);
        var atasanDari = r.Data.Jabatan.ToDictionary(j => j.Id, j => j.AtasanJabatanId);

        var kodeFile = r.KodeJabatanBaris.Values.ToHashSet(StringComparer.Ordinal);
        var tanpaAtasanIds = r.Data.Jabatan
            .Where(j => j.Aktif && j.AtasanJabatanId is null && j.Kode is not null && kodeFile.Contains(j.Kode))
            .Select(j => j.Id).ToList();
        var perluAtasan = new List<JabatanEntity>(baru);
        foreach (var chunk in tanpaAtasanIds.Chunk(500))
        {
            perluAtasan.AddRange(await db.Jabatan.Where(j => chunk.Contains(j.Id)).ToListAsync(ct));
        }

        foreach (var j in perluAtasan)
        {
            var atasan = AtasanUntuk(j, kepala, r.Data.IndukUnit);
            if (atasan is { } a && a != j.Id && j.AtasanJabatanId != a)
            {
                j.LaporKe(a, id => atasanDari.GetValueOrDefault(id));
                atasanDari[j.Id] = a;
            }
        }

        await SimpanAsync(db, ct);
        r.PosisiSetelahTulis = [.. r.Data.Jabatan.Where(j => j.Aktif).Select(j => (j.Id, atasanDari.GetValueOrDefault(j.Id), j.PenggantiPegawaiId, j.UnitKerjaId, j.Jenis))
            .Concat(baru.Select(j => (j.Id, j.AtasanJabatanId, (int?)null, j.UnitKerjaId, j.Jenis)))];
        return jabatanId;
    }

    private static int? AtasanUntuk(JabatanEntity j, Dictionary<int, int> kepala, Dictionary<int, int?> indukUnit)
    {
        var unit = (int?)j.UnitKerjaId;
        if (kepala.TryGetValue(j.UnitKerjaId, out var k) && k != j.Id)
        {
            return k;
        }

        for (var langkah = 0; langkah < 100 && unit is { } u; langkah++)
        {
            unit = indukUnit.GetValueOrDefault(u);
            if (unit is { } induk && kepala.TryGetValue(induk, out var ki))
            {
                return ki;
            }
        }

        return null;
    }

    private static async Task TulisPegawaiAsync(AppDbContext db, RencanaImpor r, Dictionary<string, int> jabatanId, Action<int, int> laporkan, CancellationToken ct)
    {
        var total = r.PegawaiBaru.Count + r.PegawaiBerubah.Count;
        var selesai = 0;
        laporkan(0, total);
        var baru = r.PegawaiBaru.Select(b =>
        {
            var p = new PegawaiEntity(Nip.Parse(b.Nip), b.Nama.Trim(), b.JenisPegawai, Golongan.Find(b.GolonganKode, b.JenisPegawai)!);
            Terapkan(p, b, jabatanId[r.KodeJabatanBaris[b.Baris]], r.HariIni);
            return p;
        }).ToArray();

        // The atasan of new employees is derived before they are inserted (supervisors first), so the
        // insert already carries it: no second update of every new row. HitungUlangAsync still runs after
        // and only touches what this did not foresee.
        var (urutan, atasan) = TurunkanAtasanBaru(r, baru, jabatanId);
        foreach (var chunk in urutan.SelectMany(g => g.Chunk(Potongan)))
        {
            foreach (var i in chunk)
            {
                var (atasanIndeks, atasanId, masalah) = atasan[i];
                baru[i].TetapkanAtasan(atasanIndeks is { } ai ? baru[ai].Id : atasanId, masalah);
            }

            db.Pegawai.AddRange(chunk.Select(i => baru[i]));
            await SimpanAsync(db, ct);
            selesai += chunk.Length;
            laporkan(selesai, total);
        }

        foreach (var chunk in r.PegawaiBerubah.Chunk(Potongan))
        {
            var perId = chunk.ToDictionary(c => c.Id);
            foreach (var ids in perId.Keys.Chunk(500))
            {
                foreach (var p in await db.Pegawai.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                {
                    var b = perId[p.Id].Baris;
                    p.UbahKepegawaian(b.JenisPegawai, Golongan.Find(b.GolonganKode, b.JenisPegawai)!);
                    Terapkan(p, b, jabatanId[r.KodeJabatanBaris[b.Baris]], r.HariIni);
                }
            }

            await SimpanAsync(db, ct);
            selesai += chunk.Length;
            laporkan(selesai, total);
        }
    }

    /// <summary>
    /// Runs the domain derivation over the positions after the write and every active employee, new ones with
    /// provisional negative ids. Returns the new employees ordered so that a supervisor comes before the
    /// people reporting to them, and for each its atasan: another new employee (index) or an existing one (id).
    /// </summary>
    private static (List<List<int>> Urutan, (int? Indeks, int? Id, MasalahAtasan Masalah)[] Atasan) TurunkanAtasanBaru(
        RencanaImpor r, PegawaiEntity[] baru, Dictionary<string, int> jabatanId)
    {
        var berubah = r.PegawaiBerubah.ToDictionary(p => p.Id, p => p.Baris);
        var aktif = r.Data.PegawaiPerNip.Values
            .Select(p => berubah.TryGetValue(p.Id, out var b)
                ? (p.Id, JabatanId: (int?)jabatanId[r.KodeJabatanBaris[b.Baris]], b.Status)
                : (p.Id, p.JabatanId, p.Status))
            .Where(p => p.Status == StatusPegawai.Aktif)
            .Select(p => new PosisiPegawai(p.Id, p.JabatanId))
            .Concat(baru.Select((p, i) => (p, i)).Where(x => x.p.Aktif).Select(x => new PosisiPegawai(-(x.i + 1), x.p.JabatanId)));
        var posisi = r.PosisiSetelahTulis.Select(j =>
            new PosisiJabatan(j.Id, j.AtasanJabatanId, j.PenggantiPegawaiId, j.AtasanJabatanId is null && IsPuncak(j.Jenis, j.UnitKerjaId, r.Data.IndukUnit)));
        var struktur = new StrukturAtasan(posisi, aktif);

        var atasan = new (int? Indeks, int? Id, MasalahAtasan Masalah)[baru.Length];
        var gelombang = new int[baru.Length];
        for (var i = 0; i < baru.Length; i++)
        {
            var h = baru[i].Aktif ? struktur.AtasanDari(-(i + 1)) : new HasilAtasan(null, MasalahAtasan.Tidak);
            atasan[i] = h.AtasanId is < 0 and { } prov ? (-prov - 1, null, h.Masalah) : (null, h.AtasanId, h.Masalah);
            gelombang[i] = -1;
        }

        int Gelombang(int i)
        {
            var d = 0;
            for (var j = i; atasan[j].Indeks is { } a && d < baru.Length; j = a)
            {
                if (gelombang[a] >= 0)
                {
                    d += gelombang[a] + 1;
                    break;
                }

                d++;
            }

            return gelombang[i] = d;
        }

        // One wave per level: a chunk never holds someone together with their atasan (whose key it needs).
        var urutan = Enumerable.Range(0, baru.Length).GroupBy(Gelombang).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        return (urutan, atasan);
    }

    /// <summary>Same rule as <see cref="PenghitungAtasan"/>: a JPT without atasan in the root or a unit directly under it is the top.</summary>
    private static bool IsPuncak(JenisJabatan jenis, int unitId, Dictionary<int, int?> indukUnit)
    {
        if (jenis is not (JenisJabatan.JptUtama or JenisJabatan.JptMadya or JenisJabatan.JptPratama))
        {
            return false;
        }

        var induk = indukUnit.GetValueOrDefault(unitId);
        return induk is null || indukUnit.GetValueOrDefault(induk.Value) is null;
    }

    private static void Terapkan(PegawaiEntity p, BarisImpor b, int jabatanId, DateOnly hariIni)
    {
        p.UbahNama(b.GelarDepan, b.Nama, b.GelarBelakang);
        p.JabatanId = jabatanId;
        if (PerencanaImpor.Bersih(b.Email) is { } email)
        {
            p.Email = email;
        }

        if (PerencanaImpor.Bersih(b.PnsId) is { } pnsId)
        {
            p.SiasnId = pnsId;
        }

        if (b.TmtGolongan is { } tmtGolongan)
        {
            p.AturTmtGolongan(tmtGolongan);
        }

        if (p.Status != b.Status)
        {
            p.UbahStatus(b.Status, b.Status == StatusPegawai.Aktif ? null : hariIni);
        }
    }

    /// <summary>
    /// Saves with manual change detection, then forgets the audit rows and employees already written, so
    /// each further save does not walk every row written before it (units and positions stay tracked).
    /// </summary>
    private static async Task SimpanAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is AuditEntry or PegawaiEntity).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
