"""The speed-ups in ingest and in the marker scans give the same answers as the plain code.

Each fast helper is checked against the code it replaced (kept here as the reference) on
the paragraphs of the sample articles and on random strings built from the characters
that matter to it: white space of several kinds, capitals, non-ASCII letters and digits,
underscores, apostrophes, hyphens. A failure here means a "faster" rewrite changed an output.
"""

from __future__ import annotations

import random
from pathlib import Path

from sourcelens.ingest import regions, split_paragraphs

ROUNDS = 4000
SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def _sample_paragraphs() -> list[str]:
    out = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        out += [text[p.start : p.end] for p in split_paragraphs(text)]
    assert len(out) > 30
    return out


def _soups(pieces: list[str], seed: int, most: int = 14):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(pieces) + (" " if rng.random() < 0.4 else "")
                      for _ in range(rng.randint(0, most)))


# --- ingest: region classification

_WORD_PIECES = ["word", "Word", "W", "_", "_a", "a_", "--", "-a", "a-", "'", "'a", "’s", "‘", "1", "12a", "a1",
                "²", "٣", "①", "é", "É", "İ", "ǅ", "ß", ".", ",", "(", ")", "•", "#", "By", "Photo", "©",
                " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "foo,bar", "a.b"]


def test_count_word_matches_equals_findall():
    for line in [*_sample_paragraphs(), *_soups(_WORD_PIECES, 11), *_soups(_WORD_PIECES, 12, 40)]:
        assert regions.count_word_matches(line) == len(regions.WORD.findall(line)), line


def _line_kind_reference(line: str, words: list[str] | None = None) -> tuple[str, str]:
    """regions._line_kind before it took a word count instead of the word list."""
    R = regions
    stripped = line.strip()
    if words is None:
        words = R.WORD.findall(stripped)
    low = R._lower_if_prefilter_safe(stripped)
    if R.WIDGET.match(stripped) and len(words) <= 1:
        return "widget", "one- or two-character widget line"
    if R._disclaimer(stripped, low):
        return "disclaimer", "disclaimer wording"
    if R.BYLINE.match(stripped) and len(words) <= 8:
        return "byline", "'By' and a name"
    if R._caption(stripped, low):
        return "caption", "photo caption or credit"
    if len(words) <= 12 and R.HEADER_LINE.search(stripped.lstrip("-\u2013\u2022* ")):
        return "header", "site furniture (share, date, reading time, label)"
    if R._bio(stripped) and len(words) <= 80:
        return "bio", "'<Name> is a <role>' author note"
    if len(words) <= 25 and R._copyright(stripped, low):
        return "footer", "copyright line"
    if stripped.startswith("#"):
        return "heading", "Markdown heading"
    if not R._terminal(stripped) and not R._lead_in(stripped, len(words)):
        if len(words) <= 16:
            return "heading", "short line without sentence punctuation"
        capitalised = sum(1 for w in words if w[0].isupper())
        if len(words) <= 25 and capitalised >= 0.6 * len(words):
            return "heading", "title-case line without sentence punctuation"
    if stripped.startswith(("-", "\u2022")) and len(words) <= 6:
        return "header", "short list item"
    return "body", ""


_LINE_PIECES = ["The", "the", "Mayor", "city", "Ωmega", "élan", "Élan", "1999", "_x", "it's", "well-known",
                "By", "Photo:", "(Reuters)", "Share", "5 min read", "Copyright", "is a", "professor", "at",
                "Jane", "Doe", ".", "?", "!", "\u201d", ")", "-", "\u2022", "#", " ", "\t", "\u00a0", "\u3000"]


def test_line_kind_with_a_word_count_equals_the_word_list_version():
    lines = [*_sample_paragraphs(), *_soups(_LINE_PIECES, 21, 30), *_soups(_WORD_PIECES, 22, 30)]
    kinds = set()
    for line in lines:
        expected = _line_kind_reference(line, regions.WORD.findall(line))
        assert regions._line_kind(line, regions.count_word_matches(line)) == expected, line
        assert regions._line_kind(line) == expected, line
        kinds.add(expected)
    # the soups reach the title-case rule, which reads the capitals of the words
    assert ("heading", "title-case line without sentence punctuation") in kinds


_HEADER_PIECES = ["5", "12", "٣", "min", "minute", "minutes", "MINS", "read", "comments", "View", "shares",
                  "LIKES", "like", "Reading time", "reading", "time", "share", "Share", "Updated", "posted",
                  "on", ":", "In brief", "Key points", "Advertisement", "Listen", "this", "article", "story",
                  "Home", "news", "/", ">", "|", "İ", "ſ", "K", "ı", "x", "-", "•", "the",
                  " ", "  ", "\n", "\t", ".", "_", "Comments are closed", "Related", "tags:", "©",
                  "Subscribe", "read more", "support ", "sign up", "3 comments"]


def test_header_line_equals_the_header_line_pattern():
    """_header_line (branches apart, keyword pre-test on the lower-cased line) answers as
    HEADER_LINE.search does, with and without the pre-test, on the line and on a suffix of it
    (the caller strips leading bullets after lower-casing)."""
    lines = [*_sample_paragraphs(), *_soups(_HEADER_PIECES, 41, 6), *_soups(_HEADER_PIECES, 42, 20)]
    hits = 0
    for line in lines:
        expected = regions.HEADER_LINE.search(line) is not None
        hits += expected
        low = regions._lower_if_prefilter_safe(line)
        assert regions._header_line(line, None) == expected, line
        cut = len(line) - len(line.lstrip("-\u2013\u2022* "))
        assert regions._header_line(line[cut:], low) == (regions.HEADER_LINE.search(line[cut:]) is not None), line
    assert hits > 500  # the soups reach the pattern's branches, not only its misses


def test_end_of_article_match_equals_its_search():
    for line in [*_sample_paragraphs(), *_soups(_HEADER_PIECES, 43, 8)]:
        assert (regions.END_OF_ARTICLE.match(line) is None) == (regions.END_OF_ARTICLE.search(line) is None), line


def test_control_count_on_utf8_bytes_equals_the_control_regex():
    """decode's byte-level count of control characters equals the regex count on the text,
    for every control character, C1 controls beside other 0xC2-led characters (NBSP, the
    copyright sign), U+FFFD, and text longer than the window (which the regex reads)."""
    import importlib

    decode = importlib.import_module("sourcelens.ingest.decode")
    pieces = ["a", "Word ", "\n", "\t", "\r", "\x0c", "\u00a0", "\u00a9", "\u00bf", "\u00c2", "\u00e9",
              "\u2019", "\u4e2d", "\U0001F600", "\ufffd", "\ufffe", "\u0080", "\u0085", "\u009f", "\u00a0\u0080",
              *[chr(c) for c in (*range(0x00, 0x20), 0x7F)]]
    texts = [*_soups(pieces, 51, 30), *_sample_paragraphs()]
    total = 0
    for text in texts:
        expected = len(decode._CONTROL.findall(text[: decode._CONTROL_WINDOW]))
        total += expected
        assert decode._controls(text, text.encode("utf-8")) == expected, repr(text)
        assert decode._controls(text, None) == expected, repr(text)
    assert total > 1000
    long = "\x01" * 10 + "a" * decode._CONTROL_WINDOW + "\x01" * 10
    assert decode._controls(long, long.encode("utf-8")) == 10


# --- readability

_TOKEN_PIECES = ["a", "the", "beautiful", "extraordinarily", "university", "re-", "-ation", "ed", "es", "y", "’s",
                 "'", "1999", "_", "—", "“", "é", "élan", "naïve", "İ", ".", ",", "?", "cooperation", "idea"]


def test_polysyllabic_flag_is_three_syllables_or_more():
    from sourcelens.analyzers import readability
    from sourcelens.analyzers.syllables import word_syllables

    tokens = [t for line in [*_sample_paragraphs(), *_soups(_TOKEN_PIECES, 31, 6)] for t in line.split()]
    for token in tokens:
        syllables, _, is_word, poly, *_ = readability._token_facts(token)
        # what analyze summed before: tokens whose syllable count (0 without a word character) is 3+
        expected = is_word and word_syllables(token) >= 3
        assert poly == expected and syllables == (word_syllables(token) if is_word else 0), token


def test_complex_word_share_counts_the_polysyllabic_words():
    from sourcelens.analyzers import readability
    from sourcelens.ingest import from_text

    texts = [p.read_text(encoding="utf-8") for p in SAMPLES] + list(_soups(_TOKEN_PIECES, 32, 60))[:300]
    for text in texts:
        if not text.strip():
            continue
        doc = from_text(text + "\n")
        W = P = 0
        for s in doc.body_sentences:
            syl = [readability._token_facts(t)[0] for t in doc.text[s.span.start : s.span.end].split()]
            w = sum(readability._token_facts(t)[2] for t in doc.text[s.span.start : s.span.end].split())
            if w:
                W += w
                P += sum(1 for n in syl if n >= 3)
        got = {m.key: m.value for m in readability.analyze(doc).metrics}
        assert got["readability.complex_word_share"] == (round(P / W, 3) if W else None), text


# --- tone / style scanner: chunk filters

def _lexicon_words(name: str) -> list[str]:
    """The plain words in a lexicon's patterns (what its hits are made of)."""
    import re

    from sourcelens import lexicons

    words = {w for m in lexicons.load(name).markers for p in m.patterns
             for w in re.findall(r"[a-z]+(?:[\x27’][a-z]+)?", p.replace(r"\s+", " ").replace(r"\b", " "))}
    return sorted(words)


def _unfiltered(scan_):
    """The scanner with every chunk filter switched off: every family runs on every sentence."""
    import dataclasses

    from sourcelens.analyzers import tone

    return dataclasses.replace(scan_, word_filter=tone.ChunkFilter(lambda chunk: True),
                               family_filters=(None,) * len(scan_.family_filters))


def _scan_texts(name: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = _lexicon_words(name)
    glue = [" ", " ", " ", "  ", "\n", "\t", ", ", ". ", "? ", "’", "'", "-", "“", "”", "(", ")", "A", "The", "so"]
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for _ in range(400):
        texts.append("".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 40))) + ".")
    return texts


def test_scan_with_chunk_filters_equals_scan_without():
    from sourcelens.analyzers import tone
    from sourcelens.ingest import from_text

    for name, seed in (("style", 41), ("tone", 42)):
        scan_ = tone.scanner(name)
        plain = _unfiltered(scan_)
        hits = 0
        for text in _scan_texts(name, seed):
            doc = from_text(text)
            got = list(tone.scan(scan_, doc, doc.sentences))
            assert got == list(tone.scan(plain, doc, doc.sentences)), text
            hits += len(got)
        assert hits > 1000, (name, hits)  # the soups do hit (a filter that drops hits would show)


def test_chunk_filter_remembers_both_answers_and_agrees_with_its_test():
    from sourcelens.analyzers import tone

    rng = random.Random(44)
    pool = ["a", "b", "ab", "ba", "abc", "c", "cc", "x", "xa"]
    calls = []

    def may_start(chunk):
        calls.append(chunk)
        return "ab" in chunk

    flt = tone.ChunkFilter(may_start, limit=5)
    for _ in range(ROUNDS):
        chunks = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        assert flt.may_hit(chunks) == any("ab" in c for c in chunks), chunks
    assert len(calls) < ROUNDS  # answers are remembered (and the sets emptied at the limit)


# --- ingest: sentence boundaries

_STOP_PIECES = [".", "..", "…", "!", "?", "?!", "\"", "'", "”", "’", ")", "]", "(", "a", "Mr", "U.S", "2.5", " ", "  ",
                "\n", "\t", "\u00a0", "\u3000", "\x1c", "x.y", "“", "é", "İ"]


def test_sentence_boundary_regex_equals_the_repeat_form():
    import re

    from sourcelens.ingest import sentences

    old = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    texts += list(_soups(_STOP_PIECES, 51, 30)) + list(_soups(_STOP_PIECES, 52, 6))
    for text in texts:
        assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text
        for start in range(0, len(text), 7):   # a paragraph is searched as a slice of its own
            assert [m.span() for m in sentences._BOUNDARY.finditer(text[start:])] == \
                [m.span() for m in old.finditer(text[start:])], (text, start)
    dots = "Start. " + "." * 20000          # the case that made the repeat form quadratic
    assert [m.span() for m in sentences._BOUNDARY.finditer(dots)] == [(5, 6)]


# --- hedging: the combined marker regex

def _hedging_regex_reference():
    """hedging._compiled's regex before alternatives were grouped under their second letter."""
    import re

    from sourcelens import lexicons
    from sourcelens.analyzers import hedging

    buckets: dict[str, list[tuple[str, int]]] = {}
    for i, m in enumerate(lexicons.load("hedging").markers):
        for pattern in m.patterns:
            for alt in hedging._expand(pattern[2:]):
                buckets.setdefault(alt[0], []).append((alt[1:], i))
    group_entry, outer = [0], []
    for letter in sorted(buckets):
        inner = []
        for rest, i in buckets[letter]:
            inner.append(f"{rest}()")
            group_entry.append(i)
        outer.append(f"{letter}(?:{'|'.join(inner)})")
    return re.compile(r"\b(?:" + "|".join(outer) + ")"), group_entry


def test_hedging_regex_finds_the_same_markers_as_the_plain_alternation():
    from sourcelens.analyzers import hedging

    old, old_entry = _hedging_regex_reference()
    comp = hedging._compiled()
    texts = [p.read_text(encoding="utf-8").lower() for p in SAMPLES]
    texts += [t.lower() for t in _scan_texts("hedging", 61)]
    found = 0
    for text in texts:
        new = [(m.span(), comp.group_entry[m.lastindex]) for m in comp.regex.finditer(text)]
        assert new == [(m.span(), old_entry[m.lastindex]) for m in old.finditer(text)], text
        found += len(new)
    assert found > 1000


def test_second_letter_groups_keep_order_where_it_matters():
    from sourcelens.analyzers import hedging

    rests = ["bc", "\\s+x", "bd", "ce", "bf", "b?g", "bh", "x|by", "bz", ""]
    groups = hedging._by_second_letter("\x00".join(rests))
    assert groups == [["b", [0]], ["", [1]], ["b", [2, 4]], ["c", [3]], ["", [5]], ["b", [6]], ["", [7]],
                      ["b", [8]], ["", [9]]]
