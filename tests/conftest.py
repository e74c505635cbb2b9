"""Shared fixtures: the sample articles and a place for the annotated data (optional)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
PEER = SAMPLES / "peer-reviewed.txt"
GENERATED = SAMPLES / "generated.txt"


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
