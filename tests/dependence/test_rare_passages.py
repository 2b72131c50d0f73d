"""Rule ``shared_rare_passages``: two articles that carry two of the same sentences reworded and share word
runs no other article of the batch carries depend on each other (a wire story rewritten: a few sentences
kept near their wording, scattered runs kept word for word); the evidence is said in plain words. Each on
sentences written for the test (a river bridge closed for repairs)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

import pytest  # noqa: E402
from trace_helpers import Art, mention, src, trace_claims  # noqa: E402

from attribution.lang.en import dependence as dx  # noqa: E402
from attribution.tracing.dependence import (  # noqa: E402
    RARE_PASSAGE_WEIGHT,
    _shared_shingles,
    explained_dependencies,
)

#: The wire story's two reported sentences and the rewrite's: each keeps its words in their order.
STORY = [
    "The old river bridge at Hollins Ford was closed to all traffic on Monday after engineers found cracks "
    "in two of its piers",
    "Drivers face a detour of about fourteen miles through the village of Marsh End while the repairs are "
    "carried out",
]
REWRITE = [
    "The old river bridge at Hollins Ford was shut to all traffic Monday after engineers discovered cracks "
    "in two of its stone piers",
    "Motorists now face a detour of some fourteen miles through the village of Marsh End while repairs are "
    "being carried out",
]
KEYS = [
    ["~close", "bridge", "river", "hollins", "ford", "traffic", "monday", "engineer", "crack", "pier"],
    ["driver", "detour", "fourteen", "mile", "village", "marsh", "end", "repair"],
]
#: Word runs the rewrite keeps from the story (background the wire wrote), outside any reported sentence.
KEPT = "Built in 1884 from local sandstone, the bridge was last widened in 1962 to carry lorries bound for the quarry."
#: Each outlet's own closing words.
OWN = {
    "a": "A spokeswoman for the roads department declined to say how long the work would take. "
    "Shops on the high street said trade had already fallen since the weekend.",
    "b": "Local councillors have called a public meeting for Thursday evening at the parish hall. "
    "Bus operators said services to the market town would run on a revised timetable.",
    "c": "The county said it would publish an inspection report once the divers had finished their survey. "
    "A ferry that last ran in the 1950s is being considered as a stopgap by the parish council.",
    "d": "Residents on the southern bank said they had reported loose stones falling from the arches last "
    "autumn. Fishermen were asked to keep clear of the river below the bridge until further notice.",
}
#: Independent reports of the same closure, in their own words (the lede fact everyone states).
OTHER = [
    "Engineers closed the Hollins Ford river bridge on Monday because two of its piers were cracked",
    "Traffic is being sent around the long way through Marsh End until the bridge reopens",
]
THIRD = [
    "The county shut the Hollins Ford crossing after an inspection turned up damage below the waterline",
    "Commuters were told to allow an extra half hour for journeys towards Marsh End and beyond",
]
ANOTHER = [
    "Cracked piers forced the county to shut the crossing at Hollins Ford to every vehicle this week",
    "A long diversion by way of Marsh End is in place for as long as the work lasts",
]


def _article(aid: str, origin: str, sentences: list[str], tail: str) -> Art:
    """An article whose first sentence is attributed to ``origin``, then its own sentences and ``tail``."""
    body = ". ".join(sentences) + ". " + tail + " " + OWN[aid]
    art = Art(aid, f"Outlet {aid.upper()}", body=body)
    n = art.attribute(origin)
    start = 0
    for k, text in enumerate(sentences):
        art.mentions.append(mention(text, KEYS[k], start=start, attributions=[n] if k == 0 else None))
        start += len(text) + 2
    return art


SOURCES = [
    src("county-engineers", "County Engineers", "government"),
    src("highways-agency", "Highways Agency", "government"),
    src("river-trust", "River Trust", "organization"),
    src("police", "Police", "government"),
]


def _batch(rewrite_tail: str, other_tail: str, rewrite: list[str] = REWRITE) -> list[Art]:
    return [
        _article("a", "county-engineers", STORY, KEPT),
        _article("b", "highways-agency", rewrite, rewrite_tail),
        _article("c", "river-trust", OTHER, other_tail),
        _article("d", "police", ANOTHER, other_tail),
    ]


def _explained(arts: list[Art]) -> tuple[dict[str, list[str]], dict[tuple[str, str], str]]:
    mapping, _comp, why = explained_dependencies([a.result() for a in arts], [a.candidates() for a in arts])
    return mapping, why


def test_a_rewrite_keeping_two_sentences_and_word_runs_no_other_article_has_depends_on_its_story() -> None:
    arts = _batch(rewrite_tail=KEPT, other_tail="")
    mapping, why = _explained(arts)
    assert mapping["b"] == ["a"] and mapping["a"] == ["b"]
    assert mapping["c"] == [] and mapping["d"] == []
    assert why[("b", "a")] == dx.REWORDED_AND_RARE.format(n=2)


def test_the_claim_of_a_rewrite_and_its_story_names_the_evidence_in_plain_words() -> None:
    claims = trace_claims(_batch(rewrite_tail=KEPT, other_tail="")[:2], SOURCES)
    bridge = next(c for c in claims if "bridge" in c.statement.lower())
    assert bridge.verdict == "single-origin"
    assert any(
        "depend on one another" in d and "word sequences that no other article of the batch carries" in d
        for d in bridge.independence.doubts
    ), bridge.independence


@pytest.mark.parametrize(
    ("case", "rewrite_tail", "other_tail", "rewrite"),
    [
        # the kept runs are carried by every article of the batch: they do not say who copied whom
        ("runs every article carries", KEPT, KEPT, REWRITE),
        # two sentences reworded, nothing else kept: two reports may state the same two facts alike
        ("no word runs kept", "", "", REWRITE),
        # the word runs alone, the reported sentences each outlet's own: a shared background paragraph
        ("no sentence reworded", KEPT, "", THIRD),
    ],
)
def test_articles_missing_either_sign_of_a_rewrite_stay_independent(
    case: str, rewrite_tail: str, other_tail: str, rewrite: list[str]
) -> None:
    mapping, _why = _explained(_batch(rewrite_tail, other_tail, rewrite))
    assert mapping["b"] == [], case


def test_a_word_run_weighs_less_the_more_articles_of_the_batch_carry_it() -> None:
    arts = _batch(rewrite_tail=KEPT, other_tail=KEPT)
    alone = _shared_shingles([a.candidates() for a in _batch(rewrite_tail=KEPT, other_tail="")])
    shared = _shared_shingles([a.candidates() for a in arts])
    assert alone[(0, 1)][1] >= RARE_PASSAGE_WEIGHT > shared[(0, 1)][1]
    assert shared[(0, 1)][0] == alone[(0, 1)][0]  # the same 5-grams, only their weight differs


def _copied(a: Art, b: Art) -> None:
    b.body = a.body


def _cites(a: Art, b: Art) -> None:
    b.attribute(a.outlet)


@pytest.mark.parametrize(
    ("case", "tie", "line"),
    [
        ("the whole text copied", _copied, dx.MOSTLY_THE_SAME),
        ("the other outlet cited", _cites, dx.CITES.format(b="Outlet A")),
    ],
)
def test_every_dependence_found_says_its_evidence(case: str, tie, line: str) -> None:  # type: ignore[no-untyped-def]
    a = _article("a", "county-engineers", STORY, KEPT)
    b = _article("b", "highways-agency", THIRD, "")
    tie(a, b)
    _mapping, why = _explained([a, b])
    assert why[("b", "a")] == line, case
