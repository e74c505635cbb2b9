"""Where a figure may begin (``_triggers``): a digit, a currency sign ("$", "US$", "€"),
the apostrophe of "'90s", or a whole word that can be a figure's core: a number, ordinal,
fraction or scale word, a currency code ("usd"), a capitalised month or weekday ("May", not
"may"), and "a" before "dozen" or "third". The grammar is tried only there.
What a sentence needs for that is learnt once per white-space chunk and remembered
(``chunk_facts``, ``_chunk_facts``): its trigger words, and whether it holds a digit or a
currency sign, so that a sentence with neither is skipped at once."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from ...memo import Memo
from .vocabulary import FRACTION_WORDS, MONTHS, ORDINAL_WORDS, SCALES, TENS_WORDS, UNITS_WORDS


_A_BEFORE = _rx(r"\ban?\s$", re.IGNORECASE)
_CURRENCY_HEAD = _rx(r"(?:U\.S\.|US|AU|NZ|HK|CA|[ACS])$")
# a run of digits is one candidate at its first digit: every later digit of the run has a
# digit before it and would be skipped by _triggers anyway (\d digits are all str.isdigit);
# written with one leading character class (not "\d+|[$...]") so that ``re`` can skip
# ahead to the next candidate character instead of trying the pattern at every position
_SYMBOL_TRIGGER = _rx(r"[\d$€£¥₩₹](?:(?<=\d)\d+)?")
#: words (lower-cased) that can be the core of a figure; a sentence without any of these
#: and without a digit or currency sign has no figure, and is skipped at once
TRIGGER_WORDS = frozenset(list(UNITS_WORDS) + list(TENS_WORDS) + list(ORDINAL_WORDS)
                          + list(FRACTION_WORDS) + [m for m in MONTHS if m != "may"] + ["may"]
                          + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
                             "fridays", "saturdays", "sundays", "hundred", "thousand", "million",
                             "billion", "trillion", "dozen", "usd", "eur", "gbp", "jpy", "cny",
                             "rmb", "krw", "aud", "cad", "inr", "chf"])
#: trigger words that count only when capitalised (months and weekdays: "May", not "may")
CAPITALISED_TRIGGERS = frozenset([m for m in MONTHS] + [w for w in TRIGGER_WORDS if w.endswith(("day", "days"))
                                                        and w not in ("day", "days")])
#: maximal runs of a-z: a trigger word counts only as a whole run (``_chunk_facts``)
_AZ_RUN = _rx(r"[a-z]+")


def _triggers(text: str, start: int, end: int, lowered: str | None = None,
              facts: tuple[frozenset[str], bool] | None = None) -> list[int]:
    """Positions where a figure may begin: digits, currency signs, number/month words.

    ``lowered`` is ``text[start:end].lower()``, when the caller has it already. ``facts``,
    when the caller has them, are ``_chunk_facts`` of its ``str.split()`` chunks: the union
    of their trigger words (``chunk_facts``), and whether any of them holds a digit or a
    currency sign. The chunks may have their curly apostrophes straightened (specificity's
    word scan does), which changes none of their facts: neither apostrophe is white space,
    a letter a-z, a digit or a currency sign.
    """
    positions = []
    if lowered is None:
        lowered = text[start:end].lower()
    if facts is None:
        facts = _chunk_facts(lowered.split())
    words, symbols = facts
    for m in _SYMBOL_TRIGGER.finditer(text, start, end) if symbols else ():
        p = m.start()
        prev = text[p - 1] if p > start else " "
        if prev.isdigit() or (prev in ",." and p - 2 >= start and text[p - 2].isdigit()):
            continue  # inside a number already seen
        if text[p] == "$":
            head = _CURRENCY_HEAD.search(text, max(start, p - 4), p)
            if head and not (head.start() > start and text[head.start() - 1].isalpha()):
                p = head.start()
        elif prev in "'’" and p - 2 >= start and not text[p - 2].isalnum():
            p -= 1  # '90s
        positions.append(p)
    # lower() changed lengths ("İ"): offsets would drift, so no trigger words then
    for word in words if len(lowered) == end - start else ():
        # str.find with boundary checks: a compiled \bword\b per word was the slow part
        capital = word in CAPITALISED_TRIGGERS
        i = lowered.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not lowered[i - 1].isalpha()) and (j == len(lowered) or not lowered[j].isalpha()) \
                    and (not capital or text[start + i].isupper()):
                p = start + i
                positions.append(p)
                if word in SCALES or word in FRACTION_WORDS:
                    head = _A_BEFORE.search(text, max(start, p - 3), p)
                    if head:  # "a dozen", "a third of"
                        positions.append(head.start())
            i = lowered.find(word, j)
    return sorted(set(positions))


def chunk_facts(chunk: str) -> tuple[frozenset[str], bool]:
    """What ``_triggers`` needs of one chunk of lower-cased text (no white space in it): the
    trigger words that are maximal a-z runs in it, and whether it holds a digit or a
    currency sign (a character ``_SYMBOL_TRIGGER`` starts at). A pure function of the chunk."""
    return TRIGGER_WORDS.intersection(_AZ_RUN.findall(chunk)), _SYMBOL_TRIGGER.search(chunk) is not None


def _learn_chunk(chunk: str) -> frozenset[str]:
    """The trigger words of ``chunk`` (kept by ``_CHUNK_WORDS``); a chunk holding a digit or a
    currency sign is noted in ``_SYMBOL_CHUNKS`` (see ``chunk_facts``)."""
    words, symbol = chunk_facts(chunk)
    if symbol:
        _SYMBOL_CHUNKS.add(chunk)
    return words


# white-space chunk of lower-cased text -> the trigger words that are maximal a-z runs in it,
# learnt at its first look-up; _chunk_facts empties it, with _SYMBOL_CHUNKS, between sentences
_CHUNK_WORDS: dict[str, frozenset[str]] = Memo(_learn_chunk)
# the learnt chunks that hold a digit or a currency sign (a character _SYMBOL_TRIGGER starts at)
_SYMBOL_CHUNKS: set[str] = set()


def _chunk_facts(chunks: list[str]) -> tuple[frozenset[str], bool]:
    """The trigger words of a lower-cased sentence's chunks (``str.split``), and whether
    any chunk holds a digit or a currency sign.

    A maximal run of a-z holds no white space, so it lies inside one chunk and is maximal
    there too; chunks repeat as words do, so each chunk's facts are remembered, and most
    sentences (no trigger word at all) cost one split and one union of empty sets instead
    of a regex scan of every character. The same goes for digits and currency signs, which
    lower() neither makes nor removes: a sentence none of whose chunks holds one needs no
    scan for them (a scan that tested every character against the digit category).
    """
    if len(_CHUNK_WORDS) >= 100_000:  # an endless stream of new chunks must not grow memory
        _CHUNK_WORDS.clear()
        _SYMBOL_CHUNKS.clear()
    words = frozenset().union(*map(_CHUNK_WORDS.__getitem__, chunks))  # new chunks learnt on the way
    return words, not _SYMBOL_CHUNKS.isdisjoint(chunks)
