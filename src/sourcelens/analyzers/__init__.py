"""The analyzers: one module per dimension, each ``analyze(Document) -> DimensionResult``.

The registry maps a dimension to its module; modules are imported only when that
dimension runs, so ``sourcelens score --only readability`` never imports VADER. A
dimension whose module is not in this installation is reported as ``not_built``,
never as zeros.
"""

from __future__ import annotations

import importlib
from types import ModuleType

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
