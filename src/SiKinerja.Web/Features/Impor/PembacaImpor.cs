using Microsoft.Extensions.Options;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Reads a SIASN employee export (CSV with ',' or ';', UTF-8 with or without BOM, or xlsx) into
/// <see cref="BarisImpor"/> rows and per-row, per-column <see cref="GalatImpor"/> errors. Pure: it looks at
/// the file only; matching against the database is the import service's job. Columns:
/// docs/impor-siasn.md.
/// </summary>
public sealed partial class PembacaImpor(IOptions<ImporOptions> options)
{
    public HasilBacaImpor Baca(Stream berkas, string namaBerkas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(berkas);
        _ = options.Value;
        _ = namaBerkas;
        ct.ThrowIfCancellationRequested();
        return new HasilBacaImpor([], [new GalatImpor(0, null, "Impor.BelumTersedia", [])], 0);
    }
}
