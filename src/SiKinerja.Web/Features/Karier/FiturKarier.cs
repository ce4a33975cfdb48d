namespace SiKinerja.Web.Features.Karier;

/// <summary>The services of rewards, disciplinary sanctions, pangkat history and the employee's history page.</summary>
public static class FiturKarier
{
    public static IServiceCollection AddFiturKarier(this IServiceCollection services)
    {
        services.AddScoped<KarierService>();
        services.AddScoped<RiwayatKarierService>();
        return services;
    }
}
