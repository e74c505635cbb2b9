"""Small helpers shared by the analyzers: metric construction, rates, reading the
structure of a regex pattern (its groups and top-level alternatives), and running a
word-boundary regex in its faster after-gap form (:func:`gap_spans`)."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator

from ..model import Document, Evidence, Metric, Sentence, Span


def metric(key: str, value: float | int | bool | None, *, unit: str = "", direction: str = "",
           label: str = "", region: str = "body", reason: str | None = None,
           digits: int | None = 3) -> Metric:
    """A :class:`Metric`, rounding floats to ``digits`` so reports are stable."""
    if isinstance(value, float) and digits is not None:
        value = round(value, digits)
    if value is None and not reason:
        raise ValueError(f"metric {key} is None without a reason")
    return Metric(key, value, unit, direction, label, region, reason)


def per_100_words(count: int, words: int) -> float | None:
    return None if words == 0 else 100.0 * count / words


def share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


#: what may come before a sentence's first word: white space, an opening quotation mark or
#: bracket (``text[sentence_start:word].strip(OPENING_MARKS)`` is empty for its first word)
OPENING_MARKS = " \t\n\"'\u201c\u2018(["
NO_BODY = "the article body has no words"


def capitalised_inside(text: str, sentence_start: int, word_start: int) -> bool:
    """Is the word at ``word_start`` capitalised right after another word of its sentence
    (or its comma)? Such a word is part of a name, not the common word it spells ("Patriot
    Majority PAC", "Avenue Capital Group", "in Little Rock"). A capital after an opening
    quotation mark, a dash or a colon opens a quotation or a clause instead ("To quote
    Bob Marley 'Some people", "CLAIMS - For years"), and a word all in capitals is shouted
    ("as do MANY")."""
    if not (text[word_start].isupper() and text[word_start + 1:word_start + 2].islower()):
        return False
    before = word_start
    while before > sentence_start and text[before - 1].isspace():
        before -= 1
    return before > sentence_start and (text[before - 1].isalnum() or text[before - 1] in ",;")


def looks_plural(word: str) -> bool:
    """Does ``word`` end like an English plural: in -s, but not -ss, -us, -is or a
    possessive "'s" ("supporters", "Democrats"; not "press", "status", "analysis", "Trump's")?"""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "\x27s", "\u2019s"))


def finditer_sentences(pattern: re.Pattern[str], doc: Document,
                       sentences: Iterable[Sentence]) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Each regex match inside each given sentence, with the sentence it is in."""
    text = doc.text
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.span.start, sentence.span.end):
            yield sentence, match


def evidence(doc: Document, code: str, dimension: str, category: str, start: int, end: int,
             note: str = "", **attrs: object) -> Evidence:
    """An :class:`Evidence` whose text is taken from the document, so it always matches its span."""
    return Evidence(code, dimension, category, Span(start, end), doc.text[start:end], note, attrs)


def sentence_index_of(doc: Document, offset: int) -> int | None:
    """Index of the sentence containing ``offset`` (binary search), or None."""
    sentences = doc.sentences
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        span = sentences[mid].span
        if offset < span.start:
            hi = mid
        elif offset >= span.end:
            lo = mid + 1
        else:
            return mid
    return None


def trie_regex(words: Iterable[str]) -> str:
    """A regex (no groups captured) matching exactly ``words``, shaped as a character trie.

    ``re`` then branches on one character at a time instead of trying every alternative,
    which makes a scan for hundreds of words several times faster. A space inside a
    phrase matches any run of white space. Optional tails are greedy, so the longest word
    is tried first and the engine backs off to a shorter one only when what follows fails.
    """
    from ..lexicons import derived

    # building the pattern costs ~20 ms for a large lexicon: it is kept in the start-up cache
    return derived("trie", "\x00".join(words), _trie_regex)


def _trie_regex(joined: str) -> str:
    root: dict = {}
    for word in joined.split("\x00"):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alts = [(r"\s+" if k == " " else re.escape(k)) + emit(node[k]) for k in keys]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def remembered(memo: dict, limit: int, compute: Callable[..., Any], key: Any, *args: Any) -> Any:
    """``compute(key, *args)``, kept in ``memo`` under ``key``.

    For pure answers that repeat within and across articles (a source phrase, a run of
    capitalised words). ``memo`` is emptied once it holds ``limit`` entries, so an endless
    stream of new keys cannot grow memory over a corpus.
    """
    if key in memo:
        return memo[key]
    if len(memo) >= limit:
        memo.clear()
    answer = memo[key] = compute(key, *args)
    return answer


# ------------------------------------------------------------------ regex structure

def regex_structure(pattern: str):
    """(index, character, group depth after it) for each regex metacharacter position,
    skipping escapes and character classes."""
    depth, klass, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if klass:
            klass = ch != "]"
        elif ch == "[":
            klass = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def split_top(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and character classes)."""
    cuts = [i for i, ch, depth in regex_structure(pattern) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1:b] for a, b in zip(bounds, bounds[1:])]


def closing_paren(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens ``pattern``."""
    for i, ch, depth in regex_structure(pattern):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced pattern {pattern!r}")


def gap_spans(regex: re.Pattern[str], after_gap: re.Pattern[str] | None, text: str, start: int,
              end: int) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, match) of each match of ``regex`` in ``text`` from ``start`` to ``end``, as
    ``regex.finditer(text, start, end)`` finds them, found with ``after_gap`` when there is one
    and ``start`` > 0 (the match object is then ``after_gap``'s, one character longer in front).

    ``regex`` opens with a zero-width test of the character before the match (``\\b`` before
    a letter, or a lookbehind for one character), and ``after_gap`` is the same pattern opened
    instead by one character class consuming exactly the characters that pass that test
    (``\\W``, or the lookbehind's class negated). A match of ``regex`` at ``p`` > 0 is then a
    match of ``after_gap`` at ``p - 1``, and the other way round: the text is the same, so
    nothing else in the pattern sees anything different. A pattern opening with a character
    class lets ``re`` skip to the next character of the class in its C search loop, instead of
    entering the matcher at every character to run the test. The next search starts on the
    match's last character, as ``finditer`` resumes at its end: a match ending in a character of
    the class may be followed at once by another, which needs that character as its gap.
    At ``start`` = 0 there is no character before: ``regex`` runs as it is."""
    if after_gap is None or start == 0:
        for m in regex.finditer(text, start, end):
            yield m.start(), m.end(), m
        return
    search = after_gap.search
    m = search(text, start - 1, end)
    while m is not None:
        gap_end = m.end()
        yield m.start() + 1, gap_end, m
        m = search(text, gap_end - 1, end)
