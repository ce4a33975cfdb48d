// Refuses, before anything is sent, a file larger than the server's limit: an <input type="file" data-ukuran-maks="bytes"
// data-pesan="..."> shows the message under itself and its form is not submitted, so nothing typed is lost to the
// server's too-large redirect. The server checks the size again (BatasUnggahBerkasAttribute, the file store).
(function () {
    'use strict';

    var pilih = 'input[type=file][data-ukuran-maks]';

    function periksa(input) {
        var maks = Number(input.dataset.ukuranMaks);
        var terlaluBesar = Array.prototype.some.call(input.files || [], function (f) { return f.size > maks; });
        var pesan = input.parentElement.querySelector('[data-pesan-berkas]');
        if (!pesan) {
            pesan = document.createElement('div');
            pesan.className = 'invalid-feedback';
            pesan.setAttribute('data-pesan-berkas', '');
            pesan.setAttribute('role', 'alert');
            input.insertAdjacentElement('afterend', pesan);
        }

        input.classList.toggle('is-invalid', terlaluBesar);
        pesan.textContent = terlaluBesar ? input.dataset.pesan : '';
        return !terlaluBesar;
    }

    document.addEventListener('change', function (e) {
        if (e.target.matches && e.target.matches(pilih)) {
            periksa(e.target);
        }
    });

    document.addEventListener('submit', function (e) {
        var sah = true;
        e.target.querySelectorAll(pilih).forEach(function (input) {
            sah = periksa(input) && sah;
        });
        if (!sah) {
            e.preventDefault();
            e.target.querySelector(pilih + '.is-invalid').focus();
        }
    }, true);
})();
