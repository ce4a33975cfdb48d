namespace SiKinerja.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Kode"/> is a resource key (e.g. <c>Jabatan.SiklusAtasan</c>)
/// that the web layer translates; the domain itself holds no user-facing text.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string kode, params object[] argumen)
        : base(kode)
    {
        Kode = kode;
        Argumen = argumen;
    }

    public DomainException()
        : this("Umum.Galat")
    {
    }

    public DomainException(string kode, Exception inner)
        : base(kode, inner)
    {
        Kode = kode;
        Argumen = [];
    }

    public string Kode { get; }

    public IReadOnlyList<object> Argumen { get; }
}
