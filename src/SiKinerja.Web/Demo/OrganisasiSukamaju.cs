using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using static SiKinerja.Domain.Organisasi.JenjangFungsional;
using static SiKinerja.Web.Demo.Staf;

namespace SiKinerja.Web.Demo;

/// <summary>
/// The demo kabupaten: Setda (Asisten, Bagian, Subbagian), Inspektorat, three Badan, four Dinas
/// with Sekretariat/Bidang/Seksi and UPT (SD/SMP, Puskesmas), and three Kecamatan; about 300 PNS and
/// PPPK. Two data problems are built in on purpose: a vacant Kepala Bidang covered by a Plt, and a
/// vacant Kepala Seksi without one (its staff show "masalah data atasan"), plus one newly
/// transferred employee not yet placed in a position.
/// </summary>
internal static class OrganisasiSukamaju
{
    public const int Seed = 20260101;

    private sealed record Sub(string Nama, Profil Kepala, Staf[] Staf, bool Kosong = false);

    public static RencanaOrganisasi Buat(string namaPemda)
    {
        var orang = new PembuatPegawai(new Random(Seed), "sukamajukab.go.id", 0.3);
        foreach (var akun in DemoSeeder.Akun)
        {
            orang.Cadangkan(akun.Nip, akun.Email);
        }

        var b = new PembangunRencana(orang);
        var pemda = b.Unit(namaPemda, JenisUnitKerja.Pemda, null);

        // Sekretariat Daerah: the Sekda is the top of the ASN hierarchy (rated by the Bupati).
        var setda = b.Unit("Sekretariat Daerah", JenisUnitKerja.PerangkatDaerah, pemda);
        var sekda = b.Pimpinan(setda, "Sekretaris Daerah", JenisJabatan.JptPratama, null, Profil.Pemerintahan, wanita: 0.15);
        var asisten1 = b.Pimpinan(setda, "Asisten Pemerintahan dan Kesejahteraan Rakyat", JenisJabatan.JptPratama, sekda, Profil.Pemerintahan);
        var asisten2 = b.Pimpinan(setda, "Asisten Perekonomian dan Pembangunan", JenisJabatan.JptPratama, sekda, Profil.Ekonomi);
        var asisten3 = b.Pimpinan(setda, "Asisten Administrasi Umum", JenisJabatan.JptPratama, sekda, Profil.Pemerintahan);
        Bagian(b, setda, asisten1, "Bagian Tata Pemerintahan", Profil.Pemerintahan, [F("Analis Kebijakan", AhliMuda, Profil.Pemerintahan)],
            new Sub("Subbagian Administrasi Pemerintahan", Profil.Pemerintahan, [P("Penelaah Teknis Kebijakan", Profil.Pemerintahan), P("Pengadministrasi Perkantoran", Profil.Sma)]),
            new Sub("Subbagian Otonomi Daerah dan Kerja Sama", Profil.Hukum, [P("Penelaah Teknis Kebijakan", Profil.Hukum)]));
        Bagian(b, setda, asisten1, "Bagian Kesejahteraan Rakyat", Profil.Pemerintahan, [],
            new Sub("Subbagian Bina Mental Spiritual dan Kesejahteraan Sosial", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma)]));
        Bagian(b, setda, asisten1, "Bagian Hukum", Profil.Hukum, [F("Perancang Peraturan Perundang-undangan", AhliPertama, Profil.Hukum)],
            new Sub("Subbagian Bantuan Hukum", Profil.Hukum, [F("Analis Hukum", AhliPertama, Profil.Hukum)]));
        Bagian(b, setda, asisten2, "Bagian Perekonomian dan Sumber Daya Alam", Profil.Ekonomi, [],
            new Sub("Subbagian Perekonomian", Profil.Ekonomi, [P("Penelaah Teknis Kebijakan", Profil.Ekonomi)]),
            new Sub("Subbagian Sumber Daya Alam", Profil.Pertanian, [P("Pengolah Data dan Informasi", Profil.D3)]));
        Bagian(b, setda, asisten2, "Bagian Administrasi Pembangunan", Profil.Teknik, [F("Analis Kebijakan", AhliPertama, Profil.Ekonomi)],
            new Sub("Subbagian Pengendalian Program", Profil.Ekonomi, [P("Pengolah Data dan Informasi", Profil.D3, 2)]));
        Bagian(b, setda, asisten2, "Bagian Pengadaan Barang dan Jasa", Profil.Teknik,
            [F("Pengelola Pengadaan Barang/Jasa", AhliMuda, Profil.Teknik), F("Pengelola Pengadaan Barang/Jasa", AhliPertama, Profil.Ekonomi)],
            new Sub("Subbagian Pengelolaan Layanan Pengadaan Secara Elektronik", Profil.Komputer, [F("Pranata Komputer", Terampil, Profil.D3Komputer)]));
        Bagian(b, setda, asisten3, "Bagian Umum", Profil.Pemerintahan, [],
            new Sub("Subbagian Tata Usaha Pimpinan", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma, 2, pppk: 0.5, wanita: 0.6)]),
            new Sub("Subbagian Rumah Tangga", Profil.Ekonomi, [P("Operator Layanan Operasional", Profil.Sma, 2, wanita: 0.1), P("Pengelola Umum Operasional", Profil.Sma)]),
            new Sub("Subbagian Keuangan", Profil.Akuntansi, [P("Penata Layanan Operasional", Profil.Akuntansi), P("Pengolah Data dan Informasi", Profil.D3)]));
        Bagian(b, setda, asisten3, "Bagian Organisasi", Profil.Pemerintahan, [F("Analis Kebijakan", AhliPertama, Profil.Pemerintahan)],
            new Sub("Subbagian Kelembagaan dan Analisis Jabatan", Profil.Psikologi, [P("Penelaah Teknis Kebijakan", Profil.Pemerintahan)]),
            new Sub("Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja", Profil.Ekonomi, [P("Penelaah Teknis Kebijakan", Profil.Ekonomi)]));
        Bagian(b, setda, asisten3, "Bagian Protokol dan Komunikasi Pimpinan", Profil.Komunikasi, [F("Pranata Hubungan Masyarakat", Terampil, Profil.D3)],
            new Sub("Subbagian Protokol", Profil.Pemerintahan, [P("Pengelola Layanan Operasional", Profil.D3)]));

        // Inspektorat: auditors and P2UPD under the Inspektur Pembantu.
        var inspektorat = b.Unit("Inspektorat Daerah", JenisUnitKerja.PerangkatDaerah, pemda);
        var inspektur = b.Pimpinan(inspektorat, "Inspektur", JenisJabatan.JptPratama, sekda, Profil.Akuntansi);
        Sekretariat(b, inspektorat, inspektur, "Sekretaris Inspektorat Daerah",
            new Sub("Subbagian Umum dan Keuangan", Profil.Ekonomi, [P("Pengadministrasi Perkantoran", Profil.Sma), P("Pengolah Data dan Informasi", Profil.D3)]));
        foreach (var wilayah in new[] { "I", "II", "III" })
        {
            Bidang(b, inspektorat, inspektur, "Inspektorat Pembantu Wilayah " + wilayah, "Inspektur Pembantu Wilayah " + wilayah, Profil.Akuntansi,
                [F("Auditor", AhliMuda, Profil.Akuntansi), F("Auditor", AhliPertama, Profil.Akuntansi), F("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", AhliPertama, Profil.Pemerintahan)]);
        }

        // BKPSDM: the Admin BKD and the Administrator work here.
        var bkpsdm = b.Unit("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", JenisUnitKerja.PerangkatDaerah, pemda);
        var kaBkpsdm = b.Pimpinan(bkpsdm, "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", JenisJabatan.JptPratama, sekda, Profil.Psikologi);
        Sekretariat(b, bkpsdm, kaBkpsdm, "Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            new Sub("Subbagian Umum dan Kepegawaian", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma)]),
            new Sub("Subbagian Perencanaan dan Keuangan", Profil.Ekonomi, [P("Penata Layanan Operasional", Profil.Akuntansi)]));
        var kabidPengadaan = Bidang(b, bkpsdm, kaBkpsdm, "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", null, Profil.Pemerintahan, [],
            new Sub("Subbidang Pengadaan dan Pemberhentian", Profil.Hukum, [F("Analis Sumber Daya Manusia Aparatur", AhliPertama, Profil.Psikologi)]),
            new Sub("Subbidang Data dan Informasi Kepegawaian", Profil.Komputer, [F("Pranata Komputer", AhliPertama, Profil.Komputer), F("Pranata Komputer", Terampil, Profil.D3Komputer, pppk: 1)]));
        var administrator = Jabatan(b, kabidPengadaan.Unit, "Pranata Komputer Ahli Muda", JenisJabatan.FungsionalKeahlian, kabidPengadaan, AhliMuda);
        var kabidMutasi = Bidang(b, bkpsdm, kaBkpsdm, "Bidang Mutasi dan Promosi", null, Profil.Pemerintahan, [],
            new Sub("Subbidang Mutasi", Profil.Pemerintahan, [P("Penelaah Teknis Kebijakan", Profil.Hukum), P("Pengolah Data dan Informasi", Profil.D3)]),
            new Sub("Subbidang Promosi dan Penilaian Kinerja", Profil.Psikologi, [F("Analis Sumber Daya Manusia Aparatur", AhliPertama, Profil.Psikologi)]));
        var adminBkd = Jabatan(b, kabidMutasi.Unit, "Analis Sumber Daya Manusia Aparatur Ahli Muda", JenisJabatan.FungsionalKeahlian, kabidMutasi, AhliMuda);
        Bidang(b, bkpsdm, kaBkpsdm, "Bidang Pengembangan Kompetensi Aparatur", null, Profil.Psikologi, [F("Analis Sumber Daya Manusia Aparatur", AhliMuda, Profil.Psikologi)],
            new Sub("Subbidang Pendidikan dan Pelatihan", Profil.Pendidikan, [P("Penata Layanan Operasional", Profil.Pendidikan), P("Pengadministrasi Perkantoran", Profil.Sma)]));

        // Bappeda: bidang staffed by Perencana (no subbidang since the 2019 simplification).
        var bappeda = b.Unit("Badan Perencanaan Pembangunan Daerah", JenisUnitKerja.PerangkatDaerah, pemda);
        var kaBappeda = b.Pimpinan(bappeda, "Kepala Badan Perencanaan Pembangunan Daerah", JenisJabatan.JptPratama, sekda, Profil.Ekonomi);
        Sekretariat(b, bappeda, kaBappeda, "Sekretaris Badan Perencanaan Pembangunan Daerah",
            new Sub("Subbagian Umum dan Keuangan", Profil.Ekonomi, [P("Pengadministrasi Perkantoran", Profil.Sma), P("Penata Layanan Operasional", Profil.Akuntansi)]));
        Bidang(b, bappeda, kaBappeda, "Bidang Pemerintahan dan Pembangunan Manusia", null, Profil.Pemerintahan, [F("Perencana", AhliMuda, Profil.Pemerintahan), F("Perencana", AhliPertama, Profil.Ekonomi, 2)]);
        Bidang(b, bappeda, kaBappeda, "Bidang Perekonomian dan Sumber Daya Alam", null, Profil.Pertanian, [F("Perencana", AhliPertama, Profil.Ekonomi, 2), P("Pengolah Data dan Informasi", Profil.D3)]);
        Bidang(b, bappeda, kaBappeda, "Bidang Infrastruktur dan Kewilayahan", null, Profil.Teknik, [F("Perencana", AhliMuda, Profil.Teknik), F("Perencana", AhliPertama, Profil.Teknik)]);

        // BPKAD.
        var bpkad = b.Unit("Badan Pengelolaan Keuangan dan Aset Daerah", JenisUnitKerja.PerangkatDaerah, pemda);
        var kaBpkad = b.Pimpinan(bpkad, "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", JenisJabatan.JptPratama, sekda, Profil.Akuntansi);
        Sekretariat(b, bpkad, kaBpkad, "Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah",
            new Sub("Subbagian Umum dan Kepegawaian", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma)]));
        Bidang(b, bpkad, kaBpkad, "Bidang Anggaran", null, Profil.Ekonomi, [],
            new Sub("Subbidang Anggaran Belanja", Profil.Ekonomi, [F("Analis Anggaran", AhliPertama, Profil.Ekonomi), P("Pengolah Data dan Informasi", Profil.D3)]));
        Bidang(b, bpkad, kaBpkad, "Bidang Perbendaharaan", null, Profil.Akuntansi, [],
            new Sub("Subbidang Pengelolaan Kas Daerah", Profil.Akuntansi, [P("Penata Layanan Operasional", Profil.Akuntansi, 2)]));
        Bidang(b, bpkad, kaBpkad, "Bidang Akuntansi dan Pelaporan", null, Profil.Akuntansi, [F("Analis Keuangan Pusat dan Daerah", AhliPertama, Profil.Akuntansi, 2)]);
        Bidang(b, bpkad, kaBpkad, "Bidang Pengelolaan Aset Daerah", null, Profil.Ekonomi, [],
            new Sub("Subbidang Penatausahaan Aset", Profil.Ekonomi, [F("Penilai Pemerintah", AhliPertama, Profil.Teknik), P("Pengolah Data dan Informasi", Profil.D3)]));

        // Dinas Pendidikan dan Kebudayaan, with schools as UPT. The demo Pegawai and Pejabat penilai work here.
        var disdik = b.Unit("Dinas Pendidikan dan Kebudayaan", JenisUnitKerja.PerangkatDaerah, pemda);
        var kadisdik = b.Pimpinan(disdik, "Kepala Dinas Pendidikan dan Kebudayaan", JenisJabatan.JptPratama, sekda, Profil.Pendidikan);
        Sekretariat(b, disdik, kadisdik, "Sekretaris Dinas Pendidikan dan Kebudayaan",
            new Sub("Subbagian Umum dan Kepegawaian", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma, 2, pppk: 0.5)]),
            new Sub("Subbagian Perencanaan dan Keuangan", Profil.Ekonomi, [P("Penata Layanan Operasional", Profil.Akuntansi), P("Pengolah Data dan Informasi", Profil.D3)]));
        var unitBidangSd = b.Unit("Bidang Pembinaan Sekolah Dasar", JenisUnitKerja.BidangBagian, disdik);
        var kabidSd = Jabatan(b, unitBidangSd, "Kepala Bidang Pembinaan Sekolah Dasar", JenisJabatan.Administrator, kadisdik);
        var unitKurikulum = b.Unit("Seksi Kurikulum dan Penilaian Sekolah Dasar", JenisUnitKerja.SeksiSubbagian, unitBidangSd);
        var kasiKurikulum = b.Pimpinan(unitKurikulum, "Kepala Seksi Kurikulum dan Penilaian Sekolah Dasar", JenisJabatan.Pengawas, kabidSd, Profil.Pendidikan);
        b.Isi(unitKurikulum, kasiKurikulum, P("Penelaah Teknis Kebijakan", Profil.Pendidikan));

        // The demo Pegawai is staff of the bidang itself, rated directly by the demo Pejabat penilai.
        var pegawai = Jabatan(b, unitBidangSd, "Pengolah Data dan Informasi", JenisJabatan.Pelaksana, kabidSd);
        Seksi(b, unitBidangSd, kabidSd, new Sub("Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar", Profil.Pendidikan, [P("Penelaah Teknis Kebijakan", Profil.Pendidikan), P("Pengadministrasi Perkantoran", Profil.Sma)]));
        Seksi(b, unitBidangSd, kabidSd, new Sub("Seksi Sarana dan Prasarana Sekolah Dasar", Profil.Teknik, [P("Teknisi Sarana dan Prasarana", Profil.D3)]));
        b.Isi(unitBidangSd, kabidSd, F("Pengembang Teknologi Pembelajaran", AhliPertama, Profil.Pendidikan));
        Bidang(b, disdik, kadisdik, "Bidang Pembinaan Sekolah Menengah Pertama", null, Profil.Pendidikan, [],
            new Sub("Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama", Profil.Pendidikan, [P("Penelaah Teknis Kebijakan", Profil.Pendidikan)]),
            new Sub("Seksi Peserta Didik Sekolah Menengah Pertama", Profil.Pendidikan, [P("Pengadministrasi Perkantoran", Profil.Sma)]));
        Bidang(b, disdik, kadisdik, "Bidang Guru dan Tenaga Kependidikan", null, Profil.Pendidikan, [],
            new Sub("Seksi Pendidik dan Tenaga Kependidikan", Profil.Pendidikan, [P("Pengolah Data dan Informasi", Profil.D3)]));
        Bidang(b, disdik, kadisdik, "Bidang Kebudayaan", null, Profil.Budaya, [F("Pamong Budaya", AhliPertama, Profil.Budaya)],
            new Sub("Seksi Cagar Budaya dan Permuseuman", Profil.Budaya, [P("Pengelola Layanan Operasional", Profil.D3)]));
        b.Isi(disdik, kadisdik, F("Pengawas Sekolah", AhliMadya, Profil.Pendidikan, 2, wanita: 0.5));
        Sekolah(b, disdik, kadisdik, "SD Negeri 1 Sukamaju", guru: 7, tu: 1);
        Sekolah(b, disdik, kadisdik, "SD Negeri 2 Cibeureum", guru: 5, tu: 1);
        Sekolah(b, disdik, kadisdik, "SMP Negeri 1 Sukamaju", guru: 9, tu: 1);

        // Dinas Kesehatan with two Puskesmas.
        var dinkes = b.Unit("Dinas Kesehatan", JenisUnitKerja.PerangkatDaerah, pemda);
        var kadinkes = b.Pimpinan(dinkes, "Kepala Dinas Kesehatan", JenisJabatan.JptPratama, sekda, Profil.Dokter, wanita: 0.5);
        Sekretariat(b, dinkes, kadinkes, "Sekretaris Dinas Kesehatan",
            new Sub("Subbagian Umum dan Kepegawaian", Profil.Kesmas, [P("Pengadministrasi Perkantoran", Profil.Sma)]),
            new Sub("Subbagian Perencanaan dan Keuangan", Profil.Ekonomi, [P("Penata Layanan Operasional", Profil.Akuntansi)]));
        Bidang(b, dinkes, kadinkes, "Bidang Kesehatan Masyarakat", null, Profil.Kesmas, [],
            new Sub("Seksi Kesehatan Keluarga dan Gizi", Profil.GiziS1, [F("Nutrisionis", AhliPertama, Profil.GiziS1, wanita: 0.8)]),
            new Sub("Seksi Promosi dan Pemberdayaan Masyarakat", Profil.Kesmas, [F("Penyuluh Kesehatan Masyarakat", AhliPertama, Profil.Kesmas)]));
        Bidang(b, dinkes, kadinkes, "Bidang Pencegahan dan Pengendalian Penyakit", null, Profil.Dokter, [],
            new Sub("Seksi Surveilans dan Imunisasi", Profil.Kesmas, [F("Epidemiolog Kesehatan", AhliPertama, Profil.Kesmas), F("Perawat", Terampil, Profil.PerawatD3, wanita: 0.7)]),
            new Sub("Seksi Pengendalian Penyakit Tidak Menular", Profil.Kesmas, [P("Pengolah Data dan Informasi", Profil.D3)]));
        Bidang(b, dinkes, kadinkes, "Bidang Pelayanan dan Sumber Daya Kesehatan", null, Profil.Kesmas, [],
            new Sub("Seksi Pelayanan Kesehatan", Profil.Kesmas, [F("Administrator Kesehatan", AhliPertama, Profil.Kesmas)]),
            new Sub("Seksi Kefarmasian dan Alat Kesehatan", Profil.Apoteker, [F("Apoteker", AhliPertama, Profil.Apoteker, wanita: 0.7)]));
        Puskesmas(b, dinkes, kadinkes, "UPTD Puskesmas Sukamaju", besar: true);
        Puskesmas(b, dinkes, kadinkes, "UPTD Puskesmas Cibeureum", besar: false);

        // Dinas PUPR: the Kepala Bidang SDA is vacant with the Sekretaris as Plt; a Kepala Seksi is vacant without one.
        var pupr = b.Unit("Dinas Pekerjaan Umum dan Penataan Ruang", JenisUnitKerja.PerangkatDaerah, pemda);
        var kaPupr = b.Pimpinan(pupr, "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", JenisJabatan.JptPratama, sekda, Profil.Teknik, wanita: 0.1);
        var sekPupr = Sekretariat(b, pupr, kaPupr, "Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang",
            new Sub("Subbagian Umum dan Kepegawaian", Profil.Pemerintahan, [P("Pengadministrasi Perkantoran", Profil.Sma)]),
            new Sub("Subbagian Perencanaan dan Keuangan", Profil.Teknik, [P("Penata Layanan Operasional", Profil.Akuntansi)]));
        Bidang(b, pupr, kaPupr, "Bidang Bina Marga", null, Profil.Teknik, [],
            new Sub("Seksi Pembangunan Jalan dan Jembatan", Profil.Teknik, [F("Teknik Jalan dan Jembatan", AhliPertama, Profil.Teknik, 2, wanita: 0.2)]),
            new Sub("Seksi Pemeliharaan Jalan dan Jembatan", Profil.Teknik, [P("Teknisi Sarana dan Prasarana", Profil.D3, 2, wanita: 0.1), P("Operator Layanan Operasional", Profil.Sma, wanita: 0)], Kosong: true));
        var kabidSda = Bidang(b, pupr, kaPupr, "Bidang Sumber Daya Air", null, Profil.Teknik, [], kosong: true,
            new Sub("Seksi Irigasi", Profil.Teknik, [F("Teknik Pengairan", AhliPertama, Profil.Teknik, wanita: 0.2), P("Teknisi Sarana dan Prasarana", Profil.D3)]),
            new Sub("Seksi Sungai, Danau dan Air Baku", Profil.Teknik, [P("Pengolah Data dan Informasi", Profil.D3)]));
        kabidSda.Plt = sekPupr.Pemegang[0];
        Bidang(b, pupr, kaPupr, "Bidang Cipta Karya dan Penataan Ruang", null, Profil.Teknik, [],
            new Sub("Seksi Penataan Ruang", Profil.Teknik, [F("Penata Ruang", AhliPertama, Profil.Teknik)]),
            new Sub("Seksi Bangunan Gedung", Profil.Teknik, [F("Teknik Tata Bangunan dan Perumahan", AhliPertama, Profil.Teknik)]));

        // Diskominfo.
        var kominfo = b.Unit("Dinas Komunikasi dan Informatika", JenisUnitKerja.PerangkatDaerah, pemda);
        var kaKominfo = b.Pimpinan(kominfo, "Kepala Dinas Komunikasi dan Informatika", JenisJabatan.JptPratama, sekda, Profil.Komputer);
        Sekretariat(b, kominfo, kaKominfo, "Sekretaris Dinas Komunikasi dan Informatika",
            new Sub("Subbagian Umum dan Keuangan", Profil.Ekonomi, [P("Pengadministrasi Perkantoran", Profil.Sma), P("Penata Layanan Operasional", Profil.Akuntansi)]));
        Bidang(b, kominfo, kaKominfo, "Bidang Aplikasi Informatika", null, Profil.Komputer,
            [F("Pranata Komputer", AhliPertama, Profil.Komputer, 2, pppk: 0.5), F("Pranata Komputer", Terampil, Profil.D3Komputer)]);
        Bidang(b, kominfo, kaKominfo, "Bidang Informasi dan Komunikasi Publik", null, Profil.Komunikasi,
            [F("Pranata Hubungan Masyarakat", AhliPertama, Profil.Komunikasi), F("Pranata Hubungan Masyarakat", Terampil, Profil.D3)]);
        Bidang(b, kominfo, kaKominfo, "Bidang Statistik dan Persandian", null, Profil.Statistik,
            [F("Statistisi", AhliPertama, Profil.Statistik), F("Sandiman", Terampil, Profil.D3Komputer)]);

        // Kecamatan: Camat reports to the Sekda; Sekcam and Kasi to the Camat.
        foreach (var kecamatan in new[] { "Sukamaju", "Cibeureum", "Sindangsari" })
        {
            Kecamatan(b, pemda, sekda, kecamatan);
        }

        // The demo accounts hold fixed positions with fixed NIPs (printed by the banner before seeding).
        Tetap(b, DemoSeeder.Akun[0], adminBkd);
        Tetap(b, DemoSeeder.Akun[1], administrator);
        Tetap(b, DemoSeeder.Akun[2], kabidSd);
        Tetap(b, DemoSeeder.Akun[3], pegawai);

        // Mutasi masuk, not yet placed: shows up as "tanpa jabatan" for the BKD to fix.
        b.Tambah(orang.Buat(new RencanaJabatan("-", JenisJabatan.Pelaksana, null, bkpsdm, null), Profil.Pemerintahan, JenisPegawai.Pns, 0.5, tanpaJabatan: true));
        return b.Hasil;
    }

    private static RencanaJabatan Jabatan(PembangunRencana b, RencanaUnit unit, string nama, JenisJabatan jenis, RencanaJabatan atasan, JenjangFungsional? jenjang = null) =>
        b.Jabatan(unit, nama, jenis, atasan, jenjang);

    private static void Tetap(PembangunRencana b, AkunDemoSpesifikasi akun, RencanaJabatan jabatan) =>
        b.Tambah(new RencanaPegawai
        {
            Nip = akun.Nip,
            Nama = akun.Nama,
            GelarDepan = akun.GelarDepan,
            GelarBelakang = akun.GelarBelakang,
            Golongan = Golongan.Find(akun.Golongan, JenisPegawai.Pns)!,
            Email = akun.Email,
            Jabatan = jabatan,
        });

    private static RencanaJabatan Sekretariat(PembangunRencana b, RencanaUnit pd, RencanaJabatan kepala, string namaSekretaris, params Sub[] subbagian)
    {
        var unit = b.Unit("Sekretariat " + pd.Nama, JenisUnitKerja.BidangBagian, pd);
        var sekretaris = b.Pimpinan(unit, namaSekretaris, JenisJabatan.Administrator, kepala, Profil.Pemerintahan);
        foreach (var s in subbagian)
        {
            Seksi(b, unit, sekretaris, s);
        }

        return sekretaris;
    }

    private static void Bagian(PembangunRencana b, RencanaUnit setda, RencanaJabatan asisten, string nama, Profil kepala, Staf[] langsung, params Sub[] subbagian) =>
        Bidang(b, setda, asisten, nama, null, kepala, langsung, subbagian);

    private static RencanaJabatan Bidang(PembangunRencana b, RencanaUnit pd, RencanaJabatan atasan, string nama, string? namaKepala, Profil kepala, Staf[] langsung, params Sub[] seksi) =>
        Bidang(b, pd, atasan, nama, namaKepala, kepala, langsung, false, seksi);

    private static RencanaJabatan Bidang(PembangunRencana b, RencanaUnit pd, RencanaJabatan atasan, string nama, string? namaKepala, Profil kepala, Staf[] langsung, bool kosong, params Sub[] seksi)
    {
        var unit = b.Unit(nama, JenisUnitKerja.BidangBagian, pd);
        var kabid = b.Pimpinan(unit, namaKepala ?? "Kepala " + nama, JenisJabatan.Administrator, atasan, kepala, kosong);
        b.Isi(unit, kabid, langsung);
        foreach (var s in seksi)
        {
            Seksi(b, unit, kabid, s);
        }

        return kabid;
    }

    private static RencanaJabatan Seksi(PembangunRencana b, RencanaUnit induk, RencanaJabatan atasan, Sub s)
    {
        var unit = b.Unit(s.Nama, JenisUnitKerja.SeksiSubbagian, induk);
        var kepala = b.Pimpinan(unit, "Kepala " + s.Nama, JenisJabatan.Pengawas, atasan, s.Kepala, s.Kosong);
        b.Isi(unit, kepala, s.Staf);
        return kepala;
    }

    private static void Sekolah(PembangunRencana b, RencanaUnit disdik, RencanaJabatan kadis, string nama, int guru, int tu)
    {
        // Sekolah negeri are UPT of the Dinas; the kepala sekolah leads the unit and rates its teachers.
        var unit = b.Unit(nama, JenisUnitKerja.Upt, disdik);
        var kepala = b.Pimpinan(unit, "Kepala " + nama, JenisJabatan.Pengawas, kadis, Profil.Pendidikan, wanita: 0.5);
        var madya = Math.Max(1, guru / 5);
        var muda = Math.Max(1, guru / 3);
        b.Isi(unit, kepala,
            F("Guru", AhliMadya, Profil.Pendidikan, madya, wanita: 0.65),
            F("Guru", AhliMuda, Profil.Pendidikan, muda, wanita: 0.65),
            F("Guru", AhliPertama, Profil.Pendidikan, guru - madya - muda, pppk: 0.6, wanita: 0.65),
            P("Pengadministrasi Perkantoran", Profil.Sma, tu, pppk: 0.5));
    }

    private static void Puskesmas(PembangunRencana b, RencanaUnit dinkes, RencanaJabatan kadis, string nama, bool besar)
    {
        var unit = b.Unit(nama, JenisUnitKerja.Upt, dinkes);
        var kepala = b.Pimpinan(unit, "Kepala " + nama, JenisJabatan.Pengawas, kadis, besar ? Profil.Dokter : Profil.Kesmas, wanita: 0.5);
        Seksi(b, unit, kepala, new Sub("Subbagian Tata Usaha " + nama["UPTD ".Length..], Profil.Ekonomi,
            [P("Pengadministrasi Perkantoran", Profil.Sma, 2, pppk: 0.5), P("Pengolah Data dan Informasi", Profil.D3)]));
        var n = besar ? 1 : 0;
        b.Isi(unit, kepala,
            F("Dokter", AhliPertama, Profil.Dokter, 1 + n, pppk: 0.5, wanita: 0.55),
            F("Dokter Gigi", AhliPertama, Profil.DokterGigi, 1, wanita: 0.7),
            F("Perawat", AhliPertama, Profil.Ners, 1 + n, wanita: 0.7),
            F("Perawat", Mahir, Profil.PerawatD3, 1, wanita: 0.7),
            F("Perawat", Terampil, Profil.PerawatD3, 1 + n, pppk: 0.5, wanita: 0.7),
            F("Bidan", AhliPertama, Profil.BidanD4, 1, wanita: 1),
            F("Bidan", Terampil, Profil.BidanD3, 1 + (2 * n), pppk: 0.5, wanita: 1),
            F("Apoteker", AhliPertama, Profil.Apoteker, n, wanita: 0.7),
            F("Asisten Apoteker", Terampil, Profil.FarmasiD3, 1, pppk: 1, wanita: 0.7),
            F("Pranata Laboratorium Kesehatan", Terampil, Profil.AnalisLab, 1, wanita: 0.6),
            F("Nutrisionis", Terampil, Profil.Gizi, 1, pppk: 1, wanita: 0.8),
            F("Sanitarian", Terampil, Profil.Sanitasi, 1));
    }

    private static void Kecamatan(PembangunRencana b, RencanaUnit pemda, RencanaJabatan sekda, string nama)
    {
        var unit = b.Unit("Kecamatan " + nama, JenisUnitKerja.PerangkatDaerah, pemda);
        var camat = b.Pimpinan(unit, "Camat " + nama, JenisJabatan.Administrator, sekda, Profil.Pemerintahan, wanita: 0.2);
        var sekretariat = b.Unit("Sekretariat Kecamatan " + nama, JenisUnitKerja.BidangBagian, unit);
        var sekcam = b.Pimpinan(sekretariat, "Sekretaris Kecamatan " + nama, JenisJabatan.Administrator, camat, Profil.Pemerintahan);
        Seksi(b, sekretariat, sekcam, new Sub("Subbagian Umum dan Kepegawaian Kecamatan " + nama, Profil.Pemerintahan,
            [P("Pengadministrasi Perkantoran", Profil.Sma, pppk: 1), P("Penata Layanan Operasional", Profil.Akuntansi)]));
        Seksi(b, unit, camat, new Sub("Seksi Pemerintahan Kecamatan " + nama, Profil.Pemerintahan, [P("Penelaah Teknis Kebijakan", Profil.Pemerintahan)]));
        Seksi(b, unit, camat, new Sub("Seksi Ketenteraman dan Ketertiban Umum Kecamatan " + nama, Profil.Hukum,
            [F("Polisi Pamong Praja", Terampil, Profil.Sma, wanita: 0.1)]));
        Seksi(b, unit, camat, new Sub("Seksi Pemberdayaan Masyarakat dan Desa Kecamatan " + nama, Profil.Pemerintahan, []));
    }
}
