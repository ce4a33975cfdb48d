namespace SiKinerja.Web.Features.Kompetensi;

/// <summary>The services of competency catalogue, position standards, assessments, gaps and the talent 9-box.</summary>
public static class FiturKompetensi
{
    public static IServiceCollection AddFiturKompetensi(this IServiceCollection services)
    {
        return services;
    }
}
