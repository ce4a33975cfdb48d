namespace SiKinerja.Domain.Skp;

/// <summary>
/// The SMART check of an SKP (DOMAIN.md §1.3–§1.4), pure: run while drafting to show each problem beside its row,
/// and by <see cref="Skp.Ajukan"/>, where any <see cref="TingkatTemuan.Galat"/> blocks submission.
/// Empty and over-long texts never reach it: they are refused at input (<see cref="TeksSkp"/>).
/// </summary>
public static class PemeriksaSkp
{
    private static readonly string[] SatuanBulan = ["BULAN", "BLN"];
    private static readonly string[] SatuanHari = ["HARI", "HARI KERJA", "HR"];
    private static readonly string[] SatuanPersen = ["%", "PERSEN"];

    /// <param name="skp">The SKP to check.</param>
    /// <param name="aturan">The instansi settings (<see cref="AturanSkp.Bawaan"/> for the documented defaults).</param>
    /// <param name="skpPenilaiSudahDisetujui">Whether the pejabat penilai's own SKP for the year is approved. While it
    /// is not, an unlinked RHK is only a warning: subordinates must be able to draft and link later.</param>
    public static IReadOnlyList<TemuanSkp> Periksa(Skp skp, AturanSkp aturan, bool skpPenilaiSudahDisetujui)
    {
        ArgumentNullException.ThrowIfNull(skp);
        ArgumentNullException.ThrowIfNull(aturan);
        var temuan = new List<TemuanSkp>();
        var daftar = skp.Rhk;

        if (daftar.Count < aturan.RhkMinimum)
        {
            temuan.Add(Umum(TingkatTemuan.Galat, KodeSkp.RhkKurang, aturan.RhkMinimum));
        }

        if (daftar.Count > aturan.RhkMaksimum)
        {
            temuan.Add(Umum(TingkatTemuan.Galat, KodeSkp.RhkTerlaluBanyak, aturan.RhkMaksimum));
        }

        if (daftar.Count > 0 && daftar.All(r => r.Jenis != JenisRhk.Utama))
        {
            temuan.Add(Umum(TingkatTemuan.Galat, KodeSkp.TanpaRhkUtama));
        }

        var sudahAda = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < daftar.Count; i++)
        {
            var rhk = daftar[i];
            if (!sudahAda.Add(TeksSkp.Normalisasi(rhk.Teks)))
            {
                temuan.Add(Rhk(TingkatTemuan.Galat, KodeSkp.RhkGanda, i, rhk));
            }

            PeriksaTautan(skp, aturan, skpPenilaiSudahDisetujui, i, rhk, temuan);

            var iki = rhk.Indikator;
            if (iki.Count == 0)
            {
                temuan.Add(Rhk(TingkatTemuan.Galat, KodeSkp.RhkTanpaIki, i, rhk));
            }

            for (var j = 0; j < iki.Count; j++)
            {
                PeriksaTarget(skp, aturan, i, rhk, j, iki[j], temuan);
            }
        }

        return temuan;
    }

    private static void PeriksaTautan(Skp skp, AturanSkp aturan, bool skpPenilaiSudahDisetujui, int i, RencanaHasilKerja rhk, List<TemuanSkp> temuan)
    {
        if (skp.Snapshot.PejabatPenilai is null)
        {
            // Top of the organisation: RHK come from the Perjanjian Kinerja. Only a warning: the organisation targets
            // are maintained separately and may not be entered yet.
            if (rhk.SasaranOrganisasiId is null)
            {
                temuan.Add(Rhk(TingkatTemuan.Peringatan, KodeSkp.RhkTanpaSasaranOrganisasi, i, rhk));
            }

            return;
        }

        if (rhk.RhkAtasanId is not null)
        {
            return;
        }

        if (!skpPenilaiSudahDisetujui)
        {
            temuan.Add(Rhk(TingkatTemuan.Peringatan, KodeSkp.RhkMenungguSkpAtasan, i, rhk));
        }
        else
        {
            var tingkat = aturan.WajibIntervensi ? TingkatTemuan.Galat : TingkatTemuan.Peringatan;
            temuan.Add(Rhk(tingkat, KodeSkp.RhkBelumDiintervensi, i, rhk));
        }
    }

    private static void PeriksaTarget(Skp skp, AturanSkp aturan, int i, RencanaHasilKerja rhk, int j, IndikatorKinerjaIndividu iki, List<TemuanSkp> temuan)
    {
        void Tambah(TingkatTemuan tingkat, string kode, params object[] argumen) =>
            temuan.Add(new TemuanSkp(tingkat, kode, i, Id(rhk.Id), j, Id(iki.Id), argumen));

        var target = iki.Target;
        var kuantitatif = skp.Pendekatan == PendekatanSkp.Kuantitatif;

        switch (target.Jenis)
        {
            case JenisTarget.Narasi:
                if (kuantitatif)
                {
                    Tambah(TingkatTemuan.Galat, KodeSkp.TargetHarusTerukur);
                }

                return;

            case JenisTarget.Tanggal:
                if (iki.Aspek != AspekIki.Waktu)
                {
                    Tambah(TingkatTemuan.Galat, KodeSkp.TargetTanggalBukanWaktu);
                }
                else if (target.Tanggal < skp.TanggalMulai || target.Tanggal > skp.TanggalSelesai)
                {
                    Tambah(TingkatTemuan.Galat, KodeSkp.TargetWaktuDiLuarPeriode, skp.TanggalMulai, skp.TanggalSelesai);
                }

                return;
        }

        // Angka or Rentang.
        if (!kuantitatif)
        {
            Tambah(TingkatTemuan.Peringatan, KodeSkp.TargetBukanNarasi);
        }

        var rentang = target.Jenis == JenisTarget.Rentang;
        if (target.Nilai is null || (rentang && target.NilaiMaksimum is null))
        {
            Tambah(TingkatTemuan.Galat, KodeSkp.TargetTanpaAngka);
        }

        if (target.Satuan is null)
        {
            Tambah(TingkatTemuan.Galat, KodeSkp.TargetTanpaSatuan);
        }

        var angka = new[] { target.Nilai, rentang ? target.NilaiMaksimum : null }.OfType<decimal>().ToList();
        if (angka.Any(n => n < 0))
        {
            Tambah(TingkatTemuan.Galat, KodeSkp.TargetNegatif);
        }

        if (angka.Any(n => n > aturan.NilaiTargetMaksimum))
        {
            Tambah(TingkatTemuan.Galat, KodeSkp.TargetTidakWajar, aturan.NilaiTargetMaksimum);
        }

        if (rentang && target.Nilai > target.NilaiMaksimum)
        {
            Tambah(TingkatTemuan.Galat, KodeSkp.RentangTerbalik);
        }

        if (angka.Count == 0 || target.Satuan is null)
        {
            return;
        }

        var satuan = TeksSkp.Normalisasi(target.Satuan);
        var terbesar = angka.Max();
        if (SatuanPersen.Contains(satuan) && terbesar > 100)
        {
            Tambah(TingkatTemuan.Peringatan, KodeSkp.PersenLebihDari100);
        }

        if (iki.Aspek == AspekIki.Waktu)
        {
            var batas = SatuanBulan.Contains(satuan) ? JumlahBulan(skp)
                : SatuanHari.Contains(satuan) ? skp.TanggalSelesai.DayNumber - skp.TanggalMulai.DayNumber + 1
                : (int?)null;
            if (batas is { } b && terbesar > b)
            {
                Tambah(TingkatTemuan.Galat, KodeSkp.TargetWaktuMelebihiPeriode, b, target.Satuan);
            }
        }
    }

    /// <summary>Calendar months the period touches: Jan–Jun = 6, 15 Mar–31 Dec = 10.</summary>
    private static int JumlahBulan(Skp skp) =>
        (skp.TanggalSelesai.Year * 12) + skp.TanggalSelesai.Month - ((skp.TanggalMulai.Year * 12) + skp.TanggalMulai.Month) + 1;

    private static int? Id(int id) => id == 0 ? null : id;

    private static TemuanSkp Umum(TingkatTemuan tingkat, string kode, params object[] argumen) =>
        new(tingkat, kode, null, null, null, null, argumen);

    private static TemuanSkp Rhk(TingkatTemuan tingkat, string kode, int i, RencanaHasilKerja rhk) =>
        new(tingkat, kode, i, Id(rhk.Id), null, null, []);
}
