using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class PegawaiConfiguration : IEntityTypeConfiguration<Pegawai>
{
    public void Configure(EntityTypeBuilder<Pegawai> b)
    {
        b.ToTable("Pegawai");
        b.Property(x => x.Nip).HasMaxLength(Nip.Length).IsFixedLength(false).IsRequired();
        b.HasIndex(x => x.Nip).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(Pegawai.NamaMaxLength).IsRequired();
        b.Property(x => x.GelarDepan).HasMaxLength(Pegawai.GelarMaxLength);
        b.Property(x => x.GelarBelakang).HasMaxLength(Pegawai.GelarMaxLength);
        b.Property(x => x.GolonganKode).HasMaxLength(Golongan.KodeMaxLength).IsRequired();
        b.Property(x => x.Email).HasMaxLength(Pegawai.EmailMaxLength);
        b.Property(x => x.SiasnId).HasMaxLength(Pegawai.SiasnIdMaxLength);
        b.Property(x => x.KataKunci).HasMaxLength(Pegawai.KataKunciMaxLength).IsRequired();
        b.HasIndex(x => x.JabatanId);
        b.HasIndex(x => x.AtasanLangsungId);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.Nama);
        b.HasOne(x => x.Jabatan).WithMany().HasForeignKey(x => x.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AtasanLangsung).WithMany().HasForeignKey(x => x.AtasanLangsungId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Golongan);
        b.Ignore(x => x.NamaLengkap);
        b.Ignore(x => x.Aktif);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
