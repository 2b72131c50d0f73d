"""Suite-wide fixtures: an isolated annotation cache, the seed paths, one loaded engine."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Never read or write the user's real cache from tests."""
    os.environ["ATTRIBUTION_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((ROOT / "fixtures" / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_report():
    """The full pipeline on the five seeds, once per session (spaCy engine)."""
    from attribution.pipeline import Options, run

    return run([str(p) for p in sorted(SEEDS.glob("*.txt"))], Options(engine="spacy"))
