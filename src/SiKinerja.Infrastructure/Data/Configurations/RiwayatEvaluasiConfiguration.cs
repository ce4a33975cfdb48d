using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Append-only history of an evaluation; read back in insertion order (by Id, see <see cref="EvaluasiQueries.DenganRiwayat"/>).</summary>
internal sealed class RiwayatEvaluasiConfiguration : IEntityTypeConfiguration<RiwayatEvaluasi>
{
    public void Configure(EntityTypeBuilder<RiwayatEvaluasi> b)
    {
        b.ToTable("RiwayatEvaluasi");
        b.BagianAgregat(x => x.EvaluasiPeriodeId);
        b.Property(x => x.PelakuNip).HasMaxLength(RiwayatEvaluasi.PelakuMaxLength).IsRequired();
        b.Property(x => x.Catatan).HasMaxLength(RiwayatEvaluasi.CatatanMaxLength);
    }
}
