using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;
using EvaluasiTahunanEntity = SiKinerja.Domain.Evaluasi.EvaluasiTahunan;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.EvaluasiTahunan;

/// <summary>Outcome of an annual evaluation action: done, no such record (404) or not allowed (403).</summary>
public enum HasilTahunan
{
    Berhasil,
    TidakAda,
    Ditolak,
}

/// <summary>
/// The annual evaluation (issue 4, part 6): for each employee, the year's periodic evaluations of every evaluated SKP
/// segment, the suggestion built from them (<see cref="SaranEvaluasiTahunan"/>), and the <see cref="EvaluasiTahunanEntity"/>
/// the pejabat penilai of the year's last segment confirms or adjusts. The employee, the atasan pejabat penilai of that
/// segment and the Admin BKD read it; the Admin BKD reopens a final one with a reason; at the top of the organisation
/// (no pejabat penilai in the system) the Admin BKD decides. Lists run a fixed number of queries.
/// </summary>
public sealed class EvaluasiTahunanService(AppDbContext db, TimeProvider clock, ILogger<EvaluasiTahunanService> logger)
{
    private sealed record Segmen(int Id, int PegawaiId, DateOnly Mulai, DateOnly Selesai);

    private sealed record OrangTahunan(
        int SkpId, int PegawaiId, int? PenilaiId, int? AtasanId, string Nip, string Nama, string Jabatan, string Unit, string? PenilaiNama);

    public async Task<DaftarTahunanViewModel> DaftarAsync(int saya, int? tahun, int halaman, CancellationToken ct)
    {
        var tersedia = await db.TahunKinerja.AsNoTracking().OrderByDescending(t => t.Tahun).Select(t => t.Tahun).ToListAsync(ct);
        var dipilih = PilihTahun(tahun, tersedia);
        if (dipilih is null)
        {
            return new(null, tersedia, new Halaman<BarisTahunan>([], 1, HalamanExtensions.UkuranBawaan, 0), null);
        }

        var tk = await db.TahunKinerja.AsNoTracking().Where(t => t.Tahun == dipilih).Select(t => new { t.Id, t.BatasEvaluasiTahunan }).SingleAsync(ct);
        var orang = await Terakhir(tk.Id).Where(s => s.PejabatPenilaiId == saya && s.PegawaiId != saya)
            .OrderBy(s => s.Snapshot.Pegawai.NamaLengkap).ThenBy(s => s.Id)
            .Select(s => new { s.PegawaiId, s.Snapshot.Pegawai.Nip, s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.JabatanNama })
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        var ids = orang.Items.Select(o => o.PegawaiId).ToList();
        var ringkasan = await RingkasanAsync(tk.Id, ids, ct);
        var tahunan = await db.EvaluasiTahunan.AsNoTracking().Where(e => e.TahunKinerjaId == tk.Id && ids.Contains(e.PegawaiId))
            .Select(e => new { e.PegawaiId, e.Status, e.Predikat }).ToDictionaryAsync(e => e.PegawaiId, ct);
        var baris = orang.Items.Select(o => new BarisTahunan(
            o.PegawaiId, o.Nip, o.NamaLengkap, o.JabatanNama, ringkasan[o.PegawaiId],
            tahunan.GetValueOrDefault(o.PegawaiId)?.Status, tahunan.GetValueOrDefault(o.PegawaiId)?.Predikat)).ToList();
        return new(dipilih, tersedia, new Halaman<BarisTahunan>(baris, orang.Nomor, orang.Ukuran, orang.Total), tk.BatasEvaluasiTahunan);
    }

    /// <summary>The annual page of one employee, or null when there is nothing (no such year or no evaluated SKP).</summary>
    public async Task<DetailTahunanViewModel?> DetailAsync(
        int pegawaiId, int tahun, PenggunaSkp pengguna, EvaluasiTahunanForm? form, BukaKembaliTahunanForm? bukaKembali, CancellationToken ct)
    {
        var tk = await db.TahunKinerja.AsNoTracking().Where(t => t.Tahun == tahun)
            .Select(t => new { t.Id, t.BatasEvaluasiTahunan, t.Status }).SingleOrDefaultAsync(ct);
        if (tk is null || await OrangAsync(tk.Id, pegawaiId, ct) is not { } o)
        {
            return null;
        }

        var akses = Akses(pengguna, o, tk.Status);
        if (!akses.Baca)
        {
            return null;
        }

        var ringkasan = (await RingkasanAsync(tk.Id, [pegawaiId], ct))[pegawaiId];
        var evaluasi = await db.EvaluasiTahunan.AsNoTracking().SingleOrDefaultAsync(e => e.TahunKinerjaId == tk.Id && e.PegawaiId == pegawaiId, ct);
        form ??= new EvaluasiTahunanForm
        {
            RatingHasil = evaluasi?.RatingHasil ?? ringkasan.SaranHasil.Rating,
            RatingPerilaku = evaluasi?.RatingPerilaku ?? ringkasan.SaranPerilaku.Rating,
            AlasanPenyesuaian = evaluasi?.AlasanPenyesuaian,
            Catatan = evaluasi?.Catatan,
            Version = evaluasi?.Version ?? 0,
        };
        bukaKembali ??= new BukaKembaliTahunanForm { Version = evaluasi?.Version ?? 0 };
        return new(pegawaiId, tahun, o.Nip, o.Nama, o.Jabatan, o.Unit, o.PenilaiNama, ringkasan, evaluasi, akses, form, tk.BatasEvaluasiTahunan, bukaKembali);
    }

    /// <summary>Saves the ratings (first save creates the evaluation); the suggestion is recomputed here, never taken from the form.</summary>
    public async Task<HasilTahunan> SimpanAsync(int pegawaiId, int tahun, PenggunaSkp pengguna, EvaluasiTahunanForm form, CancellationToken ct)
    {
        var (hasil, konteks) = await KonteksAsync(pegawaiId, tahun, pengguna, a => a.Nilai, ct);
        if (konteks is not { } k)
        {
            return hasil;
        }

        var saran = k.Ringkasan!;
        var waktu = clock.GetUtcNow().UtcDateTime;
        var evaluasi = await db.EvaluasiTahunan.SingleOrDefaultAsync(e => e.TahunKinerjaId == k.TahunId && e.PegawaiId == pegawaiId, ct);
        if (evaluasi is null)
        {
            if (form.Version != 0)
            {
                throw new DbUpdateConcurrencyException();
            }

            evaluasi = EvaluasiTahunanEntity.Buat(
                pegawaiId, k.TahunId, k.Orang.SkpId, form.RatingHasil!.Value, form.RatingPerilaku!.Value, saran.SaranHasil.Rating,
                saran.SaranPerilaku.Rating, form.AlasanPenyesuaian, form.Catatan, pengguna.Nip, waktu);
            db.EvaluasiTahunan.Add(evaluasi);
        }
        else
        {
            db.Entry(evaluasi).Property(e => e.Version).OriginalValue = form.Version;
            evaluasi.Nilai(
                k.Orang.SkpId, form.RatingHasil!.Value, form.RatingPerilaku!.Value, saran.SaranHasil.Rating, saran.SaranPerilaku.Rating,
                form.AlasanPenyesuaian, form.Catatan, pengguna.Nip, waktu);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evaluasi tahunan {Tahun} pegawai {PegawaiId} disimpan oleh {Nip}: {Predikat}", tahun, pegawaiId, pengguna.Nip, evaluasi.Predikat);
        return HasilTahunan.Berhasil;
    }

    public async Task<HasilTahunan> FinalkanAsync(int pegawaiId, int tahun, PenggunaSkp pengguna, int version, CancellationToken ct)
    {
        var (hasil, konteks) = await KonteksAsync(pegawaiId, tahun, pengguna, a => a.Nilai, ct);
        if (konteks is not { } k)
        {
            return hasil;
        }

        var evaluasi = await db.EvaluasiTahunan.SingleOrDefaultAsync(e => e.TahunKinerjaId == k.TahunId && e.PegawaiId == pegawaiId, ct);
        if (evaluasi is null)
        {
            throw new Domain.Common.DomainException(KodeEvaluasiTahunan.BelumDinilai);
        }

        db.Entry(evaluasi).Property(e => e.Version).OriginalValue = version;
        evaluasi.Finalkan(k.Ringkasan!.SemuaFinal, pengguna.Nip, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evaluasi tahunan {Tahun} pegawai {PegawaiId} difinalkan oleh {Nip}", tahun, pegawaiId, pengguna.Nip);
        return HasilTahunan.Berhasil;
    }

    public async Task<HasilTahunan> BukaKembaliAsync(int pegawaiId, int tahun, PenggunaSkp pengguna, BukaKembaliTahunanForm form, CancellationToken ct)
    {
        var (hasil, konteks) = await KonteksAsync(pegawaiId, tahun, pengguna, a => a.BukaKembali, ct, perluRingkasan: false);
        if (konteks is not { } k)
        {
            return hasil;
        }

        var evaluasi = await db.EvaluasiTahunan.SingleOrDefaultAsync(e => e.TahunKinerjaId == k.TahunId && e.PegawaiId == pegawaiId, ct);
        if (evaluasi is null)
        {
            return HasilTahunan.TidakAda;
        }

        db.Entry(evaluasi).Property(e => e.Version).OriginalValue = form.Version;
        evaluasi.BukaKembali(form.Alasan, pengguna.Nip, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evaluasi tahunan {Tahun} pegawai {PegawaiId} dibuka kembali oleh {Nip}", tahun, pegawaiId, pengguna.Nip);
        return HasilTahunan.Berhasil;
    }

    /// <summary>
    /// For the home page: per open year whose last period has started, how many of the pejabat penilai's employees have
    /// no final annual evaluation yet, with the year's annual due date. Two queries.
    /// </summary>
    internal async Task<IReadOnlyList<(int Tahun, int Jumlah, DateOnly Batas)>> TertundaAsync(int saya, DateOnly hariIni, CancellationToken ct)
    {
        var tahun = await db.TahunKinerja.AsNoTracking()
            .Where(t => t.Status == StatusTahunKinerja.Dibuka && t.Periode.OrderByDescending(p => p.Nomor).Select(p => p.Mulai).First() <= hariIni)
            .Select(t => new { t.Id, t.Tahun, t.BatasEvaluasiTahunan }).ToListAsync(ct);
        var hasil = new List<(int, int, DateOnly)>();
        foreach (var t in tahun)
        {
            var jumlah = await Terakhir(t.Id).CountAsync(
                s => s.PejabatPenilaiId == saya && s.PegawaiId != saya
                    && !db.EvaluasiTahunan.Any(e => e.PegawaiId == s.PegawaiId && e.TahunKinerjaId == t.Id && e.Status == StatusEvaluasiTahunan.Final),
                ct);
            if (jumlah > 0)
            {
                hasil.Add((t.Tahun, jumlah, t.BatasEvaluasiTahunan));
            }
        }

        return hasil;
    }

    /// <summary>
    /// Per employee: the (SKP segment, period) pairs of the year that need an evaluation, with that evaluation if any,
    /// and the suggestion. Three queries whatever the number of employees.
    /// </summary>
    internal async Task<Dictionary<int, RingkasanTahunan>> RingkasanAsync(int tahunId, IReadOnlyCollection<int> pegawaiIds, CancellationToken ct)
    {
        var segmen = await Dievaluasi(tahunId).Where(s => pegawaiIds.Contains(s.PegawaiId))
            .Select(s => new Segmen(s.Id, s.PegawaiId, s.TanggalMulai, s.TanggalSelesai)).ToListAsync(ct);
        var periode = await db.PeriodeEvaluasi.AsNoTracking().Where(p => p.TahunKinerjaId == tahunId).OrderBy(p => p.Nomor).ToListAsync(ct);
        var skpIds = segmen.Select(s => s.Id).ToList();
        var evaluasi = await db.EvaluasiPeriode.AsNoTracking().Where(e => skpIds.Contains(e.SkpId))
            .Select(e => new { e.SkpId, e.PeriodeEvaluasiId, e.Status, e.RatingHasil, e.RatingPerilaku, e.Predikat })
            .ToDictionaryAsync(e => (e.SkpId, e.PeriodeEvaluasiId), ct);

        var hasil = new Dictionary<int, RingkasanTahunan>();
        foreach (var id in pegawaiIds)
        {
            var baris = (from s in segmen.Where(s => s.PegawaiId == id)
                         from p in periode.Where(p => p.Meliputi(s.Mulai, s.Selesai))
                         let e = evaluasi.GetValueOrDefault((s.Id, p.Id))
                         orderby p.Mulai, s.Mulai
                         select new PeriodeTahunan(s.Id, p.Id, p.Nomor, p.NomorRomawi, p.Mulai, p.Selesai, e?.Status, e?.RatingHasil, e?.RatingPerilaku, e?.Predikat))
                .ToList();
            var final = baris.Where(b => b is { Final: true, Hasil: not null, Perilaku: not null })
                .Select(b => new RatingPeriode(b.Mulai, b.Hasil!.Value, b.Perilaku!.Value)).ToList();
            var (saranHasil, saranPerilaku) = SaranEvaluasiTahunan.Dari(final, baris.Count);
            hasil[id] = new RingkasanTahunan(baris, saranHasil, saranPerilaku);
        }

        return hasil;
    }

    private static int? PilihTahun(int? tahun, List<int> tersedia) =>
        tahun is { } t && tersedia.Contains(t) ? t : tersedia.Count > 0 ? tersedia[0] : null;

    private static AksesTahunan Akses(PenggunaSkp pengguna, OrangTahunan o, StatusTahunKinerja status)
    {
        var saya = pengguna.PegawaiId;
        var pemilik = saya is not null && saya == o.PegawaiId;
        var penilai = saya is not null && saya == o.PenilaiId && !pemilik;
        var atasan = saya is not null && saya == o.AtasanId && !pemilik;
        var pemutus = penilai || (o.PenilaiId is null && pengguna.AdminBkd && !pemilik);
        return new(
            Baca: pemilik || penilai || atasan || pengguna.AdminBkd,
            Nilai: pemutus && status == StatusTahunKinerja.Dibuka,
            BukaKembali: pengguna.AdminBkd && !pemilik && status == StatusTahunKinerja.Dibuka);
    }

    /// <summary>The year, the employee's decider and (when asked for) the periods with the suggestion.</summary>
    private sealed record KonteksTahunan(int TahunId, OrangTahunan Orang, RingkasanTahunan? Ringkasan);

    private async Task<(HasilTahunan Hasil, KonteksTahunan? Konteks)> KonteksAsync(
        int pegawaiId, int tahun, PenggunaSkp pengguna, Func<AksesTahunan, bool> boleh, CancellationToken ct, bool perluRingkasan = true)
    {
        var tk = await db.TahunKinerja.AsNoTracking().Where(t => t.Tahun == tahun).Select(t => new { t.Id, t.Status }).SingleOrDefaultAsync(ct);
        if (tk is null || await OrangAsync(tk.Id, pegawaiId, ct) is not { } o)
        {
            return (HasilTahunan.TidakAda, null);
        }

        var akses = Akses(pengguna, o, tk.Status);
        if (!akses.Baca)
        {
            return (HasilTahunan.TidakAda, null);
        }

        if (!boleh(akses))
        {
            return (HasilTahunan.Ditolak, null);
        }

        var ringkasan = perluRingkasan ? (await RingkasanAsync(tk.Id, [pegawaiId], ct))[pegawaiId] : null;
        return (HasilTahunan.Berhasil, new KonteksTahunan(tk.Id, o, ringkasan));
    }

    private Task<OrangTahunan?> OrangAsync(int tahunId, int pegawaiId, CancellationToken ct) =>
        Terakhir(tahunId).Where(s => s.PegawaiId == pegawaiId)
            .Select(s => new OrangTahunan(
                s.Id, s.PegawaiId, s.PejabatPenilaiId, s.Snapshot.AtasanPejabatPenilai!.PegawaiId, s.Snapshot.Pegawai.Nip,
                s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.JabatanNama, s.Snapshot.Pegawai.UnitNama, s.Snapshot.PejabatPenilai!.NamaLengkap))
            .FirstOrDefaultAsync(ct);

    private IQueryable<SkpEntity> Dievaluasi(int tahunId) => db.Skp.AsNoTracking().Where(s => s.TahunKinerjaId == tahunId).Dievaluasi(db.Skp);

    /// <summary>Each employee's last evaluated SKP segment of the year: its pejabat penilai decides the annual evaluation.</summary>
    private IQueryable<SkpEntity> Terakhir(int tahunId)
    {
        var dievaluasi = Dievaluasi(tahunId);
        return dievaluasi.Where(s => !dievaluasi.Any(x => x.PegawaiId == s.PegawaiId && x.TanggalMulai > s.TanggalMulai));
    }
}
