"""Statements of first-person quotations (issue 16, item 4, round fifteen). A quotation opening with "We"/"I"
reads whole once its speaker is named: rule ``bracketed_speaker`` names a "he"/"she" after the quotation
('"We are doing everything we can," [Ana Ruiz] said'), rule ``quoted_speaker`` prints the speaker named in
another sentence with the cue after the quotation ('"We are being cautious," [Ana Ruiz wrote]'), and the
counter reads a quotation printed without marks as named by a verb of saying after a comma (rule
``speaker_after_comma``)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from trace_helpers import Art, mention, run, src

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import MentionCandidate
from attribution.tracing.candidates.statements import sentence_faults

Parse = Callable[[str], Document]


def _mention(parse: Parse, text: str, source: str, cue: str, content: str, direct: bool) -> MentionCandidate:
    def span(part: str) -> tuple[int, int]:
        found = re.search(r"\b" + re.escape(part) + r"\b", text)  # "he", not the "he" of "the"
        assert found is not None
        return found.span()

    s, e = span(source)
    who = SourceMention(start_token=0, end_token=1, head=0, text=source, start=s, end=e)
    doc = parse(text)
    sentence = next(k for k, sent in enumerate(doc.sentences) if sent.start <= span(cue)[0] < sent.end)
    kind = "direct-quote" if direct else "reported-speech"
    raws = [RawAttribution(kind, who, span(cue), [span(content)], sentence, direct=direct)]
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    (m,) = mention_candidates(doc, raws, art).mentions
    return m


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "statement", "at"),
    [
        # the quotation's speaker is the "he" after it: marked at its place for a claim to name
        ("“We are doing everything we can to find them,” he said.", "he", "said",
         "We are doing everything we can to find them", "“We are doing everything we can to find them,” he said",
         len("“We are doing everything we can to find them,” ")),
        ('"I am still in shock after the blast," she said on Monday.', "she", "said",
         "I am still in shock after the blast", '"I am still in shock after the blast," she said on Monday',
         len('"I am still in shock after the blast," ')),
        # the last sentence of a quotation of several: its opening mark stands before it
        ("“The storm has passed. We won and everyone knows it,” she declared on Sunday.", "she", "declared",
         "The storm has passed. We won and everyone knows it", "“We won and everyone knows it,” she declared on Sunday",
         len("“We won and everyone knows it,” ")),
        # a quotation that opens with "This": naming the speaker would not say what "this" is
        ("“This was so completely unforeseen by the crew,” he said.", "he", "said",
         "This was so completely unforeseen by the crew", "This was so completely unforeseen by the crew", None),
    ],
)  # fmt: skip
def test_a_speaker_pronoun_after_a_first_person_quotation_is_marked(
    parse: Parse, text: str, source: str, cue: str, content: str, statement: str, at: int | None
) -> None:
    m = _mention(parse, text, source, cue, content, direct=True)
    assert m.statement == statement
    assert not m.statement_complete
    if at is None:
        assert m.statement_speaker == 0
    else:
        assert (m.statement_speaker_at, m.statement[at : at + m.statement_speaker]) == (at, source)


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "direct", "printed_cue"),
    [
        # the speaker is named in the sentence before: the cue, one verb of saying, is kept for the claim
        ('Tesla chief Elon Musk wrote on Friday. "We are just being very cautious about the pedal."',
         "Tesla chief Elon Musk", "wrote", "We are just being very cautious about the pedal", True, "wrote"),
        ('The minister said on Tuesday. "Our teams are working around the clock in the valley."', "The minister",
         "said", "Our teams are working around the clock in the valley", True, "said"),
        # "told" needs its listener, "adding" is no finite verb: no cue to print alone
        ('The governor told reporters. "We are facing a very difficult night in the valley."', "The governor",
         "told", "We are facing a very difficult night in the valley", True, ""),
        # not a quotation: the reported words are the outlet's, not the speaker's "we"
        ("The minister said. We are facing a very difficult night in the valley.", "The minister",
         "said", "We are facing a very difficult night in the valley", False, ""),
        # "You" is the audience, not the speaker: naming the speaker does not say who it is
        ('The scientist said in an interview. "You can bet a lot of money on this record."', "The scientist",
         "said", "You can bet a lot of money on this record", True, ""),
    ],
)  # fmt: skip
def test_a_first_person_quotation_keeps_a_cue_to_print_with_its_speaker(
    parse: Parse, text: str, source: str, cue: str, content: str, direct: bool, printed_cue: str
) -> None:
    m = _mention(parse, text, source, cue, content, direct)
    assert (m.statement_cue, m.statement_complete) == (printed_cue, False)


def _claim(words: str, name: str, kind: str, *, cue: str = "", at: int = 0, speaker: int = 0):  # type: ignore[no-untyped-def]
    a = Art("a", "Outlet A")
    said = mention(words, ["~face", "situation", "valley"], main=["face"], attributions=[a.attribute("p")])
    said.statement, said.statement_from = words, "attribution" if speaker else "content"
    said.statement_cue, said.statement_speaker_at, said.statement_speaker = cue, at, speaker
    a.mentions.append(said)
    (claim,) = run([a], [src("p", name, kind)])[0]
    return claim


@pytest.mark.parametrize(
    ("words", "name", "kind", "cue", "at", "speaker", "statement", "complete"),
    [
        # rule bracketed_speaker, the pronoun after the quotation
        ('"We are facing a difficult situation," he said', "Ana Ruiz", "person", "", 39, 2,
         '"We are facing a difficult situation," [Ana Ruiz] said.', True),
        # rule quoted_speaker: the name and the cue after the quotation, in brackets
        ("We are facing a difficult situation", "Ana Ruiz", "person", "said", 0, 0,
         '"We are facing a difficult situation," [Ana Ruiz said].', True),
        ("Our teams are facing a difficult situation here", "Valley Water Authority", "organization",
         "said", 0, 0, '"Our teams are facing a difficult situation here," [Valley Water Authority said].', True),
        # an "I" is a person's: a body is not printed as its speaker
        ("I am facing a difficult situation", "Valley Water Authority", "organization", "said", 0, 0,
         "I am facing a difficult situation.", False),
        # an unresolved speaker, an outlet: nobody to name
        ("We are facing a difficult situation", "unidentified (he)", "unknown", "said", 0, 0,
         "We are facing a difficult situation.", False),
        ("We are facing a difficult situation", "The Daily Valley", "media outlet", "said", 0, 0,
         "We are facing a difficult situation.", False),
        # a quotation that repeats the name is about that person: the name is not printed as its speaker
        ("We told Ruiz we are facing a difficult situation", "Ana Ruiz", "person", "said", 0, 0,
         "We told Ruiz we are facing a difficult situation.", False),
    ],
)  # fmt: skip
def test_a_claim_names_the_speaker_of_a_first_person_quotation(
    words: str, name: str, kind: str, cue: str, at: int, speaker: int, statement: str, complete: bool
) -> None:
    claim = _claim(words, name, kind, cue=cue, at=at, speaker=speaker)
    assert (claim.statement, claim.statement_from.complete) == (statement, complete)


@pytest.mark.parametrize(
    ("words", "faults"),
    [
        # rule speaker_after_comma: a quotation the text prints without marks, its speaker after a comma
        ("I want to thank the millions of voters who chose us, the president said", []),
        ("We have not decided when to stop the search, the rescue chief said on Monday", []),
        # the noun after the comma is no speaker: "arms" does not say
        ("I held her afloat with all my strength, my arms stretched upwards", ["pronoun"]),
        ("We are receiving more reports of casualties, so the situation is very fluid", ["pronoun"]),
    ],
)  # fmt: skip
def test_an_unmarked_quotation_is_named_by_a_verb_of_saying_after_a_comma(
    parse: Parse, words: str, faults: list[str]
) -> None:
    assert sentence_faults(list(parse(words).tokens)) == faults
