"""`stance-tracker actors unknown`: the speakers the extractor met who are not in the actors table.

Why: the table (reference/actors.csv, bundled in resources/) only grows when a reviewer sees who is missing. This
lists each unknown speaker once, with how often and where they were quoted, what country and
role the text gave them, one example, and the table people whose names look closest (a
misspelling of someone already there is fixed with an alias, a new person with a row).
Exit 0 on success, 2 when the statements table is missing or lacks the columns it needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from helpers.cli.common import add_data_dir
from helpers.extract.actors import DEFAULT_ACTORS, ActorTable, load_actors
from helpers.paths import DataLayout
from helpers.tables import InputError, read_table

UNKNOWN_COLUMNS = [
    "speaker",
    "count",
    "countries",
    "roles",
    "first_date",
    "last_date",
    "example_url",
    "example_sentence",
    "closest",
]
NEEDED_COLUMNS = ("speaker", "speaker_in_table")
NOT_PEOPLE = ("organisation", "organization", "unnamed")


def register(subparsers: argparse._SubParsersAction) -> None:
    actors = subparsers.add_parser("actors", help="review the actors table against extracted speakers")
    actors_sub = actors.add_subparsers(dest="actors_command", metavar="ACTION")
    unknown = actors_sub.add_parser(
        "unknown",
        help="list speakers found in statements who are not in the actors table",
        description="List the speakers of processed/statements that the actors table does not know, "
        "most quoted first, with the closest names in the table.",
    )
    add_data_dir(unknown)
    unknown.add_argument(
        "--statements",
        metavar="FILE",
        help="statements table (.parquet/.csv/.jsonl); default DATA_DIR/processed/statements.parquet "
        "(or .csv)",
    )
    unknown.add_argument(
        "--min-count", type=int, default=1, metavar="N", help="only speakers quoted N+ times"
    )
    unknown.add_argument(
        "--actors",
        metavar="FILE",
        help="actors table (default: the data dir's reference/actors.csv, else the bundled one)",
    )
    unknown.add_argument("--out", metavar="CSV", help="also write the list to this CSV file")
    unknown.set_defaults(func=run_unknown)
    actors.set_defaults(func=lambda args: actors.print_help() or 2)


def statements_path(data_dir: str | None, given: str | None) -> Path:
    """The statements file to read: the one given, else the data dir's parquet, else its csv."""
    if given:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{path}: statements table not found")
        return path
    parquet = DataLayout.at(data_dir).statements
    for candidate in (parquet, parquet.with_suffix(".csv")):
        if candidate.exists():
            return candidate
    raise InputError(
        f"{parquet}: no statements table (nor {parquet.with_suffix('.csv').name}); "
        "run `stance-tracker extract` first or pass --statements FILE"
    )


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "t")
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):  # NaN
        return False
    return bool(value)


def _values(frame: pd.DataFrame, column: str) -> str:
    if column not in frame.columns:
        return ""
    seen = frame[column].dropna().astype(str).str.strip()
    seen = seen[seen != ""]
    counts = seen.value_counts()
    return ";".join(counts.index.tolist())


def unknown_speakers(
    statements: pd.DataFrame, table: ActorTable, min_count: int = 1, source: str = "statements"
) -> pd.DataFrame:
    """One row per speaker not in the table (most quoted first), in UNKNOWN_COLUMNS."""
    missing = [c for c in NEEDED_COLUMNS if c not in statements.columns]
    if missing:
        raise InputError(f"{source}: statements lack columns {missing}")
    frame = statements[~statements["speaker_in_table"].map(_truthy)]
    frame = frame[frame["speaker"].notna() & (frame["speaker"].astype(str).str.strip() != "")]
    if "speaker_type" in frame.columns:
        frame = frame[~frame["speaker_type"].astype(str).str.lower().isin(NOT_PEOPLE)]
    out: list[dict[str, object]] = []
    for speaker, rows in frame.groupby(frame["speaker"].astype(str).str.strip(), sort=False):
        if len(rows) < min_count:
            continue
        dates = rows["date"].dropna().astype(str) if "date" in rows.columns else pd.Series(dtype=str)
        dates = dates[dates != ""]
        ordered = rows.sort_values("date", na_position="last") if "date" in rows.columns else rows
        example = ordered.iloc[0]
        roles = _values(rows, "speaker_role") or _values(rows, "role_key")
        out.append(
            {
                "speaker": speaker,
                "count": len(rows),
                "countries": _values(rows, "country"),
                "roles": roles,
                "first_date": dates.min() if len(dates) else "",
                "last_date": dates.max() if len(dates) else "",
                "example_url": str(example.get("url") or ""),
                "example_sentence": " ".join(str(example.get("sentence") or "").split()),
                "closest": "; ".join(f"{p} ({s:.0f})" for p, s in table.closest(speaker)),
            }
        )
    result = pd.DataFrame(out, columns=UNKNOWN_COLUMNS)
    result = result.sort_values(["count", "speaker"], ascending=[False, True], kind="stable")
    return result.reset_index(drop=True)


def run_unknown(args: argparse.Namespace) -> int:
    if args.min_count < 1:
        raise InputError(f"--min-count must be at least 1, not {args.min_count}")
    path = statements_path(args.data_dir, args.statements)
    table = load_actors(Path(args.actors) if args.actors else DEFAULT_ACTORS)
    result = unknown_speakers(read_table(path), table, args.min_count, source=str(path))
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        result.to_csv(out, index=False)
    print(f"{len(result)} speakers not in the actors table (quoted {args.min_count}+ times) in {path}")
    for rec in result.to_dict("records"):
        first, last = rec["first_date"], rec["last_date"]
        span = first if first == last else f"{first}..{last}"
        where = rec["countries"] or "?"
        print(f"{rec['count']:>5}  {rec['speaker']}  [{where}] {rec['roles'] or '-'}  {span}")
        sentence = rec["example_sentence"]
        print(f'       e.g. {rec["example_url"]}  "{sentence[:160]}{"..." if len(sentence) > 160 else ""}"')
        print(f"       closest in table: {rec['closest'] or '(none)'}")
    if args.out:
        print(f"written: {args.out}", file=sys.stderr)
    return 0
