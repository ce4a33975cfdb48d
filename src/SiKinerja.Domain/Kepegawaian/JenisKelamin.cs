namespace SiKinerja.Domain.Kepegawaian;

/// <summary>Digit 15 of the NIP (Perka BKN 22/2007): 1 = pria, 2 = wanita.</summary>
public enum JenisKelamin
{
    Pria = 1,
    Wanita = 2,
}
