using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Berkas;

namespace SiKinerja.Web.Web;

/// <summary>
/// The request size limit of an upload kept by <see cref="IPenyimpanBerkas"/> (bukti dukung, certificates), from
/// <c>Berkas:UkuranMaksimumMb</c> (as <c>Impor.BatasUnggahAttribute</c> does for the import: a <c>[RequestSizeLimit]</c>
/// needs a constant). Runs before the anti-forgery check reads the form; a request that announces a larger body goes back
/// with the message instead of a bare 413: to <see cref="KembaliKe"/> of this controller with the same route values, or
/// by default to the same URL (the form's GET). A file just over the limit inside the allowance is refused by the file
/// store with the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BatasUnggahBerkasAttribute : Attribute, IFilterFactory
{
    /// <summary>Room for the multipart framing and the other form fields.</summary>
    public const long Cadangan = 64 * 1024;

    /// <summary>The action (GET) of the same controller to go back to with the request's route values; null: the same URL.</summary>
    public string? KembaliKe { get; set; }

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IPenyimpanBerkas>(), serviceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(), KembaliKe);

    private sealed class Filter(IPenyimpanBerkas penyimpan, IStringLocalizer<SharedResource> t, string? kembaliKe) : IAuthorizationFilter, IOrderedFilter
    {
        // Before AutoValidateAntiforgeryToken (1000), after the authorization policy.
        public int Order => 900;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            if (context.Result is not null)
            {
                return;
            }

            var batas = penyimpan.UkuranMaksimumByte + Cadangan;
            var http = context.HttpContext;
            var terlaluBesar = http.Request.ContentLength > batas;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } fitur)
            {
                // A refused upload that is not absurdly large is still drained, so the browser gets the redirect.
                fitur.MaxRequestBodySize = terlaluBesar && http.Request.ContentLength <= batas * 4 ? http.Request.ContentLength : batas;
            }

            if (terlaluBesar)
            {
                var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
                tempData.Galat(t[HasilPeriksaBerkas.TerlaluBesar, penyimpan.UkuranMaksimumByte / (1024 * 1024)]);
                tempData.Save(); // the result filters that normally save it do not run after a short-circuit
                context.Result = kembaliKe is null
                    ? new LocalRedirectResult(http.Request.PathBase + http.Request.Path)
                    : new RedirectToActionResult(kembaliKe, null, new RouteValueDictionary(
                        context.RouteData.Values.Where(v => v.Key is not "action" and not "controller")));
            }
        }
    }
}
