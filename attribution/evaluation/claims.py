"""Score a report against a fact-checker's gold answer (fixtures/gold.json layout).

Figures (all in [0, 1]):
* ``mention_recall``: share of gold mentions whose quote overlaps a mention of the report;
* ``origin_accuracy``: share of gold claims whose matched report claim has exactly the
  gold origins (gold names mapped to report sources by name, alias or parenthesised alias);
* ``grouping_precision`` / ``grouping_recall`` / ``grouping_f1``: pairwise over matched gold
  mentions: same gold claim vs same report claim;
* ``verdict_accuracy``: share of gold claims whose matched report claim has the gold verdict.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..lang.en import marks
from ..models import Claim, Report
from ..resolve.aliases import default_aliases


def _norm(text: str) -> str:
    text = text.lower().replace(marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE)
    text = text.replace(marks.LEFT_DOUBLE, marks.STRAIGHT_DOUBLE).replace(marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE)
    return re.sub(r"\s+", " ", text).strip()


def _name_key(text: str) -> str:
    """A source name for matching: normalised, without a leading "the" ("The Daily Example" is the
    outlet "Daily Example")."""
    return re.sub(r"^the ", "", _norm(text))


def _article_texts(report: Report, gold: dict[str, Any], gold_dir: str | None) -> dict[str, tuple[str, str | None]]:
    """gold file name -> (report article id, article text if readable)."""
    out: dict[str, tuple[str, str | None]] = {}
    files = {m["file"] for c in gold.get("claims", []) for m in c.get("mentions", [])}
    for f in sorted(files):
        for a in report.articles:
            base = (a.path or a.id).replace("\\", "/").rsplit("/", 1)[-1]
            if base == f or a.id == f:
                text = None
                for cand in [a.path, str(Path(gold_dir) / f) if gold_dir else None]:
                    if cand and Path(cand).is_file():
                        text = Path(cand).read_text(encoding="utf-8", errors="replace")
                        break
                out[f] = (a.id, text)
                break
    return out


def _quote_span(text: str | None, quote: str) -> tuple[int, int] | None:
    if text is None:
        return None
    k = text.find(quote)
    return (k, k + len(quote)) if k >= 0 else None


def _match_mention(
    report: Report, article_id: str, span: tuple[int, int] | None, quote: str
) -> tuple[str, int] | None:
    """(claim id, mention index) of the report mention that best overlaps the gold quote."""
    best: tuple[float, str, int] | None = None
    nq = _norm(quote)
    for claim in report.claims:
        for k, m in enumerate(claim.mentions):
            if m.article != article_id:
                continue
            if span is not None:
                inter = min(span[1], m.end) - max(span[0], m.start)
                if inter <= 0:
                    continue
                score = inter / (max(span[1], m.end) - min(span[0], m.start))
            else:
                nm = _norm(m.text)
                if not (nm in nq or nq in nm):
                    continue
                score = min(len(nm), len(nq)) / max(len(nm), len(nq), 1)
            if best is None or score > best[0]:
                best = (score, claim.id, k)
    return (best[1], best[2]) if best else None


def _name_map(report: Report) -> dict[str, str]:
    """Normalised names and aliases -> source id."""
    out: dict[str, str] = {}
    for s in sorted(report.sources, key=lambda s: s.id):
        for n in [s.name, *s.aliases]:
            out.setdefault(_name_key(n), s.id)
    return out


def _gold_origin_ids(names: list[str], name_map: dict[str, str]) -> set[str]:
    ids = set()
    for n in names:
        keys = [_name_key(n), _name_key(re.sub(r"\s*\(.*?\)\s*", " ", n))]
        paren = re.findall(r"\((.*?)\)", n)
        for p in paren:
            # "(GUR / DIU / HUR)" lists other names; "(Kenya)" only says whose body it is
            keys.extend(_name_key(x) for x in p.split("/") if default_aliases().country_of(x.strip()) is None)
        found = next((name_map[k] for k in keys if k in name_map), None)
        ids.add(found or f"?{_norm(n)}")
    return ids


def _claims_inside(report: Report, article_id: str, span: tuple[int, int] | None) -> set[str]:
    """Claims of the report mentions lying wholly inside the gold quote's span."""
    if span is None:
        return set()
    return {
        claim.id
        for claim in report.claims
        for m in claim.mentions
        if m.article == article_id and span[0] <= m.start and m.end <= span[1]
    }


def evaluate(report: Report, gold: dict[str, Any], gold_dir: str | None = None) -> dict[str, float]:
    texts = _article_texts(report, gold, gold_dir)
    name_map = _name_map(report)
    claims_by_id: dict[str, Claim] = {c.id: c for c in report.claims}
    position = {c.id: n for n, c in enumerate(report.claims)}
    total = found = 0
    assigned: list[tuple[str, str]] = []  # (gold claim id, report claim id) per matched gold mention
    origin_ok = verdict_ok = 0
    gold_claims = gold.get("claims", [])
    for gc in gold_claims:
        votes: dict[str, int] = {}
        hits: list[tuple[str, set[str]]] = []  # (best-overlap claim, claims of the parts inside the quote)
        for gm in gc.get("mentions", []):
            total += 1
            art = texts.get(gm["file"])
            if art is None:
                continue
            span = _quote_span(art[1], gm["quote"])
            hit = _match_mention(report, art[0], span, gm["quote"])
            if hit is None:
                continue
            found += 1
            hits.append((hit[0], _claims_inside(report, art[0], span)))
        # a gold quote the report cut into several mentions ("A blast tore through the plant, killing
        # seven") counts in the claim where this gold claim's other mentions are, if one part is there:
        # the part that states this claim; the other parts state claims of their own
        plain: dict[str, int] = {}
        for claim_id, parts in hits:
            if len(parts) < 2:
                plain[claim_id] = plain.get(claim_id, 0) + 1
        for claim_id, parts in hits:
            if len(parts) >= 2 and any(plain.get(c) for c in parts):
                claim_id = max(sorted(parts, key=position.__getitem__), key=lambda c: plain.get(c, 0))
            assigned.append((gc["id"], claim_id))
            votes[claim_id] = votes.get(claim_id, 0) + 1
        if not votes:
            continue
        # ties go to the claim listed first in the report (ids are content hashes: their order means nothing)
        best = sorted(votes.items(), key=lambda kv: (-kv[1], position[kv[0]]))[0][0]
        claim = claims_by_id[best]
        if set(claim.origins) == _gold_origin_ids(gc.get("origins", []), name_map):
            origin_ok += 1
        if claim.verdict == gc.get("verdict"):
            verdict_ok += 1
    tp = fp = fn = 0
    for x in range(len(assigned)):
        for y in range(x + 1, len(assigned)):
            same_gold = assigned[x][0] == assigned[y][0]
            same_report = assigned[x][1] == assigned[y][1]
            tp += same_gold and same_report
            fp += same_report and not same_gold
            fn += same_gold and not same_report
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    n_claims = max(len(gold_claims), 1)
    return {
        "mention_recall": found / total if total else 0.0,
        "origin_accuracy": origin_ok / n_claims,
        "grouping_precision": precision,
        "grouping_recall": recall,
        "grouping_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "verdict_accuracy": verdict_ok / n_claims,
    }
