"""Named specifics: people, organisations, places and events named in a sentence.

Rule-based, no model: a run of capitalised tokens (an initialism "U.S.", a word "Korea",
"O'Neill", "Inter-Korean", an acronym "NATO"), joined by white space, hyphens or linking
words ("Bank of Korea", "Ludwig van Beethoven"), is a name once the stoplist words at
either end are trimmed (lexicon specificity.toml SP060: months, days, titles, pronouns,
sentence openers that are capitalised anyway). @handles and #hashtags are names of their
own (SP062); a run made only of acronyms is SP061, other runs SP060. A sentence's
capitalised first word is a name only when the same word is capitalised mid-sentence
elsewhere in the article (``known``), since every sentence starts with a capital; so is the
first word of a quotation ('he said, "Maybe we should"') and a lone word after a colon
("three things: Home values rise", "Q: Look, ..."), which start a sentence of their own. A
sentence mostly in capitals is shouting: there a word in capitals says nothing, and a run
holding one is not a name ("DISASTER FOR THE USA"), while a run in title case still is. A
name joined by a hyphen to a lower-case prefix counts ("anti-Trump"), an adjective made
from a name is cut back to the name and ends it ("Florida-based" -> "Florida"; "the
Republican-controlled Senate" holds two names), so does a possessive ("CNN's Anderson
Cooper"; not "People's Republic of China", POSSESSIVE_KEEPS), "St.", "Mt." and "Ft." begin a
place's name ("St. Louis", NAME_HEADS), an organisation's name goes on after "for" ("Center
for American Progress", FOR_JOINS_AFTER), and a university's after "at" ("University of
California at Berkeley"). A sentence that opens with a group of what follows leaves the
group out ("Supporters of Sanders", "Half of Vermont Democrats": GROUP_WORDS, plurals).

Used by the specificity dimension (``analyzers/specificity.py``), which counts the words
in names as a share of the body and as one input of the per-sentence score.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple

from .. import lexicons
from ..lexicons import compile_regex as _rx
from ..model import Document
from .common import looks_plural, remembered

_LETTER_OR_DIGIT = _rx(r"[^\W_]")
# one capitalised token: an initialism (U.S.), a word (Korea, O'Neill, Inter-Korean), an acronym
# (a middle initial, "J." of "Donald J. Trump", only before another capitalised word), and
# "St.", "Mt.", "Ft." before another capitalised word, which go on with it: "St. Louis", "Mt.
# Everest", "Ft. Worth" (tried first: the word branch would stop the run at "St")
_CAP_TAIL = r"(?:(?<=[SMF])t\.(?=[ \t]+[A-Z])|(?:\.[A-Z])+\.?|[\w’'&-]*[\w]|\.(?=[ \t]+[A-Z]))"
_CAP = rf"(?:[A-Z]{_CAP_TAIL})"
_NOT_BEFORE_NAME = frozenset("@#'’.-_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LINKS = frozenset({"of", "the", "de", "du", "da", "del", "van", "von", "al", "bin", "la", "le"})
# a lower-case prefix joined to a name ("anti-Trump", "pro-Clinton", "ex-Soviet"): the name
# after its hyphen counts, though a hyphen before a capital otherwise marks a code ("x-Ray")
_NAME_PREFIX = _rx(r"(?<![A-Za-z])(?:anti|pro|non|post|pre|ex|neo|pan)-$")
# an adjective made from a name ends a name: "Florida-based", "Republican-controlled",
# "God-given"; the name is what comes before the hyphen. At a run's end the adjective is cut
# off (_ADJECTIVE_SUFFIX); inside a run it also parts two names (_ADJECTIVE_INSIDE):
# "Florida-based Republican" is "Florida" and "Republican", "Texas-based Matt Mackowiak" is
# "Texas" and "Matt Mackowiak"
_ADJECTIVE_WORDS = (r"-(?:based|born|led|backed|controlled|leaning|language|speaking|style|"
                    r"like|era|winning|funded|owned|run|trained|given|linked|related|inspired|"
                    r"sponsored|supported|allied|affiliated|aligned|friendly|bashing|centric|"
                    r"focused|minded|made|wide|specific)")
_ADJECTIVE_SUFFIX = _rx(_ADJECTIVE_WORDS + "$")
_ADJECTIVE_INSIDE = _rx(_ADJECTIVE_WORDS + r"(?=\s)")
# A possessive inside a run ends a name there: "CNN's Anderson Cooper", "Clinton's State
# Department", "Italy's Northern League" hold two names each; the words of POSSESSIVE_KEEPS
# begin names that go on ("People's Republic of China", "Women's March", "New Year's Eve",
# "Emily's List"), and so does a saint's ("St. Anselm's College")
_POSSESSIVE_INSIDE = _rx(r"(\S+)['’]s(?=\s)")
# A run of capitalised tokens, an @handle or a #hashtag. It starts with one character class
# (each branch then re-checks its first character with a look-behind) so that the regex
# engine can skip ahead to the next capital, "@" or "#": re skips ahead only for a pattern
# that starts with a character or a class, not for an alternation of branches that start
# with classes, and trying the pattern at every position cost a third of sentence_names.
_NAME_RUN = _rx(rf"[A-Z@#](?:(?<=[A-Z]){_CAP_TAIL}"
                rf"(?:(?:\s+(?:of(?:\s+the)?|de|du|da|del|van|von|al|bin|la|le)\s+|\s+|-){_CAP})*"
                r"|(?<=@)\w{2,}|(?<=#)[A-Za-z]\w+)")
_ACRONYM = _rx(r"(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,4})")
# a US party-and-state label, "(R-S.C.)", "(D-Va.)", "(R-Tex)": the run stops at its first dot
_PARTY_STATE = _rx(r"[DRI]-[A-Z][A-Za-z]{0,3}")
_POSSESSIVE = _rx(r"['’]s$")
_SHOUTED = _rx(r"\b[A-Z]{2,}\b")
_LETTER_WORD = _rx(r"\b[A-Za-z]{2,}\b")


@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    """Capitalised words that name nothing specific (lexicon specificity.toml, SP060)."""
    return frozenset(lexicons.load("specificity").by_code()["SP060"].extra["stoplist"].split())


Name = tuple[int, int, str, int]  # (start, end, code, words)

#: stoplist words that end a title after another capitalised word ("USA Today", "Russia
#: Today", "Psychology Today"); alone or first ("Today, ...") they stay on the stoplist
TITLE_TAILS = frozenset({"today"})
#: stoplist words that begin a place's name before another capitalised word ("St. Louis",
#: "St. Petersburg"); alone or last they stay on the stoplist
NAME_HEADS = frozenset({"st"})
#: possessors whose "'s" stays inside a name (see _POSSESSIVE_INSIDE): plural nouns of the
#: people an organisation or a day is for, holidays, and names of that form seen in the news
POSSESSIVE_KEEPS = frozenset({"people", "women", "men", "children", "veteran", "year", "mother", "father",
                              "valentine", "editor", "sheriff", "emily", "macy", "mcdonald", "moody",
                              "lloyd", "sotheby", "christie", "kellogg", "wendy", "dunkin", "denny"})


def find_names(text: str, start: int, end: int, known: Iterable[str] = ()) -> list[Name]:
    """Named specifics in ``text[start:end]`` as (start, end, code, words).

    A run of capitalised tokens is trimmed of stoplist words at both ends; a run that
    begins the sentence or a quotation keeps its first word only if the run has two or
    more words left or that word is in ``known`` (capitalised mid-sentence elsewhere in
    the article).
    """
    names, openers, _ = sentence_names(text, start, end)
    return with_known_openers(names, openers, known)


def with_known_openers(names: list[Name], openers: tuple[tuple[str, Name], ...],
                      known: Iterable[str]) -> list[Name]:
    """``names`` of a sentence (:func:`sentence_names`), with each single capitalised word
    that opens it or a quotation in it put in place when that word is in ``known`` (a name
    mid-sentence elsewhere)."""
    if not openers:
        return names
    kept = [name for key, name in openers if key in known]
    if not kept:
        return names
    return sorted(names + kept) if names else kept


def _key(token: str) -> str:
    """"Korea's" -> "korea", "U.S." -> "u.s", "I’m" -> "i'm" (stoplist and known-name lookups)."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.lower().rstrip(".").replace("’", "'")


def _shouted(text: str, start: int, end: int) -> bool:
    """A sentence mostly in capitals is shouting, not a list of acronyms."""
    letters = len(_LETTER_WORD.findall(text, start, end))
    return letters > 2 and len(_SHOUTED.findall(text, start, end)) > 0.5 * letters


class _Run(NamedTuple):
    """What a run of capitalised tokens names, independent of where it stands."""

    start: int                 # offset of the name inside the run (stoplist words trimmed)
    end: int                   # ... and its end (a final "'s" dropped)
    acronyms: bool             # every word an acronym ("NATO", "U.S."): SP061, else SP060
    capitals: bool             # acronyms, or some word in capitals ("DISASTER"): no name if shouted
    words: int                 # words in the name, linking words ("of", "de") not counted
    sole_key: str | None       # the key of its only word (None: two or more words)
    keys: frozenset[str]       # the keys of its words (for the article's known names)


# run text -> _Run, or None when only stoplist words are left (runs repeat in and across
# articles, so sentence_names asks through common.remembered, at most _RUNS_LIMIT kept)
_RUNS: dict[str, _Run | None] = {}
_RUNS_LIMIT = 100_000


def _run_info(run: str) -> _Run | None:
    """What one run of capitalised tokens names (:class:`_Run`), or None when only stoplist
    words are left."""
    stop = _stoplist()
    adjective = _ADJECTIVE_SUFFIX.search(run)
    if adjective:
        run = run[:adjective.start()]  # offsets into the run are kept: only its end moves
    tokens = run.split()
    keys = [_key(t) for t in tokens]
    lo, hi = 0, len(tokens)
    if hi == 1:  # one token: nothing to trim but a stoplist word or a party label
        if keys[0] in stop or _PARTY_STATE.fullmatch(run):
            return None
        # a final "'s" is not part of the name, nor the full stop of a lone initial ("B.")
        end = len(run) - 2 if run.endswith(("'s", "’s")) else len(run) - (len(run) == 2 and run[1] == ".")
        acronym = bool(_ACRONYM.fullmatch(run, 0, end))
        return _Run(0, end, acronym, acronym or _in_capitals(run[:end]), 1, keys[0],
                    frozenset({_key(run[:end])}))
    while lo < hi and keys[lo] in stop and not (keys[lo] in NAME_HEADS and lo + 1 < hi):
        lo += 1
    while hi > lo and (keys[hi - 1] in stop or keys[hi - 1] in _LINKS) \
            and not (keys[hi - 1] in TITLE_TAILS and hi - 1 > lo):
        hi -= 1
    if lo == hi:
        return None
    offsets = []
    pos = 0
    for t in tokens:
        pos = run.index(t, pos)
        offsets.append(pos)
        pos += len(t)
    last = tokens[hi - 1]
    end = offsets[hi - 1] + len(last) - (2 if last.endswith(("'s", "’s")) else 0)
    if len(last) == 2 and last[1] == ".":
        end -= 1  # an initial that ends the name keeps no full stop: "Plan B"
    bare = [_POSSESSIVE.sub("", t) for t in tokens[lo:hi]]
    acronyms = all(map(_ACRONYM.fullmatch, bare))
    return _Run(offsets[lo], end, acronyms, acronyms or any(map(_in_capitals, bare)),
                sum(1 for k in keys[lo:hi] if k not in _LINKS), keys[lo] if hi - lo == 1 else None,
                frozenset(_key(w) for w in run[offsets[lo]:end].split()))


def _in_capitals(token: str) -> bool:
    """A word set in capitals: two or more letters, none of them lower case ("NATO", "U.S.")."""
    return token.isupper() and sum(map(str.isalpha, token)) >= 2


def sentence_names(text: str, start: int, end: int) -> tuple[list[Name], tuple[tuple[str, Name], ...], set[str]]:
    """The names of one sentence; the single capitalised words that open it or a quotation
    in it (with their keys), to be counted only if they are names elsewhere; and the keys
    of the names' words (@handles and #hashtags apart), for the article's known names."""
    out: list[Name] = []
    openers: list[tuple[str, Name]] = []  # a list: a sentence of many "X: ..." has many
    keys: set[str] = set()
    shouted: bool | None = None
    first_at = _first_word_start(text, start, end)
    for m in _NAME_RUN.finditer(text, start, end):
        s, e = m.span()
        if s > start and text[s - 1] in _NOT_BEFORE_NAME and not _NAME_PREFIX.search(text, max(start, s - 6), s):
            continue  # inside a word or code: "iPhone", "e.g.", "x-Ray"
        if s - 2 >= start and text[s - 1] == '"' and text[s - 2] == "=":
            continue  # a markup attribute's value left in the text: <tweet author="LindseyGrahamSC">
        run = m[0]
        if run[0] in "@#":
            out.append((s, e, "SP062", 1))
            continue
        # an adjective or a possessive inside (its "'s" may be followed by any white space)
        partable = "-" in run or "'s" in run or "’s" in run
        for s, e, run in (_parted(run, s, e) if partable else ((s, e, run),)):
            if s == first_at and " of " in run:
                head = _group_of(run)
                if head:  # "Supporters of Sanders": the name is what the group is of
                    s, run = s + head, run[head:]
            info = remembered(_RUNS, _RUNS_LIMIT, _run_info, run)
            if info is None:
                continue
            if info.capitals:  # in a shouted sentence, capitals name nothing
                if shouted is None:
                    shouted = _shouted(text, start, end)
                if shouted:
                    continue
            found: Name = (s + info.start, s + info.end, "SP061" if info.acronyms else "SP060", info.words)
            if info.sole_key is not None and (found[0] == first_at or _opens_quotation(text, found[0], e, start)
                                              or _after_colon(text, found[0], start)):
                openers.append((info.sole_key, found))
            else:
                out.append(found)
                keys |= info.keys
    if len(out) > 1:
        out = _joined(text, out)
    return out, tuple(openers), keys


# A sentence that opens with a plural noun or a word of quantity before "of" names a group
# or a share of what follows, which is the name: "Supporters of Sanders", "Members of the
# Congressional Black Caucus", "Half of Vermont Democrats", "Two-thirds of Democrats";
# the opening word is capitalised only because it opens the sentence. (An organisation
# named so, "Friends of the Earth", loses its head there; none opened a sentence in PolNeAR.)
_GROUP_OF = _rx(r"([A-Z][a-z]+(?:-[a-z]+)?) of (?=\S)")
GROUP_WORDS = frozenset("""half none all most some many majority minority each both either neither
one-third two-thirds one-quarter three-quarters one-fifth thousands millions hundreds dozens
tens scores""".split())


def _group_of(run: str) -> int:
    """Where the name begins in ``run`` (opening its sentence) when it starts with a group of
    what follows, "Supporters of" or "Half of" (``_GROUP_OF``); 0 when it does not."""
    m = _GROUP_OF.match(run)
    if m is None:
        return 0
    word = m.group(1).lower()
    return m.end() if looks_plural(word) or word in GROUP_WORDS else 0


def _parted(run: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    """The run at ``s``-``e`` as (start, end, text) pieces, parted after each adjective made
    from a name inside it ("Florida-based Republican" -> "Florida-based", "Republican") and
    after each possessive of a name that is not part of one ("CNN's Anderson Cooper" ->
    "CNN's", "Anderson Cooper"; ``POSSESSIVE_KEEPS``); a piece's own adjective and final
    "'s" are cut off by :func:`_run_info`. One piece when there is nothing to part."""
    cuts = [m.end() for m in _ADJECTIVE_INSIDE.finditer(run)] if "-" in run else []
    if "'s" in run or "’s" in run:
        cuts += [m.end() for m in _POSSESSIVE_INSIDE.finditer(run) if _key(m[1]) not in POSSESSIVE_KEEPS
                 and run[:m.start()].split()[-1:] not in (["St."], ["Saint"])]  # "St. Anselm's College"
    if not cuts:
        return ((s, e, run),)
    pieces = []
    at = 0
    for cut in sorted(cuts):
        pieces.append((s + at, s + cut, run[at:cut]))
        at = cut
        while run[at].isspace():
            at += 1
    pieces.append((s + at, e, run[at:]))
    return tuple(pieces)


# An organisation's name may go on after "for": "Center for American Progress", "Citizens
# for Tax Justice", "Club for Growth", "U.S. Court of Appeals for the Sixth Circuit". Two
# names with "for" or "for the" between them are one when the first ends in one of these
# words; otherwise "for" parts two names ("Ted Cruz for the GOP", "Vote for Hillary").
FOR_JOINS_AFTER = frozenset("""Center Centers Centre Institute Institutes Club Americans Citizens
Coalition Foundation Organization Organisation Partnership Alliance Council League Association
Endowment Movement Office Court Appeals Committee Commission Academy Clinic Fund Campaign Society
Network Project Democrats Republicans Democracy Airlines""".split())
# A university's campus is part of its name after "at": "University of California at
# Berkeley", "State University of New York at New Paltz"; otherwise "at" parts two names
# ("Trump at Mar-a-Lago", "Institute of Politics at Rutgers University").
AT_JOINS_AFTER = "University of "


def _joined(text: str, names: list[Name]) -> list[Name]:
    """``names`` (in order) with each pair joined into one name where the first goes on: by
    "for" ("for the") when it ends in a word of ``FOR_JOINS_AFTER``, by "at" when it holds
    "University of" (``AT_JOINS_AFTER``); the words add up."""
    out = [names[0]]
    for name in names[1:]:
        last = out[-1]
        gap = text[last[1]:name[0]]
        if ((gap == " for " or gap == " for the ") and text[last[0]:last[1]].rsplit(None, 1)[-1] in FOR_JOINS_AFTER) \
                or (gap == " at " and AT_JOINS_AFTER in text[last[0]:last[1]]):
            out[-1] = (last[0], name[1], "SP060", last[3] + name[3])
        else:
            out.append(name)
    return out


def _opens_quotation(text: str, s: int, e: int, start: int) -> bool:
    """True when the name at ``s`` (its run ending at ``e``) opens a quotation: '"Maybe we
    ...' ('"' or '“' at the sentence's start or after a space, a bracket, a dash or a
    colon), not when the quotation is the run alone ('called it "Obamacare"', a term in
    quotation marks). Single quotation marks are left out: they set off terms and titles
    as often as speech ("the ‘Rebalance to Asia’ policy")."""
    if s <= start or text[s - 1] not in '"“' or text[e:e + 1] in ('"', "”"):
        return False
    return s - 1 == start or text[s - 2] in " \t\n([{—–-:"


def _after_colon(text: str, s: int, start: int) -> bool:
    """True when the word at ``s`` follows a colon and a space ("three things: Home values are
    rising", "Q: Look, ..."): what follows a colon often starts a sentence of its own."""
    return s - 2 >= start and text[s - 1] == " " and text[s - 2] == ":"


def _first_word_start(text: str, start: int, end: int) -> int:
    """Where the first word of ``text[start:end]`` begins: the first white-space-delimited
    token holding a letter or digit (``start`` when there is none).

    The first letter or digit is found, then its token walked back to. (The regex this
    replaces, ``\\S*[^\\W_]\\S*``, was retried at every character of a long token without a
    letter and rescanned the rest of it each time: a line of 40,000 dots took 30 s.)
    """
    m = _LETTER_OR_DIGIT.search(text, start, end)
    if m is None:
        return start
    i = m.start()
    while i > start and not text[i - 1].isspace():
        i -= 1
    return i


def known_names(doc: Document, sentences: Iterable) -> frozenset[str]:
    """Lower-cased capitalised words seen mid-sentence in the body (for sentence starts)."""
    seen: set[str] = set()
    for sentence in sentences:
        seen |= sentence_names(doc.text, sentence.span.start, sentence.span.end)[2]
    return frozenset(seen)
