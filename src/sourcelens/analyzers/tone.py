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
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .. import lexicons
from ..lexicons import compile_regex as _rx
from ..model import Document, Evidence, Metric, Sentence
from .common import NO_BODY, evidence, metric, per_100_words, share, trie_regex

DIMENSION = "sentiment"
LEXICON = "tone"

_PLAIN_WORD = _rx(r"^\\b([a-z][a-z\x27\u2019-]*)\\b$")


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
    families: tuple[tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], ...]
    starts: re.Pattern[str] | None         # '^' patterns, tried with .match at sentence starts
    start_codes: tuple[tuple[re.Pattern[str], str], ...]


_LITERAL_HEAD = _rx(r"[a-z](?![?*+{])")
_GROUP_HEAD = _rx(r"\(\?:([^()\[\]]*)\)(?![?*+{])")


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

    def alternation(items: list[tuple[str, str]], prefix: str = "") -> re.Pattern[str]:
        # Bucket the alternatives by their first literal letter, \b(?:a(?:...)|b(?:...)):
        # re skips a bucket on one character compare, instead of entering every pattern.
        buckets: dict[str, list[str]] = {}
        rest: list[str] = []
        for pattern, _ in items:
            for alt in _expand_head(pattern):
                if _LITERAL_HEAD.match(alt):
                    buckets.setdefault(alt[0], []).append(f"(?:{alt[1:]})")
                else:
                    rest.append(f"(?:{alt})")
        alts = [f"{ch}(?:{'|'.join(body)})" for ch, body in sorted(buckets.items())] + rest
        return _rx(prefix + "(?:" + "|".join(alts) + ")")

    def resolvers(items: list[tuple[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((_rx(p), code) for p, code in items)

    families = tuple((alternation(items, prefix), resolvers(items))
                     for items, prefix in ((bounded, r"\b"), (other, "")) if items)
    words = (_rx(r"(?<![\w\x27\u2019-])" + trie_regex(word_codes) + r"(?![\w-])")
             if word_codes else None)
    return Scanner(lexicon.by_code(), words, word_codes, families,
                   alternation(starts) if starts else None, resolvers(starts))


def lowered(text: str) -> str:
    """``text.lower()`` with the same length (offsets stay valid).

    A few characters lower-case to two ("İ" -> "i̇"); those are left as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _resolve(low: str, start: int, end: int,
             candidates: tuple[tuple[re.Pattern[str], str], ...]) -> tuple[str, int] | None:
    for pattern, code in candidates:
        m = pattern.match(low, start, end)
        if m:
            return code, m.end()
    return None


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
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        if starts is not None and starts.match(low, start, end):
            hit = _resolve(low, start, end, scan_.start_codes)
            if hit:
                yield sentence, hit[0], start, hit[1]
        for combined, candidates in families:
            for m in combined.finditer(low, start, end):
                hit = _resolve(low, m.start(), end, candidates)
                if hit:
                    yield sentence, hit[0], m.start(), hit[1]
        if words is not None:
            for m in words.finditer(low, start, end):
                yield sentence, word_codes[m.group()], m.start(), m.end()


def in_quotation(doc: Document, sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` sits inside quotation marks opened earlier in its paragraph.

    Counts curly quotes (opening minus closing) and straight double quotes (odd count)
    between the paragraph start and the offset: cheap, and only run at a hit.
    """
    para = doc.paragraphs[sentence.paragraph] if sentence.paragraph < len(doc.paragraphs) else sentence.span
    before = doc.text[para.start:offset]
    if "\u201c" in before and before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count('"') % 2 == 1


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
