"""stanza adapter: UD-native parses from Stanford's neural pipeline.

stanza already labels Universal Dependencies and OntoNotes entities, so the
conversion is only bookkeeping: sentence-local 1-based heads become document
token indices, character offsets are shifted to the original article text, and
multi-word tokens ("can't" -> "ca" + "n't") contribute their WORDS (the units
UD relations hold between).

Models are never downloaded implicitly (``download_method=None``): a missing
model raises :class:`ModelMissingError` naming ``attribution models install stanza``.
Importing stanza costs seconds (torch), so :func:`stanza_models_installed` and
:func:`model_identity` only look at files and never import it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..doc import Block, CorefChain, Document, Entity, Sentence, Token
from ..errors import ModelMissingError
from .base import parse_regions, parser_text

LANG = "en"
DEFAULT_PACKAGE = "default"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
#: Processors whose model folders must exist under ``<resources>/en/`` for the
#: engine to run offline ("mwt" is optional: some English packages fold it into tokenize).
REQUIRED_PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")
INSTALL_HINT = "run `attribution models install stanza`"


# -- finding models without importing stanza ------------------------------------------------------
def _stanza_source_dir() -> str | None:
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def stanza_version() -> str | None:
    """stanza's resources version (the model release it expects), None when stanza is absent."""
    env = os.environ.get("STANZA_RESOURCES_VERSION")
    if env:
        return env
    src = _stanza_source_dir()
    if src is None:
        return None
    try:
        with open(os.path.join(src, "_version.py"), encoding="utf-8") as handle:
            source = handle.read()
    except OSError:
        return None
    match = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]", source) or re.search(
        r"__version__\s*=\s*['\"]([^'\"]+)['\"]", source
    )
    return match.group(1) if match else None


def stanza_resources_dir() -> str | None:
    """stanza's model directory: $STANZA_RESOURCES_DIR or stanza's DEFAULT_MODEL_DIR."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return env
    import sys

    common = sys.modules.get("stanza.resources.common")
    if common is not None:  # already imported: ask stanza itself
        return str(common.DEFAULT_MODEL_DIR)
    version = stanza_version()
    if version is None:
        return None
    # the same expression as stanza.resources.common.DEFAULT_MODEL_DIR (stanza >= 1.10)
    from platformdirs import user_cache_dir

    return os.path.join(user_cache_dir("stanza", "StanfordNLP", version), "resources")


def model_folder() -> str | None:
    """The folder of stanza's English models (for the cache key's model fingerprint), or None."""
    root = stanza_resources_dir()
    return os.path.join(root, LANG) if root else None


def _has_model(folder: str) -> bool:
    try:
        return any(name.endswith(".pt") for name in os.listdir(folder))
    except OSError:
        return False


def stanza_models_installed(with_coref: bool = False) -> bool:
    """True when stanza is importable and its English models are on disk (no download, no import)."""
    if _stanza_source_dir() is None:
        return False
    root = stanza_resources_dir()
    if root is None or not os.path.isfile(os.path.join(root, "resources.json")):
        return False
    lang_dir = os.path.join(root, LANG)
    needed = (*REQUIRED_PROCESSORS, "coref") if with_coref else REQUIRED_PROCESSORS
    return all(_has_model(os.path.join(lang_dir, proc)) for proc in needed)


def model_identity(model: str | None = None) -> tuple[str, str]:
    """(package name, resources version) WITHOUT importing stanza (for cache keys)."""
    package = model or DEFAULT_PACKAGE
    coref = "+coref" if stanza_models_installed(with_coref=True) else ""
    return package + coref, stanza_version() or "unknown"


# -- conversion --------------------------------------------------------------------------------------
def _word_spans(token: Any) -> list[tuple[int, int]]:
    """Character spans (relative to the parsed region) of a stanza token's words.

    A multi-word token's words get the token's span, unless their texts are the
    token's text split in order ("cannot" -> "can" + "not"): then each word
    gets its own exact slice, so offsets still slice to the word's text.
    """
    words = token.words
    start, end = token.start_char, token.end_char
    if len(words) == 1:
        w = words[0]
        if w.start_char is not None and w.end_char is not None:
            return [(w.start_char, w.end_char)]
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    pos = 0
    text = token.text or ""
    for w in words:
        idx = text.find(w.text, pos)
        if idx < 0 or text[pos:idx].strip():
            return [(start, end)] * len(words)
        spans.append((start + idx, start + idx + len(w.text)))
        pos = idx + len(w.text)
    if text[pos:].strip():
        return [(start, end)] * len(words)
    return spans


def from_stanza(sdoc: Any, text: str, offset: int, block: int, doc: Document) -> None:
    """Append one parsed stanza region to ``doc`` (sentences, tokens, entities, coref chains).

    ``text`` is the article text ``doc.text``; ``sdoc`` was parsed from
    ``text[offset:...]`` so every stanza offset is shifted by ``offset``.
    """
    sent_first: list[int] = []  # document index of each stanza sentence's first word
    for sentence in sdoc.sentences:
        words_spans: list[tuple[Any, tuple[int, int], bool]] = []
        for token in sentence.tokens:
            spans = _word_spans(token)
            space = _space_after(token, text, offset)
            for k, (w, span) in enumerate(zip(token.words, spans, strict=True)):
                last = k == len(token.words) - 1
                words_spans.append((w, span, space if last else span[1] < spans[k + 1][0]))
        if not words_spans:
            continue
        first = len(doc.tokens)
        sent_first.append(first)
        s_index = len(doc.sentences)
        for n, (w, (start, end), space) in enumerate(words_spans):
            head = int(w.head or 0)
            is_root = head == 0 or head > len(words_spans)
            doc.tokens.append(
                Token(
                    i=first + n,
                    text=_original(text, offset + start, offset + end, w.text),
                    lemma=w.lemma if w.lemma is not None else w.text,
                    upos=w.upos or "X",
                    xpos=w.xpos or "",
                    head=first + n if is_root else first + head - 1,
                    deprel="root" if is_root else (w.deprel or "dep"),
                    start=offset + start,
                    end=offset + end,
                    sent=s_index,
                    space_after=space,
                )
            )
        last_tok = doc.tokens[-1]
        doc.sentences.append(Sentence(first, last_tok.i + 1, doc.tokens[first].start, last_tok.end, block))
    if len(sent_first) != len(sdoc.sentences):  # an empty stanza sentence: no reliable word index
        sent_first = []
    _append_entities(sdoc, text, offset, doc, sent_first[0] if sent_first else len(doc.tokens))
    if sent_first:
        _append_coref(sdoc, sent_first, doc)


def _original(text: str, start: int, end: int, word: str) -> str:
    """The word as written in the article (the parser saw U+FFFD for undecodable bytes)."""
    piece = text[start:end]
    return piece if parser_text(piece) == word else word


def _space_after(token: Any, text: str, offset: int) -> bool:
    end = offset + token.end_char
    return end < len(text) and text[end].isspace()


def _append_entities(sdoc: Any, text: str, offset: int, doc: Document, region_first: int) -> None:
    ents = list(getattr(sdoc, "ents", None) or [])
    if not ents and any(getattr(t, "ner", None) not in (None, "O") for s in sdoc.sentences for t in s.tokens):
        sdoc.build_ents()
        ents = list(sdoc.ents or [])
    region = doc.tokens[region_first:]
    for ent in ents:
        start, end = offset + ent.start_char, offset + ent.end_char
        inside = [t.i for t in region if t.start >= start and t.end <= end]
        if not inside:
            continue
        a, b = inside[0], inside[-1] + 1
        for t in doc.tokens[a:b]:
            t.ent = ent.type
        s, e = doc.tokens[a].start, doc.tokens[b - 1].end
        doc.entities.append(Entity(a, b, ent.type, s, e, text[s:e]))


def _append_coref(sdoc: Any, sent_first: list[int], doc: Document) -> None:
    for chain in getattr(sdoc, "coref", None) or []:
        mentions: list[tuple[int, int]] = []
        rep = 0
        for m_index, m in enumerate(chain.mentions):
            if isinstance(m.start_word, tuple) or m.sentence >= len(sent_first):
                continue  # zero anaphora (empty nodes) have no tokens to point at
            base = sent_first[m.sentence]
            if m_index == chain.representative_index:
                rep = len(mentions)
            mentions.append((base + m.start_word, base + m.end_word))
        if mentions:
            doc.coref.append(CorefChain(mentions, rep))


# -- the engine ----------------------------------------------------------------------------------------
class StanzaEngine:
    name = "stanza"

    def __init__(self, model: str | None = None, pipeline: Any = None) -> None:
        package = model or DEFAULT_PACKAGE
        if pipeline is not None:
            self.pipeline = pipeline
            self.model = package
            self.version = stanza_version() or "unknown"
            return
        if _stanza_source_dir() is None:
            raise ModelMissingError(
                f"stanza is not installed: run `pip install 'attribution-tracer[stanza]'`, then {INSTALL_HINT}"
            )
        if not stanza_models_installed():
            raise ModelMissingError(
                f"stanza English models are not installed in {stanza_resources_dir()}: {INSTALL_HINT}"
            )
        import stanza

        processors = PROCESSORS + (",coref" if stanza_models_installed(with_coref=True) else "")
        try:
            self.pipeline = stanza.Pipeline(
                LANG, package=package, processors=processors, download_method=None, logging_level="WARN"
            )
        except Exception as exc:  # stanza raises ValueError/FileNotFoundError/ResourcesFileNotFoundError
            raise ModelMissingError(
                f"stanza cannot load its English models ({exc.__class__.__name__}): {INSTALL_HINT}"
            ) from exc
        self.model, self.version = package + ("+coref" if "coref" in processors else ""), stanza_version() or "unknown"

    def annotate(self, items: Iterable[tuple[str, list[Block]]]) -> Iterator[Document]:
        for text, blocks in items:
            doc = Document(text=text, blocks=list(blocks), engine=self.name, model=self.model, version=self.version)
            for start, end, k in parse_regions(text, blocks):
                sdoc = self.pipeline(parser_text(text[start:end]))
                from_stanza(sdoc, text, start, k, doc)
            yield doc
