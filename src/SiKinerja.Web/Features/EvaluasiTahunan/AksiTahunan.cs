using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.EvaluasiTahunan;

/// <summary>Home page: the annual evaluations the pejabat penilai still has to finalise once the year's last period runs.</summary>
public sealed class AksiTahunan(EvaluasiTahunanService layanan) : IPenyediaAksiTertunda
{
    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var tertunda = await layanan.TertundaAsync(saya, hariIni, ct);
        return [.. tertunda.Select(t => new AksiTertunda("EvaluasiTahunan.Tertunda", [t.Jumlah, t.Tahun], t.Batas, $"/EvaluasiTahunan?tahun={t.Tahun}"))];
    }
}
