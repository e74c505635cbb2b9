"""The library API; the CLI is a thin shell over these functions.

    >>> import sourcelens
    >>> profile = sourcelens.analyze("South Korea pays 50 per cent of the costs. It may pay more.")
    >>> profile.value("readability.sentences")
    2
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from . import analyzers, ingest
from .model import DIMENSIONS, Comparison, Document, Profile
from .versions import versions


def load(path: str | os.PathLike[str]) -> Document:
    """Read the article at ``path`` (``"-"`` for standard input) into a :class:`Document`."""
    with cyclic_gc_paused():
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
    return analyze_many([item], dimensions)[0]


def analyze_many(items: Iterable[str | Document], dimensions: Sequence[str] | None = None) -> list[Profile]:
    """Profile several articles (documents or strings of article text), in their order.

    The profiles are those :func:`analyze` gives each article, but built one dimension at a
    time over all of them, which is faster (:func:`sourcelens.analyzers.run_by_dimension`):
    a few dozen articles at a time are enough (``sourcelens score`` takes up to 32); all of
    them are held in memory until the list is returned.
    """
    with cyclic_gc_paused():
        docs = [item if isinstance(item, Document) else ingest.from_text(item) for item in items]
        dims = tuple(dimensions) if dimensions else DIMENSIONS
        results = analyzers.run_by_dimension(docs, dims)
    stamp = versions()
    return [Profile(doc, tuple(found), stamp) for doc, found in zip(docs, results)]


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector is off inside the block, and back as it was after it.

    Reading and profiling an article builds many small objects (sentences, spans,
    evidence) and no reference cycles (a test checks this on the samples; on 200 real
    news articles the collector found nothing to free). Yet each full collection walks
    every live object, and a long document keeps millions alive: on a 1,000,000-word
    document the collector ran 8 full passes for nothing, 6 to 20 % of the time. Plain
    reference counting still frees everything as usual; only the cycle search waits.
    Nested blocks and a collector already off (by the caller's choice) are respected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compare(items: Sequence[str | Document | Profile], dimensions: Sequence[str] | None = None,
            examples: int = 3) -> Comparison:
    """Compare two or more articles (documents, texts or existing profiles)."""
    from .comparison import build_comparison

    fresh = iter(analyze_many([p for p in items if not isinstance(p, Profile)], dimensions))
    profiles = tuple(p if isinstance(p, Profile) else next(fresh) for p in items)
    return build_comparison(profiles, dimensions=tuple(dimensions) if dimensions else DIMENSIONS,
                            examples=examples)
