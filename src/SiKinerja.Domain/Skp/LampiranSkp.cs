namespace SiKinerja.Domain.Skp;

/// <summary>
/// One numbered item of the LAMPIRAN SKP page (DOMAIN.md §1.3): the page holds three ordered lists
/// (<see cref="JenisLampiran"/>), stored as rows of (jenis, urutan, teks). Read them with
/// <see cref="Skp.LampiranMenurut"/>; replace a list with <see cref="Skp.UbahLampiran"/>.
/// </summary>
public class LampiranSkp
{
    public const int TeksMaxLength = 1000;

    private LampiranSkp()
    {
        Teks = string.Empty;
    }

    internal LampiranSkp(JenisLampiran jenis, int urutan, string teks)
    {
        Jenis = jenis;
        Urutan = urutan;
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public JenisLampiran Jenis { get; private set; }

    /// <summary>1-based within its list.</summary>
    public int Urutan { get; private set; }

    public string Teks { get; private set; }

    internal LampiranSkp Salin() => new(Jenis, Urutan, Teks);
}
