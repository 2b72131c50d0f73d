"""An inquiry is a paper of the body that ran it (rule ``inquiry_is_a_paper``): "Preliminary inquiries have shown
..." names no body, even with the capital that opens its sentence, so it may be any other origin's and is not
counted apart. Someone who passes on what an unnamed inquiry found ("A preliminary inquiry showed ..., said a board
member") speaks for that inquiry, which may be another origin's (rule ``relayed_paper_is_no_second_body``). Names
and sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import mention, src  # noqa: E402

from attribution.lang.en import independence as lx  # noqa: E402
from attribution.tracing.conflicts import MentionRecord  # noqa: E402
from attribution.tracing.independence import ArticleLinks, assess  # noqa: E402

PIER = ["~collide", "ferry", "pier", "harbour"]
LINKS = ArticleLinks(group={"a": 0, "b": 1}, outlet_name={"a": "Outlet A", "b": "Outlet B"})


def _record(article: str, origin: str, text: str, written: str, before: str = "", paper: str = "") -> MentionRecord:
    cand = mention(text, PIER)
    cand.before_source = [before]
    cand.relayed_paper = paper
    return MentionRecord(
        article, f"outlet-{article}", article, cand, [[f"outlet-{article}", origin]], [origin], None, written=(written,)
    )


@pytest.mark.parametrize(
    ("name", "before", "confirmed"),
    [
        # an inquiry opening its sentence: the capital is the sentence's, no body is named
        ("Preliminary inquiries", "The line was closed for the day.\n\n", False),
        ("Preliminary inquiries", "", False),
        # a capitalised word inside the sentence names who ran it: a body like any other
        ("Coastal Board inquiries", "the line was closed for the day and ", True),
    ],
)
def test_an_inquiry_that_names_no_body_is_no_second_body(name: str, before: str, confirmed: bool) -> None:
    sources = {
        "inquiry": src("inquiry", name, "collective"),
        "company": src("company", "Harbour Ferry Company", "organization"),
    }
    records = [
        _record("a", "inquiry", "the ferry hit the pier in the harbour", name, before),
        _record("b", "company", "the ferry struck the pier in the harbour", "Harbour Ferry Company"),
    ]
    found = assess(records, ["company", "inquiry"], sources, {}, LINKS)
    if confirmed:
        assert found.verdict == "independently-confirmed", found.independence
    else:
        assert found.verdict == "single-origin", found.independence
        line = lx.PAPER_NO_SECOND_BODY.format(name=name, others="Harbour Ferry Company")
        assert line in found.independence.doubts


@pytest.mark.parametrize(("paper", "confirmed"), [("inquiry", False), ("", True)])
def test_someone_passing_on_an_unnamed_inquiry_speaks_for_it(paper: str, confirmed: bool) -> None:
    sources = {
        "member": src("member", "Ann Lee"),
        "company": src("company", "Harbour Ferry Company", "organization"),
    }
    said = "A preliminary inquiry showed the ferry hit the pier in the harbour" if paper else "the ferry hit the pier"
    records = [
        _record("a", "member", said, "board member Ann Lee", paper=paper),
        _record("b", "company", "the ferry struck the pier in the harbour", "Harbour Ferry Company"),
    ]
    found = assess(records, ["company", "member"], sources, {}, LINKS)
    if confirmed:
        assert found.verdict == "independently-confirmed", found.independence
    else:
        assert found.verdict == "single-origin", found.independence
        line = lx.RELAYED_PAPER.format(name="Ann Lee", paper="inquiry", others="Harbour Ferry Company")
        assert line in found.independence.doubts


def test_one_paper_named_in_several_articles_is_counted_once() -> None:
    sources = {
        "q1": src("q1", "Preliminary inquiries", "collective"),
        "q2": src("q2", "Preliminary inquiries", "collective"),
    }
    records = [
        _record("a", "q1", "the ferry hit the pier in the harbour", "Preliminary inquiries"),
        _record("b", "q2", "the ferry hit the pier in the harbour", "Preliminary inquiries"),
    ]
    found = assess(records, ["q1", "q2"], sources, {}, LINKS)
    assert found.verdict == "single-origin", found.independence
    assert lx.PAPER_NAMED_AGAIN.format(name="Preliminary inquiries") in found.independence.doubts
