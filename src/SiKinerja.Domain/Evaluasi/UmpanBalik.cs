using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>Who wrote a piece of continuous feedback: the pejabat penilai or a peer asked for input.</summary>
public enum JenisUmpanBalik
{
    /// <summary>The pejabat penilai's own feedback; the employee reads it.</summary>
    Penilai = 1,

    /// <summary>A peer's (rekan kerja) input on request; only the pejabat penilai reads it (issue 4, story 2).</summary>
    RekanKerja = 2,
}

/// <summary>
/// One entry of umpan balik berkelanjutan (PermenPANRB 6/2022 Pasal 5; DOMAIN.md §1.2, §1.7 step 8, §2) on one SKP in
/// one evaluation period, about exactly one target: an RHK (by its stable <see cref="RencanaHasilKerja.Kunci"/>, so the
/// thread survives a revision) or one BerAKHLAK value. Written by the pejabat penilai at any time in the open period
/// (who may write is decided by the web layer) or, as <see cref="JenisUmpanBalik.RekanKerja"/>, by a peer answering a
/// <see cref="PermintaanMasukan"/>. Only its author changes it. Audited and versioned.
/// </summary>
public class UmpanBalik : IAuditable
{
    public const int TeksMaxLength = 2000;

    private UmpanBalik()
    {
        Teks = string.Empty;
        PenulisNip = string.Empty;
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public int PeriodeEvaluasiId { get; private set; }

    /// <summary>The RHK this is about (its <see cref="RencanaHasilKerja.Kunci"/>), or null for a BerAKHLAK value.</summary>
    public Guid? RhkKunci { get; private set; }

    /// <summary>The BerAKHLAK value this is about, or null for an RHK.</summary>
    public NilaiBerakhlak? NilaiBerakhlak { get; private set; }

    public string Teks { get; private set; }

    public JenisUmpanBalik Jenis { get; private set; }

    /// <summary>The request a peer's input answers (null for the pejabat penilai's own feedback).</summary>
    public int? PermintaanMasukanId { get; private set; }

    public int PenulisPegawaiId { get; private set; }

    public string PenulisNip { get; private set; }

    public DateTime DibuatUtc { get; private set; }

    public DateTime? DiubahUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>Follows the SKP to its newer approved revision (RHK are referred to by their stable <c>Kunci</c>).</summary>
    public void PindahKeSkp(int skpIdBaru)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(skpIdBaru);
        SkpId = skpIdBaru;
    }

    /// <summary>The pejabat penilai's feedback on an RHK (<paramref name="rhkKunci"/>) or a value (<paramref name="nilai"/>), exactly one.</summary>
    public static UmpanBalik OlehPenilai(
        int skpId, int periodeEvaluasiId, Guid? rhkKunci, NilaiBerakhlak? nilai, string teks, int penulisPegawaiId, string penulisNip, DateTime waktuUtc) =>
        Buat(skpId, periodeEvaluasiId, rhkKunci, nilai, teks, JenisUmpanBalik.Penilai, null, penulisPegawaiId, penulisNip, waktuUtc);

    internal static UmpanBalik OlehRekan(
        PermintaanMasukan permintaan, Guid? rhkKunci, NilaiBerakhlak? nilai, string teks, string penulisNip, DateTime waktuUtc) =>
        Buat(permintaan.SkpId, permintaan.PeriodeEvaluasiId, rhkKunci, nilai, teks, JenisUmpanBalik.RekanKerja,
            permintaan.Id == 0 ? null : permintaan.Id, permintaan.RekanPegawaiId, penulisNip, waktuUtc);

    /// <summary>True when <paramref name="pegawaiId"/> wrote this entry.</summary>
    public bool DitulisOleh(int? pegawaiId) => pegawaiId is not null && pegawaiId == PenulisPegawaiId;

    /// <summary>Changes the text; only the author may (<see cref="KodeEvaluasi.UmpanBalikBukanPenulis"/>).</summary>
    public void Ubah(string teks, int pegawaiId, DateTime waktuUtc)
    {
        PastikanPenulis(pegawaiId);
        Teks = TeksSkp.Wajib(teks, TeksMaxLength);
        DiubahUtc = waktuUtc;
    }

    /// <summary>Checks that <paramref name="pegawaiId"/> may delete this entry (its author); the caller removes it.</summary>
    public void PastikanPenulis(int pegawaiId)
    {
        if (!DitulisOleh(pegawaiId))
        {
            throw new DomainException(KodeEvaluasi.UmpanBalikBukanPenulis);
        }
    }

    private static UmpanBalik Buat(
        int skpId, int periodeEvaluasiId, Guid? rhkKunci, NilaiBerakhlak? nilai, string teks, JenisUmpanBalik jenis, int? permintaanId,
        int penulisPegawaiId, string penulisNip, DateTime waktuUtc)
    {
        if ((rhkKunci is null) == (nilai is null) || rhkKunci == Guid.Empty || (nilai is { } n && !Enum.IsDefined(n)))
        {
            throw new DomainException(KodeEvaluasi.UmpanBalikSasaranTidakValid);
        }

        return new UmpanBalik
        {
            SkpId = skpId,
            PeriodeEvaluasiId = periodeEvaluasiId,
            RhkKunci = rhkKunci,
            NilaiBerakhlak = nilai,
            Teks = TeksSkp.Wajib(teks, TeksMaxLength),
            Jenis = jenis,
            PermintaanMasukanId = permintaanId,
            PenulisPegawaiId = penulisPegawaiId,
            PenulisNip = TeksSkp.Wajib(penulisNip, RiwayatEvaluasi.PelakuMaxLength),
            DibuatUtc = waktuUtc,
        };
    }
}
