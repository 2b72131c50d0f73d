"""An acronym one article uses joins the long name another article gives, when its initials fit only one."""

from __future__ import annotations

from resolve_helpers import resolve

from attribution.resolve import ArticleSources, resolve_corpus


def _ids(articles: list[ArticleSources]) -> list[str]:
    resolution = resolve_corpus(articles)
    return [resolution.source_id(n, a.attribution_sources[0] or 0) for n, a in enumerate(articles)]


def _long(name: str, article_id: str) -> ArticleSources:
    return resolve(f"The {name} said the ferry was overloaded.", [(f"The {name}", 1, "said")], article_id)[1]


def _short(acronym: str, article_id: str) -> ArticleSources:
    return resolve(f"{acronym} said the harbour would reopen on Friday.", [(acronym, 1, "said")], article_id)[1]


def test_an_undefined_acronym_joins_the_long_name_its_initials_spell() -> None:
    ids = _ids([_long("Federal Maritime Safety Board", "a"), _short("FMSB", "b")])
    assert ids[0] == ids[1]


def test_small_words_of_the_long_name_are_not_in_its_acronym() -> None:
    ids = _ids([_long("Bureau of Ports and Inland Harbours", "a"), _short("BPIH", "b")])
    assert ids[0] == ids[1]


def test_an_acronym_two_long_names_share_joins_neither() -> None:
    ids = _ids([_long("Federal Maritime Safety Board", "a"), _long("Fleet Management Services Bureau", "b"),
                _short("FMSB", "c")])  # fmt: skip
    assert len(set(ids)) == 3


def test_an_acronym_whose_initials_differ_stays_apart() -> None:
    ids = _ids([_long("Federal Maritime Safety Board", "a"), _short("FMSA", "b")])
    assert ids[0] != ids[1]
