using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.SasaranOrganisasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The UMPAN BALIK document of one SKP in one evaluation period (DOMAIN.md §5.2).</summary>
/// <param name="Periode">"Semester I 2026" (the period's label and year).</param>
/// <param name="Mulai">The period's first day.</param>
/// <param name="Selesai">The period's last day.</param>
/// <param name="TanggalTandaTangan">The day of the latest feedback in the period, else the period's last day.</param>
public sealed record DokumenUmpanBalikModel(
    PendekatanSkp Pendekatan,
    string BagiJabatan,
    int Tahun,
    string Periode,
    DateOnly Mulai,
    DateOnly Selesai,
    OrangDokumen Pegawai,
    OrangDokumen? Penilai,
    IReadOnlyList<GrupUmpanBalikDokumen> HasilKerja,
    IReadOnlyList<PerilakuUmpanBalikDokumen> Perilaku,
    DateOnly TanggalTandaTangan);

public sealed record GrupUmpanBalikDokumen(string Huruf, string Judul, IReadOnlyList<RhkUmpanBalikDokumen> Rhk);

/// <param name="Realisasi">One per IKI of <see cref="RhkDokumen.Iki"/>, in the same order.</param>
/// <param name="UmpanBalik">The pejabat penilai's feedback on this RHK in the period, oldest first.</param>
public sealed record RhkUmpanBalikDokumen(RhkDokumen Rhk, IReadOnlyList<RealisasiDokumen> Realisasi, IReadOnlyList<EntriUmpanBalikDokumen> UmpanBalik);

/// <summary>The employee's realisasi of one IKI: the number or date (formatted), the words, and the bukti dukung names.</summary>
public sealed record RealisasiDokumen(string? Nilai, string? Teks, IReadOnlyList<string> Bukti);

/// <summary>One entry of continuous feedback: the day (WIB) it was written or last changed, and its text.</summary>
public sealed record EntriUmpanBalikDokumen(DateOnly Tanggal, string Teks);

public sealed record PerilakuUmpanBalikDokumen(PerilakuDokumen Perilaku, IReadOnlyList<EntriUmpanBalikDokumen> UmpanBalik);

/// <summary>
/// Key: SKP id, period id. The period must belong to the SKP's year and overlap its dates (as
/// <c>DataAksesEvaluasi.MuatAsync</c> requires), else there is no document. Printed by the employee, their pejabat penilai
/// and the Admin BKD; read (403) by the atasan pejabat penilai. Only the pejabat penilai's own feedback
/// (<see cref="JenisUmpanBalik.Penilai"/>) is printed, never a peer's input.
/// </summary>
public sealed class PenyusunUmpanBalik(AppDbContext db, SasaranOrganisasiQueries sasaran, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public const string Tampilan = "~/Features/Dokumen/UmpanBalik.cshtml";

    public JenisDokumen Jenis => JenisDokumen.UmpanBalik;

    public Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct) =>
        BagianEvaluasiDokumen.PemilikPeriodeAsync(db, kunci, hanyaFinal: false, ct);

    /// <summary>Seven queries (plus the split SKP load) whatever the number of keys.</summary>
    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var diminta = kunci.Where(k => k.Jenis == Jenis).Distinct().ToList();
        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        if (diminta.Count == 0)
        {
            return hasil;
        }

        var skpIds = diminta.Select(k => k.Id1).Distinct().ToList();
        var periodeIds = diminta.Select(k => k.Id2).Distinct().ToList();
        var daftar = (await db.Skp.AsNoTracking().DenganIsi().Where(s => skpIds.Contains(s.Id)).ToListAsync(ct)).ToDictionary(s => s.Id);
        var periode = await (from p in db.PeriodeEvaluasi.AsNoTracking()
                             where periodeIds.Contains(p.Id)
                             join th in db.TahunKinerja on p.TahunKinerjaId equals th.Id
                             select new { p.Id, p.TahunKinerjaId, p.Nomor, p.Mulai, p.Selesai, th.Tahun, th.JenisPeriode })
            .ToDictionaryAsync(p => p.Id, ct);

        // Only the keys whose period belongs to the SKP's year and overlaps its dates.
        var cocok = diminta.Where(k => daftar.TryGetValue(k.Id1, out var s) && periode.TryGetValue(k.Id2, out var p)
                && p.TahunKinerjaId == s.TahunKinerjaId && p.Mulai <= s.TanggalSelesai && p.Selesai >= s.TanggalMulai)
            .ToList();
        if (cocok.Count == 0)
        {
            return hasil;
        }

        var dipakai = cocok.Select(k => daftar[k.Id1]).Distinct().ToList();
        var atasanIds = dipakai.SelectMany(s => s.Rhk).Select(r => r.RhkAtasanId).OfType<int>().Distinct().ToList();
        var labelRhk = atasanIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => atasanIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Teks, ct);
        var labelSasaran = await sasaran.LabelAsync([.. dipakai.SelectMany(s => s.Rhk).Select(r => r.SasaranOrganisasiId).OfType<int>().Distinct()], ct);
        var pegawaiIds = dipakai.Select(s => s.PegawaiId).Distinct().ToList();
        var jenisJabatan = await db.Pegawai.AsNoTracking().Where(p => pegawaiIds.Contains(p.Id))
            .Select(p => new { p.Id, Jenis = p.Jabatan != null ? (Domain.Organisasi.JenisJabatan?)p.Jabatan.Jenis : null })
            .ToDictionaryAsync(p => p.Id, p => p.Jenis, ct);

        // Realisasi and feedback of the SKP × periods asked for (a batch is one period: little over-fetch), matched per key in memory.
        var cocokSkp = cocok.Select(k => k.Id1).Distinct().ToList();
        var cocokPeriode = cocok.Select(k => k.Id2).Distinct().ToList();
        var realisasi = (await db.RealisasiPeriode.AsNoTracking().DenganIsi()
                .Where(r => cocokSkp.Contains(r.SkpId) && cocokPeriode.Contains(r.PeriodeEvaluasiId)).ToListAsync(ct))
            .ToDictionary(r => (r.SkpId, r.PeriodeEvaluasiId));
        var umpanBalik = (await db.UmpanBalik.AsNoTracking()
                .Where(u => cocokSkp.Contains(u.SkpId) && cocokPeriode.Contains(u.PeriodeEvaluasiId) && u.Jenis == JenisUmpanBalik.Penilai)
                .Select(u => new { u.Id, u.SkpId, u.PeriodeEvaluasiId, u.RhkKunci, u.NilaiBerakhlak, u.Teks, u.DibuatUtc, u.DiubahUtc })
                .ToListAsync(ct))
            .OrderBy(u => u.DibuatUtc).ThenBy(u => u.Id)
            .ToLookup(u => (u.SkpId, u.PeriodeEvaluasiId));

        foreach (var k in cocok)
        {
            var s = daftar[k.Id1];
            var p = periode[k.Id2];
            var entri = umpanBalik[(s.Id, p.Id)].ToList();
            var rhkEntri = entri.Where(u => u.RhkKunci is not null)
                .ToLookup(u => u.RhkKunci!.Value, u => new EntriUmpanBalikDokumen(BagianSkpDokumen.Tanggal(u.DiubahUtc ?? u.DibuatUtc), u.Teks));
            var nilaiEntri = entri.Where(u => u.NilaiBerakhlak is not null)
                .ToLookup(u => u.NilaiBerakhlak!.Value, u => new EntriUmpanBalikDokumen(BagianSkpDokumen.Tanggal(u.DiubahUtc ?? u.DibuatUtc), u.Teks));
            var terakhir = entri.Select(u => (DateTime?)(u.DiubahUtc ?? u.DibuatUtc)).Max();
            var real = realisasi.GetValueOrDefault((s.Id, p.Id));
            var satuan = s.Rhk.SelectMany(r => r.Indikator).ToDictionary(i => i.Kunci, i => i.Target);

            var model = new DokumenUmpanBalikModel(
                s.Pendekatan,
                t[BagianSkpDokumen.BagiJabatan(jenisJabatan.GetValueOrDefault(s.PegawaiId))],
                s.Tahun,
                $"{t.Label(p.JenisPeriode, p.Nomor, Features.UmpanBalik.UmpanBalikService.RomawiDari(p.Nomor))} {p.Tahun}",
                p.Mulai,
                p.Selesai,
                OrangDokumen.Dari(s.Snapshot.Pegawai),
                OrangDokumen.DariOpsional(s.Snapshot.PejabatPenilai),
                [.. BagianSkpDokumen.HasilKerja(s, labelRhk, labelSasaran, t).Select(g => new GrupUmpanBalikDokumen(g.Huruf, g.Judul,
                    [.. g.Rhk.Select(r => new RhkUmpanBalikDokumen(r,
                        [.. r.Iki.Select(i => Realisasi(real?.Untuk(i.Kunci), satuan[i.Kunci]))],
                        [.. rhkEntri[r.Kunci]]))]))],
                [.. BagianSkpDokumen.Perilaku(s).Select(x => new PerilakuUmpanBalikDokumen(x, [.. nilaiEntri[x.Nilai]]))],
                terakhir is { } w ? BagianSkpDokumen.Tanggal(w) : p.Selesai);
            hasil[k] = new IsiDokumen(Jenis, Tampilan, Lanskap: true, model,
                $"{t["Dokumen.Jenis.UmpanBalik"]} {model.Periode} · {model.Pegawai.Nama} · {model.Pegawai.Nip}",
                $"UmpanBalik-{p.Tahun}-P{p.Nomor}-{s.Snapshot.Pegawai.Nip}-r{s.Revisi}");
        }

        return hasil;
    }

    /// <summary>
    /// The evaluated SKP (<see cref="EvaluasiQueries.Dievaluasi"/>) overlapping the period, of the chosen units: the unit
    /// the evaluation counts in (<see cref="EvaluasiPeriode.UnitKerjaId"/>) when one exists, else the employee's current
    /// unit (as the progress page counts). Ordered by unit, name, SKP. Empty without a period.
    /// </summary>
    public async Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pilihan);
        if (pilihan.PeriodeEvaluasiId is not { } periodeId)
        {
            return [];
        }

        var p = await db.PeriodeEvaluasi.AsNoTracking().Where(x => x.Id == periodeId)
            .Select(x => new { x.Id, x.TahunKinerjaId, x.Mulai, x.Selesai }).FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return [];
        }

        var units = pilihan.UnitKerjaIds.ToList();
        var dievaluasi = db.Skp.Dievaluasi(db.Skp);
        var baris = await (from s in dievaluasi.AsNoTracking()
                               .Where(s => s.TahunKinerjaId == p.TahunKinerjaId && s.TanggalMulai <= p.Selesai && s.TanggalSelesai >= p.Mulai)
                           join e0 in db.EvaluasiPeriode.Where(e => e.PeriodeEvaluasiId == p.Id) on s.Id equals e0.SkpId into g
                           from e in g.DefaultIfEmpty()
                           join pg in db.Pegawai on s.PegawaiId equals pg.Id
                           let unit = e != null ? (int?)e.UnitKerjaId : pg.Jabatan != null ? (int?)pg.Jabatan.UnitKerjaId : null
                           where unit != null && units.Contains(unit.Value)
                           orderby unit, pg.Nama, s.Id
                           select s.Id)
            .ToListAsync(ct);
        return [.. baris.Select(id => new KunciDokumen(Jenis, id, p.Id))];
    }

    private static RealisasiDokumen Realisasi(RealisasiIki? r, Target target)
    {
        if (r is null)
        {
            return new RealisasiDokumen(null, null, []);
        }

        var nilai = r.RealisasiAngka is { } n ? Angka.Tulis(n) + (target.Satuan is { } satuan ? " " + satuan : string.Empty)
            : r.RealisasiTanggal is { } d ? d.Tanggal()
            : null;
        return new RealisasiDokumen(nilai, r.RealisasiTeks,
            [.. r.Bukti.OrderBy(b => b.DiunggahUtc).ThenBy(b => b.Id).Select(b => b.Keterangan ?? b.NamaBerkas ?? b.Url ?? string.Empty)]);
    }
}
