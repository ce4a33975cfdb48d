using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Infrastructure.Data.Configurations;

/// <summary>
/// The SKP aggregate root. The snapshot is owned (columns of the Skp row); RHK, lampiran, ekspektasi and history are
/// child tables reached through the domain's private lists. Concurrency of the whole aggregate rests on the root's
/// <see cref="Skp.Version"/>: every child is declared <see cref="AgregatExtensions.BagianAgregat{T}"/>, so a save that
/// only touches a child row still bumps (and checks) the Skp's Version and writes the Skp's audit row
/// (<see cref="Audit.AuditRecorder"/>).
/// </summary>
internal sealed class SkpConfiguration : IEntityTypeConfiguration<Skp>
{
    public void Configure(EntityTypeBuilder<Skp> b)
    {
        b.ToTable("Skp");
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PejabatPenilaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TahunKinerja>().WithMany().HasForeignKey(x => x.TahunKinerjaId).OnDelete(DeleteBehavior.Restrict);

        // An approved SKP is revised at most once, so the link is one-to-one (unique; NULLs do not collide on either provider).
        b.HasOne(x => x.RevisiSebelumnya).WithOne().HasForeignKey<Skp>(x => x.RevisiSebelumnyaId).OnDelete(DeleteBehavior.Restrict);

        // "My SKP of year X" and the supervisor's inbox (SKP waiting for me, by status).
        b.HasIndex(x => new { x.PegawaiId, x.TahunKinerjaId });
        b.HasIndex(x => new { x.PejabatPenilaiId, x.Status });
        b.HasIndex(x => x.TahunKinerjaId);

        b.OwnsOne(x => x.Snapshot, s =>
        {
            Orang(s.OwnsOne(x => x.Pegawai), "Pegawai");
            s.Navigation(x => x.Pegawai).IsRequired();
            Orang(s.OwnsOne(x => x.PejabatPenilai), "Penilai");
            Orang(s.OwnsOne(x => x.AtasanPejabatPenilai), "AtasanPenilai");
        });
        b.Navigation(x => x.Snapshot).IsRequired();

        b.HasMany(x => x.Rhk).WithOne().HasForeignKey(r => r.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Rhk).HasField("_rhk").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Lampiran).WithOne().HasForeignKey(l => l.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lampiran).HasField("_lampiran").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Ekspektasi).WithOne().HasForeignKey(e => e.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Ekspektasi).HasField("_ekspektasi").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Riwayat).WithOne().HasForeignKey(r => r.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Riwayat).HasField("_riwayat").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.Ignore(x => x.DapatDiubah);
        b.Property(x => x.Version).IsConcurrencyToken();
    }

    private static void Orang(OwnedNavigationBuilder<SnapshotSkp, SnapshotPejabat> p, string awalan)
    {
        // Skp.PegawaiId and Skp.PejabatPenilaiId (the foreign keys) already hold the plain names.
        p.Property(x => x.PegawaiId).HasColumnName("Snapshot" + awalan + "Id");
        p.Property(x => x.Nip).HasColumnName(awalan + "Nip").HasMaxLength(Nip.Length).IsRequired();
        p.Property(x => x.NamaLengkap).HasColumnName(awalan + "NamaLengkap").HasMaxLength(SnapshotPejabat.NamaLengkapMaxLength).IsRequired();
        p.Property(x => x.GolonganKode).HasColumnName(awalan + "GolonganKode").HasMaxLength(Golongan.KodeMaxLength).IsRequired();
        p.Property(x => x.Pangkat).HasColumnName(awalan + "Pangkat").HasMaxLength(SnapshotPejabat.PangkatMaxLength);
        p.Property(x => x.JabatanNama).HasColumnName(awalan + "JabatanNama").HasMaxLength(Jabatan.NamaMaxLength).IsRequired();
        p.Property(x => x.UnitNama).HasColumnName(awalan + "UnitNama").HasMaxLength(UnitKerja.NamaMaxLength).IsRequired();
    }
}
