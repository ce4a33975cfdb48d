using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SiKinerja.Web.Demo;

namespace SiKinerja.Web.Hosting;

/// <summary>Tells a newcomer where to open the app and, with demo data, how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
        var lines = new List<string>
        {
            string.Empty,
            "==============================================================",
            $"  SiKinerja berjalan di {url}",
        };
        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            lines.Add("  Akun demo (kata sandi untuk semua: " + DemoSeeder.DemoPassword + "):");
            foreach (var akun in DemoSeeder.AkunDemo)
            {
                lines.Add($"    {akun.Peran,-16} {akun.Login}");
            }
        }

        lines.Add("==============================================================");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
