// Scoring page: the predikat follows the 3x3 matrix (DOMAIN.md §3.1) as the two ratings change; it is never typed
// and the server computes it again on save.
(function () {
    'use strict';
    var form = document.getElementById('form-nilai');
    var tampil = document.querySelector('[data-testid=predikat]');
    if (!form || !tampil) { return; }
    var label = JSON.parse(document.getElementById('label-predikat').textContent || '{}');
    function predikat(h, p) {
        if (!h || !p) { return null; }
        if (h === 'DiAtasEkspektasi' && p === 'DiAtasEkspektasi') { return 'SangatBaik'; }
        if (h === 'DiBawahEkspektasi' && p === 'DiBawahEkspektasi') { return 'SangatKurang'; }
        if (h === 'DiBawahEkspektasi') { return 'ButuhPerbaikan'; }
        if (p === 'DiBawahEkspektasi') { return 'Kurang'; }
        return 'Baik';
    }
    form.addEventListener('change', function (e) {
        if (!e.target.matches('select[data-rating]')) { return; }
        var h = form.querySelector('select[name=RatingHasil]');
        var p = form.querySelector('select[name=RatingPerilaku]');
        var x = predikat(h && h.value, p && p.value);
        tampil.setAttribute('data-predikat', x || '');
        tampil.textContent = x ? label[x] : '–';
    });
})();
