"""Citations and attributions: who is cited, and who is only gestured at.

``find_citations(doc)`` returns :class:`Evidence` of dimension ``specificity`` for the
body sentences of ``doc``, sorted by start offset, in two categories:

``citation``
    a claim tied to an identifiable source. ``attrs["kind"]`` is one of
    ``reported_speech`` ("Trump said", "said the spokesman", "he claimed"),
    ``reported_stance`` ("Clinton believes", "the union opposes"), ``according_to``
    ("according to Defense Secretary Ash Carter"), ``quotation`` (words in quotation
    marks with a speaker in the same sentence), ``named_document`` ("According to the
    2014 Special Measures Agreement (SMA)", "under the Voting Rights Act"), ``study``
    ("a Quinnipiac University poll found"), ``link``, ``doi`` and ``bibliographic``
    ("(Cha and Kang, 2016)", "[12]").
``anonymous_attribution``
    a claim attributed to nobody in particular: ``anonymous_source`` ("a source
    familiar with the talks said"), ``vague_group`` ("some analysts", "experts say",
    "what many felt"), ``agentless_passive`` ("it is believed that", "reportedly") and
    ``unnamed_research`` ("studies show"), Wikipedia's "unsupported attributions".

Where the cited source can be found in the sentence, ``attrs`` carry ``source`` (its
text) with ``source_start``/``source_end`` (offsets into ``doc.text``), so a report
can list who is cited; ``cue`` is the verb or phrase that marks the attribution, and
``channel`` the occasion or medium when the sentence names one ("a New York Times
interview"). A pronoun source ("he claimed") also gets ``source_resolved``: the
name at the start of the same sentence, or else of the previous body sentence.

Method (no parser, no model): one combined regex of cues per sentence, then cheap
checks in a window around each cue. A reporting verb counts only with a source beside
it: a noun phrase just before it (a capitalised name, a pronoun, or a phrase headed by a
source noun such as "spokesman", "campaign", "poll"), allowing auxiliaries, adverbs and
an appositive in between ("Trump, the Republican nominee, has repeatedly said"); or
just after it ('"...," said Trump'); or, for a participle after a comma (", saying"),
the subject at the start of the sentence. Verb lists and noun lists are data in
``lexicons/citations.toml`` (Recasens et al. 2013 report verbs, extended with the cues
most frequent in PolNeAR's training split).

Accuracy (PolNeAR, Newell et al. 2018; "sentence contains an attribution" over body
sentences; predicted when the sentence overlaps ``citation`` evidence, gold when it
overlaps the cue of an annotated attribution with a source; ``benchmarks/eval_attribution.py``):
dev precision 0.931, recall 0.720, cited source found in 0.94 of the hits; train 0.931 / 0.716.
A said/says/told/according-to baseline gets 0.97 / 0.39 on the same dev sentences.

Choices that cost PolNeAR recall on purpose: "I think", "we say" (the writer, not a cited
source) are not citations; "officials said", "experts say", "sources said" are
``anonymous_attribution``, not citations; verbs inside quotation marks belong to the quoted
speaker and are skipped. Limits: no parser, so a source far from its verb (long relative
clauses, dashes), coordination ("Trump and aides said" keeps both as one source) and
verbs outside the lists are missed; a pronoun's ``source_resolved`` is a heuristic (the
named subject at the start of this or one of the three previous sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Iterator

from ..lexicons import compile_regex as _rx, derived
from ..memo import Memo
from ..model import Document, Evidence, Sentence
from .common import evidence, remembered, trie_regex

DIMENSION = "specificity"
CITATION = "citation"
ANONYMOUS = "anonymous_attribution"

KIND_CODES = {
    "reported_speech": "CT001", "reported_stance": "CT002", "according_to": "CT003", "quotation": "CT004",
    "named_document": "CT005", "study": "CT006", "link": "CT007", "doi": "CT008", "bibliographic": "CT009",
    "anonymous_source": "CT010", "vague_group": "CT011", "agentless_passive": "CT012", "unnamed_research": "CT013",
}
NOTES = {
    "reported_speech": "reported speech with its speaker",
    "reported_stance": "a belief or position attributed to a named holder",
    "according_to": "an explicit pointer to a source",
    "quotation": "a direct quotation with its speaker",
    "named_document": "a named document cited as a basis",
    "study": "a study, poll, survey or report as a source",
    "link": "a link to a source",
    "doi": "a DOI of a publication",
    "bibliographic": "a bibliographic reference",
    "anonymous_source": "an unnamed source",
    "vague_group": "a vague group as source (names nobody)",
    "agentless_passive": "an attribution with no one doing the attributing",
    "unnamed_research": "research invoked without naming it",
}

# ----------------------------------------------------------------------------- word classes
# Small closed classes of English grammar, used to walk from a verb to its subject.

#: Words that may stand between a source and its verb: auxiliaries, negation, adverbs.
AUX = frozenset("""
has have had also later then previously once already again just even never did does do not will would
could might may must should can is was are were been be being first last initially subsequently
separately still long always too ultimately eventually finally himself herself themselves itself yet
didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't can't isn't wasn't aren't weren't
didn’t doesn’t don’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t can’t isn’t wasn’t aren’t weren’t
""".split())
#: Verbs after which "to" still leads to the reported verb ("continued to insist").
TO_BEFORE = frozenset("continued continues continue seemed seems appeared appears began begins tried tries "
                      "proceeded went going".split())
#: Words ending in -ly that are not adverbs.
NOT_ADVERB = frozenset("family ally rally italy july supply reply apply fly belly bully holy ugly lonely "
                       "friendly elderly daily weekly monthly early only assembly anomaly".split())
PRONOUNS = frozenset("he she they it who i we you".split())
FIRST_PERSON = frozenset("i we you".split())
DETERMINERS = frozenset("""the a an this that these those his her their its our my your one two three four five
several some many most both all other another each every no any""".split())
#: Linking words allowed inside a name ("Secretary of State John Kerry").
NAME_LINKS = frozenset("of for and the de la del von van bin al on &".split())
#: Words that cannot be a modifier inside a source noun phrase.
FUNCTION = frozenset("""during in on at for with by from to of after before since when while and or but that
which who whom is was are were has have had be been as if than then so not no because about into over
under against among between through it he she they we you i said says say told tells""".split())
PREPOSITIONS = frozenset("for of at with from in on to".split())
#: Sentence openers capitalised only because they come first ("But Trump said").
OPENERS = frozenset("""but and yet so still then now meanwhile however instead also later earlier indeed
moreover furthermore nevertheless nonetheless thus hence when while if although though because as after
before since until once in on at for from with by during despite under over about among between there
here what why how where which asked speaking writing to or either neither nor not let please unless
whether""".split())
BE = frozenset("is are was were be been being isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
#: Modals under which a stance is hypothetical ("they should support"), not reported.
HYPOTHETICAL = frozenset("should might may could must ought can if unless whether".split())
#: Numbers and shares that can be a source in poll reports ("six in 10 say", "half said").
SHARES = frozenset("""half third thirds quarter quarters majority minority plurality fifth fifths percent %
one two three four five six seven eight nine ten""".split())
_CONTRACTION = _rx(r"[\x27\u2019](?:m|ll|d|re|ve|s)$", re.IGNORECASE)
INTRO_CLAUSE = frozenset("""on in at during last this earlier later after before since when while as if although
though because despite under with for asked speaking writing following given amid""".split())

_THAT_AFTER = _rx(r"\s+that\b")
_DELEGATES_AFTER = _rx(r"\s+delegates?\b")
#: Between a finder and "find": the finding is yet to come ("Pyongyang may find that ...").
_NOT_YET = HYPOTHETICAL | {"will", "would"}
#: Adjectives before a role or a name that keep it a source: "said former Gov. Ed Rendell".
PREMODIFIERS = frozenset("former retired longtime veteran top senior fellow acting outgoing incoming "
                         "then-".split())
#: A time phrase between a speaker and the verb ("Trump on Tuesday said", "Feinstein last week said").
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_NOUNS = frozenset("week month year weekend night morning evening afternoon summer fall spring winter "
                       "term session".split()) | DAYS
TIME_BEFORE = frozenset("last this earlier late early on".split())
TIME_WORDS = frozenset("yesterday today tonight".split())
#: Words a named subject cannot open with ("Wednesday, he called for ..." has no named subject).
_TIME_OPENERS = DAYS | TIME_WORDS

_TOKEN = _rx(r"\w[\w.&/%\x27\u2019-]*|[^\w\s]")
_QUOTES = "\"\u201c\u201d\u2018\u2019'"


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_possessive(word: str) -> bool:
    return len(word) > 2 and word[-2] in "\x27\u2019" and word[-1] in "sS"


@lru_cache(maxsize=4096)      # per-token helpers: pure functions of words that repeat a lot
def _bare(word: str) -> str:
    """A pronoun without its contraction: "I'm" -> "i", "he’s" -> "he"."""
    return _CONTRACTION.sub("", word).lower()


@lru_cache(maxsize=4096)
def _is_aux(word: str) -> bool:
    low = word.lower()
    return low in AUX or (word.islower() and low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERB)


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


def _alternation(words) -> str:
    """``words`` as one regex alternation: longest first, so that a word never loses to its own
    prefix, and words of one length in alphabetical order, so that the pattern (the key of its
    compiled code in the start-up cache) is the same text in every process, whatever the order
    in which a set of them is iterated under that process's string-hash seed."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    from .. import lexicons

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
    for head in ("poll", "polls", "survey", "surveys", "study", "report", "analysis", "audit", "census"):
        role(head, "study", capitalised=False)
    for form in speech.extra["quote_verbs"]:
        role(form, "qverb", capitalised=False)
    for head in document.extra["document_heads"]:
        role(head, "document", capitalised=False)
    words = sorted(roles)
    # Words are found with a character trie (fast in ``re``; a leading look-behind would make
    # it several times slower, so apostrophe/hyphen boundaries are checked after);
    # punctuation-led cues by their characters (_PUNCT_CUES), once per document.
    trigger = _rx(r"\b(?:" + trie_regex(words) + r")\b")
    source_nouns = frozenset(w.lower() for w in speech.extra["source_nouns"])
    study_heads = frozenset(w.lower() for w in finding.extra["study_heads"])
    name = r"(?:[A-Z][\w.\x27\u2019&/-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,5}[A-Z][\w\x27\u2019&/-]*"
    channel = _rx(
        r"\b(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its|this|that|one)\s+"
        r"(?P<outlet>(?:(?:[A-Z][\w.\x27\u2019&/-]*|\d{4})\s+(?:(?:of|for|and|the|on)\s+)*){0,5})(?:[a-z-]+\s+){0,2}?"
        rf"(?P<ch>{_alternation(speech.extra['channels'])})\b"
        rf"(?:\s+(?:with|on|to|for)\s+(?P<outlet2>(?:the\s+)?{name}))?")
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
        document_head=_rx(rf"\b(?:{_alternation(document.extra['document_heads'])})\b"),
        document_cue=_rx(rf"(?i:\b(?:{_alternation(document.extra['document_cues'])}))\s+"
                                r"(?:(?i:the|a|an|its|their)\s+)?$"),
        document_verb=_rx(
            r"\s*(?:\([A-Z]{2,}\)\s*)?(?:(?:also|clearly|explicitly|expressly|specifically|now|still)\s+)?"
            r"(?:requires?|states?|says?|stipulates?|prohibits?|bans?|allows?|permits?|mandates?|provides?|"
            r"obliges?|forbids?|sets\s+out|specifies|defines?|guarantees?|grants?|calls\s+for|shows?|found|finds|"
            r"reads?|declares?|notes?|makes\s+clear|establishes|commits)\b"),
        according=according.regex, quote=lex["CT004"].regex, link=lex["CT007"].regex, doi=lex["CT008"].regex,
        bib=lex["CT009"].regex,
        anonymous={code: (lex[code].subcategory, lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")},
        anonymous_at_words=all(_starts_at_words(lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")),
        anonymous_first_words={code: _first_words(lex[code].regex) for code in ("CT010", "CT011", "CT012", "CT013")},
        channel=channel, words_cue=words_cue)


# ----------------------------------------------------------------------------- public


def find_citations(doc: Document) -> list[Evidence]:
    """Citations and anonymous attributions in the body sentences of ``doc``, by start offset."""
    rules = _rules()
    found: list[Evidence] = []
    previous: _Sentence | None = None     # for "he"/"his": the last sentence's named subject
    paragraph = -1
    quoting = False                       # inside a quotation that runs over several sentences
    marks = _DocumentMarks(doc.text)
    for sentence in doc.body_sentences:
        if sentence.paragraph != paragraph:
            previous = None
            paragraph = sentence.paragraph
            quoting = False
        if sentence.words == 0:
            continue
        ctx = _Sentence(doc, sentence, rules, previous, marks)
        ctx.quoting = quoting
        ctx.run()
        quoting = ctx.quoting_at(sentence.span.end)
        found.extend(ctx.out)
        previous = ctx
    found.sort(key=lambda e: (e.span.start, e.span.end, e.code))
    return found


# ----------------------------------------------------------------------------- one sentence


#: The characters that lead punctuation cues: quotation marks, brackets, a slash (links, DOIs)
#: and a colon.
_PUNCT_CUES = "\"\u201c\u201d\u2018([\x27/:"


class _DocumentMarks:
    """Where a document's text holds the characters of punctuation cues, found once for all
    its sentences: each character by ``str.find`` (a scan in C, mostly ``memchr``), where a
    per-sentence ``re`` scan for them tested every character in turn, in most sentences to
    find none."""

    __slots__ = ("punct", "www")

    def __init__(self, text: str) -> None:
        found: list[int] = []
        for char in _PUNCT_CUES:
            at = text.find(char)
            while at >= 0:
                found.append(at)
                at = text.find(char, at + 1)
        found.sort()
        self.punct = found               # the positions of _PUNCT_CUES characters, in order
        self.www = "www." in text        # else no sentence needs to look for "www."

    def punct_between(self, a: int, b: int) -> list[int]:
        """The positions ``p``, ``a <= p < b``, of _PUNCT_CUES characters, in order: those at
        which ``re.finditer`` with the one-character class of them matches in ``[a, b)``."""
        punct = self.punct
        return punct[bisect_left(punct, a):bisect_left(punct, b)]


_FEW_CLAIMS = 16   # up to this many claims, taken() scans them: cheaper than an index


class _ClaimIndex:
    """The spans a sentence has claimed, indexed by start, so that :meth:`overlaps` does not
    scan them all: a paragraph of thousands of links made that scan, once per claim,
    quadratic (10,000 links took 7 s). Kept only for sentences with many claims."""

    __slots__ = ("count", "_starts", "_ends", "_reach")

    def __init__(self) -> None:
        self.count = 0                 # how many claims are in
        self._starts: list[int] = []   # the claims' starts, sorted
        self._ends: list[int] = []     # their ends, in the same order
        self._reach: list[int] = []    # _reach[k]: the furthest end among claims 0..k of that order

    def add(self, start: int, end: int) -> None:
        self.count += 1
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._reach.insert(i, end)
        furthest = self._reach[i - 1] if i else end
        for k in range(i, len(self._reach)):   # one step when claims come in text order
            furthest = max(furthest, self._ends[k])
            self._reach[k] = furthest

    def overlaps(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap a claim, i.e. is there one with ``start < e`` and ``s < end``?
        The claims starting before ``e`` come first in start order; one of them reaches past
        ``s`` exactly when the furthest end among them does."""
        i = bisect_left(self._starts, e)
        return i > 0 and self._reach[i - 1] > s


class _Sentence:
    """The work on one sentence: triggers, then a handler per trigger, claiming spans."""

    # one object per body sentence, its attributes read in every handler: slots are faster
    __slots__ = ("doc", "text", "rules", "a", "b", "previous", "out", "claimed", "_claim_index", "_subject",
                 "_channel", "quoting", "marks", "anonymous_spans", "document_marks")

    def __init__(self, doc: Document, sentence: Sentence, rules: _Rules, previous: "_Sentence | None",
                 document_marks: "_DocumentMarks"):
        self.doc, self.text, self.rules = doc, doc.text, rules
        self.document_marks = document_marks
        self.a, self.b = sentence.span.start, sentence.span.end
        self.previous = previous
        self.out: list[Evidence] = []
        self.claimed: list[tuple[int, int]] = []
        self._claim_index: _ClaimIndex | None = None
        self._subject: tuple[int, int] | None | bool = False      # False = not computed yet
        self._channel: dict | None = None
        self.quoting = False          # inside quotation marks at the start of the sentence
        self.marks: list[tuple[int, str]] = []     # double quotation marks, in order
        self.anonymous_spans: list[tuple[int, int]] = []

    def quoting_at(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks? (double quotes only: single ones double as apostrophes)"""
        inside = self.quoting
        for at, mark in self.marks:
            if at >= pos:
                break
            inside = True if mark == "\u201c" else False if mark == "\u201d" else not inside
        return inside

    # -- bookkeeping

    def taken(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap a span already claimed in this sentence?"""
        claimed = self.claimed
        if len(claimed) <= _FEW_CLAIMS:
            return any(s < ce and cs < e for cs, ce in claimed)
        index = self._claim_index
        if index is None:
            index = self._claim_index = _ClaimIndex()
        for cs, ce in claimed[index.count:]:   # claims only ever get appended
            index.add(cs, ce)
        return index.overlaps(s, e)

    def add(self, category: str, kind: str, start: int, end: int, cue: str = "",
            source: tuple[int, int] | None = None, **extra) -> None:
        text = self.text
        attrs: dict = {"kind": kind}
        if cue:
            attrs["cue"] = " ".join(cue.split())
        if source is not None:
            s, e = source
            attrs.update(source=text[s:e], source_start=s, source_end=e)
            if text[s:e].lower() in ("he", "she", "they", "his", "her", "their", "him", "them"):
                resolved = self.resolve(s)
                if resolved is not None:
                    attrs["source_resolved"] = text[resolved[0]:resolved[1]]
        attrs.update(extra)
        self.out.append(evidence(self.doc, KIND_CODES[kind], DIMENSION, category, start, end, NOTES[kind], **attrs))
        self.claimed.append((start, end))

    def channel(self) -> dict:
        """The occasion or medium named in the sentence ("in a New York Times interview")."""
        if self._channel is None:
            self._channel = {}
            m = self.rules.channel.search(self.text, self.a, self.b)
            if m:
                self._channel["channel"] = " ".join(m.group(0).split())
                outlet = (m.group("outlet") or "").strip() or (m.group("outlet2") or "").strip()
                if outlet:
                    self._channel["outlet"] = outlet
        return self._channel

    # -- subjects

    def subject(self) -> tuple[int, int] | None:
        if self._subject is False:
            self._subject = _subject_at_start(self.doc, self.a, self.b, self.rules)
        return self._subject  # type: ignore[return-value]

    def named_subject(self) -> tuple[int, int] | None:
        """The sentence's subject when it names someone: not a pronoun, not a time word
        ("Wednesday, he called for ..."), not a heading glued to the paragraph ("THE BORROWING
        Back when ..."), and not the subject of a quotation the sentence opens with."""
        subj = self.subject()
        if subj is None:
            return None
        words = self.text[subj[0]:subj[1]].split()
        if len(words) == 1 and _bare(words[0]) in PRONOUNS or words[0].lower() in _TIME_OPENERS:
            return None
        if sum(1 for w in words if len(w) > 2 and w.isupper() and w.isalpha()) >= 2:
            return None
        before = self.text[self.a:subj[0]].strip(" \t\n([")
        if self.quoting or (before and before[0] in _QUOTES):
            return None
        return subj

    def resolve(self, pronoun_start: int) -> tuple[int, int] | None:
        """A pronoun's likely referent: the named subject of this sentence, else of the last one."""
        subj = self.named_subject()
        if subj is not None and subj[1] <= pronoun_start:
            return subj
        back, steps = self.previous, 0
        while back is not None and steps < 3:     # the last named subject, up to three sentences back
            subj = back.named_subject()
            if subj is not None:
                return subj
            back, steps = back.previous, steps + 1
        return None

    # -- the pass

    def run(self) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        roles = rules.roles
        chunks = text[a:b].split()
        shape = _chunks_shape(chunks, rules)
        title = _title_shape(shape)
        words = []
        for m in _trigger_matches(text, a, b, chunks, rules) if shape >= _MAY_TRIGGER else ():
            ws, we = m.span()
            if (ws > a and text[ws - 1] in _GLUE) or (we < b and text[we] in _GLUE and we + 1 < b
                                                        and text[we + 1].isalnum()):
                continue      # part of a longer word: "re-said", "says-who", "Trump's"
            words.append((ws, we, roles[m[0]]))
        puncts = []
        punct_at: set[int] | None = None      # the positions in puncts, from the first link on
        last_slash = last_slash_start = -1    # the last slash seen, and where its token starts
        colon = 0
        for pos in self.document_marks.punct_between(a, b):
            p = text[pos]
            if p == "/":
                # a link or a DOI: look back to the start of the token holding the slash. A walk
                # that reaches the last slash stops there: its token starts where that one's did
                # (so a path of many slashes is walked once, not once per slash: quadratic).
                start = pos
                while start > a and not text[start - 1].isspace() and text[start - 1] not in "(<[\"\u201c":
                    start -= 1
                    if start == last_slash:
                        start = last_slash_start
                        break
                last_slash, last_slash_start = pos, start
                if (pos > start and text[pos - 1] == "/") or text.startswith(("www.", "WWW."), start, pos + 1):
                    kind = "http"
                elif _DOI_START.match(text, start, pos + 1):
                    kind = "10."
                else:
                    continue
                if punct_at is None:   # built at the first link: most sentences have none
                    punct_at = {q for q, _ in puncts}
                if start not in punct_at:   # one entry per token, however many slashes it has
                    puncts.append((start, kind))
                    punct_at.add(start)
                continue
            if p == ":":
                if pos + 1 < b and text[pos + 1] in " \"\u201c\u2018" and not colon:
                    colon = pos
                continue
            if p == "\x27" and pos > a and text[pos - 1].isalnum():
                continue      # an apostrophe, not a quotation mark
            if p in "\"\u201c\u201d":
                self.marks.append((pos, p))
            puncts.append((pos, p))
            if punct_at is not None:
                punct_at.add(pos)
        if self.document_marks.www and text.find("www.", a, b) >= 0:      # no slice copy per sentence
            seen = punct_at if punct_at is not None else {q for q, _ in puncts}
            for m in _WWW.finditer(text, a, b):
                if m.start() not in seen:
                    puncts.append((m.start(), "http"))
        puncts.sort()
        if not words and not puncts and not colon and text[a:a + 2] not in ("In", "At", "Du") and not title:
            return
        # Order matters: form-based citations, then anonymous phrases (so that "sources close to
        # the campaign said" is not a citation of "the campaign"), then cue words, then quotes.
        for pos, p in puncts:
            if p in ("(", "[") :
                self._bibliographic(pos)
            elif p == "http":
                self._link(pos)
            elif p == "10.":
                self._doi(pos)
        done: set[str] = set()
        # the quotation marks are all known now: is each trigger word inside a quotation?
        if self.marks or self.quoting:
            words = [(ws, we, r, self.quoting_at(ws)) for ws, we, r in words]
        else:
            words = [(ws, we, r, False) for ws, we, r in words]
        for ws, we, r, quoted in words:
            if quoted or r.isdisjoint(_ANONYMOUS_CODES):
                continue      # inside quotes: the quoted speaker's words, not the article's
            for code in _ANONYMOUS_CODES:
                if code in r:
                    self._anonymous(code, ws, we, done)
        self.anonymous_spans = list(self.claimed)
        if colon:
            self._colon(colon)
        for ws, we, r, quoted in words:
            if quoted or (self.claimed and self.taken(ws, we)):
                continue
            if "according" in r and self._according(ws, we):
                continue
            if "verb" in r:
                self._verb(ws, we)
            elif "qverb" in r:
                self._quote_verb(ws, we)
        if not self.out and title:
            # "Bellwether County Says Trump Should Win": a headline set in the body, verbs capitalised
            lower = text[a:b].lower()
            for m in rules.trigger.finditer(lower):
                if "verb" in roles.get(m.group(0), ()) and text[a + m.start()].isupper():
                    self._verb(a + m.start(), a + m.end(), title=True)
        for ws, we, r, quoted in words:
            if "document" in r and not self.taken(ws, we):
                self._document(ws, we)
            elif "study" in r and not self.taken(ws, we) and not quoted:
                self._named_study(ws, we)
        verbal = sorted((e for e in self.out if e.category == CITATION and e.attrs["kind"] in _VERBAL),
                        key=lambda e: e.span.start)
        last = a
        for pos, p in puncts:
            if p in _QUOTES and p not in "\u201d\u2019" and pos >= last and not self.taken(pos, pos + 1):
                last = self._quotation(pos, verbal)
        if not any(e.category == CITATION for e in self.out):
            self._in_channel()

    # -- handlers: colon and channel at the start

    def _colon(self, pos: int) -> None:
        """ "Trump: 'We will win'", "WALLACE: Let's start": a speaker's name before a colon."""
        text, a = self.text, self.a
        toks = _tokens_before(text, max(a, pos - 110), pos)
        if toks and toks[0][0] > a or len(toks) > 5:
            # mid-sentence: "... doesn't surprise Republican pollster Daron Shaw: “Historically ...”"
            nxt = _skip(text, pos + 1, self.b)
            if nxt < self.b and text[nxt] in "\"\u201c" and toks and _is_cap(toks[-1][2]):
                np = _np_back(toks, len(toks) - 1, self.rules, a)
                if np is not None and not _is_anonymous(text[np[0]:np[1]], self.rules):
                    self.add(CITATION, "reported_speech", np[0], pos + 1, cue=":", source=np)
            return
        if not toks or len(toks) > 5 or not all(_is_cap(t[2]) or t[2].lower() in NAME_LINKS for t in toks):
            return
        name = " ".join(t[2] for t in toks)
        if name.lower().rstrip(".") in _LABELS or not _is_cap(toks[-1][2]):
            return
        if len(toks) == 1 and name.lower() in self.rules.study_heads:      # "Poll: Trump ties Clinton."
            self.add(CITATION, "study", toks[0][0], pos + 1, cue=":", source=(toks[0][0], toks[0][1]))
            return
        nxt = _skip(text, pos + 1, self.b)
        if nxt >= self.b or text[nxt] not in "\"\u201c\u2018\x27":
            return      # "Clinton: 2,316.", "Rubio: Finish second." are lists and headlines, not speech
        if len(toks) == 1 and not (name.isupper() and len(name) > 2) and name not in _capitalised_inside(self.doc):
            return
        self.add(CITATION, "reported_speech", toks[0][0], pos + 1, cue=":", source=(toks[0][0], toks[-1][1]))

    def _in_channel(self) -> None:
        """ "In an NBC News/Wall Street Journal poll released Monday, ...", "In an interview with ABC, ..." """
        text, a, b = self.text, self.a, self.b
        if not _CHANNEL_OPENER.match(text, a, min(b, a + 160)):
            return      # the first token is not "in"/"during"/"at": no need to tokenise
        toks = _tokens_after(text, a, min(b, a + 160))
        if len(toks) < 4 or toks[0][2].lower() not in ("in", "during", "at") or \
                toks[1][2].lower() not in ("a", "an", "the", "his", "her", "their", "its", "this", "that"):
            return
        for k in range(2, min(len(toks), 16)):
            w = toks[k][2]
            if w in (",", ";", ":", "\"", "\u201c"):
                return
            low = w.lower()
            if low in self.rules.study_heads or low in self.rules.channels:
                named = any(_is_cap(t[2]) for t in toks[2:k])
                if low in self.rules.study_heads and named:
                    self.add(CITATION, "study", toks[0][0], toks[k][1], cue=toks[0][2], source=(toks[1][0], toks[k][1]))
                elif low in self.rules.channels:
                    subj = self.subject()
                    if subj is not None and subj[0] > toks[k][1] and not _is_anonymous(text[subj[0]:subj[1]], self.rules):
                        self.add(CITATION, "reported_speech", toks[0][0], toks[k][1], cue=toks[0][2] + " " + low,
                                 source=subj, **self.channel())
                return

    def _named_study(self, hs: int, he: int) -> None:
        """ "in a CNN national poll", "the latest CNN/ORC poll": a poll or study named by its maker."""
        text = self.text
        toks = _tokens_before(text, max(self.a, hs - 70), hs)
        k = len(toks) - 1
        named = False
        while k >= 0 and len(toks) - k <= 5:
            w = toks[k][2]
            low = w.lower()
            if low in ("the", "a", "an", "this", "that", "its", "their", "his", "her") or _is_possessive(w):
                break
            if low in FUNCTION or not w[:1].isalnum():
                return
            named = named or (_is_cap(w) and toks[k][0] != self.a) or w[:1].isdigit() and len(w) == 4
            k -= 1
        if k < 0 or not named or len(toks) - k < 2:
            return
        start = toks[k][0]
        if not self.taken(start, he):
            self.add(CITATION, "study", start, he, cue=text[hs:he], source=(start, he))

    def _quote_verb(self, vs: int, ve: int) -> None:
        """ "He continued, '...'", "read one sign: '...'": these verbs report speech only next to a quote."""
        text, b = self.text, self.b
        nxt = _skip(text, ve, b, ",:")
        toks = _tokens_before(text, max(self.a, vs - 110), vs)
        source = _left_source(toks, self.rules, self.a, strong=True)
        if source is None:
            source = self._right_source(toks, vs, ve, strong=True)
        if source is None:
            return
        after_quote = re.search(r"[\"\u201d\u2019],?\s*$", text[max(self.a, min(source[0], vs) - 4):min(source[0], vs)])
        if not after_quote and (nxt >= b or text[nxt] not in "\"\u201c\u2018"):
            return
        if _is_anonymous(text[source[0]:source[1]], self.rules):
            return
        if not _acceptable(text[source[0]:source[1]], "speech", self.rules, strong=True):
            return
        self.add(CITATION, "reported_speech", min(source[0], vs), max(source[1], ve), cue=text[vs:ve],
                 source=source)

    # -- handlers: forms

    def _link(self, pos: int) -> None:
        if self.rules.doi.match(self.text, pos, self.b):
            self._doi(pos)
            return
        m = self.rules.link.match(self.text, pos, self.b)
        if m and not self.taken(m.start(), m.end()):
            end = _strip_end(self.text, m.start(), m.end())
            self.add(CITATION, "link", m.start(), end, source=(m.start(), end))

    def _doi(self, pos: int) -> None:
        m = self.rules.doi.match(self.text, pos, self.b)
        if m and not self.taken(m.start(), m.end()):
            end = _strip_end(self.text, m.start(), m.end())
            self.add(CITATION, "doi", m.start(), end, source=(m.start(), end))

    def _bibliographic(self, pos: int) -> None:
        m = self.rules.bib.search(self.text, max(self.a, pos - 60), min(self.b, pos + 120))
        while m is not None and m.end() <= pos:
            m = self.rules.bib.search(self.text, m.end(), min(self.b, pos + 120))
        if m and m.start() <= pos < m.end() and not self.taken(m.start(), m.end()):
            self.add(CITATION, "bibliographic", m.start(), m.end(), source=(m.start(), m.end()))

    # -- handlers: anonymous

    def _anonymous(self, code: str, ws: int, we: int, done: set[str]) -> None:
        if self.taken(ws, we):
            return
        kind, regex = self.rules.anonymous[code]
        lo, hi = max(self.a, ws - 60), min(self.b, we + 90)
        text = self.text
        matches = _matches_up_to(regex, text, lo, ws, hi, self.rules.anonymous_first_words[code]) \
            if self.rules.anonymous_at_words else \
            regex.finditer(text, lo, hi)
        for m in matches:
            if m.start() > ws:
                break      # later matches start later still: none can hold the trigger word
            if we <= m.end() and not self.taken(m.start(), m.end()):
                first = _WORD.match(text, m.start())
                if first and first.group(0).lower() not in _QUANTIFIERS and m.start() > self.a:
                    # "Florida election officials say", "FEC data show": the whole noun phrase
                    # decides whether the source is named; leave it to the verb handler.
                    toks = _tokens_before(text, max(self.a, m.start() - 80), first.end())
                    np = _np_back(toks, len(toks) - 1, self.rules, self.a)
                    if np is not None and not _is_anonymous(text[np[0]:np[1]], self.rules):
                        return
                source = None
                if code in ("CT010", "CT011"):
                    # the vague source itself: "some analysts", "a source familiar with the talks"
                    end = m.end()
                    parts = text[m.start():end].rsplit(None, 1)
                    if len(parts) == 2 and (parts[1].lower() in self.rules.speech_forms
                                            or parts[1].lower() in self.rules.stance_forms):
                        end = m.start() + len(parts[0])
                    if not re.match(r"(?i)(?:is|are|was|were|on|who|said|says|told|according)\b", text[m.start():end]):
                        source = (m.start(), end)
                self.add(ANONYMOUS, kind, m.start(), m.end(), cue=m.group(0), source=source)
                return

    # -- handlers: according to

    def _according(self, ws: int, we: int) -> bool:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        m = None
        for cand in rules.according.finditer(text, max(a, ws - 60), min(b, we + 12)):
            if cand.start() <= ws < cand.end():
                m = cand
                break
        if m is None:
            return False
        cue = m.group(0)
        low = cue.lower()
        if low.startswith("as ") and low.endswith(" it"):           # "as Trump put it"
            inner = re.match(r"as\s+(.+?)\s+puts?\s+it", cue, re.IGNORECASE)
            s = m.start() + inner.start(1)
            self.add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(inner.group(1))))
            return True
        if low.startswith("in ") and "words" in low and "words of" not in low:   # "in his words"
            pron = re.search(r"his|her|their|its", cue, re.IGNORECASE)
            s = m.start() + pron.start()
            q = rules.quote.match(text, _skip(text, m.end(), b, ",:"), b)
            if q:     # 'in his words, "freeloading."': the quotation is the citation
                self.add(CITATION, "quotation", m.start(), q.end(), cue=cue, source=(s, s + len(pron.group(0))))
            else:
                self.add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(pron.group(0))))
            return True
        start = _skip(text, m.end(), b)
        end = _phrase_end(text, start, b)
        if end <= start:
            return False
        source = text[start:end]
        if _head(source) in rules.according_not or source.split()[0].lower() in ("plan", "schedule"):
            return False      # "according to plan"
        if _is_anonymous(source, rules):
            kind = "anonymous_source" if re.search(r"\bsources?\b", source, re.IGNORECASE) else "vague_group"
            self.add(ANONYMOUS, kind, m.start(), end, cue=cue, source=(start, end))
            return True
        kind = _source_kind(source, rules) or "according_to"
        if kind == "named_document":
            start += len(_LEADING_DET.match(source).group(0))      # "the 2014 ... Agreement" -> its name
        self.add(CITATION, kind, m.start(), end, cue=cue, source=(start, end))
        return True

    # -- handlers: reporting verbs

    def _verb(self, vs: int, ve: int, title: bool = False) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        form = " ".join(text[vs:ve].split())
        if title:
            form = form.lower()
        is_speech = form in rules.speech_forms
        is_stance = form in rules.stance_forms
        is_finding = form in rules.finding_forms
        strong = form in rules.strong_forms
        klass = "speech" if is_speech else ("stance" if is_stance else "finding")
        # cheap checks on the word before, before any tokenising
        pre = text[max(a, vs - 24):vs].split()
        last = pre[-1].lower() if pre else ""
        if last in _NOUN_BEFORE and not form.endswith("ing"):
            return      # "the said property", "a report", "his call" (nouns)
        if last == "to" and not is_speech and (len(pre) < 2 or pre[-2].lower() not in TO_BEFORE):
            return      # "wants to support": the other verb is the cue
        # 80 characters hold most subjects; an appositive ("Sanders, a senator from ..., said") needs more
        toks = _tokens_before(text, max(a, vs - (200 if last.endswith(",") else 80)), vs)
        prev = toks[-1][2].lower() if toks else ""
        prev2 = toks[-2][2].lower() if len(toks) > 1 else ""
        if prev in _NOUN_BEFORE and not form.endswith("ing"):
            return
        if form == "said" and prev in ("that", "this", "having", "all") and text[ve:ve + 1] == ",":
            return      # "That said, ..."
        if form in ("state", "states") and not re.match(r"\s*(?:that\b|:|,)", text[ve:ve + 8]):
            return      # "swing states", "the state": a verb only before "that"
        if form.endswith("ed") and _DELEGATES_AFTER.match(text, ve, min(b, ve + 12)):
            return      # "270 pledged delegates": an adjective, not a pledge
        if prev == "to" and prev2 not in TO_BEFORE and not (prev2 == "on" and len(toks) > 2 and
                                                            toks[-3][2].lower() == "went"):
            return      # "wants to support", "needless to say": the other verb is the cue
        if (prev in ("percent", "%", "points") or prev.endswith("%")) and not is_speech:
            return      # "67 percent support", "60% support" (a noun)
        if _passive(toks) and (form.endswith("ed") or form in _IRREGULAR_PARTICIPLES):
            self._passive(vs, ve, klass)
            return
        # An anonymous phrase just before ("a source familiar with the talks said"): extend it.
        for cs, ce in self.anonymous_spans:
            if ce <= vs and vs - ce < 60 and not re.search(r"[,;:\"\u201c\u201d]", text[ce:vs]) \
                    and _OPEN_END.search(text, cs, ce):
                for i, e in enumerate(self.out):
                    if e.span.start == cs and e.span.end == ce:
                        attrs = dict(e.attrs)
                        attrs["cue"] = form
                        self.out[i] = evidence(self.doc, e.code, DIMENSION, e.category, cs, ve, e.note, **attrs)
                        self.claimed.append((cs, ve))
                return
        source = None
        if is_speech and form.endswith("ing") and prev == ",":
            # "Trump attacked Clinton ..., saying ...": the speaker is the sentence's subject, not
            # a noun phrase before an earlier comma ("During a speech earlier in the day, Trump ...")
            subject = self.subject()
            if subject is not None and subject[1] <= vs and _acceptable(text[subject[0]:subject[1]], klass, rules):
                source = subject
        if source is None:
            source = _left_source(toks, rules, a, strong=strong)
        if is_finding and (source is None or _head(text[source[0]:source[1]]) not in rules.study_heads):
            # "A Quinnipiac poll released Monday found": the study before a participial phrase
            study = _study_before(toks, rules, a)
            if study is not None:
                source = study
        if source is None and is_speech:
            source = self._right_source(toks, vs, ve, strong=strong)
        if source is None and is_speech and (
                (form.endswith("ing") and (prev == "," or prev in ("after", "before", "while", "when", "by", "in")))
                or (strong and _word_before_adverbials(toks) in ("and", "but", "then"))):
            source = self.subject()      # ", saying ...", "and said": the speaker is the subject of the sentence
            if source is not None and source[1] > vs:
                source = None
        if source is None:
            return
        s, e = source
        np = text[s:e]
        if not is_speech and not is_stance:     # "found", "shows": only research finds things
            closing = (s > a and text[max(a, s - 2):s].strip() == "," and
                       re.match(r"\s*(?:[.;]|$)", text[ve:min(b, ve + 3)]) is not None)
            # a named finder reporting a finding: "the Department of Justice found that ..."
            # a finding stated, not one that may come ("Pyongyang may find that ..."): a past or
            # third-person form, no modal between finder and verb
            stated = (form.endswith(("s", "ed")) or form in _IRREGULAR_PARTICIPLES) and \
                _NOT_YET.isdisjoint(w.lower() for w in text[e:vs].split())
            named_that = stated and form != "given" and (_bare(np) in ("he", "she", "they") or any(
                _is_cap(w) and w.lower() not in DETERMINERS and w.lower() not in OPENERS for w in np.split())) and \
                _THAT_AFTER.match(text, ve, min(b, ve + 8)) is not None
            if _head(np) not in rules.study_heads and not _document_like(np, rules) and not (
                    closing and _is_cap(np)) and not named_that:
                return      # but "..., Fox found." at the end of a sentence is a report
        if not _acceptable(np, klass, rules, strong=strong):
            return
        if is_stance and not is_speech:
            # "They should support", "If voters want": hypothetical, not a reported stance
            before = {t[2].lower() for t in toks if t[0] >= s - 12}
            if before & HYPOTHETICAL:
                return
        span = (min(s, vs), max(e, ve))
        if _is_anonymous(np, rules):
            if _head(np) in ("studies", "research", "evidence", "data"):
                kind = "unnamed_research"
            elif re.search(r"\bsources?\b", np, re.IGNORECASE):
                kind = "anonymous_source"
            else:
                kind = "vague_group"
            self.add(ANONYMOUS, kind, span[0], span[1], cue=form, source=source)
            return
        kind = _source_kind(np, rules) or ("reported_speech" if is_speech else
                                           "reported_stance" if is_stance else "study")
        self.add(CITATION, kind, span[0], span[1], cue=form, source=source, **self.channel())

    def _passive(self, vs: int, ve: int, klass: str) -> None:
        """ "was told by X", "is described by X as": only an explicit agent makes a citation."""
        text, b = self.text, self.b
        by = re.match(r"\s+by\s+", text[ve:min(b, ve + 6)])
        if not by or klass == "finding":
            return
        after = _tokens_after(text, ve + by.end(), min(b, ve + by.end() + 100))
        agent = _np_forward(after, 0, self.rules, strong=True)
        if agent is None:
            return
        np = text[agent[0]:agent[1]]
        if _acceptable(np, "speech", self.rules) and not _is_anonymous(np, self.rules):
            kind = _source_kind(np, self.rules) or ("reported_speech" if klass == "speech" else "reported_stance")
            self.add(CITATION, kind, vs, agent[1], cue=text[vs:ve], source=agent, **self.channel())

    def _right_source(self, toks, vs: int, ve: int, strong: bool = False) -> tuple[int, int] | None:
        """'"...," said Trump' or ", said the spokesman": the source right after the verb."""
        if toks and toks[-1][2] not in (",", "\u201d", "\"", "\u2019", "\x27"):
            return None
        after = _tokens_after(self.text, ve, min(self.b, ve + 120))
        return _np_forward(after, 0, self.rules, strong=strong)

    # -- handlers: documents

    def _document(self, hs: int, he: int) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        right = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.\x27\u2019-]*\s*)+", text[he:b])
        end = he + (right.end() if right else 0)
        par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b])
        if par:
            end += par.end()
        while end > hs and text[end - 1] in " ,.":
            end -= 1
        toks = _tokens_before(text, max(a, hs - 120), hs)
        i = len(toks)
        while i > 0 and (_is_cap(toks[i - 1][2]) or toks[i - 1][2][:1].isdigit()
                         or (toks[i - 1][2].lower() in NAME_LINKS and i > 1 and _is_cap(toks[i - 2][2]))
                         or toks[i - 1][2] in ("(", ")") or re.fullmatch(r"\d+\w*", toks[i - 1][2])):
            i -= 1
        while i < len(toks) and toks[i][2].lower() in NAME_LINKS | {"(", ")"}:
            i += 1
        if i < len(toks):
            start = toks[i][0]
        elif right:
            start = hs
        else:
            return       # a bare "Act" or "Report" names nothing
        if i > 0 and toks[i - 1][2].lower() == "the":
            start_with_det = toks[i - 1][0]
        else:
            start_with_det = start
        part = _PART_OF.search(text, max(a, start_with_det - 40), start_with_det)
        if part:      # "Section 2(b) of the Voting Rights Act": the part belongs to the name
            start = start_with_det = part.start()
        cue = rules.document_cue.search(text, max(a, start_with_det - 40), start_with_det)
        verb = rules.document_verb.match(text, end, b)
        if cue and not self.taken(cue.start(), end):
            self.add(CITATION, "named_document", cue.start(), end, cue=cue.group(0), source=(start, end))
        elif verb and not self.taken(start, end):
            self.add(CITATION, "named_document", start_with_det, end + verb.end(), cue=verb.group(0),
                     source=(start, end))

    # -- handlers: quotations

    def _quotation(self, pos: int, verbal) -> int:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        m = rules.quote.match(text, pos, b)
        if not m:
            return pos + 1
        qs, qe = m.start(), m.end()
        words = text[qs + 1:qe - 1].split()
        cue = rules.words_cue.search(text, max(a, qs - 70), qs)
        if cue:
            pron = re.search(r"\b(?:his|her|their|its|he|she|they)\b", cue.group(0), re.IGNORECASE)
            if pron:
                source = (cue.start() + pron.start(), cue.start() + pron.end())
            else:
                src = re.search(r"words\s+of\s+(.+?)\W*$", cue.group(0))
                source = (cue.start() + src.start(1), cue.start() + src.end(1)) if src else self.subject()
            self.add(CITATION, "quotation", min(cue.start(), qs), qe, cue=cue.group(0).strip(), source=source)
            return qe
        if len(words) < 3:
            return qe      # a one- or two-word quote is usually a scare quote
        if len(words) <= 6 and all(_is_cap(w) for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL):
            return qe      # a title ("Meet the Press"), not speech
        for e in verbal:
            # '"We will win," said Trump' / 'Trump said: "..."': the verb already cites this quote.
            if -4 <= e.span.start - qe <= 4 or -4 <= qs - e.span.end <= 4:
                return qe
        speaker = None
        for e in verbal:        # the nearest source before it ("Trump has questioned ... 'reimburse us'")
            if e.span.end <= qs and "source_start" in e.attrs:
                speaker = (e.attrs["source_start"], e.attrs["source_end"])
        if speaker is None:
            speaker = self.subject()
        if speaker is None or speaker[0] >= qs:
            return qe
        np = text[speaker[0]:speaker[1]]
        if _is_anonymous(np, rules) or _head(np) in rules.study_heads:
            return qe
        self.add(CITATION, "quotation", qs, qe, cue="quotation marks", source=speaker)
        return qe


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


_GLUE = "-\x27\u2019"
_ANONYMOUS_CODES = ("CT010", "CT011", "CT012", "CT013")     # in the order they are tried
_NOUN_BEFORE = frozenset("the a an that this his her their its our my".split())
_LABELS = frozenset("""update note correction related source sources photo photos
watch read share question answer q a disclaimer disclosure warning caution notice breaking exclusive
video audio listen transcript context background advertisement sponsored tags filed under""".split()
                    + ["editor's note", "editor’s note"])
_PART_OF = _rx(r"\b(?:Sections?|Articles?|Title|Chapter|Paragraph|Clause|Part|Subsection)\s+[\w().-]+\s+"
                      r"of\s+(?:the\s+)?$")
_LEADING_DET = _rx(r"(?:(?:the|a|an|this|its|their|his|her)\s+)?", re.IGNORECASE)
_DOI_START = _rx(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/$", re.IGNORECASE)
_WWW = _rx(r"(?<![\w/.])www\.")

_VERBAL = ("reported_speech", "reported_stance", "according_to", "named_document", "study")
_TITLE_SMALL = frozenset("a an the of to in on for and or at by with from as".split())
_IRREGULAR_PARTICIPLES = frozenset("told said thought known seen shown found written felt heard read meant "
                                   "taught sworn spoken given put".split())
#: An anonymous phrase that still waits for its verb: "a source close to", "some analysts".
_OPEN_END = _rx(r"(?:\b(?:to|with|of|on|in|inside|within|by)|s)$", re.IGNORECASE)
_WORD = _rx(r"[\w\x27\u2019%-]+")
_PHRASE_END = _rx(r",|;|:|\.(?=\s|$)|\u2014|\s-\s|\s\u2013\s|\bthat\b|\bwhich\b|\bwho\b|\bwhen\b|"
                         r"\bwhere\b|\bbecause\b|\bbut\b|\bwhile\b|\bsaid\b|\bsays\b|\bsay\b|[\"\u201c\u201d]")


# ----------------------------------------------------------------------------- token walking


def _tokens_before(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    # m[0], not m.group(0): the method call was a third of the cost of this hot list
    return [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, lo, hi)]


_tokens_after = _tokens_before      # the same tokens; two names say which way the caller walks


def _title_case(text: str, a: int, b: int) -> bool:
    """Is the sentence set in title case (most words of four letters or more capitalised)?

    The words are those of ``str.split``; run() reads the answer off the sentence's
    chunk facts (:func:`_shape`), computed once for the trigger test too.
    """
    return _title_shape(_shape(text, a, b, _rules()))


# What run() needs of each white-space chunk of a sentence (str.split), packed in one int
# so that a sentence costs one split and one sum: a word of 4+ characters, such a word
# with a capital first (str.isupper; the two counts of _title_case), and whether a
# trigger word can start in the chunk (none can in most chunks: then no trigger scan).
# The fields are 30 bits apart, so that a sentence's sum stays below 2**63, where the
# built-in sum() adds machine integers instead of allocating a big int per chunk (with the
# flag at bit 64 every sentence holding a trigger word took the slow path), as long as
# fewer than 8 of its chunks may hold a trigger (more: the same sum, big ints). A count
# cannot carry into the next field: that needs 2**30 chunks in one sentence (5 GB of
# text; ingest reads at most MAX_BYTES, 20 MB, far fewer than 2**23 chunks).
_SHAPE_SHIFT = 30
_LONG, _LONG_CAP, _MAY_TRIGGER = 1, 1 << _SHAPE_SHIFT, 1 << 2 * _SHAPE_SHIFT
_COUNT = (1 << _SHAPE_SHIFT) - 1


def _shape(text: str, a: int, b: int, rules: _Rules) -> int:
    """The packed chunk facts of ``text[a:b]`` summed over its chunks (each remembered)."""
    return _chunks_shape(text[a:b].split(), rules)


def _chunks_shape(chunks: list[str], rules: _Rules) -> int:
    """:func:`_shape` of the chunks ``text[a:b].split()``; afterwards every chunk is learnt."""
    memo = rules.memo_chunk
    if len(memo) > _MEMO_SIZE:      # emptied with the starts learnt beside it, between sentences
        memo.clear()
        rules.memo_starts.clear()
    return sum(map(memo.__getitem__, chunks))     # a chunk not seen before is learnt on the way


def _chunk_shape(chunk: str, rules: _Rules) -> int:
    """One chunk's facts. A trigger match starts at a word boundary with the trigger's first
    word, which then lies inside one chunk (white space ends it), so a chunk in which no
    trigger's first word starts at a boundary holds the start of no trigger match. The
    places where one does start are kept in ``rules.memo_starts`` (:func:`_trigger_matches`)."""
    starts = _first_word_starts(chunk, rules.first_word)
    if starts:
        rules.memo_starts[chunk] = starts
    shape = _MAY_TRIGGER if starts else 0
    if len(chunk) > 3:
        shape += _LONG_CAP if chunk[0].isupper() else _LONG
    return shape


def _first_word_starts(chunk: str, first_word: re.Pattern[str]) -> tuple[int, ...]:
    """Every offset in ``chunk`` at which ``first_word`` matches (overlapping ones too)."""
    starts = []
    m = first_word.search(chunk)
    while m is not None:
        starts.append(m.start())
        m = first_word.search(chunk, m.start() + 1)
    return tuple(starts)


def _trigger_matches(text: str, a: int, b: int, chunks: list[str], rules: _Rules) -> list[re.Match[str]]:
    """``list(rules.trigger.finditer(text, a, b))``, the pattern tried only where it can match.

    ``chunks`` are ``text[a:b].split()``, all learnt by :func:`_chunks_shape`. A trigger
    match starts where its first word starts at a word boundary, inside one chunk (see
    :func:`_chunk_shape`); the boundary inside the chunk alone is the same as in the text,
    except at the chunk's first character, where the chunk alone always has one: so the
    places in ``rules.memo_starts`` of every occurrence of a chunk in ``text[a:b]`` (all of
    them, as a chunk can also occur inside a longer chunk) hold every place where a match
    can start, and perhaps a few more. The pattern, anchored at each place left to right
    and resumed after each match as finditer does, finds the same matches; the trigger
    regex starts with ``\\b``, which gives ``re`` no character to skip ahead to, so its own
    scan tried every position of the sentence.
    """
    starts = rules.memo_starts
    candidates: set[int] = set()
    for chunk in starts.keys() & chunks:
        offsets = starts[chunk]
        at = text.find(chunk, a, b)
        while at >= 0:
            candidates.update([at + o for o in offsets])
            at = text.find(chunk, at + 1, b)
    found = []
    pos = a
    match = rules.trigger.match
    for p in sorted(candidates):
        if p >= pos:
            m = match(text, p, b)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found


def _title_shape(shape: int) -> bool:
    """:func:`_title_case` from a sentence's summed chunk facts: at least 3 words of 4+
    characters, three quarters of them with a capital first."""
    caps = (shape >> _SHAPE_SHIFT) & _COUNT
    n = (shape & _COUNT) + caps
    return n >= 3 and caps >= 0.75 * n


#: "in", "during" or "at" as the first token of a sentence (as _TOKEN would cut it)
_CHANNEL_OPENER = _rx(r"\s*(?:in|during|at)(?![\w.&/%\x27\u2019-])", re.IGNORECASE)


def _passive(toks) -> bool:
    """Does a form of "be" stand just before the verb (past adverbs and negation)?"""
    for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
        w = toks[k][2].lower()
        if w in BE:
            return True
        if w in ("also", "not", "never", "widely", "often", "commonly", "generally") or \
                (w.endswith("ly") and w not in NOT_ADVERB):
            continue
        return False
    return False


def _time_phrase_start(toks, i: int) -> int:
    """Where a time phrase ending at token ``i`` starts ("last week", "on Tuesday", "earlier
    this month", "yesterday"); ``i + 1`` when the tokens there are no time phrase."""
    low = toks[i][2].lower()
    if low in TIME_WORDS:
        return i
    if low not in TIME_NOUNS or i == 0:
        return i + 1
    j = i - 1
    before = toks[j][2].lower()
    if before == "this" and j > 0 and toks[j - 1][2].lower() in ("earlier", "later"):
        return j - 1
    if before in TIME_BEFORE and (before != "on" or low in DAYS):
        return j
    return i + 1


def _adverbial_start(toks, i: int, strong: bool = True) -> int:
    """Where an auxiliary or adverb ending at token ``i`` starts ("has", "repeatedly") or,
    before a ``strong`` reporting verb, also "now" or a time phrase ("Walker now says",
    "Feinstein last week said"; not "Employers now seek"); ``i + 1`` when there is none."""
    w = toks[i][2]
    if _is_aux(w) or (strong and w == "now"):
        return i
    return _time_phrase_start(toks, i) if strong else i + 1


def _word_before_adverbials(toks) -> str:
    """The lower-cased token before the adverbs, auxiliaries and time phrase that end
    ``toks`` ("and" in "and on Monday also said")."""
    i = len(toks) - 1
    while i >= 0:
        start = _adverbial_start(toks, i)
        if start > i:
            return toks[i][2].lower()
        i = start - 1
    return ""


_DASHES = frozenset("\u2014 \u2013 -".split())


def _skip_parens(toks, i: int) -> int:
    """Index before a parenthetical that ends at ``i``: in brackets ("Sen. Bernie Sanders
    (I-Vt.)") or between dashes ("Jason Sims \u2014 a teacher from Mount Pleasant \u2014")."""
    if i >= 0 and toks[i][2] == ")":
        j = i - 1
        while j >= 0 and i - j < 12 and toks[j][2] != "(":
            j -= 1
        if j >= 0 and toks[j][2] == "(":
            return j - 1
    elif i > 0 and toks[i][2] in _DASHES:
        j = i - 1
        while j >= 0 and i - j < 16 and toks[j][2] != toks[i][2]:
            j -= 1
        if j > 0 and toks[j][2] == toks[i][2] and j < i - 1:
            return j - 1
    return i


def _left_source(toks, rules: _Rules, a: int, strong: bool = False) -> tuple[int, int] | None:
    """The source noun phrase that ends just before a verb (tokens ``toks`` end at the verb).

    Skips auxiliaries and adverbs ("has repeatedly"), a parenthesis ("Sanders (I-Vt.)"), an
    appositive between commas ("Trump, the Republican nominee, said"; "Clinton, 35, the
    daughter of ..., said") and a relative "who" ("Trump, who ... , said").
    """
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 6:
        w = toks[i][2]
        low = w.lower()
        start = _adverbial_start(toks, i, strong)
        if start <= i:          # "has repeatedly said"; "Walker now says", "Feinstein last week said"
            skipped += i + 1 - start
            i = start - 1
        elif low == "to" and i > 0 and (toks[i - 1][2].lower() in TO_BEFORE or toks[i - 1][2].lower() == "on"):
            i -= 2 if toks[i - 1][2].lower() in TO_BEFORE else 3
            skipped += 2
        else:
            break
    i = _skip_parens(toks, i)
    if i < 0:
        return None
    w = toks[i][2]
    if w == ",":
        # an appositive or relative clause between commas, or a stray comma
        comma = i
        for _ in range(3):
            j = comma - 1
            while j >= 0 and comma - j <= 24 and toks[j][2] not in (",", ";", ":", "\"", "\u201c", "\u201d"):
                j -= 1
            if j < 1 or toks[j][2] != "," or comma - j <= 1:
                break
            inner = toks[j + 1][2]
            if inner.lower() in DETERMINERS or inner.lower() in ("who", "which", "whose") or _is_cap(inner) \
                    or inner.lower() in rules.heads or inner[:1].isdigit() or inner.lower() in ("former", "then"):
                if toks[j - 1][2].isdigit() and j >= 2 and toks[j - 2][2] == ",":
                    comma = j       # "Schiff, 56, who has served ..., told": 56 is an age, go on
                    continue
                np = _np_back(toks, _skip_parens(toks, j - 1), rules, a, strong)
                if np is not None:
                    return np
            comma = j
        return _np_back(toks, _skip_parens(toks, i - 1), rules, a, strong) if strong else None
    if w.lower() == "who":
        k = i - 1
        if k >= 0 and toks[k][2] == ",":
            k -= 1
        if k >= 0 and (_is_cap(toks[k][2]) or toks[i - 1][2] == ","):
            return _np_back(toks, _skip_parens(toks, k), rules, a, strong)
        return None
    return _np_back(toks, i, rules, a, strong)


def _np_back(toks, i: int, rules: _Rules, a: int, strong: bool = False) -> tuple[int, int] | None:
    """A noun phrase ending at token ``i``: a pronoun, a capitalised name (with a role before
    it: "Republican candidate Donald Trump"), a phrase headed by a source noun, a share
    ("six in 10"), or, after a ``strong`` verb, any phrase with a determiner ("the airline")."""
    if i < 0:
        return None
    w = toks[i][2]
    low = w.lower()
    if _bare(w) in PRONOUNS:
        return toks[i][0], toks[i][1]
    first = toks[i][0] == a or (i > 0 and toks[i - 1][2] in _QUOTES and toks[i - 1][0] == a)
    if _is_cap(w) and not (first and low in rules.heads) and not _is_possessive(w):
        j = i
        while j > 0:
            p = toks[j - 1][2]
            if _is_cap(p) and p not in _QUOTES:
                j -= 1
            elif p.lower() in NAME_LINKS and j > 1 and _is_cap(toks[j - 2][2]):
                j -= 2
            else:
                break
        # a role before the name: "campaign manager Robby Mook", "Republican candidate Donald Trump"
        r, roles = j, 0
        while r > 0 and roles < 2 and toks[r - 1][2].islower() and toks[r - 1][2] in rules.heads:
            r -= 1
            roles += 1
        if roles:
            q = r
            while q > 0 and r - q < 3 and (_is_cap(toks[q - 1][2]) or _is_possessive(toks[q - 1][2])):
                q -= 1
            j = q
        if j > 0 and toks[j - 1][2].lower() == "the":
            j -= 1
        while j < i and toks[j][2].lower() in OPENERS and toks[j][0] == a:
            j += 1     # "But Trump said": "But" opens the sentence, it is not part of the name
        if toks[j][2].lower() in OPENERS and j == i:
            return None
        return toks[j][0], _name_end(toks[i])
    if low.isdigit() or low in SHARES or _is_number(low):
        # "six in 10 say", "a third said", "43 percent said", "42% say", "Forty-two percent said"
        j = i
        while j > 0 and j > i - 5 and (toks[j - 1][2].lower() in _SHARE_WORDS or _is_number(toks[j - 1][2].lower())
                                       or toks[j - 1][2].lower() in SHARES):
            j -= 1
        if low.isdigit() and j == i and len(low) > 3:
            return None      # a bare year
        return toks[j][0], toks[i][1]
    if low in rules.heads or (strong and w.isalpha() and w.islower() and low not in FUNCTION and len(low) > 2
                              and not _is_aux(w)):
        j, mods, determined = i, 0, False
        while j > 0 and mods < 4:
            p = toks[j - 1][2]
            lp = p.lower()
            if lp in DETERMINERS or _is_possessive(p) or p[:1].isdigit():
                j -= 1
                determined = True
                break
            if lp in FUNCTION or not p[:1].isalnum() or (_is_aux(p) and lp not in ("long",)):
                break
            j -= 1
            mods += 1
        if low not in rules.heads and not determined and not low.endswith("s"):
            return None      # "... and tax said": a strong verb still needs a noun phrase
        # "a spokesman for the Clinton campaign": attach the head noun before the preposition
        if j > 1 and toks[j - 1][2].lower() in PREPOSITIONS:
            outer = _np_back(toks, j - 2, rules, a)
            if outer is not None and _head_of(toks, j - 2) in rules.heads:
                return outer[0], toks[i][1]
        if toks[j][2].lower() in OPENERS and j < i and toks[j][0] == a:
            j += 1
        return toks[j][0], toks[i][1]
    return None


_QUANTIFIERS = frozenset("""some many most several numerous various certain countless other others a few
lots plenty it is are was were reportedly reputedly purportedly supposedly allegedly rumor rumors rumour
rumours speculation""".split())
_PERSON_PLURAL = _rx(r"(?:ers|ors|ists|ians|ants|ents|ates|ives|ees|people|men|women|children|families|"
                            r"folks|friends|allies|americans|residents|members|parents|neighbors|neighbours)$")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands "
                          "millions both".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_NUMBER_WORD_PARTS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                               "fifteen sixteen seventeen eighteen nineteen hundred".split()) | _TENS


def _is_number(low: str) -> bool:
    """A lower-case token written as a number: "10", "42%", "1,200", "forty-two", "twelve"."""
    if low[:1].isdigit():
        return low.rstrip("%").replace(",", "").replace(".", "").isdigit()
    return all(part in _NUMBER_WORD_PARTS for part in low.split("-"))


_SHARE_WORDS = frozenset("in of about nearly almost roughly some a than more less fewer just only over under "
                         "around two-thirds three-quarters".split())
_PARTICIPLES = frozenset("released published conducted issued commissioned taken done sponsored funded completed "
                         "compiled obtained reviewed carried out by of in on from last this earlier".split())


def _study_before(toks, rules: _Rules, a: int) -> tuple[int, int] | None:
    """A study noun a few words before the verb, across a participial phrase ("a poll released
    Monday by CNN found", "records compiled by the Center for ... show")."""
    for i in range(len(toks) - 1, max(-1, len(toks) - 13), -1):
        w = toks[i][2]
        if w in (",", ";", ":", "\"", "\u201c", "\u201d") or (w.islower() and (w in rules.speech_forms or
                                                                             w in rules.stance_forms)):
            return None
        if w.lower() in rules.study_heads and i < len(toks) - 1 and toks[i + 1][2].lower() in _PARTICIPLES:
            return _np_back(toks, i, rules, a)
    return None


def _head_of(toks, i: int) -> str:
    return toks[i][2].lower() if 0 <= i < len(toks) else ""


def _name_end(tok) -> int:
    s, e, w = tok
    if w.endswith(".") and w.count(".") == 1 and len(w) > 3:
        return e - 1       # "Trump." at the end of a window
    return e


def _np_forward(toks, k: int, rules: _Rules, strong: bool = False) -> tuple[int, int] | None:
    """A source noun phrase starting at token ``k`` ("Trump", "the spokesman for the campaign",
    after a ``strong`` verb any phrase with a determiner: "said the 46-year-old")."""
    if k >= len(toks):
        return None
    w = toks[k][2]
    low = w.lower()
    if low in ("he", "she", "they"):
        return toks[k][0], toks[k][1]
    j = k
    determined = low in DETERMINERS or _is_possessive(w)
    if determined:
        j += 1
    # lower-case role words before a name: "campaign spokesman Brian Fallon", "former Gov. Ed Rendell"
    r = j
    while r < len(toks) and r - j < 2 and toks[r][2].islower() and (
            toks[r][2] in rules.heads or (toks[r][2] in PREMODIFIERS and r + 1 < len(toks) and (
                _is_cap(toks[r + 1][2]) or toks[r + 1][2] in rules.heads))):
        r += 1
    if r < len(toks) and _is_cap(toks[r][2]) and toks[r][2] not in _QUOTES:
        e = r
        while e + 1 < len(toks) and (_is_cap(toks[e + 1][2]) or (
                toks[e + 1][2].lower() in NAME_LINKS and e + 2 < len(toks) and _is_cap(toks[e + 2][2]))):
            e += 2 if not _is_cap(toks[e + 1][2]) else 1
        # a role after a capitalised modifier: "Presumptive Democratic candidate Hillary Clinton"
        f = e + 1
        while f < len(toks) and f - e <= 2 and toks[f][2].islower() and toks[f][2] in rules.heads:
            f += 1
        if f > e + 1 and f < len(toks) and _is_cap(toks[f][2]):
            e = f
            while e + 1 < len(toks) and _is_cap(toks[e + 1][2]):
                e += 1
        elif f > e + 1:
            e = f - 1       # "one Democratic source", "a Clinton spokesman": the noun the name modifies
        return toks[k][0], _name_end(toks[e])
    if r > j:        # role words with no name after them: "said the spokesman"
        e = r - 1
    else:
        e, mods = j, 0
        while e < len(toks) and mods < 4 and toks[e][2].lower() not in rules.heads:
            t = toks[e][2]
            if t.lower() in FUNCTION or not t[:1].isalnum():
                if strong and determined and mods > 0:
                    break      # "said the 46-year-old." -> the words so far
                return None
            e += 1
            mods += 1
        if e >= len(toks) or toks[e][2].lower() not in rules.heads:
            if strong and determined and e > j:
                e -= 1
            else:
                return None
    # "the spokesman for the campaign", "a professor at Harvard"
    if e + 2 < len(toks) and toks[e + 1][2].lower() in PREPOSITIONS:
        f = e + 2
        if toks[f][2].lower() == "the" and f + 1 < len(toks):
            f += 1
        if _is_cap(toks[f][2]) or toks[f][2].lower() in rules.heads:
            while f + 1 < len(toks) and _is_cap(toks[f + 1][2]):
                f += 1
            e = f
    return toks[k][0], _name_end(toks[e])


def _subject_at_start(doc: Document, a: int, b: int, rules: _Rules) -> tuple[int, int] | None:
    """The subject at the start of a sentence, after an opener or an introductory clause."""
    text = doc.text
    toks = _tokens_after(text, a, min(b, a + 130))
    k = 0
    while k < len(toks) and toks[k][2] in _QUOTES:
        k += 1
    for _ in range(3):
        if k >= len(toks):
            return None
        low = toks[k][2].lower()
        if low in INTRO_CLAUSE:
            j = k + 1
            while j < len(toks) and j - k < 14 and toks[j][2] != ",":
                j += 1
            if j >= len(toks) or toks[j][2] != ",":
                return None
            k = j + 1
        elif low in OPENERS:
            k += 1
            if k < len(toks) and toks[k][2] == ",":
                k += 1
        else:
            break
    np = _np_forward(toks, k, rules)
    if np is None:
        return None
    s, e = np
    # the next word should be a verb or an auxiliary (lower case), not more of a title
    nxt = next((t for t in toks if t[0] >= e), None)
    if nxt is None or not (nxt[2][:1].islower() or nxt[2] == ","):
        return None
    word = text[s:e]
    # the cheap set look-up first: the look-up in _capitalised_inside is rarely needed
    if " " not in word and _is_cap(word) and not word.isupper() and word.lower() in _easy_words() \
            and word not in _capitalised_inside(doc):
        return None     # "Remember those talks?": capitalised only because it opens the sentence
    return s, e


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """readability's easy-word list, imported on first use, then kept (no import per call)."""
    from .readability import easy_words

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


# ----------------------------------------------------------------------------- source tests


@lru_cache(maxsize=4096)
def _head(source: str) -> str:
    """The last word of a noun phrase, lower case ("the Clinton campaign" -> "campaign")."""
    parts = source.rsplit(None, 1)
    return parts[-1].strip(_EDGE).lower() if parts else ""


_EDGE = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"


def _acceptable(np: str, klass: str, rules: _Rules, strong: bool = False) -> bool:
    """Can ``np`` be a cited source for a verb of class ``klass`` (speech / stance / finding)?"""
    words = np.split()
    if len(words) == 1 and _bare(words[0]) in PRONOUNS:
        low = _bare(words[0])
        # "I/we/you" in a news body is the writer (or a speaker already quoted), not a cited source.
        return low not in FIRST_PERSON and not (klass == "stance" and low in ("it", "who"))
    if _head(np) in rules.heads or _head(np) in SHARES or _is_number(_head(np).lower()):
        return True
    if strong:
        return True
    return any(_is_cap(w) and w.lower() not in OPENERS for w in words)


def _is_anonymous(source: str, rules: _Rules) -> bool:
    """:func:`_anonymous_source`, remembered per source text."""
    return remembered(rules.memo_anonymous, _MEMO_SIZE, _anonymous_source, source, rules)


_MEMO_SIZE = 50_000


def _anonymous_source(source: str, rules: _Rules) -> bool:
    """A source that names nobody: "sources", "some analysts", "officials", "senior aides"
    (lower-case words only, with no determiner that points back to someone named)."""
    words = _WORD.findall(source)
    if not words:
        return False
    low = source.lower()
    if "source" in low and re.search(r"\bsources?\b", low) and not re.search(r"\b(?:the|this|that)\s+source\b", low):
        return True
    first = words[0].lower()
    head = _head(source)
    if first in ("the", "this", "that", "these", "those", "his", "her", "their", "its") or first[:1].isdigit() \
            or first in _NUMBER_WORDS or _is_possessive(words[0]) or head in SHARES or head.isdigit():
        return False       # "the studies show", "his aides": they point back to someone named
    named = [w for i, w in enumerate(words) if _is_cap(w) and (i > 0 or (
        w.lower() not in OPENERS and w.lower() not in rules.anonymous_heads and w.lower() not in DETERMINERS
        and w.lower() not in _VAGUE))]
    if named:
        return False
    if head in rules.anonymous_heads:
        return True
    # a bare plural of people ("advocates said", "families say") names a crowd, not a source;
    # "records show", "exit polls" point to documents that can be looked up
    return (len(words) <= 4 and head not in rules.study_heads and bool(_PERSON_PLURAL.search(head))
            and first not in ("a", "an", "one"))


_VAGUE = frozenset("numerous unnamed senior top various certain countless".split())


def _source_kind(source: str, rules: _Rules) -> str | None:
    """``named_document`` or ``study`` when the source is one, else None (remembered per source)."""
    return remembered(rules.memo_kind, _MEMO_SIZE, _uncached_source_kind, source, rules)


def _uncached_source_kind(source: str, rules: _Rules) -> str | None:
    if _document_like(source, rules):
        return "named_document"
    if _head(source) in rules.study_heads:
        return "study"
    return None


def _document_like(source: str, rules: _Rules) -> bool:
    if source.islower():
        return False
    m = rules.document_head.search(source)
    if not m:
        return False
    before = source[: m.start()].split()
    return any(_is_cap(w) or w[:1].isdigit() for w in before) or bool(re.match(r"\s+of\s+[A-Z0-9]", source[m.end():]))


# ----------------------------------------------------------------------------- small helpers


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return end


def _skip(text: str, i: int, b: int, also: str = "") -> int:
    while i < b and (text[i].isspace() or text[i] in also):
        i += 1
    return i


def _phrase_end(text: str, start: int, b: int) -> int:
    """End of the noun phrase after "according to" / "by": the next comma, clause word or 12 words."""
    limit = min(b, start + 140)
    m = _PHRASE_END.search(text, start, limit)
    end = m.start() if m else limit
    # keep a parenthesised abbreviation: "the 2014 Special Measures Agreement (SMA)"
    par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b]) if m and text[m.start()] != "(" else None
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > 12:
        end = start + words[11].end()
    elif par:
        end += par.end()
    while end > start and text[end - 1] in " ,;:.\u2014":
        end -= 1
    return end
