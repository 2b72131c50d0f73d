"""Rule ``bracketed_speaker`` (issue 16, item 4): a statement whose only fault is a leading "He"/"She" that
is its own attribution's source prints the source's resolved name in an editor's brackets ("[Ana Ruiz] said
..."); any other pronoun, an unresolved one or a mention that reads whole without it keeps its words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from trace_helpers import Art, mention, run, src

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.tracing import mention_candidates
from attribution.tracing.candidates import MentionCandidate

Parse = Callable[[str], Document]


def _mention(parse: Parse, text: str, source: str, cue: str, content: str) -> MentionCandidate:
    def span(part: str) -> tuple[int, int]:
        k = text.index(part)
        return k, k + len(part)

    s, e = span(source)
    who = SourceMention(start_token=0, end_token=1, head=0, text=source, start=s, end=e)
    raws = [RawAttribution("reported-speech", who, span(cue), [span(content)], 0)]
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    (m,) = mention_candidates(parse(text), raws, art).mentions
    return m


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "statement", "speaker", "complete"),
    [
        # the pronoun is the attribution's source and the only fault: its length is kept for the claim to name
        ("He said they suffered burns and broken bones.", "He", "said", "they suffered burns and broken bones",
         "He said they suffered burns and broken bones", 2, False),
        ("She told reporters he had fled the city before dawn.", "She", "told", "he had fled the city before dawn",
         "She told reporters he had fled the city before dawn", 3, False),
        # the pronoun is the subject of another verb than the cue ("adding"): nobody to name in its place
        ("He said, adding that they suffered burns and broken bones.", "He", "adding",
         "they suffered burns and broken bones", "they suffered burns and broken bones", 0, False),
        # a quotation cut off in the stored text: no statement to name a speaker for
        ("She described the mayor as “extraordinarily", "She", "described", "the mayor as “extraordinarily",
         "the mayor as “extraordinarily", 0, False),
        # the content reads whole on its own: printed alone, nothing to name
        ("He said the bridge had closed at noon.", "He", "said", "the bridge had closed at noon",
         "the bridge had closed at noon", 0, True),
        # a named source: the attribution form is complete as written
        ("The ministry said they suffered burns and broken bones.", "The ministry", "said",
         "they suffered burns and broken bones", "The ministry said they suffered burns and broken bones", 0, True),
        # "they" as the source is not a person's pronoun: left as written
        ("They said it had grounded every plane of the type.", "They", "said",
         "it had grounded every plane of the type", "it had grounded every plane of the type", 0, False),
    ],
)  # fmt: skip
def test_a_leading_source_pronoun_is_marked_for_its_name(
    parse: Parse, text: str, source: str, cue: str, content: str, statement: str, speaker: int, complete: bool
) -> None:
    m = _mention(parse, text, source, cue, content)
    assert (m.statement, m.statement_speaker, m.statement_complete) == (statement, speaker, complete)
    assert m.statement in text  # drawn from the article: no word invented


def _claim(words: str, kind: str, other: bool = False):  # type: ignore[no-untyped-def]
    shared = ["~suffer", "burn", "bone", "climber"]
    a = Art("a", "Outlet A")
    said = mention("they suffered burns and broken bones", shared, main=["suffer"], attributions=[a.attribute("p")])
    said.statement, said.statement_from = words, "attribution"
    said.statement_speaker = len(words.split()[0])
    a.mentions.append(said)
    arts = [a]
    if other:
        b = Art("b", "Outlet B")
        named = mention("Eight climbers suffered burns and broken bones", shared, main=["suffer"], start=30)
        named.statement, named.statement_from, named.statement_complete = named.text, "content", True
        b.mentions.append(named)
        arts.append(b)
    (claim,) = run(arts, [src("p", "Rosa Alvarez" if kind == "person" else "unidentified (he)", kind)])[0]
    return claim


@pytest.mark.parametrize(
    ("words", "kind", "other", "statement", "complete"),
    [
        # the resolved name, bracketed
        ("He said they suffered burns", "person", False, "[Rosa Alvarez] said they suffered burns.", True),
        # "unidentified (he)": nobody to name
        ("He said they suffered burns", "unknown", False, "He said they suffered burns.", False),
        # a mention that reads whole as written is printed before one whose pronoun is named
        ("He said they suffered burns", "person", True, "Eight climbers suffered burns and broken bones.", True),
        # the sentence names the person the pronoun was resolved to: the pronoun is someone else
        ("He said Alvarez suffered burns", "person", False, "He said Alvarez suffered burns.", False),
    ],
)  # fmt: skip
def test_a_claim_names_a_source_pronoun_only_when_it_is_resolved(
    words: str, kind: str, other: bool, statement: str, complete: bool
) -> None:
    claim = _claim(words, kind, other)
    assert (claim.statement, claim.statement_from.complete) == (statement, complete)
