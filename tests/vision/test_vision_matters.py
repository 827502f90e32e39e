"""Rule targets resolve to matter types by Chinese name: injectable for tests, real against the taxonomy."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gridcc.domain.event import Source
from vision.matters import resolve_matters
from vision.registry import Watch


@dataclass(frozen=True)
class FakeType:
    code: str
    name_zh: str
    keywords: tuple[str, ...] = ()
    sources: frozenset[Source] = frozenset({Source.VIDEO, Source.CITIZEN})


def test_names_then_substrings_then_keywords() -> None:
    fake = [
        FakeType("A-1", "持械聚集", ("持械", "聚集斗殴")),
        FakeType("A-2", "群众性事件", ("群众聚集", "聚集")),
        FakeType("A-3", "流浪人员突发疾病", ("倒地不起",)),
        FakeType("A-4", "不明烟雾焦味", ("冒烟",)),
        FakeType("A-5", "机动车乱停放", ("违停",)),
        FakeType("A-6", "街面杂物", ("乱堆物",)),
    ]
    m = resolve_matters(fake)
    assert m.codes == {
        Watch.GATHERING: "A-2",  # exact name beats the earlier 持械聚集
        Watch.PERSON_DOWN: "A-3",  # a name containing 突发疾病
        Watch.SMOKE: "A-4",
        Watch.PARKING: "A-5",
        Watch.PILE: "A-6",  # found by keyword only
    }
    assert not m.missing


def test_video_reportable_types_are_preferred_and_missing_ones_reported() -> None:
    fake = [
        FakeType("C-1", "群众性事件", sources=frozenset({Source.CITIZEN})),
        FakeType("V-1", "群众性事件", sources=frozenset({Source.VIDEO})),
    ]
    m = resolve_matters(fake)
    assert m.codes == {Watch.GATHERING: "V-1"}
    assert m.missing == {Watch.PERSON_DOWN, Watch.SMOKE, Watch.PARKING, Watch.PILE}


def test_real_taxonomy_resolves_every_rule() -> None:
    from gridcc.domain import taxonomy

    if not taxonomy.DATA_FILE.exists():
        pytest.skip(f"{taxonomy.DATA_FILE} is not built yet")
    tax = taxonomy.load_taxonomy()
    m = resolve_matters(tax)
    assert not m.missing
    for watch, code in m.codes.items():
        assert Source.VIDEO in tax.get(code).sources, (watch, code)
    assert m.names[Watch.PARKING] == "机动车乱停放"
    assert any(k in m.names[Watch.PERSON_DOWN] for k in ("倒地", "摔倒", "突发疾病", "求助"))
    assert "聚集" in m.names[Watch.GATHERING] or m.names[Watch.GATHERING] == "群众性事件"
