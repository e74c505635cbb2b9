"""What looks like a figure and is not: a number glued to a code, a reference or markup
("COVID-19", "F-16", "mp3", "Section 2(b)", "No. 10", "#5", a value in ``timestamp="..."``),
a numbered name ("Boeing 757", "Intermediate School 285", "ABC 7", "the 5th Amendment",
"23rd Street", "the Fifth Amendment", "Zero Hedge", "Three Mile Island"), a list's number
opening its line ("2. Donald Trump."), a chapter and verse ("Exodus 18:21") and a telephone
number ("1-800-273-8255", "(202) 555-0142")."""

from __future__ import annotations

from ...lexicons import compile_regex as _rx
from .grammar import _MONTH, _WEEKDAY
from .vocabulary import NAME_NUMBER_HEADS, ORDINAL_NAME_HEADS, REFERENCE_WORDS, SCRIPTURE_BOOKS


_PREV_WORD = _rx(r"([A-Za-z]+)\.?\s*$")
_REF_AFTER = _rx(r"\(\w{1,3}\)")
#: a North American telephone number ("800-273-8255", "1-800-273-8255", "(202) 555-0142",
#: "202.555.0142"): digits, not a quantity, a range or a count
_PHONE = _rx(r"(?:1[-.])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)")


def _glued(text: str, start: int, end: int, lo: int, kind: str) -> bool:
    """True when the match is part of a code, a reference or a numbered name rather than a
    figure: "COVID-19", "Section 2(b)", "Boeing 757" (``NAME_NUMBER_HEADS``)."""
    before = text[start - 1] if start > lo else " "
    if before.isalnum() or before in "_@#/" or (before == "." and kind in ("count", "year", "ordinal")):
        return True
    if text.find("=", max(lo, start - 42), start) >= 0 and _IN_ATTRIBUTE.search(text, max(lo, start - 42), start):
        return True  # inside a markup attribute's value: timestamp="1474387200", datetime="2016-06-29"
    if before in "-‐" and start - 2 >= lo and text[start - 2].isalpha():
        return True  # COVID-19, F-16
    after = text[end] if end < len(text) else " "
    if after.isalpha() and kind in ("count", "year"):
        return True  # mp3x, 4K (already checked units)
    if after == "-" and end + 1 < len(text) and text[end + 1].isalpha() and kind == "count":
        # "four-door" is a count, but "3-D" / "9-11" style codes are not worth the risk
        return text[end + 1].isupper()
    if kind == "time" and text[start:end].count(":") == 1 and text[end - 1].isdigit():
        prev = _PREV_WORD.search(text, max(lo, start - 18), start)
        if prev and prev.group(1) in SCRIPTURE_BOOKS:
            return True  # "Exodus 18:21", "John 3:16": chapter and verse, not a time
    if kind in ("count", "year", "ordinal"):
        if _REF_AFTER.match(text, end):
            return True  # Section 2(b)
        prev = _PREV_WORD.search(text, max(lo, start - 16), start)
        if prev and (prev.group(1).lower() in REFERENCE_WORDS or prev.group(1) in NAME_NUMBER_HEADS):
            return True
        if kind == "count" and start == lo and end - start <= 2 and text[start].isdigit() \
                and _LIST_MARKER_END.match(text, end):
            return True  # a list's number opening its line: "2. Donald Trump.", "3) Taxes"
        if kind == "count" and end - start <= 2 and _CALL_LETTERS.search(text, max(lo, start - 7), start) \
                and not _CAPITALS_AFTER.match(text, end):
            return True  # a channel: "ABC 7 is reporting", "KTLA 5" (not "AT LEAST 10 KILLED", a headline)
        if before == "#" or (start - 1 > lo and text[start - 2:start] == "#"):
            return True
    return False


# a broadcaster's call letters before a one- or two-digit channel number ("ABC 7", "KTLA 5"; "US" or
# "UK" before a number are not, hence three letters or more)
_CALL_LETTERS = _rx(r"(?<![\w.])[A-Z]{3,5}[ \t]$")
_LIST_MARKER_END = _rx(r"[.)](?:\s|$)")
_CAPITALS_AFTER = _rx(r"[ \t]+[A-Z]{2,}\b")


# a capitalised word next to a figure's core makes it part of a name: "Fifth Avenue", "Zero
# Hedge", "Three Mile Island"; a month or a weekday does not ("the 3rd Monday of May" is a date)
_CAPITALISED_NEXT = _rx(r"[ \t]+(?!" + _MONTH + r"\b|" + _WEEKDAY + r"\b)[A-Z][a-z]")
_CAPITALISED_BEFORE = _rx(r"[A-Z][a-z]+[ \t]+$")
# the text since an attribute's opening quote in markup left in an article: <tweet id="...
_IN_ATTRIBUTE = _rx(r"[\w-]=[\"'][^\"'<>]{0,40}$")
_NAME_HEAD = _rx(r"[ \t]+([A-Z][a-z]+)\b")
# ... and in lower case, which informal writing uses for these: "the 2nd amendment", "the 7th
# congressional district", "104th streets"
_LOWER_NAME_HEAD = _rx(r"[ \t]+(amendments?|congressional|streets?|avenues?)\b")
_CAPITALISED_INSIDE = _rx(r"[ -][A-Z]")
_MID_SENTENCE = _rx(r"[A-Za-z0-9,][ \t]+$")


def _in_name(text: str, start: int, end: int, lo: int, kind: str) -> bool:
    """True when an ordinal or a number word is part of a name rather than a figure.

    A digit ordinal before a name's head word (``ORDINAL_NAME_HEADS``: "the 5th Amendment",
    "the 2nd Circuit", "23rd Street"; some also in lower case, "the 2nd amendment") and a
    capitalised word ordinal before any capitalised word ("the Fifth Amendment", "the Third
    World") name something; "the 45th President" and "the third Democratic debate" rank. A
    number word written with a capital inside a sentence, beside another capitalised word,
    is part of a name ("Zero Hedge", "Three Mile Island", "World War Two"); at the start of a
    sentence the capital says nothing ("Three people").
    """
    if kind == "ordinal":
        if text[start].isdigit():
            head = _NAME_HEAD.match(text, end) or _LOWER_NAME_HEAD.match(text, end)
            return head is not None and head.group(1).lower() in ORDINAL_NAME_HEADS
        return text[start].isupper() and _CAPITALISED_NEXT.match(text, end) is not None
    if kind not in ("count", "quantity") or not text[start].isupper() or start <= lo:
        return False  # digits, a lower-case number word, or the sentence's first word
    if not _MID_SENTENCE.search(text, max(lo, start - 3), start):
        return False  # after a quotation mark, a colon or a bracket: a fresh start
    return (_CAPITALISED_INSIDE.search(text, start, end) is not None  # "Three Mile Island"
            or _CAPITALISED_NEXT.match(text, end) is not None
            or _CAPITALISED_BEFORE.search(text, max(lo, start - 30), start) is not None)
