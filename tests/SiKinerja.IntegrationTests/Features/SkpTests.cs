using System.Data.Common;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Kinerja;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Skp;
using static SiKinerja.IntegrationTests.Features.DataOrganisasi;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>The employee's SKP pages through real forms on both providers: create, copy, edit, SMART, submit, access, conflict, revision.</summary>
public abstract class SkpTests(SiKinerjaAppFactory factory)
{
    private const string Editor = "#form-skp";
    private const string Skrip = "<script>alert('x')</script>";
    private static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static int _tahun = 2060;

    private async Task<HtmlClient> MasukAsync(string login)
    {
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(login, TestData.Password);
        return client;
    }

    private async Task<(AkunUji Akun, HtmlClient Client)> PegawaiBaruAsync()
    {
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        return (akun, await MasukAsync(akun.Login));
    }

    private Task<(int Id, int Tahun)> TahunAsync() => BacaAsync(factory, async db =>
    {
        var th = Interlocked.Increment(ref _tahun);
        var t = TahunKinerja.Buka(th, JenisPeriode.Semesteran, new DateOnly(th, 1, 31), new DateOnly(th + 1, 1, 31));
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return (t.Id, th);
    });

    /// <summary>An SKP written straight through the domain (a supervisor's, last year's, an approved one).</summary>
    private Task<int> SkpLangsungAsync(int pegawaiId, (int Id, int Tahun) tahun, int jumlahRhk, int iki = 1, int? rhkAtasanId = null, Action<SkpEntity>? ubah = null) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var snapshot = (await PembuatSnapshotSkp.BuatAsync(sp.GetRequiredService<AppDbContext>(), pegawaiId, CancellationToken.None))!;
            var th = tahun.Tahun;
            var skp = SkpEntity.Buat(tahun.Id, th, new DateOnly(th, 1, 1), new DateOnly(th, 12, 31), PendekatanSkp.Kuantitatif, snapshot, "tes", Waktu);
            for (var r = 1; r <= jumlahRhk; r++)
            {
                var rhk = skp.TambahRhk(JenisRhk.Utama, $"RHK {r} pegawai {pegawaiId} tahun {th}", rhkAtasanId);
                for (var i = 1; i <= iki; i++)
                {
                    skp.TambahIki(rhk, AspekIki.Kuantitas, $"IKI {r}.{i}", Target.Angka(10 + i, "laporan"));
                }
            }

            ubah?.Invoke(skp);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });

    private Task<SkpEntity> SkpDbAsync(int id) => BacaAsync(factory, db => db.Skp.AsNoTracking().DenganIsi().SingleAsync(s => s.Id == id));

    private static async Task<int> BuatAsync(HtmlClient client, int tahunId, bool salin = false, string pendekatan = "Kuantitatif")
    {
        var response = await client.SubmitAsync($"/Skp/Buat?tahunKinerjaId={tahunId}", new Dictionary<string, string>
        {
            ["TahunKinerjaId"] = tahunId.ToString(CultureInfo.InvariantCulture),
            ["Pendekatan"] = pendekatan,
            ["SalinTahunLalu"] = salin ? "true" : "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lokasi = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Skp/Ubah/", lokasi, StringComparison.Ordinal);
        return int.Parse(lokasi.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>One RHK row with one IKI, as the editor posts it.</summary>
    private static Dictionary<string, string> Baris(
        int i, string teks, string indikator = "Jumlah laporan", string nilai = "12", string satuan = "laporan", string jenis = "Utama",
        string? atasan = null, string? id = null) => new()
        {
            [$"Rhk[{i}].Id"] = id ?? string.Empty,
            [$"Rhk[{i}].Jenis"] = jenis,
            [$"Rhk[{i}].Teks"] = teks,
            [$"Rhk[{i}].RhkAtasanId"] = atasan ?? string.Empty,
            [$"Rhk[{i}].Iki[0].Aspek"] = "Kuantitas",
            [$"Rhk[{i}].Iki[0].Indikator"] = indikator,
            [$"Rhk[{i}].Iki[0].JenisTarget"] = "Angka",
            [$"Rhk[{i}].Iki[0].Nilai"] = nilai,
            [$"Rhk[{i}].Iki[0].Satuan"] = satuan,
        };

    private static Dictionary<string, string> Gabung(string aksi, params Dictionary<string, string>[] bagian)
    {
        var hasil = new Dictionary<string, string> { ["aksi"] = aksi };
        foreach (var b in bagian)
        {
            foreach (var (k, v) in b)
            {
                hasil[k] = v;
            }
        }

        return hasil;
    }

    private static Task<HttpResponseMessage> SimpanAsync(HtmlClient client, int id, string aksi, params Dictionary<string, string>[] bagian) =>
        client.SubmitAsync($"/Skp/Ubah/{id}", Gabung(aksi, bagian), Editor);

    private static void AssertRedirect(HttpResponseMessage response, string lokasi)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        Assert.Equal(lokasi, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Buat_FromScratch_DraftWithSnapshotOfEmployeePenilaiAndAtasan_AndEditorOpens()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, client) = await PegawaiBaruAsync();
        using var _ = client;
        var tahun = await TahunAsync();
        var index = await client.GetDocumentAsync("/Skp");
        Assert.NotNull(index.QuerySelector($"[data-testid=tahun-skp] [data-tahun='{tahun.Tahun}'] a[href*='/Skp/Buat']"));

        var id = await BuatAsync(client, tahun.Id, pendekatan: "Kualitatif");

        var skp = await SkpDbAsync(id);
        Assert.Equal((akun.PegawaiId, org.Kabid.PegawaiId, StatusSkp.Draft, PendekatanSkp.Kualitatif), (skp.PegawaiId, skp.PejabatPenilaiId, skp.Status, skp.Pendekatan));
        Assert.Equal((new DateOnly(tahun.Tahun, 1, 1), new DateOnly(tahun.Tahun, 12, 31)), (skp.TanggalMulai, skp.TanggalSelesai));
        Assert.Equal(org.Kadis.PegawaiId, skp.Snapshot.AtasanPejabatPenilai!.PegawaiId);
        Assert.Equal(("Pengadministrasi Perkantoran", "Bidang Uji"), (skp.Snapshot.Pegawai.JabatanNama, skp.Snapshot.Pegawai.UnitNama));
        var editor = await client.GetDocumentAsync($"/Skp/Ubah/{id}");
        Assert.NotNull(editor.QuerySelector(Editor));
        Assert.Contains(org.Kabid.Nama, editor.Body!.TextContent, StringComparison.Ordinal);
        var daftar = await client.GetDocumentAsync("/Skp");
        Assert.NotNull(daftar.QuerySelector($"[data-testid=daftar-skp] tr[data-skp='{id}']"));
    }

    [Fact]
    public async Task Buat_SecondTimeForTheSameYear_IsRefusedWithAMessage()
    {
        var (akun, client) = await PegawaiBaruAsync();
        using var _ = client;
        var tahun = await TahunAsync();
        await TahunAsync(); // another open year, so the form is offered
        await BuatAsync(client, tahun.Id);

        var response = await client.SubmitAsync("/Skp/Buat", new Dictionary<string, string>
        {
            ["TahunKinerjaId"] = tahun.Id.ToString(CultureInfo.InvariantCulture), ["Pendekatan"] = "Kuantitatif", ["SalinTahunLalu"] = "false",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sudah memiliki SKP untuk tahun ini", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await BacaAsync(factory, db => db.Skp.CountAsync(s => s.PegawaiId == akun.PegawaiId && s.TahunKinerjaId == tahun.Id)));
    }

    [Fact]
    public async Task Buat_CopyFromLastYear_CopiesContentAndClearsTheLinks()
    {
        var (akun, client) = await PegawaiBaruAsync();
        using var _ = client;
        var lalu = await TahunAsync();
        var ini = await TahunAsync();
        var lamaId = await SkpLangsungAsync(akun.PegawaiId!.Value, lalu, 2, 2, rhkAtasanId: 424242, ubah: s => s.UbahLampiran(JenisLampiran.Konsekuensi, ["Teguran"]));

        var id = await BuatAsync(client, ini.Id, salin: true);

        var lama = await SkpDbAsync(lamaId);
        var baru = await SkpDbAsync(id);
        Assert.Equal(lama.Rhk.Select(r => r.Teks), baru.Rhk.Select(r => r.Teks));
        Assert.Equal(4, baru.Rhk.Sum(r => r.Indikator.Count));
        Assert.All(baru.Rhk, r => Assert.Null(r.RhkAtasanId));
        Assert.Equal(["Teguran"], baru.LampiranMenurut(JenisLampiran.Konsekuensi));
        Assert.Equal(ini.Tahun, baru.Tahun);
    }

    [Fact]
    public async Task Ubah_AddRemoveAndReorderRhkAndIki_RoundTrip()
    {
        var (_, client) = await PegawaiBaruAsync();
        using var __ = client;
        var tahun = await TahunAsync();
        var id = await BuatAsync(client, tahun.Id);

        // Row buttons post the whole form and come back with one more row, saving nothing.
        var tambah = await SimpanAsync(client, id, AksiEditor.TambahRhkUtama, Baris(0, "Draf belum disimpan"));
        Assert.Equal(HttpStatusCode.OK, tambah.StatusCode);
        var halaman = await HtmlClient.ParseAsync(tambah);
        Assert.Equal(2, halaman.QuerySelectorAll("[data-testid=rhk]").Length);
        Assert.Equal("Draf belum disimpan", halaman.QuerySelector<IHtmlTextAreaElement>("textarea[name='Rhk[0].Teks']")!.Value);
        Assert.Empty((await SkpDbAsync(id)).Rhk);

        var simpan = await SimpanAsync(
            client, id, AksiEditor.Simpan, Baris(0, "Menyusun laporan kinerja"), Baris(1, "Mengelola arsip", "Arsip tertata", "95", "%"),
            Baris(2, "Tugas tambahan panitia", "Kegiatan", "2", "kegiatan", jenis: "Tambahan"),
            new() { ["Rhk[1].Iki[1].Aspek"] = "Waktu", ["Rhk[1].Iki[1].Indikator"] = "Tepat waktu", ["Rhk[1].Iki[1].JenisTarget"] = "Angka", ["Rhk[1].Iki[1].Nilai"] = "12", ["Rhk[1].Iki[1].Satuan"] = "bulan", ["Konsekuensi"] = "Teguran lisan\nTeguran tertulis" });
        AssertRedirect(simpan, $"/Skp/Ubah/{id}");
        var skp = await SkpDbAsync(id);
        Assert.Equal(["Menyusun laporan kinerja", "Mengelola arsip", "Tugas tambahan panitia"], skp.Rhk.Select(r => r.Teks));
        Assert.Equal([1, 2, 1], skp.Rhk.Select(r => r.Indikator.Count));
        Assert.Equal(JenisRhk.Tambahan, skp.Rhk[2].Jenis);
        Assert.Equal((95m, "%"), (skp.Rhk[1].Indikator[0].Target.Nilai, skp.Rhk[1].Indikator[0].Target.Satuan));
        Assert.Equal(["Teguran lisan", "Teguran tertulis"], skp.LampiranMenurut(JenisLampiran.Konsekuensi));
        var rhk1 = skp.Rhk[1].Id;

        // Move RHK 2 up, then remove the first RHK and the first IKI of the other: ids are kept for what stays.
        var naik = await SimpanAsync(client, id, AksiEditor.NaikRhk(1));
        var naikDoc = await HtmlClient.ParseAsync(naik);
        Assert.Equal("Mengelola arsip", naikDoc.QuerySelector<IHtmlTextAreaElement>("textarea[name='Rhk[0].Teks']")!.Value);
        var form = naikDoc.QuerySelector<IHtmlFormElement>(Editor)!;
        var hapus = await client.SubmitDocumentAsync(naikDoc, $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["aksi"] = AksiEditor.HapusRhk(1) }, Editor);
        var hapusDoc = await HtmlClient.ParseAsync(hapus);
        Assert.Equal(2, hapusDoc.QuerySelectorAll("[data-testid=rhk]").Length);
        var hapusIki = await client.SubmitDocumentAsync(hapusDoc, $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["aksi"] = AksiEditor.HapusIki(0, 0) }, Editor);
        var simpanLagi = await client.SubmitDocumentAsync(await HtmlClient.ParseAsync(hapusIki), $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["aksi"] = AksiEditor.Simpan }, Editor);
        Assert.NotNull(form);
        AssertRedirect(simpanLagi, $"/Skp/Ubah/{id}");

        skp = await SkpDbAsync(id);
        Assert.Equal(["Mengelola arsip", "Tugas tambahan panitia"], skp.Rhk.Select(r => r.Teks));
        Assert.Equal(rhk1, skp.Rhk[0].Id);
        Assert.Equal(["Tepat waktu"], skp.Rhk[0].Indikator.Select(i => i.Indikator));
        Assert.Equal((AspekIki.Waktu, 12m, "bulan"), (skp.Rhk[0].Indikator[0].Aspek, skp.Rhk[0].Indikator[0].Target.Nilai, skp.Rhk[0].Indikator[0].Target.Satuan));
    }

    [Fact]
    public async Task Ubah_SmartFindings_AreShownBesideTheirRows_AndErrorsBlockSubmission_WarningsDoNot()
    {
        var (_, client) = await PegawaiBaruAsync();
        using var __ = client;
        var tahun = await TahunAsync();
        var id = await BuatAsync(client, tahun.Id);

        // No unit: an error on the IKI; the penilai has no SKP yet: a warning on the RHK. Submission is refused, the draft is saved.
        var ajukan = await SimpanAsync(client, id, AksiEditor.Ajukan, Baris(0, "Menyusun laporan", satuan: ""));
        AssertRedirect(ajukan, $"/Skp/Ubah/{id}");
        var skp = await SkpDbAsync(id);
        Assert.Equal((StatusSkp.Draft, "Menyusun laporan"), (skp.Status, skp.Rhk[0].Teks));
        var editor = await client.GetDocumentAsync($"/Skp/Ubah/{id}");
        Assert.Contains("masih ada 1 galat", editor.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var iki = editor.QuerySelector($"[data-testid=iki][data-iki-id='{skp.Rhk[0].Indikator[0].Id}']")!;
        var temuanIki = iki.QuerySelector($".temuan[data-kode='{KodeSkp.TargetTanpaSatuan}']")!;
        Assert.Contains("satuan", temuanIki.TextContent, StringComparison.Ordinal);
        var rhk = editor.QuerySelector($"[data-testid=rhk][data-rhk-id='{skp.Rhk[0].Id}']")!;
        Assert.NotNull(rhk.QuerySelector($".temuan[data-kode='{KodeSkp.RhkMenungguSkpAtasan}']"));

        var lagi = await SimpanAsync(client, id, AksiEditor.Ajukan, new Dictionary<string, string> { ["Rhk[0].Iki[0].Satuan"] = "laporan" });

        AssertRedirect(lagi, $"/Skp/Detail/{id}");
        Assert.Equal(StatusSkp.Diajukan, (await SkpDbAsync(id)).Status);
        var detail = await client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.Contains("Diajukan", detail.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(detail.QuerySelector($"a[href='/Skp/Ubah/{id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Skp/Ubah/{id}")).StatusCode);
    }

    [Fact]
    public async Task Ubah_LinkToPenilaiRhk_OffersTheSupervisorsRhk_AndRefusesAForgedOne()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, client) = await PegawaiBaruAsync();
        using var _ = client;
        var tahun = await TahunAsync();
        var penilaiId = await SkpLangsungAsync(org.Kabid.PegawaiId!.Value, tahun, 2);
        var lainId = await SkpLangsungAsync(org.Staf2.PegawaiId!.Value, tahun, 1);
        var rhkPenilai = (await SkpDbAsync(penilaiId)).Rhk[1];
        var rhkLain = (await SkpDbAsync(lainId)).Rhk[0];
        var id = await BuatAsync(client, tahun.Id);

        var palsu = await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "RHK saya", atasan: rhkLain.Id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, palsu.StatusCode);
        var doc = await HtmlClient.ParseAsync(palsu);
        var select = doc.QuerySelector<IHtmlSelectElement>("select[name='Rhk[0].RhkAtasanId']")!;
        Assert.Contains("is-invalid", select.ClassName, StringComparison.Ordinal);
        Assert.Contains("Pilih RHK dari SKP pejabat penilai", doc.QuerySelector("[data-testid=rhk]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(select.Options, o => o.Text == rhkPenilai.Teks);
        Assert.DoesNotContain(select.Options, o => o.Text == rhkLain.Teks);
        Assert.Equal("RHK saya", doc.QuerySelector<IHtmlTextAreaElement>("textarea[name='Rhk[0].Teks']")!.Value);
        Assert.Empty((await SkpDbAsync(id)).Rhk);

        var benar = await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "RHK saya", atasan: rhkPenilai.Id.ToString(CultureInfo.InvariantCulture)));

        AssertRedirect(benar, $"/Skp/Ubah/{id}");
        Assert.Equal(rhkPenilai.Id, (await SkpDbAsync(id)).Rhk[0].RhkAtasanId);
        var detail = await client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.Contains(rhkPenilai.Teks, detail.QuerySelector("[data-testid=hasil-kerja]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(akun.PegawaiId, (await SkpDbAsync(id)).PegawaiId);
    }

    [Fact]
    public async Task Ubah_ForeignRowIdsAndAbsurdNumbers_GetAMessageAndNothingIsSaved()
    {
        var org = await factory.OrganisasiAsync();
        var (_, client) = await PegawaiBaruAsync();
        using var __ = client;
        var tahun = await TahunAsync();
        var lainId = await SkpLangsungAsync(org.Staf2.PegawaiId!.Value, tahun, 1);
        var rhkLain = (await SkpDbAsync(lainId)).Rhk[0];
        var id = await BuatAsync(client, tahun.Id);

        var asing = await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "Mengambil RHK orang lain", id: rhkLain.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.OK, asing.StatusCode);
        Assert.Contains("bukan bagian dari SKP ini", await asing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var absurd = await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "Angka aneh", nilai: "99999999999999999999999"), Baris(1, "Bukan angka", nilai: "dua belas"));
        Assert.Equal(HttpStatusCode.OK, absurd.StatusCode);
        var doc = await HtmlClient.ParseAsync(absurd);
        Assert.Contains("is-invalid", doc.QuerySelector<IHtmlInputElement>("input[name='Rhk[0].Iki[0].Nilai']")!.ClassName, StringComparison.Ordinal);
        Assert.Equal("dua belas", doc.QuerySelector<IHtmlInputElement>("input[name='Rhk[1].Iki[0].Nilai']")!.Value);

        var panjang = await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, new string('x', RencanaHasilKerja.TeksMaxLength + 1)));
        Assert.Equal(HttpStatusCode.OK, panjang.StatusCode);
        Assert.Contains("Maksimal", await panjang.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Empty((await SkpDbAsync(id)).Rhk);
        Assert.Equal(rhkLain.Teks, (await SkpDbAsync(lainId)).Rhk[0].Teks);
    }

    [Fact]
    public async Task Akses_PerRoleAndRecord_ReadersReadOthersGet404()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, owner) = await PegawaiBaruAsync();
        using var _ = owner;
        var tahun = await TahunAsync();
        var id = await BuatAsync(owner, tahun.Id);
        var id2 = await SkpLangsungAsync(org.Staf2.PegawaiId!.Value, tahun, 1);

        foreach (var (login, detail, ubah) in new[]
                 {
                     (org.Kabid.Login, HttpStatusCode.OK, HttpStatusCode.Forbidden),
                     (org.Kadis.Login, HttpStatusCode.OK, HttpStatusCode.Forbidden),
                     (org.AdminBkd.Login, HttpStatusCode.OK, HttpStatusCode.Forbidden),
                     (org.Staf2.Login, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
                 })
        {
            using var client = await MasukAsync(login);
            Assert.Equal(detail, (await client.Http.GetAsync($"/Skp/Detail/{id}")).StatusCode);
            Assert.Equal(ubah, (await client.Http.GetAsync($"/Skp/Ubah/{id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync("/Skp/Detail/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/Skp/Ubah/{id2}")).StatusCode);

        // A real form of my own SKP, posted to another employee's SKP id: 404, nothing written.
        var doc = await owner.GetDocumentAsync($"/Skp/Ubah/{id}");
        doc.QuerySelector(Editor)!.SetAttribute("action", $"/Skp/Ubah/{id2}");
        var post = await owner.SubmitDocumentAsync(doc, $"/Skp/Ubah/{id}", Gabung(AksiEditor.Simpan, Baris(0, "Menyusup")), Editor);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        doc.QuerySelector(Editor)!.SetAttribute("action", $"/Skp/Ajukan/{id2}");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.SubmitDocumentAsync(doc, $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["version"] = "1" }, Editor)).StatusCode);
        Assert.DoesNotContain((await SkpDbAsync(id2)).Rhk, r => r.Teks == "Menyusup");
        Assert.Equal(StatusSkp.Draft, (await SkpDbAsync(id2)).Status);

        // The penilai sees the link to the review page once submitted.
        await SimpanAsync(owner, id, AksiEditor.Ajukan, Baris(0, "RHK lengkap"));
        using var penilai = await MasukAsync(org.Kabid.Login);
        var detailPenilai = await penilai.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.NotNull(detailPenilai.QuerySelector($"a[href='/PenilaianSkp/Tinjau/{id}']"));
        Assert.Equal(akun.PegawaiId, (await SkpDbAsync(id)).PegawaiId);
    }

    [Fact]
    public async Task Teks_HtmlAndScriptInEveryField_IsShownEscaped()
    {
        var (_, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var id = await BuatAsync(client, tahun.Id);

        var simpan = await SimpanAsync(
            client, id, AksiEditor.Simpan, Baris(0, Skrip, Skrip, "1", Skrip),
            new Dictionary<string, string>()
            {
                ["Rhk[0].Iki[1].Aspek"] = "Kualitas", ["Rhk[0].Iki[1].Indikator"] = "Mutu", ["Rhk[0].Iki[1].JenisTarget"] = "Narasi", ["Rhk[0].Iki[1].Narasi"] = Skrip,
                ["DukunganSumberDaya"] = Skrip, ["SkemaPertanggungjawaban"] = Skrip, ["Konsekuensi"] = Skrip,
            });
        AssertRedirect(simpan, $"/Skp/Ubah/{id}");

        foreach (var url in new[] { $"/Skp/Ubah/{id}", $"/Skp/Detail/{id}", "/Skp" })
        {
            var html = await client.Http.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        }

        var detail = await client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.Contains(Skrip, detail.QuerySelector("[data-testid=hasil-kerja]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Skrip, detail.QuerySelector("[data-testid=lampiran]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuaTab_SecondSaveGetsTheConflictMessage_KeepsItsInput_AndWritesNothing()
    {
        var (_, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var id = await BuatAsync(client, tahun.Id);
        AssertRedirect(await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "Awal")), $"/Skp/Ubah/{id}");
        var tab1 = await client.GetDocumentAsync($"/Skp/Ubah/{id}");
        var tab2 = await client.GetDocumentAsync($"/Skp/Ubah/{id}");

        AssertRedirect(
            await client.SubmitDocumentAsync(tab1, $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["aksi"] = AksiEditor.Simpan, ["Rhk[0].Teks"] = "Dari tab satu" }, Editor),
            $"/Skp/Ubah/{id}");
        var versi = (await SkpDbAsync(id)).Version;
        var kedua = await client.SubmitDocumentAsync(tab2, $"/Skp/Ubah/{id}", new Dictionary<string, string> { ["aksi"] = AksiEditor.Simpan, ["Rhk[0].Teks"] = "Dari tab dua", ["Konsekuensi"] = "Tidak boleh tersimpan" }, Editor);

        Assert.Equal(HttpStatusCode.OK, kedua.StatusCode);
        var doc = await HtmlClient.ParseAsync(kedua);
        Assert.Contains("diubah di tab atau oleh pengguna lain", doc.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dari tab dua", doc.QuerySelector<IHtmlTextAreaElement>("textarea[name='Rhk[0].Teks']")!.Value);
        Assert.NotNull(doc.QuerySelector($"a[href='/Skp/Ubah/{id}']"));
        var skp = await SkpDbAsync(id);
        Assert.Equal(("Dari tab satu", versi), (skp.Rhk[0].Teks, skp.Version));
        Assert.Empty(skp.LampiranMenurut(JenisLampiran.Konsekuensi));
    }

    [Fact]
    public async Task Simpan_WritesAnAuditRowShownOnTheDetailPage()
    {
        var (akun, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var id = await BuatAsync(client, tahun.Id);

        AssertRedirect(await SimpanAsync(client, id, AksiEditor.Simpan, Baris(0, "Diaudit")), $"/Skp/Ubah/{id}");

        var audit = await BacaAsync(factory, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == nameof(SkpEntity) || a.Entitas == "Skp").Where(a => a.EntitasId == id && a.Aksi == AksiAudit.Ubah).ToListAsync());
        var baris = Assert.Single(audit);
        Assert.Equal(akun.Login, baris.Pengguna);
        Assert.Contains("Diaudit", baris.Sesudah!, StringComparison.Ordinal);
        var detail = await client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.True(detail.QuerySelectorAll("[data-testid=riwayat] tbody tr").Length >= 2);
        Assert.Single(detail.QuerySelectorAll("[data-testid=riwayat-status] tbody tr"));
    }

    [Fact]
    public async Task Editor_AfterTheSupervisorRevisedTheirPlan_OffersTheSameRhkOfTheCurrentRevision()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var penilaiLama = await SkpLangsungAsync(org.Kabid.PegawaiId!.Value, tahun, 2, ubah: s =>
        {
            s.Ajukan(AturanSkp.Bawaan with { WajibIntervensi = false }, false, org.Kabid.Login, Waktu);
            s.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kadis.Login, Waktu.AddHours(1));
        });
        var rhkLama = (await SkpDbAsync(penilaiLama)).Rhk[1];
        var id = await SkpLangsungAsync(akun.PegawaiId!.Value, tahun, 1, rhkAtasanId: rhkLama.Id);
        var penilaiBaru = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var lama = await db.Skp.DenganIsi().SingleAsync(s => s.Id == penilaiLama);
            var baru = lama.MulaiRevisi(org.Kabid.Login, Waktu.AddDays(1), "Perubahan tugas");
            db.Skp.Add(baru);
            await db.SaveChangesAsync();
            return baru.Id;
        });
        var rhkBaru = (await SkpDbAsync(penilaiBaru)).Rhk[1];
        Assert.Equal(rhkLama.Kunci, rhkBaru.Kunci);

        var doc = await client.GetDocumentAsync($"/Skp/Ubah/{id}");

        var select = doc.QuerySelector<IHtmlSelectElement>("select[name='Rhk[0].RhkAtasanId']")!;
        Assert.Equal(rhkBaru.Id.ToString(CultureInfo.InvariantCulture), select.Value);
        Assert.DoesNotContain(select.Options, o => o.Value == rhkLama.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Single(select.Options, o => o.Text == rhkBaru.Teks);
    }

    [Fact]
    public async Task MulaiRevisi_OfTheSupervisorsPlan_MovesTheMatriksCellsToTheNewRevision()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var penilaiLama = await SkpLangsungAsync(org.Kabid.PegawaiId!.Value, tahun, 2, ubah: s =>
        {
            s.Ajukan(AturanSkp.Bawaan with { WajibIntervensi = false }, false, org.Kabid.Login, Waktu);
            s.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kadis.Login, Waktu.AddHours(1));
        });
        var rhkLama = (await SkpDbAsync(penilaiLama)).Rhk[1];
        await BacaAsync(factory, db =>
        {
            db.PeranHasil.Add(new PeranHasil(rhkLama.Id, akun.PegawaiId!.Value, "Bagian saya dari RHK 2", org.Kabid.Login, Waktu));
            return db.SaveChangesAsync();
        });
        using var kabid = await MasukAsync(org.Kabid.Login);

        var mulai = await kabid.SubmitAsync($"/Skp/Detail/{penilaiLama}", new Dictionary<string, string> { ["catatan"] = "Perubahan tugas" }, "[data-testid=form-revisi]");

        Assert.Equal(HttpStatusCode.Redirect, mulai.StatusCode);
        var penilaiBaru = int.Parse(mulai.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var rhkBaru = (await SkpDbAsync(penilaiBaru)).Rhk[1];
        var sel = await BacaAsync(factory, db => db.PeranHasil.AsNoTracking().SingleAsync(p => p.PegawaiId == akun.PegawaiId));
        Assert.Equal(rhkBaru.Id, sel.RhkAtasanId);
        var id = await BuatAsync(client, tahun.Id);
        var rhk = Assert.Single((await SkpDbAsync(id)).Rhk);
        Assert.Equal((rhkBaru.Id, "Bagian saya dari RHK 2"), (rhk.RhkAtasanId, rhk.Teks));
    }

    [Fact]
    public async Task MulaiRevisi_OfAnApprovedSkp_OpensANewDraft_AndTheDetailShowsWhatChanged()
    {
        var org = await factory.OrganisasiAsync();
        var (akun, client) = await PegawaiBaruAsync();
        using var _c = client;
        var tahun = await TahunAsync();
        var id = await SkpLangsungAsync(akun.PegawaiId!.Value, tahun, 2, ubah: s =>
        {
            s.Ajukan(AturanSkp.Bawaan, false, akun.Login, Waktu);
            s.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kabid.Login, Waktu.AddHours(1));
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Skp/Ubah/{id}")).StatusCode);
        var kosong = await client.SubmitAsync($"/Skp/Detail/{id}", new Dictionary<string, string> { ["catatan"] = " " }, "[data-testid=form-revisi]");
        AssertRedirect(kosong, $"/Skp/Detail/{id}");

        var mulai = await client.SubmitAsync($"/Skp/Detail/{id}", new Dictionary<string, string> { ["catatan"] = "Perubahan tugas" }, "[data-testid=form-revisi]");

        Assert.Equal(HttpStatusCode.Redirect, mulai.StatusCode);
        var baruId = int.Parse(mulai.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.NotEqual(id, baruId);
        var lama = await SkpDbAsync(id);
        Assert.Equal((StatusSkp.Disetujui, true), (lama.Status, lama.Direvisi));
        AssertRedirect(await SimpanAsync(client, baruId, AksiEditor.Simpan, new Dictionary<string, string> { ["Rhk[0].Teks"] = "RHK pertama diperbaiki" }), $"/Skp/Ubah/{baruId}");

        var detail = await client.GetDocumentAsync($"/Skp/Detail/{baruId}");
        var perubahan = detail.QuerySelector("[data-testid=perubahan]")!.TextContent;
        Assert.Contains("Perubahan dari revisi 1", perubahan, StringComparison.Ordinal);
        Assert.Contains("RHK pertama diperbaiki", perubahan, StringComparison.Ordinal);
        Assert.Contains("teks", perubahan, StringComparison.Ordinal);
        Assert.Equal(2, detail.QuerySelectorAll("[data-testid=daftar-revisi] li").Length);
        Assert.NotNull(detail.QuerySelector($"[data-testid=daftar-revisi] a[href='/Skp/Detail/{id}']"));
        Assert.Contains("Perubahan tugas", detail.QuerySelector("[data-testid=riwayat-status]")!.TextContent, StringComparison.Ordinal);
        var detailLama = await client.GetDocumentAsync($"/Skp/Detail/{id}");
        Assert.Null(detailLama.QuerySelector("[data-testid=form-revisi]"));
        Assert.Contains("Ekspektasi Kompeten", detailLama.QuerySelector("[data-testid=perilaku-kerja]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_GetRunsAFixedNumberOfQueries_WhateverTheNumberOfRhk()
    {
        var org = await factory.OrganisasiAsync();
        var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var akun2 = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync();
        var penilaiSkp = await SkpLangsungAsync(org.Kabid.PegawaiId!.Value, tahun, 2);
        var rhkPenilai = (await SkpDbAsync(penilaiSkp)).Rhk[0].Id;
        var kecil = await SkpLangsungAsync(akun.PegawaiId!.Value, tahun, 3, 3, rhkPenilai);
        var besar = await SkpLangsungAsync(akun2.PegawaiId!.Value, tahun, 15, 3, rhkPenilai);

        var (qKecil, rhkKecil) = await HitungAsync(kecil, akun);
        var (qBesar, rhkBesar) = await HitungAsync(besar, akun2);

        Assert.Equal((3, 15), (rhkKecil, rhkBesar));
        Assert.Equal(qKecil, qBesar);
        Assert.True(qBesar <= 9, $"{qBesar} queries");

        // Saving the large SKP through the service (as the benchmark does) works without HTTP.
        await factory.WithScopeAsync(async sp =>
        {
            var layanan = sp.GetRequiredService<SkpService>();
            var pengguna = new PenggunaSkp(akun2.PegawaiId, akun2.Login, false);
            var form = (await layanan.FormAsync(besar, pengguna, CancellationToken.None)).Nilai!.Form;
            form.Rhk[14].Iki[2].Nilai = "77";
            var hasil = await layanan.SimpanAsync(form, pengguna, false, CancellationToken.None);
            Assert.Equal(StatusHasil.Berhasil, hasil.Status);
        });
        Assert.Equal(77m, (await SkpDbAsync(besar)).Rhk[14].Indikator[2].Target.Nilai);
    }

    private Task<(int Query, int Rhk)> HitungAsync(int id, AkunUji akun) => factory.WithScopeAsync(async sp =>
    {
        var penghitung = new PenghitungPerintah();
        var options = new DbContextOptionsBuilder<AppDbContext>(sp.GetRequiredService<DbContextOptions<AppDbContext>>()).AddInterceptors(penghitung).Options;
        await using var db = new AppDbContext(options, sp.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var layanan = ActivatorUtilities.CreateInstance<SkpService>(sp, db);
        var hasil = await layanan.FormAsync(id, new PenggunaSkp(akun.PegawaiId, akun.Login, false), CancellationToken.None);
        Assert.Equal(StatusHasil.Berhasil, hasil.Status);
        return (penghitung.Jumlah, hasil.Nilai!.Form.Rhk.Count);
    });
}

public sealed class SkpTestsSqlite(SqliteAppFactory factory) : SkpTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SkpTestsPostgres(PostgresAppFactory factory) : SkpTests(factory), IClassFixture<PostgresAppFactory>;
