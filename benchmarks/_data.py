"""Where the evaluation scripts find the annotated development data.

The data is NOT part of the project (several sets may not be redistributed). The
scripts read it from ``--data DIR``, else ``$SOURCELENS_DATA``, else ``../shared/data``
beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def data_root(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("SOURCELENS_DATA"):
        return Path(os.environ["SOURCELENS_DATA"])
    return REPO.parent / "shared" / "data"
