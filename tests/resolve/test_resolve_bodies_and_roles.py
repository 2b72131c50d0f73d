"""Spokespeople, one body under several names, roles and pronouns, the article's own outlet, canonical names."""

from __future__ import annotations

from resolve_helpers import mention, parse, raw, resolve, source_of

from attribution.article import ArticleInput
from attribution.resolve import ArticleSources, default_aliases, resolve_article, resolve_corpus
from attribution.resolve.local import acronym_definitions, best_name


def _corpus_id(articles: list[ArticleSources], article: int, attribution: int) -> str:
    local = articles[article].attribution_sources[attribution]
    assert local is not None
    return resolve_corpus(articles).source_id(article, local)


# -- a spokesperson speaks for the body ------------------------------------------------------------------
def test_spokesperson_title_before_a_name_makes_the_body_the_source() -> None:
    text = (
        "Ghana Fire Service spokesman Kofi Boateng said two warehouses had burned. He said the cause was not yet known."
    )
    _, res = resolve(text, [("Ghana Fire Service spokesman Kofi Boateng", 1, "said"), ("He", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.kind) == ("Ghana Fire Service", "government")
    assert src.speakers == ["Kofi Boateng"]
    assert src.description == "spokesman Kofi Boateng"
    assert "Kofi Boateng" not in src.names and not src.person
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_acronym_spokesperson_resolves_to_the_defined_body() -> None:
    text = (
        "The Volta Lake Rescue Society (VLRS) said 12 fishermen were missing. "
        "VLRS spokeswoman Ama Serwaa told reporters the search would resume at dawn."
    )
    _, res = resolve(
        text, [("The Volta Lake Rescue Society (VLRS)", 1, "said"), ("VLRS spokeswoman Ama Serwaa", 1, "told")]
    )
    assert res.attribution_sources[0] == res.attribution_sources[1]
    src = source_of(res, 1)
    assert src.name == "Volta Lake Rescue Society"
    assert src.speakers == ["Ama Serwaa"]


def test_spokesperson_in_apposition_speaks_for_the_named_body_and_pronoun_follows() -> None:
    text = (
        "Ama Serwaa, a spokeswoman for the Volta Lake Rescue Society, told reporters that 12 fishermen were "
        "missing. More boats were needed, she added."
    )
    _, res = resolve(text, [("Ama Serwaa", 1, "told"), ("she", 1, "added")])
    src = source_of(res, 0)
    assert src.name == "Volta Lake Rescue Society"
    assert src.speakers == ["Ama Serwaa"]
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_unnamed_spokesperson_for_a_named_body_is_the_body() -> None:
    text = "A spokesman for the Volta Lake Rescue Society said the boats had returned."
    _, res = resolve(text, [("A spokesman for the Volta Lake Rescue Society", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Volta Lake Rescue Society" and src.kind != "anonymous"
    assert src.speakers == []


def test_spokesperson_and_the_body_join_across_articles_and_the_person_stays_visible() -> None:
    _, a = resolve(
        "Ghana Fire Service spokesman Kofi Boateng said two warehouses had burned.",
        [("Ghana Fire Service spokesman Kofi Boateng", 1, "said")],
        "a",
    )
    _, b = resolve("The fire service said the blaze was contained.", [("The fire service", 1, "said")], "b")
    _, c = resolve("Kofi Boateng said crews had worked all night.", [("Kofi Boateng", 1, "said")], "c")
    articles = [a, b, c]
    ids = {_corpus_id(articles, n, 0) for n in range(3)}
    assert ids == {"ghana-fire-service"}
    source = resolve_corpus(articles).source("ghana-fire-service")
    assert source is not None
    assert source.kind == "government"
    assert "Kofi Boateng" in source.aliases
    assert source.description == "spokesman Kofi Boateng"


# -- one body, several names ------------------------------------------------------------------------------
def test_body_written_with_and_without_country_prefix_and_suffix_is_one_source() -> None:
    text = (
        "The Ghana Lake Rescue Society (GLRS) said 30 homes were flooded. "
        "The Ghana Lake Rescue said more rain was due. "
        "Lake Rescue said two boats had capsized. "
        "GLRS said the search was over."
    )
    _, res = resolve(
        text,
        [
            ("The Ghana Lake Rescue Society (GLRS)", 1, "said"),
            ("The Ghana Lake Rescue", 1, "said"),
            ("Lake Rescue", 2, "said"),
            ("GLRS", 2, "said"),
        ],
    )
    assert len({res.attribution_sources[n] for n in range(4)}) == 1
    src = source_of(res, 0)
    assert src.name == "Ghana Lake Rescue Society"  # the country word the text gives stays in the name
    assert src.country == "Ghana"


def test_ministry_of_x_is_the_x_ministry_and_lowercase_house_style_is_a_name() -> None:
    text = (
        "Peru's Ministry of Mines said output fell. "
        "Analyst Rosa Quispe said demand was weak. "
        "The mines ministry said exports would recover. "
        "The ministry said prices were stable."
    )
    _, res = resolve(
        text,
        [
            ("Peru's Ministry of Mines", 1, "said"),
            ("Analyst Rosa Quispe", 1, "said"),
            ("The mines ministry", 1, "said"),
            ("The ministry", 1, "said"),
        ],
    )
    assert res.attribution_sources[0] == res.attribution_sources[2] == res.attribution_sources[3]
    assert source_of(res, 0).country == "Peru"


def test_lowercase_ministry_without_antecedent_is_a_named_body_not_a_scoped_anaphor() -> None:
    text = "The health ministry said the clinics would reopen."
    _, res = resolve(text, [("The health ministry", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.kind, src.scoped) == ("Health Ministry", "government", False)


def test_lowercase_ministry_does_not_take_a_different_ministry_as_antecedent() -> None:
    text = "The Foreign Ministry said talks would resume. The health ministry said the clinics would reopen."
    _, res = resolve(text, [("The Foreign Ministry", 1, "said"), ("The health ministry", 1, "said")])
    assert res.attribution_sources[0] != res.attribution_sources[1]


def test_interior_ministry_wordings_join_across_articles() -> None:
    _, a = resolve(
        "Peru's interior ministry said the roads were closed.", [("Peru's interior ministry", 1, "said")], "a"
    )
    _, b = resolve(
        "The Ministry of the Interior said the roads had reopened.", [("The Ministry of the Interior", 1, "said")], "b"
    )
    _, c = resolve("The interior ministry said 12 people died.", [("The interior ministry", 1, "said")], "c")
    articles = [a, b, c]
    assert len({_corpus_id(articles, n, 0) for n in range(3)}) == 1


def test_police_join_across_articles_when_the_country_is_unknown_but_not_across_countries() -> None:
    _, a = resolve("Police said the driver was arrested.", [("Police", 1, "said")], "a")
    _, b = resolve("The driver was arrested, the police said.", [("the police", 1, "said")], "b")
    _, c = resolve(
        "National Police Service spokesman Tomas Rojas said the driver was charged.",
        [("National Police Service spokesman Tomas Rojas", 1, "said")],
        "c",
    )
    articles = [a, b, c]
    assert len({_corpus_id(articles, n, 0) for n in range(3)}) == 1
    _, d = resolve("Chilean police said the border was shut.", [("Chilean police", 1, "said")], "d")
    _, e = resolve("Peruvian police said the border was open.", [("Peruvian police", 1, "said")], "e")
    assert _corpus_id([d, e], 0, 0) != _corpus_id([d, e], 1, 0)


def test_the_government_does_not_point_back_at_the_police() -> None:
    text = "Police said the owner was arrested. The government said it would pay for the funerals."
    _, res = resolve(text, [("Police", 1, "said"), ("The government", 1, "said")])
    assert res.attribution_sources[0] != res.attribution_sources[1]


def test_a_bodys_statement_is_the_body_speaking() -> None:
    text = (
        "Citing a health ministry statement, the newspaper said 40 clinics had closed. "
        "The ministry said they would reopen."
    )
    _, res = resolve(text, [("a health ministry statement", 1, "Citing"), ("The ministry", 1, "said")])
    assert source_of(res, 0).name == "Health Ministry"
    assert res.attribution_sources[0] == res.attribution_sources[1]


# -- parenthesised credits are not acronyms -------------------------------------------------------------
def test_wire_credit_after_a_dateline_place_is_not_an_acronym_definition() -> None:
    text = (
        "Tamale, Ghana (AFP) - Floods killed nine people, the Volta River Authority (VRA) said. "
        "A fisherman told AFP that his boat had sunk."
    )
    doc = parse(text)
    table = acronym_definitions(doc, default_aliases())
    assert "AFP" not in table
    assert [w.text for w in table["VRA"]][-3:] == ["Volta", "River", "Authority"]
    via = mention(doc, "AFP", 2)
    res = resolve_article(doc, [raw(doc, mention(doc, "A fisherman"), "told", [via])], ArticleInput(id="x", text=text))
    assert res.sources[res.attribution_via[0][0]].name == "AFP"


def test_unknown_token_in_parentheses_after_a_place_is_not_an_acronym_unless_it_is_the_initials() -> None:
    doc = parse("Tamale, Ghana (GNX) - Floods hit the north. The Northern Flood Board (NFB) said nine died.")
    table = acronym_definitions(doc, default_aliases())
    assert "GNX" not in table and "NFB" in table
    known = acronym_definitions(parse("Agence France-Presse (AFP) reported the floods."), default_aliases())
    assert "AFP" in known  # the long name is the outlet's own
    initials = acronym_definitions(parse("Accra Pilots (AP) said the harbour was closed."), default_aliases())
    assert [w.text for w in initials["AP"]] == ["Accra", "Pilots"]  # a known outlet's letters, but its initials


# -- pronouns and roles ---------------------------------------------------------------------------------
def test_person_pronoun_never_takes_a_place_the_tagger_called_a_person() -> None:
    text = 'The earth dam, near the town of Sabo Ngeru, burst at dawn. "The water came so fast," he said.'
    _, res = resolve(text, [("he", 1, "said")])
    src = source_of(res, 0)
    assert "Sabo" not in src.name
    assert src.scoped


def test_person_pronoun_takes_the_latest_unnamed_person() -> None:
    text = (
        "The earth dam, near the town of Sabo Ngeru, burst at dawn. "
        "A rescue volunteer, who asked not to be identified, told reporters that ten people were missing. "
        '"We are pulling people from the mud," he said.'
    )
    _, res = resolve(text, [("A rescue volunteer", 1, "told"), ("he", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert source_of(res, 0).kind == "anonymous"


def test_role_description_points_back_at_the_person_with_that_title() -> None:
    text = (
        "Coastal Governor Ruth Mensah said the ferry was overloaded. "
        "Finance Minister Kwame Addo said compensation would be paid. "
        '"Nobody checked the tickets," the governor said.'
    )
    _, res = resolve(
        text,
        [
            ("Coastal Governor Ruth Mensah", 1, "said"),
            ("Finance Minister Kwame Addo", 1, "said"),
            ("the governor", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[0]


def test_relative_pronoun_source_is_the_noun_its_clause_modifies() -> None:
    text = "The bridge was closed, according to police, who said it had cracked."
    _, res = resolve(text, [("police", 1, "according to"), ("who", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_first_person_pronoun_takes_the_speaker_attributed_after_the_quote() -> None:
    text = '"Nobody told us about the cracks. We would have left," farmer Yaw Darko said.'
    doc = parse(text)
    we = mention(doc, "We")
    darko = mention(doc, "farmer Yaw Darko")
    att = raw(doc, darko, "said")
    att.content = [(0, text.index(",\u201d") if ",\u201d" in text else text.index(',"'))]
    res = resolve_article(doc, [raw(doc, we, "would"), att], ArticleInput(id="x", text=text))
    assert res.attribution_sources[0] == res.attribution_sources[1]


# -- the article's own outlet -----------------------------------------------------------------------------
def test_the_articles_own_outlet_is_never_an_intermediary() -> None:
    text = "A senior engineer told Reuters that the wall had cracked. A driver told AFP the road was shut."
    _, res = resolve(
        text, [("A senior engineer", 1, "told", ["Reuters"]), ("A driver", 1, "told", ["AFP"])], outlet="Reuters"
    )
    assert res.attribution_via[0] == []
    assert [res.sources[v].name for v in res.attribution_via[1]] == ["AFP"]


def test_short_name_of_the_own_outlet_is_the_outlet_and_a_newspaper() -> None:
    text = "Residents told the Observer they had complained about the leak."
    _, res = resolve(text, [("Residents", 1, "told", ["the Observer"])], outlet="Lakeside Observer")
    assert res.attribution_via[0] == []
    _, other = resolve(text, [("Residents", 1, "told", ["the Observer"])], outlet="Reuters")
    via = other.sources[other.attribution_via[0][0]]
    assert (via.name, via.kind) == ("Observer", "media outlet")


# -- canonical names -------------------------------------------------------------------------------------
def test_canonical_person_name_is_the_full_name_not_the_surname() -> None:
    text = "Transport Cabinet Secretary Amina Wekesa said the line would reopen. Wekesa said repairs had begun."
    _, res = resolve(text, [("Transport Cabinet Secretary Amina Wekesa", 1, "said"), ("Wekesa", 1, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert source_of(res, 0).name == "Amina Wekesa"
    assert best_name(["Amina Wekesa", "Wekesa"]) == "Amina Wekesa"
    assert best_name(["GLRS", "Lake Rescue"]) == "Lake Rescue"


def test_honorific_and_age_are_not_descriptions() -> None:
    text = "Mr Osei said the shop was flooded. Abena Owusu, 38, said she escaped with her sons."
    _, res = resolve(text, [("Mr Osei", 1, "said"), ("Abena Owusu", 1, "said")])
    assert source_of(res, 0).description is None
    assert source_of(res, 1).description is None


def test_dateline_before_a_title_is_not_part_of_the_description() -> None:
    text = "ACCRA - Coastal Governor Ruth Mensah has said the ferry was overloaded."
    _, res = resolve(text, [("ACCRA - Coastal Governor Ruth Mensah", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.description) == ("Ruth Mensah", "Coastal Governor")


def test_place_name_before_a_plural_noun_is_a_group_not_a_person() -> None:
    text = "Sabo Ngeru residents told reporters the water had been seeping for weeks."
    _, res = resolve(text, [("Sabo Ngeru residents", 1, "told")])
    src = source_of(res, 0)
    assert src.kind == "collective" and not src.person


# -- a country's missions ---------------------------------------------------------------------------------
def test_an_embassy_keeps_its_country_in_its_name() -> None:
    text = "The Danish Embassy in Lima said no Danes were hurt. The Peruvian Embassy in Oslo said it was helping."
    _, res = resolve(text, [("The Danish Embassy in Lima", 1, "said"), ("The Peruvian Embassy in Oslo", 1, "said")])
    assert source_of(res, 0).name == "Danish Embassy in Lima"
    assert source_of(res, 1).name == "Peruvian Embassy in Oslo"
    assert res.attribution_sources[0] != res.attribution_sources[1]


def test_one_countrys_embassy_named_two_ways_is_one_source_across_articles() -> None:
    _, a = resolve("The Danish Embassy in Lima said no Danes were hurt.", [("The Danish Embassy in Lima", 1, "said")])
    _, b = resolve("The Danish Embassy said it was helping.", [("The Danish Embassy", 1, "said")], "b")
    assert _corpus_id([a, b], 0, 0) == _corpus_id([a, b], 1, 0)


# -- the alias table: an armed group under its acronyms and its Arabic name ---------------------------------
def test_an_armed_group_under_its_acronyms_and_arabic_name_is_one_body_of_no_state() -> None:
    wordings = ["The Islamic State", "ISIL", "Daesh", "ISIS"]
    articles = [
        resolve(f"{name} said it had carried out the raid.", [(name, 1, "said")], f"a{n}")[1]
        for n, name in enumerate(wordings)
    ]
    assert len({_corpus_id(articles, n, 0) for n in range(len(wordings))}) == 1
    src = source_of(articles[1], 0)
    assert (src.name, src.kind) == ("Islamic State", "organization")
