"""A cue the model tags with no content span (a verb whose object or clause it did not mark) takes the
clause or object its verb governs in the parse (``extraction.combine``); a cue that governs none adds no
attribution."""

from __future__ import annotations

import pytest
from learned_helpers import at as _at
from learned_helpers import parse_bare as parse

from attribution.extraction.combine import combine
from attribution.learned.link import Proposal, link


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The largest union is backing the former governor for the Senate seat.",
            "The largest union",
            "is backing",
            "the former governor for the Senate seat",
        ),
        ("The mayor denied that the budget had been cut.", "The mayor", "denied", "that the budget had been cut"),
        ("The plan was first reported by the local radio station.", None, "was first reported", "The plan"),
        ("The governor vowed to veto the bill on Monday.", "The governor", "vowed", "to veto the bill on Monday"),
    ],
)
def test_a_bare_cue_takes_what_its_verb_governs(text: str, source: str | None, cue: str, content: str) -> None:
    doc = parse(text)
    bare = Proposal(_at(text, source) if source else None, _at(text, cue), [], "speech")
    [a] = combine(doc, [], [bare])
    assert a.by == "model"
    assert [text[s:e] for s, e in a.content] == [content]


def test_a_bare_cue_that_governs_nothing_adds_no_attribution() -> None:
    text = "Officials disagreed."
    doc = parse(text)
    assert combine(doc, [], [Proposal(_at(text, "Officials"), _at(text, "disagreed"), [], "speech")]) == []


def test_linking_keeps_a_bare_cue_only_when_asked() -> None:
    spans = [(0, 9, "SOURCE"), (10, 19, "CUE")]
    sents = [(0, 40)]
    assert link(spans, sents) == []
    assert link(spans, sents, bare=True) == [((0, 9), (10, 19), [])]


def test_a_rule_attribution_inside_a_proposals_content_is_nested_under_it() -> None:
    from attribution.extraction import extract_attributions

    text = "The senator asked whether voters believe the new tax is fair."
    doc = parse(text)
    raws, _notes = extract_attributions(doc)
    assert [text[r.cue[0] : r.cue[1]] for r in raws] == ["believe"]
    asked = Proposal(
        _at(text, "The senator"), _at(text, "asked"), [_at(text, "whether voters believe the new tax is fair")]
    )
    merged = combine(doc, raws, [asked])
    assert [(text[a.cue[0] : a.cue[1]], a.parent) for a in merged] == [("asked", None), ("believe", 0)]
    assert merged[0].by == "model" and merged[1].by == "rule:verbal"


def test_the_disjoint_policy_leaves_such_a_proposal_to_the_rules() -> None:
    from attribution.extraction import extract_attributions

    text = "The senator asked whether voters believe the new tax is fair."
    doc = parse(text)
    raws, _notes = extract_attributions(doc)
    asked = Proposal(
        _at(text, "The senator"), _at(text, "asked"), [_at(text, "whether voters believe the new tax is fair")]
    )
    assert [text[a.cue[0] : a.cue[1]] for a in combine(doc, raws, [asked], "disjoint")] == ["believe"]


def test_the_join_option_makes_one_attribution_of_a_quote_split_across_sentences() -> None:
    from attribution.extraction.combine import join_same_cue
    from attribution.extraction.types import RawAttribution

    def raw(content: tuple[int, int], rule: str) -> RawAttribution:
        return RawAttribution("direct-quote", None, (10, 14), [content], 0, rule=rule)

    [one] = join_same_cue([raw((0, 8), "verbal"), raw((20, 30), "orphan-quote")])
    assert one.content == [(0, 8), (20, 30)] and one.rule == "verbal"
    apart = [raw((0, 8), "verbal"), RawAttribution("direct-quote", None, (40, 44), [(50, 60)], 1)]
    assert join_same_cue(apart) == apart
