namespace SiKinerja.Infrastructure.Dokumen;

/// <summary>
/// One batch print (issue 5): the documents of one kind for one period (or year) and unit, made by a background
/// worker into one ZIP (and, on request, one merged PDF). Like the import batch it is a work record: not audited,
/// <see cref="Version"/> bumped by every change so that two instances or two admins cannot both move it. A job is
/// claimed by a versioned status update (one instance wins), beats a heartbeat while it works and is restarted from
/// scratch by any instance once the beat is stale; the result file is only named once it is complete.
/// <code>Antre → Berjalan → Selesai | Gagal;  Antre | Berjalan → Dibatalkan</code>
/// </summary>
public class TugasCetak
{
    public const int PenggunaMaxLength = 64;
    public const int PemilikMaxLength = 100;
    public const int AlamatMaxLength = 300;
    public const int BerkasMaxLength = 100;
    public const int KodeGalatMaxLength = 100;

    private TugasCetak()
    {
        DibuatOleh = string.Empty;
        AlamatVerifikasi = string.Empty;
    }

    public TugasCetak(int jenis, int? periodeEvaluasiId, int tahun, int unitKerjaId, bool termasukSubunit, bool gabung,
        string alamatVerifikasi, string dibuatOleh, DateTime dibuatUtc)
    {
        Jenis = jenis;
        PeriodeEvaluasiId = periodeEvaluasiId;
        Tahun = tahun;
        UnitKerjaId = unitKerjaId;
        TermasukSubunit = termasukSubunit;
        Gabung = gabung;
        AlamatVerifikasi = alamatVerifikasi;
        DibuatOleh = dibuatOleh;
        DibuatUtc = dibuatUtc;
        Status = StatusTugasCetak.Antre;
        Version = 1;
    }

    public int Id { get; private set; }

    /// <summary>The document kind (the web layer's <c>JenisDokumen</c>).</summary>
    public int Jenis { get; private set; }

    /// <summary>The period for periodic documents; null for yearly ones (SKP, annual evaluation).</summary>
    public int? PeriodeEvaluasiId { get; private set; }

    public int Tahun { get; private set; }

    public int UnitKerjaId { get; private set; }

    public bool TermasukSubunit { get; private set; }

    /// <summary>Also make one merged PDF of all documents.</summary>
    public bool Gabung { get; private set; }

    /// <summary>Base address printed in the QR codes (taken from the request that queued the job).</summary>
    public string AlamatVerifikasi { get; private set; }

    public string DibuatOleh { get; private set; }

    public DateTime DibuatUtc { get; private set; }

    public DateTime? MulaiUtc { get; private set; }

    public DateTime? SelesaiUtc { get; private set; }

    public StatusTugasCetak Status { get; private set; }

    public int Total { get; private set; }

    public int Selesai { get; private set; }

    /// <summary>Documents skipped (the record could not be rendered); named in <see cref="CatatanJson"/>.</summary>
    public int Dilewati { get; private set; }

    /// <summary>JSON: the documents skipped and why (per row), shown on the job page.</summary>
    public string? CatatanJson { get; private set; }

    /// <summary>Resource key of why the job failed.</summary>
    public string? KodeGalat { get; private set; }

    /// <summary>Storage key of the finished ZIP (set only when complete).</summary>
    public string? BerkasZip { get; private set; }

    /// <summary>Storage key of the finished merged PDF (set only when complete).</summary>
    public string? BerkasGabungan { get; private set; }

    public long UkuranByte { get; private set; }

    /// <summary>How many times a worker has started it (more than 1: restarted after a stop).</summary>
    public int Percobaan { get; private set; }

    public string? Pemilik { get; private set; }

    public DateTime? DetakUtc { get; private set; }

    public int Version { get; set; }

    public bool Terbuka => Status is StatusTugasCetak.Antre or StatusTugasCetak.Berjalan;

    public bool BisaDiklaim(DateTime now, TimeSpan kedaluwarsa) => Status switch
    {
        StatusTugasCetak.Antre => true,
        StatusTugasCetak.Berjalan => DetakUtc is null || now - DetakUtc.Value > kedaluwarsa,
        _ => false,
    };

    /// <summary>Takes the job for <paramref name="pemilik"/>; a restarted job starts again from zero.</summary>
    public void Klaim(string pemilik, DateTime now)
    {
        if (!Terbuka)
        {
            throw new InvalidOperationException($"Job {Id} in status {Status} cannot be claimed.");
        }

        Status = StatusTugasCetak.Berjalan;
        Pemilik = pemilik;
        MulaiUtc = now;
        Selesai = 0;
        Dilewati = 0;
        CatatanJson = null;
        Percobaan++;
        Detak(now);
    }

    public void Progres(int selesai, int dilewati, int total, DateTime now)
    {
        Selesai = selesai;
        Dilewati = dilewati;
        Total = total;
        Detak(now);
    }

    public void Rampung(string berkasZip, string? berkasGabungan, long ukuranByte, string? catatanJson, DateTime now)
    {
        Status = StatusTugasCetak.Selesai;
        BerkasZip = berkasZip;
        BerkasGabungan = berkasGabungan;
        UkuranByte = ukuranByte;
        CatatanJson = catatanJson;
        Selesai = Total - Dilewati;
        SelesaiUtc = now;
        Pemilik = null;
        Detak(now);
    }

    public void Gagal(string kodeGalat, DateTime now)
    {
        Status = StatusTugasCetak.Gagal;
        KodeGalat = kodeGalat.Length <= KodeGalatMaxLength ? kodeGalat : kodeGalat[..KodeGalatMaxLength];
        SelesaiUtc = now;
        Pemilik = null;
        Detak(now);
    }

    public void Batalkan(DateTime now)
    {
        if (!Terbuka)
        {
            throw new InvalidOperationException($"Job {Id} in status {Status} cannot be cancelled.");
        }

        Status = StatusTugasCetak.Dibatalkan;
        SelesaiUtc = now;
        Pemilik = null;
        Version++;
    }

    private void Detak(DateTime now)
    {
        DetakUtc = now;
        Version++;
    }
}

public enum StatusTugasCetak
{
    Antre = 1,
    Berjalan = 2,
    Selesai = 3,
    Gagal = 4,
    Dibatalkan = 5,
}
