"""The analyzers: one module per dimension, each ``analyze(Document) -> DimensionResult``.

The registry maps a dimension to its module; modules are imported only when that
dimension runs, so ``sourcelens score --only readability`` never imports VADER. A
dimension whose module is not in this installation is reported as ``not_built``,
never as zeros.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Callable, Sequence

from ..model import DIMENSIONS, DimensionResult, Document

#: dimension -> module name inside this package
REGISTRY = {dimension: dimension for dimension in DIMENSIONS}


def module_for(dimension: str) -> ModuleType | None:
    if dimension not in REGISTRY:
        raise KeyError(f"unknown dimension {dimension!r}; choose from {', '.join(DIMENSIONS)}")
    name = f"{__name__}.{REGISTRY[dimension]}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def run(doc: Document, dimension: str) -> DimensionResult:
    module = module_for(dimension)
    if module is None:
        return DimensionResult(dimension, status="not_built",
                               note="this dimension is not built in this version of sourcelens")
    return module.analyze(doc)


def run_by_dimension(docs: Sequence[Document], dimensions: Sequence[str],
                     failed: Callable[[int, Exception], None] | None = None) -> list[list[DimensionResult]]:
    """Every dimension's result for every document, one dimension at a time.

    Each analyzer runs over all of ``docs`` before the next one starts, rather than each
    document going through every analyzer in turn. The results are the same (analyzers keep
    no state between documents that their order could change; a test compares the two);
    the time is not. An analyzer's code and tables (its lexicons, patterns and memos) then
    stay in the processor's caches from one document to the next instead of being pushed
    out by the five other analyzers': batches of 8 articles ran 1.07x-1.23x as fast on the
    benchmark's corpus (1.21x-1.23x in three A/B rounds of four) and 1.13x-1.14x on real
    news, for the same instructions (``benchmarks/results.md``).

    Without ``failed``, an analyzer's exception propagates. With it, the exception raised
    on document ``i`` is passed to ``failed(i, exc)`` (which may raise it again), and
    document ``i`` is left out of the later dimensions: its list stays short.
    """
    results: list[list[DimensionResult]] = [[] for _ in docs]
    dropped: set[int] = set()
    for dimension in dimensions:
        todo = [i for i in range(len(docs)) if i not in dropped]
        module = module_for(dimension)
        if module is not None and hasattr(module, "analyze_many") and len(todo) > 1:
            # phases of its own, each over every document (a failure: done again one by one, below)
            try:
                for i, result in zip(todo, module.analyze_many([docs[i] for i in todo])):
                    results[i].append(result)
                continue
            except Exception:  # noqa: BLE001 - each document is run again alone, to find the one
                if failed is None:
                    raise
        for i in todo:
            try:
                results[i].append(run(docs[i], dimension))
            except Exception as exc:  # noqa: BLE001 - handed to the caller, which decides
                if failed is None:
                    raise
                failed(i, exc)
                dropped.add(i)
    return results
