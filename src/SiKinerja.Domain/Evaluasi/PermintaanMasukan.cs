using SiKinerja.Domain.Common;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Domain.Evaluasi;

/// <summary>State of a <see cref="PermintaanMasukan"/>: Menunggu → Dijawab (by the peer) | Dibatalkan (by the pejabat penilai).</summary>
public enum StatusPermintaanMasukan
{
    Menunggu = 1,
    Dijawab = 2,
    Dibatalkan = 3,
}

/// <summary>One masukan (input) for a <see cref="PermintaanMasukan"/>: about an RHK (by Kunci) or a BerAKHLAK value, exactly one.</summary>
public sealed record MasukanRekan(Guid? RhkKunci, NilaiBerakhlak? Nilai, string? Teks);

/// <summary>
/// The pejabat penilai's request to a peer (rekan kerja) for input on an employee's work in one period (issue 4, story 2;
/// the 360° input PP 30/2019 Pasal 41 speaks of). The peer answers once with <see cref="UmpanBalik"/> rows of
/// <see cref="JenisUmpanBalik.RekanKerja"/>, which only the pejabat penilai reads; while it waits, the pejabat penilai may
/// cancel it. Who may ask whom (a coworker of the employee) is checked by the web layer. Audited and versioned.
/// </summary>
public class PermintaanMasukan : IAuditable
{
    public const int PesanMaxLength = 1000;

    private PermintaanMasukan()
    {
    }

    public int Id { get; private set; }

    public int SkpId { get; private set; }

    public int PeriodeEvaluasiId { get; private set; }

    /// <summary>The peer asked for input.</summary>
    public int RekanPegawaiId { get; private set; }

    /// <summary>The pejabat penilai who asked.</summary>
    public int DimintaOlehPegawaiId { get; private set; }

    public string? Pesan { get; private set; }

    public DateTime DimintaUtc { get; private set; }

    public StatusPermintaanMasukan Status { get; private set; }

    /// <summary>When it was answered or cancelled.</summary>
    public DateTime? SelesaiUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>Follows the SKP to its newer approved revision (RHK are referred to by their stable <c>Kunci</c>).</summary>
    public void PindahKeSkp(int skpIdBaru)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(skpIdBaru);
        SkpId = skpIdBaru;
    }

    /// <summary>
    /// A new request; the peer may be neither the employee evaluated (<paramref name="pegawaiDinilaiId"/>) nor the one
    /// asking (<see cref="KodeEvaluasi.RekanTidakValid"/>).
    /// </summary>
    public static PermintaanMasukan Minta(
        int skpId, int periodeEvaluasiId, int pegawaiDinilaiId, int rekanPegawaiId, int dimintaOlehPegawaiId, string? pesan, DateTime waktuUtc)
    {
        if (rekanPegawaiId == pegawaiDinilaiId || rekanPegawaiId == dimintaOlehPegawaiId)
        {
            throw new DomainException(KodeEvaluasi.RekanTidakValid);
        }

        return new PermintaanMasukan
        {
            SkpId = skpId,
            PeriodeEvaluasiId = periodeEvaluasiId,
            RekanPegawaiId = rekanPegawaiId,
            DimintaOlehPegawaiId = dimintaOlehPegawaiId,
            Pesan = TeksSkp.Opsional(pesan, PesanMaxLength),
            DimintaUtc = waktuUtc,
            Status = StatusPermintaanMasukan.Menunggu,
        };
    }

    /// <summary>
    /// The peer's answer: one <see cref="UmpanBalik"/> of <see cref="JenisUmpanBalik.RekanKerja"/> per non-blank masukan
    /// (at least one, <see cref="KodeEvaluasi.MasukanWajib"/>); then the request is <see cref="StatusPermintaanMasukan.Dijawab"/>.
    /// Only the peer asked answers (<see cref="KodeEvaluasi.PermintaanBukanUntukAnda"/>), and only once
    /// (<see cref="KodeEvaluasi.PermintaanTidakMenunggu"/>). The caller adds the returned rows.
    /// </summary>
    public IReadOnlyList<UmpanBalik> Jawab(int pegawaiId, string nip, IEnumerable<MasukanRekan> masukan, DateTime waktuUtc)
    {
        ArgumentNullException.ThrowIfNull(masukan);
        if (pegawaiId != RekanPegawaiId)
        {
            throw new DomainException(KodeEvaluasi.PermintaanBukanUntukAnda);
        }

        PastikanMenunggu();
        var hasil = masukan.Where(m => !string.IsNullOrWhiteSpace(m.Teks))
            .Select(m => UmpanBalik.OlehRekan(this, m.RhkKunci, m.Nilai, m.Teks!, nip, waktuUtc))
            .ToList();
        if (hasil.Count == 0)
        {
            throw new DomainException(KodeEvaluasi.MasukanWajib);
        }

        Status = StatusPermintaanMasukan.Dijawab;
        SelesaiUtc = waktuUtc;
        return hasil;
    }

    /// <summary>The pejabat penilai who asked withdraws a waiting request.</summary>
    public void Batalkan(int pegawaiId, DateTime waktuUtc)
    {
        if (pegawaiId != DimintaOlehPegawaiId)
        {
            throw new DomainException(KodeEvaluasi.PermintaanBukanMilikAnda);
        }

        PastikanMenunggu();
        Status = StatusPermintaanMasukan.Dibatalkan;
        SelesaiUtc = waktuUtc;
    }

    private void PastikanMenunggu()
    {
        if (Status != StatusPermintaanMasukan.Menunggu)
        {
            throw new DomainException(KodeEvaluasi.PermintaanTidakMenunggu);
        }
    }
}
