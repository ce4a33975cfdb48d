using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// The upload's request size limit from <see cref="ImporOptions"/> (a <c>[RequestSizeLimit]</c> needs a
/// constant). Runs before the anti-forgery check reads the form; a request that announces a body larger
/// than allowed is answered with the upload page's message instead of a bare 413.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BatasUnggahAttribute : Attribute, IFilterFactory
{
    /// <summary>Room for the multipart framing and the other form fields.</summary>
    public const long Cadangan = 64 * 1024;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<ImporOptions>>(), serviceProvider.GetRequiredService<IStringLocalizer<SharedResource>>());

    private sealed class Filter(IOptions<ImporOptions> options, IStringLocalizer<SharedResource> t) : IAuthorizationFilter, IOrderedFilter
    {
        // Before AutoValidateAntiforgeryToken (1000), after the authorization policy.
        public int Order => 900;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            if (context.Result is not null)
            {
                return;
            }

            var batas = options.Value.UkuranMaksimumByte + Cadangan;
            var http = context.HttpContext;
            var terlaluBesar = http.Request.ContentLength > batas;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } fitur)
            {
                // A refused upload that is not absurdly large may still be drained by the server, so the
                // browser gets the redirect with the message instead of a reset connection.
                fitur.MaxRequestBodySize = terlaluBesar && http.Request.ContentLength <= batas * 4 ? http.Request.ContentLength : batas;
            }

            if (terlaluBesar)
            {
                var tempData = http.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionaryFactory>().GetTempData(http);
                tempData.Galat(t["Impor.BerkasTerlaluBesar", options.Value.UkuranMaksimumMb]);
                tempData.Save(); // the result filters that normally save it do not run after a short-circuit
                context.Result = new RedirectToActionResult(nameof(ImporController.Index), "Impor", null);
            }
        }
    }
}
