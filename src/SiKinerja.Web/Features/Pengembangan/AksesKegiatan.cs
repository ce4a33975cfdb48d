using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>What of a development record decides who may act: its owner, the owner's current pejabat penilai, its status.</summary>
public sealed record DataAksesKegiatan(int PegawaiId, int? PejabatPenilaiId, StatusKegiatan Status);

/// <summary>
/// Who may do what with one development record: the owner, their current pejabat penilai (<c>Pegawai.AtasanLangsungId</c>)
/// and the Admin BKD read it (anyone else: <see cref="Baca"/> false → 404). The owner changes and deletes it (the domain refuses
/// a verified one with its message); the pejabat penilai or the Admin BKD, never the owner, verifies or refuses it; only the
/// Admin BKD corrects a verified record or withdraws its verification. Read but not allowed → 403. Rights are given as if the
/// record were in the state the action needs, so the right person in the wrong state gets the domain's message.
/// </summary>
public sealed record AksesKegiatan(bool Baca, bool Ubah, bool Verifikasi, bool Koreksi)
{
    /// <summary>The owner may change it now (for showing the buttons).</summary>
    public bool BolehDiubah { get; init; }

    /// <summary>The verifier may act now (for showing the buttons).</summary>
    public bool BolehDiverifikasi { get; init; }

    /// <summary>The Admin BKD may correct now (for showing the buttons).</summary>
    public bool BolehDikoreksi { get; init; }

    public static AksesKegiatan Untuk(PenggunaSkp pengguna, DataAksesKegiatan data)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(data);
        var saya = pengguna.PegawaiId;
        var pemilik = saya is not null && saya == data.PegawaiId;
        var penilai = saya is not null && saya == data.PejabatPenilaiId && !pemilik;
        var verifikator = !pemilik && (penilai || pengguna.AdminBkd);
        var koreksi = pengguna.AdminBkd && !pemilik;
        return new(pemilik || penilai || pengguna.AdminBkd, pemilik, verifikator, koreksi)
        {
            BolehDiubah = pemilik && data.Status != StatusKegiatan.Terverifikasi,
            BolehDiverifikasi = verifikator && data.Status == StatusKegiatan.Diajukan,
            BolehDikoreksi = koreksi && data.Status == StatusKegiatan.Terverifikasi,
        };
    }
}
