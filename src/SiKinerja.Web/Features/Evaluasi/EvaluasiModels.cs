using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.Evaluasi;

/// <summary>One evaluation period as the selectors show it.</summary>
public sealed record PilihanPeriode(int Id, int TahunKinerjaId, int Tahun, int Nomor, string NomorRomawi, DateOnly Mulai, DateOnly Selesai, DateOnly BatasEvaluasi, bool Ditutup, bool TahunDibuka);

/// <summary>The distribution of one unit in one period against its curve (DOMAIN.md §3.2).</summary>
public sealed record KurvaTampilan(
    int UnitKerjaId,
    string NamaUnit,
    PredikatOrganisasi? Organisasi,
    IReadOnlyDictionary<PredikatKinerja, int> Jumlah,
    IReadOnlyDictionary<PredikatKinerja, int> JumlahLain,
    IReadOnlyList<BatasPredikat> Batas,
    IReadOnlyList<TemuanKurva> Temuan)
{
    public int Ukuran => Jumlah.Values.Sum();

    public bool Memblokir => Temuan.Any(t => t.Memblokir);

    public static KurvaTampilan Hitung(
        int unitId, string nama, PredikatOrganisasi? organisasi, IReadOnlyDictionary<PredikatKinerja, int> jumlah,
        IReadOnlyDictionary<PredikatKinerja, int> lain, AturanKurva aturan)
    {
        var n = jumlah.Values.Sum();
        return organisasi is { } o
            ? new(unitId, nama, o, jumlah, lain, KurvaDistribusi.BatasPerPredikat(o, n, aturan), KurvaDistribusi.Periksa(o, jumlah, aturan))
            : new(unitId, nama, null, jumlah, lain, [], []);
    }
}

// ---- team page -------------------------------------------------------------------------------------------------

public sealed record BarisTim(
    int SkpId,
    int PegawaiId,
    string Nip,
    string Nama,
    string Jabatan,
    int UnitKerjaId,
    int? EvaluasiId,
    StatusEvaluasi? Status,
    Rating? RatingHasil,
    Rating? RatingPerilaku,
    PredikatKinerja? Predikat,
    int Version,
    RingkasanRealisasi Realisasi,
    AksesEvaluasi Akses);

public sealed record GrupTim(KurvaTampilan Kurva, IReadOnlyList<BarisTim> Baris);

public sealed record TimViewModel(
    PilihanPeriode Periode,
    IReadOnlyList<PilihanPeriode> SemuaPeriode,
    IReadOnlyList<GrupTim> Grup,
    bool IzinkanPengecualian,
    IReadOnlyList<string> Temuan);

/// <summary>
/// The team POST. Fields: <c>Periode</c>; per row <c>Baris[i].SkpId</c>, <c>Baris[i].Version</c> (the evaluation's
/// Version, 0 when none yet), <c>Baris[i].RatingHasil</c> / <c>Baris[i].RatingPerilaku</c> (a <see cref="Rating"/>
/// name, empty for none), <c>Baris[i].Pilih</c> (true: finalise this row); <c>Aksi</c> (<c>simpan</c> or
/// <c>finalkan</c>) and <c>AlasanPengecualian</c> (the reason for finalising against the curve).
/// </summary>
public sealed class TimForm
{
    public int Periode { get; set; }

    public List<BarisTimForm> Baris { get; set; } = [];

    public string? Aksi { get; set; }

    public string? AlasanPengecualian { get; set; }

    public bool Finalkan => string.Equals(Aksi, "finalkan", StringComparison.OrdinalIgnoreCase);
}

public sealed class BarisTimForm
{
    public int SkpId { get; set; }

    public int Version { get; set; }

    public Rating? RatingHasil { get; set; }

    public Rating? RatingPerilaku { get; set; }

    public bool Pilih { get; set; }
}

// ---- scoring page ----------------------------------------------------------------------------------------------

public sealed record BuktiTampilan(int Id, JenisBuktiDukung Jenis, string? Url, string? NamaBerkas, string? Keterangan);

public sealed record IkiTampilan(
    Guid Kunci, AspekIki Aspek, string Indikator, Target Target, string? RencanaAksi, decimal? RealisasiAngka, DateOnly? RealisasiTanggal,
    string? RealisasiTeks, Rating? Kategori, decimal? Persen, IReadOnlyList<BuktiTampilan> Bukti);

public sealed record RhkTampilan(Guid Kunci, JenisRhk Jenis, string Teks, Rating? KategoriSaran, IReadOnlyList<IkiTampilan> Indikator);

public sealed record NilaiViewModel(
    int SkpId,
    PilihanPeriode Periode,
    string NamaPegawai,
    string Nip,
    string Jabatan,
    string Unit,
    AksesEvaluasi Akses,
    StatusEvaluasi? Status,
    PredikatKinerja? Predikat,
    IReadOnlyList<RhkTampilan> Rhk,
    SaranRating SaranHasil,
    SaranRating SaranPerilaku,
    IReadOnlyList<(string Unit, PredikatOrganisasi? Predikat)> UnitDipimpin,
    string? CatatanMandiri,
    IReadOnlyList<RiwayatEvaluasi> Riwayat,
    KurvaTampilan? Kurva,
    bool IzinkanPengecualian,
    NilaiForm Form);

/// <summary>
/// The scoring POST: <c>Version</c>, <c>RatingHasil</c>, <c>RatingPerilaku</c>, <c>Catatan</c>,
/// <c>Rhk[i].Kunci</c>/<c>.Kategori</c>/<c>.UmpanBalik</c>, <c>Perilaku[i].Nilai</c>/<c>.Rating</c>/<c>.UmpanBalik</c>,
/// <c>Aksi</c> (<c>simpan</c>/<c>finalkan</c>), <c>AlasanPengecualian</c>.
/// </summary>
public sealed class NilaiForm
{
    public int Version { get; set; }

    public Rating? RatingHasil { get; set; }

    public Rating? RatingPerilaku { get; set; }

    public string? Catatan { get; set; }

    public List<NilaiRhkForm> Rhk { get; set; } = [];

    public List<NilaiPerilakuForm> Perilaku { get; set; } = [];

    public string? Aksi { get; set; }

    public string? AlasanPengecualian { get; set; }

    public bool Finalkan => string.Equals(Aksi, "finalkan", StringComparison.OrdinalIgnoreCase);
}

public sealed class NilaiRhkForm
{
    public Guid Kunci { get; set; }

    public Rating? Kategori { get; set; }

    public string? UmpanBalik { get; set; }
}

public sealed class NilaiPerilakuForm
{
    public NilaiBerakhlak Nilai { get; set; }

    public Rating? Rating { get; set; }

    public string? UmpanBalik { get; set; }
}

// ---- organisation predikat -------------------------------------------------------------------------------------

public sealed record BarisPredikatOrganisasi(
    int UnitKerjaId, string NamaUnit, string? NamaInduk, int? Id, PredikatOrganisasi? Predikat, string? Catatan, string? DitetapkanOlehNip,
    DateTime? DitetapkanUtc, int Version, Rating? RatingHasilKepala, PredikatOrganisasi? Saran);

public sealed record PredikatOrganisasiViewModel(
    PilihanPeriode Periode, IReadOnlyList<PilihanPeriode> SemuaPeriode, IReadOnlyList<BarisPredikatOrganisasi> Unit, PredikatOrganisasiForm? Form);

/// <summary>POST of one unit's predikat: <c>Periode</c>, <c>UnitKerjaId</c>, <c>Predikat</c>, <c>Catatan</c>, <c>Version</c>.</summary>
public sealed class PredikatOrganisasiForm
{
    public int Periode { get; set; }

    public int UnitKerjaId { get; set; }

    public PredikatOrganisasi? Predikat { get; set; }

    public string? Catatan { get; set; }

    public int Version { get; set; }
}
