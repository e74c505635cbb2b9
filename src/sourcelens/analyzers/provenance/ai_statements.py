"""What a page says about AI in its own making: each sentence the AI keywords let through is
read by the disclosure rules (:mod:`..disclosure`), and gives at most one piece of evidence:
a disclosure ("This article was generated in part using artificial intelligence": PV001,
PV002 when partial or assisted, PV003 for a named part, PV004 for a translation, PV005 for
automation) or a denial (PV006: "No AI was used to write this story", "written by humans")."""

from __future__ import annotations

from ...model import Document, Evidence
from .. import disclosure
from ..common import evidence
from .keywords import _ai_keywords, _sentences_with
from .markers import DIMENSION


# ------------------------------------------------------------------ AI statements

def _ai_statements(doc: Document, low: str, vocab: frozenset[bytes]) -> list[Evidence]:
    """Disclosures (PV001-PV005) and denials (PV006), one per sentence."""
    text = doc.text
    out: list[Evidence] = []
    for idx in _sentences_with(doc, low, _ai_keywords(), vocab):
        span = doc.sentences[idx].span
        found = disclosure.find_disclosures(text, span.start, span.end, doc.sentences[idx].region)
        for d in found:
            out.append(_disclosure_evidence(doc, d))
        if found:
            continue
        m = disclosure.human_authorship(text, span.start, span.end)
        if m is None:
            continue
        start, end = span.start, span.end
        out.append(evidence(doc, "PV006", DIMENSION, "ai_denial", start, end,
                            note="says people, not AI, made it (a claim, not checked)", negated=True))
    return out


def _disclosure_evidence(doc: Document, d: disclosure.Disclosure) -> Evidence:
    if d.negated:
        code, category, note = "PV006", "ai_denial", "says AI was not used (a claim, not checked)"
    elif d.part == "translation":
        code, category, note = "PV004", "ai_disclosure", "says it was translated with AI or machine translation"
    elif d.part != "whole":
        code, category, note = "PV003", "ai_disclosure", f"says its {d.part} was made with AI"
    elif d.automated:
        code, category, note = "PV005", "ai_disclosure", "says it was generated automatically (software, from data)"
    elif d.extent in ("partial", "assisted"):
        code, category, note = "PV002", "ai_disclosure", f"says AI was used ({d.extent})"
    else:
        code, category, note = "PV001", "ai_disclosure", "says it was generated or written by AI"
    return evidence(doc, code, DIMENSION, category, d.start, d.end, note=note, part=d.part,
                    extent=d.extent, agent=d.agent, human_review=d.human_review,
                    construction=d.construction, negated=d.negated)
