namespace SiKinerja.Domain.Kepegawaian;

/// <summary>Whether an employee is on the books. Every status but <see cref="Aktif"/> carries a date.</summary>
public enum StatusPegawai
{
    Aktif = 1,
    Pensiun = 2,
    MutasiKeluar = 3,
    Meninggal = 4,
    Diberhentikan = 5,
}
