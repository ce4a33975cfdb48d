using FluentValidation;
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

    /// <summary>
    /// Validates a posted form with its FluentValidation validator and puts the errors beside the fields.
    /// True when the form is valid and every value could be bound.
    /// </summary>
    public static async Task<bool> ValidasiAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T form, CancellationToken ct, string? prefix = null)
    {
        var result = await validator.ValidateAsync(form, ct);
        result.AddToModelState(modelState, prefix);
        return modelState.IsValid;
    }
}
