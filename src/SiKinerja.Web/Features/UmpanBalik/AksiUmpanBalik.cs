using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>
/// Home page: a peer's waiting requests for input in open periods, due at the earliest period's evaluation deadline.
/// One indexed query.
/// </summary>
public sealed class AksiUmpanBalik(AppDbContext db) : IPenyediaAksiTertunda
{
    public const string Kode = "UmpanBalik.Aksi.PermintaanMenunggu";

    public async Task<IReadOnlyList<AksiTertunda>> UntukAsync(PenggunaSkp pengguna, DateOnly hariIni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pengguna.PegawaiId is not { } saya)
        {
            return [];
        }

        var batas = await (from r in db.PermintaanMasukan.AsNoTracking()
                           where r.RekanPegawaiId == saya && r.Status == StatusPermintaanMasukan.Menunggu
                           join p in db.PeriodeEvaluasi on r.PeriodeEvaluasiId equals p.Id
                           where !p.Ditutup
                           select p.BatasEvaluasi)
            .ToListAsync(ct);
        return batas.Count == 0 ? [] : [new AksiTertunda(Kode, [batas.Count], batas.Min(), "/UmpanBalik/Permintaan")];
    }
}
