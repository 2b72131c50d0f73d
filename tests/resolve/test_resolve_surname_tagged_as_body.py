"""A person pronoun after a surname alone that the tagger called a body or a place ("Holtman confirmed the news.
“...,” he wrote") points back at the person named in full before (``antecedents.known_person_named``, asked by
the ``antecedent`` sieve), even when that person has not spoken yet: not at another person named in between;
never at one the article gives the other gender ("Ms")."""

from __future__ import annotations

import pytest

from attribution import ArticleInput, extract


def _pronoun_source(text: str) -> str | None:
    ex = extract(ArticleInput(text=text, id="a"), cache=False)
    names = {s.id: s.name for s in ex.sources}
    [he] = [a for a in ex.articles[0].attributions if a.source is not None and a.source.text == "he"]
    return names.get(he.source_id) if he.source_id else None


TEMPLATE = (
    "Vantor's board removed its chief executive, {full}, on Friday. The company named Mira Olsen interim head.\n\n"
    "{surname} confirmed the news in a social media post Friday afternoon, without addressing the specifics of "
    "his departure.\n\n"
    "\u201cI loved my time at Vantor,\u201d he wrote."
)


@pytest.mark.parametrize(
    ("full", "surname"),
    [("Sam Holtman", "Holtman"), ("Greg Lindqvist", "Lindqvist"), ("Paul Hartley", "Hartley"),
     ("Oscar Delmont", "Delmont")],
)  # fmt: skip
def test_he_after_a_surname_tagged_as_a_body_is_the_person_named_in_full(full, surname):
    assert _pronoun_source(TEMPLATE.format(full=full, surname=surname)) == full


def test_the_person_named_in_full_is_not_taken_when_the_article_gives_her_the_other_gender():
    text = TEMPLATE.format(full="Ms Sara Holtman", surname="Holtman")
    assert _pronoun_source(text) not in {"Sara Holtman", "Ms Sara Holtman"}
