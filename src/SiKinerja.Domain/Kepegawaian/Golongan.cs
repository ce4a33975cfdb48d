namespace SiKinerja.Domain.Kepegawaian;

/// <summary>
/// Golongan/ruang with its pangkat (DOMAIN.md §6.2). PNS use I/a … IV/e with a pangkat name;
/// PPPK use golongan I … XVII without one. <see cref="Kode"/> is what is stored and shown
/// (<c>III/a</c>, <c>IX</c>); <see cref="Urutan"/> orders them within their kind.
/// </summary>
public sealed record Golongan(string Kode, JenisPegawai JenisPegawai, int Urutan, string? Pangkat)
{
    public const int KodeMaxLength = 8;

    private static readonly Golongan[] PnsTable =
    [
        new("I/a", JenisPegawai.Pns, 1, "Juru Muda"),
        new("I/b", JenisPegawai.Pns, 2, "Juru Muda Tingkat I"),
        new("I/c", JenisPegawai.Pns, 3, "Juru"),
        new("I/d", JenisPegawai.Pns, 4, "Juru Tingkat I"),
        new("II/a", JenisPegawai.Pns, 5, "Pengatur Muda"),
        new("II/b", JenisPegawai.Pns, 6, "Pengatur Muda Tingkat I"),
        new("II/c", JenisPegawai.Pns, 7, "Pengatur"),
        new("II/d", JenisPegawai.Pns, 8, "Pengatur Tingkat I"),
        new("III/a", JenisPegawai.Pns, 9, "Penata Muda"),
        new("III/b", JenisPegawai.Pns, 10, "Penata Muda Tingkat I"),
        new("III/c", JenisPegawai.Pns, 11, "Penata"),
        new("III/d", JenisPegawai.Pns, 12, "Penata Tingkat I"),
        new("IV/a", JenisPegawai.Pns, 13, "Pembina"),
        new("IV/b", JenisPegawai.Pns, 14, "Pembina Tingkat I"),
        new("IV/c", JenisPegawai.Pns, 15, "Pembina Utama Muda"),
        new("IV/d", JenisPegawai.Pns, 16, "Pembina Utama Madya"),
        new("IV/e", JenisPegawai.Pns, 17, "Pembina Utama"),
    ];

    private static readonly string[] Romawi =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

    private static readonly Golongan[] PppkTable =
        [.. Romawi.Select((r, i) => new Golongan(r, JenisPegawai.Pppk, i + 1, null))];

    public static IReadOnlyList<Golongan> Pns => PnsTable;

    public static IReadOnlyList<Golongan> Pppk => PppkTable;

    public static IReadOnlyList<Golongan> Untuk(JenisPegawai jenis) => jenis == JenisPegawai.Pns ? PnsTable : PppkTable;

    /// <summary>"III/a" → "Penata Muda (III/a)"; PPPK "IX" → "Golongan IX".</summary>
    public string Tampilan => Pangkat is null ? $"Golongan {Kode}" : $"{Pangkat} ({Kode})";

    /// <summary>
    /// Reads a golongan as exports write it: <c>III/a</c>, <c>III/A</c>, <c>III a</c>, <c>3a</c>, <c>III.a</c>
    /// for PNS; <c>IX</c>, <c>9</c>, <c>09</c> for PPPK.
    /// </summary>
    public static bool TryParse(string? input, JenisPegawai jenis, out Golongan golongan)
    {
        golongan = null!;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var s = input.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (jenis == JenisPegawai.Pppk)
        {
            if (s.StartsWith("GOLONGAN", StringComparison.Ordinal))
            {
                s = s["GOLONGAN".Length..];
            }

            if (int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n is >= 1 and <= 17)
            {
                golongan = PppkTable[n - 1];
                return true;
            }

            var idx = Array.IndexOf(Romawi, s);
            if (idx < 0)
            {
                return false;
            }

            golongan = PppkTable[idx];
            return true;
        }

        s = s.Replace(".", "/", StringComparison.Ordinal).Replace("-", "/", StringComparison.Ordinal);
        if (s.Length >= 2 && !s.Contains('/', StringComparison.Ordinal))
        {
            s = s[..^1] + "/" + s[^1];
        }

        var parts = s.Split('/');
        if (parts.Length != 2 || parts[1].Length != 1)
        {
            return false;
        }

        var ruang = parts[0] switch
        {
            "1" => "I",
            "2" => "II",
            "3" => "III",
            "4" => "IV",
            _ => parts[0],
        };
        var kode = $"{ruang}/{char.ToLowerInvariant(parts[1][0])}";
        var found = PnsTable.FirstOrDefault(g => g.Kode == kode);
        if (found is null)
        {
            return false;
        }

        golongan = found;
        return true;
    }

    public static Golongan? Find(string? kode, JenisPegawai jenis) =>
        TryParse(kode, jenis, out var g) ? g : null;
}
