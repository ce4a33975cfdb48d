// Annual evaluation form: shows the predikat that the two chosen ratings give (the server computes it again on save)
// and marks the reason field as needed when a rating differs from the suggestion from the periods.
(() => {
    const form = document.querySelector('[data-testid="form-tahunan"]');
    if (!form) {
        return;
    }

    const matriks = JSON.parse(form.dataset.matriks || '{}');
    const hasil = form.querySelector('#RatingHasil');
    const perilaku = form.querySelector('#RatingPerilaku');
    const predikat = form.querySelector('[data-testid="predikat"]');
    const alasan = form.querySelector('#AlasanPenyesuaian');
    const angka = (select) => select.selectedOptions[0]?.dataset.angka;

    const perbarui = () => {
        const h = angka(hasil);
        const p = angka(perilaku);
        predikat.textContent = h && p ? (matriks[`${h}${p}`] ?? '-') : '-';
        const berbeda = (hasil.dataset.saran && h && h !== hasil.dataset.saran) || (perilaku.dataset.saran && p && p !== perilaku.dataset.saran);
        alasan.required = Boolean(berbeda);
        alasan.classList.toggle('border-warning', Boolean(berbeda));
    };

    hasil.addEventListener('change', perbarui);
    perilaku.addEventListener('change', perbarui);
    perbarui();
})();
