using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Features.PenilaianSkp;
using SiKinerja.Web.Features.SasaranOrganisasi;
using SiKinerja.Web.Web;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Skp;

/// <summary>
/// The employee's SKP pages: list, create, the one-page editor, detail with revisions. Every method decides access with
/// <see cref="AksesSkp"/> on the loaded row; none needs HTTP (the benchmark calls <see cref="FormAsync"/> and
/// <see cref="SimpanAsync"/> directly). Each page runs a fixed number of queries whatever the number of RHK and IKI.
/// </summary>
public sealed class SkpService(
    AppDbContext db,
    PeranHasilService peranHasil,
    SasaranOrganisasiQueries sasaranOrganisasi,
    IOptions<AturanSkp> aturan,
    TimeProvider clock,
    ILogger<SkpService> logger)
{
    public const string TanpaPegawai = "Skp.Buat.TanpaPegawai";
    public const string TanpaJabatan = "Skp.Buat.TanpaJabatan";
    public const string TahunTidakTerbuka = "Skp.Buat.TahunTidakTerbuka";
    public const string SudahAda = "Skp.Buat.SudahAda";
    public const string TidakAdaSumber = "Skp.Buat.TidakAdaSumber";

    // ---- list and create ------------------------------------------------------------------------------

    public async Task<SkpSayaViewModel> SayaAsync(PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return new([], []);
        }

        var skp = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == saya)
            .OrderByDescending(s => s.Tahun).ThenByDescending(s => s.TanggalMulai).ThenByDescending(s => s.Revisi)
            .Take(100)
            .Select(s => new SkpSayaBaris(
                s.Id, s.Tahun, s.TanggalMulai, s.TanggalSelesai, s.Ditutup, s.Revisi, s.Status, s.Direvisi, s.Pendekatan,
                s.Snapshot.PejabatPenilai != null ? s.Snapshot.PejabatPenilai.NamaLengkap : null,
                s.Rhk.Count))
            .ToListAsync(ct);
        return new(skp, await TahunTerbukaAsync(saya, ct));
    }

    public async Task<BuatSkpViewModel> FormBuatAsync(PenggunaSkp pengguna, BuatSkpForm? form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var tahun = pengguna.PegawaiId is { } saya ? await TahunTerbukaAsync(saya, ct) : [];
        form ??= new BuatSkpForm { TahunKinerjaId = tahun.FirstOrDefault(t => !t.SudahAdaSkp)?.Id };
        var tahunDipilih = tahun.FirstOrDefault(t => t.Id == form.TahunKinerjaId)?.Tahun ?? (tahun.Count > 0 ? tahun[0].Tahun : null);
        int? sumber = null;
        if (pengguna.PegawaiId is { } p && tahunDipilih is { } th)
        {
            sumber = await db.Skp.AsNoTracking().Where(s => s.PegawaiId == p && s.Tahun < th).MaxAsync(s => (int?)s.Tahun, ct);
        }

        return new(form, tahun, sumber);
    }

    /// <summary>Creates my SKP for an open year: the whole year, a snapshot of the current organisation, empty or copied from last year.</summary>
    public async Task<Hasil<int>> BuatAsync(PenggunaSkp pengguna, BuatSkpForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(form);
        if (pengguna.PegawaiId is not { } saya)
        {
            return Hasil.Gagal<int>(StatusHasil.Ditolak, TanpaPegawai);
        }

        var tahun = await db.TahunKinerja.AsNoTracking().FirstOrDefaultAsync(k => k.Id == form.TahunKinerjaId, ct);
        if (tahun is null || tahun.Status != StatusTahunKinerja.Dibuka)
        {
            return Hasil.Gagal<int>(StatusHasil.Ditolak, TahunTidakTerbuka);
        }

        if (await db.Skp.AnyAsync(s => s.PegawaiId == saya && s.TahunKinerjaId == tahun.Id, ct))
        {
            return Hasil.Gagal<int>(StatusHasil.Ditolak, SudahAda);
        }

        var snapshot = await PembuatSnapshotSkp.BuatAsync(db, saya, ct);
        if (snapshot is null)
        {
            return Hasil.Gagal<int>(StatusHasil.Ditolak, TanpaJabatan);
        }

        var waktu = clock.GetUtcNow().UtcDateTime;
        SkpEntity skp;
        if (form.SalinTahunLalu)
        {
            var sumber = await db.Skp.AsNoTracking().DenganIsi()
                .Where(s => s.PegawaiId == saya && s.Tahun < tahun.Tahun && !s.Direvisi)
                .OrderByDescending(s => s.Tahun).ThenByDescending(s => s.TanggalMulai).ThenByDescending(s => s.Revisi)
                .FirstOrDefaultAsync(ct);
            if (sumber is null)
            {
                return Hasil.Gagal<int>(StatusHasil.Ditolak, TidakAdaSumber);
            }

            skp = SkpEntity.SalinDari(sumber, tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, form.Pendekatan, snapshot, pengguna.Nip, waktu);
        }
        else
        {
            skp = SkpEntity.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, form.Pendekatan, snapshot, pengguna.Nip, waktu);
        }

        await peranHasil.TerapkanAsync(skp, ct);
        db.Skp.Add(skp);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("SKP {SkpId} tahun {Tahun} dibuat oleh {Nip} (salin: {Salin})", skp.Id, skp.Tahun, pengguna.Nip, form.SalinTahunLalu);
        return Hasil.Ok(skp.Id);
    }

    // ---- editor ---------------------------------------------------------------------------------------

    /// <summary>The editor of a stored SKP with its SMART findings.</summary>
    public async Task<Hasil<EditorSkpViewModel>> FormAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking().DenganIsi().FirstOrDefaultAsync(s => s.Id == id, ct);
        var tolak = Tolak(skp, pengguna, a => a.Ubah);
        if (tolak is not null)
        {
            return Hasil.Gagal<EditorSkpViewModel>(tolak.Value);
        }

        var konteks = await KonteksAsync(skp!, ct);
        var temuan = PemeriksaSkp.Periksa(skp!, aturan.Value, konteks.PenilaiDisetujui);
        return Hasil.Ok(Editor(PenerapFormSkp.FormDari(skp!), skp!, pengguna, konteks, temuan));
    }

    /// <summary>The editor again with the posted input (after a row button, a refusal or a conflict); no findings.</summary>
    public async Task<Hasil<EditorSkpViewModel>> FormLagiAsync(SkpForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var skp = await db.Skp.AsNoTracking().DenganIsi().FirstOrDefaultAsync(s => s.Id == form.Id, ct);
        var tolak = Tolak(skp, pengguna, a => a.Ubah);
        if (tolak is not null)
        {
            return Hasil.Gagal<EditorSkpViewModel>(tolak.Value);
        }

        var konteks = await KonteksAsync(skp!, ct);
        return Hasil.Ok(Editor(form, skp!, pengguna, konteks, []));
    }

    /// <summary>
    /// Saves the whole posted SKP (validated by <see cref="SkpFormValidator"/>) in one SaveChanges, and submits it when
    /// <paramref name="ajukan"/>: a submission refused by SMART errors still saves the draft. Throws
    /// <see cref="DbUpdateConcurrencyException"/> when the SKP changed since the form was read, <see cref="DomainException"/>
    /// when the aggregate refuses.
    /// </summary>
    public async Task<HasilSimpan> SimpanAsync(SkpForm form, PenggunaSkp pengguna, bool ajukan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Normalisasi();
        var skp = await db.Skp.DenganIsi().FirstOrDefaultAsync(s => s.Id == form.Id, ct);
        var tolak = Tolak(skp, pengguna, a => a.Ubah);
        if (tolak is not null)
        {
            return new(tolak.Value, [], false, 0);
        }

        if (skp!.Version != form.Version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(skp).Property(s => s.Version).OriginalValue = form.Version;
        var konteks = await KonteksAsync(skp, ct);
        var galat = PenerapFormSkp.Periksa(skp, form, konteks.RhkAtasanBoleh, konteks.SasaranBoleh);
        if (galat.Count > 0)
        {
            return new(StatusHasil.Ditolak, galat, false, 0);
        }

        PenerapFormSkp.Terapkan(skp, form);
        var diajukan = false;
        var galatSmart = 0;
        if (ajukan)
        {
            try
            {
                skp.Ajukan(aturan.Value, konteks.PenilaiDisetujui, pengguna.Nip, clock.GetUtcNow().UtcDateTime);
                diajukan = true;
            }
            catch (DomainException ex) when (ex.Kode == KodeSkp.MasihAdaGalat)
            {
                galatSmart = (int)ex.Argumen[0];
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("SKP {SkpId} disimpan oleh {Nip} ({JumlahRhk} RHK, diajukan: {Diajukan})", skp.Id, pengguna.Nip, skp.Rhk.Count, diajukan);
        return new(StatusHasil.Berhasil, [], diajukan, galatSmart);
    }

    /// <summary>Submits the stored SKP as it is (button on the detail page). Domain refusals are thrown.</summary>
    public async Task<StatusHasil> AjukanAsync(int id, int version, PenggunaSkp pengguna, CancellationToken ct)
    {
        var skp = await MuatUntukUbahAsync(id, version, pengguna, a => a.Ajukan, ct);
        if (skp.Status != StatusHasil.Berhasil)
        {
            return skp.Status;
        }

        var konteks = await KonteksAsync(skp.Nilai!, ct);
        skp.Nilai!.Ajukan(aturan.Value, konteks.PenilaiDisetujui, pengguna.Nip, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("SKP {SkpId} diajukan oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    /// <summary>Starts a new Draft revision of my approved SKP; returns its id.</summary>
    public async Task<Hasil<int>> MulaiRevisiAsync(int id, int version, string catatan, PenggunaSkp pengguna, CancellationToken ct)
    {
        var skp = await MuatUntukUbahAsync(id, version, pengguna, a => a.MulaiRevisi, ct);
        if (skp.Status != StatusHasil.Berhasil)
        {
            return Hasil.Gagal<int>(skp.Status);
        }

        var lama = skp.Nilai!;
        var baru = lama.MulaiRevisi(pengguna.Nip, clock.GetUtcNow().UtcDateTime, catatan);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Skp.Add(baru);
        await db.SaveChangesAsync(ct);

        // The matriks peran hasil follows the plan into the new revision (its RHK get new ids, the same Kunci).
        var idBaru = baru.Rhk.ToDictionary(r => r.Kunci, r => r.Id);
        var idLama = lama.Rhk.Where(r => idBaru.ContainsKey(r.Kunci)).ToDictionary(r => r.Id, r => idBaru[r.Kunci]);
        var sel = await db.PeranHasil.Where(ph => idLama.Keys.Contains(ph.RhkAtasanId)).ToListAsync(ct);
        foreach (var ph in sel)
        {
            ph.PindahKe(idLama[ph.RhkAtasanId]);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("SKP {SkpId} direvisi oleh {Nip}: revisi {Revisi} ({RevisiId})", id, pengguna.Nip, baru.Revisi, baru.Id);
        return Hasil.Ok(baru.Id);
    }

    // ---- detail ---------------------------------------------------------------------------------------

    public async Task<Hasil<DetailSkpViewModel>> DetailAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking().DenganIsi().FirstOrDefaultAsync(s => s.Id == id, ct);
        var tolak = Tolak(skp, pengguna, a => a.Baca);
        if (tolak is not null)
        {
            return Hasil.Gagal<DetailSkpViewModel>(tolak.Value);
        }

        var isi = await IsiAsync(skp!, ct);
        var revisi = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == skp!.PegawaiId && s.TahunKinerjaId == skp.TahunKinerjaId && s.TanggalMulai == skp.TanggalMulai)
            .OrderBy(s => s.Revisi)
            .Select(s => new RevisiBaris(s.Id, s.Revisi, s.Status, s.Direvisi))
            .ToListAsync(ct);
        IReadOnlyList<PerubahanSkp> perubahan = [];
        int? revisiSebelumnya = null;
        if (skp!.RevisiSebelumnyaId is { } sebelumId)
        {
            var sebelum = await db.Skp.AsNoTracking().DenganIsi().FirstOrDefaultAsync(s => s.Id == sebelumId, ct);
            if (sebelum is not null)
            {
                perubahan = PerbandinganRevisi.Bandingkan(sebelum, skp);
                revisiSebelumnya = sebelum.Revisi;
            }
        }

        var nip = skp.Riwayat.Select(r => r.PelakuNip).Distinct().ToList();
        var nama = await db.Pegawai.AsNoTracking().Where(p => nip.Contains(p.Nip))
            .Select(p => new { p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang })
            .ToDictionaryAsync(p => p.Nip, p => Domain.Kepegawaian.Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), ct);
        var riwayat = skp.Riwayat
            .Select(r => new RiwayatStatusBaris(r.Dari, r.Ke, r.PelakuNip, nama.GetValueOrDefault(r.PelakuNip), r.WaktuUtc, r.Catatan))
            .ToList();
        var audit = await db.RiwayatAsync<SkpEntity>(skp.Id, ct);
        return Hasil.Ok(new DetailSkpViewModel(isi, AksesSkp.Untuk(pengguna, skp), revisi, revisiSebelumnya, perubahan, riwayat, audit));
    }

    /// <summary>
    /// The read-only content with the texts of the linked supervisor RHK and organisation targets (for <c>_IsiSkp</c>), with
    /// <paramref name="temuan"/> shown beside their rows when given.
    /// </summary>
    public async Task<IsiSkpViewModel> IsiAsync(SkpEntity skp, CancellationToken ct, IReadOnlyList<TemuanSkp>? temuan = null)
    {
        ArgumentNullException.ThrowIfNull(skp);
        var ids = skp.Rhk.Select(r => r.RhkAtasanId).OfType<int>().Distinct().ToList();
        var label = ids.Count == 0
            ? []
            : await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Teks, ct);
        var sasaran = await sasaranOrganisasi.LabelAsync([.. skp.Rhk.Select(r => r.SasaranOrganisasiId).OfType<int>().Distinct()], ct);

        return new(skp, label, sasaran, temuan);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private sealed record Konteks(
        IReadOnlyList<PilihanTautan> RhkAtasan, IReadOnlySet<int> RhkAtasanBoleh, IReadOnlyList<PilihanTautan> Sasaran, IReadOnlySet<int> SasaranBoleh,
        bool SkpPenilaiAda, bool PenilaiDisetujui)
    {
        /// <summary>Linked RHK of an earlier revision of the supervisor's plan → the same RHK (same <c>Kunci</c>) in the current one.</summary>
        public Dictionary<int, int> Pengganti { get; init; } = [];
    }

    /// <summary>
    /// What an RHK may link to. Below the top: the RHK of the pejabat penilai's current SKP of the same year (latest
    /// segment, latest revision not superseded, any status, so subordinates can draft and link before it is approved),
    /// plus the RHK already linked (so a supervisor's revision does not make a saved link unreadable). At the top: the
    /// organisation targets. Two queries below the top.
    /// </summary>
    private async Task<Konteks> KonteksAsync(SkpEntity skp, CancellationToken ct)
    {
        if (skp.PejabatPenilaiId is not { } penilaiId)
        {
            var sasaran = (await sasaranOrganisasi.PilihanAsync(skp.PegawaiId, skp.Tahun, ct)).Select(s => new PilihanTautan(s.Id, s.Label)).ToList();
            return new([], new HashSet<int>(), sasaran, sasaran.Select(s => s.Id).ToHashSet(), false, false);
        }

        var skpPenilai = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == penilaiId && s.TahunKinerjaId == skp.TahunKinerjaId)
            .Terkini(db.Skp)
            .Select(s => new { s.Id, s.Status })
            .FirstOrDefaultAsync(ct);
        var penilaiSkpId = skpPenilai?.Id ?? 0;
        var tertaut = skp.Rhk.Select(r => r.RhkAtasanId).OfType<int>().Distinct().ToList();
        // UNION ALL of two indexed lookups (by SKP, by id) rather than one OR, which SQLite may answer with a scan.
        var semua = db.Set<RencanaHasilKerja>().AsNoTracking();
        var rhk = await semua.Where(r => r.SkpId == penilaiSkpId).Select(r => new { r.Id, r.SkpId, r.Urutan, r.Teks, r.Kunci })
            .Concat(semua.Where(r => tertaut.Contains(r.Id)).Select(r => new { r.Id, r.SkpId, r.Urutan, r.Teks, r.Kunci }))
            .ToListAsync(ct);
        var kini = rhk.Where(r => r.SkpId == penilaiSkpId).DistinctBy(r => r.Id).ToList();
        var boleh = kini.Select(r => r.Id).ToHashSet();
        var perKunci = kini.ToDictionary(r => r.Kunci, r => r.Id);
        var pengganti = rhk.Where(r => r.SkpId != penilaiSkpId && perKunci.ContainsKey(r.Kunci)).DistinctBy(r => r.Id)
            .ToDictionary(r => r.Id, r => perKunci[r.Kunci]);
        var pilihan = rhk.DistinctBy(r => r.Id).Where(r => !pengganti.ContainsKey(r.Id))
            .OrderBy(r => r.SkpId != penilaiSkpId).ThenBy(r => r.SkpId).ThenBy(r => r.Urutan)
            .Select(r => new PilihanTautan(r.Id, r.Teks)).ToList();
        return new(pilihan, boleh, [], new HashSet<int>(), skpPenilai is not null, skpPenilai?.Status == StatusSkp.Disetujui)
        {
            Pengganti = pengganti,
        };
    }

    private static EditorSkpViewModel Editor(SkpForm form, SkpEntity skp, PenggunaSkp pengguna, Konteks k, IReadOnlyList<TemuanSkp> temuan)
    {
        foreach (var rhk in form.Rhk)
        {
            // The supervisor revised their plan since this link was saved: offer the same RHK of the current revision.
            if (rhk.RhkAtasanId is { } lama && k.Pengganti.TryGetValue(lama, out var baru))
            {
                rhk.RhkAtasanId = baru;
            }
        }

        return new(form, skp, AksesSkp.Untuk(pengguna, skp), k.RhkAtasan, k.Sasaran, k.SkpPenilaiAda, temuan);
    }

    /// <summary>Null when allowed; otherwise 404 for those who may not even read it, 403 for readers.</summary>
    private static StatusHasil? Tolak(SkpEntity? skp, PenggunaSkp pengguna, Func<AksesSkp, bool> boleh)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (skp is null)
        {
            return StatusHasil.TidakDitemukan;
        }

        var akses = AksesSkp.Untuk(pengguna, skp);
        return !akses.Baca ? StatusHasil.TidakDitemukan : !boleh(akses) ? StatusHasil.Dilarang : null;
    }

    private async Task<Hasil<SkpEntity>> MuatUntukUbahAsync(int id, int version, PenggunaSkp pengguna, Func<AksesSkp, bool> boleh, CancellationToken ct)
    {
        var skp = await db.Skp.DenganIsi().FirstOrDefaultAsync(s => s.Id == id, ct);
        var tolak = Tolak(skp, pengguna, boleh);
        if (tolak is not null)
        {
            return Hasil.Gagal<SkpEntity>(tolak.Value);
        }

        if (skp!.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(skp).Property(s => s.Version).OriginalValue = version;
        return Hasil.Ok(skp);
    }

    private async Task<IReadOnlyList<TahunTerbukaSkp>> TahunTerbukaAsync(int pegawaiId, CancellationToken ct) =>
        await db.TahunKinerja.AsNoTracking()
            .Where(k => k.Status == StatusTahunKinerja.Dibuka)
            .OrderByDescending(k => k.Tahun)
            .Select(k => new TahunTerbukaSkp(k.Id, k.Tahun, db.Skp.Any(s => s.PegawaiId == pegawaiId && s.TahunKinerjaId == k.Id)))
            .ToListAsync(ct);
}
