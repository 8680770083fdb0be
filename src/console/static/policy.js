// Policy editor: validate as you type (debounced POST of the text to the validate endpoint, with
// the session's CSRF token in a header). Errors are inserted as text nodes, never as HTML.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var ta = document.getElementById('policy-yaml');
    var out = document.getElementById('validation');
    if (!ta || !out) return;
    var meta = document.querySelector('meta[name="csrf-token"]');
    var timer = null;
    var seq = 0;
    function show(res) {
      out.textContent = '';
      out.className = 'validation ' + (res.ok ? 'ok' : 'bad');
      if (res.ok) { out.textContent = 'Valid policy.'; return; }
      var ul = document.createElement('ul');
      (res.errors || []).forEach(function (e) {
        var li = document.createElement('li');
        li.textContent = e.path + ': ' + e.message;
        ul.appendChild(li);
      });
      out.appendChild(ul);
    }
    function validate() {
      var mine = ++seq;
      fetch(ta.getAttribute('data-validate'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'text/plain; charset=utf-8', accept: 'application/json', 'x-csrf-token': meta ? meta.content : '' },
        body: ta.value
      })
        .then(function (r) { return r.json(); })
        .then(function (res) { if (mine === seq) show(res); })
        .catch(function () {});
    }
    ta.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(validate, 250);
    });
  });
})();
