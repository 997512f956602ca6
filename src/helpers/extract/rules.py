"""A topic's YAML compiled once into the regular expressions the extractor runs.

Why: the topic is configuration (a topic file laid over the English lexicon, helpers.topics);
this module is the only place that turns that configuration into matchers, so retargeting never
touches extractor code. Reference tables (actors, demonyms) come from the data folder's
`reference/` when it has one, else from the package's bundled tables.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers.extract.actors import ActorTable, load_actors
from helpers.extract.countries import CountryLexicon, load_countries
from helpers.extract.labeller.model import LabellerModel
from helpers.extract.labeller.store import find_model
from helpers.extract.normalize import fold_lower
from helpers.paths import DataLayout
from helpers.tables import InputError
from helpers.topics import DEFAULT_TOPIC, Topic, load_topic

IGNORE = re.IGNORECASE


def _any(patterns: list[str] | str | None, flags: int = IGNORE) -> re.Pattern[str] | None:
    if not patterns:
        return None
    if isinstance(patterns, str):
        patterns = [patterns]
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@dataclass(frozen=True)
class Cue:
    label: str
    rx: re.Pattern[str]


@dataclass(frozen=True)
class Rules:
    """Everything the extractor needs to know about one topic."""

    topic: Topic
    fingerprint: str
    actors: ActorTable
    countries: CountryLexicon
    subject: re.Pattern[str]
    subject_exclude: re.Pattern[str] | None
    place: re.Pattern[str]
    place_implied: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    not_subject: re.Pattern[str] | None
    # words that stand for the subject only right after an on-topic sentence ("any Italian
    # deployment", "the mandate"): `subject_in_context_patterns`
    subject_in_context: re.Pattern[str] | None
    # words that stand for the subject only in the sentence right after an on-topic one
    # ("security guarantees" near a troops sentence): `subject_next_to_patterns`
    subject_next_to: re.Pattern[str] | None
    deployment: tuple[tuple[str, re.Pattern[str]], ...]
    deployment_default: str
    cues: tuple[Cue, ...]
    condition: re.Pattern[str] | None
    verbs_after: re.Pattern[str]
    verbs_before: re.Pattern[str]
    outlets: frozenset[str]
    roles: tuple[tuple[re.Pattern[str], str, str, str | None], ...]
    role_rx: re.Pattern[str]
    poll_trigger: re.Pattern[str] | None
    poll_topic: re.Pattern[str] | None
    poll_support: str
    poll_oppose: str
    poll_dont_know: str
    poll_subgroup: re.Pattern[str] | None
    poll_other_question: re.Pattern[str] | None
    pollsters: tuple[str, ...]
    pollster_rx: re.Pattern[str] | None
    prefilter: re.Pattern[str]
    # deployment cues that name a label only through the situation, not the deployment itself:
    # half weight when reading what a document is about, and they yield to the document's label
    deployment_weak: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # the topic's trained stance/deployment model (None: the cue rules label alone)
    labeller: LabellerModel | None = None
    # deployment labels for side subjects, never what a whole document is taken to be about
    deployment_side: frozenset[str] = frozenset()
    # the countries the debate is about (its place and the other side): never a poll's country nor
    # the country a document is taken to be about for a speaker without one
    subject_countries: frozenset[str] = frozenset()
    # a poll figure whose words name only a broad measure (`broad_patterns`) and none of the question's
    # core words (`core_patterns`) answers a question about measures in general, not this topic's
    poll_broad: re.Pattern[str] | None = None
    poll_core: re.Pattern[str] | None = None
    # words that keep a statement on the default deployment label whatever its document is about
    deployment_default_explicit: re.Pattern[str] | None = None


def _resolve(path_value: str | None, default: Path, topic_file: Path | None) -> Path:
    """A reference table the topic names (relative to the topic file), else the default."""
    if not path_value:
        return default
    p = Path(path_value)
    return p if p.is_absolute() or topic_file is None else topic_file.parent / p


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "absent"


@lru_cache(maxsize=16)
def compile_rules(topic_name: str = DEFAULT_TOPIC, data_dir: str | Path | None = None) -> Rules:
    """Load and compile a topic (cached per process; the topic files are read once).

    `data_dir` picks what a run on that folder uses: its own topic files, reference tables and
    retrained labeller model when it has them, else the bundled ones; the model's checksum and the
    tables' are part of the fingerprint, so cached extractions follow their changes."""
    topic = load_topic(topic_name, data_dir)
    cfg: dict[str, Any] = dict(topic.config)  # `extends:` is already merged by load_topic
    for section in ("relevance", "deployment", "stance", "speech", "roles"):
        if section not in cfg:
            raise InputError(f"{topic.path}: topic lacks a `{section}` section needed for extraction")
    reference = DataLayout.at(data_dir).reference
    actors_path = _resolve(cfg.get("actors"), reference / "actors.csv", topic.path)
    demonyms_path = _resolve(cfg.get("demonyms"), reference / "demonyms.csv", topic.path)
    actors = load_actors(actors_path)
    countries = load_countries(demonyms_path)
    rel, dep, st, sp, po = (
        cfg["relevance"],
        cfg["deployment"],
        cfg["stance"],
        cfg["speech"],
        cfg.get("polls") or {},
    )
    try:
        deployment = tuple(
            (label, rx) for label in dep["order"] if (rx := _any(dep["patterns"][label])) is not None
        )
        deployment_weak = tuple(
            (label, rx)
            for label, pats in (dep.get("weak_patterns") or {}).items()
            if (rx := _any(pats)) is not None
        )
        cues = tuple(Cue(c["label"], re.compile(c["pattern"], IGNORE)) for c in st["cues"])
        country_alt = countries.adjective_rx.pattern
        roles = []
        role_parts = []
        for r in cfg["roles"]:
            pat = r["pattern"].replace("COUNTRY", f"(?:{country_alt}\\s+)")
            roles.append((re.compile(f"(?i:{pat})"), r["role"], r.get("title") or "", r.get("country")))
            role_parts.append(f"(?i:{pat})")
        role_rx = re.compile(r"(?<![\w])(?:" + "|".join(role_parts) + r")(?![\w])")
    except (KeyError, TypeError, re.error) as err:
        raise InputError(f"{topic.path}: bad extraction rules ({err})") from err
    # cue labels are the topic's stance labels, or the keys of its `from_cues` mapping onto them
    from_cues = ((cfg.get("labels") or {}).get("stance") or {}).get("from_cues") or {}
    stance_names = topic.stance_labels.names  # a topic without valid label sets fails here, naming its file
    known = set(from_cues) or set(stance_names)
    if unknown := {c.label for c in cues} - known:
        raise InputError(
            f"{topic.path}: stance cues name unknown labels {sorted(unknown)} (known: {sorted(known)})"
        )
    if missing := [k for k in ("support_patterns", "oppose_patterns", "dont_know_patterns") if not po.get(k)]:
        raise InputError(
            f"{topic.path}: polls lacks {missing} (lexicon/en/polls.yml gives them to every topic)"
        )
    pollsters = tuple(sorted({str(p) for p in po.get("pollsters") or []}, key=len, reverse=True))
    subject = _any(rel["subject_patterns"])
    place = _any(rel["place_patterns"])
    if subject is None or place is None:
        raise InputError(f"{topic.path}: relevance needs subject_patterns and place_patterns")
    poll_trigger = _any(po.get("trigger_patterns"))
    pre = [p.pattern for p in (subject, poll_trigger) if p is not None]
    labeller = find_model(topic.name, data_dir)
    fingerprint = hashlib.sha256(
        json.dumps(cfg, sort_keys=True, default=str).encode()
        + topic.name.encode()
        + _file_hash(actors_path).encode()
        + _file_hash(demonyms_path).encode()
        + (labeller.checksum if labeller else "no-model").encode()
    ).hexdigest()[:16]
    return Rules(
        topic=topic,
        fingerprint=fingerprint,
        actors=actors,
        countries=countries,
        subject=subject,
        subject_exclude=_any(rel.get("subject_exclude_patterns")),
        place=place,
        place_implied=_any(rel.get("place_implied_patterns")),
        exclude=_any(rel.get("exclude_patterns"), 0),
        not_subject=_any(rel.get("not_subject_patterns")),
        subject_in_context=_any(rel.get("subject_in_context_patterns")),
        subject_next_to=_any(rel.get("subject_next_to_patterns")),
        deployment=deployment,
        deployment_default=dep.get("default", "other"),
        cues=cues,
        condition=_any(st.get("condition_patterns")),
        verbs_after=re.compile(r"^(?:" + sp["verbs_after_speaker"] + r")\b", IGNORE),
        verbs_before=re.compile(r"\b" + sp["verbs_before_speaker"] + r"\s*$", IGNORE),
        outlets=frozenset(
            fold_lower(o).removeprefix("the ") for o in sp.get("outlets") or []
        ),  # "Süddeutsche" = "Suddeutsche"
        roles=tuple(roles),
        role_rx=role_rx,
        poll_trigger=poll_trigger,
        poll_topic=_any(po.get("topic_patterns")),
        poll_support=po["support_patterns"],
        poll_oppose=po["oppose_patterns"],
        poll_dont_know=po["dont_know_patterns"],
        poll_subgroup=_any(po.get("subgroup_patterns")),
        poll_other_question=_any(po.get("other_question_patterns")),
        poll_broad=_any(po.get("broad_patterns")),
        poll_core=_any(po.get("core_patterns")),
        subject_countries=frozenset(str(c).upper() for c in cfg.get("subject_countries") or []),
        pollsters=pollsters,
        pollster_rx=re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in pollsters) + r")(?![\w])")
        if pollsters
        else None,
        prefilter=re.compile("|".join(f"(?:{p})" for p in pre), IGNORE),
        deployment_weak=deployment_weak,
        labeller=labeller,
        deployment_side=frozenset(str(label) for label in dep.get("side_labels") or ()),
        deployment_default_explicit=_any(dep.get("default_explicit_patterns")),
    )
