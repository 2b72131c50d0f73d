"""Resolution inside one article: acronyms, names, roles, pronouns, definite descriptions, anonymous sources."""

from __future__ import annotations

import pickle

from resolve_helpers import mention, parse, raw, resolve, source_of

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def test_acronym_in_parentheses_joins_the_long_name() -> None:
    text = (
        "Chile's Office of Strategic Assessment (OSA) said on Monday that the copper mine had flooded. "
        "Two days later, OSA said the pumps had failed."
    )
    _, res = resolve(text, [("Chile's Office of Strategic Assessment (OSA)", 1, "said"), ("OSA", 2, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    src = source_of(res, 0)
    assert src.name == "Office of Strategic Assessment"
    assert "OSA" in src.aliases
    assert src.country == "Chile"


def test_acronym_defined_outside_an_attribution_still_resolves() -> None:
    text = (
        "The Kestrel Monitoring Group (KMG) published new figures on Tuesday. "
        "KMG said the river level had dropped by a metre."
    )
    _, res = resolve(text, [("KMG", 2, "said")])
    assert source_of(res, 0).name == "Kestrel Monitoring Group"


def test_surname_resolves_to_full_name_in_the_same_article() -> None:
    text = (
        "Finance Minister Teodor Brannstrom said the budget would be cut. "
        "The opposition disagreed. Brannstrom said the cuts were unavoidable."
    )
    _, res = resolve(text, [("Finance Minister Teodor Brannstrom", 1, "said"), ("Brannstrom", 2, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    src = source_of(res, 0)
    assert src.name == "Teodor Brannstrom"
    assert src.kind == "person"
    assert src.description == "Finance Minister"


def test_apposition_role_makes_an_expert_with_affiliation_and_description() -> None:
    text = "Mira Castellanos, a senior analyst at the Harbor Policy Institute, told reporters that prices would rise."
    _, res = resolve(text, [("Mira Castellanos", 1, "told")])
    src = source_of(res, 0)
    assert src.name == "Mira Castellanos"
    assert src.kind == "expert or think tank"
    assert src.affiliation == "Harbor Policy Institute"
    assert src.description == "a senior analyst at the Harbor Policy Institute"


def test_lawmaker_title_makes_a_legislator() -> None:
    text = "Opposition lawmaker Ines Dalberg said the vote would be delayed."
    _, res = resolve(text, [("Opposition lawmaker Ines Dalberg", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.kind) == ("Ines Dalberg", "legislator")


def test_pronoun_resolves_to_nearest_previous_person() -> None:
    text = (
        "Anton Lisk said the factory would close. "
        "Greta Holm, a spokeswoman for the union, said workers were angry. "
        "The Labour Ministry said talks would continue. "
        "\u201cWe will strike on Friday,\u201d she said."
    )
    _, res = resolve(
        text,
        [("Anton Lisk", 1, "said"), ("Greta Holm", 1, "said"), ("The Labour Ministry", 1, "said"), ("she", 1, "said")],
    )
    assert res.attribution_sources[3] == res.attribution_sources[1]
    assert source_of(res, 3).name == "Greta Holm"


def test_pronoun_finds_a_person_named_before_who_was_not_yet_a_source() -> None:
    text = "Marek Sobczynski visited the flooded town on Sunday. He said the dam had been neglected for years."
    _, res = resolve(text, [("He", 1, "said")])
    assert source_of(res, 0).name == "Marek Sobczynski"


def test_the_agency_resolves_to_previous_agency() -> None:
    text = (
        "Peru's National Intelligence Directorate said the group had crossed the border. "
        "Interior Minister Luisa Ferrand said patrols were doubled. "
        "The agency said the group was armed."
    )
    _, res = resolve(
        text,
        [
            ("Peru's National Intelligence Directorate", 1, "said"),
            ("Interior Minister Luisa Ferrand", 1, "said"),
            ("The agency", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[0]
    assert source_of(res, 0).kind == "intelligence agency"


def test_the_ministry_and_it_resolve_to_the_previous_ministry() -> None:
    text = (
        "Chile's Ministry of Mining said output fell. "
        "Analyst Ruth Ames said demand was weak. "
        "The ministry said exports would recover, and it said prices were stable."
    )
    _, res = resolve(
        text,
        [
            ("Chile's Ministry of Mining", 1, "said"),
            ("Analyst Ruth Ames", 1, "said"),
            ("The ministry", 1, "said"),
            ("it", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[0]
    assert res.attribution_sources[3] == res.attribution_sources[0]
    assert source_of(res, 0).kind == "government"


def test_definite_description_without_antecedent_stays_its_own_source() -> None:
    text = "The ministry said the road would reopen."
    _, res = resolve(text, [("The ministry", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "the ministry" and src.kind == "government" and src.scoped


def test_anonymous_source_stays_anonymous_but_typed() -> None:
    text = (
        "South Korea's National Intelligence Service said the launch failed. "
        "A South Korean intelligence source told AFP that the rocket broke apart."
    )
    _, res = resolve(
        text,
        [
            ("South Korea's National Intelligence Service", 1, "said"),
            ("A South Korean intelligence source", 1, "told", ["AFP"]),
        ],
    )
    anon = source_of(res, 1)
    assert anon.kind == "anonymous"
    assert anon.name == "a South Korean intelligence source"
    assert anon.affiliation == "National Intelligence Service (South Korea)"
    assert res.attribution_sources[1] != res.attribution_sources[0]
    via = res.sources[res.attribution_via[1][0]]
    assert (via.name, via.kind) == ("AFP", "wire agency")


def test_officials_are_a_collective_government_source_not_the_agency() -> None:
    text = (
        "South Korean officials said the ship had left port. "
        "South Korea's intelligence service said it carried fuel. "
        "Later, authorities in Seoul announced an inquiry."
    )
    _, res = resolve(
        text,
        [
            ("South Korean officials", 1, "said"),
            ("South Korea's intelligence service", 1, "said"),
            ("authorities in Seoul", 1, "announced"),
        ],
    )
    officials, nis, authorities = (source_of(res, n) for n in range(3))
    assert (officials.name, officials.kind) == ("South Korean officials", "government")
    assert nis.name == "National Intelligence Service (South Korea)"
    assert (authorities.name, authorities.kind) == ("South Korean authorities", "government")
    assert len({res.attribution_sources[n] for n in range(3)}) == 3


def test_conjunct_name_stands_for_the_shared_head() -> None:
    text = "About 500 troops were moved, according to U.S. and Japanese officials."
    doc = parse(text)
    us = mention(doc, "U.S.", name="U.S. officials")
    art = ArticleInput(id="x", text=text)
    res = resolve_article(doc, [raw(doc, us, "according to")], art)
    src = source_of(res, 0)
    assert (src.name, src.kind, src.country) == ("U.S. officials", "government", "United States")


def test_media_collectives_and_documents_are_typed() -> None:
    text = (
        "The bridge collapsed overnight, according to local media reports. "
        "Brazilian media said three people died. "
        "Images and footage from the scene suggest the span buckled."
    )
    _, res = resolve(
        text,
        [
            ("local media reports", 1, "according to"),
            ("Brazilian media", 1, "said"),
            ("Images and footage", 1, "suggest"),
        ],
    )
    local, national, images = (source_of(res, n) for n in range(3))
    assert (local.name, local.kind) == ("local media", "collective")
    assert (national.name, national.kind, national.country) == ("Brazilian media", "collective", "Brazil")
    assert (images.name, images.kind) == ("Images and footage", "document")


def test_quoted_name_after_site_is_a_media_outlet() -> None:
    text = "Reported by the Chilean defence news site \u201cFuerza Hoy\u201d on Monday, the drill was cancelled."
    _, res = resolve(text, [("the Chilean defence news site \u201cFuerza Hoy\u201d", 1, "Reported")])
    src = source_of(res, 0)
    assert (src.name, src.kind, src.country) == ("Fuerza Hoy", "media outlet", "Chile")
    assert src.description == "Chilean defence news site"


def test_apposition_describing_an_outlet_sets_its_kind() -> None:
    text = "The rebels withdrew, according to Vostok Daily Wire, a Georgian news outlet."
    _, res = resolve(text, [("Vostok Daily Wire", 1, "according to")])
    src = source_of(res, 0)
    assert src.kind == "media outlet"
    assert src.country == "Georgia"


def test_unknown_outlet_gets_a_display_source_and_known_outlet_uses_the_alias_file() -> None:
    text = "The mayor said the market would reopen."
    _, res = resolve(text, [("The mayor", 1, "said")], outlet=None)
    assert res.outlet is None
    placeholder = res.sources[res.display_outlet]
    assert placeholder.name == "a.txt (outlet not named in text)" and placeholder.kind == "media outlet"
    _, res2 = resolve(text, [("The mayor", 1, "said")], outlet="United Press International")
    assert res2.outlet is not None
    assert (res2.sources[res2.outlet].name, res2.sources[res2.outlet].kind) == ("UPI", "wire agency")


def test_raw_without_source_maps_to_none_and_result_pickles() -> None:
    text = "It is believed that the port reopened."  # "It is reported": unnamed reports (test_unnamed_reports)
    doc = parse(text)
    res = resolve_article(doc, [raw(doc, None, "believed")], ArticleInput(id="r", text=text))
    assert res.attribution_sources == [None] and res.attribution_via == [[]]
    assert pickle.loads(pickle.dumps(res)) == res


def test_capital_before_a_name_is_part_of_the_name() -> None:
    text = "The Kyiv Courier reported that the bridge was hit. Kyiv's defenders said it held."
    _, res = resolve(text, [("The Kyiv Courier", 1, "reported")])
    src = source_of(res, 0)
    assert src.name == "Kyiv Courier" and src.kind == "media outlet"


def test_hyphenated_given_name_keeps_its_spelling() -> None:
    text = "Deputy Minister Park Seo-yeon said the schools would reopen."
    _, res = resolve(text, [("Deputy Minister Park Seo-yeon", 1, "said")])
    assert source_of(res, 0).name == "Park Seo-yeon"


def test_unnamed_allied_body_is_anonymous() -> None:
    text = "The ministry said the report was confirmed through allied intelligence agencies."
    _, res = resolve(text, [("allied intelligence agencies", 1, "through")])
    src = source_of(res, 0)
    assert src.kind == "anonymous" and src.scoped


def test_a_surname_the_tagger_calls_a_body_is_the_person_named_in_full_before() -> None:
    text = 'Teodoro Balingit was fishing when the dam broke. "It was loud," said Balingit, 61.'
    _, res = resolve(text, [("Balingit", 2, "said")])
    assert source_of(res, 0).name == "Teodoro Balingit"
    assert source_of(res, 0).kind == "person"


def test_a_surname_two_people_named_before_share_stays_unjoined() -> None:
    text = 'Teodoro Balingit and Lourdes Balingit were fishing when the dam broke. "It was loud," said Balingit, 61.'
    _, res = resolve(text, [("Balingit", 3, "said")])
    assert source_of(res, 0).name == "Balingit"


def test_it_speaks_for_the_body_that_was_the_subject_of_the_sentence_before() -> None:
    text = (
        "The Water Board confirmed the closures, and the city's clinic says it has no spare beds. "
        "The board shut three wells on Monday. It said 40 households had been affected."
    )
    _, res = resolve(
        text,
        [
            ("The Water Board", 1, "confirmed"),
            ("the city's clinic", 1, "says"),
            ("It", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[0]
    assert res.attribution_sources[2] != res.attribution_sources[1]
