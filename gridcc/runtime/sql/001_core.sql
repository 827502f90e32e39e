-- Core relational state: reports (with the outbox), cases, tasks, the audit chain.
-- Idempotent: every statement can run again on an up-to-date database.

CREATE TABLE IF NOT EXISTS reports (
    report_id        text PRIMARY KEY,
    idempotency_key  text NOT NULL,
    device_hash      text NOT NULL,
    client_ip        text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    lat              double precision NOT NULL,
    lon              double precision NOT NULL,
    grid_id          text NOT NULL,
    address          text,
    text             text,
    service_code     text,
    channel          text NOT NULL DEFAULT 'app',       -- app | open311
    event            jsonb NOT NULL,                    -- the Event relayed to Kafka
    published_at     timestamptz,                       -- outbox: NULL until the broker acknowledged it
    UNIQUE (device_hash, idempotency_key)
);
CREATE INDEX IF NOT EXISTS reports_unpublished ON reports (created_at) WHERE published_at IS NULL;
-- The relay checks each published report once, later, against `events` (ingest/outbox.py: verify_once).
ALTER TABLE reports ADD COLUMN IF NOT EXISTS verified_at timestamptz;
ALTER TABLE reports ADD COLUMN IF NOT EXISTS republished smallint NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS reports_unverified ON reports (published_at)
    WHERE verified_at IS NULL AND published_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS report_photos (
    report_id     text PRIMARY KEY REFERENCES reports (report_id),
    content_type  text NOT NULL,
    data          bytea NOT NULL
);

CREATE TABLE IF NOT EXISTS cases (
    case_id         text PRIMARY KEY,
    matter_code     text NOT NULL,
    domain          text NOT NULL,
    grid_id         text NOT NULL,
    lat             double precision NOT NULL,
    lon             double precision NOT NULL,
    status          text NOT NULL,
    priority        smallint NOT NULL,
    base_priority   smallint NOT NULL,
    opened_at       timestamptz NOT NULL,
    last_event_at   timestamptz NOT NULL,
    event_count     integer NOT NULL DEFAULT 1,
    reporter_count  integer NOT NULL DEFAULT 0,
    sources         text[] NOT NULL DEFAULT '{}',
    first_event_id  text NOT NULL UNIQUE,               -- a replayed first event finds its case again
    title           text,
    team_id         text,
    escalation_level smallint NOT NULL DEFAULT 0,
    handle_due_at   timestamptz,
    closed_at       timestamptz
);
-- The merge lookup: open cases of one type near a point. Latitude leads after the type because most types' merge
-- window is a day, which in a busy district holds every open case of the type; a radius is a thin band of latitude.
DROP INDEX IF EXISTS cases_open_by_type;
CREATE INDEX IF NOT EXISTS cases_open_near ON cases (matter_code, lat, lon, last_event_at)
    WHERE status NOT IN ('closed', 'evaluated', 'void');
CREATE INDEX IF NOT EXISTS cases_grid ON cases (grid_id, status);
-- The SLA tick's escalation sweep: only open cases whose handling deadline has passed, without reading the rest.
CREATE INDEX IF NOT EXISTS cases_overdue ON cases (handle_due_at)
    WHERE status IN ('dispatched', 'accepted', 'on_site', 'registered');

CREATE TABLE IF NOT EXISTS case_events (
    case_id   text NOT NULL REFERENCES cases (case_id),
    event_id  text PRIMARY KEY,
    source    text NOT NULL,
    reporter  text,
    report_id text,
    at        timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS case_events_case ON case_events (case_id);
CREATE INDEX IF NOT EXISTS case_events_report ON case_events (report_id) WHERE report_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS tasks (
    task_id       text PRIMARY KEY,
    case_id       text NOT NULL REFERENCES cases (case_id),
    team_id       text NOT NULL,
    worker_id     text,
    status        text NOT NULL,          -- offered | accepted | on_site | handled | rejected | expired | cancelled
    role          text NOT NULL DEFAULT 'handle',   -- handle | inform
    offered_at    timestamptz NOT NULL,
    accept_by     timestamptz NOT NULL,
    accepted_at   timestamptz,
    arrived_at    timestamptz,
    handled_at    timestamptz,
    due_at        timestamptz NOT NULL,
    warned_at     timestamptz,
    note          text,
    photo         bytea,
    offer_no      integer NOT NULL DEFAULT 1
);
-- One live handling task per case, whatever number of engines race for it.
CREATE UNIQUE INDEX IF NOT EXISTS tasks_one_live_per_case ON tasks (case_id)
    WHERE role = 'handle' AND status IN ('offered', 'accepted', 'on_site');
CREATE INDEX IF NOT EXISTS tasks_worker ON tasks (worker_id, status);
-- The KPI tiles' "last day" medians (dashboard/kpi.py).
CREATE INDEX IF NOT EXISTS tasks_accepted ON tasks (accepted_at) WHERE accepted_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS cases_closed ON cases (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS cases_escalated ON cases (escalation_level) WHERE escalation_level > 0;
-- A case's offers so far (dispatch reads them before each offer), without reading every task ever offered.
CREATE INDEX IF NOT EXISTS tasks_case ON tasks (case_id);
CREATE INDEX IF NOT EXISTS tasks_live_deadline ON tasks (accept_by) WHERE status = 'offered';
-- The SLA tick's warning sweep reads the tasks being worked and not yet warned, not every task ever offered.
CREATE INDEX IF NOT EXISTS tasks_unwarned ON tasks (due_at)
    WHERE role = 'handle' AND status IN ('accepted', 'on_site') AND warned_at IS NULL;

-- Append-only, hash-chained record of every case transition (tamper-evident).
CREATE TABLE IF NOT EXISTS case_transitions (
    seq          bigserial PRIMARY KEY,
    case_id      text NOT NULL,
    at           timestamptz NOT NULL,
    from_status  text,
    to_status    text NOT NULL,
    actor        text NOT NULL,
    reason       text,
    prev_hash    text NOT NULL,
    hash         text NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS case_transitions_case ON case_transitions (case_id, seq);

-- Transitions as their transactions commit them, not yet sealed into the chain above (gridcc/runtime/audit_store.py):
-- writers take no lock; the dispatch service's sealer moves them into the chain a batch at a time.
CREATE TABLE IF NOT EXISTS case_transitions_pending (
    id           bigserial PRIMARY KEY,
    case_id      text NOT NULL,
    at           timestamptz NOT NULL,
    from_status  text,
    to_status    text NOT NULL,
    actor        text NOT NULL,
    reason       text
);
CREATE INDEX IF NOT EXISTS case_transitions_pending_case ON case_transitions_pending (case_id);

-- A case's history whether sealed yet or not; ORDER BY sealed DESC, pos gives its order.
CREATE OR REPLACE VIEW case_history AS
    SELECT true AS sealed, seq AS pos, case_id, at, from_status, to_status, actor, reason FROM case_transitions
    UNION ALL
    SELECT false, id, case_id, at, from_status, to_status, actor, reason FROM case_transitions_pending;

CREATE TABLE IF NOT EXISTS intake (
    event_id     text PRIMARY KEY,
    received_at  timestamptz NOT NULL,
    event        jsonb NOT NULL,
    candidates   jsonb NOT NULL,
    resolved_at  timestamptz,
    resolved_by  text,
    matter_code  text
);

CREATE TABLE IF NOT EXISTS dead_letters (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    stage        text NOT NULL,
    reason       text NOT NULL,
    payload      text NOT NULL
);

-- Events that reach Kafka without a report row (IoT alarms from the MQTT bridge, camera detections from
-- vision): recorded before they are published, checked later against `events` by the ingest relay like the
-- reports above, and deleted once stored unless they had to be published again (kept, with `stored_at`, as the
-- record of what the second look recovered) (gridcc/runtime/sent_events.py).
CREATE TABLE IF NOT EXISTS sent_events (
    event_id     text PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    grid_id      text NOT NULL DEFAULT '',
    event        jsonb NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT now(),
    republished  smallint NOT NULL DEFAULT 0,
    given_up_at  timestamptz,
    stored_at    timestamptz
);
ALTER TABLE sent_events ADD COLUMN IF NOT EXISTS stored_at timestamptz;
DROP INDEX IF EXISTS sent_events_due;
CREATE INDEX IF NOT EXISTS sent_events_open ON sent_events (sent_at) WHERE given_up_at IS NULL AND stored_at IS NULL;

-- A case with no live task waits to be offered again by the SLA tick (dispatch/sla.py: _retry_waiting): set when
-- nobody eligible was on duty, cleared by an offer. Registered cases wait implicitly (a lost case notice).
-- The predicate is CASES_WAITING in gridcc/runtime/db.py, which every query of waiting cases uses.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS waiting_since timestamptz;
CREATE INDEX IF NOT EXISTS cases_waiting ON cases ((coalesce(waiting_since, opened_at)))
    WHERE status = 'registered' OR (status = 'dispatched' AND waiting_since IS NOT NULL);
