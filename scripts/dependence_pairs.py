#!/usr/bin/env python3
"""Article-pair dependence against the gold of the real stories: precision and recall.

    .venv/bin/python scripts/dependence_pairs.py [STORIES_ROOT ...] [--cache] [--reports DIR] [--pairs] [--json]

For every pair of articles of each story: are they dependent in the gold, and does the tool say so?

Gold (from ``gold.json``): an outlet name names the wire or outlet an article carries or rewrites
("X (Reuters copy)", "Reuters (carried by X)", "X (AP rewrite)", "X (BBC-based)", "X (rewrite of the 05
story)"); an article with no such note is its outlet's own story. Two articles are dependent when they
carry one wire or outlet, or one article's gold chains name (as an intermediary) the wire or outlet the
other carries (a declared citation). The tool: the dependence groups the verdict uses, i.e. the
report's ``dependencies`` (declared references, copied or reworded text) joined by shared article-level
credits ("Additional reporting by Reuters" in two articles). Both sides are closed under transitivity
(a group of articles that depend on one another is what the verdict counts once).

``--reports DIR`` reads report JSON saved by ``scripts/evaluate_real.py --save DIR`` instead of running
the pipeline. Prints per story the missed and the invented pairs, then pooled precision and recall.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOTS = [ROOT / "fixtures" / "real"]

#: a parenthetical note that says the article carries someone else's story
_CARRIES = re.compile(r"\b(copy|rewrite|based|carried by)\b", re.IGNORECASE)
_NOISE = re.compile(
    r"\b(copy|rewrite|based|carried by|uncredited|credited|wire|mostly|with other reports|close|of the)\b",
    re.IGNORECASE,
)
_OF_FILE = re.compile(r"\bof (?:the )?(\d\d)\b")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def _head(name: str) -> tuple[str, str]:
    """(the name before the parenthesis, what the parenthesis says)."""
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    return (m.group(1), m.group(2)) if m else (name, "")


def gold_families(outlets: dict[str, str]) -> dict[str, set[str]]:
    """File -> the wires or outlets whose story it carries (its own outlet when it notes none)."""
    fam: dict[str, set[str]] = {}
    later: dict[str, str] = {}
    for f, name in outlets.items():
        head, note = _head(name)
        if not note or not _CARRIES.search(note):
            fam[f] = {_key(head)}
            continue
        if re.search(r"\bcarried by\b", note, re.IGNORECASE):
            fam[f] = {_key(x) for x in head.split("/")}
            continue
        if m := _OF_FILE.search(note):
            later[f] = m.group(1)
            continue
        wires = {_key(_NOISE.sub(" ", x)) for part in note.split(",") for x in part.split("/")}
        wires = {w for w in wires if w}
        fam[f] = wires or {f"wire of {f}"}  # "wire copy, uncredited": some wire, none named
    for f, num in later.items():
        other = next((g for g in outlets if g.startswith(num + "_")), None)
        fam[f] = set(fam.get(other, set())) if other else {f"rewrite of {num}"}
    return fam


def _names_of_link(link: str) -> set[str]:
    head, note = _head(link)
    return {_key(head)} | {_key(x) for x in note.split("/") if x.strip()}


def gold_pairs(gold: dict[str, Any], files: list[str]) -> set[tuple[str, str]]:
    fam = gold_families({f: gold["outlets"].get(f, f) for f in files})
    edges = {(a, b) for a, b in combinations(sorted(files), 2) if fam[a] & fam[b]}
    for claim in gold.get("claims", []):
        for m in claim.get("mentions", []):
            f = m.get("file")
            if f not in fam:
                continue
            for link in m.get("chain", [])[1:]:
                names = _names_of_link(link)
                for g in files:
                    if g != f and fam[g] & names and not fam[f] & fam[g]:
                        edges.add(tuple(sorted((f, g))))  # type: ignore[arg-type]
    return _closure(sorted(files), edges)


def _closure(files: list[str], edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    parent = {f: f for f in files}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {(a, b) for a, b in combinations(files, 2) if find(a) == find(b)}


def tool_pairs(report: dict[str, Any]) -> set[tuple[str, str]]:
    """The verdict's dependence groups from a report: its dependencies and shared article-level credits."""
    arts = report.get("articles", [])
    name = {a["id"]: Path(a.get("path") or a["id"]).name for a in arts}
    edges: set[tuple[str, str]] = set()
    for aid, deps in (report.get("dependencies") or {}).items():
        for d in deps:
            edges.add(tuple(sorted((name.get(aid, aid), name.get(d, d)))))  # type: ignore[arg-type]
    credits: dict[str, list[str]] = {}
    for a in arts:
        atts = a.get("attributions") or []
        if not isinstance(atts, list):
            continue
        for att in atts:
            sid = att.get("source_id")
            if att.get("kind") == "article-reference" and sid and sid != a.get("outlet_source"):
                credits.setdefault(sid, []).append(name[a["id"]])
    for members in credits.values():
        members = sorted(set(members))
        edges.update((members[0], m) for m in members[1:])
    return _closure(sorted(name.values()), edges)


def predict(story: Path, cache: bool) -> dict[str, Any]:
    from attribution.pipeline import Options, run

    articles = sorted(str(p) for p in story.glob("*.txt"))
    manifest = story / "manifest.csv"
    options = Options(manifest=str(manifest) if manifest.is_file() else None, cache=cache)
    return json.loads(run(articles, options).to_json())


def score(stories: list[Path], reports: Path | None, cache: bool, show_pairs: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"stories": {}}
    tp = fp = fn = pairs = 0
    for story in stories:
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        files = sorted(p.name for p in story.glob("*.txt"))
        saved = reports / f"{story.name}.json" if reports else None
        if saved is not None and not saved.is_file():
            sys.exit(f"{saved}: no saved report for this story; run scripts/evaluate_real.py --save {reports}")
        report = json.loads(saved.read_text(encoding="utf-8")) if saved else predict(story, cache)
        g, t = gold_pairs(gold, files), tool_pairs(report)
        s_tp, s_fp, s_fn = len(g & t), len(t - g), len(g - t)
        tp, fp, fn, pairs = tp + s_tp, fp + s_fp, fn + s_fn, pairs + len(files) * (len(files) - 1) // 2
        out["stories"][story.name] = {
            "gold": len(g),
            "found": s_tp,
            "invented": sorted(t - g),
            "missed": sorted(g - t),
        }
        line = f"{story.name:32s} gold {len(g):2d}  found {s_tp:2d}  invented {s_fp:2d}  missed {s_fn:2d}"
        print(line)
        if show_pairs:
            for a, b in sorted(g - t):
                print(f"    missed   {a} ~ {b}")
            for a, b in sorted(t - g):
                print(f"    invented {a} ~ {b}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    out.update(pairs=pairs, gold=tp + fn, found=tp, invented=fp, precision=precision, recall=recall)
    print(f"pairs {pairs}; gold dependent {tp + fn}; found {tp}; invented {fp}; "
          f"precision {precision:.3f}; recall {recall:.3f}")  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=DEFAULT_ROOTS)
    parser.add_argument("--cache", action="store_true", help="reuse cached analyses (default: a cold run)")
    parser.add_argument("--reports", type=Path, help="read saved report JSON (evaluate_real.py --save DIR)")
    parser.add_argument("--pairs", action="store_true", help="list the missed and invented pairs")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)
    stories = []
    for root in args.roots:
        if not root.is_dir():
            sys.exit(f"{root}: not a folder of stories; pass folders that hold <story>/gold.json")
        stories += sorted(d for d in root.iterdir() if d.is_dir() and (d / "gold.json").is_file())
    result = score(stories, args.reports, args.cache, args.pairs)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
