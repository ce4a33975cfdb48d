namespace SiKinerja.Web.Features.KebutuhanPengembangan;

/// <summary>The services of development needs (recorded from evaluations, followed to a completing activity).</summary>
public static class FiturKebutuhanPengembangan
{
    public static IServiceCollection AddFiturKebutuhanPengembangan(this IServiceCollection services)
    {
        services.AddScoped<KebutuhanPengembanganService>();
        return services;
    }
}
