using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Part of <see cref="EvaluasiPeriode"/>: the pejabat penilai's feedback per RHK (by its stable key).</summary>
internal sealed class PenilaianRhkConfiguration : IEntityTypeConfiguration<PenilaianRhk>
{
    public void Configure(EntityTypeBuilder<PenilaianRhk> b)
    {
        b.ToTable("PenilaianRhk");
        b.BagianAgregat(x => x.EvaluasiPeriodeId);
        b.HasIndex(x => new { x.EvaluasiPeriodeId, x.RhkKunci }).IsUnique();
        b.Property(x => x.UmpanBalik).HasMaxLength(PenilaianRhk.UmpanBalikMaxLength);
    }
}

/// <summary>Part of <see cref="EvaluasiPeriode"/>: the rating and feedback per BerAKHLAK value.</summary>
internal sealed class PenilaianPerilakuConfiguration : IEntityTypeConfiguration<PenilaianPerilaku>
{
    public void Configure(EntityTypeBuilder<PenilaianPerilaku> b)
    {
        b.ToTable("PenilaianPerilaku");
        b.BagianAgregat(x => x.EvaluasiPeriodeId);
        b.HasIndex(x => new { x.EvaluasiPeriodeId, x.Nilai }).IsUnique();
        b.Property(x => x.UmpanBalik).HasMaxLength(PenilaianPerilaku.UmpanBalikMaxLength);
    }
}
