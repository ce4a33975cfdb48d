using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Development needs per employee and year; the evaluation they came from, when any.</summary>
internal sealed class KebutuhanPengembanganConfiguration : IEntityTypeConfiguration<KebutuhanPengembangan>
{
    public void Configure(EntityTypeBuilder<KebutuhanPengembangan> b)
    {
        b.ToTable("KebutuhanPengembangan");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluasiPeriode>().WithMany().HasForeignKey(x => x.EvaluasiPeriodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvaluasiTahunan>().WithMany().HasForeignKey(x => x.EvaluasiTahunanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Status });
        b.HasIndex(x => new { x.Tahun, x.Status });
        b.HasIndex(x => x.EvaluasiPeriodeId);
        b.HasIndex(x => x.EvaluasiTahunanId);
        b.Property(x => x.Uraian).HasMaxLength(KebutuhanPengembangan.UraianMaxLength).IsRequired();
        b.Property(x => x.AlasanPembatalan).HasMaxLength(KebutuhanPengembangan.AlasanMaxLength);
        b.Property(x => x.DicatatOlehNip).HasMaxLength(KegiatanPengembangan.PelakuMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
