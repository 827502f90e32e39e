// Shared helpers for the three pages (ops, worker, report): REST calls with FastAPI-style errors,
// token storage, safe DOM building, time formatting and once-per-frame render scheduling.
// Plain ES2020 module, no dependencies: the machines that show these pages have no internet.

export const API = '/api/v1';

/** An HTTP error from the API; `message` is the human-readable `detail` of the body. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/** FastAPI sends `{"detail": "text"}` or, for validation errors, `{"detail": [{"loc", "msg"}...]}`. */
export function detailMessage(body, status) {
  const d = body && typeof body === 'object' ? body.detail : null;
  if (typeof d === 'string' && d) return d;
  if (Array.isArray(d) && d.length) {
    return d.map((e) => {
      if (!e || typeof e !== 'object') return String(e);
      const loc = Array.isArray(e.loc) ? e.loc.filter((p) => p !== 'body').join('.') : '';
      return loc ? `${loc}: ${e.msg}` : String(e.msg ?? JSON.stringify(e));
    }).join('; ');
  }
  if (d && typeof d === 'object') return d.message || JSON.stringify(d);
  if (typeof body === 'string' && body && body.length < 300) return body;
  return `HTTP ${status}`;
}

/**
 * Call the REST API. `json` sends a JSON body, `form` a FormData/URLSearchParams body (the browser
 * sets the multipart boundary itself). Network failures throw the browser's TypeError, HTTP errors
 * throw ApiError: callers that queue offline work tell the two apart with `instanceof ApiError`.
 */
export async function api(path, { method = 'GET', json, form, token, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  const res = await fetch(API + path, { method, headers, body, signal, credentials: 'same-origin', cache: 'no-store' });
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = text; }
  }
  if (!res.ok) throw new ApiError(res.status, detailMessage(data, res.status), data);
  return data;
}

/** The JWT's payload (no signature check: only used to notice an expired token early). */
export function jwtPayload(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** A token kept in `storage` under `key`; an expired JWT reads as missing. */
export function tokenStore(storage, key) {
  return {
    get() {
      const raw = safeGet(storage, key);
      if (!raw) return null;
      try {
        const saved = JSON.parse(raw);
        const exp = jwtPayload(saved.access_token)?.exp;
        if (exp && exp * 1000 < Date.now() + 5000) { storage.removeItem(key); return null; }
        return saved;
      } catch {
        return null;
      }
    },
    set(value) { safeSet(storage, key, JSON.stringify(value)); },
    clear() { try { storage.removeItem(key); } catch { /* storage disabled */ } },
  };
}

/** OAuth2 password form, as FastAPI's OAuth2PasswordRequestForm expects it. */
export function login(username, password) {
  return api('/auth/token', { method: 'POST', form: new URLSearchParams({ username, password }) });
}

export function safeGet(storage, key) {
  try { return storage.getItem(key); } catch { return null; }
}

export function safeSet(storage, key, value) {
  try { storage.setItem(key, value); return true; } catch { return false; } // quota or private mode
}

export function loadJSON(storage, key, fallback) {
  const raw = safeGet(storage, key);
  if (!raw) return fallback;
  try { return JSON.parse(raw); } catch { return fallback; }
}

/** crypto.randomUUID exists only in secure contexts; a plain-http LAN page falls back to getRandomValues. */
export function uuid() {
  if (globalThis.crypto?.randomUUID) {
    try { return crypto.randomUUID(); } catch { /* insecure context */ }
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Build an element. Text always goes in as text nodes, never as HTML: citizens' free text ends up on
 * the wall screen, so nothing here may be parsed as markup.
 */
export function h(tag, attrs = null, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);

/**
 * Coalesce many "something changed" calls into one run per animation frame (and at most one per
 * `minIntervalMs`): at thousands of messages a second the page redraws once, not per message.
 */
export function frameScheduler(fn, minIntervalMs = 0) {
  let queued = false;
  let last = 0;
  const run = () => {
    queued = false;
    last = performance.now();
    fn();
  };
  return function schedule() {
    if (queued) return;
    queued = true;
    const wait = minIntervalMs - (performance.now() - last);
    if (wait > 0) setTimeout(() => requestAnimationFrame(run), wait);
    else requestAnimationFrame(run);
  };
}

// -- time ------------------------------------------------------------------------------------------

export function parseTime(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return new Date(v < 1e12 ? v * 1000 : v); // epoch seconds or ms
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad2 = (n) => String(n).padStart(2, '0');

export function fmtClock(d, withSeconds = true) {
  if (!d) return '--:--';
  const s = `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  return withSeconds ? `${s}:${pad2(d.getSeconds())}` : s;
}

export function fmtDateTime(d) {
  if (!d) return '';
  return `${d.getMonth() + 1}-${pad2(d.getDate())} ${fmtClock(d, false)}`;
}

/** 75 -> "1:15", 4000 -> "1:06:40"; for KPI medians and countdowns. */
export function fmtDuration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return '—';
  let s = Math.max(0, Math.round(Number(seconds)));
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  if (d > 0) return `${d}d ${hh}h`;
  if (hh > 0) return `${hh}:${pad2(mm)}:${pad2(ss)}`;
  return `${mm}:${pad2(ss)}`;
}

/** Countdown to `deadline`; negative (overdue) shows with a minus sign. */
export function fmtCountdown(deadline, now = Date.now()) {
  const ms = deadline.getTime() - now;
  const text = fmtDuration(Math.abs(ms) / 1000);
  return { text: ms < 0 ? `-${text}` : text, overdue: ms < 0, soon: ms >= 0 && ms < 10 * 60 * 1000 };
}

export function fmtNumber(n) {
  if (n === null || n === undefined || !Number.isFinite(Number(n))) return '—';
  return Number(n).toLocaleString('en-US');
}

// -- small UI pieces -------------------------------------------------------------------------------

/** A transient message at the bottom of the screen (needs an element `#toasts`). */
export function toast(message, kind = 'info', ms = 4000) {
  const box = document.getElementById('toasts');
  if (!box) return;
  const el = h('div', { class: `toast toast-${kind}`, role: 'status' }, message);
  box.append(el);
  setTimeout(() => el.remove(), ms);
}

/** Network-level failure (offline, server down), as opposed to an HTTP error answer. */
export function isNetworkError(err) {
  return !(err instanceof ApiError) && (err instanceof TypeError || err?.name === 'AbortError');
}

/** WebSocket URL on this host (ws: or wss: to match the page). */
export function wsUrl(path, token) {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}${path}?token=${encodeURIComponent(token)}`;
}

/** Downscale a photo to a JPEG data URL (max side `maxSide`): phone photos are 3-8 MB, this is ~200 KB. */
export async function shrinkImage(file, maxSide = 1600, quality = 0.82) {
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise((resolve, reject) => {
      const i = new Image();
      i.onload = () => resolve(i);
      i.onerror = () => reject(new Error('cannot decode image'));
      i.src = url;
    });
    const k = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight));
    const c = document.createElement('canvas');
    c.width = Math.max(1, Math.round(img.naturalWidth * k));
    c.height = Math.max(1, Math.round(img.naturalHeight * k));
    c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
    return c.toDataURL('image/jpeg', quality);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function dataUrlToBlob(dataUrl) {
  const [head, b64] = dataUrl.split(',');
  const mime = /data:([^;]+)/.exec(head)?.[1] || 'application/octet-stream';
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** Only same-origin paths and inline images may be shown: no external URL ever reaches an <img>. */
export function safeImageSrc(src) {
  if (typeof src !== 'string') return null;
  if (/^data:image\/(jpeg|png|webp|gif);base64,/i.test(src)) return src;
  if (src.startsWith('/') && !src.startsWith('//')) return src;
  return null;
}
