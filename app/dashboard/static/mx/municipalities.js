/* Municipality borders and town names when zoomed in (app/dashboard/map_overlays.py,
 * MunicipalityLayer). With tiles off a zoomed-in view would be a flat coloured shape.
 *
 * From zoom o.minZoom on, the files of the states in view are fetched (one per state,
 * content-addressed, kept by the browser's HTTP cache through MxIncidents.fetchJson)
 * and drawn in two panes of their own, above the state colours and below the markers,
 * that take no clicks: a click still reaches the state (its filter) or the marker. Town
 * names were HTML-escaped in Python; the larger towns are named first, more as one zooms in.
 *
 * None of it may hold up the page (issue 15, eighth pass): a state filter zooms the map to
 * the state, and its municipalities (and its neighbours': 40,000-70,000 vertices) drawn in
 * one go were long tasks of 100-370 ms while the page rendered the new figures. So the
 * files are asked for only once the page is idle after a move (requestIdleCallback), their
 * borders are added a few at a time, in slices of at most o.sliceMs milliseconds with the
 * page's other work in between, on one canvas (no SVG element per border), and the towns
 * are placed once per batch of files, not once per file.
 */
(function () {
    'use strict';

    var whenIdle = window.requestIdleCallback
        ? function (fn, ms) { return window.requestIdleCallback(fn, {timeout: ms}); }
        : function (fn) { return window.setTimeout(fn, 50); };
    var cancelIdle = window.cancelIdleCallback || window.clearTimeout;
    var now = window.performance && performance.now ? function () { return performance.now(); } : Date.now;

    function busy() {
        // A view the map drew early, before the server's (incident_map.js ``early``), or the
        // page's script running (Streamlit marks its app element).
        var layer = window.MxIncidents && MxIncidents.current;
        if (layer && layer.view && !layer.view.token && layer.earlyDrawn) return true;
        try {
            var app = window.top.document.querySelector('[data-test-script-state]');
            return !!app && app.getAttribute('data-test-script-state') === 'running';
        } catch (e) { return false; }
    }

    function MunicipalityLayer(map, o) {
        this.map = map;
        this.o = o;
        this.sliceMs = o.sliceMs || 8;   // longest run of border drawing without a break
        this.idleMs = o.idleMs || 1000;  // start at the latest this long after a move
        this.busyMs = o.busyMs || 3000;  // wait at most this long for a page that renders a change
        this.files = {};     // url -> Promise of the file
        this.drawnUrls = {}; // url -> true once its borders are on the map
        this.queue = [];     // files in, borders not yet all added: {url, file, next}
        this.slices = 0;     // slices of drawing so far (tests)
        this.townRuns = 0;   // times the town names were placed (tests)
        this.idle = null;
        this.sliceTimer = null;
        ['mxMunicipalities', 'mxTowns'].forEach(function (name, i) {
            var pane = map.createPane(name);
            pane.style.zIndex = 450 + i * 10;  // overlayPane (states) 400 < these < markerPane 600
            pane.style.pointerEvents = 'none';
        });
        this.renderer = L.canvas({pane: 'mxMunicipalities', padding: 0.2});
        this.borders = L.layerGroup().addTo(map);
        this.towns = L.layerGroup().addTo(map);
        this.townData = [];  // [name, lat, lon, population, seat] of the loaded states, largest first
        var self = this;
        // moveend follows every zoomend: one handler, not two
        map.on('moveend', function () { self.moved(); });
        this.moved();
    }

    MunicipalityLayer.prototype.moved = function () {
        // Shown or hidden at once (cheap); what is new in view, once the page is idle.
        var on = this.map.getZoom() >= this.o.minZoom, self = this;
        this.setShown(this.borders, on);
        this.setShown(this.towns, on);
        if (this.idle !== null) cancelIdle(this.idle);
        this.idle = null;
        if (!on) { this.towns.clearLayers(); return; }
        var since = now();
        var later = function () {
            self.idle = null;
            // Nor while the page renders a filter change the map drew early (issue 15, ninth
            // pass): the map's view is then its own until the server's comes, and the page's
            // script runs; the borders wait for both, at most o.busyMs.
            if (busy() && now() - since < self.busyMs) { self.idle = whenIdle(later, 100); return; }
            self.update();
        };
        this.idle = whenIdle(later, this.idleMs);
    };

    MunicipalityLayer.prototype.update = function () {
        var map = this.map, self = this;
        if (map.getZoom() < this.o.minZoom) return;
        var view = map.getBounds(), waiting = false;
        this.o.index.forEach(function (entry) {
            var b = entry.bounds;  // [south, west, north, east]
            if (!view.intersects(L.latLngBounds([b[0], b[1]], [b[2], b[3]]))) return;
            if (!self.drawnUrls[entry.url]) waiting = true;
            self.load(entry.url);
        });
        if (!waiting) this.drawTowns();  // otherwise placed once the files in view are drawn
    };

    MunicipalityLayer.prototype.setShown = function (group, on) {
        if (on && !this.map.hasLayer(group)) group.addTo(this.map);
        if (!on && this.map.hasLayer(group)) group.remove();
    };

    MunicipalityLayer.prototype.load = function (url) {
        var self = this;
        if (this.files[url]) return this.files[url];
        return (this.files[url] = MxIncidents.fetchJson(url).then(function (file) {
            self.queue.push({url: url, file: file, next: 0,
                             layer: L.geoJSON(null, {pane: 'mxMunicipalities', renderer: self.renderer,
                                                     interactive: false, style: self.o.borderStyle || BORDER})});
            self.schedule();
        }).catch(function (e) {
            console.error('municipalities:', e);
            delete self.files[url];
            self.drawTowns();  // the towns of the files that did arrive
        }));
    };

    var BORDER = {color: '#3b4a5a', weight: 0.7, opacity: 0.55, fill: false};

    MunicipalityLayer.prototype.schedule = function () {
        var self = this;
        if (this.sliceTimer === null) this.sliceTimer = window.setTimeout(function () { self.slice(); }, 0);
    };

    MunicipalityLayer.prototype.slice = function () {
        // Add borders until sliceMs have passed, then let the page run and go on after.
        this.sliceTimer = null;
        this.slices += 1;
        var started = now(), placed = false;
        while (this.queue.length) {
            var item = this.queue[0], features = item.file.borders.features || [];
            if (item.next === 0) this.borders.addLayer(item.layer);
            while (item.next < features.length) {
                item.layer.addData(features[item.next++]);
                if (now() - started >= this.sliceMs) break;
            }
            if (item.next < features.length) { this.schedule(); return; }
            this.queue.shift();
            this.drawnUrls[item.url] = true;
            this.townData = this.townData.concat(item.file.towns || []);
            placed = true;
            if (now() - started >= this.sliceMs && this.queue.length) { this.schedule(); return; }
        }
        if (placed) {
            this.townData.sort(function (a, b) { return b[3] - a[3]; });
            this.drawTowns();
        }
    };

    MunicipalityLayer.prototype.minPopulation = function (zoom) {
        var least = Infinity;
        this.o.townPopulation.forEach(function (step) { if (zoom >= step[0]) least = step[1]; });
        return least;
    };

    MunicipalityLayer.prototype.drawTowns = function () {
        // The towns in view large enough for this zoom, largest first, each only where it
        // does not cover a name already placed: a few dozen legible labels.
        var map = this.map, zoom = map.getZoom(), view = map.getBounds().pad(0.1);
        var least = this.minPopulation(zoom), seats = zoom >= this.o.seatZoom;
        this.towns.clearLayers();
        if (zoom < this.o.minZoom) return;
        this.townRuns += 1;
        var group = this.towns, placed = [];
        this.townData.forEach(function (t) {
            if (t[3] < least && !(seats && t[4])) return;
            if (!view.contains([t[1], t[2]])) return;
            var p = map.latLngToContainerPoint([t[1], t[2]]), half = t[0].length * 3.3 + 4;
            var box = [p.x - half, p.y - 9, p.x + half, p.y + 9];
            for (var k = 0; k < placed.length; k++) {
                var q = placed[k];
                if (box[0] < q[2] && q[0] < box[2] && box[1] < q[3] && q[1] < box[3]) return;
            }
            placed.push(box);
            group.addLayer(L.marker([t[1], t[2]], {
                pane: 'mxTowns', interactive: false, keyboard: false,
                icon: L.divIcon({className: 'mx-town' + (t[3] >= 100000 ? ' mx-town-big' : ''),
                                 html: '<span>' + t[0] + '</span>', iconSize: null})
            }));
        });
    };

    MunicipalityLayer.prototype.borderCount = function () {
        // Borders on the map (tests): one layer per municipality, in one layer per state file.
        var n = 0;
        this.borders.eachLayer(function (file) { n += file.getLayers().length; });
        return n;
    };

    window.MxMunicipalities = {
        current: null,
        attach: function (map, options) { return (this.current = new MunicipalityLayer(map, options)); }
    };
})();
