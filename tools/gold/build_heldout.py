# ruff: noqa: E501  (long lines are documentation of the data files)
"""Rebuild the held-out gold sets: `python tools/gold/build_heldout.py [--out GOLD_ROOT]`
(default: data/gold; writes GOLD_ROOT/heldout and GOLD_ROOT/pages).

heldout_text_docs.py   held-out text documents + gold rows (dates written relative to publication via `wd`)
heldout_page_specs.py  held-out article pages: metadata, body paragraphs, gold rows
heldout_pages.py       renders the page specs into realistic HTML (boilerplate, meta tags, JSON-LD) + manifest + URL-keyed gold
"""

import heldout_text_docs
from goldkit import GOLD_DIR, out_dir, write_nested
from heldout_pages import render_pages


def main() -> None:
    root = out_dir(GOLD_DIR, __doc__)
    (root / "heldout").mkdir(exist_ok=True)
    write_nested(heldout_text_docs.D, root / "heldout")
    render_pages(root / "pages")


if __name__ == "__main__":
    main()
