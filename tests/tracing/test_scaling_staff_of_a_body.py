"""Officials of a topic ("fire officials") are counted as the claim's one named official body whose name holds the
topic; the bodies holding every topic word are looked up by word (``_bodies_by_word``), once per claim, and give
exactly what testing every named body against every topic gave."""

from __future__ import annotations

import random
import re

import pytest

from attribution.models import Source
from attribution.tracing.origins import _merge_staff, _staff_topic, _unmerged_official

#: staff of a topic, vague officials, and named bodies: some holding a topic's words, some two bodies holding one
STAFF = ["fire officials", "health officials", "port authorities", "coast guard officers", "officials",
         "water officials", "fire safety officials", "ministry spokespeople", "customs officers"]  # fmt: skip
BODIES = ["Bureau of Fire Protection", "Fire Department", "Health Ministry", "Ministry of Health", "Port Authority",
          "Coast Guard", "Water Board", "Fire Safety Board", "Customs Service", "Interior Ministry",
          "Ana Ruiz"]  # fmt: skip


def _every_body(mapping, origin_counts, sources, named_official):  # type: ignore[no-untyped-def]
    """The definition (main 8b1721f's ``_merge_staff``): each topic against each named body's words."""

    def name_words(name: str) -> set[str]:
        return {w for w in re.split(r"[^\w]+", name.lower()) if len(w) > 2}

    for o in sorted(origin_counts):
        src = _unmerged_official(o, mapping, sources)
        if src is None:
            continue
        topic = _staff_topic(src.name)
        if topic:
            bodies = [x for x in named_official if x != o and topic <= name_words(sources[x].name)]
            if len(bodies) == 1:
                mapping[o] = bodies[0]


def _claim(rng: random.Random) -> tuple[dict[str, str], dict[str, int], dict[str, Source], list[str]]:
    sources: dict[str, Source] = {}
    for n in range(rng.randint(1, 30)):
        sid = f"o{n:02d}"
        name = rng.choice(STAFF + BODIES)
        kind = rng.choice(["government", "government", "military", "person", "organization"])
        sources[sid] = Source(id=sid, name=name, kind=kind)
    origin_counts = {o: rng.randint(1, 5) for o in sources}
    mapping = {o: (o if rng.random() < 0.85 else rng.choice(sorted(sources))) for o in sources}
    # the named officials as ``_merge_officials`` passes them; some staff among them, as a list may hold them
    named_official = sorted(o for o in sources if rng.random() < 0.6)
    return mapping, origin_counts, sources, named_official


@pytest.mark.parametrize("seed", range(300))
def test_staff_counted_as_the_one_body_holding_their_topic_as_testing_every_body_did(seed: int) -> None:
    mapping, origin_counts, sources, named_official = _claim(random.Random(seed))
    new, old = dict(mapping), dict(mapping)
    _merge_staff(new, origin_counts, sources, named_official)
    _every_body(old, origin_counts, sources, named_official)
    assert new == old


@pytest.mark.parametrize(
    ("staff", "bodies", "counted_as"),
    [
        ("fire officials", ["Bureau of Fire Protection"], "Bureau of Fire Protection"),
        ("fire officials", ["Bureau of Fire Protection", "Fire Department"], None),  # two bodies: neither
        ("fire safety officials", ["Fire Department", "Fire Safety Board"], "Fire Safety Board"),  # every word
        ("health officials", ["Interior Ministry"], None),
        ("officials", ["Health Ministry"], None),  # no topic: another rule's
    ],
)
def test_staff_of_a_topic_counted_as_the_one_body_whose_name_holds_every_topic_word(
    staff: str, bodies: list[str], counted_as: str | None
) -> None:
    sources = {"a": Source(id="a", name=staff, kind="government")}
    for n, name in enumerate(bodies):
        sources[f"b{n}"] = Source(id=f"b{n}", name=name, kind="government")
    mapping = {o: o for o in sources}
    _merge_staff(mapping, dict.fromkeys(sources, 1), sources, sorted(o for o in sources if o != "a"))
    assert (sources[mapping["a"]].name if mapping["a"] != "a" else None) == counted_as


def test_the_generated_claims_merge_some_staff_and_leave_others() -> None:
    merged = 0
    for seed in range(300):
        mapping, origin_counts, sources, named_official = _claim(random.Random(seed))
        before = dict(mapping)
        _merge_staff(mapping, origin_counts, sources, named_official)
        merged += mapping != before
    assert 0 < merged < 300
