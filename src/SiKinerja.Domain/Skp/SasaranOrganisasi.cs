using SiKinerja.Domain.Common;
using SiKinerja.Domain.Periode;

namespace SiKinerja.Domain.Skp;

/// <summary>Where an organisation target comes from (DOMAIN.md §1.3 cascading: Renstra → Perjanjian Kinerja → SKP JPT).</summary>
public enum JenisSasaranOrganisasi
{
    PerjanjianKinerja = 1,
    Renstra = 2,
}

/// <summary>
/// A target of a perangkat daerah for one calendar year (a sasaran of its Perjanjian Kinerja or Renstra, DOMAIN.md §1.3,
/// §1.5). The RHK of the top of the tree (JPT, heads of perangkat daerah) link to these instead of to a supervisor's RHK
/// (<see cref="RencanaHasilKerja.SasaranOrganisasiId"/>). The unit and the year are fixed once created, so an SKP that
/// links to it keeps its meaning; it is never hard-deleted, only made inactive (no longer offered for new links).
/// Who maintains it (Admin BKD, the head of the unit) is decided by the web layer.
/// </summary>
public class SasaranOrganisasi : IAuditable
{
    public const int KodeMaxLength = 32;
    public const int TeksMaxLength = 1000;
    public const int IndikatorMaxLength = 500;
    public const int TargetMaxLength = 200;

    /// <summary>How long the label of a picker option may be before the text is cut.</summary>
    public const int LabelMaxLength = 160;

    private SasaranOrganisasi()
    {
        Teks = string.Empty;
    }

    public SasaranOrganisasi(int unitKerjaId, int tahun, JenisSasaranOrganisasi jenis, string? kode, string teks, string? indikator, string? target)
    {
        if (!TahunKinerja.TahunWajar(tahun))
        {
            throw new DomainException(KodeSasaran.TahunDiLuarRentang, TahunKinerja.TahunMinimum, TahunKinerja.TahunMaksimum);
        }

        UnitKerjaId = unitKerjaId;
        Tahun = tahun;
        Aktif = true;
        Teks = string.Empty;
        Isi(jenis, kode, teks, indikator, target);
    }

    public int Id { get; private set; }

    /// <summary>The perangkat daerah whose target this is.</summary>
    public int UnitKerjaId { get; private set; }

    /// <summary>Calendar year of the target (the SKP's <see cref="Skp.Tahun"/>); it may be entered before the year is opened.</summary>
    public int Tahun { get; private set; }

    public JenisSasaranOrganisasi Jenis { get; private set; }

    /// <summary>Optional numbering from the planning document (e.g. "S.1").</summary>
    public string? Kode { get; private set; }

    public string Teks { get; private set; }

    public string? Indikator { get; private set; }

    /// <summary>Free text ("95 %", "12 dokumen"): the organisation's target is not measured here, only shown.</summary>
    public string? Target { get; private set; }

    public bool Aktif { get; private set; }

    public int Version { get; set; }

    /// <summary>"S.1 — Meningkatnya …" as shown in the SKP editor's picker, cut to <see cref="LabelMaxLength"/>.</summary>
    public static string Label(string? kode, string teks)
    {
        var label = string.IsNullOrEmpty(kode) ? teks : kode + " — " + teks;
        return label.Length <= LabelMaxLength ? label : label[..(LabelMaxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>Changes the content; an inactive target must be activated first (it is history until then).</summary>
    public void Ubah(JenisSasaranOrganisasi jenis, string? kode, string teks, string? indikator, string? target)
    {
        if (!Aktif)
        {
            throw new DomainException(KodeSasaran.TidakAktif);
        }

        Isi(jenis, kode, teks, indikator, target);
    }

    /// <summary>No longer offered for new links; SKP that already link to it keep the link.</summary>
    public void Nonaktifkan() => Aktif = false;

    public void Aktifkan() => Aktif = true;

    private void Isi(JenisSasaranOrganisasi jenis, string? kode, string teks, string? indikator, string? target)
    {
        if (!Enum.IsDefined(jenis))
        {
            throw new DomainException(KodeSasaran.JenisTidakValid);
        }

        Jenis = jenis;
        Kode = TeksSkp.Opsional(kode, KodeMaxLength);
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
        Indikator = TeksSkp.Opsional(indikator, IndikatorMaxLength);
        Target = TeksSkp.Opsional(target, TargetMaxLength);
    }
}

/// <summary>Resource keys of <see cref="SasaranOrganisasi"/>'s refusals.</summary>
public static class KodeSasaran
{
    public const string TahunDiLuarRentang = "SasaranOrganisasi.TahunDiLuarRentang";
    public const string TidakAktif = "SasaranOrganisasi.TidakAktif";
    public const string JenisTidakValid = "SasaranOrganisasi.JenisTidakValid";
}
