using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Periode;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>A child table rather than an owned collection so each period is audited and versioned on its own.</summary>
internal sealed class PeriodeEvaluasiConfiguration : IEntityTypeConfiguration<PeriodeEvaluasi>
{
    public void Configure(EntityTypeBuilder<PeriodeEvaluasi> b)
    {
        b.ToTable("PeriodeEvaluasi");
        b.HasIndex(x => x.TahunKinerjaId);
        b.Ignore(x => x.NomorRomawi);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
