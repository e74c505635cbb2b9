"""Shared fixtures: the sample articles and a place for the annotated data (optional)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
PEER = SAMPLES / "peer-reviewed.txt"
GENERATED = SAMPLES / "generated.txt"


@lru_cache(maxsize=1)
def trigger_run_reference() -> re.Pattern[str]:
    """The trigger words of a lower-cased sentence as one trie scan: what figures used
    before its chunk memo, kept as the reference its replacement is tested against
    (every member of TRIGGER_WORDS that occurs as a maximal run of a-z)."""
    from sourcelens.analyzers import figures
    from sourcelens.analyzers.common import trie_regex

    return re.compile(r"(?<![a-z])(?:" + trie_regex(sorted(figures.TRIGGER_WORDS)) + r")(?![a-z])")


def data_root() -> Path:
    return Path(os.environ.get("SOURCELENS_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def peer_profile():
    import sourcelens

    return sourcelens.analyze(sourcelens.load(PEER))


@pytest.fixture(scope="session")
def generated_profile():
    import sourcelens

    return sourcelens.analyze(sourcelens.load(GENERATED))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    root = data_root()
    if not root.is_dir():
        pytest.skip(f"annotated data not available at {root}")
    return root
