#!/usr/bin/env python3
"""Grouping by the fact a mention states (round twelve): the main clause's predicate, doer and done-to, read from the
parse, as a join signal; measured leaving one story out. Measured, not kept: nothing here runs in the product.

    .venv/bin/python scripts/fact_keys.py [STORIES_ROOT] [--tools DIR] [--grid all|facts|adopt] [--pairs] [--verdicts]
    .venv/bin/python scripts/fact_keys.py CORPUS --time N [N ...]     # a benchmarks/corpus.py folder

**The fact key.** Per mention, [predicate, doer, done-to] of the content's first main clause (``fact_of``): the
predicate's event class ("~casualty" for "were killed" and "died") or its word key, the active subject (or a
passive's agent) and the object (or a passive's subject: "service has been restored" and "we have restored service"
both have done-to "service"), each the grouping's own content key (an entity's "#key", a word's synonym class); a
pronoun or determiner participant is left empty ("He has been serving ..." names nobody the key can compare).
``fact_relation``: -1 one predicate with two different named participants in one slot, +1 one predicate and a
participant in common, else 0. ``fact_cover``: the share of each side's fact keys found among the other mention's
content keys (both facts need a predicate and a participant).

**The join (the variant measured).** In the loose pass of ``cluster.cluster_mentions`` (whose joins
``claims._LooseJoin`` checks: no verdict changes, no confirmation made or touched) mentions also meet in blocks keyed
by each fact key (blocks over ``cluster.MAX_BLOCK`` are skipped there, so the pass stays linear), and a pair passes
when its facts cover each other at COVER or more, no -1 relation, and its Dice reaches SHARE of its bar. Optionally
(``subject veto``) a -1 pair is refused the loose pass's word join, and (``adopts origin``) a loose join may also
join an unattributed group to a single-origin group when the joined claim is single-origin (the one verdict change
that can make no confirmation). These are put in by wrapping ``cluster.similar``, ``cluster._block_keys``,
``cluster._features`` and ``claims._LooseJoin.__call__`` for the run of this script only.

The script runs the pipeline on each development story (default ``fixtures/real``; held-out stories are refused;
parses through the cache, the per-article analyses rebuilt so that each mention's fact is read from its parse, the
report cache bypassed), aligns gold mentions with the grouping's mentions as the shared scorer does, then:

1. ``--pairs``: counts the pairs of labelled mentions the grouping keeps apart by fact relation and cover, and by
   what refuses them (origins, the verdict check);
2. re-clusters each story's mentions (the same mentions, origins and verdict check the run used) under every
   setting of the grid and scores B-cubed over the labelled mentions;
3. chooses the setting leaving one story out (best mean F1 over the other 29; ties to the setting that joins least)
   and prints each story's figures under the setting its 29 others chose, the three newest stories apart.

docs/evaluation.md, "Round twelve: grouping by the fact a mention states (branch group12)".
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_real import DEFAULT_TOOLS, IC, load_scorer, predict, stories_under  # noqa: E402
from grouping_pairs import assignment, bcubed, story_runs, table  # noqa: E402

from attribution.analysis_cache import AnalysisCache  # noqa: E402
from attribution.doc import Document, Entity, Token  # noqa: E402
from attribution.tracing import claims as tracing_claims  # noqa: E402
from attribution.tracing import cluster  # noqa: E402
from attribution.tracing.candidates import features, mentions  # noqa: E402
from attribution.tracing.candidates.events import _token_class, _word_key  # noqa: E402

#: The three stories that joined the development stories this round (reported apart).
NEWEST = ("tech-att-outage", "disaster-chile-wildfires", "space-odysseus-landing")

#: Dependency relations (Universal Dependencies) of a clause's doer and of what is done to: a passive subject is
#: what is done to, a passive's agent the doer.
PASSIVE_SUBJECT_DEPRELS = ("nsubj:pass", "csubj:pass")
SUBJECT_DEPRELS = ("nsubj", "csubj", "obl:agent")
OBJECT_DEPRELS = ("obj",)
#: A pronoun or a determiner names nobody.
EMPTY_UPOS = frozenset({"PRON", "DET"})
PREDICATE_UPOS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "AUX"})

#: (SHARE of the Dice bar or None: no fact join, COVER, subject veto, adopts origin: "" never, "any" on any loose join,
#: "strict" only where the pair meeting passes the strict word bar)
Setting = tuple[float | None, float, bool, str]
MAIN: Setting = (None, 0.0, False, "")
SHARES: tuple[float, ...] = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)
COVERS: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0)
SETTINGS: list[Setting] = [
    (share, cover, veto, adopt)
    for adopt in ("", "any", "strict")
    for veto in (False, True)
    for share, cover in [(None, 0.0), *((s, c) for s in SHARES for c in COVERS)]
]

# ---------------------------------------------------------------------------------------------------- the fact key


def _participant(t: Token, ents_of: dict[int, str], phrase_of: dict[int, str]) -> str:
    if t.upos in EMPTY_UPOS:
        return ""
    if t.i in ents_of:
        return ents_of[t.i]
    cls = _token_class(t, phrase_of)
    if cls:
        return "~" + cls
    return _word_key(t.lemma, t.text, t.upos) or ""


def fact_of(toks: list[Token], ents_at: dict[int, list[Entity]]) -> list[str]:
    """[predicate, doer, done-to] of the content's first main clause ("" for a missing or pronoun participant); []
    when no predicate is read."""
    idx = {t.i for t in toks}
    roots = [t for t in toks if (t.head not in idx or t.head == t.i) and t.upos in PREDICATE_UPOS]
    if not roots:
        return []
    root = roots[0]
    phrase_of = features._phrase_classes(toks)
    ents_of: dict[int, str] = {}
    for t in toks:
        for e in ents_at.get(t.i, ()):
            if e.label not in features._SKIP_ENTITY_LABELS:
                for j in range(e.start_token, e.end_token):
                    ents_of.setdefault(j, features._entity_key(e.text, e.label))
    cls = _token_class(root, phrase_of)
    pred = "~" + cls if cls else (_word_key(root.lemma, root.text, root.upos) or "")
    if not pred:
        return []
    doer = done_to = ""
    for c in toks:
        if c.head != root.i or c.i == root.i:
            continue
        if c.deprel.startswith(PASSIVE_SUBJECT_DEPRELS):
            done_to = done_to or _participant(c, ents_of, phrase_of)
        elif not doer and c.deprel.startswith(SUBJECT_DEPRELS):
            doer = _participant(c, ents_of, phrase_of)
        elif not done_to and c.deprel.startswith(OBJECT_DEPRELS):
            done_to = _participant(c, ents_of, phrase_of)
    return [pred, doer, done_to]


#: (start, end, text) of a mention -> its fact (the same text at the same offsets reads the same)
FACT: dict[tuple[int, int, str], tuple[str, ...]] = {}
#: id of a grouping feature row -> the fact of its mention, for the clustering being run
FEAT_FACT: dict[int, tuple[str, ...]] = {}


def fact_relation(a: Sequence[str], b: Sequence[str]) -> int:
    if len(a) < 3 or len(b) < 3 or a[0] != b[0]:
        return 0
    slots = [(x, y) for x, y in zip(a[1:3], b[1:3], strict=True) if x and y]
    if any(x != y for x, y in slots):
        return -1
    return 1 if slots else 0


def fact_cover(fa: Sequence[str], fb: Sequence[str], ka: Any, kb: Any) -> float | None:
    sa, sb = {k for k in fa if k}, {k for k in fb if k}
    if len(sa) < 2 or len(sb) < 2:
        return None
    return (len(sa & kb) + len(sb & ka)) / (len(sa) + len(sb))


# ------------------------------------------------------------------------------------- the variant, put in by wraps

SETTING: list[Setting] = [MAIN]
#: whether the pair the loose pass last compared passes the strict word bar (read by the "strict" adopting)
STRICT_PAIR = [False]
_orig_features_of_mention = features._features
_orig_cluster_features = cluster._features
_orig_similar = cluster.similar
_orig_block_keys = cluster._block_keys
_orig_loose_join = tracing_claims._LooseJoin.__call__


def _features_of_mention(doc: Document, toks: list[Token], m: Any, ents_at: Any = None) -> None:
    _orig_features_of_mention(doc, toks, m, ents_at)
    FACT[(m.start, m.end, m.text)] = tuple(fact_of(toks, ents_at if ents_at is not None else {}))


def _cluster_features(ms: Sequence[Any]) -> Any:
    feats, df = _orig_cluster_features(ms)
    for m, f in zip(ms, feats, strict=True):
        FEAT_FACT[id(f)] = FACT.get((m.start, m.end, m.text), ())
    return feats, df


def _same_fact_join(a: Any, b: Any) -> bool:
    share, cover_bar = SETTING[0][0], SETTING[0][1]
    fa, fb = FEAT_FACT.get(id(a), ()), FEAT_FACT.get(id(b), ())
    if share is None or fact_relation(fa, fb) < 0:
        return False
    cover = fact_cover(fa, fb, a.keys.keys(), b.keys.keys())
    if cover is None or cover < cover_bar:
        return False
    found = cluster._dice_and_bar(a, b)
    return found is not None and found[0] >= share * found[1]


def _similar(a: Any, b: Any, slack: float = 0.0) -> bool:
    if slack != cluster.LOOSE_SLACK:  # the strict pass: as it is
        return _orig_similar(a, b, slack)
    STRICT_PAIR[0] = False
    if SETTING[0][2] and fact_relation(FEAT_FACT.get(id(a), ()), FEAT_FACT.get(id(b), ())) < 0:
        return False
    STRICT_PAIR[0] = _orig_similar(a, b)
    return STRICT_PAIR[0] or _orig_similar(a, b, slack) or _same_fact_join(a, b)


def _block_keys(m: Any, quotes: Any, df: Any, max_df: float, rare_words: int = cluster.RARE_WORDS) -> Any:
    keys = _orig_block_keys(m, quotes, df, max_df, rare_words)
    if rare_words == cluster.LOOSE_RARE_WORDS and SETTING[0][0] is not None:
        keys += [("f", k) for k in sorted({k for k in FACT.get((m.start, m.end, m.text), ()) if k})]
    return keys


def _loose_join(self: Any, a: list[int], b: list[int]) -> bool:
    if not SETTING[0][3] or (SETTING[0][3] == "strict" and not STRICT_PAIR[0]):
        return bool(_orig_loose_join(self, a, b))
    va, vb = self.verdict(a), self.verdict(b)
    if tracing_claims.CONFIRMED in (va, vb):
        return False
    if va == vb:
        return bool(self.verdict([*a, *b]) == va)
    if {va, vb} == {"single-origin", "unattributed"}:
        return bool(self.verdict([*a, *b]) == "single-origin")
    return False


def install() -> None:
    mentions._features = _features_of_mention  # type: ignore[assignment]
    cluster._features = _cluster_features  # type: ignore[assignment]
    cluster.similar = _similar  # type: ignore[assignment]
    cluster._block_keys = _block_keys  # type: ignore[assignment]
    tracing_claims._LooseJoin.__call__ = _loose_join  # type: ignore[method-assign]
    # the per-article analyses are rebuilt, so that every mention's fact is read from its parse
    AnalysisCache.get = lambda self, article, key=None: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put = lambda self, analysis, key=None: False  # type: ignore[method-assign,assignment]
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]


# ------------------------------------------------------------------------------------------------- measurement


@dataclass
class Story:
    name: str
    mentions: list[Any]
    origins: list[frozenset[str]]
    may_join: Callable[[list[int], list[int]], bool]
    label: dict[int, str]
    groups: list[list[int]]


def collect(root: Path, tools: Path) -> list[Story]:
    out = []
    for story, seen, may_join, label in story_runs(root, tools):
        out.append(Story(story.name, seen["mentions"], list(seen["origins"]), may_join, label, seen["groups"]))
    return out


def regroup(s: Story, setting: Setting) -> tuple[list[list[int]], float]:
    """The story's groups under one setting, and the seconds the clustering took."""
    SETTING[0] = setting
    try:
        t0 = time.perf_counter()
        groups = cluster.cluster_mentions(s.mentions, None, s.origins, s.may_join)
        return groups, time.perf_counter() - t0
    finally:
        SETTING[0] = MAIN


def pair_counts(stories: Sequence[Story]) -> list[Sequence[object]]:
    """The labelled pairs the grouping keeps apart: by what refuses a join of their groups, and by fact."""
    c: Counter[tuple[str, bool]] = Counter()
    for s in stories:
        feats = cluster._features(s.mentions)[0]
        group = assignment(s.groups)
        members = dict(enumerate(s.groups))
        ks = sorted(s.label)
        for x, a in enumerate(ks):
            for b in ks[x + 1 :]:
                same = s.label[a] == s.label[b]
                fa, fb = FEAT_FACT.get(id(feats[a]), ()), FEAT_FACT.get(id(feats[b]), ())
                if group[a] == group[b]:
                    rel = fact_relation(fa, fb)
                    c[("kept together", same)] += 1
                    if rel:
                        c[
                            ("  together: same fact (+1)" if rel > 0 else "  together: other participant (-1)", same)
                        ] += 1
                    continue
                A, B = members[group[a]], members[group[b]]
                oa = frozenset().union(*(s.origins[k] for k in A))
                ob = frozenset().union(*(s.origins[k] for k in B))
                if not (oa <= ob or ob <= oa):
                    why = "origins disjoint"
                else:
                    va, vb = s.may_join.verdict(A), s.may_join.verdict(B)  # type: ignore[attr-defined]
                    if s.may_join(A, B):
                        why = "loose pass may join"
                    elif {va, vb} == {"single-origin", "unattributed"}:
                        why = "unattributed + single-origin"
                    else:
                        why = "a confirmation made or touched"
                c[(why, same)] += 1
                c[("all apart", same)] += 1
                vetoed = cluster._vetoed(feats[a], feats[b])
                rel = fact_relation(fa, fb)
                cover = fact_cover(fa, fb, feats[a].keys.keys(), feats[b].keys.keys())
                if why == "loose pass may join" and not vetoed:
                    c[("  may join, not vetoed", same)] += 1
                    aff = cluster.affinity(feats[a], feats[b]) or 0.0
                    if rel > 0:
                        c[("  ... same fact (+1)", same)] += 1
                    if rel < 0:
                        c[("  ... other participant (-1)", same)] += 1
                    if cover is not None and cover >= 0.5:
                        c[("  ... cover >= .5", same)] += 1
                        if aff >= 0.7:
                            c[("  ... cover >= .5, affinity >= .7", same)] += 1
                    if aff >= 0.7:
                        c[("  ... affinity >= .7", same)] += 1
    order = [
        "kept together",
        "  together: same fact (+1)",
        "  together: other participant (-1)",
        "all apart",
        "origins disjoint",
        "a confirmation made or touched",
        "unattributed + single-origin",
        "loose pass may join",
        "  may join, not vetoed",
        "  ... same fact (+1)",
        "  ... other participant (-1)",
        "  ... affinity >= .7",
        "  ... cover >= .5",
        "  ... cover >= .5, affinity >= .7",
    ]
    rows: list[Sequence[object]] = []
    for kind in order:
        n_same, n_other = c[(kind, True)], c[(kind, False)]
        rows.append((kind, n_same, n_other, f"{n_same / (n_same + n_other):.2f}" if n_same + n_other else "-"))
    return rows


def _name(st: Setting) -> str:
    head = "no fact join" if st[0] is None else f"share {st[0]}, cover {st[1]}"
    return head + (", subject veto" if st[2] else "") + (f", adopts origin ({st[3]})" if st[3] else "")


def _fmt(v: Sequence[float]) -> list[str]:
    return [f"{x:.3f}" for x in v]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "fixtures" / "real")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    parser.add_argument(
        "--grid",
        choices=("all", "facts", "adopt"),
        default="all",
        help="facts: no origin adopted; adopt: no fact join (what each part gives alone)",
    )
    parser.add_argument("--pairs", action="store_true", help="also count the labelled pairs kept apart")
    parser.add_argument(
        "--time",
        nargs="+",
        type=int,
        metavar="N",
        help="only time the clustering on the first N articles of STORIES_ROOT (a benchmarks/corpus.py folder), as "
        "main and under share .7, cover .5, subject veto, adopts origin (best of three, seconds)",
    )
    parser.add_argument(
        "--verdicts",
        action="store_true",
        help="also run each story whole under the setting its other stories chose and score its verdicts",
    )
    args = parser.parse_args(argv)
    if "heldout" in args.root.name:
        sys.exit(f"{args.root}: held-out stories are never looked into; give the development stories")
    grid = [
        st
        for st in SETTINGS
        if st == MAIN
        or args.grid == "all"
        or (args.grid == "facts" and not st[3])
        or (args.grid == "adopt" and st[0] is None)
    ]
    install()
    if args.time:
        print(time_corpus(args.root, args.time))
        return 0
    stories = collect(args.root, args.tools)
    print(
        f"{len(stories)} stories, {sum(len(s.label) for s in stories)} labelled mentions, "
        f"{sum(bool(FACT.get((m.start, m.end, m.text))) for s in stories for m in s.mentions)} of "
        f"{sum(len(s.mentions) for s in stories)} mentions with a fact read\n"
    )
    if args.pairs:
        print(table(("labelled pairs", "same gold claim", "other claims", "share same"), pair_counts(stories)), "\n")
    score: dict[tuple[str, Setting], tuple[float, float, float]] = {}
    joins: dict[tuple[str, Setting], int] = {}
    seconds: dict[Setting, float] = dict.fromkeys(grid, 0.0)
    for s in stories:
        for setting in grid:
            groups, took = regroup(s, setting)
            score[(s.name, setting)] = bcubed(s.label, assignment(groups))
            joins[(s.name, setting)] = len(s.mentions) - len(groups)
            seconds[setting] += took
    rows: list[Sequence[object]] = []
    for setting in grid:
        f1 = [score[(s.name, setting)][2] for s in stories]
        rows.append(
            (
                _name(setting),
                f"{sum(f1) / len(f1):.4f}",
                sum(joins[(s.name, st)] for s in stories for st in [setting]),
                f"{seconds[setting]:.2f}",
            )
        )
    rows.sort(key=lambda r: str(r[1]), reverse=True)
    print(table(("setting (all stories, in sample)", "grouping F1 mean", "joins", "cluster seconds"), rows), "\n")

    def choose(held: Story) -> Setting:
        others = [s for s in stories if s is not held]
        return max(
            grid,
            key=lambda st: (
                round(sum(score[(o.name, st)][2] for o in others), 9),
                -sum(joins[(o.name, st)] for o in others),
            ),
        )

    before: dict[str, tuple[float, float, float]] = {}
    after: dict[str, tuple[float, float, float]] = {}
    rows = []
    for s in stories:
        st = choose(s)
        before[s.name] = score[(s.name, MAIN)]
        after[s.name] = score[(s.name, st)]
        rows.append((s.name, _name(st), *_fmt(before[s.name]), *_fmt(after[s.name])))
    for names, title in (
        ([s.name for s in stories if s.name not in NEWEST], "mean, the older stories"),
        ([s.name for s in stories if s.name in NEWEST], "mean, the three newest"),
        ([s.name for s in stories], "mean, all"),
    ):
        if names:
            b = [sum(before[n][i] for n in names) / len(names) for i in range(3)]
            a = [sum(after[n][i] for n in names) / len(names) for i in range(3)]
            rows.append((f"**{title}** ({len(names)})", "", *_fmt(b), *_fmt(a)))
    head = ("story", "setting (chosen on the other stories)", "P", "R", "F1", "LOSO P", "LOSO R", "LOSO F1")
    print(table(head, rows))
    up = sum(after[n][2] - before[n][2] > 0.005 for n in before)
    down = sum(before[n][2] - after[n][2] > 0.005 for n in before)
    print(f"\n{up} stories up, {down} down (> .005)")
    if args.verdicts:
        print()
        print(verdicts(args.root, args.tools, {s.name: choose(s) for s in stories}))
    return 0


def time_corpus(corpus: Path, sizes: Sequence[int]) -> str:
    """Seconds of ``cluster_mentions`` (with its loose pass and verdict checks) on the mentions of the first n articles
    of a corpus folder, as main and under the setting most folds chose (best of three)."""
    from attribution.pipeline import Options, run

    files = sorted(str(p) for p in corpus.glob("*.txt"))
    manifest = corpus / "manifest.csv"
    chosen: Setting = (0.7, 0.5, True, "any")
    rows: list[Sequence[object]] = []
    captured: dict[str, Any] = {}
    original = tracing_claims.cluster_mentions

    def capture(ms: Any, stats: Any = None, origins: Any = None, may_join: Any = None, *rest: Any) -> Any:
        captured.update(ms=list(ms), origins=list(origins or []), may_join=may_join)
        return original(ms, stats, origins, may_join, *rest)

    for n in sizes:
        tracing_claims.cluster_mentions = capture  # type: ignore[assignment]
        try:
            run(files[:n], Options(manifest=str(manifest) if manifest.is_file() else None, cache=True))
        finally:
            tracing_claims.cluster_mentions = original  # type: ignore[assignment]
        story = Story("corpus", captured["ms"], captured["origins"], captured["may_join"], {}, [])
        best = {MAIN: float("inf"), chosen: float("inf")}
        claims = {}
        for setting in (MAIN, chosen) * 3:
            groups, took = regroup(story, setting)
            best[setting] = min(best[setting], took)
            claims[setting] = len(groups)
        rows.append((n, len(story.mentions), claims[MAIN], f"{best[MAIN]:.2f}", claims[chosen], f"{best[chosen]:.2f}"))
    head = ("articles", "mentions", "main: claims", "main: seconds", "variant: claims", "variant: seconds")
    return table(head, rows)


def verdicts(root: Path, tools: Path, chosen: dict[str, Setting]) -> str:
    """Each story run whole as main and under its chosen setting, scored by the shared scorer: verdicts per story,
    pooled, and the confirmations the main claims give (gold -> predicted)."""
    scorer = load_scorer(tools)
    matrix: dict[str, Counter[tuple[str, str]]] = {"main": Counter(), "chosen": Counter()}
    rows: list[Sequence[object]] = []
    for story in stories_under(root):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        accs = []
        for run_name, setting in (("main", MAIN), ("chosen", chosen[story.name])):
            SETTING[0] = setting
            try:
                res = scorer.score(story, predict(story, True))
            finally:
                SETTING[0] = MAIN
            wrong = {g: p for g, _, p in res["_wrong_verdicts"]}
            for gc in gold["claims"]:
                matrix[run_name][(gc["verdict"], str(wrong.get(gc["id"], gc["verdict"])))] += 1
            accs.append((res["verdict_acc"], res["grouping_f1"]))
        if accs[0] != accs[1]:
            rows.append((story.name, f"{accs[0][0]:.3f} -> {accs[1][0]:.3f}", f"{accs[0][1]:.3f} -> {accs[1][1]:.3f}"))
    lines = [table(("story (changed)", "verdict", "grouping"), rows), ""]
    for run_name, m in matrix.items():
        total = sum(m.values())
        right = sum(v for (g, p), v in m.items() if g == p)
        false_ic = sum(v for (g, p), v in m.items() if p == IC and g != IC)
        lines.append(
            f"{run_name}: verdict {right / total:.3f} pooled ({right} of {total}), false IC {false_ic} of "
            f"{sum(v for (g, p), v in m.items() if p == IC)}; "
            + ", ".join(f"{g} -> {p}: {v}" for (g, p), v in sorted(m.items()) if g != p)
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
