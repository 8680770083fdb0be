// The template page's chart: the rejection monitor's statistic against its threshold, trips and
// pauses marked. Data comes from the element's data-series attribute (JSON, escaped by the server).
(function () {
  'use strict';
  function draw(el) {
    var s = JSON.parse(el.getAttribute('data-series'));
    var xs = [], ys = [], th = [], trips = [];
    for (var i = 0; i < s.points.length; i++) {
      var p = s.points[i];
      xs.push(p.t); ys.push(p.s); th.push(s.threshold); trips.push(p.tripped ? p.s : null);
    }
    if (!xs.length) { el.textContent = 'No reviews of this template yet.'; return; }
    var pauses = s.pauses.map(function (p) { return p.t; });
    var width = Math.max(280, el.clientWidth || 800);
    var opts = {
      width: width,
      height: 320,
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(max, s.threshold) * 1.1]; } } },
      series: [
        {},
        { label: 'statistic S', stroke: '#1d3557', width: 2 },
        { label: 'threshold', stroke: '#b42318', dash: [6, 4], width: 1.5 },
        { label: 'trip', stroke: '#b42318', width: 0, points: { show: true, size: 10, fill: '#b42318' } }
      ],
      axes: [{}, { label: 'CUSUM' }],
      hooks: {
        draw: [function (u) {
          var ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = '#9a6700';
          ctx.lineWidth = 2;
          for (var i = 0; i < pauses.length; i++) {
            var x = u.valToPos(pauses[i], 'x', true);
            ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
          }
          ctx.restore();
        }]
      }
    };
    /* global uPlot */
    var plot = new uPlot(opts, [xs, ys, th, trips], el);
    window.addEventListener('resize', function () { plot.setSize({ width: Math.max(280, el.clientWidth), height: 320 }); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('chart');
    if (el && window.uPlot) draw(el);
  });
})();
