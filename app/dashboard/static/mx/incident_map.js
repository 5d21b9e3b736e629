/* The dashboard's map layers: state shapes coloured per view, and the incidents clustered
 * in the browser with supercluster, drawing only the clusters and markers in view.
 *
 * Made by app/dashboard/map.py (IncidentMap and MapView, folium elements). The data come
 * as plain JSON: the points of one store revision (a content-addressed file the browser's
 * HTTP cache keeps, so a repeat visit and a filter change fetch nothing) and, per
 * view, a small object: which points are shown (a bitmask), the states' colours and
 * tooltips, the legend and the notes. Every string that becomes HTML was escaped in
 * Python; the ids only go through encodeURIComponent into a link.
 */
(function () {
    'use strict';
    function fetchJson(url) {
        // Content-addressed URLs, served "immutable" (app/dashboard/static_files.py): the
        // browser's HTTP cache answers a repeat visit without asking the server. (Cache
        // Storage, used before, took seconds to hand back 3 MB on a busy machine.)
        return fetch(url).then(function (r) {
            if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
            return r.json();
        });
    }

    function load(inline, url) {
        return inline ? Promise.resolve(inline) : url ? fetchJson(url) : Promise.resolve(null);
    }

    function decodeMask(b64, n) {
        if (b64 === null || b64 === undefined) return null;
        var bin = atob(b64), bits = new Uint8Array(n);
        for (var i = 0; i < n; i++) bits[i] = (bin.charCodeAt(i >> 3) >> (i & 7)) & 1;
        return bits;
    }

    // ---- clustering: in a worker (off the main thread), or here when workers are not at hand

    function clusterOptions(o) {
        // minZoom 3: the map never zooms out further (map.py), so lower levels are never asked for.
        return {radius: o.radius, maxZoom: o.maxZoom, minZoom: 3, extent: 512};
    }

    function LocalEngine(o) { this.kind = 'main'; this.options = clusterOptions(o); this.index = null; }
    LocalEngine.prototype.init = function (lon, lat) { this.lon = lon; this.lat = lat; return Promise.resolve(lon.length); };
    LocalEngine.prototype.load = function (mask) {
        var feats = [];
        for (var i = 0; i < this.lon.length; i++) {
            if (mask && mask[i] !== 1) continue;
            feats.push({type: 'Feature', properties: {i: i},
                        geometry: {type: 'Point', coordinates: [this.lon[i] / 1e5, this.lat[i] / 1e5]}});
        }
        this.index = new Supercluster(this.options).load(feats);
        return Promise.resolve(feats.length);
    };
    LocalEngine.prototype.clusters = function (box, zoom) { return Promise.resolve(this.index.getClusters(box, zoom)); };
    LocalEngine.prototype.expansion = function (id) { return Promise.resolve(this.index.getClusterExpansionZoom(id)); };
    LocalEngine.prototype.leaves = function (id, limit) { return Promise.resolve(this.index.getLeaves(id, limit)); };

    function WorkerEngine(o) {
        var self = this;
        this.kind = 'worker';
        this.o = o;
        this.seq = 0;
        this.pending = {};
        this.worker = new Worker(o.workerUrl);
        this.worker.onmessage = function (e) {
            var m = e.data, p = self.pending[m.id];
            delete self.pending[m.id];
            if (p) { if (m.error) p[1](new Error(m.error)); else p[0](m.result); }
        };
        this.worker.onerror = function (e) {
            e.preventDefault();
            self.fail(new Error('cluster worker: ' + (e.message || 'failed')));
        };
    }
    WorkerEngine.prototype.fail = function (err) {
        var pending = this.pending;
        this.pending = {};
        this.broken = true;
        Object.keys(pending).forEach(function (id) { pending[id][1](err); });
    };
    WorkerEngine.prototype.call = function (message) {
        var self = this;
        if (this.broken) return Promise.reject(new Error('cluster worker unavailable'));
        message.id = ++this.seq;
        return new Promise(function (resolve, reject) {
            self.pending[message.id] = [resolve, reject];
            self.worker.postMessage(message);
        });
    };
    WorkerEngine.prototype.init = function (lon, lat) {
        return this.call({type: 'init', supercluster: this.o.superclusterUrl, options: clusterOptions(this.o),
                          lon: lon, lat: lat});
    };
    WorkerEngine.prototype.load = function (mask) { return this.call({type: 'load', mask: mask}); };
    WorkerEngine.prototype.clusters = function (box, zoom) { return this.call({type: 'clusters', box: box, zoom: zoom}); };
    WorkerEngine.prototype.expansion = function (id) { return this.call({type: 'expansion', cluster: id}); };
    WorkerEngine.prototype.leaves = function (id, limit) { return this.call({type: 'leaves', cluster: id, limit: limit}); };

    function IncidentMap(map, o) {
        this.map = map;
        this.o = o;
        this.P = null;        // the points (columns), once loaded
        this.D = null;        // the popups' details, loaded on the first popup
        this.view = null;     // the last view asked for
        this.shown = -1;      // points in the current view, once clustered
        this.engine = null;   // WorkerEngine, or LocalEngine where a worker cannot run
        this.gen = 0;         // bumped by each clustering: older answers are dropped
        this.drawSeq = 0;
        this.drawnShown = -1; // ``shown`` when the markers were last drawn
        this.drawn = 0;       // how many times the markers were drawn (tests, benchmark)
        this.focusKey = null;
        this.icons = {};
        this.controls = {};
        this.clicks = 0;
        this.earlyDrawn = 0;  // filter changes drawn early (``early``; tests)
        this.earlySame = 0;   // ... whose server view came with the same points
        this.earlyOther = 0;  // ... whose server view came with others (never, if the two agree)
        map.getContainer().style.background = o.sea;
        this.makeStates();
        this.group = L.layerGroup().addTo(map);
        this.tip = L.tooltip({direction: 'top', offset: [0, -10], className: 'mx-tooltip'});
        var self = this;
        this.ready = Promise.all([
            load(o.states, o.statesUrl).then(function (s) { self.addStates(s); }),
            load(o.points, o.pointsUrl).then(function (p) { return self.setPoints(p); })
        ]).then(function () { if (self.view) self.apply(self.view); })
          .catch(function (e) { console.error('incident map:', e); self.reportDrawn(); });
        map.on('moveend', function () {
            self.draw().catch(function (e) { console.error('incident map:', e); });
        });
        if (o.watch) this.watchFilters(o.watch);
    }

    IncidentMap.prototype.makeStates = function () {
        // Made empty at once, filled when the shapes arrive: streamlit-folium binds its click
        // handler to the layers on the map when it starts, and a click on a shape reaches it
        // through this group.
        var o = this.o, self = this;
        this.stateFill = {};
        this.states = L.geoJSON(null, {
            style: function (f) {
                return {fillColor: self.stateFill[f.properties.name] || o.noDataFill, fillOpacity: 0.75,
                        color: o.stateBorder, weight: 0.8};
            },
            onEachFeature: function (f, layer) {
                // First line: the state's name (streamlit-folium reports a click as the
                // tooltip's text, and the page reads the state back from it).
                layer.bindTooltip(self.stateTip(f, self.summaryOf(f)), {sticky: true});
                // The map stays mounted across views, so a click must change what
                // streamlit-folium reports even on the same state twice: count clicks, hidden.
                layer.on('click', function () {
                    self.clicks += 1;
                    layer.setTooltipContent(self.stateTip(f, self.summaryOf(f)) + '<span hidden>' + self.clicks + '</span>');
                });
                layer.on('mouseover', function () { layer.setStyle({weight: 2.5, color: '#222', fillOpacity: 0.9}); });
                layer.on('mouseout', function () { self.states.resetStyle(layer); });
            }
        }).addTo(this.map);
    };

    IncidentMap.prototype.addStates = function (geojson) {
        if (!geojson) return;
        this.states.addData(geojson);
        this.statesLoaded = true;
        this.states.bringToBack();
    };

    IncidentMap.prototype.summaryOf = function (feature) {
        var row = this.view && this.view.states[feature.properties.name];
        return row ? row[1] : this.view ? this.view.zeroSummary : '';
    };

    IncidentMap.prototype.stateTip = function (feature, summary) {
        return '<b>' + feature.properties.label + '</b>\n<br>' + summary;
    };

    IncidentMap.prototype.setPoints = function (p) {
        this.P = p;
        this.D = this.o.details || null;
        this.lon = Int32Array.from(p.lon);
        this.lat = Int32Array.from(p.lat);
        this.mainEngine = new LocalEngine(this.o);
        this.mainEngine.init(this.lon, this.lat);
        this.engine = this.mainEngine;
        return Promise.resolve();
    };

    IncidentMap.prototype.engineFor = function (count) {
        // Up to o.mainThreadMax points cluster here at once (tens of ms, drawn before the
        // page goes on rendering); more go to the worker, started on first need. Once it
        // runs, every view goes there: a filter change then re-clusters while Streamlit
        // re-renders the page on this thread, not after it (no frame held up).
        if (this.workerFailed || !this.o.workerUrl || !this.o.superclusterUrl || typeof Worker === 'undefined'
                || (count <= this.o.mainThreadMax && !this.workerEngine)) return this.mainEngine;
        if (!this.workerEngine) {
            try {
                this.workerEngine = new WorkerEngine(this.o);
                this.workerEngine.init(this.lon, this.lat).catch(function () { /* seen by load */ });
            } catch (e) {
                this.workerFailed = true;
                return this.mainEngine;
            }
        }
        return this.workerEngine;
    };

    // ---- per view ------------------------------------------------------------------------

    IncidentMap.prototype.apply = function (view) {
        this.view = view;
        if (view.token) this.serverView = view;
        if (!this.P) return;  // applied once the points are in
        if (view.token) {  // a view drawn early keeps the last view's states and legend
            this.applyStates(view);
            this.applyControls(view);
        }
        var key = view.mask === null ? '*' : view.mask, self = this;
        if (view.token && this.earlyKey) {  // the server's view after one drawn early: the same points?
            if (key === this.earlyKey) this.earlySame += 1; else this.earlyOther += 1;
        }
        var clustered;
        if (key !== this.maskKey) {
            this.maskKey = key;
            // a view drawn early brings its bits along: not decoded again from its text
            clustered = this.cluster(view.bits && view.mask !== null ? view.bits : decodeMask(view.mask, this.P.lat.length));
            this.clusteredFor = clustered.catch(function () { /* reported by this view */ });
        } else {
            // The same points as the view before (the server's view of a change drawn early, or
            // another filter with the same points): wait for that view's clustering if it runs.
            clustered = this.clusteredFor || Promise.resolve();
        }
        var drawnEarly = !!view.token && this.earlyKey === key, early = !view.token;
        // the server's view of a change drawn early waits for that drawing, if it still runs
        if (drawnEarly && this.earlyDrawing) clustered = this.earlyDrawing;
        if (view.token) this.earlyKey = null;
        this.focus(view);
        if (!this.drawn && this.engine === this.workerEngine) this.drawKept();
        var drawing = clustered.then(function () {
            // a newer view came meanwhile (a view drawn early is still drawn for the server's
            // view of the same points, which waits for it)
            if (self.view !== view && !(early && self.maskKey === key)) return;
            // The server's view of a change drawn early: its points are on screen already;
            // only the states, the legend and the notes changed (above).
            if (drawnEarly && self.drawnKey === key) { self.reportDrawn(); return; }
            return self.draw();
        });
        if (early) this.earlyDrawing = drawing.catch(function () { /* reported below */ });
        return drawing.then(function () {
            if (self.view === view && view.open >= 0) self.openEvent(view.open);
        }).catch(function (e) { console.error('incident map:', e); });
    };

    IncidentMap.prototype.cluster = function (mask) {
        var gen = ++this.gen, self = this, count = this.lon.length;
        if (mask) { count = 0; for (var i = 0; i < mask.length; i++) count += mask[i]; }
        this.clustering = count;
        var run = function (engine) {
            self.engine = engine;
            return engine.load(mask).then(function (shown) {
                if (gen === self.gen) { self.shown = shown; self.clustered = true; }
            });
        };
        return run(this.engineFor(count)).catch(function (err) {
            // The worker failed (blocked, or an old browser): cluster on the main thread.
            if (self.engine === self.mainEngine) throw err;
            console.warn('incident map: clustering on the main thread:', err && err.message);
            self.workerFailed = true;
            return gen === self.gen ? run(self.mainEngine) : null;
        });
    };

    IncidentMap.prototype.applyStates = function (view) {
        var self = this;
        this.stateFill = {};
        Object.keys(view.states).forEach(function (name) { self.stateFill[name] = view.states[name][0]; });
        this.states.eachLayer(function (layer) {
            layer.setTooltipContent(self.stateTip(layer.feature, self.summaryOf(layer.feature)));
            self.states.resetStyle(layer);
        });
    };

    IncidentMap.prototype.control = function (name, position, cls, html, summary) {
        if (this.controls[name]) { this.controls[name].remove(); delete this.controls[name]; }
        if (!html) return;
        var map = this.map, openFrom = this.o.openFrom;
        var control = L.control({position: position});
        control.onAdd = function () {
            var div = L.DomUtil.create('div', cls);
            if (summary) {
                var details = L.DomUtil.create('details', '', div);
                details.open = map.getSize().x >= openFrom;
                var handle = L.DomUtil.create('summary', 'mx-legend-title', details);
                handle.textContent = summary;
                L.DomUtil.create('div', '', details).innerHTML = html;
            } else {
                div.innerHTML = html;
            }
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        this.controls[name] = control.addTo(map);
    };

    IncidentMap.prototype.applyControls = function (view) {
        this.control('legend', 'bottomright', 'mx-legend', view.legend, this.o.words.legend_summary);
        this.control('note', 'topright', 'mx-note mx-unplaced', view.note ? view.note[1] : '',
                     view.note ? view.note[0] : '');
        this.control('empty', 'topright', 'mx-note mx-note-empty', view.empty, '');
    };

    IncidentMap.prototype.focus = function (view) {
        var key = JSON.stringify(view.focus || []);
        if (key === this.focusKey) return;  // other filters keep the user's pan and zoom
        var first = this.focusKey === null;
        this.focusKey = key;
        // A view drawn early (no token) moves at once, without the zoom's animation: its frames
        // and the redrawing at its end would land on Streamlit's rendering of the change.
        var still = view.token ? {} : {animate: false};
        if (!view.focus || !view.focus.length) {
            if (!first) this.map.setView(this.o.center, this.o.zoom, still);
            return;
        }
        var bounds = null, wanted = {};
        view.focus.forEach(function (n) { wanted[n] = true; });
        this.states.eachLayer(function (layer) {
            if (!wanted[layer.feature.properties.name]) return;
            bounds = bounds ? bounds.extend(layer.getBounds()) : L.latLngBounds(layer.getBounds().getSouthWest(),
                                                                                 layer.getBounds().getNorthEast());
        });
        if (bounds) this.map.fitBounds(bounds, still);
    };

    // ---- filter changes drawn before the server's view (issue 15, ninth pass) -------------
    // The page's type and state widgets (Streamlit's multiselects, in the page around this
    // iframe, same origin) show a change as soon as the user makes it; the server's view of
    // it comes only after Streamlit's rerun (0.2-0.6 s). When the view says the map can apply
    // its filters itself (``view.early``: no word, actor or precision filter), the map reads
    // the widgets' chosen values, works out the points they leave from the columns it holds
    // (type, state, date) and draws them at once, as a view of its own (no token: nothing is
    // reported to the page). The server's view follows: the same mask (the same bits, the same
    // text) is not clustered or drawn again (``apply``); another one simply replaces it.

    function escapeHtml(text) {  // as Python's html.escape does
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
    }

    function encodeMask(bits) {  // points.shown_bits: little-endian bits, base64
        var bytes = new Uint8Array((bits.length + 7) >> 3), text = '';
        for (var i = 0; i < bits.length; i++) if (bits[i]) bytes[i >> 3] |= 1 << (i & 7);
        for (var j = 0; j < bytes.length; j += 8192) text += String.fromCharCode.apply(null, bytes.subarray(j, j + 8192));
        return btoa(text);
    }

    // The chosen values of one of Streamlit's multiselects (its tags), or null when the
    // widget is not found as expected (another Streamlit: then the map waits for the server).
    function chosen(doc, key) {
        var box = doc.querySelector('.st-key-' + key);
        var tags = box && box.querySelector('[data-testid="stMultiSelectTagsContainer"]');
        if (!tags) return null;
        return Array.prototype.map.call(tags.querySelectorAll('[data-tag]'), function (tag) {
            return tag.getAttribute('aria-label') || tag.textContent;
        });
    }

    IncidentMap.prototype.watchFilters = function (keys) {
        var doc = null, self = this;
        try { doc = window.top.document; } catch (e) { return; }  // another origin: views come from the server only
        if (!doc || doc === document) return;
        var pending = false;
        var check = function () {
            pending = false;
            try { self.early(chosen(doc, keys.types), chosen(doc, keys.states)); }
            catch (err) { console.error('incident map:', err); }
        };
        // A choice is made by a key or a click. React shows it in the widget at once, and
        // Streamlit sends it to the server from an effect that runs once that is painted:
        // the map reads the widget in a task after the next frame, so its work does not hold
        // up the message that starts the rerun.
        var soon = function () {
            if (pending) return;
            pending = true;
            window.top.requestAnimationFrame(function () { setTimeout(check, 0); });
        };
        ['keydown', 'click', 'pointerup'].forEach(function (type) { doc.addEventListener(type, soon, true); });
        window.addEventListener('pagehide', function () {
            ['keydown', 'click', 'pointerup'].forEach(function (type) { doc.removeEventListener(type, soon, true); });
        });
    };

    IncidentMap.prototype.early = function (typeLabels, stateNames) {
        var view = this.view, e = view && view.early, P = this.P, o = this.o;
        if (!e || !P || !P.adm1 || !typeLabels || !stateNames || !this.lon) return false;
        var types = [], byLabel = {};
        o.styles.forEach(function (s, i) { byLabel[s.label] = i; });
        for (var t = 0; t < typeLabels.length; t++) {
            var index = byLabel[escapeHtml(typeLabels[t])];
            if (index === undefined) return false;  // a label the map does not know: wait for the server
            types.push(index);
        }
        var states = stateNames.map(escapeHtml);
        var key = JSON.stringify([types.slice().sort(), states.slice().sort()]);
        var current = JSON.stringify([e.types.slice().sort(), e.states.slice().sort()]);
        if (key === this.earlyAsked) return false;  // nothing new
        this.earlyAsked = key;
        if (key === current) {  // back to what the server last drew (a change undone at once)
            if (!view.token && this.serverView) this.apply(this.serverView);
            return false;
        }
        // The points the filters leave: type, state and date are the same for every record of
        // an event (events.py groups by them), so filtering points is filtering records.
        if (!this.cols) {  // the columns the filters read, as typed arrays (once)
            this.cols = {type: Int32Array.from(P.type), adm1: Int32Array.from(P.adm1), date: Int32Array.from(P.date)};
        }
        var col = this.cols, n = P.lat.length, bits = new Uint8Array(n), count = 0;
        // one flag per code (type index + 1, so a type the map has no style for, -1, is never chosen)
        var typeOk = null, stateOk = null, dateOk = null;
        if (types.length) { typeOk = new Uint8Array(o.styles.length + 1); types.forEach(function (i) { typeOk[i + 1] = 1; }); }
        if (states.length) {
            var wanted = {};
            states.forEach(function (s) { wanted[s] = true; });
            stateOk = Uint8Array.from(P.adm1s, function (name) { return wanted[name] ? 1 : 0; });
        }
        if (e.from || e.to) {
            dateOk = new Uint8Array(P.dates.length);
            for (var d = 0; d < P.dates.length; d++) {
                var day = P.dates[d];
                if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;  // not a plain day: the server knows
                dateOk[d] = (!e.from || day >= e.from) && (!e.to || day <= e.to) ? 1 : 0;
            }
        }
        for (var i = 0; i < n; i++) {
            if ((typeOk && !typeOk[col.type[i] + 1]) || (stateOk && !stateOk[col.adm1[i]])
                    || (dateOk && !dateOk[col.date[i]])) continue;
            bits[i] = 1;
            count += 1;
        }
        var mask = count === n ? null : encodeMask(bits);
        this.earlyKey = mask === null ? '*' : mask;
        this.earlyDrawn += 1;
        // The view shown until the server's comes: its points and zoom, the states' colours
        // and the legend of the last view (the server's view brings theirs).
        this.apply(Object.assign({}, view, {mask: mask, bits: bits, focus: stateNames, open: -1, token: null,
                                            early: e}));
        return true;
    };

    // ---- drawing -------------------------------------------------------------------------

    IncidentMap.prototype.draw = function () {
        // Asks the engine for what is in view; only the latest request is drawn.
        if (!this.clustered) return Promise.resolve();
        var b = this.map.getBounds(), z = Math.round(this.map.getZoom()), self = this;
        var box = [Math.max(-180, b.getWest() - 1), Math.max(-85, b.getSouth() - 1),
                   Math.min(180, b.getEast() + 1), Math.min(85, b.getNorth() + 1)];
        var seq = ++this.drawSeq, gen = this.gen, shown = this.shown, key = this.keptKey();
        if (gen === this.keptGen && key === this.keptShown) return Promise.resolve();  // on screen already
        return this.engine.clusters(box, Math.min(z, this.o.maxZoom)).then(function (items) {
            if (seq !== self.drawSeq || gen !== self.gen) return;
            self.render(items, shown);
            if (self.engine === self.workerEngine && !self.kept) self.keep(key, items);
        });
    };

    IncidentMap.prototype.render = function (items, shown) {
        // Markers for supercluster's answer for the view; ``shown`` points are in it.
        var self = this;
        this.group.clearLayers();
        this.markers = {};
        items.forEach(function (f) {
            var marker = f.properties.cluster ? self.clusterMarker(f) : self.pointMarker(f.properties.i);
            self.group.addLayer(marker);
            if (!f.properties.cluster) self.markers[f.properties.i] = marker;
        });
        this.drawn += 1;
        this.drawnShown = shown;  // the markers on screen are those of this many points
        this.drawnKey = this.maskKey;
        this.reportDrawn();
        var waiting = this.afterDraw || [];
        this.afterDraw = [];
        waiting.forEach(function (cb) { cb(); });
    };

    // ---- the first view's clusters, kept between visits ---------------------------------
    // The worker takes 0.5-1 s to cluster 80,000 points, and the first view a page draws is
    // mostly the one it drew on the last visit: the same points file (content-addressed),
    // the same points shown, the same window. supercluster's answer for that view is kept
    // (localStorage, one entry) and drawn at once on the next visit while the worker builds
    // the index; pans, zooms and clicks wait for the index, as on a first visit.

    var KEPT = 'mx-first-view';

    function hashString(text) {  // FNV-1a, 32 bits: tells masks apart in a key, no more
        var h = 0x811c9dc5;
        for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
        return (h >>> 0).toString(16);
    }

    IncidentMap.prototype.keptKey = function () {
        return [this.o.pointsUrl, this.maskKey && hashString(this.maskKey), this.clustering,
                Math.round(this.map.getZoom()), this.map.getBounds().toBBoxString()].join('|');
    };

    IncidentMap.prototype.keep = function (key, items) {
        this.kept = true;
        try { window.localStorage.setItem(KEPT, JSON.stringify({key: key, items: items})); }
        catch (e) { /* storage full or off: the next visit clusters first, as without it */ }
    };

    IncidentMap.prototype.drawKept = function () {
        var key = this.keptKey(), kept = null;
        try { kept = JSON.parse(window.localStorage.getItem(KEPT) || 'null'); } catch (e) { kept = null; }
        if (!kept || kept.key !== key || !Array.isArray(kept.items)) return;
        this.kept = true;
        this.keptGen = this.gen;
        this.keptShown = key;
        this.shown = this.clustering;
        this.render(kept.items, this.clustering);
    };

    IncidentMap.prototype.reportDrawn = function () {
        // Tell the page the map has drawn the view it was last given (or failed to draw):
        // the page renders its tables and chart only then, so they do not hold the map up
        // (app/dashboard/map_drawn.py, whose listener sits in another iframe of this origin).
        var token = this.view && this.view.token;
        if (!this.o.reportDrawn || !token || token === this.reported) return;
        this.reported = token;
        try {
            window.top.__mxDrawn = token;
            window.top.dispatchEvent(new CustomEvent('mx-drawn', {detail: token}));
        } catch (e) { /* a page of another origin: nobody to tell */ }
    };

    IncidentMap.prototype.clusterMarker = function (f) {
        var n = f.properties.point_count, size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 48, self = this;
        var c = f.geometry.coordinates;
        var marker = L.marker([c[1], c[0]], {icon: L.divIcon({
            html: '<div><span>' + n.toLocaleString('en-US') + '</span></div>',
            className: 'marker-cluster mx-cluster', iconSize: L.point(size, size)})});
        marker.on('click', function () {
            var id = f.properties.cluster_id;
            self.engine.expansion(id).then(function (zoom) {
                if (zoom <= self.o.maxZoom && self.map.getZoom() < self.o.maxZoom) {
                    self.map.setView([c[1], c[0]], zoom);
                    return null;
                }
                return self.engine.leaves(id, self.o.listMax).then(function (leaves) {
                    self.listPopup([c[1], c[0]], leaves, n);
                });
            }).catch(function (e) { console.error('incident map:', e); });
        });
        return marker;
    };

    IncidentMap.prototype.pointMarker = function (i) {
        var P = this.P, self = this;
        var marker = L.marker([P.lat[i] / 1e5, P.lon[i] / 1e5], {icon: this.icon(i)});
        marker.on('click', function () { self.openPopup(i); });
        marker.on('mouseover', function () {
            self.details();  // a click usually follows: fetch the popups' details now
            self.tip.setLatLng(marker.getLatLng()).setContent(self.tooltip(i)).addTo(self.map);
        });
        marker.on('mouseout', function () { self.tip.remove(); });
        return marker;
    };

    IncidentMap.prototype.style = function (i) {
        var t = this.P.type[i];
        return t >= 0 && t < this.o.styles.length ? this.o.styles[t] : this.o.fallback;
    };

    IncidentMap.prototype.size = function (i) {
        var px = this.o.sizes.base, fat = this.P.fat[i];
        this.o.sizes.steps.forEach(function (step) { if (fat >= step[0]) px = step[1]; });
        return px;
    };

    IncidentMap.prototype.icon = function (i) {
        // One icon object per type, hollowness and size, shared by all markers alike.
        var s = this.style(i), hollow = this.P.prec[i] >= this.o.hollow, px = this.size(i);
        var key = s.icon + (hollow ? '-h' : '') + px;
        if (this.icons[key]) return this.icons[key];
        var look = hollow ? 'background:#fff;color:' + s.color + ';border-color:' + s.color : 'background:' + s.color;
        return (this.icons[key] = L.divIcon({
            className: 'mx-marker' + (hollow ? ' mx-hollow' : ''),
            html: '<span style="' + look + ';width:' + px + 'px;height:' + px + 'px;font-size:'
                + Math.round(px / 2) + 'px"><i class="fa-solid fa-' + s.icon + '"></i></span>',
            iconSize: [px, px], iconAnchor: [px / 2, px / 2]}));
    };

    IncidentMap.prototype.dateText = function (i) {
        var P = this.P, code = P.dateprecs[P.dprec[i]];
        return P.dates[P.date[i]] + ' (' + (this.o.datePrecisions[code] || code) + ')';
    };

    IncidentMap.prototype.tooltip = function (i) {
        return '<b>' + this.style(i).label + '</b> · ' + this.P.places[this.P.place[i]] + ' · ' + this.dateText(i);
    };

    // ---- popups --------------------------------------------------------------------------

    IncidentMap.prototype.details = function () {
        var self = this;
        if (this.D) return Promise.resolve(this.D);
        return (this.detailsLoading = this.detailsLoading || load(null, this.o.detailsUrl).then(function (d) {
            self.D = d;
            return d;
        }));
    };

    IncidentMap.prototype.openPopup = function (i) {
        var P = this.P, self = this, W = this.o.words;
        var popup = L.popup({maxWidth: 360, offset: [0, -8]}).setLatLng([P.lat[i] / 1e5, P.lon[i] / 1e5]);
        popup.setContent(this.D ? this.popup(i) : '<div class="mx-popup">' + W.loading + '</div>').openOn(this.map);
        if (!this.D) this.details().then(function () { popup.setContent(self.popup(i)); });
        return popup;
    };

    IncidentMap.prototype.sourceHtml = function (a) {
        var D = this.D, W = this.o.words, art = D.articles[a];  // [label, url, id], escaped
        return art[0] + (art[1] ? ' <a href="' + art[1] + '" target="_blank" rel="noopener noreferrer">'
                                  + W.popup_open_article + '</a>' : '')
            + ' <span class="mx-muted">(' + art[2] + ')</span>';
    };

    IncidentMap.prototype.sourcesHtml = function (i) {
        var ids = this.D.sources[this.D.source[i]], W = this.o.words, self = this;
        if (ids.length === 1) return '<b>' + W.popup_source + '</b> ' + this.sourceHtml(ids[0]);
        return '<b>' + W.popup_n_sources.replace('{n}', String(ids.length)) + '</b><ul class="mx-sources">'
            + ids.map(function (a) { return '<li>' + self.sourceHtml(a) + '</li>'; }).join('') + '</ul>';
    };

    IncidentMap.prototype.eventLink = function (i) {
        // The page's own address with ?event=<id>: opens the map at this event, popup open.
        var base = '', o = this.o;
        try { base = window.top.location.origin + window.top.location.pathname; } catch (e) { base = ''; }
        var href = base + '?' + o.param + '=' + encodeURIComponent(this.D.ids[i])
            + (o.lang !== 'en' ? '&lang=' + o.lang : '');
        return '<a class="mx-event-link" target="_top" href="' + href + '">' + o.words.popup_link + '</a>';
    };

    IncidentMap.prototype.popup = function (i) {
        var P = this.P, D = this.D, W = this.o.words, s = this.style(i);
        var fat = P.fat[i] < 0 ? W.popup_not_stated : String(P.fat[i]);
        var prec = this.o.precision[String(P.prec[i])] || W.popup_unknown;
        var conf = D.conf[i] < 0 ? W.popup_unknown : D.conf[i] + '%';
        var ev = !D.evidence || D.evidence[i] < 0
            ? (D.evidence ? '' : '<div class="mx-muted">' + W.popup_evidence_via_link + '</div>')
            : '<blockquote class="mx-evidence">' + D.evidences[D.evidence[i]] + '</blockquote>';
        var status = D.statuses[D.status[i]];
        return '<div class="mx-popup"><div class="mx-type" style="color:' + s.color + '">'
            + '<i class="fa-solid fa-' + s.icon + '"></i> ' + s.label + '</div>'
            + '<div><b>' + W.popup_date + '</b> ' + this.dateText(i) + '</div>'
            + '<div><b>' + W.popup_place + '</b> ' + P.places[P.place[i]] + ' <span class="mx-muted">('
            + W.popup_precision + ' ' + P.prec[i] + ': ' + prec + ')</span></div>'
            + '<div><b>' + W.popup_fatalities + '</b> ' + fat + '</div>' + ev
            + '<div class="mx-source">' + this.sourcesHtml(i) + '</div>'
            + '<div class="mx-review"><b>' + W.popup_status + '</b> ' + (this.o.statuses[status] || status)
            + ' · <b>' + W.popup_confidence + '</b> ' + conf + ' · ' + this.eventLink(i) + '</div></div>';
    };

    IncidentMap.prototype.listPopup = function (latlng, leaves, total) {
        // Events at one place that no zoom separates: a list, each opening its own popup.
        var self = this, W = this.o.words;
        var div = L.DomUtil.create('div', 'mx-popup mx-list');
        leaves.forEach(function (f) {
            var i = f.properties.i, row = L.DomUtil.create('div', 'mx-list-item', div);
            row.innerHTML = self.tooltip(i);
            L.DomEvent.on(row, 'click', function () { self.openPopup(i); });
        });
        if (total > leaves.length) {
            L.DomUtil.create('div', 'mx-muted', div).textContent = W.map_cluster_more.replace('{n}', String(total - leaves.length));
        }
        L.popup({maxWidth: 360}).setLatLng(latlng).setContent(div).openOn(this.map);
    };

    IncidentMap.prototype.openEvent = function (i) {
        // A link to one event: show it at the closest zoom, then its popup.
        if (this.openedEvent === i) return;
        this.openedEvent = i;
        var self = this;
        this.map.setView([this.P.lat[i] / 1e5, this.P.lon[i] / 1e5], this.o.maxZoom);
        setTimeout(function () { self.openPopup(i); }, 0);
    };

    // ---- for tests and the benchmark -----------------------------------------------------

    IncidentMap.prototype.near = function (lat, lon) {
        // Shown points at these coordinates (to 1e-4 degrees).
        var out = [], mask = this.view && this.view.mask !== null ? decodeMask(this.view.mask, this.P.lat.length) : null;
        for (var i = 0; i < this.P.lat.length; i++) {
            if (mask && !mask[i]) continue;
            if (Math.abs(this.P.lat[i] / 1e5 - lat) < 1e-4 && Math.abs(this.P.lon[i] / 1e5 - lon) < 1e-4) out.push(i);
        }
        return out;
    };

    IncidentMap.prototype.reveal = function (i) {
        // Zoom in on point i until it is a marker of its own; resolves with that marker's element.
        var self = this, lat = this.P.lat[i] / 1e5, lon = this.P.lon[i] / 1e5;
        return new Promise(function (resolve) {
            self.map.once('moveend', function () {
                // the draw this move starts answers asynchronously (the worker)
                (self.afterDraw = self.afterDraw || []).push(function () {
                    setTimeout(function () { resolve(self.markers[i] ? self.markers[i]._icon : null); }, 50);
                });
            });
            self.map.setView([lat, lon], self.o.maxZoom, {animate: false});
        });
    };

    IncidentMap.prototype.offer = function (view) {
        // A view numbered ``seq`` (app/dashboard/map.py view_script) is applied only when it is
        // newer than the last one applied: the page sends each view by a script in the page
        // (at once) and draws the map's element with it too (on a page load), so one view
        // may come twice, and an older one must never replace a newer one.
        if (view.seq !== undefined && view.seq !== null) {
            if (this.seq !== undefined && view.seq <= this.seq) {
                // The same view for other filters (one that changes nothing on the map keeps
                // its number): the filters the map may apply itself are those of the last.
                if (view.seq === this.seq && this.serverView && view.token === this.serverView.token) {
                    this.serverView.early = view.early;
                    if (this.view === this.serverView) this.earlyAsked = null;
                }
                return;
            }
            this.seq = view.seq;
        }
        this.apply(view);
    };

    var MxIncidents = window.MxIncidents = {
        current: null,
        fetchJson: fetchJson,    // for municipalities.js: the same Cache Storage
        decodeMask: decodeMask,  // for time_player.js: the view's points
        layer: function (map, options) { return (this.current = new IncidentMap(map, options)); },
        view: function (view) {
            // A view that comes before the points (or the map) waits for them.
            if (this.current) this.current.offer(view);
        }
    };

    // The page around the map's iframe (same origin) hands it each new view as an event
    // ("mx-view", app/dashboard/map.py VIEW_EVENT): a filter change redraws the map without
    // Streamlit rendering the map's element again.
    (function listen() {
        var page = null;
        try { page = window.top; if (!page || !page.addEventListener) return; }
        catch (e) { return; }  // a page of another origin: views come with the map only
        var heard = function (e) {
            try { if (e.detail) MxIncidents.view(e.detail); }
            catch (err) { console.error('incident map:', err); }
        };
        page.addEventListener('mx-view', heard);
        window.addEventListener('pagehide', function () { page.removeEventListener('mx-view', heard); });
    })();
})();
