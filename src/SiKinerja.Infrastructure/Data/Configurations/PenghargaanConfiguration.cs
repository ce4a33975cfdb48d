using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Rewards per employee and kind (Satyalancana already received) and per year.</summary>
internal sealed class PenghargaanConfiguration : IEntityTypeConfiguration<Penghargaan>
{
    public void Configure(EntityTypeBuilder<Penghargaan> b)
    {
        b.ToTable("Penghargaan");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Jenis });
        b.HasIndex(x => new { x.Tahun, x.Jenis });
        b.Property(x => x.Nama).HasMaxLength(Penghargaan.NamaMaxLength);
        b.Property(x => x.Pemberi).HasMaxLength(Penghargaan.PemberiMaxLength);
        b.Property(x => x.NomorSk).HasMaxLength(Penghargaan.NomorSkMaxLength).IsRequired();
        b.Property(x => x.Keterangan).HasMaxLength(Penghargaan.KeteranganMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
