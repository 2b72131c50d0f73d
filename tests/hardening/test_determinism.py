"""The same inputs give byte-identical reports whatever the argument order, hash seed or worker count."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import ROOT, CliResult, subprocess_cli

SEEDS = ROOT / "fixtures" / "seeds"


def _seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_argument_order_does_not_change_a_byte(fmt: str, cli: Callable[..., CliResult]) -> None:
    files = _seed_files()
    forward = cli("report", *files, "--format", fmt)
    backward = cli("report", *reversed(files), "--format", fmt)
    shuffled = cli("report", *files[2:], *files[:2], "--format", fmt)
    assert forward.code == backward.code == shuffled.code == 0
    assert forward.out == backward.out == shuffled.out
    assert len(forward.out) > 1000


def test_folder_and_file_list_give_the_same_report(cli: Callable[..., CliResult]) -> None:
    by_folder = cli("report", SEEDS, "--format", "json")
    by_files = cli("report", *_seed_files(), "--format", "json")
    assert by_folder.out == by_files.out


def test_hash_seed_does_not_change_a_byte(tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"report-{seed}.md"
        json_out = tmp_path / f"report-{seed}.json"
        for target, fmt in ((out, "markdown"), (json_out, "json")):
            result = subprocess_cli(["report", SEEDS, "--engine", "spacy", "-q", "--format", fmt, "-o", target],
                                    env={"PYTHONHASHSEED": seed})
            assert result.code == 0, result.err
        outs.append((out.read_bytes(), json_out.read_bytes()))
    assert outs[0] == outs[1]


def test_worker_count_does_not_change_a_byte(tmp_path: Path) -> None:
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"report-{workers}.json"
        # a fresh cache each: the workers really parse
        result = subprocess_cli(["report", SEEDS, "--engine", "spacy", "-q", "--format", "json", "-o", out,
                                 "--workers", workers, "--cache-dir", tmp_path / f"cache-{workers}"])
        assert result.code == 0, result.err
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_a_warm_cache_gives_the_same_bytes_as_a_cold_run(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    cold = cli("report", SEEDS, "--format", "json", "--no-cache")
    warm1 = cli("report", SEEDS, "--format", "json", "--cache-dir", tmp_path / "c")
    warm2 = cli("report", SEEDS, "--format", "json", "--cache-dir", tmp_path / "c")
    assert cold.out == warm1.out == warm2.out
