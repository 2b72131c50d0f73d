"""Counting unnamed people and unsigned documents as the body they speak from looks only at the named origins and
groups that share one of their body words, and gives exactly what trying every named origin and every group gives."""

from __future__ import annotations

import random

import pytest

from attribution.models import Source
from attribution.tracing.origins import _STRAIGHT, _body_words, _merge_same_body, is_vague, source_country

UNNAMED = ["an interior ministry official", "a ministry official", "a senior official at the interior ministry",
           "an interior ministry statement", "a health ministry document", "a port authority official",
           "a coast guard official", "an official"]  # fmt: skip
NAMED = ["Interior Ministry", "Health Ministry", "Port Authority", "Coast Guard", "Ministry of Health",
         "Interior Ministry Press Office", "Ana Ruiz"]  # fmt: skip


def _every_one(mapping, origin_counts, sources, corpus_counts):  # type: ignore[no-untyped-def]
    """The definition (what the code did before it had to scale)."""
    import re

    unnamed = [
        o for o in sorted(origin_counts)
        if mapping[o] == o and (src := sources.get(o)) is not None
        and src.kind in {"anonymous", "document"} and _body_words(src)
    ]  # fmt: skip
    if not unnamed:
        return
    named = {
        o: frozenset(re.split(r"[^\w]+", src.name.lower().translate(_STRAIGHT).replace("'s", " ")))
        for o in sorted(origin_counts)
        if mapping[o] == o and (src := sources.get(o)) is not None and not is_vague(src)
    }
    rank = {o: (-origin_counts[o], -corpus_counts.get(o, 0), o) for o in origin_counts}
    left = []
    for o in unnamed:
        hosts = [x for x, xw in named.items() if _body_words(sources[o]) <= xw]
        if len(hosts) == 1:
            mapping[o] = hosts[0]
        else:
            left.append(o)
    groups: list[list[str]] = []
    for o in left:
        words, country = _body_words(sources[o]), source_country(sources[o])
        for g in groups:
            if any(
                words & _body_words(sources[x])
                and country in (None, source_country(sources[x]))
                or (source_country(sources[x]) is None and words & _body_words(sources[x]))
                for x in g
            ):
                g.append(o)
                break
        else:
            groups.append([o])
    for g in groups:
        head = min(g, key=lambda x: rank[x])
        for o in g:
            mapping[o] = head


@pytest.mark.parametrize("seed", range(300))
def test_unnamed_origins_merge_as_when_every_named_origin_and_group_is_tried(seed: int) -> None:
    rng = random.Random(seed)
    sources = {}
    for k in range(rng.randint(1, 14)):
        if rng.random() < 0.6:
            src = Source(id=f"u{k}", name=rng.choice(UNNAMED), kind=rng.choice(["anonymous", "document"]))
        else:
            src = Source(id=f"n{k}", name=rng.choice(NAMED), kind=rng.choice(["government", "organization", "person"]))
        src.country = rng.choice([None, None, "Spain", "Portugal"])
        sources[src.id] = src
    counts = {o: rng.randint(1, 4) for o in sources}
    corpus = {o: rng.randint(1, 9) for o in sources}
    want = {o: o for o in counts}
    _every_one(want, counts, sources, corpus)
    got = {o: o for o in counts}
    _merge_same_body(got, counts, sources, corpus)
    assert got == want
