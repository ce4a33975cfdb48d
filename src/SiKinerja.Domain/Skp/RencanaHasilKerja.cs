using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>
/// Rencana Hasil Kerja (DOMAIN.md §1.3 column (3)), grouped Utama/Tambahan, with one or more IKI.
/// Cascading: it names the RHK of the pejabat penilai's SKP it intervenes (<see cref="RhkAtasanId"/>), or at the
/// top of the tree (JPT, heads of perangkat daerah) an organisation target from the Perjanjian Kinerja / Renstra
/// (<see cref="SasaranOrganisasiId"/>), never both. That the linked RHK really belongs to the supervisor's SKP is
/// checked by the service, which has the database. Changed only through its <see cref="Skp"/>.
/// </summary>
public class RencanaHasilKerja
{
    public const int TeksMaxLength = 1000;

    private readonly List<IndikatorKinerjaIndividu> _indikator = [];

    private RencanaHasilKerja()
    {
        Teks = string.Empty;
    }

    internal RencanaHasilKerja(Guid kunci, int urutan, JenisRhk jenis, string teks, int? rhkAtasanId, int? sasaranOrganisasiId)
    {
        Kunci = kunci;
        Urutan = urutan;
        Teks = string.Empty;
        Ubah(jenis, teks, rhkAtasanId, sasaranOrganisasiId);
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    /// <summary>Stable across revisions of the same SKP, so the revision diff can pair rows whose ids differ.</summary>
    public Guid Kunci { get; private set; }

    /// <summary>1-based position in the SKP (display groups by <see cref="Jenis"/>, then this).</summary>
    public int Urutan { get; internal set; }

    public JenisRhk Jenis { get; private set; }

    public string Teks { get; private set; }

    /// <summary>The intervened RHK of the pejabat penilai's SKP; null until linked (drafting may start before it exists).</summary>
    public int? RhkAtasanId { get; private set; }

    /// <summary>Organisation target (Perjanjian Kinerja / Renstra sasaran) for the top of the tree.</summary>
    public int? SasaranOrganisasiId { get; private set; }

    /// <summary>In <see cref="IndikatorKinerjaIndividu.Urutan"/> order.</summary>
    public IReadOnlyList<IndikatorKinerjaIndividu> Indikator => [.. _indikator.OrderBy(i => i.Urutan)];

    internal void Ubah(JenisRhk jenis, string teks, int? rhkAtasanId, int? sasaranOrganisasiId)
    {
        if (rhkAtasanId is not null && sasaranOrganisasiId is not null)
        {
            throw new DomainException(KodeSkp.TautanGanda);
        }

        Jenis = jenis;
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
        RhkAtasanId = rhkAtasanId;
        SasaranOrganisasiId = sasaranOrganisasiId;
    }

    internal IndikatorKinerjaIndividu TambahIki(AspekIki aspek, string indikator, Target target)
    {
        var iki = new IndikatorKinerjaIndividu(Guid.NewGuid(), _indikator.Count + 1, aspek, indikator, target);
        _indikator.Add(iki);
        return iki;
    }

    internal IndikatorKinerjaIndividu Milik(IndikatorKinerjaIndividu iki) =>
        _indikator.Contains(iki) ? iki : throw new DomainException(KodeSkp.IkiTidakDitemukan);

    internal void HapusIki(IndikatorKinerjaIndividu iki)
    {
        _indikator.Remove(Milik(iki));
        UrutkanUlang();
    }

    internal void PindahkanIki(IndikatorKinerjaIndividu iki, int urutanBaru)
    {
        Milik(iki);
        if (urutanBaru < 1 || urutanBaru > _indikator.Count)
        {
            throw new DomainException(KodeSkp.UrutanTidakValid);
        }

        var urutan = Indikator.Where(i => i != iki).ToList();
        urutan.Insert(urutanBaru - 1, iki);
        var n = 1;
        foreach (var i in urutan)
        {
            i.Urutan = n++;
        }
    }

    /// <summary>
    /// A copy of the content; <paramref name="untukRevisi"/> keeps the pairing keys and the cascading links; deadline
    /// targets move by <paramref name="geserTahun"/> years.
    /// </summary>
    internal RencanaHasilKerja Salin(bool untukRevisi, int geserTahun = 0)
    {
        var salinan = new RencanaHasilKerja(
            untukRevisi ? Kunci : Guid.NewGuid(),
            Urutan,
            Jenis,
            Teks,
            untukRevisi ? RhkAtasanId : null,
            untukRevisi ? SasaranOrganisasiId : null);
        salinan._indikator.AddRange(_indikator.OrderBy(i => i.Urutan).Select(i => i.Salin(untukRevisi, geserTahun)));
        return salinan;
    }

    private void UrutkanUlang()
    {
        var n = 1;
        foreach (var i in _indikator.OrderBy(i => i.Urutan))
        {
            i.Urutan = n++;
        }
    }
}
