namespace SiKinerja.Domain.Periode;

public enum StatusTahunKinerja
{
    Dibuka,
    Ditutup,
}
