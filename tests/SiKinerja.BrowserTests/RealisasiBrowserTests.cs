using System.Text;
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
/// Its own app and demo database: the demo Pegawai gets an approved SKP here (in the shared one he plans it himself, see
/// <see cref="PerencanaanSkpTests"/>). Runs after the parallel collections, alone, to spare the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealisasiBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-realisasi";
}

/// <summary>
/// The demo Pegawai enters the realisasi of the running semester (II on the demo's today) of his approved SKP: fills a number, saves, sees the
/// capaian, uploads a small PDF as bukti dukung, sees it listed and downloads it under its name.
/// </summary>
[Collection(RealisasiBrowserCollection.Name)]
public sealed class RealisasiBrowserTests(BrowserFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Pegawai_FillsRealisasiOfTheRunningSemester_UploadsAPdf_SeesItListed_AndDownloadsIt()
    {
        var (skpId, periodeId, semester) = await SkpDisetujuiPegawaiDemoAsync();
        var pegawai = await fixture.MasukDemoAsync("Pegawai");

        await KlikLaluTungguAsync(pegawai, pegawai.GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true }));
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex("/Realisasi$"));
        var baris = pegawai.GetByTestId("daftar-realisasi").Locator($"tr[data-skp='{skpId}'][data-periode='{periodeId}']");
        await Assertions.Expect(baris).ToContainTextAsync(semester);
        await Assertions.Expect(baris.GetByTestId("terisi")).ToHaveTextAsync("0 dari 1 indikator");
        await KlikLaluTungguAsync(pegawai, baris.GetByRole(AriaRole.Link, new() { Name = "Isi realisasi" }));
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex($"/Realisasi/{skpId}/{periodeId}$"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(semester);

        // 1. The realisasi: rencana aksi and a number; saved, the capaian follows from the target (12 laporan).
        await pegawai.GetByLabel("Rencana aksi").FillAsync("Menyusun satu laporan rekapitulasi setiap bulan");
        await pegawai.GetByLabel("Realisasi (angka) (laporan)").FillAsync("13");
        await pegawai.GetByLabel("Realisasi (uraian)").FillAsync("Tiga belas laporan tersusun dan dikirim ke bidang.");
        await KlikLaluTungguAsync(pegawai, pegawai.GetByTestId("simpan-realisasi"));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Realisasi disimpan.");
        await Assertions.Expect(pegawai.GetByLabel("Realisasi (angka) (laporan)")).ToHaveValueAsync("13");
        await Assertions.Expect(pegawai.GetByTestId("capaian")).ToContainTextAsync("Di Atas Ekspektasi");
        await Assertions.Expect(pegawai.GetByTestId("terisi")).ToHaveTextAsync("1 dari 1 indikator");

        // 2. A small PDF as bukti dukung.
        var unggah = pegawai.GetByTestId("form-unggah").First;
        await unggah.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "laporan-juli.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await unggah.GetByPlaceholder("Keterangan (opsional)").FillAsync("Laporan bulan Juli");
        await KlikLaluTungguAsync(pegawai, unggah.GetByRole(AriaRole.Button, new() { Name = "Unggah berkas" }));
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Berkas bukti diunggah.");
        var bukti = pegawai.GetByTestId("iki").First.GetByTestId("bukti");
        await Assertions.Expect(bukti).ToHaveCountAsync(1);
        await Assertions.Expect(bukti).ToContainTextAsync("laporan-juli.pdf");
        await Assertions.Expect(bukti).ToContainTextAsync("Laporan bulan Juli");
        await pegawai.FotoAsync("realisasi-terisi");

        // 3. Downloaded as an attachment under its name, with the bytes uploaded.
        var unduhan = await pegawai.RunAndWaitForDownloadAsync(() => bukti.GetByTestId("unduh-bukti").ClickAsync());
        Assert.Equal("laporan-juli.pdf", unduhan.SuggestedFilename);
        var path = await unduhan.PathAsync();
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(path));
    }

    /// <summary>
    /// The demo Pegawai's SKP of the open year as his Pejabat penilai would have approved it (one RHK intervening her
    /// first RHK, one IKI "12 laporan"), built through the domain; returns it and the period running today.
    /// </summary>
    private Task<(int SkpId, int PeriodeId, string Semester)> SkpDisetujuiPegawaiDemoAsync() => fixture.DenganDbAsync(async db =>
    {
        var nipPegawai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai").Login);
        var nipPenilai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pejabat penilai").Login);
        var tahun = await db.TahunKinerja.Include(t => t.Periode).Where(k => k.Status == StatusTahunKinerja.Dibuka).OrderBy(k => k.Tahun).FirstAsync();
        var pegawaiId = await db.Pegawai.Where(p => p.Nip == nipPegawai).Select(p => p.Id).SingleAsync();
        var rhkPenilai = await db.Skp.Where(s => s.TahunKinerjaId == tahun.Id && s.Snapshot.Pegawai.Nip == nipPenilai && s.Status == StatusSkp.Disetujui)
            .SelectMany(s => s.Rhk).OrderBy(r => r.Urutan).Select(r => r.Id).FirstAsync();
        var snapshot = await PembuatSnapshotSkp.BuatAsync(db, pegawaiId) ?? throw new InvalidOperationException("no snapshot");
        var waktu = DateTime.UtcNow.AddDays(-30);
        var skp = SkpEntity.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, PendekatanSkp.Kuantitatif, snapshot, nipPegawai, waktu);
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Tersedianya data pokok pendidikan sekolah dasar yang mutakhir", rhkPenilai);
        skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan rekapitulasi data pokok SD", Target.Angka(12, "laporan"));
        skp.Ajukan(AturanSkp.Bawaan, true, nipPegawai, waktu.AddHours(1));
        skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), nipPenilai, waktu.AddHours(2));
        db.Skp.Add(skp);
        await db.SaveChangesAsync();
        var hariIni = DateOnly.FromDateTime(DateTime.Now);
        var periode = tahun.Periode.Single(p => p.Mulai <= hariIni && p.Selesai >= hariIni);
        // The demo year is split in semesters; on the demo's "today" (1 December) this is semester II.
        return (skp.Id, periode.Id, $"Semester {periode.NomorRomawi}");
    });

    private static async Task KlikLaluTungguAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__halamanLama = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__halamanLama !== true && document.readyState === 'complete'");
    }
}
