using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Features.Pegawai;
using SiKinerja.Web.Web;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;

namespace SiKinerja.Web.Features.Jabatan;

/// <summary>Positions for the Admin BKD: list, create, edit, reporting line, Plt/Plh, (de)activation.</summary>
public sealed class JabatanService(AppDbContext db, ILogger<JabatanService> logger)
{
    public const int MaksimumPilihan = 20;

    /// <summary>The audit trail names entities by CLR type name (nameof on the alias would give the alias).</summary>

    public async Task<Halaman<JabatanBaris>> CariAsync(JabatanFilter f, CancellationToken ct)
    {
        var query = db.Jabatan.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var kunci = f.Q.Trim().ToLower();
            var kode = f.Q.Trim();
            query = query.Where(j => j.Nama.ToLower().Contains(kunci) || j.Kode == kode);
        }

        if (f.UnitId is { } unitId)
        {
            var unitIds = await UnitTree.UnitDanTurunanAsync(db, unitId, ct);
            query = query.Where(j => unitIds.Contains(j.UnitKerjaId));
        }

        if (f.Jenis is { } jenis)
        {
            query = query.Where(j => j.Jenis == jenis);
        }

        if (f.Kosong == true)
        {
            query = query.Where(j => !db.Pegawai.Any(p => p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif));
        }

        if (f.Semua != true)
        {
            query = query.Where(j => j.Aktif);
        }

        // Holders, atasan and Plt/Plh come as correlated subqueries of the one paged query.
        return await query
            .OrderBy(j => j.UnitKerja!.Nama).ThenBy(j => j.Jenis).ThenBy(j => j.Nama).ThenBy(j => j.Id)
            .Select(j => new JabatanBaris(
                j.Id,
                j.Nama,
                j.Kode,
                j.Jenis,
                j.Jenjang,
                j.UnitKerjaId,
                j.UnitKerja!.Nama,
                j.Aktif,
                db.Pegawai.Count(p => p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif),
                db.Pegawai.Where(p => p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif).OrderBy(p => p.Nama).Select(p => p.Nama).FirstOrDefault(),
                j.AtasanJabatanId,
                j.AtasanJabatan != null ? j.AtasanJabatan.Nama : null,
                j.JenisPengganti,
                db.Pegawai.Where(p => p.Id == j.PenggantiPegawaiId).Select(p => p.Nama).FirstOrDefault()))
            .ToHalamanAsync(f.Halaman, f.Ukuran, ct);
    }

    public async Task<JabatanDetailViewModel?> DetailAsync(int id, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == id).Select(j => new JabatanRingkas(
            j.Id,
            j.Nama,
            j.Kode,
            j.Jenis,
            j.Jenjang,
            j.UnitKerjaId,
            j.UnitKerja!.Nama,
            j.UnitKerja!.Aktif,
            j.Aktif,
            j.Version,
            j.AtasanJabatanId,
            j.AtasanJabatan != null ? j.AtasanJabatan.Nama : null,
            j.JenisPengganti,
            j.PenggantiPegawaiId)).FirstOrDefaultAsync(ct);
        if (jabatan is null)
        {
            return null;
        }

        var pemegang = await Pemegang(db.Pegawai.Where(p => p.JabatanId == id && p.Status == StatusPegawai.Aktif)).ToListAsync(ct);
        var pengganti = jabatan.PenggantiPegawaiId is { } pid
            ? await Pemegang(db.Pegawai.Where(p => p.Id == pid)).FirstOrDefaultAsync(ct)
            : null;
        var bawahan = await db.Jabatan.AsNoTracking()
            .Where(j => j.AtasanJabatanId == id)
            .OrderByDescending(j => j.Aktif).ThenBy(j => j.Jenis).ThenBy(j => j.Nama)
            .Select(j => new JabatanBawahan(j.Id, j.Nama, j.UnitKerja!.Nama, j.Aktif, db.Pegawai.Count(p => p.JabatanId == j.Id && p.Status == StatusPegawai.Aktif)))
            .ToListAsync(ct);

        // Employees whose derived atasan has a problem because of this position: they hold it, or
        // their position reports to it (vacant or doubly held).
        var masalah = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.MasalahAtasan != MasalahAtasan.Tidak &&
                        p.Jabatan != null && (p.JabatanId == id || p.Jabatan.AtasanJabatanId == id))
            .OrderBy(p => p.Nama)
            .Take(50)
            .Select(p => new PegawaiBermasalah(p.Id, p.Nip, p.Nama, p.Jabatan!.Nama, p.MasalahAtasan))
            .ToListAsync(ct);
        var riwayat = await db.RiwayatAsync<JabatanEntity>(id, ct);
        var form = new PenggantiForm { Version = jabatan.Version, Jenis = jabatan.JenisPengganti ?? JenisPengganti.Plt };
        return new JabatanDetailViewModel(jabatan, pemegang, pengganti, bawahan, masalah, riwayat, form);
    }

    public async Task<JabatanForm?> GetFormAsync(int id, CancellationToken ct) =>
        await db.Jabatan.AsNoTracking().Where(j => j.Id == id).Select(j => new JabatanForm
        {
            Id = j.Id,
            Version = j.Version,
            Nama = j.Nama,
            Jenis = j.Jenis,
            Jenjang = j.Jenjang,
            UnitKerjaId = j.UnitKerjaId,
            Kode = j.Kode,
            AtasanJabatanId = j.AtasanJabatanId,
        }).FirstOrDefaultAsync(ct);

    public async Task<int> BuatAsync(JabatanForm form, CancellationToken ct)
    {
        var jabatan = new JabatanEntity(form.Nama.Trim(), form.Jenis, Jenjang(form), form.UnitKerjaId!.Value, Bersihkan(form.Kode));
        jabatan.LaporKe(form.AtasanJabatanId, _ => null); // a new position has nobody under it: no loop possible
        db.Jabatan.Add(jabatan);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Jabatan {JabatanId} ditambahkan di unit {UnitId}", jabatan.Id, jabatan.UnitKerjaId);
        return jabatan.Id;
    }

    /// <summary>
    /// Throws <see cref="DomainException"/> for a loop in the position tree (<c>Jabatan.SiklusAtasan</c>) or
    /// among employees (<c>Organisasi.SiklusAtasan</c>), <see cref="DbUpdateConcurrencyException"/> for a
    /// stale form; nothing is saved then.
    /// </summary>
    public async Task<int?> UbahAsync(JabatanForm form, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.FirstOrDefaultAsync(j => j.Id == form.Id, ct);
        if (jabatan is null)
        {
            return null;
        }

        var atasan = await db.Jabatan.AsNoTracking().Select(j => new { j.Id, j.AtasanJabatanId }).ToDictionaryAsync(j => j.Id, j => j.AtasanJabatanId, ct);
        db.Entry(jabatan).Property(j => j.Version).OriginalValue = form.Version;
        jabatan.Nama = form.Nama.Trim();
        jabatan.Kode = Bersihkan(form.Kode);
        jabatan.UnitKerjaId = form.UnitKerjaId!.Value;
        jabatan.UbahJenis(form.Jenis, Jenjang(form));
        jabatan.LaporKe(form.AtasanJabatanId, id => atasan.GetValueOrDefault(id));

        // A new name or unit changes the holders' SKP header; a new atasan changes their subordinates' penilai.
        var pemegang = await db.Pegawai.Where(p => p.JabatanId == jabatan.Id).Select(p => p.Id).ToListAsync(ct);
        var berubah = (await db.SimpanPerubahanOrganisasiAsync(pemegang, null, logger, ct)).Jumlah;
        logger.LogInformation("Jabatan {JabatanId} diubah; atasan {Jumlah} pegawai ikut berubah", jabatan.Id, berubah);
        return berubah;
    }

    /// <summary>Appoints (or, with no employee, ends) the Plt/Plh; returns how many employees' atasan changed.</summary>
    public async Task<int?> TunjukPenggantiAsync(int id, PenggantiForm form, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.FirstOrDefaultAsync(j => j.Id == id, ct);
        if (jabatan is null)
        {
            return null;
        }

        if (!jabatan.Aktif)
        {
            throw new DomainException("Jabatan.TidakAktif");
        }

        if (form.PegawaiId is { } pegawaiId && await db.Pegawai.AnyAsync(p => p.Id == pegawaiId && p.JabatanId == id, ct))
        {
            throw new DomainException("Jabatan.PenggantiAdalahPemegang");
        }

        db.Entry(jabatan).Property(j => j.Version).OriginalValue = form.Version;
        jabatan.TunjukPengganti(form.PegawaiId, form.PegawaiId is null ? null : form.Jenis);
        var berubah = (await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct)).Jumlah;
        logger.LogInformation("Pengganti jabatan {JabatanId}: {Jenis}; atasan {Jumlah} pegawai berubah", id, jabatan.JenisPengganti, berubah);
        return berubah;
    }

    /// <summary>Refuses (<c>Jabatan.MasihDipakai</c>) while it has active holders or active positions reporting to it.</summary>
    public async Task<bool> NonaktifkanAsync(int id, int version, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.FirstOrDefaultAsync(j => j.Id == id, ct);
        if (jabatan is null)
        {
            return false;
        }

        var pemegang = await db.Pegawai.CountAsync(p => p.JabatanId == id && p.Status == StatusPegawai.Aktif, ct);
        var bawahan = await db.Jabatan.CountAsync(j => j.AtasanJabatanId == id && j.Aktif, ct);
        if (pemegang + bawahan > 0)
        {
            throw new DomainException("Jabatan.MasihDipakai", pemegang, bawahan);
        }

        db.Entry(jabatan).Property(j => j.Version).OriginalValue = version;
        jabatan.Aktif = false;
        jabatan.TunjukPengganti(null, null);
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        logger.LogInformation("Jabatan {JabatanId} dinonaktifkan", id);
        return true;
    }

    public async Task<bool> AktifkanAsync(int id, int version, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.Include(j => j.UnitKerja).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (jabatan is null)
        {
            return false;
        }

        if (jabatan.UnitKerja is { Aktif: false })
        {
            throw new DomainException("Jabatan.UnitTidakAktif");
        }

        db.Entry(jabatan).Property(j => j.Version).OriginalValue = version;
        jabatan.Aktif = true;
        await db.SimpanPerubahanOrganisasiAsync(null, null, logger, ct);
        logger.LogInformation("Jabatan {JabatanId} diaktifkan", id);
        return true;
    }

    /// <summary>Employee picker: active employees by NIP (with or without spaces) or name.</summary>
    public async Task<IReadOnlyList<PilihanJabatan>> CariPegawaiAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return [];
        }

        var kunci = PegawaiService.KunciPencarian(q);
        var rows = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.KataKunci.Contains(kunci))
            .OrderBy(p => p.Nama).ThenBy(p => p.Nip)
            .Take(MaksimumPilihan)
            .Select(p => new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang })
            .ToListAsync(ct);
        return [.. rows.Select(p => new PilihanJabatan(p.Id, Label(p.Nip, PegawaiEntityNama(p.GelarDepan, p.Nama, p.GelarBelakang))))];
    }

    public async Task<string?> LabelPegawaiAsync(int id, CancellationToken ct)
    {
        var p = await db.Pegawai.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Nip, x.GelarDepan, x.Nama, x.GelarBelakang }).FirstOrDefaultAsync(ct);
        return p is null ? null : Label(p.Nip, PegawaiEntityNama(p.GelarDepan, p.Nama, p.GelarBelakang));
    }

    public async Task<IReadOnlyList<PilihanUnit>> DaftarUnitAsync(int? terpilih, CancellationToken ct) =>
        await db.UnitKerja.AsNoTracking()
            .Where(u => (u.Aktif && u.Jenis <= JenisUnitKerja.PerangkatDaerah) || u.Id == terpilih)
            .OrderBy(u => u.Jenis).ThenBy(u => u.Nama).Select(u => new PilihanUnit(u.Id, u.Nama)).ToListAsync(ct);

    private static string Label(string nip, string nama) => nama + " — " + Nip.Format(nip);

    private static string PegawaiEntityNama(string? depan, string nama, string? belakang) =>
        Domain.Kepegawaian.Pegawai.FormatNama(depan, nama, belakang);

    private static JenjangFungsional? Jenjang(JabatanForm form) => form.Jenis.IsFungsional() ? form.Jenjang : null;

    private static string? Bersihkan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IQueryable<PemegangJabatan> Pemegang(IQueryable<Domain.Kepegawaian.Pegawai> query) =>
        query.AsNoTracking().OrderBy(p => p.Nama).Take(200)
            .Select(p => new PemegangJabatan(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.Status));
}

public sealed class JabatanFilter
{
    public string? Q { get; set; }

    public int? UnitId { get; set; }

    public JenisJabatan? Jenis { get; set; }

    public bool? Kosong { get; set; }

    public bool? Semua { get; set; }

    public int Halaman { get; set; } = 1;

    public int Ukuran { get; set; } = HalamanExtensions.UkuranBawaan;
}

public sealed record JabatanBaris(
    int Id,
    string Nama,
    string? Kode,
    JenisJabatan Jenis,
    JenjangFungsional? Jenjang,
    int UnitKerjaId,
    string NamaUnit,
    bool Aktif,
    int JumlahPemegang,
    string? NamaPemegang,
    int? AtasanJabatanId,
    string? NamaAtasanJabatan,
    JenisPengganti? JenisPengganti,
    string? NamaPengganti);

public sealed record JabatanRingkas(
    int Id,
    string Nama,
    string? Kode,
    JenisJabatan Jenis,
    JenjangFungsional? Jenjang,
    int UnitKerjaId,
    string NamaUnit,
    bool UnitAktif,
    bool Aktif,
    int Version,
    int? AtasanJabatanId,
    string? NamaAtasanJabatan,
    JenisPengganti? JenisPengganti,
    int? PenggantiPegawaiId);

public sealed record PemegangJabatan(int Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, StatusPegawai Status)
{
    public string NamaLengkap => Domain.Kepegawaian.Pegawai.FormatNama(GelarDepan, Nama, GelarBelakang);
}

public sealed record JabatanBawahan(int Id, string Nama, string NamaUnit, bool Aktif, int JumlahPemegang);

public sealed record PegawaiBermasalah(int Id, string Nip, string Nama, string NamaJabatan, MasalahAtasan Masalah);

public sealed record JabatanDetailViewModel(
    JabatanRingkas Jabatan,
    IReadOnlyList<PemegangJabatan> Pemegang,
    PemegangJabatan? Pengganti,
    IReadOnlyList<JabatanBawahan> Bawahan,
    IReadOnlyList<PegawaiBermasalah> Masalah,
    IReadOnlyList<AuditBaris> Riwayat,
    PenggantiForm Form);

public sealed record JabatanIndexViewModel(JabatanFilter Filter, Halaman<JabatanBaris> Halaman, IReadOnlyList<PilihanUnit> Unit);
