using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// Continuous feedback entries: an aggregate of their own (each its own <see cref="UmpanBalik.Version"/> and audit rows).
/// The feedback page reads one SKP's entries of one period at once, by (SkpId, PeriodeEvaluasiId).
/// </summary>
internal sealed class UmpanBalikConfiguration : IEntityTypeConfiguration<UmpanBalik>
{
    public void Configure(EntityTypeBuilder<UmpanBalik> b)
    {
        b.ToTable("UmpanBalik");
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PenulisPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PermintaanMasukan>().WithMany().HasForeignKey(x => x.PermintaanMasukanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SkpId, x.PeriodeEvaluasiId });
        b.HasIndex(x => x.PeriodeEvaluasiId);
        b.HasIndex(x => x.PenulisPegawaiId);
        b.HasIndex(x => x.PermintaanMasukanId);
        b.Property(x => x.Teks).HasMaxLength(UmpanBalik.TeksMaxLength).IsRequired();
        b.Property(x => x.PenulisNip).HasMaxLength(RiwayatEvaluasi.PelakuMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
