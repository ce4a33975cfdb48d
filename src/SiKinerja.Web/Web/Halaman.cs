using Microsoft.EntityFrameworkCore;

namespace SiKinerja.Web.Web;

/// <summary>One page of a server-side paged list.</summary>
public sealed record Halaman<T>(IReadOnlyList<T> Items, int Nomor, int Ukuran, int Total)
{
    public int JumlahHalaman => Math.Max(1, (int)Math.Ceiling(Total / (double)Ukuran));

    public bool AdaSebelumnya => Nomor > 1;

    public bool AdaBerikutnya => Nomor < JumlahHalaman;
}

public static class HalamanExtensions
{
    public const int UkuranBawaan = 25;
    public const int UkuranMaksimum = 100;

    public static async Task<Halaman<T>> ToHalamanAsync<T>(this IQueryable<T> query, int nomor, int ukuran, CancellationToken ct)
    {
        ukuran = Math.Clamp(ukuran <= 0 ? UkuranBawaan : ukuran, 1, UkuranMaksimum);
        var total = await query.CountAsync(ct);
        var jumlah = Math.Max(1, (int)Math.Ceiling(total / (double)ukuran));
        nomor = Math.Clamp(nomor, 1, jumlah);
        var items = await query.Skip((nomor - 1) * ukuran).Take(ukuran).ToListAsync(ct);
        return new Halaman<T>(items, nomor, ukuran, total);
    }
}
