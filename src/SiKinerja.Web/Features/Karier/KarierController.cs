using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Karier;
using SiKinerja.Domain.Kepegawaian;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Karier;

/// <summary>
/// Career records of an employee kept by the Admin BKD (penghargaan, hukuman disiplin, riwayat pangkat) and the employee's
/// history page, readable by the employee, their pejabat penilai and the Admin BKD.
/// </summary>
[Authorize]
[Route("Karier")]
public sealed class KarierController(
    KarierService layanan,
    RiwayatKarierService riwayat,
    IAuthorizationService otorisasi,
    IValidator<PenghargaanForm> validatorPenghargaan,
    IValidator<HukumanForm> validatorHukuman,
    IValidator<PangkatForm> validatorPangkat,
    IStringLocalizer<SharedResource> t) : Controller
{
    // ---- History ----
    [HttpGet("Riwayat/{pegawaiId:int}")]
    public async Task<IActionResult> Riwayat(int pegawaiId, CancellationToken ct)
    {
        var pemilik = await riwayat.PemilikAsync(pegawaiId, ct);
        var admin = (await otorisasi.AuthorizeAsync(User, Kebijakan.AdminBkd)).Succeeded;
        if (pemilik is null || !RiwayatKarierService.BolehMembaca(pemilik, User.PegawaiIdDari(), admin))
        {
            return NotFound();
        }

        ViewData["Admin"] = admin;
        return View(await riwayat.GetAsync(pemilik, ct));
    }

    // ---- Penghargaan ----
    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Penghargaan")]
    public async Task<IActionResult> Penghargaan(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(pegawaiId, ct);
        return pegawai is null ? NotFound() : View(new DaftarPegawaiViewModel<PenghargaanBaris>(pegawai, await layanan.DaftarPenghargaanAsync(pegawaiId, ct)));
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Penghargaan/Daftar")]
    public async Task<IActionResult> DaftarPenghargaan(int? tahun, JenisPenghargaan? jenis, int halaman = 1, CancellationToken ct = default)
    {
        var th = tahun ?? DateTime.Today.Year;
        return View(new PenghargaanTahunViewModel(th, jenis, await layanan.PenghargaanTahunAsync(th, jenis, halaman, ct)));
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Penghargaan/Tambah")]
    public async Task<IActionResult> TambahPenghargaan(int pegawaiId, CancellationToken ct) =>
        await FormPenghargaanAsync(new PenghargaanForm { PegawaiId = pegawaiId }, ct);

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Penghargaan/Tambah")]
    public async Task<IActionResult> TambahPenghargaan(int pegawaiId, PenghargaanForm form, CancellationToken ct)
    {
        form.Id = null;
        form.PegawaiId = pegawaiId;
        return await SimpanPenghargaanAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Penghargaan/{id:int}/Ubah")]
    public async Task<IActionResult> UbahPenghargaan(int id, CancellationToken ct) =>
        await layanan.FormPenghargaanAsync(id, ct) is { } form ? await FormPenghargaanAsync(form, ct) : NotFound();

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Penghargaan/{id:int}/Ubah")]
    public async Task<IActionResult> UbahPenghargaan(int id, PenghargaanForm form, CancellationToken ct)
    {
        if (await layanan.FormPenghargaanAsync(id, ct) is not { } ada)
        {
            return NotFound();
        }

        form.Id = id;
        form.PegawaiId = ada.PegawaiId;
        return await SimpanPenghargaanAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Penghargaan/{id:int}/Hapus")]
    public Task<IActionResult> HapusPenghargaan(int id, int version, CancellationToken ct) =>
        HapusAsync(() => layanan.HapusPenghargaanAsync(id, version, ct), "Karier.PenghargaanDihapus", nameof(Penghargaan), id, ct);

    // ---- Hukuman disiplin ----
    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Hukuman")]
    public async Task<IActionResult> Hukuman(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(pegawaiId, ct);
        return pegawai is null ? NotFound() : View(new DaftarPegawaiViewModel<HukumanBaris>(pegawai, await layanan.DaftarHukumanAsync(pegawaiId, ct)));
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Hukuman/Tambah")]
    public async Task<IActionResult> TambahHukuman(int pegawaiId, CancellationToken ct) =>
        await FormHukumanAsync(new HukumanForm { PegawaiId = pegawaiId }, ct);

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Hukuman/Tambah")]
    public async Task<IActionResult> TambahHukuman(int pegawaiId, HukumanForm form, CancellationToken ct)
    {
        form.Id = null;
        form.PegawaiId = pegawaiId;
        return await SimpanHukumanAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Hukuman/{id:int}/Ubah")]
    public async Task<IActionResult> UbahHukuman(int id, CancellationToken ct) =>
        await layanan.FormHukumanAsync(id, ct) is { } form ? await FormHukumanAsync(form, ct) : NotFound();

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Hukuman/{id:int}/Ubah")]
    public async Task<IActionResult> UbahHukuman(int id, HukumanForm form, CancellationToken ct)
    {
        if (await layanan.FormHukumanAsync(id, ct) is not { } ada)
        {
            return NotFound();
        }

        form.Id = id;
        form.PegawaiId = ada.PegawaiId;
        return await SimpanHukumanAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Hukuman/{id:int}/Hapus")]
    public Task<IActionResult> HapusHukuman(int id, int version, CancellationToken ct) =>
        HapusAsync(() => layanan.HapusHukumanAsync(id, version, ct), "Karier.HukumanDihapus", nameof(Hukuman), id, ct);

    // ---- Riwayat pangkat ----
    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Pangkat")]
    public async Task<IActionResult> Pangkat(int pegawaiId, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(pegawaiId, ct);
        return pegawai is null ? NotFound() : View(new DaftarPegawaiViewModel<PangkatBaris>(pegawai, await layanan.DaftarPangkatAsync(pegawaiId, ct)));
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Pangkat/Tambah")]
    public async Task<IActionResult> TambahPangkat(int pegawaiId, CancellationToken ct) =>
        await FormPangkatAsync(new PangkatForm { PegawaiId = pegawaiId }, ct);

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Pangkat/Tambah")]
    public async Task<IActionResult> TambahPangkat(int pegawaiId, PangkatForm form, CancellationToken ct)
    {
        form.Id = null;
        form.PegawaiId = pegawaiId;
        return await SimpanPangkatAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpGet("Pangkat/{id:int}/Ubah")]
    public async Task<IActionResult> UbahPangkat(int id, CancellationToken ct) =>
        await layanan.FormPangkatAsync(id, ct) is { } form ? await FormPangkatAsync(form, ct) : NotFound();

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Pangkat/{id:int}/Ubah")]
    public async Task<IActionResult> UbahPangkat(int id, PangkatForm form, CancellationToken ct)
    {
        if (await layanan.FormPangkatAsync(id, ct) is not { } ada)
        {
            return NotFound();
        }

        form.Id = id;
        form.PegawaiId = ada.PegawaiId;
        return await SimpanPangkatAsync(form, ct);
    }

    [Authorize(Policy = Kebijakan.AdminBkd)]
    [HttpPost("Pangkat/{id:int}/Hapus")]
    public Task<IActionResult> HapusPangkat(int id, int version, CancellationToken ct) =>
        HapusAsync(() => layanan.HapusPangkatAsync(id, version, ct), "Karier.PangkatDihapus", nameof(Pangkat), id, ct);

    // ---- helpers ----
    private async Task<IActionResult> SimpanPenghargaanAsync(PenghargaanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorPenghargaan, form, ct))
        {
            return await FormPenghargaanAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.SimpanPenghargaanAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Karier.PenghargaanDisimpan"]);
                return RedirectToAction(nameof(Penghargaan), new { pegawaiId = form.PegawaiId });
            },
            () => FormPenghargaanAsync(form, ct));
    }

    private async Task<IActionResult> SimpanHukumanAsync(HukumanForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorHukuman, form, ct))
        {
            return await FormHukumanAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.SimpanHukumanAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Karier.HukumanDisimpan"]);
                return RedirectToAction(nameof(Hukuman), new { pegawaiId = form.PegawaiId });
            },
            () => FormHukumanAsync(form, ct));
    }

    private async Task<IActionResult> SimpanPangkatAsync(PangkatForm form, CancellationToken ct)
    {
        if (!await ModelState.ValidasiAsync(validatorPangkat, form, ct))
        {
            return await FormPangkatAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (!await layanan.SimpanPangkatAsync(form, ct))
                {
                    return NotFound();
                }

                TempData.Sukses(t["Karier.PangkatDisimpan"]);
                return RedirectToAction(nameof(Pangkat), new { pegawaiId = form.PegawaiId });
            },
            () => FormPangkatAsync(form, ct),
            ex => ex.Kode == "Pegawai.TmtGolonganSebelumCpns" ? nameof(PangkatForm.Tmt) : string.Empty);
    }

    private async Task<IActionResult> FormPenghargaanAsync(PenghargaanForm form, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(form.PegawaiId, ct);
        return pegawai is null ? NotFound() : FormView("PenghargaanForm", pegawai, form);
    }

    private async Task<IActionResult> FormHukumanAsync(HukumanForm form, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(form.PegawaiId, ct);
        return pegawai is null ? NotFound() : FormView("HukumanForm", pegawai, form);
    }

    private async Task<IActionResult> FormPangkatAsync(PangkatForm form, CancellationToken ct)
    {
        var pegawai = await layanan.PegawaiAsync(form.PegawaiId, ct);
        if (pegawai is null)
        {
            return NotFound();
        }

        form.JenisPegawai = pegawai.JenisPegawai;
        return FormView("PangkatForm", pegawai, form);
    }

    private ViewResult FormView(string nama, PegawaiKarier pegawai, object form)
    {
        ViewData["Pegawai"] = pegawai;
        return View(nama, form);
    }

    private async Task<IActionResult> HapusAsync(Func<Task<int?>> hapus, string pesan, string daftar, int id, CancellationToken ct)
    {
        try
        {
            if (await hapus() is not { } pegawaiId)
            {
                return NotFound();
            }

            TempData.Sukses(t[pesan]);
            return RedirectToAction(daftar, new { pegawaiId });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Galat(t["Umum.DiubahPenggunaLain"]);
            var pegawaiId = daftar switch
            {
                nameof(Penghargaan) => (await layanan.FormPenghargaanAsync(id, ct))?.PegawaiId,
                nameof(Hukuman) => (await layanan.FormHukumanAsync(id, ct))?.PegawaiId,
                _ => (await layanan.FormPangkatAsync(id, ct))?.PegawaiId,
            };
            return pegawaiId is null ? NotFound() : RedirectToAction(daftar, new { pegawaiId });
        }
    }
}

public sealed record DaftarPegawaiViewModel<T>(PegawaiKarier Pegawai, IReadOnlyList<T> Baris);


public sealed record PenghargaanTahunViewModel(int Tahun, JenisPenghargaan? Jenis, Halaman<PenghargaanTahunBaris> Halaman);
