"""Score extraction against a fact-checker's gold answer (the ``fixtures/gold.json`` layout).

Only gold mentions whose chain is longer than the outlet count: those are the
attributions extraction must find. For each, the attributions whose content
overlaps the gold quote are candidates; the best one (largest overlap, deepest
in its chain) is the prediction. Its chain (outlet -> intermediaries and parents
-> source) gives the *source* (first link after the outlet) and the *origin*
(last link), compared with the gold chain after mapping gold names to our
sources by name or alias.

    precision = correct / gold mentions with a prediction
    recall    = correct / gold mentions

A gold chain whose links after the outlet are all origins of its claim names
parallel sources ("according to U.S. and South Korean officials"): the
prediction then counts as correct when its parallel attributions name exactly
those sources. So does a gold chain whose links our parallel attributions (one
cue, one content, several sources) name exactly: the gold file writes parallel
sources and a nested chain the same way, and a nested chain never comes out as
siblings of one cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..chain_links import chain_parent
from ..kinds import AttributionKind, SourceKind
from ..models import ArticleResult, Attribution, Extraction
from ..resolve.aliases import AliasDB, default_aliases
from ..resolve.mention import Reader, words_from_string
from .claims import _gold_origin_ids, _name_map, _norm


def _chain(article: ArticleResult, att: Attribution, by_id: dict[str, Attribution]) -> list[str]:
    links: list[Attribution] = []
    cur: Attribution | None = att
    while cur is not None:
        links.append(cur)
        cur = chain_parent(cur, by_id.get)  # past a parent of the same speech act
    chain = [article.outlet_source or "?outlet"]
    for a in reversed(links):
        chain.extend(a.via)
        if a.source_id:
            chain.append(a.source_id)
    return chain


def _overlap(att: Attribution, span: tuple[int, int]) -> int:
    return sum(max(0, min(c.end, span[1]) - max(c.start, span[0])) for c in att.content)


def _best(
    article: ArticleResult, span: tuple[int, int], by_id: dict[str, Attribution]
) -> tuple[list[str], list[Attribution]] | None:
    """The best-overlapping attribution's chain and its parallel siblings (same cue and content)."""
    scored = [
        (_overlap(a, span), len(_chain(article, a, by_id)), a)
        for a in article.attributions
        if a.kind != AttributionKind.ARTICLE_REFERENCE and a.claim  # one making no claim answers no claim
    ]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    # the best-covering attribution, then down its nested children that still cover part of the
    # quote: the gold chain runs to the origin, and a child's content lies inside its parent's
    scored.sort(key=lambda s: (-s[0], -s[1], s[2].id))
    best = scored[0][2]
    while True:
        kids = [
            (_overlap(a, span), a.id, a)
            for a in article.attributions
            if a.parent == best.id and a.claim and not a.same_act  # a same act's quote is no deeper source
        ]
        kids = [k for k in kids if k[0] > 0]
        if not kids:
            break
        best = max(kids, key=lambda k: (k[0], k[1]))[2]
    siblings = [
        a
        for a in article.attributions
        if a.cue == best.cue and [(c.start, c.end) for c in a.content] == [(c.start, c.end) for c in best.content]
    ]
    return _chain(article, best, by_id), siblings


def _article_for(extraction: Extraction, file_name: str) -> ArticleResult | None:
    for a in extraction.articles:
        base = (a.path or a.id).replace("\\", "/").rsplit("/", 1)[-1]
        if a.id == file_name or base == file_name:
            return a
    return None


def evaluate_extraction(
    extraction: Extraction, gold: dict[str, Any], texts: dict[str, str] | None = None, gold_dir: str | None = None
) -> dict[str, float]:
    """Precision and recall of the source and the origin over attributed gold mentions."""
    names = _name_map(extraction)  # type: ignore[arg-type]
    unnamed = _unnamed_ids(extraction)
    counts = {"gold": 0, "predicted": 0, "source_ok": 0, "origin_ok": 0}
    for claim in gold.get("claims", []):
        gold_origins = set(claim.get("origins", []))
        for m in claim.get("mentions", []):
            chain = m["chain"]
            if len(chain) < 2:
                continue
            counts["gold"] += 1
            article = _article_for(extraction, m["file"])
            text = _text(article, m["file"], texts, gold_dir)
            if article is None or text is None:
                continue
            k = text.find(m["quote"])
            if k < 0:
                continue
            found = _best(article, (k, k + len(m["quote"])), {a.id: a for a in article.attributions})
            if found is None:
                continue
            counts["predicted"] += 1
            pred_chain, siblings = found
            wants = [_ids([c], names, unnamed) for c in chain[1:]]
            got = {a.source_id for a in siblings if a.source_id}
            same_set = len(got) == len(wants) and all(got & w for w in wants)
            same_set = same_set and all(any(g in w for w in wants) for g in got)
            # the gold writes parallel sources as the tail of one chain: it means them when its
            # links are all origins of the claim, or when our parallel attributions (one cue, one
            # content) name exactly those links ("Ukraine and South Korea estimate ...")
            parallel = len(chain) > 2 and (all(c in gold_origins for c in chain[1:]) or (len(got) > 1 and same_set))
            if parallel:
                counts["source_ok"] += same_set
                counts["origin_ok"] += same_set
                continue
            counts["source_ok"] += len(pred_chain) > 1 and pred_chain[1] in _ids([chain[1]], names, unnamed)
            counts["origin_ok"] += len(pred_chain) > 1 and pred_chain[-1] in _ids([chain[-1]], names, unnamed)
    g, p = max(counts["gold"], 1), max(counts["predicted"], 1)
    return {
        "gold_mentions": float(counts["gold"]),
        "predicted": float(counts["predicted"]),
        "source_precision": counts["source_ok"] / p,
        "source_recall": counts["source_ok"] / g,
        "origin_precision": counts["origin_ok"] / p,
        "origin_recall": counts["origin_ok"] / g,
    }


def _unnamed_ids(extraction: Extraction) -> dict[str, set[str]]:
    """Normalised name -> every source id of that name among unnamed (anonymous) sources.

    An unnamed body is scoped to its article ("unnamed allied intelligence agency" in two
    articles is two sources), but a gold answer names it once by description: any of them
    matches that description.
    """
    out: dict[str, set[str]] = {}
    for s in extraction.sources:
        if s.kind == SourceKind.ANONYMOUS:
            out.setdefault(_norm(s.name), set()).add(s.id)
    return out


def _unnamed_key(gold_name: str, db: AliasDB) -> str | None:
    """The normalised name our reader gives a gold description ("an allied country's intelligence agency")."""
    bare = re.sub(r"\s*\(.*?\)\s*", " ", gold_name).strip()
    if not bare:
        return None
    info = Reader(db).read(words_from_string(bare))
    return _norm(info.name) if info.form == "anonymous" and info.name else None


def _ids(gold_names: Iterable[str], names: dict[str, str], unnamed: dict[str, set[str]] | None = None) -> set[str]:
    """Our source ids for gold names; a name one word longer or shorter than ours
    ("local media reports" / "local media") still matches when both have two words or more;
    an unnamed description matches every article's source of that description."""
    out: set[str] = set()
    for gold_name in gold_names:
        if unnamed:
            key = _unnamed_key(gold_name, default_aliases())
            if key and key in unnamed:
                out |= unnamed[key]
                continue
        (found,) = _gold_origin_ids([gold_name], names)
        if found.startswith("?"):
            words = found[1:].split()
            for key, sid in sorted(names.items()):
                ours = key.split()
                short, long_ = sorted((words, ours), key=len)
                if len(short) >= 2 and len(long_) - len(short) == 1 and " ".join(short) in " ".join(long_):
                    found = sid
                    break
        out.add(found)
    return out


def _text(
    article: ArticleResult | None, file_name: str, texts: dict[str, str] | None, gold_dir: str | None
) -> str | None:
    if texts and file_name in texts:
        return texts[file_name]
    for cand in [article.path if article else None, str(Path(gold_dir) / file_name) if gold_dir else None]:
        if cand and Path(cand).is_file():
            return Path(cand).read_text(encoding="utf-8")
    return None
