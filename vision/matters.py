"""Which matter type each vision rule reports, resolved by Chinese name from the taxonomy at start-up.

Matter codes are data, owned by the taxonomy; the vision rules only know what
they see.  Each rule lists the names it prefers, best first, then keywords to
fall back on, so a renamed or extended taxonomy still resolves (and a
missing type is reported at start-up, with the rule left off, rather than
raising unroutable events at 3 a.m.).

Example::

    >>> from types import SimpleNamespace as T
    >>> tax = [T(code="SJ-05-09", name_zh="群众性事件", keywords=("聚集",)),
    ...        T(code="X-1", name_zh="人员倒地", keywords=())]
    >>> m = resolve_matters(tax)
    >>> m.codes[Watch.GATHERING], m.codes[Watch.PERSON_DOWN], sorted(w.value for w in m.missing)
    ('SJ-05-09', 'X-1', ['parking', 'pile', 'smoke'])
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from gridcc.domain.event import Source
from vision.registry import Watch

log = logging.getLogger(__name__)

# (preferred exact names, substrings of a name, keywords) per rule, each list best first.
TARGETS: dict[Watch, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    Watch.PERSON_DOWN: (
        ("人员倒地", "路人倒地", "突发疾病", "人员求助", "紧急求助"),
        ("倒地", "摔倒", "跌倒", "突发疾病", "晕倒", "求助"),
        ("倒地", "老人倒地", "倒地不起", "晕倒", "昏倒", "突发疾病", "求助"),
    ),
    Watch.GATHERING: (("人员聚集", "群众性事件", "非法聚集"), ("聚集", "群众性"), ("聚集", "群众聚集", "人群围观")),
    Watch.SMOKE: (("不明烟雾焦味", "烟雾", "火灾"), ("烟雾", "冒烟"), ("冒烟", "着火", "烟雾")),
    Watch.PARKING: (("机动车乱停放",), ("机动车乱停", "违章停车", "违停"), ("违停", "乱停车", "占道停车")),
    Watch.PILE: (("乱堆物堆料", "乱堆乱放"), ("乱堆物", "堆物堆料", "堆放"), ("乱堆物", "堆料", "乱堆乱放")),
}


class MatterLike(Protocol):
    """What the resolver reads of a matter type (``MatterType`` has more)."""

    @property
    def code(self) -> str: ...

    @property
    def name_zh(self) -> str: ...

    @property
    def keywords(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class MatterMap:
    codes: dict[Watch, str]
    names: dict[Watch, str]
    missing: frozenset[Watch]


def resolve_matters(taxonomy: Iterable[MatterLike]) -> MatterMap:
    """Best match per rule: an exact name, else a name containing a term, else a keyword.

    Types a camera may report (``sources`` includes video) are preferred over those only citizens or sensors do.
    """
    types = sorted(taxonomy, key=lambda t: Source.VIDEO not in getattr(t, "sources", (Source.VIDEO,)))
    codes: dict[Watch, str] = {}
    names: dict[Watch, str] = {}
    for watch, (exact, within, keywords) in TARGETS.items():
        found = next((t for n in exact for t in types if t.name_zh == n), None)
        found = found or next((t for n in within for t in types if n in t.name_zh), None)
        found = found or next((t for k in keywords for t in types if k in t.keywords), None)
        if found is not None:
            codes[watch], names[watch] = found.code, found.name_zh
    missing = frozenset(set(TARGETS) - set(codes))
    for w in missing:
        log.error("no matter type for vision rule %s (looked for %s): the rule is off", w.value, TARGETS[w][0])
    return MatterMap(codes, names, missing)


def load_matters() -> MatterMap:
    """The packaged taxonomy's mapping (``gridcc/domain/data/taxonomy.json``)."""
    from gridcc.domain.taxonomy import load_taxonomy

    return resolve_matters(load_taxonomy())
