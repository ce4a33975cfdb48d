using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>
/// DOKUMEN EVALUASI KINERJA PEGAWAI of the year (PERIODE: AKHIR; DOMAIN.md §5.4, needed for kenaikan pangkat files);
/// key: employee id, year. From the final <see cref="EvaluasiTahunan"/>: the people are those of the year's last
/// evaluated SKP segment (whose pejabat penilai decides and signs; at the top of the tree, where the Admin BKD decided,
/// the one who finalised it signs). The capaian kinerja organisasi is that of the year's last period in the unit the
/// employee's last periodic evaluation counted in (the application keeps no annual organisation predikat). Printed by
/// the employee, that pejabat penilai and the Admin BKD; read (403) by the atasan pejabat penilai.
/// </summary>
public sealed class PenyusunDokumenEvaluasiTahunan(AppDbContext db, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public JenisDokumen Jenis => JenisDokumen.DokumenEvaluasiTahunan;

    public Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct) =>
        BagianEvaluasiDokumen.PemilikTahunanAsync(db, kunci, ct);

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var diminta = kunci.Where(k => k.Jenis == Jenis).Select(k => (k.Id1, k.Id2)).ToHashSet();
        var pegawaiIds = diminta.Select(k => k.Id1).Distinct().ToList();
        var tahun = diminta.Select(k => k.Id2).Distinct().ToList();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (diminta.Count == 0)
        {
            return hasil;
        }

        var baris = (await (from e in db.EvaluasiTahunan.AsNoTracking()
                            where pegawaiIds.Contains(e.PegawaiId) && e.Status == StatusEvaluasiTahunan.Final
                            join k in db.TahunKinerja on e.TahunKinerjaId equals k.Id
                            where tahun.Contains(k.Tahun)
                            join s in db.Skp on e.SkpId equals s.Id
                            select new
                            {
                                e.PegawaiId,
                                e.TahunKinerjaId,
                                e.SkpId,
                                k.Tahun,
                                k.JenisPeriode,
                                e.Predikat,
                                e.Catatan,
                                e.AlasanPenyesuaian,
                                e.FinalUtc,
                                e.DinilaiOlehNip,
                                s.Snapshot,
                            })
            .ToListAsync(ct)).Where(b => diminta.Contains((b.PegawaiId, b.Tahun))).ToList();
        if (baris.Count == 0)
        {
            return hasil;
        }

        var tahunIds = baris.Select(b => b.TahunKinerjaId).Distinct().ToList();
        var ids = baris.Select(b => b.PegawaiId).ToList();

        // The span of the employee's evaluated segments of the year (PERIODE PENILAIAN).
        var segmen = await db.Skp.AsNoTracking().Where(s => tahunIds.Contains(s.TahunKinerjaId) && ids.Contains(s.PegawaiId)).Dievaluasi(db.Skp)
            .Select(s => new { s.PegawaiId, s.TahunKinerjaId, s.TanggalMulai, s.TanggalSelesai })
            .ToListAsync(ct);
        var rentang = segmen.GroupBy(s => (s.PegawaiId, s.TahunKinerjaId))
            .ToDictionary(g => g.Key, g => (Mulai: g.Min(s => s.TanggalMulai), Selesai: g.Max(s => s.TanggalSelesai)));

        // The last periodic evaluation of the last segment: its unit and period select the organisation predikat.
        var skpIds = baris.Select(b => b.SkpId).ToList();
        var terakhir = (await (from e in db.EvaluasiPeriode.AsNoTracking()
                               where skpIds.Contains(e.SkpId)
                               join p in db.PeriodeEvaluasi on e.PeriodeEvaluasiId equals p.Id
                               select new { e.SkpId, e.UnitKerjaId, e.PeriodeEvaluasiId, p.Nomor })
                .ToListAsync(ct))
            .GroupBy(e => e.SkpId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Nomor).First());
        var unitIds = terakhir.Values.Select(e => e.UnitKerjaId).Distinct().ToList();
        var periodeIds = terakhir.Values.Select(e => e.PeriodeEvaluasiId).Distinct().ToList();
        var organisasi = (await db.PredikatOrganisasiUnit.AsNoTracking()
                .Where(x => unitIds.Contains(x.UnitKerjaId) && periodeIds.Contains(x.PeriodeEvaluasiId))
                .Select(x => new { x.UnitKerjaId, x.PeriodeEvaluasiId, x.Predikat }).ToListAsync(ct))
            .ToDictionary(x => (x.UnitKerjaId, x.PeriodeEvaluasiId), x => x.Predikat);

        // Where no pejabat penilai is in the system (top of the tree) the one who finalised it signs.
        var nipPemutus = baris.Where(b => b.Snapshot.PejabatPenilai is null).Select(b => b.DinilaiOlehNip).Distinct().ToList();
        var pemutus = await BagianEvaluasiDokumen.OrangMenurutNipAsync(db, nipPemutus, ct);

        foreach (var b in baris)
        {
            var pegawai = OrangDokumen.Dari(b.Snapshot.Pegawai);
            var (mulai, selesai) = rentang.GetValueOrDefault((b.PegawaiId, b.TahunKinerjaId), (new DateOnly(b.Tahun, 1, 1), new DateOnly(b.Tahun, 12, 31)));
            PredikatOrganisasi? org = terakhir.TryGetValue(b.SkpId, out var e) && organisasi.TryGetValue((e.UnitKerjaId, e.PeriodeEvaluasiId), out var o) ? o : null;
            var penilai = OrangDokumen.DariOpsional(b.Snapshot.PejabatPenilai) ?? pemutus.GetValueOrDefault(b.DinilaiOlehNip);
            var alasan = b.AlasanPenyesuaian is { } a ? t["Dokumen.DokumenEvaluasi.AlasanPenyesuaian", a].Value : null;
            var model = new DokumenEvaluasiModel(
                BagianEvaluasiDokumen.Periode(b.Tahun, b.JenisPeriode, null, t),
                mulai,
                selesai,
                pegawai,
                penilai,
                OrangDokumen.DariOpsional(b.Snapshot.AtasanPejabatPenilai),
                BagianEvaluasiDokumen.Organisasi(org, t),
                BagianEvaluasiDokumen.Predikat(b.Predikat, t),
                BagianEvaluasiDokumen.Baris(b.Catatan, alasan),
                null,
                b.FinalUtc is { } f ? BagianSkpDokumen.Tanggal(f) : selesai);
            hasil[new KunciDokumen(Jenis, b.PegawaiId, b.Tahun)] = new IsiDokumen(
                Jenis, BagianEvaluasiDokumen.Tampilan, Lanskap: false, model,
                $"{t["Dokumen.Jenis.DokumenEvaluasiTahunan"]} {b.Tahun} · {pegawai.Nama} · {pegawai.Nip}",
                $"DokumenEvaluasi-{b.Tahun}-Akhir-{b.Snapshot.Pegawai.Nip}");
        }

        return hasil;
    }

    public Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct) =>
        BagianEvaluasiDokumen.DaftarTahunanAsync(db, Jenis, pilihan, ct);
}

/// <summary>Someone printed from current data (not an SKP snapshot): a signer not in any snapshot.</summary>
internal sealed record OrangSekarang(int Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, JenisPegawai JenisPegawai,
    string GolonganKode, string? Jabatan, string? Unit)
{
    public OrangDokumen Dokumen()
    {
        var pangkat = Golongan.Find(GolonganKode, JenisPegawai)?.Pangkat;
        return new(Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang), Domain.Kepegawaian.Nip.Format(Nip),
            pangkat is null ? GolonganKode : $"{pangkat} ({GolonganKode})", Jabatan ?? "—", Unit ?? "—");
    }
}
