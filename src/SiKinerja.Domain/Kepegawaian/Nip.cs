using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SiKinerja.Domain.Kepegawaian;

/// <summary>
/// Nomor Induk Pegawai (Perka BKN 22/2007): 18 digits = birth date <c>YYYYMMDD</c> + TMT CPNS
/// <c>YYYYMM</c> + gender digit (1/2) + sequence <c>NNN</c> (not 000). Shown grouped as
/// <c>19660801 198803 1 001</c>.
/// </summary>
public readonly record struct Nip
{
    public const int Length = 18;

    /// <summary>Earliest plausible year of birth or appointment for an active record.</summary>
    public const int TahunMinimum = 1900;

    private Nip(string value, DateOnly tanggalLahir, DateOnly tmtCpns, JenisKelamin jenisKelamin, int nomorUrut)
    {
        Value = value;
        TanggalLahir = tanggalLahir;
        TmtCpns = tmtCpns;
        JenisKelamin = jenisKelamin;
        NomorUrut = nomorUrut;
    }

    public string Value { get; }

    public DateOnly TanggalLahir { get; }

    /// <summary>First day of the TMT CPNS month encoded in digits 9-14.</summary>
    public DateOnly TmtCpns { get; }

    public JenisKelamin JenisKelamin { get; }

    public int NomorUrut { get; }

    /// <summary>
    /// True when TMT CPNS is less than 18 years after birth. Only a warning: legacy conversions
    /// from 9-digit NIPs can break this rule.
    /// </summary>
    public bool TmtSebelumUsia18 => TmtCpns < TanggalLahir.AddYears(18);

    public static Nip Parse(string? input)
    {
        var result = Validate(input, out var nip);
        return result == NipError.None
            ? nip
            : throw new Common.DomainException("Nip." + result, input ?? string.Empty);
    }

    public static bool TryParse(string? input, [NotNullWhen(true)] out Nip? nip)
    {
        var ok = Validate(input, out var parsed) == NipError.None;
        nip = ok ? parsed : null;
        return ok;
    }

    /// <summary>Validates <paramref name="input"/> (spaces are ignored) and says what is wrong.</summary>
    public static NipError Validate(string? input, out Nip nip)
    {
        nip = default;
        var digits = Normalize(input);
        if (digits.Length == 0)
        {
            return NipError.Kosong;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return NipError.BukanAngka;
        }

        if (digits.Length != Length)
        {
            return NipError.PanjangSalah;
        }

        if (!DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lahir)
            || lahir.Year < TahunMinimum)
        {
            return NipError.TanggalLahirTidakValid;
        }

        var tahunTmt = int.Parse(digits.AsSpan(8, 4), CultureInfo.InvariantCulture);
        var bulanTmt = int.Parse(digits.AsSpan(12, 2), CultureInfo.InvariantCulture);
        if (bulanTmt is < 1 or > 12 || tahunTmt < TahunMinimum || tahunTmt <= lahir.Year)
        {
            return NipError.TmtTidakValid;
        }

        var gender = digits[14] - '0';
        if (gender is not (1 or 2))
        {
            return NipError.JenisKelaminTidakValid;
        }

        var urut = int.Parse(digits.AsSpan(15, 3), CultureInfo.InvariantCulture);
        if (urut == 0)
        {
            return NipError.NomorUrutTidakValid;
        }

        nip = new Nip(digits, lahir, new DateOnly(tahunTmt, bulanTmt, 1), (JenisKelamin)gender, urut);
        return NipError.None;
    }

    /// <summary>Removes spaces, dots and dashes that people type or that spreadsheets add.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var trimmed = input.Trim().TrimStart('\'');
        return string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-'));
    }

    /// <summary>The NIP grouped for display: <c>19660801 198803 1 001</c>.</summary>
    public static string Format(string nip) =>
        nip.Length == Length ? $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}" : nip;

    public override string ToString() => Format(Value);
}

/// <summary>Why a NIP was refused; each name is also the resource key suffix (<c>Nip.PanjangSalah</c>).</summary>
public enum NipError
{
    None = 0,
    Kosong,
    BukanAngka,
    PanjangSalah,
    TanggalLahirTidakValid,
    TmtTidakValid,
    JenisKelaminTidakValid,
    NomorUrutTidakValid,
}
