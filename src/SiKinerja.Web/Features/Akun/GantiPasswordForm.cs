using FluentValidation;
using Microsoft.Extensions.Localization;

namespace SiKinerja.Web.Features.Akun;

public sealed class GantiPasswordForm
{
    public string PasswordLama { get; set; } = string.Empty;

    public string PasswordBaru { get; set; } = string.Empty;

    public string KonfirmasiPassword { get; set; } = string.Empty;
}

public sealed class GantiPasswordFormValidator : AbstractValidator<GantiPasswordForm>
{
    public GantiPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(x => x.PasswordLama).NotEmpty().WithMessage(_ => t["Akun.PasswordLamaWajib"]);
        RuleFor(x => x.PasswordBaru).NotEmpty().WithMessage(_ => t["Akun.PasswordBaruWajib"])
            .NotEqual(x => x.PasswordLama).WithMessage(_ => t["Akun.PasswordBaruSama"]);
        RuleFor(x => x.KonfirmasiPassword).Equal(x => x.PasswordBaru).WithMessage(_ => t["Akun.KonfirmasiBeda"]);
    }
}
