"""Which sentences a marker reads. Per marker, the keywords one of which each of its
matches holds (``_KEYWORDS``: "copyright", "sponsored", "as an ai") and, for some, tighter
phrases checked in the sentence before its regex runs (``_PHRASES``: "sponsored content",
"code of ethics"); the keywords that let a sentence through to the disclosure rules
(``_ai_keywords``: the agents', and "by humans", "ai-free"); and the scan that finds the
sentences holding any of a list (``_sentences_with``), which skips a keyword whose first
word the text does not have (``_vocabulary``: the keyword heads among its ASCII tokens) and
shares one str.find among keywords with one head and a common prefix ("by human", "by
people", "by a real")."""

from __future__ import annotations

import os
from bisect import bisect_right
from functools import lru_cache

from ...model import Document
from .. import disclosure_rules


#: per marker, literal keywords (lower case; "UPDATE" case-sensitive) one of which each of its
#: matches contains: a marker runs only on sentences holding one. str.find over the whole
#: text is far faster than one big regex (Python's re scans alternations position by position).
_KEYWORDS = {
    "PV010": ("as an ai", "as an a.i", "as a language", "as a large language", "i am an ai", "artificial intelligence"),
    "PV011": ("sorry", "unable", "can't", "cannot", "can\u2019t"),
    "PV012": ("hope this", "let me know", "feel free"),
    "PV013": ("certainly", "sure", "absolutely", "of course", "here is", "here's", "here\u2019s"),
    "PV014": ("[",),
    "PV015": ("knowledge", "training", "real-time", "real time"),
    "PV016": ("regenerate", "can make mistakes"),
    "PV024": ("printed from", "appeared", "published", "republished", "reprinted", "share", "a publication of"),
    "PV025": ("copyright", "\u00a9", "(c)", "rights reserved"),
    "PV027": ("sponsored", "sponsor", "paid", "partner", "partnership", "advertorial", "branded", "brand studio",
              "promoted", "advertisement", "presented by"),
    "PV028": ("press release", "newswire", "business wire", "presswire", "accesswire"),
    "PV029": ("peer",),
    "PV030": ("fact", "factcheck", "factchecker"),
    "PV031": ("correction", "clarification", "earlier version", "corrected", "regret the error"),
    "PV032": ("updated", "developing story", "UPDATE"),
    "PV033": ("editorial", "ethics", "code of", "policy", "principles", "trust project", "ipso", "editors",
              "editor's", "editors\u2019", "independent press", "press council", "standards and ethics"),
    "PV034": ("@", "contact", "send", "email", "e-mail", "write to", "tip", "tips", "letter", "letters", "reach",
              "correction", "feedback", "your thoughts", "your views"),
    "PV022": ("published", "posted", "released", "dated", "first published", "originally published",
              "publication date", "date published"),
    "PV023": ("updated", "modified", "revised", "last reviewed"),
}
#: per marker, a tighter test run on each sentence the keywords above let through: every match
#: of the marker's regex contains one of these lower-case phrases (a test checks this against the
#: lexicon's patterns), so a sentence whose lower-cased text holds none cannot match and its
#: regex scan (~50-80 ns per character for these alternations) is skipped. Only for markers
#: whose loose keywords ("paid", "policy", "send") pass many sentences that cannot match.
_PHRASES = {
    "PV013": ("here is", "here's", "here are", "below is", "i'd be happy", "i would be happy"),
    "PV024": ("printed from", "first appeared", "first published", "originally appeared", "originally published",
              "republished", "reprinted", "published by", "a publication of", "share"),
    "PV027": ("sponsored content", "sponsored post", "sponsored article", "paid content", "paid post",
              "paid partnership", "partner content", "advertorial", "branded content", "promoted content",
              "advertisement feature", "brand studio", "sponsored by", "paid for by", "presented by",
              "in partnership with"),
    "PV030": ("factcheck", "fact-check", "fact check"),
    "PV033": ("editorial standards", "editorial guidelines", "editorial polic", "editorial principles",
              "editorial independence", "editorial code", "ethics policy", "ethics code", "ethics guidelines",
              "code of ethics", "code of conduct", "code of practice", "correction policy", "corrections policy",
              "checking policy", "checking process", "checking standards", "ai policy", "ai guidelines",
              "ai principles", "publishing principles", "standards and ethics", "trust project", "editors code",
              "editors' code", "ipso", "independent press standards", "press council"),
    "PV034": ("@", "contact us", "contact the", "contact our newsroom", "send ", "email us", "e-mail us",
              "write to us", "got a ", "to the editor", "a correction", "reach him at", "reach her at",
              "reach them at", "reach the author at", "reach the reporter at", "reach me at", "share your "),
}
#: characters the case-insensitive regex engine matches to an ASCII letter although str.lower()
#: does not turn them into it (dotted and dotless i, long s); a test derives the list by brute force.
_FOLDS_APART = ("\u0130", "\u0131", "\u017f")
_HUMAN_KEYWORDS = ("by human", "by people", "by real", "by a real", "by a human", "by a person", "human-",
                   "human written", "human made", "ai-free", "ai free")


def _holds_any(sentence: str, phrases: tuple[str, ...]) -> bool:
    """Does ``sentence`` contain one of ``phrases``? The ``in`` operator on the sentence's slice,
    cheaper than str.find with bounds on the whole text (which parses its arguments per call)."""
    for phrase in phrases:
        if phrase in sentence:
            return True
    return False


def _lower_is_exact(text: str, low: str) -> bool:
    """Can a case-insensitive regex match in ``text`` be found, at the same offsets, as its
    lower-cased phrase in ``low``? Yes unless lower() changed the length (U+0130 becomes two
    characters) or the text holds a character the regex engine folds to an ASCII letter that
    lower() keeps apart (_FOLDS_APART); then the _PHRASES shortcut is not taken."""
    return len(low) == len(text) and (text.isascii() or not any(c in text for c in _FOLDS_APART))


@lru_cache(maxsize=1)
def _ai_keywords() -> tuple[str, ...]:
    """The keywords that let a sentence through to the disclosure rules: the agents' (every
    agent match holds one) and the human-authorship ones. Built once: the lexicon is read-only."""
    keywords, keywords_cs = disclosure_rules.agent_keywords()
    return keywords + keywords_cs + _HUMAN_KEYWORDS


_PUNCT = b"-/.,;:!?\"'()[]{}<>|*#+=~`_@&%$"
_TABLE = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))


def _vocabulary(low: str) -> frozenset[bytes]:
    """The keyword heads (:func:`_heads`) among the ASCII word tokens of the lower-cased text
    (punctuation, hyphens and non-ASCII characters split off), as bytes: the fastest
    tokenisation CPython offers (~0.1 us/word). Only heads are ever looked up in it, and
    intersecting the token list with the few heads costs less than a set of every token."""
    return _heads().intersection(low.encode("ascii", "replace").translate(_TABLE).split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[bytes]:
    """The :func:`_head` of every keyword :func:`analyze` looks for (markers, AI statements):
    the only tokens :func:`_sentences_with` asks the vocabulary about."""
    lists = (*_KEYWORDS.values(), _ai_keywords())
    return frozenset(_head(word) for words in lists for word in words) - {b""}


@lru_cache(maxsize=4096)
def _head(word: str) -> bytes:
    """The first token of a keyword as _vocabulary produces it (b"" for a symbol like "@")."""
    tokens = word.lower().encode("ascii", "replace").translate(_TABLE).split()
    return tokens[0] if tokens and tokens[0].isalnum() else b""


@lru_cache(maxsize=64)
def _keyword_plan(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...], bytes, bool], ...]:
    """The scans :func:`_sentences_with` makes for a keyword list, worked out once per list:
    (text to find, keywords that may start where it is found, their :func:`_head`, whether they
    are matched case-sensitively).

    Keywords with the same head and case ("by human", "by people", "by a real" ...) share one
    scan for their common prefix ("by "), and a place counts when one of them starts there: a
    keyword starts exactly where its prefix is found and it starts, and one head gates them
    all alike. Kept apart: symbols (no head) and groups whose common prefix is shorter than
    three characters (too many places to check). A head outside :func:`_heads` would never be
    found in :func:`_vocabulary`: refused here, not skipped."""
    groups: dict[tuple[bytes, bool], list[str]] = {}
    for word in keywords:
        # a keyword with a capital ("AI", "Kling", "Magic Write") is matched as written
        groups.setdefault((_head(word), word != word.lower()), []).append(word)
    plan = []
    for (head, upper), words in groups.items():
        prefix = os.path.commonprefix(words)
        if head and len(words) > 1 and len(prefix) >= 3:
            plan.append((prefix, tuple(words), head, upper))
        else:
            plan += [(word, (word,), head, upper) for word in words]
    unknown = {head for _, _, head, _ in plan if head} - _heads()
    if unknown:
        raise ValueError(f"keyword heads missing from _heads(): {sorted(unknown)}")
    return tuple(plan)


def _sentences_with(doc: Document, low: str, keywords, vocab: frozenset[bytes]) -> list[int]:
    """Sorted indices of the sentences containing any keyword.

    A keyword whose first word is not in the text's vocabulary is skipped without a scan;
    the others are located with str.find (keywords with a capital case-sensitively, in the
    original text; the others in the lower-cased text), several at once where they share a head and a prefix (:func:`_keyword_plan`).
    Keywords are whole words or phrases, or symbols ("@", "["). Sentences are in reading order
    and do not overlap, so after a hit the scan goes on from the sentence's end.
    """
    starts = _starts(doc)
    hits: set[int] = set()
    for prefix, words, head, upper in _keyword_plan(tuple(keywords)):
        if head and head not in vocab:
            continue
        hay = doc.text if upper else low
        pos = hay.find(prefix)
        while pos >= 0:
            if len(words) == 1 or any(hay.startswith(word, pos) for word in words):
                idx = bisect_right(starts, pos) - 1
                if idx >= 0 and pos < doc.sentences[idx].span.end:
                    hits.add(idx)
                    # one hit per sentence is enough: go on from the sentence's end
                    pos = hay.find(prefix, doc.sentences[idx].span.end)
                    continue
            pos = hay.find(prefix, pos + 1)
    return sorted(hits)


# The last document's sentence starts. The cache holds the sentences tuple itself and
# checks identity, so a new document can never be served another's offsets (a key of
# id() alone can be reused by a new object once the old one is freed).
_STARTS: list[tuple[tuple, list[int]]] = []


def _starts(doc: Document) -> list[int]:
    if _STARTS and _STARTS[0][0] is doc.sentences:
        return _STARTS[0][1]
    starts = [s.span.start for s in doc.sentences]
    _STARTS[:] = [(doc.sentences, starts)]
    return starts
