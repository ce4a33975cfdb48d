using System.Globalization;
using System.Text.RegularExpressions;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Domain.Organisasi;
using JabatanEntity = SiKinerja.Domain.Organisasi.Jabatan;
using PegawaiEntity = SiKinerja.Domain.Kepegawaian.Pegawai;
using UnitEntity = SiKinerja.Domain.Organisasi.UnitKerja;

namespace SiKinerja.Web.Features.Impor;

/// <summary>
/// Finds the SIASN columns in the header (by name, any order, extra columns ignored) and checks every
/// data row on its own: NIP, name, kind of employee, golongan, unit, position, e-mail, status. Each
/// problem names its row and column; a row with an error is left out of the usable rows.
/// </summary>
internal sealed partial class PemeriksaBaris(int barisMaksimum)
{
    private const int JabatanIdMaxLength = 40;

    private readonly List<BarisImpor> _baris = [];
    private readonly List<GalatImpor> _galat = [];
    private readonly List<GalatImpor> _peringatan = [];
    private readonly Dictionary<string, int> _nipPertama = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Baris, string Nama, string? Induk)> _unor = new(StringComparer.Ordinal);

    public HasilBacaImpor Periksa(IEnumerable<BarisMentah> tabel, CancellationToken ct)
    {
        Kolom? kolom = null;
        var jumlah = 0;
        foreach (var baris in tabel)
        {
            if (baris.Sel.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (kolom is null)
            {
                kolom = Kolom.Dari(baris.Sel);
                if (kolom.Hilang.Count > 0)
                {
                    return Ditolak("Impor.KolomHilang", string.Join(", ", kolom.Hilang));
                }

                continue;
            }

            if (++jumlah > barisMaksimum)
            {
                return Ditolak("Impor.TerlaluBanyakBaris", barisMaksimum.ToString("N0", CultureInfo.GetCultureInfo("id-ID")));
            }

            if (jumlah % 1000 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            PeriksaBaris(baris, kolom);
        }

        if (kolom is null)
        {
            return Ditolak("Impor.BerkasKosong");
        }

        if (jumlah == 0)
        {
            return Ditolak("Impor.TanpaBaris");
        }

        return new HasilBacaImpor(_baris, _galat, jumlah) { Peringatan = _peringatan };
    }

    private static HasilBacaImpor Ditolak(string kode, params string[] argumen) =>
        new([], [new GalatImpor(0, null, kode, argumen)], 0);

    private void PeriksaBaris(BarisMentah mentah, Kolom k)
    {
        var n = mentah.Nomor;
        if (mentah.Rusak)
        {
            Galat(n, null, "Impor.BarisRusak");
            return;
        }

        var sel = new Sel(mentah.Sel, k, this, n);
        var galatSebelum = _galat.Count;

        var nipTeks = sel.Wajib(KolomSiasn.Nip, 40);
        var nip = nipTeks is null ? null : PeriksaNip(nipTeks, n, k.Judul(KolomSiasn.Nip));

        var nama = sel.Wajib(KolomSiasn.Nama, PegawaiEntity.NamaMaxLength);
        var gelarDepan = sel.Ambil(KolomSiasn.GelarDepan, PegawaiEntity.GelarMaxLength);
        var gelarBelakang = sel.Ambil(KolomSiasn.GelarBelakang, PegawaiEntity.GelarMaxLength);
        var pnsId = sel.Ambil(KolomSiasn.PnsId, PegawaiEntity.SiasnIdMaxLength);

        var golonganTeks = sel.Wajib(KolomSiasn.Golongan, 40);
        var jenisTeks = sel.Ambil(KolomSiasn.JenisPegawai);
        var jenis = JenisPegawaiDari(jenisTeks, golonganTeks);
        Golongan? golongan = null;
        if (jenis is null)
        {
            if (jenisTeks is not null)
            {
                Galat(n, k.Judul(KolomSiasn.JenisPegawai), "Impor.JenisPegawaiTidakDikenal", jenisTeks);
            }
            else if (golonganTeks is not null)
            {
                Galat(n, k.Judul(KolomSiasn.Golongan), "Pegawai.GolonganPnsTidakValid");
            }
        }
        else if (golonganTeks is not null && !Golongan.TryParse(golonganTeks, jenis.Value, out golongan))
        {
            Galat(n, k.Judul(KolomSiasn.Golongan), jenis == JenisPegawai.Pns ? "Pegawai.GolonganPnsTidakValid" : "Pegawai.GolonganPppkTidakValid");
        }

        var unorId = sel.Wajib(KolomSiasn.UnorId, UnitEntity.KodeMaxLength);
        var unorNama = sel.Wajib(KolomSiasn.UnorNama, UnitEntity.NamaMaxLength);
        var induk = sel.Ambil(KolomSiasn.UnorIndukId, UnitEntity.KodeMaxLength);
        if (unorId is not null)
        {
            PeriksaUnor(n, k, unorId, unorNama, induk);
        }

        var jabatanId = sel.Ambil(KolomSiasn.JabatanId, JabatanIdMaxLength);
        var jabatanNama = sel.Wajib(KolomSiasn.JabatanNama, JabatanEntity.NamaMaxLength);
        HasilKlasifikasiJabatan? klasifikasi = null;
        if (jabatanNama is not null)
        {
            var jenisJabatan = sel.Ambil(KolomSiasn.JenisJabatan);
            klasifikasi = KlasifikasiJabatan.Tentukan(jenisJabatan, sel.Ambil(KolomSiasn.Eselon), jabatanNama);
            if (klasifikasi.Kesalahan is { } salah)
            {
                var kolomSalah = salah switch
                {
                    KesalahanKlasifikasi.EselonTidakDikenal => KolomSiasn.Eselon,
                    KesalahanKlasifikasi.JenisTidakDikenal => KolomSiasn.JenisJabatan,
                    _ => KolomSiasn.JabatanNama,
                };
                Galat(n, k.Judul(kolomSalah) ?? k.Judul(KolomSiasn.JabatanNama), "Impor.JenisJabatan." + salah);
            }
        }

        var tmtGolongan = TmtGolongan(sel, k, n, nip);
        var email = Email(sel, k, n);
        var status = Status(sel.Ambil(KolomSiasn.Kedudukan), k, n);

        if (_galat.Count > galatSebelum || nip is null || nama is null || jenis is null || golongan is null
            || unorId is null || unorNama is null || jabatanNama is null || klasifikasi?.Jenis is null)
        {
            return;
        }

        _baris.Add(new BarisImpor(
            n, nip, pnsId, gelarDepan, nama, gelarBelakang, jenis.Value, golongan.Kode,
            unorId, unorNama, induk, jabatanId, jabatanNama, klasifikasi.Jenis.Value, klasifikasi.Jenjang, email, status)
        {
            TmtGolongan = tmtGolongan,
        });
    }

    private string? PeriksaNip(string teks, int n, string? kolom)
    {
        if (AngkaIlmiah().IsMatch(teks))
        {
            Galat(n, kolom, "Impor.NipSebagaiAngka");
            return null;
        }

        if (Nip.Validate(teks, out var nip) is var e && e != NipError.None)
        {
            Galat(n, kolom, "Nip." + e);
            return null;
        }

        if (_nipPertama.TryGetValue(nip.Value, out var pertama))
        {
            Galat(n, kolom, "Impor.NipGanda", pertama.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        _nipPertama[nip.Value] = n;
        return nip.Value;
    }

    private void PeriksaUnor(int n, Kolom k, string unorId, string? unorNama, string? induk)
    {
        if (induk is not null && string.Equals(induk, unorId, StringComparison.Ordinal))
        {
            Galat(n, k.Judul(KolomSiasn.UnorIndukId), "Impor.UnorIndukSama");
            return;
        }

        if (!_unor.TryGetValue(unorId, out var sebelumnya))
        {
            _unor[unorId] = (n, unorNama ?? string.Empty, induk);
            return;
        }

        if (k.Ada(KolomSiasn.UnorIndukId) && !string.Equals(sebelumnya.Induk, induk, StringComparison.Ordinal))
        {
            Galat(n, k.Judul(KolomSiasn.UnorIndukId), "Impor.UnorIndukBerbeda", sebelumnya.Baris.ToString(CultureInfo.InvariantCulture));
        }
        else if (unorNama is not null && !string.Equals(sebelumnya.Nama, unorNama, StringComparison.OrdinalIgnoreCase))
        {
            Peringatan(n, k.Judul(KolomSiasn.UnorNama), "Impor.UnorNamaBerbeda", sebelumnya.Baris.ToString(CultureInfo.InvariantCulture), sebelumnya.Nama);
        }
    }

    /// <summary>
    /// TMT GOLONGAN as SIASN writes dates (dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd) or a spreadsheet date serial; an
    /// unreadable value or one before the TMT CPNS (from the NIP) is an error of the row.
    /// </summary>
    private DateOnly? TmtGolongan(Sel sel, Kolom k, int n, string? nip)
    {
        var teks = sel.Ambil(KolomSiasn.TmtGolongan, 40);
        if (teks is null)
        {
            return null;
        }

        if (BacaTanggal(teks) is not { } tanggal)
        {
            Galat(n, k.Judul(KolomSiasn.TmtGolongan), "Impor.TanggalTidakValid", teks);
            return null;
        }

        if (nip is not null && tanggal < Nip.Parse(nip).TmtCpns)
        {
            Galat(n, k.Judul(KolomSiasn.TmtGolongan), "Pegawai.TmtGolonganSebelumCpns");
            return null;
        }

        return tanggal;
    }

    private static readonly string[] FormatTanggal = ["dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>A date cell as SIASN exports it; a whole number is a spreadsheet serial (1900 system).</summary>
    internal static DateOnly? BacaTanggal(string teks)
    {
        if (DateTime.TryParseExact(teks, FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var waktu))
        {
            return DateOnly.FromDateTime(waktu);
        }

        if (int.TryParse(teks, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        return null;
    }

    private string? Email(Sel sel, Kolom k, int n)
    {
        foreach (var kolom in new[] { KolomSiasn.EmailGov, KolomSiasn.Email })
        {
            var email = sel.Ambil(kolom);
            if (email is null)
            {
                continue;
            }

            if (email.Length <= PegawaiEntity.EmailMaxLength && FormatEmail().IsMatch(email))
            {
                return email;
            }

            Peringatan(n, k.Judul(kolom), "Impor.EmailDiabaikan");
        }

        return null;
    }

    private StatusPegawai Status(string? kedudukan, Kolom k, int n)
    {
        if (kedudukan is null)
        {
            return StatusPegawai.Aktif;
        }

        var s = kedudukan.ToLowerInvariant();
        if (s.Contains("sementara", StringComparison.Ordinal) || s.Contains("persiapan", StringComparison.Ordinal))
        {
            return StatusPegawai.Aktif;
        }

        if (s.Contains("pensiun", StringComparison.Ordinal))
        {
            return StatusPegawai.Pensiun;
        }

        if (s.Contains("meninggal", StringComparison.Ordinal) || s.Contains("wafat", StringComparison.Ordinal))
        {
            return StatusPegawai.Meninggal;
        }

        if (s.Contains("mutasi", StringComparison.Ordinal) || s.Contains("pindah", StringComparison.Ordinal))
        {
            return StatusPegawai.MutasiKeluar;
        }

        if (s.Contains("berhenti", StringComparison.Ordinal))
        {
            return StatusPegawai.Diberhentikan;
        }

        string[] aktif = ["aktif", "cpns", "pns", "pppk", "tugas belajar", "cuti", "dpk", "dipekerjakan", "diperbantukan", "kontrak"];
        if (!aktif.Any(a => s.Contains(a, StringComparison.Ordinal)))
        {
            Peringatan(n, k.Judul(KolomSiasn.Kedudukan), "Impor.KedudukanTidakDikenal", kedudukan);
        }

        return StatusPegawai.Aktif;
    }

    /// <summary>PNS/CPNS or PPPK from JENIS PEGAWAI NAMA; without that column, from the golongan's form.</summary>
    private static JenisPegawai? JenisPegawaiDari(string? jenis, string? golongan)
    {
        if (jenis is null)
        {
            if (Golongan.TryParse(golongan, JenisPegawai.Pns, out _))
            {
                return JenisPegawai.Pns;
            }

            return Golongan.TryParse(golongan, JenisPegawai.Pppk, out _) ? JenisPegawai.Pppk : null;
        }

        var s = jenis.ToUpperInvariant();
        if (s.Contains("PPPK", StringComparison.Ordinal) || s.Contains("P3K", StringComparison.Ordinal) || s.Contains("PERJANJIAN KERJA", StringComparison.Ordinal))
        {
            return JenisPegawai.Pppk;
        }

        return s.Contains("PNS", StringComparison.Ordinal) || s.Contains("PEGAWAI NEGERI", StringComparison.Ordinal) ? JenisPegawai.Pns : null;
    }

    private void Galat(int baris, string? kolom, string kode, params string[] argumen) => _galat.Add(new GalatImpor(baris, kolom, kode, argumen));

    private void Peringatan(int baris, string? kolom, string kode, params string[] argumen) => _peringatan.Add(new GalatImpor(baris, kolom, kode, argumen));

    [GeneratedRegex(@"^\d+([.,]\d+)?[eE]\+?\d+$")]
    private static partial Regex AngkaIlmiah();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex FormatEmail();

    /// <summary>The cells of one row, cleaned: trimmed, "-" (SIASN's empty) as null, formulas refused.</summary>
    private readonly struct Sel(string?[] sel, Kolom kolom, PemeriksaBaris pemeriksa, int baris)
    {
        public string? Ambil(KolomSiasn k, int panjangMaksimum = int.MaxValue)
        {
            if (kolom.Indeks(k) is not { } i || i >= sel.Length)
            {
                return null;
            }

            var nilai = sel[i]?.Trim();
            if (string.IsNullOrEmpty(nilai) || nilai == "-")
            {
                return null;
            }

            if (IsRumus(nilai))
            {
                pemeriksa.Galat(baris, kolom.Judul(k), "Impor.SelRumus");
                return null;
            }

            if (nilai.Length > panjangMaksimum)
            {
                pemeriksa.Galat(baris, kolom.Judul(k), "Umum.TerlaluPanjang", panjangMaksimum.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return nilai;
        }

        public string? Wajib(KolomSiasn k, int panjangMaksimum)
        {
            var galat = pemeriksa._galat.Count;
            var nilai = Ambil(k, panjangMaksimum);
            if (nilai is null && galat == pemeriksa._galat.Count)
            {
                pemeriksa.Galat(baris, kolom.Judul(k), "Impor.KolomWajib");
            }

            return nilai;
        }

        /// <summary>
        /// A cell a spreadsheet would run as a formula (=, +, @, or - followed by something that is not a
        /// number; a tab or carriage return in front): refused so an exported copy can never execute it.
        /// </summary>
        private static bool IsRumus(string nilai)
        {
            var c = nilai[0];
            if (c is '=' or '+' or '@' or '\t' or '\r')
            {
                return true;
            }

            return c == '-' && nilai.Length > 1 && !double.TryParse(nilai, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
    }
}

/// <summary>The columns the import reads (others are ignored).</summary>
internal enum KolomSiasn
{
    Nip,
    PnsId,
    Nama,
    GelarDepan,
    GelarBelakang,
    JenisPegawai,
    Golongan,
    UnorId,
    UnorNama,
    UnorIndukId,
    JabatanId,
    JabatanNama,
    JenisJabatan,
    Eselon,
    EmailGov,
    Email,
    Kedudukan,
    TmtGolongan,
}

/// <summary>Where each column is in this file, found by its (normalised) header name or an alias.</summary>
internal sealed class Kolom
{
    private static readonly (KolomSiasn Kolom, bool Wajib, string[] Nama)[] Definisi =
    [
        (KolomSiasn.Nip, true, ["NIP BARU", "NIP"]),
        (KolomSiasn.PnsId, false, ["PNS ID", "ID PNS"]),
        (KolomSiasn.Nama, true, ["NAMA"]),
        (KolomSiasn.GelarDepan, false, ["GELAR DEPAN"]),
        (KolomSiasn.GelarBelakang, false, ["GELAR BELAKANG"]),
        (KolomSiasn.JenisPegawai, false, ["JENIS PEGAWAI NAMA", "JENIS PEGAWAI"]),
        (KolomSiasn.Golongan, true, ["GOL AKHIR NAMA", "GOLONGAN", "GOL RUANG AKHIR"]),
        (KolomSiasn.UnorId, true, ["UNOR ID"]),
        (KolomSiasn.UnorNama, true, ["UNOR NAMA"]),
        (KolomSiasn.UnorIndukId, false, ["UNOR INDUK ID", "DIATASAN ID", "UNOR ATASAN ID"]),
        (KolomSiasn.JabatanId, false, ["JABATAN ID"]),
        (KolomSiasn.JabatanNama, true, ["JABATAN NAMA"]),
        (KolomSiasn.JenisJabatan, false, ["JENIS JABATAN NAMA", "JENIS JABATAN"]),
        (KolomSiasn.Eselon, false, ["ESELON NAMA", "ESELON"]),
        (KolomSiasn.EmailGov, false, ["EMAIL GOV"]),
        (KolomSiasn.Email, false, ["EMAIL"]),
        (KolomSiasn.Kedudukan, false, ["KEDUDUKAN HUKUM NAMA", "KEDUDUKAN HUKUM"]),
        (KolomSiasn.TmtGolongan, false, ["TMT GOLONGAN", "TMT GOL AKHIR", "TMT GOLONGAN AKHIR"]),
    ];

    private readonly Dictionary<KolomSiasn, (int Indeks, string Judul)> _posisi;

    private Kolom(Dictionary<KolomSiasn, (int Indeks, string Judul)> posisi, IReadOnlyList<string> hilang)
    {
        _posisi = posisi;
        Hilang = hilang;
    }

    /// <summary>Required columns the header lacks, by their SIASN name.</summary>
    public IReadOnlyList<string> Hilang { get; }

    public static Kolom Dari(string?[] judul)
    {
        var normal = judul.Select(Normal).ToArray();
        var posisi = new Dictionary<KolomSiasn, (int Indeks, string Judul)>();
        var hilang = new List<string>();
        foreach (var (k, wajib, nama) in Definisi)
        {
            var i = nama.Select(x => Array.IndexOf(normal, x)).FirstOrDefault(x => x >= 0, -1);
            if (i >= 0)
            {
                posisi[k] = (i, judul[i]!.Replace('\uFEFF', ' ').Trim());
            }
            else if (wajib)
            {
                hilang.Add(nama[0]);
            }
        }

        return new Kolom(posisi, hilang);
    }

    public bool Ada(KolomSiasn k) => _posisi.ContainsKey(k);

    public int? Indeks(KolomSiasn k) => _posisi.TryGetValue(k, out var p) ? p.Indeks : null;

    public string? Judul(KolomSiasn k) => _posisi.TryGetValue(k, out var p) ? p.Judul : null;

    /// <summary>"Nip_Baru", " nip  baru ", "\uFEFFNIP BARU" → "NIP BARU".</summary>
    private static string Normal(string? s) =>
        string.IsNullOrWhiteSpace(s)
            ? string.Empty
            : string.Join(' ', s.Replace('\uFEFF', ' ').Replace('_', ' ').Trim().ToUpperInvariant()
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
