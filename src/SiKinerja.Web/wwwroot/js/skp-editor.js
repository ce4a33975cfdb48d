// SKP editor, progressive: (1) keeps what is typed in localStorage per SKP so an expired session or a closed tab loses
// nothing, and offers to restore it on the next visit when it differs from the page; forgotten after a successful save;
// (2) shows only the target fields of the chosen kind. Without JavaScript every field is shown and nothing is kept.
(function () {
    var awalan = 'sikinerja:skp:';

    function hapus(id) {
        try { localStorage.removeItem(awalan + id); } catch (e) { /* storage unavailable */ }
    }

    document.querySelectorAll('[data-skp-bersihkan-id]').forEach(function (el) { hapus(el.dataset.skpBersihkanId); });

    var form = document.getElementById('form-skp');
    if (!form) { return; }
    var id = form.dataset.skpId;
    var kunci = awalan + id;

    function isian() {
        var hasil = [];
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || el.name === '__RequestVerificationToken' || el.name === 'aksi' || el.disabled) { return; }
            if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
            hasil.push([el.name, el.value]);
        });
        return hasil;
    }

    function baca() {
        try { return JSON.parse(localStorage.getItem(kunci) || 'null'); } catch (e) { return null; }
    }

    function tulis() {
        try { localStorage.setItem(kunci, JSON.stringify({ waktu: Date.now(), isian: isian() })); } catch (e) { /* full or unavailable */ }
    }

    if (form.dataset.skpBersihkan) { hapus(id); }

    var tersimpan = baca();
    if (tersimpan && JSON.stringify(tersimpan.isian) === JSON.stringify(isian())) {
        hapus(id);
        tersimpan = null;
    }

    var kotak = document.getElementById('skp-pulihkan');
    if (tersimpan && kotak) {
        kotak.classList.remove('d-none');
        kotak.querySelector('[data-skp-abaikan]').addEventListener('click', function () {
            hapus(id);
            kotak.classList.add('d-none');
        });
        kotak.querySelector('[data-skp-pulihkan]').addEventListener('click', function () {
            var kurang = false;
            tersimpan.isian.forEach(function (p) {
                var el = form.elements.namedItem(p[0]); // a field, or a RadioNodeList whose value checks the radio
                if (el) { el.value = p[1]; } else { kurang = true; }
            });
            if (kurang) {
                // Rows that the page does not show: post everything back (the server re-renders without saving).
                tersimpan.isian.forEach(function (p) {
                    if (!form.elements.namedItem(p[0])) {
                        var h = document.createElement('input');
                        h.type = 'hidden'; h.name = p[0]; h.value = p[1];
                        form.appendChild(h);
                    }
                });
                var aksi = document.createElement('input');
                aksi.type = 'hidden'; aksi.name = 'aksi'; aksi.value = 'pulihkan';
                form.appendChild(aksi);
                form.submit();
                return;
            }
            kotak.classList.add('d-none');
            tampilkanTarget();
        });
    }

    var jeda;
    form.addEventListener('input', function () {
        clearTimeout(jeda);
        jeda = setTimeout(tulis, 400);
    });
    form.addEventListener('change', tulis);

    function tampilkanTarget() {
        form.querySelectorAll('select[data-skp-jenis-target]').forEach(function (select) {
            var iki = select.closest('.iki');
            iki.querySelectorAll('[data-skp-untuk]').forEach(function (el) {
                var tampil = el.dataset.skpUntuk.split(' ').indexOf(select.value) >= 0;
                el.classList.toggle('d-none', !tampil);
            });
        });
    }

    form.addEventListener('change', function (e) {
        if (e.target.matches('select[data-skp-jenis-target]')) { tampilkanTarget(); }
    });
    tampilkanTarget();
}());
