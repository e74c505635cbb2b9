"""The provenance lexicon's markers (``_markers``: ``lexicons/provenance.toml`` by code) and
the evidence of ``DIMENSION`` "provenance" their matches give (``_marker_evidence``: a
chatbot phrase, a correction, a contact line, a sponsored label ...), with, for a copyright
line, its year and holder ("Copyright ©2024 East Asia Forum. All rights reserved."), for a
publisher, its name ("Article printed from East Asia Forum."), for a work type, its label;
and the markers that count only on a short line of their own (``_labels``): a byline ("By
Jane Doe", or a wire credit line, "(Reporting by ...; Editing by ...)"), a work type or a
sources section ("Opinion", "References"), and the author's bio with name, role and
affiliation ("Darcie Draudt is a PhD student in Political Science at the Johns Hopkins
University.")."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from ...ingest.regions import CREDIT_MAX_WORDS
from ...lexicons import compile_regex as _rx
from ...model import Document, Evidence
from ..common import evidence, sentence_index_of


DIMENSION = "provenance"
_LABEL_MAX_WORDS = 8
_NON_CONTENT = ("header", "byline", "footer", "disclaimer", "bio", "widget")
_NAME_TAIL = _rx(r"(?:\s+(?:of|for|and|&|on|the))+\s*$|[\s.,(]+$")
# compiled once: module-level re.match/re.search with a string pattern pays a cache lookup
# per call, and a compile whenever the other analyzers have pushed it out of re's cache
_HOLDER_END = _rx(r"(?i)\ball rights|\||\.")
_CAPITAL_OR_DIGIT = _rx(r"[A-Z0-9]")
_ABOUT_AUTHOR = _rx(r"(?i)about the authors?\s*:?\s*$")
_AFFILIATION = _rx(
    r"\b(?:at|with|of|for)\s+(?:the\s+)?([A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z][\w&.'\u2019-]*|of|for|and|&))*)")


@lru_cache(maxsize=1)
def _markers():
    return lexicons.load("provenance").by_code()


# ------------------------------------------------------------------ markers

def _marker_evidence(doc: Document, marker, m: re.Match[str], **attrs) -> Evidence:
    groups = {k: v for k, v in m.groupdict().items() if v}
    if marker.code == "PV025":
        attrs.update(_copyright_attrs(groups))
    elif marker.code == "PV024":
        name = _clean_name(groups.get("name") or groups.get("name2") or "")
        if name:
            attrs["name"] = name
    elif "label" in groups or "label2" in groups:
        attrs["label"] = (groups.get("label") or groups.get("label2")).lower()
    elif marker.category == "work_type":
        attrs["label"] = marker.subcategory.replace("_", " ")
    start, end = m.start(), m.end()
    while start < end and doc.text[start].isspace():
        start += 1
    if marker.category == "work_type":
        # a label line ("Peer reviewed analysis from world leading experts") is quoted whole
        line_end = doc.text.find("\n", end)
        line_end = len(doc.text) if line_end < 0 else line_end
        if len(doc.text[start:line_end].split()) <= 12:
            end = line_end
    return evidence(doc, marker.code, DIMENSION, marker.category, start, end, note=marker.name, **attrs)


def _copyright_attrs(groups: dict) -> dict:
    years = [int(groups[k]) for k in ("year", "year2", "year3") if groups.get(k)]
    holder = _clean_name(_HOLDER_END.split(groups.get("holder") or groups.get("holder2") or "")[0])
    out: dict = {}
    if years:
        out["year"] = max(years)
    if holder and _CAPITAL_OR_DIGIT.match(holder):
        out["holder"] = holder
    return out


def _clean_name(name: str) -> str:
    return _NAME_TAIL.sub("", name.strip()).strip()


def _labels(doc: Document, markers) -> list[Evidence]:
    """Markers that only count on a short line of their own, and the author bio."""
    out: list[Evidence] = []
    text = doc.text
    byline, worktype, sources, bio = (markers[c] for c in ("PV020", "PV026", "PV035", "PV021"))
    bio_rx, byline_rx = bio.regex, byline.regex
    label_rx = ((worktype, worktype.regex), (sources, sources.regex))
    body_seen = False
    about_author = False
    for para, region in zip(doc.paragraphs, doc.regions):
        if region.kind == "body" and para.end - para.start > 150:
            body_seen = True
            about_author = False
            continue
        line = text[para.start:para.end]
        stripped = line.lstrip(" -\u2013\u2022*#>|(")
        start = para.end - len(stripped)
        nwords = len(stripped.split())
        if region.kind in ("bio",) or about_author or (region.kind in _NON_CONTENT and body_seen):
            m = bio_rx.match(text, start, para.end)
            if m:
                out.append(_bio_evidence(doc, bio, m))
        about_author = bool(_ABOUT_AUTHOR.match(stripped))
        if region.kind == "body" and nwords > _LABEL_MAX_WORDS:
            body_seen = True
            continue
        # a byline region may be a wire credit line, "(Reporting by ...; Editing by ...)"
        if nwords == 0 or nwords > (CREDIT_MAX_WORDS if region.kind == "byline" else _LABEL_MAX_WORDS):
            continue
        m = byline_rx.match(text, start, para.end)
        if m:
            out.append(evidence(doc, byline.code, DIMENSION, byline.category, m.start(), m.end(),
                                note=byline.name, name=_clean_name(m.group("name"))))
        for marker, rx in label_rx:
            m = rx.match(text, start, para.end)
            if m:
                out.append(_marker_evidence(doc, marker, m))
    return out


def _bio_evidence(doc: Document, marker, m: re.Match[str]) -> Evidence:
    """The bio's evidence: from the name to the end of its sentence. The pattern's ``rest``
    stops at the first full stop, which may be an initial's or an abbreviation's ("a
    non-resident James A. Kelly Korean Studies fellow", "a Ph.D. student"); the sentence
    splitter knows those, so the bio runs on to the end of the sentence it found."""
    end = m.end()
    index = sentence_index_of(doc, m.start())
    if index is not None:
        end = max(end, doc.sentences[index].span.end)
    rest = doc.text[m.end("role"):end]
    aff = _AFFILIATION.search(rest)
    attrs = {"name": m.group("name"), "role": m.group("role").strip()}
    if aff:
        attrs["affiliation"] = _clean_name(aff.group(1))
    return evidence(doc, marker.code, DIMENSION, marker.category, m.start(), end, note=marker.name, **attrs)
