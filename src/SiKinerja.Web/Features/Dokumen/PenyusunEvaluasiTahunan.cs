using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Features.EvaluasiTahunan;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The EVALUASI KINERJA PEGAWAI of the year, PERIODE: AKHIR (DOMAIN.md §5.3).</summary>
/// <param name="Penilai">Who decided the annual evaluation: the pejabat penilai of the year's last evaluated segment
/// (at the top of the organisation, the Admin BKD who finalised it).</param>
/// <param name="CapaianOrganisasi">The organisation predikat of the last period that has one; null when none.</param>
/// <param name="Saran">The suggestion from the periods, printed when the pejabat penilai adjusted it.</param>
public sealed record DokumenEvaluasiTahunanModel(
    PendekatanSkp Pendekatan,
    string BagiJabatan,
    string Periode,
    int Tahun,
    DateOnly Mulai,
    DateOnly Selesai,
    OrangDokumen Pegawai,
    OrangDokumen? Penilai,
    string? CapaianOrganisasi,
    IReadOnlyList<PeriodeEvaluasiTahunanDokumen> PeriodeEvaluasi,
    string RatingHasil,
    string RatingPerilaku,
    string Predikat,
    string? Saran,
    string? AlasanPenyesuaian,
    string? Catatan,
    DateOnly TanggalTandaTangan);

/// <summary>One periodic evaluation of the year as the annual document lists it ("—" where nothing is decided).</summary>
public sealed record PeriodeEvaluasiTahunanDokumen(string Periode, DateOnly Mulai, DateOnly Selesai, string RatingHasil, string RatingPerilaku, string Predikat, string CapaianOrganisasi);

/// <summary>
/// Key: employee id, year; portrait (no wide table, one page). Only a final annual evaluation prints (else absent: 404). Printed by the employee, the
/// annual decider (the pejabat penilai of the SKP segment the evaluation was decided on, see
/// <see cref="EvaluasiTahunanService"/>) and the Admin BKD; read (403) by that segment's atasan pejabat penilai.
/// </summary>
public sealed class PenyusunEvaluasiTahunan(AppDbContext db, EvaluasiTahunanService tahunan, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public const string Tampilan = "~/Features/Dokumen/EvaluasiTahunan.cshtml";

    public JenisDokumen Jenis => JenisDokumen.EvaluasiTahunan;

    public Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct) =>
        BagianEvaluasiDokumen.PemilikTahunanAsync(db, kunci, ct);

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var pasangan = kunci.Where(k => k.Jenis == Jenis).Select(k => (PegawaiId: k.Id1, Tahun: k.Id2)).ToHashSet();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (pasangan.Count == 0)
        {
            return hasil;
        }

        var pegawaiIds = pasangan.Select(p => p.PegawaiId).Distinct().ToList();
        var tahunList = pasangan.Select(p => p.Tahun).Distinct().ToList();
        var tahunKinerja = await db.TahunKinerja.AsNoTracking().Where(k => tahunList.Contains(k.Tahun))
            .Select(k => new { k.Id, k.Tahun, k.JenisPeriode }).ToDictionaryAsync(k => k.Id, ct);
        var tahunIds = tahunKinerja.Keys.ToList();
        var evaluasi = (await db.EvaluasiTahunan.AsNoTracking()
                .Where(e => pegawaiIds.Contains(e.PegawaiId) && tahunIds.Contains(e.TahunKinerjaId) && e.Status == StatusEvaluasiTahunan.Final)
                .ToListAsync(ct))
            .Where(e => pasangan.Contains((e.PegawaiId, tahunKinerja[e.TahunKinerjaId].Tahun)))
            .ToList();
        if (evaluasi.Count == 0)
        {
            return hasil;
        }

        var skpIds = evaluasi.Select(e => e.SkpId).Distinct().ToList();
        var skp = await db.Skp.AsNoTracking().Where(s => skpIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var jenisJabatan = await BagianEvaluasiDokumen.JenisJabatanAsync(db, pegawaiIds, ct);

        // The year's periodic evaluations per employee (three queries per year; a batch is one year).
        var ringkasan = new Dictionary<(int TahunId, int PegawaiId), RingkasanTahunan>();
        foreach (var g in evaluasi.GroupBy(e => e.TahunKinerjaId))
        {
            foreach (var (id, r) in await tahunan.RingkasanAsync(g.Key, [.. g.Select(e => e.PegawaiId)], ct))
            {
                ringkasan[(g.Key, id)] = r;
            }
        }

        var segmenIds = ringkasan.Values.SelectMany(r => r.Periode).Select(p => p.SkpId).Distinct().ToList();
        var periodeIds = ringkasan.Values.SelectMany(r => r.Periode).Select(p => p.PeriodeId).Distinct().ToList();
        var unitEvaluasi = (await db.EvaluasiPeriode.AsNoTracking().Where(e => segmenIds.Contains(e.SkpId) && periodeIds.Contains(e.PeriodeEvaluasiId))
                .Select(e => new { e.SkpId, e.PeriodeEvaluasiId, e.UnitKerjaId }).ToListAsync(ct))
            .ToDictionary(e => (e.SkpId, e.PeriodeEvaluasiId), e => e.UnitKerjaId);
        var organisasi = await BagianEvaluasiDokumen.OrganisasiAsync(db, [.. unitEvaluasi.Values.Distinct()], periodeIds, ct);
        var pemutus = await PemutusAsync(evaluasi.Where(e => skp.GetValueOrDefault(e.SkpId)?.Snapshot.PejabatPenilai is null).Select(e => e.DinilaiOlehNip), ct);

        foreach (var e in evaluasi.OrderBy(e => e.Id))
        {
            if (!skp.TryGetValue(e.SkpId, out var s))
            {
                continue;
            }

            var tk = tahunKinerja[e.TahunKinerjaId];
            var periode = ringkasan.GetValueOrDefault((e.TahunKinerjaId, e.PegawaiId))?.Periode ?? [];
            var baris = periode.Select(p =>
            {
                var org = unitEvaluasi.TryGetValue((p.SkpId, p.PeriodeId), out var unit) && organisasi.TryGetValue((unit, p.PeriodeId), out var po)
                    ? t[$"Penilaian.PredikatOrganisasi.{po}"].Value
                    : null;
                return (Org: org, Baris: new PeriodeEvaluasiTahunanDokumen(
                    BagianEvaluasiDokumen.LabelPeriode(t, tk.JenisPeriode, p.Nomor), p.Mulai, p.Selesai,
                    p.Final && p.Hasil is { } h ? t[$"Rating.{h}"].Value : "—",
                    p.Final && p.Perilaku is { } pr ? t[$"Rating.{pr}"].Value : "—",
                    p.Final && p.Predikat is { } pk ? t[$"PredikatKinerja.{pk}"].Value : "—",
                    org ?? "—"));
            }).ToList();
            var disesuaikan = e.AlasanPenyesuaian is not null && e.SaranHasil is { } sh && e.SaranPerilaku is { } sp
                ? t["Dokumen.Evaluasi.Saran", t[$"Rating.{sh}"], t[$"Rating.{sp}"]].Value
                : null;
            var model = new DokumenEvaluasiTahunanModel(
                s.Pendekatan,
                t[BagianSkpDokumen.BagiJabatan(jenisJabatan.GetValueOrDefault(e.PegawaiId))],
                t["Dokumen.Evaluasi.Akhir"],
                tk.Tahun,
                periode.Count > 0 ? periode.Min(p => p.Mulai) : new DateOnly(tk.Tahun, 1, 1),
                periode.Count > 0 ? periode.Max(p => p.Selesai) : new DateOnly(tk.Tahun, 12, 31),
                OrangDokumen.Dari(s.Snapshot.Pegawai),
                OrangDokumen.DariOpsional(s.Snapshot.PejabatPenilai) ?? pemutus.GetValueOrDefault(e.DinilaiOlehNip),
                baris.LastOrDefault(b => b.Org is not null).Org,
                [.. baris.Select(b => b.Baris)],
                t[$"Rating.{e.RatingHasil}"],
                t[$"Rating.{e.RatingPerilaku}"],
                t[$"PredikatKinerja.{e.Predikat}"],
                disesuaikan,
                disesuaikan is null ? null : e.AlasanPenyesuaian,
                e.Catatan,
                BagianSkpDokumen.Tanggal(e.FinalUtc ?? e.DinilaiUtc));
            var k = new KunciDokumen(Jenis, e.PegawaiId, tk.Tahun);
            hasil[k] = new IsiDokumen(Jenis, Tampilan, Lanskap: false, model,
                $"{t["Dokumen.Jenis.EvaluasiTahunan"]} {tk.Tahun} · {model.Pegawai.Nama} · {model.Pegawai.Nip}",
                $"EVALUASI-{tk.Tahun}-AKHIR-{s.Snapshot.Pegawai.Nip}");
        }

        return hasil;
    }

    public Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct) =>
        BagianEvaluasiDokumen.DaftarTahunanAsync(db, Jenis, pilihan, ct);

    /// <summary>At the top of the organisation (no pejabat penilai) the Admin BKD decided: their current header, by NIP.</summary>
    private async Task<Dictionary<string, OrangDokumen>> PemutusAsync(IEnumerable<string> nip, CancellationToken ct)
    {
        var daftar = nip.Distinct().ToList();
        if (daftar.Count == 0)
        {
            return [];
        }

        var ids = await db.Pegawai.AsNoTracking().Where(p => daftar.Contains(p.Nip)).Select(p => p.Id).ToListAsync(ct);
        var snapshot = await PembuatSnapshotSkp.BuatAsync(db, ids, ct);
        return snapshot.Values.Select(x => x.Pegawai).ToDictionary(p => p.Nip, OrangDokumen.Dari);
    }
}
