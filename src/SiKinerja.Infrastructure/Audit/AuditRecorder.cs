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
        var bagian = PerubahanAgregat.Kumpulkan(db);
        foreach (var entry in db.ChangeTracker.Entries<IAuditable>().ToList())
        {
            bagian.PerAkar.TryGetValue(entry.Entity, out var isiBagian);
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    added.Add(entry);
                    break;
                case EntityState.Modified:
                case EntityState.Unchanged when isiBagian is not null:
                    var changed = entry.Properties
                        .Where(p => p.IsModified && p.Metadata.Name != nameof(IAuditable.Version) && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToList();
                    if (changed.Count == 0 && isiBagian is null)
                    {
                        // Nothing real changed (e.g. a form saved as it was): do not write or bump.
                        entry.State = EntityState.Unchanged;
                        continue;
                    }

                    // A change to a part of the aggregate (isiBagian) bumps the root too, so the root's Version
                    // guards the whole aggregate against concurrent edits.
                    entry.Property(e => e.Version).CurrentValue = entry.Entity.Version + 1;
                    var sebelum = changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                    var sesudah = changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
                    foreach (var (label, nilai) in isiBagian?.Sebelum ?? [])
                    {
                        sebelum[label] = nilai;
                    }

                    foreach (var (label, nilai) in isiBagian?.Sesudah ?? [])
                    {
                        sesudah[label] = nilai;
                    }

                    db.Add(new AuditEntry
                    {
                        Entitas = entry.Metadata.ClrType.Name,
                        EntitasId = entry.Entity.Id,
                        Aksi = AksiAudit.Ubah,
                        Pengguna = pengguna,
                        WaktuUtc = now,
                        Sebelum = Serialize(sebelum),
                        Sesudah = Serialize(sesudah),
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
