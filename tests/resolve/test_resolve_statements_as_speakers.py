"""'The statement said': the text an article named before speaks for whoever put it out."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_the_statement_speaks_for_the_body_that_said_in_a_statement() -> None:
    text = (
        "The Forestry Commission said in a statement on Monday that 300 hectares had burned. "
        "Two rangers were injured, the statement said."
    )
    _, res = resolve(text, [("The Forestry Commission", 1, "said"), ("the statement", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert source_of(res, 1).name == "Forestry Commission"


def test_the_release_speaks_for_the_body_that_issued_a_release() -> None:
    text = (
        "Marlow Foods issued a press release on Friday about the contaminated batch. "
        "About 4,000 jars were affected, the release said."
    )
    _, res = resolve(text, [("the release", 1, "said")])
    assert source_of(res, 0).name == "Marlow Foods"


def test_the_statement_after_in_a_statement_comma_speaks_for_the_subject() -> None:
    text = (
        "In a statement, the Harbour Authority said the port would reopen on Thursday. "
        "Cranes had been inspected overnight, the statement added."
    )
    _, res = resolve(text, [("the Harbour Authority", 1, "said"), ("the statement", 1, "added")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_the_statement_speaks_for_the_latest_body_that_put_one_out() -> None:
    text = (
        "The Forestry Commission said in a statement that 300 hectares had burned. "
        "The Red Valley Council said in a statement that the roads were closed. "
        "Schools would stay shut, the statement said."
    )
    _, res = resolve(
        text,
        [
            ("The Forestry Commission", 1, "said"),
            ("The Red Valley Council", 1, "said"),
            ("the statement", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[1]
    assert source_of(res, 2).name == "Red Valley Council"


def test_the_statement_stays_a_document_when_no_one_was_said_to_issue_one() -> None:
    text = (
        "The Forestry Commission said 300 hectares had burned. "
        "Two rangers were injured, the statement said."
    )
    _, res = resolve(text, [("The Forestry Commission", 1, "said"), ("the statement", 1, "said")])
    assert res.attribution_sources[1] != res.attribution_sources[0]
    assert source_of(res, 1).name == "statement"


def test_a_release_of_goods_is_not_a_text_anyone_put_out() -> None:
    text = (
        "The Forestry Commission said in a statement that 300 hectares had burned. "
        "The Red Valley Council approved the release of emergency funds. "
        "Two rangers were injured, the release said."
    )
    _, res = resolve(text, [("The Forestry Commission", 1, "said"), ("the release", 1, "said")])
    # the latest text the article named is the commission's statement; the funds' release is no text
    assert source_of(res, 1).name != "Red Valley Council"
