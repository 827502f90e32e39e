from dataclasses import replace

from gridcc.domain.audit import GENESIS, Transition, chain, first_break


def records() -> list[Transition]:
    return [
        Transition("c1", f"2026-01-05T08:0{i}:00+00:00", None if i == 0 else "s", "s", "system", None) for i in range(5)
    ]


def test_an_intact_chain_verifies() -> None:
    assert first_break(chain(GENESIS, records())) is None


def test_altered_removed_and_reordered_records_are_named() -> None:
    rows = chain(GENESIS, records())
    altered = list(rows)
    rec, prev, h = altered[2]
    altered[2] = (replace(rec, actor="mallory"), prev, h)
    assert first_break(altered).index == 2  # type: ignore[union-attr]
    removed = rows[:1] + rows[2:]
    assert first_break(removed).index == 1  # type: ignore[union-attr]
    swapped = [rows[0], rows[2], rows[1], *rows[3:]]
    assert first_break(swapped).index == 1  # type: ignore[union-attr]
