using SiKinerja.Domain.Skp;
using SiKinerja.Web.Web;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Skp;

public enum StatusHasil
{
    Berhasil = 1,

    /// <summary>No such SKP, or the user may not read it (its existence is not revealed): 404.</summary>
    TidakDitemukan = 2,

    /// <summary>The user may read it but not do this: 403.</summary>
    Dilarang = 3,

    /// <summary>The form was refused (<see cref="HasilSimpan.Galat"/>) or the domain refused the action.</summary>
    Ditolak = 4,
}

public sealed record Hasil<T>(StatusHasil Status, T? Nilai, string? Kode = null);

public static class Hasil
{
    public static Hasil<T> Ok<T>(T nilai) => new(StatusHasil.Berhasil, nilai);

    public static Hasil<T> Gagal<T>(StatusHasil status, string? kode = null) => new(status, default, kode);
}

/// <summary>
/// Result of a save. <see cref="Diajukan"/>: submitted as asked; <see cref="GalatSmart"/>: submission was asked but refused by
/// that many SMART errors (the draft itself was saved).
/// </summary>
public sealed record HasilSimpan(StatusHasil Status, IReadOnlyList<GalatForm> Galat, bool Diajukan, int GalatSmart);

public sealed record PilihanTautan(int Id, string Label);

/// <summary>One row of "SKP saya".</summary>
public sealed record SkpSayaBaris(
    int Id, int Tahun, DateOnly Mulai, DateOnly Selesai, bool Ditutup, int Revisi, StatusSkp Status, bool Direvisi, PendekatanSkp Pendekatan,
    string? NamaPenilai, int JumlahRhk);

public sealed record TahunTerbukaSkp(int Id, int Tahun, bool SudahAdaSkp);

public sealed record SkpSayaViewModel(IReadOnlyList<SkpSayaBaris> Skp, IReadOnlyList<TahunTerbukaSkp> TahunTerbuka);

public sealed record BuatSkpViewModel(BuatSkpForm Form, IReadOnlyList<TahunTerbukaSkp> Tahun, int? TahunSumber);

/// <summary>What the read-only rendering of an SKP (<c>_IsiSkp</c>) needs: the aggregate and the labels of its links.</summary>
/// <summary>
/// What <c>_IsiSkp</c> renders: the SKP, the texts of its linked supervisor RHK and organisation targets, and optionally the
/// SMART findings to show beside their rows (the pejabat penilai's review).
/// </summary>
public sealed record IsiSkpViewModel(
    SkpEntity Skp, IReadOnlyDictionary<int, string> LabelRhkAtasan, IReadOnlyDictionary<int, string> LabelSasaran, IReadOnlyList<TemuanSkp>? Temuan = null)
{
    /// <summary>The page shows the seven values itself (the approval form), so the Perilaku Kerja table is left out.</summary>
    public bool PerilakuDiFormulir { get; init; }
}

public sealed record EditorSkpViewModel(
    SkpForm Form,
    SkpEntity Skp,
    AksesSkp Akses,
    IReadOnlyList<PilihanTautan> RhkAtasan,
    IReadOnlyList<PilihanTautan> Sasaran,
    bool SkpPenilaiAda,
    IReadOnlyList<TemuanSkp> Temuan)
{
    public bool PunyaPenilai => Skp.Snapshot.PejabatPenilai is not null;

    public IEnumerable<TemuanSkp> TemuanUmum => Temuan.Where(t => t.RhkId is null && t.IkiId is null);

    public IEnumerable<TemuanSkp> TemuanRhk(int? rhkId) => rhkId is null ? [] : Temuan.Where(t => t.RhkId == rhkId && t.IkiId is null);

    public IEnumerable<TemuanSkp> TemuanIki(int? ikiId) => ikiId is null ? [] : Temuan.Where(t => t.IkiId == ikiId);
}

public sealed record RevisiBaris(int Id, int Revisi, StatusSkp Status, bool Direvisi);

public sealed record RiwayatStatusBaris(StatusSkp? Dari, StatusSkp Ke, string PelakuNip, string? NamaPelaku, DateTime WaktuUtc, string? Catatan);

public sealed record DetailSkpViewModel(
    IsiSkpViewModel Isi,
    AksesSkp Akses,
    IReadOnlyList<RevisiBaris> Revisi,
    int? RevisiSebelumnya,
    IReadOnlyList<PerubahanSkp> Perubahan,
    IReadOnlyList<RiwayatStatusBaris> RiwayatStatus,
    IReadOnlyList<AuditBaris> Audit);
