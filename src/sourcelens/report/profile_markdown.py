"""The markdown profile of one article (``sourcelens score``)."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..cited import named_sources, who_is_cited
from ..model import Profile
from .markdown import cell, escape, fmt_number, is_breakdown, quote, table, tallied

EXAMPLES = 5


def profile_markdown(profile: Profile, examples: int = EXAMPLES) -> str:
    doc = profile.document
    out = [f"# {escape(doc.title or doc.source)}", "",
           f"Source: `{doc.source.replace('`', '')}` \u00b7 {len(doc.text):,} characters \u00b7 "
           f"{doc.body_words:,} words in the body \u00b7 encoding {doc.encoding}", ""]
    kinds = Counter(r.kind for r in doc.regions)
    out.append("Regions: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
               + " (readability, hedging, sentiment and specificity measure the body; provenance reads all).")
    for result in profile.results:
        out += ["", f"## {result.dimension.capitalize()}", ""]
        if result.status != "measured":
            out.append(f"_Not measured: {escape(result.note)}._")
            continue
        if result.note:
            out += [f"_{escape(result.note)}_", ""]
        shown = [m for m in result.metrics if not (is_breakdown(m.key) and m.value == 0)]
        rows = [[escape(m.label or m.key), fmt_number(m.value, m.unit) if m.value is not None
                 else f"\u2014 ({escape(m.reason or '')})", escape(m.unit), escape(m.direction)]
                for m in shown]
        out.append(table(["Measure", "Value", "Unit", "How to read it"], rows,
                         ["---", "---:", "---", "---"]))
        hidden = len(result.metrics) - len(shown)
        if hidden:
            out += ["", f"_{hidden} breakdown rows with no hits are left out (all are in the JSON)._"]
        by_category = defaultdict(list)
        for e in sorted(result.evidence, key=lambda e: e.span.start):
            by_category[e.category].append(e)
        for category, items in by_category.items():
            shown = ", ".join(f"{quote(e.text, 120)} ({e.code}, {e.span.start}\u2013{e.span.end})"
                              for e in items[:examples])
            more = f" \u2026 and {len(items) - examples} more" if len(items) > examples else ""
            out += ["", f"- **{escape(category.replace('_', ' '))}** ({len(items)}): {shown}{more}"]
            if category == "citation":
                out += ["", _who_is_cited(profile, examples)]
        checklist = result.extras.get("checklist") if result.extras else None
        if checklist:
            out += ["", table(["Question", "Status"],
                              [[cell(item.get("question", item.get("item"))), cell(item.get("status"))]
                               for item in checklist], ["---", "---"])]
    versions = ", ".join(f"{k} {v}" for k, v in sorted(profile.versions.items()))
    out += ["", f"_Versions: {escape(versions)}._", ""]
    return "\n".join(out)


def _who_is_cited(profile: Profile, examples: int) -> str:
    """"- **who is cited** (4 named sources): “Donald Trump” ×3 (CT001 985–1044, …), …"."""
    sources = who_is_cited(profile)      # named sources first, then "he" and quotes with no speaker
    parts = [tallied(s.name, s.count) + " (" + ", ".join(f"{e.code} {e.span.start}\u2013{e.span.end}" for e in s.evidence) + ")"
             + ("" if s.named else " [no name found]")
             for s in sources[:examples]]
    more = f" \u2026 and {len(sources) - examples} more" if len(sources) > examples else ""
    return f"- **who is cited** ({named_sources(sources)}): " + ", ".join(parts) + more
