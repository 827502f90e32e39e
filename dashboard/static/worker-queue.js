// The worker's offline action queue. Every task action (accept, reject, arrive, resolve) goes
// through here: it is written to localStorage first, then sent; a failed send (no network, server
// down) leaves it at the head of the queue, and the queue is replayed in order when the browser goes
// back online, the socket reconnects, or a retry timer fires. The actions are idempotent on the
// server, so replaying one whose answer was lost is harmless.

import { loadJSON, safeSet, uuid } from './common.js';

/** What `send` reports for one item. */
export const Outcome = Object.freeze({
  DONE: 'done', // accepted by the server: remove it
  DROP: 'drop', // refused for good (409 the task moved on, 403, 4xx): remove it, the caller told the user
  RETRY: 'retry', // network or 5xx: keep it and stop; the order of actions must be kept
  AUTH: 'auth', // token rejected: keep it until the worker signs in again
});

export class ActionQueue {
  /**
   * @param {string} key  localStorage key (per worker, so a shared phone never replays someone else's work)
   * @param {(item) => Promise<string>} send  performs one action, returns an Outcome
   */
  constructor(key, send) {
    this.key = key;
    this.send = send;
    this.items = loadJSON(localStorage, key, []);
    if (!Array.isArray(this.items)) this.items = [];
    this.listeners = new Set();
    this.flushing = null;
    this.retryTimer = 0;
    this.retryDelay = 5000;
    this.persisted = true;
  }

  get size() {
    return this.items.length;
  }

  onChange(fn) {
    this.listeners.add(fn);
  }

  _emit() {
    for (const fn of this.listeners) fn(this);
  }

  _save() {
    // A photo too big for the quota still gets sent from memory; only a reload would lose it.
    this.persisted = safeSet(localStorage, this.key, JSON.stringify(this.items));
  }

  /** Queue an action and try to send at once. */
  add(item) {
    this.items.push({ id: uuid(), queued_at: Date.now(), ...item });
    this._save();
    this._emit();
    return this.flush();
  }

  /** The actions still waiting for one task, oldest first. */
  pendingFor(taskId) {
    return this.items.filter((it) => it.task_id === taskId);
  }

  /** Forget a task's actions (the task was withdrawn: the server would only answer 409). */
  dropTask(taskId) {
    const before = this.items.length;
    this.items = this.items.filter((it) => it.task_id !== taskId);
    if (this.items.length !== before) {
      this._save();
      this._emit();
    }
  }

  /** Stop retrying (sign-out): another worker's token must never replay this worker's actions. */
  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
  }

  /** Send queued actions in order until one fails; concurrent calls share one run. */
  flush() {
    if (this.stopped) return Promise.resolve();
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    clearTimeout(this.retryTimer);
    this.flushing = (async () => {
      do {
        this.again = false;
        while (this.items.length && !this.stopped) {
          if (navigator.onLine === false) { this._retryLater(); return; }
          const item = this.items[0];
          let outcome;
          try {
            outcome = await this.send(item);
          } catch {
            outcome = Outcome.RETRY;
          }
          if (outcome === Outcome.RETRY) { this._retryLater(); return; }
          if (outcome === Outcome.AUTH) return;
          if (this.items[0] === item) this.items.shift();
          else this.items = this.items.filter((it) => it !== item);
          this.retryDelay = 5000;
          this._save();
          this._emit();
        }
      } while (this.again);
    })().finally(() => { this.flushing = null; });
    return this.flushing;
  }

  _retryLater() {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.flush(), this.retryDelay);
    this.retryDelay = Math.min(60000, this.retryDelay * 2);
  }
}
