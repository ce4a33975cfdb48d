using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// Decides whether an uploaded bukti dukung may be kept: by its content (magic numbers; for xlsx/docx the
/// OOXML parts inside the ZIP), with the name's extension required to agree, not empty and within the size
/// limit, and with a harmless name. Pure: it reads the stream, writes nothing. Everything not recognised
/// (executables, HTML, SVG, plain ZIP, legacy .doc/.xls, macro-enabled Office files) is refused.
/// </summary>
public static class PemeriksaBerkas
{
    /// <summary>More entries than any ordinary document has; a ZIP with more is not looked into further.</summary>
    public const int EntriZipMaksimum = 5_000;

    /// <summary>Declared total uncompressed size above which a ZIP is treated as a bomb.</summary>
    public const long UkuranZipTerurai = 256L * 1024 * 1024;

    /// <summary>At most this much of <c>[Content_Types].xml</c> is decompressed.</summary>
    private const int UkuranContentTypesMaksimum = 256 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private const string XlsxUtama = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string DocxUtama = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>
    /// Checks an upload. <paramref name="ukuranDinyatakan"/> is the size the request declared (refused early
    /// when over the limit); the stream is read anyway, so a lying size does not get past. A ZIP is only
    /// looked into when the stream can seek; otherwise it is buffered up to the limit.
    /// </summary>
    public static HasilPeriksaBerkas Periksa(string? namaAsli, long ukuranDinyatakan, Stream isi, long batasByte)
    {
        ArgumentNullException.ThrowIfNull(isi);
        var batasMb = (batasByte / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        if (NamaBerkas.Berbahaya(namaAsli))
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.NamaTidakValid);
        }

        if (ukuranDinyatakan > batasByte || (isi.CanSeek && isi.Length > batasByte))
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.TerlaluBesar, batasMb);
        }

        if (ukuranDinyatakan == 0 || (isi.CanSeek && isi.Length == 0))
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.Kosong);
        }

        var ekstensi = Path.GetExtension(namaAsli!.Trim().TrimEnd('.', ' '));
        var diklaim = JenisBerkasExtensions.DariEkstensi(ekstensi);
        if (diklaim is null)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.JenisTidakDiizinkan);
        }

        var seekable = isi.CanSeek ? isi : Salin(isi, batasByte);
        if (seekable is null)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.TerlaluBesar, batasMb);
        }

        if (seekable.Length == 0)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.Kosong);
        }

        var awal = seekable.Position;
        JenisBerkas? jenis;
        try
        {
            jenis = KenaliIsi(seekable);
        }
        catch (InvalidDataException)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.Rusak);
        }
        finally
        {
            seekable.Position = awal;
        }

        if (jenis is null)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.JenisTidakDiizinkan);
        }

        if (jenis != diklaim)
        {
            return HasilPeriksaBerkas.Tolak(HasilPeriksaBerkas.EkstensiTidakSesuai,
                jenis.Value.Ekstensi().ToUpperInvariant(), ekstensi.TrimStart('.').ToLowerInvariant());
        }

        return HasilPeriksaBerkas.Terima(jenis.Value, NamaBerkas.Aman(namaAsli, jenis));
    }

    /// <summary>The kind of the content from the stream's current position, or null when it is none of ours.</summary>
    /// <exception cref="InvalidDataException">It looks like a ZIP but cannot be read as one.</exception>
    public static JenisBerkas? KenaliIsi(Stream isi)
    {
        ArgumentNullException.ThrowIfNull(isi);
        Span<byte> kepala = stackalloc byte[8];
        var terbaca = isi.ReadAtLeast(kepala, kepala.Length, throwOnEndOfStream: false);
        kepala = kepala[..terbaca];
        if (kepala.StartsWith(Pdf))
        {
            return JenisBerkas.Pdf;
        }

        if (kepala.StartsWith(Png))
        {
            return JenisBerkas.Png;
        }

        if (kepala.StartsWith(Jpeg))
        {
            return JenisBerkas.Jpeg;
        }

        if (kepala.StartsWith(Zip) && isi.CanSeek)
        {
            isi.Seek(-terbaca, SeekOrigin.Current);
            return KenaliOoxml(isi);
        }

        return null;
    }

    private static JenisBerkas? KenaliOoxml(Stream isi)
    {
        // The archive is read from the central directory; entries are not extracted except the small
        // [Content_Types].xml, read with a cap, so a bomb costs nothing.
        using var zip = new ZipArchive(isi, ZipArchiveMode.Read, leaveOpen: true);
        var entri = zip.Entries;
        if (entri.Count > EntriZipMaksimum)
        {
            return null;
        }

        long terurai = 0;
        var nama = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entri)
        {
            terurai += e.Length;
            if (terurai > UkuranZipTerurai)
            {
                return null;
            }

            nama.Add(e.FullName);
        }

        var xlsx = nama.Contains("xl/workbook.xml");
        var docx = nama.Contains("word/document.xml");
        if (xlsx == docx || !nama.Contains("[Content_Types].xml")
            || nama.Contains("xl/vbaProject.bin") || nama.Contains("word/vbaProject.bin"))
        {
            return null;
        }

        var contentTypes = BacaTerbatas(zip.GetEntry("[Content_Types].xml")!);
        if (contentTypes is null)
        {
            return null;
        }

        // The main part's content type is what Office itself goes by: a macro-enabled .xlsm/.docm or a
        // template declares another one.
        if (xlsx && contentTypes.Contains(XlsxUtama, StringComparison.Ordinal))
        {
            return JenisBerkas.Xlsx;
        }

        if (docx && contentTypes.Contains(DocxUtama, StringComparison.Ordinal))
        {
            return JenisBerkas.Docx;
        }

        return null;
    }

    private static string? BacaTerbatas(ZipArchiveEntry entri)
    {
        if (entri.Length > UkuranContentTypesMaksimum)
        {
            return null;
        }

        using var s = entri.Open();
        var buffer = new byte[UkuranContentTypesMaksimum + 1];
        var n = s.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return n > UkuranContentTypesMaksimum ? null : Encoding.UTF8.GetString(buffer, 0, n);
    }

    /// <summary>Copies a forward-only stream into memory, up to the limit; null when it is longer.</summary>
    private static MemoryStream? Salin(Stream isi, long batasByte)
    {
        var salinan = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = isi.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (salinan.Length + n > batasByte)
            {
                return null;
            }

            salinan.Write(buffer, 0, n);
        }

        salinan.Position = 0;
        return salinan;
    }
}
