using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// Child of <see cref="Skp"/>. <see cref="RencanaHasilKerja.RhkAtasanId"/> and <see cref="RencanaHasilKerja.SasaranOrganisasiId"/>
/// are plain ids, not foreign keys: the supervisor edits their own draft freely (the SMART check reports a link that
/// no longer resolves) and organisation targets have no table yet. <see cref="RencanaHasilKerja.Urutan"/> is not
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
        b.HasMany(x => x.Indikator).WithOne().HasForeignKey(i => i.RencanaHasilKerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Indikator).HasField("_indikator").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
