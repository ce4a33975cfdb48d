using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Infrastructure.Dokumen;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class DokumenTercetakConfiguration : IEntityTypeConfiguration<DokumenTercetak>
{
    public void Configure(EntityTypeBuilder<DokumenTercetak> b)
    {
        b.ToTable("DokumenTercetak");
        b.Property(x => x.Kode).HasMaxLength(DokumenTercetak.KodeLength).IsRequired();
        b.Property(x => x.Hash).HasMaxLength(DokumenTercetak.HashLength).IsRequired();
        b.Property(x => x.Judul).HasMaxLength(DokumenTercetak.JudulMaxLength).IsRequired();
        b.Property(x => x.DicetakOleh).HasMaxLength(DokumenTercetak.PenggunaMaxLength).IsRequired();
        b.HasIndex(x => x.Kode).IsUnique();
        b.HasIndex(x => new { x.Jenis, x.Id1, x.Id2, x.Hash }).IsUnique();
    }
}
