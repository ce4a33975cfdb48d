using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SiKinerja.Web.Web;

public static class ModelStateExtensions
{
    /// <summary>Copies FluentValidation errors into ModelState so the form shows them beside each field.</summary>
    public static void AddToModelState(this ValidationResult result, ModelStateDictionary modelState, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
