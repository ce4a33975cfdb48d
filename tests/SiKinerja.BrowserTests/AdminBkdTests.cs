using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The Admin BKD's daily work on the demo Pemda. Each journey changes only what it creates itself, or what no
/// other browser test reads (the vacant Kepala Seksi in Dinas PUPR; the year after the demo's open year).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBkdTests(BrowserFixture fixture)
{
    private const string Pupr = "Dinas Pekerjaan Umum dan Penataan Ruang";

    [Fact]
    public async Task AdminBkd_AddsAUnitUnderAPerangkatDaerah_SeesItInTheTree_AndCannotMoveItUnderItsOwnChild()
    {
        var kode = Guid.NewGuid().ToString("N")[..6];
        var induk = "Bidang Uji Pohon " + kode;
        var anak = "Seksi Uji Pohon " + kode;
        var page = await fixture.MasukDemoAsync("Admin BKD");

        await page.GotoAsync("/UnitKerja");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tambah unit" }).ClickAsync();
        await page.GetByLabel("Nama unit").FillAsync(induk);
        await page.GetByLabel("Jenis unit").SelectOptionAsync(new SelectOptionValue { Label = "Bidang/Bagian" });
        await page.PilihAsync(page.GetByLabel("Unit induk"), "Pekerjaan Umum", Pupr);
        await page.FotoAsync("unit-tambah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Unit kerja ditambahkan.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = induk })).ToBeVisibleAsync();

        await page.GotoAsync("/UnitKerja");
        var pohon = page.GetByTestId("pohon-unit");
        var barisInduk = pohon.Locator("li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = induk, Exact = true }) });
        await Assertions.Expect(barisInduk).ToHaveCountAsync(1);
        var barisPupr = pohon.Locator("li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Pupr, Exact = true }) });
        Assert.True(await Kedalaman(barisInduk) > await Kedalaman(barisPupr), "the new unit is drawn below its perangkat daerah");
        await page.FotoAsync("unit-pohon");

        // A child of the new unit, added from the unit's page.
        await page.GetByRole(AriaRole.Link, new() { Name = induk, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tambah subunit" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Unit induk")).ToHaveValueAsync(new Regex(Regex.Escape(induk)));
        await page.GetByLabel("Nama unit").FillAsync(anak);
        await page.GetByLabel("Jenis unit").SelectOptionAsync(new SelectOptionValue { Label = "Seksi/Subbagian" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Unit kerja ditambahkan.");

        // Moving the unit under its own child is refused on the form, with the user's choice kept.
        await page.GetByTestId("jalur-unit").GetByRole(AriaRole.Link, new() { Name = induk, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ubah", Exact = true }).ClickAsync();
        var pilihanAnak = await page.PilihAsync(page.GetByLabel("Unit induk"), "Uji Pohon " + kode, anak);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for=IndukId]"))
            .ToHaveTextAsync("Unit tidak dapat dipindahkan ke bawah dirinya sendiri atau subunitnya.");
        await Assertions.Expect(page.GetByLabel("Unit induk")).ToHaveValueAsync(pilihanAnak);
        await page.FotoAsync("unit-siklus");
        var indukTersimpan = await fixture.DenganDbAsync(db => db.UnitKerja.Where(u => u.Nama == induk).Select(u => u.Parent!.Nama).SingleAsync());
        Assert.Equal(Pupr, indukTersimpan);
    }

    [Fact]
    public async Task AdminBkd_AppointsAPltOnTheVacantKepalaSeksi_AndItsStaffLeaveTheProblemList()
    {
        const string kosong = "Kepala Seksi Pemeliharaan Jalan dan Jembatan";
        var plt = await fixture.DenganDbAsync(db => db.Pegawai
            .Where(p => p.Jabatan!.Nama == "Kepala Seksi Pembangunan Jalan dan Jembatan" && p.Status == StatusPegawai.Aktif)
            .Select(p => p.Nip).FirstAsync());
        var page = await fixture.MasukDemoAsync("Admin BKD");

        await page.GotoAsync("/Pegawai?masalah=true");
        var masalah = page.GetByTestId("daftar-pegawai").Locator("tbody tr")
            .Filter(new() { Has = page.GetByTestId("masalah-atasan").GetByText("Jabatan atasan langsung kosong") });
        var stafKosong = await masalah.Locator("td:first-child").AllInnerTextsAsync();
        Assert.NotEmpty(stafKosong);

        await page.GotoAsync("/Jabatan");
        await page.GetByLabel("Cari nama atau kode jabatan").FillAsync("Pemeliharaan Jalan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = kosong, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = kosong })).ToBeVisibleAsync();

        var form = page.GetByTestId("form-pengganti");
        await page.PilihAsync(form.GetByLabel("Pegawai yang ditunjuk"), plt, Nip.Format(plt));
        await form.GetByLabel("Jenis penugasan").SelectOptionAsync(new SelectOptionValue { Label = "Plt." });
        await form.GetByRole(AriaRole.Button, new() { Name = "Tunjuk" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync(new Regex($"Penugasan Plt\\. disimpan\\. Atasan {stafKosong.Count} pegawai ikut berubah\\."));
        await Assertions.Expect(page.GetByTestId("form-pengganti").GetByRole(AriaRole.Button, new() { Name = "Akhiri penugasan" })).ToBeVisibleAsync();
        await page.FotoAsync("jabatan-plt");

        await page.GotoAsync("/Pegawai?masalah=true");
        var tabel = page.GetByTestId("daftar-pegawai");
        await Assertions.Expect(tabel).ToBeVisibleAsync();
        foreach (var staf in stafKosong)
        {
            await Assertions.Expect(tabel.Locator("tbody tr").Filter(new() { HasText = staf.Split('\n')[0].Trim() })).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.GetByTestId("masalah-atasan").GetByText("Jabatan atasan langsung kosong")).ToHaveCountAsync(0);
        await page.FotoAsync("pegawai-masalah");
    }

    [Fact]
    public async Task AdminBkd_OpensNextYear_SeesItsPeriods_AndAnOutOfRangeDueDateIsRefusedBesideTheField()
    {
        var tahunDemo = await fixture.DenganDbAsync(db => db.TahunKinerja.Where(k => k.Status == StatusTahunKinerja.Dibuka).MinAsync(k => k.Tahun));
        var tahun = tahunDemo + 1;
        var page = await fixture.MasukDemoAsync("Admin BKD");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tahun kinerja", Exact = true }).ClickAsync();
        var daftar = page.GetByTestId("daftar-tahun");
        await Assertions.Expect(daftar.Locator($"tr[data-tahun='{tahunDemo}']")).ToContainTextAsync("Dibuka");
        await page.FotoAsync("tahun-daftar");

        await page.GetByRole(AriaRole.Link, new() { Name = "Buka tahun" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Tahun", new() { Exact = true })).ToHaveValueAsync(tahun.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel("Jenis periode")).ToHaveValueAsync("Semesteran");
        await page.FotoAsync("tahun-buka");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka tahun" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Tahun kinerja {tahun} dibuka.");
        var periode = page.GetByTestId("periode").Locator("tbody tr");
        await Assertions.Expect(periode).ToHaveCountAsync(2);
        await Assertions.Expect(periode.Nth(0).Locator("th")).ToHaveTextAsync("Semester I");
        await Assertions.Expect(periode.Nth(0).Locator("td").First).ToHaveTextAsync($"1 Januari {tahun} – 30 Juni {tahun}");
        await Assertions.Expect(periode.Nth(1).Locator("th")).ToHaveTextAsync("Semester II");
        await Assertions.Expect(periode.Nth(1).Locator("td").First).ToHaveTextAsync($"1 Juli {tahun} – 31 Desember {tahun}");

        var batas = page.GetByTestId("form-batas");
        await batas.GetByLabel("Batas perencanaan SKP").FillAsync($"{tahun - 1}-12-31");
        await batas.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for=BatasPerencanaan]"))
            .ToHaveTextAsync("Batas perencanaan SKP harus antara 1 Januari tahun itu dan satu tahun setelah 31 Desember.");
        await Assertions.Expect(batas.GetByLabel("Batas perencanaan SKP")).ToHaveValueAsync($"{tahun - 1}-12-31");
        await page.FotoAsync("tahun-batas-salah");
        var tersimpan = await fixture.DenganDbAsync(db => db.TahunKinerja.Where(k => k.Tahun == tahun).Select(k => k.BatasPerencanaan).SingleAsync());
        Assert.Equal(new DateOnly(tahun, 1, 31), tersimpan);
    }

    [Fact]
    public async Task DemoPegawai_OpeningAnAdminPage_GetsAksesDitolakInIndonesian_OnAPhone()
    {
        var page = await fixture.MasukDemoAsync("Pegawai", 390, 844);

        var jawaban = await page.GotoAsync("/UnitKerja/Tambah");

        Assert.Equal(403, jawaban!.Status);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/UnitKerja/Tambah$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Akses ditolak" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Anda tidak memiliki hak untuk membuka halaman ini.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Nama unit")).ToHaveCountAsync(0);
        await page.FotoAsync("akses-ditolak");
    }

    private static async Task<int> Kedalaman(ILocator baris) =>
        int.Parse((await baris.EvaluateAsync<string>("li => getComputedStyle(li).paddingLeft")).Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}

internal static class BrowserFixtureDb
{
    public static async Task<T> DenganDbAsync<T>(this BrowserFixture fixture, Func<AppDbContext, Task<T>> kerja)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await kerja(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
