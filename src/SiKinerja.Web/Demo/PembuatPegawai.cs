using System.Globalization;
using System.Text;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Web.Demo;

internal enum Tingkat
{
    Sma,
    D3,
    S1,
}

/// <summary>
/// The education behind a position and the gelar it gives (S1 titles, optional master's titles, and
/// the pre-1993 style <c>Drs.</c>/<c>Ir.</c> that older officials still carry).
/// </summary>
internal sealed record Profil(Tingkat Tingkat, string? Depan, string[] Sarjana, string[] Magister, string? DepanLama = null)
{
    public static readonly Profil Sma = new(Tingkat.Sma, null, [], []);
    public static readonly Profil D3 = new(Tingkat.D3, null, ["A.Md."], []);
    public static readonly Profil D3Komputer = new(Tingkat.D3, null, ["A.Md.Kom.", "A.Md.T."], []);
    public static readonly Profil Pemerintahan = new(Tingkat.S1, null, ["S.STP.", "S.IP.", "S.Sos.", "S.AP."], ["M.Si.", "M.AP.", "M.M."], "Drs.");
    public static readonly Profil Ekonomi = new(Tingkat.S1, null, ["S.E."], ["M.M.", "M.Si.", "M.E."], "Drs.");
    public static readonly Profil Akuntansi = new(Tingkat.S1, null, ["S.E., Ak.", "S.Ak.", "S.E."], ["M.Ak.", "M.M."]);
    public static readonly Profil Hukum = new(Tingkat.S1, null, ["S.H."], ["M.H.", "M.Kn."]);
    public static readonly Profil Teknik = new(Tingkat.S1, null, ["S.T."], ["M.T.", "M.Eng."], "Ir.");
    public static readonly Profil Komputer = new(Tingkat.S1, null, ["S.Kom.", "S.T."], ["M.Kom.", "M.T."]);
    public static readonly Profil Pendidikan = new(Tingkat.S1, null, ["S.Pd.", "S.Pd.", "S.Pd.I."], ["M.Pd."], "Drs.");
    public static readonly Profil Kesmas = new(Tingkat.S1, null, ["S.KM."], ["M.Kes.", "M.KM."]);
    public static readonly Profil Pertanian = new(Tingkat.S1, null, ["S.P.", "S.Pt."], ["M.P.", "M.Si."], "Ir.");
    public static readonly Profil Psikologi = new(Tingkat.S1, null, ["S.Psi."], ["M.Psi.", "M.Si."]);
    public static readonly Profil Komunikasi = new(Tingkat.S1, null, ["S.I.Kom.", "S.Sos."], ["M.I.Kom.", "M.Si."]);
    public static readonly Profil Statistik = new(Tingkat.S1, null, ["S.Si.", "S.Stat."], ["M.Si."]);
    public static readonly Profil Budaya = new(Tingkat.S1, null, ["S.S.", "S.Hum."], ["M.Hum."]);
    public static readonly Profil Dokter = new(Tingkat.S1, "dr.", [], ["M.Kes.", "MARS", "M.K.M."]);
    public static readonly Profil DokterSpesialis = new(Tingkat.S1, "dr.", ["Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "Sp.Rad.", "Sp.P.", "Sp.JP."], []);
    public static readonly Profil DokterGigi = new(Tingkat.S1, "drg.", [], ["M.Kes."]);
    public static readonly Profil Ners = new(Tingkat.S1, "Ns.", ["S.Kep."], ["M.Kep."]);
    public static readonly Profil PerawatD3 = new(Tingkat.D3, null, ["A.Md.Kep."], []);
    public static readonly Profil BidanD3 = new(Tingkat.D3, null, ["A.Md.Keb."], []);
    public static readonly Profil BidanD4 = new(Tingkat.S1, null, ["S.Tr.Keb.", "S.Keb., Bd."], ["M.Keb."]);
    public static readonly Profil Apoteker = new(Tingkat.S1, "apt.", ["S.Farm."], ["M.Farm."]);
    public static readonly Profil FarmasiD3 = new(Tingkat.D3, null, ["A.Md.Farm."], []);
    public static readonly Profil AnalisLab = new(Tingkat.D3, null, ["A.Md.A.K."], []);
    public static readonly Profil Gizi = new(Tingkat.D3, null, ["A.Md.Gz."], []);
    public static readonly Profil GiziS1 = new(Tingkat.S1, null, ["S.Gz."], ["M.Gz."]);
    public static readonly Profil Sanitasi = new(Tingkat.D3, null, ["A.Md.K.L."], []);
}

/// <summary>
/// Makes plausible employees for a position: golongan fitting the position, TMT CPNS from the years
/// that golongan takes, a birth date 20–35 years before it, a valid unique NIP, an Indonesian name
/// matching the gender digit and gelar fitting the education. Everything comes from one seeded
/// <see cref="Random"/>, so a given seed always yields the same people.
/// </summary>
internal sealed class PembuatPegawai(Random rng, string domainEmail, double porsiEmail)
{
    /// <summary>The year ages and years of service are counted from; fixed so the data never changes.</summary>
    public const int TahunAcuan = 2026;

    private static readonly int[] BulanTmtPppk = [1, 3, 4, 7, 10];
    private readonly HashSet<string> _nip = new(StringComparer.Ordinal);
    private readonly HashSet<string> _email = new(StringComparer.Ordinal);

    /// <summary>Keeps a fixed NIP (a demo account) out of the generated ones.</summary>
    public void Cadangkan(string nip, string? email = null)
    {
        _nip.Add(nip);
        if (email is not null)
        {
            _email.Add(email);
        }
    }

    /// <param name="tanpaJabatan">Make someone who would fit <paramref name="jabatan"/> but is not placed in any position.</param>
    public RencanaPegawai Buat(RencanaJabatan jabatan, Profil profil, JenisPegawai jenis, double porsiWanita, bool tanpaJabatan = false)
    {
        var jk = rng.NextDouble() < porsiWanita ? JenisKelamin.Wanita : JenisKelamin.Pria;
        var golongan = PilihGolongan(jabatan, profil.Tingkat, jenis);
        var (lahir, tmtTahun, tmtBulan) = jenis == JenisPegawai.Pppk ? WaktuPppk() : WaktuPns(jabatan, profil.Tingkat, golongan);
        var nip = BuatNip(lahir, tmtTahun, tmtBulan, jk);
        var nama = NamaIndonesia.Buat(rng, jk);
        var (gelarDepan, gelarBelakang) = Gelar(profil, jabatan, jk, lahir.Year);
        return new RencanaPegawai
        {
            Nip = nip,
            Nama = nama,
            GelarDepan = gelarDepan,
            GelarBelakang = gelarBelakang,
            Golongan = golongan,
            Email = rng.NextDouble() < porsiEmail ? Email(nama) : null,
            Jabatan = tanpaJabatan ? null : jabatan,
        };
    }

    private Golongan PilihGolongan(RencanaJabatan jabatan, Tingkat tingkat, JenisPegawai jenis)
    {
        var (min, max) = jabatan.Jenis switch
        {
            JenisJabatan.JptUtama or JenisJabatan.JptMadya => (16, 17),
            JenisJabatan.JptPratama => jabatan.Atasan is null ? (16, 16) : (14, 15),
            JenisJabatan.Administrator => (12, 14),
            JenisJabatan.Pengawas => (11, 13),
            JenisJabatan.Pelaksana => tingkat switch { Tingkat.Sma => (5, 8), Tingkat.D3 => (7, 9), _ => (9, 11) },
            _ => jabatan.Jenjang switch
            {
                JenjangFungsional.AhliPertama => (9, 10),
                JenjangFungsional.AhliMuda => (11, 12),
                JenjangFungsional.AhliMadya => (13, 15),
                JenjangFungsional.AhliUtama => (16, 17),
                JenjangFungsional.Pemula => (5, 5),
                JenjangFungsional.Terampil => (6, 8),
                JenjangFungsional.Mahir => (9, 10),
                _ => (11, 12),
            },
        };
        if (jenis == JenisPegawai.Pns)
        {
            return Golongan.Pns[rng.Next(min, max + 1) - 1];
        }

        // PPPK golongan by education and jenjang (Perpres 98/2020 table as commonly applied).
        var pppk = jabatan.Jenjang switch
        {
            JenjangFungsional.AhliPertama => tingkat == Tingkat.S1 ? 9 : 7,
            JenjangFungsional.AhliMuda => 11,
            JenjangFungsional.AhliMadya => 13,
            JenjangFungsional.Pemula => 5,
            JenjangFungsional.Terampil => 7,
            JenjangFungsional.Mahir => 8,
            JenjangFungsional.Penyelia => 9,
            _ => tingkat switch { Tingkat.Sma => 5, Tingkat.D3 => 7, _ => 9 },
        };
        return Golongan.Pppk[pppk - 1];
    }

    private (DateOnly Lahir, int TmtTahun, int TmtBulan) WaktuPns(RencanaJabatan jabatan, Tingkat tingkat, Golongan golongan)
    {
        var awal = tingkat switch { Tingkat.Sma => 5, Tingkat.D3 => 7, _ => 9 };
        var masaKerja = Math.Clamp(((golongan.Urutan - awal) * 4) + rng.Next(1, 5), 1, 33);
        var tmtTahun = TahunAcuan - masaKerja;
        var jarak = tingkat switch { Tingkat.Sma => rng.Next(20, 27), Tingkat.D3 => rng.Next(21, 29), _ => rng.Next(23, 33) };
        var lahirTahun = tmtTahun - jarak;
        var usiaMaks = jabatan.Jenis <= JenisJabatan.JptPratama ? 59 : 57;
        if (TahunAcuan - lahirTahun > usiaMaks)
        {
            lahirTahun = TahunAcuan - usiaMaks + rng.Next(0, 3);
            tmtTahun = Math.Max(tmtTahun, lahirTahun + 20);
        }

        return (Tanggal(lahirTahun), tmtTahun, rng.Next(1, 13));
    }

    private (DateOnly Lahir, int TmtTahun, int TmtBulan) WaktuPppk()
    {
        // Appointment waves since the first PPPK intake; many were long-serving honorer staff.
        var tmtTahun = 2021 + rng.Next(0, 5);
        var lahirTahun = tmtTahun - rng.Next(22, 36);
        return (Tanggal(lahirTahun), tmtTahun, BulanTmtPppk[rng.Next(BulanTmtPppk.Length)]);
    }

    private DateOnly Tanggal(int tahun) => new DateOnly(tahun, 1, 1).AddDays(rng.Next(0, 365));

    private string BuatNip(DateOnly lahir, int tmtTahun, int tmtBulan, JenisKelamin jk)
    {
        var basis = string.Create(CultureInfo.InvariantCulture, $"{lahir:yyyyMMdd}{tmtTahun:0000}{tmtBulan:00}{(int)jk}");
        for (var urut = rng.Next(1, 6); ; urut++)
        {
            var nip = basis + (((urut - 1) % 999) + 1).ToString("000", CultureInfo.InvariantCulture);
            if (_nip.Add(nip))
            {
                return nip;
            }
        }
    }

    private (string? Depan, string? Belakang) Gelar(Profil profil, RencanaJabatan jabatan, JenisKelamin jk, int tahunLahir)
    {
        if (profil.Tingkat != Tingkat.S1 || (profil.Sarjana.Length == 0 && profil.Depan is null))
        {
            return (null, profil.Sarjana.Length == 0 ? null : profil.Sarjana[rng.Next(profil.Sarjana.Length)]);
        }

        var peluangMagister = jabatan.Jenis switch
        {
            <= JenisJabatan.JptPratama => 0.85,
            JenisJabatan.Administrator => 0.6,
            JenisJabatan.Pengawas => 0.3,
            _ => jabatan.Jenjang switch
            {
                JenjangFungsional.AhliUtama or JenjangFungsional.AhliMadya => 0.5,
                JenjangFungsional.AhliMuda => 0.25,
                _ => 0.06,
            },
        };
        var depan = new List<string>();
        var belakang = new List<string>();
        var magister = profil.Magister.Length > 0 && rng.NextDouble() < peluangMagister;
        if (magister && jabatan.Jenis <= JenisJabatan.JptPratama && rng.NextDouble() < 0.12)
        {
            depan.Add("Dr.");
        }

        if (profil.DepanLama is { } lama && tahunLahir < 1972 && rng.NextDouble() < 0.7)
        {
            depan.Add(lama == "Drs." && jk == JenisKelamin.Wanita ? "Dra." : lama);
        }
        else
        {
            if (profil.Depan is { } d)
            {
                depan.Add(d);
            }

            if (profil.Sarjana.Length > 0)
            {
                belakang.Add(profil.Sarjana[rng.Next(profil.Sarjana.Length)]);
            }
        }

        if (magister)
        {
            belakang.Add(profil.Magister[rng.Next(profil.Magister.Length)]);
        }

        return (depan.Count == 0 ? null : string.Join(' ', depan), belakang.Count == 0 ? null : string.Join(", ", belakang));
    }

    private string Email(string nama)
    {
        var sb = new StringBuilder();
        foreach (var c in nama.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
            }
            else if (c == ' ' && sb.Length > 0 && sb[^1] != '.')
            {
                sb.Append('.');
            }
        }

        var dasar = sb.ToString().Trim('.');
        for (var i = 1; ; i++)
        {
            var email = (i == 1 ? dasar : dasar + i.ToString(CultureInfo.InvariantCulture)) + "@" + domainEmail;
            if (_email.Add(email))
            {
                return email;
            }
        }
    }
}
