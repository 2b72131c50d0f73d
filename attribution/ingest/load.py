"""``load_articles``: paths, folders, globs and a manifest -> articles + per-file failures.

A bad individual input never stops a run: it becomes a ``Failure`` with a one-line
message and the rest is read. Only problems with the call as a whole (nothing
given, nothing but an empty folder, a malformed manifest, an unknown encoding)
raise; a folder with no articles next to other inputs is one more failure.
Output order depends only on the inputs' contents and names, never on the
order the paths were given in.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import glob
import os
import stat
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..article import ArticleInput
from ..errors import InputError
from .build import build_article
from .decode import DecodeFailure
from .manifest import Manifest, ManifestRow, load_manifest, real
from .readers import ARTICLE_EXTENSIONS, NotArticles, RawArticle, reader_for

#: Default size limit per input file (bytes); larger files are refused, not truncated.
DEFAULT_MAX_BYTES = 10_000_000

_GLOB_CHARS = frozenset("*?[")
MISSING_MESSAGE = "no such file or folder: check the path"
LOOP_MESSAGE = "is a symbolic link loop (its links lead back to themselves): fix or remove the link"
VANISHED_MESSAGE = "vanished before it was read (moved or deleted during the run?): check the path and run again"
UNREADABLE_FOLDER = "cannot open this folder ({reason}): its articles were not read: check its permissions"
EMPTY_FOLDER_START = "folder has no article files"
EMPTY_FOLDER_MESSAGE = f"{EMPTY_FOLDER_START} (.txt .text .md .html .htm .json .jsonl): check the path"
#: Files of these types in a folder are documents a user meant as articles but that are not text: named when
#: a folder walk leaves them out.
DOCUMENT_EXTENSIONS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".epub", ".xps"})


@dataclass
class Failure:
    """One input that could not be read; ``message`` names the problem and the fix."""

    path: str
    message: str


@dataclass
class IngestResult:
    articles: list[ArticleInput] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Input:
    display: str  # the path as the user gave it (or folder + relative path)
    key: str  # real path, for de-duplication and manifest look-up
    explicit: bool  # named by the user (vs found in a folder / by a glob)


def _unreachable(path: str, err: OSError | None = None, *, listed: bool = True) -> str:
    """Why ``path`` cannot be reached, in words a user can act on: a link loop, a link to nothing, a
    file that went away since it was listed, a folder above it that cannot be entered, or not there.
    ``err`` is the error of a stat already tried; ``listed`` says the path was found (in a folder walk
    or by a glob) before it went missing."""
    if err is None:
        try:
            os.stat(path)
        except OSError as exc:
            err = exc
        else:
            return MISSING_MESSAGE
    if err.errno == errno.ELOOP:
        return LOOP_MESSAGE
    if err.errno in (errno.ENOENT, errno.ENOTDIR) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"is a symbolic link to {target!r}, which does not exist: fix or remove the link"
    if err.errno == errno.EACCES:
        return f"cannot reach it ({err.strerror}): check the permissions of the folders above it"
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return VANISHED_MESSAGE if listed else MISSING_MESSAGE
    return f"cannot read ({err.strerror}): check the path and its permissions"


def _format_bytes(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} KB"
    return f"{n} bytes"


def _real_file(path: str, folders: dict[str, str]) -> str:
    """``real(path)`` for a file found in a folder walk, resolving each folder once (``folders`` keeps them):
    a file that is not itself a link is its real folder plus its name. 100,000 files each resolved
    component by component cost seconds."""
    head, tail = os.path.split(path)
    if not tail or tail in (".", "..") or os.path.islink(path):
        return real(path)
    folder = folders.get(head)
    if folder is None:
        folder = folders[head] = real(head or os.curdir)
    return os.path.normcase(os.path.join(folder, tail))


def _walk(
    folder: str,
    skip: set[str],
    folders: dict[str, str] | None = None,
    documents: list[str] | None = None,
    failures: list[Failure] | None = None,
) -> list[str]:
    """Article files under ``folder`` (recursive, hidden entries skipped), sorted. Document files that are not
    text (PDF, Word, ...) are left out and, when ``documents`` is given, listed there: a user who drops them in
    expects them read. A folder that cannot be opened is a failure (in ``failures``): its articles would be
    lost without a word."""
    folders = {} if folders is None else folders
    found: list[str] = []

    def unreadable(err: OSError) -> None:
        if failures is not None:
            where = err.filename if isinstance(err.filename, str) else folder
            failures.append(Failure(where, UNREADABLE_FOLDER.format(reason=err.strerror or type(err).__name__)))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith("."):
                continue
            ext = os.path.splitext(name)[1].lower()
            if ext not in ARTICLE_EXTENSIONS:
                if documents is not None and ext in DOCUMENT_EXTENSIONS:
                    documents.append(os.path.join(root, name))
                continue
            full = os.path.join(root, name)
            if _real_file(full, folders) in skip:
                continue
            found.append(full)
    return found


def _safe_glob(pattern: str, failures: list[Failure] | None = None) -> list[str]:
    """``glob.glob(pattern, recursive=True)``, except that ``**`` never enters a folder through a link.

    The stdlib's recursive glob follows links to folders, so a folder with a link to itself (or
    to its parent) makes it run until the path is too long, exponentially with several links.
    Here the folder under the pattern's fixed prefix is walked once with ``os.walk`` (links to
    folders are listed, never entered) and each path is matched part by part (``**`` = any number
    of folders; wildcards never match a hidden name, as in glob).
    """
    if "**" not in pattern:
        return glob.glob(pattern)
    parts = pattern.replace(os.sep, "/").split("/")
    fixed: list[str] = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    rest = parts[len(fixed) :]
    base = "/".join(fixed) or "."
    if pattern.startswith("/") and not fixed[1:]:
        base = "/"
    if not os.path.isdir(base):
        return []

    @cache
    def match(names: tuple[str, ...], i: int, j: int) -> bool:
        if i == len(rest):
            return j == len(names)
        if rest[i] == "**":
            if match(names, i + 1, j):
                return True
            return j < len(names) and not names[j].startswith(".") and match(names, i, j + 1)
        if j == len(names):
            return False
        name = names[j]
        if name.startswith(".") and not rest[i].startswith("."):
            return False
        return fnmatch.fnmatchcase(name, rest[i]) and match(names, i + 1, j + 1)

    found: list[str] = []
    def unreadable(err: OSError) -> None:  # a folder under the pattern that cannot be opened: named, not skipped
        if failures is not None:
            where = err.filename if isinstance(err.filename, str) else base
            failures.append(Failure(where, UNREADABLE_FOLDER.format(reason=err.strerror or type(err).__name__)))

    for root, dirs, files in os.walk(base, onerror=unreadable):  # followlinks=False: a link is never entered
        dirs.sort()
        rel = os.path.relpath(root, base)
        prefix = () if rel == "." else tuple(rel.replace(os.sep, "/").split("/"))
        for name in sorted(dirs) + sorted(files):
            if match((*prefix, name), 0, 0):
                full = os.path.join(root, name)
                found.append(full[2:] if base == "." and full.startswith("./") else full)
        match.cache_clear()
    return found


def _documents_message(documents: list[str], *, among: bool = False) -> str:
    """The line for document files (PDF, Word, ...) found in a folder walk and not read."""
    exts = " ".join(sorted({os.path.splitext(d)[1].lower() for d in documents}))
    one = len(documents) == 1
    what = f"{len(documents)} document file{'' if one else 's'} that {'is' if one else 'are'} not text ({exts})"
    them = "it" if one else "them"
    if among:
        return f"{what}: convert {them} to .txt, .html, .json or .jsonl to include {them}"
    return f"folder has no article files, only {what}: convert {them} to .txt, .html, .json or .jsonl first"


def _expand(
    paths: Sequence[str | os.PathLike[str]],
    skip: set[str],
    failures: list[Failure],
    warnings: list[str] | None = None,
) -> list[_Input]:
    inputs: list[_Input] = []
    folders: dict[str, str] = {}  # real paths of the folders walked in this call
    for p in paths:
        sp = os.fspath(p)
        if os.path.isdir(sp):
            documents: list[str] = []
            unopened: list[Failure] = []
            files = _walk(sp, skip, folders, documents, unopened)
            failures.extend(unopened)
            if not files and any(f.path == sp for f in unopened):  # the folder itself cannot be opened
                continue
            if not files:
                # a failure of this input only: the other paths of the batch are still read
                # (load_articles raises it when nothing else was found)
                failures.append(Failure(sp, _documents_message(documents) if documents else EMPTY_FOLDER_MESSAGE))
                continue
            if documents and warnings is not None:
                warnings.append(f"{sp}: skipped {_documents_message(documents, among=True)}")
            inputs.extend(_Input(f, _real_file(f, folders), False) for f in files)
        elif os.path.exists(sp):
            inputs.append(_Input(sp, real(sp), True))
        elif _GLOB_CHARS & set(sp):
            matches = sorted(_safe_glob(sp, failures))
            before = len(inputs)
            for m in matches:
                if os.path.isdir(m) and not os.path.islink(m):
                    found = _walk(m, skip, folders, failures=failures)
                    inputs.extend(_Input(f, _real_file(f, folders), False) for f in found)
                elif os.path.splitext(m)[1].lower() in ARTICLE_EXTENSIONS and real(m) not in skip:
                    inputs.append(_Input(m, real(m), False))
            if len(inputs) == before:
                failures.append(
                    Failure(sp, "pattern matched no article files: check the pattern (quote it so the shell keeps it)")
                )
        else:
            failures.append(Failure(sp, _unreachable(sp, listed=False)))
    # the same file reached twice (named and inside a folder): keep one, by its shortest display path
    by_key: dict[str, _Input] = {}
    for inp in inputs:
        old = by_key.get(inp.key)
        if old is None or (len(inp.display), inp.display) < (len(old.display), old.display):
            by_key[inp.key] = _Input(inp.display, inp.key, inp.explicit or (old.explicit if old else False))
        elif inp.explicit:
            old.explicit = True
    return sorted(by_key.values(), key=lambda i: (i.display, i.key))


def _file_ids(inputs: list[_Input]) -> dict[str, str]:
    """key -> article id: the file name, with parent folders only where names collide."""
    groups: dict[str, list[_Input]] = defaultdict(list)
    for inp in inputs:
        groups[os.path.basename(inp.display)].append(inp)
    ids: dict[str, str] = {}
    for name, group in groups.items():
        if len(group) == 1:
            ids[group[0].key] = name
            continue
        parts = {i.key: os.path.abspath(i.display).replace("\\", "/").split("/") for i in group}
        depth = 2
        while True:
            cands = {k: "/".join(p[-depth:]) for k, p in parts.items()}
            if len(set(cands.values())) == len(cands) or depth > max(len(p) for p in parts.values()):
                break
            depth += 1
        ids.update(cands)
    return ids


def _read_one(inp: _Input, encoding: str | None, max_bytes: int) -> tuple[list[RawArticle], list[str], list[str]]:
    """(articles, failure messages, warnings) of one file; raises DecodeFailure for a whole-file failure."""
    try:
        st = os.stat(inp.display)
    except OSError as err:
        raise DecodeFailure(_unreachable(inp.display, err)) from None
    if not stat.S_ISREG(st.st_mode):
        # refused by type before opening: a FIFO would block forever, a device never end
        raise DecodeFailure(f"is {_kind(st.st_mode)}, not a regular file: give article files only")
    size = st.st_size
    if size > max_bytes:
        raise DecodeFailure(
            f"file is {_format_bytes(size)}, over the {_format_bytes(max_bytes)} limit: "
            "split it, or raise the limit with --max-bytes"
        )
    if size == 0:
        raise DecodeFailure("file is empty: remove it from the inputs or add the article text")
    try:
        fd = os.open(inp.display, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise DecodeFailure("was replaced by something that is not a regular file: give article files only")
            data = fh.read(max_bytes + 1)
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR):  # removed or relinked since the stat
            raise DecodeFailure(_unreachable(inp.display, err)) from None
        raise DecodeFailure(f"cannot read ({err.strerror}): check the path and its permissions") from None
    if len(data) > max_bytes:  # grew since stat
        raise DecodeFailure(
            f"file is over the {_format_bytes(max_bytes)} limit: split it, or raise the limit with --max-bytes"
        )
    read = reader_for(os.path.splitext(inp.display)[1])
    result = read(data, encoding)
    return result.articles, result.record_failures, result.warnings


def _kind(mode: int) -> str:
    for test, what in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return what
    return "a special file"


def _apply(raw: RawArticle, row: ManifestRow | None, *, id: str, path: str) -> ArticleInput:
    outlet, evidence = raw.outlet, raw.outlet_evidence
    title, url, published = raw.title, raw.url, raw.published
    if row is not None:  # manifest fields override everything inferred or recorded
        if row.outlet:
            outlet, evidence = row.outlet, "manifest"
        title = row.title or title
        url = row.url or url
        published = row.published or published
    return build_article(
        raw.text,
        id=id,
        path=path,
        outlet=outlet,
        outlet_evidence=evidence,
        title=title,
        url=url,
        published=published,
        notes=raw.notes,
    )


def load_articles(
    paths: Sequence[str | os.PathLike[str]],
    manifest: str | os.PathLike[str] | None = None,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    manifest_outside: bool = False,
) -> IngestResult:
    """Read articles from files, folders (recursive) and glob patterns, with an optional manifest.

    With a manifest and no paths, the manifest's files are the inputs. Articles are
    sorted by id; duplicates (same text) are kept once with a warning.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    _check_options(paths, manifest, encoding, max_bytes)
    result = IngestResult()
    man: Manifest | None = load_manifest(manifest, allow_outside=manifest_outside) if manifest is not None else None
    inputs = _inputs(paths, man, result)
    ids = _file_ids(inputs)
    articles: list[ArticleInput] = []
    for inp in inputs:
        raws = _read_input(inp, encoding, max_bytes, result)
        row = man.rows.get(inp.key) if man else None
        articles.extend(_apply(raw, row, id=_article_id(raw, ids[inp.key]), path=inp.display) for raw in raws)
    result.articles = _dedupe(_unique_ids(articles, result.warnings), result.warnings)
    result.failures.sort(key=lambda f: (f.path, f.message))
    return result


def _check_options(
    paths: Sequence[str | os.PathLike[str]], manifest: object, encoding: str | None, max_bytes: int
) -> None:
    """The call's own mistakes, before any file is read: nothing to read, an unknown encoding, a size limit."""
    if not paths and manifest is None:
        raise InputError("no input given: pass article files, folders or glob patterns, or a --manifest")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}': use a name like utf-8, latin-1 or cp1252") from None
    if max_bytes <= 0:
        raise InputError(f"--max-bytes must be a positive number of bytes, not {max_bytes}")


def _inputs(paths: Sequence[str | os.PathLike[str]], man: Manifest | None, result: IngestResult) -> list[_Input]:
    """The files to read: the paths expanded (or the manifest's files when no path is given), failures and
    warnings recorded in ``result``; a call with nothing to read because a named folder is empty fails whole."""
    skip: set[str] = {real(man.path)} if man else set()
    if man:
        result.warnings.extend(man.warnings)
    inputs = _expand(list(paths) if paths else (man.files if man else []), skip, result.failures, result.warnings)
    if man and not paths:  # a file the manifest lists but that is not there: the row to fix is named too
        result.failures = [
            Failure(
                f.path, f"no such file (listed at {man.path} {man.rows_of[f.path]}): check the path or fix that row"
            )
            if f.message == MISSING_MESSAGE and f.path in man.rows_of
            else f
            for f in result.failures
        ]
    if not inputs:
        empty = [f for f in result.failures if f.message.startswith(EMPTY_FOLDER_START)]
        if empty:  # nothing to read at all, and a folder the user named is empty: the call as a whole fails
            raise InputError(empty[0].message, path=empty[0].path)
    return inputs


def _read_input(inp: _Input, encoding: str | None, max_bytes: int, result: IngestResult) -> list[RawArticle]:
    """One file's articles; a file that cannot be read is a failure (a warning for a file found by a folder
    walk that holds no articles) and gives none: one bad file never stops the batch."""
    try:
        raws, record_failures, warnings = _read_one(inp, encoding, max_bytes)
    except NotArticles as err:
        if inp.explicit:
            result.failures.append(Failure(inp.display, str(err)))
        else:
            result.warnings.append(f"{inp.display}: skipped, {err}")
        return []
    except DecodeFailure as err:
        result.failures.append(Failure(inp.display, str(err)))
        return []
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the run
        result.failures.append(
            Failure(inp.display, f"unexpected error while reading ({type(err).__name__}: {err}): please report this")
        )
        return []
    result.failures.extend(Failure(inp.display, m) for m in record_failures)
    result.warnings.extend(f"{inp.display}: {w}" for w in warnings)
    return raws


def _article_id(raw: RawArticle, file_id: str) -> str:
    """A record's own id, else its file's id with the record's number in a many-record file, else the file's."""
    if raw.record_id:
        return raw.record_id
    if raw.record_no is not None:
        return f"{file_id}#{raw.record_no}"
    return file_id


def _unique_ids(articles: list[ArticleInput], warnings: list[str]) -> list[ArticleInput]:
    """Records from different files may share an explicit id: suffix later ones "~2", "~3"."""
    articles = sorted(articles, key=lambda a: (a.id, a.path or ""))
    taken: set[str] = {a.id for a in articles}
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            n = 2
            while f"{a.id}~{n}" in taken:
                n += 1
            new = f"{a.id}~{n}"
            warnings.append(f"{a.path}: id '{a.id}' is used by another article; renamed to '{new}'")
            taken.add(new)
            a.id = new
        seen.add(a.id)
    return sorted(articles, key=lambda a: a.id)


def _dedupe(articles: list[ArticleInput], warnings: list[str]) -> list[ArticleInput]:
    """Keep the first (by id) of articles with the same text, and say which were dropped."""
    kept: list[ArticleInput] = []
    first: dict[str, ArticleInput] = {}
    for a in articles:
        key = a.text.strip()
        if key in first:
            k = first[key]
            warnings.append(f"duplicate article: {a.id} ({a.path}) has the same text as {k.id} ({k.path}); kept {k.id}")
            continue
        first[key] = a
        kept.append(a)
    return kept
