using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Data;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Kinerja;

namespace SiKinerja.Benchmarks;

/// <summary>
/// Period close under load (issue #4): 64 pejabat penilai at once, each opening their team page for the running period
/// (<c>GET /Evaluasi/Tim?periode=</c>) and posting scores for the whole team (the team form, ratings changed every
/// round so every save writes), against the 50,000-employee province. Not a BenchmarkDotNet benchmark: what matters is
/// latency under concurrency (p99) and errors, so it runs its own closed loop and prints the percentiles.
/// <para>Each virtual supervisor: sign in, then <c>--putaran</c> rounds of GET team page → think → POST scores → think,
/// with a think time drawn uniformly from <c>--jeda-min</c>…<c>--jeda-maks</c> ms (a supervisor reads the page before
/// posting; 0 gives the no-think stress figure). All start together. Setup (SKPs approved for each team, realisasi,
/// organisation predikat, accounts) is created once and reused.</para>
/// Exit code 0 only when there were no errors and the p99 of all requests is under the target.
/// </summary>
public static partial class PenutupanPeriodeBeban
{
    private const string Password = "Benchmark2026";
    private const int UkuranTimMaksimum = 40;

    private sealed record Penilai(string Login, int JumlahTim);

    private sealed record Opsi(DatabaseProvider Provider, int JumlahPenilai, int Putaran, int JedaMin, int JedaMaks, double TargetP99Ms, bool Serentak);

    public static async Task<int> JalankanAsync(string[] args)
    {
        var opsi = Baca(args);
        Console.WriteLine($"Penutupan periode: {opsi.JumlahPenilai} penilai, {opsi.Putaran} putaran, jeda {opsi.JedaMin}–{opsi.JedaMaks} ms, mulai {(opsi.Serentak ? "serentak pada milidetik yang sama" : "tersebar dalam jeda pertama")}, {opsi.Provider}");
        using var app = await BenchmarkApp.SyntheticAsync(opsi.Provider, 50_000);
        var siap = Stopwatch.StartNew();
        var (penilai, periodeId) = await SiapkanAsync(app, opsi.JumlahPenilai);
        Console.WriteLine($"Data siap dalam {siap.Elapsed.TotalSeconds:0.0} s: {penilai.Count} penilai, tim {penilai.Min(p => p.JumlahTim)}–{penilai.Max(p => p.JumlahTim)} orang (total {penilai.Sum(p => p.JumlahTim)}), periode {periodeId}");

        var klien = new List<HttpClient>();
        foreach (var p in penilai)
        {
            klien.Add(await app.ClientAsync(p.Login, Password));
        }

        // Warm-up (not measured), as a server that has been running is warm: every client opens its page and saves once
        // (JIT, EF model, prepared statements, each connection of the pool), then a pause while the runtime finishes
        // recompiling the hot methods (tiered compilation) in the background.
        var acakPemanasan = new Random(-1);
        foreach (var c in klien)
        {
            var html = await (await c.GetAsync($"/Evaluasi/Tim?periode={periodeId}")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
            var simpan = await c.PostAsync("/Evaluasi/Tim", new FormUrlEncodedContent(IsianSkor(html, acakPemanasan, periodeId)));
            if (simpan.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Pemanasan: POST tim {(int)simpan.StatusCode}");
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(5));

        var get = new List<double>();
        var post = new List<double>();
        var galat = new List<string>();
        var kunci = new object();
        var mulai = new TaskCompletionSource();
        var cpuAwal = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var tugas = klien.Select((c, i) => Task.Run(async () =>
        {
            var acak = new Random(i);
            await mulai.Task;
            if (opsi.Serentak is false)
            {
                // All 64 are at work in the same window, each starting somewhere in the first think time, as people do.
                await Task.Delay(acak.Next(0, opsi.JedaMaks + 1));
            }

            for (var r = 0; r < opsi.Putaran; r++)
            {
                try
                {
                    var sw = Stopwatch.StartNew();
                    var response = await c.GetAsync($"/Evaluasi/Tim?periode={periodeId}");
                    var html = await response.Content.ReadAsStringAsync();
                    var tGet = sw.Elapsed.TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"GET tim {(int)response.StatusCode}");
                    }

                    var isian = IsianSkor(html, acak, periodeId);
                    await Task.Delay(acak.Next(opsi.JedaMin, opsi.JedaMaks + 1));
                    sw.Restart();
                    var simpan = await c.PostAsync("/Evaluasi/Tim", new FormUrlEncodedContent(isian));
                    var tPost = sw.Elapsed.TotalMilliseconds;
                    if (simpan.StatusCode != HttpStatusCode.Redirect)
                    {
                        throw new InvalidOperationException($"POST tim {(int)simpan.StatusCode}: {Ringkas(await simpan.Content.ReadAsStringAsync())}");
                    }

                    lock (kunci)
                    {
                        get.Add(tGet);
                        post.Add(tPost);
                    }
                }
                catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
                {
                    lock (kunci)
                    {
                        galat.Add(ex.Message);
                    }
                }

                await Task.Delay(acak.Next(opsi.JedaMin, opsi.JedaMaks + 1));
            }
        })).ToList();
        mulai.SetResult();
        await Task.WhenAll(tugas);
        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAwal;

        var semua = get.Concat(post).ToList();
        Console.WriteLine();
        Console.WriteLine($"| permintaan | jumlah | median | p95 | p99 | maks |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
        Baris("GET halaman tim", get);
        Baris("POST skor tim", post);
        Baris("semua", semua);
        Console.WriteLine();
        Console.WriteLine($"Galat: {galat.Count}; durasi {total.Elapsed.TotalSeconds:0.0} s; {semua.Count / total.Elapsed.TotalSeconds:0.0} permintaan/s; CPU proses aplikasi+klien {cpu.TotalMilliseconds / Math.Max(1, semua.Count):0.0} ms per permintaan");
        foreach (var g in galat.Distinct().Take(10))
        {
            Console.WriteLine($"  {g}");
        }

        var p99 = Persentil(semua, 0.99);
        var lulus = galat.Count == 0 && semua.Count > 0 && p99 < opsi.TargetP99Ms;
        Console.WriteLine(lulus ? $"LULUS: 0 galat, p99 {p99:0.0} ms < {opsi.TargetP99Ms} ms" : $"GAGAL: {galat.Count} galat, p99 {p99:0.0} ms (target < {opsi.TargetP99Ms} ms)");
        foreach (var c in klien)
        {
            c.Dispose();
        }

        return lulus ? 0 : 1;
    }

    /// <summary>
    /// The team form as the browser posts it after the supervisor picked ratings: the anti-forgery token, the period,
    /// per row its SKP id and Version from the page and a random Rating Hasil and Rating Perilaku (so each round writes),
    /// and the "Simpan" action (never finalise). Read with regular expressions rather than an HTML parser, so the load
    /// generator, which shares the 2 cores with the server, costs as little as possible.
    /// </summary>
    private static List<KeyValuePair<string, string>> IsianSkor(string html, Random acak, int periodeId)
    {
        var isian = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", BenchmarkApp.TokenDari(html)),
            new("Periode", periodeId.ToString(CultureInfo.InvariantCulture)),
            new("Aksi", "simpan"),
        };
        var baris = BarisSkp().Matches(html);
        if (baris.Count == 0)
        {
            throw new InvalidOperationException("Halaman tim tanpa baris pegawai");
        }

        foreach (Match m in baris)
        {
            var i = m.Groups["i"].Value;
            isian.Add(new($"Baris[{i}].SkpId", m.Groups["skp"].Value));
            isian.Add(new($"Baris[{i}].Version", m.Groups["v"].Value));
            isian.Add(new($"Baris[{i}].RatingHasil", Rating[acak.Next(Rating.Length)]));
            isian.Add(new($"Baris[{i}].RatingPerilaku", Rating[acak.Next(Rating.Length)]));
        }

        return isian;
    }

    private static readonly string[] Rating = [nameof(SiKinerja.Domain.Evaluasi.Rating.DiAtasEkspektasi), nameof(SiKinerja.Domain.Evaluasi.Rating.SesuaiEkspektasi), nameof(SiKinerja.Domain.Evaluasi.Rating.DiBawahEkspektasi)];

    [GeneratedRegex("""name="Baris\[(?<i>\d+)\]\.SkpId" value="(?<skp>\d+)" />\s*<input type="hidden" name="Baris\[\k<i>\]\.Version" value="(?<v>\d+)" """, RegexOptions.CultureInvariant)]
    private static partial Regex BarisSkp();

    /// <summary>
    /// Once per database: the supervisors with the largest teams (capped at 40), each subordinate with an approved SKP
    /// of the current year (3 RHK × 2 IKI) and realisasi for the running period, the organisation predikat of their
    /// units, and an account per supervisor.
    /// </summary>
    private static async Task<(List<Penilai> Penilai, int PeriodeId)> SiapkanAsync(BenchmarkApp app, int jumlah)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tahun = DateTime.Today.Year;
        var tahunKinerja = await db.TahunKinerja.Include(t => t.Periode).SingleOrDefaultAsync(t => t.Tahun == tahun);
        if (tahunKinerja is null)
        {
            tahunKinerja = TahunKinerja.Buka(tahun, JenisPeriode.Semesteran, new DateOnly(tahun, 1, 31), new DateOnly(tahun + 1, 1, 31));
            db.TahunKinerja.Add(tahunKinerja);
            await db.SaveChangesAsync();
        }

        var hariIni = DateOnly.FromDateTime(DateTime.Today);
        var periode = tahunKinerja.Periode.OrderBy(p => p.Nomor).First(p => p.Selesai >= hariIni || p.Nomor == tahunKinerja.Periode.Count);
        var waktu = DateTime.UtcNow;

        var atasan = await db.Pegawai.AsNoTracking()
            .Where(p => p.Status == StatusPegawai.Aktif && p.AtasanLangsungId != null && p.JabatanId != null)
            .GroupBy(p => p.AtasanLangsungId!.Value)
            .Select(g => new { Id = g.Key, Jumlah = g.Count() })
            .OrderByDescending(g => g.Jumlah).ThenBy(g => g.Id)
            .Take(jumlah).ToListAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var hasil = new List<Penilai>();
        foreach (var a in atasan)
        {
            var penilai = await db.Pegawai.AsNoTracking().SingleAsync(p => p.Id == a.Id);
            var bawahan = await db.Pegawai.AsNoTracking()
                .Where(p => p.AtasanLangsungId == a.Id && p.Status == StatusPegawai.Aktif && p.JabatanId != null)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(UkuranTimMaksimum).ToListAsync();
            var sudah = await db.Skp.Where(s => s.TahunKinerjaId == tahunKinerja.Id && bawahan.Contains(s.PegawaiId)).Select(s => s.PegawaiId).ToListAsync();
            var baru = bawahan.Except(sudah).ToList();
            if (baru.Count > 0)
            {
                var snapshot = await PembuatSnapshotSkp.BuatAsync(db, baru);
                var skpBaru = new List<Skp>();
                foreach (var id in baru.Where(snapshot.ContainsKey))
                {
                    var skp = Skp.Buat(tahunKinerja.Id, tahun, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), PendekatanSkp.Kuantitatif, snapshot[id], "bench", waktu);
                    for (var r = 1; r <= 3; r++)
                    {
                        var rhk = skp.TambahRhk(r < 3 ? JenisRhk.Utama : JenisRhk.Tambahan, $"Tersusunnya dokumen layanan {r}");
                        skp.TambahIki(rhk, AspekIki.Kuantitas, $"Jumlah dokumen layanan {r}", Target.Angka(12, "dokumen"));
                        skp.TambahIki(rhk, AspekIki.Kualitas, $"Persentase dokumen {r} tanpa revisi", Target.Rentang(80, 100, "%"));
                    }

                    skp.Ajukan(AturanSkp.Bawaan, false, "bench", waktu);
                    skp.Setujui(Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}"), penilai.Nip, waktu);
                    skpBaru.Add(skp);
                }

                db.Skp.AddRange(skpBaru);
                await db.SaveChangesAsync();
                var acak = new Random(a.Id);
                db.RealisasiPeriode.AddRange(skpBaru.Select(s =>
                {
                    var realisasi = RealisasiPeriode.Buat(s.Id, periode.Id);
                    foreach (var iki in s.Rhk.SelectMany(r => r.Indikator))
                    {
                        realisasi.Isi(iki.Kunci, "Menyusun dan memverifikasi dokumen", acak.Next(8, 15), null, null);
                    }

                    return realisasi;
                }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            if (await users.FindByNameAsync(penilai.Nip) is null)
            {
                var akun = new AppUser { UserName = penilai.Nip, PegawaiId = penilai.Id };
                var dibuat = await users.CreateAsync(akun, Password);
                if (!dibuat.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", dibuat.Errors.Select(e => e.Description)));
                }
            }

            hasil.Add(new Penilai(penilai.Nip, bawahan.Count));
        }

        // The organisation predikat of every unit the teams work in (Baik: the usual case).
        var unit = await db.Pegawai.AsNoTracking().Where(p => atasan.Select(a => a.Id).Contains(p.AtasanLangsungId!.Value) && p.JabatanId != null)
            .Select(p => p.Jabatan!.UnitKerjaId).Distinct().ToListAsync();
        var ada = await db.PredikatOrganisasiUnit.Where(x => x.PeriodeEvaluasiId == periode.Id).Select(x => x.UnitKerjaId).ToListAsync();
        db.PredikatOrganisasiUnit.AddRange(unit.Except(ada).Select(u =>
            PredikatOrganisasiUnit.Tetapkan(u, periode.Id, PredikatOrganisasi.Baik, null, "bench", waktu)));
        await db.SaveChangesAsync();

        // A live database has planner statistics; rows bulk-inserted a moment ago do not until autovacuum gets to them,
        // and without them PostgreSQL plans the team query as if every table held one row.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (hasil, periode.Id);
    }

    private static void Baris(string nama, List<double> ms) =>
        Console.WriteLine($"| {nama} | {ms.Count} | {Persentil(ms, 0.5):0.0} ms | {Persentil(ms, 0.95):0.0} ms | {Persentil(ms, 0.99):0.0} ms | {(ms.Count == 0 ? 0 : ms.Max()):0.0} ms |");

    private static double Persentil(List<double> ms, double p)
    {
        if (ms.Count == 0)
        {
            return double.NaN;
        }

        var urut = ms.Order().ToList();
        var i = (int)Math.Ceiling(p * urut.Count) - 1;
        return urut[Math.Clamp(i, 0, urut.Count - 1)];
    }

    private static string Ringkas(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var pesan = string.Join(" | ", doc.QuerySelectorAll(".validation-summary-errors li, [data-valmsg-for]:not(:empty), .alert-danger").Select(e => e.TextContent.Trim()));
        return pesan.Length > 300 ? pesan[..300] : pesan;
    }

    private static Opsi Baca(string[] args)
    {
        string? Nilai(string nama)
        {
            var i = Array.IndexOf(args, nama);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Angka(string nama, int bawaan) => Nilai(nama) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : bawaan;
        return new Opsi(
            Enum.Parse<DatabaseProvider>(Nilai("--provider") ?? nameof(DatabaseProvider.PostgreSql)),
            Angka("--penilai", 64),
            Angka("--putaran", 5),
            Angka("--jeda-min", 500),
            Angka("--jeda-maks", 1500),
            Angka("--target-p99", 250),
            args.Contains("--serentak"));
    }
}
