"""An outlet called by a description: 'the website' is the body cited as reporting before it; 'the investigative
website the Acme Bureau' is the Acme Bureau."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_the_website_is_the_body_cited_as_reporting_and_becomes_an_outlet() -> None:
    text = (
        "The mayor ordered a review, the Harwick Bureau reported on Monday. "
        "The investigative website said it had seen the emails."
    )
    _, res = resolve(text, [("the Harwick Bureau", 1, "reported"), ("The investigative website", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert source_of(res, 1).kind == "media outlet"


def test_the_website_with_no_body_reporting_before_stays_unnamed() -> None:
    text = "The Harwick Bureau said it would review the permits. The website said it had seen the emails."
    _, res = resolve(text, [("The Harwick Bureau", 1, "said"), ("The website", 1, "said")])
    assert res.attribution_sources[1] != res.attribution_sources[0]


def test_an_outlet_description_followed_by_its_name_is_that_outlet() -> None:
    text = "Files published by the investigative website the Harwick Bureau show the scores were changed."
    _, res = resolve(text, [("the investigative website", 1, "show")])
    assert source_of(res, 0).name == "Harwick Bureau"
