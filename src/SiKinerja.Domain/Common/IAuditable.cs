namespace SiKinerja.Domain.Common;

/// <summary>
/// Marks an entity whose every change is written to the audit trail (who, when, before, after)
/// and which carries an application-managed <see cref="Version"/> used as a concurrency token
/// (SQLite has no row version, so the number is bumped by the save interceptor on every update).
/// </summary>
public interface IAuditable
{
    int Id { get; }

    int Version { get; set; }
}
