// Picker for large lists (positions, units, employees): a text input with a <datalist> filled from a
// search endpoint that returns [{ id, label }]. Choosing a suggestion writes its id into a hidden
// field. Without JavaScript the hidden id keeps its last value and the server validates it.
(function () {
    document.querySelectorAll('input[data-pilih-url]').forEach(function (input) {
        var target = document.querySelector(input.dataset.pilihTarget);
        var list = document.getElementById(input.dataset.pilihList);
        input.setAttribute('list', list.id);
        var items = [];
        var timer;
        input.addEventListener('input', function () {
            var chosen = items.find(function (i) { return i.label === input.value; });
            if (chosen) { target.value = chosen.id; return; }
            target.value = '';
            clearTimeout(timer);
            var q = input.value.trim();
            if (q.length < 2) { return; }
            timer = setTimeout(function () {
                fetch(input.dataset.pilihUrl + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (data) {
                        items = data;
                        list.replaceChildren.apply(list, data.map(function (i) {
                            var o = document.createElement('option');
                            o.value = i.label;
                            return o;
                        }));
                    });
            }, 250);
        });
    });
})();
