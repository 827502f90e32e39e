"""The faust app, and nothing else: topics, tables and agents live beside it."""

from __future__ import annotations

import faust

from gridcc.settings import get_settings
from streams import transport

settings = get_settings()
(settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)
transport.register(settings.streams.fetch_max_wait_ms)

app = faust.App(
    f"{settings.topic_prefix}-streams",
    broker=transport.faust_broker_url(settings.kafka_url or "kafka://127.0.0.1:9092"),
    value_serializer="raw",
    key_serializer="raw",
    topic_partitions=settings.streams.partitions,
    topic_allow_declare=True,
    broker_session_timeout=settings.streams.session_timeout_s,
    broker_heartbeat_interval=min(3.0, settings.streams.session_timeout_s / 3),
    broker_request_timeout=max(40.0, settings.streams.session_timeout_s * 4),
    datadir=str(settings.data_dir / "faust"),
    web_enabled=False,
    producer_linger_ms=1,
    consumer_auto_offset_reset="earliest",
    autodiscover=["streams.agents"],
    origin="streams",
)
