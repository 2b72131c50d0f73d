"""``to_ud`` as a pure function over lists (no model): the rules on hand-built ClearNLP trees."""

from __future__ import annotations

from attribution.nlp.ud import to_ud


def test_to_ud_does_not_modify_its_inputs():
    heads, deps = [1, 1, 1], ["nsubj", "ROOT", "punct"]
    upos, lemmas = ["PRON", "VERB", "PUNCT"], ["he", "leave", "."]
    to_ud(heads, deps, upos, lemmas)
    assert heads == [1, 1, 1] and deps == ["nsubj", "ROOT", "punct"]


def test_stranded_preposition_is_promoted_to_obl():
    # "Nobody knew whom he spoke to"-style stranding: "to" has no object left
    words = ["he", "spoke", "to"]
    heads, labels = to_ud([1, 1, 1], ["nsubj", "ROOT", "prep"], ["PRON", "VERB", "ADP"], words)
    assert labels == ["nsubj", "root", "obl"]
    assert heads == [1, 1, 1]


def test_preposition_under_a_restructured_preposition_attaches_to_its_object():
    # "rose from 3 to 5" as ClearNLP sometimes builds it: "to" under "from"
    words = ["rose", "from", "3", "to", "5"]
    heads = [0, 0, 1, 1, 3]
    deps = ["ROOT", "prep", "pobj", "prep", "pobj"]
    upos = ["VERB", "ADP", "NUM", "ADP", "NUM"]
    new_heads, labels = to_ud(heads, deps, upos, words)
    assert (new_heads[2], labels[2]) == (0, "obl")
    assert (new_heads[4], labels[4]) == (2, "nmod")  # under "3", never under the case word "from"
    assert (new_heads[3], labels[3]) == (4, "case")


def test_lone_dative_is_obj_but_stays_iobj_next_to_a_direct_object():
    # "told him that ..." (ClearNLP may call "him" dative) vs "told him the news"
    _, alone = to_ud(
        [1, 1, 1, 4, 1],
        ["nsubj", "ROOT", "dative", "mark", "ccomp"],
        ["PRON", "VERB", "PRON", "SCONJ", "VERB"],
        ["she", "tell", "he", "that", "go"],
    )
    assert alone[2] == "obj"
    _, both = to_ud(
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dative", "dobj"],
        ["PRON", "VERB", "PRON", "NOUN"],
        ["she", "tell", "he", "news"],
    )
    assert (both[2], both[3]) == ("iobj", "obj")
