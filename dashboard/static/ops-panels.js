// The ops wall's list panels: live case ticker, human intake queue, escalations, camera alerts and
// the grid side panel. Each keeps its data in a Map and re-renders at most a few times a second
// (frameScheduler), reusing DOM rows by key so a burst of messages never rebuilds the page.
//
// `ctx` (built in ops.js) gives them: t, nameOf, getLang, token(), gridLabel(id), openGrid(id),
// heat (the HeatMap), domainName(code).

import { ApiError, api, fmtClock, fmtCountdown, fmtNumber, frameScheduler, h, parseTime, safeImageSrc, toast } from './common.js';

const TICKER_MAX = 50;
const INTAKE_MAX = 200;
const ESCALATION_MAX = 100;
const CAMERA_MAX = 12;
const TERMINAL = new Set(['closed', 'evaluated', 'void', 'verified']);

export function caseTime(c) {
  return parseTime(c.updated_at ?? c.opened_at ?? c.created_at ?? c.registered_at ?? c.at);
}

function caseTitle(c, ctx) {
  const lang = ctx.getLang();
  return (lang === 'en' ? c.matter_name_en ?? c.title_en : c.matter_name_zh) ?? c.title ?? c.matter_name ?? c.matter_code ?? c.case_id;
}

function prioEl(p) {
  if (p === undefined || p === null) return null;
  return h('span', { class: 'prio', 'data-p': String(p) }, typeof p === 'number' ? `P${p}` : String(p));
}

function statusChip(status, ctx) {
  return h('span', { class: 'chip', 'data-status': status ?? '' }, ctx.t(`status.${status}`, status ?? ''));
}

/** Removes everything but the newest `max` keys of a Map used in insertion order. */
function trim(map, max) {
  while (map.size > max) map.delete(map.keys().next().value);
}

// -- live case ticker ------------------------------------------------------------------------------

export class Ticker {
  constructor(el, countEl, ctx) {
    Object.assign(this, { el, countEl, ctx });
    this.cases = new Map(); // case_id -> case, oldest first (Map keeps insertion order)
    this.rows = new Map(); // case_id -> <li>
    this.changed = new Set();
    this.schedule = frameScheduler(() => this.render(), 250); // a ticker that moves 4x a second stays readable
  }

  reset(list = []) {
    const sorted = [...list].filter((c) => c?.case_id);
    if (sorted.every((c) => caseTime(c))) sorted.sort((a, b) => caseTime(a) - caseTime(b));
    else sorted.reverse(); // no timestamps: assume the server listed newest first
    this.cases.clear();
    for (const c of sorted.slice(-TICKER_MAX)) this.cases.set(String(c.case_id), c);
    this.rows.clear();
    this.changed.clear();
    this.schedule();
  }

  push(c) {
    if (!c?.case_id) return;
    const id = String(c.case_id);
    const prev = this.cases.get(id);
    this.cases.delete(id); // re-insert: an updated case moves to the top
    this.cases.set(id, prev ? { ...prev, ...c } : c);
    trim(this.cases, TICKER_MAX);
    this.changed.add(id);
    this.schedule();
  }

  relabel() {
    this.rows.clear();
    this.schedule();
  }

  render() {
    const ordered = [...this.cases.entries()].reverse();
    const els = ordered.map(([id, c]) => {
      let li = this.rows.get(id);
      if (!li || this.changed.has(id)) {
        const fresh = this.changed.has(id);
        li = this._row(c);
        if (fresh) li.classList.add('fresh');
        this.rows.set(id, li);
      }
      return li;
    });
    for (const id of this.rows.keys()) if (!this.cases.has(id)) this.rows.delete(id);
    this.changed.clear();
    if (els.length) this.el.replaceChildren(...els);
    else this.el.replaceChildren(h('li', { class: 'empty' }, this.ctx.t('ticker.empty')));
    this.countEl.textContent = String(this.cases.size);
  }

  _row(c) {
    const { ctx } = this;
    const when = caseTime(c) ?? new Date();
    const due = parseTime(c.due_at ?? c.handle_due_at);
    const overdue = c.overdue === true || (due && due < Date.now() && !TERMINAL.has(c.status));
    const sources = c.sources ?? (c.source ? [c.source] : []);
    const meta = [c.case_id, c.grid_id ? ctx.gridLabel(c.grid_id) : null, ...sources.map((s) => ctx.t(`src.${s}`, s)),
      c.event_count > 1 ? `×${c.event_count}` : null, c.escalation_level > 0 ? ctx.t('esc.level').replace('{n}', c.escalation_level) : null]
      .filter(Boolean).join(' · ');
    return h('li', { 'data-case-id': c.case_id, 'data-status': c.status ?? '', 'data-grid-id': c.grid_id ?? '',
      onclick: () => c.grid_id && ctx.openGrid(c.grid_id) },
    h('time', { class: 't-time num' }, fmtClock(when, false)),
    statusChip(c.status, ctx),
    h('span', { class: 't-title' }, caseTitle(c, ctx)),
    prioEl(c.priority) ?? h('span'),
    h('span', { class: 't-meta' }, meta, overdue ? h('span', { class: 't-overdue' }, ` · ${ctx.t('case.overdue')}`) : null));
  }
}

// -- human intake queue ----------------------------------------------------------------------------

export class IntakeQueue {
  constructor(el, countEl, ctx) {
    Object.assign(this, { el, countEl, ctx });
    this.items = new Map(); // event_id -> intake, oldest first: operators work the queue top-down
    this.cards = new Map();
    this.schedule = frameScheduler(() => this.render(), 200);
  }

  reset(list = []) {
    this.items.clear();
    this.cards.clear();
    for (const it of list) if (it?.event_id) this.items.set(String(it.event_id), it);
    trim(this.items, INTAKE_MAX);
    this.schedule();
  }

  add(it) {
    if (!it?.event_id) return;
    const id = String(it.event_id);
    // Another operator (or the classifier on retry) may have settled it: the server says so here.
    if (it.resolved || it.removed || it.classified || it.status === 'classified') {
      this.remove(id);
      return;
    }
    if (this.items.has(id)) this.cards.delete(id);
    this.items.set(id, it);
    trim(this.items, INTAKE_MAX);
    this.schedule();
  }

  remove(id) {
    this.items.delete(String(id));
    this.schedule();
  }

  relabel() {
    this.cards.clear();
    this.schedule();
  }

  render() {
    // Keep existing cards (an operator may be typing into one), add new ones, drop settled ones.
    for (const id of [...this.cards.keys()]) {
      if (!this.items.has(id)) { this.cards.get(id).remove(); this.cards.delete(id); }
    }
    const els = [...this.items.entries()].map(([id, it]) => {
      if (!this.cards.has(id)) this.cards.set(id, this._card(it));
      return this.cards.get(id);
    });
    if (els.length) this.el.replaceChildren(...els);
    else this.el.replaceChildren(h('div', { class: 'empty' }, this.ctx.t('intake.empty')));
    this.countEl.textContent = String(this.items.size);
  }

  _card(it) {
    const { ctx } = this;
    const err = h('div', { class: 'card-error', role: 'alert', hidden: true });
    const card = h('article', { class: 'card intake-item', 'data-event-id': it.event_id });
    const classify = async (code, buttons) => {
      if (!code) return;
      buttons.forEach((b) => { b.disabled = true; });
      err.hidden = true;
      try {
        await api(`/intake/${encodeURIComponent(it.event_id)}/classify`, { method: 'POST', json: { matter_code: code }, token: ctx.token() });
        toast(`${ctx.t('intake.done')}: ${code}`, 'ok', 2500);
        this.remove(it.event_id);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 409)) {
          toast(e.message, 'info');
          this.remove(it.event_id); // already settled elsewhere
          return;
        }
        err.textContent = e instanceof ApiError ? e.message : ctx.t('login.network');
        err.hidden = false;
        buttons.forEach((b) => { b.disabled = false; });
      }
    };
    const cands = (it.candidates ?? []).map((c) => {
      const code = typeof c === 'string' ? c : c.code;
      const label = (typeof c === 'object' && ctx.nameOf(c, '')) || code;
      const score = typeof c === 'object' && Number.isFinite(c.score) ? ` ${Math.round(c.score * 100)}%` : '';
      return h('button', { class: 'btn cand intake-candidate', type: 'button', 'data-code': code, title: code },
        label, score ? h('span', { class: 'score num' }, score) : null);
    });
    const input = h('input', { type: 'text', class: 'intake-code', placeholder: ctx.t('intake.other'), 'aria-label': ctx.t('intake.other') });
    const apply = h('button', { class: 'btn btn-sm', type: 'button' }, ctx.t('intake.apply'));
    const all = [...cands, apply];
    cands.forEach((b) => b.addEventListener('click', () => classify(b.dataset.code, all)));
    apply.addEventListener('click', () => classify(input.value.trim().toUpperCase(), all));
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') apply.click(); });
    const when = parseTime(it.at ?? it.received_at ?? it.occurred_at);
    const meta = [when ? fmtClock(when, false) : null, it.grid_id ? ctx.gridLabel(it.grid_id) : null, it.source ? ctx.t(`src.${it.source}`, it.source) : null]
      .filter(Boolean).join(' · ');
    card.append(
      h('p', { class: 'card-text' }, it.text || '—'),
      h('div', { class: 'card-meta' }, meta),
      h('div', { class: 'cand-row' }, cands),
      h('div', { class: 'other-code' }, input, apply),
      err,
    );
    return card;
  }
}

// -- escalations -----------------------------------------------------------------------------------

export class Escalations {
  constructor(el, countEl, ctx) {
    Object.assign(this, { el, countEl, ctx });
    this.items = new Map(); // case_id -> escalation
    this.schedule = frameScheduler(() => this.render(), 250);
  }

  reset(list = []) {
    this.items.clear();
    for (const e of list) if (e?.case_id) this.items.set(String(e.case_id), e);
    this.schedule();
  }

  add(e) {
    if (!e?.case_id) return;
    const id = String(e.case_id);
    this.items.delete(id);
    if (e.resolved || e.cleared || e.removed) { this.schedule(); return; }
    this.items.set(id, e);
    trim(this.items, ESCALATION_MAX);
    this.schedule();
  }

  /** A case that reached a terminal state no longer waits for anyone. */
  onCase(c) {
    if (c?.case_id && TERMINAL.has(c.status) && this.items.delete(String(c.case_id))) this.schedule();
  }

  render() {
    const { ctx } = this;
    const els = [...this.items.values()].reverse().map((e) => {
      const when = parseTime(e.at ?? e.escalated_at);
      return h('article', { class: 'card esc', 'data-case-id': e.case_id, onclick: () => e.grid_id && ctx.openGrid(e.grid_id) },
        h('div', { class: 'esc-top' },
          h('b', null, e.title ?? e.matter_name ?? e.case_id),
          h('span', { class: 'esc-level' }, ctx.t('esc.level').replace('{n}', e.level ?? e.escalation_level ?? '?'))),
        h('div', { class: 'card-meta' }, [e.case_id, e.team_id, e.level_kind, e.grid_id ? ctx.gridLabel(e.grid_id) : null, when ? fmtClock(when, false) : null]
          .filter(Boolean).join(' · ')),
        e.reason ? h('div', { class: 'card-text' }, e.reason) : null);
    });
    if (els.length) this.el.replaceChildren(...els);
    else this.el.replaceChildren(h('div', { class: 'empty' }, ctx.t('esc.empty')));
    this.countEl.textContent = String(this.items.size);
  }
}

// -- camera alerts ---------------------------------------------------------------------------------

export class CameraAlerts {
  constructor(el, countEl, ctx) {
    Object.assign(this, { el, countEl, ctx });
    this.items = [];
    this.total = 0;
    this.fresh = 0;
    this.schedule = frameScheduler(() => this.render(), 250);
  }

  add(a) {
    if (!a) return;
    this.items.unshift({ ...a, _at: parseTime(a.at) ?? new Date() });
    this.items.length = Math.min(this.items.length, CAMERA_MAX);
    this.total += 1;
    this.fresh += 1;
    this.schedule();
  }

  render() {
    const { ctx } = this;
    const els = this.items.map((a, i) => {
      const src = safeImageSrc(a.thumbnail);
      const fig = h('figure', { class: `cam${i < this.fresh ? ' fresh' : ''}`, 'data-camera-id': a.camera_id ?? '',
        onclick: () => a.grid_id && ctx.openGrid(a.grid_id) },
      src ? h('img', { src, alt: a.matter_code ?? 'camera', loading: 'lazy', decoding: 'async' }) : h('div', { class: 'cam-noimg' }, a.camera_id ?? '—'),
      h('figcaption', null,
        h('div', { class: 'cam-matter' }, a.matter_name ?? a.matter_code ?? ''),
        h('div', null, `${a.camera_id ?? ''} · ${fmtClock(a._at, true)}`)));
      fig.style.margin = '0';
      return fig;
    });
    this.fresh = 0;
    if (els.length) this.el.replaceChildren(...els);
    else this.el.replaceChildren(h('div', { class: 'empty' }, ctx.t('cam.empty')));
    this.countEl.textContent = fmtNumber(this.total);
  }
}

// -- grid side panel -------------------------------------------------------------------------------

export class GridPanel {
  constructor(el, ctx) {
    Object.assign(this, { el, ctx });
    this.feature = null;
    this.data = null;
    this.error = null;
    this.seq = 0;
    this.scheduleCounts = frameScheduler(() => this._renderCounts(), 1000);
  }

  async open(feature) {
    if (!feature) { this.close(); return; }
    this.feature = feature;
    this.data = null;
    this.error = null;
    this.el.hidden = false;
    this.render();
    const seq = ++this.seq; // a slow answer for a grid clicked earlier must not overwrite this one
    const id = feature.props.grid_id ?? feature.id;
    try {
      const data = await api(`/grids/${encodeURIComponent(id)}`, { token: this.ctx.token() });
      if (seq !== this.seq) return;
      this.data = data ?? {};
    } catch (e) {
      if (seq !== this.seq) return;
      this.error = e instanceof ApiError ? e.message : this.ctx.t('login.network');
    }
    this.render();
  }

  close() {
    this.seq += 1;
    this.feature = null;
    this.el.hidden = true;
    this.el.replaceChildren();
    this.ctx.heat.selectById(null);
  }

  refresh() {
    if (this.feature) this.open(this.feature);
  }

  /** Heat data changed: only the counts section moves (at most once a second). */
  onHeat() {
    if (this.feature) this.scheduleCounts();
  }

  render() {
    const { ctx, feature: f } = this;
    if (!f) return;
    const p = f.props;
    const d = this.data ?? {};
    const title = ctx.gridLabel(p.grid_id ?? f.id);
    const sub = [d.subdistrict ?? d.subdistrict_name ?? p.subdistrict_name, d.community ?? d.community_name ?? p.community_name, p.grid_id ?? f.id].filter(Boolean).join(' · ');
    const close = h('button', { id: 'grid-panel-close', class: 'btn btn-ghost btn-sm', type: 'button', 'aria-label': ctx.t('panel.close'),
      onclick: () => this.close() }, '✕');
    this.countsEl = h('ul', { class: 'gp-counts' });
    const body = h('div', { class: 'gp-body' },
      h('h3', null, ctx.t('panel.counts')), this.countsEl);
    if (this.error) body.append(h('p', { class: 'form-error', role: 'alert' }, this.error));
    else if (!this.data) body.append(h('p', { class: 'empty' }, ctx.t('panel.loading')));
    else body.append(...this._team(d), ...this._cases(d));
    this.el.dataset.gridId = p.grid_id ?? f.id ?? '';
    this.el.replaceChildren(
      h('header', { class: 'gp-head' }, h('div', null, h('h2', null, title), h('div', { class: 'gp-sub' }, sub)), close),
      body);
    this._renderCounts();
  }

  _renderCounts() {
    const { ctx, feature } = this;
    if (!feature || !this.countsEl) return;
    const { byDomain, bySource } = ctx.heat.breakdown(feature);
    const rows = Object.entries(byDomain).sort((a, b) => b[1] - a[1])
      .map(([code, n]) => h('li', null, h('span', null, ctx.domainName(code)), h('b', { class: 'num' }, fmtNumber(n))));
    const src = Object.entries(bySource).map(([s, n]) => `${ctx.t(`src.${s}`, s)} ${fmtNumber(n)}`).join(' · ');
    if (src) rows.push(h('li', { class: 'gp-sub' }, h('span', null, src)));
    this.countsEl.replaceChildren(...(rows.length ? rows : [h('li', { class: 'gp-sub' }, h('span', null, '0'))]));
  }

  _team(d) {
    const { ctx } = this;
    const team = d.team ?? {};
    const workers = team.workers ?? d.workers ?? [];
    const teamName = ctx.nameOf(team, '') || team.team_id || d.team_id || '—';
    const list = workers.map((w) => {
      const onDuty = w.on_duty ?? (w.status ? w.status === 'on_duty' || w.status === 'online' : null);
      return h('li', { 'data-worker-id': w.worker_id ?? '' },
        h('span', null, `${w.name ?? w.worker_id ?? ''}`, w.phone ? h('span', { class: 'gp-sub' }, ` ${w.phone}`) : null),
        onDuty === null ? h('span', { class: 'gp-sub' }, w.status ?? '')
          : h('span', { class: onDuty ? 'duty-on' : 'duty-off' }, ctx.t(onDuty ? 'panel.onDuty' : 'panel.offDuty')));
    });
    return [
      h('h3', null, ctx.t('panel.team')),
      h('div', null, teamName),
      h('h3', null, `${ctx.t('panel.workers')} (${workers.length})`),
      list.length ? h('ul', { class: 'gp-workers' }, list) : h('p', { class: 'gp-sub' }, ctx.t('panel.noWorkers')),
    ];
  }

  _cases(d) {
    const { ctx } = this;
    const cases = d.open_cases ?? d.cases ?? [];
    const items = cases.map((c) => {
      const due = parseTime(c.due_at ?? c.handle_due_at);
      const cd = due ? fmtCountdown(due) : null;
      // A handled case waits for a check: pass closes it, send back dispatches it again.
      let verify = null;
      if (c.status === 'handled') {
        const send = async (fixed, btns) => {
          btns.forEach((b) => { b.disabled = true; });
          try {
            await api(`/cases/${encodeURIComponent(c.case_id)}/verify`, { method: 'POST', json: { fixed, reason: fixed ? null : ctx.t('panel.sentBack') }, token: ctx.token() });
            toast(`${ctx.t(fixed ? 'panel.verified' : 'panel.sentBack')}: ${c.case_id}`, 'ok');
            this.refresh();
          } catch (e) {
            toast(e instanceof ApiError ? e.message : ctx.t('login.network'), 'error');
            btns.forEach((b) => { b.disabled = false; });
          }
        };
        const ok = h('button', { class: 'btn btn-ok btn-sm btn-verify', type: 'button', 'data-case-id': c.case_id }, ctx.t('panel.verify'));
        const back = h('button', { class: 'btn btn-danger btn-sm btn-send-back', type: 'button', 'data-case-id': c.case_id }, ctx.t('panel.sendBack'));
        ok.addEventListener('click', () => send(true, [ok, back]));
        back.addEventListener('click', () => send(false, [ok, back]));
        verify = h('span', { class: 'gp-verify' }, ok, ' ', back);
      }
      return h('li', { 'data-case-id': c.case_id },
        h('div', { class: 'gp-case-top' }, prioEl(c.priority), h('span', { class: 'gp-case-title' }, caseTitle(c, ctx)), statusChip(c.status, ctx)),
        h('div', { class: 'gp-case-meta' },
          h('span', null, c.case_id, cd ? h('span', { class: cd.overdue ? 't-overdue' : '' }, ` · ${ctx.t('case.due')} ${cd.text}`) : null),
          verify));
    });
    return [
      h('h3', null, `${ctx.t('panel.openCases')} (${cases.length})`),
      items.length ? h('ul', { class: 'gp-cases' }, items) : h('p', { class: 'gp-sub' }, ctx.t('panel.noCases')),
    ];
  }
}
