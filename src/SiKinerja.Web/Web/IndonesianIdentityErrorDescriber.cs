using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace SiKinerja.Web.Web;

/// <summary>Identity's messages through the shared resources (Indonesian by default).</summary>
public sealed class IndonesianIdentityErrorDescriber(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Identity.PasswordTerlaluPendek", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["Identity.PasswordPerluAngka"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["Identity.PasswordPerluHurufKecil"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["Identity.PasswordPerluHurufBesar"]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), t["Identity.PasswordPerluSimbol"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Identity.PasswordSalah"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Identity.AkunSudahAda", userName]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Identity.TokenTidakValid"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Umum.Galat"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
