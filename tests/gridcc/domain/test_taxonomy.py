"""The matter taxonomy: the invariants every other module relies on.

The standard tables below are written out independently of the data file on
purpose: a slip in a source table (a renumbered 小类, a renamed class) must
fail here rather than silently change what a component id means.
"""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from gridcc.domain.data import build_taxonomy
from gridcc.domain.departments import BY_CODE as DEPARTMENTS
from gridcc.domain.event import Source
from gridcc.domain.taxonomy import (
    DATA_FILE,
    EXPECTED_COUNT,
    MatterType,
    Taxonomy,
    TaxonomyError,
    TimeLimit,
    TimeUnit,
    load_taxonomy,
)

TAX = load_taxonomy()
BY_NAME = {t.name_zh: t for t in TAX}

# GB/T 30428.2 部件 小类 (大类 01 公用设施 ... 06 其他设施), by their standard codes.
STANDARD_COMPONENTS = {
    "01": "上水井盖 污水井盖 雨水井盖 雨水箅子 电力井盖 路灯井盖 通讯井盖 电视井盖 网络井盖 热力井盖 "
    "燃气井盖 公安井盖 消防设施 无主井盖 通讯交接箱 电力设施 立杆 路灯 地灯 景观灯 报刊亭 电话亭 邮筒 "
    "信息亭 自动售货机 健身设施 中水井盖 公交井盖 输油（气）井盖 特殊井盖 民用水井 供水器 高压线铁塔 "
    "变压器（箱） 燃气调压站（箱） 监控电子眼 售货亭 治安岗亭",
    "02": "停车场 停车咪表 公交站亭 出租车站牌 过街天桥 地下通道 高架立交桥 跨河桥 交通标志牌 交通信号灯 "
    "交通护栏 存车支架 路名牌 交通信号设施 道路信息显示屏 道路隔音屏 交通岗亭",
    "03": "公共厕所 化粪池 公厕指示牌 垃圾间（楼） 垃圾箱 灯箱霓虹灯 广告牌匾 环保监测站 气象监测站 "
    "污水口监测站 噪声显示屏",
    "04": "古树名木 行道树 护树设施 花架花钵 绿地 雕塑 街头坐椅 绿地护栏 绿地维护设施 喷泉",
    "05": "宣传栏 人防工事 公房地下室",
    "06": "重大危险源 工地 水域附属设施 水域护栏 港监设施 防汛墙",
}
# GB/T 30428.2 事件 小类 (大类 01 市容环境 ... 06 其他事件).
STANDARD_EVENTS = {
    "01": "私搭乱建 暴露垃圾 积存垃圾渣土 道路不洁 水域不洁 绿地脏乱 废弃车辆 废弃家具设备 非装饰性树挂 "
    "违章接坡 焚烧垃圾树叶 建筑物外立面不洁 水域秩序问题 动物尸体清理 油烟污染 擅自饲养家禽家畜",
    "02": "非法小广告 违章张贴悬挂广告牌匾 占道广告牌 街头散发广告 广告招牌破损",
    "03": "施工扰民 工地扬尘 道路遗撒 施工废弃料 施工占道 无证掘路",
    "04": "无照经营游商 街头卖艺乞讨 占道废品收购 店外经营 机动车乱停放 非机动车乱停放 乱堆物堆料 商业噪音 "
    "黑车拉客 露天烧烤 沿街晾挂 非法出版物销售 空调室外机低挂",
    "05": "路面塌陷 自来水管破裂 燃气管道破裂 下水道堵塞或破损 热力管道破裂 道路积水 道路积雪结冰 "
    "架空线缆损坏 群众性事件 火灾隐患",
    "06": "违法建设 园林绿化养护不到位 毁绿占绿 擅自砍伐迁移树木 园林病虫害 公共设施损坏 违规饲养犬只",
}


def _standard(prefix: str, table: dict[str, str]) -> list[tuple[str, str]]:
    return [
        (f"{prefix}-{cat}-{sub:02d}", name) for cat, names in table.items() for sub, name in enumerate(names.split(), 1)
    ]


# Names from the issue that must be findable.  Where the issue used a colloquial
# or older variant, the alias names the class that carries it (as name or keyword);
# meters and pipes are network assets, reported as events rather than 部件.
_SPOT = (
    "上水井盖 雨水箅子 输油（气）井盖 电力设施 变压器(箱) 路灯 地灯 景观灯 消防栓 水表 燃气表 电话亭 邮筒 "
    "信息亭 报刊亭 自来水管 污水管 停车场 停车咪表 公交站亭 出租车站牌 过街天桥 地下通道 高架立交桥 跨河桥 "
    "交通标志牌 交通信号灯 交通岗亭 护栏 隔音屏 路名牌 导向牌 自行车停放点 盲道 公共厕所 公厕指示牌 "
    "垃圾间(楼) 灯箱霓虹灯 广告牌匾 垃圾箱 废物箱 街头座椅 雕塑 环卫工具房 古树名木 行道树 绿地 花架花钵 "
    "城市雕塑 护树设施 喷泉 街头绿地 宣传栏 人防工事 地下室 重大危险源 工地 水域附属设施 港口码头 输电线塔 "
    "私搭乱建 暴露垃圾 积存垃圾渣土 道路不洁 水域不洁 绿地脏乱 废弃车辆 废弃家具 违章接坡 焚烧垃圾树叶 "
    "非法小广告 违章张贴悬挂广告牌匾 占道广告牌 街头散发广告 施工扰民 工地扬尘 道路遗撒 施工废弃料 施工占道 "
    "无证掘路 无照经营游商 店外经营 机动车乱停放 非机动车乱停放 露天烧烤 乱堆物堆料 占道废品收购 沿街晾挂 "
    "非法占道 黑车拉客 街头卖艺乞讨 路面塌陷 自来水管破裂 燃气管道破裂 下水道堵塞或破损 道路积水 "
    "道路积雪结冰 热力管道破裂 架空线缆损坏 群众性事件 火灾隐患 园林绿化 违法建设 "
    "出租屋未登记流动人口 群租房安全隐患 电动车楼道充电 消防通道堵塞（住宅小区） 消防通道堵塞（商场） "
    "灭火器过期 高空抛物 噪声扰民（娱乐场所） 无证照餐饮 过期食品销售 拖欠农民工工资 独居老人需关怀 "
    "燃气泄漏 危化品违规储存 有限空间作业违规（化粪池）"
)
SPOT_NAMES = _SPOT.split()
ALIASES = {
    "消防栓": "消防设施",
    "水表": "户内水表漏水",
    "燃气表": "燃气表异常",
    "自来水管": "自来水管破裂",
    "污水管": "污水管网未接驳",
    "护栏": "交通护栏",
    "隔音屏": "道路隔音屏",
    "废物箱": "垃圾箱",
    "街头座椅": "街头坐椅",
    "城市雕塑": "雕塑",
    "街头绿地": "口袋公园",
    "地下室": "公房地下室",
    "输电线塔": "高压线铁塔",
    "废弃家具": "废弃家具设备",
    "园林绿化": "园林绿化养护不到位",
}
PREFIXES = {
    "URBAN": {"BJ", "SJ", "CG"},
    "SECURITY": {"ZA"},
    "FIRE": {"XF"},
    "WORK_SAFETY": {"AQ"},
    "ENVIRONMENT": {"HJ"},
    "FOOD_DRUG": {"SP"},
    "RENTAL": {"CZ"},
    "LABOUR": {"LD"},
    "CIVIL": {"MZ"},
    "EMERGENCY": {"YJ"},
    "MARKET": {"SC"},
    "TRANSPORT": {"JT"},
    "WATER": {"SW"},
    "EDUCATION": {"JY"},
    "HEALTH": {"WS"},
    "CULTURE": {"WL"},
    "HOUSING": {"FW"},
    "LAND": {"ZY"},
    "COMMUNITY": {"SQ"},
    "UTILITIES": {"GY"},
    "AGRICULTURE": {"NY"},
}


def _norm(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- size, codes, names -------------------------------------------------------


def test_exactly_1412_unique_codes() -> None:
    codes = [t.code for t in TAX]
    assert len(codes) == EXPECTED_COUNT == 1412
    assert len(set(codes)) == len(codes)
    assert len(TAX) == 1412


def test_no_duplicate_names() -> None:
    assert len({t.name_zh for t in TAX}) == len(TAX)
    assert len({t.name_en for t in TAX}) == len(TAX)


def test_codes_follow_the_scheme() -> None:
    for t in TAX:
        match = re.fullmatch(r"([A-Z]{2})-(\d{2})-(\d{2})", t.code)
        assert match, t.code
        prefix, cat, sub = match.groups()
        assert (cat, sub) == (t.category_code, t.subcategory_code), t.code
        assert prefix in PREFIXES[t.domain], t.code
        assert t.kind == {"BJ": "component", "SJ": "event"}.get(prefix, "governance"), t.code


@pytest.mark.parametrize(("code", "name"), _standard("BJ", STANDARD_COMPONENTS))
def test_standard_component_present(code: str, name: str) -> None:
    t = TAX.get(code)
    assert (t.name_zh, t.kind, t.domain) == (name, "component", "URBAN")
    assert not t.is_extension


@pytest.mark.parametrize(("code", "name"), _standard("SJ", STANDARD_EVENTS))
def test_standard_event_present(code: str, name: str) -> None:
    t = TAX.get(code)
    assert (t.name_zh, t.kind, t.domain) == (name, "event", "URBAN")


@pytest.mark.parametrize("name", SPOT_NAMES)
def test_names_from_the_issue_are_findable(name: str) -> None:
    target = ALIASES.get(name, _norm(name))
    assert target in BY_NAME, f"{name!r} -> {target!r} missing"
    if name in ALIASES:
        carrier = BY_NAME[target]
        assert name in carrier.name_zh or name in carrier.keywords, f"{target} does not mention {name}"


# --- every type is complete and sane --------------------------------------------


def test_every_type_is_routable_and_timed() -> None:
    domains = {d.code for d in TAX.domains}
    for t in TAX:
        assert t.department in DEPARTMENTS, t.code
        assert t.domain in domains, t.code
        assert t.time_limit.value > 0 and isinstance(t.time_limit.unit, TimeUnit), t.code
        assert 1 <= t.priority <= 4 and t.accept_minutes > 0, t.code
        assert t.sources and t.sources <= set(Source), t.code
        assert t.merge_radius_m > 0 and t.merge_window_min > 0, t.code
        assert t.category_name, t.code


def test_keywords_are_plenty_and_distinct() -> None:
    for t in TAX:
        assert len(t.keywords) >= 3, t.code
        assert 5 <= len(t.keywords) <= 15, t.code  # the builder's stricter rule
        assert len(set(t.keywords)) == len(t.keywords), t.code
        assert all(k.strip() == k and k for k in t.keywords), t.code


def test_urgent_matters_accept_faster_than_routine_ones() -> None:
    urgent = [t.accept_minutes for t in TAX if t.priority == 1]
    routine = [t.accept_minutes for t in TAX if t.priority == 3]
    assert max(urgent) < min(routine)


@pytest.mark.parametrize(
    ("name", "department", "limit"),
    [
        ("燃气管道破裂", "GAS", TimeLimit(1, TimeUnit.HOURS)),
        ("燃气泄漏", "GAS", TimeLimit(1, TimeUnit.HOURS)),
        ("打架斗殴", "POLICE", TimeLimit(1, TimeUnit.HOURS)),
        ("住宅火灾", "FIRE", TimeLimit(30, TimeUnit.MINUTES)),
        ("暴露垃圾", "SANITATION", TimeLimit(4, TimeUnit.WORK_HOURS)),
        ("道路积水", "DRAINAGE", TimeLimit(4, TimeUnit.WORK_HOURS)),
        ("违法建设", "URBAN", TimeLimit(20, TimeUnit.WORK_DAYS)),
        ("上水井盖", "WATER", TimeLimit(4, TimeUnit.HOURS)),
        ("机动车乱停放", "TRAFFIC_POLICE", TimeLimit(2, TimeUnit.WORK_HOURS)),
    ],
)
def test_realistic_routing(name: str, department: str, limit: TimeLimit) -> None:
    t = BY_NAME[name]
    assert (t.department, t.time_limit) == (department, limit)


def test_merge_parameters_scale_with_the_matter() -> None:
    assert BY_NAME["上水井盖"].merge_radius_m <= 50
    assert BY_NAME["道路积水"].merge_radius_m == 1000
    assert BY_NAME["住宅火灾"].merge_radius_m >= 300


# --- queries ------------------------------------------------------------------


def test_get_unknown_code_names_it() -> None:
    with pytest.raises(KeyError, match="ZZ-99-99"):
        TAX.get("ZZ-99-99")


def test_container_protocol() -> None:
    first = TAX.types[0]
    assert first.code in TAX and first in TAX
    assert "nope" not in TAX and 42 not in TAX
    assert sum(1 for _ in TAX) == len(TAX)


def test_by_domain_partitions_the_taxonomy() -> None:
    assert sum(len(TAX.by_domain(d.code)) for d in TAX.domains) == len(TAX)
    assert all(TAX.by_domain(d.code) for d in TAX.domains)
    assert all(t.domain == "FIRE" for t in TAX.by_domain("FIRE"))
    with pytest.raises(KeyError, match="NOPE"):
        TAX.by_domain("NOPE")


def test_reportable_by_source() -> None:
    iot = {t.code for t in TAX.reportable_by(Source.IOT)}
    video = {t.code for t in TAX.reportable_by(Source.VIDEO)}
    citizen = {t.code for t in TAX.reportable_by(Source.CITIZEN)}
    parking = BY_NAME["机动车乱停放"].code
    assert BY_NAME["上水井盖"].code in iot and parking not in iot
    assert parking in video and parking in citizen
    assert iot | video | citizen == {t.code for t in TAX}


def test_component_classes_in_code_order_with_ids() -> None:
    classes = TAX.component_classes()
    assert [t.code for t in classes] == sorted(t.code for t in classes)
    assert all(t.kind == "component" for t in classes)
    assert len(classes) == TAX.stats()["standard_component_classes"]
    assert TAX.get("BJ-01-01").component_id(7) == "4406040101000007"
    assert re.fullmatch(r"440604\d{10}", classes[-1].component_id(999_999))
    with pytest.raises(ValueError, match="not a component"):
        TAX.get("SJ-01-02").component_id(1)


def test_stats() -> None:
    stats = TAX.stats()
    assert stats["matter_types"] == 1412
    assert stats["domains"] == len(TAX.domains)
    assert stats["standard_component_classes"] >= sum(len(v.split()) for v in STANDARD_COMPONENTS.values())
    assert stats["standard_event_classes"] >= sum(len(v.split()) for v in STANDARD_EVENTS.values())
    assert sum(v for k, v in stats.items() if k.startswith("domain:")) == 1412


def test_load_is_cached_and_fast() -> None:
    assert load_taxonomy() is TAX
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        Taxonomy.from_file(DATA_FILE)
        best = min(best, time.perf_counter() - start)
    assert best < 0.5


def test_matter_type_is_immutable() -> None:
    t: MatterType = TAX.types[0]
    with pytest.raises(AttributeError):
        t.priority = 1  # type: ignore[misc]


# --- validation of broken files -------------------------------------------------


def _set(index: int, key: str, value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> str:
        data["types"][index][key] = value
        return str(data["types"][index]["code"])

    return mutate


def _duplicate_code(data: dict[str, Any]) -> str:
    clone = copy.deepcopy(data["types"][0])
    clone["name_zh"] = clone["name_en"] = "clone"
    data["types"][1] = clone
    return str(clone["code"])


def _duplicate_name(data: dict[str, Any]) -> str:
    data["types"][9]["name_zh"] = data["types"][8]["name_zh"]
    return str(data["types"][9]["code"])


def _drop_last(data: dict[str, Any]) -> str:
    data["types"].pop()
    return "1411"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set(5, "department", "NOPE"), "unknown department 'NOPE'"),
        (_set(6, "domain", "NOPE"), "unknown domain 'NOPE'"),
        (_set(7, "sources", ["citizen", "sms"]), "unknown source"),
        (_set(7, "sources", []), "no source"),
        (_set(8, "time_limit", {"value": 0, "unit": "hours"}), "must be a positive integer"),
        (_set(8, "time_limit", {"value": 3, "unit": "fortnights"}), "unknown time unit"),
        (_set(9, "keywords", []), "keywords"),
        (_set(9, "keywords", ["井盖", " "]), "keywords"),
        (_set(10, "priority", 7), "priority"),
        (_set(10, "priority", True), "priority"),
        (_set(11, "kind", "event"), "kind"),
        (_set(12, "subcategory_code", "77"), "disagree"),
        (_set(13, "merge_radius_m", -5), "merge_radius_m"),
        (_set(14, "code", "bad code"), "scheme"),
        (_duplicate_code, "duplicate matter code"),
        (_duplicate_name, "already used"),
        (_drop_last, "expected exactly 1412"),
    ],
)
def test_validation_rejects_broken_file(tmp_path: Path, mutate: Any, message: str) -> None:
    data = _raw()
    offender = mutate(data)
    with pytest.raises(TaxonomyError, match=re.escape(message)) as info:
        Taxonomy.from_file(_write(tmp_path, data))
    assert offender in str(info.value)
    assert isinstance(info.value, ValueError)


def test_validation_rejects_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.json"
    path.write_text('{"types": [', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not valid JSON"):
        Taxonomy.from_file(path)


def test_small_taxonomy_loads_without_the_count_check(tmp_path: Path) -> None:
    data = _raw()
    data["types"] = data["types"][:3]
    tax = Taxonomy.from_file(_write(tmp_path, data), expected_count=None)
    assert len(tax) == 3 and tax.get("BJ-01-01").name_zh == "上水井盖"


# --- the generated file and its builder -----------------------------------------


def test_generated_file_matches_its_sources() -> None:
    assert build_taxonomy.render(build_taxonomy.build_document()) == DATA_FILE.read_text(encoding="utf-8")


def test_builder_refuses_to_move_published_codes() -> None:
    doc = copy.deepcopy(build_taxonomy.build_document())
    assert build_taxonomy.renamed_codes(DATA_FILE.read_text(encoding="utf-8"), doc) == []
    doc["types"][0]["name_zh"] = "改了名字"
    assert build_taxonomy.renamed_codes(DATA_FILE.read_text(encoding="utf-8"), doc) == [
        "BJ-01-01: '上水井盖' -> '改了名字'"
    ]


@pytest.mark.parametrize(
    ("defaults", "row", "message"),
    [
        ("d=URBAN p=3 t=1wd s=c r=50", "甲 | A | 一 二 三 四 五", "defaults lack w"),
        ("d=URBAN p=3 t=1wd s=c r=50 w=60", "甲 | A", "3 or 4"),
        ("d=URBAN p=3 t=1wd s=c r=50 w=60", "甲 | A | 一 二 三", "keywords"),
        ("d=URBAN p=3 t=1fortnight s=c r=50 w=60", "甲 | A | 一 二 三 四 五", "time limit"),
        ("d=URBAN p=3 t=1wd s=cx r=50 w=60", "甲 | A | 一 二 三 四 五", "sources"),
        ("d=URBAN p=3 t=1wd s=c r=50 w=60", "甲{} | A{} | 一 二 三 四 五 | x=NONE", "variant set"),
    ],
)
def test_builder_rejects_malformed_rows(defaults: str, row: str, message: str) -> None:
    module = SimpleNamespace(__name__="fake")
    with pytest.raises(build_taxonomy.BuildError, match=message):
        build_taxonomy._rows(module, "01", "测试", defaults, row)


def test_builder_expands_variants_consecutively() -> None:
    module = SimpleNamespace(__name__="fake", VARIANTS={"V": (("甲", "a", "子 丑"), ("乙", "b", ""))})
    table = "03 首 | First | 一 二 三 四 五\n{}类 | {} kind | 一 二 三 四 五 | x=V"
    rows = build_taxonomy._rows(module, "02", "测试", "d=URBAN p=1 t=2h s=cv r=50 w=60", table)
    assert [(r["subcategory_code"], r["name_zh"]) for r in rows] == [("03", "首"), ("04", "甲类"), ("05", "乙类")]
    assert rows[1]["keywords"][-2:] == ["子", "丑"] and rows[0]["accept_minutes"] == 5
    assert rows[0]["sources"] == ["citizen", "video"]
