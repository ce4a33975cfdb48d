using FluentValidation;
using Microsoft.Extensions.Localization;

namespace SiKinerja.Web.Features.Akun;

public sealed class MasukForm
{
    /// <summary>NIP or e-mail.</summary>
    public string Login { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool IngatSaya { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class MasukFormValidator : AbstractValidator<MasukForm>
{
    public MasukFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.Login).NotEmpty().WithMessage(_ => t["Akun.LoginWajib"]).MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => t["Akun.PasswordWajib"]).MaximumLength(256);
    }
}
