using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>
/// Who may do what with an employee's development needs (rekomendasi pengembangan). Read: the employee, their pejabat penilai
/// and the Admin BKD (anyone else: 404). Record and cancel: the pejabat penilai or the Admin BKD, never the employee
/// themself (403). The pejabat penilai of a need is the employee's current atasan langsung or the pejabat penilai of one of
/// the employee's SKPs of the need's year (so the supervisor who scored a period may record from that evaluation even after
/// a transfer).
/// </summary>
public sealed record AksesKebutuhan(bool Baca, bool Kelola)
{
    public static AksesKebutuhan Untuk(PenggunaSkp pengguna, int pegawaiId, bool penilai)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var pemilik = pengguna.PegawaiId is { } saya && saya == pegawaiId;
        var kelola = !pemilik && (penilai || pengguna.AdminBkd);
        return new(pemilik || kelola, kelola);
    }

    /// <summary>The cancel button of one need is shown (the domain refuses any other state with its message).</summary>
    public bool BolehDibatalkan(StatusKebutuhan status) => Kelola && status == StatusKebutuhan.Terbuka;
}
