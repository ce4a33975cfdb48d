using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

/// <summary>
/// The JP journey of issue 6: the demo Pejabat penilai records a development need from the demo Pegawai's annual evaluation;
/// he records a training answering it with its certificate, she verifies it from her inbox (a certificate over the size limit is refused in the browser first), the need is completed by it, and the Admin
/// BKD sees the JP of his perangkat daerah in the recap grow by the training's JP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PengembanganBrowserTests(BrowserFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Penilai_RecordsANeed_Pegawai_AnswersItWithATrainingAndCertificate_PenilaiVerifies_AdminSeesTheUnitJpRecapGrow()
    {
        var tahun = DateTime.Now.Year;
        var (unitId, pegawaiId) = await PegawaiDemoAsync();
        const string kebutuhan = "Pengolahan data pokok pendidikan tingkat lanjut";

        // 0. From last year's annual evaluation of the demo Pegawai, his pejabat penilai records a development need.
        var penilai = await fixture.MasukDemoAsync("Pejabat penilai");
        await penilai.GotoAsync($"/EvaluasiTahunan/{pegawaiId}/{tahun - 1}");
        var panel = penilai.GetByTestId("rekomendasi-pengembangan");
        await panel.GetByLabel("Jenis kompetensi").SelectOptionAsync("Teknis");
        await panel.GetByTestId("uraian-kebutuhan").FillAsync(kebutuhan);
        await panel.GetByTestId("simpan-kebutuhan").ClickAsync();
        await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("Rekomendasi pengembangan dicatat.");
        await Assertions.Expect(panel.GetByTestId("kebutuhan").Filter(new() { HasText = kebutuhan })).ToHaveAttributeAsync("data-status", "Terbuka");

        var admin = await fixture.MasukDemoAsync("Admin BKD");
        var rekapUrl = $"/RekapPengembangan?tahun={tahun}";
        await admin.GotoAsync(rekapUrl);
        var jpUnit = admin.GetByTestId($"jp-unit-{unitId}");
        await Assertions.Expect(jpUnit).ToBeVisibleAsync();
        var sebelum = int.Parse((await jpUnit.TextContentAsync())!.Trim().Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

        // 1. The employee records a 24 JP diklat with its certificate: it waits for verification, not yet counted.
        var pegawai = await fixture.MasukDemoAsync("Pegawai");
        await pegawai.GetByTestId("nav-pengembangan").ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Pengembangan$"));
        var verifikasiAwal = await pegawai.GetByTestId("jp-terverifikasi").TextContentAsync();
        await pegawai.GetByTestId("tambah-kegiatan").ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Pengembangan/Tambah$"));
        var form = pegawai.GetByTestId("form-kegiatan");
        await form.GetByLabel("Jenis kegiatan").SelectOptionAsync("Diklat");
        await form.GetByLabel("Jenis kompetensi").SelectOptionAsync("Teknis");
        await form.GetByLabel("Nama kegiatan").FillAsync("Pelatihan pengelolaan data pokok pendidikan");
        await form.GetByLabel("Penyelenggara").FillAsync("BPSDM Provinsi Jawa Barat");
        await form.GetByLabel("Tanggal mulai").FillAsync($"{tahun}-02-09");
        await form.GetByLabel("Tanggal selesai").FillAsync($"{tahun}-02-11");
        await form.GetByLabel("JP", new() { Exact = true }).FillAsync("24");
        await form.GetByLabel("Menjawab kebutuhan pengembangan").SelectOptionAsync(new SelectOptionValue { Label = $"{tahun - 1} – {kebutuhan}" });
        // A certificate over the size limit is refused in the browser before anything is sent: the message under the field, the typed data kept.
        var berkas = form.Locator("input[type=file]");
        var batas = long.Parse((await berkas.GetAttributeAsync("data-ukuran-maks"))!, CultureInfo.InvariantCulture);
        await berkas.SetInputFilesAsync(new FilePayload { Name = "sertifikat-pindaian.pdf", MimeType = "application/pdf", Buffer = new byte[batas + 1] });
        await pegawai.GetByTestId("simpan-kegiatan").ClickAsync();
        await Assertions.Expect(form.Locator("[data-pesan-berkas]")).ToContainTextAsync("lebih besar dari");
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Pengembangan/Tambah$"));
        await Assertions.Expect(form.GetByLabel("Nama kegiatan")).ToHaveValueAsync("Pelatihan pengelolaan data pokok pendidikan");
        await berkas.SetInputFilesAsync(new FilePayload { Name = "sertifikat-dapodik.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(form.Locator("[data-pesan-berkas]")).ToBeEmptyAsync();
        await pegawai.GetByTestId("simpan-kegiatan").ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex(@"/Pengembangan/\d+$"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Kegiatan pengembangan dicatat dan menunggu verifikasi.");
        await Assertions.Expect(pegawai.GetByTestId("status-kegiatan")).ToHaveAttributeAsync("data-status", "Diajukan");
        await Assertions.Expect(pegawai.GetByTestId("unduh-sertifikat")).ToHaveTextAsync("sertifikat-dapodik.pdf");
        var kegiatanUrl = new Uri(pegawai.Url).AbsolutePath;
        await pegawai.FotoAsync("pengembangan-dicatat");

        // 2. The pejabat penilai verifies it from her inbox.
        await penilai.GetByTestId("nav-verifikasi-pengembangan").ClickAsync();
        await Assertions.Expect(penilai).ToHaveURLAsync(new Regex("/Pengembangan/Verifikasi$"));
        var baris = penilai.GetByTestId("menunggu").Filter(new() { HasText = "Pelatihan pengelolaan data pokok pendidikan" });
        await Assertions.Expect(baris).ToHaveCountAsync(1);
        await baris.GetByTestId("verifikasi-kegiatan").ClickAsync();
        await Assertions.Expect(penilai.GetByRole(AriaRole.Status)).ToContainTextAsync("Kegiatan pengembangan diverifikasi.");
        await Assertions.Expect(penilai.GetByTestId("status-kegiatan")).ToHaveAttributeAsync("data-status", "Terverifikasi");

        // 3. The employee's progress counts it; the Admin BKD's recap of his perangkat daerah grows by 24 JP.
        await pegawai.GotoAsync(kegiatanUrl);
        await Assertions.Expect(pegawai.GetByTestId("status-kegiatan")).ToHaveAttributeAsync("data-status", "Terverifikasi");
        await pegawai.GotoAsync("/Pengembangan");
        await Assertions.Expect(pegawai.GetByTestId("jp-terverifikasi")).ToHaveTextAsync((int.Parse(verifikasiAwal!, CultureInfo.InvariantCulture) + 24).ToString(CultureInfo.InvariantCulture));
        await pegawai.GetByTestId("tautan-kebutuhan").ClickAsync();
        var terjawab = pegawai.GetByTestId("kebutuhan").Filter(new() { HasText = kebutuhan });
        await Assertions.Expect(terjawab).ToHaveAttributeAsync("data-status", "Selesai");
        await Assertions.Expect(terjawab.GetByTestId("kegiatan-penyelesai")).ToHaveTextAsync("Pelatihan pengelolaan data pokok pendidikan");
        await pegawai.FotoAsync("kebutuhan-selesai");

        await admin.GetByTestId("nav-karier").ClickAsync();
        await admin.GetByTestId("nav-rekap-jp").ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/RekapPengembangan$"));
        await admin.GotoAsync(rekapUrl);
        await Assertions.Expect(admin.GetByTestId($"jp-unit-{unitId}")).ToHaveTextAsync((sebelum + 24).ToString("N0", CultureInfo.GetCultureInfo("id-ID")));
        await admin.FotoAsync("rekap-jp");
    }

    /// <summary>The demo Pegawai's id and the perangkat daerah his position belongs to (the recap's rows).</summary>
    private Task<(int UnitId, int PegawaiId)> PegawaiDemoAsync() => fixture.DenganDbAsync(async db =>
    {
        var nip = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai").Login);
        var demo = await (from p in db.Pegawai
                          where p.Nip == nip
                          join j in db.Jabatan on p.JabatanId equals j.Id
                          select new { j.UnitKerjaId, p.Id }).SingleAsync();
        var (unitId, pegawaiId) = (demo.UnitKerjaId, demo.Id);
        var unit = await db.UnitKerja.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Jenis }).ToListAsync();
        var menurutId = unit.ToDictionary(u => u.Id);
        for (var u = menurutId[unitId]; ; u = menurutId[u.ParentId!.Value])
        {
            if (u.Jenis == JenisUnitKerja.PerangkatDaerah)
            {
                return (u.Id, pegawaiId);
            }
        }
    });
}
