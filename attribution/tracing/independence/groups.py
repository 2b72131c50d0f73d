"""Dependence between origins' articles: the groups of origins carried by independent articles, and the
doubt lines naming the dependent pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from heapq import heapify, heappop
from string import Formatter

import numpy as np

from ...lang.en import independence as lx
from ...models import Source
from .judging import _name
from .links import ArticleLinks

#: dependent-pair doubt lines shown per claim before one line counts the rest (``_shown_pair_doubts``)
PAIR_DOUBTS_SHOWN = 10


#: what a unit brings to a dependent-pair line (``_pair_line``): its name, its outlets, and the first three of
#: its ties in sorted order (the first three ties of two units are among the first three of each)
_Face = tuple[str, frozenset[str], tuple[str, ...]]


def _independent_groups(
    units: list[str],
    arts: dict[str, set[str]],
    sources: dict[str, Source],
    names: dict[str, str],
    links: ArticleLinks,
    doubts: list[str],
) -> list[str]:
    """One unit for each set of units that are not independent of one another. Two units are
    independent when some article carrying one and some article carrying the other are the same article
    or belong to unrelated dependence groups.

    Two units are thus joined when all the articles of both lie in one dependence group and they share
    no article. That is worked out per group, on the few pairs that DO share an article, so that a claim
    carried by 30,000 copies of one story costs about 30,000 steps, not 450 million pairs: the groups and
    the doubts (each distinct line, in the order the pairs ``(i, j)``, ``i < j``, would first give it) are
    those of comparing every pair."""
    order = {u: n for n, u in enumerate(units)}
    buckets: dict[int, list[str]] = {}
    for u in units:  # a unit whose articles span two dependence groups is independent of every other
        groups = {links.group[a] for a in arts[u]}
        if len(groups) == 1:
            buckets.setdefault(next(iter(groups)), []).append(u)
    root = {u: u for u in units}
    faces: dict[_Face, int] = {}
    face_of: dict[str, int] = {}
    parts: list[tuple[list[str], dict[str, set[str]]]] = []
    for members in buckets.values():
        sharing = _sharing(members, arts)
        for comp in _joined(members, sharing):
            low = min(comp)
            for u in comp:
                root[u] = low
        for u in members:
            face_of[u] = faces.setdefault(_face(u, arts, sources, names, links), len(faces))
        parts.append((members, sharing))
    if _keys_tell_lines_apart(list(faces)):
        _shown_counted_pairs(parts, order, face_of, list(faces), doubts)
    else:  # every line written out and counted (``_shown_pair_doubts``)
        found: list[tuple[int, int, int, int]] = []
        for members, sharing in parts:
            found.extend(_pair_doubts(members, sharing, order, face_of))
        _shown_pair_doubts(found, list(faces), doubts)
    return sorted(set(root.values()))


def _face(
    u: str, arts: dict[str, set[str]], sources: dict[str, Source], names: dict[str, str], links: ArticleLinks
) -> _Face:
    """What unit ``u`` brings to a dependent-pair line: its name, its outlets, the first three of its ties."""
    outs = frozenset(links.outlet_name.get(a, a) for a in arts[u])
    ties = sorted({t for a in arts[u] for t in links.ties.get(a, [])})[:3]
    return _name(u, sources, names), outs, tuple(ties)


#: the most pairs of units one step of ``_pair_codes`` holds at once (memory, not the result)
_PAIRS_AT_ONCE = 1 << 20


def _pair_codes(
    members: list[str], sharing: dict[str, set[str]], order: dict[str, int], face_of: dict[str, int], n_faces: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each pair of faces two units of ``members`` give (the first unit before the second, sharing no
    article), the code ``face * n_faces + face`` and the position ``(i, j)`` of the first such pair of units,
    as ``i * len(order) + j``. Every pair of units is looked at, in arrays rather than one by one."""
    m = len(members)
    if m < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    at = {u: k for k, u in enumerate(members)}
    pos = np.array([order[u] for u in members], np.int64)
    fc = np.array([face_of[u] for u in members], np.int64)
    shared = np.array(sorted({at[u] * m + at[v] for u in members for v in sharing[u] if at[v] > at[u]}), np.int64)
    codes: list[np.ndarray] = []
    where: list[np.ndarray] = []
    lo = 0
    while lo < m - 1:
        hi, size = lo, 0
        while hi < m - 1 and (hi == lo or size + (m - 1 - hi) <= _PAIRS_AT_ONCE):
            size += m - 1 - hi
            hi += 1
        rows = np.arange(lo, hi, dtype=np.int64)
        counts = m - 1 - rows
        iu = np.repeat(rows, counts)
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        ju = np.arange(int(counts.sum()), dtype=np.int64) - starts + iu + 1
        if shared.size:
            keep = ~np.isin(iu * m + ju, shared)
            iu, ju = iu[keep], ju[keep]
        code = fc[iu] * n_faces + fc[ju]
        code, first = np.unique(code, return_index=True)  # pairs come in order of position: the first of each
        codes.append(code)
        where.append(pos[iu[first]] * len(order) + pos[ju[first]])
        lo = hi
    return np.concatenate(codes), np.concatenate(where)


def _shown_counted_pairs(
    parts: list[tuple[list[str], dict[str, set[str]]]],
    order: dict[str, int],
    face_of: dict[str, int],
    faces: list[_Face],
    doubts: list[str],
) -> None:
    """``_shown_pair_doubts`` where the parts of a line tell lines apart (``_keys_tell_lines_apart``): the lines
    are taken as their parts (the two names, the outlets of both as bits, the first three ties of both) in
    arrays, over every pair of units at once, and only the ``PAIR_DOUBTS_SHOWN`` first in order of position
    (``i, j``) are written. The same lines and count as writing every line out; the pairs are still all looked
    at (the count of distinct lines needs them), at a small cost each."""
    n = len(faces)
    found = [_pair_codes(members, sharing, order, face_of, n) for members, sharing in parts]
    if not found or not sum(c.size for c, _w in found):
        return
    codes = np.concatenate([c for c, _w in found])
    where = np.concatenate([w for _c, w in found])
    a, b = codes // n, codes % n
    name_of: dict[str, int] = {}
    named = np.array([name_of.setdefault(face[0], len(name_of)) for face in faces], np.int64)
    outlets = sorted({o for face in faces for o in face[1]})
    outlet_at = {o: k for k, o in enumerate(outlets)}
    words = max(1, -(-len(outlets) // 62))
    outs = np.zeros((n, words), np.int64)
    for f, face in enumerate(faces):
        for o in face[1]:
            outs[f, outlet_at[o] // 62] |= 1 << (outlet_at[o] % 62)
    tie_at = {t: k for k, t in enumerate(sorted({t for face in faces for t in face[2]}))}
    none = len(tie_at)
    ties = np.full((n, 3), none, np.int64)
    for f, face in enumerate(faces):
        for k, t in enumerate(face[2]):
            ties[f, k] = tie_at[t]
    both = np.sort(np.concatenate([ties[a], ties[b]], axis=1), axis=1)
    both[:, 1:][both[:, 1:] == both[:, :-1]] = none  # a tie of both once
    first3 = np.sort(both, axis=1)[:, :3]
    # a line's parts as columns: the two names, the first three ties, the outlets of both (in words of bits)
    columns = [named[a] * len(name_of) + named[b]]
    if (none + 1) ** 3 < 1 << 62:  # the three ties as one number, when it fits
        columns.append((first3[:, 0] * (none + 1) + first3[:, 1]) * (none + 1) + first3[:, 2])
    else:
        columns.extend(first3.T)
    columns.extend((outs[a] | outs[b]).T)
    rows = np.lexsort((where, *reversed(columns)))  # rows of one line together, the first position first
    starts = np.ones(len(rows), bool)
    for column in columns:
        ordered = column[rows]
        starts[1:] &= ordered[1:] == ordered[:-1]
    starts = ~starts
    starts[0] = True
    heads = rows[starts]  # each distinct line once, at its first position
    count = len(heads)
    for k in heads[np.argsort(where[heads], kind="stable")[:PAIR_DOUBTS_SHOWN]]:
        doubts.append(_pair_line(faces[int(a[k])], faces[int(b[k])]))
    if count > PAIR_DOUBTS_SHOWN:
        doubts.append(lx.MORE_DEPENDENT_PAIRS.format(count=count - PAIR_DOUBTS_SHOWN))


def _shown_pair_doubts(found: list[tuple[int, int, int, int]], faces: list[_Face], doubts: list[str]) -> None:
    """The first ``PAIR_DOUBTS_SHOWN`` distinct dependent-pair lines, then one line counting the rest: a claim
    that wire boilerplate spreads over hundreds of outlets has one line per pair of its origins (~112,000 lines,
    a third of the report, at 1,000 articles), which no reader goes through and which made the report grow as
    the square of the corpus.

    Here every line is written out to be counted: the path for a claim whose names, outlets or ties hold the
    words a line is joined with (``_keys_tell_lines_apart``); any other claim takes ``_shown_counted_pairs``.
    The pairs are taken in order of position ``(i, j)`` (one pair per position: a unit has one face)."""
    count = len({_pair_line(faces[a], faces[b]) for _i, _j, a, b in found})
    first: dict[str, None] = {}
    heapify(found)
    while found and len(first) < PAIR_DOUBTS_SHOWN:
        _i, _j, a, b = heappop(found)
        first.setdefault(_pair_line(faces[a], faces[b]))
    doubts.extend(first)
    if count > PAIR_DOUBTS_SHOWN:
        doubts.append(lx.MORE_DEPENDENT_PAIRS.format(count=count - PAIR_DOUBTS_SHOWN))


def _template_parts() -> tuple[str, str, str]:
    """The words ``lx.DEPENDENT_PAIR`` writes between the two names, between the second name and the outlets,
    and ``lx.DEPENDENT_WHY`` before the ties."""
    pair = {field: literal for literal, field, _spec, _conv in Formatter().parse(lx.DEPENDENT_PAIR) if field}
    why = {field: literal for literal, field, _spec, _conv in Formatter().parse(lx.DEPENDENT_WHY) if field}
    return pair.get("b", ""), pair.get("outlets", ""), why.get("ties", "")


def _keys_tell_lines_apart(faces: list[_Face]) -> bool:
    """Whether two different ``_line_key``s always give two different lines here: no outlet holds the comma
    that joins outlets or the mark before the ties, no tie the mark that joins ties, no name the words after
    the second name, and no name is another name, the words between two names and more ("A and B" beside "A")."""
    between, after, before_ties = _template_parts()
    if not (between.strip() and after.strip() and before_ties):
        return False
    names: set[str] = set()
    outlets: set[str] = set()
    ties: set[str] = set()
    for face in faces:
        names.add(face[0])
        outlets |= face[1]
        ties.update(face[2])
    if any(", " in o or before_ties in o for o in outlets) or any("; " in t for t in ties):
        return False
    if any(after.strip() in n for n in names):
        return False
    return not any(
        n[:k] in names for n in names if between in n for k in (m.start() for m in re.finditer(re.escape(between), n))
    )


def _sharing(members: list[str], arts: dict[str, set[str]]) -> dict[str, set[str]]:
    """For each unit, the other units of ``members`` that share an article with it."""
    by_article: dict[str, list[str]] = {}
    for u in members:
        for a in arts[u]:
            by_article.setdefault(a, []).append(u)
    return {u: {v for a in arts[u] for v in by_article[a] if v != u} for u in members}


def _joined(members: list[str], sharing: dict[str, set[str]]) -> list[list[str]]:
    """Connected parts of the graph joining every two members that share no article (a search over the
    complement of the sparse "shares an article" graph: each step keeps only the sharing neighbours)."""
    unseen = list(members)
    parts = []
    while unseen:
        first, unseen = unseen[0], unseen[1:]
        part, todo = [first], [first]
        while todo and unseen:
            x = todo.pop()
            keep = []
            for y in unseen:
                if y in sharing[x]:
                    keep.append(y)
                else:
                    part.append(y)
                    todo.append(y)
            unseen = keep
        parts.append(part)
    return parts


def _pair_doubts(
    members: list[str],
    sharing: dict[str, set[str]],
    order: dict[str, int],
    face: dict[str, int],
) -> list[tuple[int, int, int, int]]:
    """The faces (``face``: unit -> its face's number, shared by the claim's groups) of each joined pair whose
    line may be new, with the position ``(i, j)`` of the first pair giving it. A line depends only on the two
    units' faces (name, outlets, first ties), so for each unit only the first later unit of each face is looked
    for, and each pair of faces is given once."""
    where: dict[int, list[int]] = {}
    for n, u in enumerate(members):
        where.setdefault(face[u], []).append(n)
    kinds = sorted(where.items(), key=lambda kind: kind[1][-1])  # by the position of a face's last unit
    done: dict[int, set[int]] = {}
    out = []
    later = 0  # kinds[later:] are the faces with a unit after the current one
    for n, u in enumerate(members):
        while later < len(kinds) and kinds[later][1][-1] <= n:
            later += 1
        mine = face[u]
        seen = done.setdefault(mine, set())
        if len(seen) == len(kinds):
            continue
        near = sharing[u]
        for k in range(later, len(kinds)):
            if k in seen:
                continue
            other, at = kinds[k]
            pos = bisect_right(at, n)
            while pos < len(at) and members[at[pos]] in near:
                pos += 1
            if pos == len(at):
                continue
            seen.add(k)
            out.append((order[u], order[members[at[pos]]], mine, other))
    return out


def _pair_line(a: _Face, b: _Face) -> str:
    """Why two units are not independent: they come only through articles that depend on one another."""
    outs = sorted(a[1] | b[1])
    why = sorted({*a[2], *b[2]})[:3]
    return lx.DEPENDENT_PAIR.format(
        a=a[0], b=b[0], outlets=", ".join(outs), why=lx.DEPENDENT_WHY.format(ties="; ".join(why)) if why else ""
    )
