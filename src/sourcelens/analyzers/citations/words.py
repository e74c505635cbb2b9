"""What the citation rules share: the evidence kinds and their notes, closed word classes
(auxiliaries, pronouns, determiners, openers, time words ...), fixed patterns, and small
tests on one word."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import compile_regex as _rx


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
often almost ever sometimes twice however nonetheless nevertheless therefore thus meanwhile
could might may must should can is was are were been be being first last initially subsequently
separately still long always too ultimately eventually finally himself herself themselves itself yet
didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't can't isn't wasn't aren't weren't
didn’t doesn’t don’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t can’t isn’t wasn’t aren’t weren’t
""".split())
#: Verbs after which "to" still leads to the reported verb ("continued to insist").
TO_BEFORE = frozenset("continued continues continue continuing seemed seems appeared appears began begins beginning "
                      "started starts starting tried tries trying "
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
under against among between through without within toward towards upon across it he she they we you i said
says say told tells""".split())
PREPOSITIONS = frozenset("for of at with from in on to".split())
#: Sentence openers capitalised only because they come first ("But Trump said").
OPENERS = frozenset("""but and yet so still then now meanwhile however instead also later earlier indeed even
moreover furthermore nevertheless nonetheless thus hence when while if although though because as after
before since until once in on at for from with by during despite under over about among between there
here what why how where which asked speaking writing to or either neither nor not let please unless
whether therefore consequently accordingly likewise similarly additionally finally ultimately otherwise
perhaps maybe whenever wherever whereas whatever whichever whoever""".split())
BE = frozenset("is are was were be been being isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
#: Modals under which a stance is hypothetical ("they should support"), not reported.
HYPOTHETICAL = frozenset("should might may could must ought can if unless whether".split())
#: Numbers and shares that can be a source in poll reports ("six in 10 say", "half said").
SHARES = frozenset("""half third thirds quarter quarters majority minority plurality fifth fifths percent %
one two three four five six seven eight nine ten""".split())
_CONTRACTION = _rx(r"[\x27\u2019](?:m|ll|d|re|ve|s)$", re.IGNORECASE)
INTRO_CLAUSE = frozenset("""on in at by during last this earlier later after before since when while as if although
though because despite under with for asked speaking writing following given amid like unlike throughout
through across among amongst around between beyond within without upon toward towards against besides along
via whenever wherever whereas whatever whichever""".split())

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
                       "term session past".split()) | DAYS
TIME_BEFORE = frozenset("last this earlier later late early on".split())
TIME_WORDS = frozenset("yesterday today tonight".split())
#: Words a named subject cannot open with ("Wednesday, he called for ..." has no named subject).
_TIME_OPENERS = DAYS | TIME_WORDS

#: days and months that end a name after a reporting verb: "said Donald Trump on Monday",
#: "said Conway Tuesday". Left out: "May" ("said Theresa May") and abbreviations that are
#: also names ("Sun", "Jun", "Jan", "Mar": "said Yun Sun")
TIME_NAMES = DAYS | frozenset("""january february march april june july august september october november
december feb apr aug sept oct nov dec""".split())

_TOKEN = _rx(r"\w[\w.&/%\x27\u2019-]*|[^\w\s]")
_QUOTES = "\"\u201c\u201d\u2018\u2019'"
#: a double quotation mark, straight or curly, or the '' of the NYT archive (not an apostrophe)
_QUOTE_MARK = _rx("[\"\u201c\u201d]|''")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _name_goes_on(word: str) -> bool:
    """Can ``word`` go on a name (a capitalised word that is not a day or a month)?"""
    return word[:1].isupper() and word.lower().rstrip(".") not in TIME_NAMES


#: the endings of a possessive, in both cases and with either apostrophe: "'s", and an
#: apostrophe after an s
_APOSTROPHE_S = ("'s", "\u2019s", "'S", "\u2019S")
_S_APOSTROPHE = ("s'", "s\u2019", "S'", "S\u2019")
_POSSESSIVE_ENDINGS = _APOSTROPHE_S + _S_APOSTROPHE


def _is_possessive(word: str) -> bool:
    """Does ``word`` end in a possessive, "'s" ("senator's") or an apostrophe after an s
    ("Sanders'", "Davis’")?"""
    return len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS)


def _without_possessive(word: str) -> str:
    """``word`` without a final "'s" or "’s" ("senator’s" -> "senator", "TRUMP'S" ->
    "TRUMP"), or the apostrophe after an s ("Sanders'" -> "Sanders"): the possessives
    :func:`_is_possessive` knows."""
    if word.endswith(_APOSTROPHE_S):
        return word[:-2]
    return word[:-1] if word.endswith(_S_APOSTROPHE) else word


@lru_cache(maxsize=4096)      # per-token helpers: pure functions of words that repeat a lot
def _bare(word: str) -> str:
    """A pronoun without its contraction: "I'm" -> "i", "he’s" -> "he"."""
    return _CONTRACTION.sub("", word).lower()


@lru_cache(maxsize=4096)
def _is_aux(word: str) -> bool:
    low = word.lower()
    return low in AUX or (word.islower() and low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERB)


#: what may close a sentence after its last word
CLOSING_MARKS = " \t\n.!?;:\"'\u201d\u2019)]"
_GLUE = "-\x27\u2019"
#: heads of research that, with no name or determiner, no one can look up: "polls show"
#: (sources._anonymous_source); with "evidence" and "data", the heads whose anonymous
#: attribution is unnamed research (reporting_verbs)
UNNAMED_RESEARCH = frozenset("polls polling surveys studies research analyses estimates projections".split())
#: a clause's opening word inside a source found backwards: what follows it is the source
#: ("obvious that voters want" cites "voters", "cement what polls show" "polls", "helps explain
#: why neither candidate invokes" "neither candidate"); "that" only first, since inside a phrase
#: it is mostly a determiner ("all of that polling")
CLAUSE_BEFORE_SOURCE = _rx(r"(?:that|(?:[a-z’'-]+ ){0,4}?(?:why|what|how|whether)) (?=\S)")
#: what an unnamed source is said to know, two words each: "people [familiar with] the talks",
#: "aides [close to] him", "officials [with knowledge of] the plan"
IN_THE_KNOW = (("close", "to"), ("familiar", "with"), ("knowledge", "of"), ("briefed", "on"),
               ("knowledgeable", "about"))
_ANONYMOUS_CODES = ("CT010", "CT011", "CT012", "CT013")     # in the order they are tried
_NOUN_BEFORE = frozenset("the a an that this these those his her their its our my your no".split())
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
#: the citations whose source is someone speaking (for "he" in the sentences after)
_SPEAKING = ("reported_speech", "reported_stance", "quotation")
_TITLE_SMALL = frozenset("a an the of to in on for and or at by with from as".split())
_IRREGULAR_PARTICIPLES = frozenset("told said thought known seen shown found written felt heard read meant "
                                   "taught sworn spoken given put".split())
#: An anonymous phrase that still waits for its verb: "a source close to", "some analysts".
_OPEN_END = _rx(r"(?:\b(?:to|with|of|on|in|inside|within|by)|s)$", re.IGNORECASE)
_WORD = _rx(r"[\w\x27\u2019%-]+")
# a full stop ends the phrase, unless it ends an initial or a title: "according to E. J.
# Fleming's book", "according to Gov. Phil Bryant"
_PHRASE_END = _rx(r",|;|:|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|Lt))(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Inc))"
                  r"(?<!\bCorp)\.(?=\s|$)|\u2014|\s-\s|\s\u2013\s|\bthat\b|\bwhich\b|\bwho\b|\bwhen\b|"
                  r"\bwhere\b|\bbecause\b|\bbut\b|\bwhile\b|\bsaid\b|\bsays\b|\bsay\b|[\"\u201c\u201d]")



#: entries a memo of source answers or chunk facts holds before it is emptied
_MEMO_SIZE = 50_000


def before_preposition(words: list[str], ends: frozenset[str], partitives: frozenset[str] = frozenset()) -> list[str]:
    """The words of a noun phrase before its first prepositional phrase, one that opens with
    one of ``ends`` after the first word ("Republicans" of "Republicans on Capitol Hill");
    all of them where "of" follows one of ``partitives`` ("8 percent of Democrats": what
    follows "of" tells the number). One notion of a phrase's head for three readers: a
    verb's agreement (:mod:`.sentence`), a pronoun's number (:mod:`.pronouns`) and a
    subject's sex (:mod:`.referents`), each with its own prepositions."""
    for i in range(1, len(words)):
        if words[i] in ends:
            if words[i] == "of" and words[i - 1].lower() in partitives:
                return words
            return words[:i]
    return words

