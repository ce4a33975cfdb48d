using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;
using SiKinerja.Web.Features.Skp;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>The official documents (DOMAIN.md §5). The numbers are stored (registry, batch jobs): never renumber.</summary>
public enum JenisDokumen
{
    /// <summary>SKP with its Lampiran; key: SKP id.</summary>
    Skp = 1,

    /// <summary>UMPAN BALIK of one period; key: SKP id, period id.</summary>
    UmpanBalik = 2,

    /// <summary>EVALUASI KINERJA PEGAWAI of one period; key: SKP id, period id.</summary>
    EvaluasiPeriodik = 3,

    /// <summary>EVALUASI KINERJA PEGAWAI of the year (PERIODE: AKHIR); key: employee id, year.</summary>
    EvaluasiTahunan = 4,

    /// <summary>DOKUMEN EVALUASI KINERJA PEGAWAI of one period; key: SKP id, period id.</summary>
    DokumenEvaluasi = 5,

    /// <summary>DOKUMEN EVALUASI KINERJA PEGAWAI of the year (AKHIR); key: employee id, year.</summary>
    DokumenEvaluasiTahunan = 6,

    /// <summary>Penetapan predikat kinerja of a unit for one period; key: unit id, period id.</summary>
    PenetapanPredikat = 7,
}

/// <summary>Which document of which record: <see cref="Id1"/>/<see cref="Id2"/> as documented per <see cref="JenisDokumen"/>.</summary>
public readonly record struct KunciDokumen(JenisDokumen Jenis, int Id1, int Id2 = 0);

/// <summary>
/// A document ready to render: its view (under <c>Features/Dokumen</c>), orientation and content model. The model is
/// what the verification code's hash covers, so it holds everything printed that comes from records (texts already
/// formatted in Indonesian), and nothing that changes by itself (no print time, no "today").
/// </summary>
/// <param name="Judul">For the registry and the verification page, e.g. "SKP 2026 · Nama · NIP".</param>
/// <param name="NamaBerkas">File name without extension, ASCII, e.g. "SKP-2026-199005142014031004".</param>
public sealed record IsiDokumen(JenisDokumen Jenis, string Tampilan, bool Lanskap, object Model, string Judul, string NamaBerkas);

/// <summary>
/// Who may print a document besides the Admin BKD (issue 5 "what users can do" 3): <see cref="Pencetak"/> print
/// (the employee, their pejabat penilai); <see cref="Pembaca"/> may read the record but not print it (403 instead of 404).
/// </summary>
public sealed record PemilikDokumen(IReadOnlyCollection<int> Pencetak, IReadOnlyCollection<int> Pembaca)
{
    public static PemilikDokumen Skp(int pegawaiId, int? pejabatPenilaiId, int? atasanPejabatPenilaiId) =>
        new(pejabatPenilaiId is { } p ? [pegawaiId, p] : [pegawaiId], atasanPejabatPenilaiId is { } a ? [a] : []);
}

/// <summary>The pure rule: null → 404 (not found, or not the user's to see), false → 403, true → print.</summary>
public static class AksesCetak
{
    public static bool? Untuk(PenggunaSkp pengguna, PemilikDokumen? pemilik)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        if (pemilik is null)
        {
            return null;
        }

        if (pengguna.AdminBkd || (pengguna.PegawaiId is { } saya && pemilik.Pencetak.Contains(saya)))
        {
            return true;
        }

        return pengguna.PegawaiId is { } aku && pemilik.Pembaca.Contains(aku) ? false : null;
    }
}

/// <summary>What a batch prints: one kind, for one period (periodic kinds) or year, for these units.</summary>
public sealed record PilihanCetak(JenisDokumen Jenis, int Tahun, int? PeriodeEvaluasiId, IReadOnlyCollection<int> UnitKerjaIds);

/// <summary>
/// Builds the content of one kind of document from the records, in bulk (a batch asks for 50 at a time: a fixed number
/// of queries per call, not per document). Registered as <c>IPenyusunDokumen</c>; one per <see cref="JenisDokumen"/>.
/// </summary>
public interface IPenyusunDokumen
{
    JenisDokumen Jenis { get; }

    /// <summary>Who may print it; null when the record does not exist (or the key does not fit together).</summary>
    Task<PemilikDokumen?> PemilikAsync(KunciDokumen kunci, CancellationToken ct);

    /// <summary>The documents of these keys; keys whose record does not exist (or cannot be printed) are absent.</summary>
    Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct);

    /// <summary>For a batch: the keys of this kind for the chosen units and period/year, in print order (unit, name).</summary>
    Task<IReadOnlyList<KunciDokumen>> DaftarAsync(PilihanCetak pilihan, CancellationToken ct);
}

/// <summary>One person in a document header or signature block (from an SKP snapshot: as it was when planned).</summary>
public sealed record OrangDokumen(string Nama, string Nip, string Pangkat, string Jabatan, string Unit)
{
    public static OrangDokumen Dari(SnapshotPejabat s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.NamaLengkap, Domain.Kepegawaian.Nip.Format(s.Nip), s.Pangkat is null ? s.GolonganKode : $"{s.Pangkat} ({s.GolonganKode})", s.JabatanNama, s.UnitNama);
    }

    public static OrangDokumen? DariOpsional(SnapshotPejabat? s) => s is null ? null : Dari(s);
}

/// <summary>What the layout prints around every document: the verification code and where it is checked.</summary>
/// <param name="GayaHalaman">The CSS <c>@page</c> rule (size, margins, the footer with the code and "Halaman X dari Y"), escaped for CSS.</param>
public sealed record InfoCetak(string Kode, string KodeTampil, string Url, string QrSvg, string NamaInstansi, string? Logo, string Tempat, string GayaHalaman = "");

public enum StatusVerifikasi
{
    /// <summary>The code is known and the record still shows exactly what was printed.</summary>
    Sah = 1,

    /// <summary>The code is known but the record changed since printing (or is gone).</summary>
    Berubah = 2,

    /// <summary>No document was printed with this code.</summary>
    TidakDikenal = 3,
}

public sealed record HasilVerifikasi(StatusVerifikasi Status, string Kode, JenisDokumen? Jenis, string? Judul, DateTime? DicetakUtc);

public sealed record BerkasPdf(byte[] Isi, string NamaBerkas, string Kode);

/// <summary>The signature blocks: left (usually the employee, no date) and right (with place and date).</summary>
public sealed record TandaTanganDokumen(string JudulKiri, OrangDokumen? Kiri, string JudulKanan, OrangDokumen? Kanan, DateOnly Tanggal);
