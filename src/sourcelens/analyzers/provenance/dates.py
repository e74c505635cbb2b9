"""Dates: a labelled publication or update date, wherever it is ("Published: January 27,
2026.", "Last updated on 3 February 2026."), else an unlabelled date line above the article;
and the dates and years the text mentions ("signed on 28 July 2015", "in 2014"), those the
text puts in the future ("until 2030", "will ... in 2025") apart, from which the years it
was written between are read."""

from __future__ import annotations

import datetime as _dt
import re

from ...lexicons import compile_regex as _rx
from ...model import Document, Evidence
from .. import disclosure
from ..common import evidence
from .markers import DIMENSION


_FUTURE_CUE = _rx(
    r"(?:\b(?:come|until|till|by|ahead of|before|next|due in|expected in|from)\s+(?:(?:early|late|mid)[- ]?)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?|"
    r"\bwill\b[^.]{0,60})$", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


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
    # labelled publication / update dates, wherever they are; in the article's prose only where
    # the sentence speaks of this text ("This story was updated on May 3, 2016"), not of another
    # document ("In an email dated Feb. 12, 2012", "a report released March 3")
    for idx in triggered:
        span = doc.sentences[idx].span
        in_body = doc.sentences[idx].region == "body"
        for marker, key, code in ((upd_label, "updated", "PV023"), (pub_label, "published", "PV022")):
            for lm in marker.finditer(text, span.start, span.end):
                dm = date_rx.match(text, lm.end(), span.end)
                if dm and in_body and not disclosure.speaks_of_this_text(text, span.start, span.end, lm.start()):
                    continue
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
