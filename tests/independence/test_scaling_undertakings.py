"""Rule ``reports_an_undertaking`` reads each origin's distinct texts once, compiles each party's pattern once and
passes over an origin one of whose texts has no word of undertaking: it gives exactly what testing every text of
every origin against every party gives (the same joins, in the same order, with the same doubt lines). The oracle is
main 444c9bb's step, kept here."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pytest

from attribution.lang.en import independence as lx
from attribution.lang.en.independence import UNDERTAKING_PATTERN, UNDERTAKING_WORDS
from attribution.models import Source
from attribution.tracing.independence import ArticleLinks, Judging
from attribution.tracing.independence.joins import _reports_an_undertaking
from attribution.tracing.independence.judging import _joined_unit, _unit
from attribution.tracing.independence.names import _POSSESSIVE

NAMES = ["Brennan Motors", "Road Safety Agency", "the agency", "Veltra", "Ana Ruiz", "Brennan", "Kestrel Air"]
ALIASES = ["Brennan", "RSA", "Brennan Motors'", "Veltra Inc.", ""]
PHRASES = [
    "{p} will replace the pedals", "{p} service would replace the pedals", "{p} plans to recall the trucks",
    "{p} intends to pay", "the pedals will be replaced by {p}", "{p} said the pedals were faulty",
    "{p}'s dealers will check the trucks", "{p} willingly recalled them", "owners will be told by mail",
]  # fmt: skip


def _undertaking_before(text: str, party: Source) -> str | None:
    words = "|".join(sorted(UNDERTAKING_WORDS))
    for n in (party.name, *party.aliases):
        n = _POSSESSIVE.sub("", n) if n else n
        if n and (m := re.search(UNDERTAKING_PATTERN.format(party=re.escape(n), undertakings=words), text)) is not None:
            return m.group(0)
    return None


def _reports_an_undertaking_before(records: list[_Rec], units: list[str], ctx: Judging) -> dict[str, str]:
    """main 444c9bb's step: every text of an origin, repeats and all, searched for every party."""
    sources, level, joined = ctx.sources, ctx.level, ctx.joined
    texts: dict[str, list[str]] = {}
    for r in records:
        for o in r.origins:
            texts.setdefault(_joined_unit(_unit(o, sources, level), joined), []).append(r.cand.text)
    out: dict[str, str] = {}
    for u in units:
        reporter = sources.get(u)
        if reporter is None or not texts.get(u):
            continue
        for v in units:
            party = sources.get(v)
            if v == u or party is None or _joined_unit(v, joined) == u or not texts.get(v):
                continue
            found = [_undertaking_before(t, party) for t in texts[u]]
            if all(found):
                out[u] = v
                ctx.doubts.append(
                    lx.REPORTS_UNDERTAKING.format(reporter=reporter.name, party=party.name, words=found[0])
                )
                break
    return out


@dataclass
class _Cand:
    text: str


@dataclass
class _Rec:
    cand: _Cand
    origins: list[str] = field(default_factory=list)


def _random_claim(rng: random.Random) -> tuple[list[_Rec], list[str], dict[str, Source], dict[str, str]]:
    sources: dict[str, Source] = {}
    for k in range(rng.randint(1, 6)):
        src = Source(id=f"s{k}", name=rng.choice(NAMES), kind=rng.choice(["organization", "person", "government"]))
        if rng.random() < 0.4:
            src.aliases = [rng.choice(ALIASES)]
        sources[src.id] = src
    ids = [*sources, "not-a-source"]
    texts = [
        rng.choice(PHRASES).format(p=rng.choice([*NAMES, *ALIASES]))
        + (rng.choice(PHRASES).format(p=rng.choice(NAMES)) if rng.random() < 0.3 else "")
        for _ in range(rng.randint(1, 5))
    ]
    records = [
        _Rec(_Cand(rng.choice(texts)), rng.sample(ids, rng.randint(1, min(2, len(ids)))))
        for _ in range(rng.randint(1, 14))  # texts repeat, as wire copy repeats them
    ]
    units = list(sources)
    rng.shuffle(units)
    joined = {units[0]: units[-1]} if len(units) > 2 and rng.random() < 0.2 else {}
    return records, units, sources, joined


@pytest.mark.parametrize("seed", range(500))
def test_reports_an_undertaking_is_that_of_every_text_and_party(seed: int) -> None:
    records, units, sources, joined = _random_claim(random.Random(seed))
    want_ctx = Judging(sources=sources, names={}, links=ArticleLinks(), joined=dict(joined))
    want = _reports_an_undertaking_before(records, units, want_ctx)
    got_ctx = Judging(sources=sources, names={}, links=ArticleLinks(), joined=dict(joined))
    got = _reports_an_undertaking(records, units, got_ctx)
    assert list(got.items()) == list(want.items())
    assert got_ctx.doubts == want_ctx.doubts


def test_the_random_claims_join_and_keep_apart() -> None:
    """The table above is not idle: some claims get a join (with words read after an alias or with a word between)
    and some do not."""
    joins = 0
    apart = 0
    for seed in range(500):
        records, units, sources, joined = _random_claim(random.Random(seed))
        ctx = Judging(sources=sources, names={}, links=ArticleLinks(), joined=dict(joined))
        found = _reports_an_undertaking_before(records, units, ctx)
        joins += bool(found)
        apart += not found
    assert joins >= 20
    assert apart >= 20
