using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using SiKinerja.Web.Features.Dokumen;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using NipFormat = SiKinerja.Domain.Kepegawaian.Nip;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: the unit's PENETAPAN PREDIKAT KINERJA PEGAWAI as PDF: organisation predikat and its curve rule, counts and
/// shares per predikat of the final evaluations, the employee list, the override reason, the unit head's signature; who prints.
/// </summary>
public abstract class DokumenPenetapanTests(SiKinerjaAppFactory factory)
{
    private sealed record Pegawai(AkunUji Akun, Rating Hasil, Rating Perilaku, StatusEvaluasi Status, string? Alasan = null);

    private sealed record Data(OrganisasiUji Org, Tahun Tahun, IReadOnlyList<Pegawai> Pegawai, string Url);

    private static DateTime Waktu(Tahun tahun, int hari) => new(tahun.Nomor, 7, hari, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Five new staff of the Bidang evaluated in Semester I: four final (Sangat Baik, Baik, Baik, Butuh Perbaikan; one
    /// finalised against the curve with a reason), one only scored; the Bidang's organisation predikat Baik.
    /// </summary>
    private async Task<Data> DataAsync()
    {
        var org = await factory.OrganisasiAsync();
        var tahun = await TahunAsync(factory);
        var rencana = new (Rating Hasil, Rating Perilaku, StatusEvaluasi Status, string? Alasan)[]
        {
            (Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, StatusEvaluasi.Final, null),
            (Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, StatusEvaluasi.Diterima, null),
            (Rating.DiAtasEkspektasi, Rating.SesuaiEkspektasi, StatusEvaluasi.Final, "Unit kecil, pengecualian <b>kurva</b> disetujui"),
            (Rating.DiBawahEkspektasi, Rating.SesuaiEkspektasi, StatusEvaluasi.Keberatan, null),
            (Rating.DiAtasEkspektasi, Rating.DiAtasEkspektasi, StatusEvaluasi.Dinilai, null),
        };
        var pegawai = new List<Pegawai>();
        for (var i = 0; i < rencana.Length; i++)
        {
            var r = rencana[i];
            var akun = await TestData.BuatPegawaiDenganAkunAsync(factory);
            var skpId = await SkpDisetujuiAsync(
                factory, tahun, Pejabat(akun, "Pengadministrasi Perkantoran", "Bidang Uji"), Pejabat(org.Kabid, "Kepala Bidang Uji", "Bidang Uji"),
                Pejabat(org.Kadis, "Kepala Dinas Uji", "Dinas Uji"));
            var hari = i + 1;
            await factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var e = EvaluasiPeriode.Buat(skpId, tahun.PeriodeId[0], org.UnitBidangId);
                e.Nilai(r.Hasil, r.Perilaku, null, org.Kabid.Login, Waktu(tahun, hari));
                if (r.Status != StatusEvaluasi.Dinilai)
                {
                    e.Finalkan(org.Kabid.Login, Waktu(tahun, hari).AddHours(1), r.Alasan);
                }

                if (r.Status == StatusEvaluasi.Diterima)
                {
                    e.Terima(akun.Login, Waktu(tahun, hari).AddHours(2));
                }

                if (r.Status == StatusEvaluasi.Keberatan)
                {
                    e.AjukanKeberatan("Keberatan uji", akun.Login, Waktu(tahun, hari).AddHours(2));
                }

                db.EvaluasiPeriode.Add(e);
                await db.SaveChangesAsync();
            });
            pegawai.Add(new Pegawai(akun, r.Hasil, r.Perilaku, r.Status, r.Alasan));
        }

        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.PredikatOrganisasiUnit.Add(PredikatOrganisasiUnit.Tetapkan(org.UnitBidangId, tahun.PeriodeId[0], PredikatOrganisasi.Baik, null, org.Kadis.Login, Waktu(tahun, 1).AddDays(-3)));
            await db.SaveChangesAsync();
        });
        return new Data(org, tahun, pegawai, $"/Dokumen/PenetapanPredikat/{org.UnitBidangId}/{tahun.PeriodeId[0]}");
    }

    private async Task<(HttpStatusCode Status, byte[] Isi)> GetAsync(AkunUji akun, string url)
    {
        var sesi = await MasukAsync(factory, akun);
        var response = await sesi.Client.Http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Penetapan_memuat_predikat_organisasi_kurva_jumlah_persen_daftar_pegawai_alasan_dan_tanda_tangan_kepala_unit()
    {
        var d = await DataAsync();

        var (status, pdf) = await GetAsync(d.Org.AdminBkd, d.Url);

        Assert.Equal(HttpStatusCode.OK, status);
        PdfUji.Simpan(pdf, "penetapan-predikat");
        var teks = await PdfUji.TeksRataAsync(pdf);
        Assert.Contains("PENETAPAN PREDIKAT KINERJA PEGAWAI", teks, StringComparison.Ordinal);
        Assert.Contains("Unit kerja Bidang Uji", teks, StringComparison.Ordinal);
        Assert.Contains("Perangkat daerah Dinas Uji", teks, StringComparison.Ordinal);
        Assert.Contains($"Periode evaluasi Semester I {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains($"PERIODE PENILAIAN 1 Januari {d.Tahun.Nomor} s.d. 30 Juni {d.Tahun.Nomor}", teks, StringComparison.Ordinal);
        Assert.Contains("Capaian kinerja organisasi (predikat organisasi) BAIK", teks, StringComparison.Ordinal);
        Assert.Contains("Paling banyak 70 % Baik", teks, StringComparison.Ordinal);
        Assert.Contains("Wajib ada Butuh Perbaikan dan/atau Kurang/Misconduct", teks, StringComparison.Ordinal);

        // Four final evaluations (Final, Diterima, Keberatan); the one only scored is not counted.
        Assert.Contains("1 Sangat Baik 1 25 %", teks, StringComparison.Ordinal);
        Assert.Contains("2 Baik 2 50 %", teks, StringComparison.Ordinal);
        Assert.Contains("3 Butuh Perbaikan 1 25 %", teks, StringComparison.Ordinal);
        // pdftotext sometimes drops the narrow space before "%".
        Assert.Matches("4 Kurang/Misconduct 0 0 ?%", teks);
        Assert.Matches("5 Sangat Kurang 0 0 ?%", teks);
        Assert.Matches("Jumlah 4 100 ?%", teks);
        Assert.Contains("Distribusi predikat sesuai dengan kurva.", teks, StringComparison.Ordinal);
        Assert.Contains("ALASAN PENGECUALIAN KURVA Unit kecil, pengecualian <b>kurva</b> disetujui", teks, StringComparison.Ordinal);

        foreach (var p in d.Pegawai.Take(4))
        {
            Assert.Contains(p.Akun.Nama, teks, StringComparison.Ordinal);
            Assert.Contains(NipFormat.Format(p.Akun.Login), teks, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(NipFormat.Format(d.Pegawai[4].Akun.Login), teks, StringComparison.Ordinal);
        Assert.Contains("Di Atas Ekspektasi Di Atas Ekspektasi Sangat Baik", teks, StringComparison.Ordinal);
        Assert.Contains("Di Bawah Ekspektasi Sesuai Ekspektasi Butuh Perbaikan", teks, StringComparison.Ordinal);

        // Signed by the unit head on the day of the latest finalisation in the unit (the fourth, 4 July).
        Assert.Contains($"Sukamaju, 4 Juli {d.Tahun.Nomor} Kepala Bidang Uji", teks, StringComparison.Ordinal);
        Assert.Contains(d.Org.Kabid.Nama, teks, StringComparison.Ordinal);
        Assert.Contains($"NIP {NipFormat.Format(d.Org.Kabid.Login)}", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dicetak_admin_kepala_unit_dan_kepala_unit_induk_staf_404_tanpa_final_404()
    {
        var d = await DataAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Org.AdminBkd, d.Url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Org.Kabid, d.Url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(d.Org.Kadis, d.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.Staf2, d.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Pegawai[0].Akun, d.Url)).Status);

        // Semester II has no final evaluation in the unit; the Dinas none in Semester I.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, $"/Dokumen/PenetapanPredikat/{d.Org.UnitBidangId}/{d.Tahun.PeriodeId[1]}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(d.Org.AdminBkd, $"/Dokumen/PenetapanPredikat/{d.Org.UnitDinasId}/{d.Tahun.PeriodeId[0]}")).Status);

        // The print buttons: the Admin BKD's unit page and the team page of the pejabat penilai.
        var admin = await MasukAsync(factory, d.Org.AdminBkd);
        var unit = await admin.Client.GetDocumentAsync($"/ProgresEvaluasi/Unit/{d.Org.UnitBidangId}?periode={d.Tahun.PeriodeId[0]}");
        Assert.Equal(d.Url, unit.QuerySelector("[data-testid=cetak-penetapan]")?.GetAttribute("href"));
        var kabid = await MasukAsync(factory, d.Org.Kabid);
        var tim = await kabid.Client.GetDocumentAsync($"/Evaluasi/Tim?periode={d.Tahun.PeriodeId[0]}");
        Assert.Equal(d.Url, tim.QuerySelector($"[data-testid=grup-unit][data-unit='{d.Org.UnitBidangId}'] [data-testid=cetak-penetapan]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Daftar_cetak_massal_satu_kunci_per_unit_dengan_final_dan_susun_sekaligus()
    {
        var d = await DataAsync();

        await factory.WithScopeAsync(async sp =>
        {
            var layanan = sp.GetRequiredService<LayananDokumen>();
            var pilihan = new PilihanCetak(JenisDokumen.PenetapanPredikat, d.Tahun.Nomor, d.Tahun.PeriodeId[0], [d.Org.UnitBidangId, d.Org.UnitDinasId]);
            var kunci = await layanan.Penyusun(JenisDokumen.PenetapanPredikat).DaftarAsync(pilihan, CancellationToken.None);
            Assert.Equal([new KunciDokumen(JenisDokumen.PenetapanPredikat, d.Org.UnitBidangId, d.Tahun.PeriodeId[0])], kunci);
            var penetapan = Assert.IsType<DokumenPenetapanModel>((await layanan.SusunAsync(kunci, CancellationToken.None)).Single().Value.Model);
            Assert.Equal(4, penetapan.Total);
            Assert.Equal([1, 2, 1, 0, 0], penetapan.Distribusi.Select(x => x.Jumlah));
            Assert.Equal(["Unit kecil, pengecualian <b>kurva</b> disetujui"], penetapan.AlasanPengecualian);

            // The employees' decision sheets of the same selection, built in one call.
            var evaluasi = await layanan.Penyusun(JenisDokumen.DokumenEvaluasi).DaftarAsync(pilihan with { Jenis = JenisDokumen.DokumenEvaluasi }, CancellationToken.None);
            Assert.Equal(4, evaluasi.Count);
            var isi = await layanan.SusunAsync(evaluasi, CancellationToken.None);
            Assert.Equal(evaluasi.ToHashSet(), isi.Keys.ToHashSet());
        });
    }
}

public sealed class DokumenPenetapanTestsSqlite(SqliteAppFactory f) : DokumenPenetapanTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenPenetapanTestsPostgres(PostgresAppFactory f) : DokumenPenetapanTests(f), IClassFixture<PostgresAppFactory>;
