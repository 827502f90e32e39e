"""``gridcc``: one command for running, inspecting and measuring the command center.

Every subcommand prints either progress lines for a person or one JSON
document for a script; configuration errors end with one line saying what to
fix, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from gridcc.runtime.process import StartupError


def _settings() -> Any:
    """The environment's settings, with a running ``gridcc up``'s embedded server URLs filled in."""
    from gridcc.runtime.status import with_state
    from gridcc.settings import get_settings

    return with_state(get_settings())[0]


def _dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def cmd_up(args: argparse.Namespace) -> int:
    from gridcc.runtime.launcher import Launcher
    from gridcc.settings import get_settings

    settings = get_settings()
    if args.workers:
        settings = settings.model_copy(
            update={"streams": settings.streams.model_copy(update={"workers": args.workers})}
        )
    return Launcher(settings, simulate=args.simulate).run()


def cmd_status(args: argparse.Namespace) -> int:
    from gridcc.runtime.status import collect

    report = collect(_settings())
    _dump(report)
    return 0 if report["ok"] else 1


def cmd_taxonomy_stats(args: argparse.Namespace) -> int:
    from gridcc.domain.components import load_components
    from gridcc.domain.geo import load_geography
    from gridcc.domain.taxonomy import load_taxonomy
    from gridcc.domain.teams import load_teams

    tax, geo = load_taxonomy(), load_geography()
    teams = load_teams(geo)
    classes = [(t.category_code, t.subcategory_code) for t in tax.component_classes()]
    comps = load_components(classes, geo, cache_dir=_settings().data_dir / "cache")
    _dump({**tax.stats(), **geo.stats(), **teams.stats(), **comps.stats()})
    return 0


def cmd_grids_lookup(args: argparse.Namespace) -> int:
    from gridcc.domain.geo import OutsideDistrictError, load_geography

    try:
        loc = load_geography().locate(args.lat, args.lon)
    except OutsideDistrictError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    _dump(
        {
            "grid_id": loc.grid.grid_id,
            "community": {"id": loc.community.id, "name_zh": loc.community.name_zh},
            "subdistrict": {
                "id": loc.subdistrict.id,
                "name_zh": loc.subdistrict.name_zh,
                "name_en": loc.subdistrict.name_en,
            },
        }
    )
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from streams.classifier.cli import run

    return run(sys.stdin, sys.stdout, _settings())


def cmd_migrate(args: argparse.Namespace) -> int:
    from gridcc.runtime.db import migrate

    s = _settings()
    if not s.database_url:
        sys.stderr.write("error: GRIDCC_DATABASE_URL is not set\n")
        return 2
    _dump({"mode": migrate(s.database_url).value})
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    import psycopg

    from gridcc.runtime.audit_store import pending, seal, verify

    s = _settings()
    with psycopg.connect(s.database_url or "") as conn:
        sealed = 0
        while (n := seal(conn)) > 0:  # everything committed so far is checked, not only what the sealer reached
            sealed += n
        checked, broken, seq = verify(conn)
        left = pending(conn)
    _dump(
        {
            "records": checked,
            "ok": broken is None,
            "first_bad_seq": seq,
            "reason": broken.reason if broken else None,
            "sealed_now": sealed,
            "pending": left,
        }
    )
    return 0 if broken is None else 1


def cmd_dispatch_stats(args: argparse.Namespace) -> int:
    import psycopg

    from dispatch.stats import dispatch_stats

    with psycopg.connect(_settings().database_url or "") as conn:
        _dump(dispatch_stats(conn))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Benchmarks own their options; everything after the benchmark's name is passed through."""
    if args.which == "e2e":
        from simulators.bench_e2e import main as bench_main
    elif args.which == "vision":
        from vision.bench import main as bench_main
    elif args.which == "mqtt":
        from ingest.bench_mqtt import main as bench_main
    elif args.which == "streams":
        from simulators.bench_streams import main as bench_main
    else:
        from gridcc.domain.bench_geo import main as bench_main
    return int(bench_main(args.rest) or 0)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridcc",
        description="Grid Command: real-time grid-governance command center. Configuration comes from GRIDCC_* "
        "environment variables (see README); unset server URLs mean embedded servers.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = sub.add_parser("up", help="start the whole command center (embedded servers where no URL is set)")
    up.add_argument("--simulate", action="store_true", help="also run the district simulators feeding it")
    up.add_argument("--workers", type=int, default=0, help="faust worker processes (default: settings)")
    up.set_defaults(func=cmd_up)

    sub.add_parser("status", help="JSON health of every component").set_defaults(func=cmd_status)
    sub.add_parser("migrate", help="apply the database schema (idempotent)").set_defaults(func=cmd_migrate)

    tax = sub.add_parser("taxonomy", help="the matter taxonomy").add_subparsers(dest="sub", required=True)
    tax.add_parser("stats", help="counts of matter types, domains, grids, teams, components").set_defaults(
        func=cmd_taxonomy_stats
    )

    grids = sub.add_parser("grids", help="the micro-grids").add_subparsers(dest="sub", required=True)
    lookup = grids.add_parser("lookup", help="which grid, community and sub-district a point is in")
    lookup.add_argument("lat", type=float)
    lookup.add_argument("lon", type=float)
    lookup.set_defaults(func=cmd_grids_lookup)

    sub.add_parser("classify", help='classify JSON lines {"text": ...} from stdin').set_defaults(func=cmd_classify)

    disp = sub.add_parser("dispatch", help="the dispatch engine").add_subparsers(dest="sub", required=True)
    disp.add_parser("stats", help="open cases, tasks by state, overdue, escalated, times").set_defaults(
        func=cmd_dispatch_stats
    )

    bench = sub.add_parser(
        "bench", help="benchmarks: e2e, streams, vision, mqtt, geo (each has its own --help)", add_help=False
    )
    bench.add_argument("which", choices=("e2e", "streams", "vision", "mqtt", "geo"))
    bench.add_argument("rest", nargs=argparse.REMAINDER)
    bench.set_defaults(func=cmd_bench)

    audit = sub.add_parser("audit", help="the tamper-evident record").add_subparsers(dest="sub", required=True)
    audit.add_parser("verify", help="walk the chain; name the first altered record").set_defaults(func=cmd_audit_verify)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        sys.stderr.write(
            f"error: bad configuration: {'.'.join(map(str, first['loc']))}: {first['msg']} "
            "(check the GRIDCC_* environment variables)\n"
        )
        return 2
    except StartupError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except Exception as exc:
        import psycopg

        if isinstance(exc, psycopg.Error):
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            sys.stderr.write(f"error: database: {first} (is `gridcc up` running, or GRIDCC_DATABASE_URL set?)\n")
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
