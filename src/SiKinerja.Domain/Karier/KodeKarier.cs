namespace SiKinerja.Domain.Karier;

/// <summary>Resource keys of the career domain (DomainException codes and eligibility reasons); a unit test checks each has a text.</summary>
public static class KodeKarier
{
    public const string TanggalTerbalik = "Karier.TanggalTerbalik";
    public const string GolonganTidakValid = "Karier.GolonganTidakValid";
}
