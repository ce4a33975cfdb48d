using SiKinerja.Domain.Organisasi;
using SiKinerja.Domain.Skp;

namespace SiKinerja.Web.Demo;

/// <summary>One IKI of a template: aspect, indicator and a target built for the SKP's year.</summary>
internal sealed record IkiDemo(AspekIki Aspek, string Indikator, Func<int, Target> Target);

/// <summary>
/// One RHK of a template; <c>{0}</c> in the text is the unit name. <see cref="Induk"/> is the position (0-based) of the
/// supervisor's RHK it intervenes; null = spread over the supervisor's RHK in order.
/// </summary>
internal sealed record RhkDemo(string Teks, IkiDemo[] Iki, int? Induk = null, bool Tambahan = false);

/// <summary>
/// Small Indonesian SKP templates for the demo: hand-written plans for the demo Pejabat penilai's chain (Sekda →
/// Kepala Dinas Pendidikan → Kepala Bidang Pembinaan SD → Kepala Seksi Kurikulum), and templates by position kind
/// (or a keyword of the position name) for everyone else.
/// </summary>
internal static class DemoSkpTeks
{
    public static IReadOnlyList<RhkDemo> Untuk(string jabatan, JenisJabatan jenis, JenisUnitKerja jenisUnit) =>
        Khusus.TryGetValue(jabatan, out var khusus) ? khusus : Templat(jabatan, jenis, jenisUnit);

    /// <summary>True when the position has a hand-written plan (all of it is used, in order).</summary>
    public static bool AdaKhusus(string jabatan) => Khusus.ContainsKey(jabatan);

    public static readonly string[][] Lampiran =
    [
        ["Anggaran pada DPA {1} Tahun Anggaran {2}", "Sarana kerja: komputer, jaringan internet dan aplikasi SiKinerja", "Dukungan staf dan koordinasi dengan unit terkait"],
        ["Laporan capaian kinerja bulanan kepada pejabat penilai", "Evaluasi capaian kinerja setiap semester bersama pejabat penilai"],
        ["Capaian di bawah ekspektasi memengaruhi predikat kinerja dan tunjangan kinerja", "Pembinaan oleh pejabat penilai bila target tidak tercapai"],
    ];

    public static readonly string[] CatatanKembali =
    [
        "Target kuantitas belum sesuai dengan target unit; mohon disesuaikan dengan rencana kerja tahun ini.",
        "Indikator kualitas belum terukur. Mohon gunakan persentase atau nilai yang dapat diverifikasi.",
        "Mohon tambahkan RHK yang mendukung program prioritas unit dan lengkapi tenggat waktunya.",
    ];

    /// <summary>Ekspektasi khusus pimpinan: a few variants per BerAKHLAK value.</summary>
    public static readonly IReadOnlyDictionary<NilaiBerakhlak, string[]> Ekspektasi = new Dictionary<NilaiBerakhlak, string[]>
    {
        [NilaiBerakhlak.BerorientasiPelayanan] = ["Menanggapi permintaan layanan dari pengguna paling lambat satu hari kerja", "Memberikan layanan yang ramah dan solutif kepada rekan kerja dan masyarakat"],
        [NilaiBerakhlak.Akuntabel] = ["Menyampaikan laporan pekerjaan tepat waktu dan dapat dipertanggungjawabkan", "Menggunakan barang milik daerah secara tertib dan sesuai peruntukannya"],
        [NilaiBerakhlak.Kompeten] = ["Mengikuti paling sedikit satu pengembangan kompetensi yang relevan tahun ini", "Berbagi pengetahuan kepada rekan kerja melalui diskusi rutin"],
        [NilaiBerakhlak.Harmonis] = ["Menjaga suasana kerja yang saling menghargai di lingkungan unit", "Bersedia membantu rekan kerja yang mengalami kesulitan"],
        [NilaiBerakhlak.Loyal] = ["Menjaga kerahasiaan data dan dokumen dinas", "Menjaga nama baik instansi di media sosial dan di masyarakat"],
        [NilaiBerakhlak.Adaptif] = ["Cepat menyesuaikan diri dengan perubahan aplikasi dan tata kerja", "Mengusulkan paling sedikit satu perbaikan cara kerja"],
        [NilaiBerakhlak.Kolaboratif] = ["Aktif berkoordinasi dengan unit lain untuk menyelesaikan pekerjaan bersama", "Terbuka terhadap masukan dan melibatkan rekan dalam pekerjaan tim"],
    };

    /// <summary>The seven expectations the Kepala Dinas wrote on the demo Pejabat penilai's SKP.</summary>
    public static readonly IReadOnlyDictionary<NilaiBerakhlak, string> EkspektasiKabidSd = new Dictionary<NilaiBerakhlak, string>
    {
        [NilaiBerakhlak.BerorientasiPelayanan] = "Menindaklanjuti pengaduan sekolah dan orang tua murid paling lambat tiga hari kerja",
        [NilaiBerakhlak.Akuntabel] = "Menyampaikan laporan capaian program pembinaan SD setiap triwulan tepat waktu",
        [NilaiBerakhlak.Kompeten] = "Memimpin diseminasi praktik baik Kurikulum Merdeka kepada kepala sekolah dan pengawas",
        [NilaiBerakhlak.Harmonis] = "Membangun komunikasi yang baik dengan kepala sekolah, komite sekolah dan bidang lain",
        [NilaiBerakhlak.Loyal] = "Menjaga kerahasiaan data peserta didik dan hasil asesmen nasional",
        [NilaiBerakhlak.Adaptif] = "Mendorong pemanfaatan Platform Merdeka Mengajar dan Rapor Pendidikan di seluruh SD",
        [NilaiBerakhlak.Kolaboratif] = "Berkoordinasi dengan Bappeda dan BPKAD dalam perencanaan rehabilitasi ruang kelas",
    };

    private static IkiDemo Jumlah(string indikator, decimal nilai, string satuan) => new(AspekIki.Kuantitas, indikator, _ => Target.Angka(nilai, satuan));

    private static IkiDemo Mutu(string indikator, decimal nilai, string satuan = "%") => new(AspekIki.Kualitas, indikator, _ => Target.Angka(nilai, satuan));

    private static IkiDemo Mutu(string indikator, decimal min, decimal max, string satuan = "%") =>
        new(AspekIki.Kualitas, indikator, _ => Target.Rentang(min, max, satuan));

    private static IkiDemo Tenggat(string indikator, int bulan, int hari) =>
        new(AspekIki.Waktu, indikator, tahun => Target.Tenggat(new DateOnly(tahun, bulan, hari)));

    private static IkiDemo Bulan(string indikator, int bulan = 12) => new(AspekIki.Waktu, indikator, _ => Target.Angka(bulan, "bulan"));

    private static readonly Dictionary<string, RhkDemo[]> Khusus = new(StringComparer.Ordinal)
    {
        ["Sekretaris Daerah"] =
        [
            new("Meningkatnya kualitas tata kelola pemerintahan daerah",
                [Mutu("Nilai Indeks Reformasi Birokrasi Pemerintah Kabupaten", 70, 75, "indeks"), Tenggat("Evaluasi reformasi birokrasi selesai", 11, 30)]),
            new("Meningkatnya akuntabilitas kinerja perangkat daerah",
                [Mutu("Nilai SAKIP Pemerintah Kabupaten", 70, "nilai"), Jumlah("Jumlah perangkat daerah yang menyusun Perjanjian Kinerja", 14, "perangkat daerah"), Tenggat("LKjIP Pemerintah Kabupaten disampaikan", 3, 31)]),
            new("Meningkatnya kualitas pelayanan publik perangkat daerah",
                [Mutu("Indeks Kepuasan Masyarakat", 82, 88, "indeks"), Bulan("Pemantauan pelayanan publik berjalan")]),
            new("Terkendalinya pelaksanaan program pembangunan daerah",
                [Mutu("Persentase realisasi fisik program prioritas", 90, 100), Jumlah("Jumlah rapat pengendalian pembangunan", 4, "rapat"), Bulan("Pengendalian dilaksanakan")]),
        ],
        ["Kepala Dinas Pendidikan dan Kebudayaan"] =
        [
            new("Meningkatnya mutu dan pemerataan layanan pendidikan dasar",
                [Mutu("Persentase satuan pendidikan dasar dengan nilai Rapor Pendidikan kategori baik", 60, 70), Jumlah("Angka Partisipasi Murni SD/SMP", 97, "%"), Bulan("Program berjalan sepanjang tahun")], 2),
            new("Meningkatnya kompetensi pendidik dan tenaga kependidikan",
                [Jumlah("Jumlah guru yang mengikuti pelatihan berbasis kompetensi", 450, "orang"), Mutu("Persentase guru berkualifikasi S1/D4", 95), Tenggat("Pemetaan kebutuhan guru selesai", 6, 30)], 0),
            new("Terpenuhinya sarana dan prasarana pendidikan sesuai standar",
                [Jumlah("Jumlah ruang kelas yang direhabilitasi", 60, "ruang kelas"), Mutu("Persentase ruang kelas dalam kondisi baik", 80, 90), Tenggat("Rehabilitasi selesai", 11, 30)], 3),
            new("Terlestarikannya cagar budaya dan kebudayaan daerah",
                [Jumlah("Jumlah objek cagar budaya yang ditetapkan dan dilestarikan", 5, "objek"), Bulan("Pelestarian berjalan", 12)], 2),
        ],
        ["Kepala Bidang Pembinaan Sekolah Dasar"] =
        [
            new("Meningkatnya mutu pembelajaran pada satuan pendidikan sekolah dasar",
                [Jumlah("Jumlah SD yang menerapkan Kurikulum Merdeka secara penuh", 312, "sekolah"), Mutu("Persentase SD dengan capaian literasi Rapor Pendidikan kategori baik", 60, 70), Tenggat("Laporan evaluasi mutu pembelajaran SD tersusun", 12, 15)], 0),
            new("Meningkatnya angka partisipasi pendidikan sekolah dasar",
                [Jumlah("Angka Partisipasi Murni SD", 98, "%"), Mutu("Persentase anak tidak sekolah usia SD yang kembali bersekolah", 75), Bulan("Pendataan dan pendampingan berjalan")], 0),
            new("Terlaksananya penguatan pendidikan karakter peserta didik sekolah dasar",
                [Jumlah("Jumlah kegiatan pembinaan karakter dan kesiswaan yang difasilitasi", 12, "kegiatan"), Mutu("Persentase SD yang melaksanakan projek penguatan profil pelajar Pancasila", 90, 100), Bulan("Pembinaan berjalan")], 0),
            new("Tersedianya sarana dan prasarana sekolah dasar sesuai standar nasional pendidikan",
                [Jumlah("Jumlah ruang kelas SD yang direhabilitasi", 24, "ruang kelas"), Mutu("Persentase ruang kelas SD dalam kondisi baik", 80, 90), Tenggat("Rehabilitasi ruang kelas SD selesai", 11, 30)], 2),
            new("Terselenggaranya Asesmen Nasional Berbasis Komputer jenjang SD",
                [Jumlah("Jumlah SD pelaksana ANBK", 312, "sekolah"), Mutu("Persentase peserta ANBK yang mengikuti asesmen", 98, 100), Tenggat("ANBK jenjang SD selesai dilaksanakan", 9, 30)], 0, Tambahan: true),
        ],
        ["Kepala Seksi Kurikulum dan Penilaian Sekolah Dasar"] =
        [
            new("Terlaksananya pendampingan implementasi Kurikulum Merdeka di sekolah dasar",
                [Jumlah("Jumlah SD yang didampingi penyusunan kurikulum operasional", 80, "sekolah"), Mutu("Persentase kurikulum operasional SD yang memenuhi standar", 85, 95), Tenggat("Pendampingan selesai", 10, 31)], 0),
            new("Tersusunnya analisis hasil Rapor Pendidikan sekolah dasar",
                [Jumlah("Jumlah dokumen analisis Rapor Pendidikan tingkat kabupaten", 1, "dokumen"), Mutu("Persentase SD yang menerima umpan balik perencanaan berbasis data", 90), Tenggat("Dokumen analisis selesai", 6, 30)], 0),
            new("Terselenggaranya penilaian hasil belajar dan ANBK jenjang SD",
                [Jumlah("Jumlah sekolah yang difasilitasi pelaksanaan ANBK", 312, "sekolah"), Mutu("Persentase sekolah yang menyelesaikan ANBK sesuai jadwal", 98, 100), Tenggat("Laporan pelaksanaan ANBK disampaikan", 10, 15)], 4),
            new("Meningkatnya kompetensi guru SD dalam asesmen pembelajaran",
                [Jumlah("Jumlah guru SD yang mengikuti bimbingan teknis asesmen", 150, "orang"), Mutu("Rata-rata nilai pascauji peserta bimbingan teknis", 80, "nilai"), Bulan("Bimbingan teknis dilaksanakan", 8)], 0),
        ],
    };

    private static RhkDemo[] Templat(string jabatan, JenisJabatan jenis, JenisUnitKerja jenisUnit)
    {
        bool Ada(params string[] kata) => kata.Any(k => jabatan.Contains(k, StringComparison.Ordinal));

        if (jenis == JenisJabatan.Pengawas && jenisUnit == JenisUnitKerja.Upt && Ada("SD Negeri", "SMP Negeri"))
        {
            return KepalaSekolah;
        }

        if (jenis == JenisJabatan.Pengawas && Ada("Puskesmas") && !Ada("Tata Usaha"))
        {
            return KepalaPuskesmas;
        }

        return jenis switch
        {
            JenisJabatan.JptUtama or JenisJabatan.JptMadya or JenisJabatan.JptPratama => Jpt,
            JenisJabatan.Administrator => Administrator,
            JenisJabatan.Pengawas => Pengawas,
            _ when Ada("Guru") => Guru,
            _ when Ada("Dokter", "Perawat", "Bidan", "Apoteker", "Nutrisionis", "Sanitarian", "Laboratorium", "Epidemiolog", "Penyuluh Kesehatan", "Administrator Kesehatan") => Kesehatan,
            _ when Ada("Auditor", "Pengawas Penyelenggaraan") => Pengawasan,
            _ when Ada("Pranata Komputer", "Sandiman", "Statistisi") => Informatika,
            JenisJabatan.FungsionalKeahlian or JenisJabatan.FungsionalKeterampilan => Fungsional,
            _ when Ada("Pengadministrasi", "Operator", "Pengelola Umum") => Administrasi,
            _ when Ada("Penata Layanan Operasional") => Keuangan,
            _ when Ada("Pengolah Data") => Data,
            _ => Pelaksana,
        };
    }

    private static readonly RhkDemo[] Jpt =
    [
        new("Meningkatnya capaian kinerja {0} sesuai Perjanjian Kinerja",
            [Mutu("Persentase indikator Perjanjian Kinerja yang tercapai", 90, 100), Tenggat("Laporan kinerja perangkat daerah disampaikan", 2, 28)]),
        new("Meningkatnya kualitas layanan publik {0}",
            [Mutu("Indeks Kepuasan Masyarakat terhadap layanan", 82, 88, "indeks"), Jumlah("Jumlah survei kepuasan masyarakat yang dilaksanakan", 2, "survei"), Bulan("Layanan dipantau")]),
        new("Terwujudnya pengelolaan anggaran {0} yang akuntabel",
            [Mutu("Persentase realisasi anggaran", 90, 98), Mutu("Persentase temuan pemeriksaan keuangan yang ditindaklanjuti", 90, 100), Bulan("Pengendalian anggaran")]),
        new("Terlaksananya program prioritas daerah pada {0}",
            [Jumlah("Jumlah program prioritas yang dilaksanakan", 4, "program"), Mutu("Persentase realisasi fisik program prioritas", 90, 100), Tenggat("Seluruh program prioritas selesai", 12, 15)]),
    ];

    private static readonly RhkDemo[] Administrator =
    [
        new("Terlaksananya program dan kegiatan {0} sesuai rencana kerja",
            [Jumlah("Jumlah kegiatan yang dilaksanakan", 8, "kegiatan"), Mutu("Persentase realisasi kegiatan sesuai jadwal", 90, 100), Tenggat("Laporan pelaksanaan kegiatan tersusun", 12, 20)]),
        new("Meningkatnya kualitas perencanaan dan pelaporan {0}",
            [Jumlah("Jumlah dokumen perencanaan dan pelaporan yang disusun", 6, "dokumen"), Mutu("Persentase dokumen yang diterima tanpa perbaikan", 85), Bulan("Pelaporan rutin")]),
        new("Meningkatnya kinerja pegawai di lingkungan {0}",
            [Jumlah("Jumlah pegawai yang dibina dan dievaluasi kinerjanya", 6, "orang"), Mutu("Persentase pegawai dengan predikat kinerja minimal Baik", 90, 100), Tenggat("Evaluasi kinerja tahunan selesai", 12, 31)]),
        new("Terselesaikannya tindak lanjut rekomendasi hasil pemeriksaan pada {0}",
            [Mutu("Persentase rekomendasi yang ditindaklanjuti", 90, 100), Tenggat("Tindak lanjut selesai", 9, 30)]),
    ];

    private static readonly RhkDemo[] Pengawas =
    [
        new("Terlaksananya kegiatan {0} sesuai rencana",
            [Jumlah("Jumlah kegiatan yang dilaksanakan", 6, "kegiatan"), Mutu("Persentase kegiatan yang selesai sesuai jadwal", 90, 100), Bulan("Pelaksanaan kegiatan")]),
        new("Tersusunnya laporan dan bahan kebijakan {0}",
            [Jumlah("Jumlah laporan dan telaahan yang disusun", 12, "laporan"), Mutu("Persentase laporan yang diterima tanpa perbaikan", 85), Tenggat("Laporan tahunan disampaikan", 12, 15)]),
        new("Meningkatnya tertib administrasi dan data {0}",
            [Jumlah("Jumlah data dan arsip yang dimutakhirkan", 4, "dokumen"), Mutu("Persentase data yang akurat saat diverifikasi", 95, 100), Bulan("Pemutakhiran data")]),
        new("Terbinanya staf pelaksana di {0}",
            [Jumlah("Jumlah pertemuan pembinaan staf", 12, "kali"), Mutu("Persentase staf dengan predikat kinerja minimal Baik", 90, 100), Bulan("Pembinaan berjalan")]),
    ];

    private static readonly RhkDemo[] KepalaSekolah =
    [
        new("Meningkatnya mutu pembelajaran di {0}",
            [Mutu("Persentase murid mencapai kompetensi minimum literasi", 70, 80), Jumlah("Jumlah supervisi akademik kepada guru", 2, "kali per guru"), Tenggat("Laporan supervisi akademik tersusun", 12, 15)]),
        new("Terlaksananya pengelolaan dana BOS {0} yang akuntabel",
            [Mutu("Persentase realisasi dana BOS sesuai RKAS", 95, 100), Jumlah("Jumlah laporan penggunaan dana BOS", 2, "laporan"), Tenggat("Laporan BOS semester II disampaikan", 12, 31)]),
        new("Terwujudnya lingkungan {0} yang aman dan ramah anak",
            [Jumlah("Jumlah kegiatan penguatan karakter", 6, "kegiatan"), Mutu("Persentase kasus perundungan yang ditangani", 100), Bulan("Program sekolah ramah anak")]),
    ];

    private static readonly RhkDemo[] KepalaPuskesmas =
    [
        new("Meningkatnya cakupan pelayanan kesehatan dasar di wilayah {0}",
            [Mutu("Persentase capaian Standar Pelayanan Minimal bidang kesehatan", 90, 100), Jumlah("Jumlah posyandu yang dibina", 40, "posyandu"), Bulan("Pelayanan berjalan")]),
        new("Menurunnya prevalensi stunting di wilayah kerja {0}",
            [Mutu("Prevalensi stunting balita", 14, "%"), Jumlah("Jumlah balita berisiko yang didampingi", 120, "balita"), Tenggat("Evaluasi penanganan stunting", 11, 30)]),
        new("Terwujudnya tata kelola {0} yang terakreditasi",
            [Mutu("Persentase elemen akreditasi yang terpenuhi", 85, 100), Tenggat("Dokumen akreditasi lengkap", 8, 31)]),
    ];

    private static readonly RhkDemo[] Guru =
    [
        new("Terlaksananya pembelajaran yang berpusat pada murid",
            [Jumlah("Jumlah modul ajar yang disusun", 12, "modul"), Mutu("Persentase murid mencapai tujuan pembelajaran", 75, 85), Bulan("Pembelajaran semester ganjil dan genap")]),
        new("Terlaksananya asesmen dan pelaporan hasil belajar murid",
            [Jumlah("Jumlah rapor murid yang diselesaikan", 32, "rapor"), Mutu("Persentase rapor yang diserahkan tanpa perbaikan", 95, 100), Tenggat("Rapor semester genap diserahkan", 6, 20)]),
        new("Meningkatnya kompetensi pedagogik melalui pengembangan diri",
            [Jumlah("Jumlah pelatihan mandiri yang diselesaikan di Platform Merdeka Mengajar", 4, "pelatihan"), Bulan("Pengembangan diri", 12)]),
        new("Terlaksananya kegiatan ekstrakurikuler dan pembinaan karakter murid",
            [Jumlah("Jumlah kegiatan pembinaan karakter yang dibimbing", 8, "kegiatan"), Mutu("Persentase murid aktif mengikuti kegiatan", 80, 90)], Tambahan: true),
    ];

    private static readonly RhkDemo[] Kesehatan =
    [
        new("Terlaksananya pelayanan kesehatan sesuai standar profesi",
            [Jumlah("Jumlah pasien yang dilayani", 1800, "pasien"), Mutu("Persentase pelayanan sesuai standar operasional prosedur", 95, 100), Bulan("Pelayanan berjalan")]),
        new("Terlaksananya kegiatan kesehatan masyarakat di wilayah kerja",
            [Jumlah("Jumlah kegiatan penyuluhan dan kunjungan lapangan", 24, "kegiatan"), Mutu("Persentase sasaran yang terjangkau", 85, 95), Bulan("Kegiatan luar gedung")]),
        new("Tersusunnya pencatatan dan pelaporan pelayanan kesehatan",
            [Jumlah("Jumlah laporan bulanan", 12, "laporan"), Mutu("Persentase laporan tepat waktu", 95, 100), Tenggat("Laporan tahunan disampaikan", 12, 31)]),
    ];

    private static readonly RhkDemo[] Pengawasan =
    [
        new("Terlaksananya audit dan reviu atas perangkat daerah",
            [Jumlah("Jumlah penugasan audit dan reviu yang diselesaikan", 10, "penugasan"), Mutu("Persentase laporan hasil pengawasan yang diterima tanpa revisi", 85, 95), Tenggat("Seluruh penugasan PKPT selesai", 12, 15)]),
        new("Terpantaunya tindak lanjut hasil pemeriksaan",
            [Jumlah("Jumlah perangkat daerah yang dipantau tindak lanjutnya", 6, "perangkat daerah"), Mutu("Persentase rekomendasi yang ditindaklanjuti", 85), Bulan("Pemantauan triwulanan")]),
        new("Terlaksananya pendampingan penerapan manajemen risiko",
            [Jumlah("Jumlah perangkat daerah yang didampingi", 4, "perangkat daerah"), Tenggat("Pendampingan selesai", 10, 31)]),
    ];

    private static readonly RhkDemo[] Informatika =
    [
        new("Tersedianya layanan sistem informasi dan data yang andal",
            [Mutu("Persentase ketersediaan layanan aplikasi", 98, 100), Jumlah("Jumlah gangguan layanan yang ditangani", 60, "tiket"), Bulan("Pemeliharaan sistem")]),
        new("Terlaksananya pengembangan dan pemeliharaan aplikasi",
            [Jumlah("Jumlah modul aplikasi yang dikembangkan atau diperbarui", 4, "modul"), Mutu("Persentase modul yang lulus uji penerimaan", 90, 100), Tenggat("Pengembangan selesai", 11, 30)]),
        new("Terjaganya keamanan dan kualitas data",
            [Jumlah("Jumlah pencadangan data yang diuji pemulihannya", 4, "kali"), Mutu("Persentase data valid saat pemadanan", 95, 100), Bulan("Pengamanan data")]),
    ];

    private static readonly RhkDemo[] Fungsional =
    [
        new("Tersusunnya kajian dan rekomendasi teknis sesuai bidang jabatan",
            [Jumlah("Jumlah kajian atau telaahan yang disusun", 4, "dokumen"), Mutu("Persentase rekomendasi yang digunakan pimpinan", 75, 90), Tenggat("Kajian terakhir diselesaikan", 11, 30)]),
        new("Terlaksananya pelayanan teknis sesuai standar jabatan fungsional",
            [Jumlah("Jumlah kegiatan teknis yang diselesaikan", 24, "kegiatan"), Mutu("Persentase hasil kerja sesuai standar", 90, 100), Bulan("Pelaksanaan tugas jabatan")]),
        new("Terlaksananya pengembangan profesi",
            [Jumlah("Jumlah kegiatan pengembangan profesi yang diikuti", 2, "kegiatan"), Bulan("Pengembangan profesi", 12)], Tambahan: true),
    ];

    private static readonly RhkDemo[] Administrasi =
    [
        new("Tertatanya administrasi persuratan dan kearsipan {0}",
            [Jumlah("Jumlah surat masuk dan keluar yang diagendakan", 600, "surat"), Mutu("Persentase surat terdistribusi pada hari yang sama", 95, 100), Bulan("Pengelolaan persuratan")]),
        new("Tersedianya dukungan administrasi kegiatan {0}",
            [Jumlah("Jumlah kegiatan yang didukung administrasinya", 12, "kegiatan"), Mutu("Persentase dokumen kegiatan yang lengkap", 95, 100), Bulan("Dukungan administrasi")]),
        new("Terpeliharanya data inventaris dan perlengkapan kantor",
            [Jumlah("Jumlah pemutakhiran data inventaris", 2, "kali"), Tenggat("Inventarisasi akhir tahun selesai", 12, 20)]),
    ];

    private static readonly RhkDemo[] Keuangan =
    [
        new("Tertatanya penatausahaan keuangan {0}",
            [Jumlah("Jumlah dokumen pertanggungjawaban yang diverifikasi", 240, "dokumen"), Mutu("Persentase SPJ yang lengkap dan sah", 95, 100), Bulan("Penatausahaan keuangan")]),
        new("Tersusunnya laporan keuangan {0} tepat waktu",
            [Jumlah("Jumlah laporan realisasi anggaran yang disusun", 12, "laporan"), Tenggat("Laporan keuangan tahunan disusun", 12, 31)]),
        new("Terlaksananya pengelolaan barang milik daerah yang tertib",
            [Jumlah("Jumlah rekonsiliasi aset yang dilaksanakan", 2, "kali"), Mutu("Persentase aset yang tercatat sesuai kondisi", 95, 100)]),
    ];

    private static readonly RhkDemo[] Data =
    [
        new("Tersedianya data {0} yang mutakhir dan akurat",
            [Jumlah("Jumlah basis data yang dimutakhirkan", 4, "basis data"), Mutu("Persentase data valid saat verifikasi", 95, 100), Bulan("Pemutakhiran data")]),
        new("Tersusunnya rekapitulasi dan laporan data {0}",
            [Jumlah("Jumlah laporan rekapitulasi data", 12, "laporan"), Mutu("Persentase laporan tanpa koreksi", 90, 100), Tenggat("Rekapitulasi tahunan selesai", 12, 15)]),
        new("Terlaksananya layanan permintaan data",
            [Jumlah("Jumlah permintaan data yang dilayani", 50, "permintaan"), Mutu("Persentase permintaan data dilayani paling lama 3 hari kerja", 90, 100)]),
    ];

    private static readonly RhkDemo[] Pelaksana =
    [
        new("Terlaksananya tugas teknis operasional {0}",
            [Jumlah("Jumlah pekerjaan teknis yang diselesaikan", 48, "pekerjaan"), Mutu("Persentase pekerjaan selesai tanpa keluhan", 90, 100), Bulan("Pelaksanaan tugas")]),
        new("Terpeliharanya sarana dan prasarana kerja {0}",
            [Jumlah("Jumlah pemeriksaan dan pemeliharaan rutin", 12, "kali"), Mutu("Persentase sarana dalam kondisi baik", 90, 100), Bulan("Pemeliharaan rutin")]),
        new("Tersusunnya laporan pelaksanaan tugas",
            [Jumlah("Jumlah laporan bulanan", 12, "laporan"), Tenggat("Laporan akhir tahun disampaikan", 12, 20)]),
    ];
}
