"""Turn one table grid (header rows + body rows, any source) into poll rows.

The header block is found by its names (a mapping's or the encyclopedia synonyms);
two-row headers give "question / answer" labels; rows that span the whole table name a
year or a question for the rows below; each answer group (question) in a row becomes
one poll. Cells that cannot be read make the row a `problem` with the reason, never an
exception, so one bad row loses nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from helpers.polls.mapping import PollFormat, header_key
from helpers.polls.parsing import (
    CellError,
    clean_cell,
    find_year,
    parse_date,
    parse_fieldwork,
    parse_sample_size,
    parse_share,
)
from helpers.polls.questions import question_id
from helpers.schemas import BODIES

MAX_HEADER_SEARCH = 15
MAX_HEADER_ROWS = 3


@dataclass
class RawTable:
    """A table as read from a file: all rows (header included) and where each row came from."""

    grid: list[list[Any]]
    row_numbers: list[int]
    sheet: str | None = None
    table: int | None = None
    context: list[str] = field(default_factory=list)  # caption, headings, preamble: nearest first
    source_url: str | None = None

    def where(self, row_number: int | None = None) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet!r}")
        if self.table is not None:
            parts.append(f"table {self.table}")
        if row_number is not None:
            parts.append(f"row {row_number}")
        return ", ".join(parts)


@dataclass
class Options:
    """What the user told us on the command line (wins over what the file says)."""

    country: str | None = None
    question: str | None = None
    source_url: str | None = None


@dataclass
class Answer:
    column: int
    kind: str  # support | oppose | dont_know
    question: str | None


@dataclass
class Layout:
    header_start: int
    header_end: int  # first body row
    labels: list[str]
    fields: dict[str, int]
    answers: list[Answer]

    @property
    def groups(self) -> dict[str | None, dict[str, int]]:
        out: dict[str | None, dict[str, int]] = {}
        for a in self.answers:
            out.setdefault(a.question, {}).setdefault(a.kind, a.column)
        return out


def _row_text(row: list[Any]) -> list[str]:
    return [clean_cell(c) or "" for c in row]


def _known(fmt: PollFormat, text: str) -> bool:
    if not text:
        return False
    last = text.split(" / ")[-1]
    return bool(
        fmt.field_of(last)
        or fmt.answer_of(last)
        or any(header_key(last) == header_key(h) for h in fmt.detect)
    )


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[<>~c.\s]*\d[\d.,\s]*%?", text))


def _is_span_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return (
        bool(filled)
        and (len(set(filled)) == 1 and (len(filled) > 1 or len(cells) > 1))
        and (len(filled) == len(cells) or cells[0] == filled[0])
    )


def find_layout(table: RawTable, fmt: PollFormat) -> Layout | None:
    """Where the header is and what each column means; None when this is not a poll table."""
    rows = [_row_text(r) for r in table.grid]
    start = None
    for i, cells in enumerate(rows[:MAX_HEADER_SEARCH]):
        if sum(_known(fmt, c) for c in cells) >= 2:
            start = i
            break
    if start is None:
        return None
    end = start + 1
    header_rows = fmt.header_rows
    if header_rows:
        end = start + int(header_rows)
    else:
        while end < len(rows) and end - start < MAX_HEADER_ROWS:
            cells = rows[end]
            if not any(cells) or _is_span_row(cells) or any(_looks_numeric(c) for c in cells):
                break
            if sum(_known(fmt, c) for c in cells) == 0 and not any(fmt.answer_of(c) for c in cells):
                break
            end += 1
    width = max(len(r) for r in rows[start:end])
    block = [r + [""] * (width - len(r)) for r in rows[start:end]]
    for r in block[:-1]:  # merged cells exported as blanks: the label runs on to the right
        for j in range(1, width):
            if not r[j] and block[-1][j] and r[j - 1]:
                r[j] = r[j - 1]
    labels = []
    for j in range(width):
        parts: list[str] = []
        for r in block:
            if r[j] and (not parts or header_key(parts[-1]) != header_key(r[j])):
                parts.append(r[j])
        labels.append(" / ".join(parts))
    fields: dict[str, int] = {}
    answers: list[Answer] = []
    explicit_questions = {
        header_key(q.get(kind)): (str(q.get("question")), kind)
        for q in fmt.questions
        for kind in ("support", "oppose", "dont_know")
        if q.get(kind)
    }
    for j, label in enumerate(labels):
        if not label:
            continue
        key, last = header_key(label), label.split(" / ")[-1]
        upper = " / ".join(label.split(" / ")[:-1]) or None
        if key in explicit_questions:
            question, kind = explicit_questions[key]
            answers.append(Answer(j, kind, question))
            continue
        name = fmt.own_name(label)
        if name:
            if name in ("support", "oppose", "dont_know"):
                answers.append(Answer(j, name, upper))
            else:
                fields.setdefault(name, j)
            continue
        if fmt.ignored(last):
            continue
        field_name = fmt.field_of(label) or fmt.field_of(last)
        if field_name and field_name not in fields:
            fields[field_name] = j
            continue
        answer_kind = fmt.answer_of(last)
        if answer_kind:
            answers.append(Answer(j, answer_kind, upper))
    has_date = any(f in fields for f in ("fieldwork", "fieldwork_start", "fieldwork_end", "published"))
    if not answers or not has_date:
        return None
    return Layout(start, end, labels, fields, answers)


def _countries_in(text: str, fmt: PollFormat) -> list[str]:
    """ISO codes of countries named in a heading, in order of appearance."""
    import pycountry

    ignore = set(fmt.context.get("ignore_countries") or [])
    found: list[tuple[int, str]] = []
    for country in pycountry.countries:
        for name in {
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        }:
            if name:
                m = re.search(rf"\b{re.escape(name)}\b", text)
                if m and country.alpha_2 not in ignore:
                    found.append((m.start(), country.alpha_2))
    for demonym, code in (fmt.context.get("demonyms") or {}).items():
        m = re.search(rf"\b{re.escape(demonym)}\b", text)
        if m and code not in ignore:
            found.append((m.start(), str(code)))
    return [code for _, code in sorted(found)]


def country_code(text: str | None, fmt: PollFormat | None = None) -> str | None:
    """'DE', 'Germany', 'DEU', 'Federal Republic of Germany' -> 'DE'; unknown -> None."""
    import pycountry

    cleaned = clean_cell(text)
    if not cleaned:
        return None
    if cleaned.upper() in BODIES:
        return cleaned.upper()
    try:
        return pycountry.countries.lookup(cleaned).alpha_2
    except LookupError:
        pass
    if fmt is not None:
        found = _countries_in(cleaned, fmt)
        if found:
            return found[0]
    return None


def _context_country(table: RawTable, fmt: PollFormat) -> str | None:
    for text in table.context:
        found = _countries_in(text, fmt)
        if found:
            return found[0]
    return None


def _context_question(table: RawTable) -> str | None:
    for text in table.context:
        stripped = text.strip()
        quoted = re.search(r"[\"“„«‘']\s*([^\"“”„«»]+\?)\s*[\"”»’']", stripped)
        if quoted:
            return quoted.group(1).strip()
        if "?" in stripped or re.match(r"^(q(uestion)?\s*\d*[:.])", stripped, re.I):
            stripped = re.sub(r"^(q(uestion)?\s*\d*[:.])\s*", "", stripped, flags=re.I)
            return stripped.split(": ", 1)[-1].strip() if "?" in stripped.split(": ", 1)[-1] else stripped
    return table.context[0] if table.context and table.sheet is None and table.table is not None else None


def _context_year(table: RawTable) -> int | None:
    for text in table.context:
        year = find_year(text)
        if year:
            return year
    return None


@dataclass
class Interpreted:
    rows: list[dict[str, Any]]
    problems: list[dict[str, Any]]
    layout: Layout


def interpret(
    table: RawTable, fmt: PollFormat, options: Options, *, source: dict[str, Any]
) -> Interpreted | None:
    """Poll rows (one per row and question) and problem rows of one table; None if not a poll table."""
    layout = find_layout(table, fmt)
    if layout is None:
        return None
    preamble = [" ".join(c for c in _row_text(r) if c) for r in table.grid[: layout.header_start]]
    table.context = [p for p in preamble[::-1] if p] + table.context
    base_question = options.question or fmt.constants.get("question") or _context_question(table)
    base_country = (
        (country_code(options.country) if options.country else None)
        or country_code(fmt.constants.get("country"), fmt)
        or _context_country(table, fmt)
    )
    year = _context_year(table)
    heading_question: str | None = None
    n_cols = len(layout.labels)
    rows: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    last_year: int | None = None
    for i in range(layout.header_end, len(table.grid)):
        raw = table.grid[i]
        cells = _row_text(raw)
        row_number = table.row_numbers[i]
        if not any(cells):
            continue
        if _is_span_row(cells) and not any(_looks_numeric(c) for c in cells[1:] if c != cells[0]):
            text = next(c for c in cells if c)
            if find_year(text) and len(text) <= 12:
                year = find_year(text)
            else:
                heading_question = text
            continue
        if [header_key(c) for c in cells] == [header_key(lab.split(" / ")[-1]) for lab in layout.labels]:
            continue  # a repeated header row
        sentence = " | ".join(
            f"{layout.labels[j] or f'column {j + 1}'}: {c}" for j, c in enumerate(cells) if c and j < n_cols
        )
        where = {
            **source,
            "source_sheet": table.sheet,
            "source_table": table.table,
            "source_row": row_number,
            "sentence": sentence or " | ".join(c for c in cells if c),
        }
        if len(raw) > n_cols and any(_row_text(raw[n_cols:])):
            problems.append(
                {
                    **where,
                    "reason": f"{table.where(row_number)}: row has {len(raw)} cells but the header has "
                    f"{n_cols} (a stray separator?)",
                }
            )
            continue
        try:
            parsed = _parse_row(cells, layout, fmt, default_year=year or last_year)
        except CellError as err:
            problems.append({**where, "reason": f"{table.where(row_number)}: {err}"})
            continue
        if parsed.get("fieldwork_end"):
            last_year = int(parsed["fieldwork_end"][:4])
        country = base_country
        if not options.country and "country" in layout.fields:
            cell = cells[layout.fields["country"]]
            country = country_code(cell, fmt) or (None if cell else base_country)
            if cell and country is None:
                problems.append(
                    {
                        **where,
                        "reason": f"{table.where(row_number)}: country {cell!r} is not a country name "
                        "or ISO code",
                    }
                )
                continue
        for group_question, answer_cols in layout.groups.items():
            shares = {}
            try:
                for kind, j in answer_cols.items():
                    shares[kind] = parse_share(cells[j] if j < len(cells) else None, scale=fmt.share_scale)
            except CellError as err:
                problems.append(
                    {**where, "reason": f"{table.where(row_number)}: column {layout.labels[j]!r}: {err}"}
                )
                continue
            if all(v is None for v in shares.values()) and len(layout.groups) > 1:
                continue  # this question was not asked in this poll
            question = group_question or parsed.get("question_cell") or heading_question or base_question
            rows.append(
                {
                    **where,
                    **{k: v for k, v in parsed.items() if k != "question_cell"},
                    "country": country,
                    "question": question,
                    "question_id": question_id(question),
                    "share_support": shares.get("support"),
                    "share_oppose": shares.get("oppose"),
                    "share_dont_know": shares.get("dont_know"),
                    "pollster": parsed.get("pollster") or fmt.constants.get("pollster"),
                    "client": parsed.get("client") or fmt.constants.get("client"),
                    "population": parsed.get("population") or fmt.constants.get("population"),
                }
            )
    return Interpreted(rows, problems, layout)


def _parse_row(
    cells: list[str], layout: Layout, fmt: PollFormat, *, default_year: int | None
) -> dict[str, Any]:
    """The non-answer fields of one body row (raises CellError naming the column)."""

    def cell(name: str) -> str | None:
        j = layout.fields.get(name)
        return cells[j] if j is not None and j < len(cells) and cells[j] else None

    out: dict[str, Any] = {}
    current = "?"
    try:
        current = "published"
        published = parse_date(cell("published"), fmt=fmt.date_format, dayfirst=fmt.dayfirst)
        year = default_year or (int(published[:4]) if published else None)
        current = "fieldwork"
        start, end = parse_fieldwork(cell("fieldwork"), default_year=year, dayfirst=fmt.dayfirst)
        if cell("fieldwork_start") or cell("fieldwork_end"):
            current = "fieldwork_start"
            start = parse_date(cell("fieldwork_start"), fmt=fmt.date_format, dayfirst=fmt.dayfirst) or start
            current = "fieldwork_end"
            end = parse_date(cell("fieldwork_end"), fmt=fmt.date_format, dayfirst=fmt.dayfirst) or end
        start = start or end
        end = end or start
        current = "sample_size"
        sample = parse_sample_size(cell("sample_size"))
        current = "margin_of_error"
        moe = parse_share(cell("margin_of_error"))
    except CellError as err:
        label = layout.labels[layout.fields[current]] if current in layout.fields else current
        raise CellError(f"column {label!r}: {err}") from None
    out.update(
        {
            "published": published,
            "fieldwork_start": start,
            "fieldwork_end": end,
            "date": published or end,
            "sample_size": sample,
            "margin_of_error": moe,
            "pollster": cell("pollster"),
            "client": cell("client"),
            "population": cell("population"),
            "question_cell": cell("question"),
        }
    )
    if cell("source_url"):  # the row cites its own page: it overrides the file's address
        out["source_url"] = cell("source_url")
    if cell("source_outlet"):
        out["outlet_cell"] = cell("source_outlet")
    if out["date"] is None:
        raise CellError("no fieldwork or publication date in this row")
    return out
