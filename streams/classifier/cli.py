"""``gridcc classify``: JSON lines in, one JSON line out per input, with the stream's own model."""

from __future__ import annotations

import json
from typing import TextIO

from gridcc.domain.taxonomy import load_taxonomy
from gridcc.settings import Settings
from streams.classifier.loader import load_classifier


def run(inp: TextIO, out: TextIO, settings: Settings, batch: int = 256) -> int:
    taxonomy = load_taxonomy()
    model = load_classifier(taxonomy, settings)
    errors = 0
    pending: list[str | None] = []
    texts: list[str] = []

    def flush() -> None:
        preds = iter(model.predict(texts)) if texts else iter(())
        for item in pending:
            if item is not None:
                out.write(item + "\n")
                continue
            p = next(preds)
            name = taxonomy.get(p.code).name_zh if p.code else None
            out.write(
                json.dumps(
                    {
                        "code": p.code or None,
                        "name_zh": name,
                        "score": round(p.score, 4),
                        "top3": [
                            {"code": c.code, "name_zh": taxonomy.get(c.code).name_zh, "score": round(c.score, 4)}
                            for c in p.top3
                        ],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        pending.clear()
        texts.clear()
        out.flush()

    for line_no, line in enumerate(inp, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            if not isinstance(text, str) or not text.strip():
                raise ValueError("text must be a non-empty string")
        except (ValueError, KeyError, TypeError) as exc:
            errors += 1
            pending.append(json.dumps({"error": f"line {line_no}: {exc}"}, ensure_ascii=False))
            continue
        pending.append(None)
        texts.append(text)
        if len(texts) >= batch:
            flush()
    flush()
    return 1 if errors else 0
