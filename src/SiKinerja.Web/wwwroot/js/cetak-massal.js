// Batch print job page: while the job is queued or running, polls GET /CetakMassal/{id}/Status (JSON) and moves the
// progress bar; when the job is no longer open the page reloads once to show the result (download links, skipped rows).
// Without JavaScript a <noscript> meta refresh reloads the page instead.
(function () {
    'use strict';
    var kotak = document.querySelector('[data-testid=progres-cetak]');
    if (!kotak || kotak.getAttribute('data-terbuka') !== 'true') { return; }
    var url = kotak.getAttribute('data-url-status');
    var bar = kotak.querySelector('[data-testid=progres-bar]');
    var teks = kotak.querySelector('[data-testid=progres-teks]');
    var wadah = kotak.querySelector('[role=progressbar]');
    var status = document.querySelector('[data-testid=status-tugas] [data-testid=status-cetak]');

    function tanya() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
            .then(function (s) {
                bar.style.width = s.persen + '%';
                bar.textContent = s.persen + '%';
                wadah.setAttribute('aria-valuenow', s.persen);
                teks.textContent = s.progres;
                if (status) { status.textContent = s.label; }
                if (!s.terbuka) { window.location.reload(); return; }
                window.setTimeout(tanya, 1500);
            })
            .catch(function () { window.setTimeout(tanya, 5000); });
    }

    window.setTimeout(tanya, 1000);
})();
