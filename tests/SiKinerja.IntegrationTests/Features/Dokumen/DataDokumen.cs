using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>Test data for the document tests: an approved SKP with chosen content, realisasi, feedback, peer input.</summary>
internal static class DataDokumen
{
    /// <summary>The SMART rules relaxed so that long plans (40 RHK) and RHK without a leader's RHK can be approved.</summary>
    private static readonly AturanSkp Longgar = new() { RhkMaksimum = 100, WajibIntervensi = false };

    public sealed record SkpUji(int SkpId, Tahun Tahun, AkunUji Pegawai, OrganisasiUji Org, IReadOnlyList<Guid> Rhk, IReadOnlyList<Guid> Iki);

    /// <summary>
    /// A new year and an approved SKP of a new employee (penilai Kabid, atasan Kadis) whose RHK/IKI <paramref name="isi"/>
    /// adds; approved on 5 January of the year.
    /// </summary>
    public static async Task<SkpUji> SkpAsync(SiKinerjaAppFactory factory, Action<Skp> isi, PendekatanSkp pendekatan = PendekatanSkp.Kuantitatif)
    {
        var org = await factory.OrganisasiAsync();
        var pegawai = await TestData.BuatPegawaiDenganAkunAsync(factory);
        var tahun = await TahunAsync(factory);
        var snapshot = new SnapshotSkp(
            new SnapshotPejabat(pegawai.PegawaiId!.Value, pegawai.Login, pegawai.Nama, "II/a", "Pengatur Muda", "Pengadministrasi Perkantoran", "Bidang Uji"),
            new SnapshotPejabat(org.Kabid.PegawaiId!.Value, org.Kabid.Login, org.Kabid.Nama, "IV/a", "Pembina", "Kepala Bidang Uji", "Bidang Uji"),
            new SnapshotPejabat(org.Kadis.PegawaiId!.Value, org.Kadis.Login, org.Kadis.Nama, "IV/c", "Pembina Utama Muda", "Kepala Dinas Uji", "Dinas Uji"));
        return await factory.WithScopeAsync(async sp =>
        {
            var waktu = new DateTime(tahun.Nomor, 1, 5, 2, 0, 0, DateTimeKind.Utc);
            var skp = Skp.Buat(tahun.Id, tahun.Nomor, new DateOnly(tahun.Nomor, 1, 1), new DateOnly(tahun.Nomor, 12, 31), pendekatan, snapshot, pegawai.Login, waktu);
            isi(skp);
            skp.Ajukan(Longgar, true, pegawai.Login, waktu.AddHours(1));
            skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), org.Kabid.Login, waktu.AddHours(2));
            var db = sp.GetRequiredService<AppDbContext>();
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return new SkpUji(skp.Id, tahun, pegawai, org, [.. skp.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).Select(r => r.Kunci)],
                [.. skp.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).SelectMany(r => r.Indikator.OrderBy(i => i.Urutan)).Select(i => i.Kunci)]);
        });
    }

    public static Task TambahAsync(SiKinerjaAppFactory factory, Action<AppDbContext> tambah) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        tambah(db);
        return await db.SaveChangesAsync();
    });

    /// <summary>A peer (Staf2) asked by the Kabid answers with <paramref name="teks"/> on the RHK and a value.</summary>
    public static async Task MasukanRekanAsync(SiKinerjaAppFactory factory, SkpUji d, int periodeId, Guid rhk, string teks, DateTime waktu)
    {
        var permintaanId = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var r = PermintaanMasukan.Minta(d.SkpId, periodeId, d.Pegawai.PegawaiId!.Value, d.Org.Staf2.PegawaiId!.Value, d.Org.Kabid.PegawaiId!.Value, null, waktu);
            db.PermintaanMasukan.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var r = await db.PermintaanMasukan.FindAsync(permintaanId) ?? throw new InvalidOperationException();
            db.UmpanBalik.AddRange(r.Jawab(d.Org.Staf2.PegawaiId!.Value, d.Org.Staf2.Login,
                [new MasukanRekan(rhk, null, teks), new MasukanRekan(null, NilaiBerakhlak.Kolaboratif, teks + " (kolaboratif)")], waktu.AddHours(1)));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The PDF at <paramref name="url"/> for a signed-in session; fails with the body when not 200.</summary>
    public static async Task<byte[]> PdfAsync(Sesi sesi, string url, string? simpan = null)
    {
        var response = await sesi.Client.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        if (simpan is not null)
        {
            PdfUji.Simpan(pdf, simpan);
        }

        return pdf;
    }

    /// <summary>
    /// Whether the words of <paramref name="kalimat"/> appear in <paramref name="teks"/> in order, with at most a few other
    /// words between two of them: pdftotext reads a narrow table row line by line, so the lines of a wrapped cell can be
    /// interleaved with those of its neighbours. Each word itself must be whole.
    /// </summary>
    public static bool Berurutan(string teks, string kalimat, int selaMaksimum = 12)
    {
        var kata = teks.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cari = kalimat.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var awal = 0; awal < kata.Length; awal++)
        {
            if (kata[awal] != cari[0])
            {
                continue;
            }

            var posisi = awal;
            var j = 1;
            for (; j < cari.Length; j++)
            {
                var berikut = Array.FindIndex(kata, posisi + 1, Math.Min(selaMaksimum + 1, kata.Length - posisi - 1), k => k == cari[j]);
                if (berikut < 0)
                {
                    break;
                }

                posisi = berikut;
            }

            if (j == cari.Length)
            {
                return true;
            }
        }

        return false;
    }

    public static void MemuatBerurutan(string teks, string kalimat) =>
        Assert.True(Berurutan(teks, kalimat), $"Not found in order: \"{kalimat}\" in: {teks}");

    /// <summary>Whitespace collapsed to one space (table cells wrap over lines).</summary>
    public static string Rata(string teks) => System.Text.RegularExpressions.Regex.Replace(teks, @"\s+", " ");
}
