using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.Skp;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The Hasil Kerja rows of a document, grouped A. Kinerja Utama / B. Kinerja Tambahan (DOMAIN.md §1.3).</summary>
public sealed record GrupRhkDokumen(string Huruf, string Judul, IReadOnlyList<RhkDokumen> Rhk);

/// <param name="Kunci">The RHK's stable key across revisions (realisasi and feedback are keyed by it).</param>
/// <param name="RhkPimpinan">The intervened RHK of the leader (or the organisation target at the top); "—" when none.</param>
public sealed record RhkDokumen(Guid Kunci, int No, string RhkPimpinan, string Teks, IReadOnlyList<IkiDokumen> Iki);

/// <param name="Kunci">The IKI's stable key (realisasi is keyed by it).</param>
public sealed record IkiDokumen(Guid Kunci, string Aspek, string Indikator, string Target);

/// <summary>One BerAKHLAK row: value, its three indicators, the leader's ekspektasi khusus.</summary>
public sealed record PerilakuDokumen(int No, NilaiBerakhlak Nilai, string Nama, IReadOnlyList<string> Indikator, string Ekspektasi);

/// <summary>Builds the SKP parts every document prints (SKP, Umpan Balik, Evaluasi) from a loaded SKP aggregate.</summary>
public static class BagianSkpDokumen
{
    /// <param name="labelRhkAtasan">Texts of the leader's RHK by id.</param>
    /// <param name="labelSasaran">Labels of the organisation targets by id.</param>
    public static IReadOnlyList<GrupRhkDokumen> HasilKerja(SkpEntity skp, IReadOnlyDictionary<int, string> labelRhkAtasan,
        IReadOnlyDictionary<int, string> labelSasaran, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(skp);
        ArgumentNullException.ThrowIfNull(labelRhkAtasan);
        ArgumentNullException.ThrowIfNull(labelSasaran);
        ArgumentNullException.ThrowIfNull(t);
        return [Grup(JenisRhk.Utama, "A"), Grup(JenisRhk.Tambahan, "B")];

        GrupRhkDokumen Grup(JenisRhk jenis, string huruf) => new(huruf, t[$"Skp.Kinerja.{jenis}"],
            [.. skp.Rhk.Where(r => r.Jenis == jenis).OrderBy(r => r.Urutan).Select((r, i) => new RhkDokumen(
                r.Kunci,
                i + 1,
                (r.RhkAtasanId is { } a ? labelRhkAtasan.GetValueOrDefault(a) : r.SasaranOrganisasiId is { } so ? labelSasaran.GetValueOrDefault(so) : null) ?? "—",
                r.Teks,
                [.. r.Indikator.OrderBy(x => x.Urutan).Select(x => new IkiDokumen(x.Kunci, t[$"AspekIki.{x.Aspek}"], x.Indikator, t.Target(x.Target)))]))]);
    }

    public static IReadOnlyList<PerilakuDokumen> Perilaku(SkpEntity skp)
    {
        ArgumentNullException.ThrowIfNull(skp);
        return [.. PerilakuKerja.Semua.Select(p => new PerilakuDokumen(
            (int)p.Nilai, p.Nilai, p.Nama, [.. p.Indikator], skp.Ekspektasi.FirstOrDefault(e => e.Nilai == p.Nilai)?.Teks ?? "—"))];
    }

    /// <summary>Resource key of the title line "BAGI …" for the kind of position (DOMAIN.md §1.4).</summary>
    public static string BagiJabatan(JenisJabatan? jenis) => jenis switch
    {
        JenisJabatan.JptUtama or JenisJabatan.JptMadya or JenisJabatan.JptPratama => "Dokumen.Bagi.Jpt",
        JenisJabatan.Pelaksana => "Dokumen.Bagi.Pelaksana",
        _ => "Dokumen.Bagi.AdministrasiFungsional",
    };

    /// <summary>The calendar date in the instansi's time zone (WIB unless the host says otherwise) of a stored UTC time.</summary>
    public static DateOnly Tanggal(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Wib));

    private static readonly TimeZoneInfo Wib = CariWib();

    private static TimeZoneInfo CariWib()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
        }
    }
}
