"""The words a document capitalises inside a sentence, so probably names
(:func:`_capitalised_inside`: ``word in _capitalised_inside(doc)``), answered word by word
and kept per document; and readability's easy words: a capitalised easy word opening a
sentence is no name unless the document also capitalises it inside one ("Remember those
talks?")."""

from __future__ import annotations

from functools import lru_cache

from ...lexicons import compile_regex as _rx
from ...model import Document


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """readability's easy-word list, imported on first use, then kept (no import per call)."""
    from ..readability import easy_words

    return easy_words()


# the capital first, then the look-behind (over it): same matches as "(?<=[a-z,;]\s)[A-Z]...",
# but the engine tests one character class at most positions instead of a look-behind
_MID_CAP = _rx(r"[A-Z](?<=[a-z,;]\s[A-Z])[\w\x27\u2019.-]*")
_CAPS_CACHE: dict[int, "_CapitalisedInside"] = {}


def _capitalised_inside(doc: Document) -> "_CapitalisedInside":
    """Capitalised words the document also uses inside a sentence (so probably names), as a
    container: ``word in _capitalised_inside(doc)``. Kept per document."""
    key = id(doc)
    hit = _CAPS_CACHE.get(key)
    if hit is not None and hit.text is doc.text:
        return hit
    if len(_CAPS_CACHE) > 64:
        _CAPS_CACHE.clear()
    hit = _CAPS_CACHE[key] = _CapitalisedInside(doc.text)
    return hit


#: words asked of one document before its whole text is scanned once (bounds the cost of a
#: long document asked of many words)
_FEW_WORDS = 8


class _CapitalisedInside:
    """The words _MID_CAP finds in ``text``, trailing dots stripped, as a container.

    A document is asked of a word or two, if at all (a sentence opened by a capitalised easy
    word: "Remember those talks?"), so each answer looks only where the word occurs
    (``str.find``), with _MID_CAP anchored there, instead of scanning the whole text with
    it: its [A-Z] lead has ``re`` test every character, a tenth of the citation work on a
    document asked at all. The same answer: a match of _MID_CAP starts after white space,
    which no match holds, so no match holds the start of another, and finditer's matches
    are all the places where _MID_CAP matches; a match whose text, dots stripped, is
    ``word`` starts with ``word``. The look-behind sees the text before the anchor (``re``
    looks behind from the start of the string, not from ``pos``). Past _FEW_WORDS words the
    whole text is scanned once, as it was for every document before.
    """

    __slots__ = ("text", "_answers", "_words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[str, bool] = {}
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is not None:
            return word in self._words
        answer = self._answers.get(word)
        if answer is None:
            if len(self._answers) >= _FEW_WORDS:
                self._words = frozenset(m[0].rstrip(".") for m in _MID_CAP.finditer(self.text))
                return word in self._words
            answer = self._answers[word] = self._found(word)
        return answer

    def _found(self, word: str) -> bool:
        text = self.text
        at = text.find(word) if word else -1      # every match holds a capital: never ""
        while at >= 0:
            m = _MID_CAP.match(text, at)
            if m is not None and m[0].rstrip(".") == word:
                return True
            at = text.find(word, at + 1)
        return False
