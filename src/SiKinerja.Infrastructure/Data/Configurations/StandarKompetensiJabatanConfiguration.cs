using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>One required level per position and competency.</summary>
internal sealed class StandarKompetensiJabatanConfiguration : IEntityTypeConfiguration<StandarKompetensiJabatan>
{
    public void Configure(EntityTypeBuilder<StandarKompetensiJabatan> b)
    {
        b.ToTable("StandarKompetensiJabatan");
        b.HasOne<Jabatan>().WithMany().HasForeignKey(x => x.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kompetensi>().WithMany().HasForeignKey(x => x.KompetensiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.JabatanId, x.KompetensiId }).IsUnique();
        b.HasIndex(x => x.KompetensiId);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
