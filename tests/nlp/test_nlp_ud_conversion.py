"""ClearNLP -> UD conversion, observed through the real spaCy engine on sentences written for the tests."""

from __future__ import annotations

from nlp_helpers import head_of, tok


def test_according_to_becomes_case_and_fixed_on_the_object(parse):
    doc = parse("According to the harbour authority, the ferry sank near the pier.")
    obj = tok(doc, "authority")
    assert obj.deprel == "obl"
    assert head_of(doc, obj).text == "sank"
    according, to = tok(doc, "According"), tok(doc, "to")
    assert (according.deprel, head_of(doc, according).text) == ("case", "authority")
    assert (to.deprel, head_of(doc, to).text) == ("fixed", "According")


def test_passive_by_phrase_becomes_obl_agent(parse):
    doc = parse("The warning was issued by the weather bureau on Monday.")
    agent = tok(doc, "bureau")
    assert agent.deprel == "obl:agent"
    assert head_of(doc, agent).text == "issued"
    assert tok(doc, "by").deprel == "case"
    assert head_of(doc, tok(doc, "by")).text == "bureau"
    assert tok(doc, "warning").deprel == "nsubj:pass"


def test_copula_predicate_heads_the_clause(parse):
    doc = parse("The mayor is a former engineer.")
    pred = tok(doc, "engineer")
    assert pred.deprel == "root" and pred.head == pred.i
    assert (tok(doc, "is").deprel, tok(doc, "is").head) == ("cop", pred.i)
    assert tok(doc, "mayor").head == pred.i and tok(doc, "mayor").deprel == "nsubj"


def test_told_object_is_obj(parse):
    doc = parse("The commander told reporters that the bridge had collapsed.")
    assert tok(doc, "reporters").deprel == "obj"
    assert head_of(doc, tok(doc, "reporters")).text == "told"
    assert tok(doc, "collapsed").deprel == "ccomp"
    assert head_of(doc, tok(doc, "collapsed")).text == "told"


def test_because_of_gets_case_and_fixed(parse):
    doc = parse("The bridge was closed because of the storm.")
    storm, because, of = tok(doc, "storm"), tok(doc, "because"), tok(doc, "of")
    assert (storm.deprel, head_of(doc, storm).text) == ("obl", "closed")
    assert (because.deprel, head_of(doc, because).text) == ("case", "storm")
    assert (of.deprel, head_of(doc, of).text) == ("fixed", "because")


def test_due_to_gets_case_and_fixed(parse):
    doc = parse("Flights were cancelled due to the weather.")
    weather, due, to = tok(doc, "weather"), tok(doc, "due"), tok(doc, "to")
    assert (weather.deprel, head_of(doc, weather).text) == ("obl", "cancelled")
    assert (due.deprel, head_of(doc, due).text) == ("case", "weather")
    assert (to.deprel, head_of(doc, to).text) == ("fixed", "due")


def test_prepositional_modifier_of_a_noun_is_nmod(parse):
    doc = parse("A spokesman for the navy declined to comment.")
    navy = tok(doc, "navy")
    assert (navy.deprel, head_of(doc, navy).text) == ("nmod", "spokesman")
    assert head_of(doc, tok(doc, "for")).text == "navy"


def test_dative_to_phrase_becomes_obl_with_case(parse):
    doc = parse("He handed the documents to the police.")
    police = tok(doc, "police")
    assert (police.deprel, head_of(doc, police).text) == ("obl", "handed")
    assert (tok(doc, "to").deprel, head_of(doc, tok(doc, "to")).text) == ("case", "police")


def test_extraposed_clause_is_the_subject_of_the_predicate(parse):
    doc = parse("It is clear that the ministry lied.")
    clear = tok(doc, "clear")
    assert clear.deprel == "root"
    assert (tok(doc, "lied").deprel, tok(doc, "lied").head) == ("csubj", clear.i)
    assert tok(doc, "It").deprel == "expl"
    assert tok(doc, "is").deprel == "cop"


def test_clausal_subject_of_a_copula_hangs_on_the_predicate(parse):
    doc = parse("That he resigned is clear.")
    clear = tok(doc, "clear")
    assert clear.deprel == "root"
    assert (tok(doc, "resigned").deprel, tok(doc, "resigned").head) == ("csubj", clear.i)


def test_existential_there_keeps_be_as_head(parse):
    doc = parse("There is no evidence of an attack.")
    be = tok(doc, "is")
    assert be.deprel == "root"
    assert (tok(doc, "evidence").deprel, tok(doc, "evidence").head) == ("nsubj", be.i)
    assert tok(doc, "There").deprel == "expl"


def test_after_saying_makes_the_preposition_a_mark(parse):
    doc = parse("The minister left after saying nothing.")
    saying = tok(doc, "saying")
    assert (saying.deprel, head_of(doc, saying).text) == ("advcl", "left")
    assert (tok(doc, "after").deprel, tok(doc, "after").head) == ("mark", saying.i)


def test_coordinated_agents_are_conjuncts(parse):
    doc = parse("He was questioned by police and by soldiers.")
    police, soldiers = tok(doc, "police"), tok(doc, "soldiers")
    assert police.deprel == "obl:agent"
    assert (soldiers.deprel, soldiers.head) == ("conj", police.i)
    assert tok(doc, "and").head == soldiers.i  # UD: cc hangs on the conjunct it introduces
    assert head_of(doc, tok(doc, "by", 1)).text == "soldiers"


def test_every_sentence_has_exactly_one_root(parse):
    doc = parse(
        "Officials said the dam held. According to residents, water reached the square because of the rain. "
        "It is unclear who gave the order to the soldiers."
    )
    for s, sent in enumerate(doc.sentences):
        toks = doc.sentence_tokens(s)
        roots = [t for t in toks if t.head == t.i]
        assert len(roots) == 1 and roots[0].deprel == "root"
        assert all(sent.start_token <= t.head < sent.end_token for t in toks)
        assert all(t.deprel != "root" for t in toks if t.head != t.i)
