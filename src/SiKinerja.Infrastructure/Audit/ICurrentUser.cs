namespace SiKinerja.Infrastructure.Audit;

/// <summary>Who is acting, for the audit trail. The web app answers from the signed-in user.</summary>
public interface ICurrentUser
{
    /// <summary>NIP (or user name for accounts without an employee record).</summary>
    string Pengenal { get; }
}

/// <summary>Used by commands and background work outside a request.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string Nama = "sistem";

    public string Pengenal => Nama;
}
