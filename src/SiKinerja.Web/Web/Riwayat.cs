using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Common;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Web;

/// <summary>One audited change as the history table on a detail page shows it.</summary>
public sealed record AuditBaris(DateTime WaktuUtc, string Pengguna, AksiAudit Aksi, string? Sebelum, string? Sesudah)
{
    /// <summary>Field by field: name, value before (null for an insert) and after (null for a delete).</summary>
    public IReadOnlyList<(string Nama, string? Sebelum, string? Sesudah)> Perubahan
    {
        get
        {
            var sebelum = Baca(Sebelum);
            var sesudah = Baca(Sesudah);
            return [.. sebelum.Keys.Union(sesudah.Keys)
                .Where(k => k is not nameof(IAuditable.Version) and not nameof(IAuditable.Id))
                .Select(k => (k, sebelum.GetValueOrDefault(k), sesudah.GetValueOrDefault(k)))];
        }
    }

    private static Dictionary<string, string?> Baca(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
    }
}

public static class Riwayat
{
    public const int Jumlah = 20;

    /// <summary>The latest changes of one audited record, newest first.</summary>
    public static async Task<IReadOnlyList<AuditBaris>> RiwayatAsync<TEntity>(this AppDbContext db, int id, CancellationToken ct)
        where TEntity : IAuditable
    {
        // The audit trail names the CLR type (AuditRecorder); typeof, not nameof, so an alias cannot change it.
        var entitas = typeof(TEntity).Name;
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == entitas && a.EntitasId == id)
            .OrderByDescending(a => a.Id)
            .Take(Jumlah)
            .Select(a => new AuditBaris(a.WaktuUtc, a.Pengguna, a.Aksi, a.Sebelum, a.Sesudah))
            .ToListAsync(ct);
    }

    /// <summary>The latest changes of several records of one type (e.g. the periods of a year), newest first, in one query.</summary>
    public static async Task<IReadOnlyList<AuditBaris>> RiwayatAsync<TEntity>(this AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
        where TEntity : IAuditable
    {
        var entitas = typeof(TEntity).Name;
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entitas == entitas && ids.Contains(a.EntitasId))
            .OrderByDescending(a => a.Id)
            .Take(Jumlah)
            .Select(a => new AuditBaris(a.WaktuUtc, a.Pengguna, a.Aksi, a.Sebelum, a.Sesudah))
            .ToListAsync(ct);
    }
}
