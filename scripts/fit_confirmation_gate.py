#!/usr/bin/env python3
"""Choose the confirmation gate leave-one-story-out and write it as data.

    .venv/bin/python scripts/fit_confirmation_gate.py [STORIES_ROOT] [--depth N] [--verdicts] [--rows FILE] [--write]

Runs the pipeline on every real development story (default ``fixtures/real``; the held-out stories are
refused) with no gate, and records the evidence (:class:`attribution.tracing.confirmation.Evidence`) of every
claim with two origins or more that are distinct and independent (before any doubt about their identity is
weighed: the ``pool``). Each gold claim is labelled with its main predicted claim (the shared scorer's
alignment, as ``scripts/evaluate_real.py`` counts it), so each pooled claim carries its gold verdict.

A candidate gate is a set of at most ``--depth`` checks (feature, bar; bars midway between values seen),
over the structural features (``SEARCHED``); ``--depth 0`` chooses only among the checks stated beforehand
(``STRUCTURAL``). A gate is scored as a detector over the pool: first it must turn away no claim the gold
confirms, then it turns away as many as possible of the others; ``--verdicts`` scores it instead on the verdicts
of the claims called confirmed (``correct - PENALTY * false confirmations``: a dozen claims, too few to choose
on; kept for comparison). Ties: the more cautious gate (more checks), then the one keeping more confirmations.

Leave-one-story-out: the gate is chosen on all stories but one and applied to the one left out; the table shows
each fold and the pooled figures. With ``--write`` the gate chosen on every story is written to
``attribution/data/confirmation/gate.json`` with the leave-one-story-out figures beside it. Deterministic: no
randomness, candidates enumerated in a fixed order.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402

from attribution.analysis_cache import AnalysisCache  # noqa: E402
from attribution.tracing import confirmation  # noqa: E402
from attribution.tracing.confirmation import FEATURES, Evidence, Gate, Rule  # noqa: E402

IC = "independently-confirmed"
SO = "single-origin"
GATE_FILE = ROOT / "attribution" / "data" / "confirmation" / "gate.json"
#: a false confirmation costs this many correct verdicts (the worst error a fact-checker can be handed)
PENALTY = 2.0
#: features a gate may test: every structural one; ``named`` reads capitals, a word shape, and the seeds'
#: gold refutes it ("U.S. officials", "South Korean officials" and "Ukraine" confirm the deployment)
SEARCHED = tuple(f for f in FEATURES if f != "named")


def collect(story: Path, scorer: Any) -> list[dict[str, Any]]:
    """One row per gold claim: its gold verdict, the main predicted claim's verdict and, when that verdict is
    IC, the claim's evidence."""
    from attribution.pipeline import Options, run

    seen: dict[frozenset[tuple[str, int, int]], tuple[Evidence, list[tuple[tuple[str, int, int], ...]]]] = {}

    def record(records: Any, ev: Evidence, pairs: Any) -> None:
        at = [(r.article, r.cand.start, r.cand.end) for r in records]
        seen[frozenset(at)] = (ev, [(at[p.i], at[p.j], p) for p in pairs])

    confirmation.RECORDER, confirmation.OVERRIDE = record, Gate(())
    # the whole-report cache knows nothing of RECORDER/OVERRIDE: a cached report would skip the recording, and
    # a report made here with no gate must never be stored where a normal run would reuse it
    saved = AnalysisCache.get_report, AnalysisCache.put_report
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    try:
        articles = sorted(str(p) for p in story.glob("*.txt"))
        manifest = story / "manifest.csv"
        options = Options(manifest=str(manifest) if manifest.is_file() else None, cache=True)
        pred = json.loads(run(articles, options).to_json())
    finally:
        confirmation.RECORDER, confirmation.OVERRIDE = None, None
        AnalysisCache.get_report, AnalysisCache.put_report = saved  # type: ignore[method-assign]
    res = scorer.score(story, pred)
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    wrong = {g: p for g, _, p in res["_wrong_verdicts"]}
    main = _main_claims(story, pred, gold, scorer)
    by_id = {c["id"]: c for c in pred["claims"]}
    rows = []
    for gc in gold["claims"]:
        if gc["id"] not in main:
            continue  # no mention found: the scorer counts no verdict for it
        verdict = str(wrong.get(gc["id"], gc["verdict"]))
        claim = by_id[main[gc["id"]]]
        assert claim["verdict"] == verdict
        key = frozenset((m["article"], m["start"], m["end"]) for m in claim["mentions"])
        found = seen.get(key)
        if verdict == IC and found is None:
            sys.exit(f"{story.name}: no evidence recorded for claim {claim['id']}")
        ev = found[0] if found is not None and verdict == IC else None
        # claims kept single-origin with two origins or more: their evidence too (``pool``), for a wider look
        pool = found[0].as_dict() if found is not None else None
        rows.append(
            {
                "story": story.name,
                "gold": gc["verdict"],
                "pred": verdict,
                "claim": claim["id"],
                "evidence": ev.as_dict() if ev else None,
                "pool": pool,
            }
        )
    return rows, _pair_rows(story, pred, gold, seen, scorer)


def _pair_rows(
    story: Path, pred: dict[str, Any], gold: dict[str, Any], seen: dict[Any, Any], scorer: Any
) -> list[dict[str, Any]]:
    """One row per confirming pair of every final claim with two counted origins: its features and whether
    the gold says the two mentions confirm each other (one gold claim, two different gold origins)."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    spans = [
        (
            gm["file"],
            scorer.locate(texts.get(gm["file"], ""), gm["quote"]),
            gc["id"],
            gm["chain"][-1] if len(gm["chain"]) > 1 else None,
        )
        for gc in gold["claims"]
        for gm in gc["mentions"]
    ]

    def gold_of(at: tuple[str, int, int]) -> tuple[str, str | None] | None:
        f = files.get(at[0])
        for gf, span, gid, origin in spans:
            if span and gf == f and scorer.overlap(span, (at[1], at[2])):
                return gid, origin
        return None

    out = []
    for c in pred["claims"]:
        key = frozenset((m["article"], m["start"], m["end"]) for m in c["mentions"])
        found = seen.get(key)
        if found is None:
            continue
        for a, b, p in found[1]:
            ga, gb = gold_of(a), gold_of(b)
            if ga is None or gb is None:
                continue
            differ = ga[1] is not None and gb[1] is not None and not scorer.name_match([ga[1]], gb[1])
            confirm = ga[0] == gb[0] and differ
            out.append(
                {
                    "story": story.name,
                    "claim": c["id"],
                    "verdict": c["verdict"],
                    "confirm": confirm,
                    "dice": p.dice,
                    "shared": p.shared,
                    "figure": p.figure,
                    "strict": p.strict,
                }
            )
    return out


def _main_claims(story: Path, pred: dict[str, Any], gold: dict[str, Any], scorer: Any) -> dict[str, str]:
    """Gold claim id -> its main predicted claim id (the scorer's alignment)."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    pms = [(files[m["article"]], (m["start"], m["end"]), c["id"]) for c in pred["claims"] for m in c["mentions"]]
    out = {}
    for gc in gold["claims"]:
        hits = []
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            cands = [p for p in pms if span and p[0] == gm["file"] and scorer.overlap(span, p[1])]
            if cands:
                best = max(
                    cands,
                    key=lambda p: (
                        (min(span[1], p[1][1]) - max(span[0], p[1][0]))
                        / (max(span[1], p[1][1]) - min(span[0], p[1][0]))
                    ),
                )
                hits.append(best[2])
        if hits:
            out[gc["id"]] = Counter(hits).most_common(1)[0][0]
    return out


def decide(row: dict[str, Any], gate: Gate) -> str:
    if row["pred"] != IC:
        return str(row["pred"])
    ev = Evidence(**row["evidence"])
    return SO if gate.failed(ev) else IC


def tally(rows: list[dict[str, Any]], gate: Gate) -> dict[str, int]:
    t = Counter()
    for row in rows:
        v = decide(row, gate)
        t["claims"] += 1
        t["correct"] += v == row["gold"]
        t["ic"] += v == IC
        t["true_ic"] += v == IC and row["gold"] == IC
        t["false_ic"] += v == IC and row["gold"] != IC
    return dict(t)


def pool_tally(rows: list[dict[str, Any]], gate: Gate) -> dict[str, int]:
    """The gate as a detector over every claim with two origins or more (``pool``): how many claims it lets
    through that the gold calls confirmed, and how many it lets through that the gold does not."""
    t = Counter()
    for row in rows:
        if row.get("pool") is None:
            continue
        passed = not gate.failed(Evidence(**row["pool"]))
        t["pool"] += 1
        t["gold_ic"] += row["gold"] == IC
        t["true_pass"] += passed and row["gold"] == IC
        t["false_pass"] += passed and row["gold"] != IC
    return dict(t)


def objective(rows: list[dict[str, Any]], gate: Gate, pool: bool) -> tuple[float, ...]:
    """Higher is better. On the verdicts: correct verdicts less PENALTY per false confirmation. As a detector
    (``pool``): first turn away no claim the gold confirms, then turn away as many as possible of those it does
    not (a gate may remove only what cost no true confirmation on the stories it was chosen on)."""
    if pool:
        t = pool_tally(rows, gate)
        rejected_ic = t.get("gold_ic", 0) - t.get("true_pass", 0)
        rejected_other = t.get("pool", 0) - t.get("gold_ic", 0) - t.get("false_pass", 0)
        return (-rejected_ic, rejected_other)
    t = tally(rows, gate)
    return (t.get("correct", 0) - PENALTY * t.get("false_ic", 0),)


#: The structural checks stated before any measurement (issue 15, round eight): a confirming pair the grouping's
#: strict test joins directly, and two named origins. Their bars are not tuned: at least one such pair, at
#: least two named origins.
STRUCTURAL = (Rule("strict_pairs", 1.0, "min"), Rule("named", 2.0, "min"))


def structural_family() -> list[Gate]:
    """Every subset of the structural checks (the empty gate first)."""
    return [Gate(tuple(c)) for n in range(len(STRUCTURAL) + 1) for c in itertools.combinations(STRUCTURAL, n)]


def candidates(rows: list[dict[str, Any]], depth: int) -> list[Gate]:
    """Every gate of at most ``depth`` checks, each bar midway between two values seen on claims with two
    origins or more."""
    seen = [r["pool"] for r in rows if r.get("pool")] + [r["evidence"] for r in rows if r["evidence"]]
    singles: list[Rule] = []
    for feature in SEARCHED:
        direction = FEATURES[feature]
        values = sorted({float(e[feature]) for e in seen})
        for lo, hi in itertools.pairwise(values):
            singles.append(Rule(feature, round((lo + hi) / 2, 4), direction))
    gates = [Gate(())] + [Gate((r,)) for r in singles]
    if depth >= 2:
        gates += [Gate((a, b)) for a, b in itertools.combinations(singles, 2) if a.feature != b.feature]
    return gates


def choose(rows: list[dict[str, Any]], depth: int, pool: bool) -> Gate:
    """The best gate on ``rows``: among the structural family (``depth`` 0), or among every threshold gate of
    at most ``depth`` checks; scored on the verdicts of the confirmed claims, or (``pool``) as a detector over
    every claim with two origins or more. Ties: the more cautious gate (more checks), then the one that keeps
    more confirmations."""
    best: tuple[tuple[float, ...], int, int] | None = None
    chosen = Gate(())
    for gate in structural_family() if depth == 0 else candidates(rows, depth):
        key = (objective(rows, gate, pool), len(gate.rules), tally(rows, gate).get("ic", 0))
        if best is None or key > best:
            best, chosen = key, gate
    return chosen


def describe(gate: Gate) -> str:
    if not gate.rules:
        return "(no gate)"
    return " and ".join(f"{r.feature} {'>=' if r.direction == 'min' else '<='} {r.bar:g}" for r in gate.rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument(
        "--depth",
        type=int,
        default=1,
        help="0: choose among subsets of the structural checks stated beforehand; 1 (default) or 2: "
        "search bars on every structural feature, at most that many checks",
    )
    parser.add_argument(
        "--verdicts",
        dest="pool",
        action="store_false",
        help="score gates on the verdicts of the claims called confirmed only (too few to choose "
        "on: kept for comparison) rather than as detectors over every claim with two origins or "
        "more (the default)",
    )
    parser.add_argument("--write", action="store_true", help="write the gate chosen on every story")
    parser.add_argument("--rows", type=Path, help="read (if it exists) or write the labelled rows here")
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never used to choose a gate")
    scorer = load_scorer(args.tools)
    if args.rows and args.rows.is_file():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows, pair_rows = [], []
        for story in stories_under(args.root):
            got, pairs = collect(story, scorer)
            rows += got
            pair_rows += pairs
        if args.rows:
            args.rows.write_text(json.dumps(rows, indent=1, sort_keys=True), encoding="utf-8")
            args.rows.with_suffix(".pairs.json").write_text(
                json.dumps(pair_rows, indent=1, sort_keys=True), encoding="utf-8"
            )
    stories = sorted({r["story"] for r in rows})
    print("confirmed claims before any gate:")
    for r in rows:
        if r["pred"] == IC:
            print(f"  {r['story'][:26]:27}{r['claim']} gold={r['gold'][:6]} {r['evidence']}")
    print(
        f"\n{'held-out story':28}{'gate chosen on the other stories':58}{'IC before':>10}{'false':>6}"
        f"{'IC after':>10}{'false':>6}{'ok before':>10}{'ok after':>9}"
    )
    pooled_before, pooled_after = Counter(), Counter()
    folds = []
    for s in stories:
        train = [r for r in rows if r["story"] != s]
        test = [r for r in rows if r["story"] == s]
        gate = choose(train, args.depth, args.pool)
        b, a = tally(test, Gate(())), tally(test, gate)
        pooled_before.update(b)
        pooled_after.update(a)
        folds.append({"story": s, "gate": describe(gate), "before": b, "after": a})
        print(
            f"{s[:27]:28}{describe(gate)[:57]:58}{b.get('ic', 0):>10}{b.get('false_ic', 0):>6}"
            f"{a.get('ic', 0):>10}{a.get('false_ic', 0):>6}{b.get('correct', 0):>10}{a.get('correct', 0):>9}"
        )
    summary = {}
    for name, t in (("before", pooled_before), ("loso", pooled_after)):
        ic = t.get("ic", 0)
        summary[name] = {
            "verdict_acc": round(t["correct"] / t["claims"], 3),
            "ic_predicted": ic,
            "false_ic": t.get("false_ic", 0),
            "true_ic": t.get("true_ic", 0),
            "ic_precision": round(t.get("true_ic", 0) / ic, 3) if ic else None,
        }
        print(f"pooled {name}: {summary[name]}")
    final = choose(rows, args.depth, args.pool)
    print(f"gate chosen on all {len(stories)} stories: {describe(final)}; on them: {tally(rows, final)}")
    if args.write:
        data = {
            "about": "The confirmation gate (attribution/tracing/confirmation.py): checks a claim's evidence must "
            "pass to be called independently-confirmed. Chosen by scripts/fit_confirmation_gate.py "
            "leave-one-story-out on the real development stories (fixtures/real); refit with --write.",
            "objective": (
                "as a detector over every claim with two independent origins or more: turn away no claim "
                "the gold confirms, then as many others as possible"
                if args.pool
                else f"correct verdicts - {PENALTY:g} x false confirmations"
            ),
            "depth": args.depth,
            "stories": stories,
            "rules": [{"feature": r.feature, "bar": r.bar, "direction": r.direction} for r in final.rules],
            "leave_one_story_out": summary,
        }
        GATE_FILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {GATE_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
