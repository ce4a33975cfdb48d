using System.Net;
using System.Text;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.RekapSkp;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The Admin BKD's SKP completion recap: counts per state, drill-down, exports, access and query count.</summary>
public abstract class RekapSkpTests(SiKinerjaAppFactory factory)
{
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2030;

    /// <summary>
    /// A perangkat daerah with a Bidang below it, and a year of its own. In the perangkat daerah: no SKP, Draft, Diajukan,
    /// Dikembalikan, and a retired employee with an approved SKP (not counted). In the Bidang: Disetujui, Disetujui with
    /// a revision in progress, a closed approved segment followed by a Draft segment (counts Draft), and an SKP only in
    /// another year (counts Belum dibuat).
    /// </summary>
    private sealed record Skenario(int TahunId, int Tahun, int PdId, int BidangId, string NamaPd, string NamaBidang, Dictionary<string, int> Pegawai, Dictionary<string, int> Skp);

    private async Task<Skenario> SkenarioAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = Interlocked.Add(ref _tahun, 2);
        var namaPd = NamaUnik("Dinas Rekap");
        var namaBidang = NamaUnik("Bidang Rekap");
        var pd = await UnitAsync(factory, namaPd, org.UnitRootId);
        var bidang = await UnitAsync(factory, namaBidang, pd, JenisUnitKerja.BidangBagian);
        var jKepala = await JabatanAsync(factory, "Kepala Dinas Rekap", JenisJabatan.JptPratama, pd);
        var jStaf = await JabatanAsync(factory, "Staf Dinas Rekap", JenisJabatan.Pelaksana, pd, jKepala);
        var jStafBidang = await JabatanAsync(factory, "Staf Bidang Rekap", JenisJabatan.Pelaksana, bidang, jKepala);
        var pegawai = new Dictionary<string, int>
        {
            ["belum"] = await PegawaiAsync(factory, "Ani Belum", jKepala),
            ["draft"] = await PegawaiAsync(factory, "Budi Draft", jStaf),
            ["diajukan"] = await PegawaiAsync(factory, "Citra Diajukan", jStaf),
            ["dikembalikan"] = await PegawaiAsync(factory, "Dodi Dikembalikan", jStaf),
            ["pensiun"] = await PegawaiAsync(factory, "Eko Pensiun", jStaf),
            ["disetujui"] = await PegawaiAsync(factory, "Fani Disetujui", jStafBidang),
            ["revisi"] = await PegawaiAsync(factory, "Gita Revisi", jStafBidang),
            ["segmen"] = await PegawaiAsync(factory, "Hadi Segmen", jStafBidang),
            ["tahunLain"] = await PegawaiAsync(factory, "Indah Tahun Lain", jStafBidang),
        };
        var skp = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var th = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            var lain = TahunKinerja.Buka(tahun + 1, JenisPeriode.Semesteran, new DateOnly(tahun + 1, 1, 31), new DateOnly(tahun + 2, 1, 31));
            db.TahunKinerja.AddRange(th, lain);
            await db.SaveChangesAsync();
            var nip = await db.Pegawai.Where(p => pegawai.Values.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Nip);
            SnapshotSkp Snapshot(string kunci) => new(
                new SnapshotPejabat(pegawai[kunci], nip[pegawai[kunci]], kunci, "III/a", null, "Staf", namaPd),
                new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", null, "Kepala", namaPd), null);
            Skp Baru(string kunci, TahunKinerja t, DateOnly? mulai = null, DateOnly? selesai = null)
            {
                var s = Skp.Buat(t.Id, t.Tahun, mulai ?? t.Mulai, selesai ?? t.Selesai, PendekatanSkp.Kuantitatif, Snapshot(kunci), nip[pegawai[kunci]], Waktu);
                var rhk = s.TambahRhk(JenisRhk.Utama, "Laporan kegiatan", 1);
                s.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan", Target.Angka(12, "laporan"));
                return s;
            }

            var aturan = AturanSkp.Bawaan with { WajibIntervensi = false };
            var ekspektasi = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => "Ekspektasi " + n);
            void Ajukan(Skp s) => s.Ajukan(aturan, true, "pegawai", Waktu);
            void Setujui(Skp s)
            {
                Ajukan(s);
                s.Setujui(ekspektasi, "penilai", Waktu);
            }

            var draft = Baru("draft", th);
            var diajukan = Baru("diajukan", th);
            Ajukan(diajukan);
            var dikembalikan = Baru("dikembalikan", th);
            Ajukan(dikembalikan);
            dikembalikan.Kembalikan("Perbaiki target", "penilai", Waktu);
            var pensiun = Baru("pensiun", th);
            Setujui(pensiun);
            var disetujui = Baru("disetujui", th);
            Setujui(disetujui);
            var revisiLama = Baru("revisi", th);
            Setujui(revisiLama);
            var revisiBaru = revisiLama.MulaiRevisi("pegawai", Waktu, "Perubahan tugas");
            var segmen1 = Baru("segmen", th, th.Mulai, new DateOnly(tahun, 12, 31));
            Setujui(segmen1);
            segmen1.Tutup(new DateOnly(tahun, 6, 30));
            var segmen2 = Skp.MulaiLanjutan(segmen1, Snapshot("segmen"), PendekatanSkp.Kuantitatif, "pegawai", Waktu);
            var tahunLain = Baru("tahunLain", lain);
            Setujui(tahunLain);
            db.Skp.AddRange(draft, diajukan, dikembalikan, pensiun, disetujui, revisiLama, revisiBaru, segmen1, segmen2, tahunLain);
            await db.SaveChangesAsync();
            var p = await db.Pegawai.SingleAsync(x => x.Id == pegawai["pensiun"]);
            p.UbahStatus(StatusPegawai.Pensiun, new DateOnly(tahun, 3, 1));
            await db.SaveChangesAsync();
            return (th.Id, new Dictionary<string, int>
            {
                ["draft"] = draft.Id, ["diajukan"] = diajukan.Id, ["dikembalikan"] = dikembalikan.Id, ["disetujui"] = disetujui.Id,
                ["revisi"] = revisiBaru.Id, ["segmen"] = segmen2.Id,
            });
        });
        return new Skenario(skp.Item1, tahun, pd, bidang, namaPd, namaBidang, pegawai, skp.Item2);
    }

    private async Task<HtmlClient> MasukAsync(Func<OrganisasiUji, AkunUji> akun)
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(akun(org).Login, TestData.Password);
        return client;
    }

    private static Dictionary<string, string> Sel(IElement baris) =>
        baris.QuerySelectorAll("td[data-status]").ToDictionary(td => td.GetAttribute("data-status")!, td => td.TextContent.Trim().Split('\n')[0].Trim());

    [Fact]
    public async Task Rekap_CountsEachStateOfTheCurrentSkp_PerUnit_WithPath()
    {
        var s = await SkenarioAsync();

        var hasil = await factory.WithScopeAsync(sp => sp.GetRequiredService<RekapSkpService>().RekapAsync(s.TahunId, s.PdId, default));

        Assert.Equal(2, hasil.Baris.Count);
        var pd = hasil.Baris.Single(b => b.UnitId == s.PdId);
        var bidang = hasil.Baris.Single(b => b.UnitId == s.BidangId);
        Assert.Equal(new RekapBaris(s.PdId, s.NamaPd, 4, 1, 1, 1, 1, 0, 0), pd);
        Assert.Equal(new RekapBaris(s.BidangId, s.NamaPd + " / " + s.NamaBidang, 4, 1, 1, 0, 0, 2, 1), bidang);
        Assert.Equal(50m, bidang.PersenDisetujui);
        Assert.Equal((8, 2, 2), (hasil.Jumlah.Total, hasil.Jumlah.BelumDibuat, hasil.Jumlah.Disetujui));

        using var admin = await MasukAsync(o => o.AdminBkd);
        var doc = await admin.GetDocumentAsync($"/RekapSkp?tahunKinerjaId={s.TahunId}&perangkatDaerahId={s.PdId}");
        var baris = doc.QuerySelectorAll("[data-testid=rekap-skp] tbody tr").ToList();
        Assert.Equal([Id(s.PdId), Id(s.BidangId)], baris.Select(b => b.GetAttribute("data-unit")));
        Assert.Equal(new Dictionary<string, string> { ["BelumDibuat"] = "1", ["Draft"] = "1", ["Diajukan"] = "0", ["Dikembalikan"] = "0", ["Disetujui"] = "2" }, Sel(baris[1]));
        Assert.Contains("1 sedang direvisi", baris[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("50,0", baris[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(s.NamaPd + " / " + s.NamaBidang, baris[1].TextContent, StringComparison.Ordinal);
        var semua = await admin.GetDocumentAsync($"/RekapSkp?tahunKinerjaId={s.TahunId}");
        Assert.Contains(semua.QuerySelectorAll("[data-testid=rekap-skp] tbody tr"), r => r.GetAttribute("data-unit") == Id(s.PdId));
    }

    [Fact]
    public async Task Rekap_WithoutFilter_RollsUpEachPerangkatDaerah_WithItsSubunits_AndLinksToItsUnits()
    {
        var s = await SkenarioAsync();

        var (semua, perUnit) = await factory.WithScopeAsync(async sp =>
        {
            var layanan = sp.GetRequiredService<RekapSkpService>();
            return (await layanan.RekapAsync(s.TahunId, null, default), await layanan.RekapAsync(s.TahunId, s.PdId, default));
        });

        var pd = Assert.Single(semua.Baris, b => b.UnitId == s.PdId);
        Assert.DoesNotContain(semua.Baris, b => b.UnitId == s.BidangId);
        Assert.Equal(new RekapBaris(s.PdId, s.NamaPd, 8, 2, 2, 1, 1, 2, 1, DenganSubunit: true), pd);
        Assert.Equal(RekapBaris.Jumlah(perUnit.Baris) with { UnitId = s.PdId, Jalur = s.NamaPd, DenganSubunit = true }, pd);
        var nama = semua.Baris.Where(b => b.UnitId != RekapSkpService.TanpaUnit).Select(b => b.Jalur).ToList();
        Assert.Equal(nama.Order(StringComparer.CurrentCultureIgnoreCase), nama);
        Assert.Equal(semua.Baris.Sum(b => b.Total), semua.Jumlah.Total);

        using var admin = await MasukAsync(o => o.AdminBkd);
        var doc = await admin.GetDocumentAsync($"/RekapSkp?tahunKinerjaId={s.TahunId}");
        var baris = doc.QuerySelector($"[data-testid=rekap-skp] tbody tr[data-unit='{s.PdId}']")!;
        Assert.Null(doc.QuerySelector($"[data-testid=rekap-skp] tbody tr[data-unit='{s.BidangId}']"));
        Assert.Equal(new Dictionary<string, string> { ["BelumDibuat"] = "2", ["Draft"] = "2", ["Diajukan"] = "1", ["Dikembalikan"] = "1", ["Disetujui"] = "2" }, Sel(baris));
        Assert.Equal("8", baris.QuerySelector("td[data-total]")!.GetAttribute("data-total"));
        var namaPd = baris.QuerySelector("a[data-testid=perangkat-daerah]")!;
        Assert.Equal(s.NamaPd, namaPd.TextContent.Trim());
        Assert.Equal($"/RekapSkp?tahunKinerjaId={s.TahunId}&perangkatDaerahId={s.PdId}", WebUtility.HtmlDecode(namaPd.GetAttribute("href")));
        Assert.Equal($"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}&subunit=true", baris.QuerySelector("a[data-testid=jumlah-pegawai]")!.GetAttribute("href"));
        Assert.All(baris.QuerySelectorAll("td[data-status] a"), a => Assert.Contains("subunit=true", a.GetAttribute("href"), StringComparison.Ordinal));

        var rincian = await admin.GetDocumentAsync(namaPd.GetAttribute("href")!);
        Assert.Equal([Id(s.PdId), Id(s.BidangId)], rincian.QuerySelectorAll("[data-testid=rekap-skp] tbody tr").Select(b => b.GetAttribute("data-unit")));
        Assert.Empty(rincian.QuerySelectorAll("[data-testid=rekap-skp] a[data-testid=perangkat-daerah]"));
        Assert.DoesNotContain("subunit", rincian.QuerySelector($"tr[data-unit='{s.BidangId}'] a[data-testid=unit]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(rincian.QuerySelector("a[data-testid=semua-pd]"));
    }

    [Fact]
    public async Task Unit_WithSubunits_ListsThePeopleOfEverySubunit_WithTheirUnit()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var doc = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}&subunit=true");
        var disetujui = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}&status=Disetujui&subunit=true");
        var sendiri = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}&status=Disetujui");

        Assert.Equal(8, doc.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr").Length);
        Assert.Contains("(termasuk subunit)", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Fani Disetujui", "Gita Revisi"], disetujui.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr td:nth-child(2)").Select(t => t.TextContent.Trim()));
        Assert.All(disetujui.QuerySelectorAll("[data-testid=unit-pegawai]"), td => Assert.Equal(s.NamaPd + " / " + s.NamaBidang, td.TextContent.Trim()));
        Assert.Contains("subunit=true", disetujui.QuerySelector("[data-testid=unduh-csv]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("true", disetujui.QuerySelector("form input[name=subunit]")!.GetAttribute("value"));
        Assert.Empty(sendiri.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr"));
    }

    [Fact]
    public async Task Unit_WithSubunits_IsOnePagedQueryAfterTheTree()
    {
        var s = await SkenarioAsync();
        var (query, halaman) = await factory.WithScopeAsync(async sp =>
        {
            var penghitung = new PenghitungPerintah();
            var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
            await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
            var layanan = new RekapSkpService(db, TimeProvider.System);
            await layanan.JalurUnitAsync(s.PdId, default);
            var awal = penghitung.Jumlah;
            var h = await layanan.PegawaiAsync(s.TahunId, s.PdId, true, null, 1, 3, default);
            return (penghitung.Jumlah - awal, h);
        });

        Assert.Equal((8, 3, 3), (halaman.Total, halaman.Items.Count, halaman.JumlahHalaman));
        Assert.True(query <= 2, $"{query} queries"); // the page (and its count), the tree being loaded already
    }

    [Fact]
    public async Task Unit_ListsPeopleWithStatusAndFilter()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var doc = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.BidangId}?tahunKinerjaId={s.TahunId}");
        var baris = doc.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr").Select(r => r.TextContent).ToList();
        var disetujui = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.BidangId}?tahunKinerjaId={s.TahunId}&status=Disetujui");
        var belum = await admin.GetDocumentAsync($"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}&status=BelumDibuat");

        Assert.Equal(4, baris.Count);
        Assert.Contains(baris, r => r.Contains("Fani Disetujui", StringComparison.Ordinal) && r.Contains("Disetujui", StringComparison.Ordinal));
        Assert.Contains(baris, r => r.Contains("Gita Revisi", StringComparison.Ordinal) && r.Contains("revisi berjalan", StringComparison.Ordinal));
        Assert.Contains(baris, r => r.Contains("Hadi Segmen", StringComparison.Ordinal) && r.Contains("Draft", StringComparison.Ordinal));
        Assert.Contains(baris, r => r.Contains("Indah Tahun Lain", StringComparison.Ordinal) && r.Contains("Belum dibuat", StringComparison.Ordinal));
        Assert.Equal(["Fani Disetujui", "Gita Revisi"], disetujui.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr td:nth-child(2)").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Ani Belum"], belum.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr td:nth-child(2)").Select(t => t.TextContent.Trim()));
        var nip = await BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == s.Pegawai["belum"]).Select(p => p.Nip).SingleAsync());
        Assert.Equal(Nip.Format(nip), belum.QuerySelector("[data-testid=rekap-pegawai] td.nip")!.TextContent.Trim());
    }

    [Fact]
    public async Task EmployeesWithoutPosition_AreGroupedApart_AndListed()
    {
        var s = await SkenarioAsync();
        var nama = NamaUnik("Tanpa Jabatan");
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Pegawai.Add(TestData.Pegawai(nama, null, "II/a"));
            await db.SaveChangesAsync();
        });
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.GetDocumentAsync($"/RekapSkp?tahunKinerjaId={s.TahunId}");
        var tanpa = await admin.GetDocumentAsync($"/RekapSkp/Unit/{RekapSkpService.TanpaUnit}?tahunKinerjaId={s.TahunId}");

        var semua = rekap.QuerySelectorAll("[data-testid=rekap-skp] tbody tr");
        var baris = semua[semua.Length - 1];
        Assert.Equal(Id(RekapSkpService.TanpaUnit), baris.GetAttribute("data-unit"));
        Assert.Contains("(Tanpa jabatan)", baris.TextContent, StringComparison.Ordinal);
        Assert.Contains(tanpa.QuerySelectorAll("[data-testid=rekap-pegawai] tbody tr"), r => r.TextContent.Contains(nama, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ekspor_Csv_HasIndonesianHeadersAndRows_NipAsText()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.Http.GetAsync($"/RekapSkp/Ekspor?tahunKinerjaId={s.TahunId}&perangkatDaerahId={s.PdId}&format=csv");
        var unit = await admin.Http.GetAsync($"/RekapSkp/EksporUnit/{s.PdId}?tahunKinerjaId={s.TahunId}&format=csv");

        Assert.Equal("text/csv", rekap.Content.Headers.ContentType!.MediaType);
        var baris = Encoding.UTF8.GetString(await rekap.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("UNIT KERJA,JUMLAH PEGAWAI,BELUM DIBUAT,DRAFT,DIAJUKAN,DIKEMBALIKAN,DISETUJUI,REVISI BERJALAN,PERSEN DISETUJUI", baris[0]);
        Assert.Equal($"{s.NamaPd},4,1,1,1,1,0,0,0", baris[1]);
        Assert.Equal($"{s.NamaPd} / {s.NamaBidang},4,1,1,0,0,2,1,50", baris[2]);
        Assert.Equal("JUMLAH,8,2,2,1,1,2,1,25", baris[3]);
        var pegawai = Encoding.UTF8.GetString(await unit.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var nip = await BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == s.Pegawai["belum"]).Select(p => p.Nip).SingleAsync());
        Assert.Equal("NIP,NAMA,JABATAN,STATUS SKP,REVISI BERJALAN", pegawai[0]);
        Assert.Equal(5, pegawai.Length);
        Assert.Contains($"{Nip.Format(nip)},Ani Belum,Kepala Dinas Rekap,Belum dibuat,", pegawai);
        Assert.Contains(pegawai, r => r.Contains("Citra Diajukan,Staf Dinas Rekap,Diajukan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ekspor_Csv_FollowsTheModeShown_PerPerangkatDaerah_AndWithSubunits()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.Http.GetAsync($"/RekapSkp/Ekspor?tahunKinerjaId={s.TahunId}&format=csv");
        var unit = await admin.Http.GetAsync($"/RekapSkp/EksporUnit/{s.PdId}?tahunKinerjaId={s.TahunId}&subunit=true&format=csv");

        var baris = Encoding.UTF8.GetString(await rekap.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("PERANGKAT DAERAH,JUMLAH PEGAWAI,BELUM DIBUAT,DRAFT,DIAJUKAN,DIKEMBALIKAN,DISETUJUI,REVISI BERJALAN,PERSEN DISETUJUI", baris[0]);
        Assert.Contains($"{s.NamaPd},8,2,2,1,1,2,1,25", baris);
        Assert.DoesNotContain(baris, b => b.Contains(s.NamaBidang, StringComparison.Ordinal));
        Assert.StartsWith("JUMLAH,", baris[^1], StringComparison.Ordinal);
        var pegawai = Encoding.UTF8.GetString(await unit.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("NIP,NAMA,JABATAN,UNIT KERJA,STATUS SKP,REVISI BERJALAN", pegawai[0]);
        Assert.Equal(9, pegawai.Length);
        Assert.Contains(pegawai, r => r.Contains($"Gita Revisi,Staf Bidang Rekap,{s.NamaPd} / {s.NamaBidang},Disetujui,Ya", StringComparison.Ordinal));
        Assert.Contains(pegawai, r => r.Contains($"Ani Belum,Kepala Dinas Rekap,{s.NamaPd},Belum dibuat,", StringComparison.Ordinal));
        Assert.Contains("-subunit.csv", unit.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ekspor_Xlsx_OpensWithOpenXml_AndHoldsTheRows()
    {
        var s = await SkenarioAsync();
        using var admin = await MasukAsync(o => o.AdminBkd);

        var rekap = await admin.Http.GetAsync($"/RekapSkp/Ekspor?tahunKinerjaId={s.TahunId}&perangkatDaerahId={s.PdId}&format=xlsx");
        var unit = await admin.Http.GetAsync($"/RekapSkp/EksporUnit/{s.BidangId}?tahunKinerjaId={s.TahunId}&status=Disetujui&format=xlsx");

        var r = Baca(await rekap.Content.ReadAsByteArrayAsync());
        Assert.Equal(["UNIT KERJA", "JUMLAH PEGAWAI", "BELUM DIBUAT", "DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "REVISI BERJALAN", "PERSEN DISETUJUI"], r[0].Select(c => c.Teks));
        Assert.Equal([s.NamaPd + " / " + s.NamaBidang, "4", "1", "1", "0", "0", "2", "1", "50"], r[2].Select(c => c.Teks));
        Assert.Equal(CellValues.Number, r[2][1].Jenis);
        var u = Baca(await unit.Content.ReadAsByteArrayAsync());
        var nip = await BacaAsync(factory, db => db.Pegawai.Where(p => p.Id == s.Pegawai["disetujui"]).Select(p => p.Nip).SingleAsync());
        Assert.Equal(3, u.Count);
        Assert.Equal((nip, CellValues.InlineString), (u[1][0].Teks, u[1][0].Jenis));
        Assert.Equal(["Fani Disetujui", "Staf Bidang Rekap", "Disetujui", ""], u[1].Skip(1).Select(c => c.Teks));
        Assert.Equal(["Gita Revisi", "Staf Bidang Rekap", "Disetujui", "Ya"], u[2].Skip(1).Select(c => c.Teks));
    }

    private static List<List<(string Teks, CellValues? Jenis)>> Baca(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = doc.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single();
        var ws = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
        return [.. ws.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(c => (c.InnerText, c.DataType?.Value)).ToList())];
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
                         "/RekapSkp", $"/RekapSkp/Unit/{s.PdId}?tahunKinerjaId={s.TahunId}", $"/RekapSkp/Ekspor?tahunKinerjaId={s.TahunId}&format=csv",
                         $"/RekapSkp/EksporUnit/{s.PdId}?tahunKinerjaId={s.TahunId}&format=xlsx",
                     })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync(url)).StatusCode);
            }

            Assert.Null((await c.GetDocumentAsync("/")).QuerySelector("a[href='/RekapSkp']"));
        }

        using var admin = await MasukAsync(o => o.AdminBkd);
        Assert.NotNull((await admin.GetDocumentAsync("/")).QuerySelector("a[href='/RekapSkp']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/RekapSkp/Ekspor?tahunKinerjaId={s.TahunId}&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/RekapSkp/Unit/999999?tahunKinerjaId={s.TahunId}")).StatusCode);
    }

    [Fact]
    public async Task Rekap_RunsAFixedNumberOfQueries_WhateverTheNumberOfUnits()
    {
        var s = await SkenarioAsync();
        var sebelum = await HitungAsync(s.TahunId);
        for (var i = 0; i < 3; i++)
        {
            var org = await factory.OrganisasiAsync();
            var unit = await UnitAsync(factory, NamaUnik("Dinas Tambahan"), org.UnitRootId);
            await PegawaiAsync(factory, "Pegawai Tambahan", await JabatanAsync(factory, "Staf", JenisJabatan.Pelaksana, unit));
        }

        var sesudah = await HitungAsync(s.TahunId);

        Assert.Equal(2, sebelum.Query); // the unit tree, then one GROUP BY
        Assert.Equal(sebelum.Query, sesudah.Query);
        Assert.Equal(sebelum.Baris + 3, sesudah.Baris);
    }

    private Task<(int Query, int Baris)> HitungAsync(int tahunId) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var hasil = await new RekapSkpService(db, TimeProvider.System).RekapAsync(tahunId, null, default);
        return (penghitung.Jumlah, hasil.Baris.Count);
    });
}

public sealed class RekapSkpTestsSqlite(SqliteAppFactory factory) : RekapSkpTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class RekapSkpTestsPostgres(PostgresAppFactory factory) : RekapSkpTests(factory), IClassFixture<PostgresAppFactory>;
