"""Provenance: what a page says about who made it, when, for whom and how.

Provenance reads ALL regions (header, byline, bio, footer, disclaimer, body): the facts
it looks for mostly live in page furniture. Every finding is evidence with a PV code
from ``lexicons/provenance.toml``; categories:

* ``ai_disclosure`` (PV001-PV005): the page SAYS AI or automation was used to make it, or
  a named part of it (rule in :mod:`.disclosure`). This is a disclosure detector, **not an
  AI detector**: a page without a disclosure may still be machine-written, and
  sourcelens cannot tell. ``ai_denial`` (PV006): the page says AI was not used.
* ``llm_artifact`` (PV010-PV016): chatbot phrases left in published text ("As an AI
  language model", "Certainly! Here is", "[Insert name]").
* ``byline``, ``author_credentials``, ``published_date``, ``updated_date``, ``publisher``,
  ``copyright``, ``content_date``, ``work_type``, ``correction``, ``editorial_standards``,
  ``contact``, ``sources_section``.

Metrics (region "all"): ``ai_disclosure`` (bool), ``ai_disclosures`` (count),
``ai_disclosure_whole`` (bool: a disclosure covers the whole text rather than a named
part; None without a disclosure; the part names are in ``extras["ai_disclosure"]``),
``ai_denial``, ``llm_artifacts`` (count), ``checklist_present``, ``checklist_items``,
``checklist_score`` = present / scored items, ``years_between_content_and_copyright`` =
copyright year - latest year the content mentions (a lower bound on how stale the
copyright year is relative to the text, or how old the text is relative to the page),
``days_between_published_and_updated``.

``extras["checklist"]``: one dict per item, in a fixed order so two articles line up:
``item``, ``question`` (plain language, for students), ``status`` (present / absent /
unclear), ``evidence`` (indices into this result's evidence), ``evidence_codes``,
``quotes`` (the evidence text, shortened), ``note``, ``frameworks`` (CRAAP, SIFT and
Trust Project questions it serves) and ``scored`` (whether it counts in the score: the
AI items are reported but not scored, since using or not using AI is not a
transparency failure in itself). Dates are in ``extras["dates"]`` as ISO strings.

Speed: one pass of a combined trigger regex (and the disclosure agents) over the text;
the markers run only on the sentences it hits, the label markers only on short lines.

The package, read in this order: ``keywords.py`` (which sentences a marker reads: the
keywords and phrases one of which each of its matches holds, and the scan that finds the
sentences holding one), ``markers.py`` (the lexicon's markers and the evidence their
matches give: copyright lines, publishers, bylines, labels, author bios),
``ai_statements.py`` (disclosures and denials of AI use, read by :mod:`..disclosure`),
``dates.py`` (publication and update dates, and the dates and years the text mentions),
``checklist.py`` (the checklist of questions for a reader, and the metrics); and here
:func:`analyze`, which runs them over one document. ``sourcelens.analyzers.provenance``
exports :func:`analyze` and ``DIMENSION``; the helpers are imported from the modules that define
them.
"""

from __future__ import annotations

from ...model import DimensionResult, Document, Evidence
from .. import disclosure
from .ai_statements import _ai_statements
from .checklist import _checklist, _metrics
from .dates import _dates
from .keywords import _KEYWORDS, _PHRASES, _holds_any, _lower_is_exact, _sentences_with, _vocabulary
from .markers import DIMENSION, _labels, _marker_evidence, _markers

__all__ = ["DIMENSION", "analyze"]


_DATE_LABELS = ("PV022", "PV023")
#: markers that describe this page (its publisher, its editorial standards; its dates, read in
#: dates.py): in the article's prose they count only where the sentence speaks of this text
#: ("This piece first appeared on Global Risk Insights"), not of another document ("a survey
#: published by NBC News", "not in line with our editorial policy" quoted of RT)
_PAGE_DESCRIBING = frozenset({"PV024", "PV033"})


def analyze(doc: Document) -> DimensionResult:
    """Provenance evidence, checklist and metrics for one document (all regions)."""
    markers = _markers()
    low = doc.text.lower()
    vocab = _vocabulary(low)
    found: list[Evidence] = []
    found += _ai_statements(doc, low, vocab)
    triggered: dict[str, list[int]] = {}
    phrase_test = _lower_is_exact(doc.text, low)
    for code, words in _KEYWORDS.items():
        triggered[code] = _sentences_with(doc, low, words, vocab)
        if code in _DATE_LABELS:
            continue
        marker = markers[code]
        rx = marker.regex
        phrases = _PHRASES.get(code) if phrase_test else None
        describes_page = code in _PAGE_DESCRIBING
        for idx in triggered[code]:
            span = doc.sentences[idx].span
            if phrases and not _holds_any(low[span.start:span.end], phrases):
                continue
            in_prose = describes_page and doc.sentences[idx].region == "body"
            for m in rx.finditer(doc.text, span.start, span.end):
                if m.end() > m.start() and not (
                        in_prose and not disclosure.speaks_of_this_text(doc.text, span.start, span.end, m.start())):
                    found.append(_marker_evidence(doc, marker, m))
    found += _labels(doc, markers)
    dates, date_evidence = _dates(doc, markers, sorted(set(triggered["PV022"]) | set(triggered["PV023"])))
    found += date_evidence
    found = _dedupe(found)
    years = [e.attrs["year"] for e in found if e.category == "copyright" and e.attrs.get("year")]
    dates["copyright_year"] = max(years) if years else None
    checklist, summary = _checklist(doc, found, dates)
    metrics = _metrics(found, checklist, dates)
    extras = {"checklist": checklist, "dates": dates, **summary}
    return DimensionResult(DIMENSION, metrics, tuple(found), extras=extras)


def _dedupe(found: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for e in sorted(found, key=lambda e: (e.span.start, e.span.end, e.code)):
        key = (e.code, e.span.start, e.span.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
