using System.Globalization;
using System.Security.Claims;

namespace SiKinerja.Web.Web;

/// <summary>Claim types SiKinerja adds to the signed-in principal.</summary>
public static class Klaim
{
    public const string PegawaiId = "sikinerja:pegawai_id";
    public const string Nip = "sikinerja:nip";
    public const string HarusGantiPassword = "sikinerja:harus_ganti_password";
    public const string NamaTampilan = "sikinerja:nama";

    public static int? PegawaiIdDari(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PegawaiId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string NamaTampilanDari(this ClaimsPrincipal user) =>
        user.FindFirstValue(NamaTampilan) ?? user.Identity?.Name ?? string.Empty;
}
