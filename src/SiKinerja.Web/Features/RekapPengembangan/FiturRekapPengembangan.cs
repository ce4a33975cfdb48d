namespace SiKinerja.Web.Features.RekapPengembangan;

/// <summary>The services of the Admin BKD's JP recap and development needs.</summary>
public static class FiturRekapPengembangan
{
    public static IServiceCollection AddFiturRekapPengembangan(this IServiceCollection services)
    {
        services.AddScoped<RekapPengembanganService>();
        return services;
    }
}
