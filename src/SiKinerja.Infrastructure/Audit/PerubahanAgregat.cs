using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SiKinerja.Domain.Common;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Infrastructure.Audit;

/// <summary>
/// The pending changes of aggregate parts (owned types and entities marked <see cref="AgregatExtensions.BagianAgregat{T}"/>),
/// grouped by the tracked <see cref="IAuditable"/> root they belong to. Each change is described under a label
/// ("IndikatorKinerjaIndividu#12.Target", "RencanaHasilKerja+1" for a new row) with the values before and after.
/// </summary>
internal sealed class PerubahanAgregat
{
    private readonly Dictionary<(IEntityType, object), EntityEntry> _menurutKunci = [];
    private readonly Dictionary<object, string> _label = new(ReferenceEqualityComparer.Instance);
    private int _baru;

    private PerubahanAgregat()
    {
    }

    public sealed record Isi(Dictionary<string, object?> Sebelum, Dictionary<string, object?> Sesudah);

    /// <summary>Per root entity (by reference): the parts' changes; roots with nothing real changed are absent.</summary>
    public Dictionary<object, Isi> PerAkar { get; } = new(ReferenceEqualityComparer.Instance);

    public static PerubahanAgregat Kumpulkan(DbContext db)
    {
        var hasil = new PerubahanAgregat();
        var semua = db.ChangeTracker.Entries().ToList();
        var bagian = semua
            .Where(e => e.Entity is not IAuditable && (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && BagianAgregat(e))
            .ToList();
        if (bagian.Count == 0)
        {
            // Most saves touch no aggregate part (e.g. an import of 5,000 employees): skip the key map.
            return hasil;
        }

        foreach (var e in semua)
        {
            if (e.Metadata.FindPrimaryKey() is { Properties.Count: 1 } pk)
            {
                hasil._menurutKunci[(e.Metadata, e.Property(pk.Properties[0].Name).CurrentValue!)] = e;
            }
        }

        foreach (var e in bagian)
        {
            var akar = hasil.Akar(e);
            if (akar.State is EntityState.Added or EntityState.Deleted)
            {
                // A new root is audited as a whole at insert; a deleted root takes its parts with it.
                continue;
            }

            if (!hasil.PerAkar.TryGetValue(akar.Entity, out var isi))
            {
                isi = new Isi([], []);
                hasil.PerAkar[akar.Entity] = isi;
            }

            var label = hasil.Label(e);
            var nilai = e.Properties.Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsForeignKey()).ToList();
            switch (e.State)
            {
                case EntityState.Modified:
                    var berubah = nilai.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    Gabung(isi.Sebelum, label, berubah.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                    Gabung(isi.Sesudah, label, berubah.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
                    break;
                case EntityState.Added:
                    Gabung(isi.Sesudah, label, nilai.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
                    break;
                case EntityState.Deleted:
                    Gabung(isi.Sebelum, label, nilai.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                    break;
            }
        }

        foreach (var (akar, isi) in hasil.PerAkar.ToList())
        {
            Rapikan(isi);
            if (isi.Sebelum.Count == 0 && isi.Sesudah.Count == 0)
            {
                hasil.PerAkar.Remove(akar);
            }
        }

        return hasil;
    }

    private static void Gabung(Dictionary<string, object?> tujuan, string label, Dictionary<string, object?> nilai)
    {
        if (nilai.Count == 0)
        {
            return;
        }

        if (tujuan.TryGetValue(label, out var ada) && ada is Dictionary<string, object?> lama)
        {
            foreach (var (k, v) in nilai)
            {
                lama[k] = v;
            }
        }
        else
        {
            tujuan[label] = nilai;
        }
    }

    /// <summary>
    /// A replaced owned value (EF tracks the old one Deleted and the new one Added under the same label) keeps only the
    /// properties that really differ; a replacement by an equal value disappears.
    /// </summary>
    private static void Rapikan(Isi isi)
    {
        foreach (var label in isi.Sebelum.Keys.Intersect(isi.Sesudah.Keys).ToList())
        {
            var sebelum = (Dictionary<string, object?>)isi.Sebelum[label]!;
            var sesudah = (Dictionary<string, object?>)isi.Sesudah[label]!;
            foreach (var k in sebelum.Keys.Intersect(sesudah.Keys).Where(k => Equals(sebelum[k], sesudah[k])).ToList())
            {
                sebelum.Remove(k);
                sesudah.Remove(k);
            }

            if (sebelum.Count == 0)
            {
                isi.Sebelum.Remove(label);
            }

            if (sesudah.Count == 0)
            {
                isi.Sesudah.Remove(label);
            }
        }
    }

    private static bool BagianAgregat(EntityEntry e) =>
        e.Metadata.IsOwned() || e.Metadata.FindAnnotation(AgregatExtensions.Anotasi) is not null;

    private static IForeignKey KeInduk(EntityEntry e)
    {
        if (e.Metadata.FindOwnership() is { } kepemilikan)
        {
            return kepemilikan;
        }

        var nama = (string)e.Metadata.FindAnnotation(AgregatExtensions.Anotasi)!.Value!;
        return e.Metadata.GetForeignKeys().Single(fk => fk.Properties.Count == 1 && fk.Properties[0].Name == nama);
    }

    private EntityEntry Induk(EntityEntry e)
    {
        var fk = KeInduk(e);
        var properti = e.Property(fk.Properties[0].Name);
        var kunci = e.State == EntityState.Deleted ? properti.OriginalValue : properti.CurrentValue;
        if (kunci is not null && _menurutKunci.TryGetValue((fk.PrincipalEntityType, kunci), out var induk))
        {
            return induk;
        }

        throw new InvalidOperationException(
            $"{e.Metadata.DisplayName()} changed without its aggregate root being tracked; load the aggregate (e.g. DenganIsi) before changing it.");
    }

    private EntityEntry Akar(EntityEntry e)
    {
        var induk = Induk(e);
        return induk.Entity is IAuditable ? induk : Akar(induk);
    }

    private string Label(EntityEntry e)
    {
        if (_label.TryGetValue(e.Entity, out var ada))
        {
            return ada;
        }

        string label;
        if (e.Metadata.FindOwnership() is { PrincipalToDependent: { } navigasi })
        {
            label = $"{Label(Induk(e))}.{navigasi.Name}";
        }
        else
        {
            var pk = e.Property(e.Metadata.FindPrimaryKey()!.Properties[0].Name);
            label = pk.IsTemporary || e.State == EntityState.Added
                ? $"{e.Metadata.ClrType.Name}+{++_baru}"
                : $"{e.Metadata.ClrType.Name}#{Convert.ToString(pk.CurrentValue, CultureInfo.InvariantCulture)}";
        }

        _label[e.Entity] = label;
        return label;
    }
}
