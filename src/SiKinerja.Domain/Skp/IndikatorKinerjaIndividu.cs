namespace SiKinerja.Domain.Skp;

/// <summary>
/// Indikator Kinerja Individu: aspect, indicator text and target of one RHK (DOMAIN.md §1.3 columns (4)–(6)).
/// Changed only through its <see cref="Skp"/>, which guards the status.
/// </summary>
public class IndikatorKinerjaIndividu
{
    public const int IndikatorMaxLength = 1000;

    private IndikatorKinerjaIndividu()
    {
        Indikator = string.Empty;
        Target = null!;
    }

    internal IndikatorKinerjaIndividu(Guid kunci, int urutan, AspekIki aspek, string indikator, Target target)
    {
        Kunci = kunci;
        Urutan = urutan;
        Indikator = string.Empty;
        Target = null!;
        Ubah(aspek, indikator, target);
    }

    public int Id { get; private set; }

    public int RencanaHasilKerjaId { get; private set; }

    /// <summary>Stable across revisions of the same SKP, so the revision diff can pair rows whose ids differ.</summary>
    public Guid Kunci { get; private set; }

    public int Urutan { get; internal set; }

    public AspekIki Aspek { get; private set; }

    public string Indikator { get; private set; }

    public Target Target { get; private set; }

    internal void Ubah(AspekIki aspek, string indikator, Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Aspek = aspek;
        Indikator = TeksSkp.Wajib(indikator, IndikatorMaxLength);
        Target = target;
    }

    internal IndikatorKinerjaIndividu Salin(bool kunciSama, int geserTahun = 0) =>
        new(kunciSama ? Kunci : Guid.NewGuid(), Urutan, Aspek, Indikator, Target.Salin(geserTahun));
}
