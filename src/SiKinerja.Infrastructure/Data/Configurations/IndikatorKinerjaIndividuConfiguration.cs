using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// Child of an RHK; the <see cref="Target"/> is owned (columns of the IKI row). Target numbers are decimals with a
/// fixed precision (the domain refuses more than <see cref="Target.BatasNilai"/>); SQLite keeps them as text, so they
/// are never sorted or compared in SQL.
/// </summary>
internal sealed class IndikatorKinerjaIndividuConfiguration : IEntityTypeConfiguration<IndikatorKinerjaIndividu>
{
    public void Configure(EntityTypeBuilder<IndikatorKinerjaIndividu> b)
    {
        b.ToTable("IndikatorKinerjaIndividu");
        b.BagianAgregat(x => x.RencanaHasilKerjaId);
        b.Property(x => x.Indikator).HasMaxLength(IndikatorKinerjaIndividu.IndikatorMaxLength).IsRequired();
        b.OwnsOne(x => x.Target, t =>
        {
            t.Property(x => x.Jenis).HasColumnName("TargetJenis");
            t.Property(x => x.Nilai).HasColumnName("TargetNilai").HasPrecision(18, 4);
            t.Property(x => x.NilaiMaksimum).HasColumnName("TargetNilaiMaksimum").HasPrecision(18, 4);
            t.Property(x => x.Satuan).HasColumnName("TargetSatuan").HasMaxLength(Target.SatuanMaxLength);
            t.Property(x => x.Narasi).HasColumnName("TargetNarasi").HasMaxLength(Target.NarasiMaxLength);
            t.Property(x => x.Tanggal).HasColumnName("TargetTanggal");
        });
        b.Navigation(x => x.Target).IsRequired();
    }
}
