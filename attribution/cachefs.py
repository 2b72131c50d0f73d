"""Cache files that hold data, never code: a private folder, bounded reads of regular files only.

Both caches (``nlp/annotate.py``: parses; ``analysis_cache.py``: per-article analyses and whole
reports) store ``MAGIC + sha256(packed) + packed`` where ``packed`` is zlib-compressed JSON that is
read back into our own typed models with validation. What this module guarantees:

* **No code on a read path.** Entries are JSON; nothing here (or in the callers) unpickles,
  unmarshals or opens a shelf. The checksum only catches damage (it has no secret): a forged
  entry can at worst be a wrong *answer*, which the private folder below keeps others from planting.
* **Private folder.** The cache folder is created ``0700``; an existing one that another user owns,
  or that other users may write (the world write bit, or the group write bit of a group other than
  the user's private one, without the sticky bit), is refused with a one-line reason and the run goes
  on without a cache.
* **Only regular files, bounded.** An entry is ``lstat``ed before it is opened (a FIFO, device,
  socket or symbolic link is refused without opening it), opened with ``O_NOFOLLOW | O_NONBLOCK``,
  checked again on the open descriptor, refused when larger than ``MAX_ENTRY_BYTES``, and
  decompressed to at most ``MAX_PAYLOAD_BYTES``. Any problem is a miss, never an error.
* **Atomic writes.** Entries go to a temporary file (in the cache's private ``.tmp`` folder, or
  beside the target) and are renamed over the target, so readers never see half an entry.
* **No leftovers.** A process killed while writing (a pool worker taken by the out-of-memory
  killer, ``kill -9``) leaves its temporary file behind; ``sweep_temp`` removes such files from the
  ``.tmp`` folder: only regular files we own, named as we name them, whose writer is dead (the pid in
  the name) or that are older than ``STALE_TEMP_SECONDS``. The orchestrator sweeps at the start and
  at the end of every run with a cache. Removing a file a live writer still needs costs that writer
  one entry (its rename fails: a miss), never a wrong one.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import re
import stat
import tempfile
import threading
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

#: Largest entry file read (compressed bytes); a larger one is a miss.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
#: Largest decompressed payload; decompression stops there (a "zip bomb" is a miss, not 23 GB of memory).
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
_DIGEST = 32
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class DamagedEntry(ValueError):
    """An entry that is not ours or not whole: the caller treats it as a miss."""


def _owner_ok(st: os.stat_result) -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or st.st_uid == geteuid()


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` (existing) must not hold cache entries, or None when it is private enough."""
    try:
        st = os.lstat(folder)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISLNK(st.st_mode):
        # a link is followed only if it points at a folder that passes the same checks
        try:
            st = os.stat(folder)
        except OSError as exc:
            return f"is a broken link ({exc.strerror})"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a folder"
    if not _owner_ok(st):
        return f"belongs to another user (uid {st.st_uid})"
    shared = stat.S_IWOTH | (0 if _private_group(st.st_gid) else stat.S_IWGRP)
    if st.st_mode & shared and not st.st_mode & stat.S_ISVTX:
        return f"is writable by other users (mode {stat.S_IMODE(st.st_mode):03o})"
    return None


def _private_group(gid: int) -> bool:
    """Is ``gid`` this user's own group (named after the user, no other members: "user private groups",
    where a umask of 002 makes every folder group-writable without sharing it with anyone)?"""
    try:
        import grp
        import pwd

        group = grp.getgrgid(gid)
        return not group.gr_mem and group.gr_name == pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError, OSError):
        return False


def prepare_folder(folder: Path) -> str | None:
    """Create ``folder`` private to this user (0700) if needed; the reason it is unusable, or None."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except FileExistsError:  # a file, or a link to one or to nothing, where the folder should be
        try:
            os.stat(folder)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "is a symbolic link loop"
            return f"is a symbolic link to nothing ({exc.strerror})"
        return "is a file, not a folder"
    except OSError as exc:
        return f"cannot be created ({exc.strerror or type(exc).__name__})"
    problem = folder_problem(folder)
    if problem is not None:
        return problem
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".probe-")
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        return f"is not writable ({exc.strerror or type(exc).__name__})"
    return None


def read_bounded(path: Path, limit: int = MAX_ENTRY_BYTES) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes owned by us; None when absent.

    Raises ``DamagedEntry`` for anything else (link, FIFO, device, socket, too large, foreign
    owner) without ever blocking on it or reading more than ``limit`` bytes.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DamagedEntry(f"cannot stat ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise DamagedEntry("not a regular file")
    if st.st_size > limit:
        raise DamagedEntry(f"{st.st_size} bytes, over the {limit}-byte bound")
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        raise DamagedEntry(f"cannot open ({exc.strerror})") from None
    try:
        fst = os.fstat(fd)
        if not stat.S_ISREG(fst.st_mode) or (fst.st_dev, fst.st_ino) != (st.st_dev, st.st_ino):
            raise DamagedEntry("replaced while being opened")
        if not _owner_ok(fst):
            raise DamagedEntry("belongs to another user")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            block = os.read(fd, min(left, 1 << 20))
            if not block:
                break
            chunks.append(block)
            left -= len(block)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise DamagedEntry("grew over the bound while being read")
    return data


def read_entry(path: Path, magic: bytes) -> bytes | None:
    """The payload of a ``magic + sha256 + zlib(payload)`` file; None when absent, DamagedEntry when damaged."""
    raw = read_bounded(path)
    if raw is None:
        return None
    if raw[: len(magic)] != magic:
        raise DamagedEntry("bad magic")
    digest, packed = raw[len(magic) : len(magic) + _DIGEST], raw[len(magic) + _DIGEST :]
    if hashlib.sha256(packed).digest() != digest:
        raise DamagedEntry("checksum mismatch")
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(packed, MAX_PAYLOAD_BYTES)
    except zlib.error as exc:
        raise DamagedEntry(f"not zlib data ({exc})") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise DamagedEntry(f"payload over the {MAX_PAYLOAD_BYTES}-byte bound or truncated")
    return payload


def write_entry(path: Path, magic: bytes, payload: bytes | Sequence[bytes], temp_dir: Path | None = None) -> bool:
    """Write ``magic + sha256 + zlib(payload)`` atomically; False when not written (unwritable, too large).

    ``payload`` may be given in parts (compressed one after the other, never joined in memory);
    ``temp_dir`` (on the same file system) holds the temporary file, instead of ``path``'s folder."""
    parts = (payload,) if isinstance(payload, bytes) else tuple(payload)
    if sum(len(p) for p in parts) > MAX_PAYLOAD_BYTES:
        return False
    deflate = zlib.compressobj(1)
    packed = b"".join([*(deflate.compress(p) for p in parts), deflate.flush()])
    if len(packed) + len(magic) + _DIGEST > MAX_ENTRY_BYTES:
        return False
    return atomic_write(path, magic + hashlib.sha256(packed).digest() + packed, temp_dir)


#: Folders this process has made or seen (``os.makedirs`` on every write cost as much as the write
#: itself on batches of tiny articles); a folder removed meanwhile is made again on the first failure.
_made: set[str] = set()
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_serial = itertools.count()


def _temp_beside(path: Path, temp_dir: Path | None = None) -> tuple[int, str]:
    """A new private temporary file in ``temp_dir`` or ``path``'s folder (exclusive create, never through a link)."""
    folder = str(temp_dir if temp_dir is not None else path.parent)
    if folder not in _made:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        _made.add(folder)
    name = os.path.join(folder, f".tmp-{os.getpid()}-{threading.get_ident()}-{next(_serial)}.part")
    try:
        return os.open(name, _WRITE_FLAGS, 0o600), name
    except FileNotFoundError:  # the folder went away (cache cleared mid-run): make it again
        _made.discard(folder)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        _made.add(folder)
    except FileExistsError:  # a leftover of an earlier process with our pid: a random name
        pass
    return tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")


def atomic_write(path: Path, blob: bytes, temp_dir: Path | None = None) -> bool:
    """Write ``blob`` to a temp file (in ``temp_dir``, or beside ``path``) and rename it over; False on OSError."""
    tmp = None
    try:
        fd, tmp = _temp_beside(path, temp_dir)
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        try:
            os.replace(tmp, path)
        except FileNotFoundError:  # the entry's folder is new (or was cleared): made once, then renamed
            if not path.parent.exists():
                os.makedirs(path.parent, mode=0o700, exist_ok=True)
                _made.add(str(path.parent))
            os.replace(tmp, path)
        return True
    except BaseException as exc:  # OSError: a miss next time; Ctrl-C: re-raised, but no orphaned temp file
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):
            return False
        raise


#: Name of the private folder inside a cache folder that holds the temporary files of writes in progress.
TEMP_SUBDIR = ".tmp"
#: A temporary file older than this is a leftover whoever wrote it (a write takes well under a second).
STALE_TEMP_SECONDS = 600.0
#: Our temporary names: ``.tmp-PID-THREAD-SERIAL.part`` (``_temp_beside``), ``.tmp-RANDOM.part`` (``mkstemp``).
_TEMP_NAME = re.compile(r"\.tmp-(?:(\d+)-\d+-\d+|[A-Za-z0-9_]+)\.part")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists (another user's); anything else: assume it does
        return True
    return True


def sweep_temp(folder: Path, *, now: float | None = None) -> int:
    """Remove the leftovers of killed writers from the temporary folder ``folder``; how many were removed.

    Only regular files this user owns, named as ``_temp_beside`` names them, whose writer (the pid in
    the name) is gone or that are older than ``STALE_TEMP_SECONDS``. Nothing is followed through a
    link; a folder that is not ours, or not a folder, is left alone. Never raises."""
    now = time.time() if now is None else now
    try:
        st = os.lstat(folder)
    except OSError:
        return 0
    if not stat.S_ISDIR(st.st_mode) or not _owner_ok(st):
        return 0
    removed = 0
    me = os.getpid()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                match = _TEMP_NAME.fullmatch(entry.name)
                if match is None:
                    continue
                try:
                    est = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if not stat.S_ISREG(est.st_mode) or not _owner_ok(est):
                    continue
                pid = int(match.group(1)) if match.group(1) else None
                dead = pid is not None and pid != me and not _alive(pid)
                if dead or now - est.st_mtime > STALE_TEMP_SECONDS:
                    try:
                        os.unlink(entry.path)
                        removed += 1
                    except OSError:
                        pass
    except OSError:
        pass
    return removed


__all__ = [
    "MAX_ENTRY_BYTES",
    "STALE_TEMP_SECONDS",
    "TEMP_SUBDIR",
    "MAX_PAYLOAD_BYTES",
    "DamagedEntry",
    "atomic_write",
    "folder_problem",
    "prepare_folder",
    "read_bounded",
    "read_entry",
    "sweep_temp",
    "write_entry",
]
