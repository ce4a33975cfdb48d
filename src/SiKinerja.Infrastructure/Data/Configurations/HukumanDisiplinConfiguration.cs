using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Disciplinary sanctions per employee and level (eligibility lists read the moderate and severe ones).</summary>
internal sealed class HukumanDisiplinConfiguration : IEntityTypeConfiguration<HukumanDisiplin>
{
    public void Configure(EntityTypeBuilder<HukumanDisiplin> b)
    {
        b.ToTable("HukumanDisiplin");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Tingkat });
        b.HasIndex(x => new { x.Tingkat, x.TmtMulai });
        b.Property(x => x.Jenis).HasMaxLength(HukumanDisiplin.JenisMaxLength).IsRequired();
        b.Property(x => x.NomorSk).HasMaxLength(HukumanDisiplin.NomorSkMaxLength).IsRequired();
        b.Property(x => x.Keterangan).HasMaxLength(HukumanDisiplin.KeteranganMaxLength);
        b.Ignore(x => x.SedangAtauBerat);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
