-- Vision: the boxed thumbnail of every video detection, referenced by Event.photo_ref = 'snapshot:<id>'.
-- Idempotent: every statement can run again on an up-to-date database.

CREATE TABLE IF NOT EXISTS vision_snapshots (
    snapshot_id  text PRIMARY KEY,
    camera_id    text NOT NULL,
    at           timestamptz NOT NULL,
    jpeg         bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS vision_snapshots_camera_at ON vision_snapshots (camera_id, at DESC);
