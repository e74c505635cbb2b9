"""sourcelens: how a piece of writing earns, or fails to earn, a reader's trust.

Five dimensions, every score backed by the exact words it came from: readability,
hedging, sentiment and tone, specificity, provenance (plus caveated style signals).
"""

from __future__ import annotations

from .api import analyze, compare, load
from .errors import InputError, SourcelensError
from .model import (AlignedPair, Comparison, DimensionResult, Document, Evidence, Finding, Metric,
                    Profile, Region, Sentence, Span)

__version__ = "0.1.0"

__all__ = [
    "analyze", "compare", "load",
    "AlignedPair", "Comparison", "DimensionResult", "Document", "Evidence", "Finding", "Metric",
    "Profile", "Region", "Sentence", "Span",
    "InputError", "SourcelensError", "__version__",
]
