using SiKinerja.Infrastructure.Impor;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Impor;

/// <summary>What an import would do (preview) or did (result). <see cref="KolomBerubah"/>: field → employees whose field changes.</summary>
public sealed record RingkasanImpor(
    int JumlahBaris,
    int PegawaiBaru,
    int PegawaiBerubah,
    int PegawaiTetap,
    int UnitBaru,
    int JabatanBaru,
    IReadOnlyDictionary<string, int> KolomBerubah,
    IReadOnlyList<PerubahanPegawai> ContohPerubahan,
    int AtasanBerubah = 0);

/// <summary>What the check found, as stored on the batch: errors block the import, warnings do not.</summary>
public sealed record DaftarGalat(IReadOnlyList<GalatImpor> Galat, IReadOnlyList<GalatImpor> Peringatan);

/// <summary>One changed employee (by NIP) and the fields that change.</summary>
public sealed record PerubahanPegawai(string Nip, IReadOnlyList<string> Kolom);

/// <summary>The fields of an employee an import can change; each name is the suffix of a resource key <c>Impor.Kolom.*</c>.</summary>
public static class KolomPegawai
{
    public const string Nama = "Nama";
    public const string Gelar = "Gelar";
    public const string JenisPegawai = "JenisPegawai";
    public const string Golongan = "Golongan";
    public const string Jabatan = "Jabatan";
    public const string Email = "Email";
    public const string PnsId = "PnsId";
    public const string Status = "Status";
    public const string TmtGolongan = "TmtGolongan";
}

public sealed class UnggahForm
{
    public IFormFile? Berkas { get; set; }
}

public sealed class BatchForm
{
    public int Version { get; set; }
}

public sealed record BatchBaris(
    int Id,
    string NamaBerkas,
    long UkuranByte,
    string DiunggahOleh,
    DateTime DiunggahUtc,
    StatusImpor Status,
    int BarisTotal,
    int JumlahGalat);

public sealed record ImporIndexViewModel(Halaman<BatchBaris> Halaman, int UkuranMaksimumMb);

public sealed record BatchViewModel(
    int Id,
    int Version,
    string NamaBerkas,
    long UkuranByte,
    string Sha256,
    string DiunggahOleh,
    DateTime DiunggahUtc,
    string? DikonfirmasiOleh,
    DateTime? SelesaiUtc,
    StatusImpor Status,
    int BarisSelesai,
    int BarisTotal,
    int JumlahGalat,
    RingkasanImpor? Ringkasan,
    RingkasanImpor? Hasil,
    GalatImpor? Gagal,
    Halaman<GalatImpor> Galat,
    IReadOnlyList<GalatImpor> Peringatan,
    int JumlahPeringatan)
{
    public bool SedangDiproses => Status is StatusImpor.Diunggah or StatusImpor.Memeriksa or StatusImpor.Dikonfirmasi or StatusImpor.Menulis;

    public bool BisaDikonfirmasi => Status == StatusImpor.Diperiksa && JumlahGalat == 0;

    public bool BisaDibatalkan => Status is StatusImpor.Diunggah or StatusImpor.Diperiksa;

    public int Persen => BarisTotal <= 0 ? 0 : Math.Clamp((int)(BarisSelesai * 100L / BarisTotal), 0, 100);
}
