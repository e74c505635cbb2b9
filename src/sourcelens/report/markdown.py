"""Markdown building blocks that article text cannot break.

Article text is untrusted: it may contain ``|`` (which would split a table cell),
backticks, HTML such as ``<script>``, Markdown emphasis or link syntax, and very long
lines. :func:`quote` and :func:`cell` neutralise all of these, so a report renders the
same on GitHub and in common viewers whatever the article says.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..lexicons import compile_regex as _rx

# Only what can change rendering mid-line: emphasis, code, links, tables, strikethrough,
# HTML (handled as entities) and the escape character itself.
_SPECIAL = _rx(r"([\\`*_\[\]|~])")
_ENTITY_LIKE = _rx(r"&(?=#?\w+;)")
_SPACE = _rx(r"\s+")
_LONG_TOKEN = _rx(r"\S{60,}")
_BREAKDOWN = _rx(r"^[a-z_]+\.(?:count\.[a-z_]+|figures_(?:money|percentage|date|time|year|quantity|count|"
                 r"ordinal|fraction|range|tally))$")


def escape(text: str) -> str:
    """Escape Markdown and HTML so ``text`` renders literally (and on one line)."""
    text = _SPACE.sub(" ", text).strip()
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def shorten(text: str, limit: int = 160) -> str:
    """Collapse white space, break absurdly long tokens, and cut to ``limit`` characters."""
    text = _SPACE.sub(" ", text).strip()
    text = _LONG_TOKEN.sub(lambda m: m.group(0)[:40] + "\u2026", text)
    if len(text) > limit:
        cut = text[: limit - 1].rsplit(" ", 1)[0]
        text = (cut if len(cut) > limit // 2 else text[: limit - 1]) + "\u2026"
    return text


def quote(text: str, limit: int = 160) -> str:
    """A short, escaped, quoted excerpt: “…”."""
    return "\u201c" + escape(shorten(text, limit)) + "\u201d"


def tallied(text: str, count: int, limit: int = 80) -> str:
    """A quoted excerpt with how often it occurs: “Donald Trump” ×3 (no mark for once)."""
    return quote(text, limit) + (f" \u00d7{count}" if count > 1 else "")


def cell(value: object) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return escape(str(value))


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: Sequence[str] | None = None) -> str:
    """A GitHub table; cells must already be escaped."""
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def fmt_number(value: object, unit: str = "") -> str:
    """A number as a reader wants it: shares as percentages, floats to 2 places."""
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)) and unit.startswith("times"):
        return "over 100\u00d7" if value > 100 else f"{value:.1f}\u00d7"
    if isinstance(value, float) and unit.startswith("share"):
        return f"{100 * value:.0f}%"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def is_breakdown(key: str) -> bool:
    """A per-kind count row (e.g. ``hedging.count.limiter``): reports leave it out when it is 0
    (in every article compared), and say how many they left out; the JSON keeps them all."""
    return bool(_BREAKDOWN.match(key))
