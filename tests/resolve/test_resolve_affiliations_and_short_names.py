"""A company's short name is the company; a person's name keeps its role and body only as a description."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_company_short_name_is_the_company_not_a_person() -> None:
    text = (
        "Halloran Motors is recalling 90,000 pickups. Halloran said a latch may fail. "
        "Halloran spokeswoman Joan Pryce said owners would get letters."
    )
    _, res = resolve(text, [("Halloran", 2, "said"), ("Halloran spokeswoman Joan Pryce", 1, "said")])
    first, second = source_of(res, 0), source_of(res, 1)
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert not first.person and first.kind not in {"person", "expert or think tank"}
    assert first.speakers == ["Joan Pryce"]
    assert "Joan Pryce" not in second.names


def test_role_and_body_before_a_tagged_name_describe_the_person() -> None:
    text = "Halloran CEO Ruth Ambler said the company owned the problem. Ambler said letters would go out."
    _, res = resolve(text, [("Halloran CEO Ruth Ambler", 1, "said"), ("Ambler", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Ruth Ambler" and src.person
    assert res.attribution_sources[0] == res.attribution_sources[1]


def test_university_professor_prefix_makes_an_expert_with_a_plain_name() -> None:
    text = "Lakeshore State University mechanical engineering professor Omar Tilley said the defect was rare."
    _, res = resolve(text, [("Lakeshore State University mechanical engineering professor Omar Tilley", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.kind) == ("Omar Tilley", "expert or think tank")


def test_name_of_the_body_is_the_person_described_by_the_body() -> None:
    text = "Greta Lindqvist of the Institute for Road Research said the fix came late. Lindqvist said more was needed."
    _, res = resolve(
        text, [("Greta Lindqvist of the Institute for Road Research", 1, "said"), ("Lindqvist", 1, "said")]
    )
    src = source_of(res, 0)
    assert src.name == "Greta Lindqvist" and src.person
    assert res.attribution_sources[0] == res.attribution_sources[1]


def test_company_name_the_tagger_reads_as_a_person_is_still_the_company() -> None:
    from dataclasses import replace

    from resolve_helpers import mention, parse, raw

    from attribution.article import ArticleInput
    from attribution.resolve import resolve_article

    text = "Halloran Motors is recalling 90,000 pickups. According to Halloran, a latch may fail."
    doc = parse(text)
    # the tagger's worst case: both the full name and the short name read as people
    doc.entities = [
        replace(e, label="PERSON") if e.text in {"Halloran Motors", "Halloran"} else e for e in doc.entities
    ]
    for t in doc.tokens:
        if t.text in {"Halloran", "Motors"}:
            t.ent = "PERSON"
    raws = [raw(doc, mention(doc, "Halloran", 2), "According to")]
    res = resolve_article(doc, raws, ArticleInput(id="a", text=text, path="a.txt"))
    src = source_of(res, 0)
    assert not src.person and src.kind not in {"person", "expert or think tank"}
