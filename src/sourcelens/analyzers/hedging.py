"""Hedging: the words with which a writer softens (hedges) or hardens (boosts) a claim.

Markers come from ``lexicons/hedging.toml`` (codes HG001…), curated from Hyland (2005),
Islam, Xiao & Mercer (2020) and the Columbia hedge dictionary (Prokofieva & Hirschberg
2014) and checked against the Szeged Uncertainty Corpus (Szarvas et al. 2012). All
marker patterns are compiled into one alternation, run over each body sentence; at one
position the first marker in file order wins, so multiword markers come first.

A word list alone is poor (Hyland's list matched naively: sentence F1 about 0.46 on the
Szeged Wikipedia data), so a marker may name a ``context`` rule that a match must pass:

``month_or_name``          "may" is a modal; capitalised "May" mid-sentence, before a
                           number or after "in/since/early…" is the month or a name.
``noun_might``             "might" after a determiner/adjective or before "of" is the
                           noun (military might).
``possibility_not_ability`` "could" hedges unless negated or of ability (could see,
                           could afford, so that he could); "can" hedges only before a
                           possibility word (can possibly, can be seen as). In an
                           inverted question (Could the alliance…?) both hedge.
``hypothetical_would``     "would" hedges unless past habit / future in the past
                           (would later, would go on to, would often) or reported speech
                           (said that he would), or "would like/rather".
``conditional_should``     "should" hedges before probably/likely or as an inverted
                           conditional (Should the talks fail, …); not of obligation.
``question_only``          "will/shall" hedge only opening a question (Will we see…?).
``belief_person``          think/believe/thought as belief, first person (I think:
                           attrs person="first") or reported (is thought to be:
                           person="reported"); not "think tank", "hard to believe",
                           "Greek thought", nor an imperative "Think ..." opening a sentence.
``not_superlative_possible`` "possible" not in "as many as possible", "best possible",
                           "made it possible", nor of what can be done ("possible to
                           use", "possible for"); "a possible cause", "it is possible
                           that" hedge.
``before_quantity``        about/around/some/up to only before a number (about 300),
                           not as a topic preposition (a book about Korea).
``conditional_if``         "if/unless" as a condition; not "few, if any" nor the
                           definitional "if and only if".
``would`` also skips a capitalised name just before it ("Panoz would not manage …",
narrative), and ``could`` skips "so that / until / before / where … could".

Negation (``not``, ``n't``, ``never``, ``no``, ``hardly``, ``without`` up to two words
before the marker, or inside it: "is not clear") is handled by the marker's ``negated``
field: a negated booster becomes a hedge (``subcategory = "negated_booster"``: "not
clear", "not really"), a negated possibility is dropped ("not possible"), other hedges
keep ("may not"). In a question, a booster counts only in a tag question ("It's no
secret, is it?"): "Is it clearly wrong?" asserts nothing.

Metrics (body sentences only):

* ``hedges_per_100_words`` = 100 × hedges / body words; same for boosters.
* ``hedged_sentence_share`` = body sentences with ≥ 1 hedge / body sentences with words.
* ``balance`` = (hedges − boosters) / (hedges + boosters), from −1 (only boosters) to +1
  (only hedges); undefined (None) when there are neither.
* ``count.<subcategory>``: hits per finer kind (epistemic_modal, doxastic, booster kinds…).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..lexicons import compile_regex as _rx
from ..model import DimensionResult, Document
from .common import NO_BODY, closing_paren, evidence, gap_spans, metric, per_100_words, share, split_top

DIMENSION = "hedging"
HEDGE = "hedge"
BOOSTER = "booster"


@dataclass(frozen=True)
class _Entry:
    code: str
    category: str
    subcategory: str
    name: str
    context: str
    negated: str
    szeged: bool


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern[str]          # runs over the lower-cased text, no IGNORECASE
    group_entry: tuple[int, ...]    # capturing group number -> index into entries
    # The same alternation after \W instead of \b, its after-gap form (common.gap_spans), run over
    # the lower-cased sentence behind a padding space. Every alternative opens with a letter, so
    # \b holds before it exactly where a non-word character precedes it or the string starts,
    # which the space stands for; nothing else in a pattern looks before its first letter
    # (lookbehinds and start anchors are rejected), and the padded string ends alike, so the
    # same alternative matches with the same end and group number.
    after_gap: re.Pattern[str]
    entries: tuple[_Entry, ...]
    subcategories: tuple[str, ...]


def _expand(pattern: str) -> list[str]:
    """Rewrite a pattern that opens with a group, ``(?:it|that)s no secret``, into
    alternatives that each open with a literal letter (``its no secret``, ``thats …``)."""
    if not pattern.startswith("(?:"):
        return [pattern]
    close = closing_paren(pattern)
    inner, rest = pattern[3:close], pattern[close + 1:]
    optional = rest.startswith("?") and not rest.startswith("??")
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{"):
        return [pattern]
    out = [alt for part in split_top(inner) for alt in _expand(part + rest)]
    return out + (_expand(rest) if optional else [])


_LITERAL_START = _rx(r"[a-z](?![?*+{])")


def _by_second_letter(bucket: str) -> list[list]:
    """The alternatives of one bucket (what follows its first letter, joined by NULs)
    grouped under their next letter, ``[[letter, [alternative positions]], ...]``, so
    that re compares that letter once per group instead of once per alternative.

    Branch order is kept wherever it can matter: an alternative whose next character is
    not a plain letter (white space, a class, an optional letter, or a top-level ``|``)
    stays where it is, alone (letter ""), and letters are grouped only between two such;
    inside a group the file order is kept. Two alternatives grouped under different
    letters cannot match at the same place, so which comes first makes no difference:
    the alternation picks the same branch at every position.
    """
    groups: list[list] = []
    open_groups: dict[str, list[int]] = {}  # letter -> its group, since the last alternative kept alone
    for k, rest in enumerate(bucket.split("\x00")):
        head = rest[:1]
        if not ("a" <= head <= "z") or rest[1:2] in ("?", "*", "+", "{") or len(split_top(rest)) > 1:
            groups.append(["", [k]])
            open_groups = {}
        elif head in open_groups:
            open_groups[head].append(k)
        else:
            open_groups[head] = [k]
            groups.append([head, open_groups[head]])
    return groups


def _by_second_letters(buckets: str) -> list[list[list]]:
    """:func:`_by_second_letter` of each bucket (buckets joined by \\x01); kept in the
    start-up cache (finding top-level bars reads every character of every pattern)."""
    return [_by_second_letter(bucket) for bucket in buckets.split("\x01")]


_CAPTURING = _rx(r"(?<!\\)\((?!\?)")  # an unescaped "(" not opening "(?:", "(?=" …
#: A lookbehind or a start anchor (``(?<=``, ``(?<!``, ``^``, ``\A``; a ``^`` negating a class is
#: let through): the only parts of a pattern that look before its first letter, where
#: :func:`find_markers` pads the sentence with a space (see ``_Compiled.after_gap``).
_LOOKS_BEFORE = _rx(r"\(\?<[=!]|(?<![\[\\])\^|\\A")


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    """All marker patterns as one regex, dispatched on the first letter.

    Python's ``re`` tries alternatives one by one, but skips an alternative at once when
    it opens with a plain literal that does not match. So every pattern is rewritten to
    open with a literal letter (a leading ``(?:a|b)`` group is expanded), the patterns
    are bucketed by that letter, ``\\b(?:a(?:…)|b(?:…)|…)``, and an empty capturing group
    at the end of each alternative says which marker matched. The text is lower-cased
    once instead of matching with IGNORECASE, which would defeat the literal skip.
    Alternatives keep file order within a bucket, so the first marker in the file wins.
    """
    from .. import lexicons

    lex = lexicons.load("hedging")
    entries: list[_Entry] = []
    buckets: dict[str, list[tuple[str, int]]] = {}
    for i, m in enumerate(lex.markers):
        context = str(m.extra.get("context", ""))
        if context and context not in RULES:
            raise ValueError(f"hedging.toml: marker {m.code} names unknown context rule {context!r}")
        default_neg = "hedge" if m.category == BOOSTER else "keep"
        entries.append(_Entry(m.code, m.category, m.subcategory, m.name, context,
                              str(m.extra.get("negated", default_neg)),
                              bool(m.extra.get("szeged", True))))
        for pattern in m.patterns:
            if not pattern.startswith("\\b") or _CAPTURING.search(pattern) or m.case_sensitive \
                    or _LOOKS_BEFORE.search(pattern[2:]):
                raise ValueError(f"hedging.toml: {m.code} pattern {pattern!r} must start with \\b, "
                                 "have no capturing groups, no lookbehind and no anchor, and not be "
                                 "case-sensitive")
            for alt in _expand(pattern[2:]):
                if not _LITERAL_START.match(alt):
                    raise ValueError(f"hedging.toml: {m.code} pattern {pattern!r} does not open "
                                     "with a literal lower-case letter")
                buckets.setdefault(alt[0], []).append((alt[1:], i))
    group_entry = [0]  # group 0 is the whole match
    outer = []
    letters = sorted(buckets)
    source = "\x01".join("\x00".join(rest for rest, _ in buckets[letter]) for letter in letters)
    grouped = lexicons.derived("hedging_by_second_letter", source, _by_second_letters)
    for letter, groups in zip(letters, grouped):
        inner = []
        bucket = buckets[letter]
        for head, positions in groups:
            parts = []
            for rest, i in (bucket[k] for k in positions):
                parts.append(f"{rest[len(head):]}()")  # capturing groups number in text order
                group_entry.append(i)
            inner.append(f"{head}(?:{'|'.join(parts)})" if head else parts[0])
        outer.append(f"{letter}(?:{'|'.join(inner)})")
    alternation = "(?:" + "|".join(outer) + ")"
    subs = sorted({e.subcategory for e in entries} | {"negated_booster", "open_question"})
    return _Compiled(_rx(r"\b" + alternation), tuple(group_entry), _rx(r"\W" + alternation),
                     tuple(entries), tuple(subs))


def szeged_codes() -> frozenset[str]:
    """Codes of the hedge markers whose kind the Szeged corpus annotates (``szeged`` not false)."""
    return frozenset(e.code for e in _compiled().entries if e.szeged and e.category == HEDGE)


# --------------------------------------------------------------------------------------
# Context rules. Each gets (text, start, end, sentence start, sentence end, is_question)
# and returns None to reject the match, or a dict of attrs (may override "subcategory").
# They look only at a few words around the match, so they stay cheap.
# --------------------------------------------------------------------------------------

_WORD = _rx(r"[\w’'-]+")
_PREV_WORDS = _rx(r"([\w’'-]+)\W*$")


def _next_words(text: str, end: int, limit: int, n: int = 3) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, end, min(limit, end + 60))[:n]]


def _prev_word(text: str, start: int, floor: int) -> str:
    m = _PREV_WORDS.search(text, max(floor, start - 40), start)
    return m.group(1) if m else ""


def _at_sentence_start(text: str, start: int, s_start: int) -> bool:
    return not text[s_start:start].strip(" \t\n\"“‘'(—–-*•")


def _question_initial(text: str, start: int, s_start: int, is_question: bool) -> bool:
    return is_question and _at_sentence_start(text, start, s_start)


_MONTH_PREV = frozenset(
    "in on of since until till by from early late mid during through last next this every "
    "each between before after around about to and or fine".split())


def _month_or_name(text, start, end, s_start, s_end, q):
    token = text[start:end]
    if token.islower():
        return {}
    nxt = text[end:end + 12]
    if re.match(r"\s*(?:\d|of\b|and\b|to\b|through\b|until\b|[-–]\s*\w+\s+\d)", nxt):
        return None  # May 20, May of 1983, May to July
    if not _at_sentence_start(text, start, s_start):
        return None  # a capitalised May inside a sentence is the month or a name
    prev = _prev_word(text, start, s_start).lower()
    if prev in _MONTH_PREV:
        return None
    return {}


_MIGHT_NOUN_PREV = frozenset(
    "the his her its their our my your military economic naval industrial financial "
    "full all great imperial american soviet british german russian chinese mighty "
    "sheer with".split())


def _noun_might(text, start, end, s_start, s_end, q):
    prev = _prev_word(text, start, s_start).lower()
    nxt = _next_words(text, end, s_end, 1)
    if prev in _MIGHT_NOUN_PREV or (nxt and nxt[0] in ("of", "and")) or not nxt:
        return None
    return {}


_NEGATORS = frozenset("not never hardly barely scarcely only no longer".split())
_ABILITY = frozenset(
    "see hear feel smell taste afford speak read write swim fly walk run play sing drive "
    "understand remember recall travel talk compete fight stay enter attend vote buy use "
    "sleep eat dance climb count tell hardly barely".split())
_ABILITY_BEFORE = _rx(
    r"(?:\bso\s+that|\bso|\bin\s+order\s+that|\buntil|\bbefore|\bwhere|\bwhen|"
    r"\bas\s+(?:\w+\s+)?as|\bbest)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CAN_POSSIBILITY = _rx(
    r"\s+(?:possibly|potentially|conceivably|perhaps|well|also\s+be\s+(?:argued|seen|viewed)|"
    r"(?:only\s+)?be\s+(?:argued|seen\s+as|viewed\s+as|considered|regarded|thought|said|"
    r"described\s+as|interpreted|read\s+as|expected))\b", re.IGNORECASE)


def _possibility_not_ability(text, start, end, s_start, s_end, q):
    token = text[start:end].lower()
    if _question_initial(text, start, s_start, q):
        return {"subcategory": "open_question"}
    if token == "can":
        return {} if _CAN_POSSIBILITY.match(text, end, s_end) else None
    if "n" in token[5:]:  # couldn't: negated ability or emphasis ("couldn't be higher")
        return None
    nxt = _next_words(text, end, s_end, 2)
    if not nxt or nxt[0] in _NEGATORS or nxt[0] in _ABILITY or nxt[0].endswith("n't"):
        return None
    if _ABILITY_BEFORE.search(text, max(s_start, start - 40), start):
        return None
    return {}


_HABIT_NEXT = frozenset(
    "later go went eventually become soon then often usually always sometimes frequently "
    "regularly typically spend remain serve marry die return continue succeed finish join "
    "retire replace turn end like rather subsequently ultimately also afterwards never "
    "once find win lose".split())
_CAPITALISED_PRONOUNS = frozenset(
    "I It This That These Those They He She We You There Such Some Many Most Others Few "
    "Nobody Everyone Anyone Which What Who One Each Both All".split())
_REPORTED_BEFORE = _rx(
    r"\b(?:said|says|announced|stated|promised|pledged|vowed|declared|told|confirmed|agreed|"
    r"decided|insisted|warned|claimed|indicated|revealed|hoped|wrote|added|replied|"
    r"threatened|assured|guaranteed|knew|predicted|expected|believed|thought|feared|"
    r"determined|realized|realised|learned|ensured|meant)\b(?:\s+[\w’'-]+,?){0,7}\s*$",
    re.IGNORECASE)


def _hypothetical_would(text, start, end, s_start, s_end, q):
    if _question_initial(text, start, s_start, q):
        return {"subcategory": "open_question"}
    nxt = _next_words(text, end, s_end, 3)
    if not nxt or nxt[0] in _HABIT_NEXT or nxt[:2] == ["have", "to"]:
        return None
    prev = _prev_word(text, start, s_start)
    if prev[:1].isupper() and prev not in _CAPITALISED_PRONOUNS:
        return None  # a named subject, "Panoz would not manage another podium": narrative
    if nxt[0] == "not" and len(nxt) > 1 and nxt[1] in _HABIT_NEXT:
        return None
    if _REPORTED_BEFORE.search(text, max(s_start, start - 80), start):
        return None  # reported speech: she said (that) she would resign
    return {}


_SHOULD_EPISTEMIC = _rx(r"\s+(?:probably|likely|normally|presumably|surely)\b", re.IGNORECASE)


def _conditional_should(text, start, end, s_start, s_end, q):
    if _SHOULD_EPISTEMIC.match(text, end, s_end):
        return {}
    if q or not _at_sentence_start(text, start, s_start):
        return None
    nxt = _next_words(text, end, s_end, 1)
    if nxt and nxt[0] in ("we", "you", "i", "one") :
        return None  # "Should we ...": a deliberative question without "?"
    return {} if "," in text[end:s_end] else None


def _question_only(text, start, end, s_start, s_end, q):
    return {"subcategory": "open_question"} if _question_initial(text, start, s_start, q) else None


_FIRST_PERSON = frozenset({"i", "we"})
_THINK_REJECT_NEXT = frozenset(
    "tank tanks about through twice big back ahead out up aloud critically clearly "
    "creatively positively logically outside again".split())
_THOUGHT_PREV = frozenset(
    "is are was were be been being once widely generally commonly originally long also "
    "previously now often first initially traditionally falsely mistakenly erroneously "
    "i we he she they who people many some scholars experts researchers historians "
    "authorities had have has still formerly popularly usually sometimes never you it "
    "and but so not".split())
_THOUGHT_NEXT = _rx(
    r"\s+(?:to\s+(?:be|have)|that|it|he|she|they|this|these|of\s+as|him|her|them|so|"
    r"otherwise|there|we|i|his|her|their)\b", re.IGNORECASE)


def _belief_person(text, start, end, s_start, s_end, q):
    token = text[start:end].lower()
    prev = _prev_word(text, start, s_start).lower()
    before = text[max(s_start, start - 30):start].lower()
    if token.startswith("think"):
        nxt = _next_words(text, end, s_end, 1)
        if nxt and nxt[0] in _THINK_REJECT_NEXT:
            return None
        if token == "thinking" and not (nxt and nxt[0] == "that"):
            return None
        if token == "think" and start - s_start <= 8 and not text[s_start:start].strip(" \"'\u201c\u2018("):
            return None  # "Think 'Barton Fink' meets 'A Serious Man.'": an imperative opening the sentence
    elif token == "thought":
        if prev not in _THOUGHT_PREV and not _THOUGHT_NEXT.match(text, end, s_end):
            return None  # the noun: Greek thought, a school of thought
    elif token.startswith("believ"):
        if re.search(r"(?:hard|difficult|make)[\s-]+(?:to\s+)?$", before) or \
                re.match(r"\s+it\s+or\s+not\b", text[end:end + 12], re.IGNORECASE):
            return None
    words = _WORD.findall(before)[-2:]
    person = "first" if any(w in _FIRST_PERSON for w in words) else "reported"
    return {"person": person}


_NOT_HEDGE_POSSIBLE = _rx(
    r"(?:\bas\s+(?:[\w-]+\s+){1,4}as|\bextent|\bmaximum|\bminimum|\bif|\b(?:best|greatest|largest|smallest|highest|lowest|fastest|"
    r"earliest|widest|broadest|strongest|most|least|every|all|only|whenever|wherever|"
    r"where|when)|\b(?:made|make|makes|making|render|renders|rendered)(?:\s+[\w-]+){0,3})\s+$",
    re.IGNORECASE)


def _not_superlative_possible(text, start, end, s_start, s_end, q):
    if text[start:end].lower() != "possible":
        return {}
    if _NOT_HEDGE_POSSIBLE.search(text, max(s_start, start - 40), start):
        return None
    nxt = _next_words(text, end, s_end, 1)
    if nxt and nxt[0] in ("to", "for", "with", "without", "through", "by", "in", "at", "on", "using"):
        return None  # "it is possible to use …": what can be done, not what may be true
    return {}


_QUANTITY = _rx(
    r"\s+(?:(?:US|A|C|NZ|HK)?[$£€¥]\s*)?(?:\d|(?:a|an)\s+(?:dozen|hundred|thousand|million|"
    r"billion|third|quarter|half|fifth|tenth|year|decade|month|week|day|mile|minute|hour|"
    r"century|score)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    r"thousand|thousands|millions|dozen|dozens|half|twice|double|triple)\b)",
    re.IGNORECASE)


def _before_quantity(text, start, end, s_start, s_end, q):
    return {} if _QUANTITY.match(text, end, s_end) else None


def _conditional_if(text, start, end, s_start, s_end, q):
    if text[start:end].lower() == "if":
        nxt = _next_words(text, end, s_end, 1)
        if nxt and nxt[0] in ("any", "ever"):
            return None  # "few, if any": a quantity limiter, not a condition
        if re.match(r"\s+and\s+only\s+if\b", text[end:end + 16], re.IGNORECASE) or \
                text[max(s_start, start - 9):start].lower().endswith("only "):
            return None  # "if and only if": a definition, not a hedge
    return {}


RULES: dict[str, Callable[..., dict | None]] = {
    "month_or_name": _month_or_name,
    "noun_might": _noun_might,
    "possibility_not_ability": _possibility_not_ability,
    "hypothetical_would": _hypothetical_would,
    "conditional_should": _conditional_should,
    "question_only": _question_only,
    "belief_person": _belief_person,
    "not_superlative_possible": _not_superlative_possible,
    "before_quantity": _before_quantity,
    "conditional_if": _conditional_if,
}

_NEGATION_BEFORE = _rx(
    r"(?:\bnot|n[’']t|\bnever|\bno|\bhardly|\bscarcely|\bnor|\bwithout|\bcannot|\bnobody|"
    r"\bno\s+one|\bneither)(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
_NEGATION_INSIDE = _rx(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_QUESTION_END = _rx(r"\?[\"”’')\]]*\s*$")
_TAG_QUESTION = _rx(
    r",\s*(?:is|isn[’']t|was|wasn[’']t|are|aren[’']t|do|don[’']t|does|doesn[’']t|did|"
    r"didn[’']t|won[’']t|right|no|eh)\b[^,?]{0,12}\?[\"”’')\]]*\s*$", re.IGNORECASE)


def _negated(text: str, start: int, end: int, s_start: int) -> bool:
    return bool(_NEGATION_BEFORE.search(text, max(s_start, start - 30), start)
                or _NEGATION_INSIDE.search(text, start, end))


def _lowered(text: str) -> str:
    """``text`` lower-cased with offsets kept (a character whose lower case is longer,
    such as "İ", is left as it is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_markers(doc: Document, sentences=None) -> list[tuple[int, object]]:
    """(sentence index, Evidence) for every hedge and booster in the given sentences
    (default: the body sentences), in reading order."""
    comp = _compiled()
    entries = comp.entries
    text = doc.text
    regex, after_gap = comp.regex, comp.after_gap
    group_entry = comp.group_entry
    found = []
    for sentence in (doc.body_sentences if sentences is None else sentences):
        s_start, s_end = sentence.span.start, sentence.span.end
        is_question = None
        # The markers in the lower-cased sentence behind a padding space, which stands for the
        # sentence start (see _Compiled.after_gap): offsets there are one past the sentence's.
        padded = " " + _lowered(text[s_start:s_end])
        for m_start, m_end, m in gap_spans(regex, after_gap, padded, 1, len(padded)):
            entry = entries[group_entry[m.lastindex]]
            start, end = s_start + m_start - 1, s_start + m_end - 1
            if is_question is None:
                is_question = bool(_QUESTION_END.search(text, s_start, s_end))
            attrs: dict = {}
            if entry.context:
                got = RULES[entry.context](text, start, end, s_start, s_end, is_question)
                if got is None:
                    continue
                attrs.update(got)
            category = entry.category
            subcategory = attrs.pop("subcategory", entry.subcategory)
            note = entry.name
            if entry.negated != "keep" and _negated(text, start, end, s_start):
                if entry.negated == "drop":
                    continue
                if entry.negated == "hedge" and category == BOOSTER:
                    category, subcategory = HEDGE, "negated_booster"
                    attrs["negated"] = True
                    note = f"negated booster: {entry.name}"
            if category == BOOSTER and is_question and \
                    not _TAG_QUESTION.search(text, s_start, s_end):
                continue  # a booster inside a real question asserts nothing
            found.append((sentence.index, evidence(
                doc, entry.code, DIMENSION, category, start, end, note=note,
                subcategory=subcategory, sentence=sentence.index, **attrs)))
    return found


def analyze(doc: Document) -> DimensionResult:
    comp = _compiled()
    body = [s for s in doc.body_sentences if s.words]
    words = sum(s.words for s in body)
    found = find_markers(doc, body) if words else []
    h = sum(1 for _, e in found if e.category == HEDGE)
    b = len(found) - h
    per_hedge: list[int | None] = [None] * len(doc.sentences)
    per_boost: list[int | None] = [None] * len(doc.sentences)
    for s in body:
        per_hedge[s.index] = 0
        per_boost[s.index] = 0
    for index, e in found:
        counts = per_hedge if e.category == HEDGE else per_boost
        counts[index] += 1
    hedged = sum(1 for s in body if per_hedge[s.index])
    boosted = sum(1 for s in body if per_boost[s.index])
    by_sub = Counter(e.attrs["subcategory"] for _, e in found)

    def m(key: str, value, why_none: str = NO_BODY, **kw):
        # the same keys for every article; with no body words every value is None
        if not words:
            value = None
        return metric(f"hedging.{key}", value, reason=None if value is not None else why_none, **kw)

    rate = "per 100 body words"
    sentences = "share of sentences (0-1)"
    metrics = [
        m("hedges", h, unit="markers", direction="higher = more softened claims", label="Hedges found"),
        m("boosters", b, unit="markers", direction="higher = more hardened claims", label="Boosters found"),
        m("hedges_per_100_words", per_100_words(h, words), unit=rate,
          direction="higher = more cautious, qualified wording", label="Hedges per 100 words"),
        m("boosters_per_100_words", per_100_words(b, words), unit=rate,
          direction="higher = more emphatic, certain wording", label="Boosters per 100 words"),
        m("hedged_sentence_share", share(hedged, len(body)), unit=sentences,
          direction="higher = more sentences qualified", label="Sentences with a hedge"),
        m("boosted_sentence_share", share(boosted, len(body)), unit=sentences,
          direction="higher = more sentences emphatic", label="Sentences with a booster"),
        m("balance", (h - b) / (h + b) if h + b else None, "no hedges or boosters found",
          unit="(hedges - boosters) / (hedges + boosters), -1 to +1",
          direction="higher = more hedging than boosting", label="Hedge-booster balance"),
    ]
    for sub in comp.subcategories:
        metrics.append(m(f"count.{sub}", by_sub.get(sub, 0), unit="markers",
                         direction="higher = more of this kind",
                         label=f"Markers of kind {sub.replace('_', ' ')}"))
    extras = {
        "by_code": dict(sorted(Counter(e.code for _, e in found).items())),
        "by_subcategory": dict(sorted(by_sub.items())),
        "lexicon_markers": len(comp.entries),
    }
    return DimensionResult(DIMENSION, tuple(metrics), tuple(e for _, e in found),
                           sentence_scores={"hedges": tuple(per_hedge), "boosters": tuple(per_boost)},
                           extras=extras, note="" if words else NO_BODY)
