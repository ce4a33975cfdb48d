// Employee edit form: the "Tanggal mulai jabatan baru" (TMT) field is shown only while the chosen position differs
// from the one the form was opened with. The server decides on its own whether the position changed.
(function () {
    var blok = document.querySelector('[data-tmt-jabatan]');
    var jabatan = document.getElementById('JabatanId');
    var cari = document.getElementById('cariJabatan');
    if (!blok || !jabatan || !cari) { return; }
    var awal = blok.dataset.jabatanAwal || '';
    function perbarui() { blok.hidden = (jabatan.value || '') === awal; }
    cari.addEventListener('input', perbarui);
    cari.addEventListener('change', perbarui);
    perbarui();
})();
