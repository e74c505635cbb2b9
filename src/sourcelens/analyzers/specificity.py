"""Specificity: figures, named specifics and sources versus vague stand-ins, per sentence.

What is counted in each BODY sentence (page furniture such as "4 minutes read" or a photo
caption's date is never measured):

* figures (``figures.find_figures``): money, percentages, dates, years, times, quantities,
  ordinals, fractions, counts and ranges, each once, typed, with a normalised value;
* citations and anonymous attributions (``citations.find_citations``, built separately);
* named specifics (``names.sentence_names``): runs of capitalised words not at the start of
  a sentence (a sentence's first word only when the same word is capitalised mid-sentence
  elsewhere in the article), acronyms, @handles and #hashtags, minus a stoplist (lexicon
  SP060-SP062);
* vague quantity words standing in for figures (``vague.find``): "billions more", "many",
  "a number of", "significantly", "for decades"; lexicon SP020-SP030, after Channell 1994,
  each with its marker's explanation as the note ("A vague frequency", "A vague time
  reference").

Measured on PolNeAR dev (``benchmarks/eval_specifics.py``): named specifics overlap 97 % of
the attribution sources that name someone, and 95 % of a hand-judged held-out sample of 100
names are right (99 % counting names with a wrong boundary); 93 % of a held-out sample of
100 figures were right in span and type as judged (97 % as figures); vague words are right
in 92 % and 94 % of two hand-judged held-out samples.

Five more inputs enter the score without being evidence: rare words (tokens of two or
more letters outside the ``RARE_RANK`` = 5,000 commonest words of
``lexicons/word_frequency.tsv``, counted in 1.0M words of news; word rarity is the "word
specificity" feature of Louis & Nenkova 2011 and Li & Nenkova 2015), discourse
connectives ("but", "however", "also", "because"; specificity.toml [score_words]), which
general sentences use more, @handles (an "@user" reply is conversational, so a handle
lowers the score a little instead of counting as a name; hashtags count as names),
numbers as written (runs of digits, "1,500.25" and "10:39" one each: the "number of
numbers" among the shallow features of Li & Nenkova 2015's Speciteller; beside the typed
figures it also rewards precision, "Oct. 19, 1987" against "in 1987", and catches
numbers the figure grammar leaves alone, "#11", "Pt4"), and the demonstratives "this",
"that", "these", "those", with which a general sentence points back at the discourse
("this is why", "that matters") instead of naming what it means (our own choice, kept
because it lowered the score of general sentences in both the tweets and the news).
One input reads the figures again: money and percentages (``QUANTIFIED``, ranges of them
included) count once more, as quantities a reader can check ("US$867 million", "2.6 per
cent"), beside dates, years and counts, which place or size a claim less exactly.

The per-sentence score (``sentence_scores["specificity"]``, None for non-body sentences)::

    z = W_LENGTH     * ln(1 + words)
      + W_NAMED      * ln(1 + words in named specifics, @handles excluded)
      + W_FIGURE     * ln(1 + figures)
      + W_CITE       * ln(1 + citations, bare links excluded)
      - W_VAGUE      * ln(1 + vague words)
      + W_RARE       * ln(1 + rare words)
      - W_CONNECTIVE * ln(1 + connectives)
      - W_HANDLE     * ln(1 + @handles)
      - W_DEMONSTRATIVE * ln(1 + demonstratives)
      + W_NUMBER     * ln(1 + numbers)
      + W_QUANTIFIED * ln(1 + money and percentage figures)
    score = 100 * (1 - exp(-z / SCALE))      (z < 0 counts as 0)

Every count enters through ln(1 + n), so returns diminish: the first figure in a sentence
adds more than the fifth, and a long sentence is not specific merely for being long
(sentence length alone tracks human ratings at rho 0.46-0.70, a confound to be
controlled, not the answer). The score runs from 0 (nothing specific: short, plain,
vague) towards 100; SCALE puts a typical news sentence with one figure and one name near
60. The article's ``specificity.score`` is the mean over its scored body sentences.
How the weights were fitted is written beside them.

Dev figures (``python benchmarks/eval_specificity.py --fit``), Spearman rho with human
judgements on the parts not used for fitting: gao2019 val tweets 0.689, ko2019_wsj half B
(general/specific) 0.607 (accuracy 0.772, AUC 0.85); mean 0.648. Fit parts: gao2019 train
0.663, ko2019_wsj half A 0.533. The weights were a local optimum of the fit parts' mean rho
on the nineteenth session's detectors and still are on the twenty-first's: no single step
of 0.05 on any weight raises it by 0.0005 (the largest, +0.05 on connectives, by 0.0003).
Baselines: sentence length 0.556 / 0.458 (mean 0.507), numbers + capitalised words 0.496 /
0.518 (0.507). With 500 val tweets a rho has a standard error near 0.03: differences below
0.01 between variants are noise.

How each input was chosen, the candidates tried and left out with their figures, and how the
held-out mean moved from session to session: ``benchmarks/specificity_features.md``.
"""

from __future__ import annotations

import math
import re
import statistics
from functools import lru_cache
from operator import attrgetter
from typing import Any, Iterable

from .. import lexicons
from ..ingest.sentences import count_words
from ..lexicons import compile_regex as _rx
from ..memo import Memo
from ..model import DimensionResult, Document, Evidence, Region, Sentence, Span
from . import vague
from .common import NO_BODY, evidence, metric, per_100_words, sentence_index_of, share, trie_regex
from .figures import Figure, chunk_facts, find_figures
from .names import Name, find_names, sentence_names, with_known_openers

try:  # built by another module owner; the metrics say so when it is missing
    from .citations import find_citations
except ModuleNotFoundError as _exc:  # pragma: no cover - depends on the installation
    if _exc.name != f"{__package__}.citations":
        raise
    find_citations = None

DIMENSION = "specificity"

# ----------------------------------------------------------------------------- the weights
# Fitted on the dev data's FIT parts only (gao2019 train, ko2019_wsj half A) by a
# pairwise logistic regression: feature differences of 40,000 differently-rated pairs per
# set, no intercept, so both sets weigh the same and only the order within a set counts
# (as for Spearman's rho); rescaled to length = 1 and rounded to 0.05 (at 0.05 the fit
# parts' rho equals the unrounded fit's; benchmarks/eval_specificity.py --fit prints the
# fit). Features were chosen by forward selection on the same parts (numbers,
# demonstratives, then money and percentages: a new feature had to raise rho on both
# parts). gao2019 val and ko2019_wsj half B were not used to set them. Robustness: fitted
# on gao train alone, held-out mean rho 0.637 (figures 0.0, citations 0.1, money and
# percentages 0.3: in tweets the numbers feature carries them); on ko half A alone 0.605
# (figures 0.7, money and percentages 1.3, connectives -1.5); the sets disagree most on
# figures and connectives, which matter more in news than in tweets. With money and
# percentages in, plain figures weigh less (0.45 -> 0.3) and so do numbers (0.35 -> 0.25).
W_LENGTH = 1.0
W_NAMED = 0.5
W_FIGURE = 0.3
W_CITE = 0.5
W_VAGUE = 0.55
W_RARE = 0.2
W_CONNECTIVE = 0.65
W_HANDLE = 0.25
W_DEMONSTRATIVE = 0.25
W_NUMBER = 0.25
W_QUANTIFIED = 1.1
#: the figure kinds that quantify (W_QUANTIFIED): money and percentages, beside dates and counts
QUANTIFIED = frozenset({"money", "percentage"})
#: a word is rare when it is not among this many commonest words of word_frequency.tsv
RARE_RANK = 5000
#: citation kinds that do not raise the score: a bare URL points somewhere but does not say
#: what supports the sentence (in the rated tweets a link adds nothing once length is known)
SCORE_SKIPS_CITATION_KINDS = frozenset({"link"})
#: puts a 25-word sentence with one figure and a two-word name near 60
SCALE = 5.0

FIGURE_KINDS = ("money", "percentage", "date", "time", "year", "quantity", "count", "ordinal",
                "fraction", "range", "tally")
DATED = frozenset({"date", "time", "year"})

# the frequency list's tokeniser, run on lower-cased text with straight apostrophes
_FREQ_TOKEN = _rx(r"[a-z]+(?:'[a-z]+)*")
#: the tokens of ``scan_words``: the frequency list's words, and numbers as written, a run
#: of ASCII digits with inner separators ("1,500.25", "10:39", the "4" of "Pt4"; a figure
#: such as "$1.5 billion" or "Oct. 19, 1987" holds one or more); one pass finds both
_SCAN_TOKEN = _rx(_FREQ_TOKEN.pattern + r"|[0-9]+(?:[.,:][0-9]+)*")
#: the demonstratives: general sentences point back at what was said before ("this is
#: why", "that matters") more than specific ones do (closed class, complete)
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


@lru_cache(maxsize=1)
def _lexicon():
    return lexicons.load("specificity")


@lru_cache(maxsize=1)
def _figure_codes() -> dict[str, str]:
    return {m.extra["figure_kind"]: m.code for m in _lexicon().in_category("figure")}


def frequency_tokens(text: str) -> list[str]:
    """The word tokens the frequency list counts: lower-cased letter runs ("don't" is one)."""
    return _FREQ_TOKEN.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=1)
def common_words(rank: int = RARE_RANK) -> frozenset[str]:
    """The ``rank`` commonest words of ``lexicons/word_frequency.tsv`` (see its header)."""
    words = []
    for word, _ in lexicons.table_rows(lexicons.table_text("word_frequency.tsv")):
        words.append(word)
        if len(words) == rank:
            break
    return frozenset(words)


@lru_cache(maxsize=1)
def connectives() -> frozenset[str]:
    """Discourse connectives that mark a general sentence (specificity.toml [score_words])."""
    return frozenset(lexicons.section("specificity", "score_words")["connectives"].split())


#: (lower-cased span, rare words, connectives, indices of the vague patterns to run,
#: demonstratives, numbers)
Scan = tuple[str, int, int, frozenset[int], int, int]
# A token's counts packed in one int, rare + connective << _SHIFT + demonstrative <<
# 2 * _SHIFT + number << 3 * _SHIFT, so that a sentence costs one addition per token. A
# field overflows into the next only past _FIELD tokens, and a token is at least one
# character: _scan adds the fields apart for a span longer than _FIELD characters.
_SHIFT = 20
_FIELD = (1 << _SHIFT) - 1
# What a white-space-separated chunk of lower-cased text contributes: its tokens' counts
# packed in one int (``_PACKED``, below), and (only for chunks that have some) the vague
# patterns whose anchors its tokens contain. Learnt by :func:`_learn` at a chunk's first
# look-up in ``_PACKED``, so that ``_scan`` sums a sentence in one pass even when it holds
# new chunks (as most sentences of real news do); ``_scan`` empties both memos together,
# between sentences, at ``_CACHE_LIMIT`` chunks.
_ANCHORED: dict[str, frozenset[int]] = {}
# The figures' facts of a chunk (``figures.chunk_facts``), for the chunks that have some (a
# trigger word, a digit or a currency sign): learnt and emptied with ``_PACKED`` too, so
# that the figures of a scanned sentence need no second look-up of each of its chunks.
_FIGURE_FACTS: dict[str, tuple[frozenset[str], bool]] = {}
_CACHE_LIMIT = 200_000


def _token_counts(token: str) -> int:
    """One token's counts, packed (rare + connective + demonstrative + number)."""
    if token[0].isdigit():
        return 1 << 3 * _SHIFT
    rare = len(token) > 1 and token not in common_words()
    return (int(rare) + (int(token in connectives()) << _SHIFT)
            + (int(token in DEMONSTRATIVES) << 2 * _SHIFT))


@lru_cache(maxsize=1)
def _some_anchor() -> re.Pattern[str]:
    """Finds an anchor of the vague patterns (as a character trie) wherever one occurs."""
    return lexicons.compile_regex(trie_regex(vague.index()[0]))


def _anchored_patterns(tokens: list[str]) -> set[int]:
    """The vague patterns with an anchor inside one of ``tokens``.

    Most chunks hold no anchor at all; one trie search of each token (in C) says so, and
    only a token with some anchor in it is tested against every anchor: the same set as
    testing all tokens, since a token without a search hit contains no anchor.
    """
    anchors, by_anchor, _ = vague.index()
    some_anchor = _some_anchor().search
    return {i for t in tokens if some_anchor(t) for a in anchors if a in t for i in by_anchor[a]}


def _learn(chunk: str) -> int:
    """What ``chunk`` (no white space in it) contributes: its packed counts (kept by
    ``_PACKED``), the vague patterns its tokens anchor (kept in ``_ANCHORED``) and its
    figures' facts (kept in ``_FIGURE_FACTS``)."""
    facts = chunk_facts(chunk)
    if facts[0] or facts[1]:
        _FIGURE_FACTS[chunk] = facts
    tokens = _SCAN_TOKEN.findall(chunk)
    # An anchor is a run of letters a-z, so it lies inside one maximal run of them, which
    # lies inside one token: a chunk without any anchor (most) holds no token with one,
    # and one search of the whole chunk spares the search of each token.
    if _some_anchor().search(chunk):
        patterns = _anchored_patterns(tokens)
        if patterns:
            _ANCHORED[chunk] = frozenset(patterns)
    return sum(map(_token_counts, tokens))


_PACKED: dict[str, int] = Memo(_learn)


def scan_words(text: str, start: int, end: int) -> Scan:
    """One pass over the word tokens of ``text[start:end]`` (see ``_scan``)."""
    return _scan(text, start, end)[0]


def _scan(text: str, start: int, end: int) -> tuple[Scan, list[str]]:
    """``scan_words``, and the chunks it read: the lower-cased span, curly apostrophes
    straightened, split at white space (``sentence_counts`` hands them on to the figures).

    Counts rare words (two or more letters, not among the ``RARE_RANK`` commonest words
    of the frequency list), connectives, demonstratives and numbers, and picks the vague
    patterns worth running: those with an anchor inside some token (an anchor is a run of
    letters, so it always lies inside one token).

    Speed: no token contains white space, so the tokens of the span are those of its
    ``str.split`` chunks ("said," "(the" "1,500.25"), and chunks repeat as much as words
    do. What each chunk contributes is cached, so a sentence costs one ``split``, one
    ``sum`` over dictionary look-ups and one set intersection (a regex match per token,
    the old way, cost four times as much).
    """
    if len(_PACKED) >= _CACHE_LIMIT:  # an endless stream of new chunks must not grow memory
        _PACKED.clear()
        _ANCHORED.clear()
        _FIGURE_FACTS.clear()
    lowered = text[start:end].lower()
    chunks = lowered.replace("’", "'").split()
    packed = sum(map(_PACKED.__getitem__, chunks))  # a chunk not seen before is learnt on the way
    if len(lowered) <= _FIELD:
        counts = packed & _FIELD, (packed >> _SHIFT) & _FIELD, (packed >> 2 * _SHIFT) & _FIELD, packed >> 3 * _SHIFT
    else:  # so many tokens could carry one field into the next
        counts = _counts_apart(chunks)
    chosen: set[int] = set(vague.index()[2])
    for c in _ANCHORED.keys() & chunks:
        chosen |= _ANCHORED[c]
    rare, connectives_, demonstratives, numbers = counts
    return (lowered, rare, connectives_, frozenset(chosen), demonstratives, numbers), chunks


def _counts_apart(chunks: list[str]) -> tuple[int, int, int, int]:
    """(rare, connectives, demonstratives, numbers) of ``chunks``' tokens, each field summed
    apart: for a span too long for the packed addition (a token's own fields are 0 or 1)."""
    rare = connectives_ = demonstratives = numbers = 0
    for chunk in chunks:
        for token in _SCAN_TOKEN.findall(chunk):
            value = _token_counts(token)
            rare += value & _FIELD
            connectives_ += (value >> _SHIFT) & _FIELD
            demonstratives += (value >> 2 * _SHIFT) & _FIELD
            numbers += value >> 3 * _SHIFT
    return rare, connectives_, demonstratives, numbers


def _figure_facts(chunks: list[str]) -> tuple[frozenset[str], bool]:
    """``figures._chunk_facts(chunks)`` for the chunks ``_scan`` has just read (so all of them
    learnt by ``_PACKED``): read off ``_FIGURE_FACTS``, which holds every learnt chunk with
    any fact, so the chunks left out (no trigger word, no digit or currency sign) add
    nothing to the union and to the "any symbol" answer."""
    notable = [_FIGURE_FACTS[c] for c in _FIGURE_FACTS.keys() & chunks]
    if not notable:
        return frozenset(), False
    return frozenset().union(*[words for words, _ in notable]), any(symbol for _, symbol in notable)


# ----------------------------------------------------------------------------- the score

def combine(words: int, named: int, figures: int, citations: int = 0, vague: int = 0,
            rare: int = 0, connectives: int = 0, handles: int = 0, demonstratives: int = 0,
            numbers: int = 0, quantified: int = 0) -> float:
    """The specificity score (0-100) of one sentence from its counts (module docstring)."""
    z = (W_LENGTH * math.log1p(words) + W_NAMED * math.log1p(named)
         + W_FIGURE * math.log1p(figures) + W_CITE * math.log1p(citations)
         - W_VAGUE * math.log1p(vague) + W_RARE * math.log1p(rare)
         - W_CONNECTIVE * math.log1p(connectives) - W_HANDLE * math.log1p(handles)
         - W_DEMONSTRATIVE * math.log1p(demonstratives) + W_NUMBER * math.log1p(numbers)
         + W_QUANTIFIED * math.log1p(quantified))
    return 100.0 * (1.0 - math.exp(-max(z, 0.0) / SCALE))


def quantified(figures: Iterable[Figure]) -> int:
    """How many of ``figures`` are money or percentages (``QUANTIFIED``), ranges and tallies
    of them included ("$5-10 million", "5-10%", "46 to 40 percent")."""
    return sum(1 for f in figures
               if f.kind in QUANTIFIED or (f.kind in ("range", "tally") and f.attrs.get("of") in QUANTIFIED))


def sentence_counts(text: str, start: int = 0, end: int | None = None,
                    known: Iterable[str] = (), names: list[Name] | None = None) -> dict[str, Any]:
    """Figures, names and vague words of ``text[start:end]`` read as one sentence
    (``names``: already found by ``find_names``)."""
    end = len(text) if end is None else end
    if names is None:
        names = find_names(text, start, end, known)
    scanned, chunks = _scan(text, start, end)
    lowered, rare, conn, _, dem, numbers = scanned
    named_all = handles = handle_words = 0
    for s, _, _, n in names:  # one pass: all name words, and the @handles among them
        named_all += n
        if text[s] == "@":
            handles += 1
            handle_words += n
    return {"figures": find_figures(text, start, end, lowered, facts=_figure_facts(chunks)), "names": names,
            "vague": vague.find(text, start, end, lowered, scanned[3]),
            "named_words": named_all - handle_words,
            "named_all": named_all, "rare": rare, "connectives": conn,
            "handles": handles, "demonstratives": dem,
            "numbers": numbers}


def one_sentence_document(text: str) -> Document:
    """``text`` as a document of one body sentence (for scoring rated sentences or posts,
    which ingest would often file as headings: short, no final full stop)."""
    span = Span(0, len(text))
    return Document(source="<sentence>", text=text, paragraphs=(span,),
                    regions=(Region(span, "body", "one sentence"),),
                    sentences=(Sentence(0, span, 0, "body", count_words(text)),))  # ingest's words


def score_text(text: str) -> float:
    """The specificity score of a stand-alone sentence or short post (no article context)."""
    return analyze(one_sentence_document(text)).sentence_scores["specificity"][0] or 0.0


# ----------------------------------------------------------------------------- the analyzer

def _figure_note(f: Figure) -> str:
    value = f.attrs.get("value")
    if f.kind == "range":
        return f"range of {f.attrs.get('of')}: {f.attrs.get('low')} to {f.attrs.get('high')}"
    if f.kind == "tally":
        first, second = f.attrs.get("values", (None, None))
        return f"tally of {f.attrs.get('of')}: {first} against {second}"
    if f.kind == "money":
        return f"money: {f.attrs.get('currency', '')} {value}".strip()
    if f.kind in DATED:
        return f"{f.kind} ({f.attrs.get('granularity', f.kind)}): {value}"
    return f"{f.kind}: {value}" + (f" {f.attrs['unit']}" if "unit" in f.attrs else "")


_BY_SPAN = attrgetter("span.start", "span.end")  # evidence order: (start, end), as a C-level key


def analyze(doc: Document) -> DimensionResult:
    return analyze_many([doc])[0]


def analyze_many(docs: list[Document]) -> list[DimensionResult]:
    """:func:`analyze` of each of ``docs``, in phases, each over all of them before the next:
    names, citations, each sentence's figures and vague words, then the evidence and score.
    Each phase has code and tables of its own, which then stay in the processor's caches (as
    :func:`sourcelens.analyzers.run_by_dimension` does for whole dimensions): ``score`` ran
    1.03x-1.06x as fast, in batches of 8, as with the phases article by article."""
    names = [_body_names(doc) for doc in docs]
    cited = [_body_citations(doc) for doc in docs]
    counts = [_body_counts(doc, n) for doc, n in zip(docs, names)]
    return [_analyzed(doc, c, k) for doc, c, k in zip(docs, cited, counts)]


def _body_names(doc: Document) -> tuple[list, set[str]]:
    """The names of each body sentence, with the words read as names anywhere in the body:
    a sentence's opening word counts if it is a name mid-sentence elsewhere."""
    text = doc.text
    raw_names = [sentence_names(text, s.span.start, s.span.end) for s in doc.body_sentences]
    known: set[str] = set()
    for _, _, keys in raw_names:
        known |= keys
    return raw_names, known


def _body_citations(doc: Document) -> tuple[list[Evidence], dict[int, int]] | None:
    """The citations of the body, and sentence index -> the citations that raise its score;
    None when citations are not built."""
    if find_citations is None:
        return None
    citation_ev: list[Evidence] = []
    cites_in: dict[int, int] = {}
    for ev in find_citations(doc):
        index = sentence_index_of(doc, ev.span.start)
        if index is not None and doc.sentences[index].region == "body":
            citation_ev.append(ev)
            if ev.category == "citation" and ev.attrs.get("kind") not in SCORE_SKIPS_CITATION_KINDS:
                cites_in[index] = cites_in.get(index, 0) + 1
    return citation_ev, cites_in


def _body_counts(doc: Document, names: tuple[list, set[str]]) -> list[dict[str, Any]]:
    """:func:`sentence_counts` of each body sentence."""
    text = doc.text
    raw_names, known = names
    return [sentence_counts(text, sentence.span.start, sentence.span.end,
                            names=with_known_openers(found, openers, known))
            for sentence, (found, openers, _) in zip(doc.body_sentences, raw_names)]


def _analyzed(doc: Document, cited: tuple[list[Evidence], dict[int, int]] | None,
              counts: list[dict[str, Any]]) -> DimensionResult:
    """The dimension's result from its phases: evidence, metrics and sentence scores."""
    body = doc.body_sentences
    words_total = doc.body_words
    per_sentence: list[float | None] = [None] * len(doc.sentences)
    codes = _figure_codes()
    vague_notes = vague.notes()
    citations_built = cited is not None
    citation_ev, cites_in = cited if cited is not None else ([], {})

    found: list[Evidence] = []
    kinds = dict.fromkeys(FIGURE_KINDS, 0)
    n_fig = n_vague = named_words = with_fact = scored = dated_ranges = 0
    scores: list[float] = []
    for sentence, c in zip(body, counts):
        for f in c["figures"]:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
            if f.kind == "range" and f.attrs.get("of") in DATED:
                dated_ranges += 1  # "2010-2015", "Sept. 19 to 22": dated, not quantified
            found.append(evidence(doc, codes.get(f.kind, codes["count"]), DIMENSION, "figure",
                                  f.start, f.end, _figure_note(f), kind=f.kind, **f.attrs))
        for s, e, code in c["vague"]:
            found.append(evidence(doc, code, DIMENSION, "vague", s, e, vague_notes[code]))
        for s, e, code, n in c["names"]:
            found.append(evidence(doc, code, DIMENSION, "named", s, e, "named specific",
                                  words=n))
        n_fig += len(c["figures"])
        n_vague += len(c["vague"])
        named_words += c["named_all"]
        cites = cites_in.get(sentence.index, 0)
        if c["figures"] or cites:
            with_fact += 1
        if sentence.words:
            value = combine(sentence.words, c["named_words"], len(c["figures"]), cites,
                            len(c["vague"]), c["rare"], c["connectives"], c["handles"],
                            c["demonstratives"], c["numbers"], quantified(c["figures"]))
            per_sentence[sentence.index] = round(value, 2)
            scores.append(value)
            scored += 1
    found.extend(citation_ev)
    found.sort(key=_BY_SPAN)

    metrics = _metrics(words_total, scored, n_fig, kinds, dated_ranges, n_vague, named_words, with_fact,
                       scores, citation_ev, citations_built)
    extras = {"figure_kinds": {k: v for k, v in kinds.items() if v},
              "weights": {"length": W_LENGTH, "named": W_NAMED, "figure": W_FIGURE,
                          "citation": W_CITE, "vague": W_VAGUE, "rare": W_RARE,
                          "connective": W_CONNECTIVE, "handle": W_HANDLE,
                          "demonstrative": W_DEMONSTRATIVE, "number": W_NUMBER,
                          "quantified": W_QUANTIFIED, "scale": SCALE}}
    return DimensionResult(DIMENSION, tuple(metrics), tuple(found),
                           sentence_scores={"specificity": tuple(per_sentence)}, extras=extras,
                           note="" if words_total else NO_BODY)


def _metrics(words: int, scored: int, n_fig: int, kinds: dict[str, int], dated_ranges: int, n_vague: int,
             named_words: int, with_fact: int, scores: list[float], citation_ev: list[Evidence],
             citations_built: bool) -> list:
    per100 = "per 100 words"
    out = [metric("specificity.figures", n_fig, unit="figures", direction="higher = more quantified",
                  label="Figures (numbers, amounts, dates) in the body")]
    reason = None if words else NO_BODY
    out.append(metric("specificity.figures_per_100_words", per_100_words(n_fig, words), unit=per100,
                      direction="higher = more quantified", label="Figures per 100 words",
                      reason=reason))
    for kind in FIGURE_KINDS:
        out.append(metric(f"specificity.figures_{kind}", kinds.get(kind, 0), unit="figures",
                          direction=f"higher = more {kind} figures",
                          label=f"Figures of type {kind}"))
    dated = sum(kinds.get(k, 0) for k in DATED) + dated_ranges
    out.append(metric("specificity.figures_dated", dated, unit="figures",
                      direction="higher = more anchored in time",
                      label="Dates, years and times, ranges of them included (dated, not quantified)"))
    out.append(metric("specificity.figures_quantified", n_fig - dated, unit="figures",
                      direction="higher = more quantified",
                      label="Amounts, counts, percentages and other quantities"))
    if citations_built:
        n_cit = sum(1 for e in citation_ev if e.category == "citation")
        n_anon = sum(1 for e in citation_ev if e.category == "anonymous_attribution")
        out += [
            metric("specificity.citations", n_cit, unit="citations",
                   direction="higher = more sourced", label="Citations and named attributions"),
            metric("specificity.citations_per_100_words", per_100_words(n_cit, words), unit=per100,
                   direction="higher = more sourced", label="Citations per 100 words", reason=reason),
            metric("specificity.anonymous_attributions", n_anon, unit="attributions",
                   direction="higher = more unnamed sources",
                   label="Anonymous attributions (\"experts say\")"),
        ]
    else:
        why = "citation detection is not built in this installation"
        out += [metric(f"specificity.{k}", None, reason=why, label=label) for k, label in (
            ("citations", "Citations and named attributions"),
            ("citations_per_100_words", "Citations per 100 words"),
            ("anonymous_attributions", "Anonymous attributions"))]
    out += [
        metric("specificity.vague", n_vague, unit="vague words", direction="higher = vaguer",
               label="Vague quantity words (\"many\", \"billions more\")"),
        metric("specificity.vague_per_100_words", per_100_words(n_vague, words), unit=per100,
               direction="higher = vaguer", label="Vague quantity words per 100 words",
               reason=reason),
        metric("specificity.named_share", share(named_words, words), unit="share of words (0-1)",
               direction="higher = more named people, places and organisations",
               label="Words in named specifics", reason=reason),
        metric("specificity.sentences_with_fact_share", share(with_fact, scored),
               unit="share of sentences (0-1)", direction="higher = more sentences carry a figure or source",
               label="Sentences with at least one figure or citation",
               reason=None if scored else NO_BODY),
        metric("specificity.score", statistics.fmean(scores) if scores else None,
               unit="score (0-100)", direction="higher = more specific",
               label="Specificity score (mean over body sentences)",
               reason=None if scores else NO_BODY),
    ]
    return out
