// Ops wall screen: sign-in, then the live picture over one WebSocket (/ws/ops).
//
// Every message only updates state and marks something dirty; drawing happens on the next animation
// frame (see frameScheduler), so 5,000 events/s arriving as per-second aggregates cost one repaint a
// second, and a burst of `case` messages costs one ticker update per 250 ms.

import { $, ApiError, api, fmtClock, fmtDuration, fmtNumber, frameScheduler, h, login, safeGet, safeSet, toast, tokenStore } from './common.js';
import { applyI18n, getLang, nameOf, onLangChange, setLang, t } from './i18n.js';
import { loadFeatures, loadGrids } from './map.js';
import { HeatMap, SOURCES } from './ops-map.js';
import { CameraAlerts, Escalations, GridPanel, IntakeQueue, Ticker } from './ops-panels.js';
import { ReconnectingSocket, bindStatus } from './ws.js';

const auth = tokenStore(sessionStorage, 'gridcc.ops.auth');
const OPS_ROLES = new Set(['operator', 'supervisor', 'admin']);
const FILTER_KEY = 'gridcc.ops.filter';

const state = {
  grids: null,
  domains: new Map(), // code -> {code, name_zh, name_en}
  kpi: null,
  heatReceivedAt: 0,
  socket: null,
  ui: null, // the components, built once after the first sign-in
};

const token = () => auth.get()?.access_token ?? null;

function gridLabel(gridId) {
  const f = state.grids?.byId.get(String(gridId));
  const com = f?.props.community_name;
  const suffix = String(gridId).slice(-3);
  if (getLang() === 'en') return com ? `${com} · grid ${suffix}` : `grid ${gridId}`;
  return com ? `${com} ${suffix}号网格` : `网格 ${gridId}`;
}

function domainName(code) {
  return nameOf(state.domains.get(code), code);
}

function openGrid(gridId) {
  const { heat, panel } = state.ui;
  const f = heat.selectById(gridId);
  if (f) panel.open(f);
}

// -- sign-in ---------------------------------------------------------------------------------------

function showLogin(message = '') {
  state.socket?.stop();
  state.socket = null;
  $('#app').hidden = true;
  $('#logout').hidden = true;
  $('#user-name').textContent = '';
  $('#login-view').hidden = false;
  const err = $('#login-error');
  err.textContent = message;
  err.hidden = !message;
  $('#login-username').focus();
}

function setupLogin() {
  const form = $('#login-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const username = form.username.value.trim();
    const password = form.password.value;
    const err = $('#login-error');
    if (!username || !password) {
      err.textContent = `${t('login.username')} / ${t('login.password')}`;
      err.hidden = false;
      return;
    }
    const btn = $('#login-submit');
    btn.disabled = true;
    btn.textContent = t('login.busy');
    try {
      const res = await login(username, password);
      if (res.role && !OPS_ROLES.has(res.role)) throw new ApiError(403, t('login.wrongRole'), res);
      auth.set({ access_token: res.access_token, role: res.role, user: res.user ?? { username } });
      form.password.value = '';
      startApp();
    } catch (ex) {
      err.textContent = ex instanceof ApiError ? `${t('login.failed')}: ${ex.message}` : t('login.network');
      err.hidden = false;
    } finally {
      btn.disabled = false;
      btn.textContent = t('login.submit');
    }
  });
  $('#logout').addEventListener('click', () => {
    auth.clear();
    showLogin();
  });
}

// -- components --------------------------------------------------------------------------------------

function buildUi() {
  const ctx = { t, nameOf, getLang, token, gridLabel, openGrid, domainName, heat: null };
  const heat = new HeatMap($('#heatmap'), {
    legend: { bar: $('#legend-bar'), ticks: $('#legend-ticks'), total: $('#heat-total'), hot: $('#hot-grids'), windowLabel: $('#legend-window') },
    tooltip: $('#map-tooltip'),
    gridName: (f) => gridLabel(f.props.grid_id ?? f.id),
    windowLabel: (w) => t(`win.${w}`, w),
    onSelect: (f) => (f ? state.ui.panel.open(f) : state.ui.panel.close()),
  });
  heat.setLang(getLang());
  ctx.heat = heat;
  const ui = {
    heat,
    ticker: new Ticker($('#ticker'), $('#ticker-count'), ctx),
    intake: new IntakeQueue($('#intake'), $('#intake-count'), ctx),
    escalations: new Escalations($('#escalations'), $('#escalation-count'), ctx),
    cameras: new CameraAlerts($('#camera-alerts'), $('#camera-count'), ctx),
    panel: new GridPanel($('#grid-panel'), ctx),
  };
  state.ui = ui;
  setupFilters(heat);
  ui.ticker.schedule();
  ui.intake.schedule();
  ui.escalations.schedule();
  ui.cameras.schedule();
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') ui.panel.close(); });
  onLangChange((lang) => {
    heat.setLang(lang);
    ui.ticker.relabel();
    ui.intake.relabel();
    ui.escalations.schedule();
    ui.cameras.schedule();
    if (ui.panel.feature) ui.panel.render();
    fillDomains();
    renderKpi();
    state.paintStatus?.(state.socket?.state ?? 'stopped', { retryAt: state.socket?.retryAt });
  });
  return ui;
}

function setupFilters(heat) {
  const saved = (() => { try { return JSON.parse(safeGet(localStorage, FILTER_KEY)) ?? {}; } catch { return {}; } })();
  const filter = {
    window: ['1', '15', '1440'].includes(saved.window) ? saved.window : '15',
    domain: typeof saved.domain === 'string' ? saved.domain : '',
    sources: new Set(Array.isArray(saved.sources) ? saved.sources.filter((s) => SOURCES.includes(s)) : SOURCES),
  };
  const save = () => safeSet(localStorage, FILTER_KEY, JSON.stringify({ window: filter.window, domain: filter.domain, sources: [...filter.sources] }));
  const buttons = [...document.querySelectorAll('.seg-btn[data-window]')];
  const pressWindow = (w) => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.window === w)));
  for (const b of buttons) {
    b.addEventListener('click', () => {
      filter.window = b.dataset.window;
      pressWindow(filter.window);
      heat.setFilter({ window: filter.window });
      state.ui.panel.onHeat();
      save();
    });
  }
  const select = $('#domain-filter');
  select.addEventListener('change', () => {
    filter.domain = select.value;
    heat.setFilter({ domain: filter.domain });
    save();
  });
  for (const s of SOURCES) {
    const box = $(`#src-${s}`);
    box.checked = filter.sources.has(s);
    box.addEventListener('change', () => {
      if (box.checked) filter.sources.add(s); else filter.sources.delete(s);
      heat.setFilter({ sources: new Set(filter.sources) });
      save();
    });
  }
  pressWindow(filter.window);
  heat.setFilter({ window: filter.window, domain: filter.domain, sources: new Set(filter.sources) });
  state.filter = filter;
}

function fillDomains() {
  const select = $('#domain-filter');
  const current = state.filter?.domain ?? select.value;
  const opts = [h('option', { value: '' }, t('filter.allDomains'))];
  for (const d of state.domains.values()) opts.push(h('option', { value: d.code }, nameOf(d, d.code)));
  // A saved filter whose domain list has not arrived yet stays selectable.
  if (current && !state.domains.has(current)) opts.push(h('option', { value: current }, current));
  select.replaceChildren(...opts);
  select.value = current;
}

async function loadDomains() {
  for (let attempt = 0; ; attempt++) {
    try {
      const list = await api('/taxonomy/domains', { token: token() });
      state.domains = new Map((list ?? []).map((d) => [d.code, d]));
      fillDomains();
      state.ui.intake.relabel();
      return;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      await new Promise((r) => setTimeout(r, Math.min(30000, 2000 * 2 ** attempt)));
    }
  }
}

async function loadMap() {
  const msg = $('#map-message');
  msg.hidden = false;
  msg.textContent = t('map.loading');
  try {
    const [grids, base] = await Promise.all([loadGrids(token()), loadFeatures(token())]);
    state.grids = grids;
    state.ui.heat.setGeo(grids, base);
    // Grid names are known now: rows and cards drawn before the map arrived show bare grid ids.
    state.ui.ticker.relabel();
    state.ui.intake.relabel();
    state.ui.escalations.schedule();
    msg.hidden = true;
  } catch (e) {
    msg.textContent = `${t('map.failed')}: ${e instanceof ApiError ? e.message : e}`;
    setTimeout(loadMap, 10000);
  }
}

// -- KPIs ---------------------------------------------------------------------------------------

const KPI_FIELDS = [
  ['#kpi-events-per-min', 'events_per_min', fmtNumber],
  ['#kpi-open-cases', 'open_cases', fmtNumber],
  ['#kpi-overdue', 'overdue', fmtNumber],
  ['#kpi-escalated', 'escalated', fmtNumber],
  ['#kpi-waiting', 'waiting', fmtNumber],
  ['#kpi-median-accept', 'median_accept_s', fmtDuration],
  ['#kpi-median-close', 'median_close_s', fmtDuration],
];

function renderKpi() {
  const k = state.kpi;
  if (!k) return;
  for (const [sel, key, fmt] of KPI_FIELDS) {
    const el = $(sel);
    const raw = k[key];
    const value = raw === null || raw === undefined ? '' : String(raw);
    if (el.dataset.value === value) continue;
    el.dataset.value = value;
    el.textContent = fmt(raw);
    if (key === 'overdue' || key === 'escalated' || key === 'waiting') el.dataset.hot = Number(raw) > 0 ? '1' : '0';
    el.classList.remove('bump');
    void el.offsetWidth; // restart the CSS animation
    el.classList.add('bump');
  }
}

const scheduleKpi = frameScheduler(renderKpi);

// -- socket ---------------------------------------------------------------------------------------

function applyHeat(snapshot) {
  if (!snapshot) return;
  // hello carries the same {windows, at} object as a heat message; accept bare windows too.
  state.ui.heat.setData(snapshot.windows ?? snapshot);
  state.heatReceivedAt = Date.now();
  state.ui.panel.onHeat();
}

function onMessage(msg) {
  const d = msg.data;
  const ui = state.ui;
  switch (msg.type) {
    case 'hello':
      // A (re)connect: the server sends the whole picture, so replace, never merge.
      applyHeat(d?.heat);
      state.kpi = d?.kpi ?? state.kpi;
      scheduleKpi();
      ui.ticker.reset(d?.cases ?? []);
      ui.intake.reset(d?.intake ?? []);
      ui.escalations.reset(d?.escalations ?? []);
      if (d?.user?.name || d?.user?.username) $('#user-name').textContent = d.user.name ?? d.user.username;
      break;
    case 'heat':
      applyHeat(d);
      break;
    case 'heat.delta':
      ui.heat.applyDelta(d?.windows);
      state.heatReceivedAt = Date.now();
      ui.panel.onHeat();
      break;
    case 'kpi':
      state.kpi = { ...state.kpi, ...d };
      scheduleKpi();
      break;
    case 'case':
      ui.ticker.push(d);
      ui.escalations.onCase(d);
      break;
    case 'intake':
      ui.intake.add(d);
      break;
    case 'escalation':
      ui.escalations.add(d);
      break;
    case 'camera':
      ui.cameras.add(d);
      break;
    default:
      break; // ack and future message types are ignored
  }
}

function startApp() {
  const saved = auth.get();
  if (!saved) { showLogin(); return; }
  $('#login-view').hidden = true;
  $('#app').hidden = false;
  $('#logout').hidden = false;
  $('#user-name').textContent = saved.user?.name ?? saved.user?.username ?? '';
  if (!state.ui) {
    buildUi();
    loadMap();
    loadDomains();
  }
  state.paintStatus = bindStatus($('#ws-status'), (s) => t(`ws.${s}`, s));
  state.socket = new ReconnectingSocket({
    path: '/ws/ops',
    token,
    onMessage,
    onStatus: state.paintStatus,
    onAuthError: () => {
      auth.clear();
      showLogin(t('ws.auth'));
    },
    staleMs: 15000, // heat arrives every second: 15 s of silence is a dead connection
  });
  state.socket.start();
}

function tick() {
  $('#clock').textContent = fmtClock(new Date());
  const stale = state.socket?.state === 'open' && state.heatReceivedAt && Date.now() - state.heatReceivedAt > 5000;
  $('#heat-age').hidden = !stale;
}

function main() {
  applyI18n();
  $('#lang-toggle').addEventListener('click', () => setLang(getLang() === 'zh' ? 'en' : 'zh'));
  setupLogin();
  setInterval(tick, 1000);
  tick();
  if (auth.get()) startApp();
  else showLogin();
  // Surface script errors on the wall instead of failing silently (ResizeObserver's benign loop notice aside).
  window.addEventListener('error', (e) => { if (!/ResizeObserver/.test(e.message ?? '')) toast(String(e.message ?? e), 'error'); });
}

main();
