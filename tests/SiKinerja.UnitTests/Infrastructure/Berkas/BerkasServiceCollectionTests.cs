using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using SiKinerja.Infrastructure.Berkas;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

public class BerkasServiceCollectionTests
{
    private static ServiceProvider Layanan(Dictionary<string, string?> konfigurasi)
    {
        var env = new Mock<IWebHostEnvironment>();
        env.SetupGet(e => e.ContentRootPath).Returns(Path.Combine(Path.GetTempPath(), "sikinerja-app"));
        env.SetupGet(e => e.WebRootPath).Returns(Path.Combine(Path.GetTempPath(), "sikinerja-app", "wwwroot"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(env.Object);
        services.AddSiKinerjaBerkas(new ConfigurationBuilder().AddInMemoryCollection(konfigurasi).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Defaults_AreTenMbInDataBerkasUnderTheContentRoot()
    {
        using var sp = Layanan([]);

        var penyimpan = Assert.IsType<PenyimpanBerkasLokal>(sp.GetRequiredService<IPenyimpanBerkas>());

        Assert.Equal(10L * 1024 * 1024, penyimpan.UkuranMaksimumByte);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "sikinerja-app", "data", "berkas"), penyimpan.Akar);
    }

    [Fact]
    public void Configuration_SetsFolderAndLimit()
    {
        using var sp = Layanan(new() { ["Berkas:Folder"] = "/srv/bukti", ["Berkas:UkuranMaksimumMb"] = "25" });

        var penyimpan = (PenyimpanBerkasLokal)sp.GetRequiredService<IPenyimpanBerkas>();

        Assert.Equal(25L * 1024 * 1024, penyimpan.UkuranMaksimumByte);
        Assert.Equal(Path.GetFullPath("/srv/bukti"), penyimpan.Akar);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("5000")]
    public void ImpossibleLimit_IsRefused(string mb)
    {
        using var sp = Layanan(new() { ["Berkas:UkuranMaksimumMb"] = mb });

        Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<BerkasOptions>>().Value);
    }
}
