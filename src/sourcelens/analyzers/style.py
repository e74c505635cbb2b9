"""Style signals of LLM-era prose: caveated, measured against human news, never a verdict.

What is counted (markers in ``lexicons/style.toml``, codes ST001...), in the writer's own
voice only (body sentences, hits inside quotation marks skipped):

* ``excess_word``: the 291 rare style words that Kobak et al. (2025) found in excess in
  2024 PubMed abstracts ("delves", "underscores", "pivotal", "intricate", "ultimately").
* ``stock_phrase``: clichés, metaphors and formulas of generated prose ("delicate dance",
  "it's no secret", "a testament to", "navigating these waters", "it wasn't just X; it
  was Y"), from Russell, Karpinska & Iyyer (2025) and Wikipedia's "Signs of AI writing".
* ``rhetorical_question``: tag questions (", isn't it?") and questions the writer asks
  outside quotation marks (one per sentence).
* ``direct_address``: asides to the reader ("let's be honest", "you see", "shall we
  say", "frankly", "Remember those ...?", "Ah, ...").
* ``filler``: summing-up signposts ("Ultimately,", "In the end,"), stacking transitions
  ("What's more,"), stacked hedges ("could potentially"), empty emphasis.

Metrics, with ``W`` = body words and ``n_c`` = hits of category ``c``:

* ``style.<c>_per_1000_words`` = 1000 * n_c / W for each category;
* ``style.signals_per_1000_words`` = the same for all categories but ``excess_word``;
* ``style.<c>_vs_news_baseline`` = that rate / the same rate on 2016 human news
  (:data:`NEWS_2016_BASELINE`), so 3.0 reads "three times the 2016 news rate".

Baselines (:data:`NEWS_2016_BASELINE`, :data:`ONESTOP_BASELINE`) were measured by
``benchmarks/style_baseline.py`` with this very analyzer, pooled over every article
(total hits / total body words), on corpora written before LLM tools existed.

Caveat (shown with every result, :data:`CAVEAT`): these are habits that generated text
overuses, and people use them too. The excess words were measured on biomedical
abstracts, not news. Detectors built on such cues flag 61 % of non-native English
speakers' essays as AI-written (Liang et al. 2023). A high rate says "this reads like
much generated prose", never "a machine wrote this".
"""

from __future__ import annotations

from ..model import DimensionResult, Document, Evidence, Metric
from .common import NO_BODY, capitalised_inside, evidence, metric
from .tone import in_quotation, lowered, scan, scanner

DIMENSION = "style"
LEXICON = "style"

#: category -> metric name stem, in report order
CATEGORIES = {
    "excess_word": "excess_words",
    "stock_phrase": "stock_phrases",
    "rhetorical_question": "rhetorical_questions",
    "direct_address": "direct_address",
    "filler": "fillers",
}
LABELS = {
    "excess_words": "LLM-era excess words (Kobak et al.) per 1,000 words",
    "stock_phrases": "Stock phrases of generated prose per 1,000 words",
    "rhetorical_questions": "Rhetorical questions per 1,000 words",
    "direct_address": "Asides to the reader per 1,000 words",
    "fillers": "Filler and summing-up signposts per 1,000 words",
    "signals": "All phrase-level style signals per 1,000 words",
}

#: Rates per 1,000 body words in 924 PolNeAR articles (train + dev: US political news
#: of Nov 2015 - Nov 2016 from seven outlets), 681,599 body words (the headlines, which
#: PolNeAR ends with a full stop, are titles, not body), hits in the writers' own voice
#: only (16 % of the articles have a question in the writer's voice, 60 % at least one
#: excess word). Reproduce with ``python benchmarks/style_baseline.py``.
NEWS_2016_BASELINE: dict[str, float] = {
    "excess_words": 2.023,
    "stock_phrases": 0.095,
    "rhetorical_questions": 0.484,
    "direct_address": 0.016,
    "fillers": 0.166,
    "signals": 0.761,
}
NEWS_2016_DESCRIPTION = ("PolNeAR (Newell et al. 2018): 924 US political news articles from seven "
                         "outlets, Nov 2015 - Nov 2016")

#: The same rates in the 189 advanced-level OneStopEnglish texts (Guardian articles of
#: 2012-2016 adapted for learners; 154,659 body words), a second pre-LLM reference.
ONESTOP_BASELINE: dict[str, float] = {
    "excess_words": 1.823,
    "stock_phrases": 0.084,
    "rhetorical_questions": 0.440,
    "direct_address": 0.013,
    "fillers": 0.168,
    "signals": 0.705,
}
ONESTOP_DESCRIPTION = "OneStopEnglish (Vajjala & Lučić 2018): 189 advanced-level texts from The Guardian"

CAVEAT = ("Style signals are not evidence of authorship. They count habits that generated "
          "text overuses (Kobak et al. 2025; Russell et al. 2025), but people write them too, "
          "and the excess-word list was measured on biomedical abstracts, not news. Detectors "
          "built on such cues flag 61 % of non-native English speakers' essays as AI-written "
          "(Liang et al. 2023). Read each rate only against the 2016 human news baseline, "
          "never as a verdict on who wrote the text.")


def find_signals(doc: Document) -> tuple[int, dict[str, list[Evidence]]]:
    """(body words, evidence per category) for the writer's own voice in ``doc``'s body."""
    body = [s for s in doc.body_sentences if s.words]
    words = sum(s.words for s in body)
    found: dict[str, list[Evidence]] = {c: [] for c in CATEGORIES}
    if not words:
        return 0, found
    scan_ = scanner(LEXICON)
    markers = scan_.markers
    low = lowered(doc.text)
    questions: set[int] = set()
    hits: dict[str, list[tuple[int, int, str]]] = {c: [] for c in CATEGORIES}
    for sentence, code, start, end in scan(scan_, doc, body, low):
        marker = markers[code]
        if marker.category == "rhetorical_question":
            # One per sentence; an open question is quoted as its whole sentence.
            if sentence.index in questions:
                continue
            questions.add(sentence.index)
            if marker.subcategory == "open_question":
                start = sentence.span.start
        if in_quotation(doc, sentence, end - 1):
            continue  # the words of a quoted speaker, not the writer's
        if marker.category == "excess_word" and capitalised_inside(doc.text, sentence.span.start, start):
            continue  # capitalised inside a sentence: part of a name ("Avenue Capital Group")
        hits[marker.category].append((start, end, code))
    for category, items in hits.items():
        last_end = -1
        for start, end, code in sorted(items, key=lambda h: (h[0], -h[1])):
            if start < last_end:
                continue  # overlaps a longer hit of the same category
            last_end = end
            marker = markers[code]
            found[category].append(evidence(doc, code, DIMENSION, category, start, end,
                                            note=marker.explanation, subcategory=marker.subcategory,
                                            marker=marker.name))
    return words, found


def rates(words: int, found: dict[str, list[Evidence]]) -> dict[str, float | None]:
    """Rates per 1,000 words keyed by metric stem (``excess_words`` ... ``signals``)."""
    if not words:
        return {stem: None for stem in (*CATEGORIES.values(), "signals")}
    out = {stem: 1000.0 * len(found[c]) / words for c, stem in CATEGORIES.items()}
    out["signals"] = 1000.0 * sum(len(found[c]) for c in CATEGORIES if c != "excess_word") / words
    return out


def analyze(doc: Document) -> DimensionResult:
    words, found = find_signals(doc)
    extras = {"caveat": CAVEAT,
              "baseline": {"name": "news_2016", "description": NEWS_2016_DESCRIPTION,
                           "per_1000_words": dict(NEWS_2016_BASELINE)},
              "second_baseline": {"name": "onestop", "description": ONESTOP_DESCRIPTION,
                                  "per_1000_words": dict(ONESTOP_BASELINE)}}
    per_1000 = rates(words, found)
    metrics: list[Metric] = []
    ratios: list[Metric] = []
    vs_baseline: dict[str, float | None] = {}
    for stem, value in per_1000.items():
        metrics.append(metric(f"style.{stem}_per_1000_words", value, unit="per 1,000 words",
                              direction="higher = more wording typical of generated prose (not proof)",
                              label=LABELS[stem], reason=None if words else NO_BODY))
        base = NEWS_2016_BASELINE[stem]
        ratio = None if value is None or not base else value / base
        vs_baseline[f"style.{stem}_per_1000_words"] = None if ratio is None else round(ratio, 2)
        reason = None if ratio is not None else (NO_BODY if not words else "the 2016 news baseline rate is 0")
        ratios.append(metric(f"style.{stem}_vs_news_baseline", ratio, unit="times the 2016 news rate",
                             direction="1 = as in 2016 human news; higher = more than human news",
                             label=LABELS[stem].replace("per 1,000 words", "vs 2016 news"),
                             reason=reason, digits=2))
    extras["vs_news_baseline"] = vs_baseline
    evidence_all = tuple(sorted((e for items in found.values() for e in items), key=lambda e: e.span.start))
    note = CAVEAT if words else f"{NO_BODY}. {CAVEAT}"
    return DimensionResult(DIMENSION, tuple(metrics + ratios), evidence_all, extras=extras, note=note)
