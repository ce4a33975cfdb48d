using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>
/// The printed-document registry behind the verification codes: the hash of a document's content, and for each
/// (document, hash) one random code, reused when the same content is printed again.
/// </summary>
public sealed class RegistriDokumen(AppDbContext db, TimeProvider clock)
{
    /// <summary>Crockford base32 without I, L, O, U: what is printed can be read back and typed.</summary>
    private const string Abjad = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Lower-case hex SHA-256 of the model's JSON (its runtime type, so every printed field counts).</summary>
    public static string Hash(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var json = JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), Json);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    public static string KodeBaru()
    {
        Span<byte> acak = stackalloc byte[DokumenTercetak.KodeLength];
        RandomNumberGenerator.Fill(acak);
        Span<char> kode = stackalloc char[DokumenTercetak.KodeLength];
        for (var i = 0; i < kode.Length; i++)
        {
            kode[i] = Abjad[acak[i] & 31];
        }

        return new string(kode);
    }

    /// <summary>"ABCD-EFGH-JKMN" for print; <see cref="Normalisasi"/> reads it back.</summary>
    public static string Tampil(string kode) =>
        kode.Length == DokumenTercetak.KodeLength ? $"{kode[..4]}-{kode[4..8]}-{kode[8..]}" : kode;

    /// <summary>What a person typed or a QR code carried → the stored form, or null when it cannot be a code.</summary>
    public static string? Normalisasi(string? masukan)
    {
        if (string.IsNullOrWhiteSpace(masukan) || masukan.Length > 40)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder(DokumenTercetak.KodeLength);
        foreach (var c in masukan.ToUpperInvariant())
        {
            var d = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (d is '-' or ' ')
            {
                continue;
            }

            if (!Abjad.Contains(d, StringComparison.Ordinal))
            {
                return null;
            }

            sb.Append(d);
        }

        return sb.Length == DokumenTercetak.KodeLength ? sb.ToString() : null;
    }

    /// <summary>
    /// The code of each document (in order), registering those not printed before with this content. One query to
    /// read and one save per call whatever the number of documents; a concurrent print of the same content (unique
    /// index) is read back.
    /// </summary>
    public async Task<IReadOnlyList<string>> DaftarkanAsync(IReadOnlyList<(KunciDokumen Kunci, IsiDokumen Isi)> dokumen, string oleh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dokumen);
        var hash = dokumen.Select(d => Hash(d.Isi.Model)).ToList();
        for (var percobaan = 1; ; percobaan++)
        {
            var ada = await AdaAsync(dokumen, hash, ct);
            var baru = new List<DokumenTercetak>();
            var kode = new string[dokumen.Count];
            var now = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < dokumen.Count; i++)
            {
                var (k, isi) = dokumen[i];
                var kunci = ((int)k.Jenis, k.Id1, k.Id2, hash[i]);
                if (ada.TryGetValue(kunci, out var lama))
                {
                    kode[i] = lama;
                    continue;
                }

                var d = new DokumenTercetak(KodeBaru(), (int)k.Jenis, k.Id1, k.Id2, hash[i], isi.Judul, oleh, now);
                baru.Add(d);
                ada[kunci] = d.Kode;
                kode[i] = d.Kode;
            }

            if (baru.Count == 0)
            {
                return kode;
            }

            db.DokumenTercetak.AddRange(baru);
            try
            {
                await db.SaveChangesAsync(ct);
                return kode;
            }
            catch (DbUpdateException) when (percobaan < 3)
            {
                // Someone printed the same content at the same moment (or, once in 2^60, a code collided): read again.
                foreach (var d in baru)
                {
                    db.Entry(d).State = EntityState.Detached;
                }
            }
        }
    }

    private async Task<Dictionary<(int, int, int, string), string>> AdaAsync(IReadOnlyList<(KunciDokumen Kunci, IsiDokumen Isi)> dokumen, List<string> hash, CancellationToken ct)
    {
        var jenis = dokumen.Select(d => (int)d.Kunci.Jenis).Distinct().ToList();
        var id1 = dokumen.Select(d => d.Kunci.Id1).Distinct().ToList();
        var daftarHash = hash.Distinct().ToList();
        var baris = await db.DokumenTercetak.AsNoTracking()
            .Where(d => jenis.Contains(d.Jenis) && id1.Contains(d.Id1) && daftarHash.Contains(d.Hash))
            .Select(d => new { d.Jenis, d.Id1, d.Id2, d.Hash, d.Kode })
            .ToListAsync(ct);
        return baris.ToDictionary(b => (b.Jenis, b.Id1, b.Id2, b.Hash), b => b.Kode);
    }

    public Task<DokumenTercetak?> CariAsync(string kode, CancellationToken ct) =>
        db.DokumenTercetak.AsNoTracking().FirstOrDefaultAsync(d => d.Kode == kode, ct);
}
