"""Plain-language findings: the notable differences, each with the evidence behind it.

Only differences that pass :func:`~sourcelens.compare.headline.notable` are stated.
The wording reports what the text does ("gives more figures", "uses more boosters"),
never what it is worth ("is less reliable" is not ours to say).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..model import Evidence, Finding, Profile
from .headline import Measure, article_labels, as_number, measures_present, notable, short_name


def name(profiles: Sequence[Profile], i: int) -> str:
    return f"{article_labels(profiles)[i]} ({short_name(profiles[i])})"


def show(value: Any, unit: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if unit.startswith("share"):
        return f"{100 * float(value):.0f}%"
    if unit.startswith("VADER"):
        return f"{float(value):+.2f}"
    if "grade" in unit:
        return f"grade {float(value):.1f}"
    if "per 100 words" in unit or "per 1,000 words" in unit or "per 1000 words" in unit:
        return f"{float(value):.2f} {unit}"
    return f"{float(value):.2f}"


def examples_of(profile: Profile, wanted: Sequence[tuple[str, str]], limit: int) -> list[Evidence]:
    found: list[Evidence] = []
    for dimension, category in wanted:
        found += profile.evidence_for(dimension, category)
    seen: set[str] = set()
    unique = []
    for e in sorted(found, key=lambda e: e.span.start):
        key = e.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique[:limit]


def quoted(evidence: Sequence[Evidence], limit: int = 90) -> str:
    parts = []
    for e in evidence:
        text = " ".join(e.text.split())
        parts.append("\u2018" + (text if len(text) <= limit else text[: limit - 1] + "\u2026") + "\u2019")
    return ", ".join(parts)


def build_findings(profiles: Sequence[Profile], examples: int = 3) -> list[Finding]:
    findings = []
    for measure in measures_present(profiles):
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
        text = (f"{name(profiles, hi)} {m.higher}"
                + (f": {quoted(hi_examples[:1], 160)}" if hi_examples else "")
                + f". {_others(profiles, values, hi)} no such statement. This is what the page says about "
                  "itself; sourcelens does not detect AI writing.")
        return Finding(m.key.split(".")[0], m.key, text, evidence)

    if len(profiles) == 2:
        text = (f"{name(profiles, hi)} {m.higher} than {name(profiles, lo)}: "
                f"{show(values[hi], unit)} against {show(values[lo], unit)}")
    else:
        text = (f"{name(profiles, hi)} {m.higher} than the others ({show(values[hi], unit)}); "
                f"{name(profiles, lo)} the least ({show(values[lo], unit)})")
    count = _count_sentence(m, profiles, hi, lo)
    if count:
        text += f". {count}"
    if hi_examples:
        text += f". For example, in {article_labels(profiles)[hi]}: {quoted(hi_examples)}"
    if lo_examples:
        text += f"; {article_labels(profiles)[lo]} has instead {quoted(lo_examples)}"
    return Finding(m.key.split(".")[0], m.key, text + ".", evidence)


_COUNTS = {
    "specificity.figures_per_100_words": ("specificity.figures", "figure", "figures"),
    "specificity.citations_per_100_words": ("specificity.citations", "named citation", "named citations"),
    "hedging.hedges_per_100_words": ("hedging.hedges", "hedge", "hedges"),
    "hedging.boosters_per_100_words": ("hedging.boosters", "booster", "boosters"),
}


def _count_sentence(m: Measure, profiles: Sequence[Profile], hi: int, lo: int) -> str:
    if m.key not in _COUNTS:
        return ""
    key, one, many = _COUNTS[m.key]
    a, b = profiles[hi].value(key), profiles[lo].value(key)
    if a is None or b is None:
        return ""

    def n(x: Any) -> str:
        return "none" if x == 0 else f"1 {one}" if x == 1 else f"{int(x)} {many}"

    return f"In all, {article_labels(profiles)[hi]} has {n(a)} and {article_labels(profiles)[lo]} {n(b)}"


def _others(profiles: Sequence[Profile], values: list[Any], hi: int) -> str:
    others = [article_labels(profiles)[i] for i, v in enumerate(values) if i != hi and not v]
    if not others:
        return "The others make"
    return (" and ".join(others) + (" makes" if len(others) == 1 else " make"))
