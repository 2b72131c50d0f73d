#!/usr/bin/env python3
"""Purity of the claims that count several origins: how often their mentions span several gold claims.

    .venv/bin/python scripts/claim_purity.py SAVED_DIR [STORIES_ROOT] [--tools DIR] [--list]

Reads the reports ``scripts/evaluate_real.py --save SAVED_DIR`` wrote (seconds; nothing is run) and aligns each gold
mention with its predicted mention as the shared scorer does (``grouping_sides.aligned``). A predicted claim whose
``independent_origins`` is 2 or more pools its mentions' origins: when those mentions state different gold claims the
pooled origins make a false "independently confirmed". Per such claim: its found gold mentions, the gold claims they
fall in, and the share of their pairs that lie in one gold claim (its purity); pooled over every such claim, the
share of all their pairs in one gold claim, and how many claims span more than one gold claim. ``--list`` prints each
impure claim with its gold claims and mention counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402
from grouping_sides import aligned  # noqa: E402

#: counted origins from which a claim pools origins (a confirmation, or one the confirmation gate refused)
MIN_ORIGINS = 2
#: an unattributed claim lists its outlets as origins (never a confirmation)
UNATTRIBUTED = "unattributed"


def pure_pairs(golds: list[str]) -> tuple[int, int]:
    """(pairs of mentions in one gold claim, all pairs) over one predicted claim's found gold mentions."""
    n = len(golds)
    same = sum(k * (k - 1) // 2 for k in Counter(golds).values())
    return same, n * (n - 1) // 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", type=Path)
    ap.add_argument("root", type=Path, nargs="?", default=ROOT / "fixtures" / "real")
    ap.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    ap.add_argument("--list", action="store_true", help="print each impure multi-origin claim")
    args = ap.parse_args()
    scorer = load_scorer(args.tools)
    total_same = total_pairs = claims = impure = ic = ic_impure = ic_same = ic_pairs = 0
    sourced = [0, 0, 0, 0]  # claims, impure, pairs in one gold claim, pairs: the claims whose origins are sources
    for story in stories_under(args.root):
        path = args.saved / f"{story.name}.json"
        if not path.is_file():
            continue
        pred = json.loads(path.read_text(encoding="utf-8"))
        recs = aligned(story, pred, scorer)
        by_claim: dict[str, list[str]] = {}
        for r in recs:
            by_claim.setdefault(r["pred"], []).append(r["gold"])
        for c in pred["claims"]:
            if (c.get("independent_origins") or 0) < MIN_ORIGINS:
                continue
            golds = by_claim.get(c["id"], [])
            same, pairs = pure_pairs(golds)
            claims += 1
            is_ic = c["verdict"] == "independently-confirmed"
            ic += is_ic
            total_same += same
            total_pairs += pairs
            if is_ic:
                ic_same, ic_pairs = ic_same + same, ic_pairs + pairs
            if c["verdict"] != UNATTRIBUTED:
                sourced[0] += 1
                sourced[1] += same < pairs
                sourced[2] += same
                sourced[3] += pairs
            if same < pairs:
                impure += 1
                ic_impure += is_ic
                if args.list:
                    spread = ", ".join(f"{g} {k}" for g, k in Counter(golds).most_common())
                    print(
                        f"{story.name} {c['id']} ({c['verdict']}, {c['independent_origins']} origins, "
                        f"{len(c['mentions'])} mentions): purity {same / pairs:.2f} [{spread}]"
                    )
    share = total_same / total_pairs if total_pairs else 1.0
    ic_share = ic_same / ic_pairs if ic_pairs else 1.0
    print(
        f"claims with >= {MIN_ORIGINS} counted origins: {claims} ({ic} said independently confirmed); "
        f"spanning several gold claims: {impure} ({ic_impure} of the confirmed); "
        f"purity (pairs of their found gold mentions in one gold claim): {total_same}/{total_pairs} = {share:.3f}; "
        f"of the confirmed: {ic_same}/{ic_pairs} = {ic_share:.3f}"
    )
    print(
        f"of them resting on sources (not unattributed): {sourced[0]}, spanning several gold claims {sourced[1]}, "
        f"purity {sourced[2]}/{sourced[3]} = {sourced[2] / sourced[3] if sourced[3] else 1.0:.3f}"
    )


if __name__ == "__main__":
    main()
