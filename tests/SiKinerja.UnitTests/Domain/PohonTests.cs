using SiKinerja.Domain.Common;
using SiKinerja.Domain.Organisasi;

namespace SiKinerja.UnitTests.Domain;

public class PohonTests
{
    // 1 ← 2 ← 3 ← 4, and 5 under 1.
    private static readonly Dictionary<int, int?> Induk = new() { [1] = null, [2] = 1, [3] = 2, [4] = 3, [5] = 1 };

    private static int? IndukDari(int id) => Induk.GetValueOrDefault(id);

    [Fact]
    public void Leluhur_ListsAncestorsNearestFirst()
    {
        Assert.Equal([3, 2, 1], Pohon.Leluhur(4, IndukDari));
        Assert.Empty(Pohon.Leluhur(1, IndukDari));
    }

    [Fact]
    public void Leluhur_StopsOnAnExistingLoop()
    {
        var loop = new Dictionary<int, int?> { [1] = 2, [2] = 3, [3] = 1 };

        Assert.Equal([2, 3], Pohon.Leluhur(1, id => loop.GetValueOrDefault(id)));
    }

    [Theory]
    [InlineData(2, 4)] // under its own grandchild
    [InlineData(2, 2)] // under itself
    public void MembuatSiklus_UnderItselfOrDescendant_IsTrue(int node, int newParent) =>
        Assert.True(Pohon.MembuatSiklus(node, newParent, IndukDari));

    [Fact]
    public void MembuatSiklus_UnderASibling_IsFalse() => Assert.False(Pohon.MembuatSiklus(2, 5, IndukDari));
}

public class UnitKerjaTests
{
    [Fact]
    public void PindahKe_UnderOwnChild_IsRefusedAndParentKept()
    {
        var parents = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2 };
        var unit = Unit(2, 1);

        var ex = Assert.Throws<DomainException>(() => unit.PindahKe(3, id => parents.GetValueOrDefault(id)));

        Assert.Equal("UnitKerja.SiklusInduk", ex.Kode);
        Assert.Equal(1, unit.ParentId);
    }

    [Fact]
    public void PemdaHarusPuncak_OnlyARootMayBeAPemda()
    {
        Assert.True(UnitKerja.PosisiSesuai(JenisUnitKerja.Pemda, null));
        Assert.False(UnitKerja.PosisiSesuai(JenisUnitKerja.Pemda, 1));
        Assert.True(UnitKerja.PosisiSesuai(JenisUnitKerja.PerangkatDaerah, 1));
        Assert.False(UnitKerja.PosisiSesuai(JenisUnitKerja.PerangkatDaerah, null));
    }

    private static UnitKerja Unit(int id, int? parent)
    {
        var u = new UnitKerja("Unit", JenisUnitKerja.BidangBagian, parent);
        typeof(UnitKerja).GetProperty(nameof(UnitKerja.Id))!.SetValue(u, id);
        return u;
    }
}

public class UnitKerjaUbahPosisiTests
{
    [Theory]
    [InlineData(JenisUnitKerja.Pemda, 1, "UnitKerja.PemdaHanyaPuncak")]
    [InlineData(JenisUnitKerja.BidangBagian, null, "UnitKerja.IndukWajib")]
    public void UbahPosisi_WrongLevel_IsRefusedAndNothingChanges(JenisUnitKerja jenis, int? parent, string kode)
    {
        var unit = new UnitKerja("Dinas", JenisUnitKerja.PerangkatDaerah, 1);

        var ex = Assert.Throws<DomainException>(() => unit.UbahPosisi(jenis, parent, _ => null));

        Assert.Equal(kode, ex.Kode);
        Assert.Equal(JenisUnitKerja.PerangkatDaerah, unit.Jenis);
        Assert.Equal(1, unit.ParentId);
    }

    [Fact]
    public void UbahPosisi_Valid_SetsKindAndParent()
    {
        var unit = new UnitKerja("Dinas", JenisUnitKerja.PerangkatDaerah, 1);

        unit.UbahPosisi(JenisUnitKerja.BidangBagian, 7, _ => null);

        Assert.Equal((JenisUnitKerja.BidangBagian, 7), (unit.Jenis, unit.ParentId));
    }
}
