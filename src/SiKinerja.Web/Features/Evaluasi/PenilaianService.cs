using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>Outcome of loading or saving the scoring page: not found (404), forbidden (403) or the result.</summary>
public enum HasilAkses
{
    Ok,
    TidakDitemukan,
    Dilarang,
}

/// <summary>
/// The scoring page of one SKP in one period (issue 4 part 3): the RHK table with IKI, target, the employee's
/// realisasi (by IKI <c>Kunci</c>), capaian and bukti; the suggested ratings; the pejabat penilai's feedback per RHK
/// and per BerAKHLAK value, the two ratings and the note. Only the pejabat penilai scores and finalises
/// (<see cref="AksesEvaluasi"/>); the employee, the atasan pejabat penilai and the Admin BKD read.
/// </summary>
public sealed class PenilaianService(AppDbContext db, TimeProvider clock, IOptions<OpsiEvaluasi> opsi, ILogger<PenilaianService> logger)
{
    public async Task<(HasilAkses Hasil, NilaiViewModel? Model)> HalamanAsync(
        PenggunaSkp pengguna, int skpId, int periodeId, NilaiForm? isian, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        var data = await DataAksesEvaluasi.MuatAsync(db, skpId, periodeId, ct);
        if (data is null)
        {
            return (HasilAkses.TidakDitemukan, null);
        }

        var akses = AksesEvaluasi.Untuk(pengguna, data);
        if (!akses.Baca)
        {
            return (HasilAkses.TidakDitemukan, null);
        }

        var periode = (await KurvaUnitQueries.PeriodeAsync(db, ct)).Single(p => p.Id == periodeId);
        var skp = await db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == skpId, ct);
        var realisasi = await db.RealisasiPeriode.AsNoTracking().DenganIsi().SingleOrDefaultAsync(r => r.SkpId == skpId && r.PeriodeEvaluasiId == periodeId, ct);
        var evaluasi = await db.EvaluasiPeriode.AsNoTracking().DenganPenilaian().SingleOrDefaultAsync(e => e.SkpId == skpId && e.PeriodeEvaluasiId == periodeId, ct);
        var dipimpin = await (from unitDipimpin in db.UnitKerja.AsNoTracking()
                              where DataPenilaian.UnitDipimpin(db, skp.PegawaiId).Contains(unitDipimpin.Id)
                              select new
                              {
                                  unitDipimpin.Nama,
                                  Predikat = db.PredikatOrganisasiUnit.Where(x => x.UnitKerjaId == unitDipimpin.Id && x.PeriodeEvaluasiId == periodeId)
                                      .Select(x => (PredikatOrganisasi?)x.Predikat).FirstOrDefault(),
                              }).ToListAsync(ct);
        var unitId = evaluasi?.UnitKerjaId ?? await UnitSekarangAsync(skp.PegawaiId, ct);

        var rhk = skp.Rhk.Select(r => new RhkTampilan(r.Kunci, r.Jenis, r.Teks, null, [.. r.Indikator.Select(i =>
        {
            var nyata = realisasi?.Untuk(i.Kunci);
            var (kategori, persen) = new CapaianIki(i.Aspek, i.Target, nyata?.RealisasiAngka, nyata?.RealisasiTanggal).Nilai();
            return new IkiTampilan(i.Kunci, i.Aspek, i.Indikator, i.Target, nyata?.RencanaAksi, nyata?.RealisasiAngka, nyata?.RealisasiTanggal,
                nyata?.RealisasiTeks, kategori, persen, [.. (nyata?.Bukti ?? []).Select(b => new BuktiTampilan(b.Id, b.Jenis, b.Url, b.NamaBerkas, b.Keterangan))]);
        })])).Select(r => r with
        {
            KategoriSaran = new CapaianRhk(r.Jenis, [.. r.Indikator.Select(i => new CapaianIki(i.Aspek, i.Target, i.RealisasiAngka, i.RealisasiTanggal))]).Kategori(),
        }).ToList();
        var saranHasil = SaranRatingHasil.Dari(rhk.Select(r => new CapaianRhk(r.Jenis, [.. r.Indikator.Select(i => new CapaianIki(i.Aspek, i.Target, i.RealisasiAngka, i.RealisasiTanggal))])));

        var form = isian ?? FormDari(evaluasi, rhk);
        var perNilai = form.Perilaku.Where(p => p.Rating is { } r && Enum.IsDefined(r)).GroupBy(p => p.Nilai).ToDictionary(g => g.Key, g => g.Last().Rating!.Value);
        var predikat = form.RatingHasil is { } h && form.RatingPerilaku is { } pr && Enum.IsDefined(h) && Enum.IsDefined(pr) ? MatriksPredikat.Dari(h, pr) : (PredikatKinerja?)null;

        KurvaTampilan? kurva = null;
        if (unitId is { } u)
        {
            var dasar = await PenetapanKurva.KurvaAsync(db, periodeId, evaluasi is null ? [] : [evaluasi], [u], AturanKurva.Bawaan, ct);
            var k = dasar[0];
            kurva = KurvaTampilan.Hitung(u, k.NamaUnit, k.Organisasi, KurvaUnitQueries.Tambah(k.JumlahLain, [predikat]), k.JumlahLain, AturanKurva.Bawaan);
        }

        var p = skp.Snapshot.Pegawai;
        return (HasilAkses.Ok, new NilaiViewModel(
            skpId, periode, p.NamaLengkap, p.Nip, p.JabatanNama, p.UnitNama, akses, evaluasi?.Status, predikat, rhk, saranHasil,
            SaranRatingPerilaku.Dari(perNilai), [.. dipimpin.Select(d => (d.Nama, d.Predikat))], realisasi?.CatatanMandiri,
            evaluasi?.Riwayat ?? [], kurva, opsi.Value.IzinkanPengecualianKurva, form));
    }

    /// <summary>Saves the scores (creating the evaluation on first save), and finalises when asked, in one SaveChanges.</summary>
    public async Task<(HasilAkses Hasil, TolakPenetapan? Tolak)> SimpanAsync(PenggunaSkp pengguna, int skpId, int periodeId, NilaiForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        ArgumentNullException.ThrowIfNull(form);
        var data = await DataAksesEvaluasi.MuatAsync(db, skpId, periodeId, ct);
        if (data is null || !AksesEvaluasi.Untuk(pengguna, data).Baca)
        {
            return (HasilAkses.TidakDitemukan, null);
        }

        var akses = AksesEvaluasi.Untuk(pengguna, data);
        if (!akses.Nilai && !(form.Finalkan && akses.Finalkan))
        {
            return (HasilAkses.Dilarang, null);
        }

        var evaluasi = await db.EvaluasiPeriode.DenganPenilaian().SingleOrDefaultAsync(e => e.SkpId == skpId && e.PeriodeEvaluasiId == periodeId, ct);
        if (evaluasi is null)
        {
            if (form.Version != 0)
            {
                throw new DbUpdateConcurrencyException();
            }

            var unit = await UnitSekarangAsync(data.PegawaiId, ct) ?? throw new Domain.Common.DomainException("Penilaian.TanpaUnitPegawaiIni");
            evaluasi = EvaluasiPeriode.Buat(skpId, periodeId, unit);
            db.EvaluasiPeriode.Add(evaluasi);
        }
        else
        {
            db.Entry(evaluasi).Property(e => e.Version).OriginalValue = form.Version;
        }

        var kunciRhk = (await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => r.SkpId == skpId).Select(r => r.Kunci).ToListAsync(ct)).ToHashSet();
        var sekarang = clock.GetUtcNow().UtcDateTime;
        if (akses.Nilai)
        {
            evaluasi.Nilai(
                form.RatingHasil, form.RatingPerilaku, form.Catatan, pengguna.Nip, sekarang,
                [.. form.Rhk.Where(r => kunciRhk.Contains(r.Kunci)).GroupBy(r => r.Kunci).Select(g => g.Last()).Select(r => new NilaiRhk(r.Kunci, r.Kategori, r.UmpanBalik))],
                [.. form.Perilaku.GroupBy(p => p.Nilai).Select(g => g.Last()).Select(p => new NilaiPerilaku(p.Nilai, p.Rating, p.UmpanBalik))]);
        }

        if (form.Finalkan)
        {
            var tolak = await PenetapanKurva.FinalkanAsync(
                db, periodeId, [evaluasi], [evaluasi], form.AlasanPengecualian, opsi.Value.IzinkanPengecualianKurva, AturanKurva.Bawaan, pengguna.Nip, sekarang, ct);
            if (tolak is not null)
            {
                return (HasilAkses.Ok, tolak);
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evaluasi SKP {SkpId} periode {PeriodeId} {Aksi} oleh {Nip}", skpId, periodeId, form.Finalkan ? "difinalkan" : "dinilai", pengguna.Nip);
        return (HasilAkses.Ok, null);
    }

    private Task<int?> UnitSekarangAsync(int pegawaiId, CancellationToken ct) =>
        db.Pegawai.AsNoTracking().Where(x => x.Id == pegawaiId && x.Jabatan != null).Select(x => (int?)x.Jabatan!.UnitKerjaId).FirstOrDefaultAsync(ct);

    private static NilaiForm FormDari(EvaluasiPeriode? e, IReadOnlyList<RhkTampilan> rhk) => new()
    {
        Version = e?.Version ?? 0,
        RatingHasil = e?.RatingHasil,
        RatingPerilaku = e?.RatingPerilaku,
        Catatan = e?.Catatan,
        Rhk = [.. rhk.Select(r =>
        {
            var ada = e?.PenilaianRhk.FirstOrDefault(x => x.RhkKunci == r.Kunci);
            return new NilaiRhkForm { Kunci = r.Kunci, Kategori = ada?.Kategori, UmpanBalik = ada?.UmpanBalik };
        })],
        Perilaku = [.. Enum.GetValues<NilaiBerakhlak>().Select(n =>
        {
            var ada = e?.PenilaianPerilaku.FirstOrDefault(x => x.Nilai == n);
            return new NilaiPerilakuForm { Nilai = n, Rating = ada?.Rating, UmpanBalik = ada?.UmpanBalik };
        })],
    };
}
