"""The citation rules, compiled once from ``lexicons/citations.toml`` (:class:`_Rules`):
the combined trigger regex, the verb forms by class, the source nouns, the document,
study, link and anonymous-attribution patterns; and what is read off a regex by parsing
it (the words its matches start with, whether they start at a word), so that a regex is
tried only where it can match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Iterator

from ...lexicons import compile_regex as _rx, derived
from ...memo import Memo
from ..common import trie_regex
from .tokens import _chunk_shape


@dataclass(frozen=True)
class _Rules:
    trigger: re.Pattern[str]
    roles: dict[str, frozenset[str]]          # trigger word -> roles
    speech_forms: frozenset[str]
    strong_forms: frozenset[str]
    quote_verbs: frozenset[str]
    according_not: frozenset[str]
    channels: frozenset[str]
    stance_forms: frozenset[str]
    finding_forms: frozenset[str]
    heads: frozenset[str]                     # source nouns + study heads
    anonymous_heads: frozenset[str]
    study_heads: frozenset[str]
    female: frozenset[str]                    # who "he" cannot be, who "she" cannot be, and
    male: frozenset[str]                      # heads that are neither (referents.agrees_in_kind)
    not_a_person: frozenset[str]
    us_states: frozenset[str]                 # "Iowa", "N.H.": a city's state after its comma
    places: frozenset[str]                    # US states and countries: no "he" or "she"
    document_head: re.Pattern[str]
    document_cue: re.Pattern[str]
    document_verb: re.Pattern[str]
    according: re.Pattern[str]
    quote: re.Pattern[str]
    link: re.Pattern[str]
    doi: re.Pattern[str]
    bib: re.Pattern[str]
    anonymous: dict[str, tuple[str, re.Pattern[str]]]   # code -> (kind, regex)
    channel: re.Pattern[str]
    words_cue: re.Pattern[str]
    issued_before: re.Pattern[str]            # "issued a", "put out a" ending before a message noun
    base_forms: frozenset[str]                # cue forms whose third person in -s is a cue too: "support"
    intention_forms: frozenset[str]           # "sought", "declined": no claim of an unnamed group
    # adjective of a view after "be" -> (the words that may follow it, takes a clause without "that")
    attitudes: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict, compare=False)
    # Answers of the source tests (pure functions of a source's text under these rules),
    # kept with the rules they depend on: sources repeat within and across articles.
    memo_anonymous: dict[str, bool] = field(default_factory=dict, compare=False)
    memo_kind: dict[str, str | None] = field(default_factory=dict, compare=False)
    # the first word of each trigger (before any space), for the chunk test of _shape
    first_word: re.Pattern[str] | None = field(default=None, compare=False)
    # chunk -> _chunk_shape under these rules, learnt at its first look-up, so that a
    # sentence's chunks are summed in one pass in C even when some are new (most sentences
    # of real news hold one); _chunks_shape empties it, with memo_starts, between sentences
    memo_chunk: dict[str, int] = field(init=False, compare=False, repr=False)
    # chunk -> where in it a trigger's first word starts (only chunks that have such a place;
    # learnt and forgotten together with memo_chunk), for _trigger_matches
    memo_starts: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # every match of every anonymous regex starts at a word start (_starts_at_words), so
    # _anonymous may try them there only (_matches_up_to)
    anonymous_at_words: bool = field(default=False, compare=False)
    # code -> the words every match of its anonymous regex begins with (_first_words), or None
    anonymous_first_words: dict[str, frozenset[str] | None] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "memo_chunk", Memo(partial(_chunk_shape, rules=self)))


def _forms(marker) -> list[str]:
    """Every inflected form listed in a verb marker's patterns (one regex per lemma)."""
    out: list[str] = []
    for pattern in marker.patterns:
        inner = re.search(r"\(\?:([^)]*)\)", pattern)
        if not inner:
            continue
        tail = pattern[inner.end():].replace(r"\b", "").replace(r"\s+", " ")
        out.extend(form + tail for form in inner.group(1).split("|"))
    return out


def _base_forms(forms) -> frozenset[str]:
    """The forms that are a verb's plain form: those whose form in -s or -es ("supports",
    "pushes", "denies") is among ``forms`` too; "said" and "wrote" are not."""
    known = set(forms)
    return frozenset(f for f in known if " " not in f and (f + "s" in known or f + "es" in known or (
        f.endswith("y") and f[:-1] + "ies" in known)))


def _alternation(words) -> str:
    """``words`` as one regex alternation: longest first, so that a word never loses to its own
    prefix, and words of one length in alphabetical order, so that the pattern (the key of its
    compiled code in the start-up cache) is the same text in every process, whatever the order
    in which a set of them is iterated under that process's string-hash seed."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    from ... import lexicons

    lex = lexicons.load("citations").by_code()
    speech, stance, finding, according, document = lex["CT001"], lex["CT002"], lex["CT006"], lex["CT003"], lex["CT005"]
    speech_forms, stance_forms, finding_forms = _forms(speech), _forms(stance), _forms(finding)
    roles: dict[str, set[str]] = {}

    def role(word: str, name: str, capitalised: bool = True) -> None:
        roles.setdefault(word, set()).add(name)
        if capitalised and word[:1].islower():
            roles.setdefault(word[:1].upper() + word[1:], set()).add(name)

    for form in speech_forms + stance_forms + finding_forms:
        role(form, "verb", capitalised=False)     # "States" is not a verb
    for word in ("according", "citing", "quoting", "per", "words", "put", "puts", "reported", "quoted",
                 "cited", "noted", "stated", "described", "told"):
        role(word, "according")
    for code in ("CT010", "CT011", "CT012", "CT013"):
        for word in lex[code].extra["triggers"]:
            role(word, code)
    for noun in stance.extra["reaction_nouns"]:
        role(noun, "reaction")
    attitudes = _attitudes(stance.extra["attitude_adjectives"])
    for adjective in attitudes:
        role(adjective, "attitude", capitalised=False)
    for head in ("poll", "polls", "survey", "surveys", "study", "report", "analysis", "audit", "census"):
        role(head, "study", capitalised=False)
    for form in speech.extra["quote_verbs"]:
        role(form, "qverb", capitalised=False)
    for head in document.extra["document_heads"]:
        role(head, "document", capitalised=False)
    words = sorted(roles)
    # Words are found with a character trie (fast in ``re``; a leading look-behind would make
    # it several times slower, so apostrophe/hyphen boundaries are checked after);
    # punctuation-led cues by their characters (marks._PUNCT_CUES), once per document.
    trigger = _rx(r"\b(?:" + trie_regex(words) + r")\b")
    source_nouns = frozenset(w.lower() for w in speech.extra["source_nouns"])
    study_heads = frozenset(w.lower() for w in finding.extra["study_heads"])
    name = r"(?:[A-Z][\w.\x27\u2019&/-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,5}[A-Z][\w\x27\u2019&/-]*"
    channel = _rx(
        r"\b(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its|this|that|one)\s+"
        r"(?P<outlet>(?:(?:[A-Z][\w.\x27\u2019&/-]*|\d{4})\s+(?:(?:of|for|and|the|on)\s+)*){0,5})(?:[a-z-]+\s+){0,2}?"
        rf"(?P<ch>{_alternation(speech.extra['channels'])})\b"
        rf"(?:\s+(?:with|on|to|for)\s+(?P<outlet2>(?:the\s+)?{name}))?")
    issued_before = _rx(
        rf"(?<![\w-])(?:{_alternation(speech.extra['issuing_verbs'])})(?:\s+out)?\s+"
        r"(?:(?:a|an|the|his|her|its|their)\s+)?$", re.IGNORECASE)
    words_cue = _rx(
        r"\b(?:in\s+(?:his|her|their|its)\s+(?:own\s+)?words|in\s+the\s+words\s+of\s+[^,\"\u201c\u2018]{2,60}|"
        r"what\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?(?:called|calls|dubbed|termed|described\s+as)|"
        r"(?:called|calls|dubbed|termed|described)\s+(?:it|them|him|her|this|that)(?:\s+as)?|"
        r"as\s+(?:he|she|they)\s+put\s+it)\W*$", re.IGNORECASE)
    return _Rules(
        trigger=trigger, roles={k: frozenset(v) for k, v in roles.items()},
        first_word=_rx(r"\b(?:" + trie_regex(sorted({w.split(" ")[0] for w in words})) + ")"),
        speech_forms=frozenset(speech_forms), strong_forms=frozenset(speech.extra["strong_forms"]),
        quote_verbs=frozenset(speech.extra["quote_verbs"]), according_not=frozenset(speech.extra["according_not"]),
        channels=frozenset(w.lower() for w in speech.extra["channels"]), stance_forms=frozenset(stance_forms),
        finding_forms=frozenset(finding_forms), heads=source_nouns | study_heads,
        anonymous_heads=frozenset(w.lower() for w in speech.extra["anonymous_heads"]), study_heads=study_heads,
        female=frozenset(speech.extra["referent_female"]), male=frozenset(speech.extra["referent_male"]),
        not_a_person=frozenset(speech.extra["not_a_person"]), us_states=frozenset(speech.extra["us_states"]),
        places=frozenset(speech.extra["us_states"] + speech.extra["countries"]),
        document_head=_rx(rf"\b(?:{_alternation(document.extra['document_heads'])})\b"),
        document_cue=_rx(rf"(?i:\b(?:{_alternation(document.extra['document_cues'])}))\s+"
                                r"(?:(?i:the|a|an|its|their)\s+)?$"),
        document_verb=_rx(
            r"\s*(?:\([A-Z]{2,}\)\s*)?(?:(?:also|clearly|explicitly|expressly|specifically|now|still)\s+)?"
            r"(?:requires?|states?|says?|stipulates?|prohibits?|bans?|allows?|permits?|mandates?|provides?|"
            r"obliges?|forbids?|sets\s+out|specifies|defines?|guarantees?|grants?|calls\s+for|shows?|found|finds|"
            r"reads?|declares?|notes?|makes\s+clear|establishes|commits)\b"),
        according=according.regex, quote=lex["CT004"].regex, link=lex["CT007"].regex, doi=lex["CT008"].regex,
        bib=lex["CT009"].regex, issued_before=issued_before, base_forms=_base_forms(speech_forms + stance_forms + finding_forms),
        anonymous={code: (lex[code].subcategory, lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")},
        anonymous_at_words=all(_starts_at_words(lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")),
        anonymous_first_words={code: _first_words(lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")},
        channel=channel, words_cue=words_cue, intention_forms=frozenset(stance.extra["intention_forms"]),
        attitudes=attitudes)


def _attitudes(lines: list[str]) -> dict[str, tuple[frozenset[str], bool]]:
    """``attitude_adjectives`` of the lexicon ("confident + that in about of": the adjective,
    "+" when it takes a clause without "that", then the words that may follow it) as a dict."""
    out = {}
    for line in lines:
        adjective, *after = line.split()
        out[adjective] = (frozenset(after) - {"+"}, "+" in after)
    return out



def _matches_up_to(regex: re.Pattern[str], text: str, lo: int, last: int, hi: int,
                   first_words: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text, lo, hi)`` that start at or before ``last``, for a
    regex whose every match starts at a word start (:func:`_starts_at_words`).

    _anonymous needs only these (a match that starts after the trigger word cannot hold
    it), but finditer tries the whole window, every character of it, with a regex that
    enters a dozen branches at each word boundary, and finds no match in almost every
    window. The same matches: ``regex.match`` tried at each word start from ``lo`` to
    ``last`` (the first character of a run of word characters, which the run scan finds;
    one at ``lo`` in the middle of a word is tried too, and fails at the regex's word
    boundary just as finditer's try there does), resuming after each match as finditer
    does; a match at a position does not depend on where the search began.

    ``first_words`` (:func:`_first_words` of ``regex``, None: unknown) spares the tries
    that cannot match: a match begins with one of these words, whole, so at a word start
    whose run of word characters (as far as ``hi``, where the regex stops looking too) is
    ASCII and, lower-cased, not among them, there is none. A run with a non-ASCII letter
    is always tried (IGNORECASE matches "K" (Kelvin) to "k", for one).
    """
    match = regex.match
    pos = lo
    for run in _WORD_RUN.finditer(text, lo, hi):
        at = run.start()
        if at > last:
            break
        if at >= pos and (first_words is None or run[0].lower() in first_words or not run[0].isascii()):
            m = match(text, at, hi)
            if m is not None:
                yield m
                pos = m.end()


def _first_words(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The words (lower-cased) one of which every match of ``regex`` begins with, whole (the
    pattern asks for white space or a word boundary right after it); None when the pattern
    has a shape :func:`_parsed_first_words` does not follow. Kept in the start-up cache,
    as :func:`_starts_at_words` is."""
    words = derived("first_words", f"{int(regex.flags)}\x00{regex.pattern}", _parsed_first_words)
    return None if words is None else frozenset(words)


def _parsed_first_words(source: str) -> list[str] | None:
    """:func:`_first_words` read off the parsed pattern: each way through it is followed
    from the start, letters collected, until white space or a word boundary ends the first
    word. Only IGNORECASE patterns whose first words are plain ASCII letters and digits
    are read (their case is then the only difference to the text's); any other element
    before the first word ends (a class, a repeated letter, a look-around, inline flags,
    the pattern's end) gives up."""
    from re import _constants as sre, _parser

    flags, pattern = source.split("\x00", 1)
    if not int(flags) & re.IGNORECASE:
        return None

    class GiveUp(Exception):
        pass

    def is_space(op, av) -> bool:
        return op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]

    def walk(items: list, word: str, out: set[str]) -> None:
        """Add to ``out`` the first word of every match of ``items`` preceded by ``word``."""
        if len(out) > 1000:
            raise GiveUp
        for k, (op, av) in enumerate(items):
            rest = items[k + 1:]
            if op is sre.LITERAL and chr(av).isascii() and chr(av).isalnum():
                word += chr(av).lower()
            elif op is sre.AT and av is sre.AT_BOUNDARY:
                if word:
                    out.add(word)
                    return
            elif is_space(op, av) and word:
                out.add(word)
                return
            elif op is sre.SUBPATTERN and not av[1] and not av[2]:      # no inline flags
                walk(list(av[3]) + rest, word, out)
                return
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(list(branch) + rest, word, out)
                return
            elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):     # "(?:c|d)" is parsed as [cd]
                for item in av:
                    walk([item] + rest, word, out)
                return
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                least, most, body = av
                if least == 0:
                    walk(rest, word, out)                  # the body skipped
                if most == 1:
                    walk(list(body) + rest, word, out)     # the body once
                else:
                    walk(list(body), word, out)            # the word must end inside the body
                return
            else:
                raise GiveUp
        raise GiveUp      # the pattern (or a repeated body) ended inside the first word

    out: set[str] = set()
    try:
        walk(list(_parser.parse(pattern, int(flags))), "", out)
    except GiveUp:
        return None
    return sorted(out)


_WORD_RUN = _rx(r"\w+")


def _starts_at_words(regex: re.Pattern[str]) -> bool:
    """Does every match of ``regex`` start at a word start: at a word boundary (``\\b``)
    with a word character as its first character? Read off the parsed pattern (kept in the
    start-up cache: parsing the four anonymous regexes costs milliseconds); False
    whenever the pattern has a shape this does not follow."""
    return derived("starts_at_words", f"{int(regex.flags)}\x00{regex.pattern}", _parsed_starts_at_words)


def _parsed_starts_at_words(source: str) -> bool:
    from re import _constants as sre, _parser

    flags, pattern = source.split("\x00", 1)

    def word_char(op, av) -> bool:
        # an ASCII letter, digit or "_" (its case variants are letters too)
        if op is sre.LITERAL:
            return chr(av).isascii() and (chr(av).isalnum() or av == ord("_"))
        if op is sre.IN:
            return all(word_char(*item) for item in av)
        if op is sre.RANGE:
            return all(word_char(sre.LITERAL, c) for c in range(av[0], av[1] + 1))
        return op is sre.CATEGORY and av in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)

    def led(items: list, bounded: bool) -> bool:
        """Does every match of the sequence ``items`` start so (``bounded``: a word boundary
        was asserted at its start)?"""
        for k, (op, av) in enumerate(items):
            rest = items[k + 1:]
            if op is sre.AT:
                bounded = bounded or av is sre.AT_BOUNDARY
            elif op is sre.SUBPATTERN:
                return led(list(av[-1]) + rest, bounded)
            elif op is sre.BRANCH:
                return all(led(list(branch) + rest, bounded) for branch in av[1])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                return led(list(av[2]) + rest, bounded) and (av[0] > 0 or led(rest, bounded))
            else:
                return bounded and word_char(op, av)
        return False      # the empty string matches

    return led(list(_parser.parse(pattern, int(flags))), False)
