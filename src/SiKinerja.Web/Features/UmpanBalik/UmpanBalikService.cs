using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;
using Entri = SiKinerja.Domain.Evaluasi.UmpanBalik;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>
/// Continuous feedback (umpan balik berkelanjutan) and peer input. Who may do what is <see cref="AksesEvaluasi"/> for the
/// SKP's people (read: employee, pejabat penilai, atasan pejabat penilai, Admin BKD; write: the pejabat penilai in the
/// open period), plus per record: only the author edits or deletes an entry, only the peer asked answers a request,
/// and peers' input (<see cref="JenisUmpanBalik.RekanKerja"/>) is read only by the pejabat penilai. Pages run a fixed
/// number of queries whatever the number of RHK or entries.
/// </summary>
public sealed class UmpanBalikService(AppDbContext db, TimeProvider clock, ILogger<UmpanBalikService> logger)
{
    /// <summary>At most this many coworkers are offered (a unit is rarely larger).</summary>
    public const int PilihanRekanMaksimum = 500;

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private sealed record DataSkp(KepalaUmpanBalik Kepala, int PegawaiId, IReadOnlyList<RencanaHasilKerja> Rhk, IReadOnlyDictionary<NilaiBerakhlak, string> Ekspektasi);

    public async Task<(StatusHasil Status, AksesEvaluasi? Akses, DataAksesEvaluasi? Data)> AksesAsync(int skpId, int periodeId, PenggunaSkp pengguna, CancellationToken ct)
    {
        var data = await DataAksesEvaluasi.MuatAsync(db, skpId, periodeId, ct);
        if (data is null)
        {
            return (StatusHasil.TidakDitemukan, null, null);
        }

        var akses = AksesEvaluasi.Untuk(pengguna, data);
        return (akses.Baca ? StatusHasil.Berhasil : StatusHasil.TidakDitemukan, akses, data);
    }

    /// <summary>The feedback page; null when the user may not read it (404).</summary>
    public async Task<UmpanBalikViewModel?> HalamanAsync(int skpId, int periodeId, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (status, akses, data) = await AksesAsync(skpId, periodeId, pengguna, ct);
        if (status != StatusHasil.Berhasil)
        {
            return null;
        }

        var saya = pengguna.PegawaiId;
        var penilai = saya is not null && saya == data!.PejabatPenilaiId && saya != data.PegawaiId;
        var isi = await MuatSkpAsync(skpId, periodeId, ct);
        if (isi is null)
        {
            return null;
        }

        var entri = await (from u in db.UmpanBalik.AsNoTracking()
                           where u.SkpId == skpId && u.PeriodeEvaluasiId == periodeId && (penilai || u.Jenis == JenisUmpanBalik.Penilai)
                           join p in db.Pegawai on u.PenulisPegawaiId equals p.Id
                           orderby u.DibuatUtc, u.Id
                           select new { u.Id, u.RhkKunci, u.NilaiBerakhlak, u.Jenis, p.GelarDepan, p.Nama, p.GelarBelakang, u.PenulisNip, u.Teks, u.DibuatUtc, u.DiubahUtc, u.Version, u.PenulisPegawaiId })
            .ToListAsync(ct);
        var baris = entri.Select(e => (e.RhkKunci, e.NilaiBerakhlak, Entri: new EntriUmpanBalik(
            e.Id, e.Jenis, PegawaiEntity.FormatNama(e.GelarDepan, e.Nama, e.GelarBelakang), e.PenulisNip, e.Teks, e.DibuatUtc, e.DiubahUtc, e.Version,
            akses!.UmpanBalik && e.Jenis == JenisUmpanBalik.Penilai && e.PenulisPegawaiId == saya))).ToList();

        IReadOnlyList<PermintaanBaris> permintaan = [];
        IReadOnlyList<PilihanRekan> pilihan = [];
        if (penilai)
        {
            permintaan = await (from r in db.PermintaanMasukan.AsNoTracking()
                                where r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId
                                join p in db.Pegawai on r.RekanPegawaiId equals p.Id
                                orderby r.DimintaUtc descending, r.Id descending
                                select new { r.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, r.Pesan, r.DimintaUtc, r.Status, r.SelesaiUtc, r.Version })
                .Select(r => new PermintaanBaris(r.Id, PegawaiEntity.FormatNama(r.GelarDepan, r.Nama, r.GelarBelakang), r.Nip, r.Pesan, r.DimintaUtc, r.Status, r.SelesaiUtc, r.Version))
                .ToListAsync(ct);
            if (akses!.UmpanBalik)
            {
                pilihan = await RekanQuery(data!.PegawaiId, saya!.Value)
                    .OrderBy(p => p.Nama).ThenBy(p => p.Nip)
                    .Select(p => new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, Jabatan = p.Jabatan != null ? p.Jabatan.Nama : null })
                    .Take(PilihanRekanMaksimum)
                    .Select(p => new PilihanRekan(p.Id, PegawaiEntity.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, p.Jabatan))
                    .ToListAsync(ct);
            }
        }

        return new UmpanBalikViewModel(
            isi.Kepala,
            akses!.UmpanBalik,
            penilai,
            SusunRhk(isi.Rhk, baris.Where(b => b.RhkKunci is not null).ToLookup(b => b.RhkKunci!.Value, b => b.Entri)),
            SusunPerilaku(isi.Ekspektasi, baris.Where(b => b.NilaiBerakhlak is not null).ToLookup(b => b.NilaiBerakhlak!.Value, b => b.Entri)),
            permintaan,
            pilihan);
    }

    /// <summary>Adds the pejabat penilai's feedback to one thread (an RHK of this SKP or a value).</summary>
    public async Task<StatusHasil> TambahAsync(int skpId, int periodeId, PenggunaSkp pengguna, TambahUmpanBalikForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await TolakTulisAsync(skpId, periodeId, pengguna, ct) is { } tolak)
        {
            return tolak;
        }

        if (!SasaranUmpanBalik.TryParse(form.Sasaran, out var sasaran))
        {
            throw new DomainException(KodeEvaluasi.UmpanBalikSasaranTidakValid);
        }

        if (sasaran.Value.RhkKunci is { } kunci && !await db.Set<RencanaHasilKerja>().AnyAsync(r => r.SkpId == skpId && r.Kunci == kunci, ct))
        {
            throw new DomainException(KodeEvaluasi.UmpanBalikSasaranTidakValid);
        }

        var entri = Entri.OlehPenilai(
            skpId, periodeId, sasaran.Value.RhkKunci, sasaran.Value.Nilai, form.Teks!, pengguna.PegawaiId!.Value, pengguna.Nip, Sekarang());
        db.UmpanBalik.Add(entri);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Umpan balik {Id} ditulis untuk SKP {SkpId} periode {PeriodeId} oleh {Nip}", entri.Id, skpId, periodeId, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    /// <summary>The author edits their entry (the posted <see cref="UbahUmpanBalikForm.Version"/> guards a concurrent change).</summary>
    public async Task<StatusHasil> UbahAsync(int skpId, int periodeId, int id, PenggunaSkp pengguna, UbahUmpanBalikForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (status, entri) = await EntriMilikAsync(skpId, periodeId, id, pengguna, ct);
        if (status != StatusHasil.Berhasil)
        {
            return status;
        }

        db.Entry(entri!).Property(e => e.Version).OriginalValue = form.Version;
        entri!.Ubah(form.Teks!, pengguna.PegawaiId!.Value, Sekarang());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Umpan balik {Id} diubah oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    public async Task<StatusHasil> HapusAsync(int skpId, int periodeId, int id, int version, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (status, entri) = await EntriMilikAsync(skpId, periodeId, id, pengguna, ct);
        if (status != StatusHasil.Berhasil)
        {
            return status;
        }

        db.Entry(entri!).Property(e => e.Version).OriginalValue = version;
        entri!.PastikanPenulis(pengguna.PegawaiId!.Value);
        db.UmpanBalik.Remove(entri);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Umpan balik {Id} dihapus oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    /// <summary>
    /// The pejabat penilai asks a coworker of the employee for input. <see cref="StatusHasil.Ditolak"/>: the person is not
    /// among the coworkers offered (the form says so).
    /// </summary>
    public async Task<StatusHasil> MintaAsync(int skpId, int periodeId, PenggunaSkp pengguna, MintaMasukanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (status, akses, data) = await AksesAsync(skpId, periodeId, pengguna, ct);
        if (status != StatusHasil.Berhasil)
        {
            return status;
        }

        if (!akses!.UmpanBalik)
        {
            return StatusHasil.Dilarang;
        }

        var saya = pengguna.PegawaiId!.Value;
        var rekanId = form.RekanPegawaiId!.Value;
        if (!await RekanQuery(data!.PegawaiId, saya).AnyAsync(r => r.Id == rekanId, ct))
        {
            return StatusHasil.Ditolak;
        }

        if (await db.PermintaanMasukan.AnyAsync(
                r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId && r.RekanPegawaiId == rekanId && r.Status == StatusPermintaanMasukan.Menunggu, ct))
        {
            throw new DomainException(KodeEvaluasi.PermintaanSudahAda);
        }

        var permintaan = PermintaanMasukan.Minta(skpId, periodeId, data.PegawaiId, rekanId, saya, form.Pesan, Sekarang());
        db.PermintaanMasukan.Add(permintaan);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Permintaan masukan {Id} untuk SKP {SkpId} periode {PeriodeId} dibuat oleh {Nip}", permintaan.Id, skpId, periodeId, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    public async Task<StatusHasil> BatalkanAsync(int skpId, int periodeId, int id, int version, PenggunaSkp pengguna, CancellationToken ct)
    {
        if (await TolakTulisAsync(skpId, periodeId, pengguna, ct) is { } tolak)
        {
            return tolak;
        }

        var permintaan = await db.PermintaanMasukan.FirstOrDefaultAsync(r => r.Id == id && r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId, ct);
        if (permintaan is null)
        {
            return StatusHasil.TidakDitemukan;
        }

        db.Entry(permintaan).Property(e => e.Version).OriginalValue = version;
        permintaan.Batalkan(pengguna.PegawaiId!.Value, Sekarang());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Permintaan masukan {Id} dibatalkan oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    /// <summary>The signed-in peer's waiting requests, earliest due first, paged (one count and one page query).</summary>
    public async Task<Halaman<PermintaanSayaBaris>> PermintaanSayaAsync(int pegawaiId, int halaman, CancellationToken ct)
    {
        var hasil = await (from r in db.PermintaanMasukan.AsNoTracking()
                           where r.RekanPegawaiId == pegawaiId && r.Status == StatusPermintaanMasukan.Menunggu
                           join s in db.Skp on r.SkpId equals s.Id
                           join p in db.PeriodeEvaluasi on r.PeriodeEvaluasiId equals p.Id
                           join t in db.TahunKinerja on p.TahunKinerjaId equals t.Id
                           orderby p.BatasEvaluasi, r.DimintaUtc, r.Id
                           select new PermintaanSayaBaris(
                               r.Id, s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.Nip, t.Tahun, t.JenisPeriode, p.Nomor, string.Empty,
                               p.BatasEvaluasi, r.DimintaUtc, r.Pesan))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        return hasil with { Items = [.. hasil.Items.Select(i => i with { PeriodeRomawi = RomawiDari(i.PeriodeNomor) })] };
    }

    /// <summary>The peer's page for one of their requests; null (404) when it is not theirs.</summary>
    public async Task<JawabPermintaanViewModel?> PermintaanAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var saya = pengguna.PegawaiId;
        var r = await db.PermintaanMasukan.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.RekanPegawaiId == saya, ct);
        if (r is null)
        {
            return null;
        }

        var isi = await MuatSkpAsync(r.SkpId, r.PeriodeEvaluasiId, ct);
        if (isi is null)
        {
            return null;
        }

        var jawaban = await db.UmpanBalik.AsNoTracking()
            .Where(u => u.PermintaanMasukanId == id && u.PenulisPegawaiId == saya)
            .OrderBy(u => u.Id)
            .ToListAsync(ct);
        var baris = jawaban.Select(u => (u.RhkKunci, u.NilaiBerakhlak, Entri: new EntriUmpanBalik(
            u.Id, u.Jenis, string.Empty, u.PenulisNip, u.Teks, u.DibuatUtc, u.DiubahUtc, u.Version, false))).ToList();
        return new JawabPermintaanViewModel(
            r.Id, r.Version, r.Status, r.Pesan, r.DimintaUtc, isi.Kepala,
            r.Status == StatusPermintaanMasukan.Menunggu && !isi.Kepala.PeriodeDitutup,
            SusunRhk(isi.Rhk, baris.Where(b => b.RhkKunci is not null).ToLookup(b => b.RhkKunci!.Value, b => b.Entri)),
            SusunPerilaku(isi.Ekspektasi, baris.Where(b => b.NilaiBerakhlak is not null).ToLookup(b => b.NilaiBerakhlak!.Value, b => b.Entri)));
    }

    /// <summary>The peer answers their own waiting request in an open period.</summary>
    public async Task<StatusHasil> JawabAsync(int id, PenggunaSkp pengguna, JawabPermintaanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var saya = pengguna.PegawaiId;
        var r = await db.PermintaanMasukan.FirstOrDefaultAsync(x => x.Id == id && x.RekanPegawaiId == saya, ct);
        if (r is null)
        {
            return StatusHasil.TidakDitemukan;
        }

        var ditutup = await db.PeriodeEvaluasi.Where(p => p.Id == r.PeriodeEvaluasiId).Select(p => p.Ditutup).FirstAsync(ct);
        if (ditutup)
        {
            return StatusHasil.Dilarang;
        }

        // Only this SKP's RHK: a forged key is dropped like an unknown field.
        var kunci = (await db.Set<RencanaHasilKerja>().Where(x => x.SkpId == r.SkpId).Select(x => x.Kunci).ToListAsync(ct)).ToHashSet();
        var masukan = form.Rhk.Where(x => kunci.Contains(x.Key)).Select(x => new MasukanRekan(x.Key, null, x.Value))
            .Concat(form.Nilai.Where(x => Enum.IsDefined(x.Key)).OrderBy(x => x.Key).Select(x => new MasukanRekan(null, x.Key, x.Value)));
        db.Entry(r).Property(e => e.Version).OriginalValue = form.Version;
        var entri = r.Jawab(saya!.Value, pengguna.Nip, masukan, Sekarang());
        db.UmpanBalik.AddRange(entri);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Permintaan masukan {Id} dijawab oleh {Nip} dengan {Jumlah} masukan", id, pengguna.Nip, entri.Count);
        return StatusHasil.Berhasil;
    }

    /// <summary>The evaluation periods of an evaluated (approved) SKP, for the links on its detail page; empty otherwise.</summary>
    public async Task<IReadOnlyList<TautanPeriode>> TautanAsync(int skpId, CancellationToken ct)
    {
        var tautan = await (from s in db.Skp.AsNoTracking().Where(s => s.Id == skpId).Dievaluasi(db.Skp)
                            from p in db.PeriodeEvaluasi.Where(p => p.TahunKinerjaId == s.TahunKinerjaId && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai)
                            join t in db.TahunKinerja on p.TahunKinerjaId equals t.Id
                            orderby p.Nomor
                            select new TautanPeriode(s.Id, p.Id, t.JenisPeriode, p.Nomor, string.Empty, p.Mulai, p.Selesai))
            .ToListAsync(ct);
        return tautan.ConvertAll(x => x with { Romawi = RomawiDari(x.Nomor) });
    }

    // ---- helpers --------------------------------------------------------------------------------------

    internal static string RomawiDari(int nomor) => nomor >= 1 && nomor <= Romawi.Length ? Romawi[nomor - 1] : nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The employee's coworkers: other active employees of the same unit and those under the same supervisor (or under the
    /// pejabat penilai), never the employee or the pejabat penilai. One query.
    /// </summary>
    private IQueryable<PegawaiEntity> RekanQuery(int pegawaiId, int penilaiId)
    {
        var asal = db.Pegawai.Where(a => a.Id == pegawaiId);
        return db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.Id != pegawaiId && p.Id != penilaiId
                && (p.AtasanLangsungId == penilaiId
                    || asal.Any(a => (a.AtasanLangsungId != null && p.AtasanLangsungId == a.AtasanLangsungId)
                        || (a.JabatanId != null && p.JabatanId != null && p.Jabatan!.UnitKerjaId == a.Jabatan!.UnitKerjaId))));
    }

    private async Task<StatusHasil?> TolakTulisAsync(int skpId, int periodeId, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (status, akses, _) = await AksesAsync(skpId, periodeId, pengguna, ct);
        return status != StatusHasil.Berhasil ? status : akses!.UmpanBalik ? null : StatusHasil.Dilarang;
    }

    /// <summary>The user's own penilai entry of this SKP and period, tracked; 404 when absent, 403 when not theirs or not writable.</summary>
    private async Task<(StatusHasil Status, Entri? Entri)> EntriMilikAsync(int skpId, int periodeId, int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        if (await TolakTulisAsync(skpId, periodeId, pengguna, ct) is { } tolak)
        {
            return (tolak, null);
        }

        var entri = await db.UmpanBalik.FirstOrDefaultAsync(u => u.Id == id && u.SkpId == skpId && u.PeriodeEvaluasiId == periodeId, ct);
        if (entri is null)
        {
            return (StatusHasil.TidakDitemukan, null);
        }

        return entri.Jenis == JenisUmpanBalik.Penilai && entri.DitulisOleh(pengguna.PegawaiId) ? (StatusHasil.Berhasil, entri) : (StatusHasil.Dilarang, null);
    }

    /// <summary>Header, RHK with IKI, and the ekspektasi of an SKP in a period: four queries.</summary>
    private async Task<DataSkp?> MuatSkpAsync(int skpId, int periodeId, CancellationToken ct)
    {
        var kepala = await (from s in db.Skp.AsNoTracking()
                            where s.Id == skpId
                            from p in db.PeriodeEvaluasi.Where(p => p.Id == periodeId)
                            join t in db.TahunKinerja on p.TahunKinerjaId equals t.Id
                            select new
                            {
                                s.PegawaiId,
                                s.Tahun,
                                t.JenisPeriode,
                                p.Nomor,
                                p.Mulai,
                                p.Selesai,
                                p.BatasEvaluasi,
                                p.Ditutup,
                                Pegawai = s.Snapshot.Pegawai.NamaLengkap,
                                PegawaiNip = s.Snapshot.Pegawai.Nip,
                                Penilai = s.Snapshot.PejabatPenilai != null ? s.Snapshot.PejabatPenilai.NamaLengkap : null,
                                PenilaiNip = s.Snapshot.PejabatPenilai != null ? s.Snapshot.PejabatPenilai.Nip : null,
                            }).FirstOrDefaultAsync(ct);
        if (kepala is null)
        {
            return null;
        }

        var rhk = await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => r.SkpId == skpId).Include(r => r.Indikator).AsSplitQuery().ToListAsync(ct);
        var ekspektasi = await db.Set<EkspektasiPimpinan>().AsNoTracking().Where(e => e.SkpId == skpId).ToDictionaryAsync(e => e.Nilai, e => e.Teks, ct);
        return new DataSkp(
            new KepalaUmpanBalik(
                skpId, periodeId, kepala.Tahun, kepala.JenisPeriode, kepala.Nomor, RomawiDari(kepala.Nomor), kepala.Mulai, kepala.Selesai, kepala.BatasEvaluasi,
                kepala.Ditutup, kepala.Pegawai, kepala.PegawaiNip, kepala.Penilai, kepala.PenilaiNip),
            kepala.PegawaiId,
            rhk,
            ekspektasi);
    }

    private static List<RhkUmpanBalik> SusunRhk(IReadOnlyList<RencanaHasilKerja> rhk, ILookup<Guid, EntriUmpanBalik> entri) =>
        [.. rhk.GroupBy(r => r.Jenis).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(r => r.Urutan).Select((r, i) => new RhkUmpanBalik(
                r.Kunci, r.Jenis, i + 1, r.Teks, [.. r.Indikator.Select(k => new IkiRingkas(k.Aspek, k.Indikator, k.Target))], [.. entri[r.Kunci]])))];

    private static List<PerilakuUmpanBalik> SusunPerilaku(IReadOnlyDictionary<NilaiBerakhlak, string> ekspektasi, ILookup<NilaiBerakhlak, EntriUmpanBalik> entri) =>
        [.. PerilakuKerja.Semua.Select(p => new PerilakuUmpanBalik(p, ekspektasi.GetValueOrDefault(p.Nilai), [.. entri[p.Nilai]]))];
}
