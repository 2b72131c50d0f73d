"""Evidence too weak to confirm: articles that carry the same sentences reworded (a wire story rewritten
without credit) depend on each other; an origin only the trained model reads as a source confirms no
other origin; a description is read by its head noun ("an advisory panel to the regulator" is a panel).
Each on sentences written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

import pytest  # noqa: E402
from trace_helpers import Art, mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Span  # noqa: E402
from attribution.tracing.dependence import reworded_pairs  # noqa: E402
from attribution.tracing.independence import _head_noun  # noqa: E402

FIRE = ["~fire", "warehouse", "quay", "northern", "midnight", "tuesday"]

#: One harbour-fire story and a rewrite of it: each sentence keeps its words in their order, with enough of
#: them changed that no five words in a row are the same.
STORY = [
    "The fire broke out in a warehouse on the northern quay shortly after midnight on Tuesday",
    "Firefighters from three neighbouring towns fought the blaze for more than six hours before it was "
    "brought under control",
    "The warehouse stored cotton bales and cooking oil that were bound for export to West Africa",
    "Two night watchmen were treated in the town hospital for smoke inhalation and later released",
]
REWRITE = [
    "A fire started in a warehouse on the northern quay soon after midnight on Tuesday",
    "Firefighters from three nearby towns fought that blaze for over six hours before it was finally "
    "brought under control",
    "The warehouse held cotton bales and cooking oil which were meant for export to West Africa",
    "Two night guards were treated at the town hospital for smoke inhalation and then released",
]
#: Another outlet's own report of the same fire: one sentence close to the story's lede, the rest its own.
OWN_REPORT = [
    "A fire broke out in a warehouse on the northern quay shortly after midnight on Tuesday",
    "Crowds gathered on the seafront to watch thick black smoke drift over the old town",
    "The port's chief engineer said the quay would reopen to shipping by the end of the week",
    "Insurers have sent assessors to estimate the value of the goods lost in the blaze",
]
KEYS = [
    ["~fire", "warehouse", "quay", "northern", "midnight", "tuesday"],
    ["firefighter", "town", "blaze", "hour", "control", "three"],
    ["warehouse", "cotton", "bale", "oil", "export", "africa"],
    ["watchman", "hospital", "smoke", "inhalation", "release", "town"],
]
OWN_KEYS = [
    ["~fire", "warehouse", "quay", "northern", "midnight", "tuesday"],
    ["crowd", "seafront", "smoke", "town", "drift", "old"],
    ["port", "engineer", "quay", "shipping", "week", "reopen"],
    ["insurer", "assessor", "value", "good", "blaze", "estimate"],
]


def _article(aid: str, origin: str, sentences: list[str], keys: list[list[str]]) -> Art:
    """An article whose first sentence is attributed to ``origin``, the rest its own."""
    art = Art(aid, f"Outlet {aid.upper()}", body=". ".join(sentences) + ".")
    n = art.attribute(origin)
    start = 0
    for k, (text, lemmas) in enumerate(zip(sentences, keys, strict=True)):
        art.mentions.append(mention(text, lemmas, start=start, attributions=[n] if k == 0 else None))
        start += len(text) + 2
    return art


SOURCES = [
    src("harbour-authority", "Harbour Authority", "government"),
    src("fire-brigade", "Fire Brigade", "government"),
]


def test_articles_carrying_several_of_the_same_sentences_reworded_depend_on_each_other() -> None:
    story = _article("a", "harbour-authority", STORY, KEYS)
    rewrite = _article("b", "fire-brigade", REWRITE, KEYS)
    assert reworded_pairs([story.candidates(), rewrite.candidates()]) == [(0, 1, 4)]
    claims = trace_claims([story, rewrite], SOURCES)
    fire = next(c for c in claims if "fire" in c.statement.lower())
    assert fire.verdict == "single-origin"
    assert any("depend on one another" in d for d in fire.independence.doubts), fire.independence


def test_one_shared_lede_does_not_make_two_reports_dependent() -> None:
    story = _article("a", "harbour-authority", STORY, KEYS)
    own = _article("b", "fire-brigade", OWN_REPORT, OWN_KEYS)
    assert reworded_pairs([story.candidates(), own.candidates()]) == []
    claims = trace_claims([story, own], SOURCES)
    fire = next(c for c in claims if "fire" in c.statement.lower())
    assert fire.verdict == "independently-confirmed"


def test_quoted_words_shared_by_two_reports_are_no_rewrite() -> None:
    # two outlets quoting one statement word for word share the speaker's words, not each other's
    quoted = [f'the authority said "{s}"' for s in STORY]
    requoted = [f'officials said on Wednesday "{s}"' for s in STORY]
    first = _article("a", "harbour-authority", quoted, KEYS)
    second = _article("b", "fire-brigade", requoted, KEYS)
    assert reworded_pairs([first.candidates(), second.candidates()]) == []


def _two_reports(model_only: bool) -> list[Art]:
    arts = []
    for aid, origin, text in (
        ("a", "harbour-authority", STORY[0]),
        ("b", "dockers", "Dockers stormed the warehouse on the northern quay after midnight on Tuesday"),
    ):
        art = Art(aid, f"Outlet {aid.upper()}", body=f"{text}. Outlet {aid} reported more later.")
        n = art.attribute(origin)
        if aid == "b" and model_only:
            art.attributions[n].by = "model"
            art.attributions[n].cue.text = "stormed"
        art.mentions.append(mention(text, FIRE, attributions=[n]))
        arts.append(art)
    return arts


def test_an_origin_only_the_trained_model_reads_confirms_no_other() -> None:
    sources = [*SOURCES, src("dockers", "Dockers", "collective")]
    (claim,) = trace_claims(_two_reports(model_only=True), sources)
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert any("only by the trained model" in d and '"stormed"' in d for d in claim.independence.doubts)
    # the same reading made by a rule counts
    (ruled,) = trace_claims(_two_reports(model_only=False), sources)
    assert ruled.verdict == "independently-confirmed"


def test_when_only_the_trained_model_reads_every_origin_the_most_cited_stays_alone() -> None:
    arts = _two_reports(model_only=True)
    arts[0].attributions[0].by = "model"
    (claim,) = trace_claims(arts, [*SOURCES, src("dockers", "Dockers", "collective")])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert len([d for d in claim.independence.doubts if "only by the trained model" in d]) == 1


@pytest.mark.parametrize(
    ("description", "head"),
    [
        ("an advisory panel to the regulator", "panel"),
        ("officials of the port authority", "official"),
        ("the licence for the vaccine", "licence"),
        ("harbour officials", "official"),
        ("a source within the brigade", "source"),
    ],
)
def test_a_description_is_headed_by_its_noun_before_the_modifier(description: str, head: str) -> None:
    assert _head_noun(description) == head


def test_an_unnamed_panel_to_a_body_may_be_the_other_description_of_the_claim() -> None:
    # "an expert panel to the health ministry" is a panel, not the ministry: it may be whoever stands behind the
    # other description of the claim ("the licence for the vaccine"), so nothing shows two bodies
    panel = src("panel", "unnamed expert panel to the health ministry", "anonymous")
    licence = src("licence", "the licence for the vaccine", "unknown")
    arts = two_origin_articles(
        "licence",
        "panel",
        bodies=(
            "The licence for the vaccine followed a review, saying the benefits outweighed the risks.",
            "An expert panel to the health ministry backed the shot, saying its benefits outweigh its risks.",
        ),
        statement="the benefits of the vaccine outweighed its risks",
        keys=["benefit", "vaccine", "outweigh", "risk"],
    )
    (claim,) = trace_claims(arts, [panel, licence])
    assert claim.verdict == "single-origin"
    assert any("is not named: it may be the licence for the vaccine" in d for d in claim.independence.doubts)


def _divers(second_text: str) -> list:  # type: ignore[type-arg]
    return two_origin_articles(
        "ana-ruiz",
        "mira-holt",
        bodies=(
            "Rescue chief Ana Ruiz said the two divers would surface on Friday after a week in the cave.",
            "Families waited at the cave mouth through the night as pumps drained the lower chamber.",
        ),
        statement="the two divers would surface on Friday",
        keys=["diver", "surface", "friday", "two"],
        texts=("the two divers would surface on Friday", second_text),
    )


def test_an_origin_whose_words_name_another_origin_is_not_counted_apart() -> None:
    # the second outlet took the divers for the speaker of a sentence in which the rescue chief speaks
    sources = [src("ana-ruiz", "Ana Ruiz"), src("mira-holt", "Mira Holt")]
    (claim,) = trace_claims(_divers("Rescue chief Ana Ruiz said the divers would surface on Friday"), sources)
    assert claim.verdict == "single-origin"
    assert any("themselves give Ana Ruiz as speaking" in d for d in claim.independence.doubts), claim.independence
    (apart,) = trace_claims(_divers("the two divers would surface on Friday"), sources)
    assert apart.verdict == "independently-confirmed"


def _vows(second_written: str) -> list[Art]:
    """One article: the army chief vows the council will hold talks, then a second speaker (as written)
    vows it again."""
    art = Art("a", "Outlet A", body="The army chief vowed the new council would hold talks. He vowed it again.")
    talks = ["council", "hold", "talk", "new"]
    for k, (sid, written) in enumerate((("tomas-reyes", "Army chief Tomas Reyes"), ("lena-ortiz", second_written))):
        n = art.attribute(sid)
        art.attributions[n].source = Span(text=written, start=0, end=len(written))
        art.mentions.append(mention("the new council would hold talks", talks, start=60 * k, attributions=[n]))
    return [art]


def test_an_origin_written_only_as_a_pronoun_beside_a_named_one_is_not_counted_apart() -> None:
    # the resolver tied "He" to someone named earlier; the article names the army chief saying the same thing
    sources = [src("tomas-reyes", "Tomas Reyes"), src("lena-ortiz", "Lena Ortiz")]
    (claim,) = trace_claims(_vows("He"), sources)
    assert claim.verdict == "single-origin"
    assert any("is only a pronoun where it says this" in d for d in claim.independence.doubts), claim.independence
    (named,) = trace_claims(_vows("Lena Ortiz"), sources)
    assert named.verdict == "independently-confirmed"


def _body_then_pronoun(pronoun: str) -> list[Art]:
    """One article: the harbour authority says the council will hold talks, then a pronoun says it again."""
    art = Art("a", "Outlet A", body="The harbour authority said the new council would hold talks. He said it again.")
    talks = ["council", "hold", "talk", "new"]
    for k, (sid, written) in enumerate((("harbour-authority", "The harbour authority"), ("lena-ortiz", pronoun))):
        n = art.attribute(sid)
        art.attributions[n].source = Span(text=written, start=0, end=len(written))
        art.mentions.append(mention("the new council would hold talks", talks, start=60 * k, attributions=[n]))
    return [art]


@pytest.mark.parametrize(
    ("pronoun", "verdict"),
    [("He", "independently-confirmed"), ("She", "independently-confirmed"), ("They", "single-origin")],
)
def test_he_or_she_beside_a_named_body_may_not_stand_for_the_body(pronoun: str, verdict: str) -> None:
    # rule he_is_one_person: "he" is no harbour authority; "they" may be
    sources = [src("harbour-authority", "Harbour Authority", "government"), src("lena-ortiz", "Lena Ortiz")]
    (claim,) = trace_claims(_body_then_pronoun(pronoun), sources)
    assert claim.verdict == verdict, claim.independence
    doubted = any("is only a pronoun where it says this" in d for d in claim.independence.doubts)
    assert doubted == (verdict == "single-origin")


def test_reading_a_description_by_its_noun_before_the_modifier_keeps_the_last_word_reading_too() -> None:
    # "a quick tally by the harbour authority" is a tally, and may still be the Harbour Authority's
    tally = src("tally", "a quick tally by the harbour authority", "unknown")
    authority = src("harbour-authority", "Harbour Authority", "government")
    arts = two_origin_articles(
        "tally",
        "harbour-authority",
        bodies=(
            "A quick tally by the harbour authority put the number of boats lost at forty.",
            "Forty boats were lost in the storm, the Harbour Authority said in a statement on Monday.",
        ),
        statement="forty boats were lost",
        keys=["boat", "lose", "forty"],
    )
    (claim,) = trace_claims(arts, [tally, authority])
    assert claim.verdict == "single-origin"
    assert any("is not named: it may be Harbour Authority" in d for d in claim.independence.doubts)


FUEL_SOURCES = [
    src("harbour-authority", "Harbour Authority", "government"),
    src("inquiry", "Marlow Inquiry", "government"),
]


def _fuel(first_cue: str) -> list[Art]:
    arts = two_origin_articles(
        "harbour-authority",
        "inquiry",
        bodies=(
            "The harbour authority accused Marlow Freight of dumping fuel in the bay over the winter.",
            "An independent inquiry found that Marlow Freight had dumped fuel in the bay over the winter.",
        ),
        statement="Marlow Freight dumped fuel in the bay",
        keys=["marlow", "freight", "dump", "fuel", "bay", "winter"],
    )
    arts[0].attributions[0].cue.text = first_cue
    return arts


@pytest.mark.parametrize("cue", ["accused", "has alleged", "charges"])
def test_an_accusation_and_a_finding_of_the_same_thing_do_not_confirm_each_other(cue: str) -> None:
    (claim,) = trace_claims(_fuel(cue), FUEL_SOURCES)
    assert claim.verdict == "single-origin"
    assert any("one accuses and the other states it" in d for d in claim.independence.doubts), claim.independence


def test_two_statements_of_the_same_thing_still_confirm_each_other() -> None:
    (claim,) = trace_claims(_fuel("said"), FUEL_SOURCES)
    assert claim.verdict == "independently-confirmed"
