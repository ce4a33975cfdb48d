using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Infrastructure.Impor;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class ImporBatchConfiguration : IEntityTypeConfiguration<ImporBatch>
{
    public void Configure(EntityTypeBuilder<ImporBatch> b)
    {
        b.ToTable("ImporBatch");
        b.Property(x => x.NamaBerkas).HasMaxLength(ImporBatch.NamaBerkasMaxLength).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(ImporBatch.Sha256Length).IsRequired();
        b.Property(x => x.DiunggahOleh).HasMaxLength(ImporBatch.PenggunaMaxLength).IsRequired();
        b.Property(x => x.DikonfirmasiOleh).HasMaxLength(ImporBatch.PenggunaMaxLength);
        b.Property(x => x.Pemilik).HasMaxLength(ImporBatch.PemilikMaxLength);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.DiunggahUtc);
        b.Ignore(x => x.SedangDiproses);
        b.Ignore(x => x.BisaDikonfirmasi);
        b.Ignore(x => x.BisaDibatalkan);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
