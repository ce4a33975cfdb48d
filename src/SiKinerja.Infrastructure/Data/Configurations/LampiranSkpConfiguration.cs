using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class LampiranSkpConfiguration : IEntityTypeConfiguration<LampiranSkp>
{
    public void Configure(EntityTypeBuilder<LampiranSkp> b)
    {
        b.ToTable("LampiranSkp");
        b.BagianAgregat(x => x.SkpId);
        b.Property(x => x.Teks).HasMaxLength(LampiranSkp.TeksMaxLength).IsRequired();
    }
}
