using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Karier;

/// <summary>
/// The Admin BKD's records of an employee's career: rewards, disciplinary sanctions and the pangkat history. Every method
/// answers null/false when the employee or the record does not exist (the controller turns that into 404). Edits carry the
/// form's Version (a concurrent change throws <see cref="DbUpdateConcurrencyException"/>); auditing is automatic.
/// </summary>
public sealed class KarierService(AppDbContext db, ILogger<KarierService> logger)
{
    public Task<PegawaiKarier?> PegawaiAsync(int pegawaiId, CancellationToken ct) =>
        db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
            .Select(p => new PegawaiKarier(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode, p.TmtGolongan, p.TmtCpns))
            .FirstOrDefaultAsync(ct);

    // ---- Penghargaan ----
    public async Task<IReadOnlyList<PenghargaanBaris>> DaftarPenghargaanAsync(int pegawaiId, CancellationToken ct) =>
        await db.Penghargaan.AsNoTracking().Where(p => p.PegawaiId == pegawaiId)
            .OrderByDescending(p => p.TanggalSk).ThenByDescending(p => p.Id)
            .Select(p => new PenghargaanBaris(p.Id, p.PegawaiId, p.Jenis, p.Nama, p.Pemberi, p.NomorSk, p.TanggalSk, p.Keterangan, p.Version))
            .ToListAsync(ct);

    public Task<Halaman<PenghargaanTahunBaris>> PenghargaanTahunAsync(int tahun, JenisPenghargaan? jenis, int halaman, CancellationToken ct)
    {
        var q = db.Penghargaan.AsNoTracking().Where(p => p.Tahun == tahun);
        if (jenis is { } j)
        {
            q = q.Where(p => p.Jenis == j);
        }

        return q.OrderBy(p => p.TanggalSk).ThenBy(p => p.Id)
            .Join(db.Pegawai, p => p.PegawaiId, g => g.Id, (p, g) => new PenghargaanTahunBaris(
                p.Id, g.Id, g.Nip, g.GelarDepan, g.Nama, g.GelarBelakang, p.Jenis, p.Nama, p.Pemberi, p.NomorSk, p.TanggalSk))
            .ToHalamanAsync(halaman, HalamanExtensions.UkuranBawaan, ct);
    }

    public Task<PenghargaanForm?> FormPenghargaanAsync(int id, CancellationToken ct) =>
        db.Penghargaan.AsNoTracking().Where(p => p.Id == id).Select(p => new PenghargaanForm
        {
            Id = p.Id,
            PegawaiId = p.PegawaiId,
            Version = p.Version,
            Jenis = p.Jenis,
            Nama = p.Nama,
            Pemberi = p.Pemberi,
            NomorSk = p.NomorSk,
            TanggalSk = p.TanggalSk,
            Keterangan = p.Keterangan,
        }).FirstOrDefaultAsync(ct);

    /// <summary>Adds (no Id) or updates the record; false when the employee or the record does not exist.</summary>
    public async Task<bool> SimpanPenghargaanAsync(PenghargaanForm f, CancellationToken ct)
    {
        if (f.Id is { } id)
        {
            var p = await db.Penghargaan.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null)
            {
                return false;
            }

            db.Entry(p).Property(x => x.Version).OriginalValue = f.Version;
            p.Ubah(f.Jenis!.Value, f.Nama, f.Pemberi, f.NomorSk!, f.TanggalSk!.Value, f.Keterangan);
        }
        else
        {
            if (!await db.Pegawai.AnyAsync(x => x.Id == f.PegawaiId, ct))
            {
                return false;
            }

            db.Penghargaan.Add(Penghargaan.Catat(f.PegawaiId, f.Jenis!.Value, f.Nama, f.Pemberi, f.NomorSk!, f.TanggalSk!.Value, f.Keterangan));
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Penghargaan pegawai {PegawaiId} disimpan", f.PegawaiId);
        return true;
    }

    /// <summary>Deletes the record; null when it does not exist, else the employee's id.</summary>
    public async Task<int?> HapusPenghargaanAsync(int id, int version, CancellationToken ct)
    {
        var p = await db.Penghargaan.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        db.Entry(p).Property(x => x.Version).OriginalValue = version;
        db.Penghargaan.Remove(p);
        await db.SaveChangesAsync(ct);
        return p.PegawaiId;
    }

    // ---- Hukuman disiplin ----
    public async Task<IReadOnlyList<HukumanBaris>> DaftarHukumanAsync(int pegawaiId, CancellationToken ct) =>
        await db.HukumanDisiplin.AsNoTracking().Where(h => h.PegawaiId == pegawaiId)
            .OrderByDescending(h => h.TmtMulai).ThenByDescending(h => h.Id)
            .Select(h => new HukumanBaris(h.Id, h.PegawaiId, h.Tingkat, h.Jenis, h.NomorSk, h.TanggalSk, h.TmtMulai, h.TmtSelesai, h.Keterangan, h.Version))
            .ToListAsync(ct);

    public Task<HukumanForm?> FormHukumanAsync(int id, CancellationToken ct) =>
        db.HukumanDisiplin.AsNoTracking().Where(h => h.Id == id).Select(h => new HukumanForm
        {
            Id = h.Id,
            PegawaiId = h.PegawaiId,
            Version = h.Version,
            Tingkat = h.Tingkat,
            Jenis = h.Jenis,
            NomorSk = h.NomorSk,
            TanggalSk = h.TanggalSk,
            TmtMulai = h.TmtMulai,
            TmtSelesai = h.TmtSelesai,
            Keterangan = h.Keterangan,
        }).FirstOrDefaultAsync(ct);

    public async Task<bool> SimpanHukumanAsync(HukumanForm f, CancellationToken ct)
    {
        if (f.Id is { } id)
        {
            var h = await db.HukumanDisiplin.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (h is null)
            {
                return false;
            }

            db.Entry(h).Property(x => x.Version).OriginalValue = f.Version;
            h.Ubah(f.Tingkat!.Value, f.Jenis!, f.NomorSk!, f.TanggalSk!.Value, f.TmtMulai!.Value, f.TmtSelesai, f.Keterangan);
        }
        else
        {
            if (!await db.Pegawai.AnyAsync(x => x.Id == f.PegawaiId, ct))
            {
                return false;
            }

            db.HukumanDisiplin.Add(HukumanDisiplin.Catat(
                f.PegawaiId, f.Tingkat!.Value, f.Jenis!, f.NomorSk!, f.TanggalSk!.Value, f.TmtMulai!.Value, f.TmtSelesai, f.Keterangan));
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Hukuman disiplin pegawai {PegawaiId} disimpan", f.PegawaiId);
        return true;
    }

    public async Task<int?> HapusHukumanAsync(int id, int version, CancellationToken ct)
    {
        var h = await db.HukumanDisiplin.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return null;
        }

        db.Entry(h).Property(x => x.Version).OriginalValue = version;
        db.HukumanDisiplin.Remove(h);
        await db.SaveChangesAsync(ct);
        return h.PegawaiId;
    }

    // ---- Riwayat pangkat ----
    public async Task<IReadOnlyList<PangkatBaris>> DaftarPangkatAsync(int pegawaiId, CancellationToken ct) =>
        await db.RiwayatPangkat.AsNoTracking().Where(r => r.PegawaiId == pegawaiId)
            .OrderByDescending(r => r.Tmt).ThenByDescending(r => r.Id)
            .Select(r => new PangkatBaris(r.Id, r.PegawaiId, r.GolonganKode, r.Tmt, r.NomorSk, r.TanggalSk, r.Version))
            .ToListAsync(ct);

    public Task<PangkatForm?> FormPangkatAsync(int id, CancellationToken ct) =>
        db.RiwayatPangkat.AsNoTracking().Where(r => r.Id == id)
            .Join(db.Pegawai, r => r.PegawaiId, p => p.Id, (r, p) => new PangkatForm
            {
                Id = r.Id,
                PegawaiId = r.PegawaiId,
                Version = r.Version,
                Golongan = r.GolonganKode,
                Tmt = r.Tmt,
                NomorSk = r.NomorSk,
                TanggalSk = r.TanggalSk,
                JenisPegawai = p.JenisPegawai,
            }).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Adds or updates a step. A step newer than the employee's current TMT golongan (or the first one known, or, on an
    /// edit, the step that is the current one) becomes the current golongan and TMT, in the same SaveChanges.
    /// </summary>
    public async Task<bool> SimpanPangkatAsync(PangkatForm f, CancellationToken ct)
    {
        RiwayatPangkat? r = null;
        if (f.Id is { } id)
        {
            r = await db.RiwayatPangkat.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (r is null)
            {
                return false;
            }

            f.PegawaiId = r.PegawaiId;
        }

        var pegawai = await db.Pegawai.FirstOrDefaultAsync(x => x.Id == f.PegawaiId, ct);
        if (pegawai is null)
        {
            return false;
        }

        var golongan = Golongan.Find(f.Golongan, pegawai.JenisPegawai) ?? throw new Domain.Common.DomainException(KodeKarier.GolonganTidakValid);
        var tmt = f.Tmt!.Value;
        if (r is null)
        {
            db.RiwayatPangkat.Add(RiwayatPangkat.Catat(pegawai.Id, golongan, tmt, f.NomorSk, f.TanggalSk));
        }
        else
        {
            db.Entry(r).Property(x => x.Version).OriginalValue = f.Version;
            r.Ubah(golongan, tmt, f.NomorSk, f.TanggalSk);
        }

        var terkini = pegawai.TmtGolongan;
        if (terkini is null || tmt > terkini || (r is not null && tmt == terkini))
        {
            pegawai.UbahKepegawaian(pegawai.JenisPegawai, golongan);
            pegawai.AturTmtGolongan(tmt);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Riwayat pangkat pegawai {Nip} disimpan", pegawai.Nip);
        return true;
    }

    /// <summary>Deletes a step; the employee's current golongan stays as it is (correct it on the employee form).</summary>
    public async Task<int?> HapusPangkatAsync(int id, int version, CancellationToken ct)
    {
        var r = await db.RiwayatPangkat.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return null;
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = version;
        db.RiwayatPangkat.Remove(r);
        await db.SaveChangesAsync(ct);
        return r.PegawaiId;
    }
}

public sealed record PegawaiKarier(
    int Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, JenisPegawai JenisPegawai, string GolonganKode, DateOnly? TmtGolongan, DateOnly TmtCpns)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang);

    public string NipTampil => Domain.Kepegawaian.Nip.Format(Nip);
}

public sealed record PenghargaanBaris(
    int Id, int PegawaiId, JenisPenghargaan Jenis, string? Nama, string? Pemberi, string NomorSk, DateOnly TanggalSk, string? Keterangan, int Version);

public sealed record PenghargaanTahunBaris(
    int Id, int PegawaiId, string Nip, string? GelarDepan, string NamaPegawai, string? GelarBelakang,
    JenisPenghargaan Jenis, string? Nama, string? Pemberi, string NomorSk, DateOnly TanggalSk)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, NamaPegawai, GelarBelakang);
}

public sealed record HukumanBaris(
    int Id, int PegawaiId, TingkatHukuman Tingkat, string Jenis, string NomorSk, DateOnly TanggalSk, DateOnly TmtMulai, DateOnly? TmtSelesai,
    string? Keterangan, int Version);

public sealed record PangkatBaris(int Id, int PegawaiId, string GolonganKode, DateOnly Tmt, string? NomorSk, DateOnly? TanggalSk, int Version);
