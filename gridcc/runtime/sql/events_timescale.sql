-- TimescaleDB mode: hypertables, compression and retention on events and readings.
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
);
SELECT create_hypertable('events', 'occurred_at', chunk_time_interval => interval '1 day', if_not_exists => true);

CREATE TABLE IF NOT EXISTS readings (
    ts              timestamptz NOT NULL,
    component_code  text NOT NULL,
    metric          text NOT NULL,
    value           double precision NOT NULL,
    unit            text NOT NULL
);
SELECT create_hypertable('readings', 'ts', chunk_time_interval => interval '1 day', if_not_exists => true);
ALTER TABLE readings SET (timescaledb.compress, timescaledb.compress_segmentby = 'component_code');
SELECT add_compression_policy('readings', interval '2 days', if_not_exists => true);
SELECT add_retention_policy('readings', interval '90 days', if_not_exists => true);

CREATE MATERIALIZED VIEW IF NOT EXISTS events_per_grid_minute
WITH (timescaledb.continuous) AS
    SELECT time_bucket('1 minute', occurred_at) AS bucket, grid_id, domain, source, count(*) AS n
    FROM events GROUP BY 1, 2, 3, 4
WITH NO DATA;
SELECT add_continuous_aggregate_policy('events_per_grid_minute', start_offset => interval '1 day',
    end_offset => interval '1 minute', schedule_interval => interval '1 minute', if_not_exists => true);
