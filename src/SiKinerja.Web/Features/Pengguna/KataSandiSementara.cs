using System.Security.Cryptography;

namespace SiKinerja.Web.Features.Pengguna;

/// <summary>
/// Temporary passwords for new or reset accounts: 12 characters without look-alikes (0/o, 1/l),
/// always with a lowercase letter and a digit so they satisfy the password policy, grouped for reading
/// aloud. The holder must replace it at first sign-in.
/// </summary>
public static class KataSandiSementara
{
    private const string Huruf = "abcdefghijkmnpqrstuvwxyz";
    private const string Angka = "23456789";

    public static string Buat()
    {
        Span<char> c = stackalloc char[12];
        var semua = Huruf + Angka;
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = semua[RandomNumberGenerator.GetInt32(semua.Length)];
        }

        c[RandomNumberGenerator.GetInt32(0, 6)] = Huruf[RandomNumberGenerator.GetInt32(Huruf.Length)];
        c[RandomNumberGenerator.GetInt32(6, 12)] = Angka[RandomNumberGenerator.GetInt32(Angka.Length)];
        return $"{c[..4]}-{c[4..8]}-{c[8..]}";
    }
}
