using SiKinerja.Domain.Common;

namespace SiKinerja.Domain.Skp;

/// <summary>
/// Sasaran Kinerja Pegawai (PermenPANRB 6/2022; DOMAIN.md §1.3–§1.7): one per employee per year segment. The
/// period is 1 Jan–31 Dec; when the position or the supervisor changes mid-year the current SKP is closed at that
/// date (<see cref="Tutup(DateOnly)"/>) and the next starts the day after (<see cref="MulaiLanjutan"/>).
/// <para>Workflow: Draft → Diajukan → Disetujui, or Diajukan → Dikembalikan (with a note) → Diajukan again.
/// Content changes only in Draft/Dikembalikan; an approved SKP changes only through a new revision
/// (<see cref="MulaiRevisi"/>) that is approved again, while the approved one stays readable.
/// Every transition appends a <see cref="RiwayatStatusSkp"/>. Who may do what is decided by the web layer.</para>
/// </summary>
public class Skp : IAuditable
{
    private readonly List<RencanaHasilKerja> _rhk = [];
    private readonly List<LampiranSkp> _lampiran = [];
    private readonly List<EkspektasiPimpinan> _ekspektasi = [];
    private readonly List<RiwayatStatusSkp> _riwayat = [];

    private Skp()
    {
        Snapshot = null!;
    }

    private Skp(int tahunKinerjaId, int tahun, DateOnly mulai, DateOnly selesai, PendekatanSkp pendekatan, SnapshotSkp snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (mulai.Year != tahun || selesai.Year != tahun || mulai > selesai)
        {
            throw new DomainException(KodeSkp.PeriodeTidakValid);
        }

        PegawaiId = snapshot.Pegawai.PegawaiId;
        PejabatPenilaiId = snapshot.PejabatPenilai?.PegawaiId;
        TahunKinerjaId = tahunKinerjaId;
        Tahun = tahun;
        TanggalMulai = mulai;
        TanggalSelesai = selesai;
        Pendekatan = pendekatan;
        Snapshot = snapshot;
        Status = StatusSkp.Draft;
        Revisi = 1;
    }

    public int Id { get; private set; }

    public int PegawaiId { get; private set; }

    /// <summary>
    /// The pejabat penilai of <see cref="Snapshot"/> (null at the top of the organisation), kept as a column of the SKP
    /// itself so the supervisor's inbox (penilai + status) is one index; the snapshot is fixed, so the two never differ.
    /// </summary>
    public int? PejabatPenilaiId { get; private set; }

    /// <summary>The performance year (owned by the Periode feature); <see cref="Tahun"/> is its calendar year.</summary>
    public int TahunKinerjaId { get; private set; }

    public int Tahun { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    /// <summary>Closed early by a change of position or supervisor; <see cref="TanggalSelesai"/> is then the closing date.</summary>
    public bool Ditutup { get; private set; }

    public PendekatanSkp Pendekatan { get; private set; }

    public SnapshotSkp Snapshot { get; private set; }

    public StatusSkp Status { get; private set; }

    /// <summary>1 for the first plan; +1 for each revision of an approved SKP.</summary>
    public int Revisi { get; private set; }

    public int? RevisiSebelumnyaId { get; private set; }

    public Skp? RevisiSebelumnya { get; private set; }

    /// <summary>True once a newer revision was started from this approved SKP (it then stays as the readable history).</summary>
    public bool Direvisi { get; private set; }

    public int Version { get; set; }

    /// <summary>In <see cref="RencanaHasilKerja.Urutan"/> order.</summary>
    public IReadOnlyList<RencanaHasilKerja> Rhk => [.. _rhk.OrderBy(r => r.Urutan)];

    public IReadOnlyList<LampiranSkp> Lampiran => [.. _lampiran.OrderBy(l => l.Jenis).ThenBy(l => l.Urutan)];

    public IReadOnlyList<EkspektasiPimpinan> Ekspektasi => [.. _ekspektasi.OrderBy(e => e.Nilai)];

    public IReadOnlyList<RiwayatStatusSkp> Riwayat => _riwayat.AsReadOnly();

    /// <summary>Content may be edited (by the employee) only while Draft or Dikembalikan.</summary>
    public bool DapatDiubah => Status is StatusSkp.Draft or StatusSkp.Dikembalikan;

    public IReadOnlyList<string> LampiranMenurut(JenisLampiran jenis) =>
        [.. _lampiran.Where(l => l.Jenis == jenis).OrderBy(l => l.Urutan).Select(l => l.Teks)];

    // ---- creation -------------------------------------------------------------------------------------

    /// <summary>A new, empty Draft for the period <paramref name="mulai"/>–<paramref name="selesai"/> inside <paramref name="tahun"/>.</summary>
    public static Skp Buat(
        int tahunKinerjaId, int tahun, DateOnly mulai, DateOnly selesai, PendekatanSkp pendekatan, SnapshotSkp snapshot,
        string pelakuNip, DateTime waktuUtc)
    {
        var skp = new Skp(tahunKinerjaId, tahun, mulai, selesai, pendekatan, snapshot);
        skp.Catat(null, StatusSkp.Draft, pelakuNip, waktuUtc, null);
        return skp;
    }

    /// <summary>
    /// A new Draft copying RHK, IKI and lampiran of <paramref name="sumber"/> (typically last year's SKP). Not copied:
    /// the cascading links (the supervisor's RHK of the new year are different rows), the status, the history and the
    /// ekspektasi. Deadline targets move to the same day of the new year (30 November 2025 becomes 30 November 2026; 29 February
    /// becomes 28 February); the SMART check still flags any that fall outside a shorter period.
    /// </summary>
    public static Skp SalinDari(
        Skp sumber, int tahunKinerjaId, int tahun, DateOnly mulai, DateOnly selesai, PendekatanSkp pendekatan,
        SnapshotSkp snapshot, string pelakuNip, DateTime waktuUtc)
    {
        ArgumentNullException.ThrowIfNull(sumber);
        var skp = Buat(tahunKinerjaId, tahun, mulai, selesai, pendekatan, snapshot, pelakuNip, waktuUtc);
        skp._rhk.AddRange(sumber._rhk.Select(r => r.Salin(untukRevisi: false, geserTahun: tahun - sumber.Tahun)));
        skp._lampiran.AddRange(sumber._lampiran.Select(l => l.Salin()));
        return skp;
    }

    /// <summary>
    /// The next segment after <paramref name="sebelumnya"/> was closed (DOMAIN.md §1.7): same employee and year,
    /// from the day after the closing date to <paramref name="selesai"/> (default 31 December), with the new
    /// snapshot (new position or supervisor). It starts empty; the employee may copy content with <see cref="SalinDari"/>.
    /// </summary>
    /// <param name="catatan">Optional note on the creation entry of the history (why the new segment started).</param>
    public static Skp MulaiLanjutan(
        Skp sebelumnya, SnapshotSkp snapshot, PendekatanSkp pendekatan, string pelakuNip, DateTime waktuUtc, DateOnly? selesai = null,
        string? catatan = null)
    {
        ArgumentNullException.ThrowIfNull(sebelumnya);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!sebelumnya.Ditutup)
        {
            throw new DomainException(KodeSkp.BelumDitutup);
        }

        if (snapshot.Pegawai.PegawaiId != sebelumnya.PegawaiId)
        {
            throw new DomainException(KodeSkp.PegawaiBerbeda);
        }

        var akhir = selesai ?? new DateOnly(sebelumnya.Tahun, 12, 31);
        var skp = new Skp(sebelumnya.TahunKinerjaId, sebelumnya.Tahun, sebelumnya.TanggalSelesai.AddDays(1), akhir, pendekatan, snapshot);
        skp.Catat(null, StatusSkp.Draft, pelakuNip, waktuUtc, catatan);
        return skp;
    }

    /// <summary>
    /// Ends this SKP at <paramref name="tanggal"/> (last day it covers) because the position or supervisor changed.
    /// The workflow of the closed segment continues normally (it can still be submitted and approved, so that its
    /// months can be evaluated); only the period is fixed. A segment is closed once.
    /// </summary>
    public void Tutup(DateOnly tanggal)
    {
        if (Ditutup)
        {
            throw new DomainException(KodeSkp.SudahDitutup);
        }

        if (tanggal < TanggalMulai || tanggal >= TanggalSelesai)
        {
            throw new DomainException(KodeSkp.TanggalTutupTidakValid);
        }

        TanggalSelesai = tanggal;
        Ditutup = true;
    }

    /// <summary>
    /// <see cref="Tutup(DateOnly)"/> that also leaves a note in the history: an entry without a transition
    /// (<see cref="RiwayatStatusSkp.Dari"/> = <see cref="RiwayatStatusSkp.Ke"/> = the current status) saying why and
    /// from when, so the SKP's own history shows that it was closed.
    /// </summary>
    public void Tutup(DateOnly tanggal, string pelakuNip, DateTime waktuUtc, string catatan)
    {
        Tutup(tanggal);
        Catat(Status, Status, pelakuNip, waktuUtc, catatan);
    }

    /// <summary>
    /// True while nothing of this SKP was ever agreed: the first plan (revision 1), still Draft (it was never submitted;
    /// a returned plan is Dikembalikan, an approved one Disetujui). Only then may the header be refreshed in place
    /// (<see cref="PerbaruiSnapshot"/>) instead of closing the segment and starting a new one.
    /// </summary>
    public bool BelumPernahDiajukan => Status == StatusSkp.Draft && Revisi == 1;

    /// <summary>
    /// Replaces the header (position, pejabat penilai, atasan penilai) of a plan that was never submitted
    /// (<see cref="BelumPernahDiajukan"/>), e.g. after a change of position or supervisor before anything was agreed:
    /// no new segment is needed then. Refused (<c>Skp.SnapshotTidakDapatDiperbarui</c>) once the plan was submitted or
    /// for a revision; the snapshot must be of the same employee (<c>Skp.PegawaiBerbeda</c>).
    /// </summary>
    public void PerbaruiSnapshot(SnapshotSkp snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!BelumPernahDiajukan)
        {
            throw new DomainException(KodeSkp.SnapshotTidakDapatDiperbarui);
        }

        if (snapshot.Pegawai.PegawaiId != PegawaiId)
        {
            throw new DomainException(KodeSkp.PegawaiBerbeda);
        }

        Snapshot = snapshot;
        PejabatPenilaiId = snapshot.PejabatPenilai?.PegawaiId;
    }

    /// <summary>
    /// Starts a new Draft revision of this approved SKP: revision number + 1, a copy of the content (RHK and IKI keep
    /// their links and their pairing keys for <see cref="PerbandinganRevisi"/>, the ekspektasi are kept as a starting
    /// point), linked to this one. This one stays Disetujui and readable; it can be revised only once.
    /// </summary>
    public Skp MulaiRevisi(string pelakuNip, DateTime waktuUtc, string? catatan)
    {
        if (Status != StatusSkp.Disetujui)
        {
            throw new DomainException(KodeSkp.RevisiHanyaDariDisetujui);
        }

        if (Direvisi)
        {
            throw new DomainException(KodeSkp.SudahDirevisi);
        }

        var baru = new Skp(TahunKinerjaId, Tahun, TanggalMulai, TanggalSelesai, Pendekatan, Snapshot.Salin())
        {
            Ditutup = Ditutup,
            Revisi = Revisi + 1,
            RevisiSebelumnya = this,
            RevisiSebelumnyaId = Id == 0 ? null : Id,
        };
        baru._rhk.AddRange(_rhk.Select(r => r.Salin(untukRevisi: true)));
        baru._lampiran.AddRange(_lampiran.Select(l => l.Salin()));
        baru._ekspektasi.AddRange(_ekspektasi.Select(e => e.Salin()));
        baru.Catat(null, StatusSkp.Draft, pelakuNip, waktuUtc, catatan);
        Direvisi = true;
        return baru;
    }

    // ---- workflow -------------------------------------------------------------------------------------

    /// <summary>
    /// Draft/Dikembalikan → Diajukan. Runs <see cref="PemeriksaSkp.Periksa"/>: with any error nothing changes and a
    /// <see cref="DomainException"/> <c>Skp.MasihAdaGalat</c> is thrown whose <see cref="DomainException.Argumen"/> are
    /// [0] the number of errors (the message's only placeholder) and [1] the full <c>IReadOnlyList&lt;TemuanSkp&gt;</c>,
    /// so the caller can show each finding beside its row. Returns the findings (warnings only), which do not block.
    /// </summary>
    public IReadOnlyList<TemuanSkp> Ajukan(AturanSkp aturan, bool skpPenilaiSudahDisetujui, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusSkp.Draft, StatusSkp.Dikembalikan);
        var temuan = PemeriksaSkp.Periksa(this, aturan, skpPenilaiSudahDisetujui);
        var galat = temuan.Count(t => t.Galat);
        if (galat > 0)
        {
            throw new DomainException(KodeSkp.MasihAdaGalat, galat, temuan);
        }

        Pindah(StatusSkp.Diajukan, pelakuNip, waktuUtc, null);
        return temuan;
    }

    /// <summary>Diajukan → Dikembalikan with a required note for the employee, who edits and submits again.</summary>
    public void Kembalikan(string catatan, string pelakuNip, DateTime waktuUtc)
    {
        PastikanStatus(StatusSkp.Diajukan);
        if (string.IsNullOrWhiteSpace(catatan))
        {
            throw new DomainException(KodeSkp.CatatanWajib);
        }

        Pindah(StatusSkp.Dikembalikan, pelakuNip, waktuUtc, catatan);
    }

    /// <summary>
    /// Diajukan → Disetujui. The pejabat penilai writes one Ekspektasi Khusus Pimpinan for each of the seven
    /// BerAKHLAK values (DOMAIN.md §2: implementations require all 7); a missing or blank one refuses the approval
    /// (<c>Skp.EkspektasiTidakLengkap</c>, argument: number missing) and nothing changes.
    /// </summary>
    public void Setujui(IReadOnlyDictionary<NilaiBerakhlak, string> ekspektasi, string pelakuNip, DateTime waktuUtc, string? catatan = null)
    {
        ArgumentNullException.ThrowIfNull(ekspektasi);
        PastikanStatus(StatusSkp.Diajukan);
        var kurang = PerilakuKerja.Semua.Count(p => !ekspektasi.TryGetValue(p.Nilai, out var t) || string.IsNullOrWhiteSpace(t));
        if (kurang > 0)
        {
            throw new DomainException(KodeSkp.EkspektasiTidakLengkap, kurang);
        }

        var baru = PerilakuKerja.Semua.Select(p => new EkspektasiPimpinan(p.Nilai, ekspektasi[p.Nilai])).ToList();
        Pindah(StatusSkp.Disetujui, pelakuNip, waktuUtc, catatan);
        _ekspektasi.Clear();
        _ekspektasi.AddRange(baru);
    }

    // ---- content (Draft / Dikembalikan only) ------------------------------------------------------------

    public void UbahPendekatan(PendekatanSkp pendekatan)
    {
        PastikanDapatDiubah();
        Pendekatan = pendekatan;
    }

    public RencanaHasilKerja TambahRhk(JenisRhk jenis, string teks, int? rhkAtasanId = null, int? sasaranOrganisasiId = null)
    {
        PastikanDapatDiubah();
        var rhk = new RencanaHasilKerja(Guid.NewGuid(), _rhk.Count + 1, jenis, teks, rhkAtasanId, sasaranOrganisasiId);
        _rhk.Add(rhk);
        return rhk;
    }

    public void UbahRhk(RencanaHasilKerja rhk, JenisRhk jenis, string teks, int? rhkAtasanId, int? sasaranOrganisasiId)
    {
        PastikanDapatDiubah();
        Milik(rhk).Ubah(jenis, teks, rhkAtasanId, sasaranOrganisasiId);
    }

    public void HapusRhk(RencanaHasilKerja rhk)
    {
        PastikanDapatDiubah();
        _rhk.Remove(Milik(rhk));
        Urutkan(Rhk);
    }

    /// <summary>Moves <paramref name="rhk"/> to the 1-based position <paramref name="urutanBaru"/>.</summary>
    public void PindahkanRhk(RencanaHasilKerja rhk, int urutanBaru)
    {
        PastikanDapatDiubah();
        Milik(rhk);
        if (urutanBaru < 1 || urutanBaru > _rhk.Count)
        {
            throw new DomainException(KodeSkp.UrutanTidakValid);
        }

        var urutan = Rhk.Where(r => r != rhk).ToList();
        urutan.Insert(urutanBaru - 1, rhk);
        Urutkan(urutan);
    }

    public IndikatorKinerjaIndividu TambahIki(RencanaHasilKerja rhk, AspekIki aspek, string indikator, Target target)
    {
        PastikanDapatDiubah();
        return Milik(rhk).TambahIki(aspek, indikator, target);
    }

    public void UbahIki(RencanaHasilKerja rhk, IndikatorKinerjaIndividu iki, AspekIki aspek, string indikator, Target target)
    {
        PastikanDapatDiubah();
        Milik(rhk).Milik(iki).Ubah(aspek, indikator, target);
    }

    public void HapusIki(RencanaHasilKerja rhk, IndikatorKinerjaIndividu iki)
    {
        PastikanDapatDiubah();
        Milik(rhk).HapusIki(iki);
    }

    /// <summary>Moves <paramref name="iki"/> to the 1-based position <paramref name="urutanBaru"/> within its RHK.</summary>
    public void PindahkanIki(RencanaHasilKerja rhk, IndikatorKinerjaIndividu iki, int urutanBaru)
    {
        PastikanDapatDiubah();
        Milik(rhk).PindahkanIki(iki, urutanBaru);
    }

    /// <summary>Replaces one lampiran list; blank lines are dropped, the rest keep their order.</summary>
    public void UbahLampiran(JenisLampiran jenis, IEnumerable<string?> butir)
    {
        ArgumentNullException.ThrowIfNull(butir);
        PastikanDapatDiubah();
        var baru = butir.Where(b => !string.IsNullOrWhiteSpace(b)).Select((b, i) => new LampiranSkp(jenis, i + 1, b!)).ToList();
        _lampiran.RemoveAll(l => l.Jenis == jenis);
        _lampiran.AddRange(baru);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private RencanaHasilKerja Milik(RencanaHasilKerja rhk) =>
        _rhk.Contains(rhk) ? rhk : throw new DomainException(KodeSkp.RhkTidakDitemukan);

    private static void Urutkan(IEnumerable<RencanaHasilKerja> urutan)
    {
        var n = 1;
        foreach (var r in urutan)
        {
            r.Urutan = n++;
        }
    }

    private void PastikanDapatDiubah()
    {
        if (!DapatDiubah)
        {
            throw new DomainException(KodeSkp.TidakDapatDiubah);
        }
    }

    private void PastikanStatus(params StatusSkp[] boleh)
    {
        if (!boleh.Contains(Status))
        {
            throw new DomainException(KodeSkp.StatusTidakSesuai);
        }
    }

    private void Pindah(StatusSkp ke, string pelakuNip, DateTime waktuUtc, string? catatan)
    {
        Catat(Status, ke, pelakuNip, waktuUtc, catatan);
        Status = ke;
    }

    private void Catat(StatusSkp? dari, StatusSkp ke, string pelakuNip, DateTime waktuUtc, string? catatan) =>
        _riwayat.Add(new RiwayatStatusSkp(dari, ke, pelakuNip, waktuUtc, catatan));
}
