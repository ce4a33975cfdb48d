using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Beranda;

/// <summary>
/// One line of "what waits for me" on the home page: <see cref="Kode"/> is a resource key formatted with
/// <see cref="Argumen"/> (e.g. how many), <see cref="BatasWaktu"/> the due date if any (overdue ones are flagged) and
/// <see cref="Url"/> where to act.
/// </summary>
public sealed record AksiTertunda(string Kode, IReadOnlyList<object> Argumen, DateOnly? BatasWaktu, string Url);

/// <summary>
/// A feature's contribution to the home page's pending actions. Register implementations as scoped services
/// (<c>services.AddScoped&lt;IPenyediaAksiTertunda, X&gt;()</c>); each should run a fixed, small number of queries.
/// </summary>
public interface IPenyediaAksiTertunda
{
    Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct);
}
