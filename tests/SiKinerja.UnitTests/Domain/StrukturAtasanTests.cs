using SiKinerja.Domain.Common;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.UnitTests.Domain;

public class StrukturAtasanTests
{
    // Positions: 1 Sekda (top) ← 2 Kepala Dinas ← 3 Sekretaris Dinas ← 4 Kasubbag Umum ← 5 Pelaksana
    //                                          ← 6 Kepala Bidang ← 7 Analis (fungsional)
    private static List<PosisiJabatan> Posisi(Dictionary<int, int>? pengganti = null) =>
    [
        new(1, null, Get(pengganti, 1), Puncak: true),
        new(2, 1, Get(pengganti, 2), false),
        new(3, 2, Get(pengganti, 3), false),
        new(4, 3, Get(pengganti, 4), false),
        new(5, 4, Get(pengganti, 5), false),
        new(6, 2, Get(pengganti, 6), false),
        new(7, 6, Get(pengganti, 7), false),
    ];

    private static int? Get(Dictionary<int, int>? d, int key) => d is not null && d.TryGetValue(key, out var v) ? v : null;

    // Employee 100+n holds position n.
    private static List<PosisiPegawai> SemuaTerisi() => [.. Enumerable.Range(1, 7).Select(n => new PosisiPegawai(100 + n, n))];

    [Fact]
    public void EachEmployee_ReportsToHolderOfPositionAbove()
    {
        var s = new StrukturAtasan(Posisi(), SemuaTerisi());

        Assert.Equal(new HasilAtasan(null, MasalahAtasan.Tidak), s.AtasanDari(101));
        Assert.Equal(101, s.AtasanDari(102).AtasanId);
        Assert.Equal(102, s.AtasanDari(103).AtasanId);
        Assert.Equal(104, s.AtasanDari(105).AtasanId);
        Assert.Equal(106, s.AtasanDari(107).AtasanId);
        Assert.All(s.Hasil.Values, h => Assert.Equal(MasalahAtasan.Tidak, h.Masalah));
    }

    [Fact]
    public void VacantPositionAbove_UsesNextHolderUp_AndFlagsIt()
    {
        var pegawai = SemuaTerisi().Where(p => p.JabatanId != 4).ToList();

        var s = new StrukturAtasan(Posisi(), pegawai);

        Assert.Equal(new HasilAtasan(103, MasalahAtasan.JabatanAtasanKosong), s.AtasanDari(105));
    }

    [Fact]
    public void PltOnVacantPosition_IsTheAtasan()
    {
        var pegawai = SemuaTerisi().Where(p => p.JabatanId != 2).ToList(); // Kepala Dinas vacant
        var plt = new Dictionary<int, int> { [2] = 103 }; // Sekretaris is Plt Kepala Dinas

        var s = new StrukturAtasan(Posisi(plt), pegawai);

        Assert.Equal(new HasilAtasan(103, MasalahAtasan.Tidak), s.AtasanDari(106));
        // The Plt never supervises themself: the Sekretaris reports to the Kepala Dinas's atasan.
        Assert.Equal(new HasilAtasan(101, MasalahAtasan.Tidak), s.AtasanDari(103));
    }

    [Fact]
    public void PlhTakesPrecedenceOverDefinitiveHolder()
    {
        var plh = new Dictionary<int, int> { [6] = 104 };

        var s = new StrukturAtasan(Posisi(plh), SemuaTerisi());

        Assert.Equal(104, s.AtasanDari(107).AtasanId);
    }

    [Fact]
    public void PositionAboveWithTwoHolders_IsAmbiguous()
    {
        var pegawai = SemuaTerisi();
        pegawai.Add(new PosisiPegawai(200, 6));

        var s = new StrukturAtasan(Posisi(), pegawai);

        Assert.Equal(new HasilAtasan(null, MasalahAtasan.JabatanAtasanGanda), s.AtasanDari(107));
    }

    [Fact]
    public void EmployeeWithoutPosition_IsFlagged()
    {
        var pegawai = SemuaTerisi();
        pegawai.Add(new PosisiPegawai(300, null));

        var s = new StrukturAtasan(Posisi(), pegawai);

        Assert.Equal(MasalahAtasan.TanpaJabatan, s.AtasanDari(300).Masalah);
    }

    [Fact]
    public void NonTopPositionWithoutAtasan_IsFlagged()
    {
        var jabatan = Posisi();
        jabatan.Add(new PosisiJabatan(8, null, null, Puncak: false));
        var pegawai = SemuaTerisi();
        pegawai.Add(new PosisiPegawai(108, 8));

        var s = new StrukturAtasan(jabatan, pegawai);

        Assert.Equal(MasalahAtasan.JabatanTanpaAtasan, s.AtasanDari(108).Masalah);
    }

    [Fact]
    public void CrossedPltAssignments_AreDetectedAsCycle()
    {
        // The analis (107, under position 6) is Plt of position 4, above the pelaksana (105);
        // the pelaksana is Plh of position 6, above the analis: each would be the other's atasan.
        var pengganti = new Dictionary<int, int> { [4] = 107, [6] = 105 };

        var s = new StrukturAtasan(Posisi(pengganti), SemuaTerisi());

        Assert.Equal([105, 107], s.PegawaiDalamSiklus.Order());
        Assert.Equal(new HasilAtasan(null, MasalahAtasan.Siklus), s.AtasanDari(105));
        Assert.Equal(101, s.AtasanDari(102).AtasanId);
    }

    [Fact]
    public void PohonMembuatSiklus_DetectsAncestor()
    {
        var parent = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2, [4] = 3 };

        Assert.True(Pohon.MembuatSiklus(2, 4, id => parent[id]));  // 2 under its own grandchild
        Assert.True(Pohon.MembuatSiklus(3, 3, id => parent[id]));  // itself
        Assert.False(Pohon.MembuatSiklus(4, 1, id => parent[id])); // moving up is fine
    }

    [Fact]
    public void Jabatan_LaporKeBawahannya_Throws()
    {
        var parent = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2 };
        var jabatan = new Jabatan("Kepala Dinas", JenisJabatan.JptPratama, null, unitKerjaId: 1);
        typeof(Jabatan).GetProperty(nameof(Jabatan.Id))!.SetValue(jabatan, 2);

        var ex = Assert.Throws<DomainException>(() => jabatan.LaporKe(3, id => parent[id]));
        Assert.Equal("Jabatan.SiklusAtasan", ex.Kode);
    }

    [Fact]
    public void Jabatan_JenjangMustMatchKind()
    {
        Assert.Throws<DomainException>(() => new Jabatan("Perawat", JenisJabatan.FungsionalKeterampilan, JenjangFungsional.AhliMuda, 1));
        Assert.Throws<DomainException>(() => new Jabatan("Analis", JenisJabatan.FungsionalKeahlian, null, 1));
        Assert.Throws<DomainException>(() => new Jabatan("Kepala Seksi", JenisJabatan.Pengawas, JenjangFungsional.Mahir, 1));
        Assert.Equal(JenjangFungsional.Mahir, new Jabatan("Perawat", JenisJabatan.FungsionalKeterampilan, JenjangFungsional.Mahir, 1).Jenjang);
    }
}
