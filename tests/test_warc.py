"""WARC input: which records become documents, with what provenance, and what happens to the rest."""

from __future__ import annotations

import io
import json

import pytest
from warcio.archiveiterator import ArchiveIterator

from fixtures.warc.builders import ON_TOPIC, WarcBuilder, article_html, standard_warc
from helpers.tables import InputError
from helpers.topics import load_topic
from helpers.warc import BytePrefilter, process_warc_file, read_warc_documents
from helpers.warc.documents import OUTCOMES


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
    with pytest.raises(InputError, match="unknown engine"):
        read_warc_documents([str(tmp_path)], engine="spark")


def test_folders_and_globs_expand_to_warc_files_and_name_clashes_are_refused(tmp_path):
    from helpers.warc import expand_paths

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
