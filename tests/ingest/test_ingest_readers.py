"""Readers, folders, globs, ids and the manifest: behaviour of load_articles on good input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.errors import InputError
from attribution.ingest import article_from_text, load_articles

STORY = (
    "The harbour authority said on Tuesday that two cargo ships had collided near the northern pier.\n"
    "No injuries were reported, according to a spokesperson for the coast guard.\n"
)
OTHER_STORY = "Officials in the river town said the bridge would reopen next month after repairs.\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def test_txt_file_is_read_as_utf8_with_id_equal_to_the_file_name(tmp_path: Path) -> None:
    f = write(tmp_path / "harbour.txt", "Ships collide\n\n" + STORY)
    res = load_articles([f])
    assert res.failures == []
    (a,) = res.articles
    assert a.id == "harbour.txt"
    assert a.text == f.read_text(encoding="utf-8")
    assert a.path == str(f)
    assert a.title == "Ships collide"
    assert [b.kind for b in a.blocks] == ["title", "body", "body"]


def test_markdown_file_is_read_as_text(tmp_path: Path) -> None:
    f = write(tmp_path / "note.md", STORY)
    (a,) = load_articles([f]).articles
    assert a.text == STORY and a.id == "note.md"


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path: Path) -> None:
    html = """<html><head><title>Bridge reopens - Valley Courier</title>
    <meta property="og:site_name" content="Valley Courier">
    <meta property="article:published_time" content="2024-03-05">
    <link rel="canonical" href="https://courier.example/bridge"></head>
    <body><nav><a href="/">Home</a> &gt; <a href="/local">Local</a></nav>
    <article><h1>Bridge reopens</h1>
    <p>Officials in the river town said the bridge would reopen next month after three weeks of repairs.</p>
    <p>The mayor told residents at a public meeting that traffic would be limited to one lane at first.</p>
    </article><footer>Subscribe to our newsletter</footer></body></html>"""
    f = write(tmp_path / "bridge.html", html)
    (a,) = load_articles([f]).articles
    assert "would reopen next month" in a.text
    assert "Subscribe" not in a.text  # page chrome outside the article is not analysed
    assert a.outlet == "Valley Courier" and a.outlet_evidence == "site-name"
    assert a.published == "2024-03-05"
    assert a.url == "https://courier.example/bridge"
    assert a.title == "Bridge reopens"
    for b in a.blocks:
        assert a.text[b.start : b.end].strip() == a.text[b.start : b.end]


def test_html_in_a_declared_legacy_charset_is_decoded_by_its_meta_tag(tmp_path: Path) -> None:
    para = "Le café du village est ouvert depuis longtemps, a déclaré le maire de la commune lundi. "
    html = f'<html><head><meta charset="iso-8859-1"></head><body><article><p>{para * 4}</p></article></body></html>'
    f = write(tmp_path / "village.html", html.encode("latin-1"))
    res = load_articles([f])
    assert res.failures == []
    (a,) = res.articles
    assert "Le café du village" in a.text
    assert [n.code for n in a.notes] == ["encoding-warning"]


def test_malformed_html_does_not_crash(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", STORY)
    bad = write(tmp_path / "broken.html", "<html><body><p>unclosed <b><i></div></span><<<>>> &&&")
    res = load_articles([good, bad])
    assert "good.txt" in [a.id for a in res.articles]
    assert all(f.path == str(bad) for f in res.failures)


def test_json_single_record_uses_its_fields(tmp_path: Path) -> None:
    rec = {"id": "rec-1", "text": STORY, "outlet": "Harbour Times", "url": "https://ht.example/1", "title": "Ships"}
    f = write(tmp_path / "one.json", json.dumps(rec))
    (a,) = load_articles([f]).articles
    assert (a.id, a.outlet, a.outlet_evidence, a.url, a.title) == (
        "rec-1",
        "Harbour Times",
        "record",
        "https://ht.example/1",
        "Ships",
    )
    assert a.text == STORY


def test_json_list_records_without_id_are_named_by_file_and_number(tmp_path: Path) -> None:
    f = write(tmp_path / "batch.json", json.dumps([{"text": STORY}, {"text": OTHER_STORY, "published": "2024-01-02"}]))
    res = load_articles([f])
    assert [a.id for a in res.articles] == ["batch.json#1", "batch.json#2"]
    assert res.articles[1].published == "2024-01-02"


def test_jsonl_reads_one_record_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": STORY}), "", json.dumps({"id": "b", "text": OTHER_STORY})]
    f = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    res = load_articles([f])
    assert res.failures == []
    assert [a.id for a in res.articles] == ["b", "feed.jsonl#1"]


def test_folder_is_read_recursively_and_ignores_other_files(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", STORY)
    write(tmp_path / "in" / "deep" / "b.md", OTHER_STORY)
    write(tmp_path / "in" / "notes.csv", "x,y\n")
    write(tmp_path / "in" / ".hidden.txt", "Hidden files are not articles at all.\n")
    res = load_articles([tmp_path / "in"])
    assert [a.id for a in res.articles] == ["a.txt", "b.md"]


def test_folder_json_that_is_not_articles_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", STORY)
    write(tmp_path / "in" / "answers.json", json.dumps({"claims": []}))
    res = load_articles([tmp_path / "in"])
    assert [a.id for a in res.articles] == ["a.txt"]
    assert res.failures == []
    assert any("answers.json" in w and "skipped" in w for w in res.warnings)


def test_glob_pattern_selects_files(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b.txt", OTHER_STORY)
    write(tmp_path / "c.md", "Another text about something different entirely.\n")
    res = load_articles([str(tmp_path / "*.txt")])
    assert [a.id for a in res.articles] == ["a.txt", "b.txt"]


def test_glob_matching_nothing_is_a_failure(tmp_path: Path) -> None:
    res = load_articles([str(tmp_path / "*.txt")])
    assert res.articles == []
    assert len(res.failures) == 1 and "matched no article files" in res.failures[0].message


def test_order_does_not_depend_on_argument_order(tmp_path: Path) -> None:
    a = write(tmp_path / "zeta.txt", STORY)
    b = write(tmp_path / "alpha.txt", OTHER_STORY)
    first = [x.id for x in load_articles([a, b]).articles]
    second = [x.id for x in load_articles([b, a]).articles]
    assert first == second == ["alpha.txt", "zeta.txt"]


def test_same_file_name_in_two_folders_is_disambiguated_by_parent(tmp_path: Path) -> None:
    write(tmp_path / "east" / "story.txt", STORY)
    write(tmp_path / "west" / "story.txt", OTHER_STORY)
    res = load_articles([tmp_path])
    assert [a.id for a in res.articles] == ["east/story.txt", "west/story.txt"]


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", STORY)
    res = load_articles([f, tmp_path, str(f)])
    assert [a.id for a in res.articles] == ["a.txt"]
    assert res.warnings == []


def test_manifest_csv_metadata_overrides_inferred_fields(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Ships collide\n\n" + STORY + "\n© 2024 Harbour Daily\n")
    write(tmp_path / "b.txt", OTHER_STORY)
    man = write(
        tmp_path / "manifest.csv",
        "path,outlet,url,published,title\n"
        "a.txt,Port Gazette,https://pg.example/a,2024-02-01,Collision at the pier\n"
        "b.txt,,,,\n",
    )
    res = load_articles([], man)
    assert res.failures == []
    a, b = res.articles
    assert (a.outlet, a.outlet_evidence, a.url, a.published, a.title) == (
        "Port Gazette",
        "manifest",
        "https://pg.example/a",
        "2024-02-01",
        "Collision at the pier",
    )
    assert b.outlet is None and b.url is None


def test_manifest_applies_to_paths_given_alongside_it(tmp_path: Path) -> None:
    f = write(tmp_path / "data" / "a.txt", STORY)
    write(tmp_path / "data" / "b.txt", OTHER_STORY)
    man = write(tmp_path / "data" / "meta.json", json.dumps([{"path": "a.txt", "outlet": "Port Gazette"}]))
    res = load_articles([f], man)
    assert [(a.id, a.outlet) for a in res.articles] == [("a.txt", "Port Gazette")]


def test_manifest_json_rows_become_the_inputs(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "m.json", json.dumps({"articles": [{"file": "a.txt", "published": "2024-02-01T10:00:00Z"}]}))
    (a,) = load_articles([], man).articles
    assert a.published == "2024-02-01T10:00:00Z"


def test_manifest_file_in_a_folder_is_not_read_as_an_article(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "manifest.json", json.dumps([{"path": "a.txt", "outlet": "Port Gazette"}]))
    res = load_articles([tmp_path], man)
    assert [a.id for a in res.articles] == ["a.txt"] and res.warnings == []


def test_manifest_with_a_missing_file_reports_that_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "m.csv", "path,outlet\na.txt,X News\nmissing.txt,Y News\n")
    res = load_articles([], man)
    assert [a.id for a in res.articles] == ["a.txt"]
    assert [Path(f.path).name for f in res.failures] == ["missing.txt"]


def test_article_from_text_classifies_blocks_and_infers_outlet() -> None:
    text = "Fire crews contain blaze\n\n(Reuters) - Firefighters said on Sunday they had contained the blaze.\n"
    a = article_from_text(text, id="fire")
    assert (a.outlet, a.outlet_evidence, a.title) == ("Reuters", "dateline", "Fire crews contain blaze")
    assert [b.kind for b in a.blocks] == ["title", "dateline", "body"]


def test_article_from_text_caller_outlet_wins() -> None:
    a = article_from_text("(Reuters) - Firefighters said they had contained the blaze.", id="x", outlet="Local Post")
    assert (a.outlet, a.outlet_evidence) == ("Local Post", "record")


def test_control_characters_are_kept_and_noted() -> None:
    text = "The minister said\u200b the vote would be held\u202e in June."
    a = article_from_text(text, id="x")
    assert a.text == text
    notes = [n for n in a.notes if n.code == "control-characters"]
    assert len(notes) == 1 and notes[0].start == text.index("\u200b")
    assert "2 " in notes[0].message


def test_manifest_with_only_a_path_column_is_valid(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "m.csv", "path\na.txt\n")
    (a,) = load_articles([], man).articles
    assert a.id == "a.txt" and a.outlet is None


def test_unknown_manifest_fields_are_ignored_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    man = write(tmp_path / "m.json", json.dumps([{"path": "a.txt", "outet": "Typo News"}]))
    res = load_articles([], man)
    assert res.articles[0].outlet is None
    assert any("outet" in w for w in res.warnings)


@pytest.mark.parametrize("bad_id", ["", "   "])
def test_article_from_text_refuses_an_empty_id_in_one_line(bad_id: str) -> None:
    with pytest.raises(InputError, match="article id is empty: pass an id"):
        article_from_text("Firefighters said they had contained the blaze.", id=bad_id)
