"""Reading and writing the suite's tables (JSONL, CSV, Parquet) with errors that name the file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd


class InputError(ValueError):
    """An input file is missing, unreadable or has the wrong shape; the message names it."""


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read .jsonl/.json/.csv/.parquet into a frame of plain objects (ids stay strings)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = "".join(path.suffixes[-2:]) if path.suffix == ".gz" else path.suffix
    try:
        if suffix in (".jsonl", ".jsonl.gz", ".ndjson"):
            rows = []
            import gzip

            opener = gzip.open if suffix.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise InputError(f"{path}, line {lineno}: not valid JSON ({err.msg})") from err
            frame = pd.DataFrame(rows)
        elif suffix == ".json":
            frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise InputError(f"{path}: unknown table format {suffix!r} (use .jsonl, .csv or .parquet)")
    except InputError:
        raise
    except (UnicodeDecodeError, ValueError, OSError) as err:
        raise InputError(f"{path}: cannot read as {suffix} ({err})") from err
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, then rename: no half-written file survives a kill."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; tables are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(frame: pd.DataFrame, out_dir: str | os.PathLike[str], name: str) -> dict[str, Path]:
    """Write `name.csv` and its `name.parquet` twin atomically; return both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    csv_path, pq_path = out / f"{name}.csv", out / f"{name}.parquet"
    atomic_write_bytes(csv_path, frame.to_csv(index=False).encode("utf-8"))
    import io

    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    atomic_write_bytes(pq_path, buf.getvalue())
    return {"csv": csv_path, "parquet": pq_path}
