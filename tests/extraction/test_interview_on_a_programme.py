"""A broadcaster's programme is a news medium: "said in an interview on ABC's “Morning” show" reached us
through the programme, an intermediary of the chain as "told AFP" is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("“We are sorry for the delays,” Dana Reyes said in an interview on ABC’s “Morning” show.",
         "ABC’s “Morning” show"),
        ("Dana Reyes said in an interview with the station's evening programme that the line would reopen.",
         "the station's evening programme"),
    ],
)  # fmt: skip
def test_an_interview_on_a_programme_names_the_programme_as_intermediary(extract, text: str, via: str) -> None:
    x = extract(text)
    [r] = x.by_source("Dana Reyes")
    assert [v.text for v in r.via] == [via]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes, who hosts a cooking show, said the oven was broken.",
        "Dana Reyes said the oven used on the show was broken.",
    ],
)
def test_a_show_the_words_did_not_pass_through_is_no_intermediary(extract, text: str) -> None:
    x = extract(text)
    [r] = x.by_source("Dana Reyes")
    assert r.via == []


def test_a_speakers_own_broadcast_names_no_intermediary_but_an_interview_does(extract) -> None:
    own = extract("“We will hold elections,” the general said in a broadcast to the nation on state television.")
    asked = extract("“We will hold elections,” the general said in an interview on state television.")
    assert [v.text for r in own.raws for v in r.via] == []
    assert [v.text for r in asked.raws for v in r.via] == ["state television"]
