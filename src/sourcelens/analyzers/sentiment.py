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
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound_scores(doc: Document) -> list[tuple[int, float]]:
    """(sentence index, VADER compound) for each body sentence with words."""
    vader = _analyzer()
    text = doc.text
    return [(s.index, vader.polarity_scores(text[s.span.start : s.span.end])["compound"])
            for s in doc.body_sentences if s.words]


def analyze(doc: Document) -> DimensionResult:
    # Loaded, editorializing words (tone.py) belong to this dimension beside VADER.
    tone_metrics, tone_evidence = analyze_tone(doc)
    scored = compound_scores(doc)
    n = len(scored)
    per_sentence: list[float | None] = [None] * len(doc.sentences)
    for index, value in scored:
        per_sentence[index] = value
    if n == 0:
        keys = ("compound_mean", "compound_median", "positive_share", "neutral_share", "negative_share")
        metrics = tuple(metric(f"sentiment.{k}", None, reason=NO_BODY) for k in keys)
        return DimensionResult(DIMENSION, metrics + tone_metrics, note=NO_BODY)
    values = [v for _, v in scored]
    positive = sum(1 for v in values if v >= THRESHOLD)
    negative = sum(1 for v in values if v <= -THRESHOLD)
    unit = "VADER compound (-1 to +1)"
    metrics = (
        metric("sentiment.sentences_scored", n, unit="sentences", label="Body sentences scored"),
        metric("sentiment.compound_mean", statistics.fmean(values), unit=unit,
               direction="higher = more positive wording", label="Mean sentence sentiment"),
        metric("sentiment.compound_median", statistics.median(values), unit=unit,
               direction="higher = more positive wording", label="Median sentence sentiment"),
        metric("sentiment.compound_stdev", statistics.pstdev(values), unit=unit,
               direction="higher = more swings in tone", label="Spread of sentence sentiment"),
        metric("sentiment.positive_share", share(positive, n), unit="share of sentences (0-1)",
               direction="higher = more positive sentences", label="Positive sentences (compound +0.05 or more)"),
        metric("sentiment.neutral_share", share(n - positive - negative, n), unit="share of sentences (0-1)",
               direction="higher = more neutral sentences", label="Neutral sentences"),
        metric("sentiment.negative_share", share(negative, n), unit="share of sentences (0-1)",
               direction="higher = more negative sentences", label="Negative sentences (compound -0.05 or less)"),
    )
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
                           sentence_scores={"compound": tuple(per_sentence)})
