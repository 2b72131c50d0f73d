#!/usr/bin/env python3
"""Pair signals, a learned pair scorer and average linkage for claim grouping, left one story out (round eleven).

    .venv/bin/python scripts/grouping_pairs.py [STORIES_ROOT] [--no-embeddings] [--tools DIR]

Runs the pipeline on each development story (default ``fixtures/real``; held-out stories are refused; analyses
through the cache, the report cache bypassed, as ``grouping_loss.py``), aligns gold mentions with the grouping's
mentions as the shared scorer does, and measures over every pair of labelled mentions of a story:

1. each pair signal's AUC for "same gold claim" (pooled over the stories; and over the pairs the grouping leaves
   apart, the only ones a further join can gain), then logistic combinations fitted on all stories but one and
   scored on the one left out (AUC of the pooled held-out scores);
2. average linkage over the held-out pair scores, starting from the grouping's own claims: the two groups with the
   highest mean pair score join while that mean reaches a bar and no pair between them is vetoed
   (``cluster._vetoed``), and only where ``claims._LooseJoin`` agrees (no verdict changes, no confirmation made or
   touched). The bar is chosen on the other stories; B-cubed precision / recall / F1 per story, before and after;
3. ceilings: the grouping's claims joined perfectly (merge only) or split perfectly (split only), and the gold with
   every two claims joined whose mentions the strict word rule alone would join.

Sentence embeddings (``wordllama``, if installed: its weights and tokenizer ship in the wheel and are loaded from
the installed package, never downloaded) are one signal among the others; ``--no-embeddings`` leaves them out.
Nothing here is used at run time: it measures (docs/evaluation.md, "Round eleven: grouping").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, load_scorer, stories_under  # noqa: E402
from grouping_loss import labelled, run_story  # noqa: E402

from attribution.tracing import claims as tracing_claims  # noqa: E402
from attribution.tracing import cluster  # noqa: E402

SIGNALS = (
    "affinity", "vetoed", "dice", "containment", "jaccard", "embedding", "embedding of statements", "same figure",
    "figure on one side", "same main event", "other main events", "same count", "same quote", "equal origins",
    "nested origins", "disjoint origins", "both unattributed", "one unattributed", "same article",
    "same position (other articles)", "character 3-grams", "shared entities", "other places", "other days",
    "other modality", "both direct", "length ratio",
)
WORD_SIGNALS = tuple(s for s in SIGNALS if not s.startswith("embedding"))
COMBINATIONS = {
    "affinity + veto": ("affinity", "vetoed"),
    "dice + veto": ("dice", "vetoed"),
    "embedding alone": ("embedding",),
    "embedding + dice": ("embedding", "dice"),
    "embedding + affinity + veto": ("embedding", "affinity", "vetoed"),
    "every word signal": WORD_SIGNALS,
    "every signal": SIGNALS,
}
BARS = (0.15, 0.2, 0.25, 0.3, 0.35)

#: texts -> their unit-length sentence embeddings, one row each
Embed = Callable[[list[str]], np.ndarray]


@dataclass
class Story:
    name: str
    n: int
    X: np.ndarray  # (n, n, len(SIGNALS)) pair signals, symmetric
    label: dict[int, str]  # mention index -> gold claim, for the labelled mentions
    groups: list[list[int]]
    origins: list[frozenset[str]]
    may_join: Callable[[list[int], list[int]], bool]


def _embedder() -> Embed | None:
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    # wordllama 0.4 looks for its bundled tokenizer under "tokenizer/", not the wheel's "tokenizers/": pointing its
    # cache at the package finds both files there, and nothing is fetched
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    return lambda texts: np.asarray(model.embed(texts, norm=True))


def _char3(text: str) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[k : k + 3] for k in range(len(t) - 2)}


def pair_signals(seen: dict[str, Any], owner: Sequence[int], embed: Embed | None) -> np.ndarray:
    ms, feats, origins = seen["mentions"], seen["feats"], seen["origins"]
    n = len(ms)
    E = embed([m.text for m in ms]) if embed else np.zeros((n, 1))
    S = embed([m.statement or m.text for m in ms]) if embed else np.zeros((n, 1))
    grams = [_char3(m.text) for m in ms]
    X = np.zeros((n, n, len(SIGNALS)), dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            a, b, mi, mj = feats[i], feats[j], ms[i], ms[j]
            aff = cluster.affinity(a, b)
            common = a.keys.keys() & b.keys.keys()
            shared = sum(a.keys[k] + b.keys[k] for k in common) / 2
            la, lb = set(mi.lemmas), set(mj.lemmas)
            oa, ob = origins[i], origins[j]
            nested = oa <= ob or ob <= oa
            ea, eb = {e for e, _ in mi.entities}, {e for e, _ in mj.entities}
            union = grams[i] | grams[j]
            row = (
                0.0 if aff is None else min(aff, cluster.AFFINITY_CAP),
                aff is None,
                2 * shared / (a.weight + b.weight) if a.weight + b.weight else 0.0,
                shared / min(a.weight, b.weight) if min(a.weight, b.weight) else 0.0,
                len(la & lb) / len(la | lb) if la | lb else 0.0,
                float(E[i] @ E[j]),
                float(S[i] @ S[j]),
                cluster.figure_relation(a.numbers, b.numbers) > 0,
                cluster._counts(a) != cluster._counts(b),
                bool(a.main & b.main),
                bool(a.main and b.main and not a.main & b.main),
                cluster.same_count(a, b),
                cluster._same_quote(a, b),
                bool(oa) and oa == ob,
                bool(oa) and bool(ob) and oa != ob and nested,
                bool(oa) and bool(ob) and not nested,
                not oa and not ob,
                bool(oa) != bool(ob),
                owner[i] == owner[j],
                owner[i] != owner[j] and abs(mi.position - mj.position) <= 1,
                len(grams[i] & grams[j]) / len(union) if union else 0.0,
                min(len(ea & eb), 3),
                bool(a.places and b.places and not a.places & b.places),
                bool(mi.dates and mj.dates and not set(mi.dates) & set(mj.dates)),
                a.modal != b.modal,
                mi.direct and mj.direct,
                min(len(mi.text), len(mj.text)) / max(len(mi.text), len(mj.text), 1),
            )
            X[i, j] = X[j, i] = [float(v) for v in row]
    return X


def story_runs(root: Path, tools: Path) -> Iterator[tuple[Path, dict[str, Any], Any, dict[int, str]]]:
    """Each story under ``root`` run once: the story, what the clustering saw (mentions, origins, groups), the
    join guard it was given, and each labelled mention's gold claim (aligned as the shared scorer does)."""
    scorer = load_scorer(tools)
    captured: dict[str, Any] = {}
    original = tracing_claims.cluster_mentions

    def capture(mentions: Any, stats: Any = None, origins: Any = None, may_join: Any = None, *rest: Any) -> Any:
        if may_join is not None:
            captured["may_join"] = may_join
        return original(mentions, stats, origins, may_join, *rest)

    for story in stories_under(root):
        tracing_claims.cluster_mentions = capture  # type: ignore[assignment]
        try:
            pred, seen = run_story(story)
        finally:
            tracing_claims.cluster_mentions = original  # type: ignore[assignment]
        may_join = captured.pop("may_join")
        index = {(m.start, m.end, m.text): k for k, m in enumerate(seen["mentions"])}
        label = {index[key]: g for g, _, key in labelled(story, pred, scorer) if key in index}
        yield story, seen, may_join, label


def collect(root: Path, tools: Path, embed: Embed | None) -> list[Story]:
    out = []
    for story, seen, may_join, label in story_runs(root, tools):
        X = pair_signals(seen, may_join.flat.owner, embed)
        out.append(Story(story.name, len(seen["mentions"]), X, label, seen["groups"], seen["origins"], may_join))
    return out


def labelled_pairs(s: Story) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signals, same-claim flags and grouped-together flags of every pair of labelled mentions."""
    ks = sorted(s.label)
    group = {k: g for g, members in enumerate(s.groups) for k in members}
    pairs = [(a, b) for x, a in enumerate(ks) for b in ks[x + 1 :]]
    X = np.array([s.X[a, b] for a, b in pairs]).reshape(len(pairs), len(SIGNALS))
    y = np.array([s.label[a] == s.label[b] for a, b in pairs], dtype=float)
    together = np.array([group[a] == group[b] for a, b in pairs], dtype=bool)
    return X, y, together


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve (ties share their mean rank)."""
    order = np.argsort(score, kind="mergesort")
    s, yy = score[order], y[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    pos = yy.sum()
    neg = len(yy) - pos
    return float((ranks[yy == 1].sum() - pos * (pos + 1) / 2) / (pos * neg)) if pos and neg else 0.5


Model = tuple[np.ndarray, np.ndarray, np.ndarray]


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0) -> Model:
    """L2-regularised logistic regression on standardised signals (Newton steps)."""
    mu, sd = X.mean(0), X.std(0) + 1e-6
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    penalty = np.r_[np.full(len(w) - 1, l2), 0.0]
    for _ in range(30):
        p = 1 / (1 + np.exp(-Z @ w))
        grad = Z.T @ (p - y) + penalty * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
    return mu, sd, w


def predict(model: Model, X: np.ndarray) -> np.ndarray:
    mu, sd, w = model
    return 1 / (1 + np.exp(-(np.hstack([(X - mu) / sd, np.ones((len(X), 1))]) @ w)))


def bcubed(label: dict[int, str], assign: dict[int, int]) -> tuple[float, float, float]:
    ks = sorted(label)
    p = r = 0.0
    for k in ks:
        same_p = [x for x in ks if assign[x] == assign[k]]
        same_g = [x for x in ks if label[x] == label[k]]
        p += sum(label[x] == label[k] for x in same_p) / len(same_p)
        r += sum(assign[x] == assign[k] for x in same_g) / len(same_g)
    n = len(ks) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def assignment(groups: Sequence[Sequence[int]]) -> dict[int, int]:
    return {k: g for g, members in enumerate(groups) for k in members}


def link(s: Story, scores: np.ndarray, bar: float) -> list[list[int]]:
    """Average linkage from the grouping's claims: best mean pair score first, no vetoed pair, verdict-checked."""
    groups = [list(g) for g in s.groups]
    vetoed = s.X[:, :, SIGNALS.index("vetoed")] > 0
    refused: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    while True:
        best = None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                if (tuple(groups[a]), tuple(groups[b])) in refused:
                    continue
                cross = np.ix_(groups[a], groups[b])
                if vetoed[cross].any():
                    continue
                mean = float(scores[cross].mean())
                if mean >= bar and (best is None or mean > best[0]):
                    best = (mean, a, b)
        if best is None:
            return groups
        _, a, b = best
        if not s.may_join(groups[a], groups[b]):
            refused.add((tuple(groups[a]), tuple(groups[b])))
            continue
        groups[a] = sorted(groups[a] + groups[b])
        del groups[b]


def _either_way(a: float) -> str:
    """An AUC read whichever way the signal points; (-) when a higher value means a different claim."""
    return f"{max(a, 1 - a):.3f}{' (-)' if a < 0.5 else ''}"


def table(head: Sequence[str], rows: list[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument("--no-embeddings", action="store_true", help="leave the sentence embeddings out")
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never looked into; give the development stories")
    embed = None if args.no_embeddings else _embedder()
    signals = SIGNALS if embed else WORD_SIGNALS
    stories = collect(args.root, args.tools, embed)
    pairs = {s.name: labelled_pairs(s) for s in stories}
    X = np.vstack([pairs[s.name][0] for s in stories])
    y = np.concatenate([pairs[s.name][1] for s in stories])
    apart = ~np.concatenate([pairs[s.name][2] for s in stories])
    print(f"{len(stories)} stories, {len(y)} labelled pairs ({int(y.sum())} same claim); {int(apart.sum())} apart "
          f"({int(y[apart].sum())} same claim)\n")
    rows: list[Sequence[object]] = []
    for name in signals:
        c = SIGNALS.index(name)
        a, b = auc(X[:, c], y), auc(X[apart, c], y[apart])
        rows.append((name, _either_way(a), _either_way(b)))

    def held_out(cols: Sequence[int], s: Story) -> tuple[Model, np.ndarray]:
        model = fit(
            np.vstack([pairs[o.name][0][:, cols] for o in stories if o is not s]),
            np.concatenate([pairs[o.name][1] for o in stories if o is not s]),
        )
        return model, predict(model, pairs[s.name][0][:, cols])

    for label, names in COMBINATIONS.items():
        if not set(names) <= set(signals):
            continue
        cols = [SIGNALS.index(n) for n in names]
        scored = np.concatenate([held_out(cols, s)[1] for s in stories])
        rows.append((f"LOSO logistic: {label}", f"{auc(scored, y):.3f}", f"{auc(scored[apart], y[apart]):.3f}"))
    print(table(("signal (AUC, same gold claim)", "all labelled pairs", "pairs apart now"), rows), "\n")

    cols = [SIGNALS.index(n) for n in signals]
    linked: dict[tuple[str, float], tuple[float, float, float]] = {}
    for s in stories:
        model, _ = held_out(cols, s)
        scores = predict(model, s.X.reshape(s.n * s.n, -1)[:, cols]).reshape(s.n, s.n)
        for bar in BARS:
            linked[(s.name, bar)] = bcubed(s.label, assignment(link(s, scores, bar)))
    rows = []
    before, after = [], []
    for s in stories:
        bar = max(BARS, key=lambda t: sum(linked[(o.name, t)][2] for o in stories if o is not s))
        b0, b1 = bcubed(s.label, assignment(s.groups)), linked[(s.name, bar)]
        before.append(b0)
        after.append(b1)
        rows.append((s.name, bar, *(f"{v:.3f}" for v in b0), *(f"{v:.3f}" for v in b1)))
    mean = [f"**{np.mean([x[i] for x in before]):.3f}**" for i in range(3)]
    mean += [f"**{np.mean([x[i] for x in after]):.3f}**" for i in range(3)]
    rows.append(("**mean**", "", *mean))
    up = sum(b[2] - a[2] > 0.005 for a, b in zip(before, after, strict=True))
    down = sum(a[2] - b[2] > 0.005 for a, b in zip(before, after, strict=True))
    head = ("story", "bar (other stories)", "P", "R", "F1", "linked P", "linked R", "linked F1")
    print(table(head, rows))
    print(f"\n{up} stories up, {down} down (> .005)\n")

    rows = []
    for s in stories:
        group = assignment(s.groups)
        majority = {}
        for g, members in enumerate(s.groups):
            found = Counter(s.label[x] for x in members if x in s.label)
            if found:
                majority[g] = found.most_common(1)[0][0]
        merge_only = bcubed(s.label, {x: hash(majority[group[x]]) for x in s.label})
        split_only = bcubed(s.label, {x: hash((group[x], s.label[x])) for x in s.label})
        words = _words_cannot_tell(s)
        rows.append((s.name, *(f"{v[2]:.3f}" for v in (bcubed(s.label, group), merge_only, split_only, words))))
    means = [f"**{np.mean([float(str(r[i]).strip('*')) for r in rows]):.3f}**" for i in range(1, 5)]
    rows.append(("**mean**", *means))
    print(table(("story", "F1 now", "merge only", "split only", "gold, word-rule twins joined"), rows))
    return 0


def _words_cannot_tell(s: Story) -> tuple[float, float, float]:
    """B-cubed of the gold against itself with every two gold claims joined whose mentions the strict word rule
    alone would join (a pair not vetoed at affinity >= 1): what single linkage on the words can reach at best."""
    parent: dict[str, str] = {g: g for g in s.label.values()}

    def find(g: str) -> str:
        while parent[g] != g:
            g = parent[g]
        return g

    ks = sorted(s.label)
    aff, vetoed = SIGNALS.index("affinity"), SIGNALS.index("vetoed")
    for x, a in enumerate(ks):
        for b in ks[x + 1 :]:
            if s.label[a] != s.label[b] and not s.X[a, b, vetoed] and s.X[a, b, aff] >= 1:
                parent[find(s.label[a])] = find(s.label[b])
    return bcubed(s.label, {k: hash(find(s.label[k])) for k in ks})


if __name__ == "__main__":
    raise SystemExit(main())
