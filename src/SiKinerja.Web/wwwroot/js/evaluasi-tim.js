// Team page of the pejabat penilai: the predikat of each row follows the 3x3 matrix (DOMAIN.md §3.1) as the ratings
// change, and each unit's distribution curve is re-checked by the server's rule (GET /Evaluasi/Kurva, pure computation)
// so the findings shown are exactly the ones enforced at finalisation. Without JavaScript the page still works: the
// curve is the one computed when the page was rendered.
(function () {
    'use strict';
    var form = document.getElementById('form-tim');
    if (!form) { return; }
    var urutan = ['SangatBaik', 'Baik', 'ButuhPerbaikan', 'Kurang', 'SangatKurang'];
    var label = JSON.parse(document.getElementById('label-predikat').textContent || '{}');
    var urlKurva = form.getAttribute('data-url-kurva');

    function predikat(hasil, perilaku) {
        if (!hasil || !perilaku) { return null; }
        if (hasil === 'DiAtasEkspektasi' && perilaku === 'DiAtasEkspektasi') { return 'SangatBaik'; }
        if (hasil === 'DiBawahEkspektasi' && perilaku === 'DiBawahEkspektasi') { return 'SangatKurang'; }
        if (hasil === 'DiBawahEkspektasi') { return 'ButuhPerbaikan'; }
        if (perilaku === 'DiBawahEkspektasi') { return 'Kurang'; }
        return 'Baik';
    }

    function predikatBaris(tr) {
        var h = tr.querySelector('select[data-rating=RatingHasil]');
        var p = tr.querySelector('select[data-rating=RatingPerilaku]');
        var sel = tr.querySelector('[data-predikat]');
        if (!h || !p) { return sel.getAttribute('data-predikat') || null; }
        var hasil = predikat(h.value, p.value);
        sel.setAttribute('data-predikat', hasil || '');
        sel.textContent = hasil ? label[hasil] : '–';
        return hasil;
    }

    function perbarui(section) {
        var kurva = section.querySelector('.kurva');
        var organisasi = kurva.getAttribute('data-organisasi');
        var jumlah = (kurva.getAttribute('data-lain') || '0,0,0,0,0').split(',').map(Number);
        section.querySelectorAll('tr[data-testid=baris-tim]').forEach(function (tr) {
            var p = predikatBaris(tr);
            if (p) { jumlah[urutan.indexOf(p)] += 1; }
        });
        if (!organisasi) { return; }
        // Only the answer to the latest change of this unit is shown (answers may arrive out of order).
        var nomor = (Number(section.getAttribute('data-permintaan')) || 0) + 1;
        section.setAttribute('data-permintaan', String(nomor));
        var q = 'organisasi=' + encodeURIComponent(organisasi) + jumlah.map(function (j) { return '&jumlah=' + j; }).join('');
        fetch(urlKurva + '?' + q, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (data) {
                if (!data || section.getAttribute('data-permintaan') !== String(nomor)) { return; }
                data.batas.forEach(function (b) {
                    var j = kurva.querySelector('[data-jumlah=' + b.predikat + ']');
                    var m = kurva.querySelector('[data-batas=' + b.predikat + ']');
                    if (j) { j.textContent = b.jumlah; }
                    if (m) { m.textContent = b.minimum + '–' + b.maksimum; }
                });
                var ul = kurva.querySelector('[data-testid=temuan-kurva]');
                ul.textContent = '';
                data.temuan.forEach(function (t) {
                    var li = document.createElement('li');
                    li.className = t.memblokir ? 'text-danger' : 'text-warning-emphasis';
                    li.setAttribute('data-memblokir', t.memblokir ? 'true' : 'false');
                    li.textContent = t.teks;
                    ul.appendChild(li);
                });
                var ok = kurva.querySelector('[data-testid=kurva-sesuai]');
                if (ok) { ok.hidden = data.temuan.length > 0; }
            })
            .catch(function () { /* the server checks again on save */ });
    }

    form.querySelectorAll('section[data-testid=grup-unit]').forEach(function (section) {
        section.addEventListener('change', function (e) {
            if (e.target && e.target.matches('select[data-rating]')) { perbarui(section); }
        });
    });
})();
