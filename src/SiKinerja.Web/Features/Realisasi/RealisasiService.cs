using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>The outcome of a bukti action: a refusal carries a resource key and its arguments for the page.</summary>
public sealed record HasilBukti(StatusHasil Status, string? Kode = null, IReadOnlyList<object>? Argumen = null)
{
    public static readonly HasilBukti Berhasil = new(StatusHasil.Berhasil);

    public static HasilBukti Tolak(string kode, params object[] argumen) => new(StatusHasil.Ditolak, kode, argumen);
}

/// <summary>
/// The employee's realisasi of an evaluated SKP per period (issue 4, item 1): the list, the page (read-only for the
/// other readers), the save of the whole page, bukti dukung (links, files) and the download. Every method decides
/// access with <see cref="AksesEvaluasi"/> on the loaded row (no Baca → 404, Baca without the right → 403) before it
/// touches anything; each runs a fixed number of queries whatever the number of RHK, IKI and bukti.
/// </summary>
public sealed class RealisasiService(
    AppDbContext db, IPenyimpanBerkas penyimpan, TimeProvider clock, ILogger<RealisasiService> logger)
{
    public const string IkiTidakDikenal = "Umum.IsianTidakValid";
    public const string BerkasWajib = "Realisasi.BerkasWajib";

    public int UkuranMaksimumMb => (int)(penyimpan.UkuranMaksimumByte / (1024 * 1024));

    // ---- list -----------------------------------------------------------------------------------------

    /// <summary>
    /// Every applicable period of the employee's evaluated SKP in open years, newest year first: five queries (SKP,
    /// periods, IKI keys, filled realisasi keys, evaluation statuses) however many SKP and periods.
    /// </summary>
    public async Task<IReadOnlyList<RealisasiBaris>> DaftarAsync(int pegawaiId, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == pegawaiId && db.TahunKinerja.Any(k => k.Id == s.TahunKinerjaId && k.Status == StatusTahunKinerja.Dibuka))
            .Dievaluasi(db.Skp)
            .Select(s => new { s.Id, s.TahunKinerjaId, s.Revisi, s.TanggalMulai, s.TanggalSelesai })
            .ToListAsync(ct);
        if (skp.Count == 0)
        {
            return [];
        }

        var skpIds = skp.Select(s => s.Id).ToList();
        var tahunIds = skp.Select(s => s.TahunKinerjaId).Distinct().ToList();
        var periode = await PeriodeQuery(p => tahunIds.Contains(p.TahunKinerjaId)).ToListAsync(ct);
        // Joins rather than SelectMany over the navigation: SQLite has no APPLY.
        var iki = await (from r in db.Set<RencanaHasilKerja>().AsNoTracking()
                         where skpIds.Contains(r.SkpId)
                         join i in db.Set<IndikatorKinerjaIndividu>() on r.Id equals i.RencanaHasilKerjaId
                         select new { r.SkpId, i.Kunci })
            .ToListAsync(ct);
        var terisi = await (from r in db.RealisasiPeriode.AsNoTracking()
                            where skpIds.Contains(r.SkpId)
                            join i in db.Set<RealisasiIki>() on r.Id equals i.RealisasiPeriodeId
                            where i.RealisasiAngka != null || i.RealisasiTanggal != null || i.RealisasiTeks != null
                            select new { r.SkpId, r.PeriodeEvaluasiId, i.IkiKunci })
            .ToListAsync(ct);
        var status = await db.EvaluasiPeriode.AsNoTracking().Where(e => skpIds.Contains(e.SkpId))
            .Select(e => new { e.SkpId, e.PeriodeEvaluasiId, e.Status })
            .ToListAsync(ct);

        var ikiPerSkp = iki.GroupBy(i => i.SkpId).ToDictionary(g => g.Key, g => g.Select(i => i.Kunci).ToHashSet());
        var terisiPer = terisi.GroupBy(i => (i.SkpId, i.PeriodeEvaluasiId)).ToDictionary(g => g.Key, g => g.Select(i => i.IkiKunci).ToHashSet());
        var statusPer = status.ToDictionary(e => (e.SkpId, e.PeriodeEvaluasiId), e => e.Status);
        return [.. from s in skp
                   from p in periode
                   where p.TahunKinerjaId == s.TahunKinerjaId && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai
                   let kunci = ikiPerSkp.GetValueOrDefault(s.Id) ?? []
                   let isi = terisiPer.GetValueOrDefault((s.Id, p.Id))
                   orderby p.Tahun descending, s.TanggalMulai, p.Nomor
                   select new RealisasiBaris(
                       s.Id, s.Revisi, s.TanggalMulai, s.TanggalSelesai, p,
                       isi is null ? 0 : kunci.Count(isi.Contains), kunci.Count,
                       statusPer.TryGetValue((s.Id, p.Id), out var st) ? st : null)];
    }

    // ---- page -----------------------------------------------------------------------------------------

    /// <summary>The page of one SKP and period, with the posted <paramref name="form"/> when it is shown again.</summary>
    public async Task<Hasil<RealisasiViewModel>> HalamanAsync(int skpId, int periodeId, PenggunaSkp pengguna, RealisasiForm? form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var (akses, data) = await AksesAsync(skpId, periodeId, pengguna, ct);
        if (akses is null || !akses.Baca)
        {
            return Hasil.Gagal<RealisasiViewModel>(StatusHasil.TidakDitemukan);
        }

        var skp = await db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == skpId, ct);
        var periode = await PeriodeQuery(p => p.Id == periodeId).SingleAsync(ct);
        var realisasi = await db.RealisasiPeriode.AsNoTracking().DenganIsi()
            .FirstOrDefaultAsync(r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId, ct);

        var index = 0;
        var rhk = new List<RealisasiRhkBaris>();
        foreach (var jenis in new[] { JenisRhk.Utama, JenisRhk.Tambahan })
        {
            var nomor = 0;
            foreach (var r in skp.Rhk.Where(r => r.Jenis == jenis))
            {
                var iki = new List<RealisasiIkiBaris>();
                foreach (var i in r.Indikator)
                {
                    var tersimpan = realisasi?.Untuk(i.Kunci);
                    var (kategori, persen) = tersimpan is null
                        ? (null, null)
                        : new CapaianIki(i.Aspek, i.Target, tersimpan.RealisasiAngka, tersimpan.RealisasiTanggal).Nilai();
                    iki.Add(new RealisasiIkiBaris(index++, i.Kunci, i.Aspek, i.Indikator, i.Target, tersimpan, kategori, persen));
                }

                rhk.Add(new RealisasiRhkBaris(jenis, ++nomor, r.Teks, iki));
            }
        }

        if (form is not null)
        {
            // Shown again as posted, one row per IKI of the SKP in page order (a posted row for another key is dropped).
            var dikirim = form.Iki.Where(i => i.Kunci != Guid.Empty).DistinctBy(i => i.Kunci).ToDictionary(i => i.Kunci);
            form.Iki = [.. rhk.SelectMany(r => r.Iki).Select(i => dikirim.GetValueOrDefault(i.Kunci) ?? new RealisasiIkiForm { Kunci = i.Kunci })];
        }

        form ??= new RealisasiForm
        {
            Version = realisasi?.Version ?? 0,
            CatatanMandiri = realisasi?.CatatanMandiri,
            Iki = [.. rhk.SelectMany(r => r.Iki).Select(i => new RealisasiIkiForm
            {
                Kunci = i.Kunci,
                RencanaAksi = i.Tersimpan?.RencanaAksi,
                RealisasiAngka = i.Angka ? Angka.Tulis(i.Tersimpan?.RealisasiAngka) : null,
                RealisasiTanggal = i.Tanggal ? i.Tersimpan?.RealisasiTanggal?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
                RealisasiTeks = i.Tersimpan?.RealisasiTeks,
            })],
        };
        return Hasil.Ok(new RealisasiViewModel(skp, periode, akses, data!.Status, form, rhk, UkuranMaksimumMb, pengguna.PegawaiId == data.PegawaiId));
    }

    /// <summary>
    /// Saves the whole page (validated by <see cref="RealisasiFormValidator"/>) in one SaveChanges. Throws
    /// <see cref="DbUpdateConcurrencyException"/> when the realisasi changed since the page was read (or was created
    /// meanwhile), <see cref="Domain.Common.DomainException"/> when the aggregate refuses. Ditolak: an IKI key that is
    /// not in this SKP.
    /// </summary>
    public async Task<StatusHasil> SimpanAsync(int skpId, int periodeId, RealisasiForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var tolak = await TolakAsync(skpId, periodeId, pengguna, ct);
        if (tolak is not null)
        {
            return tolak.Value;
        }

        var target = await TargetAsync(skpId, ct);
        if (form.Iki.Any(i => !target.ContainsKey(i.Kunci)) || form.Iki.DistinctBy(i => i.Kunci).Count() != form.Iki.Count)
        {
            return StatusHasil.Ditolak;
        }

        var realisasi = await MuatAsync(skpId, periodeId, form.Version, ct);
        foreach (var i in form.Iki)
        {
            var jenis = target[i.Kunci];
            // Validated before (RealisasiFormValidator); what does not parse is not a realisasi.
            var angka = Angka.TryParse(i.RealisasiAngka, out var a) ? a : null;
            var tanggal = RealisasiIkiForm.TryTanggal(i.RealisasiTanggal, out var d) ? d : null;
            realisasi.Isi(
                i.Kunci, i.RencanaAksi,
                jenis is JenisTarget.Angka or JenisTarget.Rentang ? angka : null,
                jenis == JenisTarget.Tanggal ? tanggal : null,
                i.RealisasiTeks);
        }

        realisasi.UbahCatatanMandiri(form.CatatanMandiri);
        await SimpanPerubahanAsync(realisasi, ct);
        logger.LogInformation("Realisasi SKP {SkpId} periode {PeriodeId} disimpan oleh {Nip} ({Jumlah} IKI)", skpId, periodeId, pengguna.Nip, form.Iki.Count);
        return StatusHasil.Berhasil;
    }

    /// <summary>The periods of an evaluated SKP (for its detail page's links); empty when the SKP is not the evaluated one.</summary>
    public async Task<IReadOnlyList<PeriodeRealisasi>> PeriodeDievaluasiAsync(int skpId, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking().Where(s => s.Id == skpId).Dievaluasi(db.Skp)
            .Select(s => new { s.TahunKinerjaId, s.TanggalMulai, s.TanggalSelesai })
            .FirstOrDefaultAsync(ct);
        if (skp is null)
        {
            return [];
        }

        var daftar = await PeriodeQuery(p => p.TahunKinerjaId == skp.TahunKinerjaId && p.Mulai <= skp.TanggalSelesai && p.Selesai >= skp.TanggalMulai)
            .ToListAsync(ct);
        return [.. daftar.OrderBy(p => p.Nomor)];
    }

    /// <summary>The stored realisasi's version (0: none yet), for a page shown again after a conflict.</summary>
    public async Task<int> VersiAsync(int skpId, int periodeId, CancellationToken ct) =>
        await db.RealisasiPeriode.AsNoTracking().Where(r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId)
            .Select(r => (int?)r.Version).FirstOrDefaultAsync(ct) ?? 0;

    // ---- bukti dukung ---------------------------------------------------------------------------------

    public async Task<HasilBukti> TambahTautanAsync(int skpId, int periodeId, TautanBuktiForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var tolak = await TolakAsync(skpId, periodeId, pengguna, ct);
        if (tolak is not null)
        {
            return new HasilBukti(tolak.Value);
        }

        if (!(await TargetAsync(skpId, ct)).ContainsKey(form.Kunci))
        {
            return HasilBukti.Tolak(IkiTidakDikenal);
        }

        var realisasi = await MuatAsync(skpId, periodeId, null, ct);
        realisasi.TambahTautan(form.Kunci, form.Url ?? string.Empty, form.Keterangan, pengguna.Nip, Sekarang());
        await SimpanPerubahanAsync(realisasi, ct);
        logger.LogInformation("Tautan bukti realisasi SKP {SkpId} periode {PeriodeId} ditambahkan oleh {Nip}", skpId, periodeId, pengguna.Nip);
        return HasilBukti.Berhasil;
    }

    /// <summary>
    /// Checks access, then lets the file store check and keep the file (kind by content, size, name), then records it.
    /// A refused file leaves nothing behind; a file stored but not recorded (the save failed) is removed again.
    /// </summary>
    public async Task<HasilBukti> UnggahAsync(int skpId, int periodeId, UnggahBuktiForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var tolak = await TolakAsync(skpId, periodeId, pengguna, ct);
        if (tolak is not null)
        {
            return new HasilBukti(tolak.Value);
        }

        if (!(await TargetAsync(skpId, ct)).ContainsKey(form.Kunci))
        {
            return HasilBukti.Tolak(IkiTidakDikenal);
        }

        if (form.Berkas is not { } berkas)
        {
            return HasilBukti.Tolak(BerkasWajib);
        }

        if ((form.Keterangan?.Trim().Length ?? 0) > BuktiDukung.KeteranganMaxLength)
        {
            return HasilBukti.Tolak("Umum.TerlaluPanjang", BuktiDukung.KeteranganMaxLength);
        }

        HasilSimpanBerkas simpan;
        await using (var isi = berkas.OpenReadStream())
        {
            simpan = await penyimpan.SimpanAsync(isi, berkas.FileName, ct);
        }

        if (!simpan.Berhasil)
        {
            logger.LogInformation("Berkas bukti realisasi SKP {SkpId} ditolak ({Galat}) untuk {Nip}", skpId, simpan.Pemeriksaan.Galat, pengguna.Nip);
            return HasilBukti.Tolak(simpan.Pemeriksaan.Galat!, [.. simpan.Pemeriksaan.Argumen]);
        }

        try
        {
            var realisasi = await MuatAsync(skpId, periodeId, null, ct);
            var jenis = simpan.Pemeriksaan.Jenis!.Value;
            realisasi.TambahBerkas(form.Kunci, simpan.Kunci!, simpan.Pemeriksaan.NamaTampilan, simpan.Ukuran, jenis.ContentType(), form.Keterangan, pengguna.Nip, Sekarang());
            await SimpanPerubahanAsync(realisasi, ct);
        }
        catch
        {
            await penyimpan.HapusAsync(simpan.Kunci!, CancellationToken.None);
            throw;
        }

        logger.LogInformation("Berkas bukti realisasi SKP {SkpId} periode {PeriodeId} diunggah oleh {Nip} ({Ukuran} byte)", skpId, periodeId, pengguna.Nip, simpan.Ukuran);
        return HasilBukti.Berhasil;
    }

    /// <summary>Removes one bukti; its stored file is deleted only after the database save succeeded.</summary>
    public async Task<HasilBukti> HapusBuktiAsync(int skpId, int periodeId, int buktiId, PenggunaSkp pengguna, CancellationToken ct)
    {
        var tolak = await TolakAsync(skpId, periodeId, pengguna, ct);
        if (tolak is not null)
        {
            return new HasilBukti(tolak.Value);
        }

        var realisasi = await db.RealisasiPeriode.DenganIsi().FirstOrDefaultAsync(r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId, ct);
        var bukti = realisasi?.HapusBukti(buktiId);
        if (bukti is null)
        {
            return new HasilBukti(StatusHasil.TidakDitemukan);
        }

        await db.SaveChangesAsync(ct);
        if (bukti.KunciBerkas is { } kunci && !await penyimpan.HapusAsync(kunci, CancellationToken.None))
        {
            logger.LogWarning("Berkas bukti {BuktiId} tidak ditemukan saat dihapus", buktiId);
        }

        logger.LogInformation("Bukti {BuktiId} realisasi SKP {SkpId} dihapus oleh {Nip}", buktiId, skpId, pengguna.Nip);
        return HasilBukti.Berhasil;
    }

    /// <summary>
    /// A stored bukti file for someone who may read that SKP's evaluation in that period; null (404) for anyone else,
    /// for a link, and for a file missing from the store.
    /// </summary>
    public async Task<UnduhanBukti?> UnduhAsync(int buktiId, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var bukti = await (from b in db.Set<BuktiDukung>().AsNoTracking()
                           where b.Id == buktiId && b.Jenis == JenisBuktiDukung.Berkas
                           join i in db.Set<RealisasiIki>() on b.RealisasiIkiId equals i.Id
                           join r in db.RealisasiPeriode on i.RealisasiPeriodeId equals r.Id
                           select new { r.SkpId, r.PeriodeEvaluasiId, b.KunciBerkas, b.NamaBerkas, b.JenisKonten })
            .FirstOrDefaultAsync(ct);
        if (bukti?.KunciBerkas is null)
        {
            return null;
        }

        var (akses, _) = await AksesAsync(bukti.SkpId, bukti.PeriodeEvaluasiId, pengguna, ct);
        if (akses?.Baca != true)
        {
            logger.LogWarning("Unduhan bukti {BuktiId} ditolak untuk {Nip}", buktiId, pengguna.Nip);
            return null;
        }

        var berkas = await penyimpan.BukaAsync(bukti.KunciBerkas, ct);
        if (berkas is null)
        {
            logger.LogWarning("Berkas bukti {BuktiId} tidak ada di penyimpanan", buktiId);
            return null;
        }

        return new UnduhanBukti(berkas.Isi, bukti.JenisKonten ?? berkas.ContentType, bukti.NamaBerkas ?? "berkas");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /// <summary>The periods of <paramref name="filter"/> with their year's number and kind (filter first: the projection is not translatable further).</summary>
    private IQueryable<PeriodeRealisasi> PeriodeQuery(System.Linq.Expressions.Expression<Func<PeriodeEvaluasi, bool>> filter) =>
        from p in db.PeriodeEvaluasi.AsNoTracking().Where(filter)
        join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
        select new PeriodeRealisasi(p.Id, p.TahunKinerjaId, k.Tahun, k.JenisPeriode, p.Nomor, p.Mulai, p.Selesai, p.BatasEvaluasi, p.Ditutup);

    private async Task<(AksesEvaluasi? Akses, DataAksesEvaluasi? Data)> AksesAsync(int skpId, int periodeId, PenggunaSkp pengguna, CancellationToken ct)
    {
        var data = await DataAksesEvaluasi.MuatAsync(db, skpId, periodeId, ct);
        return data is null ? (null, null) : (AksesEvaluasi.Untuk(pengguna, data), data);
    }

    /// <summary>Null when the user may fill this realisasi; otherwise 404 (may not read it) or 403.</summary>
    private async Task<StatusHasil?> TolakAsync(int skpId, int periodeId, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var (akses, _) = await AksesAsync(skpId, periodeId, pengguna, ct);
        if (akses is null || !akses.Baca)
        {
            return StatusHasil.TidakDitemukan;
        }

        if (!akses.IsiRealisasi)
        {
            logger.LogWarning("Realisasi SKP {SkpId} periode {PeriodeId} tidak dapat diubah oleh {Nip}", skpId, periodeId, pengguna.Nip);
            return StatusHasil.Dilarang;
        }

        return null;
    }

    /// <summary>The SKP's IKI by key with their kind of target (one query).</summary>
    private async Task<Dictionary<Guid, JenisTarget>> TargetAsync(int skpId, CancellationToken ct) =>
        await (from r in db.Set<RencanaHasilKerja>().AsNoTracking()
               where r.SkpId == skpId
               join i in db.Set<IndikatorKinerjaIndividu>() on r.Id equals i.RencanaHasilKerjaId
               select new { i.Kunci, i.Target.Jenis })
            .ToDictionaryAsync(i => i.Kunci, i => i.Jenis, ct);

    /// <summary>
    /// The tracked realisasi (created when none yet). With <paramref name="version"/> (the page's), a stale page is a
    /// conflict: the row changed, or it was created meanwhile (0 posted, a row exists).
    /// </summary>
    private async Task<RealisasiPeriode> MuatAsync(int skpId, int periodeId, int? version, CancellationToken ct)
    {
        var realisasi = await db.RealisasiPeriode.DenganIsi().FirstOrDefaultAsync(r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId, ct);
        if (realisasi is null)
        {
            if (version is > 0)
            {
                throw new DbUpdateConcurrencyException();
            }

            realisasi = RealisasiPeriode.Buat(skpId, periodeId);
            db.RealisasiPeriode.Add(realisasi);
            return realisasi;
        }

        if (version is { } v)
        {
            if (realisasi.Version != v)
            {
                throw new DbUpdateConcurrencyException();
            }

            db.Entry(realisasi).Property(r => r.Version).OriginalValue = v;
        }

        return realisasi;
    }

    /// <summary>Saves; two first saves of the same realisasi at once meet at the unique index, which is a conflict too.</summary>
    private async Task SimpanPerubahanAsync(RealisasiPeriode realisasi, CancellationToken ct)
    {
        var baru = db.Entry(realisasi).State == EntityState.Added;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (baru && ex is not DbUpdateConcurrencyException)
        {
            throw new DbUpdateConcurrencyException(ex.Message, ex);
        }
    }

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;
}
