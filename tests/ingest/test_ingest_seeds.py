"""Seed acceptance: ingest of the five seed articles against the fact-checker's gold answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.doc import PARSED_BLOCK_KINDS
from attribution.ingest import load_articles


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict:
    res = load_articles([seeds_dir])
    assert res.failures == []
    return {a.id: a for a in res.articles}


def _kinds_covering(article, quote: str) -> list[str]:
    start = article.text.index(quote)
    end = start + len(quote)
    return [b.kind for b in article.blocks if b.start < end and start < b.end]


def _inside_parsed_block(article, quote: str) -> bool:
    start = article.text.index(quote)
    end = start + len(quote)
    return any(b.kind in PARSED_BLOCK_KINDS and b.start <= start and end <= b.end for b in article.blocks)


def test_seed_outlets_match_gold(seeds: dict, gold: dict) -> None:
    assert {aid: a.display_outlet for aid, a in seeds.items()} == gold["outlets"]


def test_seed_outlet_evidence_kinds(seeds: dict) -> None:
    got = {aid[:3]: a.outlet_evidence for aid, a in seeds.items()}
    assert got == {"000": "signoff", "001": None, "002": "site-name", "003": "dateline", "004": "signoff"}


def test_gold_not_claims_land_in_non_body_blocks(seeds: dict, gold: dict) -> None:
    for nc in gold["not_claims"]:
        kinds = _kinds_covering(seeds[nc["file"]], nc["quote"])
        assert kinds and not (set(kinds) & PARSED_BLOCK_KINDS), (nc["quote"], kinds)


def test_every_gold_mention_quote_is_inside_a_body_or_bullet_block(seeds: dict, gold: dict) -> None:
    for claim in gold["claims"]:
        for m in claim["mentions"]:
            assert _inside_parsed_block(seeds[m["file"]], m["quote"]), (m["file"], m["quote"])


def test_seed_titles(seeds: dict) -> None:
    assert seeds["000_817ffa9923a10988.txt"].title.startswith("Photo shows captured North Korean soldier")
    assert seeds["002_02a8c3fb0ad5a111.txt"].title == "North Korean Soldier Captured in Ukraine Dies, Reports Confirm"
    assert seeds["001_6fe64cabb93f183c.txt"].title is None


def test_seed_text_is_the_file_exactly(seeds: dict, seeds_dir: Path) -> None:
    for aid, a in seeds.items():
        assert a.text == (seeds_dir / aid).read_bytes().decode("utf-8")
