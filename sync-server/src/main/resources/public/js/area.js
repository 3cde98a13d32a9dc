// Draws the monthly chart and the map of an area page from the data the page carries in attributes
// (the Content-Security-Policy allows no inline script). Names from the database reach the page as
// text only: a tooltip gets a text node, never a string Leaflet would parse as HTML.
(function () {
    var canvas = document.getElementById('monthly');
    var m = canvas && canvas.getAttribute('data-chart') ? JSON.parse(canvas.getAttribute('data-chart')) : null;
    window.wbMonthly = m;
    if (canvas && window.Chart && m) {
        Chart.defaults.font.family = 'Sarabun, sans-serif';
        // twelve months, every label shown; the legend sits under the chart and both axes leave room
        // at the top, so the highest baht point is never drawn under the legend or cut at the edge
        window.wbChart = new Chart(canvas, {
            type: 'bar',
            data: {
                labels: m.labels,
                datasets: [
                    {label: m.kgLabel, data: m.kg, yAxisID: 'kg', backgroundColor: '#2e7d32', maxBarThickness: 48,
                        order: 2},
                    {label: m.bahtLabel, data: m.baht, yAxisID: 'baht', type: 'line', borderColor: '#f9a825',
                        backgroundColor: '#f9a825', pointRadius: 4, clip: false, order: 1}
                ]
            },
            options: {
                animation: false, responsive: true, layout: {padding: {top: 12}},
                plugins: {legend: {position: 'bottom'}},
                scales: {
                    x: {ticks: {autoSkip: false, maxRotation: 60}},
                    kg: {position: 'left', beginAtZero: true, grace: '10%'},
                    baht: {position: 'right', beginAtZero: true, grace: '10%', grid: {drawOnChartArea: false}}
                }
            }
        });
    }
    var el = document.getElementById('map');
    if (el && window.L) {
        var colours = ['#9e9e9e', '#ffcc80', '#ffb74d', '#81c784', '#4caf50', '#1b5e20'];
        var map = L.map(el, {preferCanvas: true}).setView([13.5, 100.8], 5);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
            {maxZoom: 14, attribution: '&copy; OpenStreetMap'}).addTo(map);
        var area = el.getAttribute('data-area') || '';
        fetch('/web/map.json' + (area ? '?area=' + encodeURIComponent(area) : ''), {credentials: 'same-origin'})
            .then(function (r) { return r.json(); })
            .then(function (points) {
                var bounds = [];
                points.forEach(function (p) {
                    L.circleMarker([p.lat, p.lng], {radius: 4, weight: 0, fillOpacity: 0.85, fillColor: colours[p.step]})
                        .bindTooltip(asText(p.nameTh)).addTo(map);
                    bounds.push([p.lat, p.lng]);
                });
                if (bounds.length) {
                    map.fitBounds(bounds, {padding: [10, 10]});
                }
                el.setAttribute('data-points', points.length);
            });
    }

    function asText(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span;
    }
})();
