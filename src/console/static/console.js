// draftgate console: progressive enhancement only (every page works without it).
// Live regions: an element with data-live-src is re-fetched every data-live-interval ms and its
// contents replaced by the server-rendered (escaped) partial. Paused while the tab is hidden or
// while focus is inside the region (so a keyboard user's place is not lost).
(function () {
  'use strict';
  function startLive(el) {
    var src = el.getAttribute('data-live-src');
    var every = Number(el.getAttribute('data-live-interval') || 5000);
    var busy = false;
    function tick() {
      if (busy || document.hidden || el.contains(document.activeElement)) return;
      busy = true;
      fetch(src, { credentials: 'same-origin', headers: { accept: 'text/html' } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) { if (text !== null) el.innerHTML = text; })
        .catch(function () {})
        .then(function () { busy = false; });
    }
    setInterval(tick, every);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var els = document.querySelectorAll('[data-live-src]');
    for (var i = 0; i < els.length; i++) startLive(els[i]);
  });
})();
