"""``sourcelens markers``: the coded markers, listed or explained one at a time (like ``ruff rule``)."""

from __future__ import annotations

import textwrap

from .. import lexicons
from ..errors import SourcelensError


def list_markers(dimension: str | None = None) -> str:
    rows = [m for m in lexicons.all_markers() if dimension is None or m.dimension == dimension]
    if not rows:
        return f"no markers for {dimension}\n"
    width = min(30, max(len(m.name) for m in rows))

    def cut(text: str, n: int) -> str:
        return text if len(text) <= n else text[: n - 1] + "\u2026"

    lines = [f"{m.code:7} {m.dimension:12} {cut(m.category, 21):21} {cut(m.name, width):{width}}  "
             f"{cut(m.explanation, 90)}" for m in rows]
    return "\n".join(lines) + f"\n\n{len(rows)} markers. `sourcelens markers CODE` explains one.\n"


def explain_marker(code: str) -> str:
    markers = {m.code.upper(): m for m in lexicons.all_markers()}
    marker = markers.get(code.upper())
    if marker is None:
        raise SourcelensError(f"no marker {code!r}; `sourcelens markers` lists them all")
    wrap = lambda s: textwrap.fill(s, 88, subsequent_indent="  ")  # noqa: E731
    parts = [f"{marker.code}: {marker.name}  ({marker.dimension} / {marker.category}"
             + (f" / {marker.subcategory}" if marker.subcategory else "") + ")", "",
             wrap(f"What it is: {marker.explanation}")]
    if marker.why:
        parts.append(wrap(f"Why it matters: {marker.why}"))
    parts.append(wrap(f"Example: {marker.example}"))
    if marker.counterexample:
        parts.append(wrap(f"Not this: {marker.counterexample}"))
    parts.append(wrap("Patterns: " + "  |  ".join(marker.patterns)))
    parts.append(wrap(f"Source: {marker.source_citation}"))
    return "\n".join(parts) + "\n"
