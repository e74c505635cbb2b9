"""The checklist a reader can go through (``_checklist``): one item per question ("Does
the page say who wrote it?", "Does it say when it was published?"), each present, absent or
unclear, with its evidence, short quotes, a note in plain words and the CRAAP, SIFT and
Trust Project questions it serves; a summary of the page's author, publisher, work types and
AI statements; and the dimension's metrics (``_metrics``: the AI disclosures, the checklist
score, the years between the text's dates and its copyright year)."""

from __future__ import annotations

import datetime as _dt

from ...model import Document, Evidence
from ..common import metric


REGION = "all"
QUOTE = 140


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
