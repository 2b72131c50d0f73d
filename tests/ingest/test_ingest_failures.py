"""Each kind of bad input becomes one Failure (or, for whole-call problems, one exception)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.errors import InputError, ManifestError
from attribution.ingest import load_articles

STORY = "The council said on Monday that the new library would open in the spring.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


def only_failure(tmp_path: Path, bad: Path, **kw: object) -> str:
    """Load a good file plus ``bad``: the good one must survive, the bad one must be the single failure."""
    good = write(tmp_path / "good.txt", STORY)
    res = load_articles([good, bad], **kw)  # type: ignore[arg-type]
    assert [a.id for a in res.articles] == ["good.txt"]
    assert len(res.failures) == 1 and res.failures[0].path == str(bad)
    msg = res.failures[0].message
    assert "\n" not in msg
    return msg


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, tmp_path / "nope.txt")
    assert "no such file" in msg and "check the path" in msg


def test_empty_file_is_a_failure(tmp_path: Path) -> None:
    assert "empty" in only_failure(tmp_path, write(tmp_path / "empty.txt", b""))


def test_whitespace_only_file_is_a_failure(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "blank.txt", " \n\t\n\u00a0\n"))
    assert "only whitespace" in msg


def test_binary_file_is_a_failure(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "blob.txt", b"abc\x00\x01\x02\x00\xff" * 20))
    assert "binary" in msg


def test_pdf_is_named_as_a_pdf(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert "PDF" in msg


def test_latin1_file_is_a_failure_naming_the_encoding_and_the_fix(tmp_path: Path) -> None:
    data = "Le ministère a déclaré que la réunion aurait lieu à Genève.\n".encode("latin-1")
    msg = only_failure(tmp_path, write(tmp_path / "fr.txt", data))
    assert msg == "not UTF-8 text (looks like Latin-1): re-save it as UTF-8 or pass --encoding latin-1"


def test_latin1_file_is_read_when_the_encoding_is_given(tmp_path: Path) -> None:
    text = "Le ministère a déclaré que la réunion aurait lieu à Genève.\n"
    f = write(tmp_path / "fr.txt", text.encode("latin-1"))
    res = load_articles([f], encoding="latin-1")
    (a,) = res.articles
    assert a.text == text
    assert any(n.code == "encoding-warning" for n in a.notes)


def test_unknown_encoding_name_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        load_articles([write(tmp_path / "a.txt", STORY)], encoding="no-such-codec")


def test_utf16_with_bom_is_decoded_with_a_warning(tmp_path: Path) -> None:
    f = write(tmp_path / "wide.txt", STORY.encode("utf-16"))
    (a,) = load_articles([f]).articles
    assert a.text == STORY
    assert [n.code for n in a.notes] == ["encoding-warning"]


def test_utf8_bom_is_kept_so_offsets_index_the_file(tmp_path: Path) -> None:
    f = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    (a,) = load_articles([f]).articles
    assert a.text == f.read_bytes().decode("utf-8") and a.text[0] == "\ufeff"
    assert "bom" in [n.code for n in a.notes]
    assert a.blocks[0].start == 1  # the block starts after the BOM


def test_too_big_file_is_a_failure_naming_the_limit_and_the_option(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "big.txt", STORY * 10), max_bytes=200)
    assert "200 bytes limit" in msg and "--max-bytes" in msg


def test_malformed_jsonl_line_is_a_failure_naming_the_line_and_other_lines_survive(tmp_path: Path) -> None:
    f = write(
        tmp_path / "feed.jsonl", json.dumps({"text": STORY}) + "\n{not json\n" + json.dumps({"text": "x y"}) + "\n"
    )
    res = load_articles([f])
    assert [a.id for a in res.articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert len(res.failures) == 1 and res.failures[0].message.startswith("line 2: not valid JSON")


def test_malformed_json_file_is_a_failure_naming_the_line(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "bad.json", '[\n  {"text": "a"},\n  {"text": }\n]'))
    assert "not valid JSON at line 3" in msg


def test_json_record_without_text_is_a_failure(tmp_path: Path) -> None:
    f = write(tmp_path / "r.json", json.dumps([{"text": STORY}, {"title": "no body"}]))
    res = load_articles([f])
    assert [a.id for a in res.articles] == ["r.json#1"]
    assert [x.message for x in res.failures] == ['record 2: no "text" string: add the article text under "text"']


def test_explicit_json_without_articles_is_a_failure(tmp_path: Path) -> None:
    msg = only_failure(tmp_path, write(tmp_path / "conf.json", json.dumps({"setting": 1})))
    assert "no article records" in msg


def test_malformed_manifest_row_raises_naming_line_and_field(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "m.csv", "path,outlet,published\na.txt,X News,2024-01-01\na.txt,Y News,yesterday\n")
    with pytest.raises(ManifestError) as err:
        load_articles([], man)
    assert "line 3" in str(err.value) and "'published'" in str(err.value)


def test_manifest_row_without_path_raises_naming_the_item(tmp_path: Path) -> None:
    man = write(tmp_path / "m.json", json.dumps([{"path": "a.txt"}, {"outlet": "X"}]))
    with pytest.raises(ManifestError, match=r"item 2: field 'path' is missing"):
        load_articles([], man)


def test_manifest_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    man = write(tmp_path / "m.json", '[\n{"path": "a.txt"},\n{path: 1}\n]')
    with pytest.raises(ManifestError, match=r"line 3 column 2"):
        load_articles([], man)


def test_manifest_without_path_column_raises(tmp_path: Path) -> None:
    man = write(tmp_path / "m.csv", "name,outlet\na.txt,X\n")
    with pytest.raises(ManifestError, match="no 'path' column"):
        load_articles([], man)


def test_manifest_bad_url_names_the_field(tmp_path: Path) -> None:
    man = write(tmp_path / "m.csv", "path,url\na.txt,ftp://x\n")
    with pytest.raises(ManifestError, match=r"line 2: field 'url'"):
        load_articles([], man)


def test_directory_with_no_articles_raises(tmp_path: Path) -> None:
    write(tmp_path / "d" / "data.csv", "a,b\n")
    with pytest.raises(InputError, match="no article files"):
        load_articles([tmp_path / "d"])


def test_nothing_given_raises() -> None:
    with pytest.raises(InputError, match="no input"):
        load_articles([])


def test_duplicate_text_is_kept_once_with_a_warning_naming_both(tmp_path: Path) -> None:
    a = write(tmp_path / "b_copy.txt", STORY)
    b = write(tmp_path / "a_orig.txt", STORY)
    res = load_articles([a, b])
    assert [x.id for x in res.articles] == ["a_orig.txt"]
    (w,) = res.warnings
    assert "a_orig.txt" in w and "b_copy.txt" in w and "duplicate" in w
