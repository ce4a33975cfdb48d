using SiKinerja.Domain.Organisasi;
using static SiKinerja.Domain.Organisasi.JenjangFungsional;
using static SiKinerja.Web.Demo.Staf;

namespace SiKinerja.Web.Demo;

/// <summary>
/// A synthetic province of exactly N employees for benchmarks: Setda with Asisten and Biro, up to 40
/// perangkat daerah with Sekretariat/Bidang/Seksi, Cabang Dinas with SMA/SMK/SLB, RSUD, and UPTD.
/// The managerial skeleton scales with N; the remaining employees are spread over the staff
/// positions by weight (schools and hospitals get most, as in a real province). Deterministic.
/// </summary>
internal static class ProvinsiSintetis
{
    public const int Seed = 31_000_001;

    private sealed record Pd(string Nama, Profil Profil, Staf Fungsional, string Upt);

    private enum Kelompok
    {
        Kantor,
        Sekolah,
        RumahSakit,
        Upt,
    }

    private sealed record Slot(Kelompok Kelompok, RencanaUnit Unit, RencanaJabatan Atasan, Staf Staf, double Bobot);

    private static readonly Dictionary<Kelompok, double> Porsi = new()
    {
        [Kelompok.Kantor] = 0.2,
        [Kelompok.Sekolah] = 0.45,
        [Kelompok.RumahSakit] = 0.18,
        [Kelompok.Upt] = 0.17,
    };

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"];

    private static readonly string[] Kota =
    [
        "Sukamaju", "Cibeureum", "Sindangsari", "Karangjaya", "Mekarsari", "Sukasari", "Tanjungsari", "Bojongsari", "Margamulya",
        "Purwasari", "Sumberjaya", "Wanasari", "Cijati", "Pasirluhur", "Rancabali", "Gunungsari", "Kertajaya", "Sirnagalih",
    ];

    private static readonly Staf AnalisKebijakan = F("Analis Kebijakan", AhliPertama, Profil.Pemerintahan);

    private static readonly Pd[] SemuaPd =
    [
        new("Sekretariat Dewan Perwakilan Rakyat Daerah", Profil.Pemerintahan, F("Analis Kebijakan", AhliPertama, Profil.Hukum), string.Empty),
        new("Inspektorat Daerah", Profil.Akuntansi, F("Auditor", AhliPertama, Profil.Akuntansi), string.Empty),
        new("Dinas Pendidikan", Profil.Pendidikan, F("Pengembang Teknologi Pembelajaran", AhliPertama, Profil.Pendidikan), string.Empty),
        new("Dinas Kesehatan", Profil.Dokter, F("Epidemiolog Kesehatan", AhliPertama, Profil.Kesmas), "Laboratorium Kesehatan Daerah"),
        new("Dinas Bina Marga", Profil.Teknik, F("Teknik Jalan dan Jembatan", AhliPertama, Profil.Teknik), "Pengelolaan Jalan dan Jembatan"),
        new("Dinas Sumber Daya Air", Profil.Teknik, F("Teknik Pengairan", AhliPertama, Profil.Teknik), "Pengelolaan Sumber Daya Air"),
        new("Badan Perencanaan Pembangunan Daerah", Profil.Ekonomi, F("Perencana", AhliPertama, Profil.Ekonomi), string.Empty),
        new("Badan Pengelolaan Keuangan dan Aset Daerah", Profil.Akuntansi, F("Analis Keuangan Pusat dan Daerah", AhliPertama, Profil.Akuntansi), string.Empty),
        new("Badan Pendapatan Daerah", Profil.Ekonomi, F("Analis Pajak dan Retribusi Daerah", AhliPertama, Profil.Ekonomi), "Pusat Pengelolaan Pendapatan Daerah"),
        new("Badan Kepegawaian Daerah", Profil.Psikologi, F("Analis Sumber Daya Manusia Aparatur", AhliPertama, Profil.Psikologi), string.Empty),
        new("Badan Pengembangan Sumber Daya Manusia", Profil.Pendidikan, F("Widyaiswara", AhliMuda, Profil.Pendidikan), "Pelatihan Teknis"),
        new("Dinas Sosial", Profil.Pemerintahan, F("Pekerja Sosial", AhliPertama, Profil.Pemerintahan), "Panti Sosial"),
        new("Dinas Tenaga Kerja dan Transmigrasi", Profil.Hukum, F("Pengawas Ketenagakerjaan", AhliPertama, Profil.Hukum), "Balai Latihan Kerja"),
        new("Dinas Perhubungan", Profil.Teknik, F("Penguji Kendaraan Bermotor", Terampil, Profil.D3), "Pengelolaan Prasarana Perhubungan"),
        new("Dinas Komunikasi dan Informatika", Profil.Komputer, F("Pranata Komputer", AhliPertama, Profil.Komputer), string.Empty),
        new("Dinas Lingkungan Hidup", Profil.Teknik, F("Pengendali Dampak Lingkungan", AhliPertama, Profil.Teknik), "Laboratorium Lingkungan"),
        new("Dinas Perumahan dan Permukiman", Profil.Teknik, F("Teknik Tata Bangunan dan Perumahan", AhliPertama, Profil.Teknik), string.Empty),
        new("Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", Profil.Psikologi, F("Penyuluh Keluarga Berencana", AhliPertama, Profil.Pemerintahan), "Perlindungan Perempuan dan Anak"),
        new("Dinas Ketahanan Pangan", Profil.Pertanian, F("Analis Ketahanan Pangan", AhliPertama, Profil.Pertanian), string.Empty),
        new("Dinas Tanaman Pangan dan Hortikultura", Profil.Pertanian, F("Pengendali Organisme Pengganggu Tumbuhan", AhliPertama, Profil.Pertanian), "Balai Benih"),
        new("Dinas Perkebunan", Profil.Pertanian, F("Pengawas Benih Tanaman", AhliPertama, Profil.Pertanian), "Balai Perlindungan Perkebunan"),
        new("Dinas Kehutanan", Profil.Pertanian, F("Penyuluh Kehutanan", AhliPertama, Profil.Pertanian), "Kesatuan Pengelolaan Hutan"),
        new("Dinas Kelautan dan Perikanan", Profil.Pertanian, F("Pengawas Perikanan", AhliPertama, Profil.Pertanian), "Pelabuhan Perikanan"),
        new("Dinas Energi dan Sumber Daya Mineral", Profil.Teknik, F("Inspektur Tambang", AhliPertama, Profil.Teknik), "Pengelolaan Energi"),
        new("Dinas Perindustrian dan Perdagangan", Profil.Ekonomi, F("Penera", Terampil, Profil.D3), "Metrologi Legal"),
        new("Dinas Koperasi dan Usaha Kecil", Profil.Ekonomi, F("Pengawas Koperasi", AhliPertama, Profil.Ekonomi), string.Empty),
        new("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", Profil.Hukum, AnalisKebijakan, string.Empty),
        new("Dinas Pariwisata dan Kebudayaan", Profil.Budaya, F("Pamong Budaya", AhliPertama, Profil.Budaya), "Taman Budaya"),
        new("Dinas Pemuda dan Olahraga", Profil.Pendidikan, AnalisKebijakan, "Pengelolaan Sarana Olahraga"),
        new("Dinas Perpustakaan dan Kearsipan Daerah", Profil.Budaya, F("Pustakawan", AhliPertama, Profil.Budaya), string.Empty),
        new("Dinas Pemberdayaan Masyarakat dan Desa", Profil.Pemerintahan, AnalisKebijakan, string.Empty),
        new("Dinas Kependudukan dan Pencatatan Sipil", Profil.Pemerintahan, F("Administrator Database Kependudukan", AhliPertama, Profil.Komputer), string.Empty),
        new("Badan Penanggulangan Bencana Daerah", Profil.Teknik, F("Analis Bencana", AhliPertama, Profil.Teknik), string.Empty),
        new("Badan Kesatuan Bangsa dan Politik", Profil.Pemerintahan, AnalisKebijakan, string.Empty),
        new("Badan Riset dan Inovasi Daerah", Profil.Statistik, F("Peneliti", AhliPertama, Profil.Statistik), string.Empty),
        new("Badan Penghubung Daerah", Profil.Pemerintahan, AnalisKebijakan, string.Empty),
        new("Satuan Polisi Pamong Praja", Profil.Hukum, F("Polisi Pamong Praja", Terampil, Profil.Sma), string.Empty),
        new("Dinas Cipta Karya dan Tata Ruang", Profil.Teknik, F("Penata Ruang", AhliPertama, Profil.Teknik), string.Empty),
        new("Dinas Peternakan dan Kesehatan Hewan", Profil.Pertanian, F("Medik Veteriner", AhliPertama, Profil.Pertanian), "Balai Kesehatan Hewan"),
    ];

    public static RencanaOrganisasi Buat(int jumlahPegawai)
    {
        var orang = new PembuatPegawai(new Random(Seed), "nusantaraprov.go.id", 0.25);
        var b = new PembangunRencana(orang);
        var slot = new List<Slot>();
        var pemda = b.Unit("Pemerintah Provinsi Nusantara (sintetis)", JenisUnitKerja.Pemda, null);

        // Sekretariat Daerah: in a province the Sekda is JPT Madya; Asisten and Kepala Biro are JPT Pratama.
        var setda = b.Unit("Sekretariat Daerah", JenisUnitKerja.PerangkatDaerah, pemda);
        var sekda = b.Pimpinan(setda, "Sekretaris Daerah", JenisJabatan.JptMadya, null, Profil.Pemerintahan, wanita: 0.15);
        string[][] biro =
        [
            ["Biro Pemerintahan dan Otonomi Daerah", "Biro Hukum"],
            ["Biro Perekonomian", "Biro Pengadaan Barang dan Jasa"],
            ["Biro Umum", "Biro Organisasi"],
        ];
        string[] asisten = ["Asisten Pemerintahan dan Kesejahteraan Rakyat", "Asisten Perekonomian dan Pembangunan", "Asisten Administrasi Umum"];
        for (var i = 0; i < asisten.Length; i++)
        {
            var a = b.Pimpinan(setda, asisten[i], JenisJabatan.JptPratama, sekda, Profil.Pemerintahan);
            foreach (var namaBiro in biro[i])
            {
                var unitBiro = b.Unit(namaBiro, JenisUnitKerja.BidangBagian, setda);
                var kepalaBiro = b.Pimpinan(unitBiro, "Kepala " + namaBiro, JenisJabatan.JptPratama, a, Profil.Hukum);
                for (var k = 1; k <= 2; k++)
                {
                    var unitBagian = b.Unit($"Bagian {Romawi[k - 1]} {namaBiro}", JenisUnitKerja.SeksiSubbagian, unitBiro);
                    var kabag = b.Pimpinan(unitBagian, $"Kepala Bagian {Romawi[k - 1]} {namaBiro}", JenisJabatan.Administrator, kepalaBiro, Profil.Pemerintahan);
                    StafKantor(slot, unitBagian, kabag, AnalisKebijakan);
                }
            }
        }

        var jumlahPd = Math.Clamp(jumlahPegawai / 80, 4, SemuaPd.Length);
        var jumlahUptPerPd = jumlahPegawai >= 20_000 ? 2 : jumlahPegawai >= 5_000 ? 1 : 0;
        foreach (var pd in SemuaPd.Take(jumlahPd))
        {
            var unit = b.Unit(pd.Nama, JenisUnitKerja.PerangkatDaerah, pemda);
            var kepala = b.Pimpinan(unit, pd.Nama.StartsWith("Inspektorat", StringComparison.Ordinal) ? "Inspektur" : "Kepala " + pd.Nama,
                JenisJabatan.JptPratama, sekda, pd.Profil);
            Kantor(b, slot, unit, kepala, pd);
            if (pd.Nama == "Dinas Pendidikan")
            {
                Sekolah(b, slot, unit, kepala, Math.Max(2, (int)Math.Round(jumlahPegawai * Porsi[Kelompok.Sekolah] / 40)));
            }
            else if (pd.Nama == "Dinas Kesehatan")
            {
                RumahSakit(b, slot, unit, kepala, Math.Max(1, (int)Math.Round(jumlahPegawai * Porsi[Kelompok.RumahSakit] / 700)));
            }

            for (var u = 0; u < jumlahUptPerPd && pd.Upt.Length > 0; u++)
            {
                var unitUpt = b.Unit($"UPTD {pd.Upt} Wilayah {Romawi[u]}", JenisUnitKerja.Upt, unit);
                var kepalaUpt = b.Pimpinan(unitUpt, $"Kepala UPTD {pd.Upt} Wilayah {Romawi[u]}", JenisJabatan.Pengawas, kepala, pd.Profil);
                slot.Add(new(Kelompok.Upt, unitUpt, kepalaUpt, pd.Fungsional, 0.45));
                slot.Add(new(Kelompok.Upt, unitUpt, kepalaUpt, P("Pengelola Layanan Operasional", Profil.D3, pppk: 0.2), 0.3));
                slot.Add(new(Kelompok.Upt, unitUpt, kepalaUpt, P("Operator Layanan Operasional", Profil.Sma, pppk: 0.3, wanita: 0.3), 0.25));
            }
        }

        Sebarkan(b, slot, jumlahPegawai - b.Hasil.Pegawai.Count);
        return b.Hasil;
    }

    /// <summary>Sekretariat with two Subbagian and three Bidang with two Seksi each.</summary>
    private static void Kantor(PembangunRencana b, List<Slot> slot, RencanaUnit pd, RencanaJabatan kepala, Pd spesifikasi)
    {
        var sekretariat = b.Unit("Sekretariat " + pd.Nama, JenisUnitKerja.BidangBagian, pd);
        var sekretaris = b.Pimpinan(sekretariat, "Sekretaris " + pd.Nama, JenisJabatan.Administrator, kepala, Profil.Pemerintahan);
        foreach (var sub in new[] { "Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan" })
        {
            var unit = b.Unit(sub, JenisUnitKerja.SeksiSubbagian, sekretariat);
            var kasubbag = b.Pimpinan(unit, "Kepala " + sub, JenisJabatan.Pengawas, sekretaris, Profil.Ekonomi);
            StafKantor(slot, unit, kasubbag, AnalisKebijakan);
        }

        var badan = pd.Nama.StartsWith("Badan", StringComparison.Ordinal);
        string[] bidang = ["Perencanaan dan Pengembangan", "Pelayanan dan Pembinaan", "Pengendalian dan Pengawasan"];
        foreach (var namaBidang in bidang)
        {
            var unitBidang = b.Unit("Bidang " + namaBidang, JenisUnitKerja.BidangBagian, pd);
            var kabid = b.Pimpinan(unitBidang, "Kepala Bidang " + namaBidang, JenisJabatan.Administrator, kepala, spesifikasi.Profil);
            slot.Add(new(Kelompok.Kantor, unitBidang, kabid, spesifikasi.Fungsional with { Nama = spesifikasi.Fungsional.Nama.Replace("Ahli Pertama", "Ahli Muda", StringComparison.Ordinal), Jenjang = spesifikasi.Fungsional.Jenjang == AhliPertama ? AhliMuda : spesifikasi.Fungsional.Jenjang }, 0.5));
            foreach (var seksi in new[] { "Program", "Operasional" })
            {
                var namaSeksi = (badan ? "Subbidang " : "Seksi ") + seksi + " " + namaBidang;
                var unit = b.Unit(namaSeksi, JenisUnitKerja.SeksiSubbagian, unitBidang);
                var kasi = b.Pimpinan(unit, "Kepala " + namaSeksi, JenisJabatan.Pengawas, kabid, spesifikasi.Profil);
                StafKantor(slot, unit, kasi, spesifikasi.Fungsional);
            }
        }
    }

    private static void StafKantor(List<Slot> slot, RencanaUnit unit, RencanaJabatan atasan, Staf fungsional)
    {
        slot.Add(new(Kelompok.Kantor, unit, atasan, fungsional with { PorsiPppk = 0.3 }, 1));
        slot.Add(new(Kelompok.Kantor, unit, atasan, P("Penelaah Teknis Kebijakan", Profil.Pemerintahan), 1));
        slot.Add(new(Kelompok.Kantor, unit, atasan, P("Pengolah Data dan Informasi", Profil.D3, pppk: 0.2), 1));
        slot.Add(new(Kelompok.Kantor, unit, atasan, P("Pengadministrasi Perkantoran", Profil.Sma, pppk: 0.3, wanita: 0.55), 1));
    }

    /// <summary>Cabang Dinas Pendidikan per wilayah, each with its SMA, SMK and SLB negeri.</summary>
    private static void Sekolah(PembangunRencana b, List<Slot> slot, RencanaUnit disdik, RencanaJabatan kadis, int jumlah)
    {
        var jumlahCabdin = Math.Clamp(jumlah / 40, 1, Romawi.Length);
        var cabdin = new List<(RencanaUnit Unit, RencanaJabatan Kepala)>();
        for (var c = 0; c < jumlahCabdin; c++)
        {
            var unit = b.Unit("Cabang Dinas Pendidikan Wilayah " + Romawi[c], JenisUnitKerja.Upt, disdik);
            var kepala = b.Pimpinan(unit, "Kepala Cabang Dinas Pendidikan Wilayah " + Romawi[c], JenisJabatan.Administrator, kadis, Profil.Pendidikan);
            cabdin.Add((unit, kepala));
        }

        var nomor = new Dictionary<(string, string), int>();
        for (var s = 0; s < jumlah; s++)
        {
            var jenis = (s % 10) switch { < 6 => "SMA Negeri", < 9 => "SMK Negeri", _ => "SLB Negeri" };
            var kota = Kota[(s / 3) % Kota.Length];
            var n = nomor[(jenis, kota)] = nomor.GetValueOrDefault((jenis, kota)) + 1;
            var nama = $"{jenis} {n} {kota}";
            var (induk, kepalaCabdin) = cabdin[s % cabdin.Count];
            var unit = b.Unit(nama, JenisUnitKerja.Upt, induk);
            var kepala = b.Pimpinan(unit, "Kepala " + nama, JenisJabatan.Pengawas, kepalaCabdin, Profil.Pendidikan, wanita: 0.45);
            slot.Add(new(Kelompok.Sekolah, unit, kepala, F("Guru", AhliPertama, Profil.Pendidikan, pppk: 0.55, wanita: 0.6), 0.45));
            slot.Add(new(Kelompok.Sekolah, unit, kepala, F("Guru", AhliMuda, Profil.Pendidikan, wanita: 0.6), 0.22));
            slot.Add(new(Kelompok.Sekolah, unit, kepala, F("Guru", AhliMadya, Profil.Pendidikan, wanita: 0.55), 0.15));
            slot.Add(new(Kelompok.Sekolah, unit, kepala, P("Pengadministrasi Perkantoran", Profil.Sma, pppk: 0.4, wanita: 0.55), 0.12));
            slot.Add(new(Kelompok.Sekolah, unit, kepala, F("Pustakawan", Terampil, Profil.D3, wanita: 0.7), 0.06));
        }
    }

    /// <summary>RSUD as UPT of the Dinas Kesehatan: Direktur, Bidang Pelayanan Medis and Keperawatan, Bagian Umum.</summary>
    private static void RumahSakit(PembangunRencana b, List<Slot> slot, RencanaUnit dinkes, RencanaJabatan kadis, int jumlah)
    {
        for (var r = 0; r < jumlah; r++)
        {
            var nama = "Rumah Sakit Umum Daerah " + Kota[(r * 5) % Kota.Length];
            var unit = b.Unit(nama, JenisUnitKerja.Upt, dinkes);
            var direktur = b.Pimpinan(unit, "Direktur " + nama, JenisJabatan.Administrator, kadis, Profil.Dokter, wanita: 0.4);
            var medis = b.Unit("Bidang Pelayanan Medis " + nama, JenisUnitKerja.BidangBagian, unit);
            var kabidMedis = b.Pimpinan(medis, "Kepala Bidang Pelayanan Medis " + nama, JenisJabatan.Administrator, direktur, Profil.Dokter);
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Dokter", AhliPertama, Profil.Dokter, pppk: 0.4, wanita: 0.55), 0.07));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Dokter", AhliMuda, Profil.DokterSpesialis, wanita: 0.45), 0.06));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Dokter", AhliMadya, Profil.DokterSpesialis, wanita: 0.4), 0.03));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Apoteker", AhliPertama, Profil.Apoteker, wanita: 0.7), 0.03));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Asisten Apoteker", Terampil, Profil.FarmasiD3, pppk: 0.5, wanita: 0.7), 0.04));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Pranata Laboratorium Kesehatan", Terampil, Profil.AnalisLab, wanita: 0.6), 0.04));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Radiografer", Terampil, Profil.D3), 0.02));
            slot.Add(new(Kelompok.RumahSakit, medis, kabidMedis, F("Nutrisionis", Terampil, Profil.Gizi, wanita: 0.8), 0.02));
            var keperawatan = b.Unit("Bidang Keperawatan " + nama, JenisUnitKerja.BidangBagian, unit);
            var kabidKeperawatan = b.Pimpinan(keperawatan, "Kepala Bidang Keperawatan " + nama, JenisJabatan.Administrator, direktur, Profil.Ners, wanita: 0.7);
            foreach (var ruang in new[] { "Rawat Inap", "Rawat Jalan dan Gawat Darurat" })
            {
                var seksi = b.Unit($"Seksi Keperawatan {ruang} {nama}", JenisUnitKerja.SeksiSubbagian, keperawatan);
                var kasi = b.Pimpinan(seksi, $"Kepala Seksi Keperawatan {ruang} {nama}", JenisJabatan.Pengawas, kabidKeperawatan, Profil.Ners, wanita: 0.7);
                slot.Add(new(Kelompok.RumahSakit, seksi, kasi, F("Perawat", Terampil, Profil.PerawatD3, pppk: 0.45, wanita: 0.72), 0.14));
                slot.Add(new(Kelompok.RumahSakit, seksi, kasi, F("Perawat", Mahir, Profil.PerawatD3, wanita: 0.72), 0.06));
                slot.Add(new(Kelompok.RumahSakit, seksi, kasi, F("Perawat", AhliPertama, Profil.Ners, pppk: 0.35, wanita: 0.72), 0.08));
                slot.Add(new(Kelompok.RumahSakit, seksi, kasi, F("Perawat", AhliMuda, Profil.Ners, wanita: 0.72), 0.03));
                slot.Add(new(Kelompok.RumahSakit, seksi, kasi, F("Bidan", Terampil, Profil.BidanD3, pppk: 0.4, wanita: 1), 0.03));
            }

            var umum = b.Unit("Bagian Umum dan Keuangan " + nama, JenisUnitKerja.BidangBagian, unit);
            var kabag = b.Pimpinan(umum, "Kepala Bagian Umum dan Keuangan " + nama, JenisJabatan.Administrator, direktur, Profil.Ekonomi);
            slot.Add(new(Kelompok.RumahSakit, umum, kabag, P("Pengadministrasi Perkantoran", Profil.Sma, pppk: 0.4, wanita: 0.5), 0.06));
            slot.Add(new(Kelompok.RumahSakit, umum, kabag, P("Pengolah Data dan Informasi", Profil.D3, pppk: 0.3), 0.04));
            slot.Add(new(Kelompok.RumahSakit, umum, kabag, P("Penata Layanan Operasional", Profil.Akuntansi), 0.03));
        }
    }

    /// <summary>Spreads <paramref name="sisa"/> employees over the slots: by group share, then by weight (largest remainder).</summary>
    private static void Sebarkan(PembangunRencana b, List<Slot> slot, int sisa)
    {
        var kelompok = slot.Select(s => s.Kelompok).Distinct().ToList();
        var totalPorsi = kelompok.Sum(k => Porsi[k]);
        var bobotKelompok = slot.GroupBy(s => s.Kelompok).ToDictionary(g => g.Key, g => g.Sum(x => x.Bobot));
        var target = slot.Select(s => sisa * Porsi[s.Kelompok] / totalPorsi * s.Bobot / bobotKelompok[s.Kelompok]).ToArray();
        var jumlah = target.Select(t => (int)Math.Floor(t)).ToArray();
        var kurang = sisa - jumlah.Sum();
        foreach (var i in Enumerable.Range(0, slot.Count).OrderByDescending(i => target[i] - jumlah[i]).ThenBy(i => i).Take(kurang))
        {
            jumlah[i]++;
        }

        for (var i = 0; i < slot.Count; i++)
        {
            if (jumlah[i] > 0)
            {
                b.Isi(slot[i].Unit, slot[i].Atasan, slot[i].Staf.Kali(jumlah[i]));
            }
        }
    }
}
