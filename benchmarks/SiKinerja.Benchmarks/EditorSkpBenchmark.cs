using System.Globalization;
using System.Net;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Benchmarks;

/// <summary>
/// The employee's SKP editor on the 50,000-employee synthetic province (issue #3: an SKP of 15 RHK with 3 IKI each
/// renders and saves in under 50 ms of server time). Through the real pages as the signed-in employee: GET
/// <c>/Skp/Ubah/{id}</c> (load the aggregate, the supervisor's RHK for the link picker, SMART check, Razor), and POST of
/// the whole form with one RHK text changed (validation, diff onto the aggregate, concurrency check, audit row, save;
/// the redirect is not followed).
/// </summary>
[Config(typeof(Config))]
public class EditorSkpBenchmark
{
    private const int JumlahRhk = 15;
    private const int JumlahIki = 3;
    private const string Password = "Benchmark2026";

    private BenchmarkApp _app = null!;
    private HttpClient _client = null!;
    private int _skpId;
    private int _version;
    private int _putaran;
    private List<KeyValuePair<string, string>> _isian = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Benchmark(Description = "buka editor SKP 15 RHK x 3 IKI")]
    public async Task<string> Buka()
    {
        var response = await _client.GetAsync($"/Skp/Ubah/{_skpId}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Benchmark(Description = "simpan SKP 15 RHK x 3 IKI")]
    public async Task<HttpStatusCode> Simpan()
    {
        var isian = new List<KeyValuePair<string, string>>(_isian)
        {
            new("Version", _version.ToString(CultureInfo.InvariantCulture)),
            new("Rhk[0].Teks", $"Tersusunnya laporan kinerja bidang putaran {++_putaran}"),
        };
        var response = await _client.PostAsync($"/Skp/Ubah/{_skpId}", new FormUrlEncodedContent(isian));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Simpan gagal: {(int)response.StatusCode}");
        }

        _version++;
        return response.StatusCode;
    }

    private async Task SetupAsync()
    {
        _app = await BenchmarkApp.SyntheticAsync(Provider, 50_000);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tahun = DateTime.Today.Year;
        var tahunKinerja = await db.TahunKinerja.SingleOrDefaultAsync(t => t.Tahun == tahun);
        if (tahunKinerja is null)
        {
            tahunKinerja = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            db.TahunKinerja.Add(tahunKinerja);
            await db.SaveChangesAsync();
        }

        // An employee with a pejabat penilai who has an atasan: the usual middle of the tree.
        var pegawai = await db.Pegawai.Include(p => p.Jabatan!).ThenInclude(j => j.UnitKerja)
            .Where(p => p.Status == StatusPegawai.Aktif && p.AtasanLangsung!.AtasanLangsungId != null)
            .OrderBy(p => p.Id).FirstAsync();
        var penilai = await db.Pegawai.Include(p => p.Jabatan!).ThenInclude(j => j.UnitKerja).SingleAsync(p => p.Id == pegawai.AtasanLangsungId);
        var atasan = await db.Pegawai.Include(p => p.Jabatan!).ThenInclude(j => j.UnitKerja).SingleAsync(p => p.Id == penilai.AtasanLangsungId);

        var skpPenilai = await db.Skp.Include(s => s.Rhk).SingleOrDefaultAsync(s => s.PegawaiId == penilai.Id && s.Tahun == tahun);
        if (skpPenilai is null)
        {
            skpPenilai = SkpEntity(tahunKinerja, new SnapshotSkp(Orang(penilai), Orang(atasan), null), penilai.Nip);
            for (var r = 1; r <= JumlahRhk; r++)
            {
                skpPenilai.TambahRhk(JenisRhk.Utama, $"Meningkatnya kualitas layanan bidang sasaran {r}");
            }

            db.Skp.Add(skpPenilai);
            await db.SaveChangesAsync();
        }

        var skp = await db.Skp.DenganIsi().SingleOrDefaultAsync(s => s.PegawaiId == pegawai.Id && s.Tahun == tahun);
        if (skp is null)
        {
            skp = SkpEntity(tahunKinerja, new SnapshotSkp(Orang(pegawai), Orang(penilai), Orang(atasan)), pegawai.Nip);
            var rhkPenilai = skpPenilai.Rhk;
            for (var r = 1; r <= JumlahRhk; r++)
            {
                var rhk = skp.TambahRhk(r <= 12 ? JenisRhk.Utama : JenisRhk.Tambahan, $"Tersusunnya laporan kinerja bidang {r}", rhkPenilai[r - 1].Id);
                skp.TambahIki(rhk, AspekIki.Kuantitas, $"Jumlah laporan {r} yang disusun", Target.Angka(12, "laporan"));
                skp.TambahIki(rhk, AspekIki.Kualitas, $"Persentase laporan {r} tanpa revisi", Target.Rentang(80, 100, "%"));
                skp.TambahIki(rhk, AspekIki.Waktu, $"Waktu penyelesaian laporan {r}", Target.Angka(12, "bulan"));
            }

            skp.UbahLampiran(JenisLampiran.DukunganSumberDaya, ["Anggaran kegiatan", "Perangkat komputer"]);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
        }

        _skpId = skp.Id;
        _version = skp.Version;
        _isian = Isian(skp);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(pegawai.Nip) is null)
        {
            var akun = new AppUser { UserName = pegawai.Nip, PegawaiId = pegawai.Id };
            var dibuat = await users.CreateAsync(akun, Password);
            if (!dibuat.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", dibuat.Errors.Select(e => e.Description)));
            }
        }

        _client = await _app.ClientAsync(pegawai.Nip, Password);
        var token = BenchmarkApp.TokenDari(await _client.GetStringAsync($"/Skp/Ubah/{_skpId}"));
        _isian.Add(new("__RequestVerificationToken", token));
    }

    private static Skp SkpEntity(TahunKinerja tahun, SnapshotSkp snapshot, string nip) =>
        Skp.Buat(tahun.Id, tahun.Tahun, tahun.Mulai, tahun.Selesai, PendekatanSkp.Kuantitatif, snapshot, nip, DateTime.UtcNow);

    private static SnapshotPejabat Orang(Pegawai p) =>
        new(p.Id, p.Nip, p.NamaLengkap, p.GolonganKode, null, p.Jabatan!.Nama, p.Jabatan.UnitKerja!.Nama);

    /// <summary>The editor's fields as the browser posts them (without Version and the token).</summary>
    private static List<KeyValuePair<string, string>> Isian(Skp skp)
    {
        var f = new List<KeyValuePair<string, string>>
        {
            new("aksi", "simpan"),
            new("Pendekatan", skp.Pendekatan.ToString()),
            new("DukunganSumberDaya", string.Join('\n', skp.LampiranMenurut(JenisLampiran.DukunganSumberDaya))),
        };
        var rhk = skp.Rhk;
        for (var i = 0; i < rhk.Count; i++)
        {
            var r = rhk[i];
            var p = $"Rhk[{i}].";
            f.Add(new(p + "Id", r.Id.ToString(CultureInfo.InvariantCulture)));
            f.Add(new(p + "Jenis", r.Jenis.ToString()));
            if (i > 0)
            {
                f.Add(new(p + "Teks", r.Teks));
            }

            f.Add(new(p + "RhkAtasanId", r.RhkAtasanId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
            var iki = r.Indikator;
            for (var j = 0; j < iki.Count; j++)
            {
                var k = iki[j];
                var q = $"{p}Iki[{j}].";
                f.Add(new(q + "Id", k.Id.ToString(CultureInfo.InvariantCulture)));
                f.Add(new(q + "Aspek", k.Aspek.ToString()));
                f.Add(new(q + "Indikator", k.Indikator));
                f.Add(new(q + "JenisTarget", k.Target.Jenis.ToString()));
                f.Add(new(q + "Nilai", k.Target.Nilai?.ToString("0.####", CultureInfo.GetCultureInfo("id-ID")) ?? string.Empty));
                f.Add(new(q + "NilaiMaksimum", k.Target.NilaiMaksimum?.ToString("0.####", CultureInfo.GetCultureInfo("id-ID")) ?? string.Empty));
                f.Add(new(q + "Satuan", k.Target.Satuan ?? string.Empty));
            }
        }

        return f;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95);
        }
    }
}
