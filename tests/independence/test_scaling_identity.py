"""Looking for named origins that may be one source compares only the pairs that share a key (a word pair of a
name, the sound of a surname, two words of a body's name, a word of a description), and gives exactly what
comparing every pair gives: the same doubt lines in the same order, the same origins kept."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.independence import (
    MEDIA_KINDS,
    ArticleLinks,
    Judging,
    _identity_doubt,
    _names_another_origin,
    _press_relays,
    _speaks_in,
    _surely_distinct,
)

#: Names built to meet every test of ``_identity_doubt``: one person under a title or with a middle initial,
#: transliterated surnames, a lone surname, one body under two names, a body described in the other's words, a
#: description before a surname, a name written as another's description, a name before an apposition.
PEOPLE = [
    "Ines Duarte", "Rear Adm. Ines Duarte", "Ines T. Duarte", "Dr. Paulo Duarte", "Duarte", "Ali Mohammadi",
    "Ali Mohamadi", "Ali Mahmoudi", "Mohamadi", "Saeed Karimi", "Sayeed Karimi", "Dr. Ana Berg", "Ana Berg",
    "Berg", "Anna Berg", "Rear Adm. Shannon Gilreath", "Shannon N. Gilreath", "Shannon Gilreath",
    "Rowing ace Berg", "Navy chief Admiral Abd-Us-Samad", "Abd-Uz-Samad", "the winner of the Lakeland Regatta",
]  # fmt: skip
BODIES = [
    "Media Authority", "Media Regulatory Authority", "Interior Ministry", "Ministry of the Interior",
    "Afghan Interior Ministry", "Directorate of Maritime Affairs", "Directorate of Rail Safety", "Veltra",
    "Regional Directorate of Ports", "Provincial Health Office", "City Health Office", "Health Ministry",
    "Crowdstrike CEO George Kurtz on social media", "Maritime Safety Agency", "Safety Agency",
    "Veltra -- a maritime regulator", "Veltra, the port's regulator",
]  # fmt: skip
DESCRIPTIONS = ["", "", "the country's maritime regulator", "the regional government", "a pilots' union",
                "the health regulator", "the interior watchdog", "the winner of the Lakeland Regatta"]  # fmt: skip
COUNTRIES = [None, None, None, "Spain", "Portugal"]
KINDS = ["person", "legislator", "organization", "government", "media outlet", "unknown"]


def _random_sources(rng: random.Random) -> tuple[list[str], dict[str, Source]]:
    sources: dict[str, Source] = {}
    named = []
    for k in range(rng.randint(2, 14)):
        person = rng.random() < 0.5
        name = rng.choice(PEOPLE if person else BODIES)
        kind = rng.choice(KINDS[:2] if person and rng.random() < 0.8 else KINDS)
        src = Source(id=f"s{k}", name=name, kind=kind, country=rng.choice(COUNTRIES))
        src.description = rng.choice(DESCRIPTIONS) or None
        if rng.random() < 0.3:
            src.aliases = [rng.choice(PEOPLE + BODIES)]
        sources[src.id] = src
        named.append(src.id)
    if rng.random() < 0.2:
        named.append("not-a-source")
    return named, sources


def _every_pair(named: list[str], sources: dict[str, Source], doubts: list[str]) -> list[str]:
    """The definition: every pair of named origins compared (what the code did before it had to scale)."""
    uncertain = set()
    for i, u in enumerate(named):
        for v in named[i + 1 :]:
            su, sv = sources.get(u), sources.get(v)
            if su is None or sv is None:
                continue
            doubt = _identity_doubt(su, sv)
            if doubt is not None:
                doubts.append(doubt)
                uncertain.add((u, v))
    sure = list(named)
    for u, v in sorted(uncertain):
        if u in sure and v in sure:
            sure.remove(v)
    return sure


@pytest.mark.parametrize("seed", range(400))
def test_identity_doubts_are_those_of_comparing_every_pair(seed: int) -> None:
    named, sources = _random_sources(random.Random(seed))
    want_doubts: list[str] = []
    want = _every_pair(named, sources, want_doubts)
    got_doubts: list[str] = []
    assert _surely_distinct(named, sources, got_doubts) == want
    assert got_doubts == want_doubts


def test_the_random_origins_meet_every_kind_of_identity_doubt() -> None:
    """The table above is not idle: it gives each doubt of ``_identity_doubt`` somewhere."""
    templates = [
        lx.ONE_NAME_HOLDS_THE_OTHER, lx.ONE_PERSON_TWO_SPELLINGS, lx.ONE_BODY_TWO_NAMES, lx.DESCRIBED_AS_THE_OTHER,
        lx.SURNAME_AFTER_A_DESCRIPTION, lx.WRITTEN_AS_ITS_DESCRIPTION, lx.NAME_BEFORE_AN_APPOSITION,
    ]  # fmt: skip
    found = set()
    for seed in range(400):
        named, sources = _random_sources(random.Random(seed))
        doubts: list[str] = []
        _every_pair(named, sources, doubts)
        found.update(t for d in doubts for t in templates if d.endswith(t.split("}")[-1]))
    assert found == set(templates)


# -- press_relays: the party a press origin's mention names, looked up by the words of the mention ---------------

PARTIES = ["Ana Ruiz", "Ruiz", "the Coast Guard", "Coast Guard", "Microsoft", "Microsoft 365", "(Reuters) Desk",
           "Ümit Öz", "O'Neil", "U.S. Navy", "Navy", "-", "AP"]  # fmt: skip
TEXTS = [
    "the AP reported it involves Microsoft 365 apps", "Ana Ruiz said the port would close", "Ruizes were here",
    "the Coast Guard's cutter left", "a coast guard boat", "sources told (Reuters) Desk staff", "Ümit Öz spoke",
    "O'Neil and U.S. Navy officers", "the Navy-led search - a long one", "Microsoft365 outage", "AP-style report",
]  # fmt: skip


@dataclass
class _Cand:
    text: str


@dataclass
class _Rec:
    cand: _Cand
    origins: list[str]


def _press_every_unit(records, units, ctx):  # type: ignore[no-untyped-def]
    """The definition: for each press origin, every unit's names searched in its mention (what the code did
    before it had to scale)."""
    joined: dict[str, str] = {}
    for r in records:
        for o in r.origins:
            u = o
            press = ctx.sources.get(u)
            if u in joined or press is None or press.kind not in MEDIA_KINDS:
                continue
            # the party named first in the text (rule ``first_named_party``); at one place the longer name, then
            # the first in ``units``
            found = []
            for k, v in enumerate(units):
                named = ctx.sources.get(v)
                if v == u or named is None or named.kind in MEDIA_KINDS:
                    continue
                for n in (named.name, *named.aliases):
                    if (m := re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r.cand.text)) is not None:
                        found.append((m.start(), -len(n), k))
            if found:
                v = units[min(found)[2]]
                joined[u] = v
                ctx.doubts.append(lx.PRESS_RELAY.format(press=press.name, party=ctx.sources[v].name))
    return joined


@pytest.mark.parametrize("seed", range(300))
def test_press_relays_are_those_of_searching_every_unit(seed: int) -> None:
    rng = random.Random(seed)
    sources = {}
    for k in range(rng.randint(1, 10)):
        kind = rng.choice(["wire agency", "media outlet", "person", "organization", "government"])
        src = Source(id=f"s{k}", name=rng.choice(PARTIES), kind=kind)
        if rng.random() < 0.3:
            src.aliases = [rng.choice(PARTIES)]
        sources[src.id] = src
    units = sorted([*sources, *(["missing"] if rng.random() < 0.2 else [])])
    records = [_Rec(_Cand(rng.choice(TEXTS)), rng.sample(units, rng.randint(0, min(3, len(units)))))
               for _ in range(rng.randint(1, 8))]  # fmt: skip
    want_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    want = _press_every_unit(records, units, want_ctx)
    got_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    assert _press_relays(records, units, got_ctx) == want
    assert got_ctx.doubts == want_ctx.doubts


# -- names_another_origin: the units whose names stand whole in an origin's first mention ----------------------

SPEAKERS = ["Ana Ruiz", "Ruiz", "the two divers", "divers", "Tidewater", "(Reuters) Desk", "Ümit Öz", "O'Neil",
            "Ana", "Administrator Ana Ruiz"]  # fmt: skip
SAID = [
    "Administrator Ana Ruiz said the two divers would surface on Friday", "Ruiz, in a briefing, said they were safe",
    "the two divers told rescuers they were cold", "Tidewater ships must leave", "said Ümit Öz on Friday",
    "O'Neil said (Reuters) Desk staff left", "Ruizes said nothing", "divers said it was dark", "Ana said so",
]  # fmt: skip


def _names_every_unit(records, units, ctx):  # type: ignore[no-untyped-def]
    """The definition: every other unit tried for each origin (what the code did before it had to scale)."""
    called: dict[str, set[str]] = {}
    texts: dict[str, list[str]] = {}
    for r in records:
        for o in r.origins:
            called.setdefault(o, set()).update(n for n in (ctx.sources[o].name, *ctx.sources[o].aliases) if len(n) > 2)
            texts.setdefault(o, []).append(r.cand.text)
    out: dict[str, str] = {}
    for u in sorted(units, key=lambda x: (len(texts.get(x, [])), x)):
        if not texts.get(u) or ctx.sources[u].kind in MEDIA_KINDS:
            continue
        for v in units:
            names = sorted(called.get(v, ()))
            if v == u or v in out or not names:
                continue
            if all(any(_speaks_in(n, t) for n in names) for t in texts[u]):
                out[u] = v
                ctx.doubts.append(lx.NAMES_ANOTHER_ORIGIN.format(a=ctx.name(u), b=ctx.name(v)))
                break
    return out


@pytest.mark.parametrize("seed", range(300))
def test_names_of_another_origin_are_those_of_trying_every_unit(seed: int) -> None:
    rng = random.Random(seed)
    sources = {}
    for k in range(rng.randint(1, 10)):
        src = Source(id=f"s{k}", name=rng.choice(SPEAKERS), kind=rng.choice(["person", "organization", "media outlet"]))
        if rng.random() < 0.3:
            src.aliases = [rng.choice(SPEAKERS)]
        sources[src.id] = src
    units = sorted(sources)
    records = [_Rec(_Cand(rng.choice(SAID)), rng.sample(units, rng.randint(1, min(2, len(units)))))
               for _ in range(rng.randint(1, 8))]  # fmt: skip
    want_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    want = _names_every_unit(records, units, want_ctx)
    got_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    assert _names_another_origin(records, units, got_ctx) == want
    assert got_ctx.doubts == want_ctx.doubts


def test_the_random_mentions_name_another_origin_somewhere() -> None:
    joins = 0
    for seed in range(300):
        rng = random.Random(seed)
        sources = {}
        for k in range(rng.randint(1, 10)):
            kind = rng.choice(["person", "organization", "media outlet"])
            src = Source(id=f"s{k}", name=rng.choice(SPEAKERS), kind=kind)
            if rng.random() < 0.3:
                src.aliases = [rng.choice(SPEAKERS)]
            sources[src.id] = src
        units = sorted(sources)
        records = [_Rec(_Cand(rng.choice(SAID)), rng.sample(units, rng.randint(1, min(2, len(units)))))
                   for _ in range(rng.randint(1, 8))]  # fmt: skip
        joins += len(_names_every_unit(records, units, Judging(sources=sources, names={}, links=ArticleLinks())))
    assert joins >= 30
