"""A description made of a country's adjective and a person's role ("the French leader", "the German
chancellor") is the person the article gives that country and a fitting title (rule ``country_role_holder``),
whether that person spoke before or was named in passing; never a new source called "French leader"."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        (
            "French President Emmanuel Macron said the vote was a mistake. "
            "The French leader said he would name a new prime minister soon.",
            [("French President Emmanuel Macron", 1, "said"), ("The French leader", 1, "said")],
            "Emmanuel Macron",
        ),
        (
            "The cabinet fell while French President Emmanuel Macron looked for a successor. "
            "Michel Barnier said he was proud. On Tuesday, the French leader said he would stay.",
            [("Michel Barnier", 1, "said"), ("the French leader", 1, "said")],
            "Emmanuel Macron",
        ),
        (
            "French President Emmanuel Macron said the vote was a mistake. German Chancellor Olaf Brandt said "
            "the markets were calm. The French leader said he would name a new prime minister soon.",
            [
                ("French President Emmanuel Macron", 1, "said"),
                ("German Chancellor Olaf Brandt", 1, "said"),
                ("The French leader", 1, "said"),
            ],
            "Emmanuel Macron",
        ),
        (
            "German Chancellor Olaf Brandt said the markets were calm. The German chancellor said taxes would "
            "not rise.",
            [("German Chancellor Olaf Brandt", 1, "said"), ("The German chancellor", 1, "said")],
            "Olaf Brandt",
        ),
        (
            "Ukrainian President Ivan Kovalenko met aid groups on Monday. Aid workers said roads were closed. "
            "The Ukrainian president said help was coming.",
            [("Aid workers", 1, "said"), ("The Ukrainian president", 1, "said")],
            "Ivan Kovalenko",
        ),
    ],
)
def test_a_country_and_a_role_is_the_person_given_both(
    text: str, spec: list[tuple[str, int, str]], expected: str
) -> None:
    _, res = resolve(text, spec)
    src = source_of(res, len(spec) - 1)
    assert src.name == expected
    assert (len(spec) - 1, -1, "country_role_holder") in res.fired


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (  # a minister is no leader: the title does not fit
            "French Foreign Minister Paul Roux said the vote was a mistake. The French leader said he would stay.",
            [("French Foreign Minister Paul Roux", 1, "said"), ("The French leader", 1, "said")],
        ),
        (  # the only leader named is another country's
            "German Chancellor Olaf Brandt said the markets were calm. The French leader said he would stay.",
            [("German Chancellor Olaf Brandt", 1, "said"), ("The French leader", 1, "said")],
        ),
    ],
)
def test_a_country_and_a_role_takes_nobody_the_article_does_not_give_both(
    text: str, spec: list[tuple[str, int, str]]
) -> None:
    _, res = resolve(text, spec)
    assert source_of(res, len(spec) - 1).name not in {"Paul Roux", "Olaf Brandt"}
    assert all(step != "country_role_holder" for *_x, step in res.fired)
