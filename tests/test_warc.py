"""WARC input: which records become documents, with what provenance, and what happens to the rest."""

from __future__ import annotations

import io
import json
import pickle

import pandas as pd
import pytest
from warcio.archiveiterator import ArchiveIterator

from fixtures.warc.builders import ON_TOPIC, WarcBuilder, article_html, standard_warc
from helpers.collect import BytePrefilter, expand_paths, process_warc_file, read_warc_documents
from helpers.collect.warc.documents import OUTCOMES
from helpers.tables import InputError
from helpers.topics import load_topic


@pytest.fixture(scope="module")
def standard(tmp_path_factory):
    path, written = standard_warc(tmp_path_factory.mktemp("warc") / "cc-news-0001.warc.gz")
    return path, written, read_warc_documents([str(path)])


def test_each_record_ends_in_exactly_one_counted_bucket(standard):
    _path, _written, result = standard
    c = result.counts
    assert c["records"] == 9
    assert sum(c[k] for k in OUTCOMES) == c["records"]
    assert c["dropped_not_response"] == 1  # the request record
    assert c["dropped_http_status"] == 1
    assert c["dropped_not_html"] == 1
    assert c["dropped_prefilter"] == 1  # football page: no keyword at all
    assert c["dropped_off_topic"] == 1  # bread page: "Ukraine ... troops" only in the navigation
    assert c["failed"] == 1
    assert c["kept"] == 3


def test_kept_pages_are_parsed_and_carry_warc_provenance(standard):
    path, written, result = standard
    docs = result.documents.set_index("warc_target_uri")
    assert sorted(docs.index) == sorted([written["on"].uri, written["latin"].uri, written["after"].uri])
    on = docs.loc[written["on"].uri]
    assert on["warc_file"] == path.name
    assert on["warc_record_id"] == written["on"].record_id
    assert on["warc_offset"] == written["on"].start
    assert on["warc_date"] == "2025-03-04T12:00:00Z"
    assert on["published"] == "2025-03-03" and on["date_source"] == "meta"
    assert on["title"] == "Macron: European troops could deploy to Ukraine"
    assert "reassurance force" in on["text"]
    assert on["outlet"] == "lemonde.example" and on["source_kind"] == "warc"
    assert json.loads(on["sources"])[0]["warc_offset"] == written["on"].start
    # the offset really points at the record: seek there and read it back
    with open(path, "rb") as fh:
        fh.seek(int(on["warc_offset"]))
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Record-ID") == on["warc_record_id"]


def test_truncated_gzip_member_is_a_failure_and_the_next_record_is_still_read(standard):
    _path, written, result = standard
    assert len(result.failures) == 1
    failure = result.failures.iloc[0]
    assert failure["file"] == "cc-news-0001.warc.gz"
    assert failure["offset"] == written["truncated"].start
    assert failure["reason"]
    assert written["after"].uri in set(result.documents["warc_target_uri"])


def test_broken_charset_is_decoded_and_noted_not_dropped(standard):
    _path, written, result = standard
    doc = result.documents.set_index("warc_target_uri").loc[written["latin"].uri]
    assert "no-such-charset" in doc["charset_note"]
    assert "Grüße aus Köln" in doc["text"]  # latin-1 bytes came out as the right letters


def test_damage_is_always_reported_at_the_truncated_record_and_never_becomes_a_document(tmp_path):
    """However the broken inflater happens to fail (it depends on the bytes), the outcome holds."""
    for i in range(12):
        path, written = standard_warc(tmp_path / f"v{i}.warc.gz", prefix=f"v{i}")
        result = process_warc_file(path)
        c = result.counts
        assert sum(c[k] for k in OUTCOMES) == c["records"]
        assert c["kept"] == 3 and c["failed"] >= 1
        assert result.failures["offset"].iloc[0] == written["truncated"].start
        assert "starmer" not in " ".join(result.documents["url"])


def test_payload_not_matching_its_digest_is_a_failure_not_a_document(tmp_path):
    buf = io.BytesIO()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = article_html("Troops to Ukraine", ON_TOPIC).encode()
    writer.write_record(
        writer.create_warc_record(
            "https://b.example/x", "response", http_headers=http, payload=io.BytesIO(page)
        )
    )
    data = buf.getvalue().replace(b"reassurance force", b"reassurance farce")  # same length, other bytes
    (tmp_path / "flipped.warc").write_bytes(data)
    result = read_warc_documents([str(tmp_path / "flipped.warc")])
    assert result.documents.empty
    assert "Digest" in result.failures["reason"].iloc[0] and result.failures["offset"].iloc[0] == 0


def test_file_cut_short_reports_the_truncated_last_record(tmp_path):
    b = WarcBuilder()
    first = b.response("https://a.example/1", article_html("Troops for Ukraine", ON_TOPIC).encode())
    last = b.response("https://a.example/2", article_html("More troops for Ukraine", ON_TOPIC[:2]).encode())
    path = b.save(tmp_path / "short.warc.gz", cut_end=(last.end - last.start) // 3)
    result = read_warc_documents([str(path)])
    assert list(result.documents["warc_record_id"]) == [first.record_id]
    assert list(result.failures["offset"]) == [last.start]
    assert result.counts["failed"] == 1 and result.counts["kept"] == 1


def test_a_file_that_is_not_a_warc_is_recorded_and_other_files_still_processed(tmp_path):
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not a WARC file\n" * 20)
    good, written = standard_warc(tmp_path / "good.warc.gz")
    result = read_warc_documents([str(tmp_path / "*.warc.gz")])
    assert set(result.failures["file"]) == {"junk.warc.gz", "good.warc.gz"}
    junk_failure = result.failures[result.failures["file"] == "junk.warc.gz"].iloc[0]
    assert junk_failure["offset"] == 0 and "WARC" in junk_failure["reason"]
    assert result.counts["kept"] == 3 and result.counts["files"] == 2


def test_uncompressed_warc_is_read_too(tmp_path):
    buf = io.BytesIO()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://b.example/x",
            "response",
            http_headers=http,
            payload=io.BytesIO(article_html("Troops to Ukraine", ON_TOPIC).encode()),
        )
    )
    (tmp_path / "plain.warc").write_bytes(buf.getvalue())
    result = read_warc_documents([str(tmp_path / "plain.warc")])
    assert result.counts["kept"] == 1 and result.failures.empty


def test_prefilter_runs_before_parsing(standard, monkeypatch):
    import helpers.collect.parse as parse

    parsed_urls: list[str | None] = []
    real = parse.parse_article

    def counting(html, url=None, **kw):  # type: ignore[no-untyped-def]
        parsed_urls.append(url)
        return real(html, url, **kw)

    monkeypatch.setattr(parse, "parse_article", counting)
    path, written, _ = standard
    process_warc_file(path)
    assert written["off"].uri not in parsed_urls  # dropped on bytes, never parsed
    assert written["nav"].uri in parsed_urls  # passed the bytes test, failed on text
    assert len(parsed_urls) == 4


def test_prefilter_needs_every_keyword_group_and_ignores_ascii_case():
    pre = BytePrefilter.from_topic(load_topic("ukraine_troops"))
    assert pre(b"<p>UKRAINE asks for more TROOPS</p>")
    assert pre(b"<p>peacekeepers in kyiv</p>")
    assert not pre(b"<p>Ukraine wins the song contest</p>")
    assert pre.missing_group(b"<p>troops on parade in London</p>") == "place"


def test_prefilter_keeps_every_text_the_topic_test_keeps():
    topic = load_topic("ukraine_troops")
    pre = BytePrefilter.from_topic(topic)
    samples = ON_TOPIC + [
        "Kyiv's Security Guarantee talks",
        "A Ukrainian contingent",
        "Peace-keeping in UKRAINE",
        "Boots on the ground in Ukraine?",
        "the Coalition Of The Willing met Kyiv officials",
    ]
    for text in samples:
        if topic.relevance(text)[0]:
            assert pre(article_html("t", [text]).encode("utf-8")), text


def test_unknown_path_and_empty_glob_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such WARC file"):
        read_warc_documents([str(tmp_path / "nope.warc.gz")])
    with pytest.raises(InputError, match="matches no file"):
        read_warc_documents([str(tmp_path / "*.warc.gz")])
    with pytest.raises(InputError, match="unless a file mapper is given"):
        read_warc_documents([str(tmp_path)], engine="dask")  # collect starts no cluster itself


def _reversed_pickling_mapper(shipped: list[int]):  # type: ignore[no-untyped-def]
    """A stand-in for a cluster: every task is pickled (as Dask ships it) and run last file first."""

    def run(func, units, *, on_result):  # type: ignore[no-untyped-def]
        task = pickle.loads(pickle.dumps(func))
        for i in reversed(range(len(units))):
            shipped.append(i)
            on_result(i, task(units[i]))

    return run


@pytest.mark.parametrize("stored", [False, True])
def test_a_file_mapper_that_runs_files_out_of_order_gives_the_same_tables(tmp_path, stored):
    standard_warc(tmp_path / "a.warc.gz", prefix="one")
    standard_warc(tmp_path / "b.warc.gz", prefix="two")
    pattern = [str(tmp_path / "*.warc.gz")]
    here = read_warc_documents(pattern)
    shipped: list[int] = []
    data_dir = tmp_path / "data" if stored else None
    mapped = read_warc_documents(
        pattern, map_files=_reversed_pickling_mapper(shipped), engine="test", data_dir=data_dir
    )
    assert shipped == [1, 0]  # both files went through the mapper
    pd.testing.assert_frame_equal(here.documents, mapped.documents)
    pd.testing.assert_frame_equal(here.failures, mapped.failures)
    assert set(mapped.files["engine"]) == {"test"}  # the ledger says what ran the files


def test_folders_and_globs_expand_to_warc_files_and_name_clashes_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    standard_warc(tmp_path / "a" / "x.warc.gz")
    (tmp_path / "a" / "notes.txt").write_text("not a warc")
    assert [p.name for p in expand_paths([str(tmp_path / "a")])] == ["x.warc.gz"]
    assert expand_paths([str(tmp_path / "a"), str(tmp_path / "a" / "*.warc.gz")]) == [
        tmp_path / "a" / "x.warc.gz"
    ]
    standard_warc(tmp_path / "b" / "x.warc.gz")
    with pytest.raises(InputError, match="share the name"):
        expand_paths([str(tmp_path / "*" / "x.warc.gz")])


# ---------------------------------------------------------------- pre-filter ⊇ topic filter (property)
#
# The contract: every page whose *parsed* title + text the collector's topic filter keeps passes
# the byte pre-filter. Texts are generated from the topic configuration itself (its keyword terms
# and strings matching its implied-place patterns, so some never name the country), then written
# into pages the way the web writes them: any letter case, HTML entities, inline tags and soft
# hyphens inside words, several encodings, in the body, the <title>, og:description or JSON-LD only.

import html as html_lib  # noqa: E402
import re  # noqa: E402

from hypothesis import HealthCheck, event, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from helpers.collect.filter import TopicRelevance  # noqa: E402
from helpers.collect.parse import parse_article  # noqa: E402

TOPIC = load_topic("ukraine_troops")
RELEVANCE = TopicRelevance.from_topic(TOPIC)
PREFILTER = BytePrefilter.from_topic(TOPIC)
FILLER = [
    "the",
    "minister",
    "said",
    "on",
    "Monday",
    "that",
    "a",
    "plan",
    "for",
    "talks",
    "in",
    "Paris",
    "was",
    "discussed",
    "with",
    "allies",
    "and",
    "partners",
    "budget",
    "école",
    "Zürich",
    "naïve",
    "über",
    "—",
    "“quote”",
]


def _cased(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(text, st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase])).map(
        lambda pair: pair[1](pair[0])
    )


KEYWORD = st.sampled_from([t for terms in TOPIC.keywords.values() for t in terms])
IMPLIED = st.one_of(
    [st.from_regex(re.compile(p, re.IGNORECASE), fullmatch=True) for p in RELEVANCE.implied_place_patterns]
)
WORD = st.one_of(st.sampled_from(FILLER), st.text(st.characters(categories=["L"]), min_size=1, max_size=8))
SEGMENT = _cased(st.one_of(KEYWORD, IMPLIED, WORD, WORD))
SEP = st.sampled_from([" ", " ", ", ", ". ", "\n", " - "])


@st.composite
def topic_texts(draw: st.DrawFn) -> str:
    """Mostly relevant texts: a place term or an implied-place phrase, a subject term, filler around."""
    place = draw(_cased(st.one_of(st.sampled_from(TOPIC.keywords["place"]), IMPLIED)))
    subject = draw(_cased(st.sampled_from(TOPIC.keywords["subject"])))
    parts = [place, subject, *draw(st.lists(SEGMENT, max_size=8))]
    order = draw(st.permutations(parts))
    return "".join(seg + draw(SEP) for seg in order).strip()


SHY = ["&shy;", "\u00ad", "\u200b", "&#8203;"]
TAGS = ["<b>", "</b>", "<span>", "</span>", "<!-- x -->", "<i></i>"]


@st.composite
def obfuscated(draw: st.DrawFn, text: str, markup: bool) -> str:
    """HTML for `text` as pages write it: entities, soft hyphens and (outside attributes) tags mid-word."""
    out = []
    for ch in text:
        how = draw(st.integers(0, 9))
        if how == 0:
            out.append(f"&#{ord(ch)};")
        elif how == 1:
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(html_lib.escape(ch))
        extra = draw(st.integers(0, 14))
        if extra == 0:
            out.append(draw(st.sampled_from(SHY)))
        elif extra == 1 and markup and ch.isalnum():
            out.append(draw(st.sampled_from(TAGS)))
    return "".join(out)


@st.composite
def pages(draw: st.DrawFn) -> tuple[bytes, str | None, str]:
    """(page bytes, HTTP charset or None, where the text was put)."""
    text = draw(topic_texts())
    where = draw(st.sampled_from(["body", "body", "title", "og", "jsonld"]))
    filler = "<p>Other news of the day, briefly.</p>"
    head, body = "", filler
    if where == "body":
        body = f"<p>{draw(obfuscated(text, True))}</p>"
    elif where == "title":
        head = f"<title>{draw(obfuscated(text, False))}</title>"
    elif where == "og":
        head = f'<meta property="og:description" content="{draw(obfuscated(text, False))}">'
    else:
        escaped = draw(obfuscated(text, False)) if draw(st.booleans()) else text
        blob = json.dumps({"@type": "NewsArticle", "articleBody": escaped}, ensure_ascii=draw(st.booleans()))
        blob = blob.replace("</", "<\\/")  # a string in a script may not close it
        head = f'<script type="application/ld+json">{blob}</script>'
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "cp1252", "utf-16", "iso-8859-1"]))
    declared = draw(st.sampled_from(["http", "meta"])) if encoding != "utf-8" else None
    meta = f'<meta charset="{encoding}">' if declared == "meta" else ""
    page = f"<!doctype html><html><head>{meta}{head}</head><body><div>{body}</div></body></html>"
    raw = page.encode(encoding, errors="xmlcharrefreplace")
    return raw, (encoding if declared == "http" else None), where


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=topic_texts(), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-16-le", "latin-1"]))
def test_prefilter_passes_every_text_the_topic_filter_keeps(text: str, encoding: str) -> None:
    """On plain texts in any case and encoding (declared over HTTP), implied places included."""
    if not RELEVANCE(text)[0]:
        event("not relevant")
        return
    event("relevant")
    raw = f"<p>{html_lib.escape(text)}</p>".encode(encoding, errors="xmlcharrefreplace")
    assert PREFILTER(raw, encoding), text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=pages())
def test_prefilter_passes_every_page_whose_parsed_text_the_topic_filter_keeps(page) -> None:
    """The contract itself: parse the generated page as the collector does, then compare."""
    raw, charset, where = page
    parsed = parse_article(raw, "https://example.com/a", charset=charset)
    kept = RELEVANCE(f"{parsed.title or ''}\n{parsed.text}")[0]
    event(f"{where}: {'kept' if kept else 'not kept'} by the topic filter")
    if kept:
        assert PREFILTER(raw, charset), raw[:300]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FILLER), min_size=3, max_size=30))
def test_prefilter_rejects_pages_without_the_topic(words: list[str]) -> None:
    text = " ".join(words)
    assert not RELEVANCE(text)[0]
    assert not PREFILTER(f"<html><body><p>{text}</p></body></html>".encode())


def test_prefilter_is_derived_from_the_topic_configuration() -> None:
    groups = dict(PREFILTER.groups)
    assert set(groups) == set(TOPIC.keywords)
    # the implied-place patterns give the place group needles of their own
    assert {"peace", "reassurance", "coalition"} <= set(groups["place"])
    # and a pattern with no required literal could not be pre-filtered: the group is then left out
    from helpers.collect.warc.needles import required_literals

    assert required_literals(r"\bpeace[- ]?keep\w*") == {"peace"}
    assert required_literals(r"\w+ force") == {"force"}
    assert required_literals(r"(?:\w+|force)") is None


def test_implied_place_pages_are_kept_from_a_warc_file(tmp_path):
    """The issue's case: a brief implying the place ("peacekeeping force") and never naming the country."""
    text = (
        "Spain is ready to contribute soldiers to a peacekeeping force once the fighting stops, "
        "its defence minister told parliament in Madrid on Tuesday."
    )
    builder = WarcBuilder()
    builder.response(
        "https://news.example/peacekeeping-brief", article_html("Spain and the force", [text]).encode()
    )
    path = builder.save(tmp_path / "implied.warc.gz")
    result = read_warc_documents([str(path)])
    assert result.counts["dropped_prefilter"] == 0
    assert result.counts["kept"] == 1
    assert "peacekeeping force" in result.documents["text"].iloc[0]


def test_non_ascii_keywords_survive_case_entities_encodings_and_soft_hyphens():
    from helpers.topics import Topic

    topic = Topic(name="swiss", title="swiss", keywords={"place": ["Zürich"], "subject": ["Truppen"]})
    pre = BytePrefilter.from_topic(topic)
    for page, charset in (
        ("<p>ZÜRICH schickt Truppen</p>".encode(), None),
        ("<p>Zürich schickt Truppen</p>".encode("cp1252"), "cp1252"),
        (b"<p>Z&uuml;ri&shy;ch schickt Truppen</p>", None),
        (b"<p>Z&#252;<b>rich</b> schickt Truppen</p>", None),
        ("<p>Zürich schickt Truppen</p>".encode("utf-16"), None),
    ):
        assert pre(page, charset), page
    assert not pre(b"<p>Basel schickt Truppen</p>")


def test_a_file_mapper_that_loses_a_file_is_an_error_naming_it(tmp_path):
    standard_warc(tmp_path / "a.warc.gz", prefix="one")
    standard_warc(tmp_path / "b.warc.gz", prefix="two")

    def loses_the_last(func, units, *, on_result):  # type: ignore[no-untyped-def]
        for i, unit in enumerate(units[:-1]):
            on_result(i, func(unit))

    for data_dir in (None, tmp_path / "data"):
        with pytest.raises(RuntimeError, match=r"no result for b\.warc\.gz"):
            read_warc_documents([str(tmp_path / "*.warc.gz")], map_files=loses_the_last, data_dir=data_dir)
