using System.Net;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>
/// Who may open, score and finalise the scoring page on both providers: the pejabat penilai scores; the employee,
/// the atasan pejabat penilai and the Admin BKD read only (POST 403); anyone else gets 404 for both.
/// </summary>
public abstract class OtorisasiPenilaianTests(SiKinerjaAppFactory factory) : PenilaianUji(factory)
{
    public enum Peran
    {
        PejabatPenilai,
        Pegawai,
        AtasanPejabatPenilai,
        AdminBkd,
        Lain,
    }

    public static TheoryData<Peran, HttpStatusCode, HttpStatusCode> Matriks() => new()
    {
        { Peran.PejabatPenilai, HttpStatusCode.OK, HttpStatusCode.Redirect },
        { Peran.Pegawai, HttpStatusCode.OK, HttpStatusCode.Forbidden },
        { Peran.AtasanPejabatPenilai, HttpStatusCode.OK, HttpStatusCode.Forbidden },
        { Peran.AdminBkd, HttpStatusCode.OK, HttpStatusCode.Forbidden },
        { Peran.Lain, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Matriks))]
    public async Task ScoringPage_AnswersEachRoleAsDesigned(Peran peran, HttpStatusCode baca, HttpStatusCode simpan)
    {
        var org = await Factory.OrganisasiAsync();
        var tahun = await TahunAsync();
        var tim = await TimAsync(1);
        var skp = (await SkpAsync(tahun, tim.Kepala, tim.Bawahan[0]))[0];
        var periode = tahun.PeriodeId[0];
        var login = peran switch
        {
            Peran.PejabatPenilai => tim.Kepala.Nip,
            Peran.Pegawai => tim.Bawahan[0].Nip,
            Peran.AtasanPejabatPenilai => org.Kadis.Login,
            Peran.AdminBkd => org.AdminBkd.Login,
            _ => org.Staf2.Login,
        };
        using var client = await MasukAsync(login);

        var get = await client.Http.GetAsync(Url(skp.Id, periode));
        Assert.Equal(baca, get.StatusCode);
        if (baca == HttpStatusCode.OK)
        {
            var doc = await HtmlClient.ParseAsync(get);
            Assert.Equal(peran == Peran.PejabatPenilai, doc.QuerySelector("select[name=RatingHasil]") is not null);
        }

        // The anti-forgery token of any page of this user is good for the POST.
        var beranda = await client.GetDocumentAsync("/");
        var token = beranda.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.Http.PostAsync(Url(skp.Id, periode), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = "0", ["RatingHasil"] = "DiBawahEkspektasi", ["RatingPerilaku"] = "DiBawahEkspektasi", ["Aksi"] = "simpan",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(simpan, post.StatusCode);
        var e = await EvaluasiAsync(skp.Id, periode);
        Assert.Equal(peran == Peran.PejabatPenilai ? PredikatKinerja.SangatKurang : null, e?.Predikat);

        var tim2 = await client.Http.GetAsync($"/Evaluasi/Tim?periode={periode}");
        if (tim2.StatusCode == HttpStatusCode.OK)
        {
            var doc = await HtmlClient.ParseAsync(tim2);
            Assert.Equal(peran == Peran.PejabatPenilai, doc.QuerySelectorAll("[data-testid=baris-tim]").Any(r => r.GetAttribute("data-skp") == S(skp.Id)));
        }
    }
}

public sealed class OtorisasiPenilaianTestsSqlite(SqliteAppFactory factory) : OtorisasiPenilaianTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class OtorisasiPenilaianTestsPostgres(PostgresAppFactory factory) : OtorisasiPenilaianTests(factory), IClassFixture<PostgresAppFactory>;
