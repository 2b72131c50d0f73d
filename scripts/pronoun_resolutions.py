#!/usr/bin/env python3
"""How often a pronoun or a description names the wrong source, over saved reports of the real stories.

    .venv/bin/python scripts/pronoun_resolutions.py SAVED_DIR [STORIES_ROOT] [--list]

SAVED_DIR holds the per-story reports ``scripts/evaluate_real.py --save`` wrote. For every attribution whose
source phrase is a pronoun ("she said") or a definite description ("the minister said", "the company said")
or a possessive holder ("his office said"), it finds the gold mentions the attribution's content overlaps
(the scorer's ``locate`` and ``overlap``) and compares the source the tool resolved the phrase to with the
sources of the gold chain after the outlet (the scorer's ``name_match``): right (one of them), wrong (none of
them), unresolved (the tool left the phrase its own entry: "unidentified (he)", "the minister"), or no gold
(no gold mention overlaps the content: not counted). Prints the counts by kind (he/she/they/it/description/
possessive) and, with ``--list``, every wrong and unresolved phrase.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer  # noqa: E402

from attribution.lang.en import pronouns as pr  # noqa: E402
from attribution.lang.en import sources as lx  # noqa: E402

KINDS = ("he", "she", "they", "it", "description", "possessive")
OUTCOMES = ("right", "wrong", "unresolved")


def phrase_kind(text: str) -> str | None:
    """he/she/they/it for a pronoun, description for "the minister", possessive for "his office", else None."""
    words = text.replace("\u2019", "'").split()
    if not words:
        return None
    low = [w.lower().strip(",.") for w in words]
    if len(low) == 1:
        w = low[0]
        if w in pr.MALE_PRONOUNS:
            return "he"
        if w in pr.FEMALE_PRONOUNS:
            return "she"
        if w in pr.PLURAL_PRONOUNS:
            return "they"
        if w in pr.THING_PRONOUNS:
            return "it"
        return None
    if low[0] in pr.PERSON_POSSESSIVES or low[0] in pr.GROUP_POSSESSIVES:
        return "possessive"
    if low[0] in lx.DEFINITE_DETS and words[-1][:1].islower():
        return "description"
    return None


def outcome(src: dict[str, Any] | None, phrase: str, golds: list[list[str]], scorer: ModuleType) -> tuple[str, str]:
    """(right/wrong/unresolved, the resolved source's name)."""
    if src is None:
        return "unresolved", "-"
    name = src.get("name", "")
    names = [name, *(src.get("aliases") or [])]
    if name.lower().startswith("unidentified") or name.lower() == phrase.lower():
        return "unresolved", name
    ok = any(scorer.name_match(names, g) for chain in golds for g in chain)
    return ("right" if ok else "wrong"), name


def story_rows(story: Path, pred: dict[str, Any], scorer: ModuleType) -> list[tuple[str, str, str, str, str, str]]:
    """(kind, outcome, file, phrase, resolved name, gold chain) of every pronoun or description aligned with gold."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")}
    spans: list[tuple[str, tuple[int, int], list[str]]] = []
    for gc in gold["claims"]:
        for gm in gc["mentions"]:
            span = scorer.locate(texts.get(gm["file"], ""), gm["quote"])
            if span:
                spans.append((gm["file"], span, gm["chain"][1:]))
    sources = {s["id"]: s for s in pred.get("sources", [])}
    rows = []
    for art in pred.get("articles", []):
        f = Path(art.get("path") or art["id"]).name
        for a in art.get("attributions", []):
            phrase = (a.get("source") or {}).get("text") or ""
            kind = phrase_kind(phrase)
            if kind is None:
                continue
            content = [(c["start"], c["end"]) for c in a.get("content", [])]
            golds = [ch for gf, sp, ch in spans if gf == f and any(scorer.overlap(sp, c) for c in content)]
            golds = [ch for ch in golds if ch]
            if not golds:
                continue
            got, name = outcome(sources.get(a.get("source_id") or ""), phrase, golds, scorer)
            rows.append((kind, got, f, phrase, name, " | ".join(" > ".join(ch) for ch in golds[:2])))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("saved", type=Path)
    ap.add_argument("root", type=Path, nargs="?", default=ROOT / "fixtures" / "real")
    ap.add_argument("--list", action="store_true", help="print every wrong and unresolved phrase")
    ap.add_argument("--all", action="store_true", help="print every phrase")
    args = ap.parse_args(argv)
    scorer = load_scorer(DEFAULT_TOOLS)
    counts: Counter[tuple[str, str]] = Counter()
    for story in sorted(d for d in args.root.iterdir() if (d / "gold.json").is_file()):
        saved = args.saved / f"{story.name}.json"
        if not saved.is_file():
            continue
        for kind, got, f, phrase, name, gold in story_rows(story, json.loads(saved.read_text("utf-8")), scorer):
            counts[kind, got] += 1
            if args.all or (args.list and got != "right"):
                print(f"{got:10} {kind:11} {story.name}/{f}: {phrase!r} -> {name!r}  gold: {gold}")
    print(f"{'kind':12}" + "".join(f"{o:>11}" for o in OUTCOMES))
    for kind in KINDS:
        print(f"{kind:12}" + "".join(f"{counts[kind, o]:>11}" for o in OUTCOMES))
    print(f"{'all':12}" + "".join(f"{sum(counts[k, o] for k in KINDS):>11}" for o in OUTCOMES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
