"""Generate ``taxonomy.json`` from the hand-written tables in ``taxonomy_src``.

Run ``python -m gridcc.domain.data.build_taxonomy`` after editing a table; the
output is byte-for-byte deterministic, so a clean ``git diff`` after a rebuild
proves the committed file matches its sources (``--check`` does the same
without writing, for CI).

Row syntax (one matter per line, inside a 大类's ``rows`` string)::

    [NN ]name_zh | name_en | keyword keyword ... [| overrides]

* ``NN``: explicit 2-digit 小类, needed only where the standard's numbering
  has gaps (district extensions start at 51); otherwise rows count on from
  the previous one.
* keywords are separated by spaces (Chinese keywords never contain one).
* overrides and 大类 defaults use the same ``key=value`` tokens:
  ``d`` department code, ``p`` priority 1-4, ``a`` accept minutes (default
  from the priority: 5/15/30/60), ``t`` time limit (``30m``, ``2h``, ``4wh``
  work hours, ``5wd`` work days), ``s`` sources (letters ``c`` citizen,
  ``i`` IoT, ``v`` video), ``r`` merge radius in metres, ``w`` merge window
  in minutes, ``x`` a variant set of the module to expand the row over.
* a row with ``x=SET`` has ``{}`` in both names; it becomes one matter per
  variant ``(zh, en, extra keywords)``, numbered consecutively.  Only used
  where the variants are handled differently in practice (a blocked fire
  lane in a market is not the same job as one in a residential estate).

Codes never move: unless ``--renumber`` is given, the builder refuses to
write a file in which an already published code names a different matter.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gridcc.domain.data import taxonomy_src
from gridcc.domain.taxonomy import EXPECTED_COUNT, Taxonomy

OUTPUT = Path(__file__).with_name("taxonomy.json")
SCHEMA = 1
VERSION = "2025.1"
STANDARD = "GB/T 30428.2-2013 数字化城市管理信息系统 第2部分：管理部件和事件"
DISTRICT = "440604"  # 禅城区

MIN_KEYWORDS, MAX_KEYWORDS = 5, 15
_ACCEPT_BY_PRIORITY = {1: 5, 2: 15, 3: 30, 4: 60}
_UNITS = {"m": "minutes", "h": "hours", "wh": "work_hours", "wd": "work_days"}
_SOURCES = {"c": "citizen", "i": "iot", "v": "video"}
_LIMIT_RE = re.compile(r"^(\d+)(m|h|wh|wd)$")
_NUMBERED_RE = re.compile(r"^(\d{2})\s+(.+)$")
_REQUIRED = ("d", "p", "t", "s", "r", "w")
_FIELD_ORDER = (
    "code",
    "name_zh",
    "name_en",
    "domain",
    "kind",
    "category_code",
    "category_name",
    "subcategory_code",
    "department",
    "priority",
    "accept_minutes",
    "time_limit",
    "sources",
    "keywords",
    "merge_radius_m",
    "merge_window_min",
)

Variant = tuple[str, str, str]


class BuildError(ValueError):
    """A source table is malformed; the message names the module and row."""


def _tokens(text: str, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if not sep or not value:
            raise BuildError(f"{where}: bad token {token!r} (want key=value)")
        out[key] = value
    return out


def _limit(text: str, where: str) -> dict[str, Any]:
    match = _LIMIT_RE.match(text)
    if not match:
        raise BuildError(f"{where}: bad time limit {text!r} (want e.g. 30m, 2h, 4wh, 5wd)")
    return {"value": int(match.group(1)), "unit": _UNITS[match.group(2)]}


def _sources(text: str, where: str) -> list[str]:
    unknown = set(text) - set(_SOURCES)
    if unknown or not text:
        raise BuildError(f"{where}: bad sources {text!r} (letters c, i, v)")
    return [name for letter, name in _SOURCES.items() if letter in text]


def _keywords(words: Sequence[str], where: str) -> list[str]:
    unique = list(dict.fromkeys(words))
    if not MIN_KEYWORDS <= len(unique) <= MAX_KEYWORDS:
        raise BuildError(f"{where}: {len(unique)} keywords, want {MIN_KEYWORDS}-{MAX_KEYWORDS}")
    return unique


def _rows(module: Any, cat_num: str, cat_name: str, defaults: str, rows: str) -> list[dict[str, Any]]:
    where_cat = f"{module.__name__} 大类 {cat_num}"
    base = _tokens(defaults, where_cat)
    missing = [k for k in _REQUIRED if k not in base]
    if missing:
        raise BuildError(f"{where_cat}: defaults lack {', '.join(missing)}")
    variants: Mapping[str, Sequence[Variant]] = getattr(module, "VARIANTS", {})
    out: list[dict[str, Any]] = []
    last = 0
    for lineno, raw in enumerate(rows.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{where_cat} row {lineno} ({line[:20]}...)"
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in (3, 4):
            raise BuildError(f"{where}: want 3 or 4 '|'-separated fields, got {len(fields)}")
        name_zh, name_en, words = fields[0], fields[1], fields[2].split()
        numbered = _NUMBERED_RE.match(name_zh)
        if numbered:
            number, name_zh = int(numbered.group(1)), numbered.group(2).strip()
            if number <= last:
                raise BuildError(f"{where}: 小类 {number:02d} not after {last:02d}")
            last = number - 1
        opts = {**base, **_tokens(fields[3] if len(fields) == 4 else "", where)}
        expand: Sequence[Variant] = [("", "", "")]
        if "x" in opts:
            if opts["x"] not in variants:
                raise BuildError(f"{where}: unknown variant set {opts['x']!r}")
            expand = variants[opts["x"]]
            if "{}" not in name_zh or "{}" not in name_en:
                raise BuildError(f"{where}: an expanded row needs {{}} in both names")
        for v_zh, v_en, v_words in expand:
            last += 1
            if last > 99:
                raise BuildError(f"{where}: 大类 {cat_num} has more than 99 小类")
            priority = int(opts["p"])
            out.append(
                {
                    "subcategory_code": f"{last:02d}",
                    "name_zh": name_zh.replace("{}", v_zh),
                    "name_en": name_en.replace("{}", v_en),
                    "category_code": cat_num,
                    "category_name": cat_name,
                    "department": opts["d"],
                    "priority": priority,
                    "accept_minutes": int(opts.get("a", _ACCEPT_BY_PRIORITY.get(priority, 0))),
                    "time_limit": _limit(opts["t"], where),
                    "sources": _sources(opts["s"], where),
                    "keywords": _keywords([*words, *v_words.split()], where),
                    "merge_radius_m": int(opts["r"]),
                    "merge_window_min": int(opts["w"]),
                }
            )
    return out


def collect() -> list[dict[str, Any]]:
    """Every matter type, in module and table order, with its final code."""
    types: list[dict[str, Any]] = []
    for name in taxonomy_src.MODULES:
        module = importlib.import_module(f"{taxonomy_src.__name__}.{name}")
        for cat_num, cat_name, defaults, rows in module.CATEGORIES:
            for row in _rows(module, cat_num, cat_name, defaults, rows):
                code = f"{module.PREFIX}-{cat_num}-{row['subcategory_code']}"
                item = {"code": code, **row, "domain": module.DOMAIN, "kind": module.KIND}
                types.append({key: item[key] for key in _FIELD_ORDER})
    return types


def build_document() -> dict[str, Any]:
    """The whole file's content, validated exactly as the runtime will load it."""
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "version": VERSION,
        "standard": STANDARD,
        "district": DISTRICT,
        "count": 0,
        "domains": [{"code": c, "name_zh": zh, "name_en": en} for c, zh, en in taxonomy_src.DOMAINS],
        "types": collect(),
    }
    doc["count"] = len(doc["types"])
    Taxonomy.from_dict(doc, expected_count=EXPECTED_COUNT)
    return doc


def render(doc: Mapping[str, Any]) -> str:
    """One matter per line: reviewable diffs without a 30 000-line file."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    head = [f"  {dump(k)}: {dump(v)}" for k, v in doc.items() if k not in ("domains", "types")]
    lines = ["{", *(h + "," for h in head)]
    for key in ("domains", "types"):
        items = [f"    {dump(item)}" for item in doc[key]]
        lines += [f'  "{key}": [', ",\n".join(items), "  ]" + ("," if key == "domains" else "")]
    return "\n".join([*lines, "}"]) + "\n"


def renamed_codes(old_text: str, doc: Mapping[str, Any]) -> list[str]:
    """Published codes that would now mean something else (or vanish)."""
    old = {t["code"]: t["name_zh"] for t in json.loads(old_text)["types"]}
    new = {t["code"]: t["name_zh"] for t in doc["types"]}
    return [f"{c}: {n!r} -> {new.get(c)!r}" for c, n in old.items() if new.get(c) != n]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("--renumber", action="store_true", help="allow published codes to change")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        doc = build_document()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = render(doc)
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if current != text:
            print(f"{args.output} is out of date; run python -m {__spec__.name if __spec__ else __name__}")
            return 1
        return 0
    if current is not None and not args.renumber:
        moved = renamed_codes(current, doc)
        if moved:
            print("refusing to change published codes (use --renumber):", *moved, sep="\n  ")
            return 1
    args.output.write_text(text, encoding="utf-8")
    per_domain: dict[str, int] = {}
    for item in doc["types"]:
        per_domain[item["domain"]] = per_domain.get(item["domain"], 0) + 1
    print(f"wrote {args.output} with {doc['count']} matter types:")
    for code, count in per_domain.items():
        print(f"  {code:12} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
