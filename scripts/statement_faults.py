"""Count claim statements that do not read as complete sentences (issue 16, item 4).

Reads report JSON files (``attribution report --json`` output, or the per-story files
``scripts/evaluate_real.py --save DIR`` writes), parses each claim's statement on its own and applies
``attribution.tracing.statement.statement_faults``: a statement is complete when it opens with a capital
or a quotation mark, ends with a sentence mark, does not trail off, has a finite verb, does not end on a
word that opens or joins a phrase, and does not open with a pronoun standing for someone named elsewhere.

    PYTHONPATH=. python scripts/statement_faults.py DIR_OR_FILE [...] [--examples N] [--compare OTHER_DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from attribution.doc import Block
from attribution.nlp.spacy_engine import SpacyEngine
from attribution.tracing.statement import CLOSERS, SENTENCE_ENDS, statement_faults


def _reports(paths: list[Path]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for p in paths:
        files = sorted(p.glob("*.json")) if p.is_dir() else [p]
        for f in files:
            out[f.stem] = json.loads(f.read_text(encoding="utf-8"))
    return out


def faults_of(engine: SpacyEngine, statements: list[str]) -> list[list[str]]:
    """Each statement's faults, its words parsed without the final mark (the tokenizer reads "a." as a
    word)."""
    words = [s.rstrip(CLOSERS).rstrip(SENTENCE_ENDS) for s in statements]
    docs = engine.annotate([(w, [Block(0, len(w), "body")]) for w in words])
    return [statement_faults(s, doc.tokens) for s, doc in zip(statements, docs, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--compare", type=Path, help="a second directory of reports of the same stories (before)")
    ap.add_argument("--examples", type=int, default=0, help="print N changed statements, before -> after")
    args = ap.parse_args(argv)
    for p in [*args.paths, *([args.compare] if args.compare else [])]:
        if not p.exists():
            msg = f"statement_faults: {p} does not exist; pass report JSON files or a --save directory"
            print(msg, file=sys.stderr)
            return 2
    engine = SpacyEngine()
    after = _reports(args.paths)
    before = _reports([args.compare]) if args.compare else {}
    for label, reports in (("before", before), ("after", after)):
        if not reports:
            continue
        total, bad, kinds = 0, 0, Counter()
        for _story, rep in sorted(reports.items()):
            statements = [c["statement"] for c in rep.get("claims", [])]
            for f in faults_of(engine, statements):
                total += 1
                bad += bool(f)
                kinds.update(f)
        print(f"{label}: {bad} of {total} statements are not complete sentences; faults: {dict(sorted(kinds.items()))}")
    if before and args.examples:
        shown = 0
        for story in sorted(after):
            old = {c["id"]: c["statement"] for c in before.get(story, {}).get("claims", [])}
            for c in after[story].get("claims", []):
                was = old.get(c["id"])
                if was is not None and was != c["statement"] and shown < args.examples:
                    print(f"- {story}: {was!r} -> {c['statement']!r}")
                    shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
