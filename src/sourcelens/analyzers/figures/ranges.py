"""Neighbouring figures merged into one (``_merge_ranges``): a range, when they are joined
by a dash, "to" or "between ... and" ("2010-2015", "between 5 and 10 per cent", "5-10%",
"$35,000 to $60,000 a year", "September 16-19"); a tally, when the first of two counts or
percentages is not below the second or the sentence sets them against each other ("a 5-4
decision", "46 to 40 percent", "lost the state 36 percent to 51 percent"). After a verb of
change or "from", "a to b" stays two figures, a change ("grew by $1.5 billion to $352.7
billion"). The first number of a range or change takes what is written only after the
second: its kind and unit ("rose from 3 to 5 percent"), its currency ("$5-10 billion") and
its scale ("between 1.5 and 2 million" runs from 1,500,000)."""

from __future__ import annotations

import re
from typing import Any

from ...lexicons import compile_regex as _rx
from .classify import Figure, _num
from .vocabulary import SCALES


# "-", "to", "and"; a suspended hyphen before "to" counts as "to": "18- to 29-year-olds"
_RANGE_JOIN = _rx(r"\s*(?:-\s*to|-|–|—|to|and)\s*$", re.IGNORECASE)
_BETWEEN = _rx(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _small(f: Figure) -> bool:
    value = f.attrs.get("value")
    return isinstance(value, int) and 0 <= value < 100


_RANGEABLE = frozenset({"count", "percentage", "money", "year", "quantity", "date", "time"})


_DAY_VALUE = _rx(r"--\d\d-(\d\d)$")   # a date's value with a month and a day, no year: "--09-16"


#: what joins a date to a later day of its month: "September 16-19", "Sept. 19 to 22"
_DAY_JOINS = frozenset({"-", "\u2013", " - ", " \u2013 ", " to ", " through ", " thru "})


def _day_range(a: Figure, b: Figure, gap: str) -> str | None:
    """The last day's value when ``a`` is a date with a day (and no year, which would end
    it: "July 28, 2015-16") and ``b`` a later day of the same month joined to it by a dash
    or "to" ("September 16-19", "March 3–5", "Sept. 19 to 22"), else None."""
    if a.kind != "date" or b.kind != "count" or gap not in _DAY_JOINS:
        return None
    day = _DAY_VALUE.search(str(a.attrs.get("value", "")))
    last = b.attrs.get("value")
    if day is None or not isinstance(last, int) or not int(day.group(1)) < last <= 31:
        return None
    return a.attrs["value"][:-2] + f"{last:02d}"


#: words before "X to Y" that make it a change from one value to another, not a range
CHANGE_WORDS = frozenset("""rose rise rises risen rising fell fall falls fallen falling grew grow grows
grown growing increased increase increases increasing decreased decrease decreases decreasing jumped
jump jumps dropped drop drops climbed climb climbs declined decline declines cut cuts cutting raised
raise raises raising lowered lower lowers lowering boosted boost boosts reduced reduce reduces
reducing slipped slip soared soar plunged plunge surged surge shrank shrink doubled tripled went
moved changed revised hiked hike bumped shrunk shrinking up down""".split())
#: words before "from X to Y" that make it a range ("range from $15 to $26")
RANGE_FROM_WORDS = frozenset("""range ranges ranged ranging anywhere somewhere vary varies varied varying
lasting lasts last aged ages""".split())


def _is_change(text: str, lo: int, a: Figure, b: Figure, between: re.Match[str] | None) -> bool:
    """Does "a to b" give a change from one value to another, two figures, rather than a
    range? "from a to b" does ("rose from 5% to 6%"), unless a word of range comes first
    ("range from $15 to $26", ``RANGE_FROM_WORDS``) or it gives dates or times ("from
    Feb. 11 to Feb. 16"). Without "from" right before it, "a to b" is a range ("$35,000 to
    $60,000 a year") unless one of the three words before it is a verb of change ("grew by
    $1.5 billion to $352.7 billion", ``CHANGE_WORDS``) or "from" ("the minimum wage from
    the current $7.25 to $12"), or "by" sets the first amount apart as the change ("raised
    its forecast by 0.1 percentage points to 4.2 percent"; not a tally, "leads by 46 percent
    to 42 percent")."""
    start = between.start() if between else a.start
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(lo, start - 40):start])[-4:]]
    if between is not None:
        return b.kind not in ("date", "time") and not (words and words[-1] in RANGE_FROM_WORDS)
    last3 = words[-3:]
    if any(w in CHANGE_WORDS for w in last3):
        return True
    if "from" in last3:
        i = len(words) - 1 - words[::-1].index("from")
        return not (i > 0 and words[i - 1] in RANGE_FROM_WORDS)
    return bool(words) and words[-1] == "by" and not _is_tally(a, b)


#: the kinds of which two, joined like a range but the first not below the second, are a tally
#: ("46 to 40 percent": the first number, a count, takes the kind of the second)
_TALLIED = frozenset({"count", "percentage"})


def _is_tally(a: Figure, b: Figure) -> bool:
    """Is "a-b" ("5-4", "46 to 40 percent") a tally rather than a range? A range runs from
    low to high, so a first number at or above the second sets two numbers against each
    other (a vote, a score, a poll's two candidates). "4-5" may be either and stays a range."""
    low, high = a.attrs.get("value"), b.attrs.get("value")
    return isinstance(low, (int, float)) and isinstance(high, (int, float)) and low >= high


#: words right before "a to b" that make it a result or a split, not a span of values: "lost
#: the state 36 percent to 51 percent", "a net negative 42%-49% rating" (verb forms that are
#: rarely nouns: not "lead", "win", "trail": "a 5-point lead is within 3 to 4 percent")
SET_AGAINST_WORDS = frozenset("""lost loses losing won winning beat beats beating trailed trails
trailing led leading defeated edged topped negative positive net""".split())
_POINTS_BEFORE = _rx(r"(\d+(?:\.\d+)?)[- ]points?\b")


def _set_against(text: str, lo: int, a: Figure, b: Figure) -> bool:
    """Is "a to b" with a below b still a tally? Yes after a word of winning, losing or a net
    rating (``SET_AGAINST_WORDS``: "lost the state 36 percent to 51 percent", "a negative
    42%-49% approval rating"), and when the sentence gave their difference in points just
    before ("a 20-point deficit among women (34%-54%)", "net negative 6 points (37 percent
    to 43 percent)")."""
    low, high = a.attrs.get("value"), b.attrs.get("value")
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return False
    before = text[max(lo, a.start - 60):a.start]
    words = re.findall(r"[A-Za-z]+", before)[-3:]
    if any(w.lower() in SET_AGAINST_WORDS for w in words):
        return True
    return any(float(m.group(1)) == high - low for m in _POINTS_BEFORE.finditer(before))


def _merge_ranges(text: str, found: list[Figure], lo: int) -> list[Figure]:
    """Join "2010-2015", "5-10%", "between 5 and 10 per cent" into one range figure, and "5-4",
    "46 to 40 percent" into one tally (:func:`_is_tally`)."""
    if len(found) < 2:
        return found
    out: list[Figure] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = text[a.end:b.start]
            days = _day_range(a, b, gap)
            if days is not None:  # "September 16-19": one range of dates
                out.append(Figure(a.start, b.end, "range", {"of": "date", "low": a.attrs["value"], "high": days}))
                i += 2
                continue
            scale = _scale_of(text, b)
            # "$1.5-2 billion", "$5 to 10 million": the currency comes first, the scale last
            money_scaled = a.kind == "money" and b.kind == "count" and scale is not None
            joined = (len(gap) <= 5 and _RANGE_JOIN.fullmatch(gap) is not None
                      and a.kind in _RANGEABLE and b.kind in _RANGEABLE
                      and (a.kind == b.kind or a.kind == "count" or money_scaled
                           or (a.kind == "year" and b.kind == "count" and _small(b))))
            word = ""
            if joined:
                word = gap.strip().lower()
                if word.startswith("-") and word.endswith("to"):
                    word = "to"  # "18- to 29-year-olds"
                between = _BETWEEN.search(text, max(lo, a.start - 9), a.start)
                if word == "and" and not between:
                    joined = False
                elif word in ("to", "-", "–", "—") and a.kind == "year" and b.kind == "year":
                    joined = True
                elif word == "to" and a.kind == "year" and b.kind == "count" and not between:
                    joined = False  # "of 2008 to 60 this year": "2010-15" is one range, this is not
                elif word == "to" and (between is None and a.kind != "count"
                                       or between is not None and between.group(0).strip().lower() == "from"):
                    # "grew by $1.5 billion to $352.7 billion", "rose from 5% to 6%": a change,
                    # two figures; "$35,000 to $60,000 a year", "range from $15 to $26": a range
                    joined = not _is_change(text, lo, a, b, between)
            if joined and not between and b.kind in _TALLIED and a.kind in (b.kind, "count") \
                    and (_is_tally(a, b) or _set_against(text, lo, a, b)):
                # "a 5-4 decision", "voted 19-15", "46 to 40 percent", "a 2 to 1 margin": two
                # numbers set against each other, a vote, a score or a poll, not a span of values
                attrs = {"of": b.kind, "values": [a.attrs["value"], b.attrs["value"]]}
                out.append(Figure(a.start, b.end, "tally", attrs))
                i += 2
                continue
            if joined:
                s = between.start() if between else a.start
                low, high = _scaled_first(text, a, scale), b.attrs.get("value")
                of = "money" if money_scaled else b.kind
                if a.kind == "year" and isinstance(low, int) and isinstance(high, int) and high < 100 <= low:
                    high, of = low - low % 100 + high, "year"  # 2010-15
                # "5-10%": the first number takes the kind and unit of the second
                attrs = {"of": of, "low": low, "high": high}
                for key in ("currency", "unit"):
                    if key in b.attrs:
                        attrs[key] = b.attrs[key]
                if money_scaled:
                    attrs["currency"] = a.attrs.get("currency", "")
                out.append(Figure(s, b.end, "range", attrs))
                i += 2
                continue
            if word == "to" and "qualifier" not in a.attrs and (
                    a.kind == "count" and b.kind in _SHARED_BY_CHANGE or a.kind == b.kind == "money"):
                # a change, two figures: "rose from 3 to 5 percent", "from 1.5 to 2.3 million",
                # "from $3 to $5 billion"; the first number is written without the unit or
                # the scale it shares with the second
                attrs = {**(b.attrs if a.kind == "count" else a.attrs), "value": _scaled_first(text, a, scale)}
                attrs.pop("qualifier", None)
                out.append(Figure(a.start, a.end, b.kind, attrs))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


#: the kinds whose unit or scale the bare first number of a change shares ("from 3 to 5 percent")
_SHARED_BY_CHANGE = frozenset({"percentage", "money", "count", "quantity"})
_SCALE_WORD = _rx(r"(?<=[\d\s])(hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn|tr|[mbk])s?\b",
                  re.IGNORECASE)


def _scale_of(text: str, f: Figure) -> float | None:
    """The multiplier of the scale word written in figure ``f`` ("2 million", "$1.5bn"), or None."""
    m = _SCALE_WORD.search(text, f.start, f.end)
    return SCALES.get(m.group(1).lower()) if m else None


def _scaled_first(text: str, a: Figure, scale: float | None) -> Any:
    """The value of ``a``, the first number of a range or change, multiplied by ``scale``, the
    scale of the second, when ``a`` is a small bare number: "between 1.5 and 2 million" runs
    from 1,500,000, "between $5 and $10 million" from $5,000,000. A first number with a scale
    or a thousands separator of its own keeps its value ("from 500,000 to 2 million")."""
    value = a.attrs.get("value")
    if scale is None or not isinstance(value, (int, float)) or not 0 < value < 1000 \
            or a.kind not in ("count", "money") or _scale_of(text, a) is not None or "," in text[a.start:a.end]:
        return value
    return _num(value * scale)
