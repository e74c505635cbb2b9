"""What is read once per document for all its sentences (:class:`_DocumentMarks`): where the
characters of punctuation cues are, which words the text also writes in lower case, and the
sex each surname's full names and honorifics tell."""

from __future__ import annotations

from bisect import bisect_left

from ...lexicons import compile_regex as _rx
from .referents import given_names


def _written_lower_case(text: str, word: str) -> bool:
    """Does ``text`` also write ``word`` in lower case, as a word of its own?"""
    low = word.lower()
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(low, at + 1)
    return False


def _letter_runs(text: str) -> frozenset[str]:
    """Every maximal run of letters (``str.isalpha``) in ``text``: ``low in _letter_runs(text)``
    is ``_written_lower_case(text, low)`` for a ``low`` of letters in lower case. ``re``'s
    letter class also takes a few numeric characters ("²", "½"), so a run holding one is
    split again by ``str.isalpha``."""
    runs = set()
    for run in _LETTERS.findall(text):
        if run.isalpha():
            runs.add(run)
        else:
            runs.update(piece for piece in "".join(c if c.isalpha() else " " for c in run).split())
    return frozenset(runs)


_LETTERS = _rx(r"[^\W\d_]+")
#: words asked of one document before its letter runs are collected once (bounds the cost of
#: a long document asked of many words, each a scan of the whole text)
_FEW_WORDS = 16


#: The characters that lead punctuation cues: quotation marks, brackets, a slash (links, DOIs)
#: and a colon.
_PUNCT_CUES = "\"\u201c\u201d\u2018([\x27/:"


#: an honorific or a capitalised word, perhaps initials, and the space before a surname, at
#: the end of the text searched: "Mr. " of "Mr. Trump", "Donald J. " of "Donald J. Trump"
_NAME_BEFORE_SURNAME = _rx(r"\b(?:(Mrs|Ms|Mr|Miss)\.?|([A-Z][a-z]+)) (?:[A-Z]\. )*$")
_HONORIFIC_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


class _DocumentMarks:
    """Where a document's text holds the characters of punctuation cues, found once for all
    its sentences: each character by ``str.find`` (a scan in C, mostly ``memchr``), where a
    per-sentence ``re`` scan for them tested every character in turn, in most sentences to
    find none."""

    __slots__ = ("punct", "www", "text", "_speakers", "_lower", "_runs", "_surname_sexes", "_doubled")

    def __init__(self, text: str) -> None:
        self.text = text
        self._surname_sexes: dict[str, str | None] = {}    # surname -> its sex (surname_sex)
        self._doubled: list[int] | None = None     # where '' stands (doubled_apostrophes_between)
        self._speakers: dict[str, bool] = {}     # label -> is it a transcript's speaker (speaker_label)
        self._lower: dict[str, bool] = {}        # word -> written in lower case (written_lower_case)
        self._runs: frozenset[str] | None = None   # the text's letter runs, past _FEW_WORDS words asked
        found: list[int] = []
        for char in _PUNCT_CUES:
            at = text.find(char)
            while at >= 0:
                found.append(at)
                at = text.find(char, at + 1)
        found.sort()
        self.punct = found               # the positions of _PUNCT_CUES characters, in order
        self.www = "www." in text        # else no sentence needs to look for "www."

    def speaker_label(self, name: str) -> bool:
        """Is ``name``, one word in capitals before a colon, a transcript's speaker: does the
        text also write it as a name ("PENCE" beside "Mike Pence"), or does it speak more than
        once ("WALLACE:" ... "WALLACE:")? Remembered per label: a transcript repeats a few
        labels thousands of times, and each look is a scan of the whole text."""
        known = self._speakers.get(name)
        if known is None:
            text = self.text
            first = text.find(name + ":")
            known = self._speakers[name] = text.find(" " + name.title()) >= 0 or (
                first >= 0 and text.find(name + ":", first + 1) >= 0)
        return known

    def written_lower_case(self, word: str) -> bool:
        """:func:`_written_lower_case` of the text, remembered per word (a scan of the text);
        past _FEW_WORDS words, looked up among the text's letter runs, collected once."""
        known = self._lower.get(word)
        if known is None:
            low = word.lower()
            if self._runs is None and len(self._lower) >= _FEW_WORDS and low.isalpha():
                self._runs = _letter_runs(self.text)
            if self._runs is not None and low.isalpha():
                known = low in self._runs
            else:
                known = _written_lower_case(self.text, word)
            self._lower[word] = known
        return known

    def surname_sex(self, surname: str) -> str | None:
        """"f" or "m" when every mention of ``surname`` after a given name or an honorific in
        the text tells one sex ("Donald Trump", "Mr. Trump": "m"), else None: when two sexes
        are told ("Hillary Clinton", "Bill Clinton"), or when a word before it that is not
        written in lower case elsewhere, so perhaps a given name, is not in the table ("Chris
        Murphy" beside "Anne Marie Murphy", "Ivanka Trump" beside "Donald Trump"). Titles and
        adjectives ("President Trump", "Republican Trump") are written in lower case
        elsewhere and say nothing. Remembered per surname; each is found by ``str.find`` and
        the word before it read, so a question costs a scan for that surname only."""
        if surname in self._surname_sexes:
            return self._surname_sexes[surname]
        text, table, sexes = self.text, given_names(), set()
        needle = " " + surname
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if end == len(text) or not (text[end].isalpha() or text[end] == "-"):
                before = _NAME_BEFORE_SURNAME.search(text, max(0, at - 40), at + 1)
                if before is not None:
                    honorific, word = before.groups()
                    sex = _HONORIFIC_SEX[honorific] if honorific else table.get(word.lower())
                    if sex is None and not self.written_lower_case(word):
                        sex = "?"      # perhaps a given name the table does not know
                    if sex is not None:
                        sexes.add(sex)
            at = text.find(needle, end)
        found = self._surname_sexes[surname] = sexes.pop() if len(sexes) == 1 and "?" not in sexes else None
        return found

    def _doubled_apostrophes(self) -> list[int]:
        """Where each '' (two apostrophes, the quotation marks of some news archives) starts,
        the pairs read from the start of the text (a run of three holds one); found once per
        document (``text.count`` per pronoun of a long paragraph was quadratic)."""
        doubled = self._doubled
        if doubled is None:
            doubled = self._doubled = []
            text = self.text
            at = text.find("''")
            while at >= 0:
                doubled.append(at)
                at = text.find("''", at + 2)
        return doubled

    def has_doubled_apostrophes(self) -> bool:
        """Does the text hold '' at all?"""
        return bool(self._doubled_apostrophes())

    def doubled_apostrophes_between(self, a: int, b: int) -> int:
        """How many '' lie within ``[a, b)`` (:meth:`_doubled_apostrophes`), by bisection."""
        doubled = self._doubled_apostrophes()
        if not doubled:
            return 0
        return max(0, bisect_left(doubled, b - 1) - bisect_left(doubled, a))

    def punct_between(self, a: int, b: int) -> list[int]:
        """The positions ``p``, ``a <= p < b``, of _PUNCT_CUES characters, in order: those at
        which ``re.finditer`` with the one-character class of them matches in ``[a, b)``."""
        punct = self.punct
        return punct[bisect_left(punct, a):bisect_left(punct, b)]
