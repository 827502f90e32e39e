// GeoJSON on a <canvas>, shared by the three pages: no tile server is reachable, so the base map is
// the district's own grids plus the roads, rivers and borders of /api/v1/geo/features.geojson.
//
// Projection: equirectangular with a cos(latitude) correction on x. Chancheng spans about 15 km, so
// over that extent this is indistinguishable from a conformal projection, and it inverts trivially
// (clicks and taps map back to lon/lat with two multiplications).

import { API, ApiError, detailMessage } from './common.js';

const CACHE_NAME = 'gridcc-geo-v1';
const memo = new Map();

/**
 * Fetch a GeoJSON document once per page, and keep a copy in Cache Storage so that a phone on a bad
 * network gets the map at once (stale-while-revalidate: the cached copy is shown, a fresh one stored
 * for next time). The geography is versioned data that changes rarely.
 */
export function fetchGeoJSON(path, token = null) {
  if (!memo.has(path)) {
    memo.set(path, loadGeoJSON(path, token).catch((err) => { memo.delete(path); throw err; }));
  }
  return memo.get(path);
}

async function loadGeoJSON(path, token) {
  const url = API + path;
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  let cache = null;
  try {
    if (globalThis.caches) cache = await caches.open(CACHE_NAME); // absent on plain-http LAN pages
  } catch { cache = null; }
  const network = fetch(url, { headers, credentials: 'same-origin' }).then(async (res) => {
    if (!res.ok) {
      let body = null;
      try { body = await res.json(); } catch { /* not JSON */ }
      throw new ApiError(res.status, detailMessage(body, res.status), body);
    }
    if (cache) cache.put(url, res.clone()).catch(() => {});
    return res.json();
  });
  const cached = cache ? await cache.match(url).catch(() => null) : null;
  if (cached) {
    network.catch(() => {}); // refresh in the background; failures just keep the old copy
    return cached.json();
  }
  return network;
}

/**
 * Flatten a FeatureCollection into rings of Float64Array [lon, lat, lon, lat, ...] with a bbox per
 * feature: drawing and hit-testing 1046 grids then touch no GeoJSON objects at all.
 */
export function prepareGeo(fc) {
  const features = [];
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc?.features ?? []) {
    const g = f.geometry;
    if (!g) continue;
    let parts;
    let closed = true;
    if (g.type === 'Polygon') parts = g.coordinates;
    else if (g.type === 'MultiPolygon') parts = g.coordinates.flat();
    else if (g.type === 'LineString') { parts = [g.coordinates]; closed = false; }
    else if (g.type === 'MultiLineString') { parts = g.coordinates; closed = false; }
    else continue;
    const fb = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = parts.map((ring) => {
      const a = new Float64Array(ring.length * 2);
      ring.forEach(([x, y], i) => {
        a[2 * i] = x;
        a[2 * i + 1] = y;
        if (x < fb[0]) fb[0] = x;
        if (y < fb[1]) fb[1] = y;
        if (x > fb[2]) fb[2] = x;
        if (y > fb[3]) fb[3] = y;
      });
      return a;
    });
    bbox[0] = Math.min(bbox[0], fb[0]);
    bbox[1] = Math.min(bbox[1], fb[1]);
    bbox[2] = Math.max(bbox[2], fb[2]);
    bbox[3] = Math.max(bbox[3], fb[3]);
    features.push({ id: f.id, props: f.properties ?? {}, closed, rings, bbox: fb });
  }
  return { features, bbox };
}

/** lon/lat <-> canvas CSS pixels, fitted (aspect kept) into width x height with `pad` pixels margin. */
export class Projection {
  constructor(bbox, width, height, pad = 8) {
    const [x0, y0, x1, y1] = bbox;
    this.k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180); // shrink longitude by cos(lat)
    const gw = Math.max(1e-9, (x1 - x0) * this.k);
    const gh = Math.max(1e-9, y1 - y0);
    this.scale = Math.max(1e-9, Math.min((width - 2 * pad) / gw, (height - 2 * pad) / gh));
    this.ox = (width - gw * this.scale) / 2;
    this.oy = (height - gh * this.scale) / 2;
    this.x0 = x0;
    this.y1 = y1;
    this.width = width;
    this.height = height;
  }

  x(lon) { return this.ox + (lon - this.x0) * this.k * this.scale; }
  y(lat) { return this.oy + (this.y1 - lat) * this.scale; }
  unproject(px, py) {
    return [this.x0 + (px - this.ox) / (this.k * this.scale), this.y1 - (py - this.oy) / this.scale];
  }
  /** Metres per CSS pixel (for scale-aware styling). */
  metresPerPixel() { return 111320 / this.scale; }
}

/** A bbox of `factor` times the size of `bbox` around the same centre (or around `center`). */
export function scaleBBox(bbox, factor, center = null) {
  const cx = center ? center[0] : (bbox[0] + bbox[2]) / 2;
  const cy = center ? center[1] : (bbox[1] + bbox[3]) / 2;
  const hw = ((bbox[2] - bbox[0]) / 2) * factor;
  const hh = ((bbox[3] - bbox[1]) / 2) * factor;
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

export function bboxIntersects(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** One Path2D per feature (all rings; holes work with the 'evenodd' fill rule). */
export function featurePath(f, proj) {
  const p = new Path2D();
  for (const a of f.rings) {
    if (a.length < 4) continue;
    p.moveTo(proj.x(a[0]), proj.y(a[1]));
    for (let i = 2; i < a.length; i += 2) p.lineTo(proj.x(a[i]), proj.y(a[i + 1]));
    if (f.closed) p.closePath();
  }
  return p;
}

function pointInRing(a, x, y) {
  let inside = false;
  for (let i = 0, j = a.length - 2; i < a.length; j = i, i += 2) {
    const xi = a[i];
    const yi = a[i + 1];
    const xj = a[j];
    const yj = a[j + 1];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test over all rings of a (multi)polygon feature. */
export function containsPoint(f, lon, lat) {
  const b = f.bbox;
  if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) return false;
  let inside = false;
  for (const a of f.rings) if (pointInRing(a, lon, lat)) inside = !inside;
  return inside;
}

/** Index of the first polygon feature containing the point, -1 if none (bbox check first: ~1046 cheap tests). */
export function hitTest(features, lon, lat) {
  for (let i = 0; i < features.length; i++) {
    if (features[i].closed && containsPoint(features[i], lon, lat)) return i;
  }
  return -1;
}

/** Area-weighted centroid of the largest ring: where a sub-district's name goes. */
export function labelPoint(f) {
  let best = null;
  let bestArea = 0;
  for (const a of f.rings) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = a.length - 2; i < a.length; j = i, i += 2) {
      const cross = a[j] * a[i + 1] - a[i] * a[j + 1];
      area += cross;
      cx += (a[j] + a[i]) * cross;
      cy += (a[j + 1] + a[i + 1]) * cross;
    }
    if (Math.abs(area) > bestArea && area !== 0) {
      bestArea = Math.abs(area);
      best = [cx / (3 * area), cy / (3 * area)];
    }
  }
  return best ?? [(f.bbox[0] + f.bbox[2]) / 2, (f.bbox[1] + f.bbox[3]) / 2];
}

/**
 * Size a canvas's backing store to its CSS box times devicePixelRatio (capped: a 4K wall at dpr 2
 * would mean 33 Mpx per frame for no visible gain) and return a context drawing in CSS pixels.
 */
export function fitCanvas(canvas, maxDpr = 2) {
  const r = canvas.getBoundingClientRect();
  const dpr = Math.min(maxDpr, window.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(r.width));
  const hgt = Math.max(1, Math.round(r.height));
  const bw = Math.round(w * dpr);
  const bh = Math.round(hgt * dpr);
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, w, h: hgt, dpr };
}

// -- colours ---------------------------------------------------------------------------------------

/** Cool to hot: deep blue -> cyan -> green -> amber -> red. */
export const HEAT_STOPS = [
  [0, '#1b3a8a'],
  [0.2, '#1f6fe0'],
  [0.4, '#13b9d3'],
  [0.6, '#6fdc4a'],
  [0.8, '#ffc43a'],
  [1, '#ff3b30'],
];

function hexRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 256 precomputed CSS colours: colouring 1046 grids costs one array read each. */
export const HEAT_LUT = (() => {
  const stops = HEAT_STOPS.map(([t, c]) => [t, hexRgb(c)]);
  const out = [];
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    let k = 1;
    while (k < stops.length - 1 && stops[k][0] < t) k++;
    const [t0, c0] = stops[k - 1];
    const [t1, c1] = stops[k];
    const u = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
    const c = c0.map((v, j) => Math.round(v + (c1[j] - v) * u));
    out.push(`rgb(${c[0]},${c[1]},${c[2]})`);
  }
  return out;
})();

export function heatColor(t) {
  return HEAT_LUT[Math.max(0, Math.min(255, Math.round(t * 255)))];
}

export function heatGradientCss() {
  return `linear-gradient(90deg, ${HEAT_STOPS.map(([t, c]) => `${c} ${t * 100}%`).join(', ')})`;
}

// -- base layers -----------------------------------------------------------------------------------

export const DARK_THEME = {
  community: 'rgba(150, 185, 230, 0.20)',
  subdistrict: 'rgba(95, 215, 255, 0.85)',
  district: 'rgba(95, 215, 255, 0.95)',
  river: 'rgba(50, 140, 255, 0.85)',
  road: 'rgba(235, 200, 140, 0.50)',
  label: 'rgba(225, 240, 255, 0.92)',
  labelHalo: 'rgba(4, 10, 22, 0.85)',
};

export const LIGHT_THEME = {
  community: 'rgba(60, 80, 110, 0.18)',
  subdistrict: 'rgba(20, 90, 160, 0.75)',
  district: 'rgba(20, 90, 160, 0.9)',
  river: 'rgba(60, 150, 235, 0.9)',
  road: 'rgba(200, 140, 60, 0.75)',
  label: 'rgba(20, 40, 70, 0.9)',
  labelHalo: 'rgba(255, 255, 255, 0.9)',
};

/**
 * Roads, rivers and borders from features.geojson. `lw` scales line widths (the 4K wall needs thicker
 * lines than a phone); `labels` writes sub-district names; `view` skips features outside a bbox.
 */
export function drawBaseLayers(ctx, proj, prepared, { theme = DARK_THEME, lw = 1, labels = false, view = null, lang = 'zh' } = {}) {
  if (!prepared) return;
  const visible = view ? prepared.features.filter((f) => bboxIntersects(f.bbox, view)) : prepared.features;
  const stroke = (f, color, width, dash = null) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash ?? []);
    ctx.stroke(featurePath(f, proj));
  };
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const f of visible) if (f.closed && f.props.level === 'community') stroke(f, theme.community, 0.8 * lw, [4 * lw, 3 * lw]);
  for (const f of visible) if (!f.closed && f.props.kind === 'river') stroke(f, theme.river, 2.6 * lw);
  for (const f of visible) if (!f.closed && f.props.kind === 'road') stroke(f, theme.road, 1.4 * lw);
  for (const f of visible) if (f.closed && f.props.level === 'subdistrict') stroke(f, theme.subdistrict, 1.8 * lw);
  for (const f of visible) if (f.closed && f.props.level === 'district') stroke(f, theme.district, 2.4 * lw);
  ctx.setLineDash([]);
  if (labels) {
    ctx.font = `600 ${Math.round(13 * lw)}px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3 * lw;
    for (const f of visible) {
      if (!f.closed || f.props.level !== 'subdistrict') continue;
      const name = lang === 'en' ? f.props.name_en || f.props.name_zh || f.props.name : f.props.name_zh || f.props.name;
      if (!name) continue;
      const [lon, lat] = labelPoint(f);
      ctx.strokeStyle = theme.labelHalo;
      ctx.strokeText(name, proj.x(lon), proj.y(lat));
      ctx.fillStyle = theme.label;
      ctx.fillText(name, proj.x(lon), proj.y(lat));
    }
  }
  ctx.restore();
}

/** A map pin whose tip is at (x, y). */
export function drawPin(ctx, x, y, size = 14, color = '#ff3b30') {
  ctx.save();
  ctx.translate(x, y);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.bezierCurveTo(-size * 0.15, -size * 0.45, -size * 0.55, -size * 0.7, -size * 0.55, -size * 1.05);
  ctx.arc(0, -size * 1.05, size * 0.55, Math.PI, 0);
  ctx.bezierCurveTo(size * 0.55, -size * 0.7, size * 0.15, -size * 0.45, 0, 0);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = Math.max(1.5, size / 8);
  ctx.fill();
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(0, -size * 1.05, size * 0.2, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.restore();
}

/** Grids GeoJSON, prepared, with lookups by grid_id and by dense index (the heat message's key). */
export async function loadGrids(token = null) {
  const prepared = prepareGeo(await fetchGeoJSON('/geo/grids.geojson', token));
  const byId = new Map();
  const byIndex = [];
  prepared.features.forEach((f, i) => {
    const id = f.props.grid_id ?? f.id;
    if (id !== undefined) byId.set(String(id), f);
    const idx = Number.isInteger(f.props.index) ? f.props.index : i;
    f.index = idx;
    byIndex[idx] = f;
  });
  return { ...prepared, byId, byIndex };
}

/** features.geojson, prepared; a failure only costs the roads and borders, never the page. */
export async function loadFeatures(token = null) {
  try {
    return prepareGeo(await fetchGeoJSON('/geo/features.geojson', token));
  } catch {
    return null;
  }
}
