using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>
/// The employee's own report on one period of an approved SKP (DOMAIN.md §1.7 steps 6–7): per IKI the rencana aksi
/// and the realisasi with bukti dukung (<see cref="RealisasiIki"/>), and a self-assessment note. A separate aggregate
/// from the pejabat penilai's <see cref="EvaluasiPeriode"/> so that the employee and the supervisor never overwrite
/// each other's work; each has its own <see cref="Version"/>. IKI are referred to by their stable
/// <see cref="IndikatorKinerjaIndividu.Kunci"/>, so a realisasi survives a revision of the SKP. Who may change it
/// (the employee, while the period is open and the evaluation is not final) is decided by the web layer.
/// </summary>
public class RealisasiPeriode : IAuditable
{
    public const int CatatanMandiriMaxLength = 4000;

    private readonly List<RealisasiIki> _indikator = [];

    private RealisasiPeriode()
    {
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public int PeriodeEvaluasiId { get; private set; }

    /// <summary>The employee's self-assessment (penilaian mandiri) of the period.</summary>
    public string? CatatanMandiri { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<RealisasiIki> Indikator => _indikator.AsReadOnly();

    public static RealisasiPeriode Buat(int skpId, int periodeEvaluasiId) =>
        new() { SkpId = skpId, PeriodeEvaluasiId = periodeEvaluasiId };

    /// <summary>
    /// Follows the SKP to its newly approved revision (the evaluated SKP of the segment changes; the IKI keep their
    /// <see cref="IndikatorKinerjaIndividu.Kunci"/>, so every row still finds its IKI).
    /// </summary>
    public void PindahKeSkp(int skpIdBaru)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(skpIdBaru);
        SkpId = skpIdBaru;
    }

    /// <summary>How many of <paramref name="ikiKunci"/> have a realisasi (number, date or text).</summary>
    public int JumlahTerisi(IEnumerable<Guid> ikiKunci)
    {
        ArgumentNullException.ThrowIfNull(ikiKunci);
        return ikiKunci.Distinct().Count(k => Untuk(k)?.Terisi == true);
    }

    /// <summary>The realisasi of the IKI with <paramref name="ikiKunci"/>, or null when none was entered.</summary>
    public RealisasiIki? Untuk(Guid ikiKunci) => _indikator.Find(i => i.IkiKunci == ikiKunci);

    /// <summary>Sets the rencana aksi and realisasi of one IKI (creating its row on first use).</summary>
    public RealisasiIki Isi(Guid ikiKunci, string? rencanaAksi, decimal? realisasiAngka, DateOnly? realisasiTanggal, string? realisasiTeks)
    {
        if (ikiKunci == Guid.Empty)
        {
            throw new ArgumentException("IKI key expected.", nameof(ikiKunci));
        }

        var baris = Untuk(ikiKunci);
        if (baris is null)
        {
            baris = new RealisasiIki(ikiKunci);
            _indikator.Add(baris);
        }

        baris.Isi(rencanaAksi, realisasiAngka, realisasiTanggal, realisasiTeks);
        return baris;
    }

    public void UbahCatatanMandiri(string? catatan) => CatatanMandiri = TeksSkp.Opsional(catatan, CatatanMandiriMaxLength);

    /// <summary>Adds a link as bukti dukung of one IKI; only absolute http(s) addresses are accepted.</summary>
    public BuktiDukung TambahTautan(Guid ikiKunci, string url, string? keterangan, string pelakuNip, DateTime waktuUtc)
    {
        var baris = Untuk(ikiKunci) ?? Isi(ikiKunci, null, null, null, null);
        return baris.Tambah(BuktiDukung.Tautan(url, keterangan, pelakuNip, waktuUtc));
    }

    /// <summary>
    /// Adds a stored file as bukti dukung of one IKI. The file was checked (content, size, name) and stored by the
    /// infrastructure before; <paramref name="kunciBerkas"/> is its storage key.
    /// </summary>
    public BuktiDukung TambahBerkas(
        Guid ikiKunci, string kunciBerkas, string namaBerkas, long ukuranByte, string jenisKonten, string? keterangan,
        string pelakuNip, DateTime waktuUtc)
    {
        var baris = Untuk(ikiKunci) ?? Isi(ikiKunci, null, null, null, null);
        return baris.Tambah(BuktiDukung.Berkas(kunciBerkas, namaBerkas, ukuranByte, jenisKonten, keterangan, pelakuNip, waktuUtc));
    }

    /// <summary>
    /// Removes one stored bukti dukung; returns it (so a stored file can be deleted after the save) or null when absent.
    /// Ids below 1 (bukti not saved yet, which all share id 0) match nothing.
    /// </summary>
    public BuktiDukung? HapusBukti(int buktiId)
    {
        if (buktiId <= 0)
        {
            return null;
        }

        foreach (var baris in _indikator)
        {
            var bukti = baris.Hapus(buktiId);
            if (bukti is not null)
            {
                return bukti;
            }
        }

        return null;
    }
}

/// <summary>Rencana aksi and realisasi of one IKI in one period, with its bukti dukung.</summary>
public class RealisasiIki
{
    public const int RencanaAksiMaxLength = 2000;
    public const int RealisasiTeksMaxLength = 2000;

    /// <summary>At most this many bukti dukung per IKI per period.</summary>
    public const int BuktiMaksimum = 20;

    private readonly List<BuktiDukung> _bukti = [];

    private RealisasiIki()
    {
    }

    internal RealisasiIki(Guid ikiKunci)
    {
        IkiKunci = ikiKunci;
    }

    public int Id { get; private set; }

    public int RealisasiPeriodeId { get; private set; }

    /// <summary><see cref="IndikatorKinerjaIndividu.Kunci"/> of the IKI (stable across revisions).</summary>
    public Guid IkiKunci { get; private set; }

    public string? RencanaAksi { get; private set; }

    /// <summary>For an Angka or Rentang target.</summary>
    public decimal? RealisasiAngka { get; private set; }

    /// <summary>For a Tanggal (deadline) target: when it was done.</summary>
    public DateOnly? RealisasiTanggal { get; private set; }

    /// <summary>The realisasi in words (always allowed; the only one for a Narasi target).</summary>
    public string? RealisasiTeks { get; private set; }

    public IReadOnlyList<BuktiDukung> Bukti => _bukti.AsReadOnly();

    /// <summary>A realisasi was entered (a number, a date or words); a rencana aksi alone is not one.</summary>
    public bool Terisi => RealisasiAngka is not null || RealisasiTanggal is not null || RealisasiTeks is not null;

    internal void Isi(string? rencanaAksi, decimal? realisasiAngka, DateOnly? realisasiTanggal, string? realisasiTeks)
    {
        if (realisasiAngka is < 0)
        {
            throw new DomainException(KodeEvaluasi.RealisasiNegatif);
        }

        // The column holds what a target may hold (18 digits, 4 decimals): refuse rather than fail at save.
        if (realisasiAngka > Target.BatasNilai)
        {
            throw new DomainException(KodeEvaluasi.RealisasiTerlaluBesar, Target.BatasNilai);
        }

        RencanaAksi = TeksSkp.Opsional(rencanaAksi, RencanaAksiMaxLength);
        RealisasiAngka = realisasiAngka;
        RealisasiTanggal = realisasiTanggal;
        RealisasiTeks = TeksSkp.Opsional(realisasiTeks, RealisasiTeksMaxLength);
    }

    internal BuktiDukung Tambah(BuktiDukung bukti)
    {
        if (_bukti.Count >= BuktiMaksimum)
        {
            throw new DomainException(KodeEvaluasi.BuktiTerlaluBanyak, BuktiMaksimum);
        }

        _bukti.Add(bukti);
        return bukti;
    }

    internal BuktiDukung? Hapus(int buktiId)
    {
        var bukti = _bukti.Find(b => b.Id == buktiId);
        if (bukti is not null)
        {
            _bukti.Remove(bukti);
        }

        return bukti;
    }
}

public enum JenisBuktiDukung
{
    Tautan = 1,
    Berkas = 2,
}

/// <summary>
/// One piece of evidence for a realisasi: a link or an uploaded file (its bytes live in the file store under
/// <see cref="KunciBerkas"/>, outside wwwroot, and are served only to people who may read the SKP).
/// </summary>
public class BuktiDukung
{
    public const int UrlMaxLength = 2000;
    public const int NamaBerkasMaxLength = 200;
    public const int KunciBerkasMaxLength = 200;
    public const int JenisKontenMaxLength = 100;
    public const int KeteranganMaxLength = 500;

    private BuktiDukung()
    {
        DiunggahOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int RealisasiIkiId { get; private set; }

    public JenisBuktiDukung Jenis { get; private set; }

    public string? Url { get; private set; }

    public string? KunciBerkas { get; private set; }

    /// <summary>The (sanitised) file name shown and offered on download; null for a link.</summary>
    public string? NamaBerkas { get; private set; }

    public long? UkuranByte { get; private set; }

    public string? JenisKonten { get; private set; }

    public string? Keterangan { get; private set; }

    public string DiunggahOlehNip { get; private set; }

    public DateTime DiunggahUtc { get; private set; }

    internal static BuktiDukung Tautan(string url, string? keterangan, string pelakuNip, DateTime waktuUtc)
    {
        var teks = url?.Trim();
        if (string.IsNullOrEmpty(teks) || teks.Length > UrlMaxLength
            || !Uri.TryCreate(teks, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DomainException(KodeEvaluasi.TautanTidakValid);
        }

        return new BuktiDukung
        {
            Jenis = JenisBuktiDukung.Tautan,
            Url = uri.AbsoluteUri,
            Keterangan = TeksSkp.Opsional(keterangan, KeteranganMaxLength),
            DiunggahOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength),
            DiunggahUtc = waktuUtc,
        };
    }

    internal static BuktiDukung Berkas(
        string kunciBerkas, string namaBerkas, long ukuranByte, string jenisKonten, string? keterangan, string pelakuNip, DateTime waktuUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ukuranByte);
        return new BuktiDukung
        {
            Jenis = JenisBuktiDukung.Berkas,
            KunciBerkas = TeksSkp.Wajib(kunciBerkas, KunciBerkasMaxLength),
            NamaBerkas = TeksSkp.Wajib(namaBerkas, NamaBerkasMaxLength),
            UkuranByte = ukuranByte,
            JenisKonten = TeksSkp.Wajib(jenisKonten, JenisKontenMaxLength),
            Keterangan = TeksSkp.Opsional(keterangan, KeteranganMaxLength),
            DiunggahOlehNip = TeksSkp.Wajib(pelakuNip, RiwayatEvaluasi.PelakuMaxLength),
            DiunggahUtc = waktuUtc,
        };
    }
}
