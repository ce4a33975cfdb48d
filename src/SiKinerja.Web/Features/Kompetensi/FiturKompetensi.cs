using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Web.Features.Kompetensi;

/// <summary>The services of competency catalogue, position standards, assessments, gaps and the talent 9-box.</summary>
public static class FiturKompetensi
{
    public static IServiceCollection AddFiturKompetensi(this IServiceCollection services)
    {
        services.AddOptions<AturanTalenta>().BindConfiguration("Talenta")
            .Validate(a => a.Sah, "Talenta:PotensiBatasRendah must be 0 or more and below Talenta:PotensiBatasTinggi, which must be below 100.")
            .ValidateOnStart();
        services.AddScoped<KompetensiService>();
        return services;
    }
}
