using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;

namespace SiKinerja.Web.Features.Beranda;

/// <summary>An employee's profile, supervisor chain and direct reports (own profile page and the admin's detail page).</summary>
public sealed class ProfilService(AppDbContext db)
{
    /// <summary>Deeper than any real organisation; guards against a loop in stored data.</summary>
    private const int KedalamanMaksimum = 15;

    public async Task<ProfilViewModel?> GetAsync(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await Ringkas(db.Pegawai.Where(p => p.Id == pegawaiId)).FirstOrDefaultAsync(ct);
        if (pegawai is null)
        {
            return null;
        }

        // The chain is walked one level per query: depth is bounded (~6 in a Pemda), not N.
        var rantai = new List<PegawaiRingkas>();
        var atasanId = pegawai.AtasanLangsungId;
        while (atasanId is { } id && rantai.Count < KedalamanMaksimum && rantai.All(r => r.Id != id) && id != pegawaiId)
        {
            var atasan = await Ringkas(db.Pegawai.Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
            if (atasan is null)
            {
                break;
            }

            rantai.Add(atasan);
            atasanId = atasan.AtasanLangsungId;
        }

        var bawahan = await Ringkas(db.Pegawai
                .Where(p => p.AtasanLangsungId == pegawaiId && p.Status == StatusPegawai.Aktif)
                .OrderBy(p => p.Jabatan!.Jenis).ThenBy(p => p.Nama))
            .ToListAsync(ct);

        var pengganti = await db.Jabatan.AsNoTracking()
            .Where(j => j.PenggantiPegawaiId == pegawaiId && j.Aktif)
            .Select(j => new PenugasanPengganti(j.JenisPengganti!.Value, j.Nama))
            .ToListAsync(ct);

        return new ProfilViewModel(pegawai, rantai, bawahan, pengganti);
    }

    private static IQueryable<PegawaiRingkas> Ringkas(IQueryable<PegawaiEntity> query) =>
        query.AsNoTracking().Select(p => new PegawaiRingkas(
            p.Id,
            p.Nip,
            p.GelarDepan,
            p.Nama,
            p.GelarBelakang,
            p.JenisPegawai,
            p.GolonganKode,
            p.Jabatan != null ? p.Jabatan.Nama : null,
            p.Jabatan != null ? p.Jabatan.Jenis : null,
            p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null,
            p.Status,
            p.TanggalStatus,
            p.TanggalLahir,
            p.TmtCpns,
            p.JenisKelamin,
            p.Email,
            p.AtasanLangsungId,
            p.MasalahAtasan) { TmtGolongan = p.TmtGolongan });
}

public sealed record PegawaiRingkas(
    int Id,
    string Nip,
    string? GelarDepan,
    string Nama,
    string? GelarBelakang,
    JenisPegawai JenisPegawai,
    string GolonganKode,
    string? NamaJabatan,
    JenisJabatan? JenisJabatan,
    string? NamaUnit,
    StatusPegawai Status,
    DateOnly? TanggalStatus,
    DateOnly TanggalLahir,
    DateOnly TmtCpns,
    JenisKelamin JenisKelamin,
    string? Email,
    int? AtasanLangsungId,
    MasalahAtasan MasalahAtasan)
{
    public string NamaLengkap => PegawaiEntity.FormatNama(GelarDepan, Nama, GelarBelakang);

    public DateOnly? TmtGolongan { get; init; }

    public string NipTampil => Domain.Kepegawaian.Nip.Format(Nip);

    public Golongan? Golongan => Golongan.Find(GolonganKode, JenisPegawai);
}

public sealed record PenugasanPengganti(JenisPengganti Jenis, string NamaJabatan);

public sealed record ProfilViewModel(
    PegawaiRingkas Pegawai,
    IReadOnlyList<PegawaiRingkas> RantaiAtasan,
    IReadOnlyList<PegawaiRingkas> Bawahan,
    IReadOnlyList<PenugasanPengganti> Pengganti);
