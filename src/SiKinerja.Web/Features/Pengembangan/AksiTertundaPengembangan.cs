using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>Home page: for the pejabat penilai, "n kegiatan pengembangan menunggu verifikasi" of the direct reports (one query).</summary>
public sealed class AksiTertundaPengembangan(PengembanganService layanan) : IPenyediaAksiTertunda
{
    public const string Kode = "Pengembangan.Aksi.Verifikasi";

    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var jumlah = await layanan.JumlahMenungguAsync(saya, ct);
        return jumlah == 0 ? [] : [new AksiTertunda(Kode, [jumlah], null, "/Pengembangan/Verifikasi")];
    }
}
