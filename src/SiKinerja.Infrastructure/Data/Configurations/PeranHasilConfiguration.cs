using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// A cell of the matriks peran hasil. Deleting the supervisor's RHK (from their own draft) deletes its cells in SQL
/// (cascade), so the supervisor is never blocked from editing their plan; RHK already added to subordinates' SKP stay.
/// </summary>
internal sealed class PeranHasilConfiguration : IEntityTypeConfiguration<PeranHasil>
{
    public void Configure(EntityTypeBuilder<PeranHasil> b)
    {
        b.ToTable("PeranHasil");
        b.HasOne<RencanaHasilKerja>().WithMany().HasForeignKey(x => x.RhkAtasanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RhkAtasanId, x.PegawaiId }).IsUnique();
        b.HasIndex(x => x.PegawaiId);
        b.Property(x => x.Teks).HasMaxLength(PeranHasil.TeksMaxLength).IsRequired();
        b.Property(x => x.DibuatOleh).HasMaxLength(PeranHasil.OlehMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
