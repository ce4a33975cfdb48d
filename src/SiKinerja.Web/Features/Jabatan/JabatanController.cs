using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SiKinerja.Domain.Common;
using SiKinerja.Web.Features.Pegawai;
using SiKinerja.Web.Features.UnitKerja;
using SiKinerja.Web.Hosting;
using SiKinerja.Web.Web;

namespace SiKinerja.Web.Features.Jabatan;

[Authorize(Policy = Kebijakan.AdminBkd)]
public sealed class JabatanController(
    JabatanService jabatan,
    UnitKerjaService unit,
    PencarianJabatanService pencarian,
    IValidator<JabatanForm> validator,
    IValidator<PenggantiForm> penggantiValidator,
    IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] JabatanFilter filter, CancellationToken ct) =>
        View(new JabatanIndexViewModel(filter, await jabatan.CariAsync(filter, ct), await jabatan.DaftarUnitAsync(filter.UnitId, ct)));

    [HttpGet]
    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var model = await jabatan.DetailAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Tambah(int? unitId, CancellationToken ct) =>
        await FormAsync(new JabatanForm { UnitKerjaId = unitId }, ct);

    [HttpPost]
    public async Task<IActionResult> Tambah(JabatanForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                var id = await jabatan.BuatAsync(form, ct);
                TempData.Sukses(t["Jabatan.Ditambahkan"]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct),
            Bidang);
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var form = await jabatan.GetFormAsync(id, ct);
        return form is null ? NotFound() : await FormAsync(form, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, JabatanForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ModelState.ValidasiAsync(validator, form, ct))
        {
            return await FormAsync(form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (await jabatan.UbahAsync(form, ct) is not { } berubah)
                {
                    return NotFound();
                }

                TempData.Sukses(t["Jabatan.Disimpan", berubah]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => FormAsync(form, ct),
            Bidang);
    }

    /// <summary>Appoints a Plt/Plh, or ends the appointment when no employee is chosen (the "akhiri" button).</summary>
    [HttpPost]
    public async Task<IActionResult> Pengganti(int id, [Bind(Prefix = "Form")] PenggantiForm form, bool akhiri, CancellationToken ct)
    {
        if (akhiri)
        {
            form.PegawaiId = null;
        }

        var valid = await ModelState.ValidasiAsync(penggantiValidator, form, ct, "Form");
        if (!akhiri && form.PegawaiId is null)
        {
            ModelState.AddModelError("Form.PegawaiId", t["Jabatan.PenggantiWajib"]);
            valid = false;
        }

        if (!valid)
        {
            return await DetailDenganFormAsync(id, form, ct);
        }

        return await this.SimpanFormAsync(
            t,
            async () =>
            {
                if (await jabatan.TunjukPenggantiAsync(id, form, ct) is not { } berubah)
                {
                    return NotFound();
                }

                TempData.Sukses(akhiri
                    ? t["Jabatan.PenggantiDiakhiri", berubah]
                    : t["Jabatan.PenggantiDitunjuk", t["JenisPengganti." + form.Jenis], berubah]);
                return RedirectToAction(nameof(Detail), new { id });
            },
            () => DetailDenganFormAsync(id, form, ct));
    }

    [HttpPost]
    public Task<IActionResult> Nonaktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => jabatan.NonaktifkanAsync(id, version, ct), "Jabatan.Dinonaktifkan");

    [HttpPost]
    public Task<IActionResult> Aktifkan(int id, int version, CancellationToken ct) =>
        UbahStatusAsync(id, () => jabatan.AktifkanAsync(id, version, ct), "Jabatan.Diaktifkan");

    /// <summary>Position picker for "lapor ke": active positions matching <paramref name="q"/>, without position <paramref name="id"/> itself.</summary>
    [HttpGet]
    public async Task<IActionResult> CariJabatan(int? id, string? q, CancellationToken ct) =>
        Json((await pencarian.CariAsync(q, ct)).Where(j => j.Id != id));

    /// <summary>Employee picker for Plt/Plh: active employees by NIP or name.</summary>
    [HttpGet]
    public async Task<IActionResult> CariPegawai(string? q, CancellationToken ct) => Json(await jabatan.CariPegawaiAsync(q, ct));

    private static string Bidang(DomainException ex) => ex.Kode switch
    {
        "Jabatan.SiklusAtasan" => nameof(JabatanForm.AtasanJabatanId),
        "Jabatan.JenjangTidakSesuai" => nameof(JabatanForm.Jenjang),
        _ => string.Empty,
    };

    private Task<IActionResult> UbahStatusAsync(int id, Func<Task<bool>> aksi, string pesan) =>
        this.UbahLaluKembaliAsync(t, aksi, pesan, () => RedirectToAction(nameof(Detail), new { id }));

    private async Task<IActionResult> DetailDenganFormAsync(int id, PenggantiForm form, CancellationToken ct)
    {
        var model = await jabatan.DetailAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        form.NamaPegawai = form.PegawaiId is { } p ? await jabatan.LabelPegawaiAsync(p, ct) : null;
        return View(nameof(Detail), model with { Form = form });
    }

    private async Task<IActionResult> FormAsync(JabatanForm form, CancellationToken ct)
    {
        form.NamaUnit = form.UnitKerjaId is { } u ? await unit.LabelAsync(u, ct) : null;
        form.NamaAtasan = form.AtasanJabatanId is { } a ? await pencarian.LabelAsync(a, ct) : null;
        return View("Form", form);
    }
}
