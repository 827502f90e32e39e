"""YOLO detection on batches of frames: onnxruntime on CPUs, Ultralytics (torch) on GPUs.

Both backends take BGR frames of any size and return boxes in normalised
frame coordinates, so rules and zones never care about the input size or
the backend.  The ONNX path is ours rather than Ultralytics' ``predict``
because on a 2-core box its per-frame Python overhead matters: one
letterboxed batch, one ``run``, numpy decoding and OpenCV NMS.

Labels are mapped to the few kinds the rules understand (``kind_of``); a
city's own detector only has to name its classes in a recognisable way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
from numpy.typing import NDArray

log = logging.getLogger(__name__)

Frame = NDArray[Any]  # a BGR uint8 image as OpenCV returns it (its stubs type every Mat loosely)
KIND_BY_LABEL = {
    "normal": "person",
    "person": "person",
    "pedestrian": "person",
    "standing": "person",
    "fall": "fall",
    "fallen": "fall",
    "lying": "fall",
    "person_down": "fall",
    "car": "vehicle",
    "truck": "vehicle",
    "bus": "vehicle",
    "van": "vehicle",
    "vehicle": "vehicle",
    "motorcycle": "vehicle",
    "smoke": "smoke",
    "fire": "fire",
    "flame": "fire",
    "pile": "pile",
    "garbage": "pile",
    "debris": "pile",
    "trash": "pile",
}


def kind_of(label: str) -> str:
    return KIND_BY_LABEL.get(label.strip().lower().replace(" ", "_"), "other")


@dataclass(frozen=True, slots=True)
class Detection:
    label: str
    kind: str
    conf: float
    x0: float  # normalised to the frame: 0..1
    y0: float
    x1: float
    y1: float

    @property
    def foot(self) -> tuple[float, float]:
        """Bottom-centre: where a person or a vehicle stands, which decides its zone."""
        return (self.x0 + self.x1) / 2, self.y1

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


class Detector(Protocol):
    names: dict[int, str]
    source: Path
    device: str

    def detect(self, frames: Sequence[Frame]) -> list[list[Detection]]: ...


def letterbox(frame: Frame, size: int, stride: int = 32) -> tuple[Frame, float, int, int]:
    """Resize the long side to ``size``, pad to a multiple of ``stride`` (rectangular: 640x360 -> 320x192)."""
    h, w = frame.shape[:2]
    r = size / max(h, w)
    nw, nh = max(1, round(w * r)), max(1, round(h * r))
    pw, ph = (-nw) % stride, (-nh) % stride
    img = cv2.resize(frame, (nw, nh), interpolation=cv2.INTER_AREA) if (nw, nh) != (w, h) else frame
    left, top = pw // 2, ph // 2
    img = cv2.copyMakeBorder(img, top, ph - top, left, pw - left, cv2.BORDER_CONSTANT, value=(114, 114, 114))
    return img, r, left, top


class OnnxDetector:
    """A YOLOv8-style ONNX export (output ``[B, 4 + classes, anchors]``) on onnxruntime."""

    def __init__(self, path: Path, imgsz: int, threads: int, conf: float = 0.25, iou: float = 0.5) -> None:
        import ast

        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")  # idle threads must not burn a core
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.names = {int(k): str(v) for k, v in ast.literal_eval(meta.get("names", "{0: 'object'}")).items()}
        self.input = self.session.get_inputs()[0]
        fixed = [d for d in self.input.shape[2:] if isinstance(d, int)]
        self.imgsz = max(fixed) if len(fixed) == 2 else imgsz  # a fixed-shape export dictates its size
        self.fixed = len(fixed) == 2
        self.batch_fixed = isinstance(self.input.shape[0], int)
        self.source, self.device, self.conf, self.iou = path, "cpu", conf, iou

    def _prepare(self, frames: Sequence[Frame]) -> tuple[NDArray[np.float32], list[tuple[float, int, int]]]:
        boxes, geo = [], []
        for f in frames:
            if self.fixed:
                img, r, left, top = letterbox(f, self.imgsz, stride=self.imgsz)
            else:
                img, r, left, top = letterbox(f, self.imgsz)
            boxes.append(img)
            geo.append((r, left, top))
        h = max(b.shape[0] for b in boxes)
        w = max(b.shape[1] for b in boxes)
        batch = np.full((len(boxes), h, w, 3), 114, np.uint8)
        for k, b in enumerate(boxes):
            batch[k, : b.shape[0], : b.shape[1]] = b
        x = batch[..., ::-1].transpose(0, 3, 1, 2).astype(np.float32) * (1.0 / 255.0)
        return np.ascontiguousarray(x), geo

    def detect(self, frames: Sequence[Frame]) -> list[list[Detection]]:
        if not frames:
            return []
        x, geo = self._prepare(frames)
        if self.batch_fixed:
            outs = [self.session.run(None, {self.input.name: x[k : k + 1]})[0][0] for k in range(len(frames))]
        else:
            outs = list(self.session.run(None, {self.input.name: x})[0])
        return [self._decode(o, g, f.shape[1], f.shape[0]) for o, g, f in zip(outs, geo, frames, strict=True)]

    def _decode(self, out: NDArray[np.float32], geo: tuple[float, int, int], fw: int, fh: int) -> list[Detection]:
        scores = out[4:]
        cls = scores.argmax(0)
        conf = scores[cls, np.arange(scores.shape[1])]
        keep = conf >= self.conf
        if not keep.any():
            return []
        cx, cy, bw, bh = out[:4, keep]
        cls, conf = cls[keep], conf[keep]
        r, left, top = geo
        x0, y0 = (cx - bw / 2 - left) / r, (cy - bh / 2 - top) / r
        rects = np.stack([x0, y0, bw / r, bh / r], 1)
        idx = cv2.dnn.NMSBoxes(rects.tolist(), conf.tolist(), self.conf, self.iou)  # class-agnostic
        dets = []
        for i in np.asarray(idx).reshape(-1):
            bx, by, ww, hh = rects[i]
            label = self.names.get(int(cls[i]), str(int(cls[i])))
            dets.append(
                Detection(
                    label,
                    kind_of(label),
                    round(float(conf[i]), 3),
                    float(np.clip(bx / fw, 0, 1)),
                    float(np.clip(by / fh, 0, 1)),
                    float(np.clip((bx + ww) / fw, 0, 1)),
                    float(np.clip((by + hh) / fh, 0, 1)),
                )
            )
        return dets


class UltralyticsDetector:
    """Any Ultralytics-loadable weights on any torch device (``cuda:0``, ``cpu``); half precision on CUDA."""

    def __init__(
        self, path: Path, imgsz: int, device: str, threads: int = 1, conf: float = 0.25, iou: float = 0.5
    ) -> None:
        import torch
        from ultralytics import YOLO

        torch.set_num_threads(threads)  # explicit: torch's default takes every core from polling

        self.model = YOLO(str(path), task="detect")
        self.names = {int(k): str(v) for k, v in self.model.names.items()}
        self.source, self.device, self.imgsz, self.conf, self.iou = path, device, imgsz, conf, iou
        self.precision: dict[str, Any] = {"quantize": 16} if device.startswith("cuda") else {}  # fp16 on GPUs
        self.detect([np.zeros((360, 640, 3), np.uint8)])  # warm-up: the first call builds the graph

    def detect(self, frames: Sequence[Frame]) -> list[list[Detection]]:
        if not frames:
            return []
        results = self.model.predict(
            list(frames),
            imgsz=self.imgsz,
            device=self.device,
            conf=self.conf,
            iou=self.iou,
            agnostic_nms=True,
            verbose=False,
            **self.precision,
        )
        out = []
        for res in results:
            xyxyn = res.boxes.xyxyn.cpu().numpy()
            confs = res.boxes.conf.cpu().numpy()
            classes = res.boxes.cls.cpu().numpy().astype(int)
            dets = []
            for (x0, y0, x1, y1), c, k in zip(xyxyn, confs, classes, strict=True):
                label = self.names.get(int(k), str(k))
                dets.append(
                    Detection(label, kind_of(label), round(float(c), 3), float(x0), float(y0), float(x1), float(y1))
                )
            out.append(dets)
        return out


def load_detector(path: Path, imgsz: int, device: str, threads: int) -> Detector:
    """ONNX files run on onnxruntime (CPU); everything else through Ultralytics on ``device``."""
    if path.suffix == ".onnx" and device == "cpu":
        return OnnxDetector(path, imgsz, threads)
    return UltralyticsDetector(path, imgsz, device, threads)
