using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Domain.Pengembangan;

/// <summary>Potensi class of the talent 9-box (X axis).</summary>
public enum TingkatPotensi
{
    Rendah = 1,
    Menengah = 2,
    Tinggi = 3,
}

/// <summary>Kinerja class of the talent 9-box (Y axis), from the annual predikat.</summary>
public enum TingkatKinerja
{
    DiBawahEkspektasi = 1,
    SesuaiEkspektasi = 2,
    DiAtasEkspektasi = 3,
}

/// <summary>
/// The thresholds of the talent 9-box (PermenPANRB 3/2020; DOMAIN.md §8), settings section <c>Talenta</c>:
/// a potensi score ≤ <see cref="PotensiBatasRendah"/> is rendah, ≤ <see cref="PotensiBatasTinggi"/> menengah, above tinggi.
/// </summary>
public sealed class AturanTalenta
{
    public int PotensiBatasRendah { get; set; } = 40;

    public int PotensiBatasTinggi { get; set; } = 80;

    public bool Sah => PotensiBatasRendah >= Asesmen.NilaiMinimum && PotensiBatasRendah < PotensiBatasTinggi
        && PotensiBatasTinggi < Asesmen.NilaiMaksimum;

    public TingkatPotensi Potensi(int nilai) =>
        nilai <= PotensiBatasRendah ? TingkatPotensi.Rendah
        : nilai <= PotensiBatasTinggi ? TingkatPotensi.Menengah
        : TingkatPotensi.Tinggi;

    public static TingkatKinerja Kinerja(PredikatKinerja predikat) => predikat switch
    {
        PredikatKinerja.SangatBaik => TingkatKinerja.DiAtasEkspektasi,
        PredikatKinerja.Baik => TingkatKinerja.SesuaiEkspektasi,
        _ => TingkatKinerja.DiBawahEkspektasi,
    };
}

/// <summary>One box of the talent 9-box: number 1–9 with its kinerja and potensi class (labels: DOMAIN.md §8).</summary>
public sealed record KotakTalenta(int Nomor, TingkatKinerja Kinerja, TingkatPotensi Potensi)
{
    /// <summary>The nine boxes, by number.</summary>
    public static IReadOnlyList<KotakTalenta> Semua { get; } =
    [
        new(1, TingkatKinerja.DiBawahEkspektasi, TingkatPotensi.Rendah),
        new(2, TingkatKinerja.SesuaiEkspektasi, TingkatPotensi.Rendah),
        new(3, TingkatKinerja.DiBawahEkspektasi, TingkatPotensi.Menengah),
        new(4, TingkatKinerja.DiAtasEkspektasi, TingkatPotensi.Rendah),
        new(5, TingkatKinerja.SesuaiEkspektasi, TingkatPotensi.Menengah),
        new(6, TingkatKinerja.DiBawahEkspektasi, TingkatPotensi.Tinggi),
        new(7, TingkatKinerja.DiAtasEkspektasi, TingkatPotensi.Menengah),
        new(8, TingkatKinerja.SesuaiEkspektasi, TingkatPotensi.Tinggi),
        new(9, TingkatKinerja.DiAtasEkspektasi, TingkatPotensi.Tinggi),
    ];

    public static KotakTalenta Dari(TingkatKinerja kinerja, TingkatPotensi potensi) =>
        Semua.Single(k => k.Kinerja == kinerja && k.Potensi == potensi);

    public static KotakTalenta Tempatkan(PredikatKinerja predikat, int nilaiPotensi, AturanTalenta aturan)
    {
        if (nilaiPotensi is < Asesmen.NilaiMinimum or > Asesmen.NilaiMaksimum)
        {
            throw new Common.DomainException(KodePengembangan.NilaiPotensiTidakValid, Asesmen.NilaiMinimum, Asesmen.NilaiMaksimum);
        }

        return Dari(AturanTalenta.Kinerja(predikat), aturan.Potensi(nilaiPotensi));
    }
}
