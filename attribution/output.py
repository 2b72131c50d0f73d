"""Writing results without ever losing what the user had.

Every output file is written to a temporary file in the same folder and renamed
over the target in one step, so an interrupted run leaves either the old file or
the new one, never half of one. An output path that is one of the inputs is
refused before any work is done, and so is one that is not a regular file or a
new path (a device such as ``/dev/null``, a FIFO, a socket, a symbolic link: replacing
it would destroy it) or a read-only file. ``-`` means standard output.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError


def _would_be_read(resolved: Path, item: str | os.PathLike[str]) -> bool:
    """Is the existing file ``resolved`` one that input ``item`` (file, folder or glob) makes us read?"""
    from .ingest import ARTICLE_EXTENSIONS

    p = Path(item)
    if p.is_file():
        return p.resolve() == resolved
    is_article = resolved.suffix.lower() in ARTICLE_EXTENSIONS
    if p.is_dir():
        return is_article and p.resolve() in resolved.parents
    if set(os.fspath(item)) & set("*?["):
        return is_article and any(
            Path(m).resolve() == resolved or Path(m).resolve() in resolved.parents
            for m in glob.glob(os.fspath(item), recursive=True)
        )
    return False


def check_output_path(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Refuse an output that is an input file, a folder, or in a folder we cannot write.

    An input is a file named, an article file inside a folder given, or a glob's match:
    overwriting any of them would destroy the user's article.
    """
    out = Path(output)
    _check_kind(output)
    resolved = out.resolve()
    if out.is_file():
        for item in inputs:
            if _would_be_read(resolved, item):
                raise OutputError("the output file is one of the inputs: choose another -o path", path=str(output))
    if out.is_dir():
        raise OutputError("the output path is a folder: give a file name", path=str(output))
    parent = resolved.parent
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{parent} is a file, not a folder: choose another -o path", path=str(output))
    if not parent.is_dir():
        raise OutputError(f"folder {parent} does not exist: create it or choose another -o path", path=str(output))
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write in {parent}: choose another -o path", path=str(output))
    return out


STDOUT = "-"
#: What a terminal would act on or hide: C0/C1 controls (escape sequences, bell, carriage return),
#: bidi and zero-width controls, lone surrogates (undecodable file names).
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """``text`` for one terminal line: every control or invisible character shown as an escape (``\\x1b``)."""

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group(0))
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _TERMINAL_UNSAFE.sub(escape, text)
_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_kind(output: str | os.PathLike[str]) -> None:
    """Refuse an existing output that is not a regular file, or that is read-only (never replace it)."""
    try:
        st = os.lstat(output)
    except (FileNotFoundError, NotADirectoryError):
        return  # a new path (a parent that is not a folder is named by the caller's checks)
    except OSError as exc:
        raise OutputError(
            f"cannot check the output path ({exc.strerror}): choose another -o path", path=str(output)
        ) from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputError(
            "the output path is a symbolic link (writing would replace the link): give the real file's path",
            path=str(output),
        )
    for test, what in _KINDS:
        if test(st.st_mode):
            raise OutputError(
                f"the output path is {what}, not a regular file: give a file name, or -o - for standard output",
                path=str(output),
            )
    if stat.S_ISREG(st.st_mode) and (not st.st_mode & 0o222 or not os.access(output, os.W_OK)):
        raise OutputError(
            "the output file is read-only: choose another -o path, or make it writable first", path=str(output)
        )


def check_not_an_input(output: str | os.PathLike[str], input_paths: Iterable[str | None]) -> None:
    """After ingest: refuse an output that is a file some article was read from (e.g. listed in a manifest)."""
    resolved = Path(output).resolve()
    if not Path(output).is_file():
        return
    for p in input_paths:
        if p and Path(p).resolve() == resolved:
            raise OutputError("the output file is one of the inputs: choose another -o path", path=str(output))


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file in the same folder, then rename)."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _check_kind(path)  # again, just before replacing: the path may have changed during the run
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent or "."))
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}; choose another -o path", path=str(path)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            # keep the user's permission bits on the file we replace
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        _silent_unlink(tmp)
        raise OutputError(f"cannot write: {exc.strerror or exc}; choose another -o path", path=str(path)) from exc
    except BaseException:
        _silent_unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _silent_unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
