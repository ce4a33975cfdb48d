using System.Globalization;
using System.Reflection;
using System.Resources;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Web;

namespace SiKinerja.UnitTests.Domain;

/// <summary>Every resource key and enum label of the competency and career domains has an Indonesian and an English text.</summary>
public class KodePengembanganKarierTests
{
    private static readonly ResourceManager Rm = new("SiKinerja.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Kunci()
    {
        var data = new TheoryData<string>();
        foreach (var f in new[] { typeof(KodePengembangan), typeof(KodeKarier) }.SelectMany(k => k.GetFields(BindingFlags.Public | BindingFlags.Static)))
        {
            data.Add((string)f.GetRawConstantValue()!);
        }

        foreach (var jenis in new[]
                 {
                     typeof(JenisKegiatanPengembangan), typeof(JalurPengembangan), typeof(JenisKompetensi), typeof(StatusKegiatan),
                     typeof(StatusKebutuhan), typeof(JenisPenghargaan), typeof(TingkatHukuman),
                 })
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
        Assert.False(string.IsNullOrEmpty(Rm.GetString(kunci, CultureInfo.InvariantCulture)), kunci);
        Assert.False(string.IsNullOrEmpty(Rm.GetString(kunci, new CultureInfo("en"))), kunci);
    }
}
