using SiKinerja.Domain.Karier;

namespace SiKinerja.Web.Features.Kelayakan;

/// <summary>The services of eligibility lists (Satyalancana, pegawai berprestasi, kenaikan pangkat).</summary>
public static class FiturKelayakan
{
    public static IServiceCollection AddFiturKelayakan(this IServiceCollection services)
    {
        services.AddOptions<PeriodeKenaikanPangkat>().BindConfiguration("Karier")
            .Validate(p => p.Sah, "Karier:BulanPeriodeKenaikanPangkat must list months 1–12.").ValidateOnStart();
        services.AddScoped<KelayakanService>();
        return services;
    }
}
