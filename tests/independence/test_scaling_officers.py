"""The officers of a claim's bodies are found by looking up the origins a stated role's words name (an index of
every origin's name keys), and give exactly what testing every other origin gives: the same joins, in the same
order, with the same evidence and doubt lines."""

from __future__ import annotations

import random

import pytest

from attribution.lang.en import independence as lx
from attribution.models import Source
from attribution.tracing.independence import (
    PERSON_KINDS,
    ArticleLinks,
    Judging,
    _bare_role_at_the_one_body,
    _employer,
    _officers_of_bodies,
    _role_at_a_body,
    _stated_role,
)

PEOPLE = ["George Kurtz", "Cesar Pina", "Ana Ruiz", "Ines Duarte", "Paulo Berg"]
BODIES = ["CrowdStrike", "Microsoft", "European Commission", "Health Ministry", "Veltra", "the company",
          "officials", "Reuters"]  # fmt: skip
ROLES = [
    None, "CrowdStrike CEO", "Microsoft spokesperson", "the company's chief supply chain officer",
    "Competition Commissioner", "EU antitrust chief", "a spokesperson for the Health Ministry", "Veltra CEO",
    "the ministry's spokesperson", "a former teacher", "chief executive of Veltra and Microsoft", "CEO",
    "the chief executive", "",
]  # fmt: skip
BODY_KINDS = ["organization", "company", "government", "media outlet", "unknown"]


def _officers_every_origin(units: list[str], ctx: Judging) -> dict[str, str]:
    """The definition: each person's stated role tested against every other origin of the claim (what the code
    did before it had to scale)."""
    sources, evidence, doubts = ctx.sources, ctx.evidence, ctx.doubts
    joined: dict[str, str] = {}
    for u in units:
        person = sources.get(u)
        if person is None or person.kind not in PERSON_KINDS:
            continue
        others = [sources[v] for v in units if v != u and v in sources and v not in joined]
        body, several = _employer(person, others)
        if body is not None:
            joined[u] = body.id
            who = lx.STATED_ROLE.format(person=person.name, role=_stated_role(person))
            evidence.append(lx.COUNTED_AS_ONE.format(member=who, verb=lx.SPEAKS_FOR_VERB, body=body.name))
        elif several:
            joined[u] = several[0].id
            doubts.append(
                lx.MAY_SPEAK_FOR.format(
                    person=person.name, role=_stated_role(person), bodies=lx.OR.join(o.name for o in several)
                )
            )
        elif (office := _role_at_a_body(person, others) or _bare_role_at_the_one_body(person, others)) is not None:
            joined[u] = office.id
            role = " ".join(x for x in (person.description, person.affiliation) if x)
            doubts.append(lx.ROLE_AT_BODY.format(person=person.name, role=role, body=office.name))
    return joined


def _random_claim(rng: random.Random) -> tuple[list[str], dict[str, Source]]:
    sources: dict[str, Source] = {}
    for k in range(rng.randint(1, 12)):
        if rng.random() < 0.5:
            src = Source(id=f"s{k}", name=rng.choice(PEOPLE), kind=rng.choice(["person", "legislator"]))
            src.description = rng.choice(ROLES)
            if rng.random() < 0.3:
                src.affiliation = rng.choice(BODIES)
        else:
            src = Source(id=f"s{k}", name=rng.choice(BODIES), kind=rng.choice(BODY_KINDS))
            if rng.random() < 0.3:
                src.aliases = [rng.choice(["EU", "Commission", "MS", "the ministry"])]
        sources[src.id] = src
    units = list(sources)
    rng.shuffle(units)
    if rng.random() < 0.2:
        units.append("not-a-source")
    if rng.random() < 0.2 and units:
        units.append(rng.choice(units))  # a unit listed twice
    return units, sources


@pytest.mark.parametrize("seed", range(400))
def test_officers_of_bodies_are_those_of_testing_every_origin(seed: int) -> None:
    units, sources = _random_claim(random.Random(seed))
    want_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    want = _officers_every_origin(units, want_ctx)
    got_ctx = Judging(sources=sources, names={}, links=ArticleLinks())
    got = _officers_of_bodies(units, got_ctx)
    assert list(got.items()) == list(want.items())
    assert got_ctx.evidence == want_ctx.evidence
    assert got_ctx.doubts == want_ctx.doubts


def test_the_random_claims_meet_every_kind_of_officer() -> None:
    """The table above is not idle: it gives a named employer, several named ones, a role at a body (named or
    bare), and persons with no stated role (whom the code skips at once)."""
    found = set()
    for seed in range(400):
        units, sources = _random_claim(random.Random(seed))
        if any(s.kind in PERSON_KINDS and not (s.description or s.affiliation) for s in sources.values()):
            found.add("no role")
        ctx = Judging(sources=sources, names={}, links=ArticleLinks())
        _officers_every_origin(units, ctx)
        if ctx.evidence:
            found.add("speaks for")
        for line in ctx.doubts:
            for name, template in (("several", lx.MAY_SPEAK_FOR), ("role at body", lx.ROLE_AT_BODY)):
                if line.endswith(template.split("}")[-1]):
                    found.add(name)
    assert found == {"speaks for", "several", "role at body", "no role"}
