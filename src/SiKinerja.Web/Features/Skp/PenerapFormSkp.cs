using SiKinerja.Domain.Skp;
using SkpEntity = SiKinerja.Domain.Skp.Skp;

namespace SiKinerja.Web.Features.Skp;

/// <summary>One refusal of the posted form: the field key (as rendered, <c>Rhk[2].RhkAtasanId</c>) and the resource key.</summary>
public sealed record GalatForm(string Kunci, string Kode);

/// <summary>
/// Maps the editor's form onto the loaded aggregate, pure: <see cref="Periksa"/> refuses ids that are not this SKP's rows
/// and links that are not allowed; <see cref="Terapkan"/> applies the difference (rows by id, new rows without id, rows
/// missing from the form removed, order as posted) through the aggregate's own methods, so the domain keeps guarding
/// status and texts. Unchanged values are written back equal, which EF does not count as a change.
/// </summary>
public static class PenerapFormSkp
{
    public const string BarisTidakDikenal = "Skp.Form.BarisTidakDikenal";
    public const string RhkAtasanTidakValid = "Skp.Form.RhkAtasanTidakValid";
    public const string SasaranTidakValid = "Skp.Form.SasaranTidakValid";

    /// <param name="skp">The stored SKP.</param>
    /// <param name="form">The normalised form (<see cref="SkpForm.Normalisasi"/>).</param>
    /// <param name="rhkAtasanBoleh">RHK ids of the pejabat penilai's current SKP (empty at the top of the tree).</param>
    /// <param name="sasaranBoleh">Organisation targets offered to this employee (empty below the top).</param>
    public static IReadOnlyList<GalatForm> Periksa(SkpEntity skp, SkpForm form, IReadOnlySet<int> rhkAtasanBoleh, IReadOnlySet<int> sasaranBoleh)
    {
        ArgumentNullException.ThrowIfNull(skp);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(rhkAtasanBoleh);
        ArgumentNullException.ThrowIfNull(sasaranBoleh);
        var galat = new List<GalatForm>();
        var rhkTersimpan = skp.Rhk.Where(r => r.Id != 0).ToDictionary(r => r.Id);
        var rhkDipakai = new HashSet<int>();
        var ikiDipakai = new HashSet<int>();
        for (var i = 0; i < form.Rhk.Count; i++)
        {
            var rf = form.Rhk[i];
            RencanaHasilKerja? lama = null;
            if (rf.Id is { } id && (!rhkTersimpan.TryGetValue(id, out lama) || !rhkDipakai.Add(id)))
            {
                galat.Add(new($"Rhk[{i}].Teks", BarisTidakDikenal));
                continue;
            }

            if (rf.RhkAtasanId is { } atasan && !rhkAtasanBoleh.Contains(atasan) && atasan != lama?.RhkAtasanId)
            {
                galat.Add(new($"Rhk[{i}].RhkAtasanId", RhkAtasanTidakValid));
            }

            if (rf.SasaranOrganisasiId is { } sasaran && !sasaranBoleh.Contains(sasaran) && sasaran != lama?.SasaranOrganisasiId)
            {
                galat.Add(new($"Rhk[{i}].SasaranOrganisasiId", SasaranTidakValid));
            }

            var ikiTersimpan = lama?.Indikator.Select(x => x.Id).ToHashSet() ?? [];
            for (var j = 0; j < rf.Iki.Count; j++)
            {
                if (rf.Iki[j].Id is { } ikiId && (!ikiTersimpan.Contains(ikiId) || !ikiDipakai.Add(ikiId)))
                {
                    galat.Add(new($"Rhk[{i}].Iki[{j}].Indikator", BarisTidakDikenal));
                }
            }
        }

        return galat;
    }

    /// <summary>Applies a form that <see cref="Periksa"/> accepted. Throws <see cref="Domain.Common.DomainException"/> like the aggregate.</summary>
    public static void Terapkan(SkpEntity skp, SkpForm form)
    {
        ArgumentNullException.ThrowIfNull(skp);
        ArgumentNullException.ThrowIfNull(form);
        if (skp.Pendekatan != form.Pendekatan)
        {
            skp.UbahPendekatan(form.Pendekatan);
        }

        var tetap = form.Rhk.Select(r => r.Id).OfType<int>().ToHashSet();
        foreach (var hapus in skp.Rhk.Where(r => !tetap.Contains(r.Id)).ToList())
        {
            skp.HapusRhk(hapus);
        }

        var urutan = new List<RencanaHasilKerja>();
        foreach (var rf in form.Rhk)
        {
            RencanaHasilKerja rhk;
            if (rf.Id is { } id)
            {
                rhk = skp.Rhk.First(r => r.Id == id);
                skp.UbahRhk(rhk, rf.Jenis, rf.Teks!, rf.RhkAtasanId, rf.SasaranOrganisasiId);
            }
            else
            {
                rhk = skp.TambahRhk(rf.Jenis, rf.Teks!, rf.RhkAtasanId, rf.SasaranOrganisasiId);
            }

            urutan.Add(rhk);
            TerapkanIki(skp, rhk, rf.Iki);
        }

        for (var k = 0; k < urutan.Count; k++)
        {
            if (urutan[k].Urutan != k + 1)
            {
                skp.PindahkanRhk(urutan[k], k + 1);
            }
        }

        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            var butir = SkpForm.Butir(form.Lampiran(jenis));
            if (!skp.LampiranMenurut(jenis).SequenceEqual(butir, StringComparer.Ordinal))
            {
                skp.UbahLampiran(jenis, butir);
            }
        }
    }

    /// <summary>The target the IKI row describes; numbers were checked by the validator.</summary>
    public static Target Target(IkiForm f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.JenisTarget switch
        {
            JenisTarget.Rentang => Domain.Skp.Target.Rentang(Nilai(f.Nilai), Nilai(f.NilaiMaksimum), f.Satuan),
            JenisTarget.Narasi => Domain.Skp.Target.Naratif(f.Narasi!),
            JenisTarget.Tanggal => Domain.Skp.Target.Tenggat(f.Tanggal!.Value),
            _ => Domain.Skp.Target.Angka(Nilai(f.Nilai), f.Satuan),
        };
    }

    /// <summary>The form of a stored SKP, rows in the editor's order (Utama first, then Tambahan, each by position).</summary>
    public static SkpForm FormDari(SkpEntity skp)
    {
        ArgumentNullException.ThrowIfNull(skp);
        return new SkpForm
        {
            Id = skp.Id,
            Version = skp.Version,
            Pendekatan = skp.Pendekatan,
            Rhk = [.. skp.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).Select(r => new RhkForm
            {
                Id = r.Id,
                Jenis = r.Jenis,
                Teks = r.Teks,
                RhkAtasanId = r.RhkAtasanId,
                SasaranOrganisasiId = r.SasaranOrganisasiId,
                Iki = [.. r.Indikator.Select(i => new IkiForm
                {
                    Id = i.Id,
                    Aspek = i.Aspek,
                    Indikator = i.Indikator,
                    JenisTarget = i.Target.Jenis,
                    Nilai = Angka.Tulis(i.Target.Nilai),
                    NilaiMaksimum = Angka.Tulis(i.Target.NilaiMaksimum),
                    Satuan = i.Target.Satuan,
                    Narasi = i.Target.Narasi,
                    Tanggal = i.Target.Tanggal,
                })],
            })],
            DukunganSumberDaya = string.Join('\n', skp.LampiranMenurut(JenisLampiran.DukunganSumberDaya)),
            SkemaPertanggungjawaban = string.Join('\n', skp.LampiranMenurut(JenisLampiran.SkemaPertanggungjawaban)),
            Konsekuensi = string.Join('\n', skp.LampiranMenurut(JenisLampiran.Konsekuensi)),
        };
    }

    private static void TerapkanIki(SkpEntity skp, RencanaHasilKerja rhk, List<IkiForm> daftar)
    {
        var tetap = daftar.Select(i => i.Id).OfType<int>().ToHashSet();
        foreach (var hapus in rhk.Indikator.Where(i => !tetap.Contains(i.Id)).ToList())
        {
            skp.HapusIki(rhk, hapus);
        }

        var urutan = new List<IndikatorKinerjaIndividu>();
        foreach (var f in daftar)
        {
            var target = Target(f);
            if (f.Id is { } id)
            {
                var iki = rhk.Indikator.First(i => i.Id == id);
                if (iki.Aspek != f.Aspek || iki.Indikator != f.Indikator?.Trim() || !iki.Target.SamaDengan(target))
                {
                    skp.UbahIki(rhk, iki, f.Aspek, f.Indikator!, target);
                }

                urutan.Add(iki);
            }
            else
            {
                urutan.Add(skp.TambahIki(rhk, f.Aspek, f.Indikator!, target));
            }
        }

        for (var k = 0; k < urutan.Count; k++)
        {
            if (urutan[k].Urutan != k + 1)
            {
                skp.PindahkanIki(rhk, urutan[k], k + 1);
            }
        }
    }

    private static decimal? Nilai(string? teks) => Angka.TryParse(teks, out var n) ? n : null;
}
