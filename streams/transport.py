"""A faust transport whose consumers do not sit on a 1.5 s fetch wait.

faust hard-codes ``fetch_max_wait_ms=1500`` for worker consumers, and a
Kafka-protocol broker such as Tansu answers a waiting fetch only at its
deadline, so every hop would cost ~1.5 s.  This transport is the stock
aiokafka one with that single value taken from settings; faust picks it from
the broker URL scheme ``gridcc://`` (registered in :func:`register`).
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import TRANSPORTS, by_url
from faust.transport.drivers import aiokafka as faust_aiokafka

SCHEME = "gridcc"
_fetch_max_wait_ms = 50


class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Read by AIOKafkaConsumer.start() when it builds its Fetcher.
        consumer._fetch_max_wait_ms = _fetch_max_wait_ms
        return consumer


class Consumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(faust_aiokafka.Transport):
    Consumer = Consumer


def register(fetch_max_wait_ms: int) -> None:
    """Make ``gridcc://host:port`` resolve to this transport."""
    global _fetch_max_wait_ms
    _fetch_max_wait_ms = fetch_max_wait_ms
    TRANSPORTS.aliases[SCHEME] = f"{__name__}:Transport"
    assert by_url(f"{SCHEME}://x") is Transport


def faust_broker_url(kafka_url: str) -> str:
    """``kafka://a:9092,b:9092`` -> ``gridcc://a:9092;b:9092`` (faust separates brokers with ';')."""
    rest = kafka_url.split("://", 1)[-1]
    return f"{SCHEME}://" + rest.replace(",", ";")
