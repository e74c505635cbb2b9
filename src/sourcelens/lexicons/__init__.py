"""Lexicons as data: coded markers with patterns, explanations, examples and sources.

Each ``*.toml`` file beside this module holds one dimension's markers::

    [meta]
    dimension = "hedging"
    description = "..."

    [sources.hyland2005]
    citation = "Hyland, K. (2005). Metadiscourse. London: Continuum."

    [[marker]]
    code = "HG001"              # stable, unique across all lexicons
    category = "hedge"          # the evidence category
    subcategory = "epistemic_modal"
    name = "may"
    patterns = ['\\bmay\\b']     # Python regexes, matched case-insensitively unless case_sensitive
    explanation = "..."         # what it is, one line
    why = "..."                 # why it matters to a reader
    example = "Pyongyang may find that ..."      # must match
    counterexample = "The talks resume in May."  # must not match (optional)
    source = "hyland2005"       # a key of [sources]

The loader validates every file (required fields, unique codes, known sources);
patterns are compiled on first use, and the tests compile every one. ``tests/test_lexicons.py`` then runs every marker's example
through the real pipeline (``sourcelens.analyze``) and checks that the marker is
found, and that its counterexample does not produce it, so a broken lexicon fails the
test suite rather than a user's run.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from ..errors import LexiconError

REQUIRED_FIELDS = ("code", "category", "name", "patterns", "explanation", "example", "source")


@dataclass(frozen=True)
class Marker:
    """One coded marker of a lexicon."""

    code: str
    dimension: str
    category: str
    name: str
    patterns: tuple[str, ...]
    explanation: str
    example: str
    source: str
    source_citation: str
    subcategory: str = ""
    why: str = ""
    counterexample: str = ""
    case_sensitive: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def flags(self) -> int:
        return 0 if self.case_sensitive else re.IGNORECASE

    @property
    def regex(self) -> re.Pattern[str]:
        """The marker's patterns as one regex, compiled on first use (compiling all 190
        markers up front would cost a tenth of a second at every start)."""
        try:
            return _compile("|".join(f"(?:{p})" for p in self.patterns), self.flags)
        except re.error as exc:
            raise LexiconError(f"{self.dimension} marker {self.code} has a bad pattern: {exc}") from None


@dataclass(frozen=True)
class Lexicon:
    dimension: str
    description: str
    sources: dict[str, str]
    markers: tuple[Marker, ...]

    def by_code(self) -> dict[str, Marker]:
        return {m.code: m for m in self.markers}

    def in_category(self, *categories: str) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.category in categories)


@lru_cache(maxsize=None)
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def available() -> list[str]:
    """Names of the lexicon files shipped with the package (without ``.toml``)."""
    root = resources.files(__name__)
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


@lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """Load and validate the lexicon ``name`` (e.g. ``"hedging"``)."""
    path = resources.files(__name__).joinpath(f"{name}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"no lexicon named {name!r}") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name}.toml is not valid TOML: {exc}") from None
    return _build(name, data)


def _build(name: str, data: dict[str, Any]) -> Lexicon:
    meta = data.get("meta", {})
    dimension = meta.get("dimension", name)
    sources = {key: value["citation"] for key, value in data.get("sources", {}).items()}
    markers = []
    seen: set[str] = set()
    for raw in data.get("marker", []):
        missing = [f for f in REQUIRED_FIELDS if not raw.get(f)]
        if missing:
            raise LexiconError(f"{name}.toml: marker {raw.get('code', '?')} lacks {', '.join(missing)}")
        code = raw["code"]
        if code in seen:
            raise LexiconError(f"{name}.toml: duplicate code {code}")
        seen.add(code)
        if raw["source"] not in sources:
            raise LexiconError(f"{name}.toml: marker {code} cites unknown source {raw['source']!r}")
        known = {"code", "category", "subcategory", "name", "patterns", "explanation", "why",
                 "example", "counterexample", "source", "case_sensitive"}
        marker = Marker(
            code=code,
            dimension=dimension,
            category=raw["category"],
            subcategory=raw.get("subcategory", ""),
            name=raw["name"],
            patterns=tuple(raw["patterns"]),
            explanation=raw["explanation"],
            why=raw.get("why", ""),
            example=raw["example"],
            counterexample=raw.get("counterexample", ""),
            source=raw["source"],
            source_citation=sources[raw["source"]],
            case_sensitive=bool(raw.get("case_sensitive", False)),
            extra={k: v for k, v in raw.items() if k not in known},
        )
        markers.append(marker)
    return Lexicon(dimension, meta.get("description", ""), sources, tuple(markers))


def all_markers(names: Iterable[str] | None = None) -> list[Marker]:
    """Every marker of every shipped lexicon, sorted by code."""
    out: list[Marker] = []
    for name in names or available():
        out.extend(load(name).markers)
    return sorted(out, key=lambda m: m.code)
