namespace SiKinerja.Domain.Pengembangan;

/// <summary>
/// Kinds of competency development (PerLAN 5/2018): classical (pelatihan in a classroom) and non-classical routes.
/// Stored by name; <see cref="AturanJp.Jalur"/> tells which route a kind belongs to.
/// </summary>
public enum JenisKegiatanPengembangan
{
    /// <summary>Pendidikan dan pelatihan (Latsar, PKA, PKP, pelatihan teknis/fungsional).</summary>
    Diklat = 1,
    Kursus = 2,
    Seminar = 3,
    Workshop = 4,
    ELearning = 5,
    Coaching = 6,
    Mentoring = 7,
    Detasering = 8,
    Benchmarking = 9,
    Magang = 10,
    PertukaranPegawai = 11,
    BelajarMandiri = 12,
    Lainnya = 99,
}

/// <summary>Jalur pengembangan kompetensi (PerLAN 5/2018).</summary>
public enum JalurPengembangan
{
    Klasikal = 1,
    NonKlasikal = 2,
}

/// <summary>Competency kinds of the Standar Kompetensi Jabatan (PermenPANRB 38/2017).</summary>
public enum JenisKompetensi
{
    Teknis = 1,
    Manajerial = 2,
    SosialKultural = 3,
}

/// <summary>A development record: recorded by the employee, then verified (or refused) by the pejabat penilai or the Admin BKD.</summary>
public enum StatusKegiatan
{
    Diajukan = 1,
    Terverifikasi = 2,
    Ditolak = 3,
}

/// <summary>Where a development need was recorded.</summary>
public enum AsalKebutuhan
{
    /// <summary>Elsewhere (an import, the demo data, a record without a source).</summary>
    Lainnya = 0,

    /// <summary>The scoring page of one SKP in one evaluation period.</summary>
    EvaluasiPeriodik = 1,

    /// <summary>The annual evaluation of the need's year.</summary>
    EvaluasiTahunan = 2,
}

/// <summary>A development need (rekomendasi pengembangan) recorded from an evaluation.</summary>
public enum StatusKebutuhan
{
    Terbuka = 1,

    /// <summary>A verified development activity that names this need completed it.</summary>
    Selesai = 2,

    Dibatalkan = 3,
}
