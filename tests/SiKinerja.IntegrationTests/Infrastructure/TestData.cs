using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Organisasi;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>Accounts of the small test organisation.</summary>
public sealed record AkunUji(string Login, int? PegawaiId, string Nama);

/// <summary>
/// Dinas Uji: Kepala Dinas ← Kepala Bidang ← two staff; an Admin BKD (staff of the BKD) and an
/// Administrator account without an employee record. Everyone's password is <see cref="TestData.Password"/>.
/// </summary>
public sealed record OrganisasiUji(
    int UnitRootId,
    int UnitDinasId,
    int UnitBidangId,
    int JabatanKadisId,
    int JabatanKabidId,
    int JabatanStafId,
    AkunUji Kadis,
    AkunUji Kabid,
    AkunUji Staf,
    AkunUji Staf2,
    AkunUji AdminBkd,
    AkunUji Administrator);

public static class TestData
{
    public const string Password = "Rahasia123";
    private static int _counter;

    /// <summary>A valid, unique NIP (birth date advances one day per call).</summary>
    public static string NipBaru(JenisKelamin jenisKelamin = JenisKelamin.Pria)
    {
        var n = Interlocked.Increment(ref _counter);
        var lahir = new DateOnly(1970, 1, 1).AddDays(n);
        var tmt = new DateOnly(lahir.Year + 25, (n % 12) + 1, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{lahir:yyyyMMdd}{tmt:yyyyMM}{(int)jenisKelamin}{(n % 998) + 1:000}");
    }

    public static async Task<OrganisasiUji> BuatOrganisasiAsync(SiKinerjaAppFactory factory)
    {
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var root = new UnitKerja("Pemerintah Kabupaten Uji", JenisUnitKerja.Pemda, null);
            db.UnitKerja.Add(root);
            await db.SaveChangesAsync();
            var dinas = new UnitKerja("Dinas Uji", JenisUnitKerja.PerangkatDaerah, root.Id);
            var bkd = new UnitKerja("Badan Kepegawaian Uji", JenisUnitKerja.PerangkatDaerah, root.Id);
            db.UnitKerja.AddRange(dinas, bkd);
            await db.SaveChangesAsync();
            var bidang = new UnitKerja("Bidang Uji", JenisUnitKerja.BidangBagian, dinas.Id);
            db.UnitKerja.Add(bidang);
            await db.SaveChangesAsync();

            var kadis = new Jabatan("Kepala Dinas Uji", JenisJabatan.JptPratama, null, dinas.Id);
            var analisBkd = new Jabatan("Analis SDM Aparatur Ahli Pertama", JenisJabatan.FungsionalKeahlian, JenjangFungsional.AhliPertama, bkd.Id);
            db.Jabatan.AddRange(kadis, analisBkd);
            await db.SaveChangesAsync();
            var kabid = new Jabatan("Kepala Bidang Uji", JenisJabatan.Administrator, null, bidang.Id);
            kabid.LaporKe(kadis.Id, _ => null);
            db.Jabatan.Add(kabid);
            await db.SaveChangesAsync();
            var staf = new Jabatan("Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, null, bidang.Id);
            staf.LaporKe(kabid.Id, _ => null);
            db.Jabatan.Add(staf);
            await db.SaveChangesAsync();

            var pKadis = Pegawai("Budi Santoso", kadis.Id, "IV/c", "Dr.", "M.Si.");
            var pKabid = Pegawai("Siti Rahayu", kabid.Id, "IV/a", null, "S.E., M.M.", JenisKelamin.Wanita);
            var pStaf = Pegawai("Agus Setiawan", staf.Id, "II/c");
            var pStaf2 = Pegawai("Dewi Lestari", staf.Id, "III/a", null, "S.Kom.", JenisKelamin.Wanita);
            var pAdmin = Pegawai("Rina Marlina", analisBkd.Id, "III/b", null, "S.Psi.", JenisKelamin.Wanita);
            db.Pegawai.AddRange(pKadis, pKabid, pStaf, pStaf2, pAdmin);
            await db.SaveChangesAsync();
            await PenghitungAtasan.HitungUlangAsync(db);
            await db.SaveChangesAsync();

            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var akun = new List<AkunUji>();
            foreach (var p in new[] { pKadis, pKabid, pStaf, pStaf2, pAdmin })
            {
                await BuatAkunAsync(users, p.Nip, p.Id, email: null);
                akun.Add(new AkunUji(p.Nip, p.Id, p.NamaLengkap));
            }

            await users.AddToRoleAsync((await users.FindByNameAsync(pAdmin.Nip))!, Peran.AdminBkd);
            var administrator = await BuatAkunAsync(users, "administrator", null, "administrator@sikinerja.test");
            await users.AddToRoleAsync(administrator, Peran.Administrator);

            return new OrganisasiUji(
                root.Id, dinas.Id, bidang.Id, kadis.Id, kabid.Id, staf.Id,
                akun[0], akun[1], akun[2], akun[3], akun[4],
                new AkunUji("administrator", null, "administrator"));
        });
    }

    public static Pegawai Pegawai(string nama, int? jabatanId, string golongan, string? gelarDepan = null, string? gelarBelakang = null, JenisKelamin jk = JenisKelamin.Pria)
    {
        var p = new Pegawai(Nip.Parse(NipBaru(jk)), nama, JenisPegawai.Pns, Golongan.Find(golongan, JenisPegawai.Pns)!);
        p.UbahNama(gelarDepan, nama, gelarBelakang);
        p.JabatanId = jabatanId;
        return p;
    }

    public static async Task<AppUser> BuatAkunAsync(UserManager<AppUser> users, string userName, int? pegawaiId, string? email, bool harusGanti = false)
    {
        var user = new AppUser { UserName = userName, Email = email, PegawaiId = pegawaiId, HarusGantiPassword = harusGanti };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>A fresh employee with an account in the staff position (for tests that change account state).</summary>
    public static Task<AkunUji> BuatPegawaiDenganAkunAsync(SiKinerjaAppFactory factory, bool harusGanti = false, string? email = null) =>
        factory.WithScopeAsync(async sp =>
        {
            var org = await factory.OrganisasiAsync();
            var db = sp.GetRequiredService<AppDbContext>();
            var p = Pegawai("Pegawai Uji", org.JabatanStafId, "II/a");
            db.Pegawai.Add(p);
            await db.SaveChangesAsync();
            await PenghitungAtasan.HitungUlangAsync(db);
            await db.SaveChangesAsync();
            await BuatAkunAsync(sp.GetRequiredService<UserManager<AppUser>>(), p.Nip, p.Id, email, harusGanti);
            return new AkunUji(p.Nip, p.Id, p.NamaLengkap);
        });
}
