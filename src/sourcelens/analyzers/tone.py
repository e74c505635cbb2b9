"""Loaded, editorializing language: the word-choice half of the sentiment-and-tone dimension.

VADER (``sentiment.py``) measures how positive or negative the wording is; this module
marks the words a careful editor would query because they carry the writer's judgement
rather than a fact. Every hit is evidence of dimension ``sentiment``, category
``loaded``, with its kind in ``attrs["subcategory"]``:

* ``puffery``: peacock words that praise without showing ("legendary", "world-class");
  Wikipedia's Manual of Style, "Words to watch" (MOS:PUFFERY).
* ``editorializing``: the writer's comment slipped into the report ("clearly",
  "of course", "notably", "sadly"); MOS:EDITORIALIZING.
* ``contentious_label``: value-laden labels for people and groups ("extremist",
  "radical", "regime", "thugs"); MOS:LABEL.
* ``intensifier``: degree words that inflate ("extremely", "utterly", "dramatically").
* ``charged``: emotionally charged words, from the strong-subjective clues of MPQA
  (Wilson, Wiebe & Hoffmann 2005) and the bias lexicon of Recasens et al. (2013),
  curated on news: "horrific", "draconian", "chaos", "slammed", "bragged".
* ``doubt_label``: words that cast doubt on what they introduce ("so-called",
  "alleged", "self-proclaimed"); MOS:DOUBT.
* ``loaded_said``: loaded synonyms for "said" ("claimed", "admitted", "boasted");
  MOS:SAID.

Metrics (body sentences only, ``W`` body words, ``N`` body sentences with words):

* ``sentiment.loaded_per_100_words`` = 100 * hits / W
* ``sentiment.loaded_sentence_share`` = (sentences with at least one hit) / N

The markers live in ``lexicons/tone.toml`` (codes TN001...). On the BABE dev sentences
(Spinde et al. 2021) "a sentence contains loaded language" is measured against the
experts' Biased label with ``benchmarks/eval_tone.py``.

Caveat: a word list sees words, not use. "Radical" is loaded in "radical leftists" and
neutral in "radical surgery"; a quoted speaker's loaded words are the speaker's. Hits
inside quotation marks carry ``attrs["quoted"] = True``.

The scanner here (:func:`scanner`, :func:`scan`) is shared with ``style.py``: a
lexicon's plain-word patterns (``'\\bword\\b'``) are merged into one trie-shaped regex,
its other patterns into one alternation of named groups, and patterns starting with
``^`` into one alternation tried only at sentence starts. All three run on the
lower-cased text, which lets ``re`` use its fast literal paths (about three times
faster than ``re.IGNORECASE``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .. import lexicons
from ..lexicons import compile_regex as _rx
from ..model import Document, Evidence, Metric, Sentence
from .common import NO_BODY, evidence, gap_spans, metric, per_100_words, regex_structure, share, trie_regex

DIMENSION = "sentiment"
LEXICON = "tone"

_PLAIN_WORD = _rx(r"^\\b([a-z][a-z\x27\u2019-]*)\\b$")


class ChunkFilter:
    """Remembers which white-space chunks (``str.split()`` pieces) no hit needs.

    For every hit of the guarded regex, ``may_start(chunk)`` must be true for at least
    one of the chunks the hit starts in or runs through (the one holding the word the
    test looks for), whatever white space or sentence edge surrounds the chunk; it may
    also be true for other chunks (that only costs a scan). A regex's bound ``search``
    serves as ``may_start`` (a match is true, None false). A sentence none of whose
    chunks passes is then skipped without running the regex, which is most sentences:
    a set test on the chunks instead of trying the regex at every character. Both
    answers are remembered (``clean``: False, ``suspect``: True), so each chunk is tested
    once; each set is emptied at ``limit`` entries, so a long corpus run cannot grow it
    forever.
    """

    def __init__(self, may_start: Callable[[str], object], limit: int = 200_000) -> None:
        self.may_start = may_start
        self.limit = limit
        self.clean: set[str] = set()
        self.suspect: set[str] = set()

    def may_hit(self, chunks: list[str]) -> bool:
        """Whether a hit may lie in a sentence made of ``chunks``."""
        clean, suspect = self.clean, self.suspect
        if clean.issuperset(chunks):
            return False
        if not suspect.isdisjoint(chunks):
            return True
        if len(clean) > self.limit:
            clean.clear()
        if len(suspect) > self.limit:
            suspect.clear()
        for chunk in chunks:
            if chunk not in clean:
                if self.may_start(chunk):
                    suspect.add(chunk)
                    return True
                clean.add(chunk)
        return False


def _word_filter(words: re.Pattern[str]) -> ChunkFilter:
    """A plain word has no white space, so a word hit lies inside one chunk; searched alone,
    the chunk offers the lookbehind and lookahead at its edges nothing to fail on, which
    is as permissive as the white space (or sentence edge) around it in the text."""
    return ChunkFilter(words.search)


def _has_top_level_bar(pattern: str) -> bool:
    return any(ch == "|" and depth == 0 for _, ch, depth in regex_structure(pattern))


Piece = tuple[frozenset[str], str, bool]  # (spellings, anchor before: "", \\A or \\b, chunk ends after)


def _chunk_piece(pattern: str, bounded: bool) -> Piece | None:
    """The piece (see :func:`_required_pieces`) a chunk filter looks for to let a match of
    ``pattern`` through: the one whose shortest spelling is longest, the last of equals
    (a stock phrase tends to close on its rarest word: "more than just", "political
    landscape"), so that few chunks pass. None when the pattern has no such piece."""
    pieces = _required_pieces(pattern, bounded)
    if not pieces:
        return None
    return max(enumerate(pieces), key=lambda k_piece: (min(map(len, k_piece[1][0])), k_piece[0]))[1]


_MAX_SPELLINGS = 32  # a piece with more spellings than this is given up (its test would be slow)


def _required_pieces(pattern: str, bounded: bool) -> list[Piece]:
    """Runs of characters every match of ``pattern`` holds, each inside one chunk:
    (its possible spellings, the anchor before it, whether a chunk ends right after it).

    The pattern is read with ``re``'s own parser, item by item along its top level
    (groups without a quantifier are read through). Literal characters other than white
    space extend the current run; an alternation or a character class of plain
    literals multiplies its spellings (``sen(?:d|t)`` -> "send", "sent"). Any other item
    (an optional part, a class or repeat that may match white space, an assertion) ends
    the run. A run right after required white space (``\\s+``, a space) opens a chunk
    (anchor ``\\A``); one right before required white space ends one. A run at the very
    start of a ``bounded`` pattern (one after ``\\b``) opening with a word character gets
    the anchor ``\\b``, which holds in the chunk alone wherever it holds in the text. Every
    spelling is exact: no piece is produced for a pattern with case-insensitive parts.
    """
    try:
        from re import _constants as c, _parser

        parsed = _parser.parse(pattern)
    except Exception:  # another Python's engine internals: no test, the family always runs
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    pieces: list[Piece] = []
    run: set[str] = {""}
    before = r"\b" if bounded else ""

    def literals(item) -> set[str] | None:
        """The strings of non-space characters ``item`` may match, if it only matches such."""
        op, av = item
        if op is c.LITERAL:
            ch = chr(av)
            return None if ch.isspace() else {ch}
        if op is c.IN:
            if all(o is c.LITERAL for o, _ in av):
                return literals_of([[(o, a)] for o, a in av])
            return None
        if op is c.BRANCH:
            return literals_of(av[1])
        return None

    def literals_of(alternatives) -> set[str] | None:
        out: set[str] = set()
        for sequence in alternatives:
            strings = {""}
            for item in sequence:
                got = literals(item)
                if got is None:
                    return None
                strings = {a + b for a in strings for b in got}
            out |= strings
        return out

    def is_space(item) -> bool:
        """Whether ``item`` always matches at least one white-space character, and only such."""
        op, av = item
        if op is c.LITERAL:
            return chr(av).isspace()
        if op is c.IN:
            return av == [(c.CATEGORY, c.CATEGORY_SPACE)]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return av[0] >= 1 and len(av[2]) == 1 and is_space(av[2][0])
        return False

    def flush(then_space: bool) -> None:
        nonlocal run, before
        if "" not in run:
            if before == r"\b" and not all(s[0].isalnum() or s[0] == "_" for s in run):
                before = ""  # \b before a non-word character depends on what precedes it
            pieces.append((frozenset(run), before, then_space))
        run = {""}
        before = ""

    def walk(items) -> None:
        nonlocal run, before
        for item in items:
            op, av = item
            if op is c.SUBPATTERN and not av[1] and not av[2]:
                walk(av[3])
                continue
            got = literals(item)
            if got is not None and len(run) * len(got) <= _MAX_SPELLINGS:
                run = {a + b for a in run for b in got}
                continue
            if is_space(item):
                flush(True)
                before = r"\A"
            else:
                flush(False)

    walk(parsed)
    flush(False)
    return pieces


def _pieces_regex(pieces: list[Piece]) -> str:
    """One regex finding any of ``pieces`` in a chunk, grouped by anchor and then by first
    character, ``\\A(?:a(?:bc|de\\Z)|f(?:g))|\\b(?:...)``: at each position ``re`` then
    tries three anchors and skips a bucket on one character compare (a flat alternation of
    a hundred anchored tests costs about ten times more per chunk)."""
    by_anchor: dict[str, dict[str, set[str]]] = {}
    for spellings, before, then_space in pieces:
        buckets = by_anchor.setdefault(before, {})
        for spelling in spellings:
            buckets.setdefault(spelling[0], set()).add(re.escape(spelling[1:]) + (r"\Z" if then_space else ""))
    return "|".join(
        before + "(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(sorted(rests))})"
                                  for first, rests in sorted(buckets.items())) + ")"
        for before, buckets in sorted(by_anchor.items()))


def _family_filter(patterns: list[str], bounded: bool) -> ChunkFilter | None:
    """A filter for one family (``bounded``: its alternation opens with ``\\b``), or None
    when one of its patterns has no piece to look for (see :func:`_chunk_piece`). Its
    regex is kept in the start-up cache: reading the patterns with ``re``'s parser costs
    about 10 ms at every start."""
    source = ("1" if bounded else "0") + "\x00".join(alt for pattern in patterns for alt in _expand_head(pattern))
    test = lexicons.derived("tone_chunk_test", source, _chunk_test)
    if test is None:
        return None
    may = _rx(test)
    return ChunkFilter(may.search)


def _chunk_test(source: str) -> str | None:
    """The regex of :func:`_family_filter` for ``source`` ("1" for a bounded family, else
    "0", then its alternatives joined by NULs); None when one of them has no piece."""
    bounded = source[0] == "1"
    pieces = [_chunk_piece(alt, bounded) for alt in source[1:].split("\x00")]
    return None if None in pieces else _pieces_regex(pieces)


class Resolver:
    """The marker a hit of a combined regex belongs to: the first of ``candidates``
    ((pattern, code) in lexicon order) that matches at the hit's start.

    A candidate that can only open with certain letters (:func:`_first_letters`) cannot
    match at a position holding another character, so leaving it out there changes
    nothing: the first candidate that matches is the same. The candidates left for a
    character are worked out the first time it opens a hit and remembered (hits open
    on a few dozen different characters), which spares most of the ``.match`` calls:
    one family has over fifty candidates, and only a few open with any one letter.
    """

    def __init__(self, candidates: tuple[tuple[re.Pattern[str], str], ...]) -> None:
        self.candidates = candidates
        self._letters = tuple(_first_letters(pattern.pattern) for pattern, _ in candidates)
        self._by_char: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {}

    def _for_char(self, ch: str) -> tuple[tuple[re.Pattern[str], str], ...]:
        found = self._by_char[ch] = tuple(
            candidate for candidate, letters in zip(self.candidates, self._letters)
            if letters is None or ch in letters)
        return found

    def resolve(self, low: str, start: int, end: int) -> tuple[str, int] | None:
        """(code, end of its match) of the first candidate matching ``low`` at ``start``
        (no further than ``end``), or None."""
        ch = low[start:start + 1]
        candidates = self._by_char.get(ch)
        if candidates is None:
            candidates = self._for_char(ch)
        for pattern, code in candidates:
            m = pattern.match(low, start, end)
            if m:
                return code, m.end()
        return None


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The letters every match of ``pattern`` may open with, or None when that is not
    known: the pattern (each alternative of a leading group, see :func:`_expand_head`)
    must open with a plain letter that no quantifier makes optional, and have no ``|``
    at its top level (``ab|cd`` may open with "c")."""
    alternatives = _expand_head(pattern)
    if any(not _LITERAL_HEAD.match(alt) or _has_top_level_bar(alt) for alt in alternatives):
        return None
    return frozenset(alt[0] for alt in alternatives)


@dataclass(frozen=True)
class Scanner:
    """One lexicon compiled into a few combined regexes.

    The combined regexes have no capturing groups (named groups would switch off the
    first-character optimisations of ``re`` and make the scan about ten times slower),
    so a hit is attributed to its marker afterwards, by trying that family's patterns
    in lexicon order at the hit's start: the first that matches is exactly the branch
    the alternation took.
    """

    markers: dict[str, lexicons.Marker]
    words: re.Pattern[str] | None         # plain words, one trie-shaped regex
    word_codes: dict[str, str]             # matched word -> marker code
    families: tuple[tuple[re.Pattern[str], Resolver], ...]
    starts: re.Pattern[str] | None         # '^' patterns, tried with .match at sentence starts
    start_codes: Resolver
    word_filter: ChunkFilter | None        # which chunks may hold a word hit (None: no words)
    family_filters: tuple[ChunkFilter | None, ...]  # the same per family (None: always run)
    words_after_gap: re.Pattern[str] | None = None  # ``words`` after a gap character (see gap_spans)
    family_gaps: tuple[re.Pattern[str] | None, ...] = ()  # the same per family (None: finditer)


_LITERAL_HEAD = _rx(r"[a-z](?![?*+{])")
# A plain-word hit has none of these characters right before it (a word character, an
# apostrophe or a hyphen: "un-", "don't") and no word character or hyphen right after.
# The word regex tests the one before with a lookbehind; its after-gap form (gap_spans)
# consumes one character outside the same class instead.
_WORD_JOINERS = r"\w\x27\u2019-"
_WORD_END = r"(?![\w-])"
_GROUP_HEAD = _rx(r"\(\?:([^()\[\]]*)\)(?![?*+{])")


def _opens_with_a_word_character(pattern: str) -> bool:
    """Whether every match of ``pattern`` surely opens with a word character, read with ``re``'s
    own parser: every branch of a leading alternation (groups read through) must open with a
    literal word character or a class of such; anything else (an optional or repeated first
    item, an assertion, a class of unknown content) answers False."""
    try:
        from re import _constants as c, _parser

        parsed = _parser.parse(pattern)
    except Exception:  # another Python's engine internals: no after-gap form
        return False

    def is_word(code: int) -> bool:
        return chr(code).isalnum() or chr(code) == "_"

    def opens(items) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is c.LITERAL:
            return is_word(av)
        if op is c.IN:
            return all(o is c.LITERAL and is_word(a) for o, a in av)
        if op is c.BRANCH:
            return all(opens(branch) for branch in av[1])
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            return opens(av[3])
        return False

    return not parsed.state.flags & re.IGNORECASE and opens(parsed)


def _expand_head(pattern: str) -> list[str]:
    """``(?:is|was) not`` -> ``is not``, ``was not``: a leading group of plain
    alternatives is multiplied out so that each alternative opens with a literal."""
    m = _GROUP_HEAD.match(pattern)
    if not m:
        return [pattern]
    tail = pattern[m.end():]
    return [alt + tail for alt in m.group(1).split("|")]


@lru_cache(maxsize=None)
def scanner(name: str) -> Scanner:
    """Compile lexicon ``name`` once per process."""
    lexicon = lexicons.load(name)
    word_codes: dict[str, str] = {}
    bounded: list[tuple[str, str]] = []   # patterns starting with \b (stripped of it)
    other: list[tuple[str, str]] = []
    starts: list[tuple[str, str]] = []
    for marker in lexicon.markers:
        for pattern in marker.patterns:
            plain = _PLAIN_WORD.match(pattern)
            if plain and not marker.case_sensitive:
                word_codes.setdefault(plain.group(1), marker.code)
            elif pattern.startswith("^"):
                starts.append((pattern[1:], marker.code))
            elif pattern.startswith("\\b"):
                bounded.append((pattern[2:], marker.code))
            else:
                other.append((pattern, marker.code))

    def alternation(items: list[tuple[str, str]], prefix: str = "") -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        # Bucket the alternatives by their first literal letter, \b(?:a(?:...)|b(?:...)):
        # re skips a bucket on one character compare, instead of entering every pattern.
        # With \b before alternatives that all open with a letter, the same alternation
        # after \W is its after-gap form (see gap_spans).
        buckets: dict[str, list[str]] = {}
        rest: list[str] = []
        for pattern, _ in items:
            for alt in _expand_head(pattern):
                if _LITERAL_HEAD.match(alt):
                    buckets.setdefault(alt[0], []).append(f"(?:{alt[1:]})")
                else:
                    rest.append(f"(?:{alt})")
        alts = [f"{ch}(?:{'|'.join(body)})" for ch, body in sorted(buckets.items())] + rest
        body = "(?:" + "|".join(alts) + ")"
        return _rx(prefix + body), (_rx(r"\W" + body) if prefix == r"\b" and _opens_with_a_word_character(body) else None)

    def resolvers(items: list[tuple[str, str]]) -> Resolver:
        return Resolver(tuple((_rx(p), code) for p, code in items))

    kinds = [(items, prefix) for items, prefix in ((bounded, r"\b"), (other, "")) if items]
    combined = [alternation(items, prefix) for items, prefix in kinds]
    families = tuple((regex, resolvers(items)) for (regex, _), (items, _) in zip(combined, kinds))
    words = words_after_gap = None
    if word_codes:
        trie = trie_regex(word_codes)
        words = _rx(f"(?<![{_WORD_JOINERS}])" + trie + _WORD_END)
        words_after_gap = _rx(f"[^{_WORD_JOINERS}]" + trie + _WORD_END)
    return Scanner(lexicon.by_code(), words, word_codes, families,
                   alternation(starts)[0] if starts else None, resolvers(starts),
                   _word_filter(words) if words is not None else None,
                   tuple(_family_filter([p for p, _ in items], bool(prefix)) for items, prefix in kinds),
                   words_after_gap, tuple(after_gap for _, after_gap in combined))


def lowered(text: str) -> str:
    """``text.lower()`` with the same length (offsets stay valid).

    A few characters lower-case to two ("İ" -> "i̇"); those are left as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def scan(scan_: Scanner, doc: Document, sentences: Iterable[Sentence],
         low: str | None = None) -> Iterator[tuple[Sentence, str, int, int]]:
    """(sentence, marker code, start, end) for every hit inside ``sentences``.

    Within a sentence, hits come family by family (sentence start, phrases, words), not
    in text order; callers sort.
    """
    if low is None:
        low = lowered(doc.text)
    words, word_codes = scan_.words, scan_.word_codes
    starts, families = scan_.starts, scan_.families
    word_filter = scan_.word_filter
    words_after_gap = scan_.words_after_gap
    family_runs = tuple(zip(families, scan_.family_filters, scan_.family_gaps or (None,) * len(families)))
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        chunks = low[start:end].split()
        if starts is not None and starts.match(low, start, end):
            hit = scan_.start_codes.resolve(low, start, end)
            if hit:
                yield sentence, hit[0], start, hit[1]
        for (combined, resolver), chunk_filter, after_gap in family_runs:
            if chunk_filter is not None and not chunk_filter.may_hit(chunks):
                continue
            for hit_start, _, _ in gap_spans(combined, after_gap, low, start, end):
                hit = resolver.resolve(low, hit_start, end)
                if hit:
                    yield sentence, hit[0], hit_start, hit[1]
        if words is not None and word_filter.may_hit(chunks):
            for hit_start, hit_end, _ in gap_spans(words, words_after_gap, low, start, end):
                yield sentence, word_codes[low[hit_start:hit_end]], hit_start, hit_end


def in_quotation(doc: Document, sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` sits inside quotation marks opened earlier in its paragraph.

    Counts curly quotes (opening minus closing) and straight double quotes (odd count)
    between the paragraph start and the offset: in the text itself when that is short (as
    in nearly every paragraph: cheapest), else by bisection in the document's list of each
    mark (counting them in a long paragraph at every hit took quadratic time).
    """
    para = doc.paragraphs[sentence.paragraph] if sentence.paragraph < len(doc.paragraphs) else sentence.span
    lo = para.start
    if offset - lo <= _SHORT_STRETCH:
        before = doc.text[lo:offset]
        if "\u201c" in before and before.count("\u201c") > before.count("\u201d"):
            return True
        return before.count('"') % 2 == 1
    opening, closing, straight = _quotation_marks(doc.text)
    opened = bisect_left(opening, offset) - bisect_left(opening, lo)
    if opened and opened > bisect_left(closing, offset) - bisect_left(closing, lo):
        return True
    return (bisect_left(straight, offset) - bisect_left(straight, lo)) % 2 == 1


_SHORT_STRETCH = 4096   # characters from a paragraph's start that in_quotation counts in directly
_QUOTATION_MARK = _rx('[\u201c\u201d"]')


@lru_cache(maxsize=2)   # the document being read (its hits come together), by identity first
def _quotation_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """The positions of the opening and closing curly double quotes and of the straight ones."""
    marks: tuple[list[int], list[int], list[int]] = ([], [], [])
    for m in _QUOTATION_MARK.finditer(text):
        mark = m[0]
        marks[0 if mark == "\u201c" else 1 if mark == "\u201d" else 2].append(m.start())
    return marks


def analyze_tone(doc: Document) -> tuple[tuple[Metric, ...], tuple[Evidence, ...]]:
    """Loaded-language metrics and evidence for the body of ``doc``."""
    body = [s for s in doc.body_sentences if s.words]
    words = sum(s.words for s in body)
    if not words:
        return ((metric("sentiment.loaded_per_100_words", None, reason=NO_BODY),
                 metric("sentiment.loaded_sentence_share", None, reason=NO_BODY)), ())
    scan_ = scanner(LEXICON)
    markers = scan_.markers
    found: list[Evidence] = []
    flagged: set[int] = set()
    taken: list[tuple[int, int]] = []
    for sentence, code, start, end in scan(scan_, doc, body):
        # A phrase and a word inside it (e.g. "so-called" and "called") count once.
        if any(s < end and start < e for s, e in taken[-4:]):
            continue
        taken.append((start, end))
        marker = markers[code]
        flagged.add(sentence.index)
        found.append(evidence(doc, code, DIMENSION, "loaded", start, end,
                              note=marker.explanation, subcategory=marker.subcategory,
                              quoted=in_quotation(doc, sentence, start)))
    found.sort(key=lambda e: e.span.start)
    metrics = (
        metric("sentiment.loaded_per_100_words", per_100_words(len(found), words),
               unit="per 100 words", direction="higher = more loaded, editorializing wording",
               label="Loaded words per 100 words"),
        metric("sentiment.loaded_sentence_share", share(len(flagged), len(body)),
               unit="share of sentences (0-1)",
               direction="higher = more sentences with loaded wording",
               label="Sentences with loaded language"),
    )
    return metrics, tuple(found)
