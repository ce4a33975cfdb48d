using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SiKinerja.Infrastructure.Data;

/// <summary>Marks entity types that are parts of an aggregate whose root is the audited, versioned entity.</summary>
internal static class AgregatExtensions
{
    /// <summary>Model annotation on a part: the name of its foreign key to its parent (the root or another part).</summary>
    public const string Anotasi = "SiKinerja:BagianAgregat";

    /// <summary>
    /// Declares <typeparamref name="T"/> a part of an aggregate reached through <paramref name="keInduk"/> (its foreign
    /// key to the parent). A save that adds, changes or removes a part then bumps the root's Version (so a concurrent
    /// edit of the same aggregate fails) and writes the change into the root's audit row. Owned types need no mark:
    /// they always belong to their owner.
    /// </summary>
    public static EntityTypeBuilder<T> BagianAgregat<T>(this EntityTypeBuilder<T> b, Expression<Func<T, int>> keInduk)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(keInduk);
        var nama = ((MemberExpression)keInduk.Body).Member.Name;
        b.HasAnnotation(Anotasi, nama);
        return b;
    }
}
