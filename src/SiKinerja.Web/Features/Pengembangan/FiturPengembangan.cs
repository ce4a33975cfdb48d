using SiKinerja.Web.Features.Beranda;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>The services of records of development activities (the employee's list, certificate, verification).</summary>
public static class FiturPengembangan
{
    public static IServiceCollection AddFiturPengembangan(this IServiceCollection services)
    {
        services.AddOptions<SiKinerja.Domain.Pengembangan.AturanJp>().BindConfiguration("Pengembangan")
            .Validate(a => a.Sah, "Pengembangan:TargetTahunan must be 1–1000.").ValidateOnStart();
        services.AddScoped<PengembanganService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTertundaPengembangan>();
        return services;
    }
}
