using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// An assessment of one employee (assessment center, uji kompetensi, penilaian potensi) recorded by the Admin BKD: the
/// potential score (0–100, the X axis of the talent 9-box) and the assessed level per competency
/// (<see cref="LevelAsesmen"/>, aggregate parts), compared with the position's <see cref="StandarKompetensiJabatan"/>.
/// An employee's latest assessment counts. Audited and versioned (the root guards its parts).
/// </summary>
public class Asesmen : IAuditable
{
    public const int PenyelenggaraMaxLength = 200;
    public const int MetodeMaxLength = 100;
    public const int CatatanMaxLength = 2000;
    public const int NilaiMinimum = 0;
    public const int NilaiMaksimum = 100;

    private readonly List<LevelAsesmen> _level = [];

    private Asesmen()
    {
        Penyelenggara = string.Empty;
        DicatatOlehNip = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public DateOnly Tanggal { get; private set; }

    /// <summary>The assessor (UPT Penilaian Kompetensi, BKN, an accredited assessment center).</summary>
    public string Penyelenggara { get; private set; }

    public string? Metode { get; private set; }

    /// <summary>The potential score, 0–100; null when the assessment measured competencies only.</summary>
    public int? NilaiPotensi { get; private set; }

    public string? Catatan { get; private set; }

    public string DicatatOlehNip { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<LevelAsesmen> Level => _level;

    public static Asesmen Catat(int pegawaiId, DateOnly tanggal, string penyelenggara, string? metode, int? nilaiPotensi, string? catatan, string pelakuNip)
    {
        var a = new Asesmen { PegawaiId = pegawaiId, DicatatOlehNip = Teks.Wajib(pelakuNip, KegiatanPengembangan.PelakuMaxLength) };
        a.Ubah(tanggal, penyelenggara, metode, nilaiPotensi, catatan);
        return a;
    }

    public void Ubah(DateOnly tanggal, string penyelenggara, string? metode, int? nilaiPotensi, string? catatan)
    {
        if (nilaiPotensi is < NilaiMinimum or > NilaiMaksimum)
        {
            throw new DomainException(KodePengembangan.NilaiPotensiTidakValid, NilaiMinimum, NilaiMaksimum);
        }

        Tanggal = tanggal;
        Penyelenggara = Teks.Wajib(penyelenggara, PenyelenggaraMaxLength);
        Metode = Teks.Opsional(metode, MetodeMaxLength);
        NilaiPotensi = nilaiPotensi;
        Catatan = Teks.Opsional(catatan, CatatanMaxLength);
    }

    /// <summary>Replaces the assessed levels: kept rows are updated in place, others added or removed.</summary>
    public void AturLevel(IReadOnlyDictionary<int, int> levelPerKompetensi)
    {
        foreach (var level in levelPerKompetensi.Values)
        {
            Kompetensi.PeriksaLevel(level);
        }

        _level.RemoveAll(l => !levelPerKompetensi.ContainsKey(l.KompetensiId));
        foreach (var (kompetensiId, level) in levelPerKompetensi)
        {
            if (_level.Find(l => l.KompetensiId == kompetensiId) is { } ada)
            {
                ada.Ubah(level);
            }
            else
            {
                _level.Add(new LevelAsesmen(kompetensiId, level));
            }
        }
    }
}

/// <summary>The assessed level of one competency in one <see cref="Asesmen"/> (an aggregate part).</summary>
public class LevelAsesmen
{
    private LevelAsesmen()
    {
    }

    internal LevelAsesmen(int kompetensiId, int level)
    {
        KompetensiId = kompetensiId;
        Level = level;
    }

    public int Id { get; private set; }

    public int AsesmenId { get; private set; }

    public int KompetensiId { get; private set; }

    public int Level { get; private set; }

    internal void Ubah(int level) => Level = level;
}
