namespace SiKinerja.Domain.Skp;

public enum JenisPerubahan
{
    Ditambah = 1,
    Dihapus = 2,
    Diubah = 3,
}

/// <summary>What a change is about. Field names in <see cref="PerubahanSkp.Bidang"/> are the property names.</summary>
public enum ObjekPerubahan
{
    Pendekatan = 1,
    Rhk = 2,
    Iki = 3,
    Lampiran = 4,
}

/// <summary>
/// One difference between two revisions. <see cref="RhkTeks"/>/<see cref="IkiIndikator"/> name the row (the new text
/// when it still exists, the old one when removed); <see cref="Lampiran"/> names the list for lampiran changes;
/// <see cref="Bidang"/> lists the changed properties of a changed row (e.g. <c>Teks</c>, <c>Jenis</c>,
/// <c>RhkAtasanId</c>, <c>Target</c>).
/// </summary>
public sealed record PerubahanSkp(
    JenisPerubahan Jenis,
    ObjekPerubahan Objek,
    string? RhkTeks,
    string? IkiIndikator,
    JenisLampiran? Lampiran,
    IReadOnlyList<string> Bidang);

/// <summary>
/// "What changed" between two revisions of an SKP (DOMAIN.md §1.7; issue: the history of revisions is visible with what
/// changed). Pure. RHK and IKI are paired by their <c>Kunci</c>, which a revision keeps while the database ids differ.
/// Order changes alone are reported as a change of <c>Urutan</c>.
/// </summary>
public static class PerbandinganRevisi
{
    public static IReadOnlyList<PerubahanSkp> Bandingkan(Skp lama, Skp baru)
    {
        ArgumentNullException.ThrowIfNull(lama);
        ArgumentNullException.ThrowIfNull(baru);
        var hasil = new List<PerubahanSkp>();

        if (lama.Pendekatan != baru.Pendekatan)
        {
            hasil.Add(new(JenisPerubahan.Diubah, ObjekPerubahan.Pendekatan, null, null, null, [nameof(Skp.Pendekatan)]));
        }

        var rhkLama = lama.Rhk.ToDictionary(r => r.Kunci);
        var rhkBaru = baru.Rhk.ToDictionary(r => r.Kunci);
        foreach (var r in lama.Rhk.Where(r => !rhkBaru.ContainsKey(r.Kunci)))
        {
            hasil.Add(new(JenisPerubahan.Dihapus, ObjekPerubahan.Rhk, r.Teks, null, null, []));
        }

        foreach (var r in baru.Rhk)
        {
            if (!rhkLama.TryGetValue(r.Kunci, out var l))
            {
                hasil.Add(new(JenisPerubahan.Ditambah, ObjekPerubahan.Rhk, r.Teks, null, null, []));
                continue;
            }

            var bidang = new List<string>();
            Banding(bidang, nameof(RencanaHasilKerja.Jenis), l.Jenis, r.Jenis);
            Banding(bidang, nameof(RencanaHasilKerja.Teks), l.Teks, r.Teks);
            Banding(bidang, nameof(RencanaHasilKerja.Urutan), l.Urutan, r.Urutan);
            Banding(bidang, nameof(RencanaHasilKerja.RhkAtasanId), l.RhkAtasanId, r.RhkAtasanId);
            Banding(bidang, nameof(RencanaHasilKerja.SasaranOrganisasiId), l.SasaranOrganisasiId, r.SasaranOrganisasiId);
            if (bidang.Count > 0)
            {
                hasil.Add(new(JenisPerubahan.Diubah, ObjekPerubahan.Rhk, r.Teks, null, null, bidang));
            }

            BandingIki(hasil, l, r);
        }

        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            if (!lama.LampiranMenurut(jenis).SequenceEqual(baru.LampiranMenurut(jenis), StringComparer.Ordinal))
            {
                hasil.Add(new(JenisPerubahan.Diubah, ObjekPerubahan.Lampiran, null, null, jenis, []));
            }
        }

        return hasil;
    }

    private static void BandingIki(List<PerubahanSkp> hasil, RencanaHasilKerja lama, RencanaHasilKerja baru)
    {
        var ikiLama = lama.Indikator.ToDictionary(i => i.Kunci);
        var ikiBaru = baru.Indikator.ToDictionary(i => i.Kunci);
        foreach (var i in lama.Indikator.Where(i => !ikiBaru.ContainsKey(i.Kunci)))
        {
            hasil.Add(new(JenisPerubahan.Dihapus, ObjekPerubahan.Iki, baru.Teks, i.Indikator, null, []));
        }

        foreach (var i in baru.Indikator)
        {
            if (!ikiLama.TryGetValue(i.Kunci, out var l))
            {
                hasil.Add(new(JenisPerubahan.Ditambah, ObjekPerubahan.Iki, baru.Teks, i.Indikator, null, []));
                continue;
            }

            var bidang = new List<string>();
            Banding(bidang, nameof(IndikatorKinerjaIndividu.Aspek), l.Aspek, i.Aspek);
            Banding(bidang, nameof(IndikatorKinerjaIndividu.Indikator), l.Indikator, i.Indikator);
            Banding(bidang, nameof(IndikatorKinerjaIndividu.Urutan), l.Urutan, i.Urutan);
            if (!l.Target.SamaDengan(i.Target))
            {
                bidang.Add(nameof(IndikatorKinerjaIndividu.Target));
            }

            if (bidang.Count > 0)
            {
                hasil.Add(new(JenisPerubahan.Diubah, ObjekPerubahan.Iki, baru.Teks, i.Indikator, null, bidang));
            }
        }
    }

    private static void Banding<T>(List<string> bidang, string nama, T lama, T baru)
    {
        if (!EqualityComparer<T>.Default.Equals(lama, baru))
        {
            bidang.Add(nama);
        }
    }
}
