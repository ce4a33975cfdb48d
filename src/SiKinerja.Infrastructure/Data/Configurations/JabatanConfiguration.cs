using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class JabatanConfiguration : IEntityTypeConfiguration<Jabatan>
{
    public void Configure(EntityTypeBuilder<Jabatan> b)
    {
        b.ToTable("Jabatan");
        b.Property(x => x.Nama).HasMaxLength(Jabatan.NamaMaxLength).IsRequired();
        b.Property(x => x.Kode).HasMaxLength(Jabatan.KodeMaxLength);
        b.HasIndex(x => x.Kode).IsUnique();
        b.HasIndex(x => x.UnitKerjaId);
        b.HasIndex(x => x.AtasanJabatanId);
        b.HasOne(x => x.UnitKerja).WithMany().HasForeignKey(x => x.UnitKerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AtasanJabatan).WithMany().HasForeignKey(x => x.AtasanJabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PenggantiPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
