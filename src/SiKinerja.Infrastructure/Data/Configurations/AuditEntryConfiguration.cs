using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Infrastructure.Audit;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntry");
        b.Property(x => x.Entitas).HasMaxLength(AuditEntry.EntitasMaxLength).IsRequired();
        b.Property(x => x.Pengguna).HasMaxLength(AuditEntry.PenggunaMaxLength).IsRequired();
        b.HasIndex(x => new { x.Entitas, x.EntitasId });
        b.HasIndex(x => x.WaktuUtc);
    }
}
