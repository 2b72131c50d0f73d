"""Surname particles, bodies that name themselves, descriptions of bodies named elsewhere in the text, acronyms
an article defines, the outlet's own "we", foreign organisation names, and a role with the name in apposition."""

from __future__ import annotations

from resolve_helpers import mention, parse, raw, resolve, source_of

from attribution.article import ArticleInput
from attribution.resolve import ArticleSources, resolve_article, resolve_corpus


def _ids(articles: list[ArticleSources]) -> list[list[str | None]]:
    res = resolve_corpus(articles)
    return [
        [res.source_id(a, i) if i is not None else None for i in art.attribution_sources]
        for a, art in enumerate(articles)
    ]


# -- 1. surname particles ---------------------------------------------------------------------------------
def test_capitalised_particle_surname_points_back_at_the_full_name() -> None:
    text = (
        "Annelies van Rooij, the council's treasurer, said the budget was short. "
        "Van Rooij said cuts would follow in the spring."
    )
    _, res = resolve(text, [("Annelies van Rooij", 1, "said"), ("Van Rooij", 1, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert source_of(res, 1).name == "Annelies van Rooij"


def test_de_particle_surname_joins_the_full_name_and_a_bare_surname_stays_apart_from_another_person() -> None:
    text = (
        "Pieter de Groot, who chairs the water board, said the dyke had held. "
        "Maarten Groen said the river was still rising. De Groot said pumps were running."
    )
    _, res = resolve(text, [("Pieter de Groot", 1, "said"), ("Maarten Groen", 1, "said"), ("De Groot", 1, "said")])
    assert res.attribution_sources[2] == res.attribution_sources[0]
    assert res.attribution_sources[1] != res.attribution_sources[0]


def test_particle_surname_in_another_article_joins_the_full_name_across_the_corpus() -> None:
    _, first = resolve("Annelies van Rooij said the budget was short.", [("Annelies van Rooij", 1, "said")], "a1")
    _, second = resolve("Van Rooij said cuts would follow.", [("Van Rooij", 1, "said")], "a2")
    ids = _ids([first, second])
    assert ids[0][0] == ids[1][0] == "annelies-van-rooij"


# -- 2. a body that names itself ---------------------------------------------------------------------------
def test_a_gang_calling_itself_a_name_is_that_name_and_the_gang_later_is_the_same() -> None:
    text = (
        "A ransomware gang calling itself GreyHeron said it had stolen the files of the port authority. "
        "The gang said it would publish them on Friday."
    )
    _, res = resolve(text, [("A ransomware gang", 1, "said"), ("The gang", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.kind) == ("GreyHeron", "organization")
    assert src.description == "ransomware gang"
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_a_group_known_as_a_name_is_that_name() -> None:
    text = "A hacking group known as Velvet Lynx said it had entered the network in May."
    _, res = resolve(text, [("A hacking group", 1, "said")])
    assert source_of(res, 0).name == "Velvet Lynx"


def test_name_before_a_body_description_is_the_name_and_joins_it_across_articles() -> None:
    _, first = resolve(
        "The GreyHeron ransomware gang said it had stolen 40 gigabytes.", [("The GreyHeron ransomware gang", 1, "said")]
    )
    src = source_of(first, 0)
    assert (src.name, src.kind, src.description) == ("GreyHeron", "organization", "ransomware gang")
    _, second = resolve("GreyHeron said the files would be published.", [("GreyHeron", 1, "said")], "b")
    ids = _ids([first, second])
    assert ids[0][0] == ids[1][0]


# -- 3. descriptions of bodies -------------------------------------------------------------------------------
def test_the_hospital_group_points_back_at_a_body_named_in_passing_before() -> None:
    text = (
        "Dozens of patients of the Aldermoor hospital group were sent home on Tuesday. "
        "Clinics would reopen on Thursday, the hospital group said."
    )
    _, res = resolve(text, [("the hospital group", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Aldermoor" and src.kind == "organization" and not src.scoped


def test_a_lede_description_is_the_body_the_next_paragraph_names() -> None:
    text = (
        "Hundreds of flights were cancelled after a power failure at its hub, the company said on Monday.\n\n"
        "Norrvik Airways, which flies to 40 cities, said power had been restored by midnight."
    )
    _, res = resolve(text, [("the company", 1, "said"), ("Norrvik Airways", 1, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert source_of(res, 0).name == "Norrvik Airways"


def test_the_group_after_a_named_care_group_is_that_group_and_its_website_statement_too() -> None:
    text = (
        "Vechtdal Zorggroep said its clinics had been closed since Sunday. "
        "Wards would reopen next week, the group said. "
        "Appointments would go ahead, a statement on the group's website said."
    )
    _, res = resolve(
        text,
        [
            ("Vechtdal Zorggroep", 1, "said"),
            ("the group", 1, "said"),
            ("a statement on the group's website", 1, "said"),
        ],
    )
    assert res.attribution_sources[0] == res.attribution_sources[1] == res.attribution_sources[2]
    assert source_of(res, 0).kind == "organization"


def test_a_spokesperson_named_with_the_body_in_passing_speaks_for_it_later() -> None:
    text = (
        "Hollandia Rail spokesperson Ruud Mulder declined to comment on the cause. "
        "Trains would run again on Wednesday, spokesman Ruud Mulder said later."
    )
    _, res = resolve(text, [("spokesman Ruud Mulder", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Hollandia Rail" and "Ruud Mulder" in src.speakers


# -- 4. an acronym the article defines ---------------------------------------------------------------------
def test_an_acronym_the_article_defines_beats_the_alias_file_only_in_that_article() -> None:
    text = (
        "The clinic reported the breach to the Dutch Consumer Protection Authority (AP). "
        "A spokesperson for the AP said an inquiry had been opened."
    )
    _, first = resolve(text, [("A spokesperson for the AP", 1, "said")], "c1")
    src = source_of(first, 0)
    assert src.name == "Consumer Protection Authority" and src.kind == "government"
    _, second = resolve("The AP reported that the clinic had reopened.", [("The AP", 1, "reported")], "c2")
    ids = _ids([first, second])
    assert ids[1][0] == "associated-press" and ids[0][0] != ids[1][0]


# -- 5. the outlet's own "we" ------------------------------------------------------------------------------
def test_the_outlets_narrating_we_names_no_source_and_the_bullets_sources_resolve_normally() -> None:
    text = (
        "Meridian Logistics Ltd said its depot in Tilburg had been closed.\n\n"
        "What we know so far:\n\n"
        "- Deliveries will resume on Friday, the company said.\n"
    )
    doc = parse(text)
    raws = [
        raw(doc, mention(doc, "Meridian Logistics Ltd"), "said"),
        raw(doc, mention(doc, "we"), "know"),
        raw(doc, mention(doc, "the company"), "said"),
    ]
    res = resolve_article(doc, raws, ArticleInput(id="d", text=text, path="d.txt", outlet="Tilburg Ledger"))
    assert res.attribution_sources[1] is None
    assert not any(s.name == "we" or "(we)" in s.name for s in res.sources)
    assert res.attribution_sources[2] == res.attribution_sources[0]


def test_we_inside_a_quote_is_still_the_speaker() -> None:
    text = 'Jonas Berg said on Monday: "We know the trains were late."'
    doc = parse(text)
    raws = [raw(doc, mention(doc, "Jonas Berg"), "said")]
    raws[0].content = [(text.index("We"), len(text) - 2)]
    raws.append(raw(doc, mention(doc, "We"), "know"))
    res = resolve_article(doc, raws, ArticleInput(id="e", text=text, path="e.txt", outlet="Tilburg Ledger"))
    assert res.attribution_sources[1] == res.attribution_sources[0]


# -- 6. types of foreign and state bodies ------------------------------------------------------------------
def test_names_with_foreign_organisation_words_are_bodies_not_persons() -> None:
    text = "Ambulancedienst Twente said 12 patients had been moved. Vechtdal Zorggroep said wards were shut."
    _, res = resolve(text, [("Ambulancedienst Twente", 1, "said"), ("Vechtdal Zorggroep", 1, "said")])
    for n in (0, 1):
        src = source_of(res, n)
        assert src.kind != "person" and not src.person


def test_a_national_centre_is_a_state_body_not_a_think_tank() -> None:
    text = "The National Flood Research Centre said the river would peak on Sunday."
    _, res = resolve(text, [("The National Flood Research Centre", 1, "said")])
    assert source_of(res, 0).kind == "government"


# -- 7. a role with the name in apposition -------------------------------------------------------------------
def test_a_role_with_a_name_in_apposition_is_the_person() -> None:
    text = "The Dutch finance minister, Sanne Visser, said the loan would be repaid."
    _, res = resolve(text, [("The Dutch finance minister", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Sanne Visser" and src.kind == "person"
    assert src.description is not None and "finance minister" in src.description


def test_a_possessed_role_with_a_name_in_apposition_is_the_person_named_again_later() -> None:
    text = (
        "The airline's chief executive, Jonas van Berg, said no jobs would go. "
        "Van Berg said the fleet would be renewed."
    )
    _, res = resolve(text, [("The airline's chief executive", 1, "said"), ("Van Berg", 1, "said")])
    assert source_of(res, 0).name == "Jonas van Berg"
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_a_name_the_apposition_calls_a_company_is_a_body() -> None:
    text = "Jansen Veldhuis, an Utrecht company that runs the payroll, said its systems were safe."
    _, res = resolve(text, [("Jansen Veldhuis", 1, "said")])
    src = source_of(res, 0)
    assert src.kind == "organization" and not src.person
