using SiKinerja.Domain.Skp;
using SiKinerja.UnitTests.Domain;
using SiKinerja.Web.Features.Skp;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.UnitTests.Features.Skp;

/// <summary>The editor's form mapped onto the aggregate: the diff by id, the order, and the refusal of foreign ids and links.</summary>
public class PenerapFormSkpTests
{
    private static readonly HashSet<int> TanpaSasaran = [];

    /// <summary>A "stored" SKP: ids given as the database would (RHK 1.., IKI 100..).</summary>
    private static SkpEntity Tersimpan(int rhk = 2)
    {
        var skp = new SkpBuilder().WithRhk(rhk).Build();
        var n = 0;
        foreach (var r in skp.Rhk)
        {
            BeriId(r, ++n);
            skp.TambahIki(r, AspekIki.Waktu, $"Tepat waktu {n}", Target.Angka(12, "bulan"));
            var m = 0;
            foreach (var i in r.Indikator)
            {
                BeriId(i, (n * 100) + ++m);
            }
        }

        return skp;
    }

    private static void BeriId(object entitas, int id) => entitas.GetType().GetProperty("Id")!.SetValue(entitas, id);

    private static HashSet<int> Atasan(SkpEntity skp) => [.. skp.Rhk.Select(r => r.RhkAtasanId!.Value)];

    [Fact]
    public void FormDari_ThenTerapkan_ChangesNothing()
    {
        var skp = Tersimpan();
        var sebelum = PenerapFormSkp.FormDari(skp);
        var form = PenerapFormSkp.FormDari(skp);
        form.Normalisasi();

        Assert.Empty(PenerapFormSkp.Periksa(skp, form, Atasan(skp), TanpaSasaran));
        PenerapFormSkp.Terapkan(skp, form);

        Assert.Equivalent(sebelum, PenerapFormSkp.FormDari(skp), strict: true);
    }

    [Fact]
    public void Terapkan_AddsUpdatesRemovesAndReordersByIdAsPosted()
    {
        var skp = Tersimpan(3);
        var form = PenerapFormSkp.FormDari(skp);
        form.Rhk.RemoveAt(0);                                   // RHK 1 removed
        (form.Rhk[0], form.Rhk[1]) = (form.Rhk[1], form.Rhk[0]); // RHK 3 before RHK 2
        form.Rhk[1].Teks = "RHK dua diubah";
        form.Rhk[1].Iki.RemoveAt(0);                            // first IKI of RHK 2 removed
        form.Rhk[0].Iki.Reverse();                              // IKI of RHK 3 swapped
        form.Rhk[0].Iki[0].JenisTarget = JenisTarget.Rentang;
        form.Rhk[0].Iki[0].Nilai = "80";
        form.Rhk[0].Iki[0].NilaiMaksimum = "100";
        form.Rhk[0].Iki[0].Satuan = "%";
        form.Rhk.Add(new RhkForm
        {
            Jenis = JenisRhk.Tambahan, Teks = "RHK baru",
            Iki = [new IkiForm { Aspek = AspekIki.Kualitas, Indikator = "Mutu", JenisTarget = JenisTarget.Narasi, Narasi = "Tanpa revisi" }],
        });
        form.Konsekuensi = "Teguran\n\n  Peringatan  ";
        form.Pendekatan = PendekatanSkp.Kualitatif;
        form.Normalisasi();

        Assert.Empty(PenerapFormSkp.Periksa(skp, form, Atasan(skp), TanpaSasaran));
        PenerapFormSkp.Terapkan(skp, form);

        Assert.Equal(["Rencana hasil kerja 3", "RHK dua diubah", "RHK baru"], skp.Rhk.Select(r => r.Teks));
        Assert.Equal([3, 2, 0], skp.Rhk.Select(r => r.Id));
        Assert.Equal([1, 2, 3], skp.Rhk.Select(r => r.Urutan));
        Assert.Equal(["Tepat waktu 3", "Jumlah dokumen 3"], skp.Rhk[0].Indikator.Select(i => i.Indikator));
        Assert.Equal((JenisTarget.Rentang, 80m, 100m, "%"), (skp.Rhk[0].Indikator[0].Target.Jenis, skp.Rhk[0].Indikator[0].Target.Nilai, skp.Rhk[0].Indikator[0].Target.NilaiMaksimum, skp.Rhk[0].Indikator[0].Target.Satuan));
        Assert.Equal(["Tepat waktu 2"], skp.Rhk[1].Indikator.Select(i => i.Indikator));
        Assert.Equal((JenisRhk.Tambahan, "Tanpa revisi"), (skp.Rhk[2].Jenis, skp.Rhk[2].Indikator[0].Target.Narasi));
        Assert.Equal(["Teguran", "Peringatan"], skp.LampiranMenurut(JenisLampiran.Konsekuensi));
        Assert.Equal(PendekatanSkp.Kualitatif, skp.Pendekatan);
    }

    [Fact]
    public void Normalisasi_DropsUntouchedNewRows_AndGroupsUtamaFirst()
    {
        var form = new SkpForm
        {
            Rhk =
            [
                new RhkForm { Jenis = JenisRhk.Tambahan, Teks = "T" },
                new RhkForm { Iki = [new IkiForm()] },
                new RhkForm { Jenis = JenisRhk.Utama, Teks = "U", Iki = [new IkiForm(), new IkiForm { Indikator = "I" }] },
            ],
        };

        form.Normalisasi();

        Assert.Equal(["U", "T"], form.Rhk.Select(r => r.Teks));
        Assert.Equal(["I"], form.Rhk[0].Iki.Select(i => i.Indikator));
    }

    [Fact]
    public void Periksa_ForeignOrRepeatedIds_AndLinksNotOffered_AreRefusedAtTheirRow()
    {
        var skp = Tersimpan(2);
        var form = PenerapFormSkp.FormDari(skp);
        form.Rhk[0].Id = 999;                              // not this SKP's RHK
        form.Rhk[1].Iki[0].Id = 101;                       // an IKI of the other RHK
        form.Rhk.Add(new RhkForm { Id = 2, Teks = "Dua kali" });
        form.Rhk[1].RhkAtasanId = 5555;                    // not the supervisor's

        var galat = PenerapFormSkp.Periksa(skp, form, Atasan(skp), TanpaSasaran);

        Assert.Contains(new GalatForm("Rhk[0].Teks", PenerapFormSkp.BarisTidakDikenal), galat);
        Assert.Contains(new GalatForm("Rhk[1].Iki[0].Indikator", PenerapFormSkp.BarisTidakDikenal), galat);
        Assert.Contains(new GalatForm("Rhk[2].Teks", PenerapFormSkp.BarisTidakDikenal), galat);
        Assert.Contains(new GalatForm("Rhk[1].RhkAtasanId", PenerapFormSkp.RhkAtasanTidakValid), galat);
    }

    [Fact]
    public void Periksa_AStoredLinkNoLongerOffered_IsKept()
    {
        var skp = Tersimpan(1);
        var form = PenerapFormSkp.FormDari(skp);

        // The supervisor revised their SKP: the old RHK id is no longer in the list, but an unchanged link is not a forgery.
        Assert.Empty(PenerapFormSkp.Periksa(skp, form, new HashSet<int>(), TanpaSasaran));
        form.Rhk.Add(new RhkForm { Teks = "Baru", RhkAtasanId = skp.Rhk[0].RhkAtasanId });
        Assert.Single(PenerapFormSkp.Periksa(skp, form, new HashSet<int>(), TanpaSasaran));
    }

    [Fact]
    public void Periksa_SasaranOrganisasi_OnlyFromTheOfferedList()
    {
        var skp = new SkpBuilder().TanpaPenilai().TanpaTautan().Build();
        BeriId(skp.Rhk[0], 1);
        var form = PenerapFormSkp.FormDari(skp);
        form.Rhk[0].SasaranOrganisasiId = 7;

        Assert.Single(PenerapFormSkp.Periksa(skp, form, new HashSet<int>(), TanpaSasaran));
        Assert.Empty(PenerapFormSkp.Periksa(skp, form, new HashSet<int>(), new HashSet<int> { 7 }));
    }

    [Fact]
    public void Target_FromEachKindOfRow()
    {
        Assert.Equal((JenisTarget.Angka, 12.5m, "laporan"), T(new IkiForm { JenisTarget = JenisTarget.Angka, Nilai = "12,5", Satuan = "laporan" }));
        Assert.Equal((JenisTarget.Angka, (decimal?)null, (string?)null), T(new IkiForm { JenisTarget = JenisTarget.Angka }));
        var tanggal = PenerapFormSkp.Target(new IkiForm { JenisTarget = JenisTarget.Tanggal, Tanggal = new DateOnly(2026, 6, 30) });
        Assert.Equal(new DateOnly(2026, 6, 30), tanggal.Tanggal);

        static (JenisTarget, decimal?, string?) T(IkiForm f)
        {
            var t = PenerapFormSkp.Target(f);
            return (t.Jenis, t.Nilai, t.Satuan);
        }
    }
}
