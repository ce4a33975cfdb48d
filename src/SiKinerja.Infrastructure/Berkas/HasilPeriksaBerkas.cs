namespace SiKinerja.Infrastructure.Berkas;

/// <summary>
/// What <see cref="PemeriksaBerkas"/> decided. On success <see cref="Jenis"/> is the kind by content and
/// <see cref="NamaTampilan"/> the safe name to show; otherwise <see cref="Galat"/> is a resource key
/// (<c>Berkas.*</c>) and <see cref="Argumen"/> its format arguments.
/// </summary>
public sealed record HasilPeriksaBerkas(JenisBerkas? Jenis, string NamaTampilan, string? Galat, IReadOnlyList<string> Argumen)
{
    public const string JenisTidakDiizinkan = "Berkas.JenisTidakDiizinkan";
    public const string EkstensiTidakSesuai = "Berkas.EkstensiTidakSesuai";
    public const string TerlaluBesar = "Berkas.TerlaluBesar";
    public const string Kosong = "Berkas.Kosong";
    public const string NamaTidakValid = "Berkas.NamaTidakValid";
    public const string Rusak = "Berkas.Rusak";

    public bool Diterima => Galat is null;

    internal static HasilPeriksaBerkas Terima(JenisBerkas jenis, string namaTampilan) => new(jenis, namaTampilan, null, []);

    internal static HasilPeriksaBerkas Tolak(string galat, params string[] argumen) => new(null, string.Empty, galat, argumen);
}
