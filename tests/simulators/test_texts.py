"""The citizen text generator: deterministic, varied, noisy at the stated rate, families kept apart."""

from __future__ import annotations

import random

import pytest

from gridcc.domain.event import Source
from gridcc.domain.taxonomy import load_taxonomy
from simulators.text_places import ESTATES, LANDMARKS, PLACE_SHAPES, STREETS, VILLAGES
from simulators.texts import FAMILIES, MAX_CHARS, SHAPES, compose, report_text

TYPES = load_taxonomy().reportable_by(Source.CITIZEN)


def test_same_seed_same_texts() -> None:
    a = [report_text(t, random.Random(7)) for t in TYPES[:50]]
    b = [report_text(t, random.Random(7)) for t in TYPES[:50]]
    assert a == b
    rng1, rng2 = random.Random(1), random.Random(1)
    assert [compose(TYPES[3], rng1, "b").text for _ in range(30)] == [
        compose(TYPES[3], rng2, "b").text for _ in range(30)
    ]
    assert a != [report_text(t, random.Random(8)) for t in TYPES[:50]]


@pytest.mark.parametrize("code", ["BJ-01-02", "YJ-02-01", "SC-02-12", "LD-02-05", "XF-01-07"])
def test_many_distinct_texts_per_type(code: str) -> None:
    matter = load_taxonomy().get(code)
    rng = random.Random(0)
    texts = [report_text(matter, rng) for _ in range(200)]
    assert len(set(texts)) >= 150
    lengths = [len(t) for t in texts]
    assert min(lengths) < 15 and max(lengths) > 40  # bare complaints and long rambling ones
    assert all(0 < n <= MAX_CHARS for n in lengths)


def test_every_citizen_type_gets_text_in_both_families() -> None:
    rng = random.Random(3)
    for t in TYPES:
        for family in FAMILIES:
            text = compose(t, rng, family).text
            assert text.strip() and len(text) <= MAX_CHARS, (t.code, family, text)


@pytest.mark.parametrize("family", FAMILIES)
def test_typos_at_the_stated_rate(family: str) -> None:
    rng = random.Random(11)
    reports = [compose(TYPES[i % len(TYPES)], rng, family, typo_rate=0.15) for i in range(4000)]
    rate = sum(r.typo for r in reports) / len(reports)
    assert 0.12 <= rate <= 0.18, rate
    clean = [compose(TYPES[i % len(TYPES)], rng, family, typo_rate=0.0) for i in range(500)]
    assert not any(r.typo for r in clean)


def test_families_share_no_places_or_shapes() -> None:
    for table in (STREETS, LANDMARKS, VILLAGES, ESTATES, PLACE_SHAPES, SHAPES):
        assert not set(table["a"]) & set(table["b"]), table


def test_reports_mention_places_and_describe_symptoms() -> None:
    rng = random.Random(5)
    matter = load_taxonomy().get("BJ-01-02")  # 污水井盖: has hand-written symptom phrases
    texts = [report_text(matter, rng) for _ in range(300)]
    places = [p for table in (STREETS, LANDMARKS, VILLAGES, ESTATES) for fam in FAMILIES for p in table[fam]]
    assert sum(any(p in t for p in places) for t in texts) > 150
    assert any("盖子" in t or "大洞" in t for t in texts)  # the symptom, not just the type's name
    assert sum(matter.name_zh in t for t in texts) < 150


def test_unknown_family_is_refused() -> None:
    with pytest.raises(ValueError, match="family"):
        compose(TYPES[0], random.Random(0), "c")
