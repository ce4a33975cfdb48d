using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>One annual evaluation per employee per year (unique); ratings, predikat and status stored by name.</summary>
internal sealed class EvaluasiTahunanConfiguration : IEntityTypeConfiguration<EvaluasiTahunan>
{
    public void Configure(EntityTypeBuilder<EvaluasiTahunan> b)
    {
        b.ToTable("EvaluasiTahunan");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TahunKinerja>().WithMany().HasForeignKey(x => x.TahunKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.TahunKinerjaId }).IsUnique();
        b.HasIndex(x => new { x.TahunKinerjaId, x.Status });
        b.HasIndex(x => x.SkpId);
        b.Property(x => x.AlasanPenyesuaian).HasMaxLength(EvaluasiTahunan.AlasanMaxLength);
        b.Property(x => x.AlasanBukaKembali).HasMaxLength(EvaluasiTahunan.AlasanMaxLength);
        b.Property(x => x.Catatan).HasMaxLength(EvaluasiTahunan.CatatanMaxLength);
        b.Property(x => x.DinilaiOlehNip).HasMaxLength(RiwayatEvaluasi.PelakuMaxLength).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
