using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using SiKinerja.Infrastructure.Berkas;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Pengembangan;

/// <summary>
/// The certificate upload's request size limit from <c>Berkas:UkuranMaksimumMb</c> (as <c>Realisasi.BatasUnggahBuktiAttribute</c>),
/// before the anti-forgery check reads the form: a request announcing a larger body goes back to the same form (GET) with
/// the message instead of a bare 413. A file just over the limit is refused by the file store with the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BatasUnggahSertifikatAttribute : Attribute, IFilterFactory
{
    /// <summary>Room for the multipart framing and the other form fields.</summary>
    public const long Cadangan = 64 * 1024;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IPenyimpanBerkas>(), serviceProvider.GetRequiredService<IStringLocalizer<SharedResource>>());

    private sealed class Filter(IPenyimpanBerkas penyimpan, IStringLocalizer<SharedResource> t) : IAuthorizationFilter, IOrderedFilter
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
                fitur.MaxRequestBodySize = terlaluBesar && http.Request.ContentLength <= batas * 4 ? http.Request.ContentLength : batas;
            }

            if (terlaluBesar)
            {
                var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
                tempData.Galat(t[HasilPeriksaBerkas.TerlaluBesar, penyimpan.UkuranMaksimumByte / (1024 * 1024)]);
                tempData.Save();
                context.Result = new LocalRedirectResult(http.Request.PathBase + http.Request.Path);
            }
        }
    }
}
