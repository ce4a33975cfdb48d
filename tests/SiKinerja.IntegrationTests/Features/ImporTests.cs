using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Impor;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Impor;

namespace SiKinerja.IntegrationTests.Features;

public abstract class ImporTests(SiKinerjaAppFactory factory)
{
    /// <summary>Import fixtures: 1 MB upload limit, and the worker only wakes on signals (no poll), so a batch marked in the DB stays put until a restart.</summary>
    public static readonly KeyValuePair<string, string?>[] Pengaturan =
    [
        new("Impor:UkuranMaksimumMb", "1"),
        new("Impor:Pekerja:IntervalPollDetik", "3600"),
    ];

    private static readonly StatusImpor[] Berjalan = [StatusImpor.Diunggah, StatusImpor.Memeriksa, StatusImpor.Dikonfirmasi, StatusImpor.Menulis];

    [Fact]
    public async Task BerkasBergalat_PratinjauMenunjukkanGalatPerBarisDanKolom_TanpaKonfirmasi_TidakMenulis()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        berkas.Baris[0][1] = "19800101200501100"; // 17 digits
        berkas.Baris[1][6] = "V/z";
        berkas.Baris[2][2] = "=cmd|' /C calc'!A0";
        berkas.Baris[4][1] = berkas.Nip(3); // duplicate NIP
        var sebelum = await HitungAsync();

        var id = await UnggahAsync(admin, berkas.Csv(), "pegawai.csv");
        var batch = await TungguAsync(factory, id);

        Assert.Equal(StatusImpor.Diperiksa, batch.Status);
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        var galat = doc.QuerySelectorAll("[data-testid=galat-impor] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(galat, g => g[0] == "2" && g[1] == "NIP BARU");
        Assert.Contains(galat, g => g[0] == "3" && g[1] == "GOL AKHIR NAMA");
        Assert.Contains(galat, g => g[0] == "4" && g[1] == "NAMA" && g[2].Contains("rumus", StringComparison.Ordinal));
        Assert.Contains(galat, g => g[0] == "6" && g[1] == "NIP BARU" && g[2].Contains("baris 5", StringComparison.Ordinal));
        Assert.All(galat, g => Assert.False(string.IsNullOrWhiteSpace(g[2])));
        Assert.Null(doc.QuerySelector("[data-testid=form-konfirmasi]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=form-batal]"));

        var confirm = await PostAsync(admin, $"/Impor/Konfirmasi/{id}", batch.Version);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var after = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Contains("tidak dapat dikonfirmasi", after.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatusImpor.Diperiksa, (await BatchAsync(factory, id)).Status);
        Assert.Equal(sebelum, await HitungAsync());
    }

    [Fact]
    public async Task BerkasBaik_Dikonfirmasi_MenulisUnitJabatanPegawai_DanMenurunkanAtasan()
    {
        var org = await OrgAsync();
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        var auditSebelum = await AuditAsync();

        var id = await UnggahAsync(admin, berkas.Csv(), "siasn.csv");
        var preview = await TungguAsync(factory, id);
        Assert.Equal(StatusImpor.Diperiksa, preview.Status);
        Assert.Equal(0, preview.JumlahGalat);
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Equal("5", Angka(doc, "Impor.PegawaiBaru"));
        Assert.Equal("2", Angka(doc, "Impor.UnitBaru"));
        Assert.Equal("4", Angka(doc, "Impor.JabatanBaru"));
        Assert.False(await AdaPegawaiAsync(berkas.Nip(0)));

        var response = await admin.SubmitAsync($"/Impor/Detail/{id}", new Dictionary<string, string>(), "[data-testid=form-konfirmasi]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var selesai = await TungguAsync(factory, id);

        Assert.Equal(StatusImpor.Selesai, selesai.Status);
        Assert.Null(selesai.Isi);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var dinas = await db.UnitKerja.SingleAsync(u => u.Kode == berkas.UnitDinas);
            var bidang = await db.UnitKerja.SingleAsync(u => u.Kode == berkas.UnitBidang);
            Assert.Equal(dinas.Id, bidang.ParentId);
            Assert.Equal(JenisUnitKerja.PerangkatDaerah, dinas.Jenis);
            Assert.Equal(JenisUnitKerja.BidangBagian, bidang.Jenis);
            Assert.Null((await db.UnitKerja.SingleAsync(u => u.Id == dinas.ParentId)).ParentId); // under the Pemda root

            var kadis = await db.Jabatan.SingleAsync(j => j.Kode == $"JKADIS@{berkas.UnitDinas}");
            var kabid = await db.Jabatan.SingleAsync(j => j.Kode == $"JKABID@{berkas.UnitBidang}");
            var pelaksana = await db.Jabatan.SingleAsync(j => j.Kode == $"JPELAKSANA@{berkas.UnitBidang}");
            var guru = await db.Jabatan.SingleAsync(j => j.Kode == $"JGURU@{berkas.UnitBidang}");
            Assert.Equal(kadis.Id, kabid.AtasanJabatanId);
            Assert.Equal(kabid.Id, pelaksana.AtasanJabatanId);
            Assert.Equal(kabid.Id, guru.AtasanJabatanId);
            Assert.Equal(JenisJabatan.FungsionalKeahlian, guru.Jenis);

            var pegawai = await db.Pegawai.Where(p => berkas.Baris.Select(b => b[1]).Contains(p.Nip)).ToDictionaryAsync(p => p.Nip);
            Assert.Equal(5, pegawai.Count);
            Assert.Equal(pegawai[berkas.Nip(0)].Id, pegawai[berkas.Nip(1)].AtasanLangsungId);
            Assert.Equal(pegawai[berkas.Nip(1)].Id, pegawai[berkas.Nip(2)].AtasanLangsungId);
            Assert.Equal(pegawai[berkas.Nip(1)].Id, pegawai[berkas.Nip(4)].AtasanLangsungId);
            Assert.Equal(pelaksana.Id, pegawai[berkas.Nip(3)].JabatanId);
            Assert.Equal("PNS-" + berkas.Nip(2)[^6..], pegawai[berkas.Nip(2)].SiasnId);

            var audit = await db.AuditEntries.Where(a => a.Entitas == "Pegawai" && a.EntitasId == pegawai[berkas.Nip(2)].Id).ToListAsync();
            Assert.Single(audit); // inserted with its atasan already derived: no second update
            Assert.All(audit, a => Assert.Equal(org.AdminBkd.Login, a.Pengguna)); // written under the confirming admin's NIP
        });
        Assert.True(await AuditAsync() > auditSebelum);
        var hasil = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Equal("5", Angka(hasil, "Impor.PegawaiBaru"));
    }

    [Fact]
    public async Task BerkasSama_DiimporLagi_NolBaruNolBerubah_TanpaAuditBaru()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        await ImporSampaiSelesaiAsync(admin, berkas.Csv(), "a.csv");
        var audit = await AuditAsync();
        var versi = await VersiAsync(berkas);

        var id = await UnggahAsync(admin, berkas.Csv(), "a-lagi.csv");
        Assert.Equal(StatusImpor.Diperiksa, (await TungguAsync(factory, id)).Status);
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Equal("0", Angka(doc, "Impor.PegawaiBaru"));
        Assert.Equal("0", Angka(doc, "Impor.PegawaiBerubah"));
        Assert.Equal("5", Angka(doc, "Impor.PegawaiTetap"));
        Assert.Equal("0", Angka(doc, "Impor.UnitBaru"));
        Assert.Equal("0", Angka(doc, "Impor.JabatanBaru"));
        await admin.SubmitAsync($"/Impor/Detail/{id}", new Dictionary<string, string>(), "[data-testid=form-konfirmasi]");

        Assert.Equal(StatusImpor.Selesai, (await TungguAsync(factory, id)).Status);
        Assert.Equal(audit, await AuditAsync());
        Assert.Equal(versi, await VersiAsync(berkas));
    }

    [Fact]
    public async Task TmtGolongan_DuaFormatTanggal_DibacaDanDisimpan_KosongMembiarkan()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        berkas.Baris[0][16] = "01-04-2021";
        berkas.Baris[1][16] = "2022-10-01";

        await ImporSampaiSelesaiAsync(admin, berkas.Csv(), "tmt-golongan.csv");

        var tmt = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai
            .Where(p => berkas.Baris.Select(b => b[1]).Contains(p.Nip)).ToDictionaryAsync(p => p.Nip, p => p.TmtGolongan));
        Assert.Equal(new DateOnly(2021, 4, 1), tmt[berkas.Nip(0)]);
        Assert.Equal(new DateOnly(2022, 10, 1), tmt[berkas.Nip(1)]);
        Assert.Null(tmt[berkas.Nip(2)]);
    }

    [Fact]
    public async Task TmtGolongan_TidakTerbacaAtauSebelumCpns_GalatBarisItu()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        berkas.Baris[0][16] = "31-31-2021";
        berkas.Baris[1][16] = "01-01-1950";

        var id = await UnggahAsync(admin, berkas.Csv(), "tmt-salah.csv");
        Assert.Equal(StatusImpor.Diperiksa, (await TungguAsync(factory, id)).Status);

        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        var galat = doc.QuerySelectorAll("[data-testid=galat-impor] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(galat, g => g[0] == "2" && g[1] == "TMT GOLONGAN" && g[2].Contains("31-31-2021", StringComparison.Ordinal));
        Assert.Contains(galat, g => g[0] == "3" && g[1] == "TMT GOLONGAN");
        Assert.Equal(2, galat.Count(g => g[1] == "TMT GOLONGAN"));
    }

    [Fact]
    public async Task BarisBerubah_GolonganBaru_MemperbaruiPegawaiDenganNipItu()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        await ImporSampaiSelesaiAsync(admin, berkas.Csv(), "b.csv");
        berkas.Baris[2][6] = "II/d";

        var id = await UnggahAsync(admin, berkas.Csv(), "b-naik-pangkat.csv");
        Assert.Equal(StatusImpor.Diperiksa, (await TungguAsync(factory, id)).Status);
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Equal("1", Angka(doc, "Impor.PegawaiBerubah"));
        Assert.Contains("Golongan (1)", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await admin.SubmitAsync($"/Impor/Detail/{id}", new Dictionary<string, string>(), "[data-testid=form-konfirmasi]");
        Assert.Equal(StatusImpor.Selesai, (await TungguAsync(factory, id)).Status);

        var golongan = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai
            .Where(p => berkas.Baris.Select(b => b[1]).Contains(p.Nip)).ToDictionaryAsync(p => p.Nip, p => p.GolonganKode));
        Assert.Equal("II/d", golongan[berkas.Nip(2)]);
        Assert.Equal("III/a", golongan[berkas.Nip(3)]);
    }

    [Fact]
    public async Task BarisBerubah_JabatanBaru_SkpDisetujuiDitutupKemarin_DanDilanjutkanDenganJabatanBaru()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        await ImporSampaiSelesaiAsync(admin, berkas.Csv(), "mutasi.csv");
        var hariIni = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var (pegawaiId, skpId) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tahun = await db.TahunKinerja.FirstOrDefaultAsync(t => t.Tahun == hariIni.Year);
            if (tahun is null)
            {
                tahun = TahunKinerja.Buka(hariIni.Year, JenisPeriode.Triwulanan, new DateOnly(hariIni.Year, 1, 31), new DateOnly(hariIni.Year + 1, 1, 31));
                db.TahunKinerja.Add(tahun);
                await db.SaveChangesAsync();
            }

            var id = await db.Pegawai.Where(p => p.Nip == berkas.Nip(2)).Select(p => p.Id).SingleAsync();
            var snapshot = (await PembuatSnapshotSkp.BuatAsync(db, id))!;
            var skp = Skp.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, PendekatanSkp.Kuantitatif, snapshot, snapshot.Pegawai.Nip, DateTime.UtcNow);
            skp.TambahIki(skp.TambahRhk(JenisRhk.Utama, "Terkelolanya administrasi bidang", rhkAtasanId: 9001), AspekIki.Kuantitas, "Jumlah dokumen", Target.Angka(12, "dokumen"));
            skp.Ajukan(AturanSkp.Bawaan, true, snapshot.Pegawai.Nip, DateTime.UtcNow);
            skp.Setujui(PerilakuKerja.Semua.ToDictionary(p => p.Nilai, p => "Ekspektasi"), snapshot.PejabatPenilai!.Nip, DateTime.UtcNow);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return (id, skp.Id);
        });
        berkas.Baris[2][7] = "Fungsional Tertentu";
        berkas.Baris[2][9] = "JGURU";
        berkas.Baris[2][10] = "Guru Ahli Pertama";

        await ImporSampaiSelesaiAsync(admin, berkas.Csv(), "mutasi-2.csv");

        var semua = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Skp.AsNoTracking()
            .Where(s => s.PegawaiId == pegawaiId).OrderBy(s => s.TanggalMulai).ToListAsync());
        if (hariIni.DayOfYear == 1)
        {
            return; // a change on the first day of the year cannot split an approved SKP (covered elsewhere)
        }

        Assert.Equal(2, semua.Count);
        Assert.Equal(skpId, semua[0].Id);
        Assert.True(semua[0].Ditutup);
        Assert.Equal(hariIni.AddDays(-1), semua[0].TanggalSelesai);
        Assert.Equal("Pengadministrasi Umum", semua[0].Snapshot.Pegawai.JabatanNama);
        Assert.Equal((hariIni, StatusSkp.Draft), (semua[1].TanggalMulai, semua[1].Status));
        Assert.Equal("Guru Ahli Pertama", semua[1].Snapshot.Pegawai.JabatanNama);
    }

    [Fact]
    public async Task Konfirmasi_BasisDataBerubahSejakPratinjau_GagalDenganPesan_TidakMenulisApaPun()
    {
        var org = await OrgAsync();
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();
        var induk = "INDUK" + berkas.UnitDinas;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.UnitKerja.Add(new UnitKerja("Sekretariat Daerah Uji", JenisUnitKerja.PerangkatDaerah, org.UnitRootId, induk));
            await db.SaveChangesAsync();
        });
        berkas.Baris[0][13] = induk; // the Dinas sits under an existing unit, found by its code
        var id = await UnggahAsync(admin, berkas.Csv(), "induk.csv");
        var preview = await TungguAsync(factory, id);
        Assert.True(preview.Status == StatusImpor.Diperiksa && preview.JumlahGalat == 0, preview.GalatJson);
        var unitSebelum = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().UnitKerja.CountAsync());

        // Meanwhile someone changes the parent unit's code: the file no longer matches.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.UnitKerja.SingleAsync(u => u.Kode == induk)).Kode = induk + "-LAMA";
            await db.SaveChangesAsync();
        });
        await PostAsync(admin, $"/Impor/Konfirmasi/{id}", preview.Version);
        var batch = await TungguAsync(factory, id);

        Assert.Equal(StatusImpor.Gagal, batch.Status);
        Assert.Contains("Impor.GagalValidasiUlang", batch.GagalJson, StringComparison.Ordinal);
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Contains("tidak ada data yang ditulis", doc.QuerySelector("[data-testid=gagal-impor]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await AdaPegawaiAsync(berkas.Nip(0)));
        Assert.Equal(unitSebelum, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().UnitKerja.CountAsync()));
    }

    [Fact]
    public async Task BerkasXlsx_DiimporJuga()
    {
        using var admin = await AdminAsync();
        var berkas = new BerkasSiasn();

        await ImporSampaiSelesaiAsync(admin, berkas.Xlsx(), "siasn.xlsx");

        Assert.True(await AdaPegawaiAsync(berkas.Nip(4)));
    }

    [Theory]
    [InlineData("kosong.csv", 0, "Berkas kosong")]
    [InlineData("pegawai.txt", 10, "Hanya berkas .csv atau .xlsx")]
    [InlineData("besar.csv", 1_200_000, "lebih besar dari 1 MB")]
    public async Task Unggah_BerkasDitolak_PesanJelasDiHalaman(string nama, int ukuran, string pesan)
    {
        using var admin = await AdminAsync();
        var jumlah = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ImporBatch.CountAsync());

        var response = await UnggahMentahAsync(admin, new byte[ukuran], nama);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Impor", response.Headers.Location!.OriginalString);
        var doc = await admin.GetDocumentAsync("/Impor");
        Assert.Contains(pesan, doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(jumlah, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ImporBatch.CountAsync()));
    }

    [Fact]
    public async Task Pegawai_Mendapat403DiSemuaHalamanDanPostImpor()
    {
        var org = await OrgAsync();
        using var staf = factory.CreateHtmlClient();
        await staf.SignInAsync(org.Staf.Login, TestData.Password);
        var home = await staf.GetDocumentAsync("/");
        var token = home.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/Impor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/Impor/Detail/1")).StatusCode);
        foreach (var url in new[] { "/Impor/Unggah", "/Impor/Konfirmasi/1", "/Impor/Batal/1" })
        {
            using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("1"), "Version" } };
            Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.PostAsync(url, content)).StatusCode);
        }
    }

    [Fact]
    public async Task Batal_BatchDiperiksa_MenjadiDibatalkan_BerkasDihapus()
    {
        using var admin = await AdminAsync();
        var id = await UnggahAsync(admin, new BerkasSiasn().Csv(), "batal.csv");
        await TungguAsync(factory, id);

        await admin.SubmitAsync($"/Impor/Detail/{id}", new Dictionary<string, string>(), "[data-testid=form-batal]");

        var batch = await BatchAsync(factory, id);
        Assert.Equal(StatusImpor.Dibatalkan, batch.Status);
        Assert.Null(batch.Isi);
    }

    [Fact]
    public async Task BatchTerhentiSaatMenulis_DilanjutkanSetelahAplikasiDimulaiUlang()
    {
        var org = await OrgAsync();
        var berkas = new BerkasSiasn();
        var id = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var lama = DateTime.UtcNow.AddHours(-1);
            var batch = new ImporBatch("terputus.csv", berkas.Csv(), new string('0', 64), org.AdminBkd.Login, lama);
            batch.Klaim("instans-yang-mati", lama);
            batch.Diperiksa(5, 0, PekerjaImpor.Serialisasi(new RingkasanImpor(5, 5, 0, 0, 2, 4, new Dictionary<string, int>(), [])), PekerjaImpor.Serialisasi(new DaftarGalat([], [])), lama);
            batch.Konfirmasi(org.AdminBkd.Login, lama);
            batch.Klaim("instans-yang-mati", lama); // Menulis, heartbeat an hour old: the instance died mid-write
            db.ImporBatch.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
        Assert.Equal(StatusImpor.Menulis, (await BatchAsync(factory, id)).Status);

        await using var restart = new AppKedua(factory.Provider, factory.ConnectionString);
        _ = restart.Server;
        var selesai = await TungguAsync(restart, id);

        Assert.Equal(StatusImpor.Selesai, selesai.Status);
        Assert.True(await AdaPegawaiAsync(berkas.Nip(0)));
        using var admin = await AdminAsync();
        var doc = await admin.GetDocumentAsync($"/Impor/Detail/{id}");
        Assert.Equal("5", Angka(doc, "Impor.PegawaiBaru")); // the result page shows what the resumed write did
    }

    [Fact]
    public async Task DuaInstansMengklaimBatchYangSama_HanyaSatuYangMendapatkannya()
    {
        var org = await OrgAsync();
        var id = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var lama = DateTime.UtcNow.AddHours(-1);
            var batch = new ImporBatch("rebutan.csv", [1], new string('0', 64), org.AdminBkd.Login, lama);
            batch.Klaim("instans-yang-mati", lama);
            db.ImporBatch.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

        await using var scopeA = factory.Services.CreateAsyncScope();
        await using var scopeB = factory.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<AppDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<AppDbContext>();
        var a = await dbA.ImporBatch.SingleAsync(b => b.Id == id);
        var b = await dbB.ImporBatch.SingleAsync(b => b.Id == id);
        Assert.True(a.BisaDiklaim(DateTime.UtcNow, TimeSpan.FromMinutes(2)) && b.BisaDiklaim(DateTime.UtcNow, TimeSpan.FromMinutes(2)));
        a.Klaim("instans-a", DateTime.UtcNow);
        b.Klaim("instans-b", DateTime.UtcNow);

        await dbA.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        Assert.Equal("instans-a", (await BatchAsync(factory, id)).Pemilik);
        Assert.False((await BatchAsync(factory, id)).BisaDiklaim(DateTime.UtcNow, TimeSpan.FromMinutes(2))); // fresh heartbeat: not taken over
    }

    private async Task ImporSampaiSelesaiAsync(HtmlClient admin, byte[] isi, string nama)
    {
        var id = await UnggahAsync(admin, isi, nama);
        var batch = await TungguAsync(factory, id);
        Assert.True(batch.Status == StatusImpor.Diperiksa && batch.JumlahGalat == 0, $"batch {id}: {batch.Status}, {batch.JumlahGalat} errors: {batch.GalatJson}");
        var response = await PostAsync(admin, $"/Impor/Konfirmasi/{id}", batch.Version);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var selesai = await TungguAsync(factory, id);
        Assert.True(selesai.Status == StatusImpor.Selesai, $"batch {id}: {selesai.Status} {selesai.GagalJson}");
    }

    private static async Task<int> UnggahAsync(HtmlClient admin, byte[] isi, string nama)
    {
        var response = await UnggahMentahAsync(admin, isi, nama);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Impor/Detail/", location, StringComparison.Ordinal);
        return int.Parse(location["/Impor/Detail/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> UnggahMentahAsync(HtmlClient admin, byte[] isi, string nama)
    {
        var doc = await admin.GetDocumentAsync("/Impor");
        var form = doc.QuerySelector<IHtmlFormElement>("[data-testid=form-unggah]")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var file = new ByteArrayContent(isi);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Berkas", nama } };
        return await admin.Http.PostAsync(form.GetAttribute("action"), content);
    }

    private static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, int version)
    {
        var home = await client.GetDocumentAsync("/Impor");
        var token = home.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return await client.Http.PostAsync(url, content);
    }

    /// <summary>Polls the batch row until the worker is done with its current step.</summary>
    private static async Task<ImporBatch> TungguAsync(WebApplicationFactory<Program> app, int id)
    {
        var batas = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var batch = await BatchAsync(app, id);
            if (!Berjalan.Contains(batch.Status) || DateTime.UtcNow > batas)
            {
                Assert.DoesNotContain(batch.Status, Berjalan);
                return batch;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<ImporBatch> BatchAsync(WebApplicationFactory<Program> app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImporBatch.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    private static string Angka(IHtmlDocument doc, string kunci) => doc.QuerySelector($"[data-testid='{kunci}']")!.TextContent.Trim();

    private Task<OrganisasiUji> OrgAsync() => factory.OrganisasiAsync();

    private async Task<HtmlClient> AdminAsync()
    {
        var org = await OrgAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(org.AdminBkd.Login, TestData.Password);
        return client;
    }

    private Task<int> HitungAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.CountAsync());

    private Task<int> AuditAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync());

    private Task<bool> AdaPegawaiAsync(string nip) => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Pegawai.AnyAsync(p => p.Nip == nip));

    private Task<int> VersiAsync(BerkasSiasn berkas) => factory.WithScopeAsync(sp =>
    {
        var nips = berkas.Baris.Select(b => b[1]).ToList();
        return sp.GetRequiredService<AppDbContext>().Pegawai.Where(p => nips.Contains(p.Nip)).SumAsync(p => p.Version);
    });

    /// <summary>A second app instance on the same database, as after a restart.</summary>
    private sealed class AppKedua(DatabaseProvider provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", provider.ToString());
            builder.UseSetting("ConnectionStrings:SiKinerja", connectionString);
            builder.UseSetting("Demo:Seed", "false");
        }
    }
}

public sealed class ImporSqliteFactory : SqliteAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => ImporTests.Pengaturan;
}

public sealed class ImporPostgresFactory : PostgresAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => ImporTests.Pengaturan;
}

public sealed class ImporTestsSqlite(ImporSqliteFactory factory) : ImporTests(factory), IClassFixture<ImporSqliteFactory>;

public sealed class ImporTestsPostgres(ImporPostgresFactory factory) : ImporTests(factory), IClassFixture<ImporPostgresFactory>;
