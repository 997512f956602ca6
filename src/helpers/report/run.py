"""Run the report notebooks with papermill into `reports/<run-id>/`.

A run executes 01_collect -> 02_extract -> 03_report (each gets only the parameters it
declares), renders 03 as `report.html`, writes `parameters.json`, `manifest.json` (git
commit, input checksums, row counts, timings) and `run.log`, then points `reports/latest`
at it and rewrites `reports/index.html`. The run is built in a scratch folder and moved
into place at the end, so a re-run with the same run id replaces the old one whole. A
failing notebook stops the run: `error.html` names the notebook and cell, exit code 1.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpers import storage
from helpers.extract import EXTRACTOR_VERSION
from helpers.extract.labeller.store import find_model, model_path
from helpers.paths import DataLayout, find_project_root
from helpers.report.changes import list_runs
from helpers.report.notebooks import KERNEL, RUN_NOTEBOOKS, write_notebooks
from helpers.report.params import check_parameter_names, notebook_parameters, split_parameters
from helpers.runconfig import REPORT, RunConfig
from helpers.tables import InputError, atomic_write_bytes
from helpers.topics import topic_path

KERNEL_NAME = KERNEL["name"]
KERNEL_DISPLAY = KERNEL["display_name"]
NOTEBOOKS = tuple(f"{name}.ipynb" for name in RUN_NOTEBOOKS)
REPORT_NOTEBOOK = f"{REPORT}.ipynb"
DEFAULTS = RunConfig().to_params()  # the index lists only what a run changed
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

log = logging.getLogger("stance_tracker.report")


@dataclass
class RunResult:
    run_id: str
    run_dir: Path
    ok: bool
    html: Path
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 ok, 1 a notebook failed, 3 the report was built but some input rows were quarantined."""
        if not self.ok:
            return 1
        return 3 if self.manifest.get("quarantined") else 0


def _write(path: Path, data: bytes) -> None:
    """Atomic write, readable by others (reports are often served or shared from this folder)."""
    atomic_write_bytes(path, data)
    os.chmod(path, 0o644)


def ensure_kernel(name: str = KERNEL_NAME) -> str:
    """Register this environment's Python as the `stance-tracker` kernel if it is missing or stale."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(name)
        if spec.argv and Path(spec.argv[0]).exists():
            return name
    except NoSuchKernel:
        pass
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ipykernel",
            "install",
            "--sys-prefix",
            "--name",
            name,
            "--display-name",
            KERNEL_DISPLAY,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    log.info("registered kernel %s for %s", name, sys.executable)
    return name


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checksums(paths: list[Path], relative_to: Path | None = None) -> dict[str, str]:
    return {
        str(p.relative_to(relative_to) if relative_to else p): sha256_file(p) for p in paths if p.is_file()
    }


def git_commit(root: Path) -> dict[str, Any]:
    """The checkout's commit and whether it had uncommitted changes (None outside git)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True, timeout=20
        ).stdout.strip()
        dirty = (
            subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=root,
                capture_output=True,
                text=True,
                timeout=20,
            ).stdout.strip()
            != ""
        )
        return {"commit": commit, "dirty": dirty}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}


def _quarantine_rows(layout: DataLayout) -> dict[str, int]:
    """Rows in each quarantine file (to tell what a run added)."""
    import pandas as pd

    counts = {}
    for path in sorted(layout.quarantine.glob("*.csv")) if layout.quarantine.is_dir() else []:
        try:
            counts[path.stem] = len(pd.read_csv(path, dtype=str))
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
            counts[path.stem] = 0
    return counts


def _row_counts(layout: DataLayout) -> dict[str, int]:
    import pyarrow.parquet as pq

    counts = {}
    for name in ("documents", "statements", "polls", "polls_merged"):
        path = layout.processed / f"{name}.parquet"
        if path.exists():
            counts[name] = pq.ParquetFile(path).metadata.num_rows
    for name in ("statements", "polls"):  # the month-partitioned copies big reports aggregate over
        root = storage.dataset_dir(layout.processed, name)
        if storage.has_fragments(root):
            counts[f"{name}_dataset"] = storage.row_count(root)
    return counts


def _input_files(layout: DataLayout, config: RunConfig) -> list[Path]:
    files = [layout.seed_feed, layout.seed_manifest, layout.overrides, topic_path(config.topic, layout.root)]
    if config.docs:
        files.append(Path(config.docs))
    return files


def _setup_log(path: Path) -> logging.Handler:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("stance_tracker", "papermill"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return handler


def _close_log(handler: logging.Handler) -> None:
    for name in ("stance_tracker", "papermill"):
        logging.getLogger(name).removeHandler(handler)
    handler.close()


def run_report(
    config: RunConfig | Mapping[str, Any],
    *,
    out_dir: str | Path = "reports",
    run_id: str,
    notebooks_dir: str | Path | None = None,
    notebooks: tuple[str, ...] = NOTEBOOKS,
    title: str = "",
) -> RunResult:
    """Execute the notebooks in order; return where the run went and whether it succeeded.

    `config` is the run's RunConfig (or notebook-style parameters to build one from: unknown
    names are refused); each notebook gets the options its `parameters` cell declares, and
    `out_dir`, `run_id` and `generated_at` are filled in here. The notebooks are built afresh
    from helpers.report.notebooks unless `notebooks_dir` names a folder of them.
    """
    with tempfile.TemporaryDirectory(prefix="stance-notebooks-") as built:
        if notebooks_dir is None:
            write_notebooks(built, tuple(Path(nb).stem for nb in notebooks))
        return _run(
            config if isinstance(config, RunConfig) else RunConfig.from_params(config),
            out_dir=out_dir,
            run_id=run_id,
            nb_dir=Path(notebooks_dir or built),
            notebooks=notebooks,
            title=title,
        )


def _run(
    config: RunConfig,
    *,
    out_dir: str | Path,
    run_id: str,
    nb_dir: Path,
    notebooks: tuple[str, ...],
    title: str,
) -> RunResult:
    import papermill  # heavy: only a report run needs it

    root = find_project_root()
    paths = [nb_dir / nb for nb in notebooks]
    data_dir = str(Path(config.data_dir).resolve())
    docs = str(Path(config.docs).resolve()) if config.docs else ""
    if docs and not Path(docs).is_file():
        raise InputError(f"--docs {docs}: no such file")
    config = replace(config, data_dir=data_dir, docs=docs)
    declared = {name for nb in paths for name in notebook_parameters(nb)}
    params = {k: v for k, v in config.to_params().items() if k in declared}
    check_parameter_names(params, paths)

    reports = Path(out_dir).resolve()
    final_dir = reports / run_id
    scratch = reports / f".{run_id}.partial-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    generated_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    injected = {"out_dir": str(final_dir), "run_id": run_id, "generated_at": generated_at}
    per_notebook = split_parameters({**params, **injected}, paths)
    layout = DataLayout.at(data_dir)

    handler = _setup_log(scratch / "run.log")
    manifest: dict[str, Any] = {
        "run_id": run_id,
        "status": "running",
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": title,
        "parameters": params,
        "git": git_commit(root),
        "python": platform.python_version(),
        "packages": _versions(),
        "notebooks": [],
        "extractor": _extractor_identity(config.topic, data_dir),
    }
    _write(
        scratch / "parameters.json", json.dumps(params, indent=2, sort_keys=True, default=str).encode("utf-8")
    )
    ok, failure = True, None
    try:
        manifest["inputs_before"] = _checksums(_input_files(layout, config))
        quarantine_before = _quarantine_rows(layout)
        kernel = ensure_kernel()
        for nb in paths:
            out_nb = scratch / nb.name
            started = time.perf_counter()
            log.info("running %s with %s", nb.name, json.dumps(per_notebook[nb], default=str))
            try:
                # Outputs that name the final folder (CSV, static charts) are written via out_dir; the
                # notebook writes into the scratch copy of that folder so a failed run leaves no mix.
                nb_params = dict(per_notebook[nb])
                if "out_dir" in nb_params:
                    nb_params["out_dir"] = str(scratch)
                papermill.execute_notebook(
                    str(nb),
                    str(out_nb),
                    parameters=nb_params,
                    kernel_name=kernel,
                    cwd=str(root),
                    progress_bar=False,
                    log_output=False,
                    report_mode=False,
                    # ipykernel warns on stderr about TCP transport on every start: noise in cron mail.
                    extra_arguments=["--IPKernelApp.log_level=ERROR"],
                )
                status = "ok"
            except papermill.PapermillExecutionError as err:
                status, ok = "failed", False
                failure = _failure(nb.name, out_nb, err)
            except Exception as err:  # the kernel died or the notebook could not be read
                status, ok = "failed", False
                failure = {
                    "notebook": nb.name,
                    "cell": None,
                    "source": "",
                    "ename": type(err).__name__,
                    "evalue": str(err),
                    "traceback": "",
                }
            elapsed = round(time.perf_counter() - started, 2)
            manifest["notebooks"].append({"notebook": nb.name, "status": status, "seconds": elapsed})
            log.info("%s %s in %.1f s", nb.name, status, elapsed)
            if not ok:
                break
        manifest["row_counts"] = _row_counts(layout)
        after = _quarantine_rows(layout)
        manifest["quarantined"] = {
            t: n - quarantine_before.get(t, 0) for t, n in after.items() if n > quarantine_before.get(t, 0)
        }
        for table, n in manifest["quarantined"].items():
            log.warning(
                "%d %s rows quarantined in this run: see %s", n, table, layout.quarantine / f"{table}.csv"
            )
        manifest["outputs"] = _checksums(sorted((scratch / "data").glob("*.csv")), relative_to=scratch)
        manifest["processed_checksums"] = _checksums(
            [layout.documents, layout.statements, layout.polls, layout.processed / "polls_merged.parquet"]
        )
        if ok:
            # report.html loads nbformat and with it jsonschema (seconds): not on every CLI start
            from helpers.report.html import notebook_to_html

            started = time.perf_counter()
            page = notebook_to_html(scratch / REPORT_NOTEBOOK, title=title or "Stance Tracker report")
            _write(scratch / "report.html", page.encode("utf-8"))
            manifest["render_seconds"] = round(time.perf_counter() - started, 2)
            manifest["report_bytes"] = len(page.encode("utf-8"))
        else:
            assert failure is not None  # set whenever a notebook failed
            manifest["failure"] = failure
            _write(scratch / "error.html", error_page(run_id, failure).encode("utf-8"))
            log.error(
                "run failed in %s, cell %s: %s: %s",
                failure["notebook"],
                failure["cell"],
                failure["ename"],
                failure["evalue"],
            )
    except Exception as err:  # setup, checksums or rendering failed: still leave an error page
        ok = False
        failure = failure or {
            "notebook": None,
            "cell": None,
            "source": "",
            "ename": type(err).__name__,
            "evalue": str(err),
            "traceback": "",
        }
        manifest["failure"] = failure
        log.exception("report run failed")
        _write(scratch / "error.html", error_page(run_id, failure).encode("utf-8"))
    except KeyboardInterrupt:
        _close_log(handler)
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    result = _finish(manifest, scratch, final_dir, reports, ok=ok, handler=handler)
    return result


def _finish(
    manifest: dict[str, Any],
    scratch: Path,
    final_dir: Path,
    reports: Path,
    *,
    ok: bool,
    handler: logging.Handler,
) -> RunResult:
    manifest["status"] = "ok" if ok else "failed"
    manifest["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    _close_log(handler)
    _write(
        scratch / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True, default=str).encode("utf-8")
    )
    if final_dir.exists():
        shutil.rmtree(final_dir)
    os.replace(scratch, final_dir)
    if ok:
        point_latest(reports, final_dir.name)
    write_index(reports)
    page = final_dir / ("report.html" if ok else "error.html")
    return RunResult(run_id=final_dir.name, run_dir=final_dir, ok=ok, html=page, manifest=manifest)


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("stance-tracker", "altair", "vl-convert-python", "papermill", "nbconvert", "pandas"):
        with contextlib.suppress(PackageNotFoundError):
            out[name] = version(name)
    return out


def _failure(notebook: str, executed: Path, err: Any) -> dict[str, Any]:
    """Which notebook and cell failed, from papermill's error and the executed copy."""
    cell_index = getattr(err, "cell_index", None)
    source = ""
    try:
        import nbformat

        nb = nbformat.read(str(executed), as_version=4)
        if cell_index is not None and 0 <= cell_index < len(nb.cells):
            source = nb.cells[cell_index].source
    except Exception:  # the executed copy may be missing if the kernel never started
        pass
    tb = getattr(err, "traceback", None) or []
    return {
        "notebook": notebook,
        "cell": cell_index,
        "exec_count": getattr(err, "exec_count", None),
        "source": source,
        "ename": getattr(err, "ename", type(err).__name__),
        "evalue": getattr(err, "evalue", str(err)),
        "traceback": _ANSI.sub("", "\n".join(tb) if isinstance(tb, list) else str(tb)),
    }


_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}}
pre{{background:#f6f6f6;padding:.8rem;overflow-x:auto;font-size:.85rem}}
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}}
.failed{{color:#b00020;font-weight:600}}.ok{{color:#1b7f3b}}</style></head><body>{body}</body></html>"""


def error_page(run_id: str, failure: dict[str, Any]) -> str:
    """A page that says which notebook and cell failed and why (all text escaped)."""
    e = html.escape
    cell = failure.get("cell")
    where = (
        f"cell {cell}" + (f" (execution count {failure['exec_count']})" if failure.get("exec_count") else "")
        if cell is not None
        else "before any cell ran"
    )
    nb = failure.get("notebook") or "(setup)"
    link = (
        f'<p>Executed notebook: <a href="{e(nb)}">{e(nb)}</a> · <a href="run.log">run.log</a></p>'
        if failure.get("notebook")
        else '<p><a href="run.log">run.log</a></p>'
    )
    body = (
        f'<h1 class="failed">Report run {e(run_id)} failed</h1>'
        f"<p>Notebook <b>{e(nb)}</b>, {e(where)}: <b>{e(str(failure.get('ename')))}</b>: "
        f"{e(str(failure.get('evalue')))}</p>{link}"
        + (f"<h2>Cell source</h2><pre>{e(failure['source'])}</pre>" if failure.get("source") else "")
        + (f"<h2>Traceback</h2><pre>{e(failure['traceback'])}</pre>" if failure.get("traceback") else "")
    )
    return _PAGE.format(title=e(f"Run {run_id} failed"), body=body)


def point_latest(reports: Path, run_id: str) -> None:
    """Point `reports/latest` at a run (relative symlink, replaced atomically)."""
    link = reports / "latest"
    tmp = reports / f".latest.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        tmp.symlink_to(run_id, target_is_directory=True)
        os.replace(tmp, link)
    except OSError:  # no symlinks (some Windows setups): record the name instead
        _write(reports / "latest.txt", (run_id + "\n").encode("utf-8"))


def write_index(reports: Path) -> Path:
    """`reports/index.html`: every run, newest first, with status, parameters and counts."""
    e = html.escape
    latest = (reports / "latest").resolve().name if (reports / "latest").is_symlink() else ""
    rows = []
    for run in list_runs(reports):
        ok = run.get("status") == "ok"
        page = f"{run['_dir']}/{'report.html' if ok else 'error.html'}"
        params = {
            k: v
            for k, v in (run.get("parameters") or {}).items()
            if v != DEFAULTS.get(k) and v not in ("", [], None) and k != "data_dir"
        }
        counts = ", ".join(f"{k} {v}" for k, v in (run.get("row_counts") or {}).items())
        rows.append(
            f'<tr><td><a href="{e(page)}">{e(run["_dir"])}</a>{" (latest)" if run["_dir"] == latest else ""}</td>'
            f'<td class="{"ok" if ok else "failed"}">{e(str(run.get("status")))}</td>'
            f"<td>{e(str(run.get('finished_at', '')))}</td><td>{e(str(run.get('title') or ''))}</td>"
            f"<td>{e(json.dumps(params, ensure_ascii=False, default=str))}</td><td>{e(counts)}</td></tr>"
        )
    body = (
        "<h1>Stance Tracker report runs</h1>"
        + ('<p><a href="latest/report.html">Latest successful report</a></p>' if latest else "")
        + "<table><thead><tr><th>run</th><th>status</th><th>finished (UTC)</th><th>title</th>"
        "<th>parameters</th><th>rows</th></tr></thead><tbody>"
        + ("".join(rows) or '<tr><td colspan="6">No runs yet.</td></tr>')
        + "</tbody></table>"
    )
    target = reports / "index.html"
    _write(target, _PAGE.format(title="Stance Tracker report runs", body=body).encode("utf-8"))
    return target


def _extractor_identity(topic: str, data_dir: str | Path) -> dict[str, Any]:
    """The extractor version and the labeller model a run's extraction used (file and checksum), so
    a report says which model labelled it and reruns can be compared."""
    model = find_model(topic, data_dir)
    return {
        "extractor_version": EXTRACTOR_VERSION,
        "topic": topic,
        "labeller_model": str(model_path(topic, data_dir)) if model else None,
        "labeller_checksum": model.checksum if model else None,
    }
