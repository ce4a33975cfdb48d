using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>The competency catalogue; codes are unique.</summary>
internal sealed class KompetensiConfiguration : IEntityTypeConfiguration<Kompetensi>
{
    public void Configure(EntityTypeBuilder<Kompetensi> b)
    {
        b.ToTable("Kompetensi");
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kompetensi.KodeMaxLength).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(Kompetensi.NamaMaxLength).IsRequired();
        b.Property(x => x.Deskripsi).HasMaxLength(Kompetensi.DeskripsiMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
