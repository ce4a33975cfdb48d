using System.Globalization;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Features.Skp;

/// <summary>
/// The editor's row buttons, which work without JavaScript: each posts the whole form with an <c>aksi</c> value and the
/// page comes back with the row added, removed or moved; nothing is saved until "Simpan draf". Indices are the rendered
/// positions. Pure.
/// </summary>
public static class AksiEditor
{
    public const string Simpan = "simpan";
    public const string Ajukan = "ajukan";
    public const string TambahRhkUtama = "tambah-rhk-utama";
    public const string TambahRhkTambahan = "tambah-rhk-tambahan";

    public static string HapusRhk(int i) => Format("hapus-rhk", i);

    public static string NaikRhk(int i) => Format("naik-rhk", i);

    public static string TurunRhk(int i) => Format("turun-rhk", i);

    public static string TambahIki(int i) => Format("tambah-iki", i);

    public static string HapusIki(int i, int j) => Format("hapus-iki", i, j);

    public static string NaikIki(int i, int j) => Format("naik-iki", i, j);

    public static string TurunIki(int i, int j) => Format("turun-iki", i, j);

    /// <summary>True when <paramref name="aksi"/> is a row button (applied to <paramref name="form"/>); false for save/submit.</summary>
    public static bool Terapkan(SkpForm form, string? aksi)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(aksi) || aksi is Simpan or Ajukan)
        {
            return false;
        }

        var bagian = aksi.Split('-');
        var angka = bagian.Skip(2).Select(b => int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        var perintah = bagian.Length >= 2 ? $"{bagian[0]}-{bagian[1]}" : aksi;
        var rhk = form.Rhk;
        bool Ada(int i) => i >= 0 && i < rhk.Count;
        switch (perintah)
        {
            case "tambah-rhk":
                var jenis = aksi == TambahRhkTambahan ? JenisRhk.Tambahan : JenisRhk.Utama;
                rhk.Add(new RhkForm { Jenis = jenis, Iki = [IkiBaru(form)] });
                break;
            case "hapus-rhk" when angka.Length == 1 && Ada(angka[0]):
                rhk.RemoveAt(angka[0]);
                break;
            case "naik-rhk" when angka.Length == 1 && Ada(angka[0]) && Ada(angka[0] - 1):
                (rhk[angka[0] - 1], rhk[angka[0]]) = (rhk[angka[0]], rhk[angka[0] - 1]);
                break;
            case "turun-rhk" when angka.Length == 1 && Ada(angka[0]) && Ada(angka[0] + 1):
                (rhk[angka[0] + 1], rhk[angka[0]]) = (rhk[angka[0]], rhk[angka[0] + 1]);
                break;
            case "tambah-iki" when angka.Length == 1 && Ada(angka[0]):
                rhk[angka[0]].Iki.Add(IkiBaru(form));
                break;
            case "hapus-iki" or "naik-iki" or "turun-iki" when angka.Length == 2 && Ada(angka[0]):
                PindahIki(rhk[angka[0]].Iki, perintah, angka[1]);
                break;
        }

        // Rows whose Jenis was changed move to their group, as the saved SKP will show them.
        form.Rhk = [.. rhk.OrderBy(r => r.Jenis)];
        return true;
    }

    private static void PindahIki(List<IkiForm> iki, string perintah, int j)
    {
        if (j < 0 || j >= iki.Count)
        {
            return;
        }

        var k = perintah == "naik-iki" ? j - 1 : j + 1;
        if (perintah == "hapus-iki")
        {
            iki.RemoveAt(j);
        }
        else if (k >= 0 && k < iki.Count)
        {
            (iki[k], iki[j]) = (iki[j], iki[k]);
        }
    }

    private static IkiForm IkiBaru(SkpForm form) =>
        new() { JenisTarget = form.Pendekatan == PendekatanSkp.Kualitatif ? JenisTarget.Narasi : JenisTarget.Angka };

    private static string Format(string awalan, params int[] indeks) =>
        awalan + "-" + string.Join('-', indeks.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
