"""What one grammar match is (``_classify``): its kind and normalised attributes, or None
when it is no figure ("one of the", "third" without a determiner, "9/11", "the May
government"); the :class:`Figure` record; the value of a number in digits or words
(:func:`parse_number`: "28,000", "twenty-five", "1.5 million", "5 3/4") and as JSON shows it
(``_num``: "$65.4 billion" is 65400000000); a date's ISO-like value ("28 July 2015" is
"2015-07-28", "in May" is "--05"); and a bare number that gives someone's age ("aged 45",
"John Smith, 45, of Ohio", "Trump, who is 70.")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...lexicons import compile_regex as _rx
from .grammar import VULGAR_FRACTIONS, _VULGAR
from .vocabulary import (COUNT_NOUNS, CURRENCIES, FRACTION_WORDS, MONTHS, ORDINAL_WORDS, SCALES, TENS_WORDS,
                         UNITS, UNITS_WORDS)


# "May" must stay case-sensitive (the modal "may"); the cheap way with one IGNORECASE
# regex is to re-check month and weekday names' capital letter after the match.
_CAPITAL = _rx(r"[A-Z]")
_NEXT_WORD = _rx(r"\s+([a-z]+)")
_MONTH_CONTEXT = _rx(r"\b(?:in|on|since|until|till|by|from|to|through|during|of|early|"
                            r"late|mid-?|last|next|this|every|each|before|after)\s+$", re.IGNORECASE)
#: a month naming the time of what the next word names: "the September figures", "its
#: October meeting" (after a determiner, before a lower-case word)
_MONTH_AS_MODIFIER = _rx(r" [a-z]")
#: months that are also names or words ("the May government", "the March on Washington",
#: "the August body"): never dated by a determiner alone
_MONTHS_ALSO_WORDS = frozenset({"May", "March", "August"})
_DETERMINER = _rx(r"\b(?:the|its|his|her|their|our|a|an|each|every)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: character span into the text, its kind, and normalised attributes."""

    start: int
    end: int
    kind: str
    attrs: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- normalisation

_MIXED_NUMBER = _rx(rf"(\d+)(?: (\d+)/(\d+)|({_VULGAR}))(?:\s?([a-z]+))?")


@lru_cache(maxsize=8192)      # a pure function of short strings that repeat ("two", "2014")
def parse_number(text: str) -> float | None:
    """The value of a number in digits or words: "28,000", "2.6", "twenty-five",
    "two hundred and fifty", "1.5 million", "35bn", "a dozen" (None when unreadable)."""
    t = text.strip().lower().replace(",", "")
    mixed = _MIXED_NUMBER.fullmatch(t)
    if mixed:       # "5 3/4", "2½", "3 1/4 million"
        whole, a, b, vulgar, scale = mixed.groups()
        if not vulgar and int(a) >= int(b):
            return None
        value = int(whole) + (VULGAR_FRACTIONS[vulgar] if vulgar else int(a) / int(b))
        if scale:
            factor = SCALES.get(scale, SCALES.get(scale.rstrip("s")))
            return None if factor is None else value * factor
        return value
    m = re.fullmatch(r"(\d+(?:\.\d+)?|\.\d+)\s?([a-z]+)?", t)
    if m:
        value = float(m.group(1))
        if m.group(2):
            scale = SCALES.get(m.group(2).rstrip("s") if m.group(2) not in SCALES else m.group(2))
            if scale is None:
                return None
            value *= scale
        return value
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1.0
            seen = True
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word.rstrip("s") in SCALES or word in SCALES:
            scale = SCALES.get(word, SCALES.get(word.rstrip("s"), 1))
            if scale == 100:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _num(value: float | None) -> float | int | None:
    """A figure's value as JSON shows it: an int when whole, else rounded to 6 decimals; first
    cut to 15 significant digits, which drops the binary-floating-point tail of a scaled
    number (65.4 * 1e9 is 65400000000.00001; "$65.4 billion" is 65400000000)."""
    if value is None:
        return None
    value = float(f"{value:.15g}")
    return int(value) if value.is_integer() and abs(value) < 1e15 else round(value, 6)


def _month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def _date_attrs(m: re.Match[str]) -> dict[str, Any] | None:
    g = m.group
    if g("d_month") or g("m_month"):
        month_name = g("d_month") or g("m_month")
        if not _CAPITAL.match(month_name):
            return None
        day = int(re.match(r"\d+", g("d_day") or g("m_day")).group(0))
        year = g("d_year") or g("m_year")
        month = _month_number(month_name)
        value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        return {"value": value, "granularity": "day"}
    if g("y_month"):
        if not _CAPITAL.match(g("y_month")):
            return None
        return {"value": f"{g('y_year')}-{_month_number(g('y_month')):02d}", "granularity": "month"}
    if g("iso"):
        return {"value": g("iso"), "granularity": "day"}
    if g("slash"):
        return {"value": g("slash"), "granularity": "day"}
    if g("b_month"):
        # a month on its own is a date only after "in", "since", "early" ... ("in May"),
        # or between a determiner and the noun it dates ("the September figures"), never
        # at a sentence start or as the verb ("March on", "may")
        if not _CAPITAL.match(g("b_month")) or not (
                _MONTH_CONTEXT.search(m.string, max(0, m.start() - 9), m.start())
                or _MONTH_AS_MODIFIER.match(m.string, m.end())
                and g("b_month") not in _MONTHS_ALSO_WORDS
                and _DETERMINER.search(m.string, max(0, m.start() - 7), m.start())):
            return None
        return {"value": f"--{_month_number(g('b_month')):02d}", "granularity": "month"}
    if g("weekday"):
        if not _CAPITAL.match(g("weekday")):
            return None
        return {"value": g("weekday").rstrip("s").capitalize(), "granularity": "weekday"}
    return None


def _classify(m: re.Match[str], text: str) -> tuple[str, dict[str, Any], tuple[int, int]] | None:
    """Kind, attributes and span of one grammar match, or None when it is not a figure."""
    g = m.group
    kind = m.lastgroup
    span = m.span()
    if kind == "date":
        attrs = _date_attrs(m)
        if attrs is None:
            return None
        return "date", attrs, span
    if kind == "time":
        return "time", {"value": g("time")}, span
    if kind == "decade":
        if g("dec_full"):
            first = int(g("dec_full"))
        else:
            short = int(g("dec_short") or g("dec_bare"))  # "'90s", "the 90's"
            first = (1900 if short >= 30 else 2000) + short
        return "year", {"value": first, "granularity": "decade", "period": [first, first + 9]}, span
    if kind == "century":
        number = int(g("cent_num")) if g("cent_num") else None
        if number is None:
            parts = g("cent_word").lower().split("-")
            number = int(TENS_WORDS.get(parts[0], 0) + ORDINAL_WORDS[parts[-1]])
        first = (number - 1) * 100 + 1
        return "year", {"value": first, "granularity": "century", "period": [first, first + 99]}, span
    if kind == "age":
        return "quantity", {"value": _num(parse_number(g("age_num"))), "unit": g("age_unit").lower(),
                            "measure": "age"}, span
    if kind == "money":
        if g("cur_pre"):
            number = parse_number(g("mp_num") + (g("mp_scale") or "").replace(" ", ""))
            code = CURRENCIES.get(g("cur_pre").strip().lower().replace("u.s.$", "us$"), "")
        else:
            number = parse_number(g("ms_num") + (g("ms_scale") or ""))
            if g("cur_sign"):  # the sign after the number: "400$", "5 €"
                code = CURRENCIES[g("cur_sign")]
            else:
                post = g("cur_post").lower().split()[-1]
                code = CURRENCIES.get(post, "") or g("cur_post").upper()
                if post in ("cents", "pence") and number is not None:
                    number /= 100
        attrs = {"value": _num(number), "currency": code}
        return "money", attrs, span
    if kind == "percent":
        attrs = {"value": _num(parse_number(g("pc_num")))}
        if re.search(r"points?|bps", g("percent"), re.IGNORECASE):
            attrs["unit"] = "basis points" if re.search(r"basis|bps", g("percent"), re.I) else "percentage points"
        return "percentage", attrs, span
    if kind == "fraction":
        if g("slash_a"):
            # "1/2", "3/4": a fraction only when it reads as one; "9/11", "24/7", "50/50" and
            # "11/9" are names, idioms or dates without a year, and no figure at all
            a, b = int(g("slash_a")), int(g("slash_b"))
            if not 0 < a < b <= 10:
                return None
            return "fraction", {"value": _num(round(a / b, 6))}, span
        if g("ratio_a"):
            a, b = parse_number(g("ratio_a")), parse_number(g("ratio_b"))
            if not a or not b or a >= b:
                return None
            return "fraction", {"value": _num(round(a / b, 6))}, span
        num = parse_number(g("fr_num")) or 1.0
        den = (g("fr_den") or g("fr_den2")).lower()
        return "fraction", {"value": _num(round(num / FRACTION_WORDS[den], 6))}, span
    if kind == "quantity":
        unit_word = g("q_unit").lower()
        number = parse_number(g("q_num") + (g("q_scale") or ""))
        if number is None:
            return None
        if unit_word == "point" and not g("q_num")[0].isdigit() and text[m.end() - len(unit_word) - 1] != "-":
            return None  # "a 20-point lead", "a one-point race"; not "at one point"
        attrs = {"value": _num(number), "unit": UNITS[unit_word]}
        return "quantity", attrs, span
    if kind == "hy_tally":
        a, b = int(g("ht_a")), int(g("ht_b"))
        if a <= b:  # "3-to-5 years" is a range, "1-to-1" an idiom: only the number before "-to-"
            return "count", {"value": a}, (span[0], span[0] + len(g("ht_a")))
        return "tally", {"of": "percentage" if g("ht_pc") else "count", "values": [a, b]}, span
    if kind == "ordinal":
        if g("ord_num"):
            return "ordinal", {"value": int(g("ord_num")[:-2])}, span
        word = g("ord_word").lower()
        if not _DETERMINER.search(text, max(0, m.start() - 7), m.start()):
            return None  # "third" ranks only with a determiner: "the third", "its fifth"
        after = text[m.end():m.end() + 12].lower()
        # "a second" is a unit of time; "first of all"/"second, ..." are discourse, not counts
        # "first" and "second" are mostly discourse or time ("for the first time", "a
        # second"), not counts; from "third" on a word ordinal ranks something
        if word in ("first", "second") or after.startswith((" of all", " and foremost")):
            return None
        return "ordinal", {"value": _num(ORDINAL_WORDS[word])}, span
    if kind == "year":
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and nxt.group(1) in COUNT_NOUNS:
            return "count", {"value": int(g("year"))}, span
        return "year", {"value": int(g("year")), "granularity": "year"}, span
    if kind == "count":
        raw = g("c_num")
        if raw.lower() in ("one", "a", "an") and not g("c_scale"):
            return None  # "one of the", "no one": not a count
        number = parse_number(raw + (g("c_scale") or ""))
        if number is None:
            return None
        if raw.isdigit() and 0 < number < 120 and not g("c_scale") and _is_age(text, m.start(), m.end()):
            return "quantity", {"value": int(number), "unit": "year", "measure": "age"}, span
        return "count", {"value": _num(number)}, span
    return None


# an age given bare: "aged 45", "age 45", and the news style "John Smith, 45, of Ohio"
_AGE_WORD_BEFORE = _rx(r"\bage[d]?[ \t]+$", re.IGNORECASE)
_NAME_COMMA_BEFORE = _rx(r"[A-Z][a-z]+[.]?,[ \t]+$")
_RANGE_NEXT = _rx(r"[ \t]*(?:-|–|—|to\b)[ \t]*\d")
# a comma (not a list of numbers: "Seoul, 3, 4 and 5") or a dash ("Crutcher, 40 ― a father")
_AGE_COMMA_AFTER = _rx(r",(?![ \t]*\d)|[ \t]+[―—–][ \t]")
# "Trump, who is 70.", "Ms. Lee, who was 69 when ...": a bare number after "who is" / "who was"
# / "who turns", ending its clause, is the person's age
_WHO_IS_BEFORE = _rx(r"\bwho[ \t]+(?:is|was|turns|turned)[ \t]+$")
_CLAUSE_END_AFTER = _rx(r"(?:[,.;:)]|[ \t]+when\b)")


def _is_age(text: str, start: int, end: int) -> bool:
    """True when the bare number at ``start:end`` gives someone's age: after "aged" or
    "age", set off by commas right after a capitalised word ("Smith, 45, said"), or closing
    a "who is" clause ("Trump, who is 70.")."""
    if _AGE_WORD_BEFORE.search(text, max(0, start - 6), start):
        return _RANGE_NEXT.match(text, end) is None  # "aged 54 to 65" stays one range
    if _WHO_IS_BEFORE.search(text, max(0, start - 12), start):
        return _CLAUSE_END_AFTER.match(text, end) is not None
    return (_AGE_COMMA_AFTER.match(text, end) is not None
            and _NAME_COMMA_BEFORE.search(text, max(0, start - 30), start) is not None)
