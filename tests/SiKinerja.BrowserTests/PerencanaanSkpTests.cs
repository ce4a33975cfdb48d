using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The planning flow of one year with the demo accounts: the Pegawai drafts and submits his SKP, his Pejabat penilai
/// returns it with a note, he revises and resubmits, she approves it with the seven ekspektasi, and the Admin BKD sees it
/// in the recap and its export. Only the demo Pegawai's own SKP of the open year changes: no other browser test reads it
/// (the SKP editor test uses a new employee of its own; counts elsewhere are of other units or other states).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PerencanaanSkpTests(BrowserFixture fixture)
{
    private const string Catatan = "Target kuantitas laporan belum sesuai rencana kerja bidang; mohon dinaikkan menjadi 12 laporan.";

    private static readonly string[] Ekspektasi =
    [
        "Melayani permintaan data sekolah dengan cepat dan ramah",
        "Menyusun laporan data pendidikan tepat waktu dan akurat",
        "Terus mempelajari aplikasi Dapodik dan pengolahan data",
        "Menjaga kerahasiaan data peserta didik dan guru",
        "Bersikap santun kepada semua pihak tanpa membedakan",
        "Menawarkan penyederhanaan format laporan data sekolah",
        "Berbagi data dan berkoordinasi dengan seksi-seksi di bidang",
    ];

    [Fact]
    public async Task Pegawai_PlansSubmitsRevises_PenilaiReturnsThenApproves_AdminBkdSeesItInTheRecapAndExport()
    {
        var nipPegawai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai").Login);
        var (tahun, pegawaiId, unitId, pdId) = await fixture.DenganDbAsync(async db =>
        {
            var t = await db.TahunKinerja.Where(k => k.Status == StatusTahunKinerja.Dibuka).MinAsync(k => k.Tahun);
            var p = await db.Pegawai.Where(x => x.Nip == nipPegawai).Select(x => new { x.Id, x.Jabatan!.UnitKerjaId }).SingleAsync();
            // The recap opens on one row per perangkat daerah: the nearest ancestor of his unit of that kind.
            var unit = await db.UnitKerja.Select(u => new { u.Id, u.ParentId, u.Jenis }).ToDictionaryAsync(u => u.Id);
            var pd = p.UnitKerjaId;
            while (unit[pd].Jenis != JenisUnitKerja.PerangkatDaerah)
            {
                pd = unit[pd].ParentId!.Value;
            }

            return (t, p.Id, p.UnitKerjaId, pd);
        });

        // Before: the Admin BKD's recap count of approved plans in the Pegawai's unit, and the Pejabat penilai's waiting count.
        var admin = await fixture.MasukDemoAsync("Admin BKD");
        var disetujuiSebelum = await DisetujuiDiUnitAsync(admin, pdId, unitId);
        var penilai = await fixture.MasukDemoAsync("Pejabat penilai");
        var menungguSebelum = await MenungguAsync(penilai);

        // 1. The Pegawai creates the SKP of the open year from scratch and fills one RHK with two IKI.
        var pegawai = await fixture.MasukDemoAsync("Pegawai");
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "SKP saya", Exact = true }).ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Skp$"));
        await pegawai.GetByTestId("tahun-skp").Locator($"[data-tahun='{tahun}']").GetByTestId("buat-skp").ClickAsync();
        var buat = pegawai.GetByTestId("form-buat-skp");
        await buat.Locator("#pendekatan-Kuantitatif").CheckAsync();
        await buat.Locator("#isiKosong").CheckAsync();
        await buat.GetByRole(AriaRole.Button, new() { Name = "Buat SKP" }).ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Skp/Ubah/\\d+"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("SKP dibuat.");
        var skpId = int.Parse(Regex.Match(pegawai.Url, "/Skp/Ubah/(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("tambah-rhk-Utama"));
        await pegawai.Locator("textarea[name='Rhk[0].Teks']").FillAsync("Tersedianya data pokok pendidikan sekolah dasar yang mutakhir dan valid");
        await PilihRhkAtasanAsync(pegawai, 0);
        await IsiIkiAsync(pegawai, "Rhk[0].Iki[0]", "Kuantitas", "Jumlah laporan rekapitulasi data pokok SD", "10", "laporan");
        await KlikLaluTungguAsync(pegawai, pegawai.GetByRole(AriaRole.Button, new() { Name = "Tambah IKI" }).First);

        // The second IKI has a number but no unit: after saving, the SMART check says so beside that row.
        await IsiIkiAsync(pegawai, "Rhk[0].Iki[1]", "Kualitas", "Persentase data sekolah yang valid pada Dapodik", "95", string.Empty);
        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("simpan-draf"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Draf SKP disimpan.");
        var iki = pegawai.GetByTestId("iki");
        await Assertions.Expect(iki).ToHaveCountAsync(2);
        await Assertions.Expect(iki.Nth(1).Locator("[data-kode='Skp.Temuan.TargetTanpaSatuan']")).ToHaveTextAsync("Target belum memiliki satuan.");
        await Assertions.Expect(iki.Nth(0).Locator(".temuan")).ToHaveCountAsync(0);
        await pegawai.FotoAsync("perencanaan-temuan");

        // Fixed and saved: the finding is gone, the link to the supervisor's RHK kept; then submitted.
        await pegawai.Locator("input[name='Rhk[0].Iki[1].Satuan']").FillAsync("persen");
        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("simpan-draf"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Draf SKP disimpan.");
        await Assertions.Expect(pegawai.Locator("[data-testid=iki] .temuan")).ToHaveCountAsync(0);
        await Assertions.Expect(pegawai.Locator("select[name='Rhk[0].RhkAtasanId']")).Not.ToHaveValueAsync(string.Empty);
        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("ajukan"));
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex($"/Skp/Detail/{skpId}$"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("SKP diajukan kepada pejabat penilai.");
        await Assertions.Expect(pegawai.GetByTestId("status")).ToHaveAttributeAsync("data-status", "Diajukan");

        // 2. The Pejabat penilai sees one more waiting (nav and inbox), opens it and returns it with a note.
        await penilai.GotoAsync("/");
        Assert.Equal(menungguSebelum + 1, await MenungguAsync(penilai));
        await penilai.GetByTestId("nav-penilaian").ClickAsync();
        await Assertions.Expect(penilai.GetByTestId("jumlah-PerluTindakan")).ToHaveTextAsync((menungguSebelum + 1).ToString(CultureInfo.InvariantCulture));
        var baris = penilai.GetByTestId("kotak-masuk").Locator($"tr[data-pegawai='{pegawaiId}']");
        await Assertions.Expect(baris).ToHaveAttributeAsync("data-status", "Diajukan");
        await KlikLaluTungguAsync(penilai, baris.GetByRole(AriaRole.Link, new() { Name = "Tinjau" }));
        await Assertions.Expect(penilai).ToHaveURLAsync(new Regex($"/PenilaianSkp/Tinjau/{skpId}$"));
        await Assertions.Expect(penilai.GetByTestId("hasil-kerja")).ToContainTextAsync("Jumlah laporan rekapitulasi data pokok SD");
        await penilai.FotoAsync("perencanaan-tinjau");
        var kembalikan = penilai.GetByTestId("form-kembalikan");
        await kembalikan.Locator("#catatan-kembalikan").FillAsync(Catatan);
        await KlikLaluTungguAsync(penilai, kembalikan.GetByRole(AriaRole.Button, new() { Name = "Kembalikan SKP" }));
        await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("SKP dikembalikan kepada pegawai dengan catatan.");
        await Assertions.Expect(penilai.GetByTestId("kotak-masuk").Locator($"tr[data-pegawai='{pegawaiId}']")).ToHaveAttributeAsync("data-status", "Dikembalikan");

        // 3. The Pegawai sees it returned with the note, raises the target and submits again.
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "SKP saya", Exact = true }).ClickAsync();
        var milik = pegawai.GetByTestId("daftar-skp").Locator($"tr[data-skp='{skpId}']");
        await Assertions.Expect(milik.GetByTestId("status")).ToHaveAttributeAsync("data-status", "Dikembalikan");
        await KlikLaluTungguAsync(pegawai, milik.GetByRole(AriaRole.Link, new() { Name = "Ubah" }));
        await Assertions.Expect(pegawai.GetByTestId("catatan-pengembalian")).ToContainTextAsync(Catatan);
        await pegawai.FotoAsync("perencanaan-dikembalikan");
        await pegawai.Locator("input[name='Rhk[0].Iki[0].Nilai']").FillAsync("12");
        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("ajukan"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("SKP diajukan kepada pejabat penilai.");
        await Assertions.Expect(pegawai.GetByTestId("status")).ToHaveAttributeAsync("data-status", "Diajukan");
        await Assertions.Expect(pegawai.GetByTestId("hasil-kerja")).ToContainTextAsync("12 laporan");

        // 4. The Pejabat penilai approves it with the seven ekspektasi khusus pimpinan.
        await penilai.GotoAsync($"/PenilaianSkp/Tinjau/{skpId}");
        var setujui = penilai.GetByTestId("form-setujui");
        var isian = setujui.Locator("textarea[id^='ekspektasi-']");
        await Assertions.Expect(isian).ToHaveCountAsync(7);
        for (var i = 0; i < Ekspektasi.Length; i++)
        {
            await isian.Nth(i).FillAsync(Ekspektasi[i]);
        }

        await KlikLaluTungguAsync(penilai, setujui.GetByRole(AriaRole.Button, new() { Name = "Setujui SKP" }));
        await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("SKP disetujui.");
        await Assertions.Expect(penilai.GetByTestId("kotak-masuk").Locator($"tr[data-pegawai='{pegawaiId}']")).ToHaveAttributeAsync("data-status", "Disetujui");
        Assert.Equal(menungguSebelum, await MenungguAsync(penilai));

        await pegawai.GotoAsync($"/Skp/Detail/{skpId}");
        await Assertions.Expect(pegawai.GetByTestId("status")).ToHaveAttributeAsync("data-status", "Disetujui");
        var perilaku = pegawai.GetByTestId("perilaku-kerja").Locator("tbody tr");
        await Assertions.Expect(perilaku).ToHaveCountAsync(7);
        for (var i = 0; i < Ekspektasi.Length; i++)
        {
            await Assertions.Expect(perilaku.Nth(i).Locator("td").Last).ToHaveTextAsync(Ekspektasi[i]);
        }

        await pegawai.FotoAsync("perencanaan-disetujui");

        // 5. The Admin BKD's recap counts one more approved plan in his perangkat daerah and, opening it, in his unit;
        // the unit's list and its CSV show him.
        Assert.Equal((disetujuiSebelum.Pd + 1, disetujuiSebelum.Unit + 1), await DisetujuiDiUnitAsync(admin, pdId, unitId));
        await admin.FotoAsync("perencanaan-rekap");
        await KlikLaluTungguAsync(admin, admin.GetByTestId("rekap-skp").Locator($"tr[data-unit='{unitId}'] td[data-status='Disetujui'] a"));
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"/RekapSkp/Unit/{unitId}\\?"));
        var orang = admin.GetByTestId("rekap-pegawai").Locator($"tr[data-nip='{nipPegawai}']");
        await Assertions.Expect(orang).ToHaveAttributeAsync("data-status", "Disetujui");
        await Assertions.Expect(orang).ToContainTextAsync("Ahmad Fauzi");
        var unduhan = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("unduh-csv").ClickAsync());
        Assert.EndsWith(".csv", unduhan.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var csv = await File.ReadAllTextAsync((await unduhan.PathAsync())!);
        var barisCsv = csv.Split('\n').Where(b => b.Contains(nipPegawai, StringComparison.Ordinal) || b.Contains(Nip.Format(nipPegawai), StringComparison.Ordinal)).ToList();
        var satu = Assert.Single(barisCsv);
        Assert.Contains("Disetujui", satu, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Disetujui count of a perangkat daerah's row in the recap of the open year, then, after clicking its name, of
    /// one of its units' rows (the page stays on the perangkat daerah's units).
    /// </summary>
    private static async Task<(int Pd, int Unit)> DisetujuiDiUnitAsync(IPage admin, int pdId, int unitId)
    {
        await admin.GotoAsync("/");
        await KlikLaluTungguAsync(admin, admin.GetByRole(AriaRole.Link, new() { Name = "Rekap SKP", Exact = true }));
        var baris = admin.GetByTestId("rekap-skp").Locator($"tr[data-unit='{pdId}']");
        var pd = int.Parse((await baris.Locator("td[data-status='Disetujui']").GetAttributeAsync("data-jumlah"))!, CultureInfo.InvariantCulture);
        await KlikLaluTungguAsync(admin, baris.GetByTestId("perangkat-daerah"));
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"perangkatDaerahId={pdId}"));
        var sel = admin.GetByTestId("rekap-skp").Locator($"tr[data-unit='{unitId}'] td[data-status='Disetujui']");
        return (pd, int.Parse((await sel.GetAttributeAsync("data-jumlah"))!, CultureInfo.InvariantCulture));
    }

    /// <summary>The waiting count beside "Penilaian SKP" in the navigation bar (no badge = none).</summary>
    private static async Task<int> MenungguAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.GetByTestId("nav-penilaian")).ToBeVisibleAsync();
        var lencana = page.GetByTestId("nav-penilaian").GetByTestId("jumlah-menunggu");
        return await lencana.CountAsync() == 0 ? 0 : int.Parse((await lencana.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Links the RHK to one of the supervisor's RHK (the first offered).</summary>
    private static async Task PilihRhkAtasanAsync(IPage page, int rhk)
    {
        var pilih = page.Locator($"select[name='Rhk[{rhk}].RhkAtasanId']");
        var nilai = await pilih.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)");
        Assert.NotEmpty(nilai);
        await pilih.SelectOptionAsync(nilai[0]);
    }

    private static async Task IsiIkiAsync(IPage page, string awalan, string aspek, string indikator, string nilai, string satuan)
    {
        await page.Locator($"select[name='{awalan}.Aspek']").SelectOptionAsync(aspek);
        await page.Locator($"input[name='{awalan}.Indikator']").FillAsync(indikator);
        await page.Locator($"select[name='{awalan}.JenisTarget']").SelectOptionAsync("Angka");
        await page.Locator($"input[name='{awalan}.Nilai']").FillAsync(nilai);
        await page.Locator($"input[name='{awalan}.Satuan']").FillAsync(satuan);
    }

    /// <summary>
    /// Clicks a button or link that loads a new page (a redirect, or a form posted back and shown again) and waits until
    /// the new document has loaded: the old one is marked first, so even a page at the same address is told apart.
    /// </summary>
    private static async Task KlikLaluTungguAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__halamanLama = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__halamanLama !== true && document.readyState === 'complete'");
    }
}
