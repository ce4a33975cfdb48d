using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.RekapSkp;

/// <summary>The completion state of one employee's SKP plan for a year, as the Admin BKD's recap counts it.</summary>
public enum StatusRekap
{
    BelumDibuat = 0,
    Draft = 1,
    Diajukan = 2,
    Dikembalikan = 3,
    Disetujui = 4,
}

/// <summary>
/// Which SKP counts and how (pure; the SQL of <see cref="RekapSkpService"/> applies the same rules, a test keeps them equal).
/// <list type="bullet">
/// <item>The employee's current SKP of the year is the latest segment (greatest <see cref="Skp.TanggalMulai"/>; a closed
/// segment without a successor still counts) and, within it, the revision not <see cref="Skp.Direvisi"/>.</item>
/// <item>A revision in progress (revision 2 or later, not yet approved) counts as <see cref="StatusRekap.Disetujui"/> with
/// "revisi berjalan": the approved plan it revises stays in force and readable until the revision is approved, so the
/// employee has an approved plan for the year.</item>
/// </list>
/// </summary>
public static class AturanRekap
{
    public static StatusRekap Dari(StatusSkp? status, int? revisi) => status switch
    {
        null => StatusRekap.BelumDibuat,
        _ when RevisiBerjalan(status, revisi) => StatusRekap.Disetujui,
        StatusSkp.Draft => StatusRekap.Draft,
        StatusSkp.Diajukan => StatusRekap.Diajukan,
        StatusSkp.Dikembalikan => StatusRekap.Dikembalikan,
        StatusSkp.Disetujui => StatusRekap.Disetujui,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A later revision of an approved SKP that is not approved yet.</summary>
    public static bool RevisiBerjalan(StatusSkp? status, int? revisi) => status is not null and not StatusSkp.Disetujui && revisi > 1;

    /// <summary>Share approved, 0–100 with one decimal; 0 for an empty unit.</summary>
    public static decimal Persen(int disetujui, int total) => total == 0 ? 0 : Math.Round(100m * disetujui / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>Indonesian labels of the export files (a file format, so not translated with the UI).</summary>
    public static string LabelEkspor(StatusRekap status) => status switch
    {
        StatusRekap.BelumDibuat => "Belum dibuat",
        StatusRekap.Draft => "Draft",
        StatusRekap.Diajukan => "Diajukan",
        StatusRekap.Dikembalikan => "Dikembalikan",
        StatusRekap.Disetujui => "Disetujui",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>
    /// The row a unit's employees count in when the recap is rolled up: the nearest ancestor-or-self of kind
    /// <see cref="Domain.Organisasi.JenisUnitKerja.PerangkatDaerah"/>, else the unit itself (e.g. the Pemda root).
    /// </summary>
    public static int PerangkatDaerahDari(int unitId, IReadOnlyDictionary<int, (int? ParentId, string Nama, Domain.Organisasi.JenisUnitKerja Jenis, bool Aktif)> unit)
    {
        if (unit.TryGetValue(unitId, out var u) && u.Jenis == Domain.Organisasi.JenisUnitKerja.PerangkatDaerah)
        {
            return unitId;
        }

        var pd = Domain.Organisasi.Pohon.Leluhur(unitId, id => unit.TryGetValue(id, out var x) ? x.ParentId : null)
            .Where(id => unit.TryGetValue(id, out var x) && x.Jenis == Domain.Organisasi.JenisUnitKerja.PerangkatDaerah)
            .Select(id => (int?)id)
            .FirstOrDefault();
        return pd ?? unitId;
    }

    /// <summary>"Dinas A / Bidang B / Seksi C": the unit's ancestors below the Pemda root, then the unit.</summary>
    public static string Jalur(int unitId, IReadOnlyDictionary<int, (int? ParentId, string Nama, Domain.Organisasi.JenisUnitKerja Jenis, bool Aktif)> unit)
    {
        if (!unit.TryGetValue(unitId, out var u))
        {
            return string.Empty;
        }

        var leluhur = Domain.Organisasi.Pohon.Leluhur(unitId, id => unit.TryGetValue(id, out var x) ? x.ParentId : null)
            .Where(id => unit.TryGetValue(id, out var x) && x.ParentId is not null)
            .Reverse()
            .Select(id => unit[id].Nama);
        return string.Join(" / ", leluhur.Append(u.Nama));
    }
}
