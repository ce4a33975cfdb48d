using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Organisasi;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// Units, positions and employees a test creates for itself (the <see cref="OrganisasiUji"/> fixture is
/// shared by every test of a class, so tests that mutate work on their own rows).
/// </summary>
internal static class DataOrganisasi
{
    private static int _counter;

    public static string NamaUnik(string awalan) => $"{awalan} {Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public static Task<int> UnitAsync(SiKinerjaAppFactory factory, string nama, int parentId, JenisUnitKerja jenis = JenisUnitKerja.PerangkatDaerah) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var unit = new UnitKerja(nama, jenis, parentId);
            db.UnitKerja.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });

    public static Task<int> JabatanAsync(SiKinerjaAppFactory factory, string nama, JenisJabatan jenis, int unitId, int? atasanId = null) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var jabatan = new Jabatan(nama, jenis, null, unitId);
            jabatan.LaporKe(atasanId, _ => null);
            db.Jabatan.Add(jabatan);
            await db.SaveChangesAsync();
            return jabatan.Id;
        });

    public static Task<int> PegawaiAsync(SiKinerjaAppFactory factory, string nama, int jabatanId) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var p = TestData.Pegawai(nama, jabatanId, "III/a");
            db.Pegawai.Add(p);
            await db.SaveChangesAsync();
            await PenghitungAtasan.HitungUlangAsync(db);
            await db.SaveChangesAsync();
            return p.Id;
        });

    public static Task<T> BacaAsync<T>(SiKinerjaAppFactory factory, Func<AppDbContext, Task<T>> baca) =>
        factory.WithScopeAsync(sp => baca(sp.GetRequiredService<AppDbContext>()));

    public static Task<UnitKerja> UnitDbAsync(SiKinerjaAppFactory factory, int id) =>
        BacaAsync(factory, db => db.UnitKerja.AsNoTracking().SingleAsync(u => u.Id == id));

    public static Task<Jabatan> JabatanDbAsync(SiKinerjaAppFactory factory, int id) =>
        BacaAsync(factory, db => db.Jabatan.AsNoTracking().SingleAsync(j => j.Id == id));

    public static Task<int?> AtasanDbAsync(SiKinerjaAppFactory factory, int pegawaiId) =>
        BacaAsync(factory, db => db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId).Select(p => p.AtasanLangsungId).SingleAsync());

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
