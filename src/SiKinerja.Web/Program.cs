using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiKinerjaLogging();
builder.Services.AddSiKinerjaData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSiKinerjaIdentity();
builder.Services.AddSiKinerjaWeb(builder.Configuration);

var app = builder.Build();

// `dotnet run --project src/SiKinerja.Web -- migrate | seed-demo | generate-synthetic [--employees N]`
if (await Commands.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UseSiKinerja();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
