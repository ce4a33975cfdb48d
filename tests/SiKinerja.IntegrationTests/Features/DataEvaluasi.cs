using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;

namespace SiKinerja.IntegrationTests.Features;

/// <summary>A year, approved SKP and evaluations in a chosen state, built through the domain (as EvaluasiPersistensiTests does).</summary>
internal static class DataEvaluasi
{
    private static readonly ConcurrentDictionary<(SiKinerjaAppFactory, int), int> TahunBerikut = new();

    public sealed record Tahun(int Id, int Nomor, IReadOnlyList<int> PeriodeId);

    /// <summary>A signed-in client with the anti-forgery token of its home page, for posting directly.</summary>
    public sealed record Sesi(HtmlClient Client, string Token);

    /// <summary>A new semesteran year for this fixture (from <paramref name="mulai"/> on; each fixture has its own database).</summary>
    public static Task<Tahun> TahunAsync(SiKinerjaAppFactory factory, int mulai = 2030) => factory.WithScopeAsync(async sp =>
    {
        var tahun = TahunBerikut.AddOrUpdate((factory, mulai), mulai, (_, n) => n + 1);
        var t = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
        var db = sp.GetRequiredService<AppDbContext>();
        db.TahunKinerja.Add(t);
        await db.SaveChangesAsync();
        return new Tahun(t.Id, tahun, [.. t.Periode.Select(p => p.Id)]);
    });

    public static SnapshotPejabat Pejabat(AkunUji akun, string jabatan, string unit) =>
        new(akun.PegawaiId!.Value, akun.Login, akun.Nama, "III/a", null, jabatan, unit);

    /// <summary>An approved SKP of <paramref name="pegawai"/> for the whole year with <paramref name="penilai"/> and <paramref name="atasan"/>.</summary>
    public static Task<int> SkpDisetujuiAsync(
        SiKinerjaAppFactory factory, Tahun tahun, SnapshotPejabat pegawai, SnapshotPejabat penilai, SnapshotPejabat? atasan, bool setujui = true) =>
        factory.WithScopeAsync(async sp =>
        {
            var waktu = new DateTime(tahun.Nomor, 1, 5, 2, 0, 0, DateTimeKind.Utc);
            var skp = Skp.Buat(
                tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), PendekatanSkp.Kuantitatif,
                new SnapshotSkp(pegawai, penilai, atasan), pegawai.Nip, waktu);
            for (var r = 1; r <= 3; r++)
            {
                var rencana = skp.TambahRhk(JenisRhk.Utama, $"Rencana hasil kerja {r}", 900 + r);
                skp.TambahIki(rencana, AspekIki.Kuantitas, $"Indikator {r}.1", Target.Angka(12, "dokumen"));
            }

            if (setujui)
            {
                skp.Ajukan(AturanSkp.Bawaan, true, pegawai.Nip, waktu.AddHours(1));
                skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), penilai.Nip, waktu.AddHours(2), null);
            }

            var db = sp.GetRequiredService<AppDbContext>();
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });

    /// <summary>
    /// An evaluation brought to <paramref name="status"/> by the allowed path; final at <paramref name="finalUtc"/> (default: an
    /// hour ago, so the keberatan deadline is open), keberatan filed an hour after that.
    /// </summary>
    public static Task<int> EvaluasiAsync(
        SiKinerjaAppFactory factory, int skpId, int periodeId, int unitId, StatusEvaluasi status,
        Rating hasil = Rating.SesuaiEkspektasi, Rating perilaku = Rating.SesuaiEkspektasi, DateTime? finalUtc = null,
        string penilaiNip = "penilai", string pegawaiNip = "pegawai") =>
        factory.WithScopeAsync(async sp =>
        {
            var final = finalUtc ?? DateTime.UtcNow.AddHours(-1);
            var e = EvaluasiPeriode.Buat(skpId, periodeId, unitId);
            if (status != StatusEvaluasi.Belum)
            {
                e.Nilai(hasil, perilaku, "Catatan penilai", penilaiNip, final.AddHours(-1));
            }

            if (status is StatusEvaluasi.Final or StatusEvaluasi.Diterima or StatusEvaluasi.Keberatan)
            {
                e.Finalkan(penilaiNip, final);
            }

            if (status == StatusEvaluasi.Diterima)
            {
                e.Terima(pegawaiNip, final.AddMinutes(30));
            }

            if (status == StatusEvaluasi.Keberatan)
            {
                e.AjukanKeberatan("Realisasi belum dihitung seluruhnya", pegawaiNip, final.AddMinutes(30));
            }

            var db = sp.GetRequiredService<AppDbContext>();
            db.EvaluasiPeriode.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });

    public static Task<EvaluasiPeriode> MuatAsync(SiKinerjaAppFactory factory, int id) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().EvaluasiPeriode.AsNoTracking().DenganRiwayat().SingleAsync(e => e.Id == id));

    public static async Task<Sesi> MasukAsync(SiKinerjaAppFactory factory, AkunUji akun)
    {
        var client = factory.CreateHtmlClient();
        var masuk = await client.SignInAsync(akun.Login, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        var halaman = await client.GetDocumentAsync("/");
        var token = halaman.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the home page");
        return new Sesi(client, token);
    }

    public static Task<HttpResponseMessage> PostAsync(Sesi sesi, string url, Dictionary<string, string> isian) =>
        sesi.Client.Http.PostAsync(url, new FormUrlEncodedContent([.. isian, new("__RequestVerificationToken", sesi.Token)]));
}
