using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Web;
using KompetensiEntity = SiKinerja.Domain.Pengembangan.Kompetensi;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;

namespace SiKinerja.Web.Features.Kompetensi;

public sealed record PilihanKompetensi(int Id, string Kode, string Nama, JenisKompetensi Jenis, bool Aktif);

public sealed record KompetensiBaris(int Id, string Kode, string Nama, JenisKompetensi Jenis, bool Aktif, int Version);

public sealed record AsesmenBaris(int Id, DateOnly Tanggal, string Penyelenggara, string? Metode, int? NilaiPotensi, int JumlahKompetensi);

public sealed record PegawaiRingkas(int Id, string Nip, string Nama, string? NamaJabatan, int? JabatanId, int? AtasanLangsungId);

public sealed record KesenjanganViewModel(PegawaiRingkas Pegawai, IReadOnlyList<(BarisKesenjangan Baris, PilihanKompetensi Kompetensi)> Baris);

public sealed record RingkasanKompetensiUnit(PilihanKompetensi Kompetensi, int Wajib, int DiBawahStandar, int BelumDiases);

public sealed record PegawaiKesenjangan(PegawaiRingkas Pegawai, int JumlahKesenjangan, int JumlahBelumDiases);

public sealed record KesenjanganUnitViewModel(
    int UnitId, string NamaUnit, bool Subunit, IReadOnlyList<RingkasanKompetensiUnit> Ringkasan, Halaman<PegawaiKesenjangan> Pegawai);

public sealed record IsiKotak(KotakTalenta Kotak, IReadOnlyList<PegawaiRingkas> Pegawai);

public sealed record BelumDipetakan(PegawaiRingkas Pegawai, string AlasanKunci);

public sealed record TalentaViewModel(
    int Tahun, int UnitId, string NamaUnit, bool Subunit, int? Kotak, IReadOnlyList<IsiKotak> Kotak9, Halaman<PegawaiRingkas>? DaftarKotak,
    IReadOnlyList<BelumDipetakan> BelumDipetakan, AturanTalenta Aturan);

/// <summary>Competency catalogue, position standards, assessments, gaps and the talent 9-box.</summary>
public sealed class KompetensiService(AppDbContext db, IOptions<AturanTalenta> aturanTalenta, TimeProvider clock, ILogger<KompetensiService> logger)
{
    // ---- catalogue ----
    public Task<Halaman<KompetensiBaris>> CariAsync(KompetensiFilter f, CancellationToken ct)
    {
        var q = db.Kompetensi.AsNoTracking();
        if (f.Jenis is { } jenis)
        {
            q = q.Where(k => k.Jenis == jenis);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var cari = f.Q.Trim().ToUpperInvariant();
            q = q.Where(k => k.Kode.Contains(cari) || k.Nama.ToUpper().Contains(cari));
        }

        return q.OrderBy(k => k.Jenis).ThenBy(k => k.Kode)
            .Select(k => new KompetensiBaris(k.Id, k.Kode, k.Nama, k.Jenis, k.Aktif, k.Version))
            .ToHalamanAsync(f.Halaman, f.Ukuran, ct);
    }

    public Task<KompetensiForm?> GetFormAsync(int id, CancellationToken ct) =>
        db.Kompetensi.AsNoTracking().Where(k => k.Id == id)
            .Select(k => new KompetensiForm { Id = k.Id, Version = k.Version, Kode = k.Kode, Nama = k.Nama, Jenis = k.Jenis, Deskripsi = k.Deskripsi })
            .FirstOrDefaultAsync(ct);

    public async Task<int> BuatAsync(KompetensiForm form, CancellationToken ct)
    {
        var k = KompetensiEntity.Buat(form.Kode, form.Nama, form.Jenis, form.Deskripsi);
        db.Kompetensi.Add(k);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Kompetensi {KompetensiId} {Kode} ditambahkan", k.Id, k.Kode);
        return k.Id;
    }

    public async Task<bool> UbahAsync(KompetensiForm form, CancellationToken ct)
    {
        var k = await db.Kompetensi.FirstOrDefaultAsync(x => x.Id == form.Id, ct);
        if (k is null)
        {
            return false;
        }

        db.Entry(k).Property(e => e.Version).OriginalValue = form.Version;
        k.Ubah(form.Kode, form.Nama, form.Jenis, form.Deskripsi);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> AturAktifAsync(int id, int version, bool aktif, CancellationToken ct)
    {
        var k = await db.Kompetensi.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (k is null)
        {
            return false;
        }

        db.Entry(k).Property(e => e.Version).OriginalValue = version;
        k.AturAktif(aktif);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<PilihanKompetensi>> PilihanAsync(CancellationToken ct) =>
        await db.Kompetensi.AsNoTracking().OrderBy(k => k.Jenis).ThenBy(k => k.Kode)
            .Select(k => new PilihanKompetensi(k.Id, k.Kode, k.Nama, k.Jenis, k.Aktif)).ToListAsync(ct);

    // ---- position standards ----
    public async Task<StandarForm?> GetStandarAsync(int jabatanId, CancellationToken ct)
    {
        var nama = await db.Jabatan.AsNoTracking().Where(j => j.Id == jabatanId).Select(j => j.Nama).FirstOrDefaultAsync(ct);
        if (nama is null)
        {
            return null;
        }

        var baris = await db.StandarKompetensiJabatan.AsNoTracking().Where(s => s.JabatanId == jabatanId).OrderBy(s => s.KompetensiId)
            .Select(s => new BarisStandarForm { Id = s.Id, Version = s.Version, KompetensiId = s.KompetensiId, Level = s.Level }).ToListAsync(ct);
        return new StandarForm { JabatanId = jabatanId, Baris = baris };
    }

    public async Task<string?> NamaJabatanAsync(int jabatanId, CancellationToken ct) =>
        await db.Jabatan.AsNoTracking().Where(j => j.Id == jabatanId).Select(j => j.Nama).FirstOrDefaultAsync(ct);

    /// <summary>Adds, changes and removes the rows in one SaveChanges; each kept row's Version guards it.</summary>
    public async Task<bool> SimpanStandarAsync(StandarForm form, CancellationToken ct)
    {
        if (!await db.Jabatan.AnyAsync(j => j.Id == form.JabatanId, ct))
        {
            return false;
        }

        var ada = await db.StandarKompetensiJabatan.Where(s => s.JabatanId == form.JabatanId).ToListAsync(ct);
        var dikirim = form.Baris.Where(b => b.Id is not null).ToDictionary(b => b.Id!.Value);
        foreach (var s in ada)
        {
            if (!dikirim.TryGetValue(s.Id, out var b))
            {
                continue; // a row added meanwhile by someone else is kept
            }

            db.Entry(s).Property(e => e.Version).OriginalValue = b.Version;
            if (b.Hapus || b.KompetensiId is null)
            {
                db.StandarKompetensiJabatan.Remove(s);
            }
            else if (b.KompetensiId != s.KompetensiId)
            {
                db.StandarKompetensiJabatan.Remove(s);
                db.StandarKompetensiJabatan.Add(StandarKompetensiJabatan.Buat(form.JabatanId, b.KompetensiId.Value, b.Level));
            }
            else if (b.Level != s.Level)
            {
                s.UbahLevel(b.Level);
            }
        }

        var tetap = ada.Where(s => !dikirim.ContainsKey(s.Id)).Select(s => s.KompetensiId).ToHashSet();
        foreach (var b in form.Baris.Where(b => b.Id is null && b.KompetensiId is not null && !b.Hapus))
        {
            if (tetap.Contains(b.KompetensiId!.Value))
            {
                throw new Domain.Common.DomainException(KodePengembangan.KompetensiGanda);
            }

            db.StandarKompetensiJabatan.Add(StandarKompetensiJabatan.Buat(form.JabatanId, b.KompetensiId.Value, b.Level));
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Standar kompetensi jabatan {JabatanId} disimpan", form.JabatanId);
        return true;
    }

    // ---- assessments ----
    public Task<PegawaiRingkas?> PegawaiAsync(int pegawaiId, CancellationToken ct) =>
        db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
            .Select(p => new PegawaiRingkas(p.Id, p.Nip, PegawaiEntity.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang),
                p.Jabatan != null ? p.Jabatan.Nama : null, p.JabatanId, p.AtasanLangsungId))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<AsesmenBaris>> DaftarAsesmenAsync(int pegawaiId, CancellationToken ct) =>
        await db.Asesmen.AsNoTracking().Where(a => a.PegawaiId == pegawaiId).OrderByDescending(a => a.Tanggal).ThenByDescending(a => a.Id)
            .Select(a => new AsesmenBaris(a.Id, a.Tanggal, a.Penyelenggara, a.Metode, a.NilaiPotensi, db.Set<LevelAsesmen>().Count(l => l.AsesmenId == a.Id))).ToListAsync(ct);

    /// <summary>A new form (id null) or an existing assessment's form; rows: the position's standard first, then the other active competencies.</summary>
    public async Task<AsesmenForm?> GetAsesmenFormAsync(int pegawaiId, int? id, CancellationToken ct)
    {
        var form = new AsesmenForm { PegawaiId = pegawaiId, Tanggal = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) };
        Dictionary<int, int> level = [];
        if (id is { } asesmenId)
        {
            var a = await db.Asesmen.AsNoTracking().Include(x => x.Level).FirstOrDefaultAsync(x => x.Id == asesmenId && x.PegawaiId == pegawaiId, ct);
            if (a is null)
            {
                return null;
            }

            form = new AsesmenForm
            {
                Id = a.Id, Version = a.Version, PegawaiId = pegawaiId, Tanggal = a.Tanggal, Penyelenggara = a.Penyelenggara, Metode = a.Metode,
                NilaiPotensi = a.NilaiPotensi, Catatan = a.Catatan,
            };
            level = a.Level.ToDictionary(l => l.KompetensiId, l => l.Level);
        }

        return await LengkapiAsync(form, level, ct);
    }

    /// <summary>Fills the rows' labels (and, for a fresh form, the rows themselves) keeping the posted levels.</summary>
    public async Task<AsesmenForm?> LengkapiAsync(AsesmenForm form, IReadOnlyDictionary<int, int>? level, CancellationToken ct)
    {
        var pegawai = await PegawaiAsync(form.PegawaiId, ct);
        if (pegawai is null)
        {
            return null;
        }

        form.NamaPegawai = pegawai.Nama;
        var standar = pegawai.JabatanId is { } jid
            ? await db.StandarKompetensiJabatan.AsNoTracking().Where(s => s.JabatanId == jid).ToDictionaryAsync(s => s.KompetensiId, s => s.Level, ct)
            : [];
        var dikirim = level ?? form.Baris.Where(b => b.Level is not null).ToDictionary(b => b.KompetensiId, b => b.Level!.Value);
        var semua = await PilihanAsync(ct);
        form.Baris = [.. semua.Where(k => k.Aktif || dikirim.ContainsKey(k.Id) || standar.ContainsKey(k.Id))
            .OrderBy(k => standar.ContainsKey(k.Id) ? 0 : 1).ThenBy(k => k.Jenis).ThenBy(k => k.Kode)
            .Select(k => new BarisAsesmenForm
            {
                KompetensiId = k.Id, Nama = $"{k.Kode} {k.Nama}", Standar = standar.TryGetValue(k.Id, out var s) ? s : null,
                Level = dikirim.TryGetValue(k.Id, out var l) ? l : null,
            })];
        return form;
    }

    public async Task<int?> SimpanAsesmenAsync(AsesmenForm form, string pelakuNip, CancellationToken ct)
    {
        if (!await db.Pegawai.AnyAsync(p => p.Id == form.PegawaiId, ct))
        {
            return null;
        }

        var level = form.Baris.Where(b => b.Level is not null).GroupBy(b => b.KompetensiId).ToDictionary(g => g.Key, g => g.First().Level!.Value);
        var dikenal = await db.Kompetensi.Where(k => level.Keys.Contains(k.Id)).Select(k => k.Id).ToListAsync(ct);
        level = level.Where(l => dikenal.Contains(l.Key)).ToDictionary();
        Asesmen a;
        if (form.Id is { } id)
        {
            var ada = await db.Asesmen.Include(x => x.Level).FirstOrDefaultAsync(x => x.Id == id && x.PegawaiId == form.PegawaiId, ct);
            if (ada is null)
            {
                return null;
            }

            a = ada;
            db.Entry(a).Property(e => e.Version).OriginalValue = form.Version;
            a.Ubah(form.Tanggal!.Value, form.Penyelenggara, form.Metode, form.NilaiPotensi, form.Catatan);
        }
        else
        {
            a = Asesmen.Catat(form.PegawaiId, form.Tanggal!.Value, form.Penyelenggara, form.Metode, form.NilaiPotensi, form.Catatan, pelakuNip);
            db.Asesmen.Add(a);
        }

        a.AturLevel(level);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Asesmen {AsesmenId} pegawai {PegawaiId} disimpan oleh {Nip}", a.Id, form.PegawaiId, pelakuNip);
        return a.Id;
    }

    // ---- gaps ----
    public async Task<KesenjanganViewModel?> KesenjanganPegawaiAsync(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await PegawaiAsync(pegawaiId, ct);
        if (pegawai is null)
        {
            return null;
        }

        var standar = pegawai.JabatanId is { } jid
            ? await db.StandarKompetensiJabatan.AsNoTracking().Where(s => s.JabatanId == jid).ToDictionaryAsync(s => s.KompetensiId, s => s.Level, ct)
            : [];
        var level = await LevelTerakhirAsync([pegawaiId], ct);
        var kompetensi = (await PilihanAsync(ct)).ToDictionary(k => k.Id);
        var baris = KesenjanganKompetensi.Hitung(standar, level.GetValueOrDefault(pegawaiId) ?? new Dictionary<int, int>());
        return new KesenjanganViewModel(pegawai, [.. baris.Select(b => (b, kompetensi[b.KompetensiId]))]);
    }

    public async Task<KesenjanganUnitViewModel?> KesenjanganUnitAsync(int unitId, bool subunit, int halaman, CancellationToken ct)
    {
        var (namaUnit, pegawai) = await PegawaiUnitAsync(unitId, subunit, ct);
        if (namaUnit is null)
        {
            return null;
        }

        var jabatanIds = pegawai.Where(p => p.JabatanId is not null).Select(p => p.JabatanId!.Value).Distinct().ToList();
        var standar = (await db.StandarKompetensiJabatan.AsNoTracking().Where(s => jabatanIds.Contains(s.JabatanId))
                .Select(s => new { s.JabatanId, s.KompetensiId, s.Level }).ToListAsync(ct))
            .GroupBy(s => s.JabatanId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.ToDictionary(s => s.KompetensiId, s => s.Level));
        var level = await LevelTerakhirAsync([.. pegawai.Select(p => p.Id)], ct);
        var kompetensi = (await PilihanAsync(ct)).ToDictionary(k => k.Id);
        var ringkasan = new Dictionary<int, (int Wajib, int Bawah, int Belum)>();
        var orang = new List<PegawaiKesenjangan>();
        foreach (var p in pegawai)
        {
            if (p.JabatanId is not { } jid || !standar.TryGetValue(jid, out var std))
            {
                continue;
            }

            var baris = KesenjanganKompetensi.Hitung(std, level.GetValueOrDefault(p.Id) ?? new Dictionary<int, int>());
            foreach (var b in baris)
            {
                var r = ringkasan.GetValueOrDefault(b.KompetensiId);
                ringkasan[b.KompetensiId] = (r.Wajib + 1, r.Bawah + (b.DiBawahStandar ? 1 : 0), r.Belum + (b.BelumDiases ? 1 : 0));
            }

            var jumlah = baris.Count(b => b.DiBawahStandar);
            var belum = baris.Count(b => b.BelumDiases);
            if (jumlah + belum > 0)
            {
                orang.Add(new PegawaiKesenjangan(p, jumlah, belum));
            }
        }

        var daftar = ringkasan.Select(r => new RingkasanKompetensiUnit(kompetensi[r.Key], r.Value.Wajib, r.Value.Bawah, r.Value.Belum))
            .OrderBy(r => r.Kompetensi.Jenis).ThenBy(r => r.Kompetensi.Kode).ToList();
        return new KesenjanganUnitViewModel(unitId, namaUnit, subunit, daftar, Halamankan(orang.OrderByDescending(o => o.JumlahKesenjangan).ThenBy(o => o.Pegawai.Nama).ToList(), halaman));
    }

    // ---- talent 9-box ----
    public async Task<TalentaViewModel?> TalentaAsync(int tahun, int unitId, bool subunit, int? kotak, int halaman, CancellationToken ct)
    {
        var (namaUnit, pegawai) = await PegawaiUnitAsync(unitId, subunit, ct);
        if (namaUnit is null)
        {
            return null;
        }

        var aturan = aturanTalenta.Value;
        var ids = pegawai.Select(p => p.Id).ToList();
        var predikat = await db.EvaluasiTahunan.AsNoTracking()
            .Where(e => ids.Contains(e.PegawaiId) && e.Status == StatusEvaluasiTahunan.Final
                && db.TahunKinerja.Any(t => t.Id == e.TahunKinerjaId && t.Tahun == tahun))
            .Select(e => new { e.PegawaiId, e.Predikat }).ToListAsync(ct);
        var predikatPer = predikat.GroupBy(e => e.PegawaiId).ToDictionary(g => g.Key, g => g.First().Predikat);
        var potensi = await db.Asesmen.AsNoTracking().Where(a => ids.Contains(a.PegawaiId) && a.NilaiPotensi != null)
            .Select(a => new { a.PegawaiId, a.Tanggal, a.Id, a.NilaiPotensi }).ToListAsync(ct);
        var potensiPer = potensi.GroupBy(a => a.PegawaiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Tanggal).ThenByDescending(a => a.Id).First().NilaiPotensi!.Value);

        var isi = KotakTalenta.Semua.ToDictionary(k => k.Nomor, _ => new List<PegawaiRingkas>());
        var belum = new List<BelumDipetakan>();
        foreach (var p in pegawai.OrderBy(p => p.Nama).ThenBy(p => p.Nip))
        {
            var adaPredikat = predikatPer.TryGetValue(p.Id, out var pr);
            var adaPotensi = potensiPer.TryGetValue(p.Id, out var nilai);
            if (adaPredikat && adaPotensi)
            {
                isi[KotakTalenta.Tempatkan(pr, nilai, aturan).Nomor].Add(p);
            }
            else
            {
                belum.Add(new BelumDipetakan(p, !adaPredikat && !adaPotensi ? "Kompetensi.AlasanTanpaKeduanya"
                    : !adaPredikat ? "Kompetensi.AlasanTanpaPredikat" : "Kompetensi.AlasanTanpaPotensi"));
            }
        }

        var daftar = kotak is { } n && isi.TryGetValue(n, out var orang) ? Halamankan(orang, halaman) : null;
        return new TalentaViewModel(tahun, unitId, namaUnit, subunit, kotak, [.. KotakTalenta.Semua.Select(k => new IsiKotak(k, isi[k.Nomor]))],
            daftar, belum, aturan);
    }

    public async Task<IReadOnlyList<(int Id, string Nama)>> DaftarUnitAsync(CancellationToken ct) =>
        [.. (await db.UnitKerja.AsNoTracking().Where(u => u.Aktif).OrderBy(u => u.Nama).Select(u => new { u.Id, u.Nama }).ToListAsync(ct))
            .Select(u => (u.Id, u.Nama))];

    /// <summary>The active employees of a unit (with subunits: the ids from the in-memory tree), one query each.</summary>
    private async Task<(string? NamaUnit, IReadOnlyList<PegawaiRingkas> Pegawai)> PegawaiUnitAsync(int unitId, bool subunit, CancellationToken ct)
    {
        var unit = await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Nama }).ToListAsync(ct);
        var namaUnit = unit.Find(u => u.Id == unitId)?.Nama;
        if (namaUnit is null)
        {
            return (null, []);
        }

        var ids = new HashSet<int> { unitId };
        if (subunit)
        {
            var anak = unit.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
            var antrian = new Queue<int>([unitId]);
            while (antrian.TryDequeue(out var u))
            {
                foreach (var c in anak[u].Where(ids.Add))
                {
                    antrian.Enqueue(c);
                }
            }
        }

        var daftar = ids.ToList();
        var pegawai = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.JabatanId != null && daftar.Contains(p.Jabatan!.UnitKerjaId))
            .OrderBy(p => p.Nama).ThenBy(p => p.Nip)
            .Select(p => new PegawaiRingkas(p.Id, p.Nip, PegawaiEntity.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang),
                p.Jabatan!.Nama, p.JabatanId, p.AtasanLangsungId))
            .ToListAsync(ct);
        return (namaUnit, pegawai);
    }

    /// <summary>The latest assessed level per competency for each employee, in one query.</summary>
    private async Task<Dictionary<int, IReadOnlyDictionary<int, int>>> LevelTerakhirAsync(IReadOnlyList<int> pegawaiIds, CancellationToken ct)
    {
        var ids = pegawaiIds.ToList();
        var baris = await (from a in db.Asesmen.AsNoTracking()
                           where ids.Contains(a.PegawaiId)
                           from l in a.Level
                           select new { a.PegawaiId, l.KompetensiId, a.Tanggal, AsesmenId = a.Id, l.Level }).ToListAsync(ct);
        return baris.GroupBy(b => b.PegawaiId).ToDictionary(
            g => g.Key,
            g => KesenjanganKompetensi.LevelTerakhir(g.Select(b => (b.KompetensiId, b.Tanggal, b.AsesmenId, b.Level))));
    }

    private static Halaman<T> Halamankan<T>(IReadOnlyList<T> semua, int nomor)
    {
        const int ukuran = HalamanExtensions.UkuranBawaan;
        var jumlah = Math.Max(1, (int)Math.Ceiling(semua.Count / (double)ukuran));
        nomor = Math.Clamp(nomor, 1, jumlah);
        return new Halaman<T>([.. semua.Skip((nomor - 1) * ukuran).Take(ukuran)], nomor, ukuran, semua.Count);
    }
}
