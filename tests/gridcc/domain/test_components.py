"""The components registry: 16-digit codes, placement inside the district, sensors that fit their class."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from gridcc.domain import components as comp
from gridcc.domain.components import (
    ComponentClassSpec,
    ComponentRegistry,
    SensorKind,
    generate_components,
    load_components,
    sensor_kinds_for,
)
from gridcc.domain.geo import Geography, load_geography

# Real GB/T 30428.2 classes, used only while the taxonomy data file is not available.
FALLBACK_CLASSES: list[ComponentClassSpec] = [
    ("01", "01", "上水井盖"), ("01", "02", "污水井盖"), ("01", "03", "雨水井盖"), ("01", "04", "雨水箅子"),
    ("01", "05", "电力井盖"), ("01", "11", "燃气井盖"), ("01", "13", "消防设施"), ("01", "18", "路灯"),
    ("01", "21", "报刊亭"), ("01", "35", "燃气调压站（箱）"), ("03", "01", "公共厕所"), ("03", "05", "垃圾箱"),
    ("04", "02", "行道树"),
]  # fmt: skip


@pytest.fixture(scope="module")
def geo() -> Geography:
    return load_geography()


@pytest.fixture(scope="module")
def classes() -> list[ComponentClassSpec]:
    try:
        real: list[ComponentClassSpec] = list(comp.taxonomy_classes())
    except (ImportError, OSError):  # taxonomy module or its data file not there yet
        return FALLBACK_CLASSES
    assert len(real) >= 50
    return real


@pytest.fixture(scope="module")
def small(
    classes: list[ComponentClassSpec], geo: Geography, tmp_path_factory: pytest.TempPathFactory
) -> ComponentRegistry:
    return load_components(classes, geo, count=20_000, iot_share=0.2, seed=7, cache_dir=tmp_path_factory.mktemp("c"))


def _names(classes: list[ComponentClassSpec]) -> dict[str, str]:
    return {c[0] + c[1]: (c[2] if len(c) == 3 else "") for c in classes}


def test_codes_are_16_digit_unique_and_carry_their_class(small: ComponentRegistry) -> None:
    assert len(small) == 20_000
    assert np.all(np.diff(small.codes) > 0)  # sorted and unique
    for i in range(0, len(small), 997):
        c = small.component(i)
        assert re.fullmatch(r"440604\d{10}", c.code)
        assert c.code[6:10] == c.class_code == small.class_codes[int(small.class_index[i])]
        assert small.get(c.code) == c and c.code in small
    serials = small.codes % 1_000_000
    assert serials.min() >= 1


def test_every_component_lies_in_its_grid(small: ComponentRegistry, geo: Geography) -> None:
    assert np.array_equal(geo.locate_many(small.lats, small.lons), small.grid_index)
    c = small.component(123)
    assert geo.locate_index(c.lat, c.lon) == c.grid_index


def test_unknown_and_malformed_codes_raise_key_error(small: ComponentRegistry) -> None:
    last = int(small.codes[-1])
    for bad in (f"{last + 1:016d}", "4406049999000001", "4406050101000001", "44060401010000x1", "440604", ""):
        assert bad not in small
        with pytest.raises(KeyError, match="unknown component code"):
            small.get(bad)
    assert 4406040101000001 not in small  # only strings are codes


def test_iot_share_and_sensor_kinds_fit_the_class(small: ComponentRegistry, classes: list[ComponentClassSpec]) -> None:
    iot = small.iot_components()
    assert len(iot) == round(0.2 * len(small))
    names = _names(classes)
    for i in iot:
        c = small.component(int(i))
        assert c.sensor_kind is not None
        assert c.sensor_kind in sensor_kinds_for(names[c.class_code]), (c.class_code, names[c.class_code])
    no_sensor = np.setdiff1d(np.arange(len(small)), iot)
    assert all(small.component(int(i)).sensor_kind is None for i in no_sensor[::500])
    stats = small.stats()
    assert stats["iot"] == len(iot) == sum(stats[f"iot_{k.value}"] for k in SensorKind)
    for kind in (SensorKind.MANHOLE_TILT, SensorKind.WATER_LEVEL, SensorKind.HYDRANT_PRESSURE):
        rows = small.iot_components(kind)
        assert len(rows) > 0 and all(small.component(int(i)).sensor_kind is kind for i in rows[:50])


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("上水井盖", SensorKind.MANHOLE_TILT),
        ("雨水井盖", SensorKind.WATER_LEVEL),
        ("雨水箅子", SensorKind.WATER_LEVEL),
        ("燃气井盖", SensorKind.GAS_CONCENTRATION),
        ("燃气调压站（箱）", SensorKind.GAS_CONCENTRATION),
        ("消防设施", SensorKind.HYDRANT_PRESSURE),
        ("消防栓", SensorKind.HYDRANT_PRESSURE),
        ("路灯", SensorKind.STREETLIGHT_CURRENT),
        ("公共厕所", SensorKind.SMOKE),
        ("报刊亭", SensorKind.SMOKE),
    ],
)
def test_sensor_rules(name: str, kind: SensorKind) -> None:
    assert sensor_kinds_for(name)[0] is kind


def test_no_sensor_on_classes_that_cannot_hold_one() -> None:
    assert sensor_kinds_for("行道树") == () and sensor_kinds_for("垃圾箱") == ()
    assert SensorKind.MANHOLE_TILT in sensor_kinds_for("燃气井盖")


def test_components_are_denser_in_the_old_centre(small: ComponentRegistry, geo: Geography) -> None:
    sub = np.array([g.subdistrict_id for g in geo.grids])[small.grid_index]
    area = {s.id: sum(g.area_m2 for g in geo.grids if g.subdistrict_id == s.id) for s in geo.subdistricts}
    density = {s: np.sum(sub == s) / area[s] for s in area}
    assert density["440604010"] > 1.3 * density["440604100"]  # 祖庙 vs 南庄


def test_cache_round_trip_and_determinism(classes: list[ComponentClassSpec], geo: Geography, tmp_path: Path) -> None:
    a = load_components(classes, geo, count=5000, seed=3, cache_dir=tmp_path)
    files = list(tmp_path.glob("components-*.npz"))
    assert len(files) == 1
    comp._MEMO.clear()
    b = load_components(classes, geo, count=5000, seed=3, cache_dir=tmp_path)
    assert a is not b
    for col in ("codes", "lats", "lons", "grid_index", "class_index", "sensor_index"):
        assert np.array_equal(getattr(a, col), getattr(b, col))
    assert a.class_codes == b.class_codes and a.class_names == b.class_names
    fresh = generate_components(classes, geo, count=5000, seed=3)
    assert np.array_equal(fresh.lats, a.lats)
    other = load_components(classes, geo, count=5000, seed=4, cache_dir=tmp_path)
    assert not np.array_equal(other.lats, a.lats)
    files[0].write_bytes(b"torn")  # a damaged cache is rebuilt, not trusted
    comp._MEMO.clear()
    assert np.array_equal(load_components(classes, geo, count=5000, seed=3, cache_dir=tmp_path).codes, a.codes)


def test_bad_inputs_are_rejected(geo: Geography) -> None:
    with pytest.raises(ValueError, match="2\\+2 digits"):
        generate_components([("1", "01")], geo, count=10)
    with pytest.raises(ValueError, match="no component classes"):
        generate_components([], geo, count=10)
    with pytest.raises(ValueError, match="iot_share"):
        generate_components([("01", "01")], geo, count=10, iot_share=1.5)
    with pytest.raises(ValueError, match="6-digit serial"):
        generate_components([("01", "01")], geo, count=1_000_000)


def test_bare_codes_get_standard_names(geo: Geography) -> None:
    reg = generate_components([("01", "13"), ("01", "01")], geo, count=100, iot_share=1.0)
    assert reg.class_names == ("上水井盖", "消防设施")
    assert reg.stats()["iot"] == 100


def test_full_default_registry(classes: list[ComponentClassSpec], geo: Geography, tmp_path: Path) -> None:
    reg = load_components(classes, geo, cache_dir=tmp_path)
    assert len(reg) == 580_000
    assert np.all(np.diff(reg.codes) > 0)
    assert np.all(reg.codes // 10**10 == 440604) and np.all(reg.codes < 10**16)
    assert re.fullmatch(r"440604\d{10}", reg.code_str(len(reg) - 1))
    found = geo.locate_many(reg.lats, reg.lons)
    assert np.all(found >= 0) and np.array_equal(found, reg.grid_index)
    assert reg.stats()["iot"] == round(comp.DEFAULT_IOT_SHARE * 580_000)
