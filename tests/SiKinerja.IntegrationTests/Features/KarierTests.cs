using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Karier;

namespace SiKinerja.IntegrationTests.Features;

public abstract class KarierTests(SiKinerjaAppFactory factory)
{
    private async Task<HtmlClient> MasukAsync(AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun.Login, TestData.Password);
        return client;
    }

    private async Task<HtmlClient> AdminAsync() => await MasukAsync((await factory.OrganisasiAsync()).AdminBkd);

    private Task<List<AuditEntry>> AuditAsync(string entitas, int id) =>
        DataOrganisasi.BacaAsync(factory, db => db.AuditEntries.AsNoTracking().Where(a => a.Entitas == entitas && a.EntitasId == id).ToListAsync());

    private static string Id(int id) => DataOrganisasi.Id(id);

    [Fact]
    public async Task Penghargaan_TambahUbahHapus_Diaudit_VersiLamaDitolak()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var pegawaiId = akun.PegawaiId!.Value;
        using var admin = await AdminAsync();

        var tambah = await admin.SubmitAsync($"/Karier/Penghargaan/Tambah?pegawaiId={pegawaiId}", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisPenghargaan.SatyalancanaX),
            ["Pemberi"] = "Presiden RI",
            ["NomorSk"] = "12/TK/2024",
            ["TanggalSk"] = "2024-08-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, tambah.StatusCode);
        var p = await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AsNoTracking().SingleAsync(x => x.PegawaiId == pegawaiId));
        Assert.Equal(2024, p.Tahun);
        Assert.Equal("Presiden RI", p.Pemberi);
        var daftar = await admin.GetDocumentAsync($"/Karier/Penghargaan?pegawaiId={pegawaiId}");
        Assert.Contains("12/TK/2024", daftar.QuerySelector("[data-testid=daftar-penghargaan]")!.TextContent, StringComparison.Ordinal);

        var ubahUrl = $"/Karier/Penghargaan/{p.Id}/Ubah";
        var lama = await admin.GetDocumentAsync(ubahUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(ubahUrl, new Dictionary<string, string> { ["NomorSk"] = "13/TK/2024" })).StatusCode);
        var konflik = await admin.SubmitDocumentAsync(lama, ubahUrl, new Dictionary<string, string> { ["NomorSk"] = "14/TK/2024" });
        var doc = await HtmlClient.ParseAsync(konflik);
        Assert.Contains("diubah oleh pengguna lain", doc.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("14/TK/2024", doc.QuerySelector<IHtmlInputElement>("#NomorSk")!.Value);
        Assert.Equal("13/TK/2024", (await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AsNoTracking().SingleAsync(x => x.Id == p.Id))).NomorSk);

        // Delete with an old version is refused; with the current one it goes.
        var hapusLama = await admin.SubmitDocumentAsync(daftar, "/Karier/Penghargaan", new Dictionary<string, string>(), "main details form");
        Assert.Equal(HttpStatusCode.Redirect, hapusLama.StatusCode);
        Assert.True(await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AnyAsync(x => x.Id == p.Id)));
        var hapus = await admin.SubmitAsync($"/Karier/Penghargaan?pegawaiId={pegawaiId}", new Dictionary<string, string>(), "main details form");
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        Assert.False(await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AnyAsync(x => x.Id == p.Id)));

        var audit = await AuditAsync(nameof(Penghargaan), p.Id);
        var org = await factory.OrganisasiAsync();
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Tambah && a.Pengguna == org.AdminBkd.Login);
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Ubah);
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Hapus);
    }

    [Fact]
    public async Task Penghargaan_LainnyaTanpaNama_PesanDiSampingIsian_TidakMenyimpan()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync($"/Karier/Penghargaan/Tambah?pegawaiId={akun.PegawaiId}", new Dictionary<string, string>
        {
            ["Jenis"] = nameof(JenisPenghargaan.Lainnya),
            ["NomorSk"] = "1/2025",
            ["TanggalSk"] = "2025-01-02",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains("jenis Lainnya", doc.QuerySelector("[data-valmsg-for=Nama]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AnyAsync(x => x.PegawaiId == akun.PegawaiId)));
    }

    [Fact]
    public async Task PenghargaanTahun_FilterJenis_Berhalaman()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = 2011 + (akun.PegawaiId!.Value % 7);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 27; i++)
            {
                db.Penghargaan.Add(Penghargaan.Catat(akun.PegawaiId!.Value, JenisPenghargaan.Inovasi, null, null, $"INV-{akun.PegawaiId}-{i}", new DateOnly(tahun, 3, 1), null));
            }

            db.Penghargaan.Add(Penghargaan.Catat(akun.PegawaiId!.Value, JenisPenghargaan.SatyalancanaXX, null, null, $"SL-{akun.PegawaiId}", new DateOnly(tahun, 8, 17), null));
            await db.SaveChangesAsync();
        });
        using var admin = await AdminAsync();

        var satya = await admin.GetDocumentAsync($"/Karier/Penghargaan/Daftar?tahun={tahun}&jenis=SatyalancanaXX");
        var hal2 = await admin.GetDocumentAsync($"/Karier/Penghargaan/Daftar?tahun={tahun}&jenis=Inovasi&halaman=2");

        Assert.Contains($"SL-{akun.PegawaiId}", satya.QuerySelector("[data-testid=penghargaan-tahun]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("INV-", satya.QuerySelector("[data-testid=penghargaan-tahun]")!.TextContent, StringComparison.Ordinal);
        Assert.True(hal2.QuerySelectorAll("[data-testid=penghargaan-tahun] tbody tr").Length >= 2);
        Assert.Contains("Halaman 2 dari", hal2.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hukuman_TambahUbahHapus_Diaudit_TanggalTerbalikDitolak()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var pegawaiId = akun.PegawaiId!.Value;
        using var admin = await AdminAsync();
        var url = $"/Karier/Hukuman/Tambah?pegawaiId={pegawaiId}";
        var isian = new Dictionary<string, string>
        {
            ["Tingkat"] = nameof(TingkatHukuman.Ringan),
            ["Jenis"] = "Teguran lisan",
            ["NomorSk"] = "800/01/2025",
            ["TanggalSk"] = "2025-02-01",
            ["TmtMulai"] = "2025-02-03",
            ["TmtSelesai"] = "2025-01-01",
        };

        var salah = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, isian));
        Assert.False(string.IsNullOrWhiteSpace(salah.QuerySelector("[data-valmsg-for=TmtSelesai]")!.TextContent));

        isian["TmtSelesai"] = "2025-08-02";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, isian)).StatusCode);
        var h = await DataOrganisasi.BacaAsync(factory, db => db.HukumanDisiplin.AsNoTracking().SingleAsync(x => x.PegawaiId == pegawaiId));
        Assert.Equal(TingkatHukuman.Ringan, h.Tingkat);

        var ubahUrl = $"/Karier/Hukuman/{h.Id}/Ubah";
        var lama = await admin.GetDocumentAsync(ubahUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(ubahUrl, new Dictionary<string, string> { ["Tingkat"] = nameof(TingkatHukuman.Sedang) })).StatusCode);
        var konflik = await HtmlClient.ParseAsync(await admin.SubmitDocumentAsync(lama, ubahUrl, new Dictionary<string, string> { ["Jenis"] = "Teguran tertulis" }));
        Assert.Contains("diubah oleh pengguna lain", konflik.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TingkatHukuman.Sedang, (await DataOrganisasi.BacaAsync(factory, db => db.HukumanDisiplin.AsNoTracking().SingleAsync(x => x.Id == h.Id))).Tingkat);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Karier/Hukuman?pegawaiId={pegawaiId}", new Dictionary<string, string>(), "main details form")).StatusCode);
        Assert.False(await DataOrganisasi.BacaAsync(factory, db => db.HukumanDisiplin.AnyAsync(x => x.Id == h.Id)));
        var audit = await AuditAsync(nameof(HukumanDisiplin), h.Id);
        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ubah, AksiAudit.Hapus], audit.Select(a => a.Aksi).Order().ToArray());
    }

    [Fact]
    public async Task Pangkat_YangLebihBaru_MengubahGolonganDanTmtPegawai_YangLamaTidak_SebelumCpnsDitolak()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var pegawaiId = akun.PegawaiId!.Value;
        using var admin = await AdminAsync();
        var url = $"/Karier/Pangkat/Tambah?pegawaiId={pegawaiId}";
        Task<Pegawai> PegawaiAsync() => DataOrganisasi.BacaAsync(factory, db => db.Pegawai.AsNoTracking().SingleAsync(x => x.Id == pegawaiId));

        var sebelumCpns = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Golongan"] = "III/b", ["Tmt"] = "1980-04-01" }));
        Assert.Contains("sebelum TMT CPNS", sebelumCpns.QuerySelector("[data-valmsg-for=Tmt]")!.TextContent, StringComparison.Ordinal);
        var bukanPns = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["Golongan"] = "IX", ["Tmt"] = "2020-04-01" }));
        Assert.False(string.IsNullOrWhiteSpace(bukanPns.QuerySelector("[data-valmsg-for=Golongan]")!.TextContent));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Golongan"] = "III/c", ["Tmt"] = "2022-04-01", ["NomorSk"] = "KP-1" })).StatusCode);
        var p1 = await PegawaiAsync();
        Assert.Equal("III/c", p1.GolonganKode);
        Assert.Equal(new DateOnly(2022, 4, 1), p1.TmtGolongan);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Golongan"] = "III/b", ["Tmt"] = "2018-04-01" })).StatusCode);
        var p2 = await PegawaiAsync();
        Assert.Equal("III/c", p2.GolonganKode);
        Assert.Equal(new DateOnly(2022, 4, 1), p2.TmtGolongan);
        Assert.Equal(2, await DataOrganisasi.BacaAsync(factory, db => db.RiwayatPangkat.CountAsync(x => x.PegawaiId == pegawaiId)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["Golongan"] = "III/d", ["Tmt"] = "2026-04-01" })).StatusCode);
        var p3 = await PegawaiAsync();
        Assert.Equal("III/d", p3.GolonganKode);
        Assert.Equal(new DateOnly(2026, 4, 1), p3.TmtGolongan);
        Assert.Contains(await AuditAsync(nameof(Pegawai), pegawaiId), a => a.Aksi == AksiAudit.Ubah && a.Sesudah!.Contains("III/d", StringComparison.Ordinal));

        var r = await DataOrganisasi.BacaAsync(factory, db => db.RiwayatPangkat.AsNoTracking().OrderBy(x => x.Id).FirstAsync(x => x.PegawaiId == pegawaiId));
        var ubahUrl = $"/Karier/Pangkat/{r.Id}/Ubah";
        var lama = await admin.GetDocumentAsync(ubahUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(ubahUrl, new Dictionary<string, string> { ["NomorSk"] = "KP-1a" })).StatusCode);
        var konflik = await HtmlClient.ParseAsync(await admin.SubmitDocumentAsync(lama, ubahUrl, new Dictionary<string, string> { ["NomorSk"] = "KP-1b" }));
        Assert.Contains("diubah oleh pengguna lain", konflik.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Karier/Pangkat?pegawaiId={pegawaiId}", new Dictionary<string, string>(), "main details form")).StatusCode);
        Assert.Equal(2, await DataOrganisasi.BacaAsync(factory, db => db.RiwayatPangkat.CountAsync(x => x.PegawaiId == pegawaiId)));
        var audit = await AuditAsync(nameof(RiwayatPangkat), r.Id);
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Tambah);
        Assert.Contains(audit, a => a.Aksi == AksiAudit.Ubah);
    }

    [Fact]
    public async Task BukanAdmin_403_PegawaiTidakAda_404()
    {
        var org = await factory.OrganisasiAsync();
        using var staf = await MasukAsync(org.Staf);
        using var admin = await AdminAsync();

        foreach (var url in new[] { "/Karier/Penghargaan", "/Karier/Hukuman", "/Karier/Pangkat", "/Karier/Penghargaan/Tambah" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync($"{url}?pegawaiId={org.Staf.PegawaiId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"{url}?pegawaiId=987654")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await staf.Http.GetAsync("/Karier/Penghargaan/Daftar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Karier/Penghargaan/987654/Ubah")).StatusCode);
        var tambah = await admin.GetDocumentAsync($"/Karier/Hukuman/Tambah?pegawaiId={org.Staf.PegawaiId}");
        tambah.QuerySelector("main form[method=post]")!.SetAttribute("action", "/Karier/Hukuman/Tambah?pegawaiId=987654");
        var kePegawaiLain = await admin.SubmitDocumentAsync(tambah, "/Karier/Hukuman/Tambah", new Dictionary<string, string>
        {
            ["Tingkat"] = "Ringan", ["Jenis"] = "Teguran", ["NomorSk"] = "x", ["TanggalSk"] = "2025-01-01", ["TmtMulai"] = "2025-01-01",
        });
        Assert.Equal(HttpStatusCode.NotFound, kePegawaiLain.StatusCode);
    }

    [Fact]
    public async Task BukanAdmin_PostTambahUbahHapus_403_TidakAdaYangBerubah()
    {
        var org = await factory.OrganisasiAsync();
        var pegawaiId = org.Staf2.PegawaiId!.Value;
        var (penghargaan, hukuman, pangkat) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var a = Penghargaan.Catat(pegawaiId, JenisPenghargaan.Inovasi, "Inovasi uji 403", "Bupati", "SK/403", new DateOnly(2025, 5, 2), null);
            var b = HukumanDisiplin.Catat(pegawaiId, TingkatHukuman.Ringan, "Teguran", "SK/403/H", new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 2), null, null);
            var c = RiwayatPangkat.Catat(pegawaiId, Golongan.Find("II/b", JenisPegawai.Pns)!, new DateOnly(2015, 4, 1), "SK/403/P", new DateOnly(2015, 3, 1));
            db.AddRange(a, b, c);
            await db.SaveChangesAsync();
            return (a.Id, b.Id, c.Id);
        });
        int Hitung(AppDbContext db) => db.Penghargaan.Count(x => x.PegawaiId == pegawaiId) + db.HukumanDisiplin.Count(x => x.PegawaiId == pegawaiId) + db.RiwayatPangkat.Count(x => x.PegawaiId == pegawaiId);
        var sebelum = await factory.WithScopeAsync(sp => Task.FromResult(Hitung(sp.GetRequiredService<AppDbContext>())));
        using var staf = await MasukAsync(org.Staf);
        var token = (await staf.GetDocumentAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var isian = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "0", ["version"] = "0",
            ["Jenis"] = "Inovasi", ["Nama"] = "Palsu", ["Pemberi"] = "x", ["NomorSk"] = "x", ["TanggalSk"] = "2025-01-01",
            ["Tingkat"] = "Berat", ["TmtMulai"] = "2025-01-01", ["GolonganKode"] = "IV/e", ["Tmt"] = "2025-01-01",
        };

        foreach (var url in new[]
                 {
                     $"/Karier/Penghargaan/Tambah?pegawaiId={pegawaiId}", $"/Karier/Penghargaan/{penghargaan}/Ubah", $"/Karier/Penghargaan/{penghargaan}/Hapus",
                     $"/Karier/Hukuman/Tambah?pegawaiId={pegawaiId}", $"/Karier/Hukuman/{hukuman}/Ubah", $"/Karier/Hukuman/{hukuman}/Hapus",
                     $"/Karier/Pangkat/Tambah?pegawaiId={pegawaiId}", $"/Karier/Pangkat/{pangkat}/Ubah", $"/Karier/Pangkat/{pangkat}/Hapus",
                 })
        {
            var response = await staf.Http.PostAsync(url, new FormUrlEncodedContent(isian));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(sebelum, await factory.WithScopeAsync(sp => Task.FromResult(Hitung(sp.GetRequiredService<AppDbContext>()))));
        var p = await DataOrganisasi.BacaAsync(factory, db => db.Penghargaan.AsNoTracking().SingleAsync(x => x.Id == penghargaan));
        Assert.Equal("Inovasi uji 403", p.Nama);
    }

    [Fact]
    public async Task Riwayat_DiriSendiriPenilaiAdmin_Boleh_RekanTidak_AnonimKeMasuk()
    {
        var org = await factory.OrganisasiAsync();
        var url = $"/Karier/Riwayat/{org.Staf.PegawaiId}";

        foreach (var akun in new[] { org.Staf, org.Kabid, org.AdminBkd, org.Administrator })
        {
            using var c = await MasukAsync(akun);
            Assert.True((await c.Http.GetAsync(url)).StatusCode == HttpStatusCode.OK, akun.Nama);
        }

        foreach (var akun in new[] { org.Staf2, org.Kadis })
        {
            using var c = await MasukAsync(akun);
            Assert.Equal(HttpStatusCode.NotFound, (await c.Http.GetAsync(url)).StatusCode);
        }

        using var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Karier/Riwayat/987654")).StatusCode);
        using var anonim = factory.CreateHtmlClient();
        var masuk = await anonim.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        Assert.StartsWith("http://localhost/Akun/Masuk", masuk.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var staf = await MasukAsync(org.Staf);
        var beranda = await staf.GetDocumentAsync("/");
        Assert.Equal(url, beranda.QuerySelector("[data-testid=tautan-riwayat-karier]")!.GetAttribute("href"));
        var detail = await admin.GetDocumentAsync($"/Pegawai/Detail/{org.Staf.PegawaiId}");
        Assert.NotNull(detail.QuerySelector($"[data-testid=kartu-karier] a[href='{url}']"));
    }

    [Fact]
    public async Task Riwayat_MenampilkanSetiapBagian_DenganJumlahQueryTetap()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var id = akun.PegawaiId!.Value;
        await TambahDataAsync(id, akun.Login, 1);
        var sebelum = await HitungAsync(id);
        await TambahDataAsync(id, akun.Login, 3);
        var sesudah = await HitungAsync(id);

        Assert.Equal(7, sebelum); // the employee, then one per section
        Assert.Equal(sebelum, sesudah);

        using var admin = await AdminAsync();
        var doc = await admin.GetDocumentAsync($"/Karier/Riwayat/{id}");
        Assert.Contains("PH-", doc.QuerySelector("[data-testid=riwayat-penghargaan]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Teguran", doc.QuerySelector("[data-testid=riwayat-hukuman]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("KP-", doc.QuerySelector("[data-testid=riwayat-pangkat]")!.TextContent, StringComparison.Ordinal);
        var jp = doc.QuerySelector("[data-testid=riwayat-jp] tr[data-tahun='2025']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["2025", "40", "20", "20"], jp); // 4 verified of 10 JP; 4 pending of 5 JP; the target
    }

    private Task TambahDataAsync(int pegawaiId, string nip, int kali) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        for (var i = 0; i < kali; i++)
        {
            db.Penghargaan.Add(Penghargaan.Catat(pegawaiId, JenisPenghargaan.PegawaiBerprestasi, null, null, $"PH-{i}", new DateOnly(2024, 5, 1 + i), null));
            db.HukumanDisiplin.Add(HukumanDisiplin.Catat(pegawaiId, TingkatHukuman.Ringan, "Teguran lisan", $"HD-{i}", new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 2), null, null));
            db.RiwayatPangkat.Add(RiwayatPangkat.Catat(pegawaiId, Golongan.Find("III/a", JenisPegawai.Pns)!, new DateOnly(2010 + i, 4, 1), $"KP-{i}", null));
            var data = new DataKegiatan(JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, $"Pelatihan {i}", null, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2), 10, null, null);
            var k = KegiatanPengembangan.Catat(pegawaiId, data, nip, DateTime.UtcNow);
            k.Verifikasi("199001012015011001", DateTime.UtcNow);
            db.KegiatanPengembangan.Add(k);
            db.KegiatanPengembangan.Add(KegiatanPengembangan.Catat(pegawaiId, data with { Jp = 5 }, nip, DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
    });

    private Task<int> HitungAsync(int pegawaiId) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = new RiwayatKarierService(db, Options.Create(new AturanJp()));
        var pemilik = await layanan.PemilikAsync(pegawaiId, default);
        var model = await layanan.GetAsync(pemilik!, default);
        Assert.NotEmpty(model.Pangkat);
        return penghitung.Jumlah;
    });

    [Fact]
    public async Task PegawaiForm_TmtGolongan_Disimpan_DanDitolakSebelumCpns()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        using var admin = await AdminAsync();
        var url = $"/Pegawai/Ubah/{akun.PegawaiId}";

        var ditolak = await HtmlClient.ParseAsync(await admin.SubmitAsync(url, new Dictionary<string, string> { ["TmtGolongan"] = "1980-01-01" }));
        Assert.Contains("sebelum TMT CPNS", ditolak.QuerySelector("[data-valmsg-for=TmtGolongan]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string> { ["TmtGolongan"] = "2021-10-01" })).StatusCode);
        var p = await DataOrganisasi.BacaAsync(factory, db => db.Pegawai.AsNoTracking().SingleAsync(x => x.Id == akun.PegawaiId));
        Assert.Equal(new DateOnly(2021, 10, 1), p.TmtGolongan);
        var detail = await admin.GetDocumentAsync($"/Pegawai/Detail/{akun.PegawaiId}");
        Assert.Contains("2021", detail.QuerySelector("[data-testid=tmt-golongan]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2021-10-01", (await admin.GetDocumentAsync(url)).QuerySelector<IHtmlInputElement>("#TmtGolongan")!.Value);
    }
}

public sealed class KarierTestsSqlite(SqliteAppFactory factory) : KarierTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class KarierTestsPostgres(PostgresAppFactory factory) : KarierTests(factory), IClassFixture<PostgresAppFactory>;
