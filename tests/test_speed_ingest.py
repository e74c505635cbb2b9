"""Speed-ups of ``sourcelens.ingest.from_text`` give the same document as the plain code.

Each rewrite is checked against the code it replaced (kept here as the reference) on the
sample articles and on random texts built from the characters that matter to it: white
space of several kinds, sentence stops, abbreviations, apostrophes, hyphens, slashes,
digits and non-ASCII letters. A failure here means a "faster" rewrite changed an output.
"""

from __future__ import annotations

import random
from pathlib import Path

from sourcelens.ingest import from_text
from sourcelens.ingest.normalize import normalize
from sourcelens.ingest.regions import classify
from sourcelens.ingest.sentences import count_words, split_paragraphs, split_sentences

ROUNDS = 3000
SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

_PIECES = ["word", "Word", "The", "he", "a/b", "foo-bar", "’tis", "don't", "12", "2.6", "28,000", "_", "_a",
           "²", "é", "İ", "ß", "U.S.", "Mr.", "Inc.", "J.", "e.g.", "...", "…", "end.", "Why?", "Yes!", "\"Quoted.\"",
           "(aside.)", "By", "Photo", "©", "Copyright", "#", "•", "-", "–", "a.b", "foo,bar",
           " ", "  ", "\t", "\n", "\n\n", "\n \n", "\u00a0", "\u2003", "\u2028", "\x1c", "\x85", "\r\n"]


def _soups(seed: int, most: int = 40):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(_PIECES) + (" " if rng.random() < 0.5 else "")
                      for _ in range(rng.randint(0, most)))


def _reference(text: str) -> tuple[list, list]:
    """The regions and sentences as from_text built them before the counts were shared:
    classify counting each paragraph's words itself, count_words once per sentence."""
    normal, _ = normalize(text)
    paragraphs = split_paragraphs(normal)
    regions = classify(normal, paragraphs)
    sentences = []
    for index, (para, region) in enumerate(zip(paragraphs, regions)):
        for span in split_sentences(normal, para):
            sentences.append((len(sentences), span, index, region.kind, count_words(normal, span.start, span.end)))
    return regions, sentences


def _check(text: str) -> None:
    doc = from_text(text)
    regions, sentences = _reference(text)
    assert list(doc.regions) == regions, text
    assert [(s.index, s.span, s.paragraph, s.region, s.words) for s in doc.sentences] == sentences, text


def test_from_text_matches_the_reference_on_the_samples():
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        _check(text)
        # long paragraphs: the whole article as one paragraph, and many short ones
        _check(text.replace("\n", " "))
        _check(text.replace(". ", ".\n"))


def test_from_text_matches_the_reference_on_random_texts():
    for text in _soups(11):
        if text.strip():
            _check(text)


def test_case_confusable_test_equals_the_character_set_search():
    import re

    from sourcelens.ingest import regions

    reference = re.compile("[\u0130\u0131\u017f\u212a]")  # the search it replaced
    pieces = ["a", "I", "i", "S", "s", "K", "k", "é", "’", "\u0130", "\u0131", "\u017f", "\u212a", "\u0131\u0307",
              "\U0001f600", " ", "\n"]
    rng = random.Random(5)
    lines = [text for text in _soups(12)] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
                                             for _ in range(ROUNDS)]
    assert sum(1 for line in lines if reference.search(line)) > 100
    for line in lines:
        assert regions._has_case_confusable(line) == bool(reference.search(line)), line


def test_caption_pretest_equals_the_caption_search():
    from sourcelens.ingest import regions

    pieces = ["Photo", "photos", "PHOTO", "(Photo: Jane Doe)", "(Image", "Pictured", "File photo", "Credit", "credits",
              "Getty Images", "Reuters", "reuters)", "AP Photo", "AFP", "Shutterstock", "EPA", "epa)", "separate",
              "illustration", "picture", ")", "(", ":", "-", "x", "word", ".", "\u017f", "\u212a", "é", "’",
              " ", "  ", "\t", "\u00a0"]
    rng = random.Random(7)
    lines = ["".join(rng.choice(pieces) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(0, 8)))
             for _ in range(ROUNDS * 3)]
    lines = [line.strip() for line in lines]
    hits = 0
    for line in lines:
        expected = regions.CAPTION.search(line) is not None
        hits += expected
        assert regions._caption(line, regions._lower_if_prefilter_safe(line)) == expected, line
    assert hits > 1000


def test_keyword_pretests_give_the_full_search_answers():
    from sourcelens.ingest import regions

    pieces = ["Photo", "credit", "Reuters)", "EPA", "(c) 2020", "(C)", "©", "Copyright", "COPYRIGHT", "All Rights Reserved",
              "Disclaimer:", "NOTE -", "Editor's note:", "for informational purposes only", "Does Not Constitute",
              "views expressed", "É", "é", "ß", "’", "\u017f", "\u212a", "\u0130", "\ud800", "word", "x", ".", ")",
              " ", "  ", "\u00a0"]
    rng = random.Random(9)
    lines = ["".join(rng.choice(pieces) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(0, 8)))
             for _ in range(ROUNDS * 3)]
    lines = [line.strip() for line in lines]
    for line in lines:
        low = regions._lower_if_prefilter_safe(line)
        if low is not None:
            assert len(low) == len(line)
        assert regions._caption(line, low) == regions._caption(line, None), line
        assert regions._disclaimer(line, low) == regions._disclaimer(line, None), line
        assert regions._copyright(line, low) == regions._copyright(line, None), line
