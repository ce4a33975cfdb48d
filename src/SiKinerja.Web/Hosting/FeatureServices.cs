using SiKinerja.Web.Demo;
using SiKinerja.Web.Features.Akun;
using SiKinerja.Web.Features.Beranda;
using SiKinerja.Web.Features.CetakMassal;
using SiKinerja.Web.Features.Dokumen;
using SiKinerja.Web.Features.EvaluasiTahunan;
using SiKinerja.Web.Features.HasilEvaluasi;
using SiKinerja.Web.Features.Evaluasi;
using SiKinerja.Web.Features.Impor;
using SiKinerja.Web.Features.Jabatan;
using SiKinerja.Web.Features.Karier;
using SiKinerja.Web.Features.KebutuhanPengembangan;
using SiKinerja.Web.Features.Kelayakan;
using SiKinerja.Web.Features.Kompetensi;
using SiKinerja.Web.Features.Pegawai;
using SiKinerja.Web.Features.Pengembangan;
using SiKinerja.Web.Features.PenilaianSkp;
using SiKinerja.Web.Features.ProgresEvaluasi;
using SiKinerja.Web.Features.Pengguna;
using SiKinerja.Web.Features.Realisasi;
using SiKinerja.Web.Features.RekapPengembangan;
using SiKinerja.Web.Features.RekapSkp;
using SiKinerja.Web.Features.SasaranOrganisasi;
using SiKinerja.Web.Features.Skp;
using SiKinerja.Web.Features.TahunKinerja;
using SiKinerja.Web.Features.UmpanBalik;
using SiKinerja.Web.Features.UnitKerja;
using SiKinerja.Web.Pdf;

namespace SiKinerja.Web.Hosting;

public static class FeatureServices
{
    /// <summary>Each feature's services; one line per service, grouped by feature.</summary>
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<AkunService>();
        services.AddScoped<ProfilService>();
        services.AddScoped<PegawaiService>();
        services.AddScoped<PencarianJabatanService>();
        services.AddScoped<PenggunaService>();
        services.AddScoped<ImporService>();
        services.AddSingleton<PembacaImpor>();
        services.AddSingleton<PenulisImpor>();
        services.AddSingleton<AntrianImpor>();
        services.AddHostedService<PekerjaImpor>();
        services.AddScoped<UnitKerjaService>();
        services.AddScoped<JabatanService>();
        services.AddScoped<TahunKinerjaService>();
        services.AddScoped<PenilaianSkpService>();
        services.AddScoped<PeranHasilService>();
        services.AddScoped<SasaranOrganisasiQueries>();
        services.AddScoped<SasaranOrganisasiService>();
        services.AddScoped<RekapSkpService>();
        services.AddScoped<EvaluasiTahunanService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTahunan>();
        services.AddSingleton<EksporRekap>();
        services.AddScoped<SkpService>();
        services.AddScoped<RealisasiService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTertundaRealisasi>();
        services.AddOptions<SiKinerja.Domain.Skp.AturanSkp>().BindConfiguration("Skp:Aturan");
        services.AddOptions<SiKinerja.Domain.Evaluasi.AturanEvaluasi>().BindConfiguration("Evaluasi")
            .Validate(a => a.Sah, $"Evaluasi:BatasHariKeberatan must be 0–{SiKinerja.Domain.Evaluasi.AturanEvaluasi.BatasHariMaksimum}.").ValidateOnStart();
        services.AddScoped<HasilEvaluasiService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTertundaHasilEvaluasi>();
        services.AddScoped<ProgresEvaluasiService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTertundaProgresEvaluasi>();
        services.AddScoped<UmpanBalikService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiUmpanBalik>();
        services.AddScoped<PenilaianService>();
        services.AddScoped<TimService>();
        services.AddScoped<PredikatOrganisasiService>();
        services.AddScoped<IPenyediaAksiTertunda, AksiTertundaPenilaian>();
        services.AddOptions<OpsiEvaluasi>().BindConfiguration("Evaluasi");
        services.AddOptions<OpsiPdf>().BindConfiguration(OpsiPdf.Section);
        services.AddSingleton<PembuatPdfChromium>();
        services.AddSingleton<IPembuatPdf>(sp => sp.GetRequiredService<PembuatPdfChromium>());
        services.AddHostedService<PemanasPdf>();
        services.AddScoped<PerenderTampilan>();
        services.AddSingleton<LogoInstansi>();
        services.AddScoped<RegistriDokumen>();
        services.AddScoped<LayananDokumen>();
        services.AddScoped<IPenyusunDokumen, PenyusunSkp>();
        services.AddScoped<IPenyusunDokumen, PenyusunUmpanBalik>();
        services.AddScoped<IPenyusunDokumen, PenyusunEvaluasiPeriodik>();
        services.AddScoped<IPenyusunDokumen, PenyusunEvaluasiTahunan>();
        services.AddScoped<IPenyusunDokumen, PenyusunDokumenEvaluasi>();
        services.AddScoped<IPenyusunDokumen, PenyusunDokumenEvaluasiTahunan>();
        services.AddScoped<IPenyusunDokumen, PenyusunPenetapanPredikat>();
        services.AddOptions<OpsiCetakMassal>().BindConfiguration(OpsiCetakMassal.Section);
        services.AddOptions<OpsiPekerjaCetak>().BindConfiguration(OpsiPekerjaCetak.Section);
        services.AddSingleton<FolderCetak>();
        services.AddSingleton<AntrianCetak>();
        services.AddSingleton<PekerjaCetak>();
        services.AddHostedService(sp => sp.GetRequiredService<PekerjaCetak>());
        services.AddScoped<CetakMassalService>();

        services.AddScoped<DemoSeeder>();
        services.AddScoped<SyntheticGenerator>();
        services.AddFiturPengembangan();
        services.AddFiturKebutuhanPengembangan();
        services.AddFiturRekapPengembangan();
        services.AddFiturKompetensi();
        services.AddFiturKarier();
        services.AddFiturKelayakan();
        return services;
    }
}
