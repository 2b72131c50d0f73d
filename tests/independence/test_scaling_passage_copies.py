"""``_passage_copies`` files the mentions of a whole text by dependence group and origin once per text
(``copies_of``) instead of walking every mention of a repeated text for each of its mentions: the answers are main's
code's (kept below as the oracle) for every mention, whatever origins are already joined, on generated mentions where
texts repeat in one article or several, in one dependence group or several or none, where two texts have equal runs
or equal words, and where a run has more postings than ``PASSAGE_MAX_POSTINGS``."""

from __future__ import annotations

import random

import pytest

from attribution.tracing.independence import PASSAGE_MAX_POSTINGS, _one_speaker, _passage_copies, _Said


def _oracle(
    mine: _Said,
    u: str,
    said: dict[str, list[_Said]],
    by_run: dict[tuple[str, ...], list[tuple[str, int]]],
    by_text: dict[str, list[tuple[str, int]]],
    out: dict[str, str],
) -> tuple[set[str], set[str]]:
    """main fb559ac's ``_passage_copies``: every mention of the whole text walked for each mention."""
    near = {hit for run in mine.runs if len(by_run[run]) <= PASSAGE_MAX_POSTINGS for hit in by_run[run]}
    written_alike = {
        v
        for v, k in near
        if v != u
        and v not in out
        and said[v][k].article != mine.article
        and _one_speaker(mine.written, said[v][k].written)
    }
    copied = {
        v
        for v, k in by_text.get(mine.whole, ())
        if v != u
        and v not in out
        and said[v][k].article != mine.article
        and mine.group is not None
        and said[v][k].group == mine.group
    }
    return written_alike, copied


SPEAKERS = ("Northland Food Safety Agency", "Brookvale Foods", "the company", "it", "Dana Osei", "the agency")


def _corpus(seed: int) -> tuple[dict[str, list[_Said]], dict, dict]:
    rng = random.Random(seed)
    units = [f"u{i}" for i in range(rng.randint(3, 9))]
    boiler = ("said", "the", "plant", "is", "closed")  # a run in every text: more postings than the cap
    texts: list[tuple[set[tuple[str, ...]], str]] = []
    for t in range(rng.randint(3, 8)):
        runs = {tuple(rng.choice("abcdef") for _ in range(3)) for _ in range(rng.randint(1, 4))} | {boiler}
        texts.append((runs, f"text {t}"))
    # equal runs or equal words in a distinct runs object
    texts.append((set(texts[0][0]), "text other"))
    texts.append(({("x", "y", "z")}, texts[1][1]))
    said: dict[str, list[_Said]] = {u: [] for u in units}
    by_run: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    by_text: dict[str, list[tuple[str, int]]] = {}
    for _ in range(PASSAGE_MAX_POSTINGS + 20):
        runs, whole = rng.choice(texts)
        art = f"a{rng.randint(0, 6)}"
        group = rng.choice((None, 0, 1, 2))
        seen = _Said(art, group, runs, (rng.choice(SPEAKERS),), whole)
        for u in rng.sample(units, rng.randint(1, 2)):
            for run in runs:
                by_run.setdefault(run, []).append((u, len(said[u])))
            by_text.setdefault(whole, []).append((u, len(said[u])))
            said[u].append(seen)
    return said, by_run, by_text


@pytest.mark.parametrize("seed", range(30))
def test_copies_filed_once_per_text_give_the_walked_answers(seed: int) -> None:
    said, by_run, by_text = _corpus(seed)
    rng = random.Random(seed + 1000)
    out: dict[str, str] = {}
    copies_of: dict = {}
    for u in sorted(said):
        for mine in said[u]:
            assert _passage_copies(mine, u, said, by_run, by_text, out, copies_of) == _oracle(
                mine, u, said, by_run, by_text, out
            )
        if rng.random() < 0.5:  # an origin joined: the next units' answers leave it out
            out[u] = rng.choice(sorted(said))
    assert copies_of  # the texts' copies were filed once
