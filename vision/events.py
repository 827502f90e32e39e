"""From an alert to what leaves the vision worker: the Event, its boxed thumbnail and the wall-screen push.

The thumbnail is the evidence an operator looks at, so it shows the frame the
rule fired on with the boxes that made it fire.  It is stored once in
``vision_snapshots`` (``Event.photo_ref = "snapshot:<id>"``) and pushed inline
to the ops screen; the Event itself stays small for Kafka.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import cv2
import numpy as np

from gridcc.domain.event import Event, EventKind, Source
from vision.detector import Detection, Frame
from vision.registry import CameraFeed, Watch
from vision.rules import Alert

THUMB_WIDTH = 320
DESCRIPTION = {
    Watch.PERSON_DOWN: "视频识别：有人倒地",
    Watch.GATHERING: "视频识别：人员聚集",
    Watch.SMOKE: "视频识别：发现烟雾或明火",
    Watch.PARKING: "视频识别：禁停区域车辆滞留",
    Watch.PILE: "视频识别：占道堆物",
}
COLOURS = {"fall": (0, 0, 255), "person": (0, 200, 255), "vehicle": (255, 128, 0), "smoke": (160, 160, 160)}


@dataclass(frozen=True)
class Outgoing:
    """One incident, ready for the sinks."""

    event: Event
    snapshot_id: str
    jpeg: bytes

    def bus_data(self) -> dict[str, Any]:
        """The ops wall screen's ``camera`` message."""
        return {
            "camera_id": self.event.camera_id,
            "matter_code": self.event.matter_code,
            "thumbnail": "data:image/jpeg;base64," + base64.b64encode(self.jpeg).decode(),
            "at": self.event.occurred_at.isoformat(),
        }


def snapshot_id(camera_id: str, at: float, watch: Watch) -> str:
    """Deterministic, so a replayed alert overwrites rather than duplicates (sinks dedupe by id)."""
    return f"{camera_id}-{int(at * 1000)}-{watch.value}"


def thumbnail(frame: Frame, boxes: tuple[Detection, ...], others: list[Detection], quality: int = 80) -> bytes:
    """The frame at 320 px wide with the firing boxes drawn thick and the other detections thin."""
    h, w = frame.shape[:2]
    scale = THUMB_WIDTH / w
    img = cv2.resize(frame, (THUMB_WIDTH, max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    th, tw = img.shape[:2]
    for dets, width in ((others, 1), (list(boxes), 2)):
        for d in dets:
            colour = COLOURS.get(d.kind, (0, 255, 0))
            p0, p1 = (round(d.x0 * tw), round(d.y0 * th)), (round(d.x1 * tw), round(d.y1 * th))
            cv2.rectangle(img, p0, p1, colour, width)
            if width > 1:
                cv2.putText(
                    img,
                    f"{d.label} {d.conf:.2f}",
                    (p0[0], max(10, p0[1] - 3)),
                    cv2.FONT_HERSHEY_SIMPLEX,
                    0.35,
                    colour,
                    1,
                    cv2.LINE_AA,
                )
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("thumbnail encoding failed")
    return np.asarray(buf).tobytes()


def build(
    feed: CameraFeed, alert: Alert, matter_code: str, frame: Frame, all_dets: list[Detection], model: str
) -> Outgoing:
    sid = snapshot_id(feed.camera_id, alert.at, alert.watch)
    jpeg = thumbnail(frame, alert.detections, [d for d in all_dets if d not in alert.detections])
    event = Event(
        event_id=f"vid-{sid}",
        source=Source.VIDEO,
        kind=EventKind.ALARM,
        occurred_at=datetime.fromtimestamp(alert.at, UTC),
        lat=feed.lat,
        lon=feed.lon,
        grid_id=feed.grid_id,
        text=DESCRIPTION[alert.watch],
        matter_code=matter_code,
        camera_id=feed.camera_id,
        photo_ref=f"snapshot:{sid}",
        attrs={
            "rule": alert.watch.value,
            "zone_id": alert.zone_id,
            "zone": next((z.name for z in feed.zones if z.zone_id == alert.zone_id), alert.zone_id),
            "score": round(alert.score, 3),
            "since": datetime.fromtimestamp(alert.started_at, UTC).isoformat(),
            "objects": len(alert.detections),
            "boxes": [
                [d.label, d.conf, round(d.x0, 4), round(d.y0, 4), round(d.x1, 4), round(d.y1, 4)]
                for d in alert.detections
            ],
            "model": model,
        },
    )
    return Outgoing(event, sid, jpeg)
