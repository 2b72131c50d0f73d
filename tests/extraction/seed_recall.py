"""Seed recall: does extraction find each gold mention whose chain goes beyond the outlet?

Shared by the seed acceptance test and ``benchmarks``-style reporting. A gold
mention is found when some attribution's content overlaps the gold quote and
its source phrase (or a parent's, or an intermediary's) plausibly matches a
chain entry: a shared word, or a pronoun / common-noun description ("he",
"the agency", "authorities in Seoul") that resolution will map to a name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from attribution.doc import Block, Document
from attribution.extraction import extract_attributions
from attribution.extraction.types import RawAttribution, SourceMention

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
WORD = re.compile(r"[A-Za-z][A-Za-z.]+")
STOP = frozenset({"the", "of", "a", "an", "and", "in", "on", "at", "for", "to", "south", "unnamed", "anonymous"})


def seed_blocks(text: str) -> list[Block]:
    """One body block per non-empty line; "- " lines are bullets (what ingest gives for .txt)."""
    out: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        a, b = start + lead, start + len(line.rstrip())
        if stripped.startswith("- "):
            out.append(Block(a + 2, b, "bullet"))
        else:
            out.append(Block(a, b, "body"))
    return out


def _words(s: str) -> set[str]:
    return {w.lower().strip(".") for w in WORD.findall(s)} - STOP


def _plausible(doc: Document, m: SourceMention, chain: list[str]) -> bool:
    head = doc.tokens[m.head]
    if head.upos == "PRON" or (head.upos == "NOUN" and head.text.islower()):
        return True
    words = _words(m.name or m.text)
    return any(words & _words(entry) for entry in chain)


def _mentions_up(raws: list[RawAttribution], n: int) -> list[SourceMention]:
    out: list[SourceMention] = []
    seen = 0
    k: int | None = n
    while k is not None and seen < 16:
        r = raws[k]
        if r.source is not None:
            out.append(r.source)
        out.extend(r.via)
        k = r.parent
        seen += 1
    return out


def recall(engine) -> tuple[int, int, list[str]]:
    """(found, total, misses) over gold mentions with a chain longer than [outlet]."""
    gold = json.loads((SEEDS.parent / "gold.json").read_text(encoding="utf-8"))
    files = sorted({m["file"] for c in gold["claims"] for m in c["mentions"]})
    texts = {f: (SEEDS / f).read_text(encoding="utf-8") for f in files}
    docs = dict(zip(files, engine.annotate([(texts[f], seed_blocks(texts[f])) for f in files]), strict=True))
    extracted = {f: extract_attributions(docs[f])[0] for f in files}
    found, total, misses = 0, 0, []
    for claim in gold["claims"]:
        for m in claim["mentions"]:
            chain = m["chain"][1:]
            if not chain:
                continue
            total += 1
            text, doc, raws = texts[m["file"]], docs[m["file"]], extracted[m["file"]]
            qs = text.index(m["quote"])
            qe = qs + len(m["quote"])
            ok = False
            for n, r in enumerate(raws):
                if not any(s < qe and e > qs for s, e in r.content):
                    continue
                if any(_plausible(doc, sm, chain) for sm in _mentions_up(raws, n)):
                    ok = True
                    break
            if ok:
                found += 1
            else:
                misses.append(f"{m['file']}: {m['quote'][:70]!r} -> {chain}")
    return found, total, misses
