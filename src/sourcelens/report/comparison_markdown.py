"""The markdown comparison report (``sourcelens compare``), the project's showcase.

Its first screen answers "how do these articles differ?": the articles, the headline
measures side by side with the notable differences marked, and the findings in plain
words. Then one section per dimension with the evidence, the content alignment,
questions for discussion, and how to read it all. Every piece of article text goes
through :func:`~sourcelens.report.markdown.quote`, so no article can break the layout.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Sequence

from ..comparison.headline import article_labels, headline_rows, short_name
from ..comparison.content import ALIGN_THRESHOLD
from ..comparison.headline import HEADLINE
from ..cited import named_sources, who_is_cited
from ..model import Comparison, Evidence, Profile
from .markdown import escape, fmt_number, is_breakdown, quote, shorten, table, tallied

NOTABLE = "\u25c6"
SECTION_TITLES = {
    "readability": "Readability: how hard is it to read?",
    "hedging": "Hedging: how sure does it sound?",
    "sentiment": "Sentiment and tone: how does it feel?",
    "specificity": "Specificity: what can be checked?",
    "provenance": "Provenance: what does it say about where it comes from?",
    "style": "Style signals (not an AI detector)",
}
SENTENCE_LIKE = 40  # evidence longer than this (on average) is quoted whole, not tallied as terms


def comparison_markdown(comparison: Comparison, examples: int = 3) -> str:
    profiles = comparison.profiles
    labels = article_labels(profiles)
    out: list[str] = []
    names = " vs ".join(escape(short_name(p)) for p in profiles)
    out += [f"# Comparing {len(profiles)} articles: {names}", ""]
    out += [_articles_table(profiles, labels), ""]
    out += ["## At a glance", "", _glance(comparison, labels), "",
            f"{NOTABLE} marks a difference large enough to mention (thresholds in *How to read this report*). "
            "The last column says how to read each measure; none of them says which article is true.", ""]
    out += ["## What stands out", ""]
    if comparison.findings:
        out += [f"- {escape(f.text)}" for f in comparison.findings]
    else:
        out.append("- No difference passes the thresholds: on these measures the articles read alike.")
    out += ["", "## Questions for discussion", ""]
    out += [f"{i}. {escape(q)}" for i, q in enumerate(comparison.questions, 1)]
    for dimension in comparison.dimensions:
        out += ["", f"## {SECTION_TITLES.get(dimension, dimension.capitalize())}", ""]
        out += _dimension_section(dimension, profiles, labels, examples)
    out += ["", "## What they share and where they differ in content", ""]
    out += _content_section(comparison, labels, examples)
    out += ["", "## How to read this report", ""]
    out += _how_to_read()
    versions = ", ".join(f"{k} {v}" for k, v in sorted(profiles[0].versions.items())) if profiles else ""
    out += ["", f"<sub>Made by sourcelens. Versions: {escape(versions)}.</sub>", ""]
    return "\n".join(out)


def _articles_table(profiles: Sequence[Profile], labels: list[str]) -> str:
    rows = []
    for label, p in zip(labels, profiles):
        doc = p.document
        rows.append([f"**{label}**", escape(shorten(doc.title or "(no title found)", 100)),
                     f"`{doc.source.replace('`', '')}`", f"{doc.body_words:,}"])
    return table(["", "Article (title as found)", "File", "Body words"], rows, ["---", "---", "---", "---:"])


def _glance(comparison: Comparison, labels: list[str]) -> str:
    rows = []
    for row in headline_rows(comparison):
        values = row["values"]
        mark = f" {NOTABLE}" if row["notable"] else ""
        rendered = [fmt_number(v, row["unit"]) for v in values]
        if row["notable"]:
            numbers = [float(v) for v in values]
            top = max(range(len(values)), key=lambda i: numbers[i])
            rendered[top] = f"**{rendered[top]}**"
        rows.append([escape(row["label"]) + mark, *rendered, escape(row["direction"])])
    if not rows:
        return "_No headline measure was computed._"
    return table(["Measure", *labels, "How to read it"], rows, ["---", *["---:"] * len(labels), "---"])


def _dimension_section(dimension: str, profiles: Sequence[Profile], labels: list[str], examples: int) -> list[str]:
    results = [p.result(dimension) for p in profiles]
    if all(r is None or r.status != "measured" for r in results):
        note = next((r.note for r in results if r is not None and r.note), "not measured")
        return [f"_Not measured: {escape(note)}._"]
    out: list[str] = []
    notes = {r.note for r in results if r is not None and r.note}
    for note in sorted(notes):
        out += [f"> {escape(note)}", ""]
    keys: list[str] = []
    for r in results:
        for m in (r.metrics if r else ()):
            if m.key not in keys:
                keys.append(m.key)
    rows = []
    hidden = 0
    for key in keys:
        metrics = [p.metrics.get(key) for p in profiles]
        first = next(m for m in metrics if m is not None)
        if is_breakdown(key) and all(m is not None and m.value == 0 for m in metrics):
            hidden += 1
            continue
        cells = [fmt_number(m.value, m.unit) if m is not None and m.value is not None else
                 ("\u2014" if m is None else f"\u2014 ({escape(m.reason or '')})") for m in metrics]
        how = first.unit + (f"; {first.direction}" if first.direction else "")
        rows.append([escape(first.label or key), *cells, escape(how)])
    out.append(table(["Measure", *labels, "Unit; how to read it"], rows, ["---", *["---:"] * len(labels), "---"]))
    if hidden:
        out += ["", f"_{hidden} breakdown rows with no hits in any article are left out (all are in the JSON)._"]
    if dimension == "provenance":
        checklist = _checklist(profiles, labels)
        if checklist:
            out += ["", checklist]
    out += [""] + _evidence_lists(dimension, profiles, labels, examples)
    return out


#: Evidence lists in the order that tells a reader most; unlisted categories follow as found.
CATEGORY_ORDER = ("hard_sentence", "hedge", "booster", "negative_sentence", "positive_sentence", "loaded",
                  "figure", "citation", "anonymous_attribution", "vague", "named", "ai_disclosure", "ai_denial",
                  "llm_artifact", "byline", "author_credentials", "publisher", "published_date", "updated_date",
                  "copyright", "work_type", "content_date")
def category_title(category: str) -> str:
    words = category.replace("_", " ")
    words = re.sub(r"\b(ai|llm)\b", lambda m: m.group(1).upper(), words)
    return words[:1].upper() + words[1:]


def _evidence_lists(dimension: str, profiles: Sequence[Profile], labels: list[str], examples: int) -> list[str]:
    categories: list[str] = []
    for p in profiles:
        for e in p.evidence_for(dimension):
            if e.category not in categories:
                categories.append(e.category)
    rank = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    found_order = list(categories)
    categories.sort(key=lambda c: (rank.get(c, len(rank)), found_order.index(c)))
    out: list[str] = []
    for category in categories:
        out += [f"**{escape(category_title(category))}**", ""]
        for label, p in zip(labels, profiles):
            items = sorted(p.evidence_for(dimension, category), key=lambda e: e.span.start)
            out.append(f"- **{label}** ({len(items)}): " + (_render_items(items, examples) if items else "none found"))
        out.append("")
        if category == "citation":
            out += _who_is_cited(profiles, labels, examples)
    return out


def _who_is_cited(profiles: Sequence[Profile], labels: list[str], examples: int) -> list[str]:
    """Each article's cited sources, the most cited first ("Donald Trump ×3")."""
    out = ["**Who is cited** (the source each citation names; \"he\", \"she\" or \"it\" is shown as the name "
           "it most likely refers to)", ""]
    limit = max(examples * 3, 6)
    for label, p in zip(labels, profiles):
        sources = who_is_cited(p)
        named = [s for s in sources if s.named]
        names = [tallied(s.name, s.count) for s in named]
        shown = ", ".join(names[:limit]) + (f", \u2026 {len(names) - limit} more" if len(names) > limit else "")
        unnamed = [tallied(s.name, s.count, 40) for s in sources if not s.named]
        if unnamed:
            shown += ("; " if named else "") + "with no name found: " + ", ".join(unnamed)
        out.append(f"- **{label}** ({named_sources(sources)}): " + (shown if sources else "none found"))
    return out + [""]


def _render_items(items: list[Evidence], examples: int) -> str:
    average = sum(len(e.text) for e in items) / len(items)
    if average > SENTENCE_LIKE:
        shown = [quote(e.text, 220) + (f" _{escape(e.note)}_" if e.note else "") for e in items[:examples]]
        rest = len(items) - len(shown)
        return "; ".join(shown) + (f"; \u2026 and {rest} more" if rest > 0 else "")
    groups: dict[str, list[Evidence]] = defaultdict(list)
    for e in items:
        groups[str(e.attrs.get("type") or e.attrs.get("kind") or e.attrs.get("subcategory") or "")].append(e)
    parts = []
    for group, members in groups.items():
        counts = Counter(" ".join(e.text.split()).lower() for e in members)
        first_form = {}
        for e in members:
            first_form.setdefault(" ".join(e.text.split()).lower(), " ".join(e.text.split()))
        limit = max(examples * 3, 6)
        terms = [tallied(first_form[t], n) for t, n in counts.most_common()]
        shown = ", ".join(terms[:limit]) + (f", \u2026 {len(terms) - limit} more" if len(terms) > limit else "")
        parts.append((f"_{escape(group.replace('_', ' '))}_: " if group else "") + shown)
    return "; ".join(parts)


def _checklist(profiles: Sequence[Profile], labels: list[str]) -> str:
    lists = []
    for p in profiles:
        r = p.result("provenance")
        lists.append(list(r.extras.get("checklist", [])) if r and r.extras else [])
    if not any(lists):
        return ""
    items: list[str] = []
    questions: dict[str, str] = {}
    for checklist in lists:
        for entry in checklist:
            if entry["item"] not in items:
                items.append(entry["item"])
                questions[entry["item"]] = entry.get("question") or entry["item"]
    rows = []
    for item in items:
        cells = []
        for checklist in lists:
            entry = next((e for e in checklist if e["item"] == item), None)
            cells.append(_checklist_cell(entry))
        rows.append([escape(questions[item]), *cells])
    return "**Provenance checklist**\n\n" + table(["Question", *labels], rows, ["---", *["---"] * len(labels)])


def _checklist_cell(entry: dict[str, Any] | None) -> str:
    if entry is None:
        return "\u2014"
    status = str(entry.get("status", ""))
    symbol = {"present": "\u2714 present", "absent": "\u2718 absent", "unclear": "? unclear"}.get(status, status)
    quotes = entry.get("quotes") or entry.get("evidence_text") or []
    if isinstance(quotes, str):
        quotes = [quotes]
    shown = " ".join(quote(q, 70) for q in quotes[:1])
    return escape(symbol) + (f": {shown}" if shown else "")


def _content_section(comparison: Comparison, labels: list[str], examples: int) -> list[str]:
    profiles = comparison.profiles
    content = comparison.content
    out: list[str] = []
    similarity = content.get("similarity")
    if similarity is None:
        return [f"_Not computed: {escape(content.get('reason', 'no body text'))}._"]
    pairs = [f"{labels[i]}\u2013{labels[j]} {similarity[i][j]:.2f}"
             for i in range(len(profiles)) for j in range(i + 1, len(profiles))]
    out += [f"Content similarity (cosine of TF-IDF word weights; 0 = no shared content words, 1 = same "
            f"word distribution): {', '.join(pairs)}.", ""]
    for label, terms in zip(labels, content.get("distinctive_terms", [])):
        out.append(f"- Words distinctive of **{label}**: " + (", ".join(escape(t) for t in terms) or "none"))
    out += ["", "**Aligned sentences**: sentences of different articles that use the same content words "
            f"(TF-IDF cosine \u2265 {ALIGN_THRESHOLD}), so you can compare how each says it. Tags: hedges (H), "
            "boosters (B), figures (F), citations (C), vague quantities (V), VADER sentiment (S).", ""]
    rows = []
    by_pair: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for pair in comparison.alignment:
        by_pair[(pair.left, pair.right)].append(pair)
    for (i, j), pairs_ in sorted(by_pair.items()):
        for pair in sorted(pairs_, key=lambda p: (-p.similarity, p.left_sentence))[: examples * 2]:
            rows.append([f"{pair.similarity:.2f}",
                         f"**{labels[i]}** " + _sentence_cell(profiles[i], pair.left_sentence),
                         f"**{labels[j]}** " + _sentence_cell(profiles[j], pair.right_sentence)])
    if rows:
        out.append(table(["Sim.", "One article says", "Another says"], rows, ["---:", "---", "---"]))
        total = len(comparison.alignment)
        if total > len(rows):
            out += ["", f"_{total - len(rows)} more aligned pairs are in the JSON output (`--format json`)._"]
    else:
        out.append("_No sentences are similar enough to align._")
    return out


_TAGS = (("H", "hedging", "hedge"), ("B", "hedging", "booster"), ("F", "specificity", "figure"),
         ("C", "specificity", "citation"), ("V", "specificity", "vague"))


def _sentence_cell(profile: Profile, index: int) -> str:
    sentence = profile.document.sentences[index]
    text = profile.document.text[sentence.span.start : sentence.span.end]
    tags = []
    for tag, dimension, category in _TAGS:
        n = sum(1 for e in profile.evidence_for(dimension, category) if sentence.span.contains(e.span))
        if n:
            tags.append(f"{tag}{n}")
    scores = {name: values for r in profile.results for name, values in r.sentence_scores.items()}
    compound = scores.get("compound", ())[index] if scores.get("compound") else None
    if compound is not None:
        tags.append(f"S{compound:+.2f}")
    return quote(text, 200) + (f" `{' '.join(tags)}`" if tags else "")


def _how_to_read() -> list[str]:
    from ..accuracy import ACCURACY_ROWS

    thresholds = "; ".join(f"{escape(m.label)}: {m.min_gap:g}" + (f" and {m.min_ratio:g}\u00d7" if m.min_ratio > 1 else "")
                           for m in HEADLINE)
    out = [
        "- **Method.** Each article is split into paragraphs and sentences; page furniture (headers, "
        "captions, bios, footers, disclaimers) is set apart, and readability, hedging, sentiment and "
        "specificity measure the body only. Provenance reads the whole page. Every count links to the "
        "exact words (character offsets in `--format json`).",
        "- **Rates.** \u201cper 100 words\u201d counts hits per 100 words of body text, so long and short "
        "articles compare fairly. Shares are of body sentences.",
        f"- **When a difference is marked {NOTABLE}.** The highest and lowest values differ by at least "
        f"(gap, and ratio for rates): {thresholds}.",
        "- **Readability formulas** rank versions of the same text well but are only loosely related to how "
        "hard unrelated texts feel to readers: compare, don't grade.",
        "- **Sentiment** is lexicon-based (VADER) per sentence: it reads words, not stance or sarcasm; news "
        "about bad events reads as negative however neutral its writing.",
        "- **Provenance** reports what the page says about itself. An AI disclosure is a statement, not a "
        "detection: a page without one may still be machine-written, and sourcelens cannot tell.",
        "- **Style signals** are word and phrase rates that rose in the LLM era; they are not proof of "
        "anything, and such signals misfire on non-native writers (61 % of TOEFL essays were flagged as AI "
        "by detectors, Liang et al. 2023).",
        "- **None of these measures says whether an article is true.** They show how it is written and "
        "what it lets a reader check.",
        "",
        "**How accurate is each detector** (measured on annotated development data; the data, every "
        "figure and the script that reproduces it are in the README's *How accurate is it*):",
        "",
        table(["Detector", "In brief"], [[escape(r.detector), escape(r.in_brief)] for r in ACCURACY_ROWS],
              ["---", "---"]),
    ]
    return out
