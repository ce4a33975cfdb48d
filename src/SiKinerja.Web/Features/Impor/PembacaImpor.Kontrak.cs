using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// One usable data row of a SIASN employee export, normalised and checked on its own (no database).
/// Rows with any error are not returned; their errors are in <see cref="HasilBacaImpor.Galat"/>.
/// </summary>
public sealed record BarisImpor(
    int Baris,
    string Nip,
    string? PnsId,
    string? GelarDepan,
    string Nama,
    string? GelarBelakang,
    JenisPegawai JenisPegawai,
    string GolonganKode,
    string UnorId,
    string UnorNama,
    string? UnorIndukId,
    string? JabatanId,
    string JabatanNama,
    JenisJabatan JenisJabatan,
    JenjangFungsional? Jenjang,
    string? Email,
    StatusPegawai Status)
{
    /// <summary>TMT GOLONGAN, when the file has it (an empty cell keeps what the record has).</summary>
    public DateOnly? TmtGolongan { get; init; }
}

/// <summary>
/// A problem in the file: <see cref="Baris"/> is the line number as a spreadsheet shows it (header = 1),
/// 0 for the whole file; <see cref="Kolom"/> the column name as in the file's header (null: whole row or
/// file). <see cref="Kode"/> is a resource key, <see cref="Argumen"/> its format arguments, so the
/// message is translated when shown and can be stored.
/// </summary>
public sealed record GalatImpor(int Baris, string? Kolom, string Kode, IReadOnlyList<string> Argumen);

/// <summary>
/// What reading a file gave: usable rows, every error (each blocks the import), and how many data rows the
/// file had. <see cref="Peringatan"/> are notes that do not block: a value that was left out (an invalid
/// e-mail, an unknown kedudukan hukum read as aktif).
/// </summary>
public sealed record HasilBacaImpor(IReadOnlyList<BarisImpor> Baris, IReadOnlyList<GalatImpor> Galat, int JumlahBarisData)
{
    public IReadOnlyList<GalatImpor> Peringatan { get; init; } = [];

    /// <summary>The file as a whole could not be used (wrong format, missing columns, too large, empty…).</summary>
    public bool BerkasDitolak => Galat.Any(g => g.Baris == 0);
}

/// <summary>Limits of an import (configuration section <c>Impor</c>).</summary>
public sealed class ImporOptions
{
    public const string Section = "Impor";

    public int UkuranMaksimumMb { get; set; } = 50;

    public int BarisMaksimum { get; set; } = 200_000;

    public long UkuranMaksimumByte => UkuranMaksimumMb * 1024L * 1024L;
}
