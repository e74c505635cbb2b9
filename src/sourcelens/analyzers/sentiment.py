"""Sentiment and tone: VADER per sentence, never on the whole article.

VADER (Hutto & Gilbert 2014) scores a sentence from a 7,500-entry valence lexicon with
rules for negation, intensifiers, "but" and punctuation. Its ``compound`` runs from -1
(most negative) to +1 (most positive); a sentence is positive at >= 0.05, negative at
<= -0.05, neutral between (the authors' thresholds). Scoring whole articles saturates
(96 % of real-length articles get |compound| > 0.95, vaderSentiment issue #151) and
costs time quadratic in length, so sourcelens scores each body sentence and reports
their distribution.

Caveat: a lexicon reads words, not stance. "Not the worst show" scores positive
(issue #71), news about bad events reads as negative however neutral the writing, and
sarcasm is invisible. The distribution is a description of the wording, not a verdict.
"""

from __future__ import annotations

import math
import statistics
from functools import lru_cache

from ..model import DimensionResult, Document
from .common import NO_BODY, evidence, metric, share
from .tone import analyze_tone

DIMENSION = "sentiment"
THRESHOLD = 0.05
EXAMPLES = 3


@lru_cache(maxsize=1)
def _analyzer():
    # An exact, linear-time port of vaderSentiment's scorer (tests/test_vader_fast.py checks
    # it against vaderSentiment itself on thousands of real sentences).
    from .vader_fast import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


_COMPOUND = "VADER compound (-1 to +1)"
_SHARE = "share of sentences (0-1)"
#: (name, unit, direction, label) of each VADER metric, in report order.
METRICS = (
    ("sentences_scored", "sentences", "", "Body sentences scored"),
    ("compound_mean", _COMPOUND, "higher = more positive wording", "Mean sentence sentiment"),
    ("compound_median", _COMPOUND, "higher = more positive wording", "Median sentence sentiment"),
    ("compound_stdev", _COMPOUND, "higher = more swings in tone", "Spread of sentence sentiment"),
    ("positive_share", _SHARE, "higher = more positive sentences", "Positive sentences (compound +0.05 or more)"),
    ("neutral_share", _SHARE, "higher = more neutral sentences", "Neutral sentences"),
    ("negative_share", _SHARE, "higher = more negative sentences", "Negative sentences (compound -0.05 or less)"),
)


def compound_scores(doc: Document) -> list[tuple[int, float]]:
    """(sentence index, VADER compound) for each body sentence with words."""
    vader = _analyzer()
    text = doc.text
    return [(s.index, vader.compound(text[s.span.start : s.span.end]))
            for s in doc.body_sentences if s.words]


def population_stdev(values: list[float]) -> float:
    """sqrt(sum((x - mean)^2) / n), the population standard deviation, in floats.

    ``statistics.pstdev`` computes the same exactly with fractions, about 20 times slower;
    the two differ only past the 12th decimal, and the metric is reported to 3.
    """
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((x - mean) ** 2 for x in values) / len(values))


def analyze(doc: Document) -> DimensionResult:
    # Loaded, editorializing words (tone.py) belong to this dimension beside VADER.
    tone_metrics, tone_evidence = analyze_tone(doc)
    scored = compound_scores(doc)
    n = len(scored)
    per_sentence: list[float | None] = [None] * len(doc.sentences)
    for index, value in scored:
        per_sentence[index] = value
    values = [v for _, v in scored]
    positive = sum(1 for v in values if v >= THRESHOLD)
    negative = sum(1 for v in values if v <= -THRESHOLD)
    computed = {
        "sentences_scored": n,
        "compound_mean": statistics.fmean(values) if n else None,
        "compound_median": statistics.median(values) if n else None,
        "compound_stdev": population_stdev(values) if n else None,
        "positive_share": share(positive, n),
        "neutral_share": share(n - positive - negative, n),
        "negative_share": share(negative, n),
    }
    metrics = tuple(metric(f"sentiment.{name}", computed[name], unit=unit, direction=direction, label=label,
                           reason=None if computed[name] is not None else NO_BODY)
                    for name, unit, direction, label in METRICS)
    found = []
    ranked = sorted(scored, key=lambda t: (t[1], t[0]))
    for index, value in [t for t in ranked if t[1] <= -THRESHOLD][:EXAMPLES]:
        span = doc.sentences[index].span
        found.append(evidence(doc, "SN002", DIMENSION, "negative_sentence", span.start, span.end,
                              note=f"VADER compound {value:+.3f}", compound=value))
    for index, value in [t for t in reversed(ranked) if t[1] >= THRESHOLD][:EXAMPLES]:
        span = doc.sentences[index].span
        found.append(evidence(doc, "SN001", DIMENSION, "positive_sentence", span.start, span.end,
                              note=f"VADER compound {value:+.3f}", compound=value))
    return DimensionResult(DIMENSION, metrics + tone_metrics, tuple(found) + tone_evidence,
                           sentence_scores={"compound": tuple(per_sentence)}, note="" if n else NO_BODY)
