namespace SiKinerja.Domain.Kepegawaian;

/// <summary>PNS (including CPNS) or PPPK (PP 49/2018).</summary>
public enum JenisPegawai
{
    Pns = 1,
    Pppk = 2,
}
