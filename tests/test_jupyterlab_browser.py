"""04_explore in a real JupyterLab, driven by headless Chromium (Debian's, through Playwright).

Starts `jupyter lab` on 127.0.0.1 with a token and a free port, opens the notebook, runs all
cells, checks the widgets and the charts were drawn, changes a filter and checks the count
follows. The screenshot goes to test-artifacts/ (git-ignored). The server and its kernels are
always stopped, whatever happens.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from test_explore_notebook import NOTEBOOK, ROOT, prepare_data_dir

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SLOW_MS = int(os.environ.get("EXPLORE_BROWSER_TIMEOUT_MS", "120000"))  # loaded CI machines
POINTS = ".vega-embed .mark-symbol.role-mark path"  # the clickable timeline's points (SVG)
COUNT_RE = re.compile(r"(\d+) of (\d+) statements")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_tree(root: Path, data_dir: Path) -> Path:
    """A JupyterLab root holding a copy of 04_explore pointed at `data_dir`
    (injected after its parameters cell, as papermill does)."""
    tree = root / "lab"
    (tree / "notebooks").mkdir(parents=True)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    injected = nbformat.v4.new_code_cell(
        f"data_dir = {str(data_dir)!r}", metadata={"tags": ["injected-parameters"]}
    )
    injected["id"] = "injected-parameters"
    nb.cells.insert(at + 1, injected)
    nbformat.write(nb, tree / "notebooks" / "04_explore.ipynb")
    return tree


def _kernel_pids(runtime_dir: Path) -> list[int]:
    """Kernels this server started: their command line names a connection file in our runtime dir."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if str(runtime_dir) in cmdline and "ipykernel" in cmdline:
            pids.append(int(proc.name))
    return pids


@pytest.fixture
def jupyter_lab(tmp_path: Path) -> Iterator[dict[str, object]]:
    data = prepare_data_dir(tmp_path)
    tree = lab_tree(tmp_path, data)
    port, token = free_port(), secrets.token_hex(16)
    runtime = tmp_path / "runtime"
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTER_RUNTIME_DIR": str(runtime),
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "lab-workspaces"),
        "STANCE_TRACKER_AUTHOR": "browser-test",
    }
    # no "get notified about Jupyter news?" toast over the page (and no news fetch)
    notify = (
        tmp_path / "lab-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    )
    notify.parent.mkdir(parents=True)
    notify.write_text('{"fetchNews": "false"}')
    log = (tmp_path / "jupyter.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--ServerApp.port={port}",
            "--ServerApp.ip=127.0.0.1",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={tree}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            # no extension index lookups: tests never touch the network
            "--LabApp.extension_manager=readonly",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        cwd=tree,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                raise RuntimeError(
                    f"jupyter lab exited with {server.returncode}:\n"
                    + (tmp_path / "jupyter.log").read_text(errors="replace")[-3000:]
                )
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("jupyter lab did not answer within 90 s")
            time.sleep(0.5)
        yield {"base": base, "token": token, "data": data, "log": tmp_path / "jupyter.log"}
    finally:
        try:  # a clean shutdown stops the kernels too
            req = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
            urllib.request.urlopen(req, timeout=5).close()
            server.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            pass
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=10)
        for pid in _kernel_pids(runtime):
            os.kill(pid, signal.SIGKILL)
        log.close()


def wait_for_connected_kernel(base: str, token: str, timeout: float = 90) -> None:
    """Until the server reports a kernel that is idle and has the page's websocket attached."""
    deadline = time.monotonic() + timeout
    kernels: list[dict] = []
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/api/kernels?token={token}", timeout=5) as resp:
                kernels = json.load(resp)
        except urllib.error.HTTPError as err:
            if err.code < 500:
                raise
            # jupyter_server answers 500 while a kernel it lists is still starting (its
            # `last_activity` is not set yet): the kernel is not ready, so ask again
            kernels = []
        if any(k.get("connections", 0) >= 1 and k.get("execution_state") == "idle" for k in kernels):
            return
        time.sleep(0.5)
    raise AssertionError(f"no connected idle kernel after {timeout:.0f}s: {kernels}")


def _count(page) -> tuple[int, int]:
    text = page.locator(".explore-counts").first.inner_text()
    match = COUNT_RE.search(text)
    assert match, f"no count in {text!r}"
    return int(match.group(1)), int(match.group(2))


@pytest.mark.timeout(300)
def test_explore_dashboard_renders_and_filters_in_jupyterlab(jupyter_lab: dict[str, object]) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    url = f"{jupyter_lab['base']}/lab/tree/notebooks/04_explore.ipynb?token={jupyter_lab['token']}"
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1900})
        try:
            page.goto(url, timeout=90_000)
            page.locator(".jp-NotebookPanel").first.wait_for(timeout=90_000)
            # "Run All" before the kernel is connected opens a kernel dialog instead of running
            wait_for_connected_kernel(str(jupyter_lab["base"]), str(jupyter_lab["token"]))
            page.get_by_text(re.compile(r"\| Idle$")).first.wait_for(timeout=60_000)
            page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
            page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()

            slider = page.locator(".widget-slider, .widget-hslider").first
            slider.wait_for(state="visible", timeout=SLOW_MS)
            multi = page.locator(".widget-select-multiple select").first
            multi.wait_for(state="visible", timeout=30_000)
            assert multi.locator("option").count() >= 2
            counts = page.locator(".explore-counts").first
            counts.wait_for(state="visible", timeout=30_000)
            shown, total = _count(page)
            assert shown == total > 0

            # the charts are drawn (a vega canvas or svg with size), not altair's "renderer" placeholder
            drawn = page.locator(".vega-embed canvas, .vega-embed svg.marks").first
            drawn.wait_for(state="visible", timeout=60_000)
            box = drawn.bounding_box()
            assert box and box["width"] > 200 and box["height"] > 50
            assert "renderer has not been properly enabled" not in page.content()

            # switch the most frequent stance off: the count must drop and the table follow
            stances = page.locator(".widget-toggle-button")
            labels = [stances.nth(i).inner_text().strip() for i in range(stances.count())]
            assert "support" in labels and "oppose" in labels
            frame_counts = page.locator(".explore-counts").first.inner_text()
            by_stance = {
                m.group(1): int(m.group(2))
                for m in re.finditer(r"(\w+) (\d+)", frame_counts)
                if m.group(1) in ("support", "conditional", "oppose", "neutral")
            }
            target = max(by_stance, key=by_stance.get)
            stances.filter(has_text=re.compile(rf"^{target}$")).first.click()
            page.wait_for_function(
                "([sel, before]) => !document.querySelector(sel).innerText.startsWith(before)",
                arg=[".explore-counts", f"{shown} of {total}"],
                timeout=30_000,
            )
            after, total_after = _count(page)
            assert total_after == total and after == total - by_stance[target]

            # the clickable chart follows the filter too: one point per shown statement
            page.wait_for_function(
                "([sel, n]) => document.querySelectorAll(sel).length === n",
                arg=[POINTS, after],
                timeout=30_000,
            )

            page.locator(".explore-counts").first.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "explore_jupyterlab.png"), full_page=True)

            # pick the first table row: the drill-down shows its sentence and sources
            page.locator(".explore-table select").first.select_option(index=0)
            detail = page.locator(".statement-detail").first
            detail.wait_for(state="visible", timeout=30_000)
            assert "Sources (" in detail.inner_text()
            first_id = detail.get_attribute("data-statement-id")

            # click another speaker's point in the chart: the drill-down follows
            points = page.locator(POINTS)
            labels = [points.nth(k).get_attribute("aria-label") or "" for k in range(points.count())]
            speakers = [m.group(1) if (m := re.search(r"speaker: ([^;]+)", lab)) else "" for lab in labels]
            shown_speaker = detail.inner_text()
            k = next(i for i, who in enumerate(speakers) if who and who not in shown_speaker)
            points.nth(k).click(force=True)
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).dataset.statementId !== old",
                arg=[".statement-detail", first_id],
                timeout=30_000,
            )
            assert speakers[k] in page.locator(".statement-detail").first.inner_text()

            # correct its stance in the review panel: the overrides log gets the row, with who
            stance_box = page.locator(
                ".widget-dropdown", has=page.locator("label", has_text=re.compile("^stance$"))
            )
            select = stance_box.locator("select").first
            new = target  # the stance switched off above, so the statement must leave the selection
            select.select_option(label=new)
            page.locator("button", has_text="Save correction").click()
            page.get_by_text(re.compile("Saved by browser-test")).first.wait_for(timeout=30_000)
            log = (Path(str(jupyter_lab["data"])) / "overrides" / "statements.csv").read_text()
            assert f",stance,{new}," in log and "browser-test" in log

            page.wait_for_function(
                "([sel, text]) => document.querySelector(sel).innerText.includes(text)",
                arg=[".explore-counts", f"{after - 1} of {total}"],
                timeout=30_000,
            )  # the corrected statement left the selection: its new stance is switched off
            idle = page.get_by_text(re.compile(r"\| Idle$")).first
            idle.wait_for(timeout=60_000)
            page.locator(".statement-detail").first.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "explore_jupyterlab_detail.png"), full_page=True)
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "explore_jupyterlab_failed.png"), full_page=True)
            raise
        finally:
            browser.close()
