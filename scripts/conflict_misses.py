#!/usr/bin/env python3
"""Every gold conflict the tool misses, and every false conflict claim, of saved real-story reports.

    .venv/bin/python scripts/evaluate_real.py fixtures/real --cache --save DIR
    .venv/bin/python scripts/conflict_misses.py fixtures/real DIR [--tools DIR] [--counts]

The scorer (``../shared/tools/score_claims.py``, the one ``evaluate_real.py`` uses) counts a gold conflict
found when the *main* predicted claim of its gold claim (the claim holding most of its found mentions) lists
any conflict. Each gold claim with a ``conflict`` is sorted by why:

  found        the main claim lists a conflict naming two of the gold claim's mentions
  found-other  the main claim lists a conflict, none naming two of its mentions (the scorer counts it
               found; it may be another fact's conflict)
  unfound      a side is missing: some gold mention has no predicted mention (outside the predicted
               content, or not extracted)
  apart        the gold mentions are spread over several predicted claims, and the main one lists none
               (the grouping kept the two sides apart, or the main claim holds another fact)
  together     every found gold mention is in the main claim, yet it lists no conflict (a figure not read
               or outside the predicted mention's words, not compared, compatible by the tool's rules,
               or a disagreement of meaning)

and each main claim of a gold claim *without* a conflict that lists one (a false conflict claim) by:

  joined       the predicted claim is also the main claim of a gold claim with a conflict, or holds
               mentions of several gold claims (the conflict may be right for another fact in it:
               read the conflict before blaming the comparison)
  own          the claim holds mentions of this gold claim only: the conflict itself is wrong

Lines are ``story  cause  gold claim  | conflict kinds``; ``--counts`` prints the counts only.

Counted per conflict as well (``unmatched``): a predicted conflict matches a gold conflict when two of its
values (different mentions) fall on mentions of one gold claim that has a conflict; every other predicted
conflict matches none (``--unmatched`` lists them: ``story  claim  kind: description``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402


def _best(scorer: Any, span: tuple[int, int], cands: list[tuple[str, tuple[int, int], str]]) -> str:
    def share(pm: tuple[str, tuple[int, int], str]) -> float:
        s, e = pm[1]
        return (min(span[1], e) - max(span[0], s)) / (max(span[1], e) - min(span[0], s))

    return max(cands, key=share)[2]


def _names_two(conflicts: list[dict[str, Any]], spans: list[tuple[str, Any]], files: dict[str, str],
               scorer: Any) -> bool:  # fmt: skip
    """Some conflict has values on two different mentions of the gold claim (it is about this claim's
    disagreement, not another fact's)."""
    for x in conflicts:
        hit = set()
        for v in x.get("values") or []:
            f, at = files.get(v["article"], v["article"]), (int(v["start"]), int(v["end"]))
            if any(span and gf == f and scorer.overlap(span, at) for gf, span in spans):
                hit.add((f, *at))
        if len(hit) >= 2:
            return True
    return False


def causes(story: Path, pred: dict[str, Any], scorer: Any) -> list[tuple[str, str, str]]:
    """(cause, gold claim id, the main claim's conflict kinds) per gold conflict claim and per false
    conflict claim of one story."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred.get("articles", [])}
    kinds = {c["id"]: sorted({x["kind"] for x in c.get("conflicts") or []}) for c in pred.get("claims", [])}
    conflicts = {c["id"]: c.get("conflicts") or [] for c in pred.get("claims", [])}
    spans_of = {
        gc["id"]: [(gm["file"], scorer.locate(texts.get(gm["file"], ""), gm["quote"])) for gm in gc["mentions"]]
        for gc in gold["claims"]
    }
    pmentions = [
        (files.get(m["article"], m["article"]), (int(m["start"]), int(m["end"])), c["id"])
        for c in pred.get("claims", [])
        for m in c.get("mentions", [])
    ]
    placed: dict[str, list[str | None]] = {}
    for gc in gold["claims"]:
        where: list[str | None] = []
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            cands = [pm for pm in pmentions if span and pm[0] == gm["file"] and scorer.overlap(span, pm[1])]
            where.append(_best(scorer, span, cands) if cands else None)
        placed[gc["id"]] = where
    main: dict[str, str] = {}
    for gid, where in placed.items():
        found = [w for w in where if w is not None]
        if found:
            main[gid] = Counter(found).most_common(1)[0][0]
    gold_of: dict[str, set[str]] = {}
    for gid, where in placed.items():
        for w in where:
            if w is not None:
                gold_of.setdefault(w, set()).add(gid)
    with_conflict = {gc["id"] for gc in gold["claims"] if gc.get("conflict")}
    out = []
    for gc in gold["claims"]:
        gid = gc["id"]
        if gid not in main:
            continue
        m, where = main[gid], placed[gid]
        if gid in with_conflict:
            if kinds[m]:
                cause = "found" if _names_two(conflicts[m], spans_of[gid], files, scorer) else "found-other"
            elif None in where:
                cause = "unfound"
            elif len(set(where)) > 1:
                cause = "apart"
            else:
                cause = "together"
        elif kinds[m]:
            mains_of_conflicts = {main[g] for g in with_conflict if g in main}
            cause = "joined" if m in mains_of_conflicts or len(gold_of.get(m, set())) > 1 else "own"
        else:
            continue
        out.append((cause, gid, ",".join(kinds[m]) or "-"))
    return out


def unmatched(story: Path, pred: dict[str, Any], scorer: Any) -> tuple[int, list[tuple[str, str, str]]]:
    """How many conflicts the story's report lists, and (claim id, kind, description) of each that matches
    no gold conflict (see the module's docstring)."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    files = {a["id"]: Path(a.get("path") or a["id"]).name for a in pred.get("articles", [])}
    spans: list[tuple[str, tuple[int, int], str]] = []
    for gc in gold["claims"]:
        if gc.get("conflict"):
            for gm in gc["mentions"]:
                span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
                if span:
                    spans.append((gm["file"], span, gc["id"]))
    total, out = 0, []
    for c in pred.get("claims", []):
        for x in c.get("conflicts") or []:
            total += 1
            hits: dict[str, set[tuple[str, int, int]]] = {}
            for v in x.get("values") or []:
                f, at = files.get(v["article"], v["article"]), (int(v["start"]), int(v["end"]))
                for gf, span, gid in spans:
                    if gf == f and scorer.overlap(span, at):
                        hits.setdefault(gid, set()).add((f, *at))
            if not any(len(h) >= 2 for h in hits.values()):
                out.append((c["id"], x["kind"], x["description"]))
    return total, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="the stories' folder (as fixtures/real)")
    parser.add_argument("saved", type=Path, help="the folder evaluate_real.py --save wrote")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="folder holding score_claims.py")
    parser.add_argument("--counts", action="store_true", help="print counts per cause only")
    parser.add_argument("--unmatched", action="store_true", help="also list the conflicts matching no gold conflict")
    args = parser.parse_args()
    scorer = load_scorer(args.tools)
    per_cause: Counter[str] = Counter()
    listed_total, unmatched_total = 0, 0
    for story in stories_under(args.root):
        saved = args.saved / f"{story.name}.json"
        if not saved.is_file():
            sys.exit(f"{saved}: no saved report for {story.name}; run evaluate_real.py --save {args.saved} first")
        pred = json.loads(saved.read_text(encoding="utf-8"))
        for cause, gid, listed in causes(story, pred, scorer):
            per_cause[cause] += 1
            if not args.counts:
                print(f"{story.name[:34]:34} {cause:8} {gid[:28]:28} | {listed}")
        n, loose = unmatched(story, pred, scorer)
        listed_total, unmatched_total = listed_total + n, unmatched_total + len(loose)
        if args.unmatched:
            for cid, kind, description in loose:
                print(f"{story.name[:34]:34} {cid} {kind}: {description[:200]}")
    gold_side = ("found", "found-other", "unfound", "apart", "together")
    found, total = per_cause["found"] + per_cause["found-other"], sum(per_cause[c] for c in gold_side)
    print(f"gold conflicts: {found}/{total} found ({per_cause['found-other']} by a conflict naming fewer than "
          "two of its mentions); " + ", ".join(f"{c} {per_cause[c]}" for c in gold_side[2:]))
    print(f"false conflict claims: {per_cause['joined'] + per_cause['own']} (joined {per_cause['joined']}, "
          f"own {per_cause['own']})")  # fmt: skip
    print(f"conflicts matching no gold conflict: {unmatched_total} of {listed_total}")


if __name__ == "__main__":
    main()
