#!/usr/bin/env python3
"""Confirmations at first contact: what the tool's "independently confirmed" looked like the first time it saw a batch.

    .venv/bin/python scripts/first_contact.py BATCH=SAVED_DIR [BATCH=SAVED_DIR ...] [--stories fixtures/real]
        [--current BATCH=SAVED_DIR] [--json]

Each ``SAVED_DIR`` holds the per-story report JSON written by ``scripts/evaluate_real.py --save`` when run by the
code of that batch's first (held-out) run on the batch's stories (docs/evaluation.md, "Round eleven:
confirmations at first contact", says how they were rebuilt). The gold is today's, under ``--stories`` (default
``fixtures/real``); ``fixtures/real-heldout`` is refused: its stories are measured once, never chosen on.

For every gold claim whose main predicted claim (the shared scorer's alignment, as ``scripts/evaluate_real.py`` and
``scripts/fit_confirmation_gate.py`` count it) is ``independently-confirmed``, one row: gold label and features
readable in the report without gold (doubts, origins, named or vague, articles, dependence groups of the
confirming articles, a paper/report/press origin, mentions, a figure). Then every simple rule (one or two checks,
each a bar on one feature) is chosen leave-one-batch-out on the cost of the confirmation gate (a true confirmation
turned away costs 1, a false one let through costs 3) and scored on the batch left out. ``--current`` rows
(today's code on the development stories) are scored by each rule chosen on all batches, to show what it would
cost today. Deterministic: candidates in a fixed order, ties to fewer checks then the loosest bars.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, main_claims  # noqa: E402

from attribution.lang.en.independence import BODY_DESCRIPTION_HEADS, OFFICIAL_HEADS, ROLE_HEADS  # noqa: E402
from attribution.tracing.confirmation import proper_name  # noqa: E402

#: Description heads: a name made only of them names no one (the confirmation gate's own test of a proper name).
PLAIN_HEADS = BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS | ROLE_HEADS

IC = "independently-confirmed"
WEIGHT = 3
#: Source kinds that name no one: the reader cannot tell who spoke.
VAGUE_KINDS = {"anonymous", "collective", "unknown"}
#: Source kinds that are a text (a paper, a report, a broadcast), not a body speaking.
PAPER_KINDS = {"document", "media outlet", "wire agency"}
FEATURES = (
    "doubts",
    "origins",
    "independent",
    "named",
    "vague",
    "all_named",
    "articles",
    "outlets",
    "dep_groups",
    "paper",
    "mentions",
    "attributed",
    "figure",
)


def refuse_heldout(path: Path) -> None:
    if "real-heldout" in path.resolve().as_posix():
        sys.exit(f"{path}: held-out stories are never read here (measure them once, with evaluate_real.py)")


def _groups(articles: set[str], deps: dict[str, list[str]]) -> int:
    """Connected components of ``articles`` under the report's recorded dependencies."""
    parent = {a: a for a in articles}

    def find(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    for a in sorted(articles):
        for b in deps.get(a, []):
            if b in parent:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return len({find(a) for a in articles})


def features(claim: dict[str, Any], report: dict[str, Any]) -> dict[str, Any]:
    sources = {s["id"]: s for s in report["sources"]}
    origins = claim["origins"]
    kinds = [sources.get(o, {}).get("kind", "unknown") for o in origins]
    names = [sources.get(o, {}).get("name", o) for o in origins]
    vague = [k in VAGUE_KINDS or not proper_name(n, PLAIN_HEADS) for k, n in zip(kinds, names, strict=True)]
    confirming = {m["article"] for m in claim["mentions"] for ch in m["chains"] if len(ch) > 1 and ch[-1] in origins}
    indep = claim.get("independence") or {}
    return {
        "doubts": len(indep.get("doubts", [])),
        "origins": len(origins),
        "independent": claim.get("independent_origins", 0),
        "named": sum(not v for v in vague),
        "vague": sum(vague),
        "all_named": int(not any(vague)),
        "articles": len({m["article"] for m in claim["mentions"]}),
        "outlets": len(claim.get("outlets", [])),
        "dep_groups": _groups(confirming, report.get("dependencies", {})),
        "paper": int(any(k in PAPER_KINDS for k in kinds)),
        "mentions": len(claim["mentions"]),
        "attributed": sum(1 for m in claim["mentions"] if any(len(ch) > 1 for ch in m["chains"])),
        "figure": int(bool(re.search(r"\d", claim["statement"]))),
        "origin_names": [f"{n} ({k})" for n, k in zip(names, kinds, strict=True)],
        "doubt_lines": list(indep.get("doubts", [])),
        "evidence_lines": list(indep.get("evidence", [])),
    }


def rows_of(batch: str, saved: Path, stories: Path, scorer: Any) -> list[dict[str, Any]]:
    refuse_heldout(saved)
    rows = []
    for path in sorted(saved.glob("*.json")):
        story = stories / path.stem
        if not (story / "gold.json").is_file():
            sys.exit(f"{story}: no gold.json for saved report {path}; pass --stories")
        pred = json.loads(path.read_text(encoding="utf-8"))
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        main = main_claims(story, pred, gold, scorer)
        by_id = {c["id"]: c for c in pred["claims"]}
        for gc in gold["claims"]:
            claim = by_id.get(main.get(gc["id"], ""))
            if claim is None or claim["verdict"] != IC:
                continue
            row = {"batch": batch, "story": story.name, "gold_claim": gc["id"], "gold": gc["verdict"]}
            row["claim"] = claim["id"]
            row["statement"] = claim["statement"][:90]
            row.update(features(claim, pred))
            rows.append(row)
    return rows


Check = tuple[str, str, float]  # feature, "min" | "max", bar


def passes(row: dict[str, Any], checks: tuple[Check, ...]) -> bool:
    return all((row[f] >= b) if d == "min" else (row[f] <= b) for f, d, b in checks)


def score(rows: list[dict[str, Any]], checks: tuple[Check, ...]) -> dict[str, int]:
    kept = [r for r in rows if passes(r, checks)]
    return {
        "true_kept": sum(r["gold"] == IC for r in kept),
        "false_kept": sum(r["gold"] != IC for r in kept),
        "true_lost": sum(r["gold"] == IC and not passes(r, checks) for r in rows),
        "false_stopped": sum(r["gold"] != IC and not passes(r, checks) for r in rows),
    }


def cost(rows: list[dict[str, Any]], checks: tuple[Check, ...]) -> int:
    s = score(rows, checks)
    return s["true_lost"] + WEIGHT * s["false_kept"]


def single_checks(rows: list[dict[str, Any]]) -> list[Check]:
    out: list[Check] = []
    for f in FEATURES:
        values = sorted({r[f] for r in rows})
        for v in values:
            out.append((f, "min", v))
            out.append((f, "max", v))
    return out


def choose(rows: list[dict[str, Any]], depth: int) -> tuple[Check, ...]:
    """The rule of least cost on ``rows``; ties to fewer checks, then the most rows kept, then its text."""
    singles = single_checks(rows)
    best: tuple[Any, ...] | None = None
    chosen: tuple[Check, ...] = ()
    for n in range(0, depth + 1):
        for checks in itertools.combinations(singles, n):
            if len({c[0] for c in checks}) < n:
                continue
            key = (cost(rows, checks), n, -sum(passes(r, checks) for r in rows), repr(checks))
            if best is None or key < best:
                best, chosen = key, checks
    return chosen


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def show(checks: tuple[Check, ...]) -> str:
    if not checks:
        return "(no check: the gate as it was)"
    return " and ".join(f"{f} {'>=' if d == 'min' else '<='} {b:g}" for f, d, b in checks)


def lobo(rows: list[dict[str, Any]], depth: int) -> list[dict[str, Any]]:
    out = []
    for batch in sorted({r["batch"] for r in rows}):
        train = [r for r in rows if r["batch"] != batch]
        test = [r for r in rows if r["batch"] == batch]
        checks = choose(train, depth)
        out.append({"left_out": batch, "rule": show(checks), **score(test, checks)})
    return out


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| batch | story | gold claim | gold | doubts | origins (kind) | named/vague | art. | groups | paper "
        "| ment. | fig. |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        lines.append(
            f"| {r['batch']} | {r['story']} | {r['gold_claim']} | {'IC' if r['gold'] == IC else r['gold']} | "
            f"{r['doubts']} | {'; '.join(r['origin_names'])} | {r['named']}/{r['vague']} | {r['articles']} | "
            f"{r['dep_groups']} | {r['paper']} | {r['mentions']} | {r['figure']} |"
        )
    return "\n".join(lines)


def parse_pair(text: str) -> tuple[str, Path]:
    if "=" not in text:
        sys.exit(f"{text}: expected BATCH=SAVED_DIR (a folder of report JSON written by evaluate_real.py --save)")
    name, folder = text.split("=", 1)
    path = Path(folder)
    if not path.is_dir():
        sys.exit(f"{folder}: not a folder; pass the folder given to evaluate_real.py --save")
    return name, path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batches", nargs="+", help="BATCH=SAVED_DIR, one per batch's first run")
    parser.add_argument("--stories", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--current", help="BATCH=SAVED_DIR of today's code on the development stories")
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    refuse_heldout(args.stories)
    scorer = load_scorer(args.tools)
    rows = []
    for text in args.batches:
        name, folder = parse_pair(text)
        rows.extend(rows_of(name, folder, args.stories, scorer))
    true = sum(r["gold"] == IC for r in rows)
    lo, hi = wilson(true, len(rows))
    folds = lobo(rows, args.depth)
    pooled = {k: sum(f[k] for f in folds) for k in ("true_kept", "false_kept", "true_lost", "false_stopped")}
    everything = choose(rows, args.depth)
    shipped = shipped_gate()
    units = per_claim(rows)
    result: dict[str, Any] = {
        "rows": rows,
        "precision": {"true": true, "of": len(rows), "wilson95": [round(lo, 3), round(hi, 3)]},
        "lobo": folds,
        "lobo_pooled": pooled,
        "rule_on_all": show(everything),
        "rule_on_all_score": score(rows, everything),
        "shipped_gate": show(shipped),
        "shipped_gate_score": score(rows, shipped),
        "per_claim": {"true": sum(u["gold"] == IC for u in units), "of": len(units)},
        "per_claim_lobo": lobo(units, args.depth),
    }
    if args.current:
        name, folder = parse_pair(args.current)
        cur = rows_of(name, folder, args.stories, scorer)
        result["current"] = {
            "ic_rows": len(cur),
            "true": sum(r["gold"] == IC for r in cur),
            "rule_on_all": score(cur, everything),
            "per_fold_rule": {f["rule"]: score(cur, _parse(f["rule"])) for f in folds},
            "rows": cur,
        }
    if args.json:
        print(json.dumps(result, indent=1, sort_keys=True, default=str))
        return
    print(table(rows))
    print(f"\nprecision at first contact: {true} of {len(rows)} (Wilson 95% {lo:.2f}-{hi:.2f})")
    for f in folds:
        print(
            f"left out {f['left_out']}: rule {f['rule']}: false stopped {f['false_stopped']}, "
            f"false kept {f['false_kept']}, true kept {f['true_kept']}, true lost {f['true_lost']}"
        )
    print(f"pooled over folds: {pooled}")
    print(f"rule chosen on every batch: {show(everything)} -> {score(rows, everything)}")
    print(f"shipped gate {show(shipped)} on the same rows: {score(rows, shipped)}")
    pu = result["per_claim"]
    print(f"per predicted claim (gold majority): {pu['true']} of {pu['of']} true")
    for f in result["per_claim_lobo"]:
        counts = {k: v for k, v in f.items() if k not in ("left_out", "rule")}
        print(f"  left out {f['left_out']}: {f['rule']}: {counts}")
    if args.current:
        c = result["current"]
        print(f"\ncurrent ({name}): {c['ic_rows']} IC rows, {c['true']} true")
        print(f"rule on all batches would: {c['rule_on_all']}")
        for rule, s in c["per_fold_rule"].items():
            print(f"  fold rule {rule}: {s}")
        print(table(c["rows"]))


def shipped_gate() -> tuple[Check, ...]:
    """The shipped confirmation gate's checks, where the report shows their feature (the doubts)."""
    data = json.loads((ROOT / "attribution" / "data" / "confirmation" / "gate.json").read_text(encoding="utf-8"))
    out = []
    for rule in data["rules"]:
        if rule["feature"] not in FEATURES:
            sys.exit(f"gate.json: the check on {rule['feature']} cannot be read from a saved report")
        out.append((rule["feature"], rule["direction"], float(rule["bar"])))
    return tuple(out)


def per_claim(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows once per predicted claim, labelled confirmed when most of its gold claims are (a tie is not)."""
    by: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in rows:
        by.setdefault((r["batch"], r["story"], r["claim"]), []).append(r)
    out = []
    for key in sorted(by):
        group = by[key]
        true = sum(r["gold"] == IC for r in group)
        out.append({**group[0], "gold": IC if 2 * true > len(group) else "single-origin"})
    return out


def _parse(text: str) -> tuple[Check, ...]:
    if text.startswith("("):
        return ()
    out = []
    for part in text.split(" and "):
        f, op, b = part.split(" ")
        out.append((f, "min" if op == ">=" else "max", float(b)))
    return tuple(out)


if __name__ == "__main__":
    main()
