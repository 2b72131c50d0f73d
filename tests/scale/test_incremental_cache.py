"""Incremental runs: a folder that gained articles only parses the new ones."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


@pytest.fixture()
def parse_counter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every text the spaCy engine parses, in order; a fresh annotation cache for this test only."""
    from attribution.nlp.spacy_engine import SpacyEngine

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "cache"))
    parsed: list[str] = []
    original = SpacyEngine.annotate

    def spy(self: Any, items: Iterable[tuple[str, Any]]) -> Iterator[Any]:
        def record() -> Iterator[tuple[str, Any]]:
            for text, blocks in items:
                parsed.append(text)
                yield text, blocks

        return original(self, record())

    monkeypatch.setattr(SpacyEngine, "annotate", spy)
    return parsed


def _report(folder: Path, out: Path) -> int:
    from attribution.cli import main

    return main(["report", "--engine", "spacy", "-q", "--format", "json", "-o", str(out), str(folder)])


def test_report_on_a_grown_folder_parses_only_the_new_articles(parse_counter: list[str], tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in seeds[:3]:
        shutil.copy(path, folder / path.name)

    assert _report(folder, tmp_path / "first.json") == 0
    assert len(parse_counter) == 3

    for path in seeds[3:]:
        shutil.copy(path, folder / path.name)
    parse_counter.clear()
    assert _report(folder, tmp_path / "second.json") == 0
    new_texts = {p.read_text(encoding="utf-8") for p in seeds[3:]}
    assert len(parse_counter) == 2
    assert set(parse_counter) == new_texts
    assert (tmp_path / "second.json").read_text(encoding="utf-8").count('"path"') >= 5


def test_unchanged_folder_parses_nothing_and_reports_the_same_bytes(parse_counter: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    assert _report(folder, tmp_path / "cold.json") == 0
    assert len(parse_counter) == 2
    parse_counter.clear()
    assert _report(folder, tmp_path / "warm.json") == 0
    assert parse_counter == []
    assert (tmp_path / "warm.json").read_bytes() == (tmp_path / "cold.json").read_bytes()


def test_an_edited_article_is_parsed_again(parse_counter: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    target = folder / seed.name
    shutil.copy(seed, target)
    assert _report(folder, tmp_path / "one.json") == 0
    target.write_text(seed.read_text(encoding="utf-8") + "\nThe mayor said the bridge would reopen in May.\n",
                      encoding="utf-8")
    parse_counter.clear()
    assert _report(folder, tmp_path / "two.json") == 0
    assert len(parse_counter) == 1
