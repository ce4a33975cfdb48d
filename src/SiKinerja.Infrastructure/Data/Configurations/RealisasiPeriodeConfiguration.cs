using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// The employee's realisasi of one SKP in one period (unique), its IKI rows and their bukti dukung: aggregate parts
/// (<see cref="AgregatExtensions.BagianAgregat{T}"/>), so any change bumps the root's <see cref="RealisasiPeriode.Version"/>
/// and lands in the root's audit row. Load it through <see cref="EvaluasiQueries.DenganIsi"/>.
/// </summary>
internal sealed class RealisasiPeriodeConfiguration : IEntityTypeConfiguration<RealisasiPeriode>
{
    public void Configure(EntityTypeBuilder<RealisasiPeriode> b)
    {
        b.ToTable("RealisasiPeriode");
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SkpId, x.PeriodeEvaluasiId }).IsUnique();
        b.HasIndex(x => x.PeriodeEvaluasiId);
        b.Property(x => x.CatatanMandiri).HasMaxLength(RealisasiPeriode.CatatanMandiriMaxLength);

        b.HasMany(x => x.Indikator).WithOne().HasForeignKey(r => r.RealisasiPeriodeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Indikator).HasField("_indikator").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
