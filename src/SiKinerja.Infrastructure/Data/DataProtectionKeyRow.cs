namespace SiKinerja.Infrastructure.Data;

/// <summary>A data-protection key ring element, kept in the database so that cookies survive a
/// restart and every app instance on one database can read them.</summary>
public class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
