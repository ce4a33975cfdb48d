using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class SasaranOrganisasiConfiguration : IEntityTypeConfiguration<SasaranOrganisasi>
{
    public void Configure(EntityTypeBuilder<SasaranOrganisasi> b)
    {
        b.ToTable("SasaranOrganisasi");
        b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.UnitKerjaId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Kode).HasMaxLength(SasaranOrganisasi.KodeMaxLength);
        b.Property(x => x.Teks).HasMaxLength(SasaranOrganisasi.TeksMaxLength).IsRequired();
        b.Property(x => x.Indikator).HasMaxLength(SasaranOrganisasi.IndikatorMaxLength);
        b.Property(x => x.Target).HasMaxLength(SasaranOrganisasi.TargetMaxLength);

        // The list (per unit and year) and the SKP editor's picker (active ones of one unit and year).
        b.HasIndex(x => new { x.UnitKerjaId, x.Tahun, x.Aktif });

        // A kode, when given, names one target of the unit's year (NULLs do not collide on either provider).
        b.HasIndex(x => new { x.UnitKerjaId, x.Tahun, x.Kode }).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
