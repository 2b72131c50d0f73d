"""The press relaying someone and the reports nobody is named for.

- "X quoted/cited Y as saying CLAUSE" (rule ``quoted-as-saying``): Y speaks, X passed the words on (an
  intermediary of the chain, as "told AFP" is), whatever X is: an outlet, "a report by" an outlet, a
  broadcaster, a newspaper;
- "as per X" (rule ``as-per``) reads as "according to X" when X may be a source or reports;
- "were reported killed" (rule ``passive``): the raised participle is the reported claim;
- "Reports said ..." (rule ``verbal``): a bare "reports" subject is unnamed reports, a rumour is nobody;
- "citing banking consultants": a role noun of hired expertise is a source.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import paragraphs


@pytest.mark.parametrize(
    ("text", "speaker", "relay", "content"),
    [
        (
            "The agency quoted the harbour master as saying the pier was closed.",
            "the harbour master",
            "The agency",
            "the pier was closed",
        ),
        (
            "A report by Radio Sava quoted the mayor as saying the dam had held.",
            "the mayor",
            "Radio Sava",
            "the dam had held",
        ),
        (
            "The Daily Courier cited the fire brigade as saying that two warehouses burned overnight.",
            "the fire brigade",
            "The Daily Courier",
            "two warehouses burned overnight",
        ),
        (
            "Public radio quoted Maria Lind, a ministry spokeswoman, as saying the border was open.",
            "Maria Lind",
            "Public radio",
            "the border was open",
        ),
    ],
)
def test_the_quoted_party_speaks_and_who_quoted_passes_the_words_on(
    extract, text: str, speaker: str, relay: str, content: str
) -> None:
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "quoted-as-saying"]
    assert r.source is not None and r.source.text.startswith(speaker)
    assert [v.text for v in r.via] == [relay]
    assert x.content(r) == [content]
    assert not [o for o in x.by_source(relay) if o.rule and o is not r and x.cue(o) == x.cue(r)]


def test_a_quotation_after_quoted_as_saying_is_the_content(extract) -> None:
    text = (
        'The broadcaster quoted the coroner as saying, "Three bodies were recovered from the river after the '
        'storm passed over the valley."'
    )
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "quoted-as-saying"]
    assert r.source is not None and r.source.text == "the coroner"
    assert [v.text for v in r.via] == ["The broadcaster"]
    assert r.direct and x.content(r)[0].startswith("Three bodies were recovered")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was quoted as saying the pier was closed.",  # the passive form: no one quoted in the sentence
        "The report quoted the cost as rising to five million euros.",  # "rising" reports nothing
    ],
)
def test_quoted_as_saying_needs_an_active_quote_verb_and_a_speech_cue(extract, text: str) -> None:
    assert [r for r in extract(text).raws if r.rule == "quoted-as-saying"] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("As per reports, the ferry sank near the harbour.", None, "the ferry sank near the harbour"),
        ("The vote was delayed by a week, as per the health ministry.", "the health ministry", None),
    ],
)
def test_as_per_a_source_reads_as_according_to(extract, text: str, source: str | None, content: str | None) -> None:
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "as-per"]
    assert (r.source.text if r.source else None) == source
    if source is None:
        assert r.kind == "vague-report"
    if content is not None:
        assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text", ["As per the rules, the vote was delayed.", "The shop opened at nine, as per usual, on Monday."]
)
def test_as_per_a_thing_attributes_nothing(extract, text: str) -> None:
    assert [r for r in extract(text).raws if r.rule == "as-per"] == []


@pytest.mark.parametrize(
    ("text", "subject", "claim"),
    [
        ("Four people were reported killed in the storm.", "Four people", "killed in the storm"),
        ("Two hikers were reported missing.", "Two hikers", "missing"),
        ("Three miners were reported injured in the blast.", "Three miners", "injured in the blast"),
    ],
)
def test_a_raised_participle_after_a_vague_passive_is_the_claim(extract, text: str, subject: str, claim: str) -> None:
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "passive"]
    assert r.kind == "vague-report" and r.source is None
    assert x.content(r) == [subject, claim]


def test_bare_reports_as_a_subject_are_unnamed_reports(extract) -> None:
    x = extract("Reports said that the plane had landed in Oslo.")
    [r] = x.by_cue("said")
    assert r.kind == "vague-report" and r.source is not None
    assert r.source.text == "Reports" and r.source.name == "reports"


def test_rumours_as_a_subject_name_no_source(extract) -> None:
    x = extract("Rumours said that the king had fallen ill.")
    assert all(r.source is None for r in x.by_cue("said"))


def test_hired_experts_cited_are_a_source(extract) -> None:
    x = extract("The bank will close ten branches, the newspaper said, citing banking consultants.")
    [r] = x.by_cue("citing")
    assert r.source is not None and r.source.text == "banking consultants"
    assert r.parent is not None
    said = x.raws[r.parent]
    assert said.source is not None and said.source.text == "the newspaper"


@pytest.mark.parametrize(
    "frame",
    [
        "The defendant, dressed in a grey suit, acknowledged as much during the hearing on Friday.",
        "The defendant said nothing during the hearing on Friday.",
    ],
)
def test_a_quotation_that_ends_its_sentence_is_not_the_next_frames_content(extract, frame: str) -> None:
    lawyer = "“We will appeal,” the lawyer said outside the court."
    text = f"{lawyer} “The ruling ignores the evidence. The trial was unfair.” {frame}"
    x = extract(text, paragraphs(text))
    assert all("The trial was unfair" not in " ".join(x.content(r)) for r in x.by_source("The defendant"))
    assert [r for r in x.by_source("the lawyer") if any("The trial was unfair" in c for c in x.content(r))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The bridge is closed,” the mayor said on Friday.", "the mayor"),
        ("“The bridge is closed.” the mayor said.", "the mayor"),
    ],
)
def test_a_quotation_right_before_its_frame_is_still_the_frames(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_source(speaker)
    assert r.direct and x.content(r)[0].startswith("The bridge is closed")


@pytest.mark.parametrize(
    ("text", "speaker", "reported"),
    [
        (
            "The harbour master, in an interview on Friday, said divers and firefighters, who reached the wreck at "
            "noon, would stay overnight.",
            "The harbour master",
            "divers and firefighters",
        ),
        ("The fire, said the mayor, started at dawn.", "the mayor", "The fire"),
    ],
)
def test_a_comma_set_phrase_before_the_cue_keeps_the_first_subject_the_speaker(
    extract, text: str, speaker: str, reported: str
) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text.startswith(speaker)
    assert x.content(r)[0].startswith(reported)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "relay"),
    [
        (
            "Several roads remained closed, said the region's president, Ana Ruiz, to the national newspaper "
            "El Diario.",
            "said",
            "the region's president",
            "the national newspaper El Diario",
        ),
        (
            "The ferries will resume on Monday, said Tom Hale, a harbour official whose office runs the port, to The "
            "Coastal Times.",
            "said",
            "Tom Hale",
            "The Coastal Times",
        ),
        (
            "The talks took place in the capital, according to Turkish officials who spoke to the news agency Reuters.",
            "according to",
            "Turkish officials",
            "the news agency Reuters",
        ),
    ],
)
def test_a_medium_the_source_spoke_to_is_an_intermediary(
    extract, text: str, cue: str, speaker: str, relay: str
) -> None:
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == speaker
    assert [v.text for v in r.via] == [relay]


@pytest.mark.parametrize(
    "text",
    [
        "The US ambassador to the United Nations said the vote would be delayed.",
        "The minister, according to officials who spoke to the president, will resign on Friday.",
    ],
)
def test_a_to_phrase_that_names_no_medium_passes_nothing_on(extract, text: str) -> None:
    assert all(not r.via for r in extract(text).raws)


def test_a_that_clause_the_parser_hung_on_the_frames_oblique_is_the_content(extract) -> None:
    x = extract("The defendant acknowledged during ten minutes of remarks to the judge that the victims had suffered.")
    [r] = x.by_cue("acknowledged")
    assert r.source is not None and r.source.text == "The defendant"
    assert x.content(r) == ["the victims had suffered"]


def test_a_relative_clause_in_the_frame_is_no_content(extract) -> None:
    x = extract("The mayor spoke for an hour at the plant that the workers had built.")
    assert all("the workers had built" not in " ".join(x.content(r)) for r in x.raws)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Today, three sailors who were unjustly held abroad are finally coming home: Tom Hale, Rita Moss and "
            "Ana Ruiz,” the prime minister said in a statement.",
            "the prime minister",
        ),
        ("“We thank Ana Ruiz and the crew for their courage,” the harbour master said.", "the harbour master"),
    ],
)
def test_a_name_inside_the_quotation_is_not_its_speaker(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker
