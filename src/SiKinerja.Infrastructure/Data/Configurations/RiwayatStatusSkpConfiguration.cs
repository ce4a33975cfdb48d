using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Append-only history of an SKP; read back in insertion order (by Id, see <see cref="SkpQueries.DenganIsi"/>).</summary>
internal sealed class RiwayatStatusSkpConfiguration : IEntityTypeConfiguration<RiwayatStatusSkp>
{
    public void Configure(EntityTypeBuilder<RiwayatStatusSkp> b)
    {
        b.ToTable("RiwayatStatusSkp");
        b.BagianAgregat(x => x.SkpId);
        b.Property(x => x.PelakuNip).HasMaxLength(RiwayatStatusSkp.PelakuMaxLength).IsRequired();
        b.Property(x => x.Catatan).HasMaxLength(RiwayatStatusSkp.CatatanMaxLength);
    }
}
