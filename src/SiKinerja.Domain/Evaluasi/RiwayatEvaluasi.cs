using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>What happened in one <see cref="RiwayatEvaluasi"/> entry (several events share a from/to pair).</summary>
public enum PeristiwaEvaluasi
{
    Dinilai = 1,
    Difinalkan = 2,
    Diterima = 3,
    KeberatanDiajukan = 4,
    KeberatanDiterima = 5,
    KeberatanDitolak = 6,
    DibukaKembali = 7,
}

/// <summary>
/// One step of an evaluation's workflow: event, from, to, who (NIP), when (UTC, passed in: the domain has no clock)
/// and the reason or note. Append-only, like <see cref="RiwayatStatusSkp"/>.
/// </summary>
public class RiwayatEvaluasi
{
    public const int PelakuMaxLength = 32;
    public const int CatatanMaxLength = 2000;

    private RiwayatEvaluasi()
    {
        PelakuNip = string.Empty;
    }

    internal RiwayatEvaluasi(PeristiwaEvaluasi peristiwa, StatusEvaluasi dari, StatusEvaluasi ke, string pelakuNip, DateTime waktuUtc, string? catatan)
    {
        Peristiwa = peristiwa;
        Dari = dari;
        Ke = ke;
        PelakuNip = TeksSkp.Wajib(pelakuNip, PelakuMaxLength);
        WaktuUtc = waktuUtc;
        Catatan = TeksSkp.Opsional(catatan, CatatanMaxLength);
    }

    public int Id { get; private set; }

    public int EvaluasiPeriodeId { get; private set; }

    public PeristiwaEvaluasi Peristiwa { get; private set; }

    public StatusEvaluasi Dari { get; private set; }

    public StatusEvaluasi Ke { get; private set; }

    public string PelakuNip { get; private set; }

    public DateTime WaktuUtc { get; private set; }

    public string? Catatan { get; private set; }
}
