"""PolNeAR (brat standoff) reading and the deterministic article split used for training.

Only the *train* split of PolNeAR is ever read (see ``../shared/polnear/README.md``).
It is divided by article into folds by a hash of the article name, so the split is
a rule (``fold_of``), not a file list, and is the same on every machine:

- ``dev``: fold 0 (about 20%): held out for the figures in docs/evaluation.md;
- ``gate``: a fixed ~1/5 of ``dev``, scored by tests/eval_gate.py (fast floor);
- ``tune``: a third of fold 1: spaCy's own evaluation set while training (picks the best step);
- ``train``: everything else.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("Source", "Cue", "Content")
N_FOLDS = 5


def _h(name: str) -> int:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16)


def fold_of(article: str) -> int:
    """The cross-validation fold (0..4) of an article, from the sha1 of its name."""
    return _h(article) % N_FOLDS


def part_of(article: str) -> str:
    """ "dev", "tune" or "train" (see the module docstring)."""
    f = fold_of(article)
    if f == 0:
        return "dev"
    if f == 1 and in_tune_third(article):
        return "tune"
    return "train"


def in_tune_third(article: str) -> bool:
    """The third of its fold an article falls in when that fold gives the tune part."""
    return (_h(article) // N_FOLDS) % 3 == 0


def in_gate(article: str) -> bool:
    """True for the fixed gate subset of the dev fold (about 1/5 of it)."""
    return fold_of(article) == 0 and (_h(article) // N_FOLDS) % 5 == 0


@dataclass(slots=True)
class GoldAttribution:
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    #: (start, end, role) for every Source/Cue/Content fragment
    spans: list[tuple[int, int, str]]
    attributions: list[GoldAttribution]


_T = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E = re.compile(r"^(E\d+)\t(.*)$")


def read_article(split: Path, name: str, ann: Path) -> GoldArticle:
    text = (split / "text" / f"{name}.txt").read_text(encoding="utf-8")
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = _T.match(line)
        if m:
            frags = [(int(a), int(b)) for a, b in (p.split() for p in m.group(3).split(";"))]
            spans[m.group(1)] = (m.group(2), frags)
            continue
        m = _E.match(line)
        if m:
            events.append(dict(r.split(":", 1) for r in m.group(2).split() if ":" in r))
    marks = sorted({(s, e, role) for role, fr in spans.values() if role in ROLES for s, e in fr})
    atts = []
    for ev in events:

        def get(k: str, ev: dict[str, str] = ev) -> list[tuple[int, int]]:
            return list(spans[ev[k]][1]) if k in ev and ev[k] in spans else []

        atts.append(GoldAttribution(get("Source"), get("Cue"), get("Content") + get("Content2")))
    return GoldArticle(name, text, marks, atts)


def read_split(split: Path, part: str | None = None, *, gate: bool = False) -> list[GoldArticle]:
    """Annotated articles of a PolNeAR split folder, in name order (canonical annotator: smallest id)."""
    files: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((split / "attributions").glob("*.ann")):
        art, _annot = ann.stem.rsplit("_", 1)
        files[art].append(ann)
    out = []
    for name in sorted(files):
        if part is not None and part_of(name) != part:
            continue
        if gate and not in_gate(name):
            continue
        out.append(read_article(split, name, sorted(files[name])[0]))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank line runs of the text as (start, end) character spans."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
