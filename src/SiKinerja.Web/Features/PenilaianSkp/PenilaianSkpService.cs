using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Web;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>The pejabat penilai's side of SKP planning: the inbox, the review page, approve and return.</summary>
public sealed class PenilaianSkpService(
    AppDbContext db, SkpService skpService, IOptions<AturanSkp> aturan, TimeProvider clock, ILogger<PenilaianSkpService> logger)
{
    /// <summary>
    /// The inbox for the year <paramref name="tahun"/> (default: the open year). Fixed number of queries whatever the
    /// number of subordinates: the years, the direct reports, their SKP and the supervisor's own SKP of the year. The
    /// rows are bounded by the direct reports, so they are counted, ordered and paged in memory after the bulk reads.
    /// </summary>
    public async Task<KotakMasukViewModel> KotakMasukAsync(int penilaiId, int? tahun, int halaman, CancellationToken ct)
    {
        var daftarTahun = await DaftarTahunAsync(db, ct);
        var dipilih = PilihTahun(daftarTahun, tahun);
        if (dipilih is null)
        {
            return new KotakMasukViewModel(daftarTahun, null, new JumlahStatus(0, 0, 0, 0, 0), new Halaman<KotakMasukBaris>([], 1, HalamanExtensions.UkuranBawaan, 0));
        }

        var bawahan = await db.Pegawai.AsNoTracking()
            .Where(p => p.AtasanLangsungId == penilaiId && p.Status == StatusPegawai.Aktif)
            .Select(p => new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, Jabatan = p.Jabatan != null ? p.Jabatan.Nama : null })
            .ToListAsync(ct);
        var skp = await db.Skp.AsNoTracking()
            .Where(s => s.TahunKinerjaId == dipilih.Id && !s.Direvisi
                && (s.PejabatPenilaiId == penilaiId
                    || db.Pegawai.Any(p => p.Id == s.PegawaiId && p.AtasanLangsungId == penilaiId && p.Status == StatusPegawai.Aktif)))
            .Select(s => new SkpData(
                s.Id, s.PegawaiId, s.PejabatPenilaiId, s.TanggalMulai, s.TanggalSelesai, s.Status, s.Revisi,
                s.Snapshot.Pegawai.Nip, s.Snapshot.Pegawai.NamaLengkap, s.Snapshot.Pegawai.JabatanNama,
                s.Riwayat.Where(r => r.Ke == StatusSkp.Diajukan).Max(r => (DateTime?)r.WaktuUtc)))
            .ToListAsync(ct);

        var baris = KotakMasuk.Susun(
            penilaiId,
            [.. bawahan.Select(b => new BawahanData(b.Id, b.Nip, Domain.Kepegawaian.Pegawai.FormatNama(b.GelarDepan, b.Nama, b.GelarBelakang), b.Jabatan))],
            skp);
        var ukuran = HalamanExtensions.UkuranBawaan;
        var jumlahHalaman = Math.Max(1, (int)Math.Ceiling(baris.Count / (double)ukuran));
        var nomor = Math.Clamp(halaman, 1, jumlahHalaman);
        var isi = baris.Skip((nomor - 1) * ukuran).Take(ukuran).ToList();
        return new KotakMasukViewModel(daftarTahun, dipilih, KotakMasuk.Hitung(baris), new Halaman<KotakMasukBaris>(isi, nomor, ukuran, baris.Count));
    }

    /// <summary>SKP waiting for this supervisor's decision, any year (one indexed count, for the navigation bar).</summary>
    public Task<int> JumlahMenungguAsync(int penilaiId, CancellationToken ct) =>
        db.Skp.CountAsync(s => s.PejabatPenilaiId == penilaiId && s.Status == StatusSkp.Diajukan, ct);

    public async Task<AksesPenilaian> AksesAsync(int id, int? pegawaiId, bool adminBkd, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.PejabatPenilaiId, Atasan = s.Snapshot.AtasanPejabatPenilai != null ? (int?)s.Snapshot.AtasanPejabatPenilai.PegawaiId : null })
            .FirstOrDefaultAsync(ct);
        return skp is null ? AksesPenilaian.TidakAda : AturanAksesPenilaian.Untuk(pegawaiId, adminBkd, skp.PejabatPenilaiId, skp.Atasan);
    }

    /// <summary>The review page, or null when the SKP does not exist. Posted forms are shown again as typed.</summary>
    public async Task<TinjauViewModel?> TinjauAsync(
        int id, int? pegawaiId, bool adminBkd, SetujuiForm? setujui, KembalikanForm? kembalikan, CancellationToken ct)
    {
        var skp = await db.Skp.AsNoTracking().DenganIsi().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (skp is null)
        {
            return null;
        }

        var akses = AturanAksesPenilaian.Untuk(pegawaiId, adminBkd, skp.PejabatPenilaiId, skp.Snapshot.AtasanPejabatPenilai?.PegawaiId);
        var penilaiDisetujui = skp.PejabatPenilaiId is { } penilai
            && await db.Skp.AnyAsync(s => s.PegawaiId == penilai && s.TahunKinerjaId == skp.TahunKinerjaId && s.Status == StatusSkp.Disetujui, ct);
        var isi = await skpService.IsiAsync(skp, ct, PemeriksaSkp.Periksa(skp, aturan.Value, penilaiDisetujui));

        setujui ??= new SetujuiForm
        {
            Version = skp.Version,
            Ekspektasi = PerilakuKerja.Semua.ToDictionary(
                p => p.Nilai, p => skp.Ekspektasi.FirstOrDefault(e => e.Nilai == p.Nilai)?.Teks),
        };
        kembalikan ??= new KembalikanForm { Version = skp.Version };
        return new TinjauViewModel(isi, akses, setujui, kembalikan);
    }

    public Task<(HasilTindakan Hasil, int Tahun)> SetujuiAsync(int id, int penilaiId, string nip, SetujuiForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ekspektasi = form.Ekspektasi.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!);
        return TindakAsync(
            id, penilaiId, form.Version, nip, s => s.Setujui(ekspektasi, nip, Sekarang(), form.Catatan), "disetujui", ct,
            s => Realisasi.PindahRevisi.SiapkanAsync(db, s, ct));
    }

    public Task<(HasilTindakan Hasil, int Tahun)> KembalikanAsync(int id, int penilaiId, string nip, KembalikanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return TindakAsync(id, penilaiId, form.Version, nip, s => s.Kembalikan(form.Catatan!.Trim(), nip, Sekarang()), "dikembalikan", ct);
    }

    internal static async Task<IReadOnlyList<TahunPilihan>> DaftarTahunAsync(AppDbContext db, CancellationToken ct) =>
        await db.TahunKinerja.AsNoTracking().OrderByDescending(k => k.Tahun)
            .Select(k => new TahunPilihan(k.Id, k.Tahun, k.Status == StatusTahunKinerja.Dibuka))
            .ToListAsync(ct);

    /// <summary>The asked calendar year, else the newest open year, else the newest year.</summary>
    internal static TahunPilihan? PilihTahun(IReadOnlyList<TahunPilihan> daftar, int? tahun) =>
        tahun is { } t ? daftar.FirstOrDefault(k => k.Tahun == t) : daftar.FirstOrDefault(k => k.Dibuka) ?? (daftar.Count > 0 ? daftar[0] : null);

    /// <summary>
    /// Loads the whole aggregate, refuses anyone but its pejabat penilai (checked per record, whatever the caller
    /// checked before) and a stale <paramref name="version"/>, applies the transition and saves (audited, history by the domain). Returns the SKP's year for the redirect.
    /// </summary>
    private async Task<(HasilTindakan Hasil, int Tahun)> TindakAsync(
        int id, int penilaiId, int version, string nip, Action<SkpEntity> aksi, string kata, CancellationToken ct, Func<SkpEntity, Task<int>>? lanjutan = null)
    {
        var skp = await db.Skp.DenganIsi().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (skp is null)
        {
            return (HasilTindakan.TidakAda, 0);
        }

        if (skp.PejabatPenilaiId != penilaiId)
        {
            logger.LogWarning("Tindakan atas SKP {SkpId} ditolak: bukan pejabat penilainya", id);
            return (HasilTindakan.Ditolak, skp.Tahun);
        }

        if (skp.Version != version)
        {
            throw new DbUpdateConcurrencyException();
        }

        db.Entry(skp).Property(s => s.Version).OriginalValue = version;
        aksi(skp);
        if (lanjutan is not null)
        {
            // Same SaveChanges: an approved revision and the evaluation data that follows it land together.
            await lanjutan(skp);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("SKP {SkpId} {Tindakan} oleh {Nip}", id, kata, nip);
        return (HasilTindakan.Berhasil, skp.Tahun);
    }

    private DateTime Sekarang() => clock.GetUtcNow().UtcDateTime;
}

public enum HasilTindakan
{
    Berhasil,
    TidakAda,
    Ditolak,
}

public sealed record TahunPilihan(int Id, int Tahun, bool Dibuka);

public sealed record KotakMasukViewModel(
    IReadOnlyList<TahunPilihan> DaftarTahun, TahunPilihan? Tahun, JumlahStatus Jumlah, Halaman<KotakMasukBaris> Baris);

public sealed record TinjauViewModel(IsiSkpViewModel Isi, AksesPenilaian Akses, SetujuiForm Setujui, KembalikanForm Kembalikan)
{
    public SkpEntity Skp => Isi.Skp;

    public bool DapatBertindak => Akses == AksesPenilaian.Bertindak && Skp.Status == StatusSkp.Diajukan;
}
