using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Pangkat history per employee by TMT.</summary>
internal sealed class RiwayatPangkatConfiguration : IEntityTypeConfiguration<RiwayatPangkat>
{
    public void Configure(EntityTypeBuilder<RiwayatPangkat> b)
    {
        b.ToTable("RiwayatPangkat");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Tmt });
        b.Property(x => x.GolonganKode).HasMaxLength(RiwayatPangkat.GolonganMaxLength).IsRequired();
        b.Property(x => x.NomorSk).HasMaxLength(RiwayatPangkat.NomorSkMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
