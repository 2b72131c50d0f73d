"""Article text-reuse fingerprints: word 5-gram shingles and their MinHash signature.

Hashing uses blake2b (never Python's ``hash``), so signatures are the same in every
process and under every PYTHONHASHSEED: the map stage can run anywhere.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np

from ..lang.en import marks

SHINGLE_SIZE = 5
NUM_PERM = 64
#: LSH banding: 32 bands of 2 rows catches pairs from Jaccard ~0.18 up with high
#: probability, below the 0.3 reuse threshold, so verification sees every real pair.
BANDS = 32
ROWS = NUM_PERM // BANDS

_WORD = re.compile(rf"[^\W_]+(?:[{marks.APOSTROPHES}][^\W_]+)?", re.UNICODE)
_MASK64 = (1 << 64) - 1


def _seeds() -> tuple[np.ndarray, np.ndarray]:
    xs, ms = [], []
    for i in range(NUM_PERM):
        d = hashlib.blake2b(f"minhash-{i}".encode(), digest_size=16).digest()
        xs.append(int.from_bytes(d[:8], "little"))
        ms.append(int.from_bytes(d[8:], "little") | 1)  # odd multiplier: a bijection on 64-bit words
    return np.array(xs, dtype=np.uint64), np.array(ms, dtype=np.uint64)


_XOR, _MUL = _seeds()


def words(text: str) -> list[str]:
    return [w.lower().replace(marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE) for w in _WORD.findall(text)]


def shingle_hashes(word_list: Sequence[str], size: int = SHINGLE_SIZE) -> list[int]:
    """Sorted unique 64-bit hashes of the word ``size``-grams."""
    blake, from_bytes, join = hashlib.blake2b, int.from_bytes, " ".join  # locals: this runs per word of every article
    out = {
        from_bytes(blake(join(word_list[i : i + size]).encode("utf-8"), digest_size=8).digest(), "little")
        for i in range(len(word_list) - size + 1)
    }
    return sorted(out)


def minhash(hashes: Sequence[int]) -> list[int]:
    """MinHash signature (NUM_PERM values); all-max for an empty set."""
    if not hashes:
        return [_MASK64] * NUM_PERM
    arr = np.array(hashes, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (arr[None, :] ^ _XOR[:, None]) * _MUL[:, None]
        mixed ^= mixed >> np.uint64(29)
    return [int(v) for v in mixed.min(axis=1)]


def band_keys(signature: Sequence[int]) -> list[tuple[int, tuple[int, ...]]]:
    return [(b, tuple(signature[b * ROWS : (b + 1) * ROWS])) for b in range(BANDS)]


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    inter = len(sa & sb)
    return inter / (len(sa) + len(sb) - inter)


def containment(a: Sequence[int], b: Sequence[int]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / min(len(sa), len(sb))


#: A band shared by more articles than this (30,000 near-identical reprints) proposes each member
#: with its next ``BUCKET_WINDOW`` members only: a chain of links that still joins the whole group
#: (callers keep a spanning set of links anyway), so the work grows with n, not n^2/2.
BUCKET_ALL_PAIRS = 64
BUCKET_WINDOW = 8


def candidate_pairs(signatures: Iterable[tuple[int, Sequence[int]]]) -> set[tuple[int, int]]:
    """Index pairs sharing at least one LSH band (i < j); a crowded band gives a sliding window of pairs.

    The bands are grouped by sorting one band column of a signature matrix at a time (ties in input
    order), not through a dict of every article's 32 band keys: at 100,000 articles that dict held
    3.2 million tuples (over 1 GB) to find, for tiny distinct articles, no pair at all. The members of
    a band are listed in input order, as they were, so the pairs are the same.
    """
    ids: list[int] = []
    rows: list[Sequence[int]] = []
    for idx, sig in signatures:
        if all(v == _MASK64 for v in sig):
            continue
        ids.append(idx)
        rows.append(sig)
    pairs: set[tuple[int, int]] = set()
    if len(rows) < 2:
        return pairs
    matrix = np.array(rows, dtype=np.uint64).reshape(len(rows), NUM_PERM)
    del rows
    position = np.arange(len(ids), dtype=np.int64)
    for b in range(BANDS):
        band = matrix[:, b * ROWS : (b + 1) * ROWS]
        # rows sorted by the band's values, ties in input order (the position is the last key)
        order = np.lexsort((position, *(band[:, r] for r in reversed(range(ROWS)))))
        ranked = band[order]
        new_group = np.empty(len(order), dtype=bool)
        new_group[0] = True
        new_group[1:] = (ranked[1:] != ranked[:-1]).any(axis=1)
        starts = np.flatnonzero(new_group)
        ends = np.append(starts[1:], len(order))
        for lo, hi in zip(starts[ends - starts >= 2].tolist(), ends[ends - starts >= 2].tolist(), strict=True):
            members = [ids[k] for k in order[lo:hi].tolist()]
            reach = len(members) if len(members) <= BUCKET_ALL_PAIRS else BUCKET_WINDOW + 1
            for x in range(len(members)):
                for y in range(x + 1, min(len(members), x + reach)):
                    i, j = members[x], members[y]
                    pairs.add((i, j) if i < j else (j, i))
    return pairs
