using SiKinerja.Domain.Common;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Pengembangan;

namespace SiKinerja.Domain.Karier;

/// <summary>
/// One step of an employee's pangkat/golongan history with its TMT and decree (SK kenaikan pangkat). The current one is also
/// on <see cref="Pegawai.GolonganKode"/> and <see cref="Pegawai.TmtGolongan"/>. Recorded by the Admin BKD. Audited and versioned.
/// </summary>
public class RiwayatPangkat : IAuditable
{
    public const int NomorSkMaxLength = 100;
    public const int GolonganMaxLength = Golongan.KodeMaxLength;

    private RiwayatPangkat()
    {
        GolonganKode = string.Empty;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    public string GolonganKode { get; private set; }

    public DateOnly Tmt { get; private set; }

    public string? NomorSk { get; private set; }

    public DateOnly? TanggalSk { get; private set; }

    public int Version { get; set; }

    public static RiwayatPangkat Catat(int pegawaiId, Golongan golongan, DateOnly tmt, string? nomorSk, DateOnly? tanggalSk)
    {
        var r = new RiwayatPangkat { PegawaiId = pegawaiId };
        r.Ubah(golongan, tmt, nomorSk, tanggalSk);
        return r;
    }

    public void Ubah(Golongan golongan, DateOnly tmt, string? nomorSk, DateOnly? tanggalSk)
    {
        GolonganKode = golongan?.Kode ?? throw new DomainException(KodeKarier.GolonganTidakValid);
        Tmt = tmt;
        NomorSk = Teks.Opsional(nomorSk, NomorSkMaxLength);
        TanggalSk = tanggalSk;
    }
}
