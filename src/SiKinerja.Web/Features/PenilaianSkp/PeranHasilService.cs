using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>
/// The matriks peran hasil (issue 3 §4): rows are the RHK of the supervisor's current SKP of the year, columns their
/// current direct reports. A ticked cell is a <see cref="PeranHasil"/>; saving applies it to each subordinate's current
/// SKP (<see cref="PeranHasil.TerapkanKe"/>) in one atomic save and reports per subordinate what happened. Fixed number
/// of queries whatever the number of subordinates or RHK.
/// </summary>
public sealed class PeranHasilService(AppDbContext db, TimeProvider clock, ILogger<PeranHasilService> logger)
{
    public async Task<MatriksViewModel> MatriksAsync(int penilaiId, int? tahun, CancellationToken ct)
    {
        var daftarTahun = await PenilaianSkpService.DaftarTahunAsync(db, ct);
        var dipilih = PenilaianSkpService.PilihTahun(daftarTahun, tahun);
        if (dipilih is null)
        {
            return new MatriksViewModel(daftarTahun, null, null, [], [], []);
        }

        var milikSaya = await SkpTerkini(db.Skp.AsNoTracking(), dipilih.Id)
            .Where(s => s.PegawaiId == penilaiId)
            .Select(s => new { s.Id, s.Status })
            .FirstOrDefaultAsync(ct);
        var bawahan = await BawahanAsync(penilaiId, ct);
        if (milikSaya is null)
        {
            return new MatriksViewModel(daftarTahun, dipilih, null, [], bawahan, []);
        }

        var rhk = await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => r.SkpId == milikSaya.Id)
            .OrderBy(r => r.Urutan).Select(r => new RhkMatriks(r.Id, r.Jenis, r.Teks)).ToListAsync(ct);
        var skpBawahan = await SkpTerkini(db.Skp.AsNoTracking(), dipilih.Id)
            .Where(s => db.Pegawai.Any(p => p.Id == s.PegawaiId && p.AtasanLangsungId == penilaiId && p.Status == StatusPegawai.Aktif))
            .Select(s => new { s.Id, s.PegawaiId, s.Status })
            .ToListAsync(ct);
        var skpIds = skpBawahan.Select(s => s.Id).ToList();
        var tautan = await db.Set<RencanaHasilKerja>().AsNoTracking()
            .Where(r => skpIds.Contains(r.SkpId) && r.RhkAtasanId != null
                && db.Set<RencanaHasilKerja>().Any(a => a.Id == r.RhkAtasanId && a.SkpId == milikSaya.Id))
            .Select(r => new { r.SkpId, RhkAtasanId = r.RhkAtasanId!.Value })
            .ToListAsync(ct);
        var sel = await db.PeranHasil.AsNoTracking()
            .Where(ph => db.Set<RencanaHasilKerja>().Any(a => a.Id == ph.RhkAtasanId && a.SkpId == milikSaya.Id))
            .Select(ph => new { ph.RhkAtasanId, ph.PegawaiId, ph.Teks })
            .ToListAsync(ct);

        var skpPer = skpBawahan.ToDictionary(s => s.PegawaiId);
        var tautanSet = tautan.Select(x => (x.SkpId, x.RhkAtasanId)).ToHashSet();
        var selPer = sel.ToDictionary(x => (x.RhkAtasanId, x.PegawaiId));
        var sels = new List<SelMatriks>();
        foreach (var r in rhk)
        {
            foreach (var b in bawahan)
            {
                var s = skpPer.GetValueOrDefault(b.PegawaiId);
                var ada = s is not null && tautanSet.Contains((s.Id, r.Id));
                var dicentang = selPer.TryGetValue((r.Id, b.PegawaiId), out var c);
                var keadaan = ada ? HasilPeranHasil.SudahAda
                    : s is null ? HasilPeranHasil.MenungguSkpDibuat
                    : s.Status == StatusSkp.Disetujui ? HasilPeranHasil.SkpDisetujui
                    : s.Status == StatusSkp.Diajukan ? HasilPeranHasil.SkpDiajukan
                    : (HasilPeranHasil?)null;
                sels.Add(new SelMatriks(r.Id, b.PegawaiId, dicentang, c?.Teks, keadaan));
            }
        }

        return new MatriksViewModel(daftarTahun, dipilih, new SkpSaya(milikSaya.Id, milikSaya.Status), rhk, bawahan, sels);
    }

    /// <summary>
    /// Saves the ticked cells of <paramref name="form"/> for the supervisor's current SKP of the year and applies them
    /// to the subordinates' current SKP, all in one SaveChanges. Null when the supervisor has no SKP that year; throws
    /// <see cref="Domain.Common.DomainException"/> for a cell outside the grid (a forged RHK or employee) and
    /// <see cref="DbUpdateConcurrencyException"/> when a subordinate's SKP changed meanwhile (nothing is saved then).
    /// </summary>
    public async Task<IReadOnlyList<LaporanPegawai>?> SimpanAsync(int penilaiId, string nip, MatriksForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var tahun = await db.TahunKinerja.AsNoTracking().Where(k => k.Tahun == form.Tahun).Select(k => (int?)k.Id).FirstOrDefaultAsync(ct);
        if (tahun is not { } tahunId)
        {
            return null;
        }

        var milikSaya = await SkpTerkini(db.Skp.AsNoTracking(), tahunId).Where(s => s.PegawaiId == penilaiId)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (milikSaya is not { } skpSayaId)
        {
            return null;
        }

        var rhk = await db.Set<RencanaHasilKerja>().AsNoTracking().Where(r => r.SkpId == skpSayaId)
            .OrderBy(r => r.Urutan).Select(r => new { r.Id, r.Teks }).ToListAsync(ct);
        var bawahan = await BawahanAsync(penilaiId, ct);
        var rhkTeks = rhk.ToDictionary(r => r.Id, r => r.Teks);
        var namaBawahan = bawahan.ToDictionary(b => b.PegawaiId, b => b.NamaLengkap);
        var dicentang = MatriksForm.Urai(form.Sel);
        if (dicentang is null || dicentang.Any(c => !rhkTeks.ContainsKey(c.RhkId) || !namaBawahan.ContainsKey(c.PegawaiId)))
        {
            throw new Domain.Common.DomainException(MatriksForm.SelTidakValid);
        }

        var sel = await db.PeranHasil
            .Where(ph => db.Set<RencanaHasilKerja>().Any(a => a.Id == ph.RhkAtasanId && a.SkpId == skpSayaId))
            .ToListAsync(ct);
        var skpBawahan = await SkpTerkini(db.Skp, tahunId).DenganIsi()
            .Where(s => db.Pegawai.Any(p => p.Id == s.PegawaiId && p.AtasanLangsungId == penilaiId && p.Status == StatusPegawai.Aktif))
            .ToListAsync(ct);
        var skpPer = skpBawahan.ToDictionary(s => s.PegawaiId);

        // Unticked cells of the grid go; cells of former subordinates (not in the grid) are left alone.
        foreach (var lama in sel.Where(x => namaBawahan.ContainsKey(x.PegawaiId) && !dicentang.Contains((x.RhkAtasanId, x.PegawaiId))))
        {
            db.PeranHasil.Remove(lama);
        }

        var sekarang = clock.GetUtcNow().UtcDateTime;
        var hasil = new List<(int PegawaiId, HasilPeranHasil Hasil)>();
        foreach (var (rhkId, pegawaiId) in dicentang.OrderBy(c => c.PegawaiId).ThenBy(c => rhk.FindIndex(r => r.Id == c.RhkId)))
        {
            var teks = form.Teks.GetValueOrDefault(rhkId) is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : rhkTeks[rhkId];
            var cell = sel.FirstOrDefault(x => x.RhkAtasanId == rhkId && x.PegawaiId == pegawaiId);
            if (cell is null)
            {
                cell = new PeranHasil(rhkId, pegawaiId, teks, nip, sekarang);
                db.PeranHasil.Add(cell);
            }
            else if (cell.Teks != teks)
            {
                cell.UbahTeks(teks);
            }

            hasil.Add((pegawaiId, cell.TerapkanKe(skpPer.GetValueOrDefault(pegawaiId))));
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Matriks peran hasil SKP {SkpId} disimpan oleh {Nip}: {Sel} sel, {Ditambahkan} RHK ditambahkan",
            skpSayaId, nip, dicentang.Count, hasil.Count(h => h.Hasil == HasilPeranHasil.Ditambahkan));
        return
        [
            .. hasil.GroupBy(h => h.PegawaiId).Select(g => new LaporanPegawai(
                namaBawahan[g.Key],
                g.Count(h => h.Hasil == HasilPeranHasil.Ditambahkan),
                g.Count(h => h.Hasil == HasilPeranHasil.SudahAda),
                g.Count(h => h.Hasil == HasilPeranHasil.MenungguSkpDibuat),
                g.Count(h => h.Hasil == HasilPeranHasil.SkpDiajukan),
                g.Count(h => h.Hasil == HasilPeranHasil.SkpDisetujui))),
        ];
    }

    /// <summary>
    /// Adds to <paramref name="skp"/> (tracked or new, editable) the matrix RHK waiting for its employee: cells of the
    /// SKP's pejabat penilai, on RHK of the penilai's current SKP of the same year, not yet linked in this SKP. Does not
    /// save: the caller saves with the rest of its unit of work. Returns the number of RHK added (0 for an SKP that is
    /// not editable or has no pejabat penilai).
    /// </summary>
    public async Task<int> TerapkanAsync(SkpEntity skp, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(skp);
        if (!skp.DapatDiubah || skp.PejabatPenilaiId is not { } penilaiId)
        {
            return 0;
        }

        var sel = await db.PeranHasil.AsNoTracking()
            .Where(ph => ph.PegawaiId == skp.PegawaiId
                && db.Set<RencanaHasilKerja>().Any(r => r.Id == ph.RhkAtasanId
                    && db.Skp.Any(s => s.Id == r.SkpId && s.PegawaiId == penilaiId && s.TahunKinerjaId == skp.TahunKinerjaId && !s.Direvisi)))
            .OrderBy(ph => ph.Id)
            .ToListAsync(ct);
        var ditambahkan = sel.Count(ph => ph.TerapkanKe(skp) == HasilPeranHasil.Ditambahkan);
        if (ditambahkan > 0)
        {
            logger.LogInformation("{Jumlah} RHK dari matriks peran hasil ditambahkan ke SKP pegawai {PegawaiId}", ditambahkan, skp.PegawaiId);
        }

        return ditambahkan;
    }

    /// <summary>Each person's current SKP of the year (<see cref="SkpQueries.Terkini"/>).</summary>
    private IQueryable<SkpEntity> SkpTerkini(IQueryable<SkpEntity> skp, int tahunKinerjaId) =>
        skp.Where(s => s.TahunKinerjaId == tahunKinerjaId).Terkini(db.Skp);

    private async Task<List<BawahanData>> BawahanAsync(int penilaiId, CancellationToken ct)
    {
        var daftar = await db.Pegawai.AsNoTracking()
            .Where(p => p.AtasanLangsungId == penilaiId && p.Status == StatusPegawai.Aktif)
            .OrderBy(p => p.Nama)
            .Select(p => new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, Jabatan = p.Jabatan != null ? p.Jabatan.Nama : null })
            .ToListAsync(ct);
        return [.. daftar.Select(b => new BawahanData(b.Id, b.Nip, Domain.Kepegawaian.Pegawai.FormatNama(b.GelarDepan, b.Nama, b.GelarBelakang), b.Jabatan))];
    }
}

/// <summary>The matrix as posted: the year, the ticked cells ("rhkId:pegawaiId") and the subordinate-facing text per RHK.</summary>
public sealed class MatriksForm
{
    public const string SelTidakValid = "PenilaianSkp.SelTidakValid";

    public int Tahun { get; set; }

    public List<string> Sel { get; set; } = [];

    public Dictionary<int, string?> Teks { get; set; } = [];

    public static string Kunci(int rhkId, int pegawaiId) => FormattableString.Invariant($"{rhkId}:{pegawaiId}");

    /// <summary>The cells, or null when one is malformed.</summary>
    public static HashSet<(int RhkId, int PegawaiId)>? Urai(IEnumerable<string> sel)
    {
        var hasil = new HashSet<(int, int)>();
        foreach (var s in sel)
        {
            var bagian = s.Split(':');
            if (bagian.Length != 2
                || !int.TryParse(bagian[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rhk)
                || !int.TryParse(bagian[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pegawai))
            {
                return null;
            }

            hasil.Add((rhk, pegawai));
        }

        return hasil;
    }
}

public sealed class MatriksFormValidator : FluentValidation.AbstractValidator<MatriksForm>
{
    public MatriksFormValidator(Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Sel).Must(s => MatriksForm.Urai(s) is not null).WithMessage(_ => t[MatriksForm.SelTidakValid]);
        RuleFor(x => x).Custom((form, context) =>
        {
            foreach (var (rhkId, teks) in form.Teks)
            {
                if (teks is not null && teks.Trim().Length > PeranHasil.TeksMaxLength)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"Teks[{rhkId}]", t["Umum.TerlaluPanjang", PeranHasil.TeksMaxLength]));
                }
            }
        });
    }
}

public sealed record RhkMatriks(int Id, JenisRhk Jenis, string Teks);

public sealed record SkpSaya(int Id, StatusSkp Status);

/// <summary>One cell: ticked, its text, and the state of the subordinate's SKP for this RHK (null: editable, not linked yet).</summary>
public sealed record SelMatriks(int RhkId, int PegawaiId, bool Dicentang, string? Teks, HasilPeranHasil? Keadaan);

public sealed record MatriksViewModel(
    IReadOnlyList<TahunPilihan> DaftarTahun, TahunPilihan? Tahun, SkpSaya? SkpSaya, IReadOnlyList<RhkMatriks> Rhk,
    IReadOnlyList<BawahanData> Bawahan, IReadOnlyList<SelMatriks> Sel)
{
    public SelMatriks? SelUntuk(int rhkId, int pegawaiId) => Sel.FirstOrDefault(s => s.RhkId == rhkId && s.PegawaiId == pegawaiId);
}

/// <summary>What a save did for one subordinate (counts of ticked cells per outcome).</summary>
public sealed record LaporanPegawai(string Nama, int Ditambahkan, int SudahAda, int MenungguSkpDibuat, int SkpDiajukan, int SkpDisetujui);
