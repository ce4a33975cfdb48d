using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using SiKinerja.Infrastructure.Data;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Matches the rows of a file against the database, once, with everything loaded into dictionaries:
/// units by <c>UnitKerja.Kode</c> = UNOR ID, positions by <c>Jabatan.Kode</c> (see <see cref="KodeJabatan"/>),
/// employees by NIP. Adds the errors only the database can reveal and says what a write would change.
/// </summary>
public static partial class PerencanaImpor
{
    public const string KolomNip = "NIP BARU";
    public const string KolomUnorId = "UNOR ID";
    public const string KolomUnorInduk = "UNOR INDUK ID";
    public const string KolomJabatan = "JABATAN NAMA";
    public const int ContohMaksimum = 200;

    public static async Task<RencanaImpor> RencanakanAsync(AppDbContext db, HasilBacaImpor hasil, DateOnly hariIni, CancellationToken ct)
    {
        var data = await DataAda.MuatAsync(db, ct);
        var rencana = new RencanaImpor(data, hasil.JumlahBarisData, hariIni);
        rencana.Galat.AddRange(hasil.Galat);
        rencana.Peringatan.AddRange(hasil.Peringatan);
        var baris = BuangNipGanda(hasil.Baris, rencana.Galat);
        RencanakanUnit(baris, rencana);
        RencanakanJabatan(baris, rencana);
        RencanakanPegawai(baris, rencana);
        rencana.Galat.Sort((a, b) => a.Baris != b.Baris ? a.Baris.CompareTo(b.Baris) : string.CompareOrdinal(a.Kolom, b.Kolom));
        return rencana;
    }

    /// <summary>SIASN's JABATAN ID names a position kind shared by every unit, so the key is per unit.</summary>
    public static string KodeJabatan(string? jabatanId, string jabatanNama, string unorId)
    {
        var dasar = string.IsNullOrWhiteSpace(jabatanId) ? NormalisasiNama(jabatanNama) : jabatanId.Trim();
        var kode = $"{dasar}@{unorId.Trim()}";
        return kode.Length <= Domain.Organisasi.Jabatan.KodeMaxLength
            ? kode
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(kode)));
    }

    public static string NormalisasiNama(string nama) => Spasi().Replace(nama.Trim().ToUpperInvariant(), " ");

    /// <summary>The reader reports duplicate NIPs; this guards the plan if a duplicate still gets through.</summary>
    private static List<BarisImpor> BuangNipGanda(IReadOnlyList<BarisImpor> baris, List<GalatImpor> galat)
    {
        var terlihat = new Dictionary<string, int>(StringComparer.Ordinal);
        var hasil = new List<BarisImpor>(baris.Count);
        foreach (var b in baris)
        {
            if (terlihat.TryAdd(b.Nip, b.Baris))
            {
                hasil.Add(b);
            }
            else
            {
                galat.Add(new GalatImpor(b.Baris, KolomNip, "Impor.NipGanda", [terlihat[b.Nip].ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            }
        }

        return hasil;
    }

    private static void RencanakanUnit(List<BarisImpor> baris, RencanaImpor r)
    {
        // One entry per UNOR ID; rows that disagree about a unit's parent are errors.
        var unitFile = new Dictionary<string, (string Nama, string? Induk, int Baris)>(StringComparer.Ordinal);
        foreach (var b in baris)
        {
            var induk = string.IsNullOrWhiteSpace(b.UnorIndukId) ? null : b.UnorIndukId.Trim();
            if (unitFile.TryGetValue(b.UnorId, out var ada))
            {
                if (induk is not null && ada.Induk is not null && ada.Induk != induk)
                {
                    r.Galat.Add(new GalatImpor(b.Baris, KolomUnorInduk, "Impor.UnorIndukBerbeda", [ada.Baris.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                }
                else if (ada.Induk is null && induk is not null)
                {
                    unitFile[b.UnorId] = (ada.Nama, induk, ada.Baris);
                }

                continue;
            }

            unitFile[b.UnorId] = (b.UnorNama, induk, b.Baris);
        }

        r.PerluRoot = r.Data.RootId is null;
        var kedalaman = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kode, u) in unitFile)
        {
            if (r.Data.UnitPerKode.ContainsKey(kode))
            {
                continue;
            }

            var d = Kedalaman(kode, unitFile, r, kedalaman, []);
            if (d < 0)
            {
                continue;
            }

            r.UnitBaru.Add(new UnitBaru(kode, u.Nama, u.Induk, d));
        }

        r.UnitBaru.Sort((a, b) => a.Kedalaman.CompareTo(b.Kedalaman));
    }

    /// <summary>Depth under the Pemda root (root = 0), or -1 when the parent is unknown or the chain loops (error added).</summary>
    private static int Kedalaman(
        string kode,
        Dictionary<string, (string Nama, string? Induk, int Baris)> unitFile,
        RencanaImpor r,
        Dictionary<string, int> memo,
        HashSet<string> jalur)
    {
        if (memo.TryGetValue(kode, out var m))
        {
            return m;
        }

        if (r.Data.UnitPerKode.TryGetValue(kode, out var adaId))
        {
            return memo[kode] = r.Data.KedalamanUnit(adaId);
        }

        var u = unitFile[kode];
        if (!jalur.Add(kode))
        {
            r.Galat.Add(new GalatImpor(u.Baris, KolomUnorInduk, "Impor.UnorSiklus", [kode]));
            return memo[kode] = -1;
        }

        int hasil;
        if (u.Induk is null)
        {
            hasil = 1;
        }
        else if (u.Induk == kode)
        {
            r.Galat.Add(new GalatImpor(u.Baris, KolomUnorInduk, "Impor.UnorIndukSama", []));
            hasil = -1;
        }
        else if (!unitFile.ContainsKey(u.Induk) && !r.Data.UnitPerKode.ContainsKey(u.Induk))
        {
            r.Galat.Add(new GalatImpor(u.Baris, KolomUnorInduk, "Impor.UnorIndukTidakDikenal", [u.Induk]));
            hasil = -1;
        }
        else
        {
            var d = Kedalaman(u.Induk, unitFile, r, memo, jalur);
            hasil = d < 0 ? -1 : d + 1;
        }

        jalur.Remove(kode);
        return memo[kode] = hasil;
    }

    private static void RencanakanJabatan(List<BarisImpor> baris, RencanaImpor r)
    {
        var pemegangManajerial = new Dictionary<string, int>(StringComparer.Ordinal);
        var baru = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in baris)
        {
            var kode = KodeJabatan(b.JabatanId, b.JabatanNama, b.UnorId);
            r.KodeJabatanBaris[b.Baris] = kode;
            if (b.JenisJabatan.IsManajerial())
            {
                if (pemegangManajerial.TryGetValue(kode, out var barisLain))
                {
                    r.Galat.Add(new GalatImpor(b.Baris, KolomJabatan, "Impor.JabatanManajerialGanda", [b.JabatanNama, barisLain.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                }
                else
                {
                    pemegangManajerial[kode] = b.Baris;
                }
            }

            if (!r.Data.JabatanPerKode.ContainsKey(kode) && baru.Add(kode))
            {
                r.JabatanBaru.Add(new JabatanBaru(kode, b.JabatanNama.Trim(), b.JenisJabatan, b.Jenjang, b.UnorId));
            }
        }
    }

    private static void RencanakanPegawai(List<BarisImpor> baris, RencanaImpor r)
    {
        foreach (var b in baris)
        {
            if (Golongan.Find(b.GolonganKode, b.JenisPegawai) is null)
            {
                r.Galat.Add(new GalatImpor(b.Baris, null, "Impor.GolonganTidakSesuai", [b.GolonganKode]));
                continue;
            }

            if (!r.Data.PegawaiPerNip.TryGetValue(b.Nip, out var ada))
            {
                r.PegawaiBaru.Add(b);
                continue;
            }

            var kolom = KolomBerubah(ada, b, r);
            if (kolom.Count == 0)
            {
                r.PegawaiTetap++;
                continue;
            }

            r.PegawaiBerubah.Add(new PegawaiBerubah(ada.Id, b, kolom));
            foreach (var k in kolom)
            {
                r.KolomBerubah[k] = r.KolomBerubah.GetValueOrDefault(k) + 1;
            }
        }
    }

    private static List<string> KolomBerubah(PegawaiAda ada, BarisImpor b, RencanaImpor r)
    {
        var kolom = new List<string>();
        if (ada.Nama != b.Nama.Trim())
        {
            kolom.Add(KolomPegawai.Nama);
        }

        if (ada.GelarDepan != Bersih(b.GelarDepan) || ada.GelarBelakang != Bersih(b.GelarBelakang))
        {
            kolom.Add(KolomPegawai.Gelar);
        }

        if (ada.JenisPegawai != b.JenisPegawai)
        {
            kolom.Add(KolomPegawai.JenisPegawai);
        }

        if (ada.GolonganKode != Golongan.Find(b.GolonganKode, b.JenisPegawai)!.Kode)
        {
            kolom.Add(KolomPegawai.Golongan);
        }

        var jabatan = r.Data.JabatanPerKode.GetValueOrDefault(r.KodeJabatanBaris[b.Baris]);
        if (jabatan is null || ada.JabatanId != jabatan.Id)
        {
            kolom.Add(KolomPegawai.Jabatan);
        }

        // Empty optional cells carry no information: they keep what the record has.
        if (Bersih(b.Email) is { } email && ada.Email != email)
        {
            kolom.Add(KolomPegawai.Email);
        }

        if (Bersih(b.PnsId) is { } pnsId && ada.SiasnId != pnsId)
        {
            kolom.Add(KolomPegawai.PnsId);
        }

        if (ada.Status != b.Status)
        {
            kolom.Add(KolomPegawai.Status);
        }

        if (b.TmtGolongan is { } tmtGolongan && ada.TmtGolongan != tmtGolongan)
        {
            kolom.Add(KolomPegawai.TmtGolongan);
        }

        return kolom;
    }

    public static string? Bersih(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spasi();
}

/// <summary>The plan of one import: errors, and what is new or changed, with the database as it was read.</summary>
public sealed class RencanaImpor(DataAda data, int jumlahBaris, DateOnly hariIni)
{
    public DataAda Data { get; } = data;

    public int JumlahBaris { get; } = jumlahBaris;

    public DateOnly HariIni { get; } = hariIni;

    public List<GalatImpor> Galat { get; } = [];

    public List<GalatImpor> Peringatan { get; } = [];

    public bool PerluRoot { get; set; }

    /// <summary>Sorted by depth, so parents come first.</summary>
    public List<UnitBaru> UnitBaru { get; } = [];

    public List<JabatanBaru> JabatanBaru { get; } = [];

    public List<BarisImpor> PegawaiBaru { get; } = [];

    public List<PegawaiBerubah> PegawaiBerubah { get; } = [];

    public int PegawaiTetap { get; set; }

    public Dictionary<string, int> KolomBerubah { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, string> KodeJabatanBaris { get; } = [];

    /// <summary>Filled by the writer: every active position after units and positions are written.</summary>
    public List<(int Id, int? AtasanJabatanId, int? PenggantiPegawaiId, int UnitKerjaId, JenisJabatan Jenis)> PosisiSetelahTulis { get; set; } = [];

    public RingkasanImpor Ringkasan(int atasanBerubah = 0) => new(
        JumlahBaris,
        PegawaiBaru.Count,
        PegawaiBerubah.Count,
        PegawaiTetap,
        UnitBaru.Count,
        JabatanBaru.Count,
        KolomBerubah,
        [.. PegawaiBerubah.Take(PerencanaImpor.ContohMaksimum).Select(p => new PerubahanPegawai(p.Baris.Nip, p.Kolom))],
        atasanBerubah);
}

public sealed record UnitBaru(string Kode, string Nama, string? IndukKode, int Kedalaman);

public sealed record JabatanBaru(string Kode, string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, string UnorKode);

public sealed record PegawaiBerubah(int Id, BarisImpor Baris, IReadOnlyList<string> Kolom);

public sealed record PegawaiAda(
    int Id,
    string Nip,
    string? GelarDepan,
    string Nama,
    string? GelarBelakang,
    JenisPegawai JenisPegawai,
    string GolonganKode,
    int? JabatanId,
    string? Email,
    string? SiasnId,
    StatusPegawai Status,
    DateOnly? TmtGolongan);

public sealed record JabatanAda(int Id, string? Kode, int UnitKerjaId, JenisJabatan Jenis, int? AtasanJabatanId, int? PenggantiPegawaiId, bool Aktif);

/// <summary>Units, positions and employees as the database holds them, read once per import.</summary>
public sealed class DataAda
{
    private DataAda()
    {
    }

    public int? RootId { get; private set; }

    public Dictionary<string, int> UnitPerKode { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, int?> IndukUnit { get; } = [];

    public Dictionary<string, JabatanAda> JabatanPerKode { get; } = new(StringComparer.Ordinal);

    public List<JabatanAda> Jabatan { get; } = [];

    public Dictionary<string, PegawaiAda> PegawaiPerNip { get; } = new(StringComparer.Ordinal);

    public static async Task<DataAda> MuatAsync(AppDbContext db, CancellationToken ct)
    {
        var d = new DataAda();
        var unit = await db.UnitKerja.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Kode, u.ParentId }).ToListAsync(ct);
        foreach (var u in unit)
        {
            d.IndukUnit[u.Id] = u.ParentId;
            if (u.Kode is not null)
            {
                d.UnitPerKode[u.Kode] = u.Id;
            }
        }

        d.RootId = unit.FirstOrDefault(u => u.ParentId is null)?.Id;
        d.Jabatan.AddRange(await db.Jabatan.AsNoTracking()
            .Select(j => new JabatanAda(j.Id, j.Kode, j.UnitKerjaId, j.Jenis, j.AtasanJabatanId, j.PenggantiPegawaiId, j.Aktif)).ToListAsync(ct));
        foreach (var j in d.Jabatan.Where(j => j.Kode is not null))
        {
            d.JabatanPerKode[j.Kode!] = j;
        }

        var pegawai = await db.Pegawai.AsNoTracking()
            .Select(p => new PegawaiAda(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JenisPegawai, p.GolonganKode, p.JabatanId, p.Email, p.SiasnId, p.Status, p.TmtGolongan))
            .ToListAsync(ct);
        foreach (var p in pegawai)
        {
            d.PegawaiPerNip[p.Nip] = p;
        }

        return d;
    }

    /// <summary>Depth of an existing unit: the root is 0.</summary>
    public int KedalamanUnit(int unitId)
    {
        var d = 0;
        var u = (int?)unitId;
        while (u is { } id && IndukUnit.GetValueOrDefault(id) is { } induk && d < 100)
        {
            d++;
            u = induk;
        }

        return d;
    }
}
