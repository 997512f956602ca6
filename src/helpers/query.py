"""The one read path: DuckDB over the processed Parquet tables, for the report and the explorer.

Report sections and the explore dashboard never open a processed table themselves: they ask
this module, which reads the Parquet with DuckDB (the window's dates and countries pushed down
to month partitions and row groups) and returns small pandas frames ready to chart or show:
counts by month, country and quarter, latest statements, timeline points or counts, sources,
polls, a capped list of rows. The same queries serve ten statements and ten million.

Statements are read from the month-partitioned dataset (`processed/statements_dataset`) when it
holds the same table as `processed/statements.parquet`, else from that flat file. The CSV files
written beside each Parquet (`tables.write_table`) are exports for people: never read here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pycountry

from helpers import labels as topic_labels
from helpers import storage
from helpers.paths import DataLayout, resource_path
from helpers.schemas import BODIES
from helpers.tables import InputError
from helpers.topics import Topic

# DuckDB's budget for one query: big group-bys and sorts spill to a temporary directory beyond
# it instead of growing (DuckDB's default is 80% of the machine's memory).
DUCKDB_MEMORY_LIMIT = os.environ.get("STANCE_TRACKER_DUCKDB_MEMORY", "512MB")
DOCUMENT_COLUMNS = ["doc_id", "published", "outlet", "title", "url"]
DEMONYMS = resource_path("reference", "demonyms.csv")  # names of the codes of international bodies
TEXT_CHARS = 2000  # of an untitled document's text: enough for a readable title


# ---------------------------------------------------------------- names shown for codes


@lru_cache(maxsize=1)
def body_names() -> dict[str, str]:
    """Readable names of the non-ISO codes the data contract allows (international bodies): the first
    name each has in the bundled reference/demonyms.csv, else the code itself."""
    names: dict[str, str] = {}
    if DEMONYMS.exists():
        table = pd.read_csv(DEMONYMS, dtype=str, keep_default_na=False)
        names = {
            str(code): str(listed).split("|")[0]
            for code, listed in zip(table["alpha2"], table["names"], strict=True)
            if listed
        }
    return {code: names.get(code, code) for code in BODIES}


def country_name(code: object) -> str:
    """A readable name for an ISO alpha-2 code (or an international body); unknown codes pass through."""
    if code is None or (isinstance(code, float) and pd.isna(code)) or code == "":
        return "Unknown"
    code = str(code)
    bodies = body_names()
    if code in bodies:
        return bodies[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def with_country_names(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `country_name` (one pycountry call per distinct country, not per row)."""
    codes = frame["country"].astype(object).where(frame["country"].notna(), None)
    names = {c: country_name(c) for c in set(codes)}
    return frame.assign(country_name=codes.map(lambda c: names[c]))


def parse_countries(countries: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """'dk, FR' or ['dk', 'FR'] -> ['DK', 'FR']."""
    if not countries:
        return []
    items = countries.split(",") if isinstance(countries, str) else countries
    return [c.strip().upper() for c in items if c.strip()]


# ---------------------------------------------------------------- which tables, which window


def statements_dataset(layout: DataLayout) -> Path | None:
    """The month-partitioned statements dataset, if it holds the same table as statements.parquet.

    `stance-tracker extract` writes both; a data dir whose flat table was written by other
    means (older runs, tests, a copied file) keeps being read from the flat table.
    """
    root = storage.dataset_dir(layout.processed, "statements")
    if not storage.has_fragments(root):
        return None
    if layout.statements.exists() and pq.ParquetFile(
        layout.statements
    ).metadata.num_rows != storage.row_count(root):
        return None
    return root


def statements_source(layout: DataLayout) -> Path | None:
    """Where the statements are read from: the dataset (see `statements_dataset`), else the flat file."""
    dataset = statements_dataset(layout)
    if dataset is not None:
        return dataset
    return layout.statements if layout.statements.exists() else None


def polls_source(layout: DataLayout) -> Path | None:
    """The merged polls (imported + extracted) when present, else the extracted ones."""
    merged = layout.processed / "polls_merged.parquet"
    if merged.exists():
        return merged
    return layout.polls if layout.polls.exists() else None


@dataclass(frozen=True)
class Window:
    """What a report or the explorer reads: a data dir's tables, from `since` to `until`, for `countries`."""

    layout: DataLayout
    statements: Path
    since: str = ""
    until: str = ""
    countries: tuple[str, ...] = ()
    topic: Topic | None = None  # whose labels the prepared view normalises to (None: the default topic)
    polls: Path | None = None
    documents: Path | None = None
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def open_window(
    data_dir: str | Path,
    *,
    since: str = "",
    until: str = "",
    countries: str | list[str] | tuple[str, ...] = "",
    topic: Topic | None = None,
) -> Window:
    """The window over a data dir's processed tables; a clear error when dates are malformed or
    there are no statements yet."""
    for value, name in ((since, "since"), (until, "until")):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError as err:
                raise InputError(f"{name}={value!r}: not a YYYY-MM-DD date") from err
    layout = DataLayout.at(data_dir)
    source = statements_source(layout)
    if source is None:
        raise InputError(f"{layout.statements}: no statements table; run `stance-tracker extract` first")
    return Window(
        layout=layout,
        statements=source,
        since=since,
        until=until,
        countries=tuple(parse_countries(countries)),
        topic=topic,
        polls=polls_source(layout),
        documents=layout.documents if layout.documents.exists() else None,
    )


# ---------------------------------------------------------------- DuckDB connection and views


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def prepared_view_sql(topic: Topic | None = None) -> str:
    """View `p`: the statements as the charts see them (helpers.charts.statements.prepare_statements,
    in SQL): dated rows only, a stance outside the topic's labels as its "no position" label, an
    unknown deployment as the catch-all label, empty strings for missing speakers and roles."""
    stances = topic_labels.stance_labels(topic)
    stance = (
        f"CASE WHEN stance IN ({', '.join(map(_sql_text, stances.names))}) THEN stance "
        f"ELSE {_sql_text(topic_labels.fallback_stance(stances))} END"
    )
    deployments = topic_labels.deployment_labels(topic)
    deployment = (
        "CAST(deployment AS VARCHAR)"
        if deployments is None
        else f"CASE WHEN deployment IN ({', '.join(map(_sql_text, deployments.names))}) THEN deployment "
        f"ELSE {_sql_text(topic_labels.fallback_deployment(deployments))} END"
    )
    return f"""
CREATE VIEW p AS SELECT
  try_cast(date AS DATE) AS day, country, statement_id,
  {stance} AS stance,
  {deployment} AS deployment,
  coalesce(CAST(speaker AS VARCHAR), '') AS speaker,
  coalesce(CAST(speaker_role AS VARCHAR), '') AS speaker_role
FROM st WHERE try_cast(date AS DATE) IS NOT NULL"""


def _window_filters(window: Window) -> dict[str, Any]:
    return {
        "since": window.since or None,
        "until": window.until or None,
        "where": {"country": list(window.countries)} if window.countries else None,
    }


def _polls_view(con: duckdb.DuckDBPyConnection, window: Window) -> None:
    """View `polls`: the window's polls (an empty view with the key columns when there are none)."""
    if window.polls is None:
        con.execute(
            "CREATE VIEW polls AS SELECT NULL::VARCHAR AS poll_id, NULL::VARCHAR AS doc_id, "
            "NULL::VARCHAR AS date, NULL::VARCHAR AS country WHERE false"
        )
        return
    names = set(pq.read_schema(window.polls).names)
    filters = _window_filters(window)
    if "date" not in names:
        filters["since"] = filters["until"] = None
    if "country" not in names:
        filters["where"] = None
    storage.duckdb_view(con, window.polls, "polls", **filters)


def _duckdb() -> duckdb.DuckDBPyConnection:
    """A DuckDB connection within the memory limit, spilling to a temp folder, without progress bars."""
    spill = Path(tempfile.gettempdir()) / "stance-tracker-duckdb"
    con = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": str(spill)})
    con.execute("SET enable_progress_bar = false")  # no progress widget in notebooks and reports
    return con


@contextmanager
def connect(window: Window) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection with views `st` (the window's statements), `p` (prepared statements)
    and `polls` (the window's polls)."""
    con = _duckdb()
    try:
        storage.duckdb_view(con, window.statements, "st", **_window_filters(window))
        con.execute(prepared_view_sql(window.topic))
        _polls_view(con, window)
        yield con
    finally:
        con.close()


def run(window: Window, sql: str, **frames: pd.DataFrame) -> pd.DataFrame:
    """The result of `sql` over the window's views (and any small `frames` registered by name), as
    pandas with the types pyarrow gives a Parquet read (nullable integers as floats, text as str)."""
    with connect(window) as con:
        for name, frame in frames.items():
            con.register(name, frame)
        return con.sql(sql).to_arrow_table().to_pandas()


# ---------------------------------------------------------------- counts and headline numbers


def count_statements(window: Window) -> int:
    """Statements in the window (counted by DuckDB over pruned partitions)."""
    if "count" not in window.cache:
        window.cache["count"] = int(run(window, "SELECT count(*) AS n FROM st")["n"].iloc[0])
    return int(window.cache["count"])


def headline(window: Window) -> dict[str, Any]:
    """Statements, speakers, countries and polls in the window, and its first and last date."""
    if "headline" not in window.cache:
        row = run(
            window,
            """WITH d AS (SELECT substr(CAST(date AS VARCHAR), 1, 10) AS d FROM st
                          UNION ALL SELECT substr(CAST(date AS VARCHAR), 1, 10) FROM polls)
            SELECT (SELECT count(*) FROM st) AS statements,
                   (SELECT count(DISTINCT speaker) FROM st) AS speakers,
                   (SELECT count(DISTINCT country) FROM st) AS countries,
                   (SELECT count(*) FROM polls) AS polls,
                   (SELECT min(d) FROM d) AS first, (SELECT max(d) FROM d) AS last""",
        ).iloc[0]
        window.cache["headline"] = {
            "statements": int(row["statements"]),
            "speakers": int(row["speakers"]),
            "countries": int(row["countries"]),
            "polls": int(row["polls"]),
            "first_date": row["first"] if isinstance(row["first"], str) else "",
            "last_date": row["last"] if isinstance(row["last"], str) else "",
        }
    return dict(window.cache["headline"])


def stance_counts_by_month(window: Window) -> pd.DataFrame:
    """Dated statements per month ("YYYY-MM-01") and stance: columns month, stance, n."""
    frame = run(
        window, "SELECT strftime(day, '%Y-%m-01') AS month, stance, count(*) AS n FROM p GROUP BY ALL"
    )
    return frame.astype({"n": "int64"})


# the latest statement of a group: by day, then statement_id (as prepare + sort + tail(1) does)
_KEY = "strftime(day, '%Y-%m-%d') || '|' || coalesce(CAST(statement_id AS VARCHAR), '')"
_LATEST = (
    f"arg_max(stance, {_KEY}) AS stance, arg_max(speaker, {_KEY}) AS speaker, "
    f"arg_max(speaker_role, {_KEY}) AS speaker_role, strftime(max(day), '%Y-%m-%d') AS date"
)


def latest_by_country_quarter(window: Window) -> pd.DataFrame:
    """Each (country, quarter)'s latest dated statement and the quarter's count: columns country
    ('' when missing), country_name, quarter ("2025 Q1"), stance, speaker, date, n."""
    latest = run(
        window,
        f"""SELECT coalesce(country, '') AS country, year(day) || ' Q' || quarter(day) AS quarter,
                   {_LATEST}, count(*) AS n
            FROM p GROUP BY ALL""",
    )
    return with_country_names(latest).drop(columns=["speaker_role"]).astype({"n": "int64"})


def latest_by_country(window: Window) -> pd.DataFrame:
    """Each country's latest dated statement: country, country_name, stance, speaker, speaker_role,
    date, n (its dated statements), by country code."""
    latest = run(
        window,
        f"""SELECT country, {_LATEST}, count(*) AS n FROM p
            WHERE country IS NOT NULL AND country <> '' GROUP BY ALL""",
    )
    cols = ["country", "country_name", "stance", "speaker", "speaker_role", "date", "n"]
    latest = with_country_names(latest)[cols].astype({"n": "int64"})
    return latest.sort_values("country").reset_index(drop=True)


# ---------------------------------------------------------------- the timeline


@dataclass
class AggregatedPoints:
    """The timeline's input when it shows counts instead of points: counts per period start `date`,
    `country_name` and `stance` with their `speakers` and `deployments`; statements per country;
    first and last day; total statements. Computed from rows in pandas by the charts, or here in SQL."""

    data: pd.DataFrame
    period: str
    country_counts: pd.DataFrame
    first_day: pd.Timestamp
    last_day: pd.Timestamp
    total: int


PERIODS = ("week", "month", "quarter", "year")


def _names_table(window: Window) -> pd.DataFrame:
    if "names" not in window.cache:
        codes = run(window, "SELECT DISTINCT country FROM p")["country"]
        codes = codes.astype(object).where(codes.notna(), None)
        window.cache["names"] = pd.DataFrame(
            {"code": codes, "country_name": [country_name(c) for c in codes]}
        )
    return window.cache["names"]


def _dated_summary(window: Window) -> pd.Series:
    """Dated statements of the window (those the charts show): n, first and last day (one scan, kept)."""
    if "dated" not in window.cache:
        window.cache["dated"] = run(
            window, "SELECT count(*) AS n, min(day) AS first, max(day) AS last FROM p"
        ).iloc[0]
    return window.cache["dated"]


def dated_count(window: Window) -> int:
    """Statements in the window with a readable date (those the charts show)."""
    return int(_dated_summary(window)["n"])


def timeline_counts(window: Window, *, max_rows: int, max_periods: int) -> AggregatedPoints:
    """Counts per period, country and stance, with the three most frequent speakers and the five
    deployments named most (as "name count"), for a timeline of counts: the shortest period
    (week, month, quarter, year) with at most `max_periods` periods and `max_rows` groups."""
    names = _names_table(window)
    join = "FROM p LEFT JOIN names ON p.country IS NOT DISTINCT FROM names.code"
    summary = _dated_summary(window)
    period = PERIODS[-1]
    for period in PERIODS:  # the shortest period that fits
        sizes = run(
            window,
            f"""SELECT count(DISTINCT d) AS periods, count(*) AS groups FROM (
                SELECT date_trunc('{period}', day) AS d, country_name, stance {join} GROUP BY ALL)""",
            names=names,
        ).iloc[0]
        if sizes["periods"] <= max_periods and sizes["groups"] <= max_rows:
            break
    keys = "date, country_name, stance"
    data_sql = f"""
        WITH d AS (SELECT strftime(date_trunc('{period}', day), '%Y-%m-%d') AS date, country_name,
                          stance, speaker, deployment {join}),
        g AS (SELECT {keys}, count(*) AS n FROM d GROUP BY ALL),
        s AS (SELECT {keys}, speaker, count(*) AS k FROM d GROUP BY ALL),
        s3 AS (SELECT {keys}, string_agg(speaker, ', ' ORDER BY k DESC, speaker) AS speakers FROM (
                 SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY k DESC, speaker) AS r FROM s)
               WHERE r <= 3 GROUP BY ALL),
        e AS (SELECT {keys}, deployment, count(*) AS k FROM d GROUP BY ALL),
        e5 AS (SELECT {keys},
                      string_agg(deployment || ' ' || k, ', ' ORDER BY k DESC, deployment) AS deployments
               FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY k DESC, deployment) AS r
                     FROM e)
               WHERE r <= 5 GROUP BY ALL)
        SELECT g.date, g.country_name, g.stance, g.n, s3.speakers, e5.deployments
        FROM g JOIN s3 USING (date, country_name, stance) LEFT JOIN e5 USING (date, country_name, stance)
        ORDER BY g.date, g.country_name, g.stance"""
    table = run(window, data_sql, names=names)
    table["n"] = table["n"].astype("int64")
    table["deployments"] = table["deployments"].fillna("").astype(str).str.replace("_", " ")
    if topic_labels.deployment_labels(window.topic) is None:  # a topic without that dimension names none
        table["deployments"] = ""
    counts = run(
        window, f"SELECT country_name, count(*) AS n {join} GROUP BY ALL ORDER BY country_name", names=names
    )
    counts["n"] = counts["n"].astype("int64")
    first, last = pd.Timestamp(summary["first"]), pd.Timestamp(summary["last"])
    return AggregatedPoints(table, period, counts, first, last, int(summary["n"]))


# ---------------------------------------------------------------- rows


def statement_rows(
    window: Window, *, columns: list[str] | None = None, limit: int | None = None, newest_first: bool = False
) -> pd.DataFrame:
    """The window's statement rows (all columns, or those of `columns` the table has).

    `newest_first` orders by date then statement_id, both descending; `limit` keeps that many
    (the rest are never loaded). Without either, the stored order."""
    with connect(window) as con:
        have = [c for c in con.execute("SELECT * FROM st LIMIT 0").df().columns if c != storage.MONTH]
    picked = have if columns is None else [c for c in columns if c in have]
    select = ", ".join(f'"{c}"' for c in picked)
    if newest_first and limit is not None:
        window = _from_cutoff(window, limit)
    order = " ORDER BY CAST(date AS VARCHAR) DESC NULLS LAST, statement_id DESC" if newest_first else ""
    cap = f" LIMIT {int(limit)}" if limit is not None else ""
    return run(window, f"SELECT {select} FROM st{order}{cap}")


def _from_cutoff(window: Window, limit: int) -> Window:
    """The window narrowed to start at the date of its `limit`-th newest statement: the top-N then
    reads the wide columns of those months only (found from the date column alone)."""
    cutoff = run(
        window,
        f"SELECT CAST(date AS VARCHAR) AS d FROM st WHERE date IS NOT NULL "
        f"ORDER BY d DESC LIMIT 1 OFFSET {max(int(limit) - 1, 0)}",
    )
    if cutoff.empty or not isinstance(cutoff["d"].iloc[0], str) or len(cutoff["d"].iloc[0]) < 10:
        return window  # fewer dated statements than `limit` (undated ones are listed last): read all
    since = max(window.since, cutoff["d"].iloc[0][:10])
    return replace(window, since=since, cache={})  # a narrower window: none of the wider one's counts


def polls(window: Window) -> pd.DataFrame:
    """The window's polls, every column (no rows and columns date, country when there is no polls table)."""
    if window.polls is None:
        return pd.DataFrame(columns=["date", "country"])
    return run(window, "SELECT * FROM polls")


def documents(layout: DataLayout, *, ids: list[str] | None = None) -> pd.DataFrame | None:
    """The documents table (None when there is none), or only the documents with these `ids`."""
    if not layout.documents.exists():
        return None
    con = _duckdb()
    try:
        source = f"read_parquet({_sql_text(layout.documents.as_posix())})"
        if ids is None:
            return con.sql(f"SELECT * FROM {source}").to_arrow_table().to_pandas()
        con.register("wanted", pd.DataFrame({"doc_id": pd.Series(ids, dtype=object)}))
        return (
            con.sql(
                f"SELECT d.* FROM {source} d WHERE CAST(d.doc_id AS VARCHAR) IN (SELECT doc_id FROM wanted)"
            )
            .to_arrow_table()
            .to_pandas()
        )
    finally:
        con.close()


# ---------------------------------------------------------------- sources


def _sources_sql(window: Window) -> str:
    """CTE `docs`: every document the window's statements and polls cite, with how often (`n`), its
    metadata from documents.parquet, and the start of its text when it has no title."""
    cited = """cited AS (SELECT doc_id, count(*) AS n FROM (
                   SELECT CAST(doc_id AS VARCHAR) AS doc_id FROM st WHERE doc_id IS NOT NULL
                   UNION ALL SELECT CAST(doc_id AS VARCHAR) FROM polls WHERE doc_id IS NOT NULL)
               GROUP BY doc_id)"""
    if window.documents is None:
        return (
            f"WITH {cited}, docs AS (SELECT doc_id, NULL AS published, NULL AS outlet, NULL AS title, "
            "NULL AS url, n, NULL AS text FROM cited)"
        )
    have = set(pq.read_schema(window.documents).names)
    picks = ", ".join(f"d.{c}" if c in have else f"NULL AS {c}" for c in DOCUMENT_COLUMNS[1:])
    text = (
        (
            f"CASE WHEN d.title IS NULL OR trim(CAST(d.title AS VARCHAR)) = '' THEN left(CAST(d.text AS VARCHAR), "
            f"{TEXT_CHARS}) END AS text"
        )
        if {"text", "title"} <= have
        else "NULL AS text"
    )
    path = _sql_text(window.documents.as_posix())
    return (
        f"WITH {cited}, docs AS (SELECT CAST(d.doc_id AS VARCHAR) AS doc_id, {picks}, c.n, {text} "
        f"FROM read_parquet({path}) d JOIN cited c ON CAST(d.doc_id AS VARCHAR) = c.doc_id)"
    )


SOURCE_ORDER = "ORDER BY published DESC NULLS LAST, doc_id"


def most_cited_sources(window: Window, limit: int) -> pd.DataFrame:
    """The `limit` most cited documents (ties: newest first, then doc_id), newest first: doc_id,
    published, outlet, title, url, n, text (the start of the text of an untitled document)."""
    top = run(
        window,
        _sources_sql(window) + f" SELECT * FROM docs ORDER BY n DESC, published DESC NULLS LAST, "
        f"doc_id LIMIT {int(limit)}",
    )
    return top.sort_values(["published", "doc_id"], ascending=[False, True], na_position="last").reset_index(
        drop=True
    )


def untitled_sources(window: Window) -> pd.DataFrame:
    """The cited documents without a title: doc_id, outlet, url, text (its start), to name them by
    (none when there is no documents table; the join runs only if some document lacks a title)."""
    columns = ["doc_id", "outlet", "url", "text"]
    if window.documents is None:
        return pd.DataFrame(columns=columns)
    if "title" in pq.read_schema(window.documents).names:
        untitled = run(
            window,
            f"SELECT count(*) AS n FROM read_parquet({_sql_text(window.documents.as_posix())}) "
            "WHERE title IS NULL OR trim(CAST(title AS VARCHAR)) = ''",
        )
        if int(untitled["n"].iloc[0]) == 0:
            return pd.DataFrame(columns=columns)
    return run(
        window,
        _sources_sql(window) + " SELECT doc_id, outlet, url, text FROM docs "
        "WHERE title IS NULL OR trim(CAST(title AS VARCHAR)) = ''",
    )


def write_sources_csv(window: Window, target: Path, titles: pd.DataFrame) -> int:
    """Write every cited document, newest first, to `target` as CSV (doc_id, published, outlet, title,
    url, n) straight from DuckDB (the list is never held in pandas), with the given `titles` (doc_id,
    title) for documents that have none. Returns the number of documents written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    every = (
        _sources_sql(window) + " SELECT docs.doc_id, published, outlet, coalesce(t.title, docs.title) "
        f"AS title, url, n FROM docs LEFT JOIN titles t ON docs.doc_id = t.doc_id {SOURCE_ORDER}"
    )
    with connect(window) as con:
        con.register("titles", titles.astype({"doc_id": object, "title": object}))
        written = con.execute(f"COPY ({every}) TO {_sql_text(target.as_posix())} (HEADER, DELIMITER ',')")
        return int(written.fetchone()[0])  # type: ignore[index]
