"""The medium that closes a sentence relays the speaker inside it, and a listener that is no medium relays nothing.

- rule ``closing-per-is-frame``: "Officials said X, per the Daily Herald." -- the closing "per" phrase is the
  relay of the whole sentence, never part of what the officials said, so the officials nest under it (as a closing
  "according to" always did);
- rule ``stacked-frames``: "X, the police chief said, the Daily Herald reported." -- two frames closing one
  sentence one after the other: the second relays the first;
- rule ``inverted-object-speaker``: "X, reported Radio Sava." -- the name the parser made the object of a closing
  inverted cue speaks, as "said the mayor" does;
- rules ``bare-media-is-audience`` and ``titled-person-is-audience``: "told media", "told President Ana Ruiz" name
  who heard the words, not a medium that passed them on ("told state media" still does).

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest


def _parent(x, raw):
    return x.raws[raw.parent] if raw.parent is not None else None


@pytest.mark.parametrize(
    ("text", "speaker", "relay", "content"),
    [
        ("Port officials said the fire started at dock four, per the Daily Herald.", "Port officials",
         "the Daily Herald", "the fire started at dock four"),
        ("The ferry firm Nordlink says a cable linking the two ports stopped working, per Radio Sava.",
         "Nordlink", "Radio Sava", "a cable linking the two ports stopped working"),
        ("The permit was temporary, police chief Anna Berg said, the Daily Herald reported.", "Anna Berg",
         "the Daily Herald", "The permit was temporary"),
        ("Nine people were detained after the raid, the head of the border guard told Mayor Ana Ruiz on Monday, "
         "according to the news agency Radio Sava.", "the head of the border guard", "Radio Sava",
         "Nine people were detained after the raid"),
        ("Researchers from the university found that the lake was warmer than ever, reported Radio Sava.",
         "Researchers", "Radio Sava", "the lake was warmer than ever"),
    ],
)  # fmt: skip
def test_the_medium_closing_the_sentence_relays_the_speaker_inside_it(
    extract, text: str, speaker: str, relay: str, content: str
) -> None:
    x = extract(text)
    [inner] = x.by_source(speaker)
    outer = _parent(x, inner)
    assert outer is not None and outer.source is not None and relay in outer.source.text
    assert x.content(inner) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was closed, the mayor said, adding that it would reopen.",  # one speaker, two cues
        "The bridge was closed, the mayor said, and the police confirmed it.",  # a coordinated second clause
        "The fire started at dock four, per the harbour rules.",  # no speech cue inside to relay
    ],
)
def test_a_frame_followed_by_no_relay_stays_outermost(extract, text: str) -> None:
    x = extract(text)
    assert all(r.parent is None for r in x.raws)


def test_the_name_after_a_closing_inverted_cue_speaks(extract) -> None:
    x = extract(
        "Researchers found that the lake was warmer than ever, bringing it close to the record, reported Radio Sava."
    )
    [r] = x.by_source("Radio Sava")
    assert x.content(r) == ["Researchers found that the lake was warmer than ever, bringing it close to the record"]
    assert "inverted-object-speaker" in r.steps


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ("The council approved the budget, reported the story.", "the story"),  # a common noun is what is reported
        ("The mayor opened the bridge, thanked the builders, praised Anna Berg.", "Anna Berg"),  # no framing verb
        ("The pier was closed, told Radio Sava.", "Radio Sava"),  # a "tell" verb's object is its listener
    ],
)
def test_an_object_that_is_said_or_told_does_not_speak(extract, text: str, not_a_speaker: str) -> None:
    assert extract(text).by_source(not_a_speaker) == []


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('Police chief Anna Berg told media: "So far, 116 deaths have been confirmed."', []),
        ("Police chief Anna Berg told the media that 116 deaths had been confirmed.", []),
        ("The security chief told President Ana Ruiz that nine people were detained.", []),
        ("The security chief told Prime Minister Tom Berg that nine people were detained.", []),
        ("Police chief Anna Berg told state media that 116 deaths had been confirmed.", ["state media"]),
        ("Police chief Anna Berg told Radio Sava that 116 deaths had been confirmed.", ["Radio Sava"]),
    ],
)
def test_a_listener_who_only_heard_the_words_is_no_intermediary(extract, text: str, via: list[str]) -> None:
    [r] = [r for r in extract(text).raws if r.source is not None]
    assert [v.text for v in r.via] == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Speaking to Harlow radio, Mayor Ana Ruiz said that the pier would reopen.", ["Harlow radio"]),
        ("Talking to the Valley News, Mayor Ana Ruiz said that the pier would reopen.", ["the Valley News"]),
        ("“We will rebuild the pier,” said Mayor Ana Ruiz as quoted by Radio Sava.", ["Radio Sava"]),
        (
            "Officer Tom Berg told the Lithuanian television station LRT that no sabotage had been recorded.",
            ["the Lithuanian television station LRT"],
        ),
        ("Speaking to reporters, Mayor Ana Ruiz said that the pier would reopen.", []),  # an audience
        ("Speaking to her brother, Mayor Ana Ruiz said that the pier would reopen.", []),  # a person heard it
        ("“We will rebuild the pier,” said Mayor Ana Ruiz as quoted by reporters.", []),
    ],
)
def test_a_medium_named_in_a_side_clause_passed_the_words_on(extract, text: str, via: list[str]) -> None:
    [r] = extract(text).by_source("Ruiz") or extract(text).by_source("Berg")
    assert [v.text for v in r.via] == via


@pytest.mark.parametrize(
    ("text", "speaker", "relay", "content"),
    [
        ("Radio Sava reports criminal gangs are behind the attack on the hospitals, according to Tom Berg, the "
         "former head of the cyber centre.", "Tom Berg", "Radio Sava", "criminal gangs are behind the attack on the "
         "hospitals"),
        ("The Daily Herald reported that rescuers were searching for one missing diver, port officials were quoted "
         "as saying.", "port officials", "The Daily Herald", "rescuers were searching for one missing diver"),
    ],
)  # fmt: skip
def test_a_press_report_relays_the_source_its_sentence_closes_on(
    extract, text: str, speaker: str, relay: str, content: str
) -> None:
    x = extract(text)
    [inner] = x.by_source(speaker)
    outer = _parent(x, inner)
    assert outer is not None and outer.source is not None and outer.source.text == relay
    assert x.content(inner) == [content] and x.content(outer) == [content]
    assert "report-relays-its-closing-source" in inner.steps


def test_a_body_confirming_before_a_closing_medium_is_still_relayed_by_the_medium(extract) -> None:
    x = extract("The ministry confirmed that the pier was closed, according to Radio Sava.")
    [inner] = x.by_source("The ministry")
    outer = _parent(x, inner)
    assert outer is not None and outer.source is not None and outer.source.text == "Radio Sava"


def test_people_reporting_before_a_closing_source_are_no_press(extract) -> None:
    x = extract(
        "But at least nine riders have reported burns in letters to the transport board, according to the Harlow "
        "Safety League, a consumer group."
    )
    [inner] = x.by_source("nine riders")
    outer = _parent(x, inner)
    assert outer is not None and outer.source is not None and "Harlow Safety League" in outer.source.text
