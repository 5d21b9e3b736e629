/* Clusters the map's points off the page's main thread, for static/mx/incident_map.js.
 *
 * Messages {id, type, ...} -> {id, result} or {id, error}:
 *   init {supercluster: URL of supercluster.min.js, options, lon, lat (Int32Array, 1e-5 degrees)}
 *   load {mask: Uint8Array or null} -> how many points are clustered (one index at a time)
 *   clusters {box, zoom} | expansion {cluster} | leaves {cluster, limit}: supercluster's answers
 */
/* global Supercluster, importScripts */
var lon = null, lat = null, options = null, index = null;

self.onmessage = function (e) {
    var m = e.data, out = {id: m.id};
    try {
        if (m.type === 'init') {
            importScripts(m.supercluster);
            options = m.options;
            lon = m.lon;
            lat = m.lat;
            out.result = lon.length;
        } else if (m.type === 'load') {
            var mask = m.mask, feats = [];
            for (var i = 0; i < lon.length; i++) {
                if (mask && mask[i] !== 1) continue;
                feats.push({type: 'Feature', properties: {i: i},
                            geometry: {type: 'Point', coordinates: [lon[i] / 1e5, lat[i] / 1e5]}});
            }
            index = new Supercluster(options).load(feats);
            out.result = feats.length;
        } else if (m.type === 'clusters') {
            out.result = index.getClusters(m.box, m.zoom);
        } else if (m.type === 'expansion') {
            out.result = index.getClusterExpansionZoom(m.cluster);
        } else if (m.type === 'leaves') {
            out.result = index.getLeaves(m.cluster, m.limit);
        } else {
            throw new Error('unknown message ' + m.type);
        }
    } catch (err) {
        out.error = String((err && err.message) || err);
    }
    self.postMessage(out);
};
