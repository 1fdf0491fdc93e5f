// The command map's page: Leaflet draws what the client sends over the web channel ("jiandu")
// and tells it what the operator does. The client decides what is in the view (clusters,
// the period's incidents); the page only draws, so 5,000 officers cost a few hundred markers.
'use strict';

(function () {
    let bridge = null;
    let map = null;
    const groups = {};
    const officers = new Map(); // id → marker
    const incidents = new Map(); // jqbh → marker
    const icons = new Map(); // class → divIcon, shared by the markers that look alike
    let tiles = null;
    let baseTiles = '';
    let draw = null; // the shape being drawn: {kind, metres, points, preview}
    let drawnShape = null;
    const stats = {frameTimes: [], measuring: false, looping: false, last: 0};
    // The words the page shows, in the client's language (sent with the set-up).
    let texts = {};
    function text(key, value) {
        return (texts[key] || key).replace('%1', value);
    }

    function report(level, message) {
        if (bridge)
            bridge.log(level, String(message));
        else
            console.error(message);
    }
    // Uncaught errors reach the client's log through the page's console (MapPage).

    function notice(text) {
        const element = document.getElementById('notice');
        element.textContent = text || '';
        element.hidden = !text;
    }

    function sendView() {
        const b = map.getBounds();
        bridge.viewChanged(b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), map.getZoom());
    }

    function setup(base) {
        texts = base.texts || {};
        // Markers are HTML elements, jurisdictions are drawn into the tiles: no layer covering
        // the whole view is added (a canvas or SVG overlay is repainted and blended at every
        // frame of a pan or a zoom, which costs a workstation without a GPU most of a core).
        map = L.map('map', {
            minZoom: base.minZoom,
            maxZoom: base.maxZoom,
            zoomSnap: 1,
            // Tiles appear at once: fading each in asks for frames of its own while panning.
            fadeAnimation: false,
        });
        baseTiles = base.tiles;
        tiles = L.tileLayer(baseTiles + '?jurisdictions=1', {
            minZoom: base.minZoom,
            maxZoom: base.maxZoom,
            maxNativeZoom: base.maxNativeZoom,
            attribution: base.attribution,
        }).addTo(map);
        for (const name of ['jurisdictions', 'heat', 'stations', 'cameras', 'incidents',
                            'incidentGroups', 'officers', 'officerGroups', 'drawn', 'track'])
            groups[name] = L.layerGroup().addTo(map);
        map.attributionControl.setPrefix('Leaflet');
        map.setView(base.centre, base.zoom);
        map.on('moveend', sendView);
        map.on('click', onClick);
        map.on('dblclick', onDoubleClick);
        map.on('mousemove', onMouseMove);
        map.on('contextmenu', (e) => bridge.pointChosen(e.latlng.lat, e.latlng.lng));
        document.addEventListener('keydown', (e) => {
            if (e.key === 'Escape')
                stopDrawing(false);
        });
        sendView();
    }

    // Frames are counted only while measured: a page asking for every frame keeps the engine
    // drawing at the display's rate even when nothing moves (a wall left on the map all day).
    function countFrame(now) {
        if (!stats.measuring) {
            stats.looping = false;
            return;
        }
        if (stats.last)
            stats.frameTimes.push(now - stats.last);
        stats.last = now;
        requestAnimationFrame(countFrame);
    }

    function icon(className, size, html) {
        const key = className + size + (html || '');
        if (!icons.has(key))
            icons.set(key, L.divIcon({className, iconSize: [size, size], html: html || ''}));
        return icons.get(key);
    }

    function drawFixed(layers) {
        groups.jurisdictions.clearLayers();
        for (const area of layers.jurisdictions) {
            const label = L.divIcon({className: '', iconSize: null,
                                     html: `<div class="jd-jurisdiction-label">${escape(area.name)}</div>`});
            L.marker(area.label, {icon: label, keyboard: false, interactive: false})
                .addTo(groups.jurisdictions);
        }
        groups.stations.clearLayers();
        for (const station of layers.stations) {
            const label = L.divIcon({className: '', iconSize: null,
                                     html: `<div class="jd-station ${station.kind}">${escape(station.name)}</div>`});
            L.marker(station.at, {icon: label, keyboard: false})
                .on('click', () => bridge.clicked(station.kind, station.name))
                .addTo(groups.stations);
        }
        groups.cameras.clearLayers();
        for (const camera of layers.cameras) {
            L.marker(camera.at, {icon: icon('jd-camera', 16), title: camera.name, keyboard: false})
                .on('click', () => bridge.clicked('camera', camera.id))
                .addTo(groups.cameras);
        }
    }

    // Tooltips are HTML: what comes from a feed or a synced record is shown as text.
    const entities = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
    function escape(text) {
        return String(text).replace(/[&<>"']/g, ch => entities[ch]);
    }

    function clusterSize(count) {
        return count < 10 ? 26 : count < 100 ? 32 : count < 1000 ? 38 : 46;
    }

    function clusterIcon(count, kind) {
        const size = clusterSize(count);
        return L.divIcon({
            className: '',
            iconSize: [size, size],
            html: `<div class="jd-cluster ${kind}" style="width:${size}px;height:${size}px">${count}</div>`,
        });
    }

    // Cluster markers are kept and changed in place (moved, their number rewritten): clusters
    // of moving officers change every update, and a new element each time costs layout.
    function drawGroups(group, list, kind) {
        const pool = group.getLayers();
        list.forEach(([lat, lon, count], i) => {
            let marker = pool[i];
            if (!marker) {
                marker = L.marker([lat, lon], {icon: clusterIcon(count, kind), keyboard: false});
                marker.on('click', () => map.setView(marker.getLatLng(),
                                                     Math.min(map.getZoom() + 2, map.getMaxZoom())));
                marker.count = count;
                marker.addTo(group);
                return;
            }
            if (movesOnScreen(marker.getLatLng(), lat, lon))
                marker.setLatLng([lat, lon]);
            if (marker.count !== count) {
                const before = clusterSize(marker.count);
                marker.count = count;
                if (clusterSize(count) !== before)
                    marker.setIcon(clusterIcon(count, kind));
                else if (marker._icon)
                    marker._icon.firstChild.textContent = count;
            }
        });
        for (let i = list.length; i < pool.length; ++i)
            group.removeLayer(pool[i]);
    }

    function ageText(seconds) {
        if (seconds < 3600)
            return text('minutesAgo', Math.round(seconds / 60));
        if (seconds < 86400)
            return text('hoursAgo', Math.round(seconds / 3600));
        return text('daysAgo', Math.round(seconds / 86400));
    }

    // Whether a marker at \a latLng would move on screen going to lat, lon: positions come
    // ten times a second, but an officer on foot crosses a pixel in seconds at city zooms, and
    // every marker moved repaints the layer.
    function movesOnScreen(latLng, lat, lon) {
        const degreesPerPixel = 360 / (256 * Math.pow(2, map.getZoom()));
        return Math.abs(latLng.lat - lat) > 0.4 * degreesPerPixel ||
               Math.abs(latLng.lng - lon) > 0.4 * degreesPerPixel;
    }

    // Markers are kept and moved, not made again, and only when they move by a pixel or
    // change their look.
    // A marker already drawn, changed only in what changed (moved off its pixel, new look, new
    // tooltip): the page does no work for those that did not.
    function redraw(marker, lat, lon, look, tip) {
        if (movesOnScreen(marker.getLatLng(), lat, lon))
            marker.setLatLng([lat, lon]);
        if (marker.options.icon !== look)
            marker.setIcon(look);
        if (marker.tip !== tip) {
            marker.setTooltipContent(tip);
            marker.tip = tip;
        }
    }

    function drawView(data) {
        const seen = new Set();
        for (const [id, lat, lon, vehicle, staleSeconds, unit, task, taskText] of data.officers) {
            seen.add(id);
            // One with an open instruction is ringed in the colour of how far they are.
            const look = icon(`jd-dot ${vehicle ? 'vehicle' : 'officer'}${staleSeconds > 0 ? ' stale' : ''}` +
                              `${task ? ' task-' + task : ''}`, vehicle ? 14 : 12);
            let tip = `${escape(id)} · ${escape(unit)}`;
            if (staleSeconds > 0)
                tip += ` · ${ageText(staleSeconds)}`;
            if (taskText)
                tip += `<br>${escape(taskText)}`;
            let marker = officers.get(id);
            if (!marker) {
                marker = L.marker([lat, lon], {icon: look, keyboard: false})
                    .bindTooltip(tip)
                    .on('click', () => bridge.clicked(vehicle ? 'vehicle' : 'officer', id));
                marker.tip = tip;
                marker.addTo(groups.officers);
                officers.set(id, marker);
            } else {
                redraw(marker, lat, lon, look, tip);
            }
        }
        for (const [id, marker] of officers) {
            if (!seen.has(id)) {
                groups.officers.removeLayer(marker);
                officers.delete(id);
            }
        }
        drawGroups(groups.officerGroups, data.officerGroups, 'officers');
        if (data.incidents)
            drawIncidents(data);
        if (data.batch)
            requestAnimationFrame(() => bridge.drawn(data.batch));
    }

    // The incidents come only when the view or the period changed (they do not move).
    function drawIncidents(data) {
        const shown = new Set();
        for (const [jqbh, lat, lon, colour, closed, category] of data.incidents) {
            shown.add(jqbh);
            let marker = incidents.get(jqbh);
            // An incident closed or recategorised since it was drawn changes its look.
            const look = icon(`jd-dot incident${closed ? ' closed' : ''}`, 14,
                              `<i style="background:${escape(colour)}"></i>`);
            const tip = `${escape(category)} ${escape(jqbh)}${closed ? ' · ' + text('closed') : ''}`;
            if (!marker) {
                marker = L.marker([lat, lon], {icon: look, keyboard: false})
                    .bindTooltip(tip)
                    .on('click', () => bridge.clicked('incident', jqbh));
                marker.tip = tip;
                marker.addTo(groups.incidents);
                incidents.set(jqbh, marker);
            } else {
                redraw(marker, lat, lon, look, tip);
            }
        }
        for (const [jqbh, marker] of incidents) {
            if (!shown.has(jqbh)) {
                groups.incidents.removeLayer(marker);
                incidents.delete(jqbh);
            }
        }
        drawGroups(groups.incidentGroups, data.incidentGroups, 'incidents');
    }

    function drawHeat(heat) {
        groups.heat.clearLayers();
        for (const [lat, lon, count] of heat.cells) {
            const t = Math.min(1, count / heat.most);
            const colour = `hsl(${Math.round(55 - 55 * t)}, 100%, 50%)`;
            const cell = L.divIcon({className: 'jd-heat', iconSize: [32, 32],
                                    html: `<i style="background:radial-gradient(circle, ${colour} 0%, transparent 70%);opacity:${(0.35 + 0.6 * t).toFixed(2)}"></i>`});
            L.marker([lat, lon], {icon: cell, keyboard: false, interactive: false}).addTo(groups.heat);
        }
    }

    // Drawing an area: a circle (centre, then edge), a polygon or a route (points, double-click
    // to finish). Escape gives up.
    function startDrawing(kind, metres) {
        stopDrawing(false);
        draw = {kind, metres: metres || 0, points: [], preview: null};
        map.doubleClickZoom.disable();
        map.getContainer().style.cursor = 'crosshair';
        notice(text(kind === 'circle' ? 'drawCircle' : 'drawLine'));
    }

    function stopDrawing(done) {
        if (!draw)
            return;
        const finished = draw;
        draw = null;
        map.doubleClickZoom.enable();
        map.getContainer().style.cursor = '';
        notice('');
        if (!done) {
            if (finished.preview)
                groups.drawn.removeLayer(finished.preview);
            return;
        }
        drawnShape = finished.preview;
        bridge.areaDrawn({kind: finished.kind, points: finished.points, metres: finished.metres});
    }

    function preview(cursor) {
        if (draw.preview)
            groups.drawn.removeLayer(draw.preview);
        const style = {color: '#d84315', weight: 2, dashArray: '5 4', fillOpacity: 0.08};
        const points = cursor ? draw.points.concat([cursor]) : draw.points;
        if (draw.kind === 'circle' && draw.points.length === 1) {
            const radius = cursor ? map.distance(draw.points[0], cursor) : draw.metres;
            draw.preview = L.circle(draw.points[0], Object.assign({radius}, style));
        } else if (draw.kind === 'polygon') {
            draw.preview = L.polygon(points, style);
        } else {
            draw.preview = L.polyline(points, Object.assign({}, style, {
                weight: Math.max(2, 2 * draw.metres / metresPerPixel()), opacity: 0.35,
                lineCap: 'round', lineJoin: 'round'}));
        }
        draw.preview.addTo(groups.drawn);
    }

    function metresPerPixel() {
        const centre = map.getCenter();
        return 156543.03392 * Math.cos(centre.lat * Math.PI / 180) / Math.pow(2, map.getZoom());
    }

    function onClick(e) {
        if (!draw)
            return;
        const at = [e.latlng.lat, e.latlng.lng];
        if (draw.kind === 'circle') {
            if (draw.points.length === 0) {
                draw.points.push(at);
                return;
            }
            draw.metres = map.distance(draw.points[0], e.latlng);
            preview(null);
            stopDrawing(draw.metres > 0);
            return;
        }
        draw.points.push(at);
        preview(null);
    }

    function onDoubleClick() {
        if (!draw || draw.kind === 'circle')
            return;
        // The double click's two clicks each added the same point.
        draw.points = draw.points.filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
        const enough = draw.kind === 'polygon' ? 3 : 2;
        preview(null);
        stopDrawing(draw.points.length >= enough);
    }

    function onMouseMove(e) {
        if (draw && draw.points.length > 0)
            preview([e.latlng.lat, e.latlng.lng]);
    }

    function runCommand(name, args) {
        switch (name) {
        case 'draw':
            startDrawing(args.kind, args.metres);
            break;
        case 'clearArea':
            stopDrawing(false);
            groups.drawn.clearLayers();
            drawnShape = null;
            break;
        case 'flyTo':
            map.setView(args.at, Math.max(map.getZoom(), args.zoom || 16));
            break;
        case 'show':
            if ('jurisdictions' in args)
                tiles.setUrl(baseTiles + (args.jurisdictions ? '?jurisdictions=1' : ''));
            for (const [name, visible] of Object.entries(args)) {
                // A layer and its clusters (officers → officerGroups) go together.
                for (const key of [name, name.replace(/s$/, '') + 'Groups']) {
                    if (!groups[key])
                        continue;
                    if (visible && !map.hasLayer(groups[key]))
                        groups[key].addTo(map);
                    else if (!visible && map.hasLayer(groups[key]))
                        map.removeLayer(groups[key]);
                }
            }
            break;
        case 'notice':
            notice(args.text);
            break;
        case 'track':
            // One officer's or vehicle's way over the period, oldest to newest; none clears it.
            groups.track.clearLayers();
            if (args.points.length > 1) {
                L.polyline(args.points, {color: '#6a1b9a', weight: 3, opacity: 0.8,
                                         interactive: false}).addTo(groups.track);
                L.circleMarker(args.points[0], {radius: 4, color: '#6a1b9a', fillOpacity: 1,
                                                interactive: false}).addTo(groups.track);
            }
            break;
        default:
            report('warning', `unknown command ${name}`);
        }
    }

    // For the benchmark: frames while the map moves.
    window.jianduStats = {
        start() {
            stats.frameTimes = [];
            stats.last = 0;
            stats.measuring = true;
            if (!stats.looping) {
                stats.looping = true;
                requestAnimationFrame(countFrame);
            }
        },
        stop() {
            stats.measuring = false;
            return stats.frameTimes;
        },
        // How many officers and incidents the map stands for: alone or counted in a cluster.
        markers() {
            const total = (group) => group ? group.getLayers().reduce((sum, m) => sum + m.count, 0) : 0;
            return {officers: officers.size + total(groups.officerGroups),
                    incidents: incidents.size + total(groups.incidentGroups),
                    singleOfficers: officers.size, singleIncidents: incidents.size,
                    clusters: (groups.officerGroups ? groups.officerGroups.getLayers().length : 0) +
                              (groups.incidentGroups ? groups.incidentGroups.getLayers().length : 0)};
        },
        // How far an officer drawn alone is in their open instruction ('' without one; null
        // when they are not drawn alone).
        taskOf(id) {
            const marker = officers.get(id);
            if (!marker)
                return null;
            const found = / task-(\w+)/.exec(marker.options.icon.options.className);
            return found ? found[1] : '';
        },
        // Where on the page an incident or officer is drawn, or a point is (container pixels).
        pointOf(kind, id) {
            const marker = (kind === 'incident' ? incidents : officers).get(id);
            if (!marker)
                return null;
            const p = map.latLngToContainerPoint(marker.getLatLng());
            return [p.x, p.y];
        },
        pointAt(lat, lon) {
            const p = map.latLngToContainerPoint([lat, lon]);
            return [p.x, p.y];
        },
        // Whether a layer is on the map ("incidents", "incidentGroups", "heat", …).
        visible(name) {
            return !!groups[name] && map.hasLayer(groups[name]);
        },
        tileUrl() {
            return tiles ? tiles._url : null;
        },
        // How many positions the drawn way of an officer or vehicle has.
        trackPoints() {
            const line = groups.track.getLayers().find((layer) => layer.getLatLngs);
            return line ? line.getLatLngs().length : 0;
        },
        setView(lat, lon, zoom) {
            map.setView([lat, lon], zoom, {animate: false});
        },
        view() {
            return map ? {zoom: map.getZoom(), centre: map.getCenter()} : null;
        },
        map() {
            return map;
        },
    };

    document.addEventListener('DOMContentLoaded', () => {
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.jiandu;
            bridge.setup.connect(setup);
            bridge.fixedLayers.connect(drawFixed);
            bridge.viewData.connect(drawView);
            bridge.heat.connect(drawHeat);
            bridge.command.connect(runCommand);
            bridge.pageReady();
        });
    });
})();
