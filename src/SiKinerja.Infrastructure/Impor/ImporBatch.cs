namespace SiKinerja.Infrastructure.Impor;

/// <summary>
/// One uploaded SIASN employee file and its way through check, confirmation and write. Not audited
/// (it is a work record, and the audit JSON would copy the file); <see cref="Version"/> is bumped by
/// every change of state so that two instances or two admins cannot both move the same batch.
/// </summary>
public class ImporBatch
{
    public const int NamaBerkasMaxLength = 260;
    public const int Sha256Length = 64;
    public const int PenggunaMaxLength = 64;
    public const int PemilikMaxLength = 100;

    private ImporBatch()
    {
        NamaBerkas = string.Empty;
        Sha256 = string.Empty;
        DiunggahOleh = string.Empty;
    }

    public ImporBatch(string namaBerkas, byte[] isi, string sha256, string diunggahOleh, DateTime diunggahUtc)
    {
        NamaBerkas = namaBerkas;
        Isi = isi;
        UkuranByte = isi.LongLength;
        Sha256 = sha256;
        DiunggahOleh = diunggahOleh;
        DiunggahUtc = diunggahUtc;
        Status = StatusImpor.Diunggah;
        Version = 1;
    }

    public int Id { get; private set; }

    public string NamaBerkas { get; private set; }

    public long UkuranByte { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The file; dropped once the batch is finished or cancelled, to keep old batches small.</summary>
    public byte[]? Isi { get; private set; }

    /// <summary>NIP (or user name) of the admin who uploaded it.</summary>
    public string DiunggahOleh { get; private set; }

    public DateTime DiunggahUtc { get; private set; }

    public string? DikonfirmasiOleh { get; private set; }

    public DateTime? DikonfirmasiUtc { get; private set; }

    public DateTime? SelesaiUtc { get; private set; }

    public StatusImpor Status { get; private set; }

    public int BarisSelesai { get; private set; }

    public int BarisTotal { get; private set; }

    public int JumlahGalat { get; private set; }

    /// <summary>JSON: counts of the preview (new, changed, unchanged employees; new units and positions).</summary>
    public string? RingkasanJson { get; private set; }

    /// <summary>JSON: the file's errors (row, column, resource key, arguments).</summary>
    public string? GalatJson { get; private set; }

    /// <summary>JSON: what the write did.</summary>
    public string? HasilJson { get; private set; }

    /// <summary>JSON: why the batch failed (resource key and arguments).</summary>
    public string? GagalJson { get; private set; }

    /// <summary>The worker instance working on it, and when it last said so (a stale beat lets another resume it).</summary>
    public string? Pemilik { get; private set; }

    public DateTime? DetakUtc { get; private set; }

    public int Version { get; set; }

    public bool SedangDiproses => Status is StatusImpor.Diunggah or StatusImpor.Memeriksa or StatusImpor.Dikonfirmasi or StatusImpor.Menulis;

    public bool BisaDikonfirmasi => Status == StatusImpor.Diperiksa && JumlahGalat == 0;

    public bool BisaDibatalkan => Status is StatusImpor.Diunggah or StatusImpor.Diperiksa;

    /// <summary>Whether a worker may take it now: queued, or in progress with an owner that stopped beating.</summary>
    public bool BisaDiklaim(DateTime now, TimeSpan kedaluwarsa) => Status switch
    {
        StatusImpor.Diunggah or StatusImpor.Dikonfirmasi => true,
        StatusImpor.Memeriksa or StatusImpor.Menulis => DetakUtc is null || now - DetakUtc.Value > kedaluwarsa,
        _ => false,
    };

    /// <summary>Takes the batch for <paramref name="pemilik"/>: Diunggah → Memeriksa, Dikonfirmasi → Menulis (resumed ones stay).</summary>
    public void Klaim(string pemilik, DateTime now)
    {
        Status = Status switch
        {
            StatusImpor.Diunggah or StatusImpor.Memeriksa => StatusImpor.Memeriksa,
            StatusImpor.Dikonfirmasi or StatusImpor.Menulis => StatusImpor.Menulis,
            _ => throw new InvalidOperationException($"Batch {Id} in status {Status} cannot be claimed."),
        };
        Pemilik = pemilik;
        BarisSelesai = 0;
        Detak(now);
    }

    public void Progres(int selesai, int total, DateTime now)
    {
        BarisSelesai = selesai;
        BarisTotal = total;
        Detak(now);
    }

    public void Diperiksa(int total, int jumlahGalat, string ringkasanJson, string galatJson, DateTime now)
    {
        Status = StatusImpor.Diperiksa;
        BarisTotal = total;
        BarisSelesai = total;
        JumlahGalat = jumlahGalat;
        RingkasanJson = ringkasanJson;
        GalatJson = galatJson;
        Pemilik = null;
        Detak(now);
    }

    public void Konfirmasi(string oleh, DateTime now)
    {
        if (!BisaDikonfirmasi)
        {
            throw new InvalidOperationException($"Batch {Id} in status {Status} with {JumlahGalat} errors cannot be confirmed.");
        }

        Status = StatusImpor.Dikonfirmasi;
        DikonfirmasiOleh = oleh;
        DikonfirmasiUtc = now;
        Version++;
    }

    public void Selesai(string hasilJson, DateTime now)
    {
        Status = StatusImpor.Selesai;
        HasilJson = hasilJson;
        BarisSelesai = BarisTotal;
        SelesaiUtc = now;
        Isi = null;
        Pemilik = null;
        Detak(now);
    }

    public void Gagal(string gagalJson, DateTime now)
    {
        Status = StatusImpor.Gagal;
        GagalJson = gagalJson;
        SelesaiUtc = now;
        Pemilik = null;
        Detak(now);
    }

    public void Batalkan(DateTime now)
    {
        if (!BisaDibatalkan)
        {
            throw new InvalidOperationException($"Batch {Id} in status {Status} cannot be cancelled.");
        }

        Status = StatusImpor.Dibatalkan;
        SelesaiUtc = now;
        Isi = null;
        Version++;
    }

    private void Detak(DateTime now)
    {
        DetakUtc = now;
        Version++;
    }
}

/// <summary>Where a batch is: Diunggah → Memeriksa → Diperiksa → Dikonfirmasi → Menulis → Selesai | Gagal | Dibatalkan.</summary>
public enum StatusImpor
{
    Diunggah = 1,
    Memeriksa = 2,
    Diperiksa = 3,
    Dikonfirmasi = 4,
    Menulis = 5,
    Selesai = 6,
    Gagal = 7,
    Dibatalkan = 8,
}
