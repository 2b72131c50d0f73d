"""Resolution across articles: one id per real source, stable ids, user alias files."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from resolve_helpers import resolve

from attribution.errors import InputError
from attribution.resolve import ArticleSources, default_aliases, load_aliases, resolve_corpus


def _id(res_list: list[ArticleSources], article: int, attribution: int) -> str:
    resolution = resolve_corpus(res_list)
    local = res_list[article].attribution_sources[attribution]
    assert local is not None
    return resolution.source_id(article, local)


def test_surname_resolves_to_full_name_across_articles() -> None:
    _, a = resolve(
        "Health Minister Marta Velikova said the clinics would reopen.",
        [("Health Minister Marta Velikova", 1, "said")],
        "a",
    )
    _, b = resolve("Velikova said vaccines had arrived.", [("Velikova", 1, "said")], "b")
    resolution = resolve_corpus([a, b])
    ida = resolution.source_id(0, a.attribution_sources[0] or 0)
    idb = resolution.source_id(1, b.attribution_sources[0] or 0)
    assert ida == idb == "marta-velikova"


def test_spelling_variant_joins_the_same_person() -> None:
    _, a = resolve(
        "Governor Dmytro Kovalenkyy said the power plant was shelled.", [("Governor Dmytro Kovalenkyy", 1, "said")], "a"
    )
    _, b = resolve("Governor Dmytro Kovalenky said repairs had begun.", [("Governor Dmytro Kovalenky", 1, "said")], "b")
    _, c = resolve("Olena Kovalenka said the shelters were full.", [("Olena Kovalenka", 1, "said")], "c")
    resolution = resolve_corpus([a, b, c])
    ids = [resolution.source_id(n, r.attribution_sources[0] or 0) for n, r in enumerate([a, b, c])]
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]


def test_spelling_variant_in_the_alias_file_joins_a_lone_surname() -> None:
    _, a = resolve(
        "Ukrainian President Volodymyr Zelensky said the front held.",
        [("Ukrainian President Volodymyr Zelensky", 1, "said")],
        "a",
    )
    _, b = resolve("Zelenskyy wrote that the front held.", [("Zelenskyy", 1, "wrote")], "b")
    resolution = resolve_corpus([a, b])
    assert resolution.source_id(0, a.attribution_sources[0] or 0) == "volodymyr-zelensky"
    assert resolution.source_id(1, b.attribution_sources[0] or 0) == "volodymyr-zelensky"
    src = resolution.source("volodymyr-zelensky")
    assert src is not None and src.kind == "person" and src.description == "Ukrainian President"


def test_possessive_country_form_resolves_via_alias_file() -> None:
    phrases = [
        (
            "South Korea\u2019s intelligence service said the tests continued.",
            "South Korea\u2019s intelligence service",
        ),
        ("South Korean intelligence said the tests continued.", "South Korean intelligence"),
        (
            "The National Intelligence Service (NIS) said the tests continued.",
            "The National Intelligence Service (NIS)",
        ),
        ("NIS said the tests continued.", "NIS"),
    ]
    results = [resolve(text, [(phrase, 1, "said")], f"a{n}")[1] for n, (text, phrase) in enumerate(phrases)]
    resolution = resolve_corpus(results)
    ids = {resolution.source_id(n, r.attribution_sources[0] or 0) for n, r in enumerate(results)}
    assert ids == {"national-intelligence-service-south-korea"}
    src = resolution.source("national-intelligence-service-south-korea")
    assert src is not None and src.kind == "intelligence agency" and src.country == "South Korea"


def test_military_intelligence_names_and_acronyms_resolve_to_one_agency() -> None:
    phrases = [
        ("Ukraine's Defense Intelligence (DIU) said the depot burned.", "Ukraine's Defense Intelligence (DIU)"),
        (
            "The Ukrainian military intelligence agency (HUR) said the depot burned.",
            "The Ukrainian military intelligence agency (HUR)",
        ),
        ("The depot burned, according to Ukraine military intelligence.", "Ukraine military intelligence"),
        ("GUR said the depot burned.", "GUR"),
    ]
    results = [
        resolve(text, [(phrase, 1, "said" if "said" in text else "according to")], f"b{n}")[1]
        for n, (text, phrase) in enumerate(phrases)
    ]
    resolution = resolve_corpus(results)
    ids = {resolution.source_id(n, r.attribution_sources[0] or 0) for n, r in enumerate(results)}
    assert len(ids) == 1


def test_names_without_alias_entry_join_by_normalised_name() -> None:
    _, a = resolve("The Coastal Defense Command said the ship sank.", [("The Coastal Defense Command", 1, "said")], "a")
    _, b = resolve("Coastal Defence Command said the crew survived.", [("Coastal Defence Command", 1, "said")], "b")
    resolution = resolve_corpus([a, b])
    assert resolution.source_id(0, a.attribution_sources[0] or 0) == resolution.source_id(
        1, b.attribution_sources[0] or 0
    )


def test_same_name_in_different_countries_stays_apart() -> None:
    _, a = resolve(
        "Chile's Coastal Guard Command said the ship sank.", [("Chile's Coastal Guard Command", 1, "said")], "a"
    )
    _, b = resolve(
        "Peru's Coastal Guard Command said the ship sank.", [("Peru's Coastal Guard Command", 1, "said")], "b"
    )
    resolution = resolve_corpus([a, b])
    ida = resolution.source_id(0, a.attribution_sources[0] or 0)
    idb = resolution.source_id(1, b.attribution_sources[0] or 0)
    assert ida != idb
    # namesakes: the slug and a hash of the article and phrase naming each first (attribution/ids.py)
    assert all(re.fullmatch(r"coastal-guard-command-[0-9a-f]{6}", i) for i in (ida, idb))


def test_anonymous_sources_are_never_merged_across_articles() -> None:
    text = "A senior official told reporters that the deal was close."
    _, a = resolve(text, [("A senior official", 1, "told")], "a")
    _, b = resolve(text, [("A senior official", 1, "told")], "b")
    resolution = resolve_corpus([a, b])
    ida = resolution.source_id(0, a.attribution_sources[0] or 0)
    idb = resolution.source_id(1, b.attribution_sources[0] or 0)
    assert ida != idb and all(re.fullmatch(r"a-senior-official-[0-9a-f]{6}", i) for i in (ida, idb))
    assert all(s.kind == "anonymous" for s in resolution.sources if s.id.startswith("a-senior"))


def test_country_collectives_join_across_articles() -> None:
    _, a = resolve("Senior U.S. officials said the talks stalled.", [("Senior U.S. officials", 1, "said")], "a")
    _, b = resolve("American officials said the talks stalled.", [("American officials", 1, "said")], "b")
    resolution = resolve_corpus([a, b])
    ida = resolution.source_id(0, a.attribution_sources[0] or 0)
    assert ida == resolution.source_id(1, b.attribution_sources[0] or 0) == "us-officials"


def _corpus() -> list[ArticleSources]:
    texts = [
        (
            "South Korean officials said the ship left. NIS said it carried fuel.",
            [("South Korean officials", 1, "said"), ("NIS", 1, "said")],
        ),
        (
            "Greta Holm said the port closed. Holm said it would reopen.",
            [("Greta Holm", 1, "said"), ("Holm", 2, "said")],
        ),
        (
            "A source said the port closed, according to Reuters.",
            [("A source", 1, "said"), ("Reuters", 1, "according to")],
        ),
        ("A source said the port reopened.", [("A source", 1, "said")]),
        ("The Coastal Guard Command said the ship sank.", [("The Coastal Guard Command", 1, "said")]),
    ]
    return [
        resolve(t, spec, f"art{n}", outlet=["UPI", None, "The Guardian", None, "Guardian"][n])[1]
        for n, (t, spec) in enumerate(texts)
    ]


def test_ids_do_not_depend_on_article_order() -> None:
    articles = _corpus()
    base = resolve_corpus(articles)

    def mapping(arts: list[ArticleSources], res) -> dict[tuple[str, int], str]:  # type: ignore[no-untyped-def]
        return {(a.article_id, n): res.source_id(k, n) for k, a in enumerate(arts) for n in range(len(a.sources))}

    expected = mapping(articles, base)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        res = resolve_corpus(shuffled)
        assert mapping(shuffled, res) == expected
        assert [s.model_dump() for s in res.sources] == [s.model_dump() for s in base.sources]
    assert [s.id for s in base.sources] == sorted(s.id for s in base.sources)
    assert len({s.id for s in base.sources}) == len(base.sources)
    # outlets: named ones join by alias, unknown ones get their own display source
    assert base.outlet_id(2) == base.outlet_id(4) == "the-guardian"
    assert base.outlet_id(1) == "art1-txt-outlet-not-named-in-text"


def test_user_alias_file_extends_the_shipped_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.json"
    user.write_text(
        json.dumps(
            {
                "sources": [
                    {
                        "name": "Harbor Policy Institute",
                        "kind": "expert or think tank",
                        "country": "Chile",
                        "aliases": ["HPI"],
                    },
                    {"name": "AFP", "kind": "wire agency", "aliases": ["Agence France Presse SA"]},
                ]
            }
        ),
        encoding="utf-8",
    )
    db = load_aliases(user, use_env=False)
    hpi = db.lookup("the HPI")
    assert hpi is not None and hpi.name == "Harbor Policy Institute"
    afp = db.lookup("Agence France Presse SA")
    assert afp is not None and afp.name == "AFP" and db.lookup("Agence France-Presse") is afp
    assert db.lookup("Yonhap") is not None  # shipped entries are still there

    _, a = resolve("HPI said rents rose.", [("HPI", 1, "said")], "a")
    _, b = resolve("The Harbor Policy Institute said rents rose.", [("The Harbor Policy Institute", 1, "said")], "b")
    resolution = resolve_corpus([a, b], aliases=db)
    ids = {
        resolution.source_id(0, a.attribution_sources[0] or 0),
        resolution.source_id(1, b.attribution_sources[0] or 0),
    }
    assert ids == {"harbor-policy-institute"}
    src = resolution.source("harbor-policy-institute")
    assert src is not None and src.kind == "expert or think tank"

    monkeypatch.setenv("ATTRIBUTION_ALIASES", str(user))
    assert default_aliases().lookup("HPI") is not None
    monkeypatch.delenv("ATTRIBUTION_ALIASES")
    assert default_aliases().lookup("HPI") is None


def test_broken_user_alias_file_is_a_one_line_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_aliases(bad, use_env=False)
    assert "bad.json" in str(err.value) and "\n" not in str(err.value)
    wrong_kind = tmp_path / "kind.json"
    wrong_kind.write_text(json.dumps([{"name": "X Corp", "kind": "spaceship"}]), encoding="utf-8")
    with pytest.raises(InputError):
        load_aliases(wrong_kind, use_env=False)


def test_spelling_variant_accepts_transliteration_habits_only() -> None:
    from attribution.resolve.normalize import spelling_variant

    assert spelling_variant("volodymyr zelenskyy", "volodymyr zelensky")
    assert spelling_variant("volodymyr zelenskiy", "volodymyr zelensky")
    assert spelling_variant("sergei lavrov", "sergey lavrov")
    assert not spelling_variant("kim min jun", "kim min jin")
    assert not spelling_variant("olena kovalenka", "olena kovalenko")


# -- anonymous sources relayed by another outlet ------------------------------------------------------------
def _anonymous_story(text: str, outlet: str, article_id: str, via: str | None = None, citing: str | None = None):  # type: ignore[no-untyped-def]
    """One article whose anonymous source is "a person close to the talks", told to the outlet directly, told to
    ``via`` ("told Bloomberg"), or cited by ``citing`` ("Bloomberg, citing ..., reported")."""
    from resolve_helpers import mention, parse, raw

    from attribution.article import ArticleInput
    from attribution.resolve import resolve_article

    doc = parse(text)
    phrase = "a person close to the talks" if "a person close" in text else "A person close to the talks"
    person = mention(doc, phrase)
    raws = []
    if citing is not None:
        raws.append(raw(doc, mention(doc, citing), "reported"))
    told = raw(doc, person, "told" if "told" in text else "citing", [mention(doc, via)] if via else None)
    told.parent = 0 if citing is not None else None
    raws.append(told)
    art = ArticleInput(id=article_id, text=text, path=f"{article_id}.txt", outlet=outlet)
    return resolve_article(doc, raws, art)


def test_anonymous_source_told_to_another_outlet_is_that_outlets_own_source() -> None:
    own = _anonymous_story("A person close to the talks told Bloomberg that the deal was off.", "Bloomberg", "a")
    relayed = _anonymous_story(
        "A person close to the talks told Bloomberg that the deal had collapsed.", "Daily Ledger", "b", via="Bloomberg"
    )
    cited = _anonymous_story(
        "Bloomberg, citing a person close to the talks, reported that the deal was off.",
        "Evening Post",
        "c",
        citing="Bloomberg",
    )
    articles = [own, relayed, cited]
    resolution = resolve_corpus(articles)
    ids = {resolution.source_id(k, art.attribution_sources[-1] or 0) for k, art in enumerate(articles)}
    assert len(ids) == 1


def test_anonymous_sources_of_different_outlets_stay_apart() -> None:
    own = _anonymous_story("A person close to the talks told Bloomberg that the deal was off.", "Bloomberg", "a")
    other = _anonymous_story(
        "A person close to the talks told the Herald that the deal was off.", "Daily Ledger", "b", via="the Herald"
    )
    direct = _anonymous_story("A person close to the talks told the Ledger the deal was off.", "Ledger Online", "c")
    articles = [own, other, direct]
    resolution = resolve_corpus(articles)
    ids = {resolution.source_id(k, art.attribution_sources[-1] or 0) for k, art in enumerate(articles)}
    assert len(ids) == 3
