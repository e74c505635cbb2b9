"""Small helpers shared by the analyzers: metric construction and rates."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..model import Document, Evidence, Metric, Sentence, Span


def metric(key: str, value: float | int | bool | None, *, unit: str = "", direction: str = "",
           label: str = "", region: str = "body", reason: str | None = None,
           digits: int | None = 3) -> Metric:
    """A :class:`Metric`, rounding floats to ``digits`` so reports are stable."""
    if isinstance(value, float) and digits is not None:
        value = round(value, digits)
    if value is None and not reason:
        raise ValueError(f"metric {key} is None without a reason")
    return Metric(key, value, unit, direction, label, region, reason)


def per_100_words(count: int, words: int) -> float | None:
    return None if words == 0 else 100.0 * count / words


def share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


NO_BODY = "the article body has no words"


def finditer_sentences(pattern: re.Pattern[str], doc: Document,
                       sentences: Iterable[Sentence]) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Each regex match inside each given sentence, with the sentence it is in."""
    text = doc.text
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.span.start, sentence.span.end):
            yield sentence, match


def evidence(doc: Document, code: str, dimension: str, category: str, start: int, end: int,
             note: str = "", **attrs: object) -> Evidence:
    """An :class:`Evidence` whose text is taken from the document, so it always matches its span."""
    return Evidence(code, dimension, category, Span(start, end), doc.text[start:end], note, attrs)


def sentence_index_of(doc: Document, offset: int) -> int | None:
    """Index of the sentence containing ``offset`` (binary search), or None."""
    sentences = doc.sentences
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        span = sentences[mid].span
        if offset < span.start:
            hi = mid
        elif offset >= span.end:
            lo = mid + 1
        else:
            return mid
    return None
