using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Periode;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class TahunKinerjaConfiguration : IEntityTypeConfiguration<TahunKinerja>
{
    public void Configure(EntityTypeBuilder<TahunKinerja> b)
    {
        b.ToTable("TahunKinerja");
        b.HasIndex(x => x.Tahun).IsUnique();
        b.Ignore(x => x.Mulai);
        b.Ignore(x => x.Selesai);
        b.Ignore(x => x.Dibuka);
        b.HasMany(x => x.Periode).WithOne().HasForeignKey(p => p.TahunKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Periode).HasField("_periode").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
