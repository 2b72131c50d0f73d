"""Titles before a name the tagger missed, spokespeople with titles, an office holder's office, a level of
government, and he/she after a surname the tagger read as a body."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_capitalised_role_words_before_a_name_make_a_person() -> None:
    text = "Harbour Fire Marshal Tomas Reyes told the paper the depot had no alarms. He said repairs were due in May."
    _, res = resolve(text, [("Harbour Fire Marshal Tomas Reyes", 1, "told"), ("He", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.person) == ("Tomas Reyes", True)
    assert src.description == "Harbour Fire Marshal"
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_role_words_before_a_body_name_keep_the_body() -> None:
    text = "The Harbour Fire Service said the depot had no alarms."
    _, res = resolve(text, [("The Harbour Fire Service", 1, "said")])
    src = source_of(res, 0)
    assert src.name == "Harbour Fire Service" and not src.person


def test_spokesperson_with_a_rank_speaks_for_the_body_under_her_own_name() -> None:
    text = (
        "The Coast Guard Authority (CGA) said two boats sank. "
        '"We found everyone," CGA regional spokesperson Lieutenant Inspector Marta Cruz told reporters.'
    )
    _, res = resolve(
        text,
        [
            ("The Coast Guard Authority (CGA)", 1, "said"),
            ("CGA regional spokesperson Lieutenant Inspector Marta Cruz", 1, "told"),
        ],
    )
    src = source_of(res, 1)
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert src.speakers == ["Marta Cruz"]


def test_the_office_of_a_role_named_before_is_that_person() -> None:
    text = (
        "Governor Ana Ruiz said 300 families had left. Shops stayed shut on Monday, the governor's office announced."
    )
    _, res = resolve(text, [("Governor Ana Ruiz", 1, "said"), ("the governor's office", 1, "announced")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_a_city_government_is_its_own_body_not_the_bureau_named_before() -> None:
    text = (
        "The fire started at noon, according to the Bureau of Coastal Safety. "
        "Residents were told to stay indoors, the city government said."
    )
    _, res = resolve(text, [("the Bureau of Coastal Safety", 1, "according"), ("the city government", 1, "said")])
    assert res.attribution_sources[1] != res.attribution_sources[0]
    assert source_of(res, 1).name == "City Government"


def test_she_after_a_surname_the_tagger_calls_a_body_is_that_person() -> None:
    text = (
        "Mayor Teodora Salcedo said the roads were open. Marco Ilagan, a spokesperson for Pacifica Cement, said the "
        "kiln was safe. Salcedo also closed the markets on Friday, she said in a radio interview."
    )
    _, res = resolve(
        text,
        [
            ("Mayor Teodora Salcedo", 1, "said"),
            ("Marco Ilagan, a spokesperson for Pacifica Cement", 1, "said"),
            ("she", 1, "said"),
        ],
    )
    assert res.attribution_sources[2] == res.attribution_sources[0]


def test_a_lowercase_body_before_spokesperson_is_the_body_the_article_named() -> None:
    text = (
        "The Ministry of Transport said the bridge would stay shut. "
        '"Repairs will take a month," ministry spokesperson Dara Quill said.'
    )
    _, res = resolve(
        text, [("The Ministry of Transport", 1, "said"), ("ministry spokesperson Dara Quill", 1, "said")]
    )
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert source_of(res, 1).speakers == ["Dara Quill"]


def test_an_office_of_a_known_body_speaks_for_the_body() -> None:
    text = (
        "The UN's regional office said 300 families had fled. "
        "The United Nations said aid would arrive on Friday."
    )
    _, res = resolve(text, [("The UN's regional office", 1, "said"), ("The United Nations", 1, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]
    assert source_of(res, 0).name == "United Nations"


def test_a_capitalised_office_is_a_body_of_its_own() -> None:
    _, res = resolve("The Foreign Office said the embassy was closed.", [("The Foreign Office", 1, "said")])
    assert source_of(res, 0).name == "Foreign Office"


def test_a_known_acronym_spelled_like_a_pronoun_is_the_body() -> None:
    text = "The WHO country office said 40 clinics had reopened."
    _, res = resolve(text, [("The WHO country office", 1, "said")])
    assert source_of(res, 0).name == "World Health Organization"
