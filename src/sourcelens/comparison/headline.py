"""The headline measures of a comparison, and when a difference between articles is notable.

A difference is *notable* (marked in the "At a glance" table, and eligible for a
plain-language finding) when the highest and lowest values across the articles differ
by at least ``min_gap`` in the measure's own unit AND, for rates, the higher is at least
``min_ratio`` times the lower (a lower value of 0 passes the ratio test). The gaps are
set at about the size of a difference a reader would notice in a 500-1,000-word
article: two school grades of reading level, one more hedge every 200 words, one more
figure every 100 words. They are judgement calls, stated here so they can be argued with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Sequence

from ..model import Comparison, Profile


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    direction: str
    higher: str  # how to say an article is higher: "is harder to read"
    min_gap: float
    min_ratio: float = 1.0
    examples: tuple[tuple[str, str], ...] = ()  # (dimension, evidence category) to quote
    low_examples: tuple[tuple[str, str], ...] = ()  # what the lower article shows instead


HEADLINE: tuple[Measure, ...] = (
    Measure("readability.grade_consensus", "Reading grade (consensus of 5 formulas)",
            "higher = harder to read", "is harder to read", 2.0,
            examples=(("readability", "hard_sentence"),)),
    Measure("readability.words_per_sentence", "Words per sentence", "higher = longer sentences",
            "writes longer sentences", 5.0),
    Measure("hedging.hedges_per_100_words", "Hedges per 100 words", "higher = more softened claims",
            "hedges more", 0.5, 1.5, examples=(("hedging", "hedge"),)),
    Measure("hedging.boosters_per_100_words", "Boosters per 100 words", "higher = more emphatic certainty",
            "uses more boosters (words of emphatic certainty)", 0.3, 1.5, examples=(("hedging", "booster"),)),
    Measure("sentiment.compound_mean", "Mean sentence sentiment (VADER)", "higher = more positive wording",
            "uses more positive wording", 0.15, examples=(("sentiment", "positive_sentence"),)),
    Measure("sentiment.negative_share", "Share of negative sentences", "higher = more negative sentences",
            "has more negative sentences", 0.15, examples=(("sentiment", "negative_sentence"),)),
    Measure("sentiment.loaded_per_100_words", "Loaded words per 100 words",
            "higher = more editorializing language", "uses more loaded, editorializing words", 0.5, 1.5,
            examples=(("sentiment", "loaded"),)),
    Measure("specificity.figures_per_100_words", "Figures per 100 words", "higher = more checkable numbers",
            "gives more figures", 0.5, 2.0, examples=(("specificity", "figure"),),
            low_examples=(("specificity", "vague"),)),
    Measure("specificity.citations_per_100_words", "Citations per 100 words", "higher = more named sources",
            "cites more named sources", 0.2, 2.0, examples=(("specificity", "citation"),),
            low_examples=(("specificity", "anonymous_attribution"),)),
    Measure("specificity.vague_per_100_words", "Vague quantifiers per 100 words",
            "higher = more vagueness in place of figures", "uses more vague quantities", 0.5, 1.5,
            examples=(("specificity", "vague"),)),
    Measure("specificity.score", "Specificity score (0-100)", "higher = more specific sentences",
            "writes more specific sentences (by the specificity score)", 8.0),
    Measure("provenance.ai_disclosure", "Says AI helped make it", "a statement on the page, not a detection",
            "says AI was used to make it", 1.0, examples=(("provenance", "ai_disclosure"),)),
    Measure("provenance.checklist_score", "Provenance checklist (share present)",
            "higher = more of who/when/what-kind is stated", "states more about where it comes from", 0.2,
            examples=(("provenance", "work_type"), ("provenance", "author_credentials"),
                      ("provenance", "byline"), ("provenance", "copyright"))),
    Measure("style.stock_phrases_per_1000_words", "Stock phrases per 1,000 words (style signal)",
            "higher = more formulaic phrasing; not proof of AI", "uses more stock phrases", 2.0, 2.0,
            examples=(("style", "stock_phrase"),)),
)


#: The order findings are told in: what a reader can check and who made it first.
FINDINGS_ORDER = ("provenance.ai_disclosure", "specificity.figures_per_100_words",
                  "specificity.citations_per_100_words", "specificity.vague_per_100_words",
                  "hedging.boosters_per_100_words", "hedging.hedges_per_100_words",
                  "provenance.checklist_score", "sentiment.loaded_per_100_words",
                  "readability.grade_consensus", "readability.words_per_sentence",
                  "sentiment.compound_mean", "sentiment.negative_share", "style.stock_phrases_per_1000_words")


def article_labels(profiles: Sequence[Profile]) -> list[str]:
    return [chr(ord("A") + i) if i < 26 else f"A{i}" for i in range(len(profiles))]


def short_name(profile: Profile) -> str:
    """A short name for an article: its file name without the extension."""
    source = profile.document.source
    return PurePath(source).stem if source not in ("<stdin>", "<text>") else source.strip("<>")


def as_number(value: Any) -> float | None:
    if value is None:
        return None
    return float(value)


def notable(measure: Measure, values: Sequence[Any]) -> bool:
    numbers = [as_number(v) for v in values]
    if any(v is None for v in numbers) or len(numbers) < 2:
        return False
    high, low = max(numbers), min(numbers)  # type: ignore[type-var]
    if high - low < measure.min_gap - 1e-9:
        return False
    return low <= 0 or high / low >= measure.min_ratio


def measures_present(profiles: Sequence[Profile]) -> list[Measure]:
    """The headline measures at least one profile has."""
    return [m for m in HEADLINE if any(m.key in p.metrics for p in profiles)]


def headline_rows(comparison: Comparison) -> list[dict[str, Any]]:
    rows = []
    for m in measures_present(comparison.profiles):
        values = [p.value(m.key) for p in comparison.profiles]
        unit = next((p.metrics[m.key].unit for p in comparison.profiles if m.key in p.metrics), "")
        rows.append({"key": m.key, "label": m.label, "unit": unit, "direction": m.direction,
                     "values": values, "notable": notable(m, values)})
    return rows
