using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using Microsoft.Extensions.Localization;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.TahunKinerja;

namespace SiKinerja.Web.Features.Realisasi;

/// <summary>An evaluation period as the realisasi pages show it.</summary>
public sealed record PeriodeRealisasi(
    int Id, int TahunKinerjaId, int Tahun, JenisPeriode Jenis, int Nomor, DateOnly Mulai, DateOnly Selesai, DateOnly BatasEvaluasi, bool Ditutup)
{
    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public string NomorRomawi => Nomor is >= 1 and <= 12 ? Romawi[Nomor - 1] : Nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Semester II 2026" in the current language.</summary>
    public string Label(IStringLocalizer t) => $"{t.Label(Jenis, Nomor, NomorRomawi)} {Tahun}";
}

/// <summary>One applicable period of one evaluated SKP on "Realisasi saya".</summary>
public sealed record RealisasiBaris(int SkpId, int Revisi, DateOnly SkpMulai, DateOnly SkpSelesai, PeriodeRealisasi Periode, int Terisi, int JumlahIki, StatusEvaluasi? Status)
{
    /// <summary>The employee may still fill it: open period, evaluation not final (the same rule as <see cref="AksesEvaluasi.IsiRealisasi"/>).</summary>
    public bool DapatDiisi => !Periode.Ditutup && Status is null or StatusEvaluasi.Belum or StatusEvaluasi.Dinilai;
}

public sealed record RealisasiIndexViewModel(IReadOnlyList<RealisasiBaris> Baris);

/// <summary>One IKI on the realisasi page; <see cref="Index"/> is its row in <see cref="RealisasiForm.Iki"/>.</summary>
public sealed record RealisasiIkiBaris(
    int Index, Guid Kunci, AspekIki Aspek, string Indikator, Target Target, RealisasiIki? Tersimpan, Rating? Kategori, decimal? Persen)
{
    public bool Angka => Target.Jenis is JenisTarget.Angka or JenisTarget.Rentang;

    public bool Tanggal => Target.Jenis == JenisTarget.Tanggal;

    public IReadOnlyList<BuktiDukung> Bukti => Tersimpan?.Bukti ?? [];
}

public sealed record RealisasiRhkBaris(JenisRhk Jenis, int Nomor, string Teks, IReadOnlyList<RealisasiIkiBaris> Iki);

public sealed record RealisasiViewModel(
    SiKinerja.Domain.Skp.Skp Skp,
    PeriodeRealisasi Periode,
    AksesEvaluasi Akses,
    StatusEvaluasi? Status,
    RealisasiForm Form,
    IReadOnlyList<RealisasiRhkBaris> Rhk,
    int UkuranMaksimumMb,
    bool Pemilik)
{
    public IEnumerable<RealisasiIkiBaris> SemuaIki => Rhk.SelectMany(r => r.Iki);

    public int Terisi => SemuaIki.Count(i => i.Tersimpan?.Terisi == true);

    public int JumlahIki => SemuaIki.Count();
}

/// <summary>A stored bukti file ready to send: its stream, stored content type and safe name.</summary>
public sealed record UnduhanBukti(Stream Isi, string ContentType, string Nama);
