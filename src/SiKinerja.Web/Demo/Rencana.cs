using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Web.Demo;

/// <summary>
/// An organisation planned in memory before anything is written: units, positions and the people
/// holding them. <see cref="PenyimpanRencana"/> writes it in dependency order (parents first).
/// </summary>
internal sealed class RencanaOrganisasi
{
    public List<RencanaUnit> Unit { get; } = [];

    public List<RencanaJabatan> Jabatan { get; } = [];

    public List<RencanaPegawai> Pegawai { get; } = [];
}

internal sealed class RencanaUnit(string nama, JenisUnitKerja jenis, RencanaUnit? induk)
{
    public string Nama { get; } = nama;

    public JenisUnitKerja Jenis { get; } = jenis;

    public RencanaUnit? Induk { get; } = induk;

    public int Kedalaman { get; } = induk is null ? 0 : induk.Kedalaman + 1;

    public int Id { get; set; }
}

internal sealed class RencanaJabatan(string nama, JenisJabatan jenis, JenjangFungsional? jenjang, RencanaUnit unit, RencanaJabatan? atasan)
{
    public string Nama { get; } = nama;

    public JenisJabatan Jenis { get; } = jenis;

    public JenjangFungsional? Jenjang { get; } = jenjang;

    public RencanaUnit Unit { get; } = unit;

    public RencanaJabatan? Atasan { get; } = atasan;

    public int Kedalaman { get; } = atasan is null ? 0 : atasan.Kedalaman + 1;

    public List<RencanaPegawai> Pemegang { get; } = [];

    /// <summary>Pelaksana Tugas appointed to this (vacant) position.</summary>
    public RencanaPegawai? Plt { get; set; }

    public int Id { get; set; }
}

internal sealed class RencanaPegawai
{
    public required string Nip { get; init; }

    public required string Nama { get; init; }

    public string? GelarDepan { get; init; }

    public string? GelarBelakang { get; init; }

    public required Golongan Golongan { get; init; }

    public string? Email { get; init; }

    public RencanaJabatan? Jabatan { get; init; }

    public int Id { get; set; }
}

/// <summary>The staff of a position: how many, with which education, how many of them PPPK and women.</summary>
internal sealed record Staf(string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, Profil Profil, int Jumlah, double PorsiPppk, double PorsiWanita)
{
    /// <summary>A jabatan pelaksana (PermenPANRB 45/2022 names).</summary>
    public static Staf P(string nama, Profil profil, int jumlah = 1, double pppk = 0, double wanita = 0.45) =>
        new(nama, JenisJabatan.Pelaksana, null, profil, jumlah, pppk, wanita);

    /// <summary>A jabatan fungsional; the name gets the jenjang ("Guru" → "Guru Ahli Pertama").</summary>
    public static Staf F(string nama, JenjangFungsional jenjang, Profil profil, int jumlah = 1, double pppk = 0, double wanita = 0.45) =>
        new(
            nama + " " + Label(jenjang),
            jenjang >= JenjangFungsional.Pemula ? JenisJabatan.FungsionalKeterampilan : JenisJabatan.FungsionalKeahlian,
            jenjang,
            profil,
            jumlah,
            pppk,
            wanita);

    public static string Label(JenjangFungsional jenjang) => jenjang switch
    {
        JenjangFungsional.AhliPertama => "Ahli Pertama",
        JenjangFungsional.AhliMuda => "Ahli Muda",
        JenjangFungsional.AhliMadya => "Ahli Madya",
        JenjangFungsional.AhliUtama => "Ahli Utama",
        JenjangFungsional.Pemula => "Pemula",
        JenjangFungsional.Terampil => "Terampil",
        JenjangFungsional.Mahir => "Mahir",
        _ => "Penyelia",
    };

    public Staf Kali(int jumlah) => this with { Jumlah = jumlah };
}

/// <summary>
/// Builds a <see cref="RencanaOrganisasi"/> with a fixed-seed random source, so the same call gives
/// the same units, positions, names and NIPs every run.
/// </summary>
internal sealed class PembangunRencana(PembuatPegawai orang)
{
    public RencanaOrganisasi Hasil { get; } = new();

    public RencanaUnit Unit(string nama, JenisUnitKerja jenis, RencanaUnit? induk)
    {
        var u = new RencanaUnit(nama, jenis, induk);
        Hasil.Unit.Add(u);
        return u;
    }

    public RencanaJabatan Jabatan(RencanaUnit unit, string nama, JenisJabatan jenis, RencanaJabatan? atasan, JenjangFungsional? jenjang = null)
    {
        var j = new RencanaJabatan(nama, jenis, jenjang, unit, atasan);
        Hasil.Jabatan.Add(j);
        return j;
    }

    /// <summary>A managerial position with its one holder (or vacant when <paramref name="kosong"/>).</summary>
    public RencanaJabatan Pimpinan(RencanaUnit unit, string nama, JenisJabatan jenis, RencanaJabatan? atasan, Profil profil, bool kosong = false, double wanita = 0.35)
    {
        var j = Jabatan(unit, nama, jenis, atasan);
        if (!kosong)
        {
            Tambah(orang.Buat(j, profil, JenisPegawai.Pns, wanita));
        }

        return j;
    }

    /// <summary>Non-managerial positions in <paramref name="unit"/> reporting to <paramref name="atasan"/>, with their holders.</summary>
    public void Isi(RencanaUnit unit, RencanaJabatan atasan, params Staf[] staf)
    {
        foreach (var s in staf)
        {
            var j = Jabatan(unit, s.Nama, s.Jenis, atasan, s.Jenjang);
            var pppk = (int)Math.Round(s.Jumlah * s.PorsiPppk);
            for (var i = 0; i < s.Jumlah; i++)
            {
                Tambah(orang.Buat(j, s.Profil, i < s.Jumlah - pppk ? JenisPegawai.Pns : JenisPegawai.Pppk, s.PorsiWanita));
            }
        }
    }

    public RencanaPegawai Tambah(RencanaPegawai p)
    {
        p.Jabatan?.Pemegang.Add(p);
        Hasil.Pegawai.Add(p);
        return p;
    }
}
