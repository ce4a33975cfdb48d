using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Domain.Karier;

/// <summary>Why someone is not eligible: a resource key and its arguments (dates as <see cref="DateOnly"/>, kinds as enum values).</summary>
public sealed record AlasanKelayakan(string Kode, params object[] Args);

/// <summary>Resource keys of the eligibility reasons; a unit test checks each has a text.</summary>
public static class KodeKelayakan
{
    public const string BukanPns = "Kelayakan.Alasan.BukanPns";
    public const string HukumanSedangBerat = "Kelayakan.Alasan.HukumanSedangBerat";
    public const string GolonganPuncak = "Kelayakan.Alasan.GolonganPuncak";
    public const string GolonganTidakDikenal = "Kelayakan.Alasan.GolonganTidakDikenal";
    public const string TmtGolonganKosong = "Kelayakan.Alasan.TmtGolonganKosong";
    public const string MasaPangkatKurang = "Kelayakan.Alasan.MasaPangkatKurang";
    public const string PredikatTidakAda = "Kelayakan.Alasan.PredikatTidakAda";
    public const string PredikatKurang = "Kelayakan.Alasan.PredikatKurang";
    public const string HukumanBerjalan = "Kelayakan.Alasan.HukumanBerjalan";
    public const string HukumanTahunIni = "Kelayakan.Alasan.HukumanTahunIni";

    public static IReadOnlyList<string> Semua { get; } =
    [
        BukanPns, HukumanSedangBerat, GolonganPuncak, GolonganTidakDikenal, TmtGolonganKosong, MasaPangkatKurang, PredikatTidakAda,
        PredikatKurang, HukumanBerjalan, HukumanTahunIni,
    ];
}

/// <summary>A sanction as the eligibility rules need it.</summary>
public readonly record struct HukumanRingkas(TingkatHukuman Tingkat, DateOnly TmtMulai, DateOnly? TmtSelesai)
{
    public bool SedangAtauBerat => Tingkat is TingkatHukuman.Sedang or TingkatHukuman.Berat;
}

/// <summary>Where an employee stands for the Satyalancana Karya Satya of a year.</summary>
public enum StatusSatyalancana
{
    /// <summary>The tier's years are reached within the year asked.</summary>
    LayakTahunIni = 1,

    /// <summary>Reached in an earlier year and still not awarded.</summary>
    Tertunda = 2,

    /// <summary>Reached but refused (see the reasons).</summary>
    TidakLayak = 3,
}

/// <summary>The tier due (<see cref="JenisPenghargaan.SatyalancanaX"/> …), when it was reached, the status and the reasons for a refusal.</summary>
public sealed record HasilSatyalancana(
    JenisPenghargaan Tingkat, int TahunTingkat, DateOnly TercapaiPada, int MasaKerjaTahun, StatusSatyalancana Status, IReadOnlyList<AlasanKelayakan> Alasan);

/// <summary>
/// Satyalancana Karya Satya X/XX/XXX (10/20/30 years; DOMAIN.md §9). Masa kerja is counted from the TMT CPNS to the reference
/// date, 31 December of the year asked. The rule asks for continuous service; gaps in service are not recorded in SiKinerja,
/// so the count assumes none. The tier due is the highest tier reached by the reference date that the employee has not
/// received, ignoring tiers below one already received (a higher award supersedes the lower ones). A moderate or severe
/// hukuman disiplin that began between the TMT CPNS and the reference date refuses it.
/// </summary>
public static class KelayakanSatyalancana
{
    private static readonly (JenisPenghargaan Jenis, int Tahun)[] Tingkat =
        [(JenisPenghargaan.SatyalancanaXXX, 30), (JenisPenghargaan.SatyalancanaXX, 20), (JenisPenghargaan.SatyalancanaX, 10)];

    public static DateOnly TanggalAcuan(int tahun) => new(tahun, 12, 31);

    /// <summary>Full years from <paramref name="mulai"/> to <paramref name="sampai"/> (0 when before).</summary>
    public static int TahunPenuh(DateOnly mulai, DateOnly sampai)
    {
        if (sampai < mulai)
        {
            return 0;
        }

        var n = sampai.Year - mulai.Year;
        return mulai.AddYears(n) > sampai ? n - 1 : n;
    }

    /// <summary>Null when no tier is due in <paramref name="tahun"/> (none reached, or all reached received).</summary>
    public static HasilSatyalancana? Periksa(
        JenisPegawai jenis, DateOnly tmtCpns, int tahun, IEnumerable<JenisPenghargaan> diterima, IEnumerable<HukumanRingkas> hukuman)
    {
        var acuan = TanggalAcuan(tahun);
        var sudah = diterima.Select(Penghargaan.TahunSatyalancana).Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(0).Max();
        var due = Tingkat.FirstOrDefault(t => tmtCpns.AddYears(t.Tahun) <= acuan);
        if (due.Tahun == 0 || due.Tahun <= sudah)
        {
            return null;
        }

        var tercapai = tmtCpns.AddYears(due.Tahun);
        var masaKerja = TahunPenuh(tmtCpns, acuan);
        var alasan = new List<AlasanKelayakan>();
        if (jenis != JenisPegawai.Pns)
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.BukanPns));
        }

        foreach (var h in hukuman.Where(h => h.SedangAtauBerat && h.TmtMulai >= tmtCpns && h.TmtMulai <= acuan).OrderBy(h => h.TmtMulai))
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.HukumanSedangBerat, h.Tingkat, h.TmtMulai));
        }

        var status = alasan.Count > 0 ? StatusSatyalancana.TidakLayak
            : tercapai.Year == tahun ? StatusSatyalancana.LayakTahunIni
            : StatusSatyalancana.Tertunda;
        return new HasilSatyalancana(due.Jenis, due.Tahun, tercapai, masaKerja, status, alasan);
    }
}

/// <summary>The regular promotion check of one employee for one period date.</summary>
public sealed record HasilKenaikanPangkat(
    bool Layak, Golongan? Sekarang, Golongan? Berikutnya, int? MasaPangkatTahun, DateOnly? LayakSejak, IReadOnlyList<AlasanKelayakan> Alasan);

/// <summary>
/// Kenaikan pangkat reguler (DOMAIN.md §9) for a period date: PNS only, not at IV/e, the current golongan's TMT recorded, at
/// least 4 full years in the current pangkat on the period date, a final annual predikat of at least Baik in each of the two
/// years before the period's year, and no moderate or severe hukuman disiplin running on the period date. Every reason that
/// applies is returned, not only the first.
/// </summary>
public static class KelayakanKenaikanPangkat
{
    public const int MasaPangkatMinimum = 4;

    /// <summary>The two years whose predikat count for <paramref name="periode"/> (for 1 Apr 2027: 2025 and 2026).</summary>
    public static (int Pertama, int Kedua) TahunPredikat(DateOnly periode) => (periode.Year - 2, periode.Year - 1);

    /// <param name="predikatFinal">The final annual predikat per year (years missing or not final are absent).</param>
    public static HasilKenaikanPangkat Periksa(
        JenisPegawai jenis, string golonganKode, DateOnly? tmtGolongan, IReadOnlyDictionary<int, PredikatKinerja> predikatFinal,
        IEnumerable<HukumanRingkas> hukuman, DateOnly periode)
    {
        var alasan = new List<AlasanKelayakan>();
        if (jenis != JenisPegawai.Pns)
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.BukanPns));
            return new HasilKenaikanPangkat(false, Golongan.Find(golonganKode, jenis), null, null, null, alasan);
        }

        var sekarang = Golongan.Find(golonganKode, JenisPegawai.Pns);
        Golongan? berikutnya = null;
        if (sekarang is null)
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.GolonganTidakDikenal, golonganKode));
        }
        else if (sekarang.Urutan >= Golongan.Pns.Count)
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.GolonganPuncak, sekarang.Kode));
        }
        else
        {
            berikutnya = Golongan.Pns[sekarang.Urutan];
        }

        int? masa = null;
        DateOnly? sejak = null;
        if (tmtGolongan is not { } tmt)
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.TmtGolonganKosong));
        }
        else
        {
            masa = KelayakanSatyalancana.TahunPenuh(tmt, periode);
            sejak = tmt.AddYears(MasaPangkatMinimum);
            if (sejak > periode)
            {
                alasan.Add(new AlasanKelayakan(KodeKelayakan.MasaPangkatKurang, masa.Value, sejak.Value));
            }
        }

        var (pertama, kedua) = TahunPredikat(periode);
        foreach (var tahun in new[] { pertama, kedua })
        {
            if (!predikatFinal.TryGetValue(tahun, out var p))
            {
                alasan.Add(new AlasanKelayakan(KodeKelayakan.PredikatTidakAda, tahun));
            }
            else if (p is not (PredikatKinerja.SangatBaik or PredikatKinerja.Baik))
            {
                alasan.Add(new AlasanKelayakan(KodeKelayakan.PredikatKurang, tahun, p));
            }
        }

        foreach (var h in hukuman.Where(h => h.SedangAtauBerat && HukumanDisiplin.BerlakuPada(h.TmtMulai, h.TmtSelesai, periode)).OrderBy(h => h.TmtMulai))
        {
            alasan.Add(new AlasanKelayakan(KodeKelayakan.HukumanBerjalan, h.Tingkat, h.TmtMulai));
        }

        return new HasilKenaikanPangkat(alasan.Count == 0, sekarang, berikutnya, masa, sejak, alasan);
    }
}

/// <summary>
/// The regular promotion periods: the first day of the months in <c>Karier:BulanPeriodeKenaikanPangkat</c> (default
/// February, April, June, August, October, December; Perba BKN 4/2023).
/// </summary>
public sealed class PeriodeKenaikanPangkat
{
    public int[] BulanPeriodeKenaikanPangkat { get; set; } = [2, 4, 6, 8, 10, 12];

    public bool Sah => BulanPeriodeKenaikanPangkat is { Length: > 0 } b && b.All(m => m is >= 1 and <= 12);

    private int[] Bulan => [.. BulanPeriodeKenaikanPangkat.Where(m => m is >= 1 and <= 12).Distinct().Order()];

    /// <summary>True when <paramref name="tanggal"/> is a period date.</summary>
    public bool AdalahPeriode(DateOnly tanggal) => tanggal.Day == 1 && Bulan.Contains(tanggal.Month);

    /// <summary>The first period date strictly after <paramref name="hariIni"/>.</summary>
    public DateOnly Berikutnya(DateOnly hariIni) => Daftar(hariIni, 1)[0];

    /// <summary>The next <paramref name="jumlah"/> period dates strictly after <paramref name="hariIni"/>.</summary>
    public IReadOnlyList<DateOnly> Daftar(DateOnly hariIni, int jumlah)
    {
        var bulan = Bulan;
        if (bulan.Length == 0)
        {
            throw new InvalidOperationException("Karier:BulanPeriodeKenaikanPangkat is empty.");
        }

        var hasil = new List<DateOnly>(jumlah);
        for (var tahun = hariIni.Year; hasil.Count < jumlah; tahun++)
        {
            foreach (var m in bulan)
            {
                var d = new DateOnly(tahun, m, 1);
                if (d > hariIni && hasil.Count < jumlah)
                {
                    hasil.Add(d);
                }
            }
        }

        return hasil;
    }
}

/// <summary>A pegawai berprestasi candidate: final annual predikat Sangat Baik in the year.</summary>
public sealed record HasilBerprestasi(bool Layak, IReadOnlyList<AlasanKelayakan> Alasan);

/// <summary>
/// Pegawai berprestasi candidates of a year: a final annual predikat Sangat Baik in that year and no hukuman disiplin of any
/// level that began in that year.
/// </summary>
public static class KelayakanBerprestasi
{
    /// <summary>Null when the year's final predikat is not Sangat Baik (not a candidate at all).</summary>
    public static HasilBerprestasi? Periksa(PredikatKinerja? predikatFinal, int tahun, IEnumerable<HukumanRingkas> hukuman)
    {
        if (predikatFinal != PredikatKinerja.SangatBaik)
        {
            return null;
        }

        var alasan = hukuman.Where(h => h.TmtMulai.Year == tahun).OrderBy(h => h.TmtMulai)
            .Select(h => new AlasanKelayakan(KodeKelayakan.HukumanTahunIni, h.Tingkat, h.TmtMulai)).ToList();
        return new HasilBerprestasi(alasan.Count == 0, alasan);
    }
}
