"""A name joined by "and"/"or" to a place after "in" or "near" is a place too (rule place_in_a_list_of_places):
"he" never points back at it, though the tagger may call it a person. A comma alone joins no list ("the court in
Lyon, Paul Reyes"). Sentences written for these tests."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_he_skips_a_town_named_last_in_a_list_after_in() -> None:
    text = (
        "Thirty people were killed in Bogo, the civil defence office's Rafael Mendoza said.\n\n"
        "In other towns near the epicentre, 12 were killed in Cantal, four in Dorado and one each in Ronda and "
        "Aloguinsan, he said."
    )
    _, res = resolve(text, [("the civil defence office's Rafael Mendoza", 1, "said"), ("he", 1, "said")])
    assert source_of(res, 1).name == "Rafael Mendoza"
    assert all(s.name != "Aloguinsan" for s in res.sources)
