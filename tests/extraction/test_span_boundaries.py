"""The extract's span edges follow PolNeAR's annotation guidelines (extraction/boundaries.py): a content
opens with its "that", a cue keeps its verb group, a source keeps the apposition that identifies it;
each step names itself on the attribution it moved, and leaves alone what it has no reason to move."""

from __future__ import annotations

import pytest

from attribution.extraction.boundaries import STEPS, conform


def _conformed(extract, text: str, cue: str, steps: tuple[str, ...] | None = None):
    x = extract(text)
    conform(x.doc, x.raws, steps)
    [r] = x.by_cue(cue) or [r for r in x.raws if cue in x.cue(r)]
    return x, r


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The harbour master said that the pier would reopen on Friday.",
            "said",
            "that the pier would reopen on Friday",
        ),
        (
            "Two engineers at the plant believe that the valve failed before the fire.",
            "believe",
            "that the valve failed before the fire",
        ),
        ("Officials told reporters that the bridge was safe.", "told", "that the bridge was safe"),
    ],
)
def test_a_content_opens_with_its_complementiser(extract, text: str, cue: str, content: str) -> None:
    x, r = _conformed(extract, text, cue, ("content-that",))
    assert x.content(r) == [content]
    assert r.bounds == ["content-that"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The harbour master said the pier would reopen on Friday.", "said", "the pier would reopen on Friday"),
        ('"The pier is safe," the harbour master said.', "said", '"The pier is safe,"'),
    ],
)
def test_a_content_with_no_that_keeps_its_start(extract, text: str, cue: str, content: str) -> None:
    x, r = _conformed(extract, text, cue, ("content-that",))
    assert x.content(r)[0].strip(",") in (content, content.strip('"').strip(","))
    assert "content-that" not in r.bounds


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor has repeatedly said the budget is balanced.", "has repeatedly said"),
        ("The council has not yet confirmed that the roads would close.", "has not yet confirmed"),
        ("The governor did not deny that the roads would close.", "did not deny"),
        ("The two unions will probably argue that the offer is too low.", "will probably argue"),
    ],
)
def test_a_cue_keeps_its_verb_group(extract, text: str, cue: str) -> None:
    x = extract(text)
    conform(x.doc, x.raws, ("cue-verb-group",))
    cues = [x.cue(r) for r in x.raws]
    assert cue in cues, cues
    [r] = x.by_cue(cue)
    assert r.bounds == ["cue-verb-group"]


def test_a_bare_cue_stays_as_it_is(extract) -> None:
    x, r = _conformed(extract, "The harbour master said the pier would reopen on Friday.", "said", ("cue-verb-group",))
    assert x.cue(r) == "said"
    assert r.bounds == []


def test_a_source_keeps_the_apposition_that_identifies_it(extract) -> None:
    text = "Lena Whitcombe, a spokeswoman for the port authority, said the pier would reopen on Friday."
    x, r = _conformed(extract, text, "said", ("source-apposition",))
    assert r.source is not None
    assert r.source.text == "Lena Whitcombe, a spokeswoman for the port authority"
    assert text[r.source.start : r.source.end] == r.source.text
    assert r.bounds == ["source-apposition"]


def test_a_source_with_no_apposition_stays_as_it_is(extract) -> None:
    x, r = _conformed(
        extract, "The harbour master said the pier would reopen on Friday.", "said", ("source-apposition",)
    )
    assert r.source is not None and r.source.text == "The harbour master"
    assert r.bounds == []


def test_every_step_leaves_offsets_that_spell_the_text(extract) -> None:
    text = (
        "Lena Whitcombe, a spokeswoman for the port authority, has repeatedly said that the pier "
        "would reopen on Friday. The governor did not say whether the roads would close."
    )
    x = extract(text)
    conform(x.doc, x.raws)
    assert x.raws
    for r in x.raws:
        assert all(0 <= s < e <= len(text) for s, e in [r.cue, *r.content])
        assert set(r.bounds) <= set(STEPS)
        if r.source is not None:
            assert text[r.source.start : r.source.end] == r.source.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dana Pell, 41, of Harwick, said the ferry was late again.", "Dana Pell, 41, of Harwick"),
        (
            "Tom Arden, who runs the harbour cafe, said the ferry was late again.",
            "Tom Arden, who runs the harbour cafe",
        ),
        ("Local fishermen and their families say the new pier is too short.", "Local fishermen and their families"),
    ],
)
def test_a_source_keeps_the_phrase_of_its_head(extract, text: str, source: str) -> None:
    x = extract(text)
    conform(x.doc, x.raws)
    sources = [r.source.text for r in x.raws if r.source is not None]
    assert source in sources, sources
    [r] = [r for r in x.raws if r.source is not None and r.source.text == source]
    assert "source-subtree" in r.bounds
    assert text[r.source.start : r.source.end] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a time is no part of the source
        ("The harbour master on Tuesday said the pier would reopen.", "The harbour master"),
    ],
)
def test_a_source_leaves_out_what_is_not_its_phrase(extract, text: str, source: str) -> None:
    x = extract(text)
    conform(x.doc, x.raws)
    assert x.raws
    assert all(r.source is not None and r.source.text == source for r in x.raws), [
        r.source.text if r.source else None for r in x.raws
    ]


def test_a_relative_clause_that_is_an_attribution_of_its_own_stays_out_of_the_source(extract) -> None:
    """ "added" keeps its source short of the relative clause; "said", the relative clause's own cue, shows the
    pronoun that speaks for its source (``source-relative``)."""
    x = extract("Tom Arden, who said the ferry was late, added that the cafe would close early.")
    conform(x.doc, x.raws)
    assert {x.cue(r): r.source.text if r.source else None for r in x.raws} == {
        "added": "Tom Arden",
        "said": "Tom Arden, who",
    }


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        (
            "''We will rebuild the pier,'' the harbour master said. ''These people paid a lot to be here.''",
            "''These people paid a lot to be here.''",
        ),
        (
            "''The pier is finished,'' Ada Brenner said on Monday. "
            "''We start on the sea wall in May. It will take a year.''",
            "''We start on the sea wall in May. It will take a year.''",
        ),
    ],
)
def test_a_quote_that_goes_on_after_its_cue_joins_the_attribution(extract, text: str, continued: str) -> None:
    x = extract(text)
    conform(x.doc, x.raws, ("content-continuation",))
    joined = [r for r in x.raws if "content-continuation" in r.bounds]
    assert len(joined) == 1, [x.content(r) for r in x.raws]
    assert len(joined[0].content) == 2
    assert x.content(joined[0])[-1] == continued


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence is the outlet's, not a quote
        '"The pier is finished," Ada Brenner said. The sea wall will follow in May.',
        # the next quote belongs to another paragraph
        '"The pier is finished," Ada Brenner said.\n"We start on the sea wall in May."',
        # the next quote has a speaker of its own
        '"The pier is finished," Ada Brenner said. "It is too short," her neighbour replied.',
    ],
)
def test_a_quote_continuation_needs_an_unclaimed_quote_in_the_same_paragraph(extract, text: str) -> None:
    x = extract(text)
    before = [list(r.content) for r in x.raws]
    conform(x.doc, x.raws, ("content-continuation",))
    assert [r.content for r in x.raws] == before
    assert not any("content-continuation" in r.bounds for r in x.raws)


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("''We lost the vote,'' Ada Brenner said. ''My neighbour told me the council never listened.''", "told"),
        ("''The ferry is late again,'' the captain said. ''The owners believe that nobody will notice.''", "believe"),
        (
            "''The pier is finished,'' the harbour master said on Monday. "
            "''The engineers say the sea wall will hold through the winter.''",
            "say",
        ),
    ],
)
def test_a_report_inside_a_continued_quote_nests_under_the_one_quoting_it(extract, text: str, inner: str) -> None:
    """PolNeAR marks the outermost attribution only: the quote that goes on after "she said" is hers even where
    someone inside it tells or believes something, and that report nests under hers."""
    x = extract(text)
    conform(x.doc, x.raws, ("content-continuation",))
    [outer] = [r for r in x.raws if "content-continuation" in r.bounds]
    [held] = [r for r in x.raws if x.cue(r) == inner]
    assert len(outer.content) == 2
    assert held.parent == x.raws.index(outer)
    assert held.bounds == ["content-holds"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The council met Ada Brenner, who said the pier was unsafe.", "said", "Ada Brenner, who"),
        ("Voters backed the mayor, who has accused the council of hiding the figures.", "accused", "the mayor, who"),
        ("The ferry company, which announced new fares, cut two routes.", "announced", "The ferry company, which"),
    ],
)
def test_a_source_shows_the_relative_pronoun_that_speaks_for_it(extract, text: str, cue: str, source: str) -> None:
    """PolNeAR marks "who" as the source of the relative clause's cue; the source shows it after the name it
    stands for."""
    x, r = _conformed(extract, text, cue)
    assert r.source is not None and r.source.text == source
    assert "source-relative" in r.bounds
    assert text[r.source.start : r.source.end] == r.source.text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the relative clause is an aside about the speaker, not the clause of the cue
        (
            "Tom Arden, who runs the harbour cafe, said the pier was safe.",
            "said",
            "Tom Arden, who runs the harbour cafe",
        ),
        # no relative clause
        ("Ada Brenner said the pier was unsafe.", "said", "Ada Brenner"),
    ],
)
def test_a_source_takes_no_relative_pronoun_of_another_clause(extract, text: str, cue: str, source: str) -> None:
    x, r = _conformed(extract, text, cue)
    assert r.source is not None and r.source.text == source
    assert "source-relative" not in r.bounds


def _model_raw(text: str, cue: str, fragments: list[str], by: str = "model"):
    from attribution.extraction.types import RawAttribution

    i = text.index(cue)
    content = [(text.index(f), text.index(f) + len(f)) for f in fragments]
    raw = RawAttribution(kind="reported-speech", source=None, cue=(i, i + len(cue)), content=content, sentence=0)
    raw.by = by
    return raw


@pytest.mark.parametrize(
    ("text", "cue", "fragments", "kept"),
    [
        (
            "The mayor said the pier would reopen in May. Whether it does or not, the ferry is late.",
            "said",
            ["the pier would reopen in May", "the ferry is late"],
            ["the pier would reopen in May"],
        ),
        (
            "Repairs will take a year. The harbour master warned that the crane was unsafe.",
            "warned",
            ["Repairs will take a year", "that the crane was unsafe"],
            ["that the crane was unsafe"],
        ),
    ],
)
def test_a_model_content_drops_the_writers_clause_of_another_sentence(extract, text, cue, fragments, kept) -> None:
    x = extract(text)
    raw = _model_raw(text, cue, fragments)
    conform(x.doc, [raw], ("content-own-sentence",))
    assert x.content(raw) == kept
    assert raw.bounds == ["content-own-sentence"]


@pytest.mark.parametrize(
    ("text", "cue", "fragments", "by"),
    [
        # a quote in the next sentence continues the speaker's words
        (
            'The mayor said the pier would reopen in May. "It will be finished by then."',
            "said",
            ["the pier would reopen in May", "It will be finished by then."],
            "model",
        ),
        # a noun phrase, not a clause: the sentence split may have cut it off the cue's sentence
        (
            "The mayor praised the new pier. And the old lighthouse as well.",
            "praised",
            ["the new pier", "the old lighthouse"],
            "model",
        ),
        # no fragment in the cue's sentence: nothing to prefer
        (
            "The pier will reopen in May. The ferry will follow in June. So the mayor said.",
            "said",
            ["The pier will reopen in May", "The ferry will follow in June"],
            "model",
        ),
        # the rules chose their own content
        (
            "The mayor said the pier would reopen in May. Whether it does or not, the ferry is late.",
            "said",
            ["the pier would reopen in May", "the ferry is late"],
            "rule:verbal",
        ),
    ],
)
def test_a_content_keeps_a_quote_or_a_content_of_no_sentence_of_its_cue(extract, text, cue, fragments, by) -> None:
    x = extract(text)
    raw = _model_raw(text, cue, fragments, by)
    conform(x.doc, [raw], ("content-own-sentence",))
    assert x.content(raw) == fragments
    assert raw.bounds == []
