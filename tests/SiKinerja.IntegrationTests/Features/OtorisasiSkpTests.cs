using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Skp;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>Who looks at the SKP (of the test organisation's Staf, whose pejabat penilai is the Kabid and atasan penilai the Kadis).</summary>
public enum Aktor
{
    Pemilik,
    PejabatPenilai,
    AtasanPejabatPenilai,
    Rekan,
    AdminBkd,
    Administrator,
    Anonim,
}

/// <summary>One request of the SKP pages.</summary>
public enum AksiSkp
{
    LihatDetail,
    BukaEditor,
    SimpanEditor,
    Ajukan,
    MulaiRevisi,
    Tinjau,
    Setujui,
    Kembalikan,
}

/// <summary>The pages outside one SKP record.</summary>
public enum AksiLain
{
    RekapIndex,
    RekapUnit,
    RekapEkspor,
    SasaranTambahForm,
    SasaranTambahSimpan,
}

public enum Harapan
{
    /// <summary>200 (page) or 302 (action) and the effect really happened.</summary>
    Boleh,

    /// <summary>403 or 404, nothing changed.</summary>
    Ditolak,

    /// <summary>The actor may act on the SKP but not in this status: the page again with a message (200), nothing changed.</summary>
    Pesan,

    /// <summary>Not signed in: 302 to the sign-in page, nothing changed.</summary>
    Masuk,
}

/// <summary>
/// Issue 3, "What must hold": server-side authorization per record as an explicit matrix of role × action × status, every
/// post carrying the actor's own valid anti-forgery token (so a refusal is the authorization, not the token); plus
/// hostile text shown escaped on every page and forged ids, huge text and absurd numbers never giving a 500.
/// </summary>
public abstract class OtorisasiSkpTests(SiKinerjaAppFactory factory)
{
    private const string Skrip = "<script>alert(1)</script>";
    private const string Img = "\"><img src=x onerror=alert(1)>";
    private const string Jahat = Skrip + Img;
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ConcurrentDictionary<(SiKinerjaAppFactory, Aktor), Task<Sesi>> SesiCache = new();
    private static readonly ConcurrentDictionary<SiKinerjaAppFactory, Task<(int Id, int Tahun)>> TahunCache = new();
    private static int _tahunBebas = 2080;

    private sealed record Sesi(HtmlClient Client, string Token);

    // ---- the matrix ---------------------------------------------------------------------------------------------

    private static readonly StatusSkp[] StatusBaca = [StatusSkp.Draft, StatusSkp.Diajukan, StatusSkp.Disetujui];
    private static readonly StatusSkp[] StatusUbah = [StatusSkp.Draft, StatusSkp.Dikembalikan, StatusSkp.Diajukan, StatusSkp.Disetujui];

    private static bool Pembaca(Aktor a) => a is Aktor.Pemilik or Aktor.PejabatPenilai or Aktor.AtasanPejabatPenilai or Aktor.AdminBkd or Aktor.Administrator;

    private static bool BolehDiubah(StatusSkp s) => s is StatusSkp.Draft or StatusSkp.Dikembalikan;

    /// <summary>
    /// The rule, written out: the owner edits/submits only while Draft or Dikembalikan and revises only an approved SKP;
    /// only the pejabat penilai approves or returns (and only a submitted one); the atasan penilai and the admins read;
    /// the peer may not even learn the SKP exists on the employee's pages (404); not signed in → sign-in page.
    /// </summary>
    public static Harapan Aturan(Aktor aktor, AksiSkp aksi, StatusSkp status)
    {
        if (aktor == Aktor.Anonim)
        {
            return Harapan.Masuk;
        }

        return aksi switch
        {
            AksiSkp.LihatDetail => Pembaca(aktor) ? Harapan.Boleh : Harapan.Ditolak,
            AksiSkp.BukaEditor or AksiSkp.SimpanEditor or AksiSkp.Ajukan =>
                aktor == Aktor.Pemilik && BolehDiubah(status) ? Harapan.Boleh : Harapan.Ditolak,
            AksiSkp.MulaiRevisi => aktor == Aktor.Pemilik && status == StatusSkp.Disetujui ? Harapan.Boleh : Harapan.Ditolak,
            AksiSkp.Tinjau => aktor is Aktor.PejabatPenilai or Aktor.AtasanPejabatPenilai or Aktor.AdminBkd or Aktor.Administrator
                ? Harapan.Boleh : Harapan.Ditolak,
            AksiSkp.Setujui or AksiSkp.Kembalikan => aktor != Aktor.PejabatPenilai ? Harapan.Ditolak
                : status == StatusSkp.Diajukan ? Harapan.Boleh : Harapan.Pesan,
            _ => throw new ArgumentOutOfRangeException(nameof(aksi)),
        };
    }

    public static TheoryData<Aktor, AksiSkp, StatusSkp, Harapan> Matriks()
    {
        var data = new TheoryData<Aktor, AksiSkp, StatusSkp, Harapan>();
        foreach (var aksi in Enum.GetValues<AksiSkp>())
        {
            var semuaStatus = aksi is AksiSkp.BukaEditor or AksiSkp.SimpanEditor or AksiSkp.Ajukan or AksiSkp.MulaiRevisi ? StatusUbah : StatusBaca;
            foreach (var aktor in Enum.GetValues<Aktor>())
            {
                foreach (var status in semuaStatus)
                {
                    data.Add(aktor, aksi, status, Aturan(aktor, aksi, status));
                }
            }
        }

        return data;
    }

    public static TheoryData<Aktor, AksiLain, Harapan> MatriksLain()
    {
        var data = new TheoryData<Aktor, AksiLain, Harapan>();
        foreach (var aksi in Enum.GetValues<AksiLain>())
        {
            foreach (var aktor in Enum.GetValues<Aktor>())
            {
                var admin = aktor is Aktor.AdminBkd or Aktor.Administrator;
                var harapan = aktor == Aktor.Anonim ? Harapan.Masuk
                    : aksi is AksiLain.SasaranTambahForm or AksiLain.SasaranTambahSimpan
                        // The Kadis leads the perangkat daerah (Dinas Uji) and manages its targets; a bidang head does not.
                        ? admin || aktor == Aktor.AtasanPejabatPenilai ? Harapan.Boleh : Harapan.Ditolak
                        : admin ? Harapan.Boleh : Harapan.Ditolak;
                data.Add(aktor, aksi, harapan);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matriks))]
    public async Task Skp_PerAktorAksiStatus(Aktor aktor, AksiSkp aksi, StatusSkp status, Harapan harapan)
    {
        var org = await factory.OrganisasiAsync();
        var id = await SkpStafAsync(status);
        var sebelum = await KeadaanAsync(id);
        var sesi = await SesiAsync(aktor);

        var response = await JalankanAsync(sesi, aksi, id, sebelum.Version);

        var kode = (int)response.StatusCode;
        var sesudah = await KeadaanAsync(id);
        switch (harapan)
        {
            case Harapan.Boleh:
                var halaman = aksi is AksiSkp.LihatDetail or AksiSkp.BukaEditor or AksiSkp.Tinjau;
                Assert.True(kode == (halaman ? 200 : 302), $"{aktor} {aksi} {status}: expected {(halaman ? 200 : 302)}, got {kode} {response.Headers.Location}");
                AssertEfek(aksi, sebelum, sesudah);
                if (aksi == AksiSkp.MulaiRevisi)
                {
                    Assert.True(await RevisiBaruAdaAsync(id), "no new revision");
                }

                break;
            case Harapan.Ditolak:
                Assert.True(kode is 403 or 404, $"{aktor} {aksi} {status}: expected 403/404, got {kode} {response.Headers.Location}");
                Assert.Equal(sebelum, sesudah);
                Assert.False(await RevisiBaruAdaAsync(id));
                break;
            case Harapan.Pesan:
                Assert.True(kode == 200, $"{aktor} {aksi} {status}: expected the page with a message, got {kode}");
                var doc = await HtmlClient.ParseAsync(response);
                Assert.NotNull(doc.QuerySelector("main .alert"));
                Assert.Null(doc.QuerySelector("[data-testid=form-setujui], [data-testid=form-kembalikan]"));
                Assert.Equal(sebelum, sesudah);
                break;
            case Harapan.Masuk:
                Assert.True(kode == 302, $"{aktor} {aksi} {status}: expected a redirect to sign in, got {kode}");
                Assert.Contains("/Akun/Masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
                Assert.Equal(sebelum, sesudah);
                Assert.False(await RevisiBaruAdaAsync(id));
                break;
        }

        Assert.Equal(org.Staf.PegawaiId, await BacaAsync(factory, db => db.Skp.Where(s => s.Id == id).Select(s => (int?)s.PegawaiId).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(MatriksLain))]
    public async Task RekapDanSasaran_PerAktor(Aktor aktor, AksiLain aksi, Harapan harapan)
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var sesi = await SesiAsync(aktor);
        var kodeSasaran = "S-" + Guid.NewGuid().ToString("N")[..12];
        var http = sesi.Client.Http;
        var response = aksi switch
        {
            AksiLain.RekapIndex => await http.GetAsync($"/RekapSkp?tahunKinerjaId={tahun.Id}"),
            AksiLain.RekapUnit => await http.GetAsync($"/RekapSkp/Unit/{org.UnitBidangId}?tahunKinerjaId={tahun.Id}"),
            AksiLain.RekapEkspor => await http.GetAsync($"/RekapSkp/Ekspor?tahunKinerjaId={tahun.Id}&format=csv"),
            AksiLain.SasaranTambahForm => await http.GetAsync($"/SasaranOrganisasi/Tambah?unitId={org.UnitDinasId}"),
            AksiLain.SasaranTambahSimpan => await PostAsync(sesi, "/SasaranOrganisasi/Tambah", new()
            {
                ["UnitKerjaId"] = Id(org.UnitDinasId), ["Tahun"] = Id(tahun.Tahun), ["Jenis"] = "PerjanjianKinerja",
                ["Kode"] = kodeSasaran, ["Teks"] = "Meningkatnya kinerja", ["Indikator"] = "Indeks", ["Target"] = "90",
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(aksi)),
        };

        var kode = (int)response.StatusCode;
        var dibuat = await BacaAsync(factory, db => db.SasaranOrganisasi.CountAsync(s => s.Kode == kodeSasaran));
        switch (harapan)
        {
            case Harapan.Boleh:
                Assert.True(kode == (aksi == AksiLain.SasaranTambahSimpan ? 302 : 200), $"{aktor} {aksi}: got {kode} {response.Headers.Location}");
                Assert.Equal(aksi == AksiLain.SasaranTambahSimpan ? 1 : 0, dibuat);
                break;
            case Harapan.Ditolak:
                Assert.True(kode is 403 or 404, $"{aktor} {aksi}: expected 403/404, got {kode} {response.Headers.Location}");
                Assert.Equal(0, dibuat);
                break;
            default:
                Assert.True(kode == 302, $"{aktor} {aksi}: expected a redirect to sign in, got {kode}");
                Assert.Contains("/Akun/Masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
                Assert.Equal(0, dibuat);
                break;
        }
    }

    // ---- escaping -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task TeksJahat_DiSetiapIsian_TampilTerlindungDiSetiapHalaman()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunBaruAsync();
        var admin = await SesiAsync(Aktor.AdminBkd);
        var sasaran = await PostAsync(admin, "/SasaranOrganisasi/Tambah", new()
        {
            ["UnitKerjaId"] = Id(org.UnitDinasId), ["Tahun"] = Id(tahun.Tahun), ["Jenis"] = "PerjanjianKinerja",
            ["Kode"] = "X" + Img[..10], ["Teks"] = Jahat, ["Indikator"] = Jahat, ["Target"] = Jahat,
        });
        Assert.Equal(HttpStatusCode.Redirect, sasaran.StatusCode);
        var sasaranUrl = sasaran.Headers.Location!.OriginalString;

        // The employee's SKP: every text field through the real editor.
        var pemilik = await SesiAsync(Aktor.Pemilik);
        var id = await SkpStafAsync(StatusSkp.Draft, tahun, PendekatanSkp.Kualitatif); // narrative targets allowed
        var simpan = await pemilik.Client.SubmitAsync($"/Skp/Ubah/{id}", new Dictionary<string, string>
        {
            ["aksi"] = AksiEditor.Simpan, ["Pendekatan"] = "Kualitatif",
            ["Rhk[0].Id"] = string.Empty, ["Rhk[0].Jenis"] = "Utama", ["Rhk[0].Teks"] = Jahat, ["Rhk[0].RhkAtasanId"] = string.Empty,
            ["Rhk[0].Iki[0].Id"] = string.Empty, ["Rhk[0].Iki[0].Aspek"] = "Kuantitas", ["Rhk[0].Iki[0].Indikator"] = Jahat, ["Rhk[0].Iki[0].JenisTarget"] = "Angka",
            ["Rhk[0].Iki[0].Nilai"] = "12", ["Rhk[0].Iki[0].Satuan"] = Img,
            ["Rhk[0].Iki[1].Aspek"] = "Kualitas", ["Rhk[0].Iki[1].Indikator"] = "Mutu " + Jahat, ["Rhk[0].Iki[1].JenisTarget"] = "Narasi",
            ["Rhk[0].Iki[1].Narasi"] = Jahat,
            ["DukunganSumberDaya"] = Jahat, ["SkemaPertanggungjawaban"] = Jahat, ["Konsekuensi"] = Jahat,
        }, "#form-skp");
        Assert.True(simpan.StatusCode == HttpStatusCode.Redirect, $"save answered {(int)simpan.StatusCode}: {await TeksGalatAsync(simpan)}");
        var skp = await SkpDbAsync(id);
        Assert.Equal(Jahat, skp.Rhk[0].Teks);
        Assert.Equal(Img, skp.Rhk[0].Indikator[0].Target.Satuan);
        await AssertAmanAsync(pemilik, $"/Skp/Ubah/{id}", $"/Skp/Detail/{id}", "/Skp");

        // Returned with a hostile note, submitted again, approved with hostile expectations.
        var ajukan = await PostAsync(pemilik, $"/Skp/Ajukan/{id}", new() { ["version"] = Id(skp.Version) });
        Assert.Equal($"/Skp/Detail/{id}", ajukan.Headers.Location?.OriginalString);
        Assert.Equal(StatusSkp.Diajukan, (await SkpDbAsync(id)).Status);
        var penilai = await SesiAsync(Aktor.PejabatPenilai);
        await AssertAmanAsync(penilai, $"/PenilaianSkp/Tinjau/{id}", $"/PenilaianSkp?tahun={tahun.Tahun}");
        var kembalikan = await PostAsync(penilai, $"/PenilaianSkp/Kembalikan/{id}", new()
        {
            ["Kembalikan.Version"] = Id((await SkpDbAsync(id)).Version), ["Kembalikan.Catatan"] = Jahat,
        });
        Assert.Equal(HttpStatusCode.Redirect, kembalikan.StatusCode);
        await AssertAmanAsync(pemilik, $"/Skp/Ubah/{id}", $"/Skp/Detail/{id}", "/Skp");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pemilik, $"/Skp/Ajukan/{id}", new() { ["version"] = Id((await SkpDbAsync(id)).Version) })).StatusCode);
        var setujui = await PostAsync(penilai, $"/PenilaianSkp/Setujui/{id}", new Dictionary<string, string>(
            Enum.GetValues<NilaiBerakhlak>().Select(n => new KeyValuePair<string, string>($"Setujui.Ekspektasi[{n}]", $"{n} {Jahat}")))
        {
            ["Setujui.Version"] = Id((await SkpDbAsync(id)).Version), ["Setujui.Catatan"] = Jahat,
        });
        Assert.Equal(HttpStatusCode.Redirect, setujui.StatusCode);
        Assert.Equal(StatusSkp.Disetujui, (await SkpDbAsync(id)).Status);

        await AssertAmanAsync(pemilik, $"/Skp/Detail/{id}", "/Skp");
        await AssertAmanAsync(penilai, $"/Skp/Detail/{id}", $"/PenilaianSkp/Tinjau/{id}", $"/PenilaianSkp?tahun={tahun.Tahun}", $"/PenilaianSkp/Matriks?tahun={tahun.Tahun}");
        await AssertAmanAsync(await SesiAsync(Aktor.AtasanPejabatPenilai), $"/Skp/Detail/{id}", $"/PenilaianSkp/Tinjau/{id}", $"/SasaranOrganisasi?tahun={tahun.Tahun}");
        await AssertAmanAsync(
            admin, $"/Skp/Detail/{id}", $"/PenilaianSkp/Tinjau/{id}", $"/RekapSkp?tahunKinerjaId={tahun.Id}",
            $"/RekapSkp/Unit/{org.UnitBidangId}?tahunKinerjaId={tahun.Id}", $"/RekapSkp/Unit/{org.UnitDinasId}?tahunKinerjaId={tahun.Id}",
            $"/SasaranOrganisasi?tahun={tahun.Tahun}", sasaranUrl);

        // A revision started with a hostile reason; the Kadis's editor offering the hostile organisation target.
        var revisi = await PostAsync(pemilik, $"/Skp/MulaiRevisi/{id}", new() { ["version"] = Id((await SkpDbAsync(id)).Version), ["catatan"] = Jahat });
        Assert.Equal(HttpStatusCode.Redirect, revisi.StatusCode);
        await AssertAmanAsync(pemilik, revisi.Headers.Location!.OriginalString, $"/Skp/Detail/{id}", "/Skp");
        var skpKadis = await SkpLangsungAsync(org.Kadis.PegawaiId!.Value, tahun, StatusSkp.Draft);
        var kadis = await SesiAsync(Aktor.AtasanPejabatPenilai);
        var editorKadis = await kadis.Client.Http.GetStringAsync($"/Skp/Ubah/{skpKadis}");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Skrip), editorKadis, StringComparison.Ordinal);
        await AssertAmanAsync(kadis, $"/Skp/Ubah/{skpKadis}");

        // The hostile text is really there, as text.
        var detail = await admin.Client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.Contains(Skrip, detail.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Img, detail.Body.TextContent, StringComparison.Ordinal);
        var sasaranDoc = await admin.Client.GetDocumentAsync(sasaranUrl);
        Assert.Contains(Jahat, sasaranDoc.Body!.TextContent, StringComparison.Ordinal);
    }

    // ---- never a 500 --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("/Skp/Detail/0")]
    [InlineData("/Skp/Detail/-1")]
    [InlineData("/Skp/Detail/2147483647")]
    [InlineData("/Skp/Detail/99999999999999999999")]
    [InlineData("/Skp/Detail/abc")]
    [InlineData("/Skp/Ubah/-5")]
    [InlineData("/Skp/Ubah/99999999999999999999")]
    [InlineData("/PenilaianSkp/Tinjau/0")]
    [InlineData("/PenilaianSkp/Tinjau/2147483647")]
    [InlineData("/PenilaianSkp/Tinjau/-1")]
    [InlineData("/RekapSkp/Unit/-1?tahunKinerjaId=-1")]
    [InlineData("/RekapSkp/Unit/2147483647?tahunKinerjaId=99999999999")]
    [InlineData("/RekapSkp?tahunKinerjaId=-1&perangkatDaerahId=abc")]
    [InlineData("/RekapSkp/Ekspor?tahunKinerjaId=2147483647&format=csv")]
    [InlineData("/SasaranOrganisasi/Detail/-1")]
    [InlineData("/SasaranOrganisasi/Tambah?unitId=-1&tahun=99999999999")]
    [InlineData("/PenilaianSkp?tahun=-1&halaman=-5")]
    [InlineData("/PenilaianSkp/Matriks?tahun=99999")]
    [InlineData("/PenilaianSkp/Matriks?tahun=-1")]
    [InlineData("/Skp")]
    [InlineData("/Skp/Buat?tahunKinerjaId=-1")]
    [InlineData("/Skp/Buat?tahunKinerjaId=2147483647")]
    [InlineData("/PenilaianSkp")]
    [InlineData("/SasaranOrganisasi?tahun=-1&unitId=2147483647&halaman=-3")]
    public async Task IdPalsu_GetTidakPernah500(string url)
    {
        foreach (var aktor in new[] { Aktor.Pemilik, Aktor.PejabatPenilai, Aktor.AdminBkd, Aktor.Administrator })
        {
            var response = await (await SesiAsync(aktor)).Client.Http.GetAsync(url);
            Assert.True((int)response.StatusCode is 200 or 400 or 403 or 404, $"{aktor} GET {url} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(AksiSkp.SimpanEditor)]
    [InlineData(AksiSkp.Ajukan)]
    [InlineData(AksiSkp.MulaiRevisi)]
    [InlineData(AksiSkp.Setujui)]
    [InlineData(AksiSkp.Kembalikan)]
    public async Task IdPalsu_PostTidakPernah500(AksiSkp aksi)
    {
        foreach (var id in new[] { 0, -1, int.MaxValue })
        {
            var response = await JalankanAsync(await SesiAsync(aksi is AksiSkp.Setujui or AksiSkp.Kembalikan ? Aktor.PejabatPenilai : Aktor.Pemilik), aksi, id, 1);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{aksi} {id} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task IsianBuruk_DiEditor_PesanJelas_TidakAdaYangTersimpan()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var pemilik = await SesiAsync(Aktor.Pemilik);
        var id = await SkpStafAsync(StatusSkp.Draft);
        var lain = await SkpDbAsync(await SkpLangsungAsync(org.Staf2.PegawaiId!.Value, tahun, StatusSkp.Draft));
        var rhkLain = lain.Rhk[0];
        var sebelum = await KeadaanAsync(id);
        var milik = await SkpDbAsync(id);
        var panjang = new string('x', 100_000);

        var kasus = new (string Nama, Dictionary<string, string> Isian)[]
        {
            ("RHK orang lain", Baris(Id(rhkLain.Id), "Mengambil RHK orang lain")),
            ("IKI orang lain", Baris(Id(milik.Rhk[0].Id), "RHK saya", ikiId: Id(rhkLain.Indikator[0].Id))),
            ("RHK atasan bukan milik penilai", Baris(null, "Menautkan ke RHK rekan", atasan: Id(rhkLain.Id))),
            ("RHK atasan tidak ada", Baris(null, "Menautkan ke RHK khayalan", atasan: "2147483647")),
            ("RHK atasan negatif", Baris(null, "Menautkan ke RHK negatif", atasan: "-5")),
            ("sasaran organisasi palsu", Baris(null, "Sasaran palsu", sasaran: "2147483647")),
            ("teks kosong", Baris(null, "   ")),
            ("teks 100k", Baris(null, panjang)),
            ("indikator 100k", Baris(null, "RHK", indikator: panjang)),
            ("satuan 100k", Baris(null, "RHK", satuan: panjang)),
            ("narasi 100k", new Dictionary<string, string>(Baris(null, "RHK")) { ["Rhk[0].Iki[0].JenisTarget"] = "Narasi", ["Rhk[0].Iki[0].Narasi"] = panjang }),
            ("lampiran 100k", new Dictionary<string, string>(Baris(null, "RHK")) { ["DukunganSumberDaya"] = panjang }),
            ("target 1e30", Baris(null, "RHK", nilai: "1e30")),
            ("target 10^30", Baris(null, "RHK", nilai: "1000000000000000000000000000000")),
            ("target huruf", Baris(null, "RHK", nilai: "abc")),
            ("rentang terbalik", new Dictionary<string, string>(Baris(null, "RHK")) { ["Rhk[0].Iki[0].JenisTarget"] = "Rentang", ["Rhk[0].Iki[0].NilaiMaksimum"] = "-1e30" }),
            ("enum khayalan", new Dictionary<string, string>(Baris(null, "RHK")) { ["Rhk[0].Jenis"] = "999", ["Rhk[0].Iki[0].Aspek"] = "Bohong", ["Rhk[0].Iki[0].JenisTarget"] = "-1" }),
            ("tanggal rusak", new Dictionary<string, string>(Baris(null, "RHK")) { ["Rhk[0].Iki[0].JenisTarget"] = "Tanggal", ["Rhk[0].Iki[0].Tanggal"] = "99999-99-99" }),
            ("pendekatan khayalan", new Dictionary<string, string>(Baris(null, "RHK")) { ["Pendekatan"] = "12345" }),
            ("versi rusak", new Dictionary<string, string>(Baris(null, "RHK")) { ["Version"] = "abc" }),
        };

        foreach (var (nama, isian) in kasus)
        {
            var response = await PostAsync(pemilik, $"/Skp/Ubah/{id}", new Dictionary<string, string>(isian) { ["aksi"] = AksiEditor.Simpan, ["Version"] = isian.GetValueOrDefault("Version") ?? Id(sebelum.Version) });
            var kode = (int)response.StatusCode;
            Assert.True(kode == 200, $"{nama}: expected the editor with a message, got {kode} {response.Headers.Location}");
            var doc = await HtmlClient.ParseAsync(response);
            Assert.True(
                doc.QuerySelector(".validation-summary-errors li, .field-validation-error, .is-invalid, .invalid-feedback:not(:empty), .alert-danger") is not null,
                $"{nama}: no message on the page");
            Assert.Equal(sebelum, await KeadaanAsync(id));
        }

        Assert.Equal(rhkLain.Teks, (await SkpDbAsync(lain.Id)).Rhk[0].Teks);
        Assert.Equal(milik.Rhk[0].Teks, (await SkpDbAsync(id)).Rhk[0].Teks);

        // A negative target is a SMART error, not an input error: the draft may keep it, the editor says so beside the
        // row, and the SKP cannot be submitted with it.
        var negatif = await PostAsync(pemilik, $"/Skp/Ubah/{id}", new Dictionary<string, string>(Baris(null, "RHK bertarget negatif", nilai: "-5"))
        {
            ["aksi"] = AksiEditor.Ajukan, ["Version"] = Id(sebelum.Version),
        });
        Assert.Equal(HttpStatusCode.Redirect, negatif.StatusCode);
        Assert.Equal(StatusSkp.Draft, (await KeadaanAsync(id)).Status);
        var editor = await pemilik.Client.GetDocumentAsync($"/Skp/Ubah/{id}");
        Assert.Contains("Target tidak boleh negatif", editor.Body!.TextContent, StringComparison.Ordinal);
        var ajukan = await PostAsync(pemilik, $"/Skp/Ajukan/{id}", new() { ["version"] = Id((await KeadaanAsync(id)).Version) });
        Assert.Equal(HttpStatusCode.Redirect, ajukan.StatusCode);
        Assert.Equal(StatusSkp.Draft, (await KeadaanAsync(id)).Status);
    }

    [Fact]
    public async Task IsianBuruk_DiPenilaianDanRevisi_PesanJelas_TidakPernah500()
    {
        var panjang = new string('x', 100_000);
        var penilai = await SesiAsync(Aktor.PejabatPenilai);
        var pemilik = await SesiAsync(Aktor.Pemilik);
        var diajukan = await SkpStafAsync(StatusSkp.Diajukan);
        var disetujui = await SkpStafAsync(StatusSkp.Disetujui);
        var keadaanDiajukan = await KeadaanAsync(diajukan);
        var keadaanDisetujui = await KeadaanAsync(disetujui);

        var kembalikan = new[] { string.Empty, "   ", panjang };
        foreach (var catatan in kembalikan)
        {
            var r = await PostAsync(penilai, $"/PenilaianSkp/Kembalikan/{diajukan}", new() { ["Kembalikan.Version"] = Id(keadaanDiajukan.Version), ["Kembalikan.Catatan"] = catatan });
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"kembalikan '{catatan[..Math.Min(5, catatan.Length)]}' answered {(int)r.StatusCode}");
        }

        var setujuiPanjang = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => $"Setujui.Ekspektasi[{n}]", _ => panjang);
        setujuiPanjang["Setujui.Version"] = Id(keadaanDiajukan.Version);
        var setujuiKosong = new Dictionary<string, string> { ["Setujui.Version"] = Id(keadaanDiajukan.Version), ["Setujui.Ekspektasi[999]"] = "x", ["Setujui.Ekspektasi[Bohong]"] = "y" };
        var setujuiCatatan = Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => $"Setujui.Ekspektasi[{n}]", _ => "Baik");
        setujuiCatatan["Setujui.Version"] = Id(keadaanDiajukan.Version);
        setujuiCatatan["Setujui.Catatan"] = panjang;
        foreach (var isian in new[] { setujuiPanjang, setujuiKosong, setujuiCatatan })
        {
            var r = await PostAsync(penilai, $"/PenilaianSkp/Setujui/{diajukan}", isian);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"setujui answered {(int)r.StatusCode}");
            Assert.NotNull((await HtmlClient.ParseAsync(r)).QuerySelector(".validation-summary-errors li, .field-validation-error, .is-invalid, .alert-danger"));
        }

        var versiBasi = await PostAsync(penilai, $"/PenilaianSkp/Kembalikan/{diajukan}", new() { ["Kembalikan.Version"] = "-1", ["Kembalikan.Catatan"] = "Perbaiki" });
        Assert.Equal(HttpStatusCode.OK, versiBasi.StatusCode);
        Assert.Equal(keadaanDiajukan, await KeadaanAsync(diajukan));

        foreach (var catatan in new[] { string.Empty, panjang })
        {
            var r = await PostAsync(pemilik, $"/Skp/MulaiRevisi/{disetujui}", new() { ["version"] = Id(keadaanDisetujui.Version), ["catatan"] = catatan });
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal($"/Skp/Detail/{disetujui}", r.Headers.Location!.OriginalString);
        }

        var revisiBasi = await PostAsync(pemilik, $"/Skp/MulaiRevisi/{disetujui}", new() { ["version"] = "abc", ["catatan"] = "Revisi" });
        Assert.Equal(HttpStatusCode.Redirect, revisiBasi.StatusCode);
        var ajukanBasi = await PostAsync(pemilik, $"/Skp/Ajukan/{await SkpStafAsync(StatusSkp.Draft)}", new() { ["version"] = "99999999999" });
        Assert.Equal(HttpStatusCode.Redirect, ajukanBasi.StatusCode);
        Assert.Equal(keadaanDisetujui, await KeadaanAsync(disetujui));
        Assert.False(await RevisiBaruAdaAsync(disetujui));
    }

    [Fact]
    public async Task Buat_IsianPalsu_TidakMembuatApaPun_TidakPernah500()
    {
        var tahun = await TahunAsync();
        await SkpStafAsync(StatusSkp.Draft);
        var jumlah = await BacaAsync(factory, db => db.Skp.CountAsync());
        foreach (var (aktor, tahunId, pendekatan) in new[]
                 {
                     (Aktor.Pemilik, "-1", "Kuantitatif"), (Aktor.Pemilik, "2147483647", "Kuantitatif"), (Aktor.Pemilik, "abc", "Kuantitatif"),
                     (Aktor.Pemilik, Id(tahun.Id), "999"), (Aktor.Pemilik, Id(tahun.Id), "Kuantitatif"), // already has one this year
                     (Aktor.Administrator, Id(tahun.Id), "Kuantitatif"), (Aktor.AdminBkd, "-5", "Kualitatif"),
                 })
        {
            var r = await PostAsync(await SesiAsync(aktor), "/Skp/Buat", new() { ["TahunKinerjaId"] = tahunId, ["Pendekatan"] = pendekatan, ["SalinTahunLalu"] = "true" });
            Assert.True((int)r.StatusCode is 200 or 403 or 404, $"{aktor} {tahunId} {pendekatan}: answered {(int)r.StatusCode} {r.Headers.Location}");
        }

        Assert.Equal(jumlah, await BacaAsync(factory, db => db.Skp.CountAsync()));
    }

    [Fact]
    public async Task Matriks_SelPalsuDanTeksJahat_PesanJelas_TampilTerlindung()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunBaruAsync();
        var skpKabid = await SkpDbAsync(await SkpLangsungAsync(org.Kabid.PegawaiId!.Value, tahun, StatusSkp.Draft));
        var skpStaf = await SkpStafAsync(StatusSkp.Draft, tahun);
        var skpRekan = await SkpDbAsync(await SkpLangsungAsync(org.Staf2.PegawaiId!.Value, tahun, StatusSkp.Draft));
        var rhkKabid = skpKabid.Rhk[0].Id;
        var staf = org.Staf.PegawaiId!.Value;
        var url = "/PenilaianSkp/Matriks";
        List<KeyValuePair<string, string>> Isian(string? teks, params string[] sel) =>
        [
            new("Tahun", Id(tahun.Tahun)), new($"Teks[{rhkKabid}]", teks ?? string.Empty), .. sel.Select(x => new KeyValuePair<string, string>("Sel", x)),
        ];
        Task<int> JumlahSelAsync() => BacaAsync(factory, db => db.PeranHasil.CountAsync());

        var penilai = await SesiAsync(Aktor.PejabatPenilai);
        var sebelum = await JumlahSelAsync();
        foreach (var (nama, isian) in new (string, List<KeyValuePair<string, string>>)[]
                 {
                     ("sel rusak", Isian(null, "abc")),
                     ("sel negatif", Isian(null, "-1:-1")),
                     ("RHK rekan", Isian(null, Id(skpRekan.Rhk[0].Id) + ":" + Id(staf))),
                     ("bukan bawahan", Isian(null, Id(rhkKabid) + ":" + Id(org.Kadis.PegawaiId!.Value))),
                     ("id khayalan", Isian(null, "2147483647:2147483647")),
                     ("teks 100k", Isian(new string('x', 100_000), Id(rhkKabid) + ":" + Id(staf))),
                 })
        {
            var r = await PostListAsync(penilai, url, isian);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{nama}: answered {(int)r.StatusCode} {r.Headers.Location}");
            Assert.NotNull((await HtmlClient.ParseAsync(r)).QuerySelector(".alert-danger, .validation-summary-errors li, .text-danger:not(:empty)"));
        }

        Assert.Equal(sebelum, await JumlahSelAsync());

        // Someone without subordinates (the peer) cannot hand out the Kabid's RHK; the administrator has no matrix.
        var rekan = await PostListAsync(await SesiAsync(Aktor.Rekan), url, Isian(null, Id(rhkKabid) + ":" + Id(staf)));
        Assert.True((int)rekan.StatusCode is 200 or 403 or 404, $"peer answered {(int)rekan.StatusCode}");
        Assert.Equal((int)HttpStatusCode.Forbidden, (int)(await PostListAsync(await SesiAsync(Aktor.Administrator), url, Isian(null, Id(rhkKabid) + ":" + Id(staf)))).StatusCode);
        Assert.Equal(sebelum, await JumlahSelAsync());

        // A hostile text handed down is shown escaped to both sides.
        var ok = await PostListAsync(penilai, url, Isian(Jahat, Id(rhkKabid) + ":" + Id(staf)));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await AssertAmanAsync(penilai, ok.Headers.Location!.OriginalString);
        await AssertAmanAsync(await SesiAsync(Aktor.Pemilik), $"/Skp/Ubah/{skpStaf}", $"/Skp/Detail/{skpStaf}");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /// <summary>What must not change when a request is refused.</summary>
    private sealed record Keadaan(int Version, StatusSkp Status, bool Direvisi, int JumlahRhk);

    private Task<Keadaan> KeadaanAsync(int id) => BacaAsync(factory, db => db.Skp.AsNoTracking().Where(s => s.Id == id)
        .Select(s => new Keadaan(s.Version, s.Status, s.Direvisi, s.Rhk.Count)).SingleAsync());

    private Task<bool> RevisiBaruAdaAsync(int id) => BacaAsync(factory, db => db.Skp.AnyAsync(s => s.RevisiSebelumnyaId == id));

    private Task<SkpEntity> SkpDbAsync(int id) => BacaAsync(factory, db => db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == id));

    private static void AssertEfek(AksiSkp aksi, Keadaan sebelum, Keadaan sesudah)
    {
        switch (aksi)
        {
            case AksiSkp.LihatDetail or AksiSkp.BukaEditor or AksiSkp.Tinjau:
                Assert.Equal(sebelum, sesudah);
                break;
            case AksiSkp.SimpanEditor:
                Assert.NotEqual(sebelum.Version, sesudah.Version);
                Assert.Equal((sebelum.Status, 2), (sesudah.Status, sesudah.JumlahRhk));
                break;
            case AksiSkp.Ajukan:
                Assert.Equal(StatusSkp.Diajukan, sesudah.Status);
                break;
            case AksiSkp.MulaiRevisi:
                Assert.Equal((StatusSkp.Disetujui, true), (sesudah.Status, sesudah.Direvisi));
                break;
            case AksiSkp.Setujui:
                Assert.Equal(StatusSkp.Disetujui, sesudah.Status);
                break;
            case AksiSkp.Kembalikan:
                Assert.Equal(StatusSkp.Dikembalikan, sesudah.Status);
                break;
        }
    }

    /// <summary>The request as the page's form would post it, with the actor's own anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> JalankanAsync(Sesi sesi, AksiSkp aksi, int id, int version)
    {
        var v = Id(version);
        return aksi switch
        {
            AksiSkp.LihatDetail => await sesi.Client.Http.GetAsync($"/Skp/Detail/{id}"),
            AksiSkp.BukaEditor => await sesi.Client.Http.GetAsync($"/Skp/Ubah/{id}"),
            AksiSkp.Tinjau => await sesi.Client.Http.GetAsync($"/PenilaianSkp/Tinjau/{id}"),
            AksiSkp.SimpanEditor => await PostAsync(sesi, $"/Skp/Ubah/{id}", new Dictionary<string, string>(Baris(null, "RHK baru hasil penyimpanan"))
            {
                ["aksi"] = AksiEditor.Simpan, ["Version"] = v, ["Pendekatan"] = "Kuantitatif",
                ["Rhk[1].Jenis"] = "Tambahan", ["Rhk[1].Teks"] = "RHK tambahan", ["Rhk[1].Iki[0].Aspek"] = "Kuantitas",
                ["Rhk[1].Iki[0].Indikator"] = "Jumlah kegiatan", ["Rhk[1].Iki[0].JenisTarget"] = "Angka", ["Rhk[1].Iki[0].Nilai"] = "3", ["Rhk[1].Iki[0].Satuan"] = "kegiatan",
            }),
            AksiSkp.Ajukan => await PostAsync(sesi, $"/Skp/Ajukan/{id}", new() { ["version"] = v }),
            AksiSkp.MulaiRevisi => await PostAsync(sesi, $"/Skp/MulaiRevisi/{id}", new() { ["version"] = v, ["catatan"] = "Perubahan tugas" }),
            AksiSkp.Setujui => await PostAsync(sesi, $"/PenilaianSkp/Setujui/{id}", new Dictionary<string, string>(
                Enum.GetValues<NilaiBerakhlak>().Select(n => new KeyValuePair<string, string>($"Setujui.Ekspektasi[{n}]", $"Harapan {n}")))
            {
                ["Setujui.Version"] = v,
            }),
            AksiSkp.Kembalikan => await PostAsync(sesi, $"/PenilaianSkp/Kembalikan/{id}", new() { ["Kembalikan.Version"] = v, ["Kembalikan.Catatan"] = "Perbaiki target" }),
            _ => throw new ArgumentOutOfRangeException(nameof(aksi)),
        };
    }

    private static Task<HttpResponseMessage> PostAsync(Sesi sesi, string url, Dictionary<string, string> isian) => PostListAsync(sesi, url, isian);

    private static Task<HttpResponseMessage> PostListAsync(Sesi sesi, string url, IEnumerable<KeyValuePair<string, string>> isian) =>
        sesi.Client.Http.PostAsync(url, new FormUrlEncodedContent([.. isian, new("__RequestVerificationToken", sesi.Token)]));

    /// <summary>One RHK row with one IKI, as the editor posts it.</summary>
    private static Dictionary<string, string> Baris(
        string? rhkId, string teks, string indikator = "Jumlah laporan", string nilai = "12", string satuan = "laporan",
        string? atasan = null, string? sasaran = null, string? ikiId = null) => new()
        {
            ["Pendekatan"] = "Kuantitatif",
            ["Rhk[0].Id"] = rhkId ?? string.Empty,
            ["Rhk[0].Jenis"] = "Utama",
            ["Rhk[0].Teks"] = teks,
            ["Rhk[0].RhkAtasanId"] = atasan ?? string.Empty,
            ["Rhk[0].SasaranOrganisasiId"] = sasaran ?? string.Empty,
            ["Rhk[0].Iki[0].Id"] = ikiId ?? string.Empty,
            ["Rhk[0].Iki[0].Aspek"] = "Kuantitas",
            ["Rhk[0].Iki[0].Indikator"] = indikator,
            ["Rhk[0].Iki[0].JenisTarget"] = "Angka",
            ["Rhk[0].Iki[0].Nilai"] = nilai,
            ["Rhk[0].Iki[0].Satuan"] = satuan,
        };

    private static async Task AssertAmanAsync(Sesi sesi, params string[] urls)
    {
        foreach (var url in urls)
        {
            var response = await sesi.Client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            Assert.Empty(doc.QuerySelectorAll("img[onerror], [onerror]"));
            Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal));
        }
    }

    private static async Task<string> TeksGalatAsync(HttpResponseMessage response)
    {
        var doc = await HtmlClient.ParseAsync(response);
        return string.Join(" | ", doc.QuerySelectorAll(".validation-summary-errors li, .field-validation-error, .alert, [data-valmsg-for]:not(:empty), .invalid-feedback, .is-invalid").Select(e => (e.GetAttribute("data-valmsg-for") ?? e.GetAttribute("name")) + ": " + e.TextContent.Trim()));
    }

    /// <summary>A signed-in client per actor (kept for the fixture) and its anti-forgery token from a page it can open.</summary>
    private Task<Sesi> SesiAsync(Aktor aktor) => SesiCache.GetOrAdd((factory, aktor), async _ =>
    {
        var org = await factory.OrganisasiAsync();
        var client = factory.CreateHtmlClient();
        var akun = aktor switch
        {
            Aktor.Pemilik => org.Staf,
            Aktor.PejabatPenilai => org.Kabid,
            Aktor.AtasanPejabatPenilai => org.Kadis,
            Aktor.Rekan => org.Staf2,
            Aktor.AdminBkd => org.AdminBkd,
            Aktor.Administrator => org.Administrator,
            _ => null,
        };
        IHtmlDocument halaman;
        if (akun is null)
        {
            halaman = await client.GetDocumentAsync("/Akun/Masuk");
        }
        else
        {
            var masuk = await client.SignInAsync(akun.Login, TestData.Password);
            Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
            halaman = await client.GetDocumentAsync("/");
        }

        var token = halaman.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on the page {aktor} opens");
        return new Sesi(client, token);
    });

    /// <summary>One open year for the whole fixture: the matrix needs far more SKP than there are years, and nothing forbids several segments.</summary>
    private Task<(int Id, int Tahun)> TahunAsync() => TahunCache.GetOrAdd(factory, _ => TahunBaruAsync());

    private Task<(int Id, int Tahun)> TahunBaruAsync() => BacaAsync(factory, async db =>
    {
        var th = Interlocked.Increment(ref _tahunBebas);
        var t = TahunKinerja.Buka(th, JenisPeriode.Semesteran, new DateOnly(th, 1, 31), new DateOnly(th + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return (t.Id, th);
    });

    private async Task<int> SkpStafAsync(StatusSkp status, (int Id, int Tahun)? tahun = null, PendekatanSkp pendekatan = PendekatanSkp.Kuantitatif)
    {
        var org = await factory.OrganisasiAsync();
        return await SkpLangsungAsync(org.Staf.PegawaiId!.Value, tahun ?? await TahunAsync(), status, pendekatan);
    }

    /// <summary>A complete SKP (passes the SMART check) with its real snapshot, brought to <paramref name="status"/> through the domain.</summary>
    private Task<int> SkpLangsungAsync(int pegawaiId, (int Id, int Tahun) tahun, StatusSkp status, PendekatanSkp pendekatan = PendekatanSkp.Kuantitatif) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var snapshot = (await PembuatSnapshotSkp.BuatAsync(db, pegawaiId, CancellationToken.None))!;
        var penilai = snapshot.PejabatPenilai?.Nip ?? "tes";
        var th = tahun.Tahun;
        var skp = SkpEntity.Buat(tahun.Id, th, new DateOnly(th, 1, 1), new DateOnly(th, 12, 31), pendekatan, snapshot, "tes", Waktu);
        var rhk = skp.TambahRhk(JenisRhk.Utama, $"RHK pegawai {pegawaiId} {Guid.NewGuid():N}");
        skp.TambahIki(rhk, AspekIki.Kuantitas, "Jumlah laporan yang diselesaikan", Target.Angka(12, "laporan"));
        if (status != StatusSkp.Draft)
        {
            skp.Ajukan(AturanSkp.Bawaan, false, "tes", Waktu.AddHours(1));
        }

        if (status == StatusSkp.Dikembalikan)
        {
            skp.Kembalikan("Perbaiki target", penilai, Waktu.AddHours(2));
        }

        if (status == StatusSkp.Disetujui)
        {
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), penilai, Waktu.AddHours(2));
        }

        db.Skp.Add(skp);
        await db.SaveChangesAsync();
        return skp.Id;
    });
}

public sealed class OtorisasiSkpTestsSqlite(SqliteAppFactory factory) : OtorisasiSkpTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class OtorisasiSkpTestsPostgres(PostgresAppFactory factory) : OtorisasiSkpTests(factory), IClassFixture<PostgresAppFactory>;
