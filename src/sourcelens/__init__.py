"""sourcelens: how a piece of writing earns, or fails to earn, a reader's trust.

Five dimensions, every score backed by the exact words it came from: readability,
hedging, sentiment and tone, specificity, provenance (plus caveated style signals).

The names below are imported on first use (PEP 562), so that ``import sourcelens``
(which every submodule import runs first, the command line's included) loads nothing
heavy: the ``sourcelens`` command can then catch a Ctrl-C that arrives while the
analyzers load, instead of printing a traceback.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> the submodule it is defined in
_HOMES = {
    "analyze": "api", "analyze_many": "api", "compare": "api", "load": "api",
    "InputError": "errors", "SourcelensError": "errors",
    **{name: "model" for name in ("AlignedPair", "Comparison", "DimensionResult", "Document", "Evidence",
                                  "Finding", "Metric", "Profile", "Region", "Sentence", "Span")},
}

__all__ = [*_HOMES, "__version__"]

TYPE_CHECKING = False  # typing's own constant, without importing typing at start-up
if TYPE_CHECKING:  # what static tools and readers see
    from .api import analyze, analyze_many, compare, load  # noqa: F401
    from .errors import InputError, SourcelensError  # noqa: F401
    from .model import (AlignedPair, Comparison, DimensionResult, Document, Evidence,  # noqa: F401
                        Finding, Metric, Profile, Region, Sentence, Span)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
