// Citizen's one-touch report: one big button, the phone's location (or a tap on the district map),
// an optional photo and line of text; then a tracking view polled every 3 s.
//
// Anonymous by design: a random device token in localStorage is the only identity, and the server
// shows a report only to the device that made it. Each submission carries an idempotency key that is
// kept across retries of the same submission, so a flaky network never files the same problem twice.

import { $, ApiError, api, dataUrlToBlob, fmtDateTime, h, loadJSON, parseTime, safeGet, safeSet, shrinkImage, toast, uuid } from './common.js';
import { LIGHT_THEME, Projection, drawBaseLayers, drawPin, featurePath, fitCanvas, hitTest, loadFeatures, loadGrids, scaleBBox, bboxIntersects } from './map.js';

const DEVICE_KEY = 'gridcc.device_token';
const MINE_KEY = 'gridcc.my_reports';
const POLL_MS = 3000;

const STEPS = [
  ['received', '已受理', 'Received'],
  ['registered', '已立案', 'Registered'],
  ['dispatched', '已派遣', 'Dispatched'],
  ['on_site', '已到场', 'On site'],
  ['handled', '已处置', 'Handled'],
  ['closed', '已结案', 'Closed'],
];
// Where each server status sits on the six steps (accepted is part of "dispatched").
const STEP_OF = { intake: 0, received: 0, reported: 0, registered: 1, deferred: 1, dispatched: 2, accepted: 2, on_site: 3, handled: 4, verified: 5, closed: 5, evaluated: 5, void: 0 };
const LABEL = {
  intake: '人工分类中 · Being classified', received: '已受理 · Received', reported: '已受理 · Received', registered: '已立案 · Registered', dispatched: '已派遣 · Dispatched',
  accepted: '已接单 · Accepted', on_site: '已到场 · On site', handled: '已处置 · Handled', verified: '已核实 · Verified',
  closed: '已结案 · Closed', evaluated: '已评价 · Evaluated', void: '已作废 · Void', deferred: '暂缓处理 · Deferred',
};
const NOTE = {
  intake: '工作人员正在确认问题类别，稍后立案。Staff are classifying your report; it will be registered shortly.',
  accepted: '网格员已接单，正在前往。A grid worker has taken it and is on the way.',
  handled: '工作人员已处置，请确认问题是否已解决。The problem was handled: please tell us whether it is fixed.',
  verified: '感谢确认，案件即将结案。Thank you, the case is being closed.',
  deferred: '该问题暂时无法处理，已登记挂账，条件具备后处理。It cannot be handled now and is kept on the books.',
  void: '该上报已作废（如重复上报或情况不属实）。This report was voided (duplicate or not confirmed).',
  closed: '案件已结案，感谢您的参与！Closed: thank you for reporting.',
  evaluated: '案件已结案并完成评价。Closed and evaluated.',
};
const TERMINAL = new Set(['closed', 'evaluated', 'void']);

const state = {
  device: deviceToken(),
  submitKey: null, // idempotency key of the submission in progress (kept across retries)
  photo: null, // {blob, name} ready to upload
  pick: null, // [lon, lat] tapped on the map: an explicit choice beats geolocation
  located: null, // [lon, lat] from the phone
  zoom: 1,
  grids: null,
  base: null,
  pollGen: 0,
  tracked: null,
};

function deviceToken() {
  let tok = safeGet(localStorage, DEVICE_KEY);
  if (!tok) {
    tok = uuid();
    safeSet(localStorage, DEVICE_KEY, tok);
  }
  return tok;
}

function showError(msg) {
  const el = $('#error');
  el.textContent = msg;
  el.hidden = !msg;
  if (msg) el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function apiMessage(e) {
  return e instanceof ApiError ? e.message : '网络异常，请稍后重试 · Network error, please try again';
}

// -- my reports (ids in localStorage) ------------------------------------------------------------------

function mine() {
  const list = loadJSON(localStorage, MINE_KEY, []);
  return Array.isArray(list) ? list : [];
}

function rememberReport(id, patch) {
  const list = mine();
  const i = list.findIndex((r) => r.id === id);
  if (i >= 0) list[i] = { ...list[i], ...patch };
  else list.unshift({ id, at: Date.now(), ...patch });
  safeSet(localStorage, MINE_KEY, JSON.stringify(list.slice(0, 30)));
}

function renderMine() {
  const list = mine();
  $('#my-reports').replaceChildren(...(list.length ? list.map((r) => h('li', null,
    h('a', { href: `#${encodeURIComponent(r.id)}`, 'data-report-id': r.id },
      h('span', { class: 'mr-text' }, r.text || r.id),
      r.status ? h('span', { class: 'chip', 'data-status': r.status }, (LABEL[r.status] ?? r.status).split(' · ')[0]) : null,
      h('span', { class: 'mr-time' }, fmtDateTime(new Date(r.at)))))) : [h('li', { class: 'empty' }, '暂无上报记录 · No reports yet')]));
}

// -- the district map (tap to choose the location) --------------------------------------------------

function mapView() {
  const full = state.grids.bbox;
  const center = state.pick ?? state.located ?? null;
  return state.zoom === 1 ? full : scaleBBox(full, 1 / state.zoom, center);
}

function drawMap() {
  const canvas = $('#pick-on-map');
  const { ctx, w, h: hgt } = fitCanvas(canvas, 3);
  ctx.fillStyle = '#e9eef5';
  ctx.fillRect(0, 0, w, hgt);
  if (!state.grids) {
    ctx.fillStyle = '#5f6f86';
    ctx.font = '14px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.fillText(state.mapError ?? '地图加载中… Loading map…', w / 2, hgt / 2);
    return;
  }
  const view = mapView();
  const proj = new Projection(view, w, hgt, 6);
  state.proj = proj;
  ctx.lineWidth = 0.6;
  for (const g of state.grids.features) {
    if (!bboxIntersects(g.bbox, view)) continue;
    const p = featurePath(g, proj);
    ctx.fillStyle = '#ffffff';
    ctx.fill(p, 'evenodd');
    ctx.strokeStyle = '#d0d9e5';
    ctx.stroke(p);
  }
  drawBaseLayers(ctx, proj, state.base, { theme: LIGHT_THEME, lw: 0.8 + state.zoom * 0.1, labels: true, view });
  if (state.located && !state.pick) {
    // The phone's fix: a blue dot, like every phone map.
    ctx.beginPath();
    ctx.arc(proj.x(state.located[0]), proj.y(state.located[1]), 7, 0, Math.PI * 2);
    ctx.fillStyle = '#1f7af0';
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.fill();
    ctx.stroke();
  }
  if (state.pick) drawPin(ctx, proj.x(state.pick[0]), proj.y(state.pick[1]), 22, '#e8283f');
}

function describe(lonlat) {
  if (!state.grids || !lonlat) return null;
  const i = hitTest(state.grids.features, lonlat[0], lonlat[1]);
  if (i < 0) return null;
  const p = state.grids.features[i].props;
  return [p.subdistrict_name, p.community_name].filter(Boolean).join(' · ') || p.grid_id;
}

function onMapTap(e) {
  if (!state.proj) return;
  const r = e.currentTarget.getBoundingClientRect();
  const lonlat = state.proj.unproject(e.clientX - r.left, e.clientY - r.top);
  const where = describe(lonlat);
  if (!where) {
    toast('该位置不在禅城区 · This point is outside Chancheng district', 'error');
    return;
  }
  state.pick = lonlat;
  $('#pick-wrap').classList.remove('attention');
  showError('');
  $('#loc-line').replaceChildren('已选位置：', h('b', null, where), h('small', null, 'Location chosen on the map; tap again to move it'));
  drawMap();
}

// -- submit -------------------------------------------------------------------------------------------

async function getPosition() {
  if (!navigator.geolocation || !window.isSecureContext) return null;
  try {
    // Already refused: say so at once instead of waiting for a timeout.
    if ((await navigator.permissions?.query({ name: 'geolocation' }))?.state === 'denied') return null;
  } catch { /* no Permissions API (older Safari): just ask */ }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 10000); // some browsers never answer a dismissed prompt
    navigator.geolocation.getCurrentPosition(
      (pos) => { clearTimeout(timer); resolve([pos.coords.longitude, pos.coords.latitude]); },
      () => { clearTimeout(timer); resolve(null); },
      { enableHighAccuracy: true, timeout: 9000, maximumAge: 60000 },
    );
  });
}

function setButton(busy, text = null) {
  const btn = $('#report-button');
  btn.disabled = busy;
  if (text) btn.replaceChildren(text);
  else btn.replaceChildren('一键上报', h('small', null, 'Report a problem here'));
}

async function submit() {
  showError('');
  setButton(true, '定位中… Locating…');
  try {
    let loc = state.pick;
    if (!loc) {
      loc = await getPosition();
      if (loc) {
        state.located = loc;
        drawMap();
      }
    }
    if (!loc) {
      $('#pick-wrap').classList.add('attention');
      showError('无法获取定位，请在下方地图上点选问题位置后再点“一键上报”。Location unavailable: tap the map below to choose the place, then press the button again.');
      return;
    }
    setButton(true, '提交中… Sending…');
    state.submitKey = state.submitKey ?? uuid();
    const text = $('#report-text').value.trim();
    const form = new FormData();
    form.append('lat', String(loc[1]));
    form.append('lon', String(loc[0]));
    if (text) form.append('text', text);
    form.append('device_token', state.device);
    form.append('idempotency_key', state.submitKey);
    if (state.photo) form.append('photo', state.photo.blob, state.photo.name);
    const res = await api('/reports', { method: 'POST', form });
    rememberReport(res.report_id, { text: text || '（无描述）', status: res.status, grid_id: res.grid_id });
    resetForm();
    toast('上报成功 · Reported', 'ok');
    location.hash = encodeURIComponent(res.report_id);
  } catch (e) {
    // The key is kept: pressing the button again retries the same submission.
    showError(apiMessage(e));
  } finally {
    setButton(false);
  }
}

function resetForm() {
  state.submitKey = null;
  state.photo = null;
  state.pick = null;
  $('#report-text').value = '';
  $('#report-photo').value = '';
  $('#photo-preview').hidden = true;
  defaultLocLine();
  drawMap();
}

function defaultLocLine() {
  const canLocate = navigator.geolocation && window.isSecureContext;
  $('#pick-wrap').classList.toggle('attention', !canLocate);
  // Without geolocation (or on plain http, where browsers refuse it) the map is the way: say so.
  if (canLocate) $('#loc-line').replaceChildren('将使用手机定位；也可在地图上点选问题位置', h('small', null, "Your phone's location is used, or tap the map to choose"));
  else $('#loc-line').replaceChildren('无法使用手机定位，请在地图上点选问题位置', h('small', null, 'Location is unavailable here: tap the map to choose'));
}

async function onPhoto() {
  const file = $('#report-photo').files?.[0];
  state.submitKey = null; // a different photo is a different submission
  state.photo = null;
  const preview = $('#photo-preview');
  if (!file) { preview.hidden = true; return; }
  try {
    // Shrink on the phone: a 6 MB camera file becomes ~250 KB, which uploads on a weak signal.
    const dataUrl = await shrinkImage(file, 1600, 0.82);
    state.photo = { blob: dataUrlToBlob(dataUrl), name: 'photo.jpg' };
    preview.src = dataUrl;
  } catch {
    state.photo = { blob: file, name: file.name || 'photo.jpg' }; // undecodable here (e.g. HEIC): send as is
    preview.removeAttribute('src');
  }
  preview.hidden = !preview.getAttribute('src');
}

// -- tracking -----------------------------------------------------------------------------------------

function renderTracking(rep) {
  const status = rep.status ?? 'received';
  const view = $('#tracking');
  view.dataset.status = status;
  $('#track-id').textContent = rep.report_id;
  $('#track-status').replaceChildren(h('span', { class: 'chip', 'data-status': status }, LABEL[status] ?? status));
  const c = rep.case ?? {};
  $('#track-matter').textContent = c.matter_name ?? c.matter_name_zh ?? c.title ?? c.matter_code ?? '—';
  // The tracking API sends only the grid id: the names come from the district map when it has loaded.
  const gridId = c.grid_id ?? rep.grid_id;
  const gp = gridId ? state.grids?.byId.get(String(gridId))?.props : null;
  $('#track-grid').textContent = [c.subdistrict_name ?? gp?.subdistrict_name, c.community_name ?? gp?.community_name, gridId]
    .filter(Boolean).join(' · ') || '—';
  const at = STEP_OF[status] ?? 0;
  const allDone = status === 'closed' || status === 'evaluated';
  $('#steps').replaceChildren(...STEPS.map(([key, zh, en], i) => h('li', {
    class: [i < at || allDone ? 'done' : '', i === at && !allDone && status !== 'void' ? 'current' : ''].join(' ').trim() || null,
    'data-step': key,
  }, zh, h('small', null, en))));
  const note = $('#status-note');
  note.textContent = NOTE[status] ?? '';
  note.hidden = !NOTE[status];
  $('#confirm-box').hidden = status !== 'handled';
  const hist = [...(rep.history ?? [])].sort((a, b) => (parseTime(b.at) ?? 0) - (parseTime(a.at) ?? 0));
  $('#history').replaceChildren(...hist.map((e) => h('li', null,
    h('time', null, fmtDateTime(parseTime(e.at))), ' ',
    h('b', null, LABEL[e.status] ?? e.status ?? ''),
    e.reason ? h('div', null, e.reason) : null)));
  rememberReport(rep.report_id, { status });
}

async function poll(id, gen) {
  if (gen !== state.pollGen) return;
  let again = true;
  try {
    const rep = await api(`/reports/${encodeURIComponent(id)}?device_token=${encodeURIComponent(state.device)}`);
    if (gen !== state.pollGen) return;
    showError('');
    state.tracked = rep;
    renderTracking(rep);
    if (TERMINAL.has(rep.status)) again = false; // nothing more will happen
  } catch (e) {
    if (gen !== state.pollGen) return;
    showError(apiMessage(e));
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) again = false;
  }
  if (again) state.pollTimer = setTimeout(() => poll(id, gen), POLL_MS);
}

async function confirm(fixed) {
  const id = state.tracked?.report_id;
  if (!id) return;
  for (const b of [$('#confirm-fixed'), $('#confirm-not-fixed')]) b.disabled = true;
  try {
    await api(`/reports/${encodeURIComponent(id)}/confirm`, { method: 'POST', json: { device_token: state.device, fixed } });
    toast(fixed ? '感谢确认 · Thank you' : '已退回重新处理 · Sent back for another visit', 'ok');
    $('#confirm-box').hidden = true;
    clearTimeout(state.pollTimer);
    poll(id, ++state.pollGen); // show the new status at once
  } catch (e) {
    showError(apiMessage(e));
  } finally {
    for (const b of [$('#confirm-fixed'), $('#confirm-not-fixed')]) b.disabled = false;
  }
}

/** `report.html#<report_id>` opens the tracking view; no hash shows the form. */
function route() {
  clearTimeout(state.pollTimer);
  state.pollGen += 1;
  const id = decodeURIComponent(location.hash.slice(1));
  showError('');
  if (id) {
    $('#form-view').hidden = true;
    const view = $('#tracking');
    view.hidden = false;
    view.dataset.status = '';
    $('#track-id').textContent = id;
    $('#confirm-box').hidden = true;
    $('#steps').replaceChildren();
    $('#history').replaceChildren();
    state.tracked = null;
    poll(id, state.pollGen);
  } else {
    $('#tracking').hidden = true;
    $('#form-view').hidden = false;
    renderMine();
    drawMap();
  }
}

async function loadMap() {
  try {
    [state.grids, state.base] = await Promise.all([loadGrids(), loadFeatures()]);
  } catch (e) {
    state.mapError = `地图加载失败 · Map unavailable (${apiMessage(e)})`;
  }
  drawMap();
  if (state.tracked && !$('#tracking').hidden) renderTracking(state.tracked); // now with the grid's names
}

function main() {
  $('#report-button').addEventListener('click', submit);
  $('#report-text').addEventListener('input', () => { state.submitKey = null; });
  $('#report-text').addEventListener('keydown', (e) => { if (e.key === 'Enter') submit(); });
  $('#report-photo').addEventListener('change', onPhoto);
  $('#pick-on-map').addEventListener('click', onMapTap);
  $('#map-zoom-in').addEventListener('click', () => { state.zoom = Math.min(16, state.zoom * 2); drawMap(); });
  $('#map-zoom-out').addEventListener('click', () => { state.zoom = Math.max(1, state.zoom / 2); drawMap(); });
  $('#confirm-fixed').addEventListener('click', () => confirm(true));
  $('#confirm-not-fixed').addEventListener('click', () => confirm(false));
  $('#back').addEventListener('click', () => { location.hash = ''; });
  $('#new-report').addEventListener('click', () => { location.hash = ''; });
  window.addEventListener('hashchange', route);
  new ResizeObserver(() => { if (!$('#form-view').hidden) drawMap(); }).observe($('#pick-on-map'));
  defaultLocLine();
  route();
  loadMap();
}

main();
