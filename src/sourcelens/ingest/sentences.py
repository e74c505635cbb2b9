"""Paragraphs and sentences with character offsets, by rule, with no model downloads.

Paragraphs are blocks separated by blank lines; inside a block, each line is its own
paragraph unless the block looks hard-wrapped (several lines of similar length that do
not end in sentence punctuation), in which case its lines are joined.

Sentences end at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets)
followed by white space, except where:

* the next word starts in lower case ("'Really?' he asked", "approx. three");
* the word before the full stop is a title that never ends a sentence (Mr., Dr., Gen.);
* the word before is an abbreviation or initial that may end one (U.S., Inc., J.) and
  the next word is not a common sentence opener ("the U.S. South" stays whole;
  "in the U.S. The next" splits);
* the stop ends a dateline's state, before its dash or wire service ("BUENA PARK, Calif. -
  Rallying ...", "ORLANDO, Fla. (Reuters) - President ...").

Decimals ("2.6"), numbers ("28,000") and URLs contain no white space after the stop and
are never split. A paragraph break always ends a sentence.
"""

from __future__ import annotations

from ..lexicons import compile_regex as _rx
from ..memo import BoundedMemo
from ..model import Span

#: Titles and abbreviations after which a sentence never ends.
NEVER_FINAL = frozenset("""
mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj brig gov sen rep pres
rev hon fr supt insp det messrs mme mlle vs v cf approx ca nos no vol vols pp p fig figs
eq eqs ch sec art para dept univ assn jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

#: Abbreviations that can end a sentence when the next word opens one ("del": Delaware, or a
#: delegate's title: "said Del. Stacey Plaskett").
MAYBE_FINAL = frozenset("""
inc ltd co corp llc plc bros etc al e.g i.e u.s u.k u.n e.u a.m p.m ph.d b.a m.a d.c u.s.a
n.y l.a jr sr esq del
""".split())

_ABBREVIATIONS = NEVER_FINAL | MAYBE_FINAL

#: Words that commonly open a sentence (used only after an ambiguous abbreviation).
OPENERS = frozenset("""
the a an this that these those it its he she they we i you his her their our my there here
but and or so yet however meanwhile still then now in on at for from with after before
while when if although though as by since during despite according what why how who where
which one some many most all no not each both another other such
""".split())

# A sentence end: a run of stops (.!?…), any closing quotes or brackets, then white space.
# It opens with a character set, so that re skips to the next stop in C instead of starting
# a match attempt at every character of the paragraph (a leading look-behind or repeat would
# lose that: about five times slower). Right after that first stop, a look-behind lets a match
# start only where a run of stops starts, and the repeats never give back: tried inside a long
# run of stops not followed by white space, the plain "[.!?…]+[\"'”’)\]]*(?=\s)" rescanned the
# rest of the run at every character (a line of 40,000 dots took 18 s). The spans found are
# the same: a match from inside a run would end where one from the run's start ends.
_BOUNDARY = _rx(r"[.!?\u2026](?<![.!?\u2026].)[.!?\u2026]*+[\"'\u201d\u2019)\]]*+(?=\s)")
_WORD_BEFORE = _rx(r"([\w.'\u2019-]+)\.$")
_BLANK_LINE = _rx(r"\n[ \t\f\v]*\n")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans (trimmed of surrounding white space) in reading order."""
    spans: list[Span] = []
    pos = 0
    for blank in _BLANK_LINE.finditer(text):
        _block_paragraphs(text[pos : blank.start()], pos, spans)
        pos = blank.end()
    _block_paragraphs(text[pos:], pos, spans)
    return spans


def _block_paragraphs(block: str, offset: int, out: list[Span]) -> None:
    lines: list[tuple[int, int]] = []
    start = 0
    for line in block.split("\n"):
        end = start + len(line)
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if line.strip():
            lines.append((offset + start + left, offset + start + right))
        start = end + 1
    if not lines:
        return
    if _hard_wrapped(block, lines, offset):
        out.append(Span(lines[0][0], lines[-1][1]))
    else:
        out.extend(Span(a, b) for a, b in lines)


def _hard_wrapped(block: str, lines: list[tuple[int, int]], offset: int) -> bool:
    """A block of 3+ lines, most of 45-100 characters, most not ending a sentence."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    lengths = [b - a for a, b in body]
    wrapped = sum(1 for n in lengths if 45 <= n <= 100)
    open_ends = sum(1 for a, b in body if block[b - offset - 1] not in ".!?:\"\u201d")
    return wrapped >= 0.8 * len(body) and open_ends >= 0.6 * len(body)


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside the paragraph ``span`` of ``text``."""
    para = text[span.start : span.end]
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(para):
        end = m.end()
        if not _is_boundary(para, m.start(), end):
            continue
        _add(out, para, start, end, span.start)
        start = end
    _add(out, para, start, len(para), span.start)
    return out


def _add(out: list[Span], para: str, start: int, end: int, offset: int) -> None:
    piece = para[start:end]
    stripped = piece.strip()
    if stripped:
        left = start + (len(piece) - len(piece.lstrip()))
        out.append(Span(offset + left, offset + left + len(stripped)))


_NON_SPACE = _rx(r"\S")  # \s is str.isspace(), what str.lstrip() strips
_NEXT_WORD = _rx(r"[\"'\u201c\u2018(]*([A-Za-z]+)")
_LETTER = _rx(r"[a-z]")
_INITIALS = _rx(r"(?:[a-z]\.)+[a-z]")
_RUN_EXTRA = frozenset("_.'\u2019-")
#: a wire service in brackets and the dash of a dateline
_WIRE_DASH = _rx(r"\([A-Za-z. ]{2,20}\)\s*(?:[\u2014\u2013]|--?\s)")
#: a dateline's place and state opening the paragraph, before its dash: "BUENA PARK, Calif."
_DATELINE_PLACE = _rx(r"[A-Z][A-Z.\x27\u2019 -]*,\s*[A-Z][A-Za-z.]{1,12}")


def _is_boundary(para: str, stop: int, end: int) -> bool:
    # Positions are used instead of slices (``para[end:].lstrip()`` and a search from the
    # start of the paragraph), which made long paragraphs quadratic; the decisions are
    # the same.
    nxt = _NON_SPACE.search(para, end)
    if nxt is None:
        return True
    rest = nxt.start()
    first = para[rest]
    if first.islower():
        return False
    if para[stop] != ".":
        return True
    if first == "(" and _WIRE_DASH.match(para, rest):
        return False  # a dateline's state and wire service: "ORLANDO, Fla. (Reuters) - President ..."
    if first in "-\u2013\u2014" and _DATELINE_PLACE.fullmatch(para, 0, stop + 1):
        return False  # a dateline's state and its dash: "BUENA PARK, Calif. - Rallying ..."
    if stop > 0 and para[stop - 1] == ".":
        return True  # an ellipsis "..." before a capital
    before = _word_before(para, stop)
    if not before:
        return True
    word = before.lstrip("'\u2019(").lower()
    if "-" in word:
        tail = word.rsplit("-", 1)[1]
        if tail in _ABBREVIATIONS:
            word = tail    # "Then-Sen. Clinton", "ex-Gov. Perry": the title after the hyphen
    if word in NEVER_FINAL:
        return False
    if word in MAYBE_FINAL or _LETTER.fullmatch(word) or _INITIALS.fullmatch(word):
        following = _NEXT_WORD.match(para, rest)
        return bool(following) and following.group(1).lower() in OPENERS
    return True


def _word_before(para: str, stop: int) -> str | None:
    """The word before the full stop at ``stop``: ``_WORD_BEFORE.search(para, 0, stop + 1)``'s group.

    The pattern's leftmost match starts where the run of word characters (``\\w``, i.e.
    ``str.isalnum()`` or ``_``, and ``.'’-``) ending before the stop starts; walking back
    from the stop finds that start without scanning the paragraph from its beginning.
    """
    i = stop
    while i > 0:
        c = para[i - 1]
        if c.isalnum() or c in _RUN_EXTRA:
            i -= 1
        else:
            break
    return para[i:stop] if i < stop else None


_WORD_CHAR = _rx(r"\w")


def is_word_token(chunk: str) -> int:
    """1 if the white-space chunk holds a word character (``\\w``: a letter, digit or ``_``), else 0."""
    return 1 if _WORD_CHAR.search(chunk) else 0


# chunk -> is_word_token(chunk)
_WORD_TOKENS = BoundedMemo(is_word_token)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """White-space-delimited tokens containing a letter or digit (textstat's word count).

    The same as counting the matches of ``[^\\s\\w]*\\w\\S*`` in ``text[start:end]``
    (``\\s`` is what ``str.split`` splits at): each token with a word character is one
    match, from its first character to its last, and a token without one gives none.
    """
    return sum(map(_WORD_TOKENS.__getitem__, text[start:end].split()))
