"""One speech act is one outermost attribution in the extract, as PolNeAR marks it (extraction/speech_acts.py):
a further quote of the same cue and speaker, or the same act reported once per coordinated speaker, nests
under the attribution that shows the act whole (``same_act``), and stays its own claim with its own chain.
The rules' next quote of an act is shown on it (``content-quotes``), and a model attribution the tagger gave
no source takes the speaker the parse gives its cue word (``source-parse``)."""

from __future__ import annotations

import pytest

from attribution.extraction.boundaries import conform
from attribution.extraction.speech_acts import nest_same_acts
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.models import ArticleResult, Attribution, Span
from attribution.tracing.origins import chain_for

TEXT = "Ada Brenner and Tom Arden said the pier is safe and it will reopen on Friday. Officials added more."


def _src(start: int, end: int) -> SourceMention:
    return SourceMention(0, 1, 0, TEXT[start:end], start, end)


ADA, TOM, BOTH = (0, 11), (16, 25), (0, 25)
SAID, ADDED = (26, 30), (88, 93)
WHOLE, FIRST, OTHER = [(31, 76)], [(31, 47)], [(94, 98)]


def _raw(source: tuple[int, int] | None, cue: tuple[int, int], content: list[tuple[int, int]]) -> RawAttribution:
    return RawAttribution(
        kind="reported-speech", source=_src(*source) if source else None, cue=cue, content=content, sentence=0
    )


@pytest.mark.parametrize(
    ("raws", "parents"),
    [
        # a part of the content, same cue and speaker: nested under the one showing it whole
        ([(ADA, SAID, WHOLE), (ADA, SAID, FIRST)], [None, 0]),
        # the same act for one of the coordinated speakers: nested under the one naming both
        ([(TOM, SAID, WHOLE), (BOTH, SAID, WHOLE)], [1, None]),
        # twins: the later under the earlier
        ([(ADA, SAID, WHOLE), (ADA, SAID, WHOLE)], [None, 0]),
        # another cue: two acts
        ([(ADA, SAID, WHOLE), (ADA, ADDED, FIRST)], [None, None]),
        # another speaker, neither inside the other: two acts
        ([(ADA, SAID, WHOLE), (TOM, SAID, FIRST)], [None, None]),
        # a content outside the other's: two acts
        ([(ADA, SAID, FIRST), (ADA, SAID, OTHER)], [None, None]),
        # the larger content is not nested under the smaller one
        ([(ADA, SAID, FIRST), (ADA, SAID, WHOLE)], [1, None]),
        # a speaker against none: two acts
        ([(None, SAID, WHOLE), (ADA, SAID, FIRST)], [None, None]),
    ],
)
def test_an_attribution_repeating_part_of_another_act_nests_under_it(raws, parents) -> None:
    got = [_raw(*r) for r in raws]
    nested = nest_same_acts(TEXT, got)
    assert [r.parent for r in got] == parents
    assert [r.same_act for r in got] == [p is not None for p in parents]
    assert nested == sum(p is not None for p in parents)


def test_an_attribution_already_nested_stays_where_it_is() -> None:
    got = [_raw(ADA, SAID, WHOLE), _raw(ADA, SAID, FIRST)]
    got[1].parent = None
    got[0].parent = 1  # the whole one is nested in something (here: the other); only outermost ones move
    nest_same_acts(TEXT, got)
    assert [r.parent for r in got] == [1, None]
    assert not any(r.same_act for r in got)


def _att(n: int, parent: int | None, source: str, via: list[str], same_act: bool = False) -> Attribution:
    return Attribution(
        id=f"x:a{n}",
        kind="reported-speech",
        source=Span(text=source, start=0, end=1),
        source_id=source,
        cue=Span(text="said", start=2, end=6),
        content=[Span(text="it", start=7, end=9)],
        parent=f"x:a{parent}" if parent else None,
        via=via,
        same_act=same_act,
    )


def test_the_parent_of_the_same_act_adds_no_link_to_its_chain() -> None:
    article = ArticleResult(
        id="x",
        path=None,
        outlet="Coast Gazette",
        outlet_source="gazette",
        attributions=[
            _att(1, None, "wire", []),
            _att(2, 1, "brenner", ["radio"]),  # nested in the wire's content: wire -> radio -> Brenner
            _att(3, 2, "brenner", ["radio"], same_act=True),  # a further quote of Brenner's act
        ],
    )
    assert chain_for(article, 1, "gazette") == ["gazette", "wire", "radio", "brenner"]
    assert chain_for(article, 2, "gazette") == ["gazette", "wire", "radio", "brenner"]


@pytest.mark.parametrize(
    ("text", "cue", "speakers"),
    [
        (
            '"We will rebuild the pier," the harbour master said. "These people paid a lot to be here."',
            "said",
            [["coast-gazette", "the-harbour-master"]],
        ),
        (
            "The mayor and the fire chief said the pier would reopen on Friday.",
            "said",
            [["coast-gazette", "the-mayor"], ["coast-gazette", "the-fire-chief"]],
        ),
    ],
)
def test_the_extract_shows_one_outermost_attribution_per_speech_act(traced, text, cue, speakers) -> None:
    report = traced(text)
    atts = [a for a in report.articles[0].attributions if a.cue.text == cue]
    outer = [a for a in atts if a.parent is None]
    assert len(outer) == 1 and len(atts) == 2, [(a.source, a.content, a.parent) for a in atts]
    [inner] = [a for a in atts if a.parent is not None]
    assert inner.same_act and inner.parent == outer[0].id
    assert {c.start for c in inner.content} <= {i for c in outer[0].content for i in range(c.start, c.end)}
    chains = sorted(ch for c in report.claims for m in c.mentions for ch in m.chains)
    assert all(ch in speakers for ch in chains) and chains


def test_the_rules_next_quote_is_shown_on_the_act_it_continues(extract) -> None:
    x = extract("The mayor said the bridge was closed.\n“We are working day and night to open it again.”")
    conform(x.doc, x.raws, ("content-quotes",))
    nest_same_acts(x.text, x.raws)
    [outer] = [r for r in x.raws if r.parent is None]
    assert x.content(outer) == ["the bridge was closed", "We are working day and night to open it again."]
    assert outer.bounds == ["content-quotes"]
    [inner] = [r for r in x.raws if r.parent is not None]
    assert inner.rule == "orphan-quote" and inner.same_act and x.content(inner) == x.content(outer)[1:]


def _model_raw(text: str, cue: str, **extra) -> RawAttribution:
    i = text.index(cue)
    return RawAttribution(
        kind="reported-speech",
        source=None,
        cue=(i, i + len(cue)),
        content=[(i + len(cue) + 1, len(text) - 1)],
        sentence=0,
        by=extra.pop("by", "model"),
        **extra,
    )


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The governor accused the council of hiding the figures.", "accused", "The governor"),
        ("His insistence that the bridge was safe angered residents.", "insistence", "His"),
        ("The harbour master arrived late and denied that the pier was unsafe.", "denied", "The harbour master"),
        # a passive with no agent names nobody
        ("The mayor was said to have ordered an inquiry.", "said", None),
    ],
)
def test_a_model_attribution_with_no_source_takes_the_speaker_of_its_cue_word(extract, text, cue, source) -> None:
    x = extract(text)
    raw = _model_raw(text, cue)
    conform(x.doc, [raw], ("source-parse", "source-apposition", "source-subtree"))
    assert (raw.source.text if raw.source else None) == source
    assert ("source-parse" in raw.bounds) == (source is not None)


def test_a_rule_attributions_missing_source_is_not_taken_from_the_parse(extract) -> None:
    text = "The governor accused the council of hiding the figures."
    x = extract(text)
    raw = _model_raw(text, "accused", by="rule:verbal")
    conform(x.doc, [raw], ("source-parse",))
    assert raw.source is None and raw.bounds == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Most economists in both parties applaud the plan to tax consumption.", "applaud", "Most economists"),
        ("The new advertisement contrasts the senator's record with his own.", "contrasts", "The new advertisement"),
        ("Just a third of the voters consider the mayor honest.", "consider", "Just a third"),
    ],
)
def test_a_cue_classifier_attribution_with_no_source_takes_the_speaker_of_its_cue_word(
    extract, text, cue, source
) -> None:
    """The cue classifier names a speaker only when the subject is a pronoun or a named one; PolNeAR marks any
    subject ("most economists", "the advertisement"), which the parse gives."""
    x = extract(text)
    raw = _model_raw(text, cue, classifier_cue=True)
    conform(x.doc, [raw], ("source-parse", "source-apposition", "source-subtree"))
    assert raw.source is not None and raw.source.text.startswith(source)
    assert "source-parse" in raw.bounds


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # the one asked is the sentence's subject; the asker goes unnamed
        ("Asked about the polls, the mayor said she was not worried.", "Asked", "about the polls", None),
        ("Pressed on the budget, the governor declined to give figures.", "Pressed", "on the budget", None),
        ("Questioned about the delay, the minister blamed the contractor.", "Questioned", "about the delay", None),
        # a participle of feeling: the subject is the one who feels it
        ("Horrified at the ruling, the union vowed to appeal.", "Horrified", "at the ruling", "the union"),
    ],
)
def test_the_one_asked_is_no_speaker_of_the_asking(extract, text, cue, content, source) -> None:
    x = extract(text)
    i, j = text.index(cue), text.index(content)
    raw = RawAttribution(
        kind="reported-speech", source=None, cue=(i, i + len(cue)), content=[(j, j + len(content))], sentence=0
    )
    raw.by = "model"
    conform(x.doc, [raw], ("source-parse", "source-apposition", "source-subtree"))
    assert (raw.source.text if raw.source else None) == source
