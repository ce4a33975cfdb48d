using System.Collections.Frozen;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>Kind of a curve rule: at most p %, at least p %, or at least one person.</summary>
public enum JenisBatasKurva
{
    Maksimum = 1,
    Minimum = 2,
    WajibAda = 3,
}

/// <summary>One row of the curve table (DOMAIN.md §3.2): the predikat it counts together, its kind and percentage.</summary>
public sealed record AturanDistribusi(IReadOnlySet<PredikatKinerja> Kelompok, JenisBatasKurva Jenis, decimal Persen, string Kode);

/// <summary>
/// A curve finding: <see cref="Kode"/> is a resource key with <see cref="Argumen"/> {0} the number of employees in the
/// rule's group, {1} the percentage of the rule, {2} the bound in people, {3} the unit size. A blocking finding
/// stops the penetapan (unless the web layer allows a recorded override); a warning is only shown.
/// </summary>
public sealed record TemuanKurva(string Kode, IReadOnlyList<object> Argumen, bool Memblokir);

/// <summary>
/// For the live display: how many employees of a unit may get <see cref="Predikat"/>. <see cref="Minimum"/> counts
/// only blocking minimums; <see cref="Maksimum"/> is the rule's own maximum (or the unit size) less the blocking
/// minimums of the other predikat.
/// </summary>
public sealed record BatasPredikat(PredikatKinerja Predikat, int Minimum, int Maksimum);

/// <summary>
/// The distribution curve of employee predikat for an organisation predikat (SE MenPANRB 3/2023; DOMAIN.md §3.2):
/// <list type="table">
/// <item><term>Istimewa</term><description>Sangat Baik ≤ 70 %</description></item>
/// <item><term>Baik</term><description>Baik ≤ 70 %; at least one Butuh Perbaikan and/or Kurang</description></item>
/// <item><term>Butuh Perbaikan</term><description>Butuh Perbaikan ≥ 60 %; Sangat Baik ≤ 10 %</description></item>
/// <item><term>Kurang</term><description>Kurang ≥ 60 %; Butuh Perbaikan ≥ 10 %; Sangat Baik ≤ 10 %</description></item>
/// <item><term>Sangat Kurang</term><description>Sangat Kurang ≥ 60 %; Kurang and/or Butuh Perbaikan ≥ 10 %; no Sangat Baik</description></item>
/// </list>
/// The "majority" wording of Istimewa and Baik is read as the expected shape, not as a further check. How
/// percentages become people in small units is in <see cref="AturanKurva"/>.
/// </summary>
public static class KurvaDistribusi
{
    private static readonly Dictionary<PredikatOrganisasi, IReadOnlyList<AturanDistribusi>> Tabel = new()
    {
        [PredikatOrganisasi.Istimewa] =
        [
            Maks(70, KodeEvaluasi.KurvaMaksSangatBaik, PredikatKinerja.SangatBaik),
        ],
        [PredikatOrganisasi.Baik] =
        [
            Maks(70, KodeEvaluasi.KurvaMaksBaik, PredikatKinerja.Baik),
            new(Set(PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Kurang), JenisBatasKurva.WajibAda, 0, KodeEvaluasi.KurvaWajibAdaButuhPerbaikanAtauKurang),
        ],
        [PredikatOrganisasi.ButuhPerbaikan] =
        [
            Min(60, KodeEvaluasi.KurvaMinButuhPerbaikan, PredikatKinerja.ButuhPerbaikan),
            Maks(10, KodeEvaluasi.KurvaMaksSangatBaik, PredikatKinerja.SangatBaik),
        ],
        [PredikatOrganisasi.Kurang] =
        [
            Min(60, KodeEvaluasi.KurvaMinKurang, PredikatKinerja.Kurang),
            Min(10, KodeEvaluasi.KurvaMinButuhPerbaikan, PredikatKinerja.ButuhPerbaikan),
            Maks(10, KodeEvaluasi.KurvaMaksSangatBaik, PredikatKinerja.SangatBaik),
        ],
        [PredikatOrganisasi.SangatKurang] =
        [
            Min(60, KodeEvaluasi.KurvaMinSangatKurang, PredikatKinerja.SangatKurang),
            Min(10, KodeEvaluasi.KurvaMinKurangAtauButuhPerbaikan, PredikatKinerja.Kurang, PredikatKinerja.ButuhPerbaikan),
            Maks(0, KodeEvaluasi.KurvaTanpaSangatBaik, PredikatKinerja.SangatBaik),
        ],
    };

    /// <summary>The rows of the table for <paramref name="organisasi"/>.</summary>
    public static IReadOnlyList<AturanDistribusi> Aturan(PredikatOrganisasi organisasi) =>
        Tabel.TryGetValue(organisasi, out var aturan) ? aturan : throw new ArgumentOutOfRangeException(nameof(organisasi));

    /// <summary>
    /// Checks the predikat counts of one unit (missing keys count 0). An empty unit has no findings.
    /// </summary>
    public static IReadOnlyList<TemuanKurva> Periksa(
        PredikatOrganisasi organisasi, IReadOnlyDictionary<PredikatKinerja, int> jumlah, AturanKurva? aturan = null)
    {
        ArgumentNullException.ThrowIfNull(jumlah);
        aturan ??= AturanKurva.Bawaan;
        if (jumlah.Values.Any(j => j < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(jumlah));
        }

        var n = jumlah.Values.Sum();
        var temuan = new List<TemuanKurva>();
        if (n == 0)
        {
            return temuan;
        }

        foreach (var baris in Aturan(organisasi))
        {
            var dalam = baris.Kelompok.Sum(p => jumlah.GetValueOrDefault(p));
            var (batas, memblokir) = Batas(baris, n, aturan);
            var dilanggar = baris.Jenis == JenisBatasKurva.Maksimum ? dalam > batas : dalam < batas;
            if (dilanggar && baris.Jenis == JenisBatasKurva.Maksimum && aturan.PembulatanMaksimum == PembulatanMaksimum.PecahanPeringatan)
            {
                // Over the exact count by less than one whole person: a warning (see AturanKurva).
                memblokir = dalam > BatasBlokirMaksimum(baris, n, aturan);
            }

            if (dilanggar)
            {
                temuan.Add(new TemuanKurva(baris.Kode, [dalam, baris.Persen, batas, n], memblokir));
            }
        }

        return temuan;
    }

    /// <summary>
    /// For the live display: the allowed minimum and maximum number of employees per predikat, best first (the maximum
    /// is the count beyond which penetapan is refused).
    /// </summary>
    public static IReadOnlyList<BatasPredikat> BatasPerPredikat(PredikatOrganisasi organisasi, int ukuranUnit, AturanKurva? aturan = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ukuranUnit);
        aturan ??= AturanKurva.Bawaan;
        var baris = Aturan(organisasi).Select(b => (Baris: b, Batas: Batas(b, ukuranUnit, aturan))).ToList();
        var minimumWajib = baris.Where(b => b.Baris.Jenis != JenisBatasKurva.Maksimum && b.Batas.Memblokir).ToList();

        return [.. Enum.GetValues<PredikatKinerja>().Select(p =>
        {
            var minimum = minimumWajib.Where(b => b.Baris.Kelompok.Count == 1 && b.Baris.Kelompok.Contains(p))
                .Select(b => b.Batas.Orang).DefaultIfEmpty(0).Max();
            var maksimum = baris.Where(b => b.Baris.Jenis == JenisBatasKurva.Maksimum && b.Baris.Kelompok.Contains(p))
                .Select(b => BatasBlokirMaksimum(b.Baris, ukuranUnit, aturan)).DefaultIfEmpty(ukuranUnit).Min();
            var dipakaiLain = minimumWajib.Where(b => !b.Baris.Kelompok.Contains(p)).Sum(b => b.Batas.Orang);
            maksimum = Math.Max(minimum, Math.Min(maksimum, ukuranUnit - dipakaiLain));
            return new BatasPredikat(p, minimum, maksimum);
        })];
    }

    /// <summary>The bound of one rule in people for a unit of <paramref name="n"/>, and whether breaking it blocks.</summary>
    private static (int Orang, bool Memblokir) Batas(AturanDistribusi baris, int n, AturanKurva aturan)
    {
        var tepat = baris.Persen * n / 100m;
        return baris.Jenis switch
        {
            JenisBatasKurva.Maksimum => ((int)(aturan.PembulatanMaksimum == PembulatanMaksimum.KeAtas ? Math.Ceiling(tepat) : Math.Floor(tepat)), true),
            JenisBatasKurva.Minimum => ((int)Math.Ceiling(tepat), tepat >= 1 || !aturan.MinimumPecahanHanyaPeringatan),
            _ => (1, n >= aturan.UkuranBlokirWajibAda),
        };
    }

    /// <summary>How many people a maximum allows before it blocks (for <see cref="PembulatanMaksimum.PecahanPeringatan"/> the rounded-up count).</summary>
    private static int BatasBlokirMaksimum(AturanDistribusi baris, int n, AturanKurva aturan) =>
        aturan.PembulatanMaksimum == PembulatanMaksimum.PecahanPeringatan ? (int)Math.Ceiling(baris.Persen * n / 100m) : Batas(baris, n, aturan).Orang;

    private static AturanDistribusi Maks(decimal persen, string kode, params PredikatKinerja[] kelompok) =>
        new(Set(kelompok), JenisBatasKurva.Maksimum, persen, kode);

    private static AturanDistribusi Min(decimal persen, string kode, params PredikatKinerja[] kelompok) =>
        new(Set(kelompok), JenisBatasKurva.Minimum, persen, kode);

    private static FrozenSet<PredikatKinerja> Set(params PredikatKinerja[] p) => p.ToFrozenSet();
}
