using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// Child of <see cref="Skp"/>. <see cref="RencanaHasilKerja.RhkAtasanId"/> is a plain id, not a foreign key: the
/// supervisor edits their own draft freely (the SMART check reports a link that no longer resolves).
/// <see cref="RencanaHasilKerja.SasaranOrganisasiId"/> is a foreign key with restricted delete: organisation targets
/// are never deleted, only made inactive. <see cref="RencanaHasilKerja.Urutan"/> is not
/// unique in SQL because a reorder rewrites several rows in one batch.
/// </summary>
internal sealed class RencanaHasilKerjaConfiguration : IEntityTypeConfiguration<RencanaHasilKerja>
{
    public void Configure(EntityTypeBuilder<RencanaHasilKerja> b)
    {
        b.ToTable("RencanaHasilKerja");
        b.BagianAgregat(x => x.SkpId);
        b.Property(x => x.Teks).HasMaxLength(RencanaHasilKerja.TeksMaxLength).IsRequired();
        b.HasIndex(x => x.RhkAtasanId);
        b.HasOne<SasaranOrganisasi>().WithMany().HasForeignKey(x => x.SasaranOrganisasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Indikator).WithOne().HasForeignKey(i => i.RencanaHasilKerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Indikator).HasField("_indikator").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
