using System.Security.Claims;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Skp;

/// <summary>The signed-in user as the SKP pages need it: employee id (null for an account without one), NIP for the history, Admin BKD.</summary>
public sealed record PenggunaSkp(int? PegawaiId, string Nip, bool AdminBkd)
{
    public static PenggunaSkp Dari(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(
            user.PegawaiIdDari(),
            user.FindFirstValue(Klaim.Nip) ?? user.Identity?.Name ?? string.Empty,
            user.IsInRole(Peran.AdminBkd) || user.IsInRole(Peran.Administrator));
    }
}

/// <summary>What of an SKP decides who may do what with it (read from the row, no content needed).</summary>
public sealed record DataAksesSkp(int PegawaiId, int? PejabatPenilaiId, int? AtasanPejabatPenilaiId, StatusSkp Status, bool Direvisi);

/// <summary>
/// Who may do what with one SKP (issue 3, "What must hold"): the employee edits and submits their own SKP while
/// Draft or Dikembalikan and starts a revision of an approved one; only the SKP's pejabat penilai approves or returns
/// it while Diajukan; the atasan pejabat penilai and the Admin BKD read it. Anyone else may not even learn that it
/// exists (<see cref="Baca"/> false → 404). An SKP superseded by a newer revision is read-only history.
/// </summary>
public sealed record AksesSkp(bool Baca, bool Ubah, bool Ajukan, bool Nilai, bool MulaiRevisi)
{
    public static AksesSkp Untuk(PenggunaSkp pengguna, DataAksesSkp skp)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(skp);
        var saya = pengguna.PegawaiId;
        var pemilik = saya is not null && saya == skp.PegawaiId;
        var penilai = saya is not null && saya == skp.PejabatPenilaiId;
        var atasan = saya is not null && saya == skp.AtasanPejabatPenilaiId;
        var draf = skp.Status is StatusSkp.Draft or StatusSkp.Dikembalikan && !skp.Direvisi;
        return new(
            Baca: pemilik || penilai || atasan || pengguna.AdminBkd,
            Ubah: pemilik && draf,
            Ajukan: pemilik && draf,
            Nilai: penilai && !pemilik && skp.Status == StatusSkp.Diajukan && !skp.Direvisi,
            MulaiRevisi: pemilik && skp.Status == StatusSkp.Disetujui && !skp.Direvisi);
    }

    public static AksesSkp Untuk(PenggunaSkp pengguna, SiKinerja.Domain.Skp.Skp skp)
    {
        ArgumentNullException.ThrowIfNull(skp);
        return Untuk(pengguna, new DataAksesSkp(skp.PegawaiId, skp.PejabatPenilaiId, skp.Snapshot.AtasanPejabatPenilai?.PegawaiId, skp.Status, skp.Direvisi));
    }
}
