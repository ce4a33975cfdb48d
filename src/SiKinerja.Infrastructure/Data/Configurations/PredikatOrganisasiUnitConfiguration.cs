using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>One organisation predikat per unit per period (unique); the predikat stored by name.</summary>
internal sealed class PredikatOrganisasiUnitConfiguration : IEntityTypeConfiguration<PredikatOrganisasiUnit>
{
    public void Configure(EntityTypeBuilder<PredikatOrganisasiUnit> b)
    {
        b.ToTable("PredikatOrganisasiUnit");
        b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.UnitKerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitKerjaId, x.PeriodeEvaluasiId }).IsUnique();
        b.HasIndex(x => x.PeriodeEvaluasiId);
        b.Property(x => x.Catatan).HasMaxLength(PredikatOrganisasiUnit.CatatanMaxLength);
        b.Property(x => x.DitetapkanOlehNip).HasMaxLength(RiwayatEvaluasi.PelakuMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
