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
CREATE INDEX IF NOT EXISTS cases_open_by_type ON cases (matter_code, last_event_at)
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
