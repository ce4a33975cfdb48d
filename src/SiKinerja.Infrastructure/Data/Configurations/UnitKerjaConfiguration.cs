using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class UnitKerjaConfiguration : IEntityTypeConfiguration<UnitKerja>
{
    public void Configure(EntityTypeBuilder<UnitKerja> b)
    {
        b.ToTable("UnitKerja");
        b.Property(x => x.Nama).HasMaxLength(UnitKerja.NamaMaxLength).IsRequired();
        b.Property(x => x.Kode).HasMaxLength(UnitKerja.KodeMaxLength);
        b.HasIndex(x => x.Kode).IsUnique();
        b.HasIndex(x => x.ParentId);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
