using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>
/// The employee's development records (list with JP progress, form with certificate, delete, detail, download) and their
/// verification by the pejabat penilai or the Admin BKD (inbox, verify, refuse, correct, withdraw). Every action loads the
/// record with its owner's current pejabat penilai and applies <see cref="AksesKegiatan"/> first (no Baca → 404, Baca
/// without the right → 403), before any file is stored.
/// </summary>
public sealed class PengembanganService(
    AppDbContext db, IPenyimpanBerkas penyimpan, TimeProvider clock, IOptions<AturanJp> aturan, ILogger<PengembanganService> logger)
{
    public const string KebutuhanTidakDikenal = "Pengembangan.KebutuhanTidakDikenal";
    public const string SertifikatJenis = "Pengembangan.SertifikatJenis";

    public int UkuranMaksimumMb => (int)(penyimpan.UkuranMaksimumByte / (1024 * 1024));

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;

    public int TahunIni() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;

    // ---- the employee's list --------------------------------------------------------------------------

    /// <summary>The year's records, paged, with the JP progress: three queries (one GROUP BY, count, page).</summary>
    public async Task<PengembanganIndexViewModel> DaftarAsync(int pegawaiId, int tahun, int halaman, CancellationToken ct)
    {
        var milik = db.KegiatanPengembangan.AsNoTracking().Where(k => k.PegawaiId == pegawaiId && k.Tahun == tahun);
        var jumlah = await milik
            .Where(k => k.Status != StatusKegiatan.Ditolak)
            .GroupBy(k => new { k.Jenis, k.JenisKompetensi, k.Status })
            .Select(g => new { g.Key.Jenis, g.Key.JenisKompetensi, g.Key.Status, Jp = g.Sum(k => k.Jp) })
            .ToListAsync(ct);
        JpKelompok Kelompok<T>(IEnumerable<T> baris, Func<T, StatusKegiatan> status, Func<T, int> jp) => new(
            baris.Where(b => status(b) == StatusKegiatan.Terverifikasi).Sum(jp), baris.Where(b => status(b) == StatusKegiatan.Diajukan).Sum(jp));
        var progres = new ProgresJp(
            tahun,
            aturan.Value.TargetTahunan,
            jumlah.Where(j => j.Status == StatusKegiatan.Terverifikasi).Sum(j => j.Jp),
            jumlah.Where(j => j.Status == StatusKegiatan.Diajukan).Sum(j => j.Jp),
            Enum.GetValues<JenisKompetensi>().ToDictionary(j => j, j => Kelompok(jumlah.Where(x => x.JenisKompetensi == j), x => x.Status, x => x.Jp)),
            Enum.GetValues<JalurPengembangan>().ToDictionary(j => j, j => Kelompok(jumlah.Where(x => AturanJp.Jalur(x.Jenis) == j), x => x.Status, x => x.Jp)));
        var daftar = await milik
            .OrderByDescending(k => k.TanggalSelesai).ThenByDescending(k => k.Id)
            .Select(k => new KegiatanBaris(k.Id, k.Jenis, k.JenisKompetensi, k.Nama, k.Penyelenggara, k.TanggalMulai, k.TanggalSelesai, k.Jp, k.Status, k.KunciBerkas != null))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        return new PengembanganIndexViewModel(tahun, progres, daftar);
    }

    // ---- form -----------------------------------------------------------------------------------------

    /// <summary>The employee's open development needs (the "menjawab kebutuhan" choices); one query.</summary>
    public async Task<IReadOnlyList<PilihanKebutuhan>> KebutuhanTerbukaAsync(int pegawaiId, CancellationToken ct) =>
        await db.KebutuhanPengembangan.AsNoTracking()
            .Where(k => k.PegawaiId == pegawaiId && k.Status == StatusKebutuhan.Terbuka)
            .OrderByDescending(k => k.Tahun).ThenBy(k => k.Id)
            .Select(k => new PilihanKebutuhan(k.Id, k.Tahun + " – " + k.Uraian))
            .ToListAsync(ct);

    /// <summary>The edit form of the owner's record: 404 for anyone who may not read it, 403 for a reader who is not the owner.</summary>
    public async Task<Hasil<KegiatanPengembangan>> UntukUbahAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, true, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return Hasil.Gagal<KegiatanPengembangan>(StatusHasil.TidakDitemukan);
        }

        return akses.Ubah ? Hasil.Ok(kegiatan) : Hasil.Gagal<KegiatanPengembangan>(StatusHasil.Dilarang);
    }

    /// <summary>
    /// A new record of the signed-in employee: the domain checks the data first, then the certificate is checked and
    /// stored, then the record saved; a stored file is removed again when the save fails. Nothing is stored on a refusal.
    /// </summary>
    public async Task<HasilKegiatan> TambahAsync(KegiatanForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return new HasilKegiatan(StatusHasil.Dilarang);
        }

        if (await PeriksaKebutuhanAsync(form.KebutuhanPengembanganId, saya, null, ct) is { } tolak)
        {
            return tolak;
        }

        var kegiatan = KegiatanPengembangan.Catat(saya, form.Data(form.KebutuhanPengembanganId), pengguna.Nip, Sekarang());
        var hasil = await SimpanDenganBerkasAsync(kegiatan, form.Berkas, pengguna, () => db.KegiatanPengembangan.Add(kegiatan), ct);
        if (hasil is not null)
        {
            return hasil;
        }

        logger.LogInformation("Kegiatan pengembangan {KegiatanId} dicatat oleh {Nip}", kegiatan.Id, pengguna.Nip);
        return new HasilKegiatan(StatusHasil.Berhasil, kegiatan.Id);
    }

    /// <summary>The owner's change of an unverified record (a verified one: the domain's message); the replaced file is removed after the save.</summary>
    public async Task<HasilKegiatan> UbahAsync(int id, KegiatanForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (kegiatan, akses) = await MuatAsync(id, pengguna, true, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return new HasilKegiatan(StatusHasil.TidakDitemukan);
        }

        if (!akses.Ubah)
        {
            return new HasilKegiatan(StatusHasil.Dilarang);
        }

        if (await PeriksaKebutuhanAsync(form.KebutuhanPengembanganId, kegiatan.PegawaiId, kegiatan.KebutuhanPengembanganId, ct) is { } tolak)
        {
            return tolak;
        }

        db.Entry(kegiatan).Property(k => k.Version).OriginalValue = form.Version;
        kegiatan.Ubah(form.Data(form.KebutuhanPengembanganId));
        string? lama = null;
        if (form.HapusBerkas && form.Berkas is null)
        {
            lama = kegiatan.HapusSertifikat();
        }

        var hasil = await SimpanDenganBerkasAsync(kegiatan, form.Berkas, pengguna, null, ct, k => lama = k);
        if (hasil is not null)
        {
            return hasil;
        }

        await HapusBerkasAsync(lama, id);
        logger.LogInformation("Kegiatan pengembangan {KegiatanId} diubah oleh {Nip}", id, pengguna.Nip);
        return new HasilKegiatan(StatusHasil.Berhasil, id);
    }

    /// <summary>The owner deletes an unverified record; the stored file is removed after the save.</summary>
    public async Task<StatusHasil> HapusAsync(int id, int version, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, true, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return StatusHasil.TidakDitemukan;
        }

        if (!akses.Ubah)
        {
            return StatusHasil.Dilarang;
        }

        kegiatan.PastikanBelumDiverifikasi();
        db.Entry(kegiatan).Property(k => k.Version).OriginalValue = version;
        var kunci = kegiatan.KunciBerkas;
        db.KegiatanPengembangan.Remove(kegiatan);
        await db.SaveChangesAsync(ct);
        await HapusBerkasAsync(kunci, id);
        logger.LogInformation("Kegiatan pengembangan {KegiatanId} dihapus oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    // ---- detail and download --------------------------------------------------------------------------

    public async Task<Hasil<KegiatanDetailViewModel>> DetailAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, false, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return Hasil.Gagal<KegiatanDetailViewModel>(StatusHasil.TidakDitemukan);
        }

        var pemilik = await db.Pegawai.AsNoTracking().Where(p => p.Id == kegiatan.PegawaiId)
            .Select(p => new { p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang }).SingleAsync(ct);
        var uraian = kegiatan.KebutuhanPengembanganId is { } kebutuhanId
            ? await db.KebutuhanPengembangan.AsNoTracking().Where(k => k.Id == kebutuhanId).Select(k => k.Uraian).FirstOrDefaultAsync(ct)
            : null;
        var riwayat = await db.RiwayatAsync<KegiatanPengembangan>(id, ct);
        return Hasil.Ok(new KegiatanDetailViewModel(
            kegiatan, pemilik.Nip, SiKinerja.Domain.Kepegawaian.Pegawai.FormatNama(pemilik.GelarDepan, pemilik.Nama, pemilik.GelarBelakang), uraian, akses, riwayat));
    }

    /// <summary>The certificate for anyone who may read the record; null (404) for anyone else and for a missing file.</summary>
    public async Task<UnduhanSertifikat?> UnduhAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, false, ct);
        if (kegiatan?.KunciBerkas is null || akses is not { Baca: true })
        {
            if (kegiatan is not null)
            {
                logger.LogWarning("Unduhan sertifikat kegiatan {KegiatanId} ditolak untuk {Nip}", id, pengguna.Nip);
            }

            return null;
        }

        var berkas = await penyimpan.BukaAsync(kegiatan.KunciBerkas, ct);
        if (berkas is null)
        {
            logger.LogWarning("Sertifikat kegiatan {KegiatanId} tidak ada di penyimpanan", id);
            return null;
        }

        return new UnduhanSertifikat(berkas.Isi, kegiatan.JenisKonten ?? berkas.ContentType, kegiatan.NamaBerkas ?? "sertifikat");
    }

    // ---- verification ---------------------------------------------------------------------------------

    /// <summary>
    /// The Diajukan records of my direct reports (the Admin BKD: everyone's, optionally of one unit), oldest first, paged:
    /// count and page (and for the Admin BKD the units), whatever the number of rows.
    /// </summary>
    public async Task<VerifikasiViewModel> KotakMasukAsync(PenggunaSkp pengguna, int? unitId, int halaman, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var saya = pengguna.PegawaiId ?? -1;
        var baris = from k in db.KegiatanPengembangan.AsNoTracking()
                    where k.Status == StatusKegiatan.Diajukan
                    join p in db.Pegawai on k.PegawaiId equals p.Id
                    where p.Id != saya
                    join j in db.Jabatan on p.JabatanId equals j.Id into jj
                    from j in jj.DefaultIfEmpty()
                    join u in db.UnitKerja on j.UnitKerjaId equals u.Id into uu
                    from u in uu.DefaultIfEmpty()
                    select new { k, p, UnitId = (int?)u.Id, Unit = u.Nama };
        if (pengguna.AdminBkd)
        {
            if (unitId is { } unit)
            {
                baris = baris.Where(b => b.UnitId == unit);
            }
        }
        else
        {
            baris = baris.Where(b => b.p.AtasanLangsungId == saya);
        }

        var daftar = await baris
            .OrderBy(b => b.k.DicatatUtc).ThenBy(b => b.k.Id)
            .Select(b => new VerifikasiBaris(
                b.k.Id, b.p.Nip, b.p.GelarDepan, b.p.Nama, b.p.GelarBelakang, b.Unit, b.k.Jenis, b.k.Nama, b.k.TanggalSelesai, b.k.Jp,
                b.k.KunciBerkas != null, b.k.Version))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        IReadOnlyList<PilihanUnit> unitPilihan = pengguna.AdminBkd
            ? await db.UnitKerja.AsNoTracking().OrderBy(u => u.Nama).Select(u => new PilihanUnit(u.Id, u.Nama)).ToListAsync(ct)
            : [];
        return new VerifikasiViewModel(daftar, pengguna.AdminBkd, unitId, unitPilihan);
    }

    /// <summary>The pending count of the pejabat penilai's direct reports (home page); one query.</summary>
    public Task<int> JumlahMenungguAsync(int penilaiId, CancellationToken ct) =>
        (from k in db.KegiatanPengembangan
         where k.Status == StatusKegiatan.Diajukan
         join p in db.Pegawai on k.PegawaiId equals p.Id
         where p.AtasanLangsungId == penilaiId && p.Id != penilaiId
         select k.Id).CountAsync(ct);

    /// <summary>Verifies; a need the record answers is completed in the same save (when it is still open).</summary>
    public Task<StatusHasil> VerifikasiAsync(int id, int version, PenggunaSkp pengguna, CancellationToken ct) =>
        VerifikatorAsync(id, version, pengguna, false, async k =>
        {
            var waktu = Sekarang();
            k.Verifikasi(pengguna.Nip, waktu);
            if (k.KebutuhanPengembanganId is { } kebutuhanId
                && await db.KebutuhanPengembangan.FirstOrDefaultAsync(x => x.Id == kebutuhanId, ct) is { Status: StatusKebutuhan.Terbuka } kebutuhan)
            {
                kebutuhan.Selesaikan(k.Id, waktu);
            }
        }, "diverifikasi", ct);

    public Task<StatusHasil> TolakAsync(int id, AlasanForm form, PenggunaSkp pengguna, CancellationToken ct) =>
        VerifikatorAsync(id, form.Version, pengguna, false, k =>
        {
            k.Tolak(form.Alasan, pengguna.Nip, Sekarang());
            return Task.CompletedTask;
        }, "ditolak", ct);

    /// <summary>The Admin BKD withdraws a verification; the need it completed is open again.</summary>
    public Task<StatusHasil> BatalkanVerifikasiAsync(int id, AlasanForm form, PenggunaSkp pengguna, CancellationToken ct) =>
        VerifikatorAsync(id, form.Version, pengguna, true, async k =>
        {
            k.BatalkanVerifikasi(form.Alasan);
            if (k.KebutuhanPengembanganId is { } kebutuhanId
                && await db.KebutuhanPengembangan.FirstOrDefaultAsync(x => x.Id == kebutuhanId, ct) is { } kebutuhan
                && kebutuhan.SelesaiOlehKegiatanId == k.Id)
            {
                kebutuhan.BukaKembali();
            }
        }, "verifikasinya dibatalkan", ct);

    /// <summary>The Admin BKD's correction of a verified record (reason required; the record stays verified).</summary>
    public async Task<StatusHasil> KoreksiAsync(int id, KoreksiForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await VerifikatorAsync(id, form.Version, pengguna, true, k =>
        {
            k.Koreksi(form.Data(k.KebutuhanPengembanganId), form.Alasan);
            return Task.CompletedTask;
        }, "dikoreksi", ct);
    }

    /// <summary>The record for the correction form: 404 without Baca, 403 for anyone but the Admin BKD.</summary>
    public async Task<Hasil<KegiatanPengembangan>> UntukKoreksiAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, false, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return Hasil.Gagal<KegiatanPengembangan>(StatusHasil.TidakDitemukan);
        }

        return akses.Koreksi ? Hasil.Ok(kegiatan) : Hasil.Gagal<KegiatanPengembangan>(StatusHasil.Dilarang);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private async Task<StatusHasil> VerifikatorAsync(
        int id, int version, PenggunaSkp pengguna, bool adminSaja, Func<KegiatanPengembangan, Task> aksi, string log, CancellationToken ct)
    {
        var (kegiatan, akses) = await MuatAsync(id, pengguna, true, ct);
        if (kegiatan is null || akses is not { Baca: true })
        {
            return StatusHasil.TidakDitemukan;
        }

        if (adminSaja ? !akses.Koreksi : !akses.Verifikasi)
        {
            return StatusHasil.Dilarang;
        }

        db.Entry(kegiatan).Property(k => k.Version).OriginalValue = version;
        await aksi(kegiatan);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Kegiatan pengembangan {KegiatanId} {Aksi} oleh {Nip}", id, log, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    /// <summary>The record and what the user may do with it: one query (the record with its owner's current pejabat penilai).</summary>
    private async Task<(KegiatanPengembangan? Kegiatan, AksesKegiatan? Akses)> MuatAsync(int id, PenggunaSkp pengguna, bool lacak, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var sumber = lacak ? db.KegiatanPengembangan : db.KegiatanPengembangan.AsNoTracking();
        var baris = await (from k in sumber
                           where k.Id == id
                           join p in db.Pegawai on k.PegawaiId equals p.Id
                           select new { k, p.AtasanLangsungId })
            .FirstOrDefaultAsync(ct);
        return baris is null
            ? (null, null)
            : (baris.k, AksesKegiatan.Untuk(pengguna, new DataAksesKegiatan(baris.k.PegawaiId, baris.AtasanLangsungId, baris.k.Status)));
    }

    /// <summary>A chosen need must be an open need of the record's owner (or the one already linked); a forged id is refused on the form.</summary>
    private async Task<HasilKegiatan?> PeriksaKebutuhanAsync(int? kebutuhanId, int pegawaiId, int? tersimpan, CancellationToken ct)
    {
        if (kebutuhanId is not { } dipilih || dipilih == tersimpan)
        {
            return null;
        }

        var sah = await db.KebutuhanPengembangan.AnyAsync(k => k.Id == dipilih && k.PegawaiId == pegawaiId && k.Status == StatusKebutuhan.Terbuka, ct);
        return sah ? null : HasilKegiatan.Tolak(nameof(KegiatanForm.KebutuhanPengembanganId), KebutuhanTidakDikenal);
    }

    /// <summary>
    /// Stores the upload (if any) on the record and saves. Null on success; a refusal of the file (nothing stored) as a result.
    /// A file stored but not recorded (the save failed) is removed again.
    /// </summary>
    private async Task<HasilKegiatan?> SimpanDenganBerkasAsync(
        KegiatanPengembangan kegiatan, IFormFile? berkas, PenggunaSkp pengguna, Action? tambah, CancellationToken ct, Action<string?>? diganti = null)
    {
        string? kunciBaru = null;
        if (berkas is not null)
        {
            // Certificates are PDF, JPEG or PNG only (the store also takes office files): refused before anything is stored.
            if (JenisBerkasExtensions.DariEkstensi(Path.GetExtension(berkas.FileName)) is not (JenisBerkas.Pdf or JenisBerkas.Png or JenisBerkas.Jpeg))
            {
                return HasilKegiatan.Tolak(nameof(KegiatanForm.Berkas), SertifikatJenis);
            }

            HasilSimpanBerkas simpan;
            await using (var isi = berkas.OpenReadStream())
            {
                simpan = await penyimpan.SimpanAsync(isi, berkas.FileName, ct);
            }

            if (!simpan.Berhasil)
            {
                logger.LogInformation("Sertifikat kegiatan pengembangan ditolak ({Galat}) untuk {Nip}", simpan.Pemeriksaan.Galat, pengguna.Nip);
                return HasilKegiatan.Tolak(nameof(KegiatanForm.Berkas), simpan.Pemeriksaan.Galat!, [.. simpan.Pemeriksaan.Argumen]);
            }

            kunciBaru = simpan.Kunci!;
            var lama = kegiatan.AturSertifikat(kunciBaru, simpan.Pemeriksaan.NamaTampilan, simpan.Pemeriksaan.Jenis!.Value.ContentType(), simpan.Ukuran);
            if (lama is not null)
            {
                diganti?.Invoke(lama);
            }
        }

        try
        {
            tambah?.Invoke();
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (kunciBaru is not null)
            {
                await penyimpan.HapusAsync(kunciBaru, CancellationToken.None);
            }

            throw;
        }

        return null;
    }

    private async Task HapusBerkasAsync(string? kunci, int id)
    {
        if (kunci is not null && !await penyimpan.HapusAsync(kunci, CancellationToken.None))
        {
            logger.LogWarning("Sertifikat kegiatan {KegiatanId} tidak ditemukan saat dihapus", id);
        }
    }
}
