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
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from bisect import bisect_right
from functools import lru_cache

from .. import lexicons
from ..ingest.regions import CREDIT_MAX_WORDS
from ..lexicons import compile_regex as _rx
from ..model import DimensionResult, Document, Evidence
from . import disclosure, disclosure_rules
from .common import evidence, metric

DIMENSION = "provenance"
REGION = "all"
QUOTE = 140

#: per marker, literal keywords (lower case; "UPDATE" case-sensitive) one of which each of its
#: matches contains: a marker runs only on sentences holding one. str.find over the whole
#: text is far faster than one big regex (Python's re scans alternations position by position).
_KEYWORDS = {
    "PV010": ("as an ai", "as an a.i", "as a language", "as a large language", "i am an ai", "artificial intelligence"),
    "PV011": ("sorry", "unable", "can't", "cannot", "can\u2019t"),
    "PV012": ("hope this", "let me know", "feel free"),
    "PV013": ("certainly", "sure", "absolutely", "of course", "here is", "here's", "here\u2019s"),
    "PV014": ("[",),
    "PV015": ("knowledge", "training", "real-time", "real time"),
    "PV016": ("regenerate", "can make mistakes"),
    "PV024": ("printed from", "appeared", "published", "republished", "reprinted", "share", "a publication of"),
    "PV025": ("copyright", "\u00a9", "(c)", "rights reserved"),
    "PV027": ("sponsored", "sponsor", "paid", "partner", "partnership", "advertorial", "branded", "brand studio",
              "promoted", "advertisement", "presented by"),
    "PV028": ("press release", "newswire", "business wire", "presswire", "accesswire"),
    "PV029": ("peer",),
    "PV030": ("fact", "factcheck", "factchecker"),
    "PV031": ("correction", "clarification", "earlier version", "corrected", "regret the error"),
    "PV032": ("updated", "developing story", "UPDATE"),
    "PV033": ("editorial", "ethics", "code of", "policy", "principles", "trust project", "ipso", "editors",
              "editor's", "editors\u2019", "independent press", "press council", "standards and ethics"),
    "PV034": ("@", "contact", "send", "email", "e-mail", "write to", "tip", "tips", "letter", "letters", "reach",
              "correction", "feedback", "your thoughts", "your views"),
    "PV022": ("published", "posted", "released", "dated", "first published", "originally published",
              "publication date", "date published"),
    "PV023": ("updated", "modified", "revised", "last reviewed"),
}
#: per marker, a tighter test run on each sentence the keywords above let through: every match
#: of the marker's regex contains one of these lower-case phrases (a test checks this against the
#: lexicon's patterns), so a sentence whose lower-cased text holds none cannot match and its
#: regex scan (~50-80 ns per character for these alternations) is skipped. Only for markers
#: whose loose keywords ("paid", "policy", "send") pass many sentences that cannot match.
_PHRASES = {
    "PV013": ("here is", "here's", "here are", "below is", "i'd be happy", "i would be happy"),
    "PV024": ("printed from", "first appeared", "first published", "originally appeared", "originally published",
              "republished", "reprinted", "published by", "a publication of", "share"),
    "PV027": ("sponsored content", "sponsored post", "sponsored article", "paid content", "paid post",
              "paid partnership", "partner content", "advertorial", "branded content", "promoted content",
              "advertisement feature", "brand studio", "sponsored by", "paid for by", "presented by",
              "in partnership with"),
    "PV030": ("factcheck", "fact-check", "fact check"),
    "PV033": ("editorial standards", "editorial guidelines", "editorial polic", "editorial principles",
              "editorial independence", "editorial code", "ethics policy", "ethics code", "ethics guidelines",
              "code of ethics", "code of conduct", "code of practice", "correction policy", "corrections policy",
              "checking policy", "checking process", "checking standards", "ai policy", "ai guidelines",
              "ai principles", "publishing principles", "standards and ethics", "trust project", "editors code",
              "editors' code", "ipso", "independent press standards", "press council"),
    "PV034": ("@", "contact us", "contact the", "contact our newsroom", "send ", "email us", "e-mail us",
              "write to us", "got a ", "to the editor", "a correction", "reach him at", "reach her at",
              "reach them at", "reach the author at", "reach the reporter at", "reach me at", "share your "),
}
#: characters the case-insensitive regex engine matches to an ASCII letter although str.lower()
#: does not turn them into it (dotted and dotless i, long s); a test derives the list by brute force.
_FOLDS_APART = ("\u0130", "\u0131", "\u017f")
_DATE_LABELS = ("PV022", "PV023")
_HUMAN_KEYWORDS = ("by human", "by people", "by real", "by a real", "by a human", "by a person", "human-",
                   "human written", "human made", "ai-free", "ai free")
_LABEL_MAX_WORDS = 8
_NON_CONTENT = ("header", "byline", "footer", "disclaimer", "bio", "widget")
_FUTURE_CUE = _rx(
    r"(?:\b(?:come|until|till|by|ahead of|before|next|due in|expected in|from)\s+(?:(?:early|late|mid)[- ]?)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?|"
    r"\bwill\b[^.]{0,60})$", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
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
        for idx in triggered[code]:
            span = doc.sentences[idx].span
            if phrases and not _holds_any(low[span.start:span.end], phrases):
                continue
            for m in rx.finditer(doc.text, span.start, span.end):
                if m.end() > m.start():
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


def _holds_any(sentence: str, phrases: tuple[str, ...]) -> bool:
    """Does ``sentence`` contain one of ``phrases``? The ``in`` operator on the sentence's slice,
    cheaper than str.find with bounds on the whole text (which parses its arguments per call)."""
    for phrase in phrases:
        if phrase in sentence:
            return True
    return False


def _lower_is_exact(text: str, low: str) -> bool:
    """Can a case-insensitive regex match in ``text`` be found, at the same offsets, as its
    lower-cased phrase in ``low``? Yes unless lower() changed the length (U+0130 becomes two
    characters) or the text holds a character the regex engine folds to an ASCII letter that
    lower() keeps apart (_FOLDS_APART); then the _PHRASES shortcut is not taken."""
    return len(low) == len(text) and (text.isascii() or not any(c in text for c in _FOLDS_APART))


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


@lru_cache(maxsize=1)
def _ai_keywords() -> tuple[str, ...]:
    """The keywords that let a sentence through to the disclosure rules: the agents' (every
    agent match holds one) and the human-authorship ones. Built once: the lexicon is read-only."""
    keywords, keywords_cs = disclosure_rules.agent_keywords()
    return keywords + keywords_cs + _HUMAN_KEYWORDS


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


# ------------------------------------------------------------------ markers

_PUNCT = b"-/.,;:!?\"'()[]{}<>|*#+=~`_@&%$"
_TABLE = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))


def _vocabulary(low: str) -> frozenset[bytes]:
    """The keyword heads (:func:`_heads`) among the ASCII word tokens of the lower-cased text
    (punctuation, hyphens and non-ASCII characters split off), as bytes: the fastest
    tokenisation CPython offers (~0.1 us/word). Only heads are ever looked up in it, and
    intersecting the token list with the few heads costs less than a set of every token."""
    return _heads().intersection(low.encode("ascii", "replace").translate(_TABLE).split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[bytes]:
    """The :func:`_head` of every keyword :func:`analyze` looks for (markers, AI statements):
    the only tokens :func:`_sentences_with` asks the vocabulary about."""
    lists = (*_KEYWORDS.values(), _ai_keywords())
    return frozenset(_head(word) for words in lists for word in words) - {b""}


@lru_cache(maxsize=4096)
def _head(word: str) -> bytes:
    """The first token of a keyword as _vocabulary produces it (b"" for a symbol like "@")."""
    tokens = word.lower().encode("ascii", "replace").translate(_TABLE).split()
    return tokens[0] if tokens and tokens[0].isalnum() else b""


@lru_cache(maxsize=64)
def _keyword_plan(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...], bytes, bool], ...]:
    """The scans :func:`_sentences_with` makes for a keyword list, worked out once per list:
    (text to find, keywords that may start where it is found, their :func:`_head`, whether they
    are matched case-sensitively).

    Keywords with the same head and case ("by human", "by people", "by a real" ...) share one
    scan for their common prefix ("by "), and a place counts when one of them starts there: a
    keyword starts exactly where its prefix is found and it starts, and one head gates them
    all alike. Kept apart: symbols (no head) and groups whose common prefix is shorter than
    three characters (too many places to check). A head outside :func:`_heads` would never be
    found in :func:`_vocabulary`: refused here, not skipped."""
    groups: dict[tuple[bytes, bool], list[str]] = {}
    for word in keywords:
        # a keyword with a capital ("AI", "Kling", "Magic Write") is matched as written
        groups.setdefault((_head(word), word != word.lower()), []).append(word)
    plan = []
    for (head, upper), words in groups.items():
        prefix = os.path.commonprefix(words)
        if head and len(words) > 1 and len(prefix) >= 3:
            plan.append((prefix, tuple(words), head, upper))
        else:
            plan += [(word, (word,), head, upper) for word in words]
    unknown = {head for _, _, head, _ in plan if head} - _heads()
    if unknown:
        raise ValueError(f"keyword heads missing from _heads(): {sorted(unknown)}")
    return tuple(plan)


def _sentences_with(doc: Document, low: str, keywords, vocab: frozenset[bytes]) -> list[int]:
    """Sorted indices of the sentences containing any keyword.

    A keyword whose first word is not in the text's vocabulary is skipped without a scan;
    the others are located with str.find (keywords with a capital case-sensitively, in the
    original text; the others in the lower-cased text), several at once where they share a head and a prefix (:func:`_keyword_plan`).
    Keywords are whole words or phrases, or symbols ("@", "["). Sentences are in reading order
    and do not overlap, so after a hit the scan goes on from the sentence's end.
    """
    starts = _starts(doc)
    hits: set[int] = set()
    for prefix, words, head, upper in _keyword_plan(tuple(keywords)):
        if head and head not in vocab:
            continue
        hay = doc.text if upper else low
        pos = hay.find(prefix)
        while pos >= 0:
            if len(words) == 1 or any(hay.startswith(word, pos) for word in words):
                idx = bisect_right(starts, pos) - 1
                if idx >= 0 and pos < doc.sentences[idx].span.end:
                    hits.add(idx)
                    # one hit per sentence is enough: go on from the sentence's end
                    pos = hay.find(prefix, doc.sentences[idx].span.end)
                    continue
            pos = hay.find(prefix, pos + 1)
    return sorted(hits)


# The last document's sentence starts. The cache holds the sentences tuple itself and
# checks identity, so a new document can never be served another's offsets (a key of
# id() alone can be reused by a new object once the old one is freed).
_STARTS: list[tuple[tuple, list[int]]] = []


def _starts(doc: Document) -> list[int]:
    if _STARTS and _STARTS[0][0] is doc.sentences:
        return _STARTS[0][1]
    starts = [s.span.start for s in doc.sentences]
    _STARTS[:] = [(doc.sentences, starts)]
    return starts


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
    rest = m.group("rest") or ""
    aff = _AFFILIATION.search(rest)
    attrs = {"name": m.group("name"), "role": m.group("role").strip()}
    if aff:
        attrs["affiliation"] = _clean_name(aff.group(1))
    end = m.end()
    return evidence(doc, marker.code, DIMENSION, marker.category, m.start(), end, note=marker.name, **attrs)


# ------------------------------------------------------------------ dates

def _parse_date(m: re.Match[str]) -> tuple[str | None, int]:
    """(ISO date or None for month-year only, year) of a PV040 match."""
    g = m.groupdict()
    if g.get("year"):
        y, mon, d = g["year"], g["month"], g["day"]
    elif g.get("year2"):
        y, mon, d = g["year2"], g["month2"], g["day2"]
    elif g.get("year3"):
        return f"{g['year3']}-{g['month3']}-{g['day3']}", int(g["year3"])
    else:
        return None, int(g["year4"])
    month = _MONTHS[mon[:3].lower()]
    try:
        return _dt.date(int(y), month, int(d)).isoformat(), int(y)
    except ValueError:
        return None, int(y)


def _may_hold_year(text: str, para) -> bool:
    """Can the year marker (PV041) match in this paragraph? Each of its matches begins with
    "19" or "20" (a test checks the lexicon's pattern), and str.find skips a paragraph without
    either far faster than the regex, whose leading lookbehind runs at every character."""
    return text.find("19", para.start, para.end) >= 0 or text.find("20", para.start, para.end) >= 0


def _dates(doc: Document, markers, triggered: list[int]) -> tuple[dict, list[Evidence]]:
    text = doc.text
    date_rx, year_rx = markers["PV040"].regex, markers["PV041"].regex
    pub_label, upd_label = markers["PV022"].regex, markers["PV023"].regex
    out: list[Evidence] = []
    info: dict = {"published": None, "updated": None, "copyright_year": None, "content_years": [],
                  "content_dates": [], "written_between": None}
    # labelled publication / update dates, wherever they are
    for idx in triggered:
        span = doc.sentences[idx].span
        for marker, key, code in ((upd_label, "updated", "PV023"), (pub_label, "published", "PV022")):
            for lm in marker.finditer(text, span.start, span.end):
                dm = date_rx.match(text, lm.end(), span.end)
                if dm and info[key] is None:
                    iso, _ = _parse_date(dm)
                    if iso:
                        info[key] = iso
                        out.append(evidence(doc, code, DIMENSION, markers[code].category, lm.start(), dm.end(),
                                            note=markers[code].name, date=iso, labelled=True))
    # an unlabelled date line above the article counts as its publication date
    first_body = next((i for i, r in enumerate(doc.regions) if r.kind == "body"), len(doc.regions))
    if info["published"] is None:
        for para, region in list(zip(doc.paragraphs, doc.regions))[:first_body]:
            if region.kind in ("header", "byline", "title", "heading"):
                dm = date_rx.search(text, para.start, para.end)
                if dm:
                    iso, _ = _parse_date(dm)
                    if iso:
                        info["published"] = iso
                        out.append(evidence(doc, "PV022", DIMENSION, "published_date", dm.start(), dm.end(),
                                            note="date line above the article (unlabelled)", date=iso,
                                            labelled=False))
                        break
    # dates and years the content mentions (body, captions, headings), future ones apart
    past, future = set(), set()
    claimed = [(e.span.start, e.span.end) for e in out]
    for para, region in zip(doc.paragraphs, doc.regions):
        if region.kind not in ("body", "caption", "heading", "title") or not _may_hold_year(text, para):
            continue
        for ym in year_rx.finditer(text, para.start, para.end):
            if any(a <= ym.start() < b for a, b in claimed):
                continue
            year = int(ym.group("year"))
            window = max(para.start, ym.start() - 30)
            dm = None
            for cand in date_rx.finditer(text, window, min(para.end, ym.end() + 1)):
                if cand.start() <= ym.start() < cand.end():
                    dm = cand
            s, e = (dm.start(), dm.end()) if dm else (ym.start(), ym.end())
            is_future = bool(_FUTURE_CUE.search(text, max(para.start, s - 70), s))
            (future if is_future else past).add(year)
            iso = _parse_date(dm)[0] if dm else None
            if iso:
                info["content_dates"].append(iso)
            out.append(evidence(doc, "PV040" if dm else "PV041", DIMENSION, "content_date", s, e,
                                note="date in the text" + (" (in the future when written)" if is_future else ""),
                                year=year, date=iso, future=is_future))
    info["content_years"] = sorted(past | future)
    if past or future:
        low = max(past) if past else None
        high = min(y for y in future if low is None or y >= low) if [y for y in future if low is None or y >= low] else None
        info["written_between"] = [low, high]
    return info, out


# ------------------------------------------------------------------ checklist

_FRAMEWORKS = {
    "ai_disclosure": ["Trust Project: Methods", "CRAAP: Authority", "SIFT: Investigate the source"],
    "llm_artifacts": ["CRAAP: Accuracy", "SIFT: Stop"],
    "author": ["CRAAP: Authority", "SIFT: Investigate the source", "Trust Project: Author/reporter expertise"],
    "author_credentials": ["CRAAP: Authority", "Trust Project: Author/reporter expertise"],
    "publisher": ["CRAAP: Authority", "SIFT: Investigate the source", "Trust Project: Best practices"],
    "published_date": ["CRAAP: Currency"],
    "updated_date": ["CRAAP: Currency"],
    "copyright": ["CRAAP: Currency", "SIFT: Investigate the source"],
    "type_of_work": ["Trust Project: Type of work", "CRAAP: Purpose", "SIFT: Stop"],
    "corrections": ["Trust Project: Best practices", "CRAAP: Accuracy"],
    "standards": ["Trust Project: Best practices", "SIFT: Investigate the source"],
    "contact": ["Trust Project: Actionable feedback"],
    "sources": ["Trust Project: Citations and references", "CRAAP: Accuracy", "SIFT: Trace claims"],
}

_QUESTIONS = (
    ("ai_disclosure", "Does the page say AI was used to make it?", ("ai_disclosure",), False),
    ("llm_artifacts", "Are there leftover chatbot phrases in the text (like 'As an AI language model')?",
     ("llm_artifact",), False),
    ("author", "Does the page say who wrote it?", ("byline",), True),
    ("author_credentials", "Does it tell you who the author is: their job, training or where they work?",
     ("author_credentials",), True),
    ("publisher", "Does it say which site or organisation published it?", ("publisher",), True),
    ("published_date", "Does it say when it was published?", ("published_date",), True),
    ("updated_date", "Does it say when it was last updated?", ("updated_date",), True),
    ("copyright", "Is there a copyright line, and does its year fit the article's own dates?", ("copyright",), True),
    ("type_of_work", "Does it label what kind of piece it is (news, opinion, analysis, sponsored, peer reviewed)?",
     ("work_type",), True),
    ("corrections", "Does it show corrections or updates, or say how errors are fixed?", ("correction",), True),
    ("standards", "Does it point to editorial standards or an ethics policy?", ("editorial_standards",), True),
    ("contact", "Can you contact the author or publisher (to send feedback or a correction)?", ("contact",), True),
    ("sources", "Does it list its sources or references so you can check them?", ("sources_section",), True),
)


def _checklist(doc: Document, found: list[Evidence], dates: dict) -> tuple[list[dict], dict]:
    by_cat: dict[str, list[int]] = {}
    for i, e in enumerate(found):
        by_cat.setdefault(e.category, []).append(i)
    items = []
    for item, question, cats, scored in _QUESTIONS:
        idx = [i for c in cats for i in by_cat.get(c, [])]
        status, note = ("present" if idx else "absent"), ""
        if item == "ai_disclosure":
            denials = by_cat.get("ai_denial", [])
            if idx:
                parts = sorted({found[i].attrs["part"] for i in idx})
                note = "The page says AI was used for: " + ", ".join(parts) + \
                       ". (sourcelens reads what the page says; it does not detect AI writing.)"
            elif denials:
                idx, note = denials, "The page says AI was NOT used (a claim sourcelens reports, not checks)."
            else:
                note = "No statement about AI use found. That does not mean AI was or was not used."
        elif item == "author" and not idx:
            credits = by_cat.get("author_credentials", [])
            if credits:
                status, idx = "present", credits
                note = f"Named in the author note: {found[credits[0]].attrs.get('name')}."
            else:
                share = [i for i in by_cat.get("publisher", []) if found[i].code == "PV024"
                         and doc.region_kind_at(found[i].span.start) == "header"]
                if share:
                    status, idx = "unclear", share
                    note = (f"No byline; the only name near the top is '{found[share[0]].attrs.get('name')}', "
                            "which may be the site or an account rather than a person.")
        elif item == "published_date" and not idx and (dates["content_years"] or dates["copyright_year"]):
            status = "unclear"
            note = "No publication date; only dates inside the text or a copyright year."
        elif item == "copyright" and idx:
            note = _copyright_note(dates)
        elif item == "published_date" and idx:
            note = f"Published {dates['published']}."
        items.append({
            "item": item, "question": question, "status": status, "evidence": idx,
            "evidence_codes": sorted({found[i].code for i in idx}),
            "quotes": [_short(found[i].text) for i in idx[:3]], "note": note,
            "frameworks": _FRAMEWORKS[item], "scored": scored,
        })
    summary = {
        "ai_disclosure": {
            "found": bool(by_cat.get("ai_disclosure")),
            "part": sorted({found[i].attrs["part"] for i in by_cat.get("ai_disclosure", [])}),
            "extent": sorted({found[i].attrs["extent"] for i in by_cat.get("ai_disclosure", [])}),
            "denial": bool(by_cat.get("ai_denial")),
        },
        "author": _first_attr(found, by_cat, "byline", "name") or _first_attr(found, by_cat, "author_credentials", "name"),
        "author_credentials": [dict(found[i].attrs) for i in by_cat.get("author_credentials", [])],
        "publisher": _publisher(found, by_cat),
        "work_types": sorted({found[i].attrs.get("label") or found[i].code for i in by_cat.get("work_type", [])}),
    }
    return items, summary


def _copyright_note(dates: dict) -> str:
    year, between = dates["copyright_year"], dates["written_between"]
    if not year:
        return "Copyright line without a year."
    if not dates["content_years"]:
        return f"Copyright {year}."
    latest = max(dates["content_years"])
    span = f"{min(dates['content_years'])}-{latest}" if min(dates["content_years"]) != latest else str(latest)
    if year - latest >= 2:
        when = ""
        if between and between[0] and between[1]:
            when = f" (it reads as written between {between[0]} and {between[1]})"
        return (f"Copyright {year}, but the text's own dates run {span}{when}: the copyright year is probably "
                f"the site's current year, not when the article was written.")
    return f"Copyright {year}; the text's own dates run {span}."


def _first_attr(found, by_cat, category, attr):
    for i in by_cat.get(category, []):
        if found[i].attrs.get(attr):
            return found[i].attrs[attr]
    return None


def _publisher(found, by_cat) -> str | None:
    names = [found[i].attrs["name"] for i in by_cat.get("publisher", []) if found[i].attrs.get("name")]
    holders = [found[i].attrs["holder"] for i in by_cat.get("copyright", []) if found[i].attrs.get("holder")]
    return (names or holders or [None])[0]


def _short(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= QUOTE else s[: QUOTE - 1] + "\u2026"


def _dedupe(found: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for e in sorted(found, key=lambda e: (e.span.start, e.span.end, e.code)):
        key = (e.code, e.span.start, e.span.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# ------------------------------------------------------------------ metrics

def _metrics(found: list[Evidence], checklist: list[dict], dates: dict):
    cats = [e.category for e in found]
    disclosures = [e for e in found if e.category == "ai_disclosure"]
    scored = [c for c in checklist if c["scored"]]
    present = sum(1 for c in scored if c["status"] == "present")
    gap_reason = None
    gap = None
    if not dates["copyright_year"]:
        gap_reason = "no copyright year on the page"
    elif not dates["content_years"]:
        gap_reason = "the text mentions no years"
    else:
        gap = dates["copyright_year"] - max(dates["content_years"])
    upd_gap, upd_reason = None, None
    if dates["published"] and dates["updated"]:
        upd_gap = (_dt.date.fromisoformat(dates["updated"]) - _dt.date.fromisoformat(dates["published"])).days
    else:
        upd_reason = "the page does not give both a publication and an update date"
    whole = None
    if disclosures:
        whole = any(e.attrs["part"] == "whole" for e in disclosures)
    m = metric
    return (
        m("provenance.ai_disclosure", bool(disclosures), unit="yes/no", region=REGION,
          direction="true = the page says AI or automation was used to make it",
          label="Says AI was used to make it (a disclosure, not an AI detector)"),
        m("provenance.ai_disclosures", len(disclosures), unit="sentences", region=REGION,
          direction="higher = more disclosure statements", label="AI-use disclosure statements"),
        m("provenance.ai_disclosure_whole", whole, unit="yes/no", region=REGION,
          direction="true = the disclosure covers the whole text, false = only a named part",
          label="AI disclosure covers the whole text (part names in extras)",
          reason=None if disclosures else "no AI disclosure found"),
        m("provenance.ai_denial", "ai_denial" in cats, unit="yes/no", region=REGION,
          direction="true = the page says AI was not used", label="Says AI was not used (a claim)"),
        m("provenance.llm_artifacts", cats.count("llm_artifact"), unit="phrases", region=REGION,
          direction="higher = more leftover chatbot phrases", label="Leftover chatbot phrases"),
        m("provenance.checklist_present", present, unit="items", region=REGION,
          direction="higher = more provenance information on the page", label="Provenance items present"),
        m("provenance.checklist_items", len(scored), unit="items", region=REGION,
          direction="fixed: the number of scored checklist items", label="Provenance items checked"),
        m("provenance.checklist_score", present / len(scored), unit="share of items (0-1)", region=REGION,
          direction="higher = more provenance information on the page", label="Share of provenance items present"),
        m("provenance.years_between_content_and_copyright", gap, unit="years", region=REGION,
          direction="higher = copyright year further after the latest year the text mentions",
          label="Copyright year minus latest year in the text", reason=gap_reason),
        m("provenance.days_between_published_and_updated", upd_gap, unit="days", region=REGION,
          direction="higher = updated longer after publication", label="Days from publication to last update",
          reason=upd_reason),
    )
