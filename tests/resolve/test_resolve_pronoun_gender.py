"""Pronoun gender: he/she never point back at a person the article gave the other gender."""

from __future__ import annotations

from resolve_helpers import mention, parse, raw, resolve, source_of

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def test_he_skips_a_person_the_article_calls_she() -> None:
    text = (
        "Tomas Brandt, a safety advocate, said the recall came late. "
        "Elena Voss, a chemistry professor, said the coating fails in heat. "
        "\u201cIt cracks within weeks,\u201d she said. "
        "He said the maker knew of the cracks."
    )
    _, res = resolve(
        text, [("Tomas Brandt", 1, "said"), ("Elena Voss", 1, "said"), ("she", 1, "said"), ("He", 1, "said")]
    )
    assert source_of(res, 2).name == "Elena Voss"
    assert source_of(res, 3).name == "Tomas Brandt"


def test_she_skips_a_person_titled_mr() -> None:
    text = (
        "Mayor Ilse Kamper said the bridge would reopen. "
        "Mr. Rudi Falk, the contractor, said repairs were finished. "
        "She said inspectors would visit on Monday."
    )
    _, res = resolve(text, [("Mayor Ilse Kamper", 1, "said"), ("Mr. Rudi Falk", 1, "said"), ("She", 1, "said")])
    assert source_of(res, 2).name == "Ilse Kamper"


def test_a_person_of_unknown_gender_stays_a_pronoun_antecedent() -> None:
    text = (
        "Noor Akhtar said the vote was fair. "
        "Kim Lawson said the count was slow. "
        "She said a recount was unlikely."
    )
    _, res = resolve(text, [("Noor Akhtar", 1, "said"), ("Kim Lawson", 1, "said"), ("She", 1, "said")])
    assert source_of(res, 2).name == "Kim Lawson"


def test_he_is_not_a_name_inside_the_previous_speakers_own_words() -> None:
    text = (
        "Dr Tomas Reyes, head of the national laboratory, told the paper that the samples were Vibrio cholerae O1, "
        "serotype Inaba. He said sequencing was under way."
    )
    doc = parse(text)
    told = raw(doc, mention(doc, "Dr Tomas Reyes, head of the national laboratory"), "told")
    told.content = [(text.index("the samples"), text.index(". He"))]
    said = raw(doc, mention(doc, "He"), "said")
    said.content = [(text.index("sequencing"), len(text) - 1)]
    res = resolve_article(doc, [told, said], ArticleInput(id="a", text=text, path="a.txt", outlet=None))
    assert [res.sources[i].name for i in res.attribution_sources if i is not None] == ["Tomas Reyes", "Tomas Reyes"]
