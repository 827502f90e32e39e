// Grid worker's phone page: sign in with the worker id, receive tasks over /ws/worker, act on them
// through REST via the offline queue (worker-queue.js).
//
// The server is the source of truth: `hello` brings every live task on each (re)connect, so a reload
// or a dropped connection loses nothing. While actions wait in the queue, a card shows the status
// those actions will lead to (accepting offline still lets the worker mark arrival), flagged as
// not yet synced.

import {
  $, ApiError, api, dataUrlToBlob, fmtCountdown, frameScheduler, h, isNetworkError, loadJSON, login, parseTime,
  safeSet, toast, tokenStore,
} from './common.js';
import { LIGHT_THEME, Projection, drawBaseLayers, drawPin, featurePath, fitCanvas, labelPoint, loadFeatures, loadGrids, scaleBBox, bboxIntersects } from './map.js';
import { askReject, askResolve } from './worker-dialogs.js';
import { ActionQueue, Outcome } from './worker-queue.js';
import { ReconnectingSocket, bindStatus } from './ws.js';

// Kept in localStorage, not sessionStorage: phones kill background tabs, and queued actions must be
// replayable after the browser restarts without the worker noticing.
const auth = tokenStore(localStorage, 'gridcc.worker.auth');
const token = () => auth.get()?.access_token ?? null;

const OFFERED = new Set(['offered', 'pending', 'assigned']);
const ACCEPTED = new Set(['accepted']);
const ON_SITE = new Set(['on_site', 'arrived']);
const DONE = new Set(['resolved', 'handled', 'done', 'completed', 'verified', 'closed']);
const GONE = new Set(['rejected', 'withdrawn', 'expired', 'cancelled', 'canceled', 'reassigned', 'void']);
const EFFECT = { accept: 'accepted', reject: 'rejected', arrive: 'on_site', resolve: 'resolved' };
const STATUS_LABEL = {
  offered: '待接单 · New', accepted: '已接单 · Accepted', on_site: '已到场 · On site', arrived: '已到场 · On site',
  resolved: '已处置 · Resolved', handled: '已处置 · Resolved', rejected: '已拒绝 · Rejected', withdrawn: '已撤回 · Withdrawn',
};
const ACTION_LABEL = { accept: '接单', reject: '拒绝', arrive: '到场', resolve: '处置' };

const state = {
  tasks: new Map(), // task_id -> task (server's view)
  seen: new Set(loadJSON(sessionStorage, 'gridcc.worker.seen', [])), // offered tasks already announced
  worker: null,
  grids: null,
  base: null,
  maps: new Map(), // task_id -> {key, canvas}: a card re-render keeps its drawn map
  socket: null,
  queue: null,
  position: null,
  lastSentPos: null,
};

// -- sound & vibration -----------------------------------------------------------------------------

let audio = null;
function unlockAudio() {
  // Browsers only let a page make sound after a user gesture: create/resume on the first touch.
  try {
    audio = audio ?? new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state === 'suspended') audio.resume();
  } catch { audio = null; }
}

function alertNewTask() {
  navigator.vibrate?.([250, 120, 250]);
  if (!audio) return;
  const t0 = audio.currentTime + 0.02;
  for (const [start, freq] of [[0, 880], [0.22, 1175]]) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t0 + start);
    gain.gain.exponentialRampToValueAtTime(0.35, t0 + start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + 0.18);
    osc.connect(gain).connect(audio.destination);
    osc.start(t0 + start);
    osc.stop(t0 + start + 0.2);
  }
}

// -- tasks -------------------------------------------------------------------------------------------

function effectiveStatus(task) {
  let s = task.status;
  for (const it of state.queue?.pendingFor(task.task_id) ?? []) s = EFFECT[it.action] ?? s;
  return s;
}

function upsertTask(task) {
  if (!task?.task_id) return;
  const prev = state.tasks.get(task.task_id);
  state.tasks.set(task.task_id, prev ? { ...prev, ...task } : task);
  scheduleRender();
}

function announce(tasks, first) {
  let fresh = false;
  for (const task of tasks) {
    if (OFFERED.has(task.status) && !state.seen.has(task.task_id)) {
      state.seen.add(task.task_id);
      fresh = true;
      task._new = true;
    }
  }
  safeSet(sessionStorage, 'gridcc.worker.seen', JSON.stringify([...state.seen].slice(-500)));
  if (fresh || (first && tasks.some((t) => OFFERED.has(t.status)))) alertNewTask();
}

function onMessage(msg) {
  const d = msg.data;
  switch (msg.type) {
    case 'hello': {
      state.worker = d?.worker ?? state.worker;
      const tasks = d?.tasks ?? [];
      const first = !state.helloSeen;
      state.helloSeen = true;
      state.tasks = new Map(tasks.filter((t) => t?.task_id).map((t) => [t.task_id, t]));
      announce(tasks, first);
      renderWorker();
      scheduleRender();
      saveSnapshot();
      state.queue.flush(); // replay whatever was queued while we were away
      sendPosition(true);
      break;
    }
    case 'task.offered':
      announce([d], false);
      upsertTask(d);
      break;
    case 'task.updated':
      upsertTask(d);
      break;
    case 'sla.warning': {
      // The dispatcher warns before a deadline passes: buzz and say which task.
      const task = state.tasks.get(d?.task_id) ?? d;
      navigator.vibrate?.([400, 150, 400]);
      toast(`即将超时 · Deadline soon: ${task?.title ?? d?.task_id ?? ''}`, 'error', 8000);
      break;
    }
    case 'task.withdrawn':
      if (d?.task_id) {
        if (state.queue.pendingFor(d.task_id).length) toast('任务已撤回，未同步的操作已取消 · Task withdrawn', 'info');
        state.queue.dropTask(d.task_id);
        state.tasks.delete(d.task_id);
        scheduleRender();
      }
      break;
    default:
      break; // ack
  }
}

/** The last known task list, shown at once on the next load until `hello` replaces it. */
function saveSnapshot() {
  safeSet(localStorage, `gridcc.worker.tasks.${auth.get()?.user?.worker_id ?? ''}`, JSON.stringify([...state.tasks.values()]));
}

function sortKey(task) {
  const s = effectiveStatus(task);
  const rank = OFFERED.has(s) ? 0 : ACCEPTED.has(s) || ON_SITE.has(s) ? 1 : 2;
  const when = parseTime(OFFERED.has(s) ? task.accept_by : task.due_at)?.getTime() ?? Infinity;
  return [rank, when];
}

const scheduleRender = frameScheduler(renderTasks);

function renderTasks() {
  const list = [...state.tasks.values()].filter((t) => !GONE.has(t.status));
  list.sort((a, b) => {
    const [ra, wa] = sortKey(a);
    const [rb, wb] = sortKey(b);
    return ra - rb || wa - wb;
  });
  const box = $('#tasks');
  box.replaceChildren(...(list.length ? list.map(taskCard) : [h('div', { class: 'empty' }, '暂无任务', h('small', null, 'No tasks right now'))]));
  for (const task of list) drawTaskMap(task);
  for (const id of state.maps.keys()) if (!state.tasks.has(id)) state.maps.delete(id);
  const offered = list.filter((t) => OFFERED.has(effectiveStatus(t))).length;
  document.title = `${offered ? `(${offered}) ` : ''}网格员任务 · Grid worker`;
  updateDeadlines();
  saveSnapshot();
}

function deadlineBox(label, en, iso) {
  const at = parseTime(iso);
  if (!at) return null;
  return h('div', { class: 'deadline', 'data-deadline': at.toISOString() },
    h('span', { class: 'dl-label' }, `${label} · ${en}`), h('b', null, '--:--'));
}

function taskCard(task) {
  const status = effectiveStatus(task);
  const pending = state.queue.pendingFor(task.task_id);
  const can = {
    accept: OFFERED.has(status),
    reject: OFFERED.has(status) || ACCEPTED.has(status),
    arrive: ACCEPTED.has(status),
    resolve: ACCEPTED.has(status) || ON_SITE.has(status),
  };
  const btn = (cls, action, zh, en) => h('button', {
    class: `btn ${cls}`, type: 'button', disabled: !can[action], 'data-action': action,
    onclick: () => onAction(task, action),
  }, zh, ' ', h('small', null, en));
  const isNew = task._new;
  task._new = false;
  const grid = state.grids?.byId.get(String(task.grid_id));
  const place = [grid?.props.subdistrict_name, grid?.props.community_name, task.grid_id].filter(Boolean).join(' · ');
  return h('article', {
    class: `task${DONE.has(status) ? ' is-done' : ''}${isNew ? ' is-new' : ''}`,
    'data-task-id': task.task_id, 'data-status': status, 'data-server-status': task.status ?? '',
    'data-priority': task.priority ?? '', 'data-pending': pending.length || null,
  },
  h('div', { class: 'task-head' },
    task.priority !== undefined && task.priority !== null
      ? h('span', { class: 'prio', 'data-p': String(task.priority) }, typeof task.priority === 'number' ? `P${task.priority}` : String(task.priority)) : null,
    h('h3', null, task.title ?? task.matter_code ?? task.task_id),
    h('span', { class: 'chip', 'data-status': status }, STATUS_LABEL[status] ?? status)),
  h('div', { class: 'task-meta' }, [task.case_id, task.matter_code, task.role].filter(Boolean).join(' · ')),
  place ? h('div', { class: 'task-meta' }, place) : null,
  h('div', { class: 'deadlines' },
    OFFERED.has(status) ? deadlineBox('接单时限', 'Accept by', task.accept_by) : null,
    DONE.has(status) ? null : deadlineBox('处置时限', 'Due', task.due_at)),
  mapCanvas(task),
  h('div', { class: 'task-actions' },
    btn('btn-accept', 'accept', '接单', 'Accept'),
    btn('btn-reject', 'reject', '拒绝', 'Reject'),
    btn('btn-arrive', 'arrive', '到场', 'Arrived'),
    btn('btn-resolve', 'resolve', '处置', 'Resolve')),
  pending.length ? h('div', { class: 'task-pending' },
    `待同步：${pending.map((p) => ACTION_LABEL[p.action] ?? p.action).join(' → ')} · not yet sent`) : null);
}

/** Countdowns tick in place every second; no re-render. */
function updateDeadlines() {
  const now = Date.now();
  for (const el of document.querySelectorAll('[data-deadline]')) {
    const { text, overdue, soon } = fmtCountdown(new Date(el.dataset.deadline), now);
    el.querySelector('b').textContent = text;
    el.classList.toggle('overdue', overdue);
    el.classList.toggle('soon', soon);
  }
}

// -- small map per card ---------------------------------------------------------------------------

function mapCanvas(task) {
  const key = `${task.grid_id}|${task.lat}|${task.lon}|${state.grids ? 1 : 0}`;
  let entry = state.maps.get(task.task_id);
  if (!entry || entry.key !== key) {
    entry = { key, canvas: h('canvas', { class: 'task-map', 'aria-label': `map ${task.grid_id ?? ''}` }), drawn: false };
    state.maps.set(task.task_id, entry);
  }
  return entry.canvas;
}

function drawTaskMap(task) {
  const entry = state.maps.get(task.task_id);
  if (!entry || entry.drawn || !state.grids || !entry.canvas.isConnected) return;
  entry.drawn = true;
  const { ctx, w, h: hgt } = fitCanvas(entry.canvas, 3);
  const f = state.grids.byId.get(String(task.grid_id));
  const hasPin = Number.isFinite(task.lat) && Number.isFinite(task.lon);
  const pin = hasPin ? [task.lon, task.lat] : f ? labelPoint(f) : null;
  if (!f && !pin) return;
  const core = f ? f.bbox : [pin[0] - 0.002, pin[1] - 0.002, pin[0] + 0.002, pin[1] + 0.002];
  const view = scaleBBox(core, 2.4); // the grid plus its neighbours, for orientation
  const proj = new Projection(view, w, hgt, 6);
  ctx.fillStyle = '#e9eef5';
  ctx.fillRect(0, 0, w, hgt);
  ctx.lineWidth = 1;
  for (const g of state.grids.features) {
    if (!bboxIntersects(g.bbox, view)) continue;
    const p = featurePath(g, proj);
    ctx.fillStyle = '#ffffff';
    ctx.fill(p, 'evenodd');
    ctx.strokeStyle = '#c3cedc';
    ctx.stroke(p);
  }
  drawBaseLayers(ctx, proj, state.base, { theme: LIGHT_THEME, view });
  if (f) {
    const p = featurePath(f, proj);
    ctx.fillStyle = 'rgba(11, 107, 211, 0.22)';
    ctx.fill(p, 'evenodd');
    ctx.strokeStyle = '#0b6bd3';
    ctx.lineWidth = 2.5;
    ctx.stroke(p);
  }
  if (pin) drawPin(ctx, proj.x(pin[0]), proj.y(pin[1]), 18, '#e8283f');
}

// -- actions (through the offline queue) ------------------------------------------------------------

async function onAction(task, action) {
  unlockAudio();
  if (action === 'reject') {
    const reason = await askReject();
    if (reason === null) return;
    state.queue.add({ task_id: task.task_id, action, reason });
  } else if (action === 'resolve') {
    const res = await askResolve();
    if (res === null) return;
    state.queue.add({ task_id: task.task_id, action, ...res });
  } else {
    state.queue.add({ task_id: task.task_id, action });
  }
  scheduleRender();
}

/** Perform one queued action; see worker-queue.js for what each Outcome does. */
async function sendAction(item) {
  const path = `/tasks/${encodeURIComponent(item.task_id)}/${item.action}`;
  const opts = { method: 'POST', token: token() };
  if (!opts.token) return Outcome.AUTH;
  if (item.action === 'reject') opts.json = { reason: item.reason };
  else if (item.action === 'comment') opts.json = { text: item.text };
  else if (item.action === 'resolve') {
    const form = new FormData();
    form.append('note', item.note ?? '');
    if (item.photo) form.append('photo', dataUrlToBlob(item.photo), item.photo_name || 'photo.jpg');
    opts.form = form;
  }
  try {
    const task = await api(path, opts);
    if (task?.task_id) upsertTask(task);
    return Outcome.DONE;
  } catch (e) {
    if (isNetworkError(e) || !(e instanceof ApiError)) return Outcome.RETRY;
    if (e.status === 401) {
      auth.clear();
      showLogin('登录已过期，请重新登录（未同步的操作已保留） · Session expired');
      return Outcome.AUTH;
    }
    if (e.status >= 500 || e.status === 408 || e.status === 429) return Outcome.RETRY;
    // 409: the task moved on (withdrawn, taken, already done); 403: not ours. Tell, drop, resync.
    toast(`${ACTION_LABEL[item.action] ?? item.action}失败：${e.message}`, 'error', 6000);
    resync();
    return Outcome.DROP;
  }
}

async function resync() {
  try {
    const tasks = await api('/tasks/mine', { token: token() });
    if (Array.isArray(tasks)) {
      state.tasks = new Map(tasks.filter((t) => t?.task_id).map((t) => [t.task_id, t]));
      scheduleRender();
    }
  } catch { /* the next hello will do it */ }
}

function renderQueue() {
  const n = state.queue.size;
  $('#queued-count').textContent = String(n);
  $('#queued-badge').hidden = n === 0;
  $('#queued-badge').dataset.count = String(n);
  scheduleRender();
}

// -- position & duty --------------------------------------------------------------------------------

function distanceM(a, b) {
  const k = Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot((a.lat - b.lat) * 111320, (a.lon - b.lon) * 111320 * k);
}

/** At most every 20 s, or at once after moving 50 m; nothing when the socket is down (no backlog). */
function sendPosition(force = false) {
  const p = state.position;
  if (!p || !state.socket?.isOpen()) return;
  const last = state.lastSentPos;
  if (!force && last && Date.now() - last.at < 20000 && distanceM(p, last) < 50) return;
  if (state.socket.send({ type: 'position', lat: p.lat, lon: p.lon, accuracy: p.accuracy })) state.lastSentPos = { ...p, at: Date.now() };
}

function watchPosition() {
  if (!navigator.geolocation || state.watchId !== undefined) return;
  state.watchId = navigator.geolocation.watchPosition(
    (pos) => {
      state.position = { lat: pos.coords.latitude, lon: pos.coords.longitude, accuracy: Math.round(pos.coords.accuracy) };
      sendPosition();
    },
    () => { /* denied or unavailable: the page works without it */ },
    { enableHighAccuracy: true, maximumAge: 15000, timeout: 30000 },
  );
}

function renderWorker() {
  const w = state.worker ?? auth.get()?.user ?? {};
  $('#worker-name').textContent = [w.name, w.worker_id ?? auth.get()?.username].filter(Boolean).join(' · ');
  // The server follows the duty roster unless the worker overrides it; until the worker (or the
  // server) says otherwise the switch shows "by roster" (indeterminate) rather than a guess.
  const box = $('#duty-toggle');
  const duty = w.on_duty ?? w.duty ?? state.dutyChoice;
  box.indeterminate = typeof duty !== 'boolean';
  if (typeof duty === 'boolean') box.checked = duty;
  box.title = box.indeterminate ? '按排班 · by roster' : '';
}

// -- sign-in & start -----------------------------------------------------------------------------

function showLogin(message = '') {
  state.socket?.stop();
  state.socket = null;
  $('#app').hidden = true;
  $('#login-view').hidden = false;
  $('#login-error').textContent = message;
  $('#login-error').hidden = !message;
}

async function startApp() {
  const saved = auth.get();
  if (!saved) { showLogin(); return; }
  $('#login-view').hidden = true;
  $('#app').hidden = false;
  const workerId = saved.user?.worker_id ?? saved.username ?? '';
  if (!state.queue || state.queue.key !== `gridcc.worker.queue.${workerId}`) {
    state.queue?.stop();
    state.queue = new ActionQueue(`gridcc.worker.queue.${workerId}`, sendAction);
    state.queue.onChange(renderQueue);
  }
  if (!state.helloSeen) {
    const cached = loadJSON(localStorage, `gridcc.worker.tasks.${workerId}`, []);
    if (Array.isArray(cached)) for (const t of cached) if (t?.task_id) state.tasks.set(t.task_id, t);
  }
  renderWorker();
  renderQueue();
  state.socket = new ReconnectingSocket({
    path: '/ws/worker',
    token,
    onMessage,
    onStatus: bindStatus($('#ws-status'), {
      connecting: '连接中', open: '在线', waiting: '重连中', offline: '离线', auth: '需登录', stopped: '未连接',
    }),
    onAuthError: () => { auth.clear(); showLogin('登录已过期，请重新登录 · Session expired'); },
  });
  state.socket.start();
  watchPosition();
  if (!state.grids) {
    try {
      [state.grids, state.base] = await Promise.all([loadGrids(token()), loadFeatures(token())]);
      state.maps.clear();
      scheduleRender();
    } catch { /* maps stay blank; the task still works */ }
  }
}

function main() {
  const form = $('#login-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    unlockAudio(); // this tap is the user gesture that allows the new-task beep later
    const username = form.username.value.trim();
    const password = form.password.value;
    const err = $('#login-error');
    if (!username || !password) { err.textContent = '请输入工号和密码 · Enter your worker id and password'; err.hidden = false; return; }
    const btn = $('#login-submit');
    btn.disabled = true;
    try {
      const res = await login(username, password);
      if (res.role && res.role !== 'worker') throw new ApiError(403, '该账号不是网格员账号 · Not a worker account', res);
      auth.set({ access_token: res.access_token, role: res.role, username, user: { worker_id: username, ...(res.user ?? {}) } });
      form.password.value = '';
      startApp();
    } catch (ex) {
      err.textContent = ex instanceof ApiError ? `登录失败：${ex.message}` : '无法连接服务器 · Cannot reach the server';
      err.hidden = false;
    } finally {
      btn.disabled = false;
    }
  });
  $('#logout').addEventListener('click', () => {
    if (state.queue?.size && !window.confirm('还有未同步的操作，确定退出？ Unsent actions remain. Sign out?')) return;
    auth.clear();
    state.queue?.stop();
    state.queue = null;
    state.tasks.clear();
    state.maps.clear();
    state.helloSeen = false;
    showLogin();
  });
  $('#duty-toggle').addEventListener('change', (e) => {
    // keep: a toggle made while offline is sent on reconnect
    state.dutyChoice = e.target.checked;
    state.socket?.send({ type: 'duty', on: e.target.checked }, { keep: true });
  });
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  const net = () => {
    $('#offline-banner').hidden = navigator.onLine !== false;
    if (navigator.onLine !== false) state.queue?.flush();
  };
  window.addEventListener('online', net);
  window.addEventListener('offline', net);
  net();
  setInterval(updateDeadlines, 1000);
  if (auth.get()) startApp();
  else showLogin();
}

main();
