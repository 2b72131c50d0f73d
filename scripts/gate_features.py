#!/usr/bin/env python3
"""The confirmation gate's own evidence (``confirmation.Evidence``) of the claims a saved report calls confirmed.

    .venv/bin/python scripts/gate_features.py BATCH=SAVED_DIR [BATCH=SAVED_DIR ...] [--stories fixtures/real]
        [--check SAVED_DIR] [--depth N] [--json]

Each ``SAVED_DIR`` holds per-story report JSON written by ``scripts/evaluate_real.py --save`` (a batch's first run,
rebuilt from the code of that run: docs/evaluation.md, "Round eleven: confirmations at first contact"). For every
claim a report calls ``independently-confirmed``, the gate's features are measured by **today's** confirmation code
(``confirmation.measure``, pairs included) on records rebuilt from the report alone:

- each mention's candidate is today's candidate of the same span (article, start, end), from a run of today's
  pipeline on the story's texts (the parse cache is used; the whole-report cache is not); a span today's
  extraction does not have takes the candidate of that article that overlaps it most (counted as ``approx``);
- a mention's origins are the last sources of its attributed chains;
- the counted origins are the names listed by the claim's "N distinct bodies: ..." evidence line; an origin counts
  as the body its affiliation path starts with, or as the counted origin an evidence line says it "speaks for";
- dependence groups: the report's ``dependencies`` joined with wire credits two articles share (article
  references to one source), as ``independence.links.article_links`` builds them;
- doubts: the claim's doubt lines, less the line saying every origin is part of one institution (a signal).

``--check SAVED_DIR``: the same rebuild on a report saved by today's code, compared claim for claim with the
evidence today's pipeline records at the gate (``confirmation.RECORDER``): the rebuild is faithful where they agree.

Then the gate's rule families are chosen leave-one-batch-out on the first-contact rows (``first_contact.py``'s
alignment of gold claims to main predicted claims, its cost: a true confirmation turned away 1, a false one kept 3;
one or two checks, each a bar on one feature) and scored on the batch left out. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import first_contact as fc  # noqa: E402
from evaluate_real import DEFAULT_TOOLS, load_scorer  # noqa: E402

from attribution.lang.en import independence as lx  # noqa: E402
from attribution.lang.en.independence import BODY_DESCRIPTION_HEADS, OFFICIAL_HEADS, ROLE_HEADS  # noqa: E402
from attribution.tracing import confirmation  # noqa: E402
from attribution.tracing.cluster import UnionFind  # noqa: E402

IC = "independently-confirmed"
PLAIN_HEADS = BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS | ROLE_HEADS
#: the gate's features, read from the confirming pairs and the claim's coherence
GATE_FEATURES = (
    "doubts",
    "best_pair",
    "pair_words",
    "strict_pairs",
    "figure_pairs",
    "pairs",
    "core",
    "coherence",
    "carried_share",
    "named",
    "origins",
    "mentions",
)
#: "N distinct bodies: A (in X, Y); B (in Z)" -> the listed names
_LISTED = re.compile(r"^\d+ distinct (?:" + "|".join(lx.UNIT_WORDS.values()) + r"): (.*)$")


# -- today's candidates and recorded evidence of a story -------------------------------------------------------


@contextmanager
def _recording(seen: dict[frozenset[tuple[str, int, int]], Any], cands: dict[str, list[Any]]) -> Iterator[None]:
    """Record the gate's evidence of every claim that reaches it (the shipped gate stays in force) and the
    candidates of every article; the whole-report cache is neither read nor written."""
    from attribution import pipeline
    from attribution.analysis_cache import AnalysisCache

    def record(records: Any, ev: confirmation.Evidence, pairs: Any) -> None:
        seen[frozenset((r.article, r.cand.start, r.cand.end) for r in records)] = ev

    real_build = pipeline.build_claims

    def build(articles: Any, candidates: Any, *a: Any, **k: Any) -> Any:
        for c in candidates:
            cands[c.article_id] = list(c.mentions)
        return real_build(articles, candidates, *a, **k)

    saved = AnalysisCache.get_report, AnalysisCache.put_report
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    confirmation.RECORDER = record
    pipeline.build_claims = build  # type: ignore[assignment]
    try:
        yield
    finally:
        confirmation.RECORDER = None
        pipeline.build_claims = real_build  # type: ignore[assignment]
        AnalysisCache.get_report, AnalysisCache.put_report = saved  # type: ignore[method-assign]


def today(story: Path) -> tuple[dict[str, list[Any]], dict[frozenset[tuple[str, int, int]], Any], dict[str, Any]]:
    """Today's candidates per article, the evidence recorded at the gate per claim (keyed by its mentions) and
    today's report of ``story``."""
    from attribution.pipeline import Options, run

    seen: dict[frozenset[tuple[str, int, int]], Any] = {}
    cands: dict[str, list[Any]] = {}
    articles = sorted(str(p) for p in story.glob("*.txt"))
    manifest = story / "manifest.csv"
    options = Options(manifest=str(manifest) if manifest.is_file() else None, cache=True)
    with _recording(seen, cands):
        report = json.loads(run(articles, options).to_json())
    return cands, seen, report


# -- the rebuild from a saved report ---------------------------------------------------------------------------


def dependence_groups(report: dict[str, Any]) -> dict[str, int]:
    """Article id -> dependence group: the report's dependencies joined with shared wire credits."""
    ids = sorted(a["id"] for a in report["articles"])
    index = {a: n for n, a in enumerate(ids)}
    groups = UnionFind(len(ids))

    def union(a: str, b: str) -> None:
        if a in index and b in index:
            groups.union(index[a], index[b])

    for a, deps in (report.get("dependencies") or {}).items():
        for b in deps:
            union(a, b)
    credits: dict[str, list[str]] = {}
    for art in report["articles"]:
        for att in art.get("attributions", []):
            sid = att.get("source_id")
            if att.get("kind") == "article_reference" and sid and sid != art.get("outlet_source"):
                credits.setdefault(sid, []).append(art["id"])
    for members in credits.values():
        for b in members[1:]:
            union(members[0], b)
    return {a: groups.find(index[a]) for a in ids}


def counted_units(claim: dict[str, Any], report: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """The counted origins (ids) and each origin's unit, read from the claim's evidence lines."""
    sources = {s["id"]: s for s in report["sources"]}
    names = _names(report)
    indep = claim.get("independence") or {}
    lines = [*indep.get("evidence", []), *indep.get("doubts", [])]
    listed: list[str] = []
    joins = joins_of(lines)
    for line in indep.get("evidence", []):
        m = _LISTED.match(line)
        if m:
            listed = [x[0] for x in re.findall(r"(.+?) \(in ((?:[^()]|\([^()]*\))*)\)(?:; |$)", m.group(1))]
    by_name: dict[str, list[str]] = {}
    for sid, name in sorted(names.items()):
        by_name.setdefault(name, []).append(sid)

    def base(o: str) -> str:
        path = sources.get(o, {}).get("affiliation_path") or []
        return str(path[0]) if path else o

    origins = sorted({ch[-1] for m in claim["mentions"] for ch in m["chains"] if len(ch) > 1} | set(claim["origins"]))
    counted: list[str] = []
    for name in listed:
        ids = by_name.get(name, [])
        near = [i for i in ids if i in {base(o) for o in origins} or i in origins]
        if near or ids:
            counted.append((near or ids)[0])
    wanted = set(counted)
    unit: dict[str, str] = {}
    for o in origins:
        u = base(o)
        if u not in wanted and o in wanted:
            u = o
        for _ in range(len(joins) + 1):
            if u in wanted:
                break
            name = names.get(u, u)
            target = next((b for a, b in joins if a == name), None)
            ids = [i for i in by_name.get(target or "", []) if i in wanted] or by_name.get(target or "", [])
            if not ids:
                break
            u = base(ids[0])
        unit[o] = u
    return counted, unit


#: The lines of the verdict's join steps (attribution/lang/en/independence.py): the origin each names first was
#: counted as the one it names second (``Judging.joined``), with the placeholders of each
JOIN_LINES = (
    (lx.COUNTED_AS_ONE, "member", "body"),
    (lx.MAY_SPEAK_FOR, "person", "bodies"),
    (lx.PRESS_RELAY, "press", "party"),
    (lx.NAMES_ANOTHER_ORIGIN, "a", "b"),
    (lx.PRONOUN_BESIDE_NAME, "a", "b"),
    (lx.ONE_ADMINISTRATION, "member", "head"),
    (lx.ONE_ADMINISTRATION_NO_COUNTRY, "member", "head"),
    (lx.ROLE_AT_BODY, "person", "body"),
    (lx.REPORTS_ACCOUNT, "reporter", "party"),
    (lx.REPORTS_UNDERTAKING, "reporter", "party"),
    (lx.ONE_PASSAGE, "a", "b"),
    (lx.ONE_PASSAGE_TWO_ARTICLES, "a", "b"),
    (lx.LISTED_ONCE, "name", "head"),
)


#: the verbs of ``COUNTED_AS_ONE``
_VERBS = (lx.SPEAKS_FOR_VERB, lx.PART_OF_VERB, lx.IN_POWER_VERB)


def _pattern(template: str) -> re.Pattern[str]:
    out, seen = "", set()
    for literal, field, _, _ in string.Formatter().parse(template):
        out += re.escape(literal)
        if field is None:
            continue
        what = "|".join(re.escape(v) for v in _VERBS) if field == "verb" else ".+?"
        out += f"(?P={field})" if field in seen else f"(?P<{field}>{what})"
        seen.add(field)
    return re.compile("^" + out + "$")


_JOINS = [(_pattern(t), a, b) for t, a, b in JOIN_LINES]


def joins_of(lines: list[str]) -> list[tuple[str, str]]:
    """(name joined, name it was counted as) for every join line among ``lines``."""
    out = []
    for line in lines:
        for pattern, a, b in _JOINS:
            m = pattern.match(line)
            if m:
                first = m.group(a).split(" (")[0]
                second = m.group(b).split(lx.OR)[0].split(" (")[0]
                out.append((first, second))
                break
    return out


def _names(report: dict[str, Any]) -> dict[str, str]:
    names = {s["id"]: s["name"] for s in report["sources"]}
    for a in report["articles"]:
        sid = a.get("outlet_source")
        if sid and sid not in names:
            names[sid] = a.get("display_outlet") or a.get("outlet") or sid
    return names


def _candidate(mention: dict[str, Any], cands: dict[str, list[Any]]) -> tuple[Any, bool]:
    """Today's candidate of the mention's span (exact), else the one of its article overlapping it most."""
    found = cands.get(mention["article"], [])
    for c in found:
        if c.start == mention["start"] and c.end == mention["end"]:
            return c, True
    best = max(
        found,
        key=lambda c: (min(c.end, mention["end"]) - max(c.start, mention["start"]), -abs(c.start - mention["start"])),
        default=None,
    )
    if best is None or min(best.end, mention["end"]) <= max(best.start, mention["start"]):
        return None, False
    return best, False


def rebuild(claim: dict[str, Any], report: dict[str, Any], cands: dict[str, list[Any]]) -> dict[str, Any]:
    """The gate's evidence of one claim of a saved report, measured by today's code."""
    from attribution.tracing.conflicts import MentionRecord

    counted, unit = counted_units(claim, report)
    names = _names(report)
    records = []
    approx = missing = 0
    for m in claim["mentions"]:
        if m.get("where_only"):
            continue
        cand, exact = _candidate(m, cands)
        if cand is None:
            missing += 1
            continue
        approx += not exact
        origins = [ch[-1] for ch in m["chains"] if len(ch) > 1]
        records.append(
            MentionRecord(
                article=m["article"],
                outlet="",
                outlet_name="",
                cand=cand,
                chains=m["chains"],
                origins=origins,
                attribution=m.get("attribution"),
            )
        )
    indep = claim.get("independence") or {}
    doubts = list(dict.fromkeys(indep.get("doubts", [])))
    signal = 1 if indep.get("institution") else 0
    saved = confirmation.RECORDER
    confirmation.RECORDER = lambda *a: None  # every pair feature measured
    try:
        ev, _ = confirmation.measure(
            records,
            counted,
            lambda o: unit.get(o, o),
            lambda u: names.get(u, u),
            dependence_groups(report),
            PLAIN_HEADS,
            max(0, len(doubts) - signal),
        )
    finally:
        confirmation.RECORDER = saved
    return {**ev.as_dict(), "approx": approx, "missing": missing, "counted": len(counted)}


def story_rows(saved: Path, cands: dict[str, list[Any]]) -> dict[str, dict[str, Any]]:
    """Claim id -> rebuilt evidence, for every claim the saved report calls confirmed."""
    report = json.loads(saved.read_text(encoding="utf-8"))
    return {c["id"]: rebuild(c, report, cands) for c in report["claims"] if c["verdict"] == IC}


# -- check against today's recorded evidence -------------------------------------------------------------------


def check(saved_dir: Path, stories: Path) -> list[dict[str, Any]]:
    """Per IC claim of a report saved by today's code: the rebuilt evidence beside the recorded one."""
    out = []
    for path in sorted(saved_dir.glob("*.json")):
        cands, seen, _ = today(stories / path.stem)
        report = json.loads(path.read_text(encoding="utf-8"))
        for c in report["claims"]:
            if c["verdict"] != IC:
                continue
            key = frozenset((m["article"], m["start"], m["end"]) for m in c["mentions"] if not m.get("where_only"))
            recorded = seen.get(key)
            got = rebuild(c, report, cands)
            diff = {}
            if recorded is None:
                diff = {"recorded": "none"}
            else:
                for f, v in recorded.as_dict().items():
                    if abs(float(v) - float(got[f])) > 1e-6:
                        diff[f] = (v, got[f])
            out.append({"story": path.stem, "claim": c["id"], "diff": diff})
    return out


# -- leave one batch out on the gate's features ----------------------------------------------------------------


def first_contact_rows(batches: list[tuple[str, Path]], stories: Path, scorer: Any) -> list[dict[str, Any]]:
    """first_contact.py's rows (one per gold claim whose main claim is IC) with the gate's evidence added."""
    rows = []
    for batch, folder in batches:
        base = fc.rows_of(batch, folder, stories, scorer)
        evidence: dict[tuple[str, str], dict[str, Any]] = {}
        for path in sorted(folder.glob("*.json")):
            cands, _, _ = today(stories / path.stem)
            for cid, ev in story_rows(path, cands).items():
                evidence[(path.stem, cid)] = ev
        for r in base:
            ev = evidence[(r["story"], r["claim"])]
            rows.append({**r, **{f"fc_{k}": r[k] for k in ("named", "origins", "mentions")}, **ev})
    return rows


def family(rows: list[dict[str, Any]], feats: tuple[str, ...], depth: int) -> dict[str, Any]:
    """A rule family (the features it may test, at most ``depth`` checks) chosen leave-one-batch-out."""
    saved = fc.FEATURES
    fc.FEATURES = feats
    try:
        folds = fc.lobo(rows, depth)
        on_all = fc.choose(rows, depth)
    finally:
        fc.FEATURES = saved
    pooled = {k: sum(f[k] for f in folds) for k in ("true_kept", "false_kept", "true_lost", "false_stopped")}
    return {"folds": folds, "pooled": pooled, "rule_on_all": fc.show(on_all), "on_all": fc.score(rows, on_all)}


def separation(rows: list[dict[str, Any]], feats: tuple[str, ...]) -> dict[str, float]:
    """Per feature, the chance that a true confirmation's value beats a false one's in the feature's credible
    direction (``confirmation.FEATURES``; ties count half): 0.5 separates nothing, 1.0 separates all."""
    true = [r for r in rows if r["gold"] == IC]
    false = [r for r in rows if r["gold"] != IC]
    out = {}
    for f in feats:
        sign = -1.0 if confirmation.FEATURES.get(f, "min") == "max" else 1.0
        wins = sum(1.0 if sign * (t[f] - x[f]) > 0 else 0.5 if t[f] == x[f] else 0.0 for t in true for x in false)
        out[f] = round(wins / (len(true) * len(false)), 3) if true and false else 0.5
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batches", nargs="*", help="BATCH=SAVED_DIR, one per batch's first run")
    parser.add_argument("--stories", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--check", type=Path, help="a folder of reports saved by today's code on --stories")
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument("--current", help="BATCH=SAVED_DIR of today's code: what each rule chosen would cost it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    fc.refuse_heldout(args.stories)
    result: dict[str, Any] = {}
    if args.check:
        fc.refuse_heldout(args.check)
        checked = check(args.check, args.stories)
        result["check"] = {
            "claims": len(checked),
            "equal": sum(not c["diff"] for c in checked),
            "differ": [c for c in checked if c["diff"]],
        }
    if args.batches:
        scorer = load_scorer(args.tools)
        rows = first_contact_rows([fc.parse_pair(t) for t in args.batches], args.stories, scorer)
        result["rows"] = rows
        result["families"] = {
            "gate features": family(rows, GATE_FEATURES, args.depth),
            "pair features": family(rows, tuple(sorted(confirmation.PAIR_FEATURES)), args.depth),
            "the fitting script's plain features": family(
                rows, ("doubts", "strict_pairs", "pairs", "figure_pairs", "origins", "core"), args.depth
            ),
        }
        units = fc.per_claim(rows)
        result["per_claim"] = {
            "true": sum(u["gold"] == IC for u in units),
            "of": len(units),
            "gate features": family(units, GATE_FEATURES, args.depth),
            "separation": separation(units, GATE_FEATURES),
        }
        result["shipped"] = fc.score(rows, fc.shipped_gate())
        result["nothing"] = fc.score(rows, (("mentions", "max", -1.0),))
    if args.current and args.batches:
        cur = first_contact_rows([fc.parse_pair(args.current)], args.stories, scorer)
        result["current"] = {
            "rows": cur,
            "rules": {
                name: {
                    "on_all": fam["rule_on_all"],
                    "score": fc.score(cur, fc._parse(fam["rule_on_all"])),
                    "folds": {f["rule"]: fc.score(cur, fc._parse(f["rule"])) for f in fam["folds"]},
                }
                for name, fam in result["families"].items()
            },
        }
    if args.json:
        print(json.dumps(result, indent=1, sort_keys=True, default=str))
        return
    if "check" in result:
        c = result["check"]
        print(f"rebuild check: {c['equal']} of {c['claims']} confirmed claims equal to the recorded evidence")
        for d in c["differ"]:
            print(f"  {d['story']} {d['claim']}: {d['diff']}")
    if "rows" in result:
        print(table(result["rows"]))
        print(f"\nshipped gate {fc.show(fc.shipped_gate())}: {result['shipped']}")
        for name, fam in result["families"].items():
            print(f"\n{name}: pooled {fam['pooled']}; on all ten: {fam['rule_on_all']} -> {fam['on_all']}")
            for f in fam["folds"]:
                counts = {k: v for k, v in f.items() if k not in ("left_out", "rule")}
                print(f"  left out {f['left_out']}: {f['rule']}: {counts}")
        pc = result["per_claim"]
        fam = pc["gate features"]
        print(f"\nper predicted claim: {pc['true']} of {pc['of']} true; gate features pooled {fam['pooled']}")
        print(f"  on all: {fam['rule_on_all']} -> {fam['on_all']}")
        print(f"  separation (0.5 = none): {pc['separation']}")
    if "current" in result:
        print("\n" + table(result["current"]["rows"]))
        for name, r in result["current"]["rules"].items():
            print(f"today, {name}: rule on all {r['on_all']} -> {r['score']}")
            for rule, sc in r["folds"].items():
                print(f"  fold rule {rule}: {sc}")


def table(rows: list[dict[str, Any]]) -> str:
    head = "| batch | story | gold claim | gold | " + " | ".join(GATE_FEATURES) + " | approx |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        vals = " | ".join(f"{r[f]:g}" if isinstance(r[f], float) else str(r[f]) for f in GATE_FEATURES)
        lines.append(
            f"| {r['batch']} | {r['story']} | {r['gold_claim']} | {'IC' if r['gold'] == IC else r['gold']} | "
            f"{vals} | {r['approx']}/{r['missing']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
