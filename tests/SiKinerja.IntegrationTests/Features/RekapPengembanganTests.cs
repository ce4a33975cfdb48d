using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.RekapPengembangan;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The Admin BKD's JP recap: verified counted, pending apart, refused not; drill-down, exports, access, query count.</summary>
public abstract class RekapPengembanganTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2040;

    /// <summary>
    /// A perangkat daerah and a Bidang below it. In the perangkat daerah: Ani 12 JP verified (across the year boundary)
    /// + 10 verified + 5 pending (reached); Budi 8 verified, 30 refused, 4 pending; Citra nothing. In the Bidang: Dodi 20
    /// verified (reached); Eko 25 verified in the next year only.
    /// </summary>
    private sealed record Skenario(int Tahun, int PdId, int BidangId, string NamaPd, string NamaBidang, Dictionary<string, int> Pegawai);

    private async Task<Skenario> SkenarioAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = Interlocked.Add(ref _tahun, 2);
        var namaPd = NamaUnik("Dinas Jp");
        var namaBidang = NamaUnik("Bidang Jp");
        var pd = await UnitAsync(factory, namaPd, org.UnitRootId);
        var bidang = await UnitAsync(factory, namaBidang, pd, JenisUnitKerja.BidangBagian);
        var jKepala = await JabatanAsync(factory, "Kepala Dinas Jp", JenisJabatan.JptPratama, pd);
        var jStaf = await JabatanAsync(factory, "Staf Dinas Jp", JenisJabatan.Pelaksana, pd, jKepala);
        var jBidang = await JabatanAsync(factory, "Staf Bidang Jp", JenisJabatan.Pelaksana, bidang, jKepala);
        var pegawai = new Dictionary<string, int>
        {
            ["ani"] = await PegawaiAsync(factory, "Ani Jp", jKepala),
            ["budi"] = await PegawaiAsync(factory, "Budi Jp", jStaf),
            ["citra"] = await PegawaiAsync(factory, "Citra Jp", jStaf),
            ["dodi"] = await PegawaiAsync(factory, "Dodi Jp", jBidang),
            ["eko"] = await PegawaiAsync(factory, "Eko Jp", jBidang),
        };
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            KegiatanPengembangan K(string p, DateOnly mulai, DateOnly selesai, int jp, StatusKegiatan status)
            {
                var k = KegiatanPengembangan.Catat(pegawai[p], new DataKegiatan(JenisKegiatanPengembangan.Diklat, JenisKompetensi.Teknis, "Diklat " + p, null, mulai, selesai, jp, null, null), "pegawai", Waktu);
                if (status == StatusKegiatan.Terverifikasi)
                {
                    k.Verifikasi("penilai", Waktu);
                }
                else if (status == StatusKegiatan.Ditolak)
                {
                    k.Tolak("Sertifikat tidak terbaca", "penilai", Waktu);
                }

                return k;
            }

            DateOnly T(int bulan, int tambahTahun = 0) => new(tahun + tambahTahun, bulan, 10);
            db.KegiatanPengembangan.AddRange(
                K("ani", T(12, -1), T(1), 12, StatusKegiatan.Terverifikasi),
                K("ani", T(3), T(3), 10, StatusKegiatan.Terverifikasi),
                K("ani", T(4), T(4), 5, StatusKegiatan.Diajukan),
                K("budi", T(5), T(5), 8, StatusKegiatan.Terverifikasi),
                K("budi", T(6), T(6), 30, StatusKegiatan.Ditolak),
                K("budi", T(7), T(7), 4, StatusKegiatan.Diajukan),
                K("dodi", T(2), T(2), 20, StatusKegiatan.Terverifikasi),
                K("eko", T(2, 1), T(2, 1), 25, StatusKegiatan.Terverifikasi));
            await db.SaveChangesAsync();
        });
        return new Skenario(tahun, pd, bidang, namaPd, namaBidang, pegawai);
    }

    private async Task<HtmlClient> MasukAsync(Func<OrganisasiUji, AkunUji> akun)
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun(org).Login, TestData.Password);
        return client;
    }

    [Fact]
    public async Task Rekap_CountsVerifiedJp_PendingApart_RefusedNot_PerUnit_AndRolledUp()
    {
        var s = await SkenarioAsync();

        var (perUnit, semua) = await factory.WithScopeAsync(async sp =>
        {
            var layanan = sp.GetRequiredService<RekapPengembanganService>();
            return (await layanan.RekapAsync(s.Tahun, s.PdId, default), await new RekapPengembanganService(
                sp.GetRequiredService<AppDbContext>(), TimeProvider.System, sp.GetRequiredService<IOptions<AturanJp>>()).RekapAsync(s.Tahun, null, default));
        });

        Assert.Equal(new RekapJpBaris(s.PdId, s.NamaPd, 3, 1, 30, 9), perUnit.Baris.Single(b => b.UnitId == s.PdId));
        Assert.Equal(new RekapJpBaris(s.BidangId, s.NamaPd + " / " + s.NamaBidang, 2, 1, 20, 0), perUnit.Baris.Single(b => b.UnitId == s.BidangId));
        var pd = semua.Baris.Single(b => b.UnitId == s.PdId);
        Assert.Equal((5, 2, 3, 50, 10m, 9, true), (pd.Total, pd.Tercapai, pd.Kurang, pd.JumlahJp, pd.RataRata, pd.JpTertunda, pd.DenganSubunit));
    }

    [Fact]
    public async Task Pages_ShowTheFigures_AndTheShortfallFilter()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.GetDocumentAsync($"/RekapPengembangan?tahun={s.Tahun}");
        var perPd = await admin.GetDocumentAsync($"/RekapPengembangan?tahun={s.Tahun}&perangkatDaerahId={s.PdId}");
        var unit = await admin.GetDocumentAsync($"/RekapPengembangan/Unit/{s.PdId}?tahun={s.Tahun}&subunit=true");
        var kurang = await admin.GetDocumentAsync($"/RekapPengembangan/Unit/{s.PdId}?tahun={s.Tahun}&subunit=true&kurang=true");

        Assert.NotNull(rekap.QuerySelector("[data-testid=rekap-jp]"));
        Assert.Equal("50", rekap.QuerySelector($"[data-testid=jp-unit-{Id(s.PdId)}]")!.TextContent.Trim());
        Assert.Equal("30", perPd.QuerySelector($"[data-testid=jp-unit-{Id(s.PdId)}]")!.TextContent.Trim());
        Assert.Equal("20", perPd.QuerySelector($"[data-testid=jp-unit-{Id(s.BidangId)}]")!.TextContent.Trim());
        var baris = unit.QuerySelectorAll("[data-testid=rekap-jp-pegawai] tbody tr").ToList();
        Assert.Equal(5, baris.Count);
        var budi = baris.Single(r => r.TextContent.Contains("Budi Jp", StringComparison.Ordinal));
        Assert.Equal(("8", "4", "12"), (budi.QuerySelector("[data-kolom=jp]")!.TextContent.Trim(), budi.QuerySelector("[data-kolom=tertunda]")!.TextContent.Trim(),
            budi.QuerySelector("[data-kolom=kekurangan]")!.TextContent.Trim()));
        Assert.Equal(["Budi Jp", "Citra Jp", "Eko Jp"], kurang.QuerySelectorAll("[data-testid=rekap-jp-pegawai] tbody tr td:nth-child(2)").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task Ekspor_Csv_AndXlsx_HaveHeadersAndRows_NipAsText()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.Http.GetAsync($"/RekapPengembangan/Ekspor?tahun={s.Tahun}&perangkatDaerahId={s.PdId}&format=csv");
        var unit = await admin.Http.GetAsync($"/RekapPengembangan/EksporUnit/{s.PdId}?tahun={s.Tahun}&format=csv");
        var xlsx = await admin.Http.GetAsync($"/RekapPengembangan/EksporUnit/{s.BidangId}?tahun={s.Tahun}&kurang=true&format=xlsx");

        Assert.Equal("text/csv", rekap.Content.Headers.ContentType!.MediaType);
        var baris = Encoding.UTF8.GetString(await rekap.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("UNIT KERJA,JUMLAH PEGAWAI,MENCAPAI TARGET,KURANG DARI TARGET,RATA-RATA JP TERVERIFIKASI,JP MENUNGGU VERIFIKASI", baris[0]);
        Assert.Equal($"{s.NamaPd},3,1,2,10,9", baris[1]);
        Assert.Equal($"{s.NamaPd} / {s.NamaBidang},2,1,1,10,0", baris[2]);
        Assert.Equal("JUMLAH,5,2,3,10,9", baris[3]);
        var pegawai = Encoding.UTF8.GetString(await unit.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var nip = await BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == s.Pegawai["budi"]).Select(p => p.Nip).SingleAsync());
        Assert.Equal("NIP,NAMA,JABATAN,JP TERVERIFIKASI,JP MENUNGGU VERIFIKASI,KEKURANGAN JP", pegawai[0]);
        Assert.Equal(4, pegawai.Length);
        Assert.Contains($"{Nip.Format(nip)},Budi Jp,Staf Dinas Jp,8,4,12", pegawai);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var part = doc.WorkbookPart!;
        var ws = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single().Id!.Value!);
        var rows = ws.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => (c.InnerText, c.DataType?.Value)).ToList()).ToList();
        var nipEko = await BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == s.Pegawai["eko"]).Select(p => p.Nip).SingleAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal((nipEko, CellValues.InlineString), rows[1][0]);
        Assert.Equal(["Eko Jp", "Staf Bidang Jp", "0", "0", "20"], rows[1].Skip(1).Select(c => c.InnerText));
    }

    [Fact]
    public async Task NonAdmin_Gets403_OnEveryAction()
    {
        var s = await SkenarioAsync();
        foreach (var akun in new Func<OrganisasiUji, AkunUji>[] { o => o.Kadis, o => o.Staf })
        {
            using var c = await MasukAsync(akun);
            foreach (var url in new[]
                     {
                         "/RekapPengembangan", $"/RekapPengembangan/Unit/{s.PdId}?tahun={s.Tahun}", $"/RekapPengembangan/Ekspor?tahun={s.Tahun}&format=csv",
                         $"/RekapPengembangan/EksporUnit/{s.PdId}?tahun={s.Tahun}&format=xlsx",
                     })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync(url)).StatusCode);
            }
        }

        using var admin = await MasukAsync(o => o.AdminBkd);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/RekapPengembangan/Ekspor?tahun={s.Tahun}&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/RekapPengembangan/Unit/999999?tahun={s.Tahun}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/RekapPengembangan?tahun=99999")).StatusCode);
    }

    [Fact]
    public async Task Queries_AreFixed_For5Or40Employees()
    {
        var s = await SkenarioAsync();
        var sebelum = await HitungAsync(s);
        var jabatan = await JabatanAsync(factory, "Staf Tambahan Jp", JenisJabatan.Pelaksana, s.BidangId);
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var baru = Enumerable.Range(0, 35).Select(i => TestData.Pegawai(NamaUnik("Tambahan Jp"), jabatan, "II/a")).ToList();
            db.Pegawai.AddRange(baru);
            await db.SaveChangesAsync();
            db.KegiatanPengembangan.AddRange(baru.Select(p => KegiatanPengembangan.Catat(p.Id,
                new DataKegiatan(JenisKegiatanPengembangan.Kursus, JenisKompetensi.Teknis, "Kursus", null, new DateOnly(s.Tahun, 5, 1), new DateOnly(s.Tahun, 5, 2), 3, null, null), "pegawai", Waktu)));
            await db.SaveChangesAsync();
        });

        var sesudah = await HitungAsync(s);

        Assert.Equal((5, 40), (sebelum.Pegawai, sesudah.Pegawai));
        Assert.Equal(3, sebelum.Rekap); // the unit tree, active employees per unit, JP per employee
        Assert.Equal(sebelum.Rekap, sesudah.Rekap);
        Assert.True(sebelum.Halaman <= 2, $"{sebelum.Halaman} queries"); // the page and its count, the tree being loaded already
        Assert.Equal(sebelum.Halaman, sesudah.Halaman);
    }

    private Task<(int Rekap, int Halaman, int Pegawai)> HitungAsync(Skenario s) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = new RekapPengembanganService(db, TimeProvider.System, sp.GetRequiredService<IOptions<AturanJp>>());
        var hasil = await layanan.RekapAsync(s.Tahun, s.PdId, default);
        var rekap = penghitung.Jumlah;
        var halaman = await layanan.PegawaiAsync(s.Tahun, s.PdId, true, false, 1, 10, default);
        return (rekap, penghitung.Jumlah - rekap, hasil.Baris.Sum(b => b.Total));
    });
}

public sealed class RekapPengembanganTestsSqlite(SqliteAppFactory factory) : RekapPengembanganTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class RekapPengembanganTestsPostgres(PostgresAppFactory factory) : RekapPengembanganTests(factory), IClassFixture<PostgresAppFactory>;
