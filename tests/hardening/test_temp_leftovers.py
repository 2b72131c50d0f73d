"""A writer killed mid-write leaves no lasting `.tmp-*.part` file, and the sweep removes nothing else.

Cache entries are written to a temporary file in the cache's private `.tmp` folder and renamed into
place; a process killed in between (a pool worker taken by the out-of-memory killer) leaves that file.
Every run with a cache sweeps the folder at its start and end (`cachefs.sweep_temp`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from attribution.cachefs import STALE_TEMP_SECONDS, TEMP_SUBDIR, sweep_temp, write_entry

ROOT = Path(__file__).resolve().parents[2]

#: A child that writes one cache entry and is killed halfway through writing it.
HALF_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from attribution import cachefs

    real = os.fdopen

    class Half:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.handle.close()
        def write(self, blob):
            self.handle.write(blob[: len(blob) // 2])
            self.handle.flush()
            print("half written", flush=True)
            time.sleep(60)

    os.fdopen = lambda fd, mode: Half(real(fd, mode))
    root = Path(sys.argv[1])
    cachefs.write_entry(root / "annotations-v1" / "ab" / "abc.json.z", b"M1", b"x" * 100_000, root / ".tmp")
    """
)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_writer_killed_mid_write_leaves_a_file_the_next_sweep_removes(tmp_path: Path):
    root = tmp_path / "cache"
    child = subprocess.Popen([sys.executable, "-c", HALF_WRITER, str(root)], stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"half written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    leftovers = list((root / TEMP_SUBDIR).iterdir())
    assert [p.name.startswith(f".tmp-{child.pid}-") for p in leftovers] == [True]  # only in .tmp
    assert not (root / "annotations-v1" / "ab" / "abc.json.z").exists()  # never a half entry
    assert sweep_temp(root / TEMP_SUBDIR) == 1
    assert list((root / TEMP_SUBDIR).iterdir()) == []


def test_the_sweep_removes_only_our_leftovers(tmp_path: Path):
    tmp = tmp_path / TEMP_SUBDIR
    tmp.mkdir(mode=0o700)
    dead, alive = _dead_pid(), os.getppid()
    gone = [f".tmp-{dead}-1-0.part", ".tmp-a1b2c3_x.part"]  # a dead writer's; a random name, old
    kept = {
        f".tmp-{alive}-1-0.part": "a live writer's, recent",
        f".tmp-{os.getpid()}-1-0.part": "this process's own, recent",
        "notes.txt": "not our name",
        f".tmp-{dead}-1-0.partial": "not our name",
        ".tmp-recent.part": "a random name, recent",
    }
    for name in [*gone, *kept]:
        (tmp / name).write_bytes(b"x")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(tmp / ".tmp-a1b2c3_x.part", (old, old))
    target = tmp_path / "precious"
    target.write_bytes(b"keep me")
    os.symlink(target, tmp / f".tmp-{dead}-2-0.part")  # named like ours, but a link: never followed nor removed
    kept[f".tmp-{dead}-2-0.part"] = "a link"
    sub = tmp / f".tmp-{dead}-3-0.part"
    sub.mkdir()  # a folder named like ours: left alone
    kept[sub.name] = "a folder"

    assert sweep_temp(tmp) == len(gone)
    assert sorted(p.name for p in tmp.iterdir()) == sorted(kept)
    assert target.read_bytes() == b"keep me"


def test_an_old_leftover_goes_even_when_its_pid_lives_again(tmp_path: Path):
    tmp = tmp_path / TEMP_SUBDIR
    tmp.mkdir()
    stale = tmp / f".tmp-{os.getppid()}-1-0.part"  # a pid reused by a live process since
    stale.write_bytes(b"x")
    old = time.time() - STALE_TEMP_SECONDS - 1
    os.utime(stale, (old, old))
    assert sweep_temp(tmp) == 1


@pytest.mark.parametrize("kind", ["missing", "file", "link"])
def test_a_temp_folder_that_is_not_a_plain_folder_is_left_alone(tmp_path: Path, kind: str):
    real = tmp_path / "real"
    real.mkdir()
    (real / f".tmp-{_dead_pid()}-1-0.part").write_bytes(b"x")
    tmp = tmp_path / TEMP_SUBDIR
    if kind == "file":
        tmp.write_bytes(b"x")
    elif kind == "link":
        os.symlink(real, tmp)
    assert sweep_temp(tmp) == 0
    assert len(list(real.iterdir())) == 1


def test_entries_are_written_through_the_private_temp_folder(tmp_path: Path):
    root = tmp_path / "cache"
    path = root / "analyses-v2" / "cd" / "cde.json.z"
    assert write_entry(path, b"M1", b"payload", root / TEMP_SUBDIR)
    assert path.is_file()
    assert (root / TEMP_SUBDIR).stat().st_mode & 0o777 == 0o700
    assert list((root / TEMP_SUBDIR).iterdir()) == []


def test_a_run_sweeps_leftovers_of_an_earlier_killed_run(cli, good: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    assert cli("report", good, "--cache-dir", cache, "-o", tmp_path / "one.md").code == 0
    leftover = cache / TEMP_SUBDIR / f".tmp-{_dead_pid()}-7-0.part"
    leftover.write_bytes(b"half an entry")
    assert cli("report", good, "--cache-dir", cache, "-o", tmp_path / "two.md").code == 0
    assert not leftover.exists()
    assert (tmp_path / "one.md").read_bytes() == (tmp_path / "two.md").read_bytes()
