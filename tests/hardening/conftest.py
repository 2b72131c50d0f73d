"""Hardening fixtures: run the real CLI in-process or as a subprocess, and write odd inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: A well-formed article written for these tests; every bad-input batch carries it and
#: asserts it was still processed.
GOOD_TEXT = (
    "The harbour master said the northern pier would reopen on Friday after repairs.\n\n"
    "Officials at the port authority confirmed the date, according to a statement released on Monday.\n"
)


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def article_ids(self, output: Path | None = None) -> list[str]:
        data = json.loads(output.read_text(encoding="utf-8") if output else self.out)
        return [a["id"] for a in data["articles"]]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """``attribution.cli.main`` with stdout/stderr captured; spaCy engine, quiet (no warnings)."""
    from attribution.cli import main

    def run(*argv: str | os.PathLike[str], quiet: bool = True) -> CliResult:
        args = [os.fspath(a) for a in argv]
        if args[0] in ("report", "extract"):
            args += ["--engine", "spacy"] + (["-q"] if quiet else [])
        capsys.readouterr()
        code = main(args)
        cap = capsys.readouterr()
        return CliResult(code, cap.out, cap.err)

    return run


def subprocess_cli(
    argv: Sequence[str | os.PathLike[str]], *, env: dict[str, str] | None = None, timeout: float = 600
) -> CliResult:
    """``python -m attribution ...`` in a child process (the cache dir is inherited from the suite)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", *[os.fspath(a) for a in argv]],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=full_env,
        timeout=timeout,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def assert_one_clear_line(result: CliResult, name: str, *, hint: str | None = None) -> str:
    """Exactly one stderr line names ``name``; it says what to do (``: `` then advice); no traceback."""
    assert "Traceback" not in result.err, result.err
    lines = [line for line in result.err_lines if name in line]
    assert len(lines) == 1, result.err
    line = lines[0]
    assert line.startswith("attribution: ")
    # "<file>: <problem>: <what to do>" -- the advice follows the problem
    assert line.count(": ") >= 2, line
    if hint is not None:
        assert hint in line, line
    return line
