using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SiKinerja.Web.Web;

/// <summary>One-shot messages shown after a redirect (post-redirect-get).</summary>
public static class Flash
{
    public const string SuksesKey = "Flash.Sukses";
    public const string GalatKey = "Flash.Galat";

    public static void Sukses(this ITempDataDictionary tempData, string message) => tempData[SuksesKey] = message;

    public static void Galat(this ITempDataDictionary tempData, string message) => tempData[GalatKey] = message;
}
