using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Hosting;

public static class ServiceCollectionExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("id-ID"), new("en")];

    public static IServiceCollection AddSiKinerjaIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<SiKinerjaClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Akun/Masuk";
            o.LogoutPath = "/Akun/Keluar";
            o.AccessDeniedPath = "/Akun/AksesDitolak";
            o.Cookie.Name = "SiKinerja.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Answer 403 in place (the status page explains it) instead of redirecting, so a signed-in
            // user without the right sees "akses ditolak" at the address they asked for.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Re-read the security stamp every few minutes so a reset password or removed role takes effect.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddScoped<IClaimsTransformation, PeranClaimsTransformation>();

        // Keys in the database: sign-in survives a restart and is shared by every instance.
        services.AddDataProtection().SetApplicationName("SiKinerja");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new EfXmlRepository(scopes));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Kebijakan.AdminBkd, p => p.RequireRole(Peran.AdminBkd, Peran.Administrator))
            .AddPolicy(Kebijakan.Administrator, p => p.RequireRole(Peran.Administrator));
        return services;
    }

    public static IServiceCollection AddSiKinerjaWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.Configure<InstansiOptions>(configuration.GetSection(InstansiOptions.Section));
        services.Configure<Features.TahunKinerja.KinerjaOptions>(configuration.GetSection(Features.TahunKinerja.KinerjaOptions.Section));
        services.AddSiKinerjaBerkas(configuration);
        services.Configure<Features.Impor.ImporOptions>(configuration.GetSection(Features.Impor.ImporOptions.Section));
        services.Configure<Features.Impor.PekerjaImporOptions>(configuration.GetSection(Features.Impor.PekerjaImporOptions.Section));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });

        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>, PesanBindingMvc>();
        services.AddValidatorsFromThisAssembly();
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("id");
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database").AddCheck<SiKinerja.Web.Pdf.PdfHealthCheck>("pdf");
        services.AddFeatureServices();
        return services;
    }

    /// <summary>FluentValidation's DI package is not available here; register every validator of this assembly.</summary>
    private static void AddValidatorsFromThisAssembly(this IServiceCollection services)
    {
        var validators = typeof(ServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
    }
}

public static class Kebijakan
{
    public const string AdminBkd = "AdminBkd";
    public const string Administrator = "Administrator";
}
