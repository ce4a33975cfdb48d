using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Evaluasi;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Pengembangan;
using SiKinerja.Domain.Periode;
using SiKinerja.Domain.Skp;
using SiKinerja.Infrastructure.Audit;
using SiKinerja.Infrastructure.Dokumen;
using SiKinerja.Infrastructure.Identity;
using SiKinerja.Infrastructure.Impor;

namespace SiKinerja.Infrastructure.Data;

/// <summary>
/// The one context for Identity and business data, so they share transactions and migrations.
/// Provider-neutral: SQLite and PostgreSQL each have their own migrations assembly.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>
{
    private readonly ICurrentUser _currentUser;
    private readonly TimeProvider _clock;

    public AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser, TimeProvider clock)
        : base(options)
    {
        _currentUser = currentUser;
        _clock = clock;
    }

    /// <summary>Who acts through this context (NIP, user name or "sistem"), as the audit trail writes it.</summary>
    internal string PenggunaSaatIni => _currentUser.Pengenal;

    /// <summary>The clock of this context (the app's <see cref="TimeProvider"/>).</summary>
    internal TimeProvider Jam => _clock;

    public DbSet<UnitKerja> UnitKerja => Set<UnitKerja>();

    public DbSet<Jabatan> Jabatan => Set<Jabatan>();

    public DbSet<Pegawai> Pegawai => Set<Pegawai>();

    public DbSet<TahunKinerja> TahunKinerja => Set<TahunKinerja>();

    public DbSet<PeriodeEvaluasi> PeriodeEvaluasi => Set<PeriodeEvaluasi>();

    public DbSet<Skp> Skp => Set<Skp>();

    public DbSet<EvaluasiPeriode> EvaluasiPeriode => Set<EvaluasiPeriode>();

    public DbSet<RealisasiPeriode> RealisasiPeriode => Set<RealisasiPeriode>();

    public DbSet<PredikatOrganisasiUnit> PredikatOrganisasiUnit => Set<PredikatOrganisasiUnit>();

    public DbSet<EvaluasiTahunan> EvaluasiTahunan => Set<EvaluasiTahunan>();

    public DbSet<UmpanBalik> UmpanBalik => Set<UmpanBalik>();

    public DbSet<PermintaanMasukan> PermintaanMasukan => Set<PermintaanMasukan>();

    public DbSet<PeranHasil> PeranHasil => Set<PeranHasil>();
    public DbSet<SasaranOrganisasi> SasaranOrganisasi => Set<SasaranOrganisasi>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<ImporBatch> ImporBatch => Set<ImporBatch>();

    public DbSet<DokumenTercetak> DokumenTercetak => Set<DokumenTercetak>();

    public DbSet<TugasCetak> TugasCetak => Set<TugasCetak>();

    public DbSet<KegiatanPengembangan> KegiatanPengembangan => Set<KegiatanPengembangan>();

    public DbSet<KebutuhanPengembangan> KebutuhanPengembangan => Set<KebutuhanPengembangan>();

    public DbSet<Kompetensi> Kompetensi => Set<Kompetensi>();

    public DbSet<StandarKompetensiJabatan> StandarKompetensiJabatan => Set<StandarKompetensiJabatan>();

    public DbSet<Asesmen> Asesmen => Set<Asesmen>();

    public DbSet<Penghargaan> Penghargaan => Set<Penghargaan>();

    public DbSet<HukumanDisiplin> HukumanDisiplin => Set<HukumanDisiplin>();

    public DbSet<RiwayatPangkat> RiwayatPangkat => Set<RiwayatPangkat>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var pengguna = _currentUser.Pengenal;
        var added = AuditRecorder.Prepare(this, pengguna, now);
        if (added.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Inserts get their key from the database, so their audit rows follow in a second save;
        // one transaction keeps the record and its audit row together.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditRecorder.RecordInserts(this, added, pengguna, now);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare DateTimeOffset in SQL (Identity's LockoutEnd); store it as a sortable
            // integer there so "locked accounts" can be filtered and paged in the database.
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
