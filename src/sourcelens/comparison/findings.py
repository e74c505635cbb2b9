"""Plain-language findings: the notable differences, each with the evidence behind it.

Only differences that pass :func:`~sourcelens.compare.headline.notable` are stated.
The wording reports what the text does ("gives more figures", "uses more boosters"),
never what it is worth ("is less reliable" is not ours to say).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..cited import source_name
from ..model import Evidence, Finding, Profile
from .headline import FINDINGS_ORDER, Measure, article_labels, as_number, measures_present, notable, short_name


def name(profiles: Sequence[Profile], i: int) -> str:
    return f"{article_labels(profiles)[i]} ({short_name(profiles[i])})"


def show(value: Any, unit: str, key: str = "") -> str:
    """A value as a sentence wants it: "grade 17.2", "45%", "+0.21", "1.51 per 100 words"."""
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key.endswith("_per_100_words"):
        return f"{float(value):.2f} per 100 words"
    if key.endswith("_per_1000_words"):
        return f"{float(value):.2f} per 1,000 words"
    if unit.startswith("share"):
        return f"{100 * float(value):.0f}%"
    if unit.startswith("VADER"):
        return f"{float(value):+.2f}"
    if "grade" in unit:
        return f"grade {float(value):.1f}"
    return f"{float(value):.2f}"


#: Figure types and citation kinds in the order that best shows a reader what "specific" means.
TELLING_TYPES = ("money", "percentage", "quantity", "count", "range", "tally", "ordinal", "date", "year", "age",
                 "named_document", "according_to", "study", "quotation", "reported_speech")


def _telling(e: Evidence) -> tuple[int, int, int]:
    kind = str(e.attrs.get("type") or e.attrs.get("kind") or "")
    rank = TELLING_TYPES.index(kind) if kind in TELLING_TYPES else len(TELLING_TYPES)
    return rank, -len(e.text), e.span.start


def examples_of(profile: Profile, wanted: Sequence[tuple[str, str]], limit: int) -> list[Evidence]:
    """Up to ``limit`` distinct examples, the most telling first (typed figures, longer phrases)."""
    found: list[Evidence] = []
    for dimension, category in wanted:
        found += profile.evidence_for(dimension, category)
    seen: set[str] = set()
    unique = []
    for e in sorted(found, key=_telling):
        key = e.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique[:limit]


def quoted(evidence: Sequence[Evidence], limit: int = 90) -> str:
    """‘…’, ‘…’: each example quoted; a citation whose words do not name its source is
    followed by the source ("‘he claimed’ (Trump)")."""
    parts = []
    for e in evidence:
        text = " ".join(e.text.split())
        text = text if len(text) <= limit else text[: limit - 1] + "\u2026"
        already_quoted = text[:1] in QUOTE_MARKS and text[-1:] in QUOTE_MARKS
        part = text if already_quoted else "\u2018" + text + "\u2019"
        source = source_name(e) if e.category == "citation" else ""
        if source and source.lower() not in text.lower():
            part += f" ({source})"
        parts.append(part)
    return ", ".join(parts)


QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d"


def build_findings(profiles: Sequence[Profile], examples: int = 3) -> list[Finding]:
    findings = []
    ordered = sorted(measures_present(profiles), key=lambda m: FINDINGS_ORDER.index(m.key)
                     if m.key in FINDINGS_ORDER else len(FINDINGS_ORDER))
    for measure in ordered:
        values = [p.value(measure.key) for p in profiles]
        if not notable(measure, values):
            continue
        findings.append(_finding(measure, profiles, values, examples))
    return findings


def _finding(m: Measure, profiles: Sequence[Profile], values: list[Any], examples: int) -> Finding:
    unit = next(p.metrics[m.key].unit for p in profiles if m.key in p.metrics)
    numbers = [as_number(v) for v in values]
    hi = max(range(len(profiles)), key=lambda i: (numbers[i], -i))
    lo = min(range(len(profiles)), key=lambda i: (numbers[i], i))
    hi_examples = examples_of(profiles[hi], m.examples, examples)
    lo_examples = examples_of(profiles[lo], m.low_examples, examples) if m.low_examples else []
    evidence = tuple((hi, e) for e in hi_examples) + tuple((lo, e) for e in lo_examples)

    if isinstance(values[hi], bool):
        said = f": {quoted(hi_examples[:1], 160)}" if hi_examples else ""
        stop = "" if said.endswith((".\u2019", "!\u2019", "?\u2019")) else "."
        text = (f"{name(profiles, hi)} {m.higher}{said}{stop} {_others(profiles, values, hi)} no such "
                "statement. This is what the page says about itself; sourcelens does not detect AI writing.")
        return Finding(m.key.split(".")[0], m.key, text, evidence)

    counted = _counted(m, profiles, hi, lo, unit, hi_examples, lo_examples)
    if counted:
        return Finding(m.key.split(".")[0], m.key, counted, evidence)
    if len(profiles) == 2:
        text = (f"{name(profiles, hi)} {m.higher} than {name(profiles, lo)}: "
                f"{show(values[hi], unit, m.key)} against {show(values[lo], unit, m.key)}")
    else:
        text = (f"{name(profiles, hi)} {m.higher} than the others ({show(values[hi], unit, m.key)}); "
                f"{name(profiles, lo)} the least ({show(values[lo], unit, m.key)})")
    if hi_examples:
        text += f". For example, in {article_labels(profiles)[hi]}: {quoted(hi_examples)}"
    if lo_examples:
        text += f"; {article_labels(profiles)[lo]} has instead {quoted(lo_examples)}"
    return Finding(m.key.split(".")[0], m.key, text + ".", evidence)


#: rate key -> (count key, verb, singular, plural, what the low article does instead of giving
#: any, what it does beside the few it gives)
_COUNTS = {
    "specificity.figures_per_100_words": ("specificity.figures", "gives", "figure", "figures",
                                          "and speaks instead of", "and also speaks of"),
    "specificity.citations_per_100_words": ("specificity.citations", "gives", "citation", "citations",
                                            "and attributes claims instead to", "and also attributes claims to"),
    "hedging.hedges_per_100_words": ("hedging.hedges", "uses", "hedge", "hedges", "", ""),
    "hedging.boosters_per_100_words": ("hedging.boosters", "uses", "booster", "boosters", "", ""),
}


def _counted(m: Measure, profiles: Sequence[Profile], hi: int, lo: int, unit: str,
             hi_examples: list[Evidence], lo_examples: list[Evidence]) -> str:
    """"A gives 12 figures (1.51 per 100 words), e.g. …; B gives none, and speaks instead of …".

    The articles are ranked per 100 words, so the one ranked low may give as many or more in
    all, being longer: it is then said to give "fewer for its length", and what it does
    besides is not "instead"."""
    if m.key not in _COUNTS:
        return ""
    key, verb, one, many, instead, besides = _COUNTS[m.key]
    a, b = profiles[hi].value(key), profiles[lo].value(key)
    if a is None or b is None:
        return ""

    def n(x: Any) -> str:
        return "none" if x == 0 else f"1 {one}" if x == 1 else f"{int(x)} {many}"

    rate_hi, rate_lo = show(profiles[hi].value(m.key), unit, m.key), show(profiles[lo].value(m.key), unit, m.key)
    text = f"{name(profiles, hi)} {verb} {n(a)} ({rate_hi})"
    if hi_examples:
        text += f", for example {quoted(hi_examples)}"
    low = f"{name(profiles, lo)} {verb} {n(b)}"
    if b and b >= a and len(profiles) == 2:
        low += f", fewer for its length ({rate_lo})"      # fewer per 100 words, not in all
    elif b:
        low += f" ({rate_lo})"
    if len(profiles) > 2:
        low = f"the fewest for its length: {low}"      # ranked per 100 words
    text += f"; {low}"
    also = instead if b == 0 else besides
    if lo_examples and also:
        text += f", {also} {quoted(lo_examples)}"
    return text + "."


def _others(profiles: Sequence[Profile], values: list[Any], hi: int) -> str:
    others = [article_labels(profiles)[i] for i, v in enumerate(values) if i != hi and not v]
    if not others:
        return "The others make"
    return (" and ".join(others) + (" makes" if len(others) == 1 else " make"))
