using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>What an employee types for a development activity (the certificate file is set separately).</summary>
public sealed record DataKegiatan(
    JenisKegiatanPengembangan Jenis,
    JenisKompetensi JenisKompetensi,
    string Nama,
    string? Penyelenggara,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    int Jp,
    string? NomorSertifikat,
    int? KebutuhanPengembanganId);

/// <summary>
/// One competency development activity of one employee (diklat, kursus, seminar, e-learning, coaching…; DOMAIN.md §8)
/// with its JP (1 JP = 45 minutes) and certificate. The employee records it and may change it while it is not verified;
/// the pejabat penilai or the Admin BKD verifies or refuses it; a verified record changes only through
/// <see cref="Koreksi"/> (Admin BKD, with a reason). JP count in the year the activity ended (<see cref="Tahun"/>,
/// <see cref="AturanJp"/>). Audited and versioned; who may act is the web layer's decision.
/// </summary>
public class KegiatanPengembangan : IAuditable
{
    public const int NamaMaxLength = 300;
    public const int PenyelenggaraMaxLength = 200;
    public const int NomorSertifikatMaxLength = 100;
    public const int AlasanMaxLength = 2000;
    public const int PelakuMaxLength = 32;
    public const int NamaBerkasMaxLength = 200;
    public const int KunciBerkasMaxLength = 200;
    public const int JenisKontenMaxLength = 100;

    private KegiatanPengembangan()
    {
        Nama = string.Empty;
        DicatatOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public JenisKegiatanPengembangan Jenis { get; private set; }

    public JenisKompetensi JenisKompetensi { get; private set; }

    public string Nama { get; private set; }

    public string? Penyelenggara { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    /// <summary>The year whose 20 JP this activity counts towards: the year it ended (<see cref="AturanJp.TahunDari"/>).</summary>
    public int Tahun { get; private set; }

    public int Jp { get; private set; }

    public string? NomorSertifikat { get; private set; }

    /// <summary>Storage key of the certificate (Infrastructure/Berkas); null when none was uploaded.</summary>
    public string? KunciBerkas { get; private set; }

    public string? NamaBerkas { get; private set; }

    public string? JenisKonten { get; private set; }

    public long? UkuranBerkas { get; private set; }

    /// <summary>The development need (rekomendasi pengembangan) this activity answers; verifying it completes the need.</summary>
    public int? KebutuhanPengembanganId { get; private set; }

    public StatusKegiatan Status { get; private set; }

    public string DicatatOlehNip { get; private set; }

    public DateTime DicatatUtc { get; private set; }

    public string? DiverifikasiOlehNip { get; private set; }

    public DateTime? DiverifikasiUtc { get; private set; }

    public string? AlasanPenolakan { get; private set; }

    /// <summary>The reason of the last correction of a verified record by the Admin BKD.</summary>
    public string? AlasanKoreksi { get; private set; }

    public int Version { get; set; }

    public JalurPengembangan Jalur => AturanJp.Jalur(Jenis);

    public bool Terverifikasi => Status == StatusKegiatan.Terverifikasi;

    public static KegiatanPengembangan Catat(int pegawaiId, DataKegiatan data, string pelakuNip, DateTime waktuUtc)
    {
        var k = new KegiatanPengembangan
        {
            PegawaiId = pegawaiId,
            Status = StatusKegiatan.Diajukan,
            DicatatOlehNip = Teks.Wajib(pelakuNip, PelakuMaxLength),
            DicatatUtc = waktuUtc,
        };
        k.Terapkan(data);
        return k;
    }

    /// <summary>The employee's change of an unverified record; a refused record goes back to Diajukan.</summary>
    public void Ubah(DataKegiatan data)
    {
        PastikanBelumDiverifikasi();
        Terapkan(data);
        KembaliDiajukan();
    }

    /// <summary>Sets (or replaces) the certificate; returns the key of the file it replaced, for the caller to remove.</summary>
    public string? AturSertifikat(string kunciBerkas, string namaBerkas, string jenisKonten, long ukuranByte)
    {
        PastikanBelumDiverifikasi();
        var lama = KunciBerkas;
        KunciBerkas = Teks.Wajib(kunciBerkas, KunciBerkasMaxLength);
        NamaBerkas = Teks.Wajib(namaBerkas, NamaBerkasMaxLength);
        JenisKonten = Teks.Wajib(jenisKonten, JenisKontenMaxLength);
        UkuranBerkas = ukuranByte;
        KembaliDiajukan();
        return lama;
    }

    /// <summary>Removes the certificate of an unverified record; returns its key for the caller to remove.</summary>
    public string? HapusSertifikat()
    {
        PastikanBelumDiverifikasi();
        var lama = KunciBerkas;
        KunciBerkas = null;
        NamaBerkas = null;
        JenisKonten = null;
        UkuranBerkas = null;
        return lama;
    }

    public void Verifikasi(string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusKegiatan.Diajukan);
        Status = StatusKegiatan.Terverifikasi;
        DiverifikasiOlehNip = Teks.Wajib(pelakuNip, PelakuMaxLength);
        DiverifikasiUtc = waktuUtc;
        AlasanPenolakan = null;
    }

    public void Tolak(string? alasan, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusKegiatan.Diajukan);
        AlasanPenolakan = Alasan(alasan);
        Status = StatusKegiatan.Ditolak;
        DiverifikasiOlehNip = Teks.Wajib(pelakuNip, PelakuMaxLength);
        DiverifikasiUtc = waktuUtc;
    }

    /// <summary>The Admin BKD's correction of a verified record (the reason is kept; the record stays verified).</summary>
    public void Koreksi(DataKegiatan data, string? alasan)
    {
        if (!Terverifikasi)
        {
            throw new DomainException(KodePengembangan.BelumDiverifikasi);
        }

        AlasanKoreksi = Alasan(alasan);
        Terapkan(data);
    }

    /// <summary>The Admin BKD withdraws a verification (e.g. a certificate found invalid): back to Diajukan, with a reason.</summary>
    public void BatalkanVerifikasi(string? alasan)
    {
        if (!Terverifikasi)
        {
            throw new DomainException(KodePengembangan.BelumDiverifikasi);
        }

        AlasanKoreksi = Alasan(alasan);
        Status = StatusKegiatan.Diajukan;
        DiverifikasiOlehNip = null;
        DiverifikasiUtc = null;
    }

    public void PastikanBelumDiverifikasi()
    {
        if (Terverifikasi)
        {
            throw new DomainException(KodePengembangan.SudahDiverifikasi);
        }
    }

    private void PastikanStatus(StatusKegiatan status)
    {
        if (Status != status)
        {
            throw new DomainException(KodePengembangan.StatusTidakSesuai);
        }
    }

    private void KembaliDiajukan()
    {
        if (Status == StatusKegiatan.Ditolak)
        {
            Status = StatusKegiatan.Diajukan;
            DiverifikasiOlehNip = null;
            DiverifikasiUtc = null;
        }
    }

    private static string Alasan(string? alasan) =>
        string.IsNullOrWhiteSpace(alasan) ? throw new DomainException(KodePengembangan.AlasanWajib) : Teks.Wajib(alasan, AlasanMaxLength);

    private void Terapkan(DataKegiatan data)
    {
        if (data.TanggalSelesai < data.TanggalMulai)
        {
            throw new DomainException(KodePengembangan.TanggalTerbalik);
        }

        if (data.Jp < AturanJp.JpMinimum || data.Jp > AturanJp.JpMaksimum)
        {
            throw new DomainException(KodePengembangan.JpTidakValid, AturanJp.JpMinimum, AturanJp.JpMaksimum);
        }

        Jenis = Teks.Enum(data.Jenis);
        JenisKompetensi = Teks.Enum(data.JenisKompetensi);
        Nama = Teks.Wajib(data.Nama, NamaMaxLength);
        Penyelenggara = Teks.Opsional(data.Penyelenggara, PenyelenggaraMaxLength);
        TanggalMulai = data.TanggalMulai;
        TanggalSelesai = data.TanggalSelesai;
        Tahun = AturanJp.TahunDari(data.TanggalMulai, data.TanggalSelesai);
        Jp = data.Jp;
        NomorSertifikat = Teks.Opsional(data.NomorSertifikat, NomorSertifikatMaxLength);
        KebutuhanPengembanganId = data.KebutuhanPengembanganId;
    }
}
