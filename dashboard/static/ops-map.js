// The ops heat-map: 1046 grid polygons on a <canvas>, coloured by event counts in the chosen window
// under the domain / source filters, with sub-district borders, roads and rivers on top.
//
// Cost model: the `heat` message replaces the data once a second; nothing is computed per message.
// On the next animation frame the per-grid sums are recomputed once (one pass over the rows) and the
// canvas is repainted from cached Path2D objects. Paths and the static overlay (borders, roads,
// labels) are rebuilt only when the panel is resized or the language changes.

import { frameScheduler, fmtNumber } from './common.js';
import {
  DARK_THEME, HEAT_LUT, Projection, drawBaseLayers, featurePath, fitCanvas, heatGradientCss, hitTest,
} from './map.js';

export const SOURCES = ['video', 'iot', 'citizen'];
const ZERO_FILL = '#0c1a31'; // a grid with no events: darker than the coolest heat colour
const EDGE = 'rgba(3, 8, 18, 0.65)';

/** 0, 1, 2, 5, 10, 20, 50...: a legend maximum that does not flicker with every second's count. */
export function niceCeil(v) {
  if (v <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * Sum `[grid_index, domain, source, n]` rows into `sums` (indexed by feature position) under the
 * filters. Exported for tests; returns [total, max].
 */
export function sumRows(rows, sums, posByIndex, domain, sources) {
  sums.fill(0);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (domain && r[1] !== domain) continue;
    if (!sources.has(r[2])) continue;
    const p = posByIndex[r[0]];
    if (p === undefined || p < 0) continue;
    const n = Number(r[3]) || 0;
    sums[p] += n;
    total += n;
  }
  let max = 0;
  for (let i = 0; i < sums.length; i++) if (sums[i] > max) max = sums[i];
  return [total, max];
}

export class HeatMap {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {object} o
   * @param {object} o.legend  {bar, ticks, total, hot, windowLabel} elements
   * @param {HTMLElement} o.tooltip
   * @param {(feature|null) => void} o.onSelect
   * @param {(f) => string} o.gridName  display name of a grid feature
   * @param {(w: string) => string} o.windowLabel  "15" -> "15分钟"
   */
  constructor(canvas, { legend, tooltip, onSelect, gridName, windowLabel }) {
    Object.assign(this, { canvas, legend, tooltip, onSelect, gridName, windowLabel });
    this.grids = null;
    this.base = null;
    this.windows = {};
    this.rows = null; // per window: Map "grid|domain|source" -> row, for applying deltas
    this.filter = { window: '15', domain: '', sources: new Set(SOURCES) };
    this.sums = new Float64Array(0);
    this.total = 0;
    this.scaleMax = 1;
    this.selected = -1; // feature position
    this.hover = -1;
    this.lang = 'zh';
    this.dataDirty = true;
    this.layoutDirty = true;
    this.schedule = frameScheduler(() => this.draw());
    legend.bar.style.background = heatGradientCss();
    new ResizeObserver(() => { this.layoutDirty = true; this.schedule(); }).observe(canvas.parentElement);
    canvas.addEventListener('click', (e) => this._click(e));
    canvas.addEventListener('mousemove', (e) => this._move(e));
    canvas.addEventListener('mouseleave', () => { this._setHover(-1); tooltip.hidden = true; });
  }

  setGeo(grids, base) {
    this.grids = grids;
    this.base = base;
    let maxIndex = 0;
    for (const f of grids.features) maxIndex = Math.max(maxIndex, f.index);
    this.posByIndex = new Int32Array(maxIndex + 1).fill(-1);
    grids.features.forEach((f, pos) => { this.posByIndex[f.index] = pos; });
    this.sums = new Float64Array(grids.features.length);
    this.layoutDirty = true;
    this.dataDirty = true;
    this.schedule();
  }

  /** The `windows` object of a heat message: replaces the picture. */
  setData(windows) {
    this.rows = {};
    for (const [w, list] of Object.entries(windows ?? {})) {
      this.rows[w] = new Map(list.map((r) => [`${r[0]}|${r[1]}|${r[2]}`, r]));
    }
    this.windows = windows ?? {};
    this.dataDirty = true;
    this.schedule();
  }

  /** The `windows` object of a heat.delta message: changed rows, n = 0 for a row that is gone. */
  applyDelta(windows) {
    if (!this.rows) return; // no picture yet: the full one is on its way
    for (const [w, list] of Object.entries(windows ?? {})) {
      if (!list.length) continue;
      const rows = this.rows[w] ?? (this.rows[w] = new Map());
      for (const r of list) {
        const key = `${r[0]}|${r[1]}|${r[2]}`;
        if (r[3] > 0) rows.set(key, r);
        else rows.delete(key);
      }
      this.windows[w] = Array.from(rows.values());
      this.dataDirty = true;
    }
    if (this.dataDirty) this.schedule();
  }

  setFilter(patch) {
    Object.assign(this.filter, patch);
    this.dataDirty = true;
    this.schedule();
  }

  setLang(lang) {
    this.lang = lang;
    this.layoutDirty = true; // sub-district labels are baked into the overlay
    this.dataDirty = true;
    this.schedule();
  }

  /** Highlight a grid by id (from the ticker or an escalation); null clears. */
  selectById(gridId) {
    const f = gridId ? this.grids?.byId.get(String(gridId)) : null;
    this.selected = f ? this.grids.features.indexOf(f) : -1;
    this.schedule();
    return f ?? null;
  }

  /** Count of a grid in the current window/filters. */
  countOf(feature) {
    const pos = this.posByIndex?.[feature.index] ?? -1;
    return pos >= 0 ? this.sums[pos] : 0;
  }

  /** {domain: n} and {source: n} of one grid in the current window (for the side panel). */
  breakdown(feature) {
    const byDomain = {};
    const bySource = {};
    for (const r of this.windows[this.filter.window] ?? []) {
      if (r[0] !== feature.index) continue;
      byDomain[r[1]] = (byDomain[r[1]] ?? 0) + r[3];
      bySource[r[2]] = (bySource[r[2]] ?? 0) + r[3];
    }
    return { byDomain, bySource };
  }

  // -- drawing ------------------------------------------------------------------------------------

  _layout() {
    const { ctx, w, h, dpr } = fitCanvas(this.canvas, 2);
    this.ctx = ctx;
    this.w = w;
    this.h = h;
    this.lw = Math.max(0.8, Math.min(3, Math.min(w, h) / 700)); // thicker lines on the wall
    this.proj = new Projection(this.grids.bbox, w, h, 16 * this.lw);
    this.paths = this.grids.features.map((f) => featurePath(f, this.proj));
    this.edges = new Path2D();
    for (const p of this.paths) this.edges.addPath(p);
    // Static overlay (borders, rivers, roads, names) rendered once per layout, blitted every frame.
    this.overlay = this.overlay ?? document.createElement('canvas');
    this.overlay.width = this.canvas.width;
    this.overlay.height = this.canvas.height;
    const octx = this.overlay.getContext('2d');
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, w, h);
    drawBaseLayers(octx, this.proj, this.base, { theme: DARK_THEME, lw: this.lw, labels: true, lang: this.lang });
    this.layoutDirty = false;
  }

  _compute() {
    const rows = this.windows[this.filter.window] ?? [];
    const [total, max] = sumRows(rows, this.sums, this.posByIndex, this.filter.domain, this.filter.sources);
    this.total = total;
    this.scaleMax = niceCeil(max);
    this.logMax = Math.log1p(this.scaleMax);
    this.dataDirty = false;
    this._renderLegend();
  }

  /** Log scale: a few hot grids must not wash every other grid into the coolest colour. */
  colorOf(n) {
    if (!(n > 0)) return ZERO_FILL;
    return HEAT_LUT[Math.min(255, Math.round((Math.log1p(n) / this.logMax) * 255))];
  }

  draw() {
    if (!this.grids) return;
    if (this.layoutDirty) this._layout();
    if (this.dataDirty) this._compute();
    const { ctx, w, h, lw } = this;
    ctx.clearRect(0, 0, w, h);
    for (let i = 0; i < this.paths.length; i++) {
      ctx.fillStyle = this.colorOf(this.sums[i]);
      ctx.fill(this.paths[i], 'evenodd');
    }
    ctx.strokeStyle = EDGE;
    ctx.lineWidth = 0.5 * lw;
    ctx.stroke(this.edges);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0); // blit the overlay in device pixels, 1:1
    ctx.drawImage(this.overlay, 0, 0);
    ctx.restore();
    if (this.hover >= 0 && this.hover !== this.selected) {
      ctx.strokeStyle = 'rgba(255,255,255,0.7)';
      ctx.lineWidth = 1.5 * lw;
      ctx.stroke(this.paths[this.hover]);
    }
    if (this.selected >= 0) {
      ctx.save();
      ctx.shadowColor = '#35d0ff';
      ctx.shadowBlur = 12 * lw;
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2.5 * lw;
      ctx.stroke(this.paths[this.selected]);
      ctx.restore();
    }
  }

  _renderLegend() {
    const { ticks, total, hot, windowLabel } = this.legend;
    const values = [0, 0.25, 0.5, 0.75, 1].map((t) => (t === 0 ? 0 : Math.round(Math.expm1(t * this.logMax))));
    ticks.replaceChildren(...values.map((v) => Object.assign(document.createElement('span'), { textContent: fmtNumber(v) })));
    total.textContent = fmtNumber(this.total);
    total.dataset.value = String(this.total);
    windowLabel.textContent = this.windowLabel(this.filter.window);
    // Top five grids in the window: operators' first look.
    const top = [];
    for (let i = 0; i < this.sums.length; i++) {
      const v = this.sums[i];
      if (v <= 0) continue;
      if (top.length < 5 || v > top[top.length - 1][1]) {
        top.push([i, v]);
        top.sort((a, b) => b[1] - a[1]);
        if (top.length > 5) top.pop();
      }
    }
    hot.replaceChildren(...top.map(([pos, v]) => {
      const f = this.grids.features[pos];
      const li = document.createElement('li');
      li.dataset.gridId = f.props.grid_id ?? '';
      const sw = Object.assign(document.createElement('span'), { className: 'swatch' });
      sw.style.background = this.colorOf(v);
      li.append(sw, Object.assign(document.createElement('span'), { className: 'hot-name', textContent: this.gridName(f) }),
        Object.assign(document.createElement('b'), { className: 'num', textContent: fmtNumber(v) }));
      li.addEventListener('click', () => { this.selected = pos; this.schedule(); this.onSelect(f); });
      return li;
    }));
  }

  // -- interaction --------------------------------------------------------------------------------

  _pick(e) {
    if (!this.proj) return -1;
    const r = this.canvas.getBoundingClientRect();
    const [lon, lat] = this.proj.unproject(e.clientX - r.left, e.clientY - r.top);
    return hitTest(this.grids.features, lon, lat);
  }

  _click(e) {
    const pos = this._pick(e);
    this.selected = pos;
    this.schedule();
    this.onSelect(pos >= 0 ? this.grids.features[pos] : null);
  }

  _move(e) {
    // Hit-testing is cheap (bbox first), but do it once per frame however fast the mouse moves.
    this._lastMove = e;
    if (this._movePending) return;
    this._movePending = true;
    requestAnimationFrame(() => {
      this._movePending = false;
      const ev = this._lastMove;
      const pos = this._pick(ev);
      this._setHover(pos);
      const tip = this.tooltip;
      if (pos < 0) { tip.hidden = true; return; }
      const f = this.grids.features[pos];
      tip.textContent = `${this.gridName(f)} · ${fmtNumber(this.sums[pos])}`;
      const r = this.canvas.getBoundingClientRect();
      tip.style.left = `${Math.min(ev.clientX - r.left + 14, r.width - 200)}px`;
      tip.style.top = `${ev.clientY - r.top + 14}px`;
      tip.hidden = false;
    });
  }

  _setHover(pos) {
    if (pos === this.hover) return;
    this.hover = pos;
    this.schedule();
  }
}
