using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SiKinerja.Infrastructure.Berkas;

public static class BerkasServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPenyimpanBerkas"/> on the local disk with options from section <c>Berkas</c>.</summary>
    public static IServiceCollection AddSiKinerjaBerkas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BerkasOptions>()
            .Bind(configuration.GetSection(BerkasOptions.Section))
            .Validate(o => o.UkuranMaksimumMb is > 0 and <= 1024, "Berkas:UkuranMaksimumMb harus 1 sampai 1024.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Berkas:Folder wajib diisi.")
            .ValidateOnStart();
        services.AddSingleton<IPenyimpanBerkas, PenyimpanBerkasLokal>();
        return services;
    }
}
