using System.Globalization;
using System.Text.Encodings.Web;
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
        var info = new InfoCetak(kode, RegistriDokumen.Tampil(kode), url, KodeQr.Svg(url), instansi.Value.Nama, logo.DataUri, instansi.Value.Tempat);
        var html = await perender.RenderAsync(isi.Tampilan, isi.Model, new Dictionary<string, object?> { [nameof(InfoCetak)] = info });
        return await pdf.CetakAsync(new HalamanPdf(html, isi.Lanskap, Kaki(isi, info)), ct);
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

    /// <summary>The footer of every page: the code on the left, "Halaman X dari Y" on the right (Chromium fills the numbers).</summary>
    private string Kaki(IsiDokumen isi, InfoCetak info)
    {
        var enc = HtmlEncoder.Default;
        var judul = enc.Encode(t[$"Dokumen.Jenis.{isi.Jenis}"]);
        var kode = enc.Encode(t["Dokumen.KodeVerifikasi", info.KodeTampil]);
        var halaman = string.Format(CultureInfo.InvariantCulture, enc.Encode(t["Dokumen.HalamanDari", "{0}", "{1}"]),
            "<span class=\"pageNumber\"></span>", "<span class=\"totalPages\"></span>");
        return "<div style=\"font-family:'DejaVu Sans',Arial,sans-serif;font-size:7pt;color:#333;width:100%;margin:0 15mm;"
            + "display:flex;justify-content:space-between;\">"
            + $"<span>{judul} · {kode}</span><span>{halaman}</span></div>";
    }
}
