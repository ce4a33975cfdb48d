using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// The evaluation aggregate root: one row per SKP per period (unique), its history a child table reached through the
/// domain's private list and declared <see cref="AgregatExtensions.BagianAgregat{T}"/>, so a new history row bumps
/// (and checks) the root's <see cref="EvaluasiPeriode.Version"/> and is written into the root's audit row. Ratings,
/// predikat and status are stored by name (the enum convention of <see cref="AppDbContext"/>); the predikat is a
/// column so lists and the distribution curve count it in SQL.
/// </summary>
internal sealed class EvaluasiPeriodeConfiguration : IEntityTypeConfiguration<EvaluasiPeriode>
{
    public void Configure(EntityTypeBuilder<EvaluasiPeriode> b)
    {
        b.ToTable("EvaluasiPeriode");
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.UnitKerjaId).OnDelete(DeleteBehavior.Restrict);

        // One evaluation per SKP per period (also serves the SkpId foreign key); a period's evaluations by status.
        b.HasIndex(x => new { x.SkpId, x.PeriodeEvaluasiId }).IsUnique();
        b.HasIndex(x => new { x.PeriodeEvaluasiId, x.Status });

        // The distribution curve and the progress of a unit in a period count by predikat and status.
        b.HasIndex(x => new { x.UnitKerjaId, x.PeriodeEvaluasiId });

        b.Property(x => x.Catatan).HasMaxLength(EvaluasiPeriode.CatatanMaxLength);
        b.Property(x => x.AlasanKeberatan).HasMaxLength(EvaluasiPeriode.AlasanMaxLength);
        b.Property(x => x.CatatanKeputusanKeberatan).HasMaxLength(EvaluasiPeriode.AlasanMaxLength);

        b.HasMany(x => x.Riwayat).WithOne().HasForeignKey(r => r.EvaluasiPeriodeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Riwayat).HasField("_riwayat").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(x => x.PenilaianRhk).WithOne().HasForeignKey(r => r.EvaluasiPeriodeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.PenilaianRhk).HasField("_rhk").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.PenilaianPerilaku).WithOne().HasForeignKey(r => r.EvaluasiPeriodeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.PenilaianPerilaku).HasField("_perilaku").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.Ignore(x => x.DapatDiubah);
        b.Ignore(x => x.RatingPerNilai);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
