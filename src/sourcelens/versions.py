"""The versions that produced a profile, so a researcher can cite and reproduce it."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

PACKAGES = ("sourcelens", "click", "vaderSentiment", "scikit-learn", "textstat")


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out
