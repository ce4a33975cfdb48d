namespace SiKinerja.Domain.Skp;

/// <summary>The seven BerAKHLAK core values (SE MenPANRB 20/2021; DOMAIN.md §2), in their official order.</summary>
public enum NilaiBerakhlak
{
    BerorientasiPelayanan = 1,
    Akuntabel = 2,
    Kompeten = 3,
    Harmonis = 4,
    Loyal = 5,
    Adaptif = 6,
    Kolaboratif = 7,
}

/// <summary>
/// One BerAKHLAK value with its meaning and its three panduan perilaku, printed in full in the PERILAKU KERJA
/// table of the SKP (DOMAIN.md §2, SE MenPANRB 20/2021). The text is the regulation's own wording, so it lives
/// here verbatim rather than in the resource files (it is not translated).
/// </summary>
public sealed record PerilakuKerja(NilaiBerakhlak Nilai, string Nama, string Makna, IReadOnlyList<string> Indikator)
{
    /// <summary>The catalogue: 7 values × 3 indicators, in the order of DOMAIN.md §2.</summary>
    public static IReadOnlyList<PerilakuKerja> Semua { get; } =
    [
        new(NilaiBerakhlak.BerorientasiPelayanan, "Berorientasi Pelayanan", "pelayanan prima demi kepuasan masyarakat",
        [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ]),
        new(NilaiBerakhlak.Akuntabel, "Akuntabel", "bertanggung jawab atas kepercayaan yang diberikan",
        [
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ]),
        new(NilaiBerakhlak.Kompeten, "Kompeten", "terus belajar dan mengembangkan kapabilitas",
        [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ]),
        new(NilaiBerakhlak.Harmonis, "Harmonis", "saling peduli dan menghargai perbedaan",
        [
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ]),
        new(NilaiBerakhlak.Loyal, "Loyal", "berdedikasi, mengutamakan kepentingan bangsa dan negara",
        [
            "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara",
        ]),
        new(NilaiBerakhlak.Adaptif, "Adaptif", "terus berinovasi dan antusias menghadapi perubahan",
        [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ]),
        new(NilaiBerakhlak.Kolaboratif, "Kolaboratif", "membangun kerja sama yang sinergis",
        [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ]),
    ];

    public static PerilakuKerja Dari(NilaiBerakhlak nilai) => Semua.First(p => p.Nilai == nilai);
}
