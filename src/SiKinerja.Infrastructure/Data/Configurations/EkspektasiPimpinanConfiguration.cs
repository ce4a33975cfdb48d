using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class EkspektasiPimpinanConfiguration : IEntityTypeConfiguration<EkspektasiPimpinan>
{
    public void Configure(EntityTypeBuilder<EkspektasiPimpinan> b)
    {
        b.ToTable("EkspektasiPimpinan");
        b.BagianAgregat(x => x.SkpId);
        b.Property(x => x.Teks).HasMaxLength(EkspektasiPimpinan.TeksMaxLength).IsRequired();
    }
}
