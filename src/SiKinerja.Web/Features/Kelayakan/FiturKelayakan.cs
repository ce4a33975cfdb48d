namespace SiKinerja.Web.Features.Kelayakan;

/// <summary>The services of eligibility lists (Satyalancana, pegawai berprestasi, kenaikan pangkat).</summary>
public static class FiturKelayakan
{
    public static IServiceCollection AddFiturKelayakan(this IServiceCollection services)
    {
        return services;
    }
}
