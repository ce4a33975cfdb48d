using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Part of <see cref="RealisasiPeriode"/>: one row per IKI (by its stable key) per period.</summary>
internal sealed class RealisasiIkiConfiguration : IEntityTypeConfiguration<RealisasiIki>
{
    public void Configure(EntityTypeBuilder<RealisasiIki> b)
    {
        b.ToTable("RealisasiIki");
        b.BagianAgregat(x => x.RealisasiPeriodeId);
        b.HasIndex(x => new { x.RealisasiPeriodeId, x.IkiKunci }).IsUnique();
        b.Property(x => x.RencanaAksi).HasMaxLength(RealisasiIki.RencanaAksiMaxLength);
        b.Property(x => x.RealisasiTeks).HasMaxLength(RealisasiIki.RealisasiTeksMaxLength);
        b.Property(x => x.RealisasiAngka).HasPrecision(18, 4);
        b.HasMany(x => x.Bukti).WithOne().HasForeignKey(r => r.RealisasiIkiId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Bukti).HasField("_bukti").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
