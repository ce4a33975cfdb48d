using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Web.Demo;

namespace SiKinerja.BrowserTests;

/// <summary>
/// Issue 4 part 5 in a real browser: the demo Pegawai (Ahmad Fauzi) files a keberatan against a final semester I evaluation by
/// his Pejabat penilai (Euis Komalasari); her own supervisor, the atasan pejabat penilai, finds it on his home page, rejects it
/// with a reason; the Pegawai sees the decision and acknowledges the evaluation. The final evaluation is made here through the
/// DbContext on the Pegawai's approved SKP of last year (the demo gives him none this year: the planning test creates it), so no
/// other browser test depends on it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeberatanBrowserTests(BrowserFixture fixture)
{
    private const string Sandi = "Atasan#2026";
    private const string Alasan = "Realisasi kegiatan pendampingan Dapodik bulan Mei belum dihitung dalam penilaian.";
    private const string AlasanTolak = "Kegiatan pendampingan bulan Mei sudah dihitung pada RHK kedua; penilaian sesuai bukti dukung.";

    /// <summary>The final evaluation (id, period label) and the atasan pejabat penilai's login, who gets an account here.</summary>
    private async Task<(int EvaluasiId, string Periode, string LoginAtasan)> SiapkanAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var nipPegawai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pegawai").Login);
        var nipPenilai = Nip.Normalize(DemoSeeder.AkunDemo.First(a => a.Peran == "Pejabat penilai").Login);
        var pegawai = await db.Pegawai.Where(p => p.Nip == nipPegawai).Select(p => new { p.Id, p.Jabatan!.UnitKerjaId }).SingleAsync();
        var skp = await db.Skp.AsNoTracking().Where(s => s.PegawaiId == pegawai.Id && s.Status == StatusSkp.Disetujui)
            .OrderBy(s => s.Tahun)
            .Select(s => new { s.Id, s.Tahun, s.TahunKinerjaId, PenilaiNip = s.Snapshot.PejabatPenilai!.Nip, AtasanId = s.Snapshot.AtasanPejabatPenilai!.PegawaiId })
            .FirstAsync();
        Assert.Equal(nipPenilai, skp.PenilaiNip);
        var periodeId = await db.PeriodeEvaluasi.Where(p => p.TahunKinerjaId == skp.TahunKinerjaId && p.Nomor == 1).Select(p => p.Id).SingleAsync();

        var sekarang = DateTime.UtcNow;
        var evaluasi = EvaluasiPeriode.Buat(skp.Id, periodeId, pegawai.UnitKerjaId);
        evaluasi.Nilai(Rating.SesuaiEkspektasi, Rating.SesuaiEkspektasi, "Target data pokok tercapai; perlu meningkatkan ketepatan waktu laporan.", nipPenilai, sekarang.AddHours(-2));
        evaluasi.Finalkan(nipPenilai, sekarang.AddHours(-1));
        db.EvaluasiPeriode.Add(evaluasi);
        await db.SaveChangesAsync();

        var nipAtasan = await db.Pegawai.Where(p => p.Id == skp.AtasanId).Select(p => p.Nip).SingleAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(nipAtasan) is null)
        {
            var hasil = await users.CreateAsync(new AppUser { UserName = nipAtasan, PegawaiId = skp.AtasanId }, Sandi);
            Assert.True(hasil.Succeeded, string.Join("; ", hasil.Errors.Select(e => e.Code)));
        }

        return (evaluasi.Id, $"Semester I {skp.Tahun}", nipAtasan);
    }

    [Fact]
    public async Task Pegawai_FilesAKeberatan_AtasanPejabatPenilaiRejectsItWithAReason_PegawaiSeesTheDecision()
    {
        var (id, periode, loginAtasan) = await SiapkanAsync();

        // 1. The Pegawai sees the pending response on his home page and files the keberatan from the evaluation page.
        var pegawai = await fixture.MasukDemoAsync("Pegawai");
        var tanggapan = pegawai.GetByTestId("perlu-tindakan").GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"Evaluasi periode {periode} menunggu tanggapan Anda") });
        await Assertions.Expect(tanggapan).ToBeVisibleAsync();
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "Evaluasi saya", Exact = true }).ClickAsync();
        await pegawai.GetByTestId("daftar-evaluasi").GetByRole(AriaRole.Link, new() { Name = periode }).ClickAsync();
        await Assertions.Expect(pegawai).ToHaveURLAsync(new Regex($"/HasilEvaluasi/{id}$"));
        await Assertions.Expect(pegawai.GetByTestId("predikat")).ToHaveTextAsync("Baik");
        await Assertions.Expect(pegawai.GetByTestId("batas-keberatan")).ToContainTextAsync("ajukan keberatan sampai");
        await pegawai.GetByLabel("Alasan keberatan").FillAsync(Alasan);
        await pegawai.GetByRole(AriaRole.Button, new() { Name = "Ajukan keberatan" }).ClickAsync();
        await Assertions.Expect(pegawai.GetByRole(AriaRole.Status)).ToContainTextAsync("Keberatan diajukan.");
        await Assertions.Expect(pegawai.GetByTestId("status-evaluasi")).ToHaveAttributeAsync("data-status", "Keberatan");
        await Assertions.Expect(pegawai.GetByTestId("keputusan-keberatan")).ToHaveAttributeAsync("data-keputusan", "menunggu");
        await Assertions.Expect(pegawai.GetByTestId("form-keberatan")).ToHaveCountAsync(0);

        // 2. The Pejabat penilai reads it but cannot decide it.
        var penilai = await fixture.MasukDemoAsync("Pejabat penilai");
        await penilai.GotoAsync($"/HasilEvaluasi/{id}");
        await Assertions.Expect(penilai.GetByTestId("alasan-keberatan")).ToHaveTextAsync(Alasan);
        await Assertions.Expect(penilai.GetByTestId("tautan-putuskan")).ToHaveCountAsync(0);

        // 3. The atasan pejabat penilai finds it on his home page, opens it from the inbox and rejects it with a reason.
        var atasan = await fixture.NewPageAsync();
        await atasan.GotoAsync("/Akun/Masuk");
        await atasan.GetByLabel("NIP atau e-mail").FillAsync(loginAtasan);
        await atasan.GetByLabel("Kata sandi").FillAsync(Sandi);
        await atasan.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await atasan.GetByTestId("perlu-tindakan").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("keberatan menunggu keputusan") }).ClickAsync();
        await Assertions.Expect(atasan).ToHaveURLAsync(new Regex("/HasilEvaluasi/Keberatan$"));
        await atasan.GetByTestId("kotak-keberatan").Locator($"tr[data-evaluasi='{id}']").GetByRole(AriaRole.Link, new() { Name = "Ahmad Fauzi" }).ClickAsync();
        await Assertions.Expect(atasan).ToHaveURLAsync(new Regex($"/HasilEvaluasi/Keberatan/{id}$"));
        await Assertions.Expect(atasan.GetByTestId("alasan-keberatan")).ToHaveTextAsync(Alasan);
        await Assertions.Expect(atasan.GetByTestId("rating-hasil")).ToHaveTextAsync("Sesuai Ekspektasi");
        // No reason: the form says so and nothing is decided.
        await atasan.GetByRole(AriaRole.Button, new() { Name = "Tolak keberatan" }).ClickAsync();
        await Assertions.Expect(atasan.Locator("[data-valmsg-for='TolakKeberatan.Alasan']")).ToHaveTextAsync("Alasan wajib diisi.");
        await atasan.GetByLabel("Alasan penolakan").FillAsync(AlasanTolak);
        await atasan.GetByRole(AriaRole.Button, new() { Name = "Tolak keberatan" }).ClickAsync();
        await Assertions.Expect(atasan.GetByRole(AriaRole.Status)).ToContainTextAsync("Keberatan ditolak.");
        await Assertions.Expect(atasan.GetByTestId("status-evaluasi")).ToHaveAttributeAsync("data-status", "Final");

        // 4. The Pegawai sees the decision with its reason, cannot object again, and acknowledges the evaluation.
        await pegawai.ReloadAsync();
        await Assertions.Expect(pegawai.GetByTestId("keputusan-keberatan")).ToHaveAttributeAsync("data-keputusan", "ditolak");
        await Assertions.Expect(pegawai.GetByTestId("keputusan-keberatan")).ToContainTextAsync(AlasanTolak);
        await Assertions.Expect(pegawai.GetByTestId("form-keberatan")).ToHaveCountAsync(0);
        await Assertions.Expect(pegawai.GetByTestId("riwayat-evaluasi").Locator("li")).ToHaveCountAsync(4);
        await pegawai.GetByRole(AriaRole.Button, new() { Name = "Terima evaluasi" }).ClickAsync();
        await Assertions.Expect(pegawai.GetByTestId("status-evaluasi")).ToHaveAttributeAsync("data-status", "Diterima");
        await pegawai.FotoAsync("keberatan-pegawai");

        var status = await fixture.DenganDbAsync(db => db.EvaluasiPeriode.Where(e => e.Id == id).Select(e => e.Status).SingleAsync());
        Assert.Equal(StatusEvaluasi.Diterima, status);
    }
}
