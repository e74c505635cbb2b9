"""The library API; the CLI is a thin shell over these three functions.

    >>> import sourcelens
    >>> profile = sourcelens.analyze("South Korea pays 50 per cent of the costs. It may pay more.")
    >>> profile.value("readability.sentences")
    2
"""

from __future__ import annotations

import os
from typing import Iterable, Sequence

from . import analyzers, ingest
from .model import DIMENSIONS, Comparison, Document, Profile
from .versions import versions


def load(path: str | os.PathLike[str]) -> Document:
    """Read the article at ``path`` (``"-"`` for standard input) into a :class:`Document`."""
    return ingest.load(path)


def choose_dimensions(only: Iterable[str] | None = None, skip: Iterable[str] | None = None) -> tuple[str, ...]:
    """The dimensions to run, in report order, validated against the registry."""
    chosen = list(only) if only else list(DIMENSIONS)
    unknown = [d for d in list(chosen) + list(skip or ()) if d not in DIMENSIONS]
    if unknown:
        from .errors import SourcelensError

        raise SourcelensError(f"unknown dimension {unknown[0]!r}; choose from {', '.join(DIMENSIONS)}")
    skipped = set(skip or ())
    return tuple(d for d in DIMENSIONS if d in chosen and d not in skipped)


def analyze(item: str | Document, dimensions: Sequence[str] | None = None) -> Profile:
    """Profile one article: a :class:`Document`, or a string of article text."""
    doc = item if isinstance(item, Document) else ingest.from_text(item)
    dims = tuple(dimensions) if dimensions else DIMENSIONS
    results = tuple(analyzers.run(doc, d) for d in dims)
    return Profile(doc, results, versions())


def compare(items: Sequence[str | Document | Profile], dimensions: Sequence[str] | None = None,
            examples: int = 3) -> Comparison:
    """Compare two or more articles (documents, texts or existing profiles)."""
    from .comparison import build_comparison

    profiles = tuple(p if isinstance(p, Profile) else analyze(p, dimensions) for p in items)
    return build_comparison(profiles, dimensions=tuple(dimensions) if dimensions else DIMENSIONS,
                            examples=examples)
