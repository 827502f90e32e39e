"""The training path a city uses for its own detectors: 1 epoch on generated labelled images, export to ONNX."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vision.detector import OnnxDetector
from vision.rules import enabled_watches
from vision.train import Trained, write_data_yaml

NAMES = ["smoke", "pile"]


def test_one_epoch_trains_and_exports_quickly(trained: tuple[Trained, float]) -> None:
    result, seconds = trained
    assert seconds < 60
    assert result.weights.exists() and result.onnx.exists() and result.onnx.suffix == ".onnx"
    det = OnnxDetector(result.onnx, 64, threads=2)
    assert det.names == {0: "smoke", 1: "pile"} and not det.fixed
    out = det.detect([np.full((96, 96, 3), 185, np.uint8)] * 2)
    assert len(out) == 2  # one epoch learns little; it must run, not be accurate
    assert enabled_watches({"smoke", "pile"}) == enabled_watches(["smoke", "pile"])


def test_dataset_layout_is_checked(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="images/train"):
        write_data_yaml(tmp_path, NAMES)
