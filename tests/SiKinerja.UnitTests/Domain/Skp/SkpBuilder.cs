using SiKinerja.Domain.Skp;

namespace SiKinerja.UnitTests.Domain;

/// <summary>Test data for SKP: <c>new SkpBuilder().WithRhk(3).Build()</c>; each RHK gets one complete kuantitatif IKI.</summary>
internal sealed class SkpBuilder
{
    public const string NipPegawai = "198503302010011002";
    public const string NipPenilai = "197001011995031001";
    public static readonly DateTime Waktu = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    private int _rhk = 1;
    private bool _tanpaPenilai;
    private bool _tertaut = true;
    private PendekatanSkp _pendekatan = PendekatanSkp.Kuantitatif;
    private DateOnly _mulai = new(2026, 1, 1);
    private DateOnly _selesai = new(2026, 12, 31);

    public static SnapshotPejabat Orang(int id, string nip = NipPegawai) =>
        new(id, nip, $"Pegawai {id}, S.T.", "III/a", "Penata Muda", "Analis Kebijakan", "Bidang Penilaian Kinerja");

    public static SnapshotSkp Snapshot(bool tanpaPenilai = false, int pegawaiId = 10) =>
        tanpaPenilai
            ? new SnapshotSkp(Orang(pegawaiId), null, null)
            : new SnapshotSkp(Orang(pegawaiId), Orang(20, NipPenilai), Orang(30, "196501011990031001"));

    public static Dictionary<NilaiBerakhlak, string> EkspektasiLengkap() =>
        Enum.GetValues<NilaiBerakhlak>().ToDictionary(n => n, n => $"Ekspektasi {n}");

    public SkpBuilder WithRhk(int jumlah)
    {
        _rhk = jumlah;
        return this;
    }

    public SkpBuilder TanpaPenilai()
    {
        _tanpaPenilai = true;
        return this;
    }

    public SkpBuilder TanpaTautan()
    {
        _tertaut = false;
        return this;
    }

    public SkpBuilder Kualitatif()
    {
        _pendekatan = PendekatanSkp.Kualitatif;
        return this;
    }

    public SkpBuilder Periode(DateOnly mulai, DateOnly selesai)
    {
        _mulai = mulai;
        _selesai = selesai;
        return this;
    }

    public Skp Build()
    {
        var skp = Skp.Buat(7, 2026, _mulai, _selesai, _pendekatan, Snapshot(_tanpaPenilai), NipPegawai, Waktu);
        for (var i = 1; i <= _rhk; i++)
        {
            int? atasan = _tertaut && !_tanpaPenilai ? 100 + i : null;
            int? sasaran = _tertaut && _tanpaPenilai ? 200 + i : null;
            var rhk = skp.TambahRhk(JenisRhk.Utama, $"Rencana hasil kerja {i}", atasan, sasaran);
            skp.TambahIki(
                rhk,
                AspekIki.Kuantitas,
                $"Jumlah dokumen {i}",
                _pendekatan == PendekatanSkp.Kuantitatif ? Target.Angka(12, "dokumen") : Target.Naratif("Dokumen tersusun lengkap"));
        }

        return skp;
    }

    public Skp Diajukan()
    {
        var skp = Build();
        skp.Ajukan(AturanSkp.Bawaan, true, NipPegawai, Waktu);
        return skp;
    }

    public Skp Disetujui()
    {
        var skp = Diajukan();
        skp.Setujui(EkspektasiLengkap(), NipPenilai, Waktu.AddDays(1));
        return skp;
    }

    public Skp Dikembalikan()
    {
        var skp = Diajukan();
        skp.Kembalikan("Perbaiki target", NipPenilai, Waktu.AddDays(1));
        return skp;
    }
}
