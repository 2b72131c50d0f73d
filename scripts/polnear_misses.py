#!/usr/bin/env python3
"""Which gold attributions of the PolNeAR dev fold the product misses, and which it invents, by kind.

usage: python scripts/polnear_misses.py [--part dev|gate|tune] [--policy NAME] [--examples N] [--json]

Parses the part's articles (through the product's annotation cache, whose entries are JSON, so a second
run reads its parses back instead of parsing again) and keeps, per article in memory, the parse, the
rules' attributions and the model's tagged spans. Then, for the product (the rules and
the model merged by ``extraction.combine``), every gold attribution is put in one class:

  found              the product has an outermost attribution matching it (the scorer's test)
  nested             matched only by an attribution the merge nested under another (parent set)
  link               its cue and content are both predicted, but not in one attribution
  dropped            a model proposal matches it and the merge policy did not add it
  model-missed-cue   the model tagged no cue overlapping the gold cue (the rules neither)
  model-unlinked     the model tagged the cue, but linking left no proposal matching it
  rule-only-missed   ... (rules matched it but were overruled: should be rare)

and every predicted outermost attribution that matches no gold one as: cue-is-gold (a gold cue, wrong
content), inside-gold (its cue sits inside a gold attribution's content or source: a nested one
PolNeAR does not mark), or none. Each class is also broken down by the gold cue's form ("according
to", a colon, a question, a headline, the act of the cue word).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_polnear import layout, split_and_scorer  # noqa: E402

Span = tuple[int, int]


def collect(work: Path) -> dict[str, tuple[Any, Any, Any]]:
    """Parse the articles under ``work/text``: per article, what the merge reads."""
    from attribution.extraction import extract_attributions
    from attribution.extraction.combine import model_input
    from attribution.learned.model import load, tag_many
    from attribution.limits import bound_document
    from attribution.pipeline import annotate, ingest
    from attribution.plan import Options, make_plan

    options = Options()
    plan = make_plan(options)
    got = ingest([work / "text"], options)
    nlp = load()
    out = {}
    for article, doc in zip(got.articles, annotate(got.articles, plan), strict=True):
        doc, _cut = bound_document(doc)
        raws, _notes = extract_attributions(doc)
        item = model_input(doc)
        tagged = tag_many(nlp, [item])[0]
        out[Path(article.path or article.id).stem] = (doc, raws, tagged)
    return out


def proposals(doc: Any, tagged: Any, mode: str = "sentence") -> list[Any]:
    from attribution.learned.model import _link

    return _link(doc.text, tagged, mode)


def with_classifier(doc: Any, raws: Any, props: list[Any]) -> list[Any]:
    """The tagger's proposals and the cue classifier's bare cues, as ``combine.with_model`` merges them."""
    from attribution.extraction.combine import regions, taken
    from attribution.learned.cue_classifier import cue_proposals

    extra = cue_proposals(doc, regions(doc), taken(raws, props))
    return sorted([*props, *extra], key=lambda p: (p.cue, p.content))


def merged(doc: Any, raws: Any, tagged: Any, policy: str | None = None) -> list[Any]:
    """The product's merge (``combine``'s shipped policy unless ``policy`` names another), with the cue
    classifier's bare cues as ``with_model`` adds them."""
    from attribution.extraction.combine import combine

    props = with_classifier(doc, raws, proposals(doc, tagged))
    if policy is None:
        return combine(doc, copy.deepcopy(raws), props)
    return combine(doc, copy.deepcopy(raws), props, policy)


def _why_unclassified(doc: Any, gold_cue: set[int]) -> str:
    """Why the cue classifier did not reach a gold cue nobody marks: no candidate word in it (a colon,
    an adverb, a word that governs no content the merge can give), or its words score below the threshold."""
    from attribution.extraction.combine import regions
    from attribution.learned.cue_classifier import _children, candidates, features, indices, score, weights

    kids = _children(doc)
    inside = [
        i for i in candidates(doc, regions(doc), kids) if gold_cue & set(range(doc.tokens[i].start, doc.tokens[i].end))
    ]
    if not inside:
        return "no candidate word (governs no content, or not a verb, noun or adjective)"
    w, cut = weights()
    if all(score(indices(features(doc, i, kids)), w) <= cut for i in inside):
        return "scored below the classifier's threshold"
    return "the classifier proposed it; content or merge wrong"


def as_pred(name: str, atts: list[Any]) -> dict[str, Any]:
    return {
        "path": f"{name}.txt",
        "attributions": [
            {
                "parent": a.parent,
                "source": {"start": a.source.start, "end": a.source.end} if getattr(a, "source", None) else None,
                "cue": {"start": a.cue[0], "end": a.cue[1]},
                "content": [{"start": s, "end": e} for s, e in a.content],
            }
            for a in atts
        ],
    }


def _chars(sc: Any, text: str, frags: Any) -> set[int]:
    return sc.chars(text, frags)


def _matches(sc: Any, text: str, gold: dict[str, Any], cue: Any, content: Any) -> bool:
    pc, pq = _chars(sc, text, cue), _chars(sc, text, content)
    gc, gq = _chars(sc, text, gold["cue"]), _chars(sc, text, gold["content"])
    return bool(gc & pc) and bool(gq) and bool(pq) and len(gq & pq) >= 0.5 * min(len(gq), len(pq))


def form_of(text: str, g: dict[str, Any]) -> str:
    """The form of a gold attribution, for the breakdown."""
    from attribution.learned.link import act_of

    if not g["cue"]:
        return "gold has no cue"
    cs, ce = g["cue"][0][0], g["cue"][-1][1]
    cue = text[cs:ce].strip()
    low = cue.lower()
    line_start = text.rfind("\n", 0, cs) + 1
    line_end = text.find("\n", ce)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if low.startswith("according"):
        return "according to"
    if not any(ch.isalpha() for ch in cue):
        return "punctuation cue (colon, dash)"
    if len(line.split()) <= 14 and not line.rstrip().endswith((".", '"', "”")):
        return "headline or caption"
    if "?" in text[g["content"][0][0] : g["content"][-1][1]] if g["content"] else False:
        return "question content"
    if g["source"] is None:
        return "no source"
    src = " ".join(text[s:e] for s, e in g["source"])
    return f"act:{act_of(cue, src)}"


def classify(
    sc: Any, name: str, text: str, gold: list[dict[str, Any]], doc: Any, raws: Any, tagged: Any, atts: list[Any]
) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, Any]]]:
    def fr(a: Any) -> tuple[Any, Any]:
        return [a.cue], list(a.content)

    outer = [a for a in atts if a.parent is None]
    nested = [a for a in atts if a.parent is not None]
    props = proposals(doc, tagged)
    cues_tagged = [(s, e) for spans, _ in tagged for s, e, lab in spans if lab == "CUE"]
    conts_tagged = [(s, e) for spans, _ in tagged for s, e, lab in spans if lab == "CONTENT"]
    used = [False] * len(gold)
    matched_pred = set()
    for k, a in enumerate(outer):  # the scorer's greedy one-to-one matching
        for i, g in enumerate(gold):
            if not used[i] and _matches(sc, text, g, *fr(a)):
                used[i] = True
                matched_pred.add(k)
                break
    misses = []
    for i, g in enumerate(gold):
        if used[i]:
            continue
        gc = _chars(sc, text, g["cue"])
        gq = _chars(sc, text, g["content"])
        if any(_matches(sc, text, g, *fr(a)) for a in nested):
            kind = "nested: matched by an attribution the merge nested"
        elif any(_matches(sc, text, g, *fr(a)) for a in outer):
            kind = "taken: its match was used for another gold one"
        elif any(_matches(sc, text, g, [p.cue], p.content) for p in props):
            kind = "dropped: the model proposed it, the merge did not add it"
        elif any(_matches(sc, text, g, [r.cue], r.content) for r in raws):
            kind = "rules had it, lost in the merge"
        elif not g["content"] or not g["cue"]:
            kind = "gold has no cue or no content"
        elif any(gc & _chars(sc, text, [c]) for c in cues_tagged) and any(
            len(gq & _chars(sc, text, [c])) >= 0.3 * max(1, min(len(gq), len(_chars(sc, text, [c]))))
            for c in conts_tagged
        ):
            kind = "link: cue and content tagged, not joined"
        elif any(gc & _chars(sc, text, [c]) for c in cues_tagged):
            kind = "cue tagged, content missed"
        elif any(gc & _chars(sc, text, [a.cue]) for a in atts):
            kind = "cue found, content wrong"
        else:
            kind = f"cue missed (model and rules): {_why_unclassified(doc, gc)}"
        misses.append((kind, g))
    false = []
    for k, a in enumerate(outer):
        if k in matched_pred:
            continue
        pc = _chars(sc, text, [a.cue])
        if any(pc & _chars(sc, text, g["cue"]) for g in gold):
            kind = "cue is a gold cue, content wrong or taken"
        elif any(pc & (_chars(sc, text, g["content"]) | _chars(sc, text, g["source"])) for g in gold):
            kind = "inside a gold attribution (nested, PolNeAR marks the outer one)"
        else:
            kind = "no gold attribution there"
        by = "model" if a.by == "model" else "rule"
        false.append((f"{kind} [{by}]", a))
    return misses, false


def main(argv: list[str] | None = None) -> int:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("dev", "gate", "tune"), default="dev")
    ap.add_argument("--policy", default=None, help="a merge policy of extraction.combine (default: the shipped one)")
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    found = split_and_scorer(None)
    if found is None:
        return 2
    split, sc = found
    with tempfile.TemporaryDirectory(prefix="attr-misses-") as tmp:
        work = Path(tmp) / args.part
        names = layout(split, args.part, work)
        data = collect(work)
        gold = sc.read_gold(work)
        preds: list[dict[str, Any]] = []
        miss_count: Counter[str] = Counter()
        false_count: Counter[str] = Counter()
        miss_form: dict[str, Counter[str]] = defaultdict(Counter)
        examples: dict[str, list[str]] = defaultdict(list)
        for name in names:
            doc, raws, tagged = data[name]
            atts = merged(doc, raws, tagged, args.policy)
            preds.append(as_pred(name, atts))
            text = doc.text
            misses, false = classify(sc, name, text, gold.get(name, []), doc, raws, tagged, atts)
            for kind, g in misses:
                miss_count[kind] += 1
                miss_form[kind][form_of(text, g)] += 1
                if len(examples[kind]) < args.examples:
                    cue = text[g["cue"][0][0] : g["cue"][-1][1]] if g["cue"] else ""
                    body = text[g["content"][0][0] : g["content"][-1][1]][:80] if g["content"] else ""
                    examples[kind].append(f"{name}: [{cue}] {body!r}")
            for kind, a in false:
                false_count[kind] += 1
                if len(examples[kind]) < args.examples:
                    body = text[a.content[0][0] : a.content[-1][1]][:80] if a.content else ""
                    examples[kind].append(f"{name}: [{text[a.cue[0] : a.cue[1]]}] {body!r} ({a.by})")
        res = sc.score(
            work,
            {
                p["path"][:-4]: [
                    {
                        "source": sc.frags_of(x["source"]),
                        "cue": sc.frags_of(x["cue"]),
                        "content": sc.frags_of(x["content"]),
                    }
                    for x in p["attributions"]
                    if x["parent"] is None
                ]
                for p in preds
            },
        )
    out = {
        "score": res,
        "missed": dict(miss_count.most_common()),
        "missed_by_form": {k: dict(v.most_common()) for k, v in miss_form.items()},
        "false": dict(false_count.most_common()),
        "examples": examples,
    }
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for role in ("source", "cue", "content"):
        r = res[role]
        print(
            f"{role:8s} exact F1 {r['exact']['f1']:.3f}  overlap F1 {r['overlap']['f1']:.3f} "
            f"(P {r['overlap']['p']:.3f} R {r['overlap']['r']:.3f})"
        )
    a = res["attribution"]
    print(
        f"attribution F1 {a['f1']:.3f} (P {a['p']:.3f} R {a['r']:.3f}); gold {res['gold_attributions']}, "
        f"predicted {res['predicted_attributions']}"
    )
    print("\nmissed gold attributions:")
    for kind, n in miss_count.most_common():
        forms = ", ".join(f"{f} {c}" for f, c in miss_form[kind].most_common(6))
        print(f"  {n:5d}  {kind}  ({forms})")
        for ex in examples[kind]:
            print(f"         e.g. {ex}")
    print("\nfalse (predicted, matching no gold attribution):")
    for kind, n in false_count.most_common():
        print(f"  {n:5d}  {kind}")
        for ex in examples[kind]:
            print(f"         e.g. {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
