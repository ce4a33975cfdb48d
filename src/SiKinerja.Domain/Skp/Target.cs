using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>Shape of a <see cref="Target"/>.</summary>
public enum JenisTarget
{
    /// <summary>One number with a unit: "12 laporan", "100 %", "3 bulan" (aspek Waktu), "Rp 50.000.000" (Biaya).</summary>
    Angka = 1,

    /// <summary>A range min–max with one unit: "80–100 %".</summary>
    Rentang = 2,

    /// <summary>A narrative, for the kualitatif approach (DOMAIN.md §1.4).</summary>
    Narasi = 3,

    /// <summary>A deadline date, only for aspek Waktu: "selesai paling lambat 30 Juni".</summary>
    Tanggal = 4,
}

/// <summary>
/// Target of one IKI (DOMAIN.md §1.3 column (6)). Kept simple on purpose:
/// <list type="bullet">
/// <item>kuantitatif: <see cref="JenisTarget.Angka"/> (number + unit) or <see cref="JenisTarget.Rentang"/> (min–max + unit);</item>
/// <item>kualitatif: <see cref="JenisTarget.Narasi"/>;</item>
/// <item>aspek Waktu: a number of months/days (Angka with unit "bulan"/"hari") or a <see cref="JenisTarget.Tanggal"/>.</item>
/// </list>
/// The factories accept an incomplete target (no number, no unit, min &gt; max) so that a draft is never lost;
/// <see cref="PemeriksaSkp"/> reports those as findings. Only what cannot be stored is refused here: text over
/// its length and numbers beyond <see cref="BatasNilai"/> (the EF column holds 18 digits, 4 decimals).
/// An EF owned value.
/// </summary>
public sealed class Target
{
    public const int SatuanMaxLength = 50;
    public const int NarasiMaxLength = 1000;

    /// <summary>Largest magnitude stored; "absurd" but storable values are a finding (<see cref="AturanSkp.NilaiTargetMaksimum"/>).</summary>
    public const decimal BatasNilai = 99_999_999_999_999m;

    private Target()
    {
    }

    private Target(JenisTarget jenis, decimal? nilai, decimal? nilaiMaksimum, string? satuan, string? narasi, DateOnly? tanggal)
    {
        Jenis = jenis;
        Nilai = Periksa(nilai);
        NilaiMaksimum = Periksa(nilaiMaksimum);
        Satuan = TeksSkp.Opsional(satuan, SatuanMaxLength);
        Narasi = narasi;
        Tanggal = tanggal;
    }

    public JenisTarget Jenis { get; private set; }

    /// <summary>The number (Angka) or the lower bound (Rentang); null when not typed yet.</summary>
    public decimal? Nilai { get; private set; }

    /// <summary>Upper bound of a Rentang.</summary>
    public decimal? NilaiMaksimum { get; private set; }

    public string? Satuan { get; private set; }

    public string? Narasi { get; private set; }

    public DateOnly? Tanggal { get; private set; }

    public static Target Angka(decimal? nilai, string? satuan) => new(JenisTarget.Angka, nilai, null, satuan, null, null);

    public static Target Rentang(decimal? minimum, decimal? maksimum, string? satuan) =>
        new(JenisTarget.Rentang, minimum, maksimum, satuan, null, null);

    /// <summary>The narrative is required (it is the whole target).</summary>
    public static Target Naratif(string narasi) => new(JenisTarget.Narasi, null, null, null, TeksSkp.Wajib(narasi, NarasiMaxLength), null);

    public static Target Tenggat(DateOnly tanggal) => new(JenisTarget.Tanggal, null, null, null, null, tanggal);

    /// <summary>Same content (used by the revision diff).</summary>
    public bool SamaDengan(Target lain) =>
        Jenis == lain.Jenis && Nilai == lain.Nilai && NilaiMaksimum == lain.NilaiMaksimum
        && Satuan == lain.Satuan && Narasi == lain.Narasi && Tanggal == lain.Tanggal;

    /// <summary>A copy; a deadline moves by <paramref name="geserTahun"/> years (a plan copied into another year keeps its day).</summary>
    internal Target Salin(int geserTahun = 0)
    {
        var salinan = (Target)MemberwiseClone();
        salinan.Tanggal = Tanggal?.AddYears(geserTahun);
        return salinan;
    }

    private static decimal? Periksa(decimal? nilai)
    {
        if (nilai is { } n && Math.Abs(n) > BatasNilai)
        {
            throw new DomainException(KodeSkp.TargetDiLuarBatas);
        }

        return nilai;
    }
}
