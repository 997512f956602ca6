#!/usr/bin/env python3
"""Attribution on PolNeAR (political news, attribution relations annotated by hand).

PolNeAR has no licence for redistribution, so nothing of it is committed: fetch it (the search
tool's `fetch github:networkdynamics/PolNeAR`, or `git clone`) and point `--repo` at the git
directory or a checkout. This script reads it in place and prints figures only.

What is scored (per document, micro-averaged over documents):
- speakers-per-document P/R/F1: the set of *named persons* who are the source of at least one
  attribution, against the set of speakers of `stance-tracker extract --topic all` rows.
  A gold source is a person when CoreNLP (shipped with the corpus) tags a token of the source
  span PERSON (a possessor such as "Clinton's campaign" does not count; with an appositive, the
  person before its comma: "Doug Schoen, a former adviser to Mr. Clinton" is Schoen), or when the source is a
  pronoun/nominal that CoreNLP's coreference links to such a person. Names are compared by
  surname (accent-folded, lower-case), as the corpus spells a person many ways.
- recall by quote type: a gold attribution with a person source is found when an extracted row
  of that person covers a sentence overlapping its source or content. Direct = the content is
  one quotation; mixed = it holds a quotation and other words; indirect = no quotation marks.

    .venv/bin/python benchmarks/attribution_polnear.py --repo /work/.mirror/networkdynamics+PolNeAR/repo \
        --split dev [--limit 40] [--show-fp 20]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from helpers.extract import extract_documents  # noqa: E402
from helpers.extract.sentences import normalise_quote_marks  # noqa: E402

QUOTE_CHARS = '"“”'


class Corpus:
    """Reads files from a git directory (bare mirror) or a plain checkout."""

    def __init__(self, repo: Path):
        self.repo = repo
        self.bare = not (repo / "data").is_dir()

    def ls(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(str(p.relative_to(self.repo)) for p in (self.repo / folder).iterdir())
        out = subprocess.run(
            ["git", "--git-dir", str(self.repo), "ls-tree", "--name-only", "HEAD", folder + "/"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return sorted(out.split())

    def read(self, path: str) -> str:
        if not self.bare:
            return (self.repo / path).read_text(encoding="utf-8")
        return subprocess.run(
            ["git", "--git-dir", str(self.repo), "show", f"HEAD:{path}"], capture_output=True, check=True
        ).stdout.decode("utf-8")


@dataclass
class GoldAttribution:
    speaker: str  # surname key
    kind: str  # direct | indirect | mixed
    spans: list[tuple[int, int]] = field(default_factory=list)


def key(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    toks = re.findall(r"[A-Za-z][A-Za-z'\-]*", folded.replace("’", "'"))
    toks = [t for t in toks if t.lower() not in {"jr", "sr", "ii", "iii"}]
    return re.sub(r"['’]s$", "", toks[-1]).lower() if toks else ""


def parse_ann(text: str) -> list[dict[str, list[tuple[int, int]]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label_offsets = parts[1].split(" ", 1)
            offs = [tuple(int(x) for x in seg.split()) for seg in label_offsets[1].split(";")]
            spans[parts[0]] = offs  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            rel: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for arg in parts[1].split()[1:]:
                role, tid = arg.split(":")
                rel[re.sub(r"\d+$", "", role)].extend(spans.get(tid, []))
            relations.append(rel)
    return relations


class CoreNLP:
    """PERSON tokens and person coreference chains of one document."""

    def __init__(self, xml: str):
        root = ET.fromstring(xml)
        self.tokens: dict[tuple[int, int], tuple[int, int, str, str]] = {}
        for s in root.iter("sentence"):
            toks = s.find("tokens")
            if toks is None:
                continue
            sid = int(s.get("id"))
            for t in toks.iter("token"):
                self.tokens[(sid, int(t.get("id")))] = (
                    int(t.findtext("CharacterOffsetBegin")),
                    int(t.findtext("CharacterOffsetEnd")),
                    t.findtext("word") or "",
                    t.findtext("NER") or "O",
                )
        self.by_start = sorted(self.tokens.values())
        self.chains: list[tuple[list[tuple[int, int]], str | None]] = []
        coref = root.find("document/coreference")
        for chain in coref.findall("coreference") if coref is not None else []:
            spans, person = [], None
            for m in chain.findall("mention"):
                sid, a, b = int(m.findtext("sentence")), int(m.findtext("start")), int(m.findtext("end"))
                toks = [self.tokens[(sid, i)] for i in range(a, b) if (sid, i) in self.tokens]
                if not toks:
                    continue
                spans.append((toks[0][0], toks[-1][1]))
                name = self.person_in(toks[0][0], toks[-1][1])
                if name and (m.get("representative") == "true" or person is None):
                    person = name  # the chain's representative mention, else its first named one
            self.chains.append((spans, person))

    def person_in(self, a: int, b: int) -> str | None:
        """The source's head person: the last PERSON run in [a, b) that is not a possessor
        ("Clinton's campaign") and stands before the span's first comma when one does ("Doug
        Schoen, a former adviser to Mr. Clinton" is Schoen's source, not Clinton's: the appositive
        after the comma describes the head). With no person before a comma ("Another user, Roland
        Z,"), the last one in the span."""
        head = self.person_runs(a, b)
        comma = next((t[0] for t in self.by_start if a <= t[0] and t[1] <= b and t[2] == ","), None)
        before = [r for r in head if comma is not None and r[-1][1] <= comma]
        runs = before or head
        return " ".join(t[2] for t in runs[-1]) if runs else None

    def person_runs(self, a: int, b: int) -> list[list[tuple[int, int, str, str]]]:
        """The PERSON runs in [a, b) that are not possessors, in order."""
        runs: list[list[tuple[int, int, str, str]]] = []
        prev = None
        toks = [t for t in self.by_start if a <= t[0] and t[1] <= b]
        for i, t in enumerate(toks):
            if t[3] == "PERSON":
                if prev is not None and prev == i - 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
                prev = i
                nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
                if nxt in ("'s", "’s", "'"):
                    runs[-1] = [("possessor",)]  # type: ignore[list-item]
                    prev = None
        return [r for r in runs if r and r[0] != ("possessor",)]

    def source_person(self, spans: list[tuple[int, int]]) -> str | None:
        for a, b in spans:
            name = self.person_in(a, b)
            if name:
                return name
        for a, b in spans:  # a pronoun or nominal: its coreference chain's person
            for cspans, person in self.chains:
                if person and any(ca <= a < cb or a <= ca < b for ca, cb in cspans):
                    return person
        return None


def quote_kind(content: str) -> str:
    marks = sum(content.count(c) for c in QUOTE_CHARS)
    if not marks:
        return "indirect"
    stripped = content.strip().strip(".,;: ")
    inner = stripped[1:-1] if len(stripped) > 2 else ""
    if (
        stripped[:1] in QUOTE_CHARS
        and stripped[-1:] in QUOTE_CHARS
        and not any(c in inner for c in QUOTE_CHARS)
    ):
        return "direct"
    return "mixed"


def load(
    corpus: Corpus, split: str, limit: int | None
) -> tuple[pd.DataFrame, dict[str, list[GoldAttribution]]]:
    anns: dict[str, str] = {}
    for path in corpus.ls(f"data/{split}/attributions"):
        stem = re.sub(r"_[0-9a-f]{4}\.ann$", "", Path(path).name)
        anns.setdefault(stem, path)  # one annotator per document
    docs, gold = [], {}
    for stem in sorted(anns):
        if limit is not None and len(docs) >= limit:
            break
        try:
            text = corpus.read(f"data/{split}/text/{stem}.txt")
            nlp = CoreNLP(corpus.read(f"data/{split}/corenlp/{stem}.txt.xml"))
        except (subprocess.CalledProcessError, FileNotFoundError):
            continue  # a file this copy lacks (large files may be absent from a mirror)
        atts = []
        for rel in parse_ann(corpus.read(anns[stem])):
            person = nlp.source_person(rel.get("Source", []))
            if not person:
                continue
            content = " ".join(text[a:b] for a, b in rel.get("Content", []))
            atts.append(
                GoldAttribution(
                    key(person),
                    quote_kind(content),
                    rel.get("Source", []) + rel.get("Content", []) + rel.get("Cue", []),
                )
            )
        outlet, date = stem.split("_")[:2]
        title = text.split("\n", 1)[0]
        docs.append(
            {"doc_id": stem, "url": None, "outlet": outlet, "published": date, "title": title, "text": text}
        )
        gold[stem] = atts
    return pd.DataFrame(docs), gold


def score(
    docs: pd.DataFrame, gold: dict[str, list[GoldAttribution]], rows: pd.DataFrame, show_fp: int
) -> dict:
    # the extractor reads ''quotes'' as "quotes" (same length): find its sentences in that text
    texts = {d: normalise_quote_marks(t) for d, t in zip(docs["doc_id"], docs["text"], strict=True)}
    pred_speakers: dict[str, set[str]] = defaultdict(set)
    pred_spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for r in rows.to_dict("records"):
        if (r.get("speaker_type") or "person") != "person" or not r.get("speaker"):
            continue
        k = key(r["speaker"])
        pred_speakers[r["doc_id"]].add(k)
        names[(r["doc_id"], k)] = r["speaker"]
        at = texts[r["doc_id"]].find(r["sentence"][:60])
        if at >= 0:
            pred_spans[(r["doc_id"], k)].append((at, at + len(r["sentence"])))
    tp = fp = fn = 0
    fps: Counter[str] = Counter()
    fns: Counter[str] = Counter()
    by_kind: dict[str, list[int]] = {k: [0, 0] for k in ("direct", "indirect", "mixed")}
    for doc_id, atts in gold.items():
        g = {a.speaker for a in atts}
        p = pred_speakers.get(doc_id, set())
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        fps.update(names[(doc_id, k)] for k in p - g)
        fns.update(g - p)
        for a in atts:
            hit = any(
                sa < pb and pa < sb
                for sa, sb in a.spans
                for pa, pb in pred_spans.get((doc_id, a.speaker), [])
            )
            by_kind[a.kind][0] += hit
            by_kind[a.kind][1] += 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    if show_fp:
        print("false speakers:", ", ".join(f"{n} ({c})" for n, c in fps.most_common(show_fp)))
        print("missed speakers:", ", ".join(f"{n} ({c})" for n, c in fns.most_common(show_fp)))
    return {
        "documents": len(gold),
        "gold_speakers": tp + fn,
        "predicted_speakers": tp + fp,
        "precision": prec,
        "recall": rec,
        "f1": f1,
        **{f"recall_{k}": (v[0] / v[1] if v[1] else None) for k, v in by_kind.items()},
        **{f"n_{k}": v[1] for k, v in by_kind.items()},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=Path("/work/.mirror/networkdynamics+PolNeAR/repo"))
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--topic", default="all")
    ap.add_argument(
        "--show-fp", type=int, default=0, help="print the N most frequent false and missed speakers"
    )
    args = ap.parse_args()
    docs, gold = load(Corpus(args.repo), args.split, args.limit)
    t0 = time.perf_counter()
    rows, _ = extract_documents(docs, args.topic)
    took = time.perf_counter() - t0
    res = score(docs, gold, rows, args.show_fp)
    print(
        f"PolNeAR {args.split}: {res['documents']} documents, {res['gold_speakers']} gold / "
        f"{res['predicted_speakers']} predicted speakers | speakers-per-document "
        f"P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} | recall direct="
        f"{res['recall_direct']:.3f} (n={res['n_direct']}) indirect={res['recall_indirect']:.3f} "
        f"(n={res['n_indirect']}) mixed={res['recall_mixed']:.3f} (n={res['n_mixed']}) | extract {took:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
