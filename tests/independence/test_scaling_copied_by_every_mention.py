"""Rule ``one_passage_in_two_articles`` keeps only an origin copied by every mention of a unit, so the step keeps the
set of origins every mention so far copies (an intersection, stopped when it is empty) instead of counting each copy
of each mention: a wire text said by hundreds of origins in one dependence group made the counts quadratic in the
claim. main 4e7b0d0's counting loop is the oracle: on generated claims (texts repeated across articles, groups and
origins, speakers written alike or not, origins joined by earlier units) the joins and the doubts are the same."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.fingerprint import words
from attribution.tracing.independence import ArticleLinks, Judging, _one_passage_in_two_articles, _Said
from attribution.tracing.independence.copies import (
    PASSAGE_MAX_POSTINGS,
    _copies_by_group,
    _kept_copy,
    _one_speaker,
    _passage_runs,
)

TEXTS = [
    "it is recalling every jar of the plum jam from shops and market stalls in the three northern states",
    "it is recalling the jars from shops in three states",
    "twelve people fell ill after eating the jam sold at market stalls in the three northern states last week",
    "the plant is closed until further notice while inspectors check every line of the factory floor today",
]
WRITTEN = ("Northland Food Safety Agency", "Brookvale Foods", "the company", "it", "Dana Osei", "The agency")


def _oracle_passage_copies(mine, u, said, by_run, by_text, out):  # type: ignore[no-untyped-def]
    """main 4e7b0d0's ``_passage_copies`` (every mention's copies walked origin by origin)."""
    near = {hit for run in mine.runs if len(by_run[run]) <= PASSAGE_MAX_POSTINGS for hit in by_run[run]}
    written_alike = {
        v
        for v, k in near
        if v != u and v not in out and said[v][k].article != mine.article
        and _one_speaker(mine.written, said[v][k].written)
    }  # fmt: skip
    if mine.group is None:
        return written_alike, set()
    filed: dict = {}
    for v, k in by_text.get(mine.whole, ()):
        s = said[v][k]
        filed.setdefault(s.group, {}).setdefault(v, set()).add(s.article)
    copied = {
        v
        for v, articles in filed.get(mine.group, {}).items()
        if v != u and v not in out and (len(articles) > 1 or mine.article not in articles)
    }
    return written_alike, copied


def _oracle(records, units, ctx):  # type: ignore[no-untyped-def]
    """main 4e7b0d0's ``_one_passage_in_two_articles``: each copy of each mention counted per origin."""
    said: dict = {u: [] for u in units}
    by_run: dict = {}
    by_text: dict = {}
    for r in records:
        runs, whole = _passage_runs(words(r.cand.text)), " ".join(r.cand.text.lower().split())
        seen = _Said(r.article, ctx.links.group.get(r.article), runs, tuple(r.written), whole)
        for o in r.origins:
            u = ctx.unit(o)
            if u in said:
                for run in runs:
                    by_run.setdefault(run, []).append((u, len(said[u])))
                by_text.setdefault(whole, []).append((u, len(said[u])))
                said[u].append(seen)
    out: dict = {}
    groups: dict = {}
    for u in sorted(units, key=lambda x: (len(said[x]), x)):
        if not said[u] or u in out or u in ctx.joined:
            continue
        copies: dict = {}
        alike: set = set()
        for mine in said[u]:
            written_alike, copied = _oracle_passage_copies(mine, u, said, by_run, by_text, out)
            if not written_alike and not copied:
                break
            alike |= written_alike
            for v in written_alike | copied:
                copies[v] = copies.get(v, 0) + 1
        else:
            kept = _kept_copy(u, copies, alike, said, groups)
            if kept is not None:
                out[u] = kept
                how = lx.PASSAGE_WRITTEN_ALIKE if kept in alike else lx.PASSAGE_COPIES
                ctx.doubts.append(lx.ONE_PASSAGE_TWO_ARTICLES.format(a=ctx.name(u), b=ctx.name(kept), how=how))
    return out


def _claim(seed: int) -> tuple[list[SimpleNamespace], list[str], dict[str, int | None], dict[str, str]]:
    rng = random.Random(seed)
    units = [f"u{i}" for i in range(rng.randint(2, 12))]
    articles = [f"a{i}" for i in range(rng.randint(2, 10))]
    groups = {a: rng.choice((0, 0, 1, 2, None)) for a in articles}
    records = [
        SimpleNamespace(
            article=rng.choice(articles),
            cand=SimpleNamespace(text=rng.choice(TEXTS[: rng.randint(1, len(TEXTS))])),
            origins=rng.sample(units, rng.choice((1, 1, 1, 2))),
            written=(rng.choice(WRITTEN),),
        )
        for _ in range(rng.randint(2, 40))
    ]
    joined = {u: rng.choice(units) for u in units if rng.random() < 0.1}
    return records, units, groups, {u: v for u, v in joined.items() if u != v}


def _ctx(groups: dict[str, int | None], units: list[str], joined: dict[str, str]) -> Judging:
    sources = {u: Source(id=u, name=f"Origin {u}", kind="organization") for u in units}
    links = ArticleLinks(group={a: g for a, g in groups.items() if g is not None}, outlet_name={})
    return Judging(sources=sources, names={}, links=links, joined=dict(joined))


@pytest.mark.parametrize("seed", range(300))
def test_origins_copied_by_every_mention_keep_main_s_joins(seed: int) -> None:
    records, units, groups, joined = _claim(seed)
    ours, theirs = _ctx(groups, units, joined), _ctx(groups, units, joined)
    assert _one_passage_in_two_articles(records, units, ours) == _oracle(records, units, theirs)
    assert ours.doubts == theirs.doubts


def test_the_generated_claims_join_and_refuse() -> None:
    """Not idle: some claims join origins (by copies and by speakers written alike), some join none."""
    joins, hows, none = 0, set(), 0
    for seed in range(300):
        records, units, groups, joined = _claim(seed)
        ctx = _ctx(groups, units, joined)
        found = _oracle(records, units, ctx)
        joins += len(found)
        none += not found
        hows |= {how for how in (lx.PASSAGE_COPIES, lx.PASSAGE_WRITTEN_ALIKE) for line in ctx.doubts if how in line}
    assert joins > 50 and none > 10 and len(hows) == 2


def test_copies_filed_by_group_leave_out_origins_said_in_one_article_alone() -> None:
    said = {
        "u": [_Said("a1", 0, set(), (), "w"), _Said("a2", 0, set(), (), "w")],
        "v": [_Said("a1", 0, set(), (), "w")],
    }
    filed = _copies_by_group([("u", 0), ("u", 1), ("v", 0)], said)
    assert filed == {0: ({"u", "v"}, {"a1": {"v"}})}
