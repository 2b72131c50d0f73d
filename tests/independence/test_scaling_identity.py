"""Looking for named origins that may be one source compares only the pairs that share a key (a word pair of a
name, the sound of a surname, two words of a body's name, a word of a description), and gives exactly what
comparing every pair gives: the same doubt lines in the same order, the same origins kept."""

from __future__ import annotations

import random

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.independence import _identity_doubt, _surely_distinct

#: Names built to meet every test of ``_identity_doubt``: one person under a title or with a middle initial,
#: transliterated surnames, a lone surname, one body under two names, a body described in the other's words.
PEOPLE = [
    "Ines Duarte", "Rear Adm. Ines Duarte", "Ines T. Duarte", "Dr. Paulo Duarte", "Duarte", "Ali Mohammadi",
    "Ali Mohamadi", "Ali Mahmoudi", "Mohamadi", "Saeed Karimi", "Sayeed Karimi", "Dr. Ana Berg", "Ana Berg",
    "Berg", "Anna Berg", "Rear Adm. Shannon Gilreath", "Shannon N. Gilreath", "Shannon Gilreath",
]  # fmt: skip
BODIES = [
    "Media Authority", "Media Regulatory Authority", "Interior Ministry", "Ministry of the Interior",
    "Afghan Interior Ministry", "Directorate of Maritime Affairs", "Directorate of Rail Safety", "Veltra",
    "Regional Directorate of Ports", "Provincial Health Office", "City Health Office", "Health Ministry",
    "Crowdstrike CEO George Kurtz on social media", "Maritime Safety Agency", "Safety Agency",
]  # fmt: skip
DESCRIPTIONS = ["", "", "the country's maritime regulator", "the regional government", "a pilots' union",
                "the health regulator", "the interior watchdog"]  # fmt: skip
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
    templates = [lx.ONE_NAME_HOLDS_THE_OTHER, lx.ONE_PERSON_TWO_SPELLINGS, lx.ONE_BODY_TWO_NAMES, lx.DESCRIBED_AS_THE_OTHER]
    found = set()
    for seed in range(400):
        named, sources = _random_sources(random.Random(seed))
        doubts: list[str] = []
        _every_pair(named, sources, doubts)
        found.update(t for d in doubts for t in templates if d.endswith(t.split("}")[-1]))
    assert found == set(templates)
