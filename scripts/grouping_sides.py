#!/usr/bin/env python3
"""Grouping's B-cubed loss split into over-merge (precision) and under-merge (recall), per story and pooled.

    .venv/bin/python scripts/grouping_sides.py SAVED_DIR [STORIES_ROOT] [--tools DIR] [--pairs KIND]

Reads the reports ``scripts/evaluate_real.py --save SAVED_DIR`` wrote (seconds; nothing is run) and aligns each gold
mention with its predicted mention as the shared scorer does. B-cubed recall of a mention is the share of its gold
claim's mentions in its predicted claim, so each pair of one gold claim left in two predicted claims costs exactly
``2 / (|gold claim| * n)`` of the story's mean recall, and each pair of two gold claims in one predicted claim
``2 / (|predicted claim| * n)`` of its mean precision: the loss is a sum over pairs, and each pair is given one kind
(the first that fits, in the order of ``UNDER_KINDS`` / ``OVER_KINDS``). Per story: P, R, F1, the split-only
ceiling (every predicted claim split by the gold: P = 1) and the merge-only ceiling (each predicted claim joined to
the gold claim most of its mentions belong to); then the recall and precision lost by kind, summed over the stories
(points of mean recall or precision, i.e. divided by the number of stories), and the same kinds among under-merged
pairs by the verdicts of the two predicted claims holding them (the loose pass joins only groups of one verdict).
``--pairs KIND`` lists the pairs of one kind (costliest first).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, gold_mention_holders, load_scorer, stories_under  # noqa: E402

#: kinds of a pair of one gold claim left apart, asked in this order (the first that fits names the pair)
UNDER_KINDS = ("copy", "same article", "quote vs paraphrase", "figures", "paraphrase")
#: kinds of a pair of two gold claims joined
OVER_KINDS = ("same article", "figures", "other")
#: character 3-gram Jaccard from which two mentions count as one sentence copied (wire copy, a re-used lede)
COPY_SHARE = 0.6
UNATTRIBUTED = "unattributed"
_DIGIT = re.compile(r"\d")


def grams(text: str) -> set[str]:
    t = " ".join(re.findall(r"\w+", text.lower()))
    return {t[k : k + 3] for k in range(max(len(t) - 2, 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Mean precision, recall and F1 over (gold, predicted) labels, as the shared scorer counts."""
    gsize, psize, both = Counter(g for g, _ in pairs), Counter(p for _, p in pairs), Counter(pairs)
    n = len(pairs) or 1
    prec = sum(both[(g, p)] / psize[p] for g, p in pairs) / n
    rec = sum(both[(g, p)] / gsize[g] for g, p in pairs) / n
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def ceilings(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """F1 with every predicted claim split perfectly (split only), and with each predicted claim joined to the gold
    claim most of its mentions belong to (merge only)."""
    split = bcubed([(g, f"{p}|{g}") for g, p in pairs])[2]
    major = {p: Counter(g for g, q in pairs if q == p).most_common(1)[0][0] for _, p in pairs}
    merge = bcubed([(g, major[p]) for g, p in pairs])[2]
    return split, merge


def aligned(story: Path, pred: dict[str, Any], scorer: Any) -> list[dict[str, Any]]:
    """One record per found gold mention: its gold claim and the predicted mention the scorer aligns it with
    (``evaluate_real.gold_mention_holders``)."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred["articles"]}
    held: dict[tuple[str, tuple[int, int], str], tuple[dict[str, Any], dict[str, Any]]] = {}
    for c in pred["claims"]:
        for m in c["mentions"]:
            held.setdefault((files[m["article"]], (m["start"], m["end"]), c["id"]), (c, m))
    out = []
    for gold_id, found in gold_mention_holders(story, pred, gold, scorer).items():
        for file, span, claim_id in found:
            claim, m = held[(file, span, claim_id)]
            out.append(
                {
                    "gold": gold_id, "pred": claim["id"], "verdict": claim["verdict"], "file": file,
                    # an unattributed claim lists its outlets as origins; the grouping reads no origin there
                    "origins": frozenset(claim.get("origins") or () if claim["verdict"] != UNATTRIBUTED else ()),
                    "text": m["text"], "direct": bool(m.get("direct")), "grams": grams(m["text"]),
                    "digits": bool(_DIGIT.search(m["text"])), "start": m["start"],
                }
            )
    return out


def under_kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    if a["file"] != b["file"] and jaccard(a["grams"], b["grams"]) >= COPY_SHARE:
        return "copy"
    if a["file"] == b["file"]:
        return "same article"
    if a["direct"] != b["direct"]:
        return "quote vs paraphrase"
    if a["digits"] and b["digits"]:
        return "figures"
    return "paraphrase"


def over_kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    if a["file"] == b["file"]:
        return "same article"
    if a["digits"] and b["digits"]:
        return "figures"
    return "other"


def pair_losses(recs: list[dict[str, Any]]) -> list[tuple[str, str, float, dict[str, Any], dict[str, Any]]]:
    """Each pair the grouping gets wrong with its side ("under": one gold claim in two predicted claims; "over": two
    gold claims in one), its kind and its cost: the under costs of a story sum to 1 - its mean B-cubed recall, the
    over costs to 1 - its mean precision."""
    gsize, psize, n = Counter(r["gold"] for r in recs), Counter(r["pred"] for r in recs), len(recs)
    out = []
    for x, a in enumerate(recs):
        for b in recs[x + 1 :]:
            if a["gold"] == b["gold"] and a["pred"] != b["pred"]:
                out.append(("under", under_kind(a, b), 2 / (gsize[a["gold"]] * n), a, b))
            elif a["gold"] != b["gold"] and a["pred"] == b["pred"]:
                out.append(("over", over_kind(a, b), 2 / (psize[a["pred"]] * n), a, b))
    return out


def verdict_pair(a: dict[str, Any], b: dict[str, Any]) -> str:
    """The two predicted claims' verdicts, and how their origins relate (the loose pass meets only nested ones)."""
    short = {"independently-confirmed": "IC", "single-origin": "SO", "unattributed": "U"}
    oa, ob = a["origins"], b["origins"]
    rel = "=" if oa == ob else "<" if oa <= ob or ob <= oa else "x"
    return "/".join(sorted((short.get(a["verdict"], "?"), short.get(b["verdict"], "?")))) + rel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", type=Path)
    ap.add_argument("root", type=Path, nargs="?", default=ROOT / "fixtures" / "real")
    ap.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    ap.add_argument("--pairs", default=None, help="list the pairs of one under-merge kind (or all)")
    args = ap.parse_args()
    if "heldout" in args.root.name:
        sys.exit("held-out stories are not read here")
    scorer = load_scorer(args.tools)
    under: Counter[str] = Counter()
    over: Counter[str] = Counter()
    by_verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[tuple[float, str, str, str]] = []
    rows = []
    pooled: list[tuple[str, str]] = []
    stories = stories_under(args.root)
    print(f"{'story':38} {'P':>5} {'R':>5} {'F1':>5} {'split':>5} {'merge':>5} {'R lost':>6} {'P lost':>6}")
    for story in stories:
        saved = args.saved / f"{story.name}.json"
        if not saved.is_file():
            continue
        recs = aligned(story, json.loads(saved.read_text(encoding="utf-8")), scorer)
        labels = [(r["gold"], r["pred"]) for r in recs]
        pooled += [(f"{story.name}:{g}", f"{story.name}:{p}") for g, p in labels]
        prec, rec, f1 = bcubed(labels)
        split, merge = ceilings(labels)
        lost_r = lost_p = 0.0
        for side, kind, cost, a, b in pair_losses(recs):
            if side == "under":
                under[kind] += cost
                by_verdicts[kind][verdict_pair(a, b)] += cost
                lost_r += cost
                if args.pairs in (kind, "all"):
                    listed.append((cost, f"{story.name} {verdict_pair(a, b)}", a["text"], b["text"]))
            else:
                over[kind] += cost
                lost_p += cost
        rows.append((prec, rec, f1, split, merge))
        print(
            f"{story.name:38} {prec:5.3f} {rec:5.3f} {f1:5.3f} {split:5.3f} {merge:5.3f} {lost_r:6.3f} {lost_p:6.3f}"
        )
    k = len(rows) or 1
    means = [sum(r[i] for r in rows) / k for i in range(5)]
    print(f"{'mean of ' + str(k):38} " + " ".join(f"{x:5.3f}" for x in means))
    pp, pr, pf = bcubed(pooled)
    ps, pm = ceilings(pooled)
    print(f"{'pooled (all mentions)':38} {pp:5.3f} {pr:5.3f} {pf:5.3f} {ps:5.3f} {pm:5.3f}")
    print(f"\nrecall lost (points of mean recall, {sum(under.values()) / k:.3f} in all), by kind of pair left apart:")
    for kind in UNDER_KINDS:
        split_v = ", ".join(f"{v} {c / k:.3f}" for v, c in by_verdicts[kind].most_common())
        print(f"  {kind:20} {under[kind] / k:.3f}   ({split_v})")
    print(f"precision lost ({sum(over.values()) / k:.3f} in all), by kind of pair joined:")
    for kind in OVER_KINDS:
        print(f"  {kind:20} {over[kind] / k:.3f}")
    for cost, name, ta, tb in sorted(listed, key=lambda x: (-x[0], x[1], x[2]))[:80]:
        print(f"\n{cost:.4f} {name}\n  A: {ta[:150]}\n  B: {tb[:150]}")


if __name__ == "__main__":
    main()
