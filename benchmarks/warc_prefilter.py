"""The WARC byte pre-filter: what it rejects on an off-topic archive, what it costs, what it loses.

    python benchmarks/warc_prefilter.py                          # ~1-2 minutes
    python benchmarks/warc_prefilter.py --records 1000 --mixed 200   # quicker

1. **Off-topic archive** (`--records`, pages from `warc_scale.PageFactory`: news-like pages of
   `--min-kb`..`--max-kb`, no on-topic story; ~0.5% carry "War in Ukraine: troops" in their
   navigation; plus non-200 and non-HTML records): records rejected by the pre-filter, how many
   of those needed the exact second look, and the pre-filter's time per page (read + filter,
   no parsing) for this pre-filter and, side by side, the one it replaces (`--old`, a path to
   the previous `prefilter.py`, if given).
2. **Mixed archive** (`--mixed` pages): on-topic stories, some that imply the place only
   ("a peacekeeping force", "the coalition of the willing") and never name the country, among
   off-topic pages; every record is parsed twice, once behind the pre-filter and once with it
   switched off, and the kept pages compared: the pre-filter must lose none.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from warc_scale import PageFactory, _record_bytes, build_file  # noqa: E402

# Briefs written for this benchmark; the first group names no country at all.
IMPLIED = [
    "The defence minister said the country could send soldiers to a peacekeeping force once the fighting stops.",
    "Officials said the coalition of the willing would meet again to discuss how many troops each member could offer.",
    "The prime minister told parliament that a reassurance force would need air cover before any soldiers deploy.",
    "Asked about boots on the ground, the chancellor said trainers could go only after a peace agreement.",
]
NAMED = [
    "The president said European troops could be sent to Ukraine after a ceasefire.",
    "Kyiv asked its partners for a contingent of instructors to train new brigades.",
]


def _timed_counts(path: Path) -> tuple[float, dict[str, int]]:
    from helpers.collect.warc import process_warc_file

    started = time.perf_counter()
    result = process_warc_file(path, parse=False)
    return time.perf_counter() - started, result.counts


def _old_prefilter(path: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("old_prefilter", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_prefilter"] = module
    spec.loader.exec_module(module)

    class Adapter:  # the old one took no charset
        @classmethod
        def from_topic(cls, topic):  # type: ignore[no-untyped-def]
            old = module.BytePrefilter.from_topic(topic)
            return lambda body, charset=None: old(body)

    return Adapter


def off_topic(args: argparse.Namespace, workdir: Path) -> None:
    from helpers.collect.warc import documents

    path = workdir / "off-topic.warc.gz"
    kinds = build_file(path, args.records, 11, 0.0, args.min_kb, args.max_kb, 6)
    print(f"off-topic archive: {args.records} records ({kinds}), {path.stat().st_size / 1e6:.0f} MB gzipped")
    new_class = documents.BytePrefilter
    exact = {"n": 0}
    real = {name: getattr(new_class, name) for name in ("_views", "_ascii_views")}

    def counting(name: str):  # type: ignore[no-untyped-def]
        def views(self, body, charset):  # type: ignore[no-untyped-def]
            exact["n"] += 1
            return real[name](self, body, charset)

        return views

    _timed_counts(path)  # warm up: imports, fold table, page cache
    seconds, counts = _timed_counts(path)  # timed without the counting wrappers
    for name in real:
        setattr(new_class, name, counting(name))
    try:
        _timed_counts(path)
    finally:
        for name, fn in real.items():
            setattr(new_class, name, fn)
    html = counts["records"] - sum(
        counts[k]
        for k in (
            "dropped_not_response",
            "dropped_not_http",
            "dropped_http_status",
            "dropped_not_html",
            "failed",
        )
    )
    print(
        f"  this pre-filter: rejected {counts['dropped_prefilter']} of {html} HTML pages "
        f"({counts['dropped_prefilter'] / html:.1%}); passed {counts['kept']} to the parser; "
        f"{exact['n']} pages needed the exact second look; read + filter {seconds / counts['records'] * 1000:.2f} ms/record"
    )
    if args.old:
        documents.BytePrefilter = _old_prefilter(args.old)
        try:
            _timed_counts(path)
            seconds, counts = _timed_counts(path)
        finally:
            documents.BytePrefilter = new_class
        print(
            f"  old pre-filter:  rejected {counts['dropped_prefilter']} of {html} HTML pages; passed {counts['kept']}; "
            f"read + filter {seconds / counts['records'] * 1000:.2f} ms/record"
        )


def mixed(args: argparse.Namespace, workdir: Path) -> None:
    from helpers.collect.warc import documents, process_warc_file

    rng = random.Random(5)
    factory = PageFactory(3)
    path = workdir / "mixed.warc.gz"
    expected: dict[str, str] = {}
    with open(path, "wb") as fh:
        for i in range(args.mixed):
            uri = f"https://www.outlet{i % 40}.example/2025-03/story-{i}"
            body = factory.page(i, rng.randint(args.min_kb * 1000, args.max_kb * 1000), "off", "2025-03-03")
            if i % 5 == 0:
                kind = "implied" if i % 10 == 0 else "named"
                brief = rng.choice(IMPLIED if kind == "implied" else NAMED)
                body = body.replace(b"<article>", f"<article><p>{brief}</p>".encode(), 1)
                expected[uri] = kind
            comp = zlib.compressobj(6, zlib.DEFLATED, 31)
            fh.write(
                comp.compress(_record_bytes(uri, "200 OK", "text/html; charset=utf-8", body, "2025-03-03"))
                + comp.flush()
            )
    started = time.perf_counter()
    behind = process_warc_file(path)
    with_seconds = time.perf_counter() - started

    class PassAll:
        @classmethod
        def from_topic(cls, topic):  # type: ignore[no-untyped-def]
            return lambda body, charset=None: True

    real = documents.BytePrefilter
    documents.BytePrefilter = PassAll  # type: ignore[misc,assignment]
    try:
        started = time.perf_counter()
        everything = process_warc_file(path)
        without_seconds = time.perf_counter() - started
    finally:
        documents.BytePrefilter = real
    lost_old = None
    if args.old:
        documents.BytePrefilter = _old_prefilter(args.old)
        try:
            behind_old = process_warc_file(path)
        finally:
            documents.BytePrefilter = real
        lost_old = set(everything.documents["warc_target_uri"]) - set(behind_old.documents["warc_target_uri"])
    kept_behind = set(behind.documents["warc_target_uri"])
    kept_all = set(everything.documents["warc_target_uri"])
    lost = kept_all - kept_behind
    by_kind = {
        k: sum(1 for u, kind in expected.items() if kind == k and u in kept_all) for k in ("named", "implied")
    }
    print(
        f"mixed archive: {args.mixed} pages, {len(expected)} with a brief on the topic "
        f"({sum(1 for k in expected.values() if k == 'implied')} implying the place only)"
    )
    print(
        f"  topic filter on every parsed page keeps {len(kept_all)} (named {by_kind['named']}, implied {by_kind['implied']}); "
        f"behind the pre-filter {len(kept_behind)}; lost by the pre-filter: {len(lost)}"
        + (f" {sorted(lost)[:5]}" if lost else "")
    )
    if lost_old is not None:
        print(
            f"  the old pre-filter would have lost {len(lost_old)} of them "
            f"({sum(1 for u in lost_old if expected.get(u) == 'implied')} implying the place only)"
        )
    print(
        f"  pages parsed: {everything.counts['records'] - everything.counts['dropped_prefilter']} without the pre-filter "
        f"({without_seconds:.1f} s), {behind.counts['records'] - behind.counts['dropped_prefilter']} behind it ({with_seconds:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--mixed", type=int, default=300)
    ap.add_argument("--min-kb", type=int, default=20)
    ap.add_argument("--max-kb", type=int, default=80)
    ap.add_argument("--old", default=None, help="path of a previous prefilter.py to compare with")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="warc-prefilter-") as tmp:
        off_topic(args, Path(tmp))
        mixed(args, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
