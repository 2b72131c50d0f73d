"""Round eleven audit (docs/reliability.md, "Round eleven audit"): each test is a defect the audit found, and
failed before its fix."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from attribution.ingest import load as ingest_load
from attribution.ingest.load import load_articles

from .conftest import GOOD_TEXT, CliResult, assert_one_clear_line


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- 1. JSON manifests count their items from 1, as a reader does (CSV manifests name their lines) ---------
JSON_MANIFEST_ITEMS: dict[str, tuple[list[object], str]] = {
    "first-item-not-an-object": (["good.txt"], "item 1:"),
    "second-item-without-path": ([{"path": "good.txt"}, {"outlet": "X"}], "item 2:"),
    "third-item-bad-url": ([{"path": "good.txt"}, {"path": "b.txt"}, {"path": "c.txt", "url": "ftp://x"}], "item 3:"),
}


@pytest.mark.parametrize("case", list(JSON_MANIFEST_ITEMS))
def test_a_json_manifest_names_its_items_counting_from_one(
    case: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    items, where = JSON_MANIFEST_ITEMS[case]
    for name in ("b.txt", "c.txt"):
        _write(tmp_path / name, GOOD_TEXT.replace("harbour", name[0]))
    manifest = _write(tmp_path / "manifest.json", json.dumps(items))
    result = cli("report", "--manifest", manifest, "--format", "json")
    assert result.code == 2
    assert_one_clear_line(result, "manifest.json", hint=where)


def test_a_duplicate_json_manifest_row_names_both_items_counting_from_one(tmp_path: Path, good: Path) -> None:
    manifest = _write(tmp_path / "m.json", json.dumps([{"path": "good.txt"}, {"path": "./good.txt"}]))
    with pytest.raises(Exception, match=r"item 2: path './good.txt' is already listed at item 1"):
        load_articles([], manifest)


# -- 2. a link loop, a link to nothing and a file gone mid-batch are named as what they are ------------
def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    return tmp_path / "a.txt"


def _self_loop(tmp_path: Path) -> Path:
    (tmp_path / "self.txt").symlink_to("self.txt")
    return tmp_path / "self.txt"


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    return tmp_path / "gone.txt"


LINKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "two-links-pointing-at-each-other": (_loop, "symbolic link loop"),
    "a-link-to-itself": (_self_loop, "symbolic link loop"),
    "a-link-to-nothing": (_dangling, "symbolic link to 'nowhere.txt', which does not exist"),
}


@pytest.mark.parametrize("case", list(LINKS))
def test_a_broken_link_named_alone_is_reported_as_what_it_is(
    case: str, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    make, what = LINKS[case]
    path = make(tmp_path)
    result = cli("extract", path, "--format", "json")
    assert result.code == 2
    line = assert_one_clear_line(result, path.name, hint=what)
    assert "no such file" not in line and "fix or remove the link" in line


@pytest.mark.parametrize("case", list(LINKS))
def test_a_broken_link_in_a_folder_is_named_and_the_rest_processed(
    case: str, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "good.txt", GOOD_TEXT)
    make, what = LINKS[case]
    path = make(folder)
    result = cli("extract", folder, "--format", "json")
    assert result.code == 1
    assert_one_clear_line(result, path.name, hint=what)
    assert result.article_ids() == ["good.txt"]


def test_a_plain_missing_path_is_still_no_such_file(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("extract", tmp_path / "nope.txt", "--format", "json")
    assert result.code == 2
    assert_one_clear_line(result, "nope.txt", hint="no such file or folder")


def test_a_file_that_vanishes_mid_batch_is_named_and_the_rest_processed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "a.txt", GOOD_TEXT)
    _write(tmp_path / "b.txt", GOOD_TEXT.replace("harbour", "river"))
    real_read = ingest_load._read_one

    def read_then_delete(inp: ingest_load._Input, *args: object, **kwargs: object) -> object:
        out = real_read(inp, *args, **kwargs)  # type: ignore[arg-type]
        os.unlink(tmp_path / "b.txt")  # b.txt was listed with a.txt, and goes away before it is read
        return out

    monkeypatch.setattr(ingest_load, "_read_one", read_then_delete)
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["a.txt"]
    assert [(os.path.basename(f.path), f.message) for f in result.failures] == [
        ("b.txt", ingest_load.VANISHED_MESSAGE)
    ]
