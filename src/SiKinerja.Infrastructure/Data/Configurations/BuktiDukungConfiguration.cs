using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Evaluasi;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>Part of <see cref="RealisasiPeriode"/> (through its IKI row): a link or a stored file's metadata.</summary>
internal sealed class BuktiDukungConfiguration : IEntityTypeConfiguration<BuktiDukung>
{
    public void Configure(EntityTypeBuilder<BuktiDukung> b)
    {
        b.ToTable("BuktiDukung");
        b.BagianAgregat(x => x.RealisasiIkiId);
        b.Property(x => x.Url).HasMaxLength(BuktiDukung.UrlMaxLength);
        b.Property(x => x.KunciBerkas).HasMaxLength(BuktiDukung.KunciBerkasMaxLength);
        b.Property(x => x.NamaBerkas).HasMaxLength(BuktiDukung.NamaBerkasMaxLength);
        b.Property(x => x.JenisKonten).HasMaxLength(BuktiDukung.JenisKontenMaxLength);
        b.Property(x => x.Keterangan).HasMaxLength(BuktiDukung.KeteranganMaxLength);
        b.Property(x => x.DiunggahOlehNip).HasMaxLength(RiwayatEvaluasi.PelakuMaxLength).IsRequired();
    }
}
