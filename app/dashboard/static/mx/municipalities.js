/* Municipality borders and town names when zoomed in (app/dashboard/map_overlays.py,
 * MunicipalityLayer). With tiles off a zoomed-in view would be a flat coloured shape.
 *
 * From zoom o.minZoom on, the files of the states in view are fetched (one per state,
 * content-addressed, kept in the browser's Cache Storage through MxIncidents.fetchJson)
 * and drawn in two panes of their own, above the state colours and below the markers,
 * that take no clicks: a click still reaches the state (its filter) or the marker. Town
 * names were HTML-escaped in Python; the larger towns are named first, more as one zooms in.
 */
(function () {
    'use strict';

    function MunicipalityLayer(map, o) {
        this.map = map;
        this.o = o;
        this.files = {};    // url -> Promise of the file
        this.drawnUrls = {}; // url -> true once its borders are on the map
        ['mxMunicipalities', 'mxTowns'].forEach(function (name, i) {
            var pane = map.createPane(name);
            pane.style.zIndex = 450 + i * 10;  // overlayPane (states) 400 < these < markerPane 600
            pane.style.pointerEvents = 'none';
        });
        this.borders = L.layerGroup().addTo(map);
        this.towns = L.layerGroup().addTo(map);
        this.townData = [];  // [name, lat, lon, population, seat] of the loaded states, largest first
        var self = this;
        map.on('zoomend moveend', function () { self.update(); });
        this.update();
    }

    MunicipalityLayer.prototype.update = function () {
        var map = this.map, zoom = map.getZoom(), self = this;
        var on = zoom >= this.o.minZoom;
        this.setShown(this.borders, on);
        this.setShown(this.towns, on);
        if (!on) return;
        var view = map.getBounds();
        this.o.index.forEach(function (entry) {
            var b = entry.bounds;  // [south, west, north, east]
            if (!view.intersects(L.latLngBounds([b[0], b[1]], [b[2], b[3]]))) return;
            self.load(entry.url);
        });
        this.drawTowns();
    };

    MunicipalityLayer.prototype.setShown = function (group, on) {
        if (on && !this.map.hasLayer(group)) group.addTo(this.map);
        if (!on && this.map.hasLayer(group)) group.remove();
    };

    MunicipalityLayer.prototype.load = function (url) {
        var self = this;
        if (this.files[url]) return this.files[url];
        return (this.files[url] = MxIncidents.fetchJson(url).then(function (file) {
            self.borders.addLayer(L.geoJSON(file.borders, {
                pane: 'mxMunicipalities', interactive: false,
                style: {color: '#3b4a5a', weight: 0.7, opacity: 0.55, fill: false}
            }));
            self.drawnUrls[url] = true;
            self.townData = self.townData.concat(file.towns).sort(function (a, b) { return b[3] - a[3]; });
            self.drawTowns();
        }).catch(function (e) { console.error('municipalities:', e); delete self.files[url]; }));
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

    window.MxMunicipalities = {
        current: null,
        attach: function (map, options) { return (this.current = new MunicipalityLayer(map, options)); }
    };
})();
