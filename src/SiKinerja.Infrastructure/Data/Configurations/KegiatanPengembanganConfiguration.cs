using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Development activities: per employee and year (JP sums), per status (verification inbox).</summary>
internal sealed class KegiatanPengembanganConfiguration : IEntityTypeConfiguration<KegiatanPengembangan>
{
    public void Configure(EntityTypeBuilder<KegiatanPengembangan> b)
    {
        b.ToTable("KegiatanPengembangan");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KebutuhanPengembangan>().WithMany().HasForeignKey(x => x.KebutuhanPengembanganId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.Tahun, x.Status });
        b.HasIndex(x => new { x.Tahun, x.Status });
        b.HasIndex(x => new { x.Status, x.PegawaiId });
        b.HasIndex(x => x.KebutuhanPengembanganId);
        b.Property(x => x.Nama).HasMaxLength(KegiatanPengembangan.NamaMaxLength).IsRequired();
        b.Property(x => x.Penyelenggara).HasMaxLength(KegiatanPengembangan.PenyelenggaraMaxLength);
        b.Property(x => x.NomorSertifikat).HasMaxLength(KegiatanPengembangan.NomorSertifikatMaxLength);
        b.Property(x => x.KunciBerkas).HasMaxLength(KegiatanPengembangan.KunciBerkasMaxLength);
        b.Property(x => x.NamaBerkas).HasMaxLength(KegiatanPengembangan.NamaBerkasMaxLength);
        b.Property(x => x.JenisKonten).HasMaxLength(KegiatanPengembangan.JenisKontenMaxLength);
        b.Property(x => x.DicatatOlehNip).HasMaxLength(KegiatanPengembangan.PelakuMaxLength).IsRequired();
        b.Property(x => x.DiverifikasiOlehNip).HasMaxLength(KegiatanPengembangan.PelakuMaxLength);
        b.Property(x => x.AlasanPenolakan).HasMaxLength(KegiatanPengembangan.AlasanMaxLength);
        b.Property(x => x.AlasanKoreksi).HasMaxLength(KegiatanPengembangan.AlasanMaxLength);
        b.Ignore(x => x.Jalur);
        b.Ignore(x => x.Terverifikasi);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
