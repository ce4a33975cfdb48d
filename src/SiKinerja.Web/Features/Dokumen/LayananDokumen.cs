using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Pdf;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Dokumen;

/// <summary>
/// Prints the official documents: checks who may print (<see cref="AksesCetak"/>), builds the content with the kind's
/// <see cref="IPenyusunDokumen"/> (always in Bahasa Indonesia), registers its verification code, renders the view with
/// the shared layout and prints it through <see cref="IPembuatPdf"/>. The batch worker uses the same steps.
/// </summary>
public sealed class LayananDokumen(
    IEnumerable<IPenyusunDokumen> penyusun,
    RegistriDokumen registri,
    PerenderTampilan perender,
    IPembuatPdf pdf,
    LogoInstansi logo,
    IOptions<InstansiOptions> instansi,
    IStringLocalizer<SharedResource> t)
{
    private readonly Dictionary<JenisDokumen, IPenyusunDokumen> _penyusun = penyusun.ToDictionary(p => p.Jenis);

    public bool Dikenal(JenisDokumen jenis) => _penyusun.ContainsKey(jenis);

    public IPenyusunDokumen Penyusun(JenisDokumen jenis) =>
        _penyusun.TryGetValue(jenis, out var p) ? p : throw new InvalidOperationException($"No IPenyusunDokumen for {jenis}.");

    /// <summary>Whether the user may print it: null → 404, false → 403 (see <see cref="AksesCetak"/>).</summary>
    public async Task<bool?> BolehCetakAsync(PenggunaSkp pengguna, KunciDokumen kunci, CancellationToken ct) =>
        Dikenal(kunci.Jenis) ? AksesCetak.Untuk(pengguna, await Penyusun(kunci.Jenis).PemilikAsync(kunci, ct)) : null;

    /// <summary>One document for the user. <paramref name="alamat"/>: base address for the QR code.</summary>
    public async Task<Hasil<BerkasPdf>> CetakAsync(PenggunaSkp pengguna, KunciDokumen kunci, string alamat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        switch (await BolehCetakAsync(pengguna, kunci, ct))
        {
            case null:
                return Hasil.Gagal<BerkasPdf>(StatusHasil.TidakDitemukan);
            case false:
                return Hasil.Gagal<BerkasPdf>(StatusHasil.Dilarang);
        }

        var isi = (await SusunAsync([kunci], ct)).GetValueOrDefault(kunci);
        if (isi is null)
        {
            return Hasil.Gagal<BerkasPdf>(StatusHasil.TidakDitemukan);
        }

        var kode = (await registri.DaftarkanAsync([(kunci, isi)], pengguna.Nip, ct))[0];
        return Hasil.Ok(new BerkasPdf(await RenderAsync(isi, kode, alamat, ct), isi.NamaBerkas + ".pdf", kode));
    }

    /// <summary>The content of these documents (one kind), built in Indonesian whatever the request's language.</summary>
    public async Task<IReadOnlyDictionary<KunciDokumen, IsiDokumen>> SusunAsync(IReadOnlyList<KunciDokumen> kunci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kunci);
        if (kunci.Count == 0)
        {
            return new Dictionary<KunciDokumen, IsiDokumen>();
        }

        var budaya = CultureInfo.CurrentCulture;
        var budayaUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = PerenderTampilan.Budaya;
        CultureInfo.CurrentUICulture = PerenderTampilan.Budaya;
        try
        {
            return await Penyusun(kunci[0].Jenis).SusunAsync(kunci, ct);
        }
        finally
        {
            CultureInfo.CurrentCulture = budaya;
            CultureInfo.CurrentUICulture = budayaUi;
        }
    }

    /// <summary>Renders a built document with its code to PDF.</summary>
    public async Task<byte[]> RenderAsync(IsiDokumen isi, string kode, string alamat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(isi);
        var url = $"{alamat.TrimEnd('/')}/Verifikasi/{kode}";
        var info = new InfoCetak(kode, RegistriDokumen.Tampil(kode), url, KodeQr.Svg(url), instansi.Value.Nama, logo.DataUri, instansi.Value.Tempat,
            GayaHalaman(isi, RegistriDokumen.Tampil(kode)));
        var html = await perender.RenderAsync(isi.Tampilan, isi.Model, new Dictionary<string, object?> { [nameof(InfoCetak)] = info });
        return await pdf.CetakAsync(new HalamanPdf(html, isi.Lanskap), ct);
    }

    /// <summary>Whether the record still shows what was printed with this code.</summary>
    public async Task<HasilVerifikasi> VerifikasiAsync(string? masukan, CancellationToken ct)
    {
        var kode = RegistriDokumen.Normalisasi(masukan);
        var d = kode is null ? null : await registri.CariAsync(kode, ct);
        if (d is null || !Enum.IsDefined((JenisDokumen)d.Jenis) || !Dikenal((JenisDokumen)d.Jenis))
        {
            return new(StatusVerifikasi.TidakDikenal, kode ?? masukan?.Trim() ?? string.Empty, null, null, null);
        }

        var kunci = new KunciDokumen((JenisDokumen)d.Jenis, d.Id1, d.Id2);
        var isi = (await SusunAsync([kunci], ct)).GetValueOrDefault(kunci);
        var sah = isi is not null && RegistriDokumen.Hash(isi.Model) == d.Hash;
        return new(sah ? StatusVerifikasi.Sah : StatusVerifikasi.Berubah, d.Kode, kunci.Jenis, d.Judul, d.DicetakUtc);
    }

    /// <summary>
    /// The page: A4 in the document's orientation, margins, and the footer of every page as CSS margin boxes: the kind and
    /// the code on the left, "Halaman X dari Y" on the right (Chromium counts the pages). A third cheaper per document than
    /// Chromium's footer template.
    /// </summary>
    private string GayaHalaman(IsiDokumen isi, string kodeTampil)
    {
        var kiri = $"{t[$"Dokumen.Jenis.{isi.Jenis}"]} · {t["Dokumen.KodeVerifikasi", kodeTampil]}";
        // "Halaman {0} dari {1}" with markers for the two numbers, then CSS: "Halaman " counter(page) " dari " counter(pages).
        var pola = t["Dokumen.HalamanDari", "\u0000", "\u0001"].Value;
        var bagian = new List<string>();
        var teks = new StringBuilder();
        foreach (var c in pola)
        {
            if (c is not ('\u0000' or '\u0001'))
            {
                teks.Append(c);
                continue;
            }

            if (teks.Length > 0)
            {
                bagian.Add(CssString(teks.ToString()));
                teks.Clear();
            }

            bagian.Add(c == '\u0000' ? "counter(page)" : "counter(pages)");
        }

        if (teks.Length > 0)
        {
            bagian.Add(CssString(teks.ToString()));
        }

        var kanan = string.Join(" ", bagian);
        const string Huruf = "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #333;";
        return string.Create(CultureInfo.InvariantCulture,
            $"@page {{ size: A4 {(isi.Lanskap ? "landscape" : "portrait")}; margin: 15mm 15mm 18mm 15mm; "
            + $"@bottom-left {{ content: {CssString(kiri)}; {Huruf} }} @bottom-right {{ content: {kanan}; {Huruf} }} }}");
    }

    /// <summary>
    /// A CSS string literal in which every character but ASCII letters and digits is a six-digit hex escape (safe inside
    /// &lt;style&gt;). Spaces too: CSS swallows one whitespace after an escape.
    /// </summary>
    public static string CssString(string teks)
    {
        ArgumentNullException.ThrowIfNull(teks);
        var sb = new StringBuilder(teks.Length + 2).Append('"');
        foreach (var c in teks)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(((int)c).ToString("X6", CultureInfo.InvariantCulture));
            }
        }

        return sb.Append('"').ToString();
    }
}
