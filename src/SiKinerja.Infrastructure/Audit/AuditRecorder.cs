using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SiKinerja.Domain.Common;

namespace SiKinerja.Infrastructure.Audit;

/// <summary>
/// Turns tracked changes of <see cref="IAuditable"/> entities into <see cref="AuditEntry"/> rows and
/// bumps their <see cref="IAuditable.Version"/> concurrency token. Rows for updates and deletes are
/// added before the save; rows for inserts after it, once the database has assigned the key.
/// </summary>
internal static class AuditRecorder
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static List<EntityEntry> Prepare(DbContext db, string pengguna, DateTime now)
    {
        var added = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries<IAuditable>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    added.Add(entry);
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IAuditable.Version)).ToList();
                    if (changed.Count == 0 || changed.All(p => Equals(p.OriginalValue, p.CurrentValue)))
                    {
                        // Nothing real changed (e.g. a form saved as it was): do not write or bump.
                        entry.State = EntityState.Unchanged;
                        continue;
                    }

                    entry.Entity.Version++;
                    db.Add(new AuditEntry
                    {
                        Entitas = entry.Metadata.ClrType.Name,
                        EntitasId = entry.Entity.Id,
                        Aksi = AksiAudit.Ubah,
                        Pengguna = pengguna,
                        WaktuUtc = now,
                        Sebelum = Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                        Sesudah = Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
                    });
                    break;
                case EntityState.Deleted:
                    db.Add(new AuditEntry
                    {
                        Entitas = entry.Metadata.ClrType.Name,
                        EntitasId = entry.Entity.Id,
                        Aksi = AksiAudit.Hapus,
                        Pengguna = pengguna,
                        WaktuUtc = now,
                        Sebelum = Serialize(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                    });
                    break;
            }
        }

        return added;
    }

    public static void RecordInserts(DbContext db, IEnumerable<EntityEntry> added, string pengguna, DateTime now)
    {
        foreach (var entry in added)
        {
            db.Add(new AuditEntry
            {
                Entitas = entry.Metadata.ClrType.Name,
                EntitasId = ((IAuditable)entry.Entity).Id,
                Aksi = AksiAudit.Tambah,
                Pengguna = pengguna,
                WaktuUtc = now,
                Sesudah = Serialize(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            });
        }
    }

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);
}
