"""The shipped attribution model: where it lives, its identity, loading and prediction.

The weights are a spaCy pipeline saved with ``to_disk`` (config + msgpack: loading runs no
code from the files) under ``attribution/data/extractor/``, with ``MANIFEST.json`` listing
each file's sha256. A missing or damaged model is an error naming the file and the command
that restores it; the extractor never falls back silently to the rules alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import REINSTALL, ModelMissingError
from ..packaged import check_shipped, record_checksums

#: The package's own model folder; ``ATTRIBUTION_EXTRACTOR`` may point at another one.
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "extractor"
MANIFEST = "MANIFEST.json"
RESTORE = f"reinstall the package ({REINSTALL}) or retrain: python scripts/train_extractor.py"


class ModelError(ModelMissingError):
    """The attribution model is missing or damaged."""


def model_dir() -> Path:
    env = os.environ.get("ATTRIBUTION_EXTRACTOR")
    return Path(env) if env else DEFAULT_DIR


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != MANIFEST)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(root: Path, package: Path | None = None) -> None:
    """Write ``root``'s ``MANIFEST.json``; when ``root`` is a package's model folder (the shipped one, or
    ``package``/data/extractor) record the manifest's checksum in that package's ``CHECKSUMS.json`` too."""
    files = {p.relative_to(root).as_posix(): _sha(p) for p in _files(root)}
    (root / MANIFEST).write_text(json.dumps(files, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    base = package or DEFAULT_DIR.parent.parent
    rel = f"{DEFAULT_DIR.parent.name}/{DEFAULT_DIR.name}/{MANIFEST}"
    if root.resolve() == (base / rel).parent.resolve():
        record_checksums([rel], base)


def _fail(path: Path, what: str) -> ModelError:
    return ModelError(f"attribution model {path}: {what}; {RESTORE}")


def verify(root: Path) -> dict[str, str]:
    """The manifest of a model folder after checking every file against it (ModelError otherwise)."""
    man = root / MANIFEST
    if not man.is_file():
        raise _fail(man, "missing")
    try:
        files = json.loads(man.read_text(encoding="utf-8"))
        if not isinstance(files, dict) or not files:
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise _fail(man, "damaged (not a file list)") from None
    if root.resolve() == DEFAULT_DIR:  # the shipped model: its manifest is the one the package recorded
        check_shipped(
            f"{DEFAULT_DIR.parent.name}/{DEFAULT_DIR.name}/{MANIFEST}", man.read_bytes(), root=DEFAULT_DIR.parent.parent
        )
    for rel, digest in sorted(files.items()):
        p = root / rel
        if not p.is_file():
            raise _fail(p, "missing")
        if _sha(p) != digest:
            raise _fail(p, "damaged (checksum differs from MANIFEST.json)")
    return files


@lru_cache(maxsize=4)
def _identity(root: str, stamp: tuple[tuple[str, int, int], ...]) -> str:
    files = verify(Path(root))
    h = hashlib.sha256()
    for rel, digest in sorted(files.items()):
        h.update(f"{rel}\0{digest}\n".encode())
    return h.hexdigest()


def identity(root: Path | None = None) -> str:
    """Content hash of the model (its verified manifest); cached by the files' mtime and size."""
    root = root or model_dir()
    if not root.is_dir():
        raise _fail(root, "missing")
    paths = [root / MANIFEST, *_files(root)]
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file())
    return _identity(str(root), stamp)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str
    design: str
    training_data: str
    path: str
    identity: str
    size_bytes: int
    #: how it was trained (design, seed, steps; a continued model names its first stage)
    recipe: str = ""


def info(root: Path | None = None) -> ModelInfo:
    root = root or model_dir()
    ident = identity(root)
    try:
        meta = json.loads((root / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise _fail(root / "meta.json", "damaged") from None
    size = sum(p.stat().st_size for p in _files(root))
    return ModelInfo(
        name=str(meta.get("name", "")),
        version=str(meta.get("version", "")),
        design=str(meta.get("design", "")),
        training_data=str(meta.get("training_data", "")),
        path=str(root),
        identity=ident,
        size_bytes=size,
        recipe=str(meta.get("recipe", "")),
    )


@lru_cache(maxsize=2)
def _load(root: str, ident: str) -> Any:
    import spacy

    try:
        return spacy.load(root, exclude=[])
    except Exception as exc:  # spaCy raises many kinds on a bad folder: all mean "damaged"
        raise _fail(Path(root), f"cannot be loaded ({type(exc).__name__})") from None


def load(root: Path | None = None) -> Any:
    """The spaCy pipeline of the model (verified against its manifest first; cached)."""
    root = root or model_dir()
    return _load(str(root), identity(root))


#: One article for the model: its text, its regions (paragraphs) and, when known, its parse's token spans.
Item = tuple[str, list[tuple[int, int]], list[tuple[int, int]] | None]


def _words(text: str, region: tuple[int, int], tokens: list[tuple[int, int]]) -> tuple[list[str], list[bool]] | None:
    """The region's words and trailing spaces from the article's parse (``tokens``: character spans in
    text order), when they spell the region exactly; else None (the model's tokenizer reads it)."""
    s, e = region
    lo = bisect_left(tokens, (s, s))
    inside = []
    for a, b in tokens[lo:]:
        if a >= e:
            break
        inside.append((a, b))
    if not inside or inside[0][0] != s or inside[-1][1] != e:
        return None
    words, spaces = [], []
    for (a, b), (na, _nb) in zip(inside, [*inside[1:], (e, e)], strict=True):
        gap = text[b:na]
        if gap not in ("", " ") or b > e:
            return None
        words.append(text[a:b])
        spaces.append(gap == " ")
    return words, spaces


def _docs(nlp: Any, items: Sequence[Item]) -> Iterator[Any]:
    """Every item's regions as spaCy docs, in order: built from the parse's tokens when the item has
    them (the tokenizer's work is not done twice), read by the model's tokenizer otherwise."""
    from spacy.tokens import Doc

    for text, regions, tokens in items:
        for r in regions:
            spelled = _words(text, r, tokens) if tokens is not None else None
            if spelled is not None and spelled[0]:
                yield Doc(nlp.vocab, words=spelled[0], spaces=spelled[1])
            else:
                yield nlp.make_doc(text[r[0] : r[1]])


def tag(
    nlp: Any, text: str, regions: list[tuple[int, int]], tokens: list[tuple[int, int]] | None = None
) -> list[tuple[list[tuple[int, int, str]], list[tuple[int, int]]]]:
    """Per region: the model's (start, end, label) spans and sentence spans, in article offsets.
    ``tokens``: the article's token spans from its parse, reused when they spell a region."""
    return tag_many(nlp, [(text, regions, tokens)])[0]


def tag_many(nlp: Any, items: Sequence[Item]) -> list[list[tuple[list[tuple[int, int, str]], list[tuple[int, int]]]]]:
    """``tag`` for many articles in one ``nlp.pipe`` over all their regions (each region is its own
    spaCy doc, so a region's result does not depend on its neighbours in the batch)."""
    docs = nlp.pipe(_docs(nlp, items), batch_size=64)
    out = []
    for _text, regions, _tokens in items:
        per: list[tuple[list[tuple[int, int, str]], list[tuple[int, int]]]] = []
        for off, end in regions:
            doc = next(docs)
            spans = [(off + ent.start_char, off + ent.end_char, ent.label_) for ent in doc.ents]
            has_sents = doc.has_annotation("SENT_START")
            sents = [(off + s.start_char, off + s.end_char) for s in doc.sents] if has_sents else [(off, end)]
            per.append((spans, sents))
        out.append(per)
    return out


def _link(text: str, tagged: list[tuple[list[tuple[int, int, str]], list[tuple[int, int]]]], mode: str) -> list[Any]:
    from .link import Proposal, act_of, link

    props = []
    for spans, sents in tagged:
        for src, cue, content in link(spans, sents, mode, bare=True):
            act = act_of(text[cue[0] : cue[1]], text[src[0] : src[1]] if src else None)
            props.append(Proposal(src, cue, content, act))
    props.sort(key=lambda p: (p.cue, p.content))
    return props


def propose_many(items: Sequence[Item], *, mode: str = "sentence", nlp: Any = None) -> list[list[Any]]:
    """``propose`` for many articles: one model pass over all their regions (the per-call cost of
    ``nlp.pipe`` dominated short articles); the same proposals as one call per article."""
    nlp = nlp if nlp is not None else load()
    return [_link(item[0], tagged, mode) for item, tagged in zip(items, tag_many(nlp, items), strict=True)]


_batch = threading.local()


def batched(items: Sequence[Item]) -> AbstractContextManager[None]:
    """Run the model now over all of ``items`` (``propose_many``; its errors are raised here); inside
    the returned block, ``propose`` answers for these (text, regions) from that pass, and runs the
    model as usual for anything else. Per thread."""
    found = propose_many(items)
    return _answering({(text, tuple(regions)): props for (text, regions, _t), props in zip(items, found, strict=True)})


@contextmanager
def _answering(store: dict[tuple[str, tuple[tuple[int, int], ...]], list[Any]]) -> Iterator[None]:
    saved = getattr(_batch, "store", None)
    _batch.store = store
    try:
        yield
    finally:
        _batch.store = saved


def propose(
    text: str,
    regions: list[tuple[int, int]],
    *,
    mode: str = "sentence",
    nlp: Any = None,
    tokens: list[tuple[int, int]] | None = None,
) -> list[Any]:
    """The model's attributions over the given regions (paragraphs) of ``text``, in text order; a cue
    the tagger marked with no content comes with ``content == []`` (``extraction.combine`` gives it the
    clause or object its verb governs in the parse, or drops it).
    ``tokens``: the article's token spans from its parse, reused when they spell a region."""
    store = getattr(_batch, "store", None)
    if store is not None and nlp is None and mode == "sentence":
        found = store.get((text, tuple(regions)))
        if found is not None:
            return [replace(p, content=list(p.content)) for p in found]
    return propose_many([(text, regions, tokens)], mode=mode, nlp=nlp)[0]
