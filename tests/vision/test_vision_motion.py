"""The motion gate: still scenes pass nothing, a passer-by passes, masked flicker and JPEG noise do not."""

from __future__ import annotations

import cv2
import numpy as np

from simulators import camera_scenes as sc
from vision.motion import SMALL_H, SMALL_W, MotionGate, decode_small
from vision.registry import SKY_MASK


def _jpeg(img: np.ndarray, quality: int = 75) -> bytes:
    return cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])[1].tobytes()


def _scene(walker_x: float | None = None, led: int | None = None) -> np.ndarray:
    img = sc.background("street", 2).copy()
    if led is not None:
        sc.draw_led(img, led)
    if walker_x is not None:
        sc.paste(img, sc.sprites().walkers[0], walker_x, 0.62)
    return img


def test_decode_small_is_160x90_grey() -> None:
    small = decode_small(_jpeg(_scene()))
    assert small is not None and small.shape == (SMALL_H, SMALL_W) and small.dtype == np.uint8
    assert decode_small(b"not a jpeg") is None


def test_first_frame_is_a_baseline_then_only_real_change_counts() -> None:
    gate = MotionGate(2, masks=[(SKY_MASK,), (SKY_MASK,)])
    still = decode_small(_jpeg(_scene(led=0)))
    assert still is not None
    first = gate.check(0, still)
    assert first.first and not first.moved
    assert not gate.check(0, still).moved
    requantised = decode_small(_jpeg(_scene(led=0), quality=55))  # same scene, other JPEG noise
    assert requantised is not None and not gate.check(0, requantised).moved
    flicker = decode_small(_jpeg(_scene(led=1)))  # the LED sign lives in the masked sky band
    assert flicker is not None and not gate.check(0, flicker).moved
    walker = decode_small(_jpeg(_scene(walker_x=0.3, led=1)))
    assert walker is not None
    result = gate.check(0, walker)
    assert result.moved and result.changed > gate.min_changed
    walked_on = decode_small(_jpeg(_scene(walker_x=0.36, led=1)))
    assert walked_on is not None and gate.check(0, walked_on).moved
    assert gate.check(1, walked_on).first  # feeds are independent


def test_unmasked_flicker_would_count() -> None:
    gate = MotionGate(1, masks=[()])
    a, b = decode_small(_jpeg(_scene(led=0))), decode_small(_jpeg(_scene(led=1)))
    assert a is not None and b is not None
    gate.check(0, a)
    assert gate.check(0, b).moved


def test_forget_makes_a_new_baseline() -> None:
    gate = MotionGate(1)
    a, b = decode_small(_jpeg(_scene())), decode_small(_jpeg(_scene(walker_x=0.5)))
    assert a is not None and b is not None
    gate.check(0, a)
    gate.forget(0)
    assert gate.check(0, b).first
