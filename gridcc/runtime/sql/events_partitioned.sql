-- Fallback when TimescaleDB is absent: native range partitions by day, BRIN on time.
CREATE TABLE IF NOT EXISTS events (
    event_id        text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    source          text NOT NULL,
    kind            text NOT NULL,
    matter_code     text,
    domain          text,
    grid_id         text NOT NULL,
    lat             double precision NOT NULL,
    lon             double precision NOT NULL,
    score           real,
    component_code  text,
    camera_id       text,
    text            text,
    PRIMARY KEY (event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE IF NOT EXISTS events_default PARTITION OF events DEFAULT;
CREATE INDEX IF NOT EXISTS events_time_brin ON events USING brin (occurred_at) WITH (autosummarize = on);

CREATE TABLE IF NOT EXISTS readings (
    ts              timestamptz NOT NULL,
    component_code  text NOT NULL,
    metric          text NOT NULL,
    value           double precision NOT NULL,
    unit            text NOT NULL
) PARTITION BY RANGE (ts);
CREATE TABLE IF NOT EXISTS readings_default PARTITION OF readings DEFAULT;
CREATE INDEX IF NOT EXISTS readings_time_brin ON readings USING brin (ts) WITH (autosummarize = on);
