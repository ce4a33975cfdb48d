using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.HasilEvaluasi;

public enum HasilTindakanEvaluasi
{
    Berhasil,
    TidakAda,
    Ditolak,
}

/// <summary>
/// After the pejabat penilai finalises: the employee's list and detail of their evaluations, acknowledging and filing a
/// keberatan, the atasan pejabat penilai's keberatan inbox and decision, and the Admin BKD's reopening. Who may act is
/// <see cref="AksesEvaluasi"/> on the loaded row of every action; the state rules (deadline, status) are the domain's.
/// </summary>
public sealed class HasilEvaluasiService(
    AppDbContext db, IOptions<AturanEvaluasi> aturan, TimeProvider clock, ILogger<HasilEvaluasiService> logger)
{
    public AturanEvaluasi Aturan => aturan.Value;

    public DateTime SekarangUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The employee's evaluated SKP × the periods they overlap, newest period first, with the evaluation if any (one
    /// paged query and its count).
    /// </summary>
    public Task<Halaman<BarisHasilEvaluasi>> DaftarSayaAsync(int pegawaiId, int halaman, CancellationToken ct)
    {
        var query = from s in db.Skp.AsNoTracking().Where(s => s.PegawaiId == pegawaiId).Dievaluasi(db.Skp)
                    from p in db.PeriodeEvaluasi.Where(p => p.TahunKinerjaId == s.TahunKinerjaId && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai)
                    join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
                    join e in db.EvaluasiPeriode on new { SkpId = s.Id, PeriodeId = p.Id } equals new { e.SkpId, PeriodeId = e.PeriodeEvaluasiId } into g
                    from e in g.DefaultIfEmpty()
                    orderby p.Mulai descending, s.TanggalMulai descending
                    select new BarisHasilEvaluasi(
                        s.Id, p.Id, k.JenisPeriode, s.Tahun, p.Nomor,
                        p.Mulai, p.Selesai, p.BatasEvaluasi, p.Ditutup,
                        e != null ? e.Id : null, e != null ? e.Status : null, e != null ? e.RatingHasil : null, e != null ? e.RatingPerilaku : null,
                        e != null ? e.Predikat : null, e != null ? e.FinalUtc : null, e != null ? e.KeberatanUtc : null,
                        (string?)s.Snapshot.PejabatPenilai!.NamaLengkap);
        return query.ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
    }

    /// <summary>The evaluation page, or null when it does not exist; <see cref="DetailEvaluasi.Akses"/> says what the user may do.</summary>
    public async Task<DetailEvaluasi?> DetailAsync(int id, PenggunaSkp pengguna, CancellationToken ct)
    {
        var e = await db.EvaluasiPeriode.AsNoTracking().DenganRiwayat().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var data = await DataAksesEvaluasi.MuatAsync(db, e.SkpId, e.PeriodeEvaluasiId, ct);
        var kepala = await (from s in db.Skp.AsNoTracking().Where(s => s.Id == e.SkpId)
                            from p in db.PeriodeEvaluasi.Where(p => p.Id == e.PeriodeEvaluasiId)
                            from k in db.TahunKinerja.Where(k => k.Id == p.TahunKinerjaId)
                            select new KepalaEvaluasi(
                                s.Id, s.Tahun, k.JenisPeriode, p.Nomor, p.Mulai, p.Selesai, p.Ditutup,
                                s.Snapshot.Pegawai.Nip, s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.JabatanNama, s.Snapshot.Pegawai.UnitNama,
                                s.Snapshot.PejabatPenilai != null ? s.Snapshot.PejabatPenilai.Nip : null,
                                (string?)s.Snapshot.PejabatPenilai!.NamaLengkap,
                                s.Snapshot.AtasanPejabatPenilai != null ? s.Snapshot.AtasanPejabatPenilai.Nip : null,
                                s.Snapshot.AtasanPejabatPenilai != null ? s.Snapshot.AtasanPejabatPenilai.NamaLengkap : null))
            .FirstOrDefaultAsync(ct);
        if (data is null || kepala is null)
        {
            return null;
        }

        return new DetailEvaluasi(e, kepala, data, AksesEvaluasi.Untuk(pengguna, data), pengguna.PegawaiId == data.PegawaiId, e.BatasKeberatanUtc(Aturan), e.DapatMengajukanKeberatan(SekarangUtc, Aturan));
    }

    /// <summary>Keberatan waiting for this atasan pejabat penilai's decision, oldest first (one paged query and its count).</summary>
    public Task<Halaman<BarisKeberatan>> KotakKeberatanAsync(int atasanId, int halaman, CancellationToken ct) =>
        (from e in db.EvaluasiPeriode.AsNoTracking()
         where e.Status == StatusEvaluasi.Keberatan
         join s in db.Skp on e.SkpId equals s.Id
         where s.Snapshot.AtasanPejabatPenilai!.PegawaiId == atasanId && s.PegawaiId != atasanId && s.PejabatPenilaiId != atasanId
         join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
         join k in db.TahunKinerja on p.TahunKinerjaId equals k.Id
         orderby e.KeberatanUtc, e.Id
         select new BarisKeberatan(
             e.Id, s.Snapshot.Pegawai.Nip, s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.JabatanNama,
             (string?)s.Snapshot.PejabatPenilai!.NamaLengkap,
             k.JenisPeriode, s.Tahun, p.Nomor,
             e.Predikat, e.KeberatanUtc, e.AlasanKeberatan))
        .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);

    /// <summary>Keberatan waiting for <paramref name="atasanId"/> (one indexed count, for the home page).</summary>
    public Task<int> JumlahKeberatanAsync(int atasanId, CancellationToken ct) =>
        (from e in db.EvaluasiPeriode
         where e.Status == StatusEvaluasi.Keberatan
         join s in db.Skp on e.SkpId equals s.Id
         where s.Snapshot.AtasanPejabatPenilai!.PegawaiId == atasanId && s.PegawaiId != atasanId && s.PejabatPenilaiId != atasanId
         select e.Id).CountAsync(ct);

    public Task<HasilTindakanEvaluasi> TerimaAsync(int id, PenggunaSkp pengguna, TerimaForm form, CancellationToken ct) =>
        TindakAsync(id, pengguna, form.Version, StatusEvaluasi.Final, a => a.Terima, (e, w) => e.Terima(pengguna.Nip, w), "diterima pegawai", ct);

    public Task<HasilTindakanEvaluasi> AjukanKeberatanAsync(int id, PenggunaSkp pengguna, KeberatanForm form, CancellationToken ct) =>
        TindakAsync(id, pengguna, form.Version, StatusEvaluasi.Final, a => a.AjukanKeberatan,
            (e, w) => e.AjukanKeberatan(form.Alasan!, pengguna.Nip, w, Aturan), "keberatan diajukan", ct);

    public Task<HasilTindakanEvaluasi> TerimaKeberatanAsync(int id, PenggunaSkp pengguna, TerimaKeberatanForm form, CancellationToken ct) =>
        TindakAsync(id, pengguna, form.Version, StatusEvaluasi.Keberatan, a => a.PutuskanKeberatan,
            (e, w) => e.TerimaKeberatan(form.Catatan, pengguna.Nip, w), "keberatan diterima", ct);

    public Task<HasilTindakanEvaluasi> TolakKeberatanAsync(int id, PenggunaSkp pengguna, TolakKeberatanForm form, CancellationToken ct) =>
        TindakAsync(id, pengguna, form.Version, StatusEvaluasi.Keberatan, a => a.PutuskanKeberatan,
            (e, w) => e.TolakKeberatan(form.Alasan!, pengguna.Nip, w), "keberatan ditolak", ct);

    public Task<HasilTindakanEvaluasi> BukaKembaliAsync(int id, PenggunaSkp pengguna, BukaKembaliForm form, CancellationToken ct) =>
        TindakAsync(id, pengguna, form.Version, StatusEvaluasi.Final, a => a.BukaKembali,
            (e, w) => e.BukaKembali(form.Alasan!, pengguna.Nip, w), "dibuka kembali", ct);

    /// <summary>
    /// Loads the evaluation, checks the person (as if the evaluation were in <paramref name="statusPeran"/>, so the
    /// right person in the wrong state gets the domain's message, anyone else 403/404) and the version, applies and saves.
    /// </summary>
    private async Task<HasilTindakanEvaluasi> TindakAsync(
        int id, PenggunaSkp pengguna, int version, StatusEvaluasi statusPeran, Func<AksesEvaluasi, bool> boleh,
        Action<EvaluasiPeriode, DateTime> aksi, string kata, CancellationToken ct)
    {
        var e = await db.EvaluasiPeriode.DenganRiwayat().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || await DataAksesEvaluasi.MuatAsync(db, e.SkpId, e.PeriodeEvaluasiId, ct) is not { } data)
        {
            return HasilTindakanEvaluasi.TidakAda;
        }

        var akses = AksesEvaluasi.Untuk(pengguna, data with { Status = statusPeran });
        if (!akses.Baca)
        {
            return HasilTindakanEvaluasi.TidakAda;
        }

        if (!boleh(akses))
        {
            logger.LogWarning("Tindakan atas evaluasi {EvaluasiId} ditolak untuk {Nip}", id, pengguna.Nip);
            return HasilTindakanEvaluasi.Ditolak;
        }

        if (e.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(e).Property(x => x.Version).OriginalValue = version;
        aksi(e, SekarangUtc);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evaluasi {EvaluasiId} {Tindakan} oleh {Nip}", id, kata, pengguna.Nip);
        return HasilTindakanEvaluasi.Berhasil;
    }
}

public sealed record BarisHasilEvaluasi(
    int SkpId, int PeriodeId, JenisPeriode JenisPeriode, int Tahun, int Nomor, DateOnly Mulai, DateOnly Selesai, DateOnly BatasEvaluasi, bool Ditutup,
    int? EvaluasiId, StatusEvaluasi? Status, Rating? RatingHasil, Rating? RatingPerilaku, PredikatKinerja? Predikat, DateTime? FinalUtc, DateTime? KeberatanUtc,
    string? NamaPenilai)
{
    public string Romawi => RomawiPeriode.Dari(Nomor);
}

public sealed record BarisKeberatan(
    int EvaluasiId, string Nip, string Nama, string Jabatan, string? NamaPenilai, JenisPeriode JenisPeriode, int Tahun, int Nomor,
    PredikatKinerja? Predikat, DateTime? KeberatanUtc, string? Alasan)
{
    public string Romawi => RomawiPeriode.Dari(Nomor);
}

public sealed record KepalaEvaluasi(
    int SkpId, int Tahun, JenisPeriode JenisPeriode, int Nomor, DateOnly Mulai, DateOnly Selesai, bool PeriodeDitutup,
    string NipPegawai, string NamaPegawai, string JabatanPegawai, string UnitPegawai,
    string? NipPenilai, string? NamaPenilai, string? NipAtasan, string? NamaAtasan)
{
    public string Romawi => RomawiPeriode.Dari(Nomor);

    /// <summary>The name of a history actor when they are one of the SKP's people, else null (shown by NIP).</summary>
    public string? NamaPelaku(string nip) =>
        nip == NipPegawai ? NamaPegawai : nip == NipPenilai ? NamaPenilai : nip == NipAtasan ? NamaAtasan : null;
}

public sealed record DetailEvaluasi(EvaluasiPeriode Evaluasi, KepalaEvaluasi Kepala, DataAksesEvaluasi Data, AksesEvaluasi Akses, bool Pemilik, DateTime? BatasKeberatanUtc, bool DapatKeberatan)
{
    public TerimaForm Terima { get; init; } = new() { Version = Evaluasi.Version };

    public KeberatanForm Keberatan { get; init; } = new() { Version = Evaluasi.Version };

    public TerimaKeberatanForm TerimaKeberatan { get; init; } = new() { Version = Evaluasi.Version };

    public TolakKeberatanForm TolakKeberatan { get; init; } = new() { Version = Evaluasi.Version };

    public BukaKembaliForm BukaKembali { get; init; } = new() { Version = Evaluasi.Version };
}

internal static class RomawiPeriode
{
    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string Dari(int nomor) => nomor is >= 1 and <= 12 ? Romawi[nomor - 1] : nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
