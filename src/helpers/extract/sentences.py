"""Sentence splitting for news text: abbreviations, quotes across sentences, bullets, teasers.

Why not a generic splitter: news text breaks them in predictable ways ("U.S. President",
"on Feb. 21", "Gen. Burkhard", "Key developments on Dec. 4: * ... * ...", a quote of two
sentences followed by "he said", a teaser cut off mid-sentence). Each sentence keeps its
character offsets so rows can point back into the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract import lexicon

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
    if bare in lexicon.words("title_abbreviations.txt") and token[:1].isupper() and next_word[:1].isupper():
        return True  # "said Del. Stacey Plaskett": a title before a name
    if _ACRONYM.fullmatch(token):  # U.S / U.K / E.U
        return next_word not in STARTERS
    return bool(re.fullmatch(r"[A-Z]", token))  # an initial: "J. D. Vance"


def _inside_open_quote(text: str, start: int, pos: int) -> bool:
    """True when a straight/curly double quote opened in text[start:pos] is still open and closes soon."""
    n = len(_QUOTES.findall(text, start, pos))
    if n % 2 == 0:
        return False
    return bool(_QUOTES.search(text, pos, min(len(text), pos + 600)))


_WRAPPED = re.compile(r"(?<=[^\n])[ \t]*\n[ \t]*(?=[^\n])")
_ENDS_CLAUSE = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
_LINE_START_MARK = re.compile(r"[-–*•▪●◦]\s|\d{1,2}[.)]\s|[A-Z][\w'’ .]{0,30}:\s")


_CLOSING_PAIR = re.compile(r"(?<=\S)(?:''|``)")
_OPENING_PAIR = re.compile(r"''|``")


def normalise_quote_marks(text: str) -> str:
    """Two apostrophes or backticks used as quotation marks (''quote'', as in some US copy)
    become a double quote, keeping the text's length so that offsets stay valid: a closing
    pair becomes `" `, an opening pair ` "`."""
    if "''" not in text and "``" not in text:
        return text
    return _OPENING_PAIR.sub(' "', _CLOSING_PAIR.sub('" ', text))


def _hard_wrapped(text: str) -> bool:
    """Wire copy wrapped at a fixed width: most lines inside paragraphs are long and about as long
    as each other, and several of them end in the middle of a clause."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    inner = [ln for i, ln in enumerate(lines) if ln and i + 1 < len(lines) and lines[i + 1].strip()]
    if len(inner) < 2:
        return False
    widest = max(len(ln) for ln in inner)
    if not 40 <= widest <= 110:
        return False
    long_lines = [ln for ln in inner if len(ln) >= 0.75 * widest]
    open_ended = [ln for ln in inner if not _ENDS_CLAUSE.search(ln)]
    return len(long_lines) >= 0.8 * len(inner) and len(open_ended) >= 2


def _unwrap(text: str) -> str:
    """Hard line breaks inside a sentence (wire copy wrapped at a fixed width) become spaces, so
    that a sentence is not cut in two; a blank line ("\n\n"), a line that ends a clause, and a
    line that opens a list item or a label ("Spain: ...") still break. The text keeps its length,
    so offsets stay valid. A wrapped line continues when the next line starts in lower case or
    the line ends in a word that cannot end a sentence (a function word, a comma)."""
    if "\n" not in text:
        return text
    chars = list(text)
    wrapped = _hard_wrapped(text)
    for m in _WRAPPED.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 40]
        if _LINE_START_MARK.match(after):
            continue
        if wrapped:  # copy wrapped at a fixed width: every single line break is a space
            for i in range(m.start(), m.end()):
                chars[i] = " "
            continue
        if _ENDS_CLAUSE.search(before):
            continue
        last = re.search(r"([\w'’]+|,)\s*$", before)
        last_word = last.group(1).lower() if last else ""
        if after[:1].islower() or last_word == "," or last_word in lexicon.words("function_words.txt"):
            for i in range(m.start(), m.end()):
                chars[i] = " "
    return "".join(chars)


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets; bullets and line breaks always split (a hard
    line break inside a sentence is first turned into a space, `_unwrap`)."""
    out: list[Sentence] = []
    if not text:
        return out
    text = _unwrap(text)
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
