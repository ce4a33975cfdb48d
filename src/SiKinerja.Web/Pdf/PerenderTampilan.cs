using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SiKinerja.Web.Pdf;

/// <summary>
/// Renders a Razor view to a string outside a request too (the batch worker), always in Bahasa Indonesia: the official
/// documents are Indonesian whatever language the user's screen is in.
/// </summary>
public sealed class PerenderTampilan(IRazorViewEngine mesin, ITempDataProvider tempData, IServiceProvider layanan)
{
    public static readonly CultureInfo Budaya = CultureInfo.GetCultureInfo("id");

    public async Task<string> RenderAsync(string jalurTampilan, object model, IReadOnlyDictionary<string, object?>? data = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var http = new DefaultHttpContext { RequestServices = layanan };
        var konteks = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var hasil = mesin.GetView(executingFilePath: null, viewPath: jalurTampilan, isMainPage: true);
        var tampilan = hasil.View ?? throw new InvalidOperationException($"View {jalurTampilan} not found.");

        var budaya = CultureInfo.CurrentCulture;
        var budayaUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Budaya;
        CultureInfo.CurrentUICulture = Budaya;
        try
        {
            await using var tulis = new StringWriter(CultureInfo.InvariantCulture);
            var vd = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
            foreach (var (k, v) in data ?? new Dictionary<string, object?>())
            {
                vd[k] = v;
            }

            var vc = new ViewContext(konteks, tampilan, vd, new TempDataDictionary(http, tempData), tulis, new HtmlHelperOptions());
            await tampilan.RenderAsync(vc);
            return tulis.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = budaya;
            CultureInfo.CurrentUICulture = budayaUi;
        }
    }
}
