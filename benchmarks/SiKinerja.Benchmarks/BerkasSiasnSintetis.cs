using System.Globalization;
using System.Text;

namespace SiKinerja.Benchmarks;

/// <summary>
/// A realistic, valid SIASN employee export: 40 perangkat daerah with bidang and seksi under them (UNOR INDUK ID),
/// a head per unit (eselon II.b / III.a / IV.a), pelaksana and fungsional staff, unique valid NIPs.
/// </summary>
public static class BerkasSiasnSintetis
{
    private const string Judul = "PNS ID,NIP BARU,NIP LAMA,NAMA,GELAR DEPAN,GELAR BELAKANG,JENIS PEGAWAI NAMA,GOL AKHIR NAMA,JENIS JABATAN NAMA,ESELON,JABATAN ID,JABATAN NAMA,UNOR ID,UNOR NAMA,UNOR INDUK ID,EMAIL,KEDUDUKAN HUKUM NAMA";

    private static readonly string[] NamaDepan = ["Agus", "Siti", "Budi", "Dewi", "Eko", "Rina", "Hendra", "Maya", "Joko", "Ratna", "Andi", "Lestari", "Wahyu", "Indah", "Fajar", "Sri"];
    private static readonly string[] NamaBelakang = ["Santoso", "Rahayu", "Setiawan", "Lestari", "Pratama", "Wijaya", "Susilo", "Putri", "Hidayat", "Saputra", "Kurniawan", "Wati"];
    private static readonly string[] Dinas = ["Pendidikan", "Kesehatan", "Pekerjaan Umum", "Perhubungan", "Pertanian", "Sosial", "Lingkungan Hidup", "Pariwisata"];
    private static readonly string[] GolPelaksana = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b"];
    private static readonly (string Nama, string Gol)[] Fungsional =
        [("Guru Ahli Pertama", "III/a"), ("Guru Ahli Muda", "III/c"), ("Perawat Terampil", "II/c"), ("Analis Kebijakan Ahli Pertama", "III/b"), ("Pranata Komputer Ahli Muda", "III/d")];

    public static byte[] Buat(int jumlah)
    {
        var unit = new List<(string Id, string Nama, string? Induk, int Tingkat)>();
        for (var d = 1; d <= 40; d++)
        {
            var pd = $"PD{d:00}";
            unit.Add((pd, $"Dinas {Dinas[d % Dinas.Length]} {d}", null, 1));
            for (var b = 1; b <= 3; b++)
            {
                var bidang = $"{pd}B{b}";
                unit.Add((bidang, $"Bidang {b} Dinas {d}", pd, 2));
                for (var s = 1; s <= 2; s++)
                {
                    unit.Add(($"{bidang}S{s}", $"Seksi {s} Bidang {b} Dinas {d}", bidang, 3));
                }
            }
        }

        var sb = new StringBuilder(jumlah * 220);
        sb.Append(Judul).Append("\r\n");
        var i = 0;
        foreach (var u in unit)
        {
            if (i >= jumlah)
            {
                break;
            }

            var (jabatan, eselon, gol) = u.Tingkat switch
            {
                1 => ($"Kepala {u.Nama}", "II.b", "IV/c"),
                2 => ($"Kepala {u.Nama}", "III.a", "IV/a"),
                _ => ($"Kepala {u.Nama}", "IV.a", "III/d"),
            };
            Baris(sb, i++, gol, "Struktural", eselon, $"JS{u.Tingkat}", jabatan, u);
        }

        while (i < jumlah)
        {
            var u = unit[i % unit.Count];
            if (i % 3 == 0)
            {
                var f = Fungsional[i % Fungsional.Length];
                Baris(sb, i, f.Gol, "Fungsional Tertentu", null, $"JF{i % Fungsional.Length}", f.Nama, u);
            }
            else
            {
                Baris(sb, i, GolPelaksana[i % GolPelaksana.Length], "Fungsional Umum", null, $"JU{i % 4}", $"Pengadministrasi {i % 4}", u);
            }

            i++;
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Unique valid NIPs: a birth date per index (14,000 days) and the sequence number for every further round.</summary>
    public static string Nip(int i)
    {
        var lahir = new DateOnly(1962, 1, 1).AddDays(i % 14_000);
        var tmt = new DateOnly(lahir.Year + 23 + (i % 7), (i % 12) + 1, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{lahir:yyyyMMdd}{tmt:yyyyMM}{(i % 2) + 1}{(i / 14_000 % 999) + 1:000}");
    }

    private static void Baris(StringBuilder sb, int i, string gol, string jenis, string? eselon, string jabatanId, string jabatan, (string Id, string Nama, string? Induk, int Tingkat) u)
    {
        var nama = $"{NamaDepan[i % NamaDepan.Length]} {NamaBelakang[i / NamaDepan.Length % NamaBelakang.Length]}";
        sb.Append(CultureInfo.InvariantCulture, $"PNS{i:000000},{Nip(i)},,{nama},,S.Kom.,PNS,{gol},{jenis},{eselon},{jabatanId},{jabatan},{u.Id},{u.Nama},{u.Induk},pegawai{i}@sukamaju.go.id,Aktif\r\n");
    }
}
