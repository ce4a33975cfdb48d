using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.Web.Demo;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.BrowserTests;

/// <summary>
/// Continuous feedback with the demo accounts: the Pejabat penilai opens the demo Pegawai's approved SKP, follows the
/// "Umpan balik" link of the running period, writes feedback on an RHK and on one BerAKHLAK value; the Pegawai then
/// reads both on his page, without any form. The demo Pegawai plans his SKP himself in another browser test; when this
/// test runs first it gives him an approved one through the domain and removes it (and its feedback) afterwards, so
/// the planning test still finds him without an SKP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UmpanBalikBrowserTests(BrowserFixture fixture)
{
    private const string TeksRhk = "Rekap data pokok bulan ini rapi dan tepat waktu; tambahkan tangkapan layar Dapodik sebagai bukti dukung.";
    private const string TeksNilai = "Sudah aktif berbagi data dengan seksi lain, pertahankan koordinasinya.";

    [Fact]
    public async Task Penilai_GivesFeedbackOnAnRhkAndAValue_ThePegawaiThenReadsIt()
    {
        var (skpId, periodeId, rhkKunci, dibuat) = await SkpPegawaiAsync();
        try
        {
            var penilai = await fixture.MasukDemoAsync("Pejabat penilai");
            await penilai.GotoAsync($"/Skp/Detail/{skpId}");
            await KlikLaluTungguAsync(penilai, penilai.GetByTestId("tautan-umpan-balik").Locator($"a[data-periode='{periodeId}']"));
            await Assertions.Expect(penilai).ToHaveURLAsync(new Regex($"/UmpanBalik/{skpId}/{periodeId}$"));
            await Assertions.Expect(penilai.GetByRole(AriaRole.Heading, new() { Name = "Umpan balik berkelanjutan" })).ToBeVisibleAsync();

            var rhk = penilai.Locator($"[data-testid=utas][data-sasaran='rhk:{rhkKunci:D}']");
            await rhk.GetByLabel("Tulis umpan balik").FillAsync(TeksRhk);
            await KlikLaluTungguAsync(penilai, rhk.GetByRole(AriaRole.Button, new() { Name = "Tambahkan umpan balik" }));
            await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("Umpan balik ditambahkan.");

            var nilai = penilai.Locator("[data-testid=utas][data-sasaran='nilai:Kolaboratif']");
            await nilai.GetByLabel("Tulis umpan balik").FillAsync(TeksNilai);
            await KlikLaluTungguAsync(penilai, nilai.GetByRole(AriaRole.Button, new() { Name = "Tambahkan umpan balik" }));
            await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("Umpan balik ditambahkan.");
            await Assertions.Expect(penilai.Locator($"[data-testid=utas][data-sasaran='rhk:{rhkKunci:D}'] [data-testid=entri]").Last).ToContainTextAsync(TeksRhk);
            await Assertions.Expect(penilai.Locator("[data-testid=utas][data-sasaran='nilai:Kolaboratif'] [data-testid=entri]").Last).ToContainTextAsync(TeksNilai);
            await Assertions.Expect(penilai.GetByTestId("form-minta")).ToBeVisibleAsync();
            await penilai.FotoAsync("umpan-balik-penilai");

            // The Pegawai follows the same link from his SKP and reads both, with nothing to fill in.
            var pegawai = await fixture.MasukDemoAsync("Pegawai");
            await pegawai.GotoAsync($"/Skp/Detail/{skpId}");
            await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("tautan-umpan-balik").Locator($"a[data-periode='{periodeId}']"));
            await Assertions.Expect(pegawai.Locator($"[data-testid=utas][data-sasaran='rhk:{rhkKunci:D}']")).ToContainTextAsync(TeksRhk);
            await Assertions.Expect(pegawai.Locator("[data-testid=utas][data-sasaran='nilai:Kolaboratif']")).ToContainTextAsync(TeksNilai);
            await Assertions.Expect(pegawai.Locator("[data-testid=utas][data-sasaran='nilai:Kolaboratif']")).ToContainTextAsync("Euis Komalasari");
            await Assertions.Expect(pegawai.Locator("main textarea")).ToHaveCountAsync(0);
            await Assertions.Expect(pegawai.GetByTestId("permintaan-masukan")).ToHaveCountAsync(0);
            await pegawai.FotoAsync("umpan-balik-pegawai");
        }
        finally
        {
            if (dibuat)
            {
                await HapusAsync(skpId);
            }
        }
    }

    /// <summary>The demo Pegawai's evaluated SKP of the open year and its running period; created (approved) when he has none.</summary>
    private Task<(int SkpId, int PeriodeId, Guid Rhk, bool Dibuat)> SkpPegawaiAsync() => fixture.DenganDbAsync(async db =>
    {
        var nipPegawai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai").Login);
        var nipPenilai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pejabat penilai").Login);
        var pegawaiId = await db.Pegawai.Where(p => p.Nip == nipPegawai).Select(p => p.Id).SingleAsync();
        var tahun = await db.TahunKinerja.Include(t => t.Periode).Where(t => t.Status == StatusTahunKinerja.Dibuka).OrderBy(t => t.Tahun).FirstAsync();
        var hariIni = DateOnly.FromDateTime(DateTime.Today);
        var periode = tahun.Periode.Where(p => p.Mulai <= hariIni).OrderBy(p => p.Nomor).Last();
        var dibuat = false;
        var skp = await db.Skp.AsNoTracking().Dievaluasi(db.Skp).Where(s => s.PegawaiId == pegawaiId && s.TahunKinerjaId == tahun.Id)
            .Include(s => s.Rhk).FirstOrDefaultAsync();
        if (skp is null)
        {
            Assert.False(await db.Skp.AnyAsync(s => s.PegawaiId == pegawaiId && s.TahunKinerjaId == tahun.Id), "the demo Pegawai has an SKP in progress");
            var snapshot = await PembuatSnapshotSkp.BuatAsync(db, pegawaiId) ?? throw new InvalidOperationException("no snapshot");
            var rhkPenilai = await db.Skp.AsNoTracking().Dievaluasi(db.Skp).Where(s => s.PejabatPenilaiId != null && s.Snapshot.Pegawai.Nip == nipPenilai && s.TahunKinerjaId == tahun.Id)
                .SelectMany(s => s.Rhk.Select(r => r.Id)).FirstAsync();
            var waktu = DateTime.UtcNow.AddDays(-30);
            skp = SkpEntity.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, PendekatanSkp.Kuantitatif, snapshot, nipPegawai, waktu);
            var rhk = skp.TambahRhk(JenisRhk.Utama, "Tersedianya data pokok pendidikan sekolah dasar yang mutakhir dan valid", rhkPenilai);
            skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan rekapitulasi data pokok SD", Target.Angka(12, "laporan"));
            skp.TambahIki(rhk, AspekIki.Kualitas, "Persentase data sekolah yang valid pada Dapodik", Target.Angka(95, "persen"));
            skp.Ajukan(AturanSkp.Bawaan, true, nipPegawai, waktu.AddHours(1));
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {PerilakuKerja.Dari(n).Nama}"), nipPenilai, waktu.AddHours(2));
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            dibuat = true;
        }

        return (skp.Id, periode.Id, skp.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).First().Kunci, dibuat);
    });

    private Task<int> HapusAsync(int skpId) => fixture.DenganDbAsync(async db =>
    {
        db.UmpanBalik.RemoveRange(await db.UmpanBalik.Where(u => u.SkpId == skpId).ToListAsync());
        db.PermintaanMasukan.RemoveRange(await db.PermintaanMasukan.Where(r => r.SkpId == skpId).ToListAsync());
        db.Skp.Remove(await db.Skp.DenganIsi().SingleAsync(s => s.Id == skpId));
        return await db.SaveChangesAsync();
    });

    private static async Task KlikLaluTungguAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__halamanLama = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__halamanLama !== true && document.readyState === 'complete'");
    }
}
