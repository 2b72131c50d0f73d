"""Who passes words on (a news medium told them), who only published a document, and requests made."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        ("The coach told Harbour TV on Friday that the striker would miss the final.", "Harbour TV"),
        ("The coach told state television that the striker would miss the final.", "state television"),
        ("The coach told the newspaper that the striker would miss the final.", "the newspaper"),
    ],
)
def test_a_news_medium_told_is_an_intermediary(extract, text: str, listener: str) -> None:
    [r] = extract(text).raws
    assert r.source is not None and r.source.text == "The coach"
    assert [v.text for v in r.via] == [listener]


def test_a_listener_that_is_no_medium_is_no_intermediary(extract) -> None:
    [r] = extract("The coach told the players that the striker would miss the final.").raws
    assert r.via == []


def test_documents_published_by_an_outlet_speak_through_it(extract) -> None:
    x = extract("According to the Tarvik Courier, documents published by the Acme Bureau show that the mayor lied.")
    [outer] = x.by_cue("According to")
    [docs] = x.by_cue("show")
    assert docs.source is not None and docs.source.text == "documents"
    assert [v.text for v in docs.via] == ["the Acme Bureau"]
    assert x.content(docs) == ["the mayor lied"]
    assert docs.parent == x.raws.index(outer)
    assert x.by_cue("published") == []  # the publisher reports nothing of its own


def test_a_report_published_by_a_body_is_still_the_bodys(extract) -> None:
    x = extract("A report published by the ministry says that prices rose.")
    assert [r.source.text for r in x.raws if r.source is not None] == ["the ministry"]


@pytest.mark.parametrize("holder", ["the board's chair", "the firm's owner", "the club's director"])
def test_citing_the_holder_of_an_office_names_a_source(extract, holder: str) -> None:
    x = extract(f"The stadium will close in May, the Valley Herald said, citing {holder}.")
    [cited] = x.by_cue("citing")
    [said] = x.by_cue("said")
    assert cited.source is not None and cited.source.text == holder
    assert cited.parent == x.raws.index(said)
    assert x.content(cited) == ["The stadium will close in May"]
