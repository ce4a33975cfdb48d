using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SiKinerja.Infrastructure.Identity;

namespace SiKinerja.Infrastructure.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasIndex(x => x.PegawaiId).IsUnique();
        b.HasOne(x => x.Pegawai).WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
    }
}
