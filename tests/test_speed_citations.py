"""Speed-ups of the citations detector (the citations package) give the same answers as the code they
replaced.

Each rewritten helper is checked against the plain code (kept here as the reference) on the
body sentences of the sample articles, on PolNeAR news (full of attributions) when the shared
data is there, and on random strings built from the pieces that matter to it.
"""

from __future__ import annotations

import random
import re
from itertools import takewhile
from pathlib import Path

import pytest

import sourcelens
from sourcelens.analyzers import citations, specificity, vague
from sourcelens.memo import Memo

from conftest import GENERATED, PEER

ROUNDS = 3000

_WORD_START = re.compile(r"\b\w")


def _texts(shared: Path | None) -> list[tuple[str, int, int]]:
    """(text, a, b): the body sentences of the samples and of 40 PolNeAR articles."""
    paths = [PEER, GENERATED]
    if shared is not None:
        paths += sorted((shared / "attribution" / "polnear" / "train" / "text").glob("*.txt"))[:40]
    out = []
    for path in paths:
        doc = sourcelens.load(path)
        out += [(doc.text, s.span.start, s.span.end) for s in doc.body_sentences]
    return out


@pytest.fixture(scope="module")
def real_sentences(request) -> list[tuple[str, int, int]]:
    try:
        shared = request.getfixturevalue("shared_data")
    except pytest.skip.Exception:
        shared = None
    return _texts(shared)


def _strings(pieces: list[str], seed: int, rounds: int = ROUNDS):
    """Random texts of ``pieces`` joined by assorted white space (or nothing)."""
    rng = random.Random(seed)
    for _ in range(rounds):
        yield "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\u00a0", "\n"])
                      for _ in range(rng.randint(0, 16)))


# ----------------------------------------------------------------------------- anonymous windows

def _anonymous_regexes() -> list[re.Pattern[str]]:
    return [regex for _, regex in citations.rules._rules().anonymous.values()]


def _matches_up_to_reference(regex: re.Pattern[str], text: str, lo: int, last: int, hi: int) -> list:
    """What _anonymous read before (copied): finditer over the window, up to the first match
    that starts after ``last``."""
    return [(m.span(), m.groups()) for m in takewhile(lambda m: m.start() <= last, regex.finditer(text, lo, hi))]


def _matches_up_to(regex: re.Pattern[str], text: str, lo: int, last: int, hi: int) -> list:
    return [(m.span(), m.groups()) for m in citations.rules._matches_up_to(regex, text, lo, last, hi)]


_ANON_PIECES = ["sources", "source", "Sources", "SOURCE", "said", "say", "says", "told", "according to", "a", "A",
                "one", "senior", "administration", "officials", "official", "unnamed", "anonymous", "close to",
                "familiar with", "with knowledge of", "people", "a person", "on condition of anonymity", "who asked",
                "not to be named", "some", "many", "most", "others", "a number of", "analysts", "experts",
                "critics", "have", "believe", "argue", "is", "was", "were", "widely", "seen", "by", "it", "reportedly",
                "allegedly", "rumors", "speculation", "swirled", "studies", "research", "show", "found", "the",
                "-", "'", "’", "\"", "“", ",", ".", "_", "x_", "3", "İ", "ſources", "Ωmega", "re-", "non", "s"]


def test_anonymous_regexes_start_at_word_starts():
    # the premise of _matches_up_to, read off the patterns: the fast path is the one that runs
    assert citations.rules._rules().anonymous_at_words
    assert all(citations.rules._starts_at_words(regex) for regex in _anonymous_regexes())
    for text in _strings(_ANON_PIECES, 1, 800):
        starts = {m.start() for m in _WORD_START.finditer(text)}
        for regex in _anonymous_regexes():
            assert all(m.start() in starts for m in regex.finditer(text)), text


@pytest.mark.parametrize("pattern, expected", [
    (r"\bab", True), (r"\b(?:(?:a|one)\s+)*sources?", True), (r"\b(?i:foo)bar", True), (r"\b\w+", True),
    (r"\b[a-z0-9_]", True), (r"\bx|\by", True), (r"\b(?:x|y)+", True),
    (r"ab", False),                         # no word boundary: it matches inside words
    (r"\b(?:(?:a|one)\s+)*-x", False),       # the optional group skipped: it starts at "-"
    (r"\b(?:x|-y)", False), (r"\bx|y", False), (r"\b[^a]", False), (r"\b(?:a)?", False), (r"\b", False),
    (r"\b.", False), (r"\b\s", False), (r"\b[a-]", False), (r"(?<=a)\bb", False), (r"\bé", False),
])
def test_starts_at_words_reads_the_pattern(pattern, expected):
    assert citations.rules._starts_at_words(re.compile(pattern, re.IGNORECASE)) is expected


def test_matches_up_to_equal_finditer_on_real_sentences(real_sentences):
    regexes = _anonymous_regexes()
    for text, a, b in real_sentences:
        for word in _WORD_START.finditer(text, a, b):      # each word as the trigger
            ws = word.start()
            lo, hi = max(a, ws - 60), min(b, ws + 100)
            for regex in regexes:
                assert _matches_up_to(regex, text, lo, ws, hi) == _matches_up_to_reference(regex, text, lo, ws, hi), \
                    (text[lo:hi], ws - lo)


def test_matches_up_to_equal_finditer_on_random_windows():
    rng = random.Random(7)
    regexes = _anonymous_regexes()
    for text in _strings(_ANON_PIECES, 2):
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        last = rng.randint(lo, hi)
        for regex in regexes:
            assert _matches_up_to(regex, text, lo, last, hi) == _matches_up_to_reference(regex, text, lo, last, hi), \
                (text, lo, last, hi)


# ----------------------------------------------------------------------------- specificity: chunk learning

def _learn_reference(chunk: str) -> tuple[int, frozenset[int] | None]:
    """_learn as it was (copied): every token searched for an anchor."""
    tokens = specificity._SCAN_TOKEN.findall(chunk)
    patterns = specificity._anchored_patterns(tokens)
    return sum(map(specificity._token_counts, tokens)), frozenset(patterns) if patterns else None


_CHUNK_PIECES = ["many", "Many", "a", "number", "of", "billions", "more", "significantly", "decades", "dozens",
                 "some", "several", "few", "lots", "don't", "o’", "rock'n'roll", "1,500.25", "10:39", "Pt4", "#11",
                 "(", ")", "\"", ",", ".", "-", "'", "’", "_", "İ", "straße", "ΣΟΦΙΑ", "x", "ny", "ma"]


def test_learn_with_the_chunk_search_equals_the_token_search(real_sentences, monkeypatch):
    monkeypatch.setattr(specificity, "_PACKED", Memo(specificity._learn))
    monkeypatch.setattr(specificity, "_ANCHORED", {})
    chunks = {c for text, a, b in real_sentences for c in text[a:b].lower().replace("’", "'").split()}
    rng = random.Random(13)
    chunks |= {"".join(rng.choice(_CHUNK_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(ROUNDS)}
    for chunk in sorted(chunks):
        packed, anchored = _learn_reference(chunk)
        assert specificity._learn(chunk) == packed, chunk
        assert specificity._ANCHORED.get(chunk) == anchored, chunk


# ----------------------------------------------------------------------------- memos learnt at look-up

def _scan_reference(text: str, a: int, b: int):
    """_scan without any memo: every chunk's counts and anchored patterns computed afresh."""
    lowered = text[a:b].lower()
    chunks = lowered.replace("’", "'").split()
    packed, chosen = 0, set(vague.index()[2])
    for chunk in chunks:
        counts, anchored = _learn_reference(chunk)
        packed += counts
        chosen |= anchored or set()
    field, shift = specificity._FIELD, specificity._SHIFT
    return (lowered, packed & field, (packed >> shift) & field, frozenset(chosen), (packed >> 2 * shift) & field,
            packed >> 3 * shift), chunks


def _chunk_cases(real_sentences, pieces: list[str], seed: int):
    rng = random.Random(seed)
    yield from real_sentences
    for text in _strings(pieces, seed):
        a = rng.randint(0, len(text))
        yield text, a, rng.randint(a, len(text))


@pytest.mark.parametrize("limit", [5, 200_000])
def test_scan_with_chunks_learnt_at_look_up_equals_the_plain_scan(real_sentences, monkeypatch, limit):
    # a fresh memo, and with limit 5 one emptied between most sentences
    monkeypatch.setattr(specificity, "_PACKED", Memo(specificity._learn))
    monkeypatch.setattr(specificity, "_ANCHORED", {})
    monkeypatch.setattr(specificity, "_CACHE_LIMIT", limit)
    for text, a, b in _chunk_cases(real_sentences, _CHUNK_PIECES + ["\u00a0", "\t"], 14):
        assert specificity._scan(text, a, b) == _scan_reference(text, a, b), (text, a, b)


@pytest.mark.parametrize("limit", [5, 50_000])
def test_trigger_words_with_chunks_learnt_at_look_up_equal_the_scan(real_sentences, monkeypatch, limit):
    # _chunks_shape learns the chunks (and where triggers may start in them) that
    # _trigger_matches then reads; with limit 5 the memos are emptied between most sentences
    rules = citations.rules._rules()
    monkeypatch.setattr(citations.tokens, "_MEMO_SIZE", limit)
    rules.memo_chunk.clear()
    rules.memo_starts.clear()
    pieces = ["said", "Said", "says", "told", "according", "to", "sources", "poll", "report", "noted", "Trump's",
              "re-said", "said-", "’said", "(said)", "said,", "\"said", "Act", "the", "a", "X", "İ", "-", "'", "’"]
    try:
        for text, a, b in _chunk_cases(real_sentences, pieces, 15):
            chunks = text[a:b].split()
            shape = citations.tokens._chunks_shape(chunks, rules)
            assert [m.span() for m in citations.tokens._trigger_matches(text, a, b, chunks, rules)] == \
                [m.span() for m in rules.trigger.finditer(text, a, b)], (text, a, b)
            # (after: _chunk_shape itself records where triggers may start, so it goes last)
            assert shape == sum(citations.tokens._chunk_shape(c, rules) for c in chunks), (text, a, b)
    finally:
        rules.memo_chunk.clear()
        rules.memo_starts.clear()


# ----------------------------------------------------------------------------- anonymous windows: first words

def _first_words_of(code: str):
    return citations.rules._rules().anonymous_first_words[code]


_ANON_CODES = ("CT010", "CT011", "CT012", "CT013")
_ANON_WORD_PIECES = _ANON_PIECES + ["It", "IS", "Were", "SOME", "Allegedly", "Rumours", "Speculation", "Studies",
                                    "Experts", "SCIENCE", "Who", "asked", "declined", "the", "THE", "Said", "Told",
                                    "sources’", "a-source", "two", "Ⅱ", "K", "\u212aey", "ſome", "ıt", "some_", "a1"]


def test_first_words_are_read_for_every_anonymous_regex():
    # the premise of the fast path in _anonymous: every regex has its first words read off
    assert all(_first_words_of(code) for code in _ANON_CODES)
    assert {"a", "some", "many", "officials", "is", "were"} <= _first_words_of("CT011")
    assert {"source", "sources", "unnamed", "on", "who"} <= _first_words_of("CT010")


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:a|one)\s+x", ["a", "one"]), (r"\bsources?\b", ["source", "sources"]),
    (r"\b(?:(?:a|one)\s+)*sources?\s", ["a", "one", "source", "sources"]),
    (r"\brumou?rs?\b", ["rumor", "rumors", "rumour", "rumours"]),
    (r"\bit\s+is|\bwas\b", ["it", "was"]), (r"\bab(?:c|d)\b", ["abc", "abd"]), (r"\b(?:x|y)?z\b", ["xz", "yz", "z"]),
    (r"\bab", None),                 # the word may go on: "abc" is not "ab"
    (r"\bab+\b", None),              # a repeated letter: any number of them
    (r"\b[ab]c\b", ["ac", "bc"]), (r"\b[^a]c\b", None), (r"\b[a-c]x\b", None), (r"\b\w+\s", None),
    (r"\bé\b", None), (r"\ba-b\b", None), (r"\b(?-i:ab)\b", None),
    (r"\bab(?=c)\b", None), (r"\b\s", None),
])
def test_parsed_first_words_read_the_pattern(pattern, expected):
    words = citations.rules._parsed_first_words(f"{int(re.IGNORECASE)}\x00{pattern}")
    assert (None if words is None else sorted(set(words))) == (None if expected is None else sorted(expected))
    assert citations.rules._parsed_first_words(f"0\x00{pattern}") is None     # case-sensitive: not read


def test_every_anonymous_match_begins_with_one_of_its_first_words(real_sentences):
    word = re.compile(r"\w+")
    texts = [text[a:b] for text, a, b in real_sentences] + list(_strings(_ANON_WORD_PIECES, 21, 1500))
    for code in _ANON_CODES:
        regex, first = citations.rules._rules().anonymous[code][1], _first_words_of(code)
        for text in texts:
            for m in regex.finditer(text):
                run = word.match(text, m.start())[0]
                assert run.lower() in first or not run.isascii(), (code, text, m.group(0))


def _matches_up_to_filtered(code: str, text: str, lo: int, last: int, hi: int) -> list:
    regex = citations.rules._rules().anonymous[code][1]
    return [(m.span(), m.groups())
            for m in citations.rules._matches_up_to(regex, text, lo, last, hi, _first_words_of(code))]


def test_matches_up_to_with_first_words_equal_finditer_on_real_sentences(real_sentences):
    for text, a, b in real_sentences:
        for word in _WORD_START.finditer(text, a, b):      # each word as the trigger
            ws = word.start()
            lo, hi = max(a, ws - 60), min(b, ws + 100)
            for code in _ANON_CODES:
                regex = citations.rules._rules().anonymous[code][1]
                assert _matches_up_to_filtered(code, text, lo, ws, hi) == \
                    _matches_up_to_reference(regex, text, lo, ws, hi), (code, text[lo:hi], ws - lo)


def test_matches_up_to_with_first_words_equal_finditer_on_random_windows():
    # windows cut inside words at both ends, triggers at a window's last word, non-ASCII
    # case variants ("ſome", "\u212a"): the tries left out are exactly those that fail
    rng = random.Random(22)
    for text in _strings(_ANON_WORD_PIECES, 23):
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        last = rng.randint(lo, hi)
        for code in _ANON_CODES:
            regex = citations.rules._rules().anonymous[code][1]
            assert _matches_up_to_filtered(code, text, lo, last, hi) == \
                _matches_up_to_reference(regex, text, lo, last, hi), (code, text, lo, last, hi)


def test_claim_index_answers_as_the_plain_scan():
    """_ClaimIndex.overlaps (bisect on an index by start) equals scanning every claim, whatever
    the order of the claims: overlapping, nested, touching or empty."""
    rng = random.Random(21)
    for _ in range(2000):
        index = citations.claims._ClaimIndex()
        plain: list[tuple[int, int]] = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 60)
            span = (start, start + rng.choice([0, 1, 2, 5, 13]))
            index.add(*span)
            plain.append(span)
            for _ in range(4):
                s = rng.randint(0, 65)
                e = s + rng.choice([0, 1, 3, 8])
                assert index.overlaps(s, e) == any(s < ce and cs < e for cs, ce in plain), (plain, s, e)
        assert index.count == len(plain)


def test_many_links_in_one_sentence_are_each_found():
    """A sentence of many links goes past the few claims taken() scans, onto the index."""
    from sourcelens.ingest import from_text

    n = 3 * citations.sentence._FEW_CLAIMS
    text = "The sources are " + " and ".join(f"http://example.org/{i}/page" for i in range(n)) + " today."
    links = [e for e in citations.find_citations(from_text(text)) if e.attrs.get("kind") == "link"]
    assert [e.text for e in links] == [f"http://example.org/{i}/page" for i in range(n)]


def test_anonymous_spans_near_a_verb_are_those_of_the_plain_scan():
    """_anonymous_ending_near (bisection on the spans' ends, in a sentence of many) gives a
    verb the spans it can extend, nearest first, as sorting all of them would."""
    from types import SimpleNamespace

    near = citations.sentence._Sentence._anonymous_ending_near
    rng = random.Random(22)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 60)):
            start = rng.randint(0, 400)
            spans.append((start, start + rng.randint(0, 70)))
        sentence = SimpleNamespace(anonymous_spans=spans, _anonymous_ends=None)
        for _ in range(10):
            vs = rng.randint(0, 480)
            plain = sorted(((ce, k) for k, (_, ce) in enumerate(spans) if ce <= vs and vs - ce < 60), reverse=True)
            assert near(sentence, vs) == [spans[k] for _, k in plain], (spans, vs)


def test_verbal_index_answers_as_the_plain_loops():
    """_Verbal.beside and .source_before (bisection) equal the loops over every verbal
    citation that _quotation ran before, whatever their spans and sources."""
    from types import SimpleNamespace

    rng = random.Random(23)
    for _ in range(500):
        verbal = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 300)
            attrs = {"source_start": rng.randint(0, 300), "source_end": rng.randint(0, 300)} if rng.random() < 0.6 else {}
            verbal.append(SimpleNamespace(span=SimpleNamespace(start=start, end=start + rng.randint(0, 40)), attrs=attrs))
        index = citations.claims._Verbal(verbal)
        in_order = sorted(verbal, key=lambda e: e.span.start)
        for _ in range(10):
            qs = rng.randint(0, 340)
            qe = qs + rng.randint(2, 30)
            assert index.beside(qs, qe) == any(-4 <= e.span.start - qe <= 4 or -4 <= qs - e.span.end <= 4
                                               for e in in_order)
            speaker = None
            for e in in_order:
                if e.span.end <= qs and "source_start" in e.attrs:
                    speaker = (e.attrs["source_start"], e.attrs["source_end"])
            assert index.source_before(qs) == speaker


def test_quoting_at_answers_as_walking_the_marks():
    """quoting_at (the state after each mark, by bisection) equals walking the marks."""
    from types import SimpleNamespace

    quoting_at = citations.sentence._Sentence.quoting_at
    rng = random.Random(24)
    for _ in range(500):
        at = sorted(rng.sample(range(200), rng.randint(0, 20)))
        marks = [(p, rng.choice(['"', "\u201c", "\u201d"])) for p in at]
        sentence = SimpleNamespace(quoting=rng.random() < 0.3, marks=marks, _inside=None)
        for pos in range(0, 205, 3):
            inside = sentence.quoting
            for p, mark in marks:
                if p >= pos:
                    break
                inside = True if mark == "\u201c" else False if mark == "\u201d" else not inside
            assert quoting_at(sentence, pos) == inside, (marks, pos)


def test_many_anonymous_attributions_in_one_sentence_each_take_their_verb():
    """A sentence of many "some experts said": past the few spans scanned, each phrase is
    still extended to its own verb."""
    from sourcelens.ingest import from_text

    n = 3 * citations.sentence._FEW_CLAIMS
    text = "Today " + " and ".join(["some experts said it"] * n) + "."
    found = [e for e in citations.find_citations(from_text(text)) if e.category == "anonymous_attribution"]
    assert [e.text for e in found] == ["some experts said"] * n
    assert all(e.attrs["cue"] == "said" for e in found)


# ----------------------------------------------------------------------------- packed chunk shape

def _shape_reference(chunks: list[str], rules) -> tuple[bool, bool]:
    """(title case, a trigger may start) of a sentence's chunks as run() read them off the
    old packing (fields 32 bits apart, the flag at bit 64), worked out per chunk afresh."""
    long_ = caps = may = 0
    for chunk in chunks:
        may += bool(citations.tokens._first_word_starts(chunk, rules.first_word))
        if len(chunk) > 3:
            if chunk[0].isupper():
                caps += 1
            else:
                long_ += 1
    shape = long_ + (caps << 32) + (may << 64)
    caps, n = (shape >> 32) & ((1 << 32) - 1), (shape & ((1 << 32) - 1)) + ((shape >> 32) & ((1 << 32) - 1))
    return n >= 3 and caps >= 0.75 * n, shape >= 1 << 64


_SHAPE_PIECES = ["said", "Said", "says", "according", "Many", "many", "some", "Some", "few", "Trump", "TRUMP", "abcd",
                 "Abcd", "ab", "Ab", "of", "the", "États", "états", "Ⓐbcd", "1999", "“Quote", "re-said", "said,"]


def test_packed_shape_reads_as_the_old_packing(real_sentences):
    # with the fields 30 bits apart a sentence's sum stays a machine integer; sentences of
    # many trigger chunks (past 8 the sum leaves machine integers) and of hundreds of long
    # words, capitalised or not, must read the same title case and trigger flag
    rules = citations.rules._rules()
    rng = random.Random(31)
    cases = [text[a:b] for text, a, b in real_sentences] + list(_strings(_SHAPE_PIECES, 32))
    cases += [" ".join(rng.choice(_SHAPE_PIECES) for _ in range(rng.randint(50, 600))) for _ in range(200)]
    cases += ["said " * 40, "Abcd " * 5000 + "abcd " * 1000, "abcd " * 5000 + "Abcd " * 1000]
    for sentence in cases:
        chunks = sentence.split()
        shape = citations.tokens._chunks_shape(chunks, rules)
        assert (citations.tokens._title_shape(shape), shape >= citations.tokens._MAY_TRIGGER) == _shape_reference(chunks, rules), \
            sentence[:200]


# ----------------------------------------------------------------------------- punctuation cues per document

#: the scan run() made per sentence before (copied): one character class
_PUNCT_REFERENCE = re.compile(r"[\"\u201c\u201d\u2018(\[\x27/:]")

_PUNCT_PIECES = ["\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", ")", "[", "]", "/", ":", "//", "::", "said",
                 "Trump", "http://example.org/a/b", "www.x.org", "doi:10.1000/182", "\u201b", "\u201e", "\uff02",
                 "\u00ab", "{", "<", "\\", ";", "x", "İ", "\U0001d400", "\u2028", "\t"]


def _punct_cases(real_sentences):
    yield from real_sentences
    rng = random.Random(41)
    for text in _strings(_PUNCT_PIECES, 42):
        for _ in range(3):
            a = rng.randint(0, len(text) + 2)
            yield text, a, rng.randint(a, len(text) + 2)      # windows up to and past the end


def test_document_marks_find_what_the_punct_scan_found(real_sentences):
    marks: dict[str, citations.marks._DocumentMarks] = {}
    for text, a, b in _punct_cases(real_sentences):
        doc_marks = marks.get(text) or marks.setdefault(text, citations.marks._DocumentMarks(text))
        assert doc_marks.punct_between(a, b) == [m.start() for m in _PUNCT_REFERENCE.finditer(text, a, b)], \
            (text, a, b)
        assert doc_marks.www or text.find("www.", a, b) < 0, (text, a, b)


# ----------------------------------------------------------------------------- capitalised words inside sentences

def _capitalised_reference(text: str) -> frozenset[str]:
    """What _capitalised_inside was (copied): the whole text scanned with _MID_CAP."""
    return frozenset(m[0].rstrip(".") for m in citations.capitalised._MID_CAP.finditer(text))


_CAPS_PIECES = ["It", "It.", "It..", "Remember", "He", "We", "she", "the", "a", ",", ";", ".", "said", "Day", "U.S.",
                "U.S", "It’s", "It's", "It-", "It_x", "ItS", "İt", "Ωmega", "x", "1", "\"", "(", "\u2028", "\u00a0It"]


def _word_cases(text: str, rng: random.Random) -> list[str]:
    words = set(re.findall(r"[\w\x27\u2019.-]+", text)) | {w.rstrip(".") for w in re.findall(r"\S+", text)}
    words |= {w[:rng.randint(0, len(w))] for w in list(words)[:50]} | {"", "It", "It.", "U.S.", "U.S"}
    return sorted(words)


@pytest.mark.parametrize("few", [0, 1, 8, 10_000])
def test_capitalised_inside_answers_as_the_whole_scan(real_sentences, monkeypatch, few):
    # few = 0: the whole scan at once; 10_000: every word looked for where it occurs
    monkeypatch.setattr(citations.capitalised, "_FEW_WORDS", few)
    rng = random.Random(51)
    texts = sorted({text for text, _, _ in real_sentences}) + list(_strings(_CAPS_PIECES, 52, 1500))
    for text in texts:
        expected, inside = _capitalised_reference(text), citations.capitalised._CapitalisedInside(text)
        for word in _word_cases(text, rng):
            assert (word in inside) == (word in expected), (text[:200], word)


def _within_report_plain(self, span, source):
    """The walk over the sentence's citations that _Sentence._within_report replaced (it took
    quadratic time in a sentence of thousands of "he said")."""
    s, e = source
    text = self.text
    after_that = s + 5 if text.startswith("that ", s) else s
    # reports: citations by a verb, and anonymous attributions with a source ("officials said")
    verbal = [found for found in self.out
              if found.category == citations.CITATION and found.attrs["kind"] in citations.words._VERBAL
              or found.category == citations.ANONYMOUS and "source_start" in found.attrs]
    for found in verbal:
        attrs = found.attrs
        if found.span.end <= after_that and text[found.span.end:after_that].split() in ([], ["that"]):
            return True
        if found.span.start < span[1] and span[0] < found.span.end and \
                (attrs.get("source_start"), attrs.get("source_end")) == (s, e):
            return True
    # "told MSNBC that nobody would": the nearest report ending up to 40 characters before
    # the clause's "that", with a short object and no punctuation between
    x = len(text[:after_that].rstrip())
    if x - 4 < self.a or text[x - 4:x] != "that" or (x - 4 > self.a and text[x - 5].isalnum()):
        return False
    y = max(self.a, len(text[:x - 4].rstrip()))
    before = [found.span.end for found in verbal if max(self.a, y - 40) <= found.span.end < y]
    if not before:
        return False
    gap = text[max(before):y]
    return len(gap.split()) <= 5 and not any(c in gap for c in ",;:()")


def test_within_report_answers_as_the_plain_walk(real_sentences, monkeypatch):
    """A report inside a report, or a second verb of one source, is found in sets as the
    plain walk found it: on real news and on strings made of reports run together."""
    from sourcelens.ingest import from_text

    texts = sorted({text for text, _, _ in real_sentences})
    pieces = ["Obama said", " he", " that", " Trump told reporters", "  ", " and", ", ", " said Clinton",
              " she believes", " responded by saying", " \u201cwe will win,\u201d", " that  he", ".",
              " told MSNBC on Friday", " nobody would question", " (twice)"]
    texts += list(_strings(pieces, seed=23, rounds=400))
    docs = [from_text(text) for text in texts if text.strip()]
    fast = [citations.find_citations(doc) for doc in docs]
    monkeypatch.setattr(citations.sentence._Sentence, "_within_report", _within_report_plain)
    assert [citations.find_citations(doc) for doc in docs] == fast


def test_written_lower_case_past_a_few_words_answers_as_the_scan(real_sentences):
    """Past _FEW_WORDS words a document's letter runs are collected once: the same answers
    as the scan per word, on real news and on letters beside digits, marks and odd numerals."""
    from sourcelens.analyzers.citations.marks import _FEW_WORDS, _DocumentMarks, _written_lower_case

    texts = [" ".join(text for text, _, _ in real_sentences[:400]),
             "military² Military½ milITary x_military 3military military-aid Ⅻmilitary über Über école",
             "Analysts, analysts' ANALYSTS analysts’s ánalysts"]
    for text in texts:
        # words not in the text first, so that the text's own are answered from its letter runs
        words = [f"Filler{i}" for i in range(_FEW_WORDS)] + sorted(set(re.findall(r"[^\s,.;:!?\"()]+", text)))[:300] \
            + ["Military", "Über", "Analysts", "X"]
        marks = _DocumentMarks(text)
        answers = [marks.written_lower_case(word) for word in words]
        assert len(words) > _FEW_WORDS
        assert answers == [_written_lower_case(text, word) for word in words], text[:80]


def test_the_per_document_memos_answer_as_the_scans_they_spare():
    from sourcelens.analyzers.citations.marks import _DocumentMarks, _written_lower_case

    text = "Mike Pence spoke. WALLACE: Hi. PENCE: Well. WALLACE: So. EMAIL: x@y.z climate Climate"
    marks = _DocumentMarks(text)
    for _ in range(2):      # the first answer, then the remembered one
        for name, expected in (("WALLACE", True), ("PENCE", True), ("EMAIL", False), ("NOTE", False)):
            assert marks.speaker_label(name) is expected
        for word in ("Climate", "Mike", "Wallace", "Pence"):
            assert marks.written_lower_case(word) == _written_lower_case(text, word)
    assert _written_lower_case(text, "Climate") and not _written_lower_case(text, "Mike")


def test_doubled_apostrophes_are_counted_as_a_scan_from_the_start_counts_them():
    """doubled_apostrophes_between (positions found once, then bisection) equals counting the
    pairs read from the start of the text that lie within the range, on random strings."""
    import random

    from sourcelens.analyzers.citations.marks import _DocumentMarks

    def scanned(text: str, a: int, b: int) -> int:
        pairs, at = [], text.find("''")
        while at >= 0:
            pairs.append(at)
            at = text.find("''", at + 2)
        return sum(1 for p in pairs if a <= p and p + 2 <= b)

    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("a'' '") for _ in range(rng.randint(0, 24)))
        marks = _DocumentMarks(text)
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                assert marks.doubled_apostrophes_between(a, b) == scanned(text, a, b)
