using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Assessments per employee and date (the latest counts); their levels are aggregate parts.</summary>
internal sealed class AsesmenConfiguration : IEntityTypeConfiguration<Asesmen>
{
    public void Configure(EntityTypeBuilder<Asesmen> b)
    {
        b.ToTable("Asesmen");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Tanggal });
        b.Property(x => x.Penyelenggara).HasMaxLength(Asesmen.PenyelenggaraMaxLength).IsRequired();
        b.Property(x => x.Metode).HasMaxLength(Asesmen.MetodeMaxLength);
        b.Property(x => x.Catatan).HasMaxLength(Asesmen.CatatanMaxLength);
        b.Property(x => x.DicatatOlehNip).HasMaxLength(KegiatanPengembangan.PelakuMaxLength).IsRequired();
        b.HasMany(x => x.Level).WithOne().HasForeignKey(x => x.AsesmenId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Level).HasField("_level").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

/// <summary>One level per assessment and competency.</summary>
internal sealed class LevelAsesmenConfiguration : IEntityTypeConfiguration<LevelAsesmen>
{
    public void Configure(EntityTypeBuilder<LevelAsesmen> b)
    {
        b.ToTable("LevelAsesmen");
        b.BagianAgregat(x => x.AsesmenId);
        b.HasOne<Kompetensi>().WithMany().HasForeignKey(x => x.KompetensiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AsesmenId, x.KompetensiId }).IsUnique();
        b.HasIndex(x => x.KompetensiId);
    }
}
