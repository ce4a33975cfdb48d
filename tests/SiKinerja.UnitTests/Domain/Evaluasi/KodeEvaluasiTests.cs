using System.Globalization;
using System.Reflection;
using System.Resources;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Domain.Evaluasi;

public class KodeEvaluasiTests
{
    private static readonly ResourceManager Rm = new("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Kunci()
    {
        var data = new TheoryData<string>();
        foreach (var f in new[] { typeof(KodeEvaluasi), typeof(KodeEvaluasiTahunan) }.SelectMany(k => k.GetFields(BindingFlags.Public | BindingFlags.Static)))
        {
            data.Add((string)f.GetRawConstantValue()!);
        }

        foreach (var jenis in new[] { typeof(Rating), typeof(PredikatKinerja), typeof(PredikatOrganisasi), typeof(StatusEvaluasi), typeof(PeristiwaEvaluasi), typeof(StatusEvaluasiTahunan) })
        {
            foreach (var nama in Enum.GetNames(jenis))
            {
                data.Add($"{jenis.Name}.{nama}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kunci))]
    public void EveryKeyAndEnumLabel_HasIndonesianAndEnglishText(string kunci)
    {
        var id = Rm.GetString(kunci, CultureInfo.InvariantCulture);
        var en = Rm.GetString(kunci, new CultureInfo("en"));
        Assert.False(string.IsNullOrEmpty(id), kunci);
        Assert.False(string.IsNullOrEmpty(en), kunci);
        if (kunci.StartsWith("Evaluasi.", StringComparison.Ordinal))
        {
            Assert.NotEqual(id, en);
        }
    }

    [Fact]
    public void CurveFindings_UseOnlyTheFourDocumentedArguments()
    {
        foreach (var kunci in typeof(KodeEvaluasi).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(k => k.StartsWith("Evaluasi.Kurva.", StringComparison.Ordinal)))
        {
            var teks = Rm.GetString(kunci, CultureInfo.InvariantCulture)!;
            Assert.DoesNotContain("{4}", teks, StringComparison.Ordinal);
            _ = string.Format(CultureInfo.InvariantCulture, teks, 1, 2, 3, 4);
        }
    }
}
