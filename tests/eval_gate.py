"""Evaluation gate: the pipeline's scores on the seeds and the probe never fall below these floors.

Floors only ever rise: when a change improves a figure, raise its floor here in the
same commit. `scripts/evaluate.py` prints the current figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.evaluation.claims import evaluate
from attribution.evaluation.extraction import evaluate_extraction

EXTRACTION_FLOORS = {
    "source_precision": 1.0,
    "source_recall": 1.0,
    "origin_precision": 1.0,
    "origin_recall": 1.0,
}

TRACING_FLOORS = {
    "mention_recall": 1.00,
    "origin_accuracy": 0.92,
    # round twelve (where12): the gold's capture-location joined its claim, captured (issue 16: a place
    # disagreement is a conflict of the claim it belongs to); on that gold main measured .842, the branch .923
    "grouping_f1": 0.92,
    "verdict_accuracy": 0.92,
}


@pytest.mark.parametrize("figure", sorted(EXTRACTION_FLOORS))
def test_extraction_scores_hold_their_floor(seed_report, gold, seeds_dir, figure):
    scores = evaluate_extraction(seed_report, gold, gold_dir=str(seeds_dir))
    assert scores[figure] >= EXTRACTION_FLOORS[figure] - 1e-9, scores


@pytest.mark.parametrize("figure", sorted(TRACING_FLOORS))
def test_tracing_scores_hold_their_floor(seed_report, gold, seeds_dir, figure):
    scores = evaluate(seed_report, gold, gold_dir=str(seeds_dir))
    assert scores[figure] >= TRACING_FLOORS[figure] - 1e-9, scores


# -- the probe corpus: five articles about another event, written with their gold answer before
# the tool ever ran on them (fixtures/probe, fixtures/probe_gold.json). It guards against rules that
# only fit the seeds; its floors rise like the seeds' do.
PROBE = Path(__file__).resolve().parent.parent / "fixtures" / "probe"

PROBE_EXTRACTION_FLOORS = {
    "source_precision": 0.94,
    "source_recall": 0.94,
    "origin_precision": 0.90,
    "origin_recall": 0.90,
}

PROBE_TRACING_FLOORS = {
    "mention_recall": 1.00,
    "origin_accuracy": 0.75,
    "grouping_f1": 0.85,
    "verdict_accuracy": 0.91,
}


# the second probe (a ransomware attack on a hospital group; six outlets of different styles)
PROBE2 = PROBE.parent / "probe2"

PROBE2_EXTRACTION_FLOORS = {
    "source_precision": 0.98,
    "source_recall": 0.93,
    "origin_precision": 0.95,
    "origin_recall": 0.90,
}

PROBE2_TRACING_FLOORS = {
    "mention_recall": 0.90,
    "origin_accuracy": 0.69,
    "grouping_f1": 0.55,  # round eight (group8's same-origin join, origin8, conflict8)
    # round eight (group8's same-origin join, origin8, conflict8) set 0.72; round twelve's rule
    # unidentified_origin_holds_back (a confirmation counted on an origin the tool could not identify is held
    # back: right on 13 of 13 such claims at first contact on real stories) keeps two confirmations of this
    # probe's gold as single-origin: ops-postponed (the group and "one hospital insider", who speaks for the
    # group by issue 15's own rule) and entry-vector (two anonymous sourcings, "independence cannot be proven" in
    # the gold's note): the gold disagrees with issue 15's cautious answer there, so the floor moves to 0.66.
    "verdict_accuracy": 0.66,
}

# the third probe (a vehicle recall: wire, newspaper, business outlet, broadcaster, blog): written
# last and used for one small round of fixes only, it is the closest to unseen text we have
PROBE3 = PROBE.parent / "probe3"

PROBE3_EXTRACTION_FLOORS = {
    "source_precision": 0.88,
    "source_recall": 0.84,
    "origin_precision": 0.88,
    "origin_recall": 0.84,
}

PROBE3_TRACING_FLOORS = {
    "mention_recall": 0.85,
    "origin_accuracy": 0.72,
    "grouping_f1": 0.53,  # round eight (group8's same-origin join, origin8, conflict8)
    "verdict_accuracy": 0.84,
}

# the fourth probe (a chemical plant blast: wire, broadsheet crediting it, broadcaster, local paper,
# a tabloid copying without credit, a Japanese paper's English edition citing a local agency)
PROBE4 = PROBE.parent / "probe4"

PROBE4_EXTRACTION_FLOORS = {
    "source_precision": 0.87,
    "source_recall": 0.85,
    "origin_precision": 0.84,
    "origin_recall": 0.81,
}

PROBE4_TRACING_FLOORS = {
    "mention_recall": 0.90,
    "origin_accuracy": 0.55,
    "grouping_f1": 0.76,  # round eight (group8's same-origin join, origin8, conflict8)
    # 0.95 until round twelve: rule unidentified_origin_holds_back keeps residents-symptoms single-origin, whose
    # confirmation the tool had counted on Eduardo Panganiban and "one grandfather", who is Panganiban (the gold's
    # second origin, Rosario Dimaculangan, is in no mention the tool groups with them): right for a wrong reason.
    "verdict_accuracy": 0.90,
}

# the fifth probe (a transport-contract scandal: investigative site holding leaked documents, a wire
# citing it, a broadcaster, a partisan site, a regional paper, a Spanish paper's English edition)
PROBE5 = PROBE.parent / "probe5"

PROBE5_EXTRACTION_FLOORS = {
    "source_precision": 0.80,
    "source_recall": 0.71,
    "origin_precision": 0.80,
    "origin_recall": 0.71,
}

PROBE5_TRACING_FLOORS = {
    "mention_recall": 0.91,
    "origin_accuracy": 0.59,  # round eight (group8's same-origin join, origin8, conflict8)
    "grouping_f1": 0.48,  # round eight (group8's same-origin join, origin8, conflict8)
    "verdict_accuracy": 0.81,  # round eight (group8's same-origin join, origin8, conflict8)
}

# the sixth probe (a cholera outbreak: wire, national paper crediting it, health trade publication,
# local radio site, aggregator), written at the end of the third session (one small round of fixes)
PROBE6 = PROBE.parent / "probe6"

PROBE6_EXTRACTION_FLOORS = {
    "source_precision": 0.84,
    "source_recall": 0.80,
    "origin_precision": 0.68,
    "origin_recall": 0.65,
}

PROBE6_TRACING_FLOORS = {
    "mention_recall": 0.89,
    "origin_accuracy": 0.47,  # round eight (group8's same-origin join, origin8, conflict8)
    "grouping_f1": 0.34,  # round eight (group8's same-origin join, origin8, conflict8)
    "verdict_accuracy": 0.76,
}

CORPORA = {
    "probe": (PROBE, "probe_gold.json", PROBE_EXTRACTION_FLOORS, PROBE_TRACING_FLOORS),
    "probe2": (PROBE2, "probe2_gold.json", PROBE2_EXTRACTION_FLOORS, PROBE2_TRACING_FLOORS),
    "probe3": (PROBE3, "probe3_gold.json", PROBE3_EXTRACTION_FLOORS, PROBE3_TRACING_FLOORS),
    "probe4": (PROBE4, "probe4_gold.json", PROBE4_EXTRACTION_FLOORS, PROBE4_TRACING_FLOORS),
    "probe5": (PROBE5, "probe5_gold.json", PROBE5_EXTRACTION_FLOORS, PROBE5_TRACING_FLOORS),
    "probe6": (PROBE6, "probe6_gold.json", PROBE6_EXTRACTION_FLOORS, PROBE6_TRACING_FLOORS),
}


@pytest.fixture(scope="module")
def probe_runs() -> dict:
    """Report and gold of each probe corpus, built once for the module."""
    from attribution.pipeline import Options, run

    out = {}
    for name, (folder, gold_name, _e, _t) in CORPORA.items():
        report = run([str(p) for p in sorted(folder.glob("*.txt"))], Options(engine="spacy"))
        out[name] = (report, json.loads((folder.parent / gold_name).read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize(
    ("corpus", "figure"), [(c, f) for c, v in sorted(CORPORA.items()) for f in sorted(v[2])]
)
def test_probe_extraction_scores_hold_their_floor(probe_runs, corpus, figure):
    report, gold = probe_runs[corpus]
    scores = evaluate_extraction(report, gold, gold_dir=str(CORPORA[corpus][0]))
    assert scores[figure] >= CORPORA[corpus][2][figure] - 1e-9, scores


@pytest.mark.parametrize(
    ("corpus", "figure"), [(c, f) for c, v in sorted(CORPORA.items()) for f in sorted(v[3])]
)
def test_probe_tracing_scores_hold_their_floor(probe_runs, corpus, figure):
    report, gold = probe_runs[corpus]
    scores = evaluate(report, gold, gold_dir=str(CORPORA[corpus][0]))
    assert scores[figure] >= CORPORA[corpus][3][figure] - 1e-9, scores


# -- PolNeAR: real annotated news (../shared/polnear/train). The gate is a fixed subset of the
# dev fold that training never sees (attribution.learned.polnear.in_gate); scored by the shared
# scorer on the whole product (rules + model). Skipped where the shared folder is not laid out.
def _polnear_shared() -> Path | None:
    root = Path(__file__).resolve().parent.parent
    for up in (root.parent, root.parent.parent):
        if (up / "shared" / "polnear" / "train" / "text").is_dir() and (up / "shared" / "tools").is_dir():
            return up / "shared"
    return None


# gate figures (attribution, source, cue, content overlap F1): rules alone 0.580 / 0.616 / 0.600 / 0.618;
# merge "disjoint" with tracing deciding which attributions make claims 0.714 / 0.726 / 0.739 / 0.767
# exact F1 (round seven, branch extract7: the span-boundary steps of extraction/boundaries.py): gate
# source / cue / content exact .631 / .647 / .398 before the steps, .685 / .675 / .498 after
# round seven (recall7: bare model cues take their verb's clause or object, rule "in-finding", merge
# "holding": a rule attribution inside a proposal's content nests under it) 0.727 / 0.736 / 0.756 / 0.771
# round eight (extractor 1.1.0, origin8's follow-up quotes): 0.737 / 0.744 / 0.767 / 0.787, exact .704 / .698 / .510
# round nine (chain9: quoted-as-saying, as-per, press relays): 0.741 / 0.740 / 0.766 / 0.790, exact .703 / .696 / .511
# round ten (extract10: a learned choice of content edges where model and rule agree): 0.743 / 0.741 / 0.766 /
# 0.792, exact .702 / .694 / .554
# round eleven (polnear11: a learned cue classifier over the parse; unattr11, cont11: stances, colon quotes, also-
# continuations): 0.747 / 0.740 / 0.772 / 0.791, exact .701 / .690 / .554
# round twelve (polnear12: one speech act is one outermost attribution, sources from the parse, quotes of the act's
# own cue): 0.772 / 0.774 / 0.796 / 0.817, exact .733 / .711 / .578 (dev fold attribution .725 -> .745)
# round fourteen (polnear14: a model source that is the undergoer of its act is dropped): source 0.774 -> 0.781,
# exact .733 -> .740 (dev fold source overlap .750 -> .756)
# round fifteen (polnear15: a continued quote holds the report inside it, the cue classifier's attributions take the
# cue's subject, the one asked is no source; unattr15): 0.774 / 0.786 / 0.797 / 0.819, exact .745 / .712 / .583
# (dev fold attribution .745 -> .748, source overlap .757 -> .763)
# round sixteen (polnear16: a raised subject opens the content, the relative pronoun as source, content kept in the
# cue's own sentence): 0.774 / 0.791 / 0.797 / 0.819, exact .745 / .712 / .593 (dev fold source overlap .763 -> .768,
# content exact .557 -> .566)
POLNEAR_FLOORS = {
    "attribution": 0.77,
    "source_overlap": 0.79,
    "cue_overlap": 0.79,
    "content_overlap": 0.81,
    "source_exact": 0.74,
    "cue_exact": 0.71,
    "content_exact": 0.59,
}


@pytest.fixture(scope="module")
def polnear_gate_scores(tmp_path_factory):
    shared = _polnear_shared()
    if shared is None:
        pytest.skip("../shared/polnear is not here")
    import importlib.util

    from attribution.pipeline import extract

    spec = importlib.util.spec_from_file_location("score_polnear", shared / "tools" / "score_polnear.py")
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from evaluate_polnear import layout

    work = tmp_path_factory.mktemp("polnear") / "gate"
    layout(shared / "polnear" / "train", "gate", work)
    pred = tmp_path_factory.mktemp("pred") / "pred.json"
    pred.write_text(extract([work / "text"]).model_dump_json(), encoding="utf-8")
    res = sc.score(work, sc.read_pred(pred))
    return {
        "attribution": res["attribution"]["f1"],
        **{f"{r}_overlap": res[r]["overlap"]["f1"] for r in ("source", "cue", "content")},
        **{f"{r}_exact": res[r]["exact"]["f1"] for r in ("source", "cue", "content")},
    }


@pytest.mark.parametrize("figure", sorted(POLNEAR_FLOORS))
def test_polnear_gate_scores_hold_their_floor(polnear_gate_scores, figure):
    assert polnear_gate_scores[figure] >= POLNEAR_FLOORS[figure] - 1e-9, polnear_gate_scores


# -- real multi-outlet stories (fixtures/real: development; fixtures/real-heldout: held out of every round
# of fixes), scored by the shared scorer (../shared/tools/score_claims.py) through scripts/evaluate_real.py.
# Floors are pooled per root; the false "independently-confirmed" count is a ceiling (it may only fall).
REAL_FLOORS = {
    # development: twelve stories since round six (the six held out before joined them); the first run over the
    # twelve set these (pooled, each rounded down): verdict 0.772, mention 0.963, origin 0.827, grouping 0.613;
    # round six's rules raised them to verdict 0.840, origin 0.851, grouping 0.623 (means of the twelve).
    # Round seven: the three stories held out of round six (politics-hasina-resigns, courts-google-search-monopoly,
    # health-fda-kisunla) joined them, fifteen in all. Over the fifteen on main at the start of round seven:
    # verdict 0.832, mention 0.965, origin 0.846, grouping 0.614, false IC 5 (all five on the three newcomers, whose
    # held-out ceiling was 5): the floors follow the new ground, not a regression of the twelve.
    # depend7's verdict rules (reworded_copy, model_only_reading, head_before_modifier, names_another_origin,
    # pronoun_beside_a_name): verdict 0.832 -> 0.856, false IC 5 -> 0.
    # nonsrc7's origin readings (thing_not_speaker, body_role_then_name, programmes as intermediaries, ...):
    # origin 0.846 -> 0.861, chain 0.834 -> 0.855.
    # group7's loose second pass (joins that change no verdict): grouping 0.612 -> 0.621, verdict 0.856 -> 0.861.
    # Round eight: the three stories held out of round seven (cyber-synnovis-ransomware, disaster-valencia-floods,
    # election-mexico-sheinbaum) joined them, eighteen in all. Over the eighteen on main at the start of round eight
    # (09bc3c5): verdict 0.816 (pooled), mention 0.970, origin 0.844, grouping 0.624 (means), false IC 7 (all seven
    # on the three newcomers, whose held-out ceiling was 7): the floors follow the new ground, not a regression.
    # Round eight's merges (group8 same-origin join, conflict8, verdict8's confirmation gate chosen leaving one
    # story out, depend8, origin8, cost9, extract8): verdict 0.816 -> 0.839, origin 0.844 -> 0.852, grouping
    # 0.624 -> 0.645, false IC 7 -> 1.
    # Second wave (reports8: unnamed press reports as an origin that never confirms): verdict 0.843, origin 0.856.
    # Round nine: the three stories held out of round eight (aviation-haneda-collision,
    # centralbank-boj-ends-negative-rates, diplomacy-ankara-prisoner-swap) joined them, twenty-one in all. Over the
    # twenty-one on main at the start of round nine (434d3ab): verdict 0.826 (pooled over 304 gold claims),
    # mention 0.970, origin 0.860, grouping 0.637 (means; chain 0.849), false IC 7 of 15 (six on the three
    # newcomers, whose held-out ceiling was 6): the floors follow the new ground, not a regression of the eighteen.
    # Round nine's merges (press9: a news organisation reporting on its own authority is no second body; camp9:
    # the party in power is its government's camp; conflict9; chain9: chains through the press, "reports" cues):
    # verdict 0.826 -> 0.839, origin 0.860 -> 0.871, chain 0.849 -> 0.864, grouping 0.637 -> 0.641, false IC 7 -> 1.
    # Round ten: the three stories held out of round nine (disaster-marapi-eruption, attack-fico-shooting,
    # labour-us-port-strike) joined them, twenty-four in all. Over the twenty-four on main at the start of round ten
    # (fbd3029): verdict 0.833 (pooled over 348 gold claims), mention 0.972, origin 0.877, grouping 0.644 (means;
    # chain 0.870), false IC 2 of 8 (one on the newcomers, whose held-out ceiling was 1): the floors follow the new
    # ground, not a regression of the twenty-one.
    # Round ten's merges (conflict10, group10: a clause's date no ranking; ic10: officials may be an officer,
    # one passage in two articles; origin10: reactions, asides, pictures; statement10; ingest10: date markers;
    # oracle10: name cores, the most specific body, one administration; gate10: the gate's fit; cost12, hard10,
    # extract10 with the same figures): verdict 0.833 -> 0.851, origin 0.877 -> 0.889, chain 0.870 -> 0.882,
    # grouping 0.644 -> 0.650, false IC 2 of 8 -> 0 of 5 (under gold grouping 3 -> 0).
    # Round eleven: the three stories held out of round ten (rail-odisha-train-crash, courts-pelicot-verdict,
    # protest-kenya-parliament) joined them, twenty-seven in all. Over the twenty-seven on main at the start of round
    # eleven (c47d07d): verdict 0.840 (pooled, 335/399 gold claims), mention 0.971, origin 0.888, grouping 0.654
    # (means; chain 0.880), false IC 2 of 7 (both on the newcomers, whose held-out ceiling was 2): the floors follow
    # the new ground, not a regression of the twenty-four.
    # Round eleven's merges (ic11: a figure left behind, an inquiry is a paper, one passage one speaker; unattr11:
    # stances, dismissals, colon quotes, 'per' a body; recall11: inverted clauses, between-two-cues, places in a
    # list; cont11: also-continuations, possessive work holders; conflict11, polnear11, hard11, group11 and split11
    # with the same verdicts): verdict 0.840 -> 0.872 (348/399), origin 0.888 -> 0.904, chain 0.880 -> 0.896,
    # grouping 0.654 -> 0.656, mention 0.971 -> 0.970, false IC 2 of 7 -> 0 of 5 (under gold grouping 1 -> 0).
    # Round twelve: the three stories held out of round eleven (tech-att-outage, disaster-chile-wildfires,
    # space-odysseus-landing) joined them, thirty in all. Over the thirty on main at the start of round twelve
    # (e94c742): verdict 0.857 (pooled, 391/456 gold claims), mention 0.965, origin 0.896, grouping 0.653 (means;
    # chain 0.888), false IC 4 of 9 (all four on the newcomers, whose held-out ceiling was 4): the floors follow the
    # new ground, not a regression of the twenty-seven.
    # Round twelve's merges (gate12: unidentified_origin_holds_back; ic12: translated names, a head of state and
    # unnamed authorities, insiders, machines, hyphens, a body's statement about itself; mention12; unattr12;
    # where12, conflict12, polnear12 and group12 with the same verdicts): verdict 0.857 -> 0.877 (400/456), mention
    # 0.965 -> 0.975, origin 0.896 -> 0.902, chain 0.888 -> 0.894, grouping 0.653 -> 0.655, false IC 4 of 9 -> 0 of 5.
    # Round thirteen: the three stories held out of round twelve (conflict-haniyeh-killed, politics-navalny-death,
    # maritime-bayesian-sinking) joined them, thirty-three in all. Over the thirty-three on main at the start of round
    # thirteen (1bcd098): verdict 0.865 (pooled, 429/496 gold claims), mention 0.976, origin 0.891, grouping 0.654
    # (means; chain 0.883), false IC 6 of 12 (all six on the newcomers, whose held-out ceiling was 6): the floors
    # follow the new ground, not a regression of the thirty.
    # Round thirteen's merges (ic13: one prison service under two renderings, the listener is no origin, a
    # nationality is no affiliation, the foreign press relays; unattr13: quotes across sentences, verdicts and wishes
    # that make no claim, ...; conflict13, statement13, cost16, group13 and group13b with the same verdicts): verdict
    # 0.865 -> 0.889 (441/496), origin 0.891 -> 0.900, chain 0.883 -> 0.891, grouping 0.654 -> 0.655, mention 0.976,
    # false IC 6 of 12 -> 0 of 5 (gold IC found 6 -> 5: Bayesian dead-and-missing was confirmed on the relaying press).
    # Round fourteen: the three stories held out of round thirteen (industry-kostenko-mine-fire,
    # crowd-hathras-stampede, recall-cybertruck-pedal) joined them, thirty-six in all. Over the thirty-six on main at
    # the start of round fourteen (5cc8206): verdict 0.886 (pooled, 489/552 gold claims), mention 0.977, origin 0.899,
    # grouping 0.660 (means; chain 0.888), false IC 3 of 9 (all three on the newcomers, whose held-out ceiling was 3):
    # the floors follow the new ground, not a regression of the thirty-three.
    # Round fourteen's merges (ic14: one quotation one author, officials of no body; unattr14: posting verbs, the
    # report, given by; group14, conflict14, polnear14, cost17 with the same verdicts): verdict 0.886 -> 0.893
    # (493/552), origin 0.899 -> 0.902, chain 0.888 -> 0.891, grouping 0.660 -> 0.662, mention 0.977, false IC 3 of 9
    # -> 1 of 7 (gold IC found 6 kept).
    # Round fifteen: the three stories held out of round fourteen (infrastructure-baltic-cables,
    # election-venezuela-disputed, royal-king-charles-cancer) joined them, thirty-nine in all. Over the thirty-nine on
    # main at the start of round fifteen (c75319a): verdict 0.889 (pooled, 546/614 gold claims), mention 0.977, origin
    # 0.897, grouping 0.662 (means; chain 0.884), false IC 2 of 8 (one on the newcomers, whose held-out ceiling was 1;
    # the other Hathras's permission): the floors follow the new ground, not a regression of the thirty-six.
    # Round fifteen's merges (ic15: more than a person, last word of the other, reports an undertaking; unattr15: a
    # poll shows, a judge rules that; pronoun15/16: gender from titles, the palace, the French leader; group15:
    # percentages that disagree; conflict15/16, polnear15, statement15, percent15, quotes15, cost19 with the same
    # verdicts): verdict 0.889 -> 0.896 (550/614), origin 0.897 -> 0.8999, chain 0.884 -> 0.887, grouping 0.662 ->
    # 0.665, mention 0.977 -> 0.978, false IC 2 of 8 -> 1 of 7 (gold IC found 6 kept).
    # Round sixteen: the three stories held out of round fifteen (attack-crocus-concert-hall, aviation-alaska-door-plug,
    # business-openai-altman-ousted) joined them, forty-two in all. Over the forty-two on main at the start of round
    # sixteen (228a04d): verdict 0.875 (pooled, 594/679 gold claims), mention 0.979, origin 0.895, grouping 0.668
    # (means; chain 0.879), false IC 5 of 12 (four on the newcomers, whose held-out ceiling was 4; the fifth Hathras's
    # permission): the floors follow the new ground, not a regression of the thirty-nine.
    # Round sixteen's merges (group16/conflict17: a number inside a name is no figure; ic16: affiliated press, the
    # first named party; members16: members speak for their body; unattr16, chain16, polnear16, gate16 and the
    # Islamic State's aliases): verdict 0.875 -> 0.878 (596/679), origin 0.895 -> 0.903, chain 0.879 -> 0.892,
    # grouping 0.668 -> 0.670, mention 0.979 -> 0.978, false IC 5 of 12 -> 1 of 7 (gold IC found 7 -> 6: Crocus's
    # responsibility claim was confirmed on the group under two names; U.S. officials are not yet counted).
    "real": {"verdict_acc": 0.87, "mention_recall": 0.97, "origin_acc": 0.90, "grouping_f1": 0.66},
    # held out of round sixteen (shipwreck-pylos-migrants, coup-niger-bazoum, heat-hajj-deaths; gold written before
    # any run, docs/real-stories-heldout.md thirteenth batch): the first run of main 444c9bb on them, reproduced cold
    # by the lead, rounded down: verdict 0.840 (pooled, 63/75; single-origin everywhere 0.827), mention 0.972, origin
    # 0.751, grouping 0.705 (means); IC said 0 (false 0, gold IC found 0 of 3).
    "real-heldout": {"verdict_acc": 0.84, "mention_recall": 0.97, "origin_acc": 0.75, "grouping_f1": 0.70},
}
REAL_FALSE_CONFIRMED_CEILING = {"real": 1, "real-heldout": 0}


@pytest.fixture(scope="module")
def real_scores():
    root = Path(__file__).resolve().parent.parent
    tools = next((up / "shared" / "tools" for up in (root.parent, root.parent.parent)
                  if (up / "shared" / "tools" / "score_claims.py").is_file()), root.parent / "shared" / "tools")
    if not (tools / "score_claims.py").is_file():
        pytest.skip("../shared/tools is not here")
    import sys

    sys.path.insert(0, str(root / "scripts"))
    from evaluate_real import evaluate_root, load_scorer

    scorer = load_scorer(tools)
    return {name: evaluate_root(root / "fixtures" / name, scorer, None) for name in REAL_FLOORS}


def _pooled(res: dict, figure: str) -> float:
    if figure in res:
        return res[figure]
    stories = res["stories"].values()
    return sum(s[figure] for s in stories) / len(stories)


@pytest.mark.parametrize(("root", "figure"), [(r, f) for r, v in sorted(REAL_FLOORS.items()) for f in sorted(v)])
def test_real_story_scores_hold_their_floor(real_scores, root, figure):
    assert _pooled(real_scores[root], figure) >= REAL_FLOORS[root][figure] - 1e-9, real_scores[root]


@pytest.mark.parametrize("root", sorted(REAL_FALSE_CONFIRMED_CEILING))
def test_false_independent_confirmations_on_real_stories_stay_under_their_ceiling(real_scores, root):
    res = real_scores[root]
    false = res["ic_predicted"] - res["verdicts"].get("independently-confirmed -> independently-confirmed", 0)
    assert false <= REAL_FALSE_CONFIRMED_CEILING[root], res
