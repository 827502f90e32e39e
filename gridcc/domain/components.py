"""The city-components registry (城市部件): 580,000 manhole covers, lamps, hydrants ... with their codes.

Each component carries the 16-digit GB/T 30428.2 code ``440604`` + 大类 (2) +
小类 (2) + serial (6), e.g. ``4406040113000042`` (a fire hydrant, 消防设施).  The MQTT
bridge rejects telemetry from unknown codes through ``get``, and the simulators
pick their IoT sensors from ``iot_components``, so both must see the same
registry: it is generated deterministically from a seed and cached as an
``.npz`` keyed by every input, which all processes sharing a data directory read.

Storage is columnar numpy (codes sorted int64, lat, lon, grid index, class
index, sensor index) because 580k Python objects would cost ~150 MB and seconds;
``get`` is a binary search on the codes (~4 µs).  Measured on the 2-core dev
box with the 132 standard classes: generating 580k takes about 0.3 s (placing
them is one vectorised rejection loop over ``Geography.locate_many``), loading
the 18 MB cache about 0.03 s.

The classes come in as a parameter (``(大类, 小类, name_zh)`` triples; names
decide which sensor fits), so importing this module never loads the taxonomy.

Example::

    >>> from gridcc.domain.geo import load_geography
    >>> reg = load_components([("01", "13", "消防设施")], load_geography(), count=1000, iot_share=0.1)
    >>> c = reg.get("4406040113000001")
    >>> c.class_code, reg.component(int(reg.iot_components()[0])).sensor_kind
    ('0113', <SensorKind.HYDRANT_PRESSURE: 'hydrant_pressure'>)
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gridcc.domain.geo import DISTRICT_CODE, Geography

DEFAULT_COUNT = 580_000
DEFAULT_IOT_SHARE = 0.05
DEFAULT_SEED = 30428
_FORMAT = 1
_CODE_BASE = int(DISTRICT_CODE) * 10**10

ComponentClassSpec = tuple[str, str] | tuple[str, str, str]
"""(大类, 小类) or (大类, 小类, name_zh); without a name, ``STANDARD_NAMES`` supplies it when it knows the code."""


class SensorKind(StrEnum):
    MANHOLE_TILT = "manhole_tilt"
    WATER_LEVEL = "water_level"
    SMOKE = "smoke"
    STREETLIGHT_CURRENT = "streetlight_current"
    HYDRANT_PRESSURE = "hydrant_pressure"
    GAS_CONCENTRATION = "gas_concentration"


SENSOR_KINDS: tuple[SensorKind, ...] = tuple(SensorKind)  # sensor index -> kind; -1 means none

# The standard's first 公用设施 classes, for callers that pass bare (大类, 小类) codes (names pick sensors).
STANDARD_NAMES: dict[str, str] = {
    "0101": "上水井盖", "0102": "污水井盖", "0103": "雨水井盖", "0104": "雨水箅子", "0105": "电力井盖",
    "0106": "路灯井盖", "0107": "通讯井盖", "0108": "电视井盖", "0109": "网络井盖", "0110": "热力井盖",
    "0111": "燃气井盖", "0112": "公安井盖", "0113": "消防设施", "0114": "无主井盖", "0118": "路灯",
    "0119": "地灯", "0120": "景观灯",
}  # fmt: skip

# First matching word wins, so specific words come before general ones.
_SENSOR_RULES: tuple[tuple[tuple[str, ...], tuple[SensorKind, ...]], ...] = (
    (("消防栓", "消火栓", "消防设施"), (SensorKind.HYDRANT_PRESSURE,)),
    (("燃气井盖", "煤气井盖"), (SensorKind.GAS_CONCENTRATION, SensorKind.MANHOLE_TILT)),
    (("燃气", "煤气", "天然气", "调压", "加气", "危险源"), (SensorKind.GAS_CONCENTRATION,)),
    (("雨水井盖",), (SensorKind.WATER_LEVEL, SensorKind.MANHOLE_TILT)),
    (("井盖", "窨井"), (SensorKind.MANHOLE_TILT,)),
    (("箅子", "篦子", "雨水口", "积水", "下穿", "地下通道", "地下室", "泵站", "水位", "水闸"),
     (SensorKind.WATER_LEVEL,)),
    (("路灯", "景观灯", "地灯", "照明"), (SensorKind.STREETLIGHT_CURRENT,)),
    (("报刊亭", "电话亭", "信息亭", "售货亭", "岗亭", "公共厕所", "移动厕所", "垃圾间", "垃圾房", "垃圾楼", "中转站",
      "工具房", "消防站", "历史建筑", "文物", "祠堂", "变压器", "变电", "配电", "充电"), (SensorKind.SMOKE,)),
)  # fmt: skip

# Rough relative abundance in a Chinese urban district; first matching word wins, anything else is rare.
_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("古树", 0.05), ("消防站", 0.05), ("调压", 0.05), ("标志桩", 0.5), ("配电箱", 0.5), ("危险源", 0.02),
    ("监测站", 0.02), ("泵站", 0.02), ("水闸", 0.02), ("码头", 0.02), ("港监", 0.02), ("加油", 0.02),
    ("天桥", 0.03), ("立交", 0.03), ("地铁", 0.03), ("跨河桥", 0.05), ("积水监测", 0.05), ("基站", 0.1),
    ("热力", 0.1), ("雨水箅子", 10), ("雨水井", 8), ("污水井", 7), ("上水井", 6), ("通讯井", 6), ("电力井", 5),
    ("燃气井", 3), ("井盖", 1.5), ("行道树", 12), ("护树", 3), ("树池", 3), ("路灯", 8), ("门牌", 6),
    ("立杆", 4), ("垃圾箱", 5), ("灯", 1.5), ("交通标志", 3), ("护栏", 3), ("消防", 1.5), ("交接箱", 1.5),
    ("电力设施", 2), ("充电", 1.5), ("坐椅", 1.5), ("座椅", 1.5), ("监控", 1.5), ("广告", 2), ("公交", 0.8),
    ("绿地", 1), ("宣传栏", 1), ("分类", 1), ("厕", 0.3), ("亭", 0.3),
)  # fmt: skip


def sensor_kinds_for(name_zh: str) -> tuple[SensorKind, ...]:
    """Sensor kinds that make sense on a class, most usual first; () when none does."""
    return next((kinds for words, kinds in _SENSOR_RULES if any(w in name_zh for w in words)), ())


def class_weight(name_zh: str) -> float:
    """Relative abundance: rain grates, street trees and lamps lead; pumping stations are few."""
    return next((w for word, w in _WEIGHTS if word in name_zh), 0.2)


def taxonomy_classes() -> list[tuple[str, str, str]]:
    """The standard component classes from ``gridcc.domain.taxonomy`` (imported only when called)."""
    from gridcc.domain.taxonomy import load_taxonomy  # deliberately lazy: see the module docstring

    return [(c.category_code, c.subcategory_code, c.name_zh) for c in load_taxonomy().component_classes()]


@dataclass(frozen=True, slots=True)
class Component:
    """One component, materialised from the columns on demand."""

    code: str
    class_code: str  # 大类 + 小类, e.g. "0118"
    lat: float
    lon: float
    grid_index: int
    sensor_kind: SensorKind | None


class ComponentRegistry:
    """Columnar registry; rows are sorted by code, so row order is (class, serial) order."""

    def __init__(
        self,
        class_codes: Sequence[str],
        class_names: Sequence[str],
        codes: NDArray[np.int64],
        lats: NDArray[np.float64],
        lons: NDArray[np.float64],
        grid_index: NDArray[np.int32],
        class_index: NDArray[np.int16],
        sensor_index: NDArray[np.int8],
    ) -> None:
        self.class_codes: tuple[str, ...] = tuple(class_codes)
        self.class_names: tuple[str, ...] = tuple(class_names)
        self.codes, self.lats, self.lons = codes, lats, lons
        self.grid_index, self.class_index, self.sensor_index = grid_index, class_index, sensor_index
        n = len(codes)
        if not all(len(a) == n for a in (lats, lons, grid_index, class_index, sensor_index)):
            raise ValueError("component columns differ in length")

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self._row(code) >= 0

    def _row(self, code: str) -> int:
        if len(code) != 16 or not code.isdigit() or not code.startswith(DISTRICT_CODE):
            return -1
        value = int(code)
        i = int(np.searchsorted(self.codes, value))
        return i if i < len(self.codes) and int(self.codes[i]) == value else -1

    def index_of(self, code: str) -> int:
        """Row of a code; KeyError for a code not in the registry (malformed ones included)."""
        i = self._row(code)
        if i < 0:
            raise KeyError(f"unknown component code {code!r} (expected one of {len(self)} codes 440604CCSSNNNNNN)")
        return i

    def get(self, code: str) -> Component:
        return self.component(self.index_of(code))

    def component(self, i: int) -> Component:
        s = int(self.sensor_index[i])
        return Component(
            f"{int(self.codes[i]):016d}",
            self.class_codes[int(self.class_index[i])],
            float(self.lats[i]),
            float(self.lons[i]),
            int(self.grid_index[i]),
            SENSOR_KINDS[s] if s >= 0 else None,
        )

    def code_str(self, i: int) -> str:
        return f"{int(self.codes[i]):016d}"

    def iot_components(self, kind: SensorKind | None = None) -> NDArray[np.int64]:
        """Rows carrying a sensor (of one kind, if given): what the IoT simulator publishes for."""
        mask = self.sensor_index >= 0 if kind is None else self.sensor_index == SENSOR_KINDS.index(kind)
        return np.flatnonzero(mask).astype(np.int64)

    def stats(self) -> dict[str, int]:
        out = {"components": len(self), "classes": len(self.class_codes), "iot": int(np.sum(self.sensor_index >= 0))}
        counts = np.bincount(self.sensor_index[self.sensor_index >= 0].astype(np.int64), minlength=len(SENSOR_KINDS))
        out.update({f"iot_{k.value}": int(c) for k, c in zip(SENSOR_KINDS, counts, strict=True)})
        return out


def _normalise(classes: Sequence[ComponentClassSpec]) -> list[tuple[str, str]]:
    specs: dict[str, str] = {}
    for spec in classes:
        cat, sub = spec[0], spec[1]
        if not (len(cat) == 2 and len(sub) == 2 and (cat + sub).isdigit()):
            raise ValueError(f"component class codes must be 2+2 digits, got {spec!r}")
        name = spec[2] if len(spec) == 3 else STANDARD_NAMES.get(cat + sub, "")
        specs[cat + sub] = name
    if not specs:
        raise ValueError("no component classes given")
    return sorted(specs.items())


def _allocate(weights: NDArray[np.float64], total: int) -> NDArray[np.int64]:
    """Largest-remainder split of ``total`` in proportion to weights (serials are 6 digits: <= 999,999 each)."""
    exact = weights / weights.sum() * total
    counts = np.floor(exact).astype(np.int64)
    counts[np.argsort(-(exact - counts), kind="stable")[: total - int(counts.sum())]] += 1
    if counts.max() > 999_999:
        raise ValueError(f"{total} components overflow the 6-digit serial of one class")
    return np.asarray(counts, dtype=np.int64)


def _points_in_grids(
    geo: Geography, grid: NDArray[np.int32], rng: np.random.Generator
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Uniform points inside given grids: bounding-box draws kept when the geography locates them there."""
    boxes = np.array(
        [
            (
                min(x for x, _ in g.polygon),
                min(y for _, y in g.polygon),
                max(x for x, _ in g.polygon),
                max(y for _, y in g.polygon),
            )
            for g in geo.grids
        ]
    )
    lats = np.empty(grid.size)
    lons = np.empty(grid.size)
    todo = np.arange(grid.size)
    while todo.size:
        b = boxes[grid[todo]]
        x = b[:, 0] + rng.random(todo.size) * (b[:, 2] - b[:, 0])
        y = b[:, 1] + rng.random(todo.size) * (b[:, 3] - b[:, 1])
        ok = geo.locate_many(y, x) == grid[todo]
        lats[todo[ok]], lons[todo[ok]] = y[ok], x[ok]
        todo = todo[~ok]
    return lats, lons


def generate_components(
    classes: Sequence[ComponentClassSpec],
    geography: Geography,
    count: int = DEFAULT_COUNT,
    iot_share: float = DEFAULT_IOT_SHARE,
    seed: int = DEFAULT_SEED,
) -> ComponentRegistry:
    """Make a registry from scratch.  Every grid gets about the same number of components, so they are
    densest where grids are small (the old centre); ``iot_share`` of all components (at most every one
    whose class fits a sensor) carry one."""
    if not 0.0 <= iot_share <= 1.0:
        raise ValueError(f"iot_share must be within 0..1, got {iot_share}")
    specs = _normalise(classes)
    names = [name for _, name in specs]
    counts = _allocate(np.array([class_weight(n) for n in names]), count)
    rng = np.random.default_rng(seed)
    class_index = np.repeat(np.arange(len(specs), dtype=np.int16), counts)
    serial = np.arange(count, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts) + 1
    codes = _CODE_BASE + np.array([int(c) for c, _ in specs], dtype=np.int64)[class_index] * 10**6 + serial
    grid = rng.integers(0, len(geography.grids), count).astype(np.int32)
    lats, lons = _points_in_grids(geography, grid, rng)

    sensor = np.full(count, -1, dtype=np.int8)
    kinds = [sensor_kinds_for(n) for n in names]
    eligible = np.flatnonzero(np.array([bool(k) for k in kinds])[class_index])
    chosen = np.sort(rng.choice(eligible, min(round(iot_share * count), eligible.size), replace=False))
    pick = rng.random(chosen.size)
    for ci, allowed in enumerate(kinds):
        rows = np.flatnonzero(class_index[chosen] == ci)
        if not allowed or not rows.size:
            continue
        # the usual kind on 70 %, the others share the rest
        alt = np.minimum(((pick[rows] - 0.7) / 0.3 * (len(allowed) - 1)).astype(np.int64) + 1, len(allowed) - 1)
        k = np.where((pick[rows] < 0.7) | (len(allowed) == 1), 0, alt)
        sensor[chosen[rows]] = np.array([SENSOR_KINDS.index(a) for a in allowed], dtype=np.int8)[k]
    return ComponentRegistry([c for c, _ in specs], names, codes, lats, lons, grid, class_index, sensor)


_MEMO: dict[Path, ComponentRegistry] = {}


def _geo_fingerprint(geo: Geography) -> str:
    h = hashlib.sha256()
    for g in geo.grids:
        h.update(f"{g.grid_id}{g.polygon}".encode())
    return h.hexdigest()[:16]


def load_components(
    classes: Sequence[ComponentClassSpec] | None,
    geography: Geography,
    count: int = DEFAULT_COUNT,
    iot_share: float = DEFAULT_IOT_SHARE,
    seed: int = DEFAULT_SEED,
    cache_dir: Path | str | None = None,
) -> ComponentRegistry:
    """The registry for these inputs: from memory, else from ``cache_dir`` (pass ``settings.data_dir``),
    else generated and cached there.  ``classes=None`` means the standard taxonomy."""
    specs = _normalise(taxonomy_classes() if classes is None else classes)
    key = json.dumps([_FORMAT, specs, count, iot_share, seed, _geo_fingerprint(geography)], ensure_ascii=False)
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    root = Path(cache_dir) if cache_dir is not None else Path(tempfile.gettempdir()) / "gridcc-cache"
    path = root / f"components-{digest}.npz"
    if path in _MEMO:
        return _MEMO[path]
    reg: ComponentRegistry | None = None
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as z:
                reg = ComponentRegistry(
                    z["class_codes"].tolist(),
                    z["class_names"].tolist(),
                    z["codes"],
                    z["lats"],
                    z["lons"],
                    z["grid_index"],
                    z["class_index"],
                    z["sensor_index"],
                )
        except (OSError, KeyError, ValueError):
            reg = None  # a torn or foreign file: rebuild it
    if reg is None or len(reg) != count:
        triples = [(code[:2], code[2:], name) for code, name in specs]
        reg = generate_components(triples, geography, count, iot_share, seed)
        _save(path, reg)
    _MEMO[path] = reg
    return reg


def _save(path: Path, reg: ComponentRegistry) -> None:
    """Write then rename, so a concurrent reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    arrays: dict[str, Any] = {
        "class_codes": np.array(reg.class_codes),
        "class_names": np.array(reg.class_names),
        "codes": reg.codes,
        "lats": reg.lats,
        "lons": reg.lons,
        "grid_index": reg.grid_index,
        "class_index": reg.class_index,
        "sensor_index": reg.sensor_index,
    }
    with open(tmp, "wb") as f:
        np.savez(f, **arrays)
    os.replace(tmp, path)
