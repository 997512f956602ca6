# ruff: noqa: E501  (gold data: long text lines are the documents themselves)
import datetime as dt
import json

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def wd(pub: str, day: str) -> str:
    """Most recent `day` on or before publication date."""
    p = dt.date.fromisoformat(pub)
    delta = (p.weekday() - DAYS.index(day.lower())) % 7
    return (p - dt.timedelta(days=delta)).isoformat()


def S(speaker, role, cc, date, stance, dep, quote=None):
    return dict(
        speaker=speaker, speaker_role=role, country=cc, date=date, stance=stance, deployment=dep, quote=quote
    )


def P(cc, date, pollster, sup, opp, q):
    return dict(
        country=cc,
        date=date,
        pollster=pollster,
        share_support=float(sup),
        share_oppose=None if opp is None else float(opp),
        question=q,
    )


def write(docs, outdir):
    import pathlib

    out = pathlib.Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    ids = set()
    with (
        open(out / "docs.jsonl", "w") as fd,
        open(out / "statements.jsonl", "w") as fs,
        open(out / "polls.jsonl", "w") as fp,
    ):
        for d in docs:
            assert d["doc_id"] not in ids, d["doc_id"]
            ids.add(d["doc_id"])
            meta = {k: d[k] for k in ("doc_id", "url", "outlet", "published", "title", "text")}
            fd.write(json.dumps(meta, ensure_ascii=False) + "\n")
            keys = set()
            for s in d.get("st", []):
                assert s["date"] <= d["published"], (d["doc_id"], s)
                k = s["speaker"].split()[-1]
                assert k not in keys
                keys.add(k)
                fs.write(json.dumps({"doc_id": d["doc_id"], **s}, ensure_ascii=False) + "\n")
            for p in d.get("po", []):
                fp.write(json.dumps({"doc_id": d["doc_id"], **p}, ensure_ascii=False) + "\n")
