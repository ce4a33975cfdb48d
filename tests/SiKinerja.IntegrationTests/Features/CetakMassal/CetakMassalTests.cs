using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.CetakMassal;
using SiKinerja.Web.Features.Dokumen;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features.CetakMassal;

/// <summary>
/// Issue 5, batch printing: queued through the form, made by the worker (called directly: the hosted loop is off in
/// these fixtures), ZIP and merged PDF read back with pdftotext/pdfinfo, progress, cancel, restart, the race of two
/// instances, and the Admin-BKD-only endpoints.
/// </summary>
public abstract class CetakMassalTests(SiKinerjaAppFactory factory) : CetakMassalUji(factory)
{
    [Fact]
    public async Task Form_tanpa_isian_dan_jenis_periodik_tanpa_periode_menampilkan_galat_dalam_bahasa_indonesia()
    {
        var org = await Factory.OrganisasiAsync();
        using var admin = await AdminAsync();
        var sebelum = await JumlahTugasAsync();

        var kosong = await admin.SubmitAsync("/CetakMassal", new Dictionary<string, string>(), "[data-testid=form-cetak]");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        var teks = (await HtmlClient.ParseAsync(kosong)).QuerySelector("[data-testid=form-cetak]")!.TextContent;
        Assert.Contains("Pilih jenis dokumen.", teks, StringComparison.Ordinal);
        Assert.Contains("Pilih tahun.", teks, StringComparison.Ordinal);
        Assert.Contains("Pilih unit kerja.", teks, StringComparison.Ordinal);

        var tahun = await TahunAsync(Factory);
        var periodik = await admin.SubmitAsync("/CetakMassal", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisDokumen.EvaluasiPeriodik),
            ["Tahun"] = tahun.Nomor.ToString(CultureInfo.InvariantCulture),
            ["UnitKerjaId"] = org.UnitBidangId.ToString(CultureInfo.InvariantCulture),
        }, "[data-testid=form-cetak]");
        Assert.Equal(HttpStatusCode.OK, periodik.StatusCode);
        var teksPeriodik = (await HtmlClient.ParseAsync(periodik)).QuerySelector("[data-testid=form-cetak]")!.TextContent;
        Assert.Contains("Pilih periode: jenis dokumen ini dicetak per periode.", teksPeriodik, StringComparison.Ordinal);
        Assert.DoesNotContain("Pilih tahun.", teksPeriodik, StringComparison.Ordinal);

        var tahunLain = await TahunAsync(Factory);
        var periodeLain = await admin.SubmitAsync("/CetakMassal", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisDokumen.EvaluasiPeriodik),
            ["Tahun"] = tahun.Nomor.ToString(CultureInfo.InvariantCulture),
            ["PeriodeEvaluasiId"] = tahunLain.PeriodeId[0].ToString(CultureInfo.InvariantCulture),
            ["UnitKerjaId"] = org.UnitBidangId.ToString(CultureInfo.InvariantCulture),
        }, "[data-testid=form-cetak]");
        Assert.Contains("bukan bagian dari tahun yang dipilih", (await periodeLain.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(sebelum, await JumlahTugasAsync());
    }

    [Fact]
    public async Task Antre_lewat_form_lalu_pekerja_membuat_zip_satu_pdf_per_skp_dan_pdf_gabungan()
    {
        var data = await UnitDenganSkpAsync(3);
        using var admin = await AdminAsync();

        var id = await AntreLewatFormAsync(admin, data, gabung: true);
        var antre = await TugasAsync(id);
        Assert.Equal(StatusTugasCetak.Antre, antre.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Unduh")).StatusCode); // not finished yet
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Gabungan")).StatusCode);
        var halamanAntre = await admin.GetDocumentAsync($"/CetakMassal/{id}");
        Assert.Null(halamanAntre.QuerySelector("[data-testid=unduh-zip]"));
        Assert.NotNull(halamanAntre.QuerySelector("noscript")); // the page refreshes itself while the job is open

        Assert.True(await Pekerja.ProsesSatuAsync(CancellationToken.None));

        var selesai = await TugasAsync(id);
        Assert.True(selesai.Status == StatusTugasCetak.Selesai, $"{selesai.Status} {selesai.KodeGalat} {selesai.CatatanJson}");
        Assert.Equal(3, selesai.Total);
        Assert.Equal(3, selesai.Selesai);
        Assert.Equal(0, selesai.Dilewati);
        Assert.Equal(1, selesai.Percobaan);

        var unduh = await admin.Http.GetAsync($"/CetakMassal/{id}/Unduh");
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal("application/zip", unduh.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", unduh.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", unduh.Headers.GetValues("X-Content-Type-Options").Single());
        var pdf = await PdfDariZipAsync(await unduh.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, pdf.Count);
        var nipTercetak = new List<string>();
        var halaman = 0;
        foreach (var (nama, isi) in pdf)
        {
            Assert.StartsWith("SKP-", nama, StringComparison.Ordinal);
            var teks = await PdfUji.TeksRataAsync(isi);
            Assert.Contains("SASARAN KINERJA PEGAWAI", teks, StringComparison.Ordinal);
            nipTercetak.Add(Assert.Single(data.Nip, n => teks.Contains(Domain.Kepegawaian.Nip.Format(n), StringComparison.Ordinal)));
            halaman += await PdfUji.JumlahHalamanAsync(isi);
        }

        Assert.Equal(data.Nip.Order(), nipTercetak.Order()); // one document per SKP of the unit, each with its own NIP

        var gabungan = await admin.Http.GetAsync($"/CetakMassal/{id}/Gabungan");
        Assert.Equal(HttpStatusCode.OK, gabungan.StatusCode);
        Assert.Equal("application/pdf", gabungan.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", gabungan.Content.Headers.ContentDisposition?.DispositionType);
        var gabunganPdf = await gabungan.Content.ReadAsByteArrayAsync();
        Assert.Equal(halaman, await PdfUji.JumlahHalamanAsync(gabunganPdf));
        var teksGabungan = await PdfUji.TeksRataAsync(gabunganPdf);
        Assert.All(data.Nip, n => Assert.Contains(Domain.Kepegawaian.Nip.Format(n), teksGabungan, StringComparison.Ordinal));

        var status = await admin.Http.GetStringAsync($"/CetakMassal/{id}/Status");
        Assert.Contains("\"terbuka\":false", status, StringComparison.Ordinal);
        Assert.Contains("\"selesai\":3", status, StringComparison.Ordinal);
        var halamanSelesai = await admin.GetDocumentAsync($"/CetakMassal/{id}");
        Assert.NotNull(halamanSelesai.QuerySelector("[data-testid=unduh-zip]"));
        Assert.NotNull(halamanSelesai.QuerySelector("[data-testid=unduh-gabungan]"));
        Assert.Null(halamanSelesai.QuerySelector("noscript"));
        var daftar = await admin.GetDocumentAsync("/CetakMassal");
        Assert.Equal("Selesai", daftar.QuerySelector($"tr[data-tugas='{id}'] [data-testid=status-cetak]")?.GetAttribute("data-status"));
        Assert.Empty(Directory.EnumerateFiles(Folder.Akar, "*.partial"));
    }

    [Fact]
    public async Task Tugas_yang_dibatalkan_saat_antre_tidak_pernah_dijalankan()
    {
        var data = await UnitDenganSkpAsync(1);
        using var admin = await AdminAsync();
        var id = await AntreLewatFormAsync(admin, data, gabung: false);

        var batal = await admin.SubmitAsync($"/CetakMassal/{id}", new Dictionary<string, string>(), "[data-testid=form-batal]");
        Assert.Equal(HttpStatusCode.Redirect, batal.StatusCode);

        Assert.False(await Pekerja.ProsesSatuAsync(CancellationToken.None));
        var tugas = await TugasAsync(id);
        Assert.Equal(StatusTugasCetak.Dibatalkan, tugas.Status);
        Assert.Null(tugas.MulaiUtc);
        Assert.Equal(0, tugas.Percobaan);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Unduh")).StatusCode);
    }

    [Fact]
    public async Task Tugas_yang_dibatalkan_saat_berjalan_berhenti_dan_tidak_menawarkan_berkas()
    {
        var data = await UnitDenganSkpAsync(12);
        using var admin = await AdminAsync();
        var id = await AntreLewatFormAsync(admin, data, gabung: true);

        var kerja = Pekerja.ProsesSatuAsync(CancellationToken.None);
        var batas = DateTime.UtcNow.AddSeconds(60);
        while ((await TugasAsync(id)).Selesai < 1)
        {
            Assert.True(DateTime.UtcNow < batas && !kerja.IsCompleted, "the job did not report progress");
            await Task.Delay(20);
        }

        var berjalan = await TugasAsync(id);
        Assert.Equal(StatusTugasCetak.Berjalan, berjalan.Status);
        Assert.Equal(12, berjalan.Total); // progress on the row while it runs
        var status = await admin.Http.GetStringAsync($"/CetakMassal/{id}/Status");
        Assert.Contains("\"terbuka\":true", status, StringComparison.Ordinal);

        var batal = await admin.SubmitAsync($"/CetakMassal/{id}", new Dictionary<string, string>(), "[data-testid=form-batal]");
        Assert.Equal(HttpStatusCode.Redirect, batal.StatusCode);
        Assert.True(await kerja);

        var tugas = await TugasAsync(id);
        Assert.Equal(StatusTugasCetak.Dibatalkan, tugas.Status);
        Assert.True(tugas.Selesai < 12, $"the job ran to the end ({tugas.Selesai})");
        Assert.Null(tugas.BerkasZip);
        Assert.Null(tugas.BerkasGabungan);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Unduh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/CetakMassal/{id}/Gabungan")).StatusCode);
        Assert.Empty(BerkasTugas(id));
    }

    [Fact]
    public async Task Tugas_berjalan_dengan_detak_basi_dimulai_ulang_dan_selesai_bersih_sedangkan_detak_segar_tidak_diambil()
    {
        var data = await UnitDenganSkpAsync(3);
        var lama = DateTime.UtcNow.AddHours(-1);
        var id = await TugasLangsungAsync(data, t =>
        {
            t.Klaim("instans-yang-mati", lama);
            t.Progres(2, 0, 3, lama);
        });
        // What the dead instance left behind: half a ZIP and its merge folder.
        Directory.CreateDirectory(Folder.Akar);
        await File.WriteAllBytesAsync(Folder.Sementara(id, 1, ".zip"), [1, 2, 3]);
        Directory.CreateDirectory(Folder.FolderDokumen(id, 1));
        await File.WriteAllBytesAsync(Path.Combine(Folder.FolderDokumen(id, 1), "0000001.pdf"), [1]);

        Assert.True(await Pekerja.ProsesSatuAsync(CancellationToken.None));

        var tugas = await TugasAsync(id);
        Assert.True(tugas.Status == StatusTugasCetak.Selesai, $"{tugas.Status} {tugas.KodeGalat}");
        Assert.Equal(2, tugas.Percobaan);
        Assert.Equal(3, tugas.Selesai);
        Assert.NotEqual("instans-yang-mati", tugas.Pemilik);
        using var admin = await AdminAsync();
        var zip = await admin.Http.GetByteArrayAsync($"/CetakMassal/{id}/Unduh");
        Assert.Equal(3, (await PdfDariZipAsync(zip)).Count);
        Assert.Equal([FolderCetak.KunciZip(id)], BerkasTugas(id).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Folder.FolderDokumen(id, 1)));

        var segar = await TugasLangsungAsync(data, t => t.Klaim("instans-lain-yang-hidup", DateTime.UtcNow));
        Assert.False(await Pekerja.ProsesSatuAsync(CancellationToken.None));
        var tetap = await TugasAsync(segar);
        Assert.Equal(StatusTugasCetak.Berjalan, tetap.Status);
        Assert.Equal("instans-lain-yang-hidup", tetap.Pemilik);
        await BatalkanLangsungAsync(segar);
    }

    [Fact]
    public async Task Dua_instans_pekerja_berebut_satu_tugas_hanya_satu_yang_menjalankannya()
    {
        var data = await UnitDenganSkpAsync(2);
        var id = await TugasLangsungAsync(data, null);

        // The claim itself: two contexts load the queued row, both claim, the second save loses.
        await using (var scopeA = Factory.Services.CreateAsyncScope())
        await using (var scopeB = Factory.Services.CreateAsyncScope())
        {
            var dbA = scopeA.ServiceProvider.GetRequiredService<AppDbContext>();
            var dbB = scopeB.ServiceProvider.GetRequiredService<AppDbContext>();
            var a = await dbA.TugasCetak.SingleAsync(t => t.Id == id);
            var b = await dbB.TugasCetak.SingleAsync(t => t.Id == id);
            a.Klaim("instans-a", DateTime.UtcNow.AddHours(-1));
            b.Klaim("instans-b", DateTime.UtcNow.AddHours(-1));
            await dbA.SaveChangesAsync();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        }

        // Two whole workers (different owners) started at the same moment on the (now stale) job.
        var pekerjaA = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<PekerjaCetak>(Factory.Services);
        var pekerjaB = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<PekerjaCetak>(Factory.Services);
        Assert.NotEqual(pekerjaA.Pemilik, pekerjaB.Pemilik);
        using var mulai = new SemaphoreSlim(0, 2);
        async Task<bool> Jalankan(PekerjaCetak p)
        {
            await mulai.WaitAsync();
            return await p.ProsesSatuAsync(CancellationToken.None);
        }

        var tugasA = Task.Run(() => Jalankan(pekerjaA));
        var tugasB = Task.Run(() => Jalankan(pekerjaB));
        mulai.Release(2);
        var hasil = await Task.WhenAll(tugasA, tugasB);

        Assert.Equal(1, hasil.Count(h => h));
        var tugas = await TugasAsync(id);
        Assert.True(tugas.Status == StatusTugasCetak.Selesai, $"{tugas.Status} {tugas.KodeGalat}");
        Assert.Equal(2, tugas.Percobaan); // the stale claim of "instans-a" above, then exactly one worker
        Assert.Equal(2, tugas.Selesai);
    }

    [Fact]
    public async Task Bukan_admin_bkd_mendapat_403_di_setiap_endpoint()
    {
        var org = await Factory.OrganisasiAsync();
        var data = await UnitDenganSkpAsync(1);
        var id = await TugasLangsungAsync(data, null);
        var sesi = await MasukAsync(Factory, org.Kabid);

        foreach (var url in new[] { "/CetakMassal", $"/CetakMassal/{id}", $"/CetakMassal/{id}/Status", $"/CetakMassal/{id}/Unduh", $"/CetakMassal/{id}/Gabungan" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await sesi.Client.Http.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(sesi, "/CetakMassal", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisDokumen.Skp),
            ["Tahun"] = data.Tahun.ToString(CultureInfo.InvariantCulture),
            ["UnitKerjaId"] = data.UnitId.ToString(CultureInfo.InvariantCulture),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(sesi, $"/CetakMassal/{id}/Batal", [])).StatusCode);
        Assert.Equal(StatusTugasCetak.Antre, (await TugasAsync(id)).Status);
        await BatalkanLangsungAsync(id);
    }
}

/// <summary>What the batch print tests share: fixture settings, test data, the worker, reading the ZIP.</summary>
public abstract class CetakMassalUji(SiKinerjaAppFactory factory)
{
    /// <summary>The worker's hosted loop off (tests call it), progress written after every document, own folder.</summary>
    public static KeyValuePair<string, string?>[] Pengaturan(string? pdfunite = null, string? chromium = null) =>
    [
        new("CetakMassal:Pekerja:Aktif", "false"),
        new("CetakMassal:Pekerja:IntervalProgresMs", "0"),
        new("CetakMassal:Folder", Path.Combine(Path.GetTempPath(), $"sikinerja-cetak-{Guid.NewGuid():N}")),
        .. pdfunite is null ? Array.Empty<KeyValuePair<string, string?>>() : [new("CetakMassal:PdfunitePath", pdfunite)],
        .. chromium is null ? Array.Empty<KeyValuePair<string, string?>>() : [new("Pdf:ChromiumPath", chromium)],
    ];

    protected SiKinerjaAppFactory Factory => factory;

    protected PekerjaCetak Pekerja => factory.Services.GetRequiredService<PekerjaCetak>();

    protected FolderCetak Folder => factory.Services.GetRequiredService<FolderCetak>();

    protected sealed record DataUnit(int UnitId, int Tahun, IReadOnlyList<string> Nip);

    /// <summary>A new unit under a new parent (so "termasuk sub-unit" matters), with <paramref name="jumlah"/> employees each with an approved SKP in a new year.</summary>
    protected async Task<DataUnit> UnitDenganSkpAsync(int jumlah)
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync(factory);
        var (unitId, pegawai) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var induk = new UnitKerja($"Bagian Cetak {Guid.NewGuid():N}"[..24], JenisUnitKerja.BidangBagian, org.UnitDinasId);
            db.UnitKerja.Add(induk);
            await db.SaveChangesAsync();
            var unit = new UnitKerja($"Subbagian Cetak {Guid.NewGuid():N}"[..27], JenisUnitKerja.SeksiSubbagian, induk.Id);
            db.UnitKerja.Add(unit);
            await db.SaveChangesAsync();
            var jabatan = new Jabatan("Pengolah Data Cetak", JenisJabatan.Pelaksana, null, unit.Id);
            db.Jabatan.Add(jabatan);
            await db.SaveChangesAsync();
            var orang = Enumerable.Range(1, jumlah).Select(i => TestData.Pegawai($"Pegawai Cetak {i}", jabatan.Id, "II/c")).ToList();
            db.Pegawai.AddRange(orang);
            await db.SaveChangesAsync();
            return (induk.Id, orang.Select(p => new AkunUji(p.Nip, p.Id, p.NamaLengkap)).ToList());
        });
        foreach (var p in pegawai)
        {
            await SkpDisetujuiAsync(factory, tahun, Pejabat(p, "Pengolah Data Cetak", "Subbagian Cetak"), Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"), Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
        }

        return new DataUnit(unitId, tahun.Nomor, [.. pegawai.Select(p => p.Login)]);
    }

    protected async Task<HtmlClient> AdminAsync()
    {
        var org = await factory.OrganisasiAsync();
        var admin = factory.CreateHtmlClient();
        await admin.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return admin;
    }

    protected static async Task<int> AntreLewatFormAsync(HtmlClient admin, DataUnit data, bool gabung)
    {
        var response = await admin.SubmitAsync("/CetakMassal", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisDokumen.Skp),
            ["Tahun"] = data.Tahun.ToString(CultureInfo.InvariantCulture),
            ["UnitKerjaId"] = data.UnitId.ToString(CultureInfo.InvariantCulture),
            ["TermasukSubunit"] = "true",
            ["Gabung"] = gabung ? "true" : "false",
        }, "[data-testid=form-cetak]");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var lokasi = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/CetakMassal/", lokasi, StringComparison.Ordinal);
        return int.Parse(lokasi["/CetakMassal/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>A job written straight to the database (SKP, the unit with sub-units), optionally moved first.</summary>
    protected Task<int> TugasLangsungAsync(DataUnit data, Action<TugasCetak>? ubah, bool gabung = false) => factory.WithScopeAsync(async sp =>
    {
        var org = await factory.OrganisasiAsync();
        var db = sp.GetRequiredService<AppDbContext>();
        var tugas = new TugasCetak((int)JenisDokumen.Skp, null, data.Tahun, data.UnitId, true, gabung, "http://localhost", org.AdminBkd.Login, DateTime.UtcNow);
        ubah?.Invoke(tugas);
        db.TugasCetak.Add(tugas);
        await db.SaveChangesAsync();
        return tugas.Id;
    });

    protected Task BatalkanLangsungAsync(int id) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        (await db.TugasCetak.SingleAsync(t => t.Id == id)).Batalkan(DateTime.UtcNow);
        await db.SaveChangesAsync();
    });

    protected Task<TugasCetak> TugasAsync(int id) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TugasCetak.AsNoTracking().SingleAsync(t => t.Id == id));

    protected Task<int> JumlahTugasAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TugasCetak.CountAsync());

    protected IEnumerable<string> BerkasTugas(int id) =>
        Directory.Exists(Folder.Akar)
            ? Directory.EnumerateFiles(Folder.Akar, $"tugas-{id}*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) is var n && (n.StartsWith($"tugas-{id}.", StringComparison.Ordinal) || n.StartsWith($"tugas-{id}-", StringComparison.Ordinal)))
                .ToList()
            : [];

    protected static async Task<IReadOnlyList<(string Nama, byte[] Isi)>> PdfDariZipAsync(byte[] zip)
    {
        using var arsip = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var hasil = new List<(string, byte[])>();
        foreach (var e in arsip.Entries)
        {
            await using var s = e.Open();
            using var m = new MemoryStream();
            await s.CopyToAsync(m);
            Assert.EndsWith(".pdf", e.FullName, StringComparison.Ordinal);
            Assert.True(m.ToArray().AsSpan().StartsWith("%PDF-"u8), e.FullName);
            hasil.Add((e.FullName, m.ToArray()));
        }

        return hasil;
    }
}

public sealed class CetakMassalSqliteFactory : SqliteAppFactory
{
    private readonly KeyValuePair<string, string?>[] _pengaturan = CetakMassalUji.Pengaturan();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _pengaturan;
}

public sealed class CetakMassalPostgresFactory : PostgresAppFactory
{
    private readonly KeyValuePair<string, string?>[] _pengaturan = CetakMassalUji.Pengaturan();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _pengaturan;
}

public sealed class CetakMassalTestsSqlite(CetakMassalSqliteFactory f) : CetakMassalTests(f), IClassFixture<CetakMassalSqliteFactory>;

public sealed class CetakMassalTestsPostgres(CetakMassalPostgresFactory f) : CetakMassalTests(f), IClassFixture<CetakMassalPostgresFactory>;
