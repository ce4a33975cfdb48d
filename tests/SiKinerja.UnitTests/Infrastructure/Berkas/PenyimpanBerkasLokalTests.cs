using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using SiKinerja.Infrastructure.Berkas;

namespace SiKinerja.UnitTests.Infrastructure.Berkas;

public sealed class PenyimpanBerkasLokalTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "sikinerja-berkas-" + Guid.NewGuid().ToString("N"));

    public PenyimpanBerkasLokalTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private PenyimpanBerkasLokal Penyimpan(string folder = "data/berkas", int mb = 1, string? webRoot = null)
    {
        var env = new Mock<IWebHostEnvironment>();
        env.SetupGet(e => e.ContentRootPath).Returns(_contentRoot);
        env.SetupGet(e => e.WebRootPath).Returns(webRoot ?? Path.Combine(_contentRoot, "wwwroot"));
        return new PenyimpanBerkasLokal(Options.Create(new BerkasOptions { Folder = folder, UkuranMaksimumMb = mb }), env.Object,
            NullLogger<PenyimpanBerkasLokal>.Instance);
    }

    private static string[] SemuaBerkas(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];

    public static TheoryData<string, string> Jenis() => new()
    {
        { "laporan.pdf", "application/pdf" },
        { "foto.png", "image/png" },
        { "foto.jpg", "image/jpeg" },
        { "rekap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "surat.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    private static byte[] Isi(string nama) => Path.GetExtension(nama) switch
    {
        ".pdf" => ContohBerkas.Pdf(),
        ".png" => ContohBerkas.Png(),
        ".jpg" => ContohBerkas.Jpeg(),
        ".xlsx" => ContohBerkas.Xlsx(),
        _ => ContohBerkas.Docx(),
    };

    [Theory]
    [MemberData(nameof(Jenis))]
    public async Task Stored_OpensWithTheSameBytesAndContentType(string nama, string contentType)
    {
        var penyimpan = Penyimpan();
        var isi = Isi(nama);

        var simpan = await penyimpan.SimpanAsync(new MemoryStream(isi), nama, CancellationToken.None);

        Assert.True(simpan.Berhasil, simpan.Pemeriksaan.Galat);
        Assert.True(KunciBerkas.Valid(simpan.Kunci));
        Assert.Equal(isi.Length, simpan.Ukuran);
        Assert.Equal(nama, simpan.Pemeriksaan.NamaTampilan);
        await using var buka = await penyimpan.BukaAsync(simpan.Kunci!, CancellationToken.None);
        Assert.NotNull(buka);
        Assert.Equal(contentType, buka.ContentType);
        Assert.Equal(isi.Length, buka.Ukuran);
        using var salinan = new MemoryStream();
        await buka.Isi.CopyToAsync(salinan);
        Assert.Equal(isi, salinan.ToArray());
    }

    [Fact]
    public async Task Stored_IsInTheConfiguredFolderUnderItsKeyNotTheUsersName()
    {
        var penyimpan = Penyimpan();

        var simpan = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Pdf()), "Laporan Budi.pdf", CancellationToken.None);

        Assert.Equal(Path.Combine(_contentRoot, "data", "berkas"), penyimpan.Akar);
        var berkas = Assert.Single(SemuaBerkas(penyimpan.Akar));
        Assert.Equal(Path.Combine(penyimpan.Akar, simpan.Kunci!), berkas);
        Assert.DoesNotContain("Budi", berkas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoUploadsOfTheSameName_GetDifferentKeys()
    {
        var penyimpan = Penyimpan();

        var a = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Pdf()), "a.pdf", CancellationToken.None);
        var b = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Pdf()), "a.pdf", CancellationToken.None);

        Assert.NotEqual(a.Kunci, b.Kunci);
        Assert.Equal(2, SemuaBerkas(penyimpan.Akar).Length);
    }

    [Fact]
    public async Task Delete_RemovesTheFile()
    {
        var penyimpan = Penyimpan();
        var simpan = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Png()), "foto.png", CancellationToken.None);

        Assert.True(await penyimpan.HapusAsync(simpan.Kunci!, CancellationToken.None));

        Assert.Null(await penyimpan.BukaAsync(simpan.Kunci!, CancellationToken.None));
        Assert.False(await penyimpan.HapusAsync(simpan.Kunci!, CancellationToken.None));
        Assert.Empty(SemuaBerkas(penyimpan.Akar));
    }

    [Fact]
    public async Task UnknownValidKey_OpensNothing()
    {
        Assert.Null(await Penyimpan().BukaAsync(KunciBerkas.Baru(JenisBerkas.Pdf), CancellationToken.None));
    }

    [Theory]
    [InlineData("../../rahasia.pdf")]
    [InlineData("..\\..\\rahasia.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("ab/../../rahasia.pdf")]
    [InlineData("rahasia.pdf")]
    [InlineData("ab/ab000000000000000000000000000000.exe")]
    [InlineData("cd/ab000000000000000000000000000000.pdf")]
    [InlineData("AB/AB000000000000000000000000000000.pdf")]
    [InlineData("ab/ab000000000000000000000000000000.pdf\n")]
    [InlineData("")]
    public async Task TraversalOrMalformedKey_IsRefused(string kunci)
    {
        var penyimpan = Penyimpan();
        var luar = Path.Combine(_contentRoot, "rahasia.pdf");
        await File.WriteAllBytesAsync(luar, ContohBerkas.Pdf());

        Assert.False(KunciBerkas.Valid(kunci));
        Assert.Null(await penyimpan.BukaAsync(kunci, CancellationToken.None));
        Assert.False(await penyimpan.HapusAsync(kunci, CancellationToken.None));
        Assert.True(File.Exists(luar));
    }

    [Fact]
    public async Task RefusedFile_LeavesNothingBehind()
    {
        var penyimpan = Penyimpan();

        var exe = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Exe()), "laporan.pdf", CancellationToken.None);
        var besar = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Ulang(ContohBerkas.Pdf(), 1024 * 1024 + 1)), "besar.pdf", CancellationToken.None);
        var kosong = await penyimpan.SimpanAsync(new MemoryStream(), "kosong.pdf", CancellationToken.None);
        var nama = await penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Pdf()), "../x.pdf", CancellationToken.None);

        Assert.Equal(HasilPeriksaBerkas.JenisTidakDiizinkan, exe.Pemeriksaan.Galat);
        Assert.Equal(HasilPeriksaBerkas.TerlaluBesar, besar.Pemeriksaan.Galat);
        Assert.Equal(["1"], besar.Pemeriksaan.Argumen);
        Assert.Equal(HasilPeriksaBerkas.Kosong, kosong.Pemeriksaan.Galat);
        Assert.Equal(HasilPeriksaBerkas.NamaTidakValid, nama.Pemeriksaan.Galat);
        Assert.All([exe, besar, kosong, nama], h => Assert.Null(h.Kunci));
        Assert.Empty(SemuaBerkas(penyimpan.Akar));
    }

    [Fact]
    public async Task StreamFailingHalfWay_LeavesNoFile()
    {
        var penyimpan = Penyimpan();

        await Assert.ThrowsAsync<IOException>(() =>
            penyimpan.SimpanAsync(new PutusDiTengah(ContohBerkas.Ulang(ContohBerkas.Pdf(), 200_000)), "laporan.pdf", CancellationToken.None));

        Assert.True(Directory.Exists(Path.Combine(penyimpan.Akar, "tmp")));
        Assert.Empty(SemuaBerkas(penyimpan.Akar));
    }

    [Fact]
    public async Task CancelledUpload_LeavesNoFile()
    {
        var penyimpan = Penyimpan();
        using var batal = new CancellationTokenSource();
        await batal.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            penyimpan.SimpanAsync(new MemoryStream(ContohBerkas.Pdf()), "laporan.pdf", batal.Token));

        Assert.Empty(SemuaBerkas(penyimpan.Akar));
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/berkas")]
    [InlineData("data/../wwwroot/uploads")]
    public void FolderUnderTheWebRoot_IsRefusedAtStart(string folder)
    {
        Assert.Throws<InvalidOperationException>(() => Penyimpan(folder));
    }

    [Fact]
    public void FolderUnderACustomWebRoot_IsRefusedAtStart()
    {
        Assert.Throws<InvalidOperationException>(() => Penyimpan("publik/berkas", webRoot: Path.Combine(_contentRoot, "publik")));
    }

    [Fact]
    public void AbsoluteFolder_IsUsedAsIs()
    {
        var folder = Path.Combine(_contentRoot, "di-luar");

        Assert.Equal(folder, Penyimpan(folder).Akar);
    }

    /// <summary>A request body whose connection drops after the first read.</summary>
    private sealed class PutusDiTengah(byte[] isi) : MemoryStream(isi)
    {
        private int _bacaan;

        public override int Read(byte[] buffer, int offset, int count) =>
            ++_bacaan > 1 ? throw new IOException("koneksi terputus") : base.Read(buffer, offset, Math.Min(count, 1000));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ++_bacaan > 1 ? throw new IOException("koneksi terputus") : base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
