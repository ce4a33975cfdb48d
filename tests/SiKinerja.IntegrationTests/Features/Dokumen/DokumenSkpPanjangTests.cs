using System.Globalization;
using SiKinerja.Domain.Skp;
using SiKinerja.IntegrationTests.Infrastructure;
using static SiKinerja.IntegrationTests.Features.DataEvaluasi;
using static SiKinerja.IntegrationTests.Features.Dokumen.DataDokumen;

namespace SiKinerja.IntegrationTests.Features.Dokumen;

/// <summary>
/// Issue 5: a long SKP (40 RHK, each with one or two IKI) over several pages, and its UMPAN BALIK: the table header on
/// every page with Hasil Kerja rows, "Halaman X dari N" on each page, the last RHK printed, no RHK cut across pages.
/// </summary>
public abstract class DokumenSkpPanjangTests(SiKinerjaAppFactory factory)
{
    private const int JumlahRhk = 40;

    /// <summary>
    /// A long RHK text (wraps over several lines in its column), unique by its number, beginning and ending with a marker
    /// word of its own (a word is never split by pdftotext, lines of neighbouring cells may be interleaved).
    /// </summary>
    private static string Teks(int n) => string.Create(CultureInfo.InvariantCulture,
        $"Awal{n:00}: tersusunnya dokumen perencanaan, pelaksanaan, dan pelaporan kegiatan bidang yang lengkap, akurat, dan tepat waktu sesuai ketentuan Akhir{n:00}");

    private static string Awal(int n) => string.Create(CultureInfo.InvariantCulture, $"Awal{n:00}:");

    private static string Akhir(int n) => string.Create(CultureInfo.InvariantCulture, $"Akhir{n:00}");

    private async Task<SkpUji> SkpPanjangAsync() => await SkpAsync(factory, skp =>
    {
        for (var n = 1; n <= JumlahRhk; n++)
        {
            var r = skp.TambahRhk(n % 5 == 0 ? JenisRhk.Tambahan : JenisRhk.Utama, Teks(n));
            skp.TambahIki(r, AspekIki.Kuantitas, string.Create(CultureInfo.InvariantCulture, $"Jumlah dokumen nomor {n:00} yang diselesaikan"), Target.Angka(n, "dokumen"));
            if (n % 2 == 0)
            {
                skp.TambahIki(r, AspekIki.Kualitas, string.Create(CultureInfo.InvariantCulture, $"Persentase dokumen nomor {n:00} tanpa revisi"), Target.Rentang(80, 100, "%"));
            }
        }
    });

    [Fact]
    public async Task Skp_panjang_berhalaman_banyak_dengan_kepala_tabel_di_setiap_halaman_dan_baris_utuh()
    {
        var d = await SkpPanjangAsync();
        var sesi = await MasukAsync(factory, d.Pegawai);

        await PeriksaAsync(await PdfAsync(sesi, $"/Dokumen/Skp/{d.SkpId}", "skp-panjang"));
    }

    [Fact]
    public async Task UmpanBalik_panjang_berhalaman_banyak_dengan_kepala_tabel_di_setiap_halaman_dan_baris_utuh()
    {
        var d = await SkpPanjangAsync();
        var sesi = await MasukAsync(factory, d.Org.Kabid);

        await PeriksaAsync(await PdfAsync(sesi, $"/Dokumen/UmpanBalik/{d.SkpId}/{d.Tahun.PeriodeId[0]}", "umpan-balik-panjang"));
    }

    private static async Task PeriksaAsync(byte[] pdf)
    {
        var jumlah = await PdfUji.JumlahHalamanAsync(pdf);
        var halaman = (await PdfUji.HalamanAsync(pdf)).Select(Rata).ToList();

        Assert.True(jumlah > 2, $"{jumlah} pages");
        Assert.Equal(jumlah, halaman.Count);
        for (var i = 0; i < jumlah; i++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Halaman {i + 1} dari {jumlah}"), halaman[i], StringComparison.Ordinal);
        }

        // Every RHK printed whole on exactly one page (its first and last words there, nowhere else), and that page
        // carries the repeated table header.
        var halamanRhk = new HashSet<int>();
        for (var n = 1; n <= JumlahRhk; n++)
        {
            var awal = Enumerable.Range(0, jumlah).Where(i => halaman[i].Split(' ').Contains(Awal(n))).ToList();
            var akhir = Enumerable.Range(0, jumlah).Where(i => halaman[i].Split(' ').Contains(Akhir(n))).ToList();
            Assert.True(awal.Count == 1 && akhir.SequenceEqual(awal), $"RHK {n}: starts on pages [{string.Join(",", awal)}], ends on [{string.Join(",", akhir)}]");
            MemuatBerurutan(halaman[awal[0]], Teks(n));
            halamanRhk.Add(awal[0]);
        }

        Assert.True(halamanRhk.Count > 1, "the Hasil Kerja rows span several pages");
        foreach (var i in halamanRhk)
        {
            Assert.Contains("RENCANA HASIL KERJA", halaman[i], StringComparison.Ordinal);
            Assert.Contains("INDIKATOR KINERJA INDIVIDU", halaman[i], StringComparison.Ordinal);
        }

        MemuatBerurutan(string.Join(" ", halaman), Teks(JumlahRhk));
    }
}

public sealed class DokumenSkpPanjangTestsSqlite(SqliteAppFactory f) : DokumenSkpPanjangTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DokumenSkpPanjangTestsPostgres(PostgresAppFactory f) : DokumenSkpPanjangTests(f), IClassFixture<PostgresAppFactory>;
