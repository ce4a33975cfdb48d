using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace SiKinerja.Web.Hosting;

/// <summary>
/// FluentValidation is the one source of validation messages; MVC only reports values it could not
/// bind (letters in a number field, an unknown option), and says so in the user's language.
/// </summary>
internal sealed class PesanBindingMvc(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var t = factory.Create(typeof(SharedResource));
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((nilai, _) => t["Umum.NilaiTidakValid", nilai]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(nilai => t["Umum.NilaiTidakValid", nilai]);
        m.SetValueIsInvalidAccessor(nilai => t["Umum.NilaiTidakValid", nilai]);
        m.SetUnknownValueIsInvalidAccessor(_ => t["Umum.IsianTidakValid"]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Umum.IsianTidakValid"]);
        m.SetValueMustBeANumberAccessor(_ => t["Umum.HarusAngka"]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => t["Umum.HarusAngka"]);
        m.SetValueMustNotBeNullAccessor(_ => t["Umum.Wajib"]);
        m.SetMissingBindRequiredValueAccessor(_ => t["Umum.Wajib"]);
        m.SetMissingKeyOrValueAccessor(() => t["Umum.Wajib"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => t["Umum.Wajib"]);
    }
}
