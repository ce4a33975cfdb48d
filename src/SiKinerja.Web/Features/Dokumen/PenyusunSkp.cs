using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Features.SasaranOrganisasi;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The SKP document with its Lampiran (DOMAIN.md §1.3, §5.1).</summary>
/// <param name="TanggalTandaTangan">The day it was approved (else its last status change, else its start).</param>
public sealed record DokumenSkpModel(
    PendekatanSkp Pendekatan,
    string BagiJabatan,
    int Tahun,
    DateOnly Mulai,
    DateOnly Selesai,
    int Revisi,
    StatusSkp Status,
    OrangDokumen Pegawai,
    OrangDokumen? Penilai,
    IReadOnlyList<GrupRhkDokumen> HasilKerja,
    IReadOnlyList<PerilakuDokumen> Perilaku,
    IReadOnlyList<string> DukunganSumberDaya,
    IReadOnlyList<string> SkemaPertanggungjawaban,
    IReadOnlyList<string> Konsekuensi,
    DateOnly TanggalTandaTangan);

/// <summary>Key: SKP id. Printed by the employee, their pejabat penilai and the Admin BKD; read (403) by the atasan penilai.</summary>
public sealed class PenyusunSkp(AppDbContext db, SasaranOrganisasiQueries sasaran, IStringLocalizer<SharedResource> t) : IPenyusunDokumen
{
    public const string Tampilan = "~/Features/Dokumen/Skp.cshtml";

    public JenisDokumen Jenis => JenisDokumen.Skp;

    public async Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct)
    {
        var s = await db.Skp.AsNoTracking().Where(x => x.Id == kunci.Id1 && kunci.Id2 == 0)
            .Select(x => new
            {
                x.PegawaiId,
                x.PejabatPenilaiId,
                Atasan = x.Snapshot.AtasanPejabatPenilai != null ? (int?)x.Snapshot.AtasanPejabatPenilai.PegawaiId : null,
            })
            .FirstOrDefaultAsync(ct);
        return s is null ? null : PemilikDokumen.Skp(s.PegawaiId, s.PejabatPenilaiId, s.Atasan);
    }

    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        var ids = kunci.Where(k => k.Jenis == Jenis && k.Id2 == 0).Select(k => k.Id1).Distinct().ToList();
        var daftar = await db.Skp.AsNoTracking().DenganIsi().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var atasanIds = daftar.SelectMany(s => s.Rhk).Select(r => r.RhkAtasanId).OfType<int>().Distinct().ToList();
        var labelRhk = atasanIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => atasanIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Teks, ct);
        var labelSasaran = await sasaran.LabelAsync([.. daftar.SelectMany(s => s.Rhk).Select(r => r.SasaranOrganisasiId).OfType<int>().Distinct()], ct);
        var pegawaiIds = daftar.Select(s => s.PegawaiId).Distinct().ToList();
        var jenisJabatan = await db.Pegawai.AsNoTracking().Where(p => pegawaiIds.Contains(p.Id))
            .Select(p => new { p.Id, Jenis = p.Jabatan != null ? (Domain.Organisasi.JenisJabatan?)p.Jabatan.Jenis : null })
            .ToDictionaryAsync(p => p.Id, p => p.Jenis, ct);

        var hasil = new Dictionary<KunciDokumen, IsiDokumen>();
        foreach (var s in daftar)
        {
            var model = new DokumenSkpModel(
                s.Pendekatan,
                t[BagianSkpDokumen.BagiJabatan(jenisJabatan.GetValueOrDefault(s.PegawaiId))],
                s.Tahun,
                s.TanggalMulai,
                s.TanggalSelesai,
                s.Revisi,
                s.Status,
                OrangDokumen.Dari(s.Snapshot.Pegawai),
                OrangDokumen.DariOpsional(s.Snapshot.PejabatPenilai),
                BagianSkpDokumen.HasilKerja(s, labelRhk, labelSasaran, t),
                BagianSkpDokumen.Perilaku(s),
                Lampiran(s, JenisLampiran.DukunganSumberDaya),
                Lampiran(s, JenisLampiran.SkemaPertanggungjawaban),
                Lampiran(s, JenisLampiran.Konsekuensi),
                TanggalTandaTangan(s));
            var k = new KunciDokumen(Jenis, s.Id);
            hasil[k] = new IsiDokumen(Jenis, Tampilan, Lanskap: true, model,
                $"{t["Dokumen.Jenis.Skp"]} {s.Tahun} · {model.Pegawai.Nama} · {model.Pegawai.Nip}",
                $"SKP-{s.Tahun}-{s.Snapshot.Pegawai.Nip}-r{s.Revisi}");
        }

        return hasil;
    }

    public async Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pilihan);
        var units = pilihan.UnitKerjaIds.ToList();

        // The current plan (latest segment, revision not superseded) of each employee whose position is in the units.
        var terkini = db.Skp.AsNoTracking().Where(s => s.Tahun == pilihan.Tahun).Terkini(db.Skp);
        var ids = await (from s in terkini
                         join p in db.Pegawai on s.PegawaiId equals p.Id
                         where p.Jabatan != null && units.Contains(p.Jabatan.UnitKerjaId)
                         orderby p.Jabatan!.UnitKerjaId, p.Nama, s.Id
                         select s.Id)
            .ToListAsync(ct);
        return [.. ids.Select(id => new KunciDokumen(Jenis, id))];
    }

    private static List<string> Lampiran(Domain.Skp.Skp s, JenisLampiran jenis) =>
        [.. s.Lampiran.Where(l => l.Jenis == jenis).OrderBy(l => l.Urutan).Select(l => l.Teks)];

    private static DateOnly TanggalTandaTangan(Domain.Skp.Skp s)
    {
        var disetujui = s.Riwayat.Where(r => r.Ke == StatusSkp.Disetujui).Select(r => (DateTime?)r.WaktuUtc).Max();
        var terakhir = disetujui ?? s.Riwayat.Select(r => (DateTime?)r.WaktuUtc).Max();
        return terakhir is { } w ? BagianSkpDokumen.Tanggal(w) : s.TanggalMulai;
    }
}
