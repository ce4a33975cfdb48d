using SiKinerja.Domain.Common;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Domain.Karier;

/// <summary>
/// A disciplinary sanction (hukuman disiplin, PP 94/2021) with its decree and the time it runs. Recorded by the Admin BKD;
/// a moderate or severe one blocks Satyalancana Karya Satya and, while it runs, a regular promotion. Audited and versioned.
/// </summary>
public class HukumanDisiplin : IAuditable
{
    public const int JenisMaxLength = 300;
    public const int NomorSkMaxLength = 100;
    public const int KeteranganMaxLength = 2000;

    private HukumanDisiplin()
    {
        Jenis = string.Empty;
        NomorSk = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public TingkatHukuman Tingkat { get; private set; }

    /// <summary>The sanction as decreed ("Pemotongan tunjangan kinerja 25% selama 6 bulan").</summary>
    public string Jenis { get; private set; }

    public string NomorSk { get; private set; }

    public DateOnly TanggalSk { get; private set; }

    public DateOnly TmtMulai { get; private set; }

    /// <summary>When it ends; null for one with no duration (teguran, pemberhentian).</summary>
    public DateOnly? TmtSelesai { get; private set; }

    public string? Keterangan { get; private set; }

    public int Version { get; set; }

    public bool SedangAtauBerat => Tingkat is TingkatHukuman.Sedang or TingkatHukuman.Berat;

    public static HukumanDisiplin Catat(
        int pegawaiId, TingkatHukuman tingkat, string jenis, string nomorSk, DateOnly tanggalSk, DateOnly tmtMulai, DateOnly? tmtSelesai, string? keterangan)
    {
        var h = new HukumanDisiplin { PegawaiId = pegawaiId };
        h.Ubah(tingkat, jenis, nomorSk, tanggalSk, tmtMulai, tmtSelesai, keterangan);
        return h;
    }

    public void Ubah(TingkatHukuman tingkat, string jenis, string nomorSk, DateOnly tanggalSk, DateOnly tmtMulai, DateOnly? tmtSelesai, string? keterangan)
    {
        if (tmtSelesai < tmtMulai)
        {
            throw new DomainException(KodeKarier.TanggalTerbalik);
        }

        Tingkat = Teks.Enum(tingkat);
        Jenis = Teks.Wajib(jenis, JenisMaxLength);
        NomorSk = Teks.Wajib(nomorSk, NomorSkMaxLength);
        TanggalSk = tanggalSk;
        TmtMulai = tmtMulai;
        TmtSelesai = tmtSelesai;
        Keterangan = Teks.Opsional(keterangan, KeteranganMaxLength);
    }

    /// <summary>True when the sanction runs on <paramref name="tanggal"/> (no end date: only on its first day).</summary>
    public static bool BerlakuPada(DateOnly tmtMulai, DateOnly? tmtSelesai, DateOnly tanggal) =>
        tmtMulai <= tanggal && tanggal <= (tmtSelesai ?? tmtMulai);
}
