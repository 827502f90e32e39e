"""``python -m vision.train DATA --names smoke,pile``: train a detector on a labelled folder, export it to ONNX.

A city trains its own detectors (its vehicles, its street furniture, its
smoke), so the path from labelled images to a running model is part of the
product: Ultralytics ``train`` on a YOLO-format folder (``images/{train,val}``
and ``labels/{train,val}``, one ``class cx cy w h`` line per box), then
``export`` to a dynamic-shape ONNX.  ``--install PATH`` copies the result over
the file the vision workers watch (``GRIDCC_VISION__MODEL_PATH``), atomically;
they swap it in without a restart.

Everything stays offline: training starts from a model *definition*
(``yolov8n.yaml``, no download) or from local weights (``--base``), plots are
off (they would fetch a font) and AMP's self-check is off (it would fetch a
reference model).  Class names must be recognisable to the rules (see
``vision.detector.KIND_BY_LABEL``: person, fall, car, smoke, fire, pile, ...).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from gridcc.settings import get_settings
from vision.model import configure_runtime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Trained:
    weights: Path
    onnx: Path
    names: dict[int, str]


def write_data_yaml(folder: Path, names: list[str]) -> Path:
    """The dataset description Ultralytics wants, with absolute paths so nothing is looked up online."""
    for split in ("train", "val"):
        if not (folder / "images" / split).is_dir():
            raise FileNotFoundError(f"{folder / 'images' / split} is missing (YOLO layout: images/ and labels/)")
    lines = [f"path: {folder.resolve()}", "train: images/train", "val: images/val", "names:"]
    lines += [f"  {i}: {n}" for i, n in enumerate(names)]
    path = folder / "data.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def train(
    folder: Path,
    names: list[str],
    out: Path,
    *,
    base: str = "yolov8n.yaml",
    epochs: int = 50,
    imgsz: int = 320,
    batch: int = 16,
    device: str = "cpu",
    export_imgsz: int | None = None,
) -> Trained:
    from ultralytics import YOLO

    data = write_data_yaml(folder, names)
    model = YOLO(base, task="detect")
    model.train(
        data=str(data),
        epochs=epochs,
        imgsz=imgsz,
        batch=batch,
        device=device,
        project=str(out.resolve()),
        name="run",
        exist_ok=True,
        workers=0,
        plots=False,
        amp=False,
        val=True,
        verbose=False,
        seed=0,
        deterministic=True,
    )
    weights = out / "run" / "weights" / "best.pt"
    if not weights.exists():
        weights = out / "run" / "weights" / "last.pt"
    onnx = Path(
        YOLO(str(weights)).export(
            format="onnx", imgsz=export_imgsz or imgsz, dynamic=True, simplify=False, device="cpu"
        )
    )
    return Trained(weights, onnx, {i: n for i, n in enumerate(names)})


def install(model: Path, target: Path) -> None:
    """Replace the watched model file in one rename, so a worker never reads half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(model, tmp)
    os.replace(tmp, target)


def main(argv: list[str] | None = None) -> int:
    s = get_settings()
    p = argparse.ArgumentParser(description="Train a YOLO detector on a labelled folder and export it to ONNX.")
    p.add_argument("data", type=Path, help="folder with images/{train,val} and labels/{train,val}")
    p.add_argument("--names", required=True, help="class names in label order, comma-separated (e.g. smoke,fire)")
    p.add_argument("--out", type=Path, default=s.data_dir / "training")
    p.add_argument("--base", default="yolov8n.yaml", help="model definition or local .pt to start from")
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--imgsz", type=int, default=s.vision.imgsz)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--device", default=s.vision.device)
    p.add_argument("--install", type=Path, help="copy the ONNX here (the workers' GRIDCC_VISION__MODEL_PATH)")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s train %(message)s")
    configure_runtime(s)
    result = train(
        a.data,
        [n.strip() for n in a.names.split(",")],
        a.out,
        base=a.base,
        epochs=a.epochs,
        imgsz=a.imgsz,
        batch=a.batch,
        device=a.device,
    )
    log.info("trained %s -> %s", result.weights, result.onnx)
    if a.install:
        install(result.onnx, a.install)
        log.info("installed %s: running workers pick it up within seconds", a.install)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
