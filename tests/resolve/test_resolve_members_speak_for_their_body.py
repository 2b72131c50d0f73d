"""Rule ``members_speak_for_their_body``: "<a body's name> <a noun for its members or unnamed voices>" ("ISIS
militants", "Hamas fighters", "Taliban officials") is that body speaking, not a second origin beside it: a body the
alias table knows is read as the body itself (the phrase kept as its description); a body the table does not know
is joined through the affiliation path to the body of that name another article cites. A country's collective
("U.S. officials", "Ukrainian soldiers"), a common noun ("rescue workers") and a body named nowhere else stay apart."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of

from attribution.resolve import resolve_corpus


@pytest.mark.parametrize(
    ("text", "phrase", "body"),
    [
        ("ISIS militants said they had carried out the raid.", "ISIS militants", "Islamic State"),
        ("Daesh fighters said the town had fallen overnight.", "Daesh fighters", "Islamic State"),
        ("An ISIL official said the group had taken the bridge.", "An ISIL official", "Islamic State"),
        ("Islamic State gunmen said they had left the village.", "Islamic State gunmen", "Islamic State"),
        # a union of states is a body, not a state
        ("EU officials said the fine would be paid within a month.", "EU officials", "European Union"),
    ],
)
def test_members_of_a_known_body_are_that_body_speaking(text: str, phrase: str, body: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    src = source_of(res, 0)
    assert src.name == body
    assert src.affiliation is None
    assert any(phrase.lower().endswith(d.lower()) for d in src.descriptions)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("U.S. officials said the raid had been planned for weeks.", "U.S. officials"),
        ("Ukrainian soldiers said the town had fallen overnight.", "Ukrainian soldiers"),
        ("Rescue workers said the roof had collapsed.", "Rescue workers"),
        ("Russian officials said the town had fallen overnight.", "Russian officials"),
        ("Zetan fighters said the town had fallen overnight.", "Zetan fighters"),
    ],
)
def test_other_plural_voices_stay_what_they_are_named(text: str, phrase: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    assert source_of(res, 0).name != "Islamic State"
    assert source_of(res, 0).name.lower() == phrase.lower() or source_of(res, 0).name.lower().endswith(
        phrase.split()[-1].lower()
    )


def _corpus(first: tuple[str, str], second: tuple[str, str]):  # type: ignore[no-untyped-def]
    articles = [resolve(text, [(phrase, 1, "said")], f"a{n}")[1] for n, (text, phrase) in enumerate((first, second))]
    corpus = resolve_corpus(articles)
    ids = [corpus.source_id(n, articles[n].attribution_sources[0]) for n in range(2)]  # type: ignore[arg-type]
    return corpus, ids


@pytest.mark.parametrize(
    ("body_text", "members_text", "members"),
    [
        ("Hamas said the talks had stalled.", "Hamas fighters said the talks had stalled.", "Hamas fighters"),
        (
            "The Taliban said the border was closed.",
            "Taliban officials said the border was closed.",
            "Taliban officials",
        ),
        (
            "Hezbollah said the strike had hit a depot.",
            "Hezbollah members said the strike hit a depot.",
            "Hezbollah members",
        ),
    ],
)
def test_members_of_a_body_another_article_names_speak_for_it(body_text: str, members_text: str, members: str) -> None:
    body_phrase = "The Taliban" if body_text.startswith("The Taliban") else body_text.split()[0]
    corpus, (body_id, members_id) = _corpus((body_text, body_phrase), (members_text, members))
    src = corpus.source(members_id)
    assert src is not None
    assert members_id == body_id or src.affiliation_path[:1] == [body_id]


@pytest.mark.parametrize(
    ("other_text", "other", "members_text", "members"),
    [
        # a country's collective is a different case (the country's officials), never a body's members
        (
            "The United States said the border was closed.",
            "The United States",
            "U.S. officials said it was closed.",
            "U.S. officials",
        ),
        # the body is named nowhere else: nothing to join
        ("Hamas said the talks had stalled.", "Hamas", "Zetan fighters said the talks had stalled.", "Zetan fighters"),
    ],
)
def test_members_of_no_body_of_the_corpus_keep_their_own_path(
    other_text: str, other: str, members_text: str, members: str
) -> None:
    corpus, (other_id, members_id) = _corpus((other_text, other), (members_text, members))
    src = corpus.source(members_id)
    assert src is not None
    assert members_id != other_id
    assert other_id not in src.affiliation_path[:1]
