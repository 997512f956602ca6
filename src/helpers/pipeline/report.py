"""The report stage (`stance-tracker report`): the notebooks run with papermill into reports/<run-id>/.

The runner itself (helpers.report.run) takes the RunConfig; this names the run and hands it over.
"""

from __future__ import annotations

from pathlib import Path

from helpers.report.params import check_run_id, default_run_id
from helpers.report.run import RunResult, run_report
from helpers.runconfig import RunConfig


def report_stage(
    config: RunConfig,
    *,
    out_dir: str | Path = "reports",
    run_id: str = "",
    notebooks_dir: str | Path | None = None,
) -> RunResult:
    """Run collect -> extract -> report for `config`; `run_id` defaults to <UTC date>-<hash of
    the parameters>, so a same-day re-run with the same options replaces its own folder."""
    name = check_run_id(run_id) if run_id else default_run_id(config.changed_params())
    return run_report(config, out_dir=out_dir, run_id=name, notebooks_dir=notebooks_dir, title=config.title)
