"""Sentence splitting for news text: abbreviations, quotes across sentences, bullets, teasers.

Why not a generic splitter: news text breaks them in predictable ways ("U.S. President",
"on Feb. 21", "Gen. Burkhard", "Key developments on Dec. 4: * ... * ...", a quote of two
sentences followed by "he said", a teaser cut off mid-sentence). Each sentence keeps its
character offsets so rows can point back into the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "sen",
        "rep",
        "gov",
        "st",
        "prof",
        "rev",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "approx",
        "est",
        "dept",
        "pres",
        "amb",
        "hon",
        "mt",
        "gens",
        "cmdr",
        "cdr",
        "brig",
        "lieut",
        "sec",
        "atty",
        "supt",
        "fig",
        "pp",
        "vol",
        "ed",
        "eds",
    ]
)
# words that start a sentence after a dotted acronym ("... in the U.S. The next day ...")
STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "But",
        "And",
        "However",
        "Meanwhile",
        "Later",
        "Earlier",
        "According",
        "Asked",
        "Speaking",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "If",
        "There",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
    ]
)

_BOUNDARY = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>[\"'”’)\]]*)(?P<space>\s+)(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ•*])"
    r"|(?P<bullet>\s+[*•▪●◦]\s+)"
    r"|(?P<newline>\s*\n\s*)"
)
_LAST_TOKEN = re.compile(r"([\w.]+)$")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?([\w.]+)")
_QUOTES = re.compile(r"[\"“”]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    truncated: bool = False
    paragraph: int = 0  # index of the text block (line) the sentence is in: dates never carry across blocks


def _prev_token(text: str, end: int) -> str:
    m = re.search(r"([\w.]+)$", text[max(0, end - 20) : end])
    return m.group(1) if m else ""


def _is_abbreviation(text: str, punct_start: int, next_word: str) -> bool:
    token = _prev_token(text, punct_start)
    if not token:
        return False
    bare = token.rstrip(".").lower()
    if bare in ("no", "nos"):  # "No. 5" but not "... said no. Separately"
        return bool(re.match(r"\d", next_word))
    if bare in ABBREVIATIONS:
        return True
    if _ACRONYM.fullmatch(token):  # U.S / U.K / E.U
        return next_word not in STARTERS
    return bool(re.fullmatch(r"[A-Z]", token))  # an initial: "J. D. Vance"


def _inside_open_quote(text: str, start: int, pos: int) -> bool:
    """True when a straight/curly double quote opened in text[start:pos] is still open and closes soon."""
    n = len(_QUOTES.findall(text, start, pos))
    if n % 2 == 0:
        return False
    return bool(_QUOTES.search(text, pos, min(len(text), pos + 600)))


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets; bullets and line breaks always split."""
    out: list[Sentence] = []
    if not text:
        return out
    start = 0
    para = 0  # a line break ends a paragraph (the collector's parser puts one between <p> blocks)
    for m in _BOUNDARY.finditer(text):
        new_para = "\n" in m.group(0)
        if m.group("bullet") or m.group("newline"):
            cut, nxt = m.start(), m.end()
        else:
            nxt = m.end()
            cut = m.end("close")
            if not new_para:  # a line break always splits
                following = re.match(r"[\"“‘'(\[]?([\w.]+)", text[nxt : nxt + 30])
                next_word = following.group(1) if following else ""
                if m.group("punct") == "." and _is_abbreviation(text, m.start("punct"), next_word):
                    continue
                if _inside_open_quote(text, start, cut):
                    continue
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(
                Sentence(piece.strip(), start + lead, start + lead + len(piece.strip()), paragraph=para)
            )
        start = nxt
        if new_para and out:
            para += 1
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        s = piece.strip()
        truncated = not re.search(r"[.!?…][\"'”’)\]]*$", s) and not s.endswith(":")
        out.append(Sentence(s, start + lead, start + lead + len(s), truncated, paragraph=para))
    # a heading that ends in ":" before bullets ("Key developments on Dec. 4:") is context, not a sentence
    return out
