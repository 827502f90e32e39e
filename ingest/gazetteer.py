"""Landmarks a citizen may type instead of sharing a location.

A phone without location permission can still report "祖庙门口" or "佛山站";
the well-known places of the district resolve to coordinates here, and
anything else is refused with a clear message asking for lat/lon.
"""

from __future__ import annotations

LANDMARKS: dict[str, tuple[float, float]] = {
    "祖庙": (23.0334, 113.1150),
    "岭南天地": (23.0306, 113.1167),
    "佛山站": (23.0500, 113.1064),
    "禅城区政府": (23.0197, 113.1224),
    "佛山市第一人民医院": (23.0228, 113.1031),
    "石湾公园": (23.0133, 113.1125),
    "南风古灶": (23.0050, 113.0993),
    "佛山公园": (23.0383, 113.1108),
    "千灯湖": (23.0417, 113.1400),
    "季华公园": (23.0070, 113.0900),
    "张槎": (23.0450, 113.0700),
    "南庄": (23.0000, 113.0200),
    "澜石": (23.0000, 113.1400),
    "绿岛湖": (23.0020, 113.0400),
    "魁星阁": (23.0270, 113.1100),
    "东平河": (22.9950, 113.1250),
}


def resolve_address(address: str) -> tuple[float, float] | None:
    """The coordinates of the longest landmark named in ``address``, or None."""
    hits = [name for name in LANDMARKS if name in address]
    if not hits:
        return None
    return LANDMARKS[max(hits, key=len)]
