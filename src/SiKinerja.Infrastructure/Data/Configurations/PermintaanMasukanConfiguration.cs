using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// Requests for peer input. Read per SKP and period (the feedback page) and per peer and status (the peer's inbox and
/// the home-page count).
/// </summary>
internal sealed class PermintaanMasukanConfiguration : IEntityTypeConfiguration<PermintaanMasukan>
{
    public void Configure(EntityTypeBuilder<PermintaanMasukan> b)
    {
        b.ToTable("PermintaanMasukan");
        b.HasOne<Skp>().WithMany().HasForeignKey(x => x.SkpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.RekanPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.DimintaOlehPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SkpId, x.PeriodeEvaluasiId });
        b.HasIndex(x => new { x.RekanPegawaiId, x.Status });
        b.HasIndex(x => x.PeriodeEvaluasiId);
        b.HasIndex(x => x.DimintaOlehPegawaiId);
        b.Property(x => x.Pesan).HasMaxLength(PermintaanMasukan.PesanMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
