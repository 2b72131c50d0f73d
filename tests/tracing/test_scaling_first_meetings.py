"""The clustering reads each pair of mentions at its first meeting in block order (``_Meetings``: the pairs of
every block gathered in arrays, each pair kept where first met) instead of checking every meeting against a set of
the pairs compared: the same groups and the same counts as main 1b89b30's code, kept here as the oracle, on
generated corpora whose blocks share most pairs, with blocks past MAX_BLOCK (the sliding window), figures that
veto joins, origins and a join check that refuses some loose joins."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from trace_helpers import fig, mention

from attribution.tracing import cluster as cl
from attribution.tracing.candidates import MentionCandidate, NumberFact
from attribution.tracing.cluster import ClusterStats, JoinCheck, cluster_mentions

WORDS = [f"w{k}" for k in range(24)]
PREDICATES = ["~kill", "~say", "~announce", "~strike"]




def _old_cluster_mentions(
    mentions: Sequence[MentionCandidate],
    stats: ClusterStats | None = None,
    origins: Sequence[frozenset[str]] | None = None,
    may_join: JoinCheck | None = None,
) -> list[list[int]]:
    """Groups of mention indexes (each sorted, groups ordered by first index).

    With ``may_join`` (and ``origins``, each mention's origin ids), a second, looser pass follows the
    strict one: more rare-word pairs meet (cl.LOOSE_RARE_WORDS) at a lower Dice bar (cl.LOOSE_SLACK), under the
    same vetoes, and two groups join only when one group's origins hold the other's (no origin the other
    lacks on both sides) and ``may_join`` agrees."""
    stats = stats if stats is not None else ClusterStats()
    stats.mentions = len(mentions)
    feats, df = cl._features(mentions)
    max_df = max(2.0, cl.MAX_KEY_SHARE * len(mentions))
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i, m in enumerate(mentions):
        for key in cl._block_keys(m, feats[i].quotes, df, max_df):
            blocks.setdefault(key, []).append(i)
    uf = cl.UnionFind(len(mentions))
    root_main: dict[int, frozenset[str]] = {i: f.main for i, f in enumerate(feats)}
    root_figs: dict[int, list[NumberFact]] = {i: list(f.numbers) for i, f in enumerate(feats)}
    compared: set[tuple[int, int]] = set()
    order_keys: dict[int, list[str]] = {}

    def consider(i: int, j: int) -> None:
        if i == j:
            return
        pair = (i, j) if i < j else (j, i)
        if pair in compared:
            return
        compared.add(pair)
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            return
        stats.comparisons += 1
        if not cl.similar(feats[i], feats[j]):
            return
        mi, mj = root_main[ri], root_main[rj]
        if not cl.events_agree(mi, mj, cl._counts(feats[i]) and cl._counts(feats[j])):
            return  # joining would chain two different events through a vague mention
        if cl.figure_relation(root_figs[ri], root_figs[rj]) < 0:
            return  # nor two different figures for one count
        r = uf.union(ri, rj)
        root_main[r] = mi | mj
        root_figs[r] = cl._distinct_figures(root_figs[ri], root_figs[rj])
        stats.unions += 1

    for key in sorted(blocks):  # keys of one kind share a shape, so tuples compare
        raw = blocks[key]
        if len(raw) < 2:
            continue
        members = sorted(set(raw))
        if len(members) < 2:
            continue
        stats.blocks += 1
        if len(members) <= cl.MAX_BLOCK:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    consider(members[x], members[y])
        else:
            # sorted neighbourhood: order by the rarest content keys so cl.similar mentions sit together
            for i in members:
                if i not in order_keys:
                    order_keys[i] = sorted(mentions[i].lemmas, key=lambda k: (df[k], k))[:3]
            ordered = sorted(members, key=lambda i: (order_keys[i], i))
            for x in range(len(ordered)):
                for y in range(x + 1, min(len(ordered), x + 1 + cl.WINDOW)):
                    consider(ordered[x], ordered[y])
    if may_join is not None:
        state = cl._Roots(uf, root_main, root_figs, {i: [] for i in range(len(mentions))})  # no percentages here
        _old_loose_pass(mentions, feats, df, max_df, state, origins or [frozenset()] * len(mentions), may_join, stats)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(uf.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _old_loose_pass(
    mentions: Sequence[MentionCandidate],
    feats: list[cl._Feat],
    df: dict[str, int],
    max_df: float,
    roots: cl._Roots,
    origins: Sequence[frozenset[str]],
    may_join: JoinCheck,
    stats: ClusterStats,
) -> None:
    """Join the strict pass's groups on weaker evidence (see ``cluster_mentions``). Blocks larger than
    cl.MAX_BLOCK are skipped and no loosely joined group grows past cl.MAX_BLOCK mentions, so the pass and the
    caller's checks (each over at most cl.MAX_BLOCK mentions) stay linear in the corpus."""
    uf = roots.uf
    members: dict[int, list[int]] = {}
    root_origins: dict[int, frozenset[str]] = {}
    for i in range(len(mentions)):
        r = uf.find(i)
        members.setdefault(r, []).append(i)
        root_origins[r] = root_origins.get(r, frozenset()) | origins[i]
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i, m in enumerate(mentions):
        for key in cl._block_keys(m, feats[i].quotes, df, max_df, cl.LOOSE_RARE_WORDS):
            blocks.setdefault(key, []).append(i)
        if cl.SAME_ORIGIN_BAR is not None and origins[i]:
            blocks.setdefault(("o", *sorted(origins[i])), []).append(i)
    seen: set[tuple[int, int]] = set()
    refused: set[tuple[int, int, int, int]] = set()
    for key in sorted(blocks):
        block = sorted(set(blocks[key]))
        if len(block) < 2 or len(block) > cl.MAX_BLOCK:
            continue
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                i, j = block[x], block[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                ri, rj = uf.find(i), uf.find(j)
                if ri == rj:
                    continue
                if len(members[ri]) + len(members[rj]) > cl.MAX_BLOCK:
                    continue  # a loose join makes no big claim (and each check stays small)
                oi, oj = root_origins[ri], root_origins[rj]
                if not (oi <= oj or oj <= oi):
                    continue  # each group rests on an origin the other lacks: the strict bar only
                if not cl.similar(feats[i], feats[j], cl.LOOSE_SLACK):
                    # groups are tried once as they stand (a join changes a root's members)
                    tried = (ri, rj, len(members[ri]), len(members[rj]))
                    if tried in refused or not cl._same_origin_join(members[ri], members[rj], oi, oj, feats):
                        refused.add(tried)
                        continue
                mi, mj = roots.main[ri], roots.main[rj]
                if not cl.events_agree(mi, mj, cl._counts(feats[i]) and cl._counts(feats[j])):
                    continue
                if cl.figure_relation(roots.figs[ri], roots.figs[rj]) < 0:
                    continue
                if not may_join(members[ri], members[rj]):
                    continue
                r = uf.union(ri, rj)
                roots.main[r] = mi | mj
                roots.figs[r] = cl._distinct_figures(roots.figs[ri], roots.figs[rj])
                root_origins[r] = oi | oj
                joined = members.pop(ri) + members.pop(rj)
                members[r] = sorted(joined)
                stats.unions += 1
                stats.loose_unions += 1



def _corpus(seed: int, n: int) -> tuple[list[MentionCandidate], list[frozenset[str]]]:
    rng = random.Random(seed)
    base = [rng.sample(WORDS, rng.randint(2, 6)) for _ in range(max(3, n // 6))]
    mentions, origins = [], []
    for k in range(n):
        lemmas = list(rng.choice(base))  # copies of a few statements, as wire copy makes
        if rng.random() < 0.5:
            lemmas += rng.sample(WORDS, rng.randint(1, 3))
        lemmas += rng.sample(PREDICATES, rng.randint(0, 2))
        numbers = [fig(rng.choice([12.0, 14.0, 300.0, 2000.0]), noun=rng.choice(["troop", "death"]))] \
            if rng.random() < 0.3 else []
        mentions.append(mention(" ".join(lemmas), lemmas, start=k, numbers=numbers))
        origins.append(frozenset(rng.sample(["a", "b", "c", "d"], rng.randint(0, 2))))
    return mentions, origins


def _check(seed: int) -> JoinCheck:
    return lambda a, b: (sum(a) * 7 + sum(b) + seed) % 4 != 0


@pytest.mark.parametrize("at_once", [cl._MEETINGS_AT_ONCE, 1, 37])
@pytest.mark.parametrize("seed,n", [(s, n) for s in range(12) for n in (8, 60, 240)])
def test_first_meetings_cluster_as_comparing_every_meeting_does(
    seed: int, n: int, at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cl, "_MEETINGS_AT_ONCE", at_once)  # batches cut to the pairs not met before
    # the oracle is the code before rule ``pooled-origins-need-a-direct-pair`` (round sixteen), which reads the same
    # pairs in the same order: the meetings are compared here, the rule has tests of its own
    monkeypatch.setattr(cl, "DIRECT_PAIR_FOR_POOLING", False)
    mentions, origins = _corpus(seed, n)
    for check in (None, _check(seed)):
        old, new = ClusterStats(), ClusterStats()
        expected = _old_cluster_mentions(mentions, old, origins, check)
        assert cluster_mentions(mentions, new, origins, check) == expected
        assert (new.blocks, new.comparisons, new.unions, new.loose_unions) == (
            old.blocks, old.comparisons, old.unions, old.loose_unions)


def test_the_corpora_reach_the_sliding_window_and_join_in_both_passes() -> None:
    mentions, origins = _corpus(3, 240)
    stats = ClusterStats()
    cluster_mentions(mentions, stats, origins, _check(3))
    assert stats.loose_unions > 0 and stats.unions > stats.loose_unions
    feats, df = cl._features(mentions)
    max_df = max(2.0, cl.MAX_KEY_SHARE * len(mentions))
    sizes: dict[object, int] = {}
    for i, m in enumerate(mentions):
        for key in cl._block_keys(m, feats[i].quotes, df, max_df):
            sizes[key] = sizes.get(key, 0) + 1
    assert max(sizes.values()) > cl.MAX_BLOCK


@pytest.mark.parametrize("at_once", [cl._MEETINGS_AT_ONCE, 1, 2, 4])
def test_a_pair_met_in_many_blocks_is_given_once_where_first_met(at_once: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cl, "_MEETINGS_AT_ONCE", at_once)
    met = cl._Meetings(10)
    met.every_pair([4, 7, 9])
    met.window([9, 2, 7, 4], 2)
    met.every_pair([2, 4])
    assert list(met.first_meetings()) == [(4, 7), (4, 9), (7, 9), (9, 2), (2, 7), (2, 4)]


@pytest.mark.parametrize("n,width", [(n, w) for n in (0, 1, 2, 5, 11) for w in (1, 2, 5, 6)])
def test_the_sliding_window_meets_each_mention_with_the_next_width(n: int, width: int) -> None:
    met = cl._Meetings(100)
    met.window(list(range(10, 10 + n)), width)
    expected = [(10 + a, 10 + b) for a in range(n) for b in range(a + 1, min(n, a + 1 + width))]
    assert list(met.first_meetings()) == expected
