using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.PenilaianSkp;

/// <summary>Status of an inbox row: the SKP's status, or no SKP yet for the year.</summary>
public enum StatusBaris
{
    BelumDibuat = 0,
    Draft = 1,
    Diajukan = 2,
    Disetujui = 3,
    Dikembalikan = 4,
}

/// <summary>A current direct report (active, <c>AtasanLangsungId</c> = the supervisor).</summary>
public sealed record BawahanData(int PegawaiId, string Nip, string NamaLengkap, string? Jabatan);

/// <summary>An SKP of the year (not superseded by a revision) of a direct report, or whose pejabat penilai is the supervisor.</summary>
public sealed record SkpData(
    int Id, int PegawaiId, int? PejabatPenilaiId, DateOnly TanggalMulai, DateOnly TanggalSelesai, StatusSkp Status, int Revisi,
    string Nip, string NamaLengkap, string Jabatan, DateTime? DiajukanUtc);

public sealed record KotakMasukBaris(
    int PegawaiId, string Nip, string NamaLengkap, string? Jabatan, int? SkpId, StatusBaris Status, int? Revisi,
    DateOnly? TanggalMulai, DateOnly? TanggalSelesai, DateTime? DiajukanUtc, bool Bawahan, bool Penilai)
{
    /// <summary>Waiting for this supervisor's decision.</summary>
    public bool PerluTindakan => Penilai && Status == StatusBaris.Diajukan;
}

public sealed record JumlahStatus(int PerluTindakan, int Dikembalikan, int Disetujui, int Draft, int BelumDibuat);

/// <summary>
/// Builds the pejabat penilai's inbox from two bulk reads (direct reports, SKP of the year), so the page runs a fixed
/// number of queries. A direct report's row shows their current SKP: the latest segment (max <c>TanggalMulai</c>) of
/// the year, in it the revision not superseded. Any other SKP whose pejabat penilai is the supervisor (a closed segment
/// of someone who moved, an earlier segment) is a row of its own. Waiting rows come first, oldest submission first.
/// </summary>
public static class KotakMasuk
{
    public static IReadOnlyList<KotakMasukBaris> Susun(int penilaiId, IReadOnlyList<BawahanData> bawahan, IReadOnlyList<SkpData> skp)
    {
        ArgumentNullException.ThrowIfNull(bawahan);
        ArgumentNullException.ThrowIfNull(skp);
        var perPegawai = skp.ToLookup(s => s.PegawaiId);
        var terpakai = new HashSet<int>();
        var baris = new List<KotakMasukBaris>();
        foreach (var b in bawahan)
        {
            var kini = Terkini(perPegawai[b.PegawaiId]);
            if (kini is null)
            {
                baris.Add(new KotakMasukBaris(b.PegawaiId, b.Nip, b.NamaLengkap, b.Jabatan, null, StatusBaris.BelumDibuat, null, null, null, null, true, false));
                continue;
            }

            terpakai.Add(kini.Id);
            // A direct report is shown with their current name and position; other rows with the SKP's snapshot.
            baris.Add(Dari(kini, bawahan: true, penilaiId) with { Nip = b.Nip, NamaLengkap = b.NamaLengkap, Jabatan = b.Jabatan ?? kini.Jabatan });
        }

        baris.AddRange(skp.Where(s => s.PejabatPenilaiId == penilaiId && !terpakai.Contains(s.Id))
            .Select(s => Dari(s, bawahan: false, penilaiId)));

        return
        [
            .. baris.OrderByDescending(b => b.PerluTindakan)
                .ThenBy(b => b.PerluTindakan ? b.DiajukanUtc : null)
                .ThenBy(b => b.NamaLengkap, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(b => b.TanggalMulai),
        ];
    }

    public static JumlahStatus Hitung(IReadOnlyList<KotakMasukBaris> baris)
    {
        ArgumentNullException.ThrowIfNull(baris);
        return new JumlahStatus(
            baris.Count(b => b.PerluTindakan),
            baris.Count(b => b.Status == StatusBaris.Dikembalikan),
            baris.Count(b => b.Status == StatusBaris.Disetujui),
            baris.Count(b => b.Status == StatusBaris.Draft),
            baris.Count(b => b.Status == StatusBaris.BelumDibuat));
    }

    /// <summary>The current SKP among one person's SKP of the year: latest segment, then highest revision.</summary>
    public static SkpData? Terkini(IEnumerable<SkpData> milikSatuPegawai) =>
        milikSatuPegawai.OrderByDescending(s => s.TanggalMulai).ThenByDescending(s => s.Revisi).FirstOrDefault();

    private static KotakMasukBaris Dari(SkpData s, bool bawahan, int penilaiId) =>
        new(s.PegawaiId, s.Nip, s.NamaLengkap, s.Jabatan, s.Id, (StatusBaris)(int)s.Status, s.Revisi, s.TanggalMulai, s.TanggalSelesai,
            s.DiajukanUtc, bawahan, s.PejabatPenilaiId == penilaiId);
}
