using Microsoft.Extensions.Localization;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>
/// Home page: "Isi realisasi Semester II 2026 (3 dari 8 indikator)" for each started, open period of the employee's
/// evaluated SKP whose evaluation is not final and whose realisasi is not complete, due on the period's due date.
/// The queries of <see cref="RealisasiService.DaftarAsync"/> (five, however many SKP).
/// </summary>
public sealed class AksiTertundaRealisasi(RealisasiService layanan, IStringLocalizer<SharedResource> t) : IPenyediaAksiTertunda
{
    public const string Kode = "Realisasi.Aksi.Isi";

    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var baris = await layanan.DaftarAsync(saya, ct);
        return [.. baris
            .Where(b => b.DapatDiisi && b.Periode.Mulai <= hariIni && b.JumlahIki > 0 && b.Terisi < b.JumlahIki)
            .OrderBy(b => b.Periode.BatasEvaluasi)
            .Select(b => new AksiTertunda(
                Kode, [b.Periode.Label(t), b.Terisi, b.JumlahIki], b.Periode.BatasEvaluasi, $"/Realisasi/{b.SkpId}/{b.Periode.Id}"))];
    }
}
