using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Domain.Karier;

/// <summary>
/// A penghargaan an employee received (Satyalancana Karya Satya X/XX/XXX, pegawai berprestasi/teladan, innovation awards,
/// others), with the decree. Recorded by the Admin BKD. Audited and versioned.
/// </summary>
public class Penghargaan : IAuditable
{
    public const int NamaMaxLength = 300;
    public const int PemberiMaxLength = 200;
    public const int NomorSkMaxLength = 100;
    public const int KeteranganMaxLength = 2000;

    private Penghargaan()
    {
        NomorSk = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public JenisPenghargaan Jenis { get; private set; }

    /// <summary>The award's own name where the kind does not say it all ("Juara I Inovasi Daerah 2025").</summary>
    public string? Nama { get; private set; }

    /// <summary>Who gave it (Presiden, Gubernur, Bupati, a ministry).</summary>
    public string? Pemberi { get; private set; }

    public string NomorSk { get; private set; }

    public DateOnly TanggalSk { get; private set; }

    /// <summary>The decree's year (for yearly lists).</summary>
    public int Tahun { get; private set; }

    public string? Keterangan { get; private set; }

    public int Version { get; set; }

    public static Penghargaan Catat(int pegawaiId, JenisPenghargaan jenis, string? nama, string? pemberi, string nomorSk, DateOnly tanggalSk, string? keterangan)
    {
        var p = new Penghargaan { PegawaiId = pegawaiId };
        p.Ubah(jenis, nama, pemberi, nomorSk, tanggalSk, keterangan);
        return p;
    }

    public void Ubah(JenisPenghargaan jenis, string? nama, string? pemberi, string nomorSk, DateOnly tanggalSk, string? keterangan)
    {
        Jenis = Teks.Enum(jenis);
        Nama = jenis == JenisPenghargaan.Lainnya ? Teks.Wajib(nama, NamaMaxLength) : Teks.Opsional(nama, NamaMaxLength);
        Pemberi = Teks.Opsional(pemberi, PemberiMaxLength);
        NomorSk = Teks.Wajib(nomorSk, NomorSkMaxLength);
        TanggalSk = tanggalSk;
        Tahun = tanggalSk.Year;
        Keterangan = Teks.Opsional(keterangan, KeteranganMaxLength);
    }

    /// <summary>The Satyalancana tier (10/20/30 years) of a kind, or null.</summary>
    public static int? TahunSatyalancana(JenisPenghargaan jenis) => jenis switch
    {
        JenisPenghargaan.SatyalancanaX => 10,
        JenisPenghargaan.SatyalancanaXX => 20,
        JenisPenghargaan.SatyalancanaXXX => 30,
        _ => null,
    };
}
