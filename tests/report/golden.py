"""Golden files: compare bytes; ``ATTRIBUTION_UPDATE_GOLDEN=1`` rewrites them (check the diff by eye)."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
UPDATE_ENV = "ATTRIBUTION_UPDATE_GOLDEN"


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN_DIR / name
    data = text.encode("utf-8")
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    assert path.exists(), f"{path} is missing: run with {UPDATE_ENV}=1 once, then review it"
    expected = path.read_bytes()
    if data != expected:
        import difflib

        diff = "\n".join(
            difflib.unified_diff(
                expected.decode("utf-8").splitlines(), text.splitlines(), "golden", "rendered", lineterm="", n=2
            )
        )
        raise AssertionError(f"{name} differs from the golden file ({UPDATE_ENV}=1 rewrites it):\n{diff[:6000]}")
