"""Each unnamed origin and description of a claim is tested only against the named origins its words and kinds
can reach (``_NamedIndex``): the same origins kept and the same doubts, in the same order, as testing it
against every named origin."""

from __future__ import annotations

import random

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.independence import (
    ArticleLinks,
    Judging,
    _anchor_keys,
    _anchored_description,
    _as_written,
    _description_may_be,
    _description_only,
    _joined_unit,
    _may_be,
    _may_be_doubt,
    _named_origins,
    _pronoun_only,
    _unnamed,
)

#: (name, kind, description, country): named, unnamed, described and anchored origins, some built to be one
#: another ("the agency" / an agency, "British lawmakers" / a committee, "the French leader" / a person)
POOL = [
    ("European Commission", "government", None, None),
    ("Ana Berg", "person", "Competition Commissioner", None),
    ("the EU's competition regulator", "government", None, None),
    ("officials", "government", None, None),
    ("U.S. officials", "government", None, "United States"),
    ("the agency", "government", None, None),
    ("the health agency", "government", None, None),
    ("Korea Disease Control Agency", "government", None, "South Korea"),
    ("British lawmakers", "legislator", None, "United Kingdom"),
    ("the Commons Transport Committee", "legislator", None, "United Kingdom"),
    ("the French leader", "person", None, "France"),
    ("Emmanuel Macron", "person", "President of France", "France"),
    ("an unnamed criminal gang", "unknown", None, None),
    ("BlackFern", "organization", "a ransomware gang", None),
    ("the city health office", "government", None, None),
    ("Provincial Health Office", "government", None, None),
    ("Jordanian state television", "media outlet", None, None),
    ("Jordan TV", "media outlet", "state television", None),
    ("a spokesperson", "anonymous", None, None),
    ("unidentified (she)", "unknown", None, None),
    ("the newspaper", "media outlet", None, None),
    ("Veltra", "company", "a shipping firm", None),
    ("the firm", "company", None, None),
    ("Dr. Lena Ortiz", "person", "a health official", None),
    ("Ana Ruiz", "person", "head of the regional rescue agency", None),
    ("authorities", "government", None, None),
]


def _old_named_origins(groups: list[str], ctx: Judging) -> list[str]:
    """``_named_origins`` before the index: every unnamed origin and description against every named one."""
    sources, names, links, doubts, joined = ctx.sources, ctx.names, ctx.links, ctx.doubts, ctx.joined
    pronouns = [u for u in groups if _pronoun_only(sources.get(u))]
    anchored = {
        u: found
        for u in groups
        if u not in pronouns
        and u in sources
        and not _unnamed(sources[u])
        and (found := _anchored_description(sources[u], links.written.get(u, [])))
    }
    described = {u: _as_written(sources[u], links.written.get(u, [])) for u in groups if u in sources
                 and u not in pronouns and _description_only(sources[u], links.written.get(u, []))}  # fmt: skip
    named = [
        u
        for u in groups
        if u not in described and u not in pronouns and u not in anchored and not _unnamed(sources.get(u))
    ]
    behind: dict[str, list[str]] = {}
    for x in joined or {}:
        behind.setdefault(_joined_unit(x, joined or {}), []).append(x)
    for u in groups:
        if u in named or u in pronouns:
            continue
        if u in anchored and u not in described:
            keys = _anchor_keys(anchored[u][0])
            maybe = [v for v in named if _description_may_be(anchored[u], sources[u], sources.get(v), keys)]
            if maybe:
                doubts.append(_may_be_doubt(lx.DESCRIPTION_MAY_BE, u, maybe, sources, names))
            else:
                named.append(u)
            continue
        unnamed = described.get(u) or sources[u]
        maybe = [v for v in named if any(_may_be(unnamed, sources.get(x)) for x in (v, *behind.get(v, [])))]
        if maybe:
            doubts.append(_may_be_doubt(lx.NOT_NAMED_MAY_BE, u, maybe, sources, names))
        else:
            named.append(u)
    for u in pronouns:
        others = [v for v in groups if v != u and v not in pronouns]
        if others:
            doubts.append(_may_be_doubt(lx.PRONOUN_MAY_BE, u, others, sources, names))
        elif not named:
            named.append(u)
    return named


def _claim(rng: random.Random) -> tuple[list[str], Judging, Judging]:
    picked = rng.sample(range(len(POOL)), rng.randint(1, len(POOL)))
    sources = {}
    written = {}
    for n, k in enumerate(picked):
        name, kind, description, country = POOL[k]
        sid = f"s{n:02d}"
        sources[sid] = Source(id=sid, name=name, kind=kind, description=description, country=country)
        if rng.random() < 0.3:
            written[sid] = [rng.choice(["the agency", "the health agency", "the regulator", name])]
    groups = sorted(sources)
    joined = {}
    for u in groups:
        if rng.random() < 0.15:
            joined[u] = rng.choice(groups)
    extra = {"x1": Source(id="x1", name="the ministry", kind="government")}
    if rng.random() < 0.5:
        joined["x1"] = rng.choice(groups)

    def ctx() -> Judging:
        return Judging(sources={**sources, **extra}, names={}, links=ArticleLinks(written=written), joined=dict(joined))

    return groups, ctx(), ctx()


@pytest.mark.parametrize("seed", range(200))
def test_unnamed_origins_tested_against_the_named_ones_they_can_reach_give_what_testing_every_one_gave(
    seed: int,
) -> None:
    groups, new, old = _claim(random.Random(seed))
    assert _named_origins(list(groups), new) == _old_named_origins(list(groups), old)
    assert new.doubts == old.doubts


def test_the_generated_claims_hold_unnamed_origins_that_may_be_named_ones_and_some_that_may_not() -> None:
    with_doubts = 0
    for seed in range(200):
        groups, ctx, _ = _claim(random.Random(seed))
        _named_origins(list(groups), ctx)
        with_doubts += bool(ctx.doubts)
    assert 0 < with_doubts < 200
