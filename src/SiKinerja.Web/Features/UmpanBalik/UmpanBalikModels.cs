using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.UmpanBalik;

/// <summary>Header of the feedback pages: whose SKP, which period.</summary>
public sealed record KepalaUmpanBalik(
    int SkpId,
    int PeriodeId,
    int Tahun,
    JenisPeriode JenisPeriode,
    int PeriodeNomor,
    string PeriodeRomawi,
    DateOnly Mulai,
    DateOnly Selesai,
    DateOnly BatasEvaluasi,
    bool PeriodeDitutup,
    string PegawaiNama,
    string PegawaiNip,
    string? PenilaiNama,
    string? PenilaiNip);

public sealed record IkiRingkas(AspekIki Aspek, string Indikator, Target Target);

public sealed record EntriUmpanBalik(
    int Id, JenisUmpanBalik Jenis, string PenulisNama, string PenulisNip, string Teks, DateTime DibuatUtc, DateTime? DiubahUtc, int Version, bool BolehUbah);

public sealed record RhkUmpanBalik(Guid Kunci, JenisRhk Jenis, int No, string Teks, IReadOnlyList<IkiRingkas> Iki, IReadOnlyList<EntriUmpanBalik> Entri);

public sealed record PerilakuUmpanBalik(PerilakuKerja Perilaku, string? Ekspektasi, IReadOnlyList<EntriUmpanBalik> Entri);

public sealed record PermintaanBaris(int Id, string RekanNama, string RekanNip, string? Pesan, DateTime DimintaUtc, StatusPermintaanMasukan Status, DateTime? SelesaiUtc, int Version);

public sealed record PilihanRekan(int Id, string Nama, string Nip, string? Jabatan);

/// <summary>The form that was posted and refused, shown again with its input and messages (<see cref="Kunci"/>: which one).</summary>
public sealed record FormAktif(string Kunci, string? Teks = null, int? RekanPegawaiId = null, string? Pesan = null)
{
    public static string Tambah(string sasaran) => "tambah:" + sasaran;

    public static string Ubah(int id) => "ubah:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string Minta = "minta";
}

/// <summary>
/// <c>/UmpanBalik/{skpId}/{periodeId}</c>: per RHK and per BerAKHLAK value the feedback thread in time order.
/// <see cref="LihatRekan"/>: the pejabat penilai, who also sees peers' input and the requests.
/// </summary>
public sealed record UmpanBalikViewModel(
    KepalaUmpanBalik Kepala,
    bool BolehTulis,
    bool LihatRekan,
    IReadOnlyList<RhkUmpanBalik> Rhk,
    IReadOnlyList<PerilakuUmpanBalik> Perilaku,
    IReadOnlyList<PermintaanBaris> Permintaan,
    IReadOnlyList<PilihanRekan> PilihanRekan)
{
    public FormAktif? Aktif { get; init; }
}

/// <summary>One waiting request in the peer's inbox.</summary>
public sealed record PermintaanSayaBaris(
    int Id, string PegawaiNama, string PegawaiNip, int Tahun, JenisPeriode JenisPeriode, int PeriodeNomor, string PeriodeRomawi, DateOnly BatasEvaluasi, DateTime DimintaUtc, string? Pesan);

/// <summary>The peer's page for one request: the SKP's RHK and values, the answer form or (after answering) the answer.</summary>
public sealed record JawabPermintaanViewModel(
    int Id,
    int Version,
    StatusPermintaanMasukan Status,
    string? Pesan,
    DateTime DimintaUtc,
    KepalaUmpanBalik Kepala,
    bool BolehJawab,
    IReadOnlyList<RhkUmpanBalik> Rhk,
    IReadOnlyList<PerilakuUmpanBalik> Perilaku)
{
    public JawabPermintaanForm? Form { get; init; }
}

/// <summary>A link to the feedback page of one period (SKP detail page).</summary>
public sealed record TautanPeriode(int SkpId, int PeriodeId, JenisPeriode Jenis, int Nomor, string Romawi, DateOnly Mulai, DateOnly Selesai);
