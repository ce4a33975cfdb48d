using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Web;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;

namespace SiKinerja.Web.Features.Pegawai;

/// <summary>Employee records for the Admin BKD: search, create, edit, status changes.</summary>
public sealed class PegawaiService(AppDbContext db, TimeProvider clock, ILogger<PegawaiService> logger)
{
    public async Task<Halaman<PegawaiBaris>> CariAsync(PegawaiFilter f, CancellationToken ct)
    {
        var query = db.Pegawai.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var kunci = KunciPencarian(f.Q);
            query = query.Where(p => p.KataKunci.Contains(kunci));
        }

        if (f.UnitId is { } unitId)
        {
            var unitIds = await UnitTree.UnitDanTurunanAsync(db, unitId, ct);
            query = query.Where(p => p.Jabatan != null && unitIds.Contains(p.Jabatan.UnitKerjaId));
        }

        if (f.Jenis is { } jenis)
        {
            query = query.Where(p => p.JenisPegawai == jenis);
        }

        query = f.Status switch
        {
            null => query.Where(p => p.Status == StatusPegawai.Aktif),
            FilterStatus.Semua => query,
            FilterStatus.TidakAktif => query.Where(p => p.Status != StatusPegawai.Aktif),
            _ => query.Where(p => p.Status == StatusPegawai.Aktif),
        };

        if (f.Masalah == true)
        {
            query = query.Where(p => p.MasalahAtasan != MasalahAtasan.Tidak);
        }

        return await query
            .OrderBy(p => p.Nama).ThenBy(p => p.Nip)
            .Select(p => new PegawaiBaris(
                p.Id,
                p.Nip,
                p.GelarDepan,
                p.Nama,
                p.GelarBelakang,
                p.JenisPegawai,
                p.GolonganKode,
                p.Jabatan != null ? p.Jabatan.Nama : null,
                p.Jabatan != null ? p.Jabatan.UnitKerja!.Nama : null,
                p.Status,
                p.MasalahAtasan,
                p.AtasanLangsung != null ? p.AtasanLangsung.Nama : null))
            .ToHalamanAsync(f.Halaman, f.Ukuran, ct);
    }

    /// <summary>"1966 0801" → digits for a NIP search; anything else → lower-cased text.</summary>
    public static string KunciPencarian(string q)
    {
        var nip = Nip.Normalize(q);
        return nip.Length > 0 && nip.All(char.IsAsciiDigit) ? nip : q.Trim().ToLowerInvariant();
    }

    public async Task<PegawaiForm?> GetFormAsync(int id, CancellationToken ct)
    {
        var hariIni = HariIni();
        return await db.Pegawai.AsNoTracking().Where(p => p.Id == id).Select(p => new PegawaiForm
        {
            JabatanIdAwal = p.JabatanId,
            TanggalMulaiJabatan = hariIni,
            Id = p.Id,
            Version = p.Version,
            Nip = p.Nip,
            GelarDepan = p.GelarDepan,
            Nama = p.Nama,
            GelarBelakang = p.GelarBelakang,
            JenisPegawai = p.JenisPegawai,
            Golongan = p.GolonganKode,
            TmtGolongan = p.TmtGolongan,
            JabatanId = p.JabatanId,
            NamaJabatan = p.Jabatan != null ? p.Jabatan.Nama + " — " + p.Jabatan.UnitKerja!.Nama : null,
            Email = p.Email,
            SiasnId = p.SiasnId,
        }).FirstOrDefaultAsync(ct);
    }

    public async Task<StatusPegawaiForm?> GetStatusFormAsync(int id, CancellationToken ct) =>
        await db.Pegawai.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new StatusPegawaiForm { Id = p.Id, Version = p.Version, Status = p.Status, Tanggal = p.TanggalStatus })
            .FirstOrDefaultAsync(ct);

    /// <summary>Creates the record; the form has been validated.</summary>
    public async Task<int> BuatAsync(PegawaiForm form, CancellationToken ct)
    {
        var jenis = form.JenisPegawai;
        var pegawai = new PegawaiEntity(Nip.Parse(form.Nip), form.Nama, jenis, Golongan.Find(form.Golongan, jenis)!);
        Terapkan(pegawai, form);
        db.Pegawai.Add(pegawai);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Pegawai {Nip} ditambahkan", pegawai.Nip);
        return pegawai.Id;
    }

    /// <summary>
    /// Updates the record; throws <see cref="DbUpdateConcurrencyException"/> when someone saved it since the form was opened.
    /// A new position takes effect on <see cref="PegawaiForm.TanggalMulaiJabatan"/> (default today): the current SKP of
    /// this employee, and of those whose atasan changes with it, is closed the day before (<see cref="PenyesuaianSkp"/>).
    /// </summary>
    public async Task<bool> UbahAsync(PegawaiForm form, CancellationToken ct)
    {
        var pegawai = await db.Pegawai.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
        if (pegawai is null)
        {
            return false;
        }

        db.Entry(pegawai).Property(p => p.Version).OriginalValue = form.Version;
        var jabatanLama = pegawai.JabatanId;
        pegawai.UbahNip(Nip.Parse(form.Nip));
        pegawai.UbahKepegawaian(form.JenisPegawai, Golongan.Find(form.Golongan, form.JenisPegawai)!);
        Terapkan(pegawai, form);
        var berlaku = pegawai.JabatanId != jabatanLama ? form.TanggalMulaiJabatan ?? HariIni() : HariIni();
        await db.SimpanPerubahanOrganisasiAsync([pegawai.Id], berlaku, logger, ct);
        logger.LogInformation("Pegawai {Nip} diubah", pegawai.Nip);
        return true;
    }

    public async Task<bool> UbahStatusAsync(StatusPegawaiForm form, CancellationToken ct)
    {
        var pegawai = await db.Pegawai.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
        if (pegawai is null)
        {
            return false;
        }

        db.Entry(pegawai).Property(p => p.Version).OriginalValue = form.Version;
        pegawai.UbahStatus(form.Status, form.Tanggal);
        var berubah = await db.SimpanPerubahanOrganisasiAsync([pegawai.Id], null, logger, ct);
        logger.LogInformation("Status pegawai {Nip} menjadi {Status}; atasan {Jumlah} pegawai ikut berubah", pegawai.Nip, pegawai.Status, berubah.Jumlah);
        return true;
    }

    public Task<IReadOnlyList<AuditBaris>> RiwayatAsync(int id, CancellationToken ct) => db.RiwayatAsync<PegawaiEntity>(id, ct);

    public async Task<IReadOnlyList<PilihanUnit>> DaftarUnitAsync(CancellationToken ct) =>
        await db.UnitKerja.AsNoTracking().Where(u => u.Aktif && u.Jenis <= JenisUnitKerja.PerangkatDaerah)
            .OrderBy(u => u.Nama).Select(u => new PilihanUnit(u.Id, u.Nama)).ToListAsync(ct);

    private DateOnly HariIni() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static void Terapkan(PegawaiEntity pegawai, PegawaiForm form)
    {
        pegawai.UbahNama(form.GelarDepan, form.Nama, form.GelarBelakang);
        pegawai.AturTmtGolongan(form.TmtGolongan);
        pegawai.JabatanId = form.JabatanId;
        pegawai.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        pegawai.SiasnId = string.IsNullOrWhiteSpace(form.SiasnId) ? null : form.SiasnId.Trim();
    }
}

public enum FilterStatus
{
    Aktif,
    TidakAktif,
    Semua,
}

public sealed class PegawaiFilter
{
    public string? Q { get; set; }

    public int? UnitId { get; set; }

    public JenisPegawai? Jenis { get; set; }

    public FilterStatus? Status { get; set; }

    public bool? Masalah { get; set; }

    public int Halaman { get; set; } = 1;

    public int Ukuran { get; set; } = HalamanExtensions.UkuranBawaan;
}

public sealed record PegawaiBaris(
    int Id,
    string Nip,
    string? GelarDepan,
    string Nama,
    string? GelarBelakang,
    JenisPegawai JenisPegawai,
    string GolonganKode,
    string? NamaJabatan,
    string? NamaUnit,
    StatusPegawai Status,
    MasalahAtasan MasalahAtasan,
    string? NamaAtasan)
{
    public string NamaLengkap => PegawaiEntity.FormatNama(GelarDepan, Nama, GelarBelakang);
}

public sealed record PilihanUnit(int Id, string Nama);
