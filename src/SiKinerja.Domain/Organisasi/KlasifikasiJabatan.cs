namespace SiKinerja.Domain.Organisasi;

/// <summary>
/// Tells the kind (and jenjang) of a position as a SIASN export describes it (DOMAIN.md §6.3, §6.5):
/// <c>JENIS JABATAN NAMA</c> is "Struktural" / "Fungsional Tertentu" / "Fungsional Umum" in older exports
/// and JPT / Administrator / Pengawas / Pelaksana / Fungsional in newer ones; a structural position's level
/// comes from its eselon when the file has it (II.a → JPT Pratama …), otherwise from its title
/// ("Kepala Seksi" → Pengawas); a fungsional jenjang from its title ("Analis SDM Aparatur Ahli Muda").
/// </summary>
public static class KlasifikasiJabatan
{
    private static readonly (string Kata, JenjangFungsional Jenjang)[] JenjangKata =
    [
        ("ahli utama", JenjangFungsional.AhliUtama),
        ("ahli madya", JenjangFungsional.AhliMadya),
        ("ahli muda", JenjangFungsional.AhliMuda),
        ("ahli pertama", JenjangFungsional.AhliPertama),
        ("penyelia", JenjangFungsional.Penyelia),
        ("pelaksana lanjutan", JenjangFungsional.Mahir),
        ("mahir", JenjangFungsional.Mahir),
        ("terampil", JenjangFungsional.Terampil),
        ("pelaksana pemula", JenjangFungsional.Pemula),
        ("pemula", JenjangFungsional.Pemula),
        // Titles from before PermenPANRB 1/2023 ("Auditor Muda", "Guru Pertama") are keahlian.
        ("utama", JenjangFungsional.AhliUtama),
        ("madya", JenjangFungsional.AhliMadya),
        ("muda", JenjangFungsional.AhliMuda),
        ("pertama", JenjangFungsional.AhliPertama),
    ];

    private static readonly string[] JudulJpt =
    [
        "sekretaris daerah", "kepala dinas", "kepala badan", "kepala satuan polisi", "staf ahli", "asisten",
        "sekretaris dewan", "sekretaris dprd", "direktur rumah sakit", "direktur rsud",
    ];

    private static readonly string[] JudulAdministrator =
    [
        "kepala bidang", "kepala bagian", "camat", "inspektur pembantu", "sekretaris", "kepala kantor", "wakil direktur",
    ];

    private static readonly string[] JudulPengawas =
    [
        "kepala seksi", "kepala subbagian", "kepala sub bagian", "kepala subbidang", "kepala sub bidang", "kepala upt",
        "kepala unit", "lurah", "sekretaris kelurahan", "kepala tata usaha", "kepala sub",
    ];

    /// <param name="jenisJabatanNama">JENIS JABATAN NAMA as in the file (may be empty).</param>
    /// <param name="eselon">ESELON as in the file (may be empty): II.a, II-b, III/a, IV.b, 2a…</param>
    /// <param name="namaJabatan">JABATAN NAMA.</param>
    public static HasilKlasifikasiJabatan Tentukan(string? jenisJabatanNama, string? eselon, string namaJabatan)
    {
        ArgumentNullException.ThrowIfNull(namaJabatan);
        var jenis = Normal(jenisJabatanNama);
        var nama = Normal(namaJabatan);

        if (jenis.Length == 0)
        {
            // No kind in the file: a jenjang word marks a fungsional, a head's title a manajerial position.
            if (CariJenjang(nama) is not null && !IsJudulManajerial(nama))
            {
                return Fungsional(nama);
            }

            return IsJudulManajerial(nama) || Eselon(eselon) is not null ? Struktural(eselon, nama) : Hasil(JenisJabatan.Pelaksana);
        }

        if (jenis.Contains("umum", StringComparison.Ordinal) || jenis.Contains("pelaksana", StringComparison.Ordinal) || jenis == "jfu")
        {
            return Hasil(JenisJabatan.Pelaksana);
        }

        if (jenis.Contains("fungsional", StringComparison.Ordinal) || jenis == "jft")
        {
            return jenis.Contains("keterampilan", StringComparison.Ordinal) || jenis.Contains("keahlian", StringComparison.Ordinal)
                ? Fungsional(nama, jenis.Contains("keahlian", StringComparison.Ordinal) ? JenisJabatan.FungsionalKeahlian : JenisJabatan.FungsionalKeterampilan)
                : Fungsional(nama);
        }

        if ((jenis.Contains("utama", StringComparison.Ordinal) && jenis.Contains("tinggi", StringComparison.Ordinal)) || jenis == "jpt utama")
        {
            return Hasil(JenisJabatan.JptUtama);
        }

        if (jenis.Contains("madya", StringComparison.Ordinal) && (jenis.Contains("tinggi", StringComparison.Ordinal) || jenis.StartsWith("jpt", StringComparison.Ordinal)))
        {
            return Hasil(JenisJabatan.JptMadya);
        }

        if (jenis.Contains("pratama", StringComparison.Ordinal))
        {
            return Hasil(JenisJabatan.JptPratama);
        }

        if (jenis.Contains("administrator", StringComparison.Ordinal))
        {
            return Hasil(JenisJabatan.Administrator);
        }

        if (jenis.Contains("pengawas", StringComparison.Ordinal))
        {
            return Hasil(JenisJabatan.Pengawas);
        }

        if (jenis.Contains("struktural", StringComparison.Ordinal) || jenis.Contains("manajerial", StringComparison.Ordinal))
        {
            return Struktural(eselon, nama);
        }

        return new HasilKlasifikasiJabatan(null, null, KesalahanKlasifikasi.JenisTidakDikenal);
    }

    /// <summary>Eselon as SIASN and legacy data write it (I.a … V.a) → kind of position; null when not readable.</summary>
    public static JenisJabatan? Eselon(string? eselon)
    {
        if (TanpaEselon(eselon))
        {
            return null;
        }

        var s = Normal(eselon).Replace("eselon", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace("/", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return null;
        }

        var tingkat = s.TrimEnd('a', 'b');
        var sub = s.Length > tingkat.Length ? s[tingkat.Length..] : string.Empty;
        return (tingkat, sub) switch
        {
            ("i" or "1", "a") => JenisJabatan.JptUtama,
            ("i" or "1", _) => JenisJabatan.JptMadya,
            ("ii" or "2", _) => JenisJabatan.JptPratama,
            ("iii" or "3", _) => JenisJabatan.Administrator,
            ("iv" or "4" or "v" or "5", _) => JenisJabatan.Pengawas,
            _ => null,
        };
    }

    public static JenjangFungsional? CariJenjang(string namaJabatan)
    {
        var nama = " " + Normal(namaJabatan) + " ";
        foreach (var (kata, jenjang) in JenjangKata)
        {
            if (nama.Contains(" " + kata + " ", StringComparison.Ordinal))
            {
                return jenjang;
            }
        }

        return null;
    }

    private static HasilKlasifikasiJabatan Struktural(string? eselon, string nama)
    {
        if (Eselon(eselon) is { } dariEselon)
        {
            return Hasil(dariEselon);
        }

        if (!TanpaEselon(eselon))
        {
            return new HasilKlasifikasiJabatan(null, null, KesalahanKlasifikasi.EselonTidakDikenal);
        }

        // Order matters: "kepala subbagian" before "kepala bagian", "sekretaris daerah" before "sekretaris".
        if (JudulPengawas.Any(j => nama.StartsWith(j, StringComparison.Ordinal)))
        {
            return Hasil(JenisJabatan.Pengawas);
        }

        if (JudulJpt.Any(j => nama.StartsWith(j, StringComparison.Ordinal)) || (nama.StartsWith("inspektur", StringComparison.Ordinal) && !nama.Contains("pembantu", StringComparison.Ordinal)))
        {
            return Hasil(JenisJabatan.JptPratama);
        }

        if (JudulAdministrator.Any(j => nama.StartsWith(j, StringComparison.Ordinal)))
        {
            return Hasil(JenisJabatan.Administrator);
        }

        return new HasilKlasifikasiJabatan(null, null, KesalahanKlasifikasi.TingkatStrukturalTidakJelas);
    }

    private static HasilKlasifikasiJabatan Fungsional(string nama, JenisJabatan? jenis = null)
    {
        if (CariJenjang(nama) is not { } jenjang)
        {
            return new HasilKlasifikasiJabatan(null, null, KesalahanKlasifikasi.JenjangTidakDikenal);
        }

        var dariJenjang = jenjang <= JenjangFungsional.AhliUtama ? JenisJabatan.FungsionalKeahlian : JenisJabatan.FungsionalKeterampilan;
        if (jenis is { } j && j != dariJenjang)
        {
            return new HasilKlasifikasiJabatan(null, null, KesalahanKlasifikasi.JenjangTidakDikenal);
        }

        return new HasilKlasifikasiJabatan(dariJenjang, jenjang, null);
    }

    /// <summary>Empty, "-" or "Non Eselon".</summary>
    private static bool TanpaEselon(string? eselon)
    {
        var s = Normal(eselon);
        return s.Length == 0 || s == "-" || s.StartsWith("non", StringComparison.Ordinal);
    }

    private static bool IsJudulManajerial(string nama) =>
        JudulPengawas.Concat(JudulJpt).Concat(JudulAdministrator).Any(j => nama.StartsWith(j, StringComparison.Ordinal))
        || nama.StartsWith("inspektur", StringComparison.Ordinal);

    private static HasilKlasifikasiJabatan Hasil(JenisJabatan jenis) => new(jenis, null, null);

    private static string Normal(string? s) =>
        string.IsNullOrWhiteSpace(s)
            ? string.Empty
            : string.Join(' ', s.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The kind found, or why none could be.</summary>
public sealed record HasilKlasifikasiJabatan(JenisJabatan? Jenis, JenjangFungsional? Jenjang, KesalahanKlasifikasi? Kesalahan);

/// <summary>Why a position's kind could not be told; each name is a resource key suffix (<c>Impor.JenisJabatan.X</c>).</summary>
public enum KesalahanKlasifikasi
{
    JenisTidakDikenal = 1,
    EselonTidakDikenal = 2,
    TingkatStrukturalTidakJelas = 3,
    JenjangTidakDikenal = 4,
}
