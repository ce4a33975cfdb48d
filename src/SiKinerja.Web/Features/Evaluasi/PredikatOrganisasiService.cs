using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>
/// The organisation predikat of units for a period (DOMAIN.md §3.2 step 1), set by the leader one level up (the head of
/// the parent unit sets it for the direct child units) or the Admin BKD (every unit). Shown with the unit head's Rating
/// Hasil Kerja of the period as the suggestion (§3.2: for the head the capaian kinerja organisasi is that rating).
/// Audited and versioned like every <c>IAuditable</c>.
/// </summary>
public sealed class PredikatOrganisasiService(AppDbContext db, TimeProvider clock, ILogger<PredikatOrganisasiService> logger)
{
    private DateOnly HariIni => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The units the user may set: every active unit for the Admin BKD, else the active direct children of the units they head.</summary>
    public IQueryable<Domain.Organisasi.UnitKerja> UnitBoleh(PenggunaSkp pengguna)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var unit = db.UnitKerja.AsNoTracking().Where(u => u.Aktif);
        if (pengguna.AdminBkd)
        {
            return unit;
        }

        var dipimpin = pengguna.PegawaiId is { } saya ? DataPenilaian.UnitDipimpin(db, saya) : Enumerable.Empty<int>().AsQueryable();
        return unit.Where(u => u.ParentId != null && dipimpin.Contains(u.ParentId.Value));
    }

    public async Task<PredikatOrganisasiViewModel?> HalamanAsync(PenggunaSkp pengguna, int? periodeId, PredikatOrganisasiForm? isian, CancellationToken ct)
    {
        var semua = await KurvaUnitQueries.PeriodeAsync(db, ct);
        if (KurvaUnitQueries.Pilih(semua, periodeId, HariIni) is not { } periode)
        {
            return null;
        }

        var pid = periode.Id;
        var unit = await UnitBoleh(pengguna)
            .Select(u => new
            {
                u.Id,
                u.Nama,
                Induk = u.Parent == null ? null : u.Parent.Nama,
                Tetap = db.PredikatOrganisasiUnit.Where(x => x.UnitKerjaId == u.Id && x.PeriodeEvaluasiId == pid)
                    .Select(x => new { x.Id, x.Predikat, x.Catatan, x.DitetapkanOlehNip, x.DitetapkanUtc, x.Version }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var unitIds = unit.Select(u => u.Id).ToList();
        var kepala = await RatingKepalaAsync(unitIds, pid, ct);
        var baris = unit
            .Select(u =>
            {
                Rating? rating = kepala.TryGetValue(u.Id, out var x) ? x : null;
                return new BarisPredikatOrganisasi(
                    u.Id, u.Nama, u.Induk, u.Tetap?.Id, u.Tetap?.Predikat, u.Tetap?.Catatan, u.Tetap?.DitetapkanOlehNip, u.Tetap?.DitetapkanUtc,
                    u.Tetap?.Version ?? 0, rating, rating is { } r ? CapaianOrganisasi.PredikatDari(r) : null);
            })
            .OrderBy(b => b.NamaInduk, StringComparer.CurrentCulture).ThenBy(b => b.NamaUnit, StringComparer.CurrentCulture)
            .ToList();
        return new PredikatOrganisasiViewModel(periode, semua, baris, isian);
    }

    /// <summary>Sets or changes one unit's predikat; 404 when the period or unit is not one the user may set.</summary>
    public async Task<HasilAkses> SimpanAsync(PenggunaSkp pengguna, PredikatOrganisasiForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await db.PeriodeEvaluasi.AnyAsync(p => p.Id == form.Periode, ct) || !await UnitBoleh(pengguna).AnyAsync(u => u.Id == form.UnitKerjaId, ct))
        {
            return HasilAkses.TidakDitemukan;
        }

        var sekarang = clock.GetUtcNow().UtcDateTime;
        var ada = await db.PredikatOrganisasiUnit.SingleOrDefaultAsync(x => x.UnitKerjaId == form.UnitKerjaId && x.PeriodeEvaluasiId == form.Periode, ct);
        var predikat = form.Predikat ?? (PredikatOrganisasi)0;
        if (ada is null)
        {
            if (form.Version != 0)
            {
                throw new DbUpdateConcurrencyException();
            }

            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(form.UnitKerjaId, form.Periode, predikat, form.Catatan, pengguna.Nip, sekarang));
        }
        else
        {
            db.Entry(ada).Property(x => x.Version).OriginalValue = form.Version;
            ada.Ubah(predikat, form.Catatan, pengguna.Nip, sekarang);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Predikat organisasi unit {UnitId} periode {PeriodeId} ditetapkan oleh {Nip}", form.UnitKerjaId, form.Periode, pengguna.Nip);
        return HasilAkses.Ok;
    }

    /// <summary>The Rating Hasil Kerja of each unit's head in the period (two queries: heads, their evaluations).</summary>
    private async Task<Dictionary<int, Rating>> RatingKepalaAsync(List<int> unitIds, int periodeId, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return [];
        }

        var kepala = await (from j in db.Jabatan.AsNoTracking()
                            where unitIds.Contains(j.UnitKerjaId) && j.Aktif
                                  && (j.Jenis == JenisJabatan.JptUtama || j.Jenis == JenisJabatan.JptMadya || j.Jenis == JenisJabatan.JptPratama
                                      || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas)
                                  && (j.AtasanJabatanId == null || j.AtasanJabatan!.UnitKerjaId != j.UnitKerjaId)
                            from p in db.Pegawai
                            where (p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif) || p.Id == j.PenggantiPegawaiId
                            select new { j.UnitKerjaId, PegawaiId = p.Id })
            .ToListAsync(ct);
        var pegawaiIds = kepala.Select(k => k.PegawaiId).Distinct().ToList();
        var rating = await (from e in db.EvaluasiPeriode.AsNoTracking()
                            where e.PeriodeEvaluasiId == periodeId && e.RatingHasil != null
                            join s in db.Skp.AsNoTracking() on e.SkpId equals s.Id
                            where pegawaiIds.Contains(s.PegawaiId)
                            select new { s.PegawaiId, e.RatingHasil, s.TanggalMulai })
            .ToListAsync(ct);
        var perPegawai = rating.GroupBy(r => r.PegawaiId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.TanggalMulai).First().RatingHasil!.Value);
        return kepala.Where(k => perPegawai.ContainsKey(k.PegawaiId)).GroupBy(k => k.UnitKerjaId).ToDictionary(g => g.Key, g => perPegawai[g.First().PegawaiId]);
    }
}
