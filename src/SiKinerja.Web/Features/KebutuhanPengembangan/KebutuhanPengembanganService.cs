using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;
using Kebutuhan = SiKinerja.Domain.Pengembangan.KebutuhanPengembangan;

namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>
/// Development needs (rekomendasi pengembangan): recorded from a periodic or annual evaluation by the pejabat penilai or the
/// Admin BKD, listed for the employee, the supervisor and the BKD with the activity that completed each, and cancelled with a
/// reason. A need is completed by the verification of an activity that names it (<c>PengembanganService.VerifikasiAsync</c>).
/// Every action resolves the employee on the server and applies <see cref="AksesKebutuhan"/> first.
/// </summary>
public sealed class KebutuhanPengembanganService(AppDbContext db, TimeProvider clock, ILogger<KebutuhanPengembanganService> logger)
{
    // ---- source ---------------------------------------------------------------------------------------

    /// <summary>
    /// The employee, year and evaluation of the form's source, in one query: a periodic evaluation page (the SKP and a period
    /// of its year) or an annual one (the employee and an existing performance year). Null when the source does not exist.
    /// </summary>
    public async Task<SumberKebutuhan?> SumberAsync(CatatKebutuhanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.DariPeriode)
        {
            var periode = await (from s in db.Skp.AsNoTracking()
                                 where s.Id == form.SkpId
                                 from p in db.PeriodeEvaluasi.Where(p => p.Id == form.PeriodeId && p.TahunKinerjaId == s.TahunKinerjaId)
                                 join pg in db.Pegawai on s.PegawaiId equals pg.Id
                                 select new
                                 {
                                     s.PegawaiId, pg.Nip, pg.GelarDepan, pg.Nama, pg.GelarBelakang, s.Tahun,
                                     EvaluasiId = db.EvaluasiPeriode.Where(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == p.Id).Select(e => (int?)e.Id).FirstOrDefault(),
                                 }).FirstOrDefaultAsync(ct);
            return periode is null
                ? null
                : new SumberKebutuhan(
                    periode.PegawaiId, periode.Nip, Domain.Kepegawaian.Pegawai.FormatNama(periode.GelarDepan, periode.Nama, periode.GelarBelakang), periode.Tahun,
                    SumberEvaluasi.Periodik(form.SkpId!.Value, form.PeriodeId!.Value, periode.EvaluasiId), $"/Evaluasi/Nilai/{form.SkpId}/{form.PeriodeId}");
        }

        if (form.PegawaiId is not { } pegawaiId || form.Tahun is not { } tahun)
        {
            return null;
        }

        var tahunan = await (from pg in db.Pegawai.AsNoTracking()
                             where pg.Id == pegawaiId
                             from tk in db.TahunKinerja.Where(t => t.Tahun == tahun)
                             select new
                             {
                                 pg.Nip, pg.GelarDepan, pg.Nama, pg.GelarBelakang,
                                 EvaluasiId = db.EvaluasiTahunan.Where(e => e.PegawaiId == pg.Id && e.TahunKinerjaId == tk.Id).Select(e => (int?)e.Id).FirstOrDefault(),
                             }).FirstOrDefaultAsync(ct);
        return tahunan is null
            ? null
            : new SumberKebutuhan(
                pegawaiId, tahunan.Nip, Domain.Kepegawaian.Pegawai.FormatNama(tahunan.GelarDepan, tahunan.Nama, tahunan.GelarBelakang), tahun,
                SumberEvaluasi.Tahunan(tahunan.EvaluasiId), $"/EvaluasiTahunan/{pegawaiId}/{tahun}");
    }

    /// <summary>What the user may do with the needs of <paramref name="pegawaiId"/> in <paramref name="tahun"/>; one query.</summary>
    public async Task<AksesKebutuhan> AksesAsync(PenggunaSkp pengguna, int pegawaiId, int tahun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var penilai = pengguna.PegawaiId is { } saya && await db.Pegawai.AsNoTracking()
            .Where(p => p.Id == pegawaiId)
            .Select(p => p.AtasanLangsungId == saya || db.Skp.Any(s => s.PegawaiId == pegawaiId && s.Tahun == tahun && s.PejabatPenilaiId == saya))
            .FirstOrDefaultAsync(ct);
        return AksesKebutuhan.Untuk(pengguna, pegawaiId, penilai);
    }

    // ---- record ---------------------------------------------------------------------------------------

    /// <summary>Records a need from the source's evaluation (the caller checked <see cref="AksesKebutuhan.Kelola"/>).</summary>
    public async Task<int> CatatAsync(SumberKebutuhan sumber, CatatKebutuhanForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sumber);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pengguna);
        var kebutuhan = Kebutuhan.Catat(
            sumber.PegawaiId, sumber.Tahun, form.JenisKompetensi ?? throw new DomainException(KodePengembangan.JenisTidakValid), form.Uraian ?? string.Empty,
            sumber.Evaluasi, pengguna.Nip, clock.GetUtcNow().UtcDateTime);
        db.KebutuhanPengembangan.Add(kebutuhan);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Kebutuhan pengembangan {KebutuhanId} pegawai {NipPegawai} dicatat oleh {Nip}", kebutuhan.Id, sumber.Nip, pengguna.Nip);
        return kebutuhan.Id;
    }

    /// <summary>
    /// Cancels an open need with a reason: 404 for anyone who may not read it, 403 for a reader who may not manage it; a stale
    /// version raises the concurrency exception, a closed need or a missing reason the domain's refusal.
    /// </summary>
    public async Task<StatusHasil> BatalkanAsync(int id, BatalkanKebutuhanForm form, PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pengguna);
        var kebutuhan = await db.KebutuhanPengembangan.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (kebutuhan is null)
        {
            return StatusHasil.TidakDitemukan;
        }

        var akses = await AksesAsync(pengguna, kebutuhan.PegawaiId, kebutuhan.Tahun, ct);
        if (!akses.Baca)
        {
            return StatusHasil.TidakDitemukan;
        }

        if (!akses.Kelola)
        {
            return StatusHasil.Dilarang;
        }

        db.Entry(kebutuhan).Property(k => k.Version).OriginalValue = form.Version;
        kebutuhan.Batalkan(form.Alasan);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Kebutuhan pengembangan {KebutuhanId} dibatalkan oleh {Nip}", id, pengguna.Nip);
        return StatusHasil.Berhasil;
    }

    // ---- lists ----------------------------------------------------------------------------------------

    /// <summary>The scopes the user may choose: their own (an employee), their direct reports' (a supervisor), everyone's (the Admin BKD).</summary>
    public async Task<IReadOnlyList<LingkupKebutuhan>> LingkupAsync(PenggunaSkp pengguna, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var hasil = new List<LingkupKebutuhan>();
        if (pengguna.PegawaiId is { } saya)
        {
            hasil.Add(LingkupKebutuhan.Saya);
            if (await db.Pegawai.AnyAsync(p => p.AtasanLangsungId == saya && p.Id != saya, ct))
            {
                hasil.Add(LingkupKebutuhan.Bawahan);
            }
        }

        if (pengguna.AdminBkd)
        {
            hasil.Add(LingkupKebutuhan.Semua);
        }

        return hasil;
    }

    /// <summary>The list of one scope, filtered by year and status, newest first, paged: count and page, whatever the number of rows.</summary>
    public async Task<KebutuhanIndexViewModel> DaftarAsync(
        PenggunaSkp pengguna, LingkupKebutuhan? lingkup, int? tahun, StatusKebutuhan? status, int halaman, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var tersedia = await LingkupAsync(pengguna, ct);
        var dipilih = lingkup is { } l && tersedia.Contains(l) ? l : tersedia.Count > 0 ? tersedia[0] : LingkupKebutuhan.Saya;
        var saya = pengguna.PegawaiId ?? -1;
        var sumber = db.KebutuhanPengembangan.AsNoTracking();
        sumber = dipilih switch
        {
            LingkupKebutuhan.Saya => sumber.Where(k => k.PegawaiId == saya),
            LingkupKebutuhan.Bawahan => sumber.Where(k => db.Pegawai.Any(p => p.Id == k.PegawaiId && p.AtasanLangsungId == saya && p.Id != saya)),
            _ when tersedia.Contains(LingkupKebutuhan.Semua) => sumber,
            _ => sumber.Where(_ => false),
        };
        if (tahun is { } th)
        {
            sumber = sumber.Where(k => k.Tahun == th);
        }

        if (status is { } st && Enum.IsDefined(st))
        {
            sumber = sumber.Where(k => k.Status == st);
        }

        var daftar = await Baris(sumber.OrderByDescending(k => k.Tahun).ThenByDescending(k => k.Id))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
        return new KebutuhanIndexViewModel(
            dipilih, tersedia, tahun, status is { } s && Enum.IsDefined(s) ? s : null,
            new Halaman<BarisKebutuhan>([.. daftar.Items.Select(b => b.Tampilan(pengguna))], daftar.Nomor, daftar.Ukuran, daftar.Total));
    }

    /// <summary>The panel of an evaluation page: the employee's needs of the source's year (all of them, newest first) and whether the user may record one.</summary>
    public async Task<PanelKebutuhanViewModel?> PanelAsync(CatatKebutuhanForm sumberForm, PenggunaSkp pengguna, CancellationToken ct)
    {
        if (await SumberAsync(sumberForm, ct) is not { } sumber)
        {
            return null;
        }

        var akses = await AksesAsync(pengguna, sumber.PegawaiId, sumber.Tahun, ct);
        return akses.Baca ? await PanelAsync(sumber, akses, sumberForm, ct) : null;
    }

    /// <summary>The panel for a source and rights already resolved (a refused post shows it again with <paramref name="form"/>); one query.</summary>
    public async Task<PanelKebutuhanViewModel> PanelAsync(SumberKebutuhan sumber, AksesKebutuhan akses, CatatKebutuhanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sumber);
        ArgumentNullException.ThrowIfNull(akses);
        var baris = await Baris(
                db.KebutuhanPengembangan.AsNoTracking().Where(k => k.PegawaiId == sumber.PegawaiId && k.Tahun == sumber.Tahun).OrderByDescending(k => k.Id))
            .Take(HalamanExtensions.UkuranMaksimum)
            .ToListAsync(ct);
        return new PanelKebutuhanViewModel(sumber, form, akses.Kelola, [.. baris.Select(b => b.Tampilan(akses))]);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /// <summary>One row as SQL returns it (the name in its parts).</summary>
    private sealed record BarisData(
        int Id, int PegawaiId, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, int Tahun, JenisKompetensi JenisKompetensi,
        string Uraian, StatusKebutuhan Status, int? SkpId, int? PeriodeId, bool DariTahunan, int? KegiatanId, string? KegiatanNama,
        int JumlahDiajukan, string? AlasanPembatalan, int Version, int? AtasanLangsungId)
    {
        /// <summary>The row for <paramref name="pengguna"/>; cancelling as <see cref="AksesKebutuhan"/> decides (the direct supervisor or the admin, here).</summary>
        public BarisKebutuhan Tampilan(PenggunaSkp pengguna) => Tampilan(AksesKebutuhan.Untuk(pengguna, PegawaiId, pengguna.PegawaiId is { } saya && AtasanLangsungId == saya));

        public BarisKebutuhan Tampilan(AksesKebutuhan akses) => new(
            Id, PegawaiId, Nip, Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang), Tahun, JenisKompetensi, Uraian, Status,
            SkpId is not null ? $"/Evaluasi/Nilai/{SkpId}/{PeriodeId}" : DariTahunan ? $"/EvaluasiTahunan/{PegawaiId}/{Tahun}" : null,
            DariTahunan, KegiatanId, KegiatanNama, JumlahDiajukan, AlasanPembatalan, Version, akses.BolehDibatalkan(Status));
    }

    /// <summary>
    /// The rows with the employee, the source evaluation page, the completing activity and the count of linked activities awaiting
    /// verification, in one SQL statement.
    /// </summary>
    private IQueryable<BarisData> Baris(IQueryable<Kebutuhan> sumber) =>
        from k in sumber
               join p in db.Pegawai on k.PegawaiId equals p.Id
               join g in db.KegiatanPengembangan on k.SelesaiOlehKegiatanId equals (int?)g.Id into gg
               from g in gg.DefaultIfEmpty()
               select new BarisData(
                   k.Id, k.PegawaiId, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, k.Tahun, k.JenisKompetensi, k.Uraian, k.Status,
                   k.SkpId,
                   k.PeriodeEvaluasiId,
                   k.Asal == AsalKebutuhan.EvaluasiTahunan,
                   g != null ? g.Id : null,
                   g != null ? g.Nama : null,
                   db.KegiatanPengembangan.Count(x => x.KebutuhanPengembanganId == k.Id && x.Status == StatusKegiatan.Diajukan),
                   k.AlasanPembatalan,
                   k.Version,
                   p.AtasanLangsungId);
}
