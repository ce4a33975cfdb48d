using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Development needs per employee and year; the evaluation page they came from (SKP and period) and its row, when any.</summary>
internal sealed class KebutuhanPengembanganConfiguration : IEntityTypeConfiguration<KebutuhanPengembangan>
{
    public void Configure(EntityTypeBuilder<KebutuhanPengembangan> b)
    {
        b.ToTable("KebutuhanPengembangan");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluasiPeriode>().WithMany().HasForeignKey(x => x.EvaluasiPeriodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluasiTahunan>().WithMany().HasForeignKey(x => x.EvaluasiTahunanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Status });
        b.HasIndex(x => new { x.Tahun, x.Status });
        b.HasIndex(x => x.EvaluasiPeriodeId);
        b.HasIndex(x => new { x.SkpId, x.PeriodeEvaluasiId });
        b.HasIndex(x => x.PeriodeEvaluasiId);
        b.HasIndex(x => x.EvaluasiTahunanId);
        b.Property(x => x.Uraian).HasMaxLength(KebutuhanPengembangan.UraianMaxLength).IsRequired();
        b.Property(x => x.AlasanPembatalan).HasMaxLength(KebutuhanPengembangan.AlasanMaxLength);
        b.Property(x => x.DicatatOlehNip).HasMaxLength(KegiatanPengembangan.PelakuMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
