using Microsoft.EntityFrameworkCore;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Pegawai;

/// <summary>Looks up active positions for the position picker (thousands of positions do not fit a select).</summary>
public sealed class PencarianJabatanService(AppDbContext db)
{
    public const int Maksimum = 20;

    public async Task<IReadOnlyList<PilihanJabatan>> CariAsync(string? q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return [];
        }

        var kunci = q.Trim().ToLower();
        return await db.Jabatan.AsNoTracking()
            .Where(j => j.Aktif && (j.Nama.ToLower().Contains(kunci) || j.UnitKerja!.Nama.ToLower().Contains(kunci) || j.Kode == q.Trim()))
            .OrderBy(j => j.Nama).ThenBy(j => j.UnitKerja!.Nama)
            .Take(Maksimum)
            .Select(j => new PilihanJabatan(j.Id, j.Nama + " — " + j.UnitKerja!.Nama))
            .ToListAsync(ct);
    }

    public async Task<string?> LabelAsync(int id, CancellationToken ct) =>
        await db.Jabatan.AsNoTracking().Where(j => j.Id == id)
            .Select(j => j.Nama + " — " + j.UnitKerja!.Nama).FirstOrDefaultAsync(ct);
}

public sealed record PilihanJabatan(int Id, string Label);
