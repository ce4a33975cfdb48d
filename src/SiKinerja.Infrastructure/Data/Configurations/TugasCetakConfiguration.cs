using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Infrastructure.Dokumen;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class TugasCetakConfiguration : IEntityTypeConfiguration<TugasCetak>
{
    public void Configure(EntityTypeBuilder<TugasCetak> b)
    {
        b.ToTable("TugasCetak");
        b.Property(x => x.DibuatOleh).HasMaxLength(TugasCetak.PenggunaMaxLength).IsRequired();
        b.Property(x => x.AlamatVerifikasi).HasMaxLength(TugasCetak.AlamatMaxLength).IsRequired();
        b.Property(x => x.Pemilik).HasMaxLength(TugasCetak.PemilikMaxLength);
        b.Property(x => x.BerkasZip).HasMaxLength(TugasCetak.BerkasMaxLength);
        b.Property(x => x.BerkasGabungan).HasMaxLength(TugasCetak.BerkasMaxLength);
        b.Property(x => x.KodeGalat).HasMaxLength(TugasCetak.KodeGalatMaxLength);
        b.HasOne<SiKinerja.Domain.Organisasi.UnitKerja>().WithMany().HasForeignKey(x => x.UnitKerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SiKinerja.Domain.Periode.PeriodeEvaluasi>().WithMany().HasForeignKey(x => x.PeriodeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.DibuatUtc);
        b.Ignore(x => x.Terbuka);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
