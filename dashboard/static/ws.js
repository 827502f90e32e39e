// A WebSocket that keeps itself connected: exponential backoff with jitter, a watchdog for silent
// (half-open) connections, and an immediate retry when the browser says it is back online.
// The server re-sends a full `hello` on every connect, so the pages never need to replay anything.

import { wsUrl } from './common.js';

// Close codes we read as "your token is no good": retrying would only hammer the server.
const AUTH_CLOSE_CODES = new Set([1008, 4001, 4003, 4401, 4403]);

export class ReconnectingSocket {
  /**
   * @param {object} o
   * @param {string} o.path            e.g. "/ws/ops"
   * @param {() => string|null} o.token current token (read at each connect: it may have been renewed)
   * @param {(msg: object) => void} o.onMessage  parsed JSON message
   * @param {(state: string, info: object) => void} [o.onStatus]  connecting|open|waiting|offline|auth|stopped
   * @param {() => void} [o.onOpen]
   * @param {(ev: CloseEvent) => void} [o.onAuthError]
   * @param {number} [o.staleMs]  reconnect when nothing arrived for this long (0 = never); the ops
   *                              socket gets a `heat.delta` every second, so 15 s of silence means a dead link.
   */
  constructor({ path, token, onMessage, onStatus, onOpen, onAuthError, staleMs = 0, minDelayMs = 500, maxDelayMs = 15000 }) {
    Object.assign(this, { path, token, onMessage, onStatus, onOpen, onAuthError, staleMs, minDelayMs, maxDelayMs });
    this.ws = null;
    this.attempt = 0;
    this.openedAt = 0;
    this.lastMessageAt = 0;
    this.retryTimer = 0;
    this.retryAt = 0;
    this.stopped = true;
    this.state = 'stopped';
    this.outbox = []; // messages that must not be lost while disconnected (e.g. duty on/off)
    this._online = () => { if (!this.isOpen()) this.reconnectNow(); };
    this._offline = () => this._setStatus('offline');
    this._visible = () => { if (document.visibilityState === 'visible' && !this.isOpen()) this.reconnectNow(); };
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this._online);
    window.addEventListener('offline', this._offline);
    document.addEventListener('visibilitychange', this._visible);
    if (this.staleMs > 0) this.watchdog = setInterval(() => this._checkStale(), Math.min(5000, this.staleMs / 2));
    this._connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.watchdog);
    window.removeEventListener('online', this._online);
    window.removeEventListener('offline', this._offline);
    document.removeEventListener('visibilitychange', this._visible);
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close(1000, 'bye');
    this._setStatus('stopped');
  }

  isOpen() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  /** Send now if connected; `keep` queues it for the next connection instead of dropping it. */
  send(obj, { keep = false } = {}) {
    if (this.isOpen()) {
      this.ws.send(JSON.stringify(obj));
      return true;
    }
    if (keep) this.outbox.push(obj);
    return false;
  }

  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close(4000, 'reconnect');
    this._connect();
  }

  _connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const token = this.token();
    if (!token) {
      this._setStatus('auth');
      this.onAuthError?.(null);
      return;
    }
    let ws;
    try {
      ws = new WebSocket(wsUrl(this.path, token));
    } catch {
      this._scheduleRetry();
      return;
    }
    this.ws = ws;
    this._setStatus('connecting');
    ws.onopen = () => {
      if (this.ws !== ws) return;
      this.openedAt = Date.now();
      this.lastMessageAt = Date.now();
      this._setStatus('open');
      const pending = this.outbox.splice(0);
      for (const m of pending) ws.send(JSON.stringify(m));
      this.onOpen?.();
    };
    ws.onmessage = (ev) => {
      if (this.ws !== ws) return;
      this.lastMessageAt = Date.now();
      let msg;
      try { msg = JSON.parse(ev.data); } catch { return; } // a malformed frame must not kill the page
      if (msg && typeof msg === 'object') this.onMessage(msg);
    };
    ws.onerror = () => { /* a close event always follows */ };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return; // an old socket we already replaced
      this.ws = null;
      if (AUTH_CLOSE_CODES.has(ev.code)) {
        this._setStatus('auth');
        this.onAuthError?.(ev);
        return;
      }
      this._scheduleRetry();
    };
  }

  _scheduleRetry() {
    if (this.stopped) return;
    // A connection that lived a while resets the backoff; one the server drops at once keeps growing it.
    if (this.openedAt && Date.now() - this.openedAt > 10000) this.attempt = 0;
    this.openedAt = 0;
    const base = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** this.attempt);
    this.attempt += 1;
    // Jitter: after a server restart, twenty wall screens and a thousand phones must not reconnect in step.
    const delay = base / 2 + Math.random() * (base / 2);
    this.retryAt = Date.now() + delay;
    this._setStatus(navigator.onLine === false ? 'offline' : 'waiting');
    this.retryTimer = setTimeout(() => this._connect(), delay);
  }

  _checkStale() {
    if (this.isOpen() && Date.now() - this.lastMessageAt > this.staleMs) {
      const ws = this.ws;
      this.ws = null;
      ws.close(4000, 'stale');
      this._scheduleRetry();
    }
  }

  _setStatus(state) {
    this.state = state;
    this.onStatus?.(state, { attempt: this.attempt, retryAt: this.retryAt });
  }
}

/** Keep a `#ws-status` element in step with a socket: data-state drives the colour, text the words.
 *  `labels` is a {state: text} object or a function of the state (so a language switch applies). */
export function bindStatus(el, labels) {
  let timer = 0;
  return (state, info) => {
    clearInterval(timer);
    el.dataset.state = state;
    const paint = () => {
      let text = (typeof labels === 'function' ? labels(state) : labels[state]) ?? state;
      if (state === 'waiting' && info.retryAt) {
        const s = Math.max(0, Math.ceil((info.retryAt - Date.now()) / 1000));
        text = `${text} ${s}s`;
      }
      el.textContent = text;
      el.title = text;
    };
    paint();
    if (state === 'waiting') timer = setInterval(paint, 500);
  };
}
