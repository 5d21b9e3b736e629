/* The day-by-day player (app/dashboard/map_overlays.py, TimePlayer): a slider and a play
 * button on the map that show the view's point events one day at a time, every day from
 * the view's first event to its last, then all of them again.
 *
 * It works on the page's incident layer (incident_map.js, MxIncidents.current): the points
 * of the day are clustered and drawn as a view's points are, and the view comes back as it
 * was (its mask re-applied) when the player stops or a new view arrives. The states keep the
 * colours of the whole view. Words were HTML-escaped in Python.
 */
(function () {
    'use strict';
    // A whole play takes about WHOLE_PLAY_MS: 700 ms a day for a few weeks, 40 ms for two years.
    var DAY_MS = 86400000, WHOLE_PLAY_MS = 30000, MIN_STEP_MS = 25, MAX_STEP_MS = 700;

    function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

    function TimePlayer(map, o) {
        this.map = map;
        this.o = o;
        this.layer = window.MxIncidents && MxIncidents.current;
        this.active = false;  // a day is shown instead of the whole view
        this.timer = null;
        this.day = null;      // the day shown (ISO), for the page's tests
        this.makeControl();
        var self = this;
        if (this.layer) this.layer.ready.then(function () { self.enable(true); });
    }

    TimePlayer.prototype.makeControl = function () {
        var self = this, W = this.o.words;
        var control = L.control({position: 'bottomleft'});
        control.onAdd = function () {
            var div = L.DomUtil.create('div', 'mx-player');
            div.title = W.play_title;
            self.button = L.DomUtil.create('button', 'mx-player-play', div);
            self.button.type = 'button';
            self.slider = L.DomUtil.create('input', 'mx-player-slider', div);
            self.slider.type = 'range';
            self.slider.min = 0;
            self.slider.value = 0;
            self.slider.setAttribute('aria-label', W.play_title);
            self.label = L.DomUtil.create('span', 'mx-player-day', div);
            self.all = L.DomUtil.create('button', 'mx-player-all', div);
            self.all.type = 'button';
            self.all.innerHTML = W.play_all;
            self.all.hidden = true;
            self.setPlaying(false);
            L.DomEvent.on(self.button, 'click', function () { self.timer ? self.pause() : self.play(); });
            L.DomEvent.on(self.slider, 'input', function () { self.pause(); self.start(); self.show(+self.slider.value); });
            L.DomEvent.on(self.all, 'click', function () { self.stop(); });
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        control.addTo(this.map);
        this.enable(false);
    };

    TimePlayer.prototype.enable = function (on) {
        this.button.disabled = !on;
        this.slider.disabled = !on;
    };

    TimePlayer.prototype.setPlaying = function (on) {
        this.button.innerHTML = on ? '&#10073;&#10073;' : '&#9654;';
        this.button.setAttribute('aria-label', on ? this.o.words.play_pause : this.o.words.play_play);
        this.button.title = on ? this.o.words.play_pause : this.o.words.play_play;
    };

    TimePlayer.prototype.start = function () {
        // The days of the view now on the map: every day from its first event to its last.
        if (this.active && this.view === this.layer.view) return true;
        var P = this.layer.P, view = this.layer.view;
        if (!P || !view) return false;
        var mask = MxIncidents.decodeMask(view.mask, P.lat.length), byDay = {}, first = Infinity, last = -Infinity;
        for (var i = 0; i < P.lat.length; i++) {
            if (mask && !mask[i]) continue;
            var t = Date.parse(P.dates[P.date[i]]);
            if (isNaN(t)) continue;
            var day = Math.floor(t / DAY_MS);
            (byDay[day] = byDay[day] || []).push(i);
            if (day < first) first = day;
            if (day > last) last = day;
        }
        if (first === Infinity) return false;
        this.view = view;
        this.byDay = byDay;
        this.first = first;
        this.days = last - first + 1;
        this.slider.max = this.days - 1;
        this.active = true;
        this.all.hidden = false;
        var self = this;
        clearInterval(this.watch);
        this.watch = setInterval(function () {  // paused on a day, a new view (a filter) ends it
            if (self.active && !self.timer && self.layer.view !== self.view) self.stop(true);
        }, 500);
        return true;
    };

    TimePlayer.prototype.show = function (step) {
        var layer = this.layer, day = this.first + step, points = this.byDay[day] || [];
        var mask = new Uint8Array(layer.P.lat.length);
        points.forEach(function (i) { mask[i] = 1; });
        layer.maskKey = 'day:' + day;  // the next view re-clusters whatever it shows
        // Clustering may run in a worker: draw once this day's points are clustered (a later
        // day's request supersedes this one inside the map's own generation check).
        layer.cluster(mask).then(function () { return layer.draw(); })
            .catch(function (e) { console.error('time player:', e); });
        this.slider.value = step;
        this.day = isoDay(day);
        this.label.innerHTML = this.o.words.play_day.replace('{date}', this.day).replace('{n}', String(points.length));
    };

    TimePlayer.prototype.play = function () {
        if (!this.start()) return;
        var self = this, step = +this.slider.value;
        if (step >= this.days - 1) step = 0;  // played to the end before: from the start
        var every = Math.max(MIN_STEP_MS, Math.min(MAX_STEP_MS, WHOLE_PLAY_MS / this.days));
        this.show(step);
        this.setPlaying(true);
        this.timer = setInterval(function () {
            if (self.layer.view !== self.view) return self.stop(true);  // a new view came: it leads
            step += 1;
            if (step >= self.days) return self.stop();
            self.show(step);
        }, every);
    };

    TimePlayer.prototype.pause = function () {
        if (this.timer) clearInterval(this.timer);
        this.timer = null;
        this.setPlaying(false);
    };

    TimePlayer.prototype.stop = function (viewChanged) {
        // Back to the whole view: its own mask again (unless a new view already replaced it).
        this.pause();
        clearInterval(this.watch);
        this.active = false;
        this.day = null;
        this.all.hidden = true;
        this.label.innerHTML = '';
        this.slider.value = 0;
        if (!viewChanged && this.layer.view) {
            this.layer.maskKey = null;
            this.layer.apply(this.layer.view);
        }
    };

    window.MxTimePlayer = {
        current: null,
        attach: function (map, options) { return (this.current = new TimePlayer(map, options)); }
    };
})();
