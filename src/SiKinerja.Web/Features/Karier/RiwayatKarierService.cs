using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Karier;

/// <summary>
/// An employee's history page (DOMAIN issue item 5): per year the current SKP and the annual predikat, JP per year against
/// the target, rewards, sanctions and the pangkat history. One query per section, whatever the number of years or records.
/// </summary>
public sealed class RiwayatKarierService(AppDbContext db, IOptions<AturanJp> aturanJp)
{
    /// <summary>The employee and their pejabat penilai (for the access check); null when there is no such employee.</summary>
    public Task<PemilikRiwayat?> PemilikAsync(int pegawaiId, CancellationToken ct) =>
        db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
            .Select(p => new PemilikRiwayat(
                new PegawaiKarier(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode, p.TmtGolongan, p.TmtCpns),
                p.AtasanLangsungId))
            .FirstOrDefaultAsync(ct);

    /// <summary>Who may read: the employee, their pejabat penilai (the stored atasan langsung) and the Admin BKD.</summary>
    public static bool BolehMembaca(PemilikRiwayat pemilik, int? pegawaiPengguna, bool adminBkd) =>
        adminBkd || (pegawaiPengguna is { } saya && (saya == pemilik.Pegawai.Id || saya == pemilik.AtasanLangsungId));

    public async Task<RiwayatKarierViewModel> GetAsync(PemilikRiwayat pemilik, CancellationToken ct)
    {
        var id = pemilik.Pegawai.Id;

        var skp = await db.Skp.AsNoTracking().Where(s => s.PegawaiId == id).Terkini(db.Skp)
            .Select(s => new { s.Tahun, s.Status, s.Ditutup }).ToListAsync(ct);

        var evaluasi = await db.EvaluasiTahunan.AsNoTracking().Where(e => e.PegawaiId == id)
            .Join(db.TahunKinerja, e => e.TahunKinerjaId, t => t.Id, (e, t) => new { t.Tahun, e.Id, e.Predikat, e.Status })
            .ToListAsync(ct);

        var jp = await db.KegiatanPengembangan.AsNoTracking()
            .Where(k => k.PegawaiId == id && k.Status != StatusKegiatan.Ditolak)
            .GroupBy(k => new { k.Tahun, k.Status })
            .Select(g => new { g.Key.Tahun, g.Key.Status, Jp = g.Sum(k => k.Jp) })
            .ToListAsync(ct);

        var penghargaan = await db.Penghargaan.AsNoTracking().Where(p => p.PegawaiId == id)
            .OrderByDescending(p => p.TanggalSk).ThenByDescending(p => p.Id)
            .Select(p => new PenghargaanBaris(p.Id, p.PegawaiId, p.Jenis, p.Nama, p.Pemberi, p.NomorSk, p.TanggalSk, p.Keterangan, p.Version))
            .ToListAsync(ct);

        var hukuman = await db.HukumanDisiplin.AsNoTracking().Where(h => h.PegawaiId == id)
            .OrderByDescending(h => h.TmtMulai).ThenByDescending(h => h.Id)
            .Select(h => new HukumanBaris(h.Id, h.PegawaiId, h.Tingkat, h.Jenis, h.NomorSk, h.TanggalSk, h.TmtMulai, h.TmtSelesai, h.Keterangan, h.Version))
            .ToListAsync(ct);

        var pangkat = await db.RiwayatPangkat.AsNoTracking().Where(r => r.PegawaiId == id)
            .OrderByDescending(r => r.Tmt).ThenByDescending(r => r.Id)
            .Select(r => new PangkatBaris(r.Id, r.PegawaiId, r.GolonganKode, r.Tmt, r.NomorSk, r.TanggalSk, r.Version))
            .ToListAsync(ct);

        var kinerja = skp.Select(s => s.Tahun).Union(evaluasi.Select(e => e.Tahun)).OrderByDescending(t => t)
            .Select(tahun =>
            {
                var s = skp.Where(x => x.Tahun == tahun).Select(x => (StatusSkp?)x.Status).FirstOrDefault();
                var e = evaluasi.Where(x => x.Tahun == tahun).OrderByDescending(x => x.Status == StatusEvaluasiTahunan.Final).ThenByDescending(x => x.Id).FirstOrDefault();
                return new KinerjaTahun(tahun, s, e?.Predikat, e is not null && e.Status == StatusEvaluasiTahunan.Final);
            })
            .ToList();

        var target = aturanJp.Value.TargetTahunan;
        var jpTahun = jp.Select(x => x.Tahun).Distinct().OrderByDescending(t => t)
            .Select(tahun => new JpTahun(
                tahun,
                jp.Where(x => x.Tahun == tahun && x.Status == StatusKegiatan.Terverifikasi).Sum(x => x.Jp),
                jp.Where(x => x.Tahun == tahun && x.Status == StatusKegiatan.Diajukan).Sum(x => x.Jp),
                target))
            .ToList();

        return new RiwayatKarierViewModel(pemilik.Pegawai, kinerja, jpTahun, penghargaan, hukuman, pangkat);
    }
}

public sealed record PemilikRiwayat(PegawaiKarier Pegawai, int? AtasanLangsungId);

/// <summary>One performance year: the current SKP's status and the annual predikat (null: none yet; not final: "belum final").</summary>
public sealed record KinerjaTahun(int Tahun, StatusSkp? StatusSkp, PredikatKinerja? Predikat, bool Final);

public sealed record JpTahun(int Tahun, int Terverifikasi, int Diajukan, int Target)
{
    public bool Tercapai => Terverifikasi >= Target;
}

public sealed record RiwayatKarierViewModel(
    PegawaiKarier Pegawai,
    IReadOnlyList<KinerjaTahun> Kinerja,
    IReadOnlyList<JpTahun> Jp,
    IReadOnlyList<PenghargaanBaris> Penghargaan,
    IReadOnlyList<HukumanBaris> Hukuman,
    IReadOnlyList<PangkatBaris> Pangkat);
