using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>What a team POST did: rows saved and finalised, or why nothing was saved.</summary>
public sealed record HasilSimpanTim(int Disimpan, int Difinalkan, IReadOnlyList<string> Galat, TolakPenetapan? Tolak)
{
    public bool Berhasil => Galat.Count == 0 && Tolak is null;
}

/// <summary>
/// The pejabat penilai's team page (issue 4 parts 3–4): everyone whose evaluated SKP names them as pejabat penilai and
/// overlaps the period, grouped by the unit whose curve they count in, with the live curve of each unit. The page
/// runs a fixed number of queries whatever the team size (periods, team rows, IKI targets, realisasi, units, curve
/// counts); the suggestions are computed in memory. One POST saves all changed rows and finalises the selected ones
/// in one SaveChanges: all or nothing.
/// </summary>
public sealed class TimService(
    AppDbContext db, TimeProvider clock, IOptions<OpsiEvaluasi> opsi, IStringLocalizer<SharedResource> t, ILogger<TimService> logger)
{
    private sealed record BarisData(
        int SkpId, int PegawaiId, string Nip, string Nama, string Jabatan, int? UnitSekarang, int? EvaluasiId, int? UnitEvaluasi,
        StatusEvaluasi? Status, Rating? RatingHasil, Rating? RatingPerilaku, PredikatKinerja? Predikat, int? Version);

    private DateOnly HariIni => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// The team page; <paramref name="isian"/> (by SKP id) overlays posted ratings when the page is shown again after a
    /// refused POST, so nothing chosen is lost and the curve shows the posted distribution. Null when the period does not exist.
    /// </summary>
    public async Task<TimViewModel?> TimAsync(
        PenggunaSkp pengguna, int? periodeId, IReadOnlyDictionary<int, BarisTimForm>? isian, IReadOnlyList<string>? temuan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var semua = await KurvaUnitQueries.PeriodeAsync(db, ct);
        if (KurvaUnitQueries.Pilih(semua, periodeId, HariIni) is not { } periode || pengguna.PegawaiId is not { } saya)
        {
            return null;
        }

        var data = await Tim(saya, periode, null).ToListAsync(ct);
        var realisasi = await DataPenilaian.RealisasiAsync(db, [.. data.Select(d => d.SkpId)], periode.Id, AturanRating.Bawaan, ct);
        var baris = data.Select(d =>
        {
            var akses = Akses(pengguna, periode, d);
            var (hasil, perilaku, version) = isian?.GetValueOrDefault(d.SkpId) is { } f
                ? (f.RatingHasil, f.RatingPerilaku, f.Version)
                : (d.RatingHasil, d.RatingPerilaku, d.Version ?? 0);
            var predikat = hasil is { } h && perilaku is { } p && Enum.IsDefined(h) && Enum.IsDefined(p) ? MatriksPredikat.Dari(h, p) : (PredikatKinerja?)null;
            return new BarisTim(
                d.SkpId, d.PegawaiId, d.Nip, d.Nama, d.Jabatan, d.UnitEvaluasi ?? d.UnitSekarang ?? 0, d.EvaluasiId, d.Status, hasil, perilaku,
                predikat, version, realisasi.GetValueOrDefault(d.SkpId) ?? new RingkasanRealisasi(0, 0, SaranRatingHasil.Dari([])), akses);
        }).ToList();

        var unitIds = baris.Select(b => b.UnitKerjaId).Where(u => u != 0).Distinct().ToList();
        var unit = await KurvaUnitQueries.UnitAsync(db, periode.Id, unitIds, ct);
        var lain = await KurvaUnitQueries.JumlahAsync(db, periode.Id, unitIds, [.. data.Where(d => d.EvaluasiId is not null).Select(d => d.EvaluasiId!.Value)], ct);
        var grup = baris.GroupBy(b => b.UnitKerjaId)
            .Select(g =>
            {
                var (nama, organisasi) = unit.GetValueOrDefault(g.Key, (t["Penilaian.TanpaUnit"].Value, null));
                var dasar = KurvaUnitQueries.Tambah(lain.GetValueOrDefault(g.Key), []);
                var kurva = KurvaTampilan.Hitung(g.Key, nama, organisasi, KurvaUnitQueries.Tambah(dasar, g.Select(b => b.Predikat)), dasar, AturanKurva.Bawaan);
                return new GrupTim(kurva, [.. g.OrderBy(b => b.Nama, StringComparer.CurrentCulture).ThenBy(b => b.SkpId)]);
            })
            .OrderBy(g => g.Kurva.NamaUnit, StringComparer.CurrentCulture)
            .ToList();
        return new TimViewModel(periode, semua, grup, opsi.Value.IzinkanPengecualianKurva, temuan ?? []);
    }

    /// <summary>Saves the changed rows and finalises the selected ones, all or nothing; null when the period does not exist.</summary>
    public async Task<HasilSimpanTim?> SimpanAsync(PenggunaSkp pengguna, TimForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(form);
        var semua = await KurvaUnitQueries.PeriodeAsync(db, ct);
        if (semua.FirstOrDefault(p => p.Id == form.Periode) is not { } periode || pengguna.PegawaiId is not { } saya)
        {
            return null;
        }

        var isian = form.Baris.GroupBy(b => b.SkpId).ToDictionary(g => g.Key, g => g.Last());
        var data = (await Tim(saya, periode, [.. isian.Keys]).ToListAsync(ct)).ToDictionary(d => d.SkpId);
        if (isian.Keys.Any(id => !data.ContainsKey(id)))
        {
            return null; // a row that is not this supervisor's: existence not revealed
        }

        var galat = new List<string>();
        var konflik = new List<string>();
        var ubah = new List<(BarisData Data, BarisTimForm Isian)>();
        var final = new List<BarisData>();
        foreach (var (id, f) in isian)
        {
            var d = data[id];
            var akses = Akses(pengguna, periode, d);
            var berubah = d.Status is null ? f.RatingHasil is not null || f.RatingPerilaku is not null : f.RatingHasil != d.RatingHasil || f.RatingPerilaku != d.RatingPerilaku;
            var pilih = form.Finalkan && f.Pilih;
            if ((berubah || pilih) && f.Version != (d.Version ?? 0))
            {
                konflik.Add($"{d.Nama} ({d.Nip})");
                continue;
            }

            if (berubah && !akses.Nilai)
            {
                galat.Add(t["Penilaian.BarisTerkunci", d.Nama, d.Nip]);
                continue;
            }

            if (pilih && !(akses.Finalkan || (akses.Nilai && berubah)))
            {
                galat.Add(t["Penilaian.BarisTidakDapatDifinalkan", d.Nama, d.Nip]);
                continue;
            }

            if (berubah && d.EvaluasiId is null && d.UnitSekarang is null)
            {
                galat.Add(t["Penilaian.TanpaUnitPegawai", d.Nama, d.Nip]);
                continue;
            }

            if (berubah)
            {
                ubah.Add((d, f));
            }

            if (pilih)
            {
                final.Add(d);
            }
        }

        if (konflik.Count > 0)
        {
            galat.Insert(0, t["Penilaian.KonflikBaris", string.Join(", ", konflik)]);
        }

        if (form.Finalkan && final.Count == 0 && galat.Count == 0)
        {
            galat.Add(t["Penilaian.TidakAdaYangDipilih"]);
        }

        if (galat.Count > 0)
        {
            return new HasilSimpanTim(0, 0, galat, null);
        }

        var ids = ubah.Select(u => u.Data).Concat(final).Where(d => d.EvaluasiId is not null).Select(d => d.EvaluasiId!.Value).Distinct().ToList();
        var evaluasi = ids.Count == 0 ? [] : await db.EvaluasiPeriode.DenganRiwayat().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.SkpId, ct);
        foreach (var e in evaluasi.Values)
        {
            db.Entry(e).Property(x => x.Version).OriginalValue = isian[e.SkpId].Version;
        }

        var sekarang = clock.GetUtcNow().UtcDateTime;
        try
        {
            foreach (var (d, f) in ubah)
            {
                if (!evaluasi.TryGetValue(d.SkpId, out var e))
                {
                    e = EvaluasiPeriode.Buat(d.SkpId, periode.Id, d.UnitSekarang!.Value);
                    db.EvaluasiPeriode.Add(e);
                    evaluasi[d.SkpId] = e;
                }

                e.Nilai(f.RatingHasil, f.RatingPerilaku, e.Catatan, pengguna.Nip, sekarang);
            }

            if (final.Count > 0)
            {
                var tolak = await PenetapanKurva.FinalkanAsync(
                    db, periode.Id, [.. evaluasi.Values], [.. final.Select(d => evaluasi[d.SkpId])], form.AlasanPengecualian,
                    opsi.Value.IzinkanPengecualianKurva, AturanKurva.Bawaan, pengguna.Nip, sekarang, ct);
                if (tolak is not null)
                {
                    return new HasilSimpanTim(0, 0, [], tolak);
                }
            }
        }
        catch (DomainException ex)
        {
            return new HasilSimpanTim(0, 0, [t[ex.Kode, [.. ex.Argumen]]], null);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Penilaian tim periode {PeriodeId} oleh {Nip}: {Disimpan} disimpan, {Difinalkan} difinalkan", periode.Id, pengguna.Nip, ubah.Count, final.Count);
        return new HasilSimpanTim(ubah.Count, final.Count, [], null);
    }

    private static AksesEvaluasi Akses(PenggunaSkp pengguna, PilihanPeriode periode, BarisData d) =>
        AksesEvaluasi.Untuk(pengguna, new DataAksesEvaluasi(d.SkpId, periode.Id, d.PegawaiId, pengguna.PegawaiId, null, true, periode.Ditutup, d.Status));

    /// <summary>The team rows (one query): evaluated SKP with me as pejabat penilai overlapping the period, with the evaluation if any.</summary>
    private IQueryable<BarisData> Tim(int saya, PilihanPeriode p, IReadOnlyCollection<int>? skpIds)
    {
        var skp = db.Skp.AsNoTracking().Dievaluasi(db.Skp)
            .Where(s => s.PejabatPenilaiId == saya && s.PegawaiId != saya && s.TahunKinerjaId == p.TahunKinerjaId
                        && s.TanggalMulai <= p.Selesai && s.TanggalSelesai >= p.Mulai);
        if (skpIds is not null)
        {
            skp = skp.Where(s => skpIds.Contains(s.Id));
        }

        return from s in skp
               from e in db.EvaluasiPeriode.Where(e => e.SkpId == s.Id && e.PeriodeEvaluasiId == p.Id).DefaultIfEmpty()
               select new BarisData(
                   s.Id,
                   s.PegawaiId,
                   s.Snapshot.Pegawai.Nip,
                   s.Snapshot.Pegawai.NamaLengkap,
                   s.Snapshot.Pegawai.JabatanNama,
                   db.Pegawai.Where(x => x.Id == s.PegawaiId && x.Jabatan != null).Select(x => (int?)x.Jabatan!.UnitKerjaId).FirstOrDefault(),
                   e == null ? null : e.Id,
                   e == null ? null : e.UnitKerjaId,
                   e == null ? null : e.Status,
                   e == null ? null : e.RatingHasil,
                   e == null ? null : e.RatingPerilaku,
                   e == null ? null : e.Predikat,
                   e == null ? null : e.Version);
    }
}
