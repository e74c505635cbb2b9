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

Accuracy (PolNeAR, Newell et al. 2018; "sentence contains an attribution", a sentence
predicted when it overlaps ``citation`` evidence, gold when it overlaps an annotated
cue): see ``benchmarks/eval_attribution.py`` for the figures and the command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Evidence, Sentence
from .common import evidence

DIMENSION = "specificity"
CITATION = "citation"
ANONYMOUS = "anonymous_attribution"

_NAME_CHARS = r"[\w.\x27\u2019&/-]"
#: A capitalised word (names, outlets, acronyms): "Trump", "U.S.", "CNN/ORC", "O'Neill".
_CAP = r"(?:[A-Z]" + _NAME_CHARS + r"*|\d{4})"
#: Linking words allowed inside a name ("Secretary of State John Kerry").
_LINK = r"(?:of|for|and|the|de|la|del|von|van|bin|al|on|to|&)"
#: Words that may sit between a source and its verb: auxiliaries, negation, adverbs.
_AUX = (r"(?:has|have|had|also|later|then|previously|once|already|again|just|even|never|did|does|do|not|"
        r"n[\x27\u2019]t|will|would|could|might|may|must|should|can|is|was|are|were|been|be|being|first|"
        r"last|initially|subsequently|separately|still|long|always|too|at\s+first|in\s+turn|ultimately|"
        r"eventually|finally|himself|herself|themselves|itself|went\s+on\s+to|continued\s+to|continues\s+to|"
        r"went\s+so\s+far\s+as\s+to|has\s+yet\s+to|seemed\s+to|seems\s+to|appeared\s+to|appears\s+to|"
        r"repeatedly|[a-z]+ly)")
_PRONOUNS = {"he", "she", "they", "it", "who", "i", "we", "you"}
_FIRST_PERSON = {"i", "we", "you"}
#: Sentence-initial words that are capitalised only because they open the sentence.
_OPENERS = frozenset("""
but and yet so still then now meanwhile however instead also later earlier indeed moreover
furthermore nevertheless nonetheless thus hence when while if although though because as after
before since until once in on at for from with by during despite under over about among between
this that these those there here what why how where which the a an it its his her their our
asked speaking writing
""".split())
_INTRO = (r"(?:(?:But|And|Yet|So|Still|Then|Now|Meanwhile|However|Instead|Also|Later|Earlier|Indeed|"
          r"Moreover|Separately|Ultimately|Again|Similarly|Likewise)\b,?\s+|"
          r"(?:On|In|At|During|Last|This|Earlier|Later|After|Before|Since)\s+[^,]{1,40},\s+)*")
#: Words that cannot be a modifier inside a source noun phrase.
_FUNCTION = (r"during|in|on|at|for|with|by|from|to|of|after|before|since|when|while|and|or|but|that|which|"
             r"who|is|was|are|were|has|have|had|be|been|as|if|than|then|so|not|no|because|about|into|over|"
             r"under|against|among|between|through|it|he|she|they|we|you|i")
_STOP_AFTER_SOURCE = re.compile(r"\s*(?:,|;|:|\.|\(|\)|\bthat\b|\bwho\b|\bwhich\b|$)")


@dataclass(frozen=True)
class _Rules:
    verb: re.Pattern[str]            # speech | stance | finding verbs, named groups
    speech_forms: frozenset[str]
    stance_forms: frozenset[str]
    finding_forms: frozenset[str]
    left_np: re.Pattern[str]         # a source noun phrase ending where a verb begins
    right_np: re.Pattern[str]        # a source noun phrase starting after a verb
    subject: re.Pattern[str]         # the subject at the start of a sentence
    source_nouns: frozenset[str]
    anonymous_heads: frozenset[str]
    study_heads: frozenset[str]
    document_head: re.Pattern[str]
    document_name: re.Pattern[str]   # a capitalised name ending in a document head (right-anchored)
    document_cue: re.Pattern[str]
    document_verb: re.Pattern[str]
    according: re.Pattern[str]
    quote: re.Pattern[str]
    link: re.Pattern[str]
    doi: re.Pattern[str]
    bib: re.Pattern[str]
    anonymous: tuple[tuple[str, str, re.Pattern[str]], ...]  # (code, kind, regex)
    channel: re.Pattern[str]
    words_cue: re.Pattern[str]
    codes: dict[str, str]            # kind -> code


def _words_alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _forms(marker) -> frozenset[str]:
    """Every inflected form listed in a verb marker's patterns (one regex per lemma)."""
    out: set[str] = set()
    for p in marker.patterns:
        inner = re.search(r"\(\?:([^)]*)\)", p)
        if inner:
            first = p.split(r"\s+", 1)
            tail = (" " + " ".join(first[1].rstrip("\\b").split(r"\s+"))) if len(first) > 1 else ""
            for form in inner.group(1).split("|"):
                out.add(form + tail.replace("\\b", ""))
    return frozenset(out)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    from .. import lexicons

    lex = lexicons.load("citations").by_code()
    speech, stance, finding = lex["CT001"], lex["CT002"], lex["CT006"]
    source_nouns = frozenset(w.lower() for w in speech.extra["source_nouns"])
    anonymous_heads = frozenset(w.lower() for w in speech.extra["anonymous_heads"])
    study_heads = frozenset(w.lower() for w in finding.extra["study_heads"])
    heads = source_nouns | study_heads
    verb = re.compile(
        "(?P<speech>" + "|".join(speech.patterns) + ")|(?P<stance>" + "|".join(stance.patterns) +
        ")|(?P<finding>" + "|".join(finding.patterns) + ")")
    head_alt = _words_alt(heads)
    det = (r"(?:the|a|an|this|that|these|those|his|her|their|its|our|one|two|three|four|five|several|"
           r"some|many|most|both|all|other|another|each|every|no|[A-Z]" + _NAME_CHARS + r"*[\x27\u2019]s)")
    name = rf"(?:{_CAP}\s+(?:{_LINK}\s+)*){{0,5}}{_CAP}(?<![\x27\u2019]s)"
    role = rf"(?:(?i:{head_alt})\s+)"
    # A named person with a lower-case role before the name: "Republican candidate Donald Trump".
    named = rf"(?:(?:{_CAP}\s+){{0,3}}{role}{{0,2}})?{name}"
    mod = rf"(?:(?!(?i:{_FUNCTION})\b)[\w.&\x27\u2019/%-]+\s+)"
    common = (rf"(?:(?i:{det})\s+)?{mod}{{0,4}}?(?i:{head_alt})\b"
              rf"(?:\s+(?:for|of|at|with|from|in|to|on)\s+(?:the\s+)?{name})?")
    pron = r"(?i:\b(?:he|she|they|it|who|i|we|you))"
    np = rf"(?P<np>{pron}|{common}|{named})"
    left_np = re.compile(
        rf"(?<![\w\x27\u2019-]){np}(?P<app>\s*,[^,;:\"\u201c\u201d]{{2,90}},)?\s+(?:(?i:{_AUX})\s+){{0,4}}$")
    right_np = re.compile(rf"\s+(?P<np>(?i:he|she|they)\b|(?:the\s+)?{common}|{named})")
    subject = re.compile(rf"[\"\u201c\u2018]?{_INTRO}{np}(?=\s+[a-z\x27\u2019])")
    doc = lex["CT005"]
    doc_heads = _words_alt(doc.extra["document_heads"])
    document_head = re.compile(rf"\b(?:{doc_heads})\b")
    document_name = re.compile(
        rf"(?:\b(?:the|a|an|this|its|their|his|her)\s+)?(?:(?:\d{{4}}|[A-Z]{_NAME_CHARS}*|Section\s+\d+\w*(?:\([\w.]+\))*)"
        rf"\s+(?:{_LINK}\s+)*){{1,8}}$")
    document_cue = re.compile(rf"(?i:\b(?:{_words_alt(doc.extra['document_cues'])}))\s+(?:(?i:the|a|an)\s+)?$")
    document_verb = re.compile(
        r"\s*(?:\([A-Z]{2,}\)\s*)?(?:(?:also|clearly|explicitly|expressly|specifically|now|still)\s+)?"
        r"(?:requires?|states?|says?|stipulates?|prohibits?|bans?|allows?|permits?|mandates?|provides?|"
        r"obliges?|forbids?|sets\s+out|specifies|defines?|guarantees?|grants?|calls\s+for|shows?|found|finds|"
        r"reads?|declares?|notes?|makes\s+clear|establishes|commits)\b")
    according = lex["CT003"].regex
    quote = lex["CT004"].regex
    anonymous = tuple((code, lex[code].subcategory, lex[code].regex)
                      for code in ("CT010", "CT011", "CT012", "CT013"))
    channel = re.compile(
        rf"\b(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its|this|that|one)\s+"
        rf"(?P<outlet>(?:(?:{_CAP}|\d{{4}})\s+(?:{_LINK}\s+)*){{0,5}})(?:[a-z-]+\s+){{0,2}}?"
        rf"(?P<ch>{_words_alt(speech.extra['channels'])})\b"
        rf"(?:\s+(?:with|on|to|for)\s+(?P<outlet2>(?:the\s+)?{name}))?")
    words_cue = re.compile(r"\b(?:in\s+(?:his|her|their|its)\s+(?:own\s+)?words|in\s+the\s+words\s+of|"
                           r"what\s+(?:he|she|they|it)\s+(?:has\s+)?(?:called|calls|dubbed|termed|described\s+as)|"
                           r"(?:called|calls|dubbed|termed|described)\s+(?:it|them|him|her|this|that)(?:\s+as)?|as\s+(?:he|she|they)\s+put\s+it)\W*$",
                           re.IGNORECASE)
    codes = {"reported_speech": "CT001", "reported_stance": "CT002", "according_to": "CT003",
             "quotation": "CT004", "named_document": "CT005", "study": "CT006", "link": "CT007",
             "doi": "CT008", "bibliographic": "CT009", "anonymous_source": "CT010",
             "vague_group": "CT011", "agentless_passive": "CT012", "unnamed_research": "CT013"}
    return _Rules(
        verb=verb, speech_forms=_forms(speech), stance_forms=_forms(stance), finding_forms=_forms(finding),
        left_np=left_np, right_np=right_np, subject=subject, source_nouns=source_nouns,
        anonymous_heads=anonymous_heads, study_heads=study_heads, document_head=document_head,
        document_name=document_name, document_cue=document_cue, document_verb=document_verb,
        according=according, quote=quote, link=lex["CT007"].regex, doi=lex["CT008"].regex,
        bib=lex["CT009"].regex, anonymous=anonymous, channel=channel, words_cue=words_cue, codes=codes)


# ----------------------------------------------------------------------------- helpers

_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$",
                             re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+")
_BAD_BEFORE = re.compile(r"(?:\bthe|\bto|\bthat|\bneedless\s+to|\blet[\x27\u2019]s|\bwould|\bso\s+to)\s+$",
                         re.IGNORECASE)
_BAD_AFTER = {"said": re.compile(r",\s", 0)}
_THAT_SAID = re.compile(r"(?:^|[,;]\s*)(?:that|this|having|all)\s+(?:being\s+)?said\s*,", re.IGNORECASE)
_TRIM_LEFT = re.compile(r"^(?:(?:" + "|".join(sorted(_OPENERS, key=len, reverse=True)) + r")\b,?\s+)+",
                        re.IGNORECASE)
#: An anonymous phrase that still waits for its verb: "a source close to", "some analysts".
_OPEN_END = re.compile(r"(?:\b(?:to|with|of|on|in|inside|within|by)|s)$", re.IGNORECASE)
_WORD = re.compile(r"[\w\x27\u2019%-]+")


def _clean_source(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a source span of sentence openers ("But Trump" -> "Trump") and edge punctuation."""
    piece = text[start:end]
    m = _TRIM_LEFT.match(piece)
    if m and m.end() < len(piece) and piece[0].isupper() and not piece[: m.end()].strip().lower() in (
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"):
        start += m.end()
    while start < end and text[start] in " \"'\u201c\u2018,":
        start += 1
    while end > start and text[end - 1] in " ,;:\"'\u201d\u2019":
        end -= 1
    return start, end


def _head(source: str) -> str:
    words = _WORD.findall(source.lower())
    return words[-1] if words else ""


def _is_anonymous(source: str, rules: _Rules) -> bool:
    """A source that names nobody: "sources", "some analysts", "officials" (no capitalised word)."""
    words = _WORD.findall(source)
    if not words:
        return False
    low = source.lower()
    if re.search(r"\bsources?\b", low) and not re.search(r"\b(?:the|this|that)\s+source\b", low):
        return True
    if _head(source) not in rules.anonymous_heads:
        return False
    capitalised = [w for w in words[1:] if w[:1].isupper()] + ([words[0]] if words[0][:1].isupper()
                                                               and words[0].lower() not in _OPENERS
                                                               and words[0].lower() not in rules.anonymous_heads
                                                               and words[0].lower() not in ("some", "many", "most",
                                                                                             "several", "other", "others",
                                                                                             "few", "numerous", "unnamed",
                                                                                             "senior", "top")
                                                               else [])
    return not capitalised


def _source_kind(source: str, rules: _Rules) -> str | None:
    """``named_document`` / ``study`` when the source is one, else None."""
    if _document_like(source, rules):
        return "named_document"
    if _head(source) in rules.study_heads:
        return "study"
    return None


def _document_like(source: str, rules: _Rules) -> bool:
    m = rules.document_head.search(source)
    if not m:
        return False
    before = source[: m.start()].split()
    return any(w[:1].isupper() or w[:1].isdigit() for w in before) or bool(re.search(r"\bof\s+[A-Z0-9]", source[m.end():]))


def _acceptable_source(np: str, kind: str, rules: _Rules) -> bool:
    low = np.lower().strip()
    if low in _PRONOUNS:
        # "I/we/you" in a news body is the writer (or a speaker already quoted), not a cited source.
        if low in _FIRST_PERSON or (kind == "stance" and low in ("it", "who")):
            return False
        return True
    if _head(np) in rules.source_nouns or _head(np) in rules.study_heads:
        return True
    words = np.split()
    capitalised = [w for w in words if w[:1].isupper() and w.lower().strip(",") not in _OPENERS]
    return bool(capitalised)


# ----------------------------------------------------------------------------- main


def find_citations(doc: Document) -> list[Evidence]:
    """Citations and anonymous attributions in the body sentences of ``doc``, by start offset."""
    rules = _rules()
    found: list[Evidence] = []
    previous_subject: tuple[int, int] | None = None
    previous_paragraph = -1
    for sentence in doc.body_sentences:
        if sentence.paragraph != previous_paragraph:
            previous_subject = None
        previous_paragraph = sentence.paragraph
        hits, subject = _sentence(doc, sentence, rules, previous_subject)
        found.extend(hits)
        if subject is not None:
            previous_subject = subject
    found.sort(key=lambda e: (e.span.start, e.span.end, e.code))
    return found


def _sentence_subject(doc: Document, sentence: Sentence, rules: _Rules) -> tuple[int, int] | None:
    text = doc.text
    a, b = sentence.span.start, sentence.span.end
    m = rules.subject.match(text, a, min(b, a + 200))
    if not m:
        return None
    s, e = _clean_source(text, m.start("np"), m.end("np"))
    np = text[s:e]
    if e <= s or not _acceptable_source(np, "speech", rules):
        return None
    if np.lower() in ("it", "who", "i", "we", "you"):
        return None
    if " " not in np and np[:1].isupper() and np not in _capitalised_inside(doc) and not np.isupper():
        return None     # "Remember those talks?": capitalised only because it opens the sentence
    return s, e


_MID_CAP = re.compile(r"(?<=[a-z,;]\s)[A-Z][\w\x27\u2019.-]*")
_CAPS_CACHE: dict[int, tuple[str, frozenset[str]]] = {}


def _capitalised_inside(doc: Document) -> frozenset[str]:
    """Capitalised words the document also uses inside a sentence (so probably names)."""
    key = id(doc)
    hit = _CAPS_CACHE.get(key)
    if hit is not None and hit[0] is doc.text:
        return hit[1]
    words = frozenset(m.group(0).rstrip(".") for m in _MID_CAP.finditer(doc.text))
    if len(_CAPS_CACHE) > 64:
        _CAPS_CACHE.clear()
    _CAPS_CACHE[key] = (doc.text, words)
    return words


def _sentence(doc: Document, sentence: Sentence, rules: _Rules,
              previous_subject: tuple[int, int] | None) -> tuple[list[Evidence], tuple[int, int] | None]:
    text = doc.text
    a, b = sentence.span.start, sentence.span.end
    out: list[Evidence] = []
    claimed: list[tuple[int, int]] = []
    subject = _sentence_subject(doc, sentence, rules)
    resolve_to = subject if subject is not None and text[subject[0]:subject[1]].lower() not in _PRONOUNS \
        else previous_subject

    def taken(s: int, e: int) -> bool:
        return any(s < ce and cs < e for cs, ce in claimed)

    def channel_attrs() -> dict:
        m = rules.channel.search(text, a, b)
        if not m:
            return {}
        attrs = {"channel": text[m.start():m.end()].strip()}
        outlet = (m.group("outlet") or "").strip() or (m.group("outlet2") or "").strip()
        if outlet:
            attrs["outlet"] = outlet
        return attrs

    def add(category: str, kind: str, start: int, end: int, cue: str = "",
            source: tuple[int, int] | None = None, note: str = "", **extra) -> None:
        attrs: dict = {"kind": kind}
        if cue:
            attrs["cue"] = cue
        if source is not None:
            s, e = source
            attrs.update(source=text[s:e], source_start=s, source_end=e)
            if text[s:e].lower() in ("he", "she", "they", "his", "her", "their", "him", "them") \
                    and resolve_to is not None and resolve_to[0] < s:
                attrs["source_resolved"] = text[resolve_to[0]:resolve_to[1]]
        attrs.update(extra)
        code = rules.codes[kind]
        out.append(evidence(doc, code, DIMENSION, category, start, end, note or _NOTES[kind], **attrs))
        claimed.append((start, end))

    # 1. links, DOIs and references: unambiguous by form.
    for m in rules.doi.finditer(text, a, b):
        add(CITATION, "doi", m.start(), m.end(), source=(m.start(), m.end()))
    for m in rules.link.finditer(text, a, b):
        if not taken(m.start(), m.end()):
            add(CITATION, "link", m.start(), _strip_end(text, m.start(), m.end()),
                source=(m.start(), _strip_end(text, m.start(), m.end())))
    for m in rules.bib.finditer(text, a, b):
        if not taken(m.start(), m.end()):
            add(CITATION, "bibliographic", m.start(), m.end(), source=(m.start(), m.end()))

    # 2. anonymous attributions first, so that "sources close to the campaign said" is not
    #    read as a citation of "the campaign".
    for code, kind, regex in rules.anonymous:
        for m in regex.finditer(text, a, b):
            if not taken(m.start(), m.end()):
                add(ANONYMOUS, kind, m.start(), m.end(), cue=m.group(0))
    anonymous_spans = list(claimed)

    # 3. according to / citing / in his words / as X put it.
    for m in rules.according.finditer(text, a, b):
        if taken(m.start(), m.end()):
            continue
        _according(doc, m, b, rules, add, taken)

    # 4. reporting verbs with a source.
    for m in rules.verb.finditer(text, a, b):
        if taken(m.start(), m.end()):
            continue
        _verb(doc, sentence, m, rules, subject, anonymous_spans, add, channel_attrs, out, claimed)

    # 5. named documents cited as a basis ("under the X Act", "the X Agreement requires").
    for m in rules.document_head.finditer(text, a, b):
        if taken(m.start(), m.end()):
            continue
        _document(doc, a, b, m, rules, add)

    # 6. quotations whose speaker is in the sentence but not tied to it by a reporting verb.
    verbal = sorted((e for e in out if e.category == CITATION and e.attrs.get("kind") in _VERBAL),
                    key=lambda e: e.span.start)
    for m in rules.quote.finditer(text, a, b):
        if taken(m.start(), m.end()):
            continue
        _quotation(doc, sentence, m, rules, subject, verbal, add)
    return out, subject


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return end


def _according(doc, m, b, rules, add, taken) -> None:
    text = doc.text
    cue = m.group(0)
    low = cue.lower()
    if low.startswith("as ") and low.endswith(" it"):           # "as Trump put it"
        inner = re.match(r"as\s+(.+?)\s+puts?\s+it", cue, re.IGNORECASE)
        s = m.start() + inner.start(1)
        add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(inner.group(1))))
        return
    if low.startswith("in ") and "words" in low and "words of" not in low:   # "in his words"
        pron = re.search(r"(his|her|their|its)", cue, re.IGNORECASE)
        s = m.start() + pron.start()
        q = rules.quote.match(text, _skip_space(text, m.end(), b, ",:"), b)
        if q:     # 'in his words, "freeloading."': the quotation is the citation
            add(CITATION, "quotation", m.start(), q.end(), cue=cue, source=(s, s + len(pron.group(0))))
        else:
            add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(pron.group(0))))
        return
    # The source is the noun phrase after the cue, up to a comma, a clause or the sentence end.
    start = _skip_space(text, m.end(), b)
    end = _phrase_end(text, start, b)
    if end <= start:
        return
    source = text[start:end]
    words = source.split()
    if not words:
        return
    acceptable = (_acceptable_source(source, "speech", rules) or source.lower().split()[0] in
                  ("him", "her", "them", "us", "me"))
    if not acceptable:
        return
    if _is_anonymous(source, rules):
        add(ANONYMOUS, "vague_group" if not re.search(r"\bsources?\b", source, re.IGNORECASE) else "anonymous_source",
            m.start(), end, cue=cue, source=(start, end))
        return
    kind = _source_kind(source, rules) or "according_to"
    add(CITATION, kind, m.start(), end, cue=cue, source=(start, end))


def _skip_space(text: str, i: int, b: int, also: str = "") -> int:
    while i < b and (text[i].isspace() or text[i] in also):
        i += 1
    return i


_PHRASE_END = re.compile(r",|;|:|\.(?=\s|$)|\u2014|\s-\s|\s\u2013\s|\bthat\b|\bwhich\b|\bwho\b|\bwhen\b|\bwhere\b|"
                         r"\bbecause\b|\bbut\b|\bwhile\b|\bsaid\b|\bsays\b|\bsay\b|[\"\u201c\u201d]")


def _phrase_end(text: str, start: int, b: int) -> int:
    """End of the noun phrase after "according to": the next comma, clause word or 12 words."""
    limit = min(b, start + 140)
    m = _PHRASE_END.search(text, start, limit)
    end = m.start() if m else limit
    # Keep a parenthesised abbreviation: "the 2014 Special Measures Agreement (SMA)".
    par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b]) if m and text[m.start()] != "(" else None
    piece = text[start:end]
    words = list(re.finditer(r"\S+", piece))
    if len(words) > 12:
        end = start + words[11].end()
    elif par:
        end += par.end()
    while end > start and text[end - 1] in " ,;:.\u2014":
        end -= 1
    return end


def _verb(doc, sentence, m, rules: _Rules, subject, anonymous_spans, add, channel_attrs, out, claimed) -> None:
    text = doc.text
    a, b = sentence.span.start, sentence.span.end
    vs, ve = m.start(), m.end()
    form = text[vs:ve].lower()
    form_key = re.sub(r"\s+", " ", form)
    is_speech = m.group("speech") is not None
    is_stance = m.group("stance") is not None
    is_finding = m.group("finding") is not None or form_key in rules.finding_forms
    kind_class = "speech" if is_speech else ("stance" if is_stance else "finding")
    before = text[max(a, vs - 160):vs]
    if _BAD_BEFORE.search(before) and not (form_key.endswith("ing") and re.search(r"\b(?:to)\s+$", before) is None):
        # "the said", "to say", "needless to say": not a report by itself
        if not re.search(r"\bto\s+$", before) or kind_class != "speech" or not _left_source(text, a, vs, rules, "speech"):
            return
    if _THAT_SAID.search(text, max(a, vs - 20), ve + 2):
        return
    # Passive: "was told", "is expected"; only an explicit "by X" gives a source.
    if _PASSIVE_BEFORE.search(before) and (form.endswith("ed") or form in ("told", "said", "thought", "known",
                                                                        "seen", "shown", "found", "written", "felt")):
        by = re.match(r"\s+by\s+", text[ve:b])
        if by:
            s = ve + by.end()
            e = _phrase_end(text, s, b)
            if e > s and _acceptable_source(text[s:e], "speech", rules) and not _is_anonymous(text[s:e], rules):
                kind = _source_kind(text[s:e], rules) or ("reported_speech" if is_speech else "reported_stance")
                add(CITATION, kind, vs, e, cue=text[vs:ve], source=(s, e), **channel_attrs())
        return
    # An anonymous source just before ("a source familiar with the talks said"): extend it.
    for cs, ce in anonymous_spans:
        if ce <= vs and vs - ce < 60 and not re.search(r"[,;:\"\u201c\u201d]", text[ce:vs]) \
                and _OPEN_END.search(text, cs, ce):
            for i, e in enumerate(out):
                if e.span.start == cs and e.span.end == ce:
                    attrs = dict(e.attrs)
                    attrs["cue"] = text[vs:ve]
                    out[i] = evidence(doc, e.code, DIMENSION, e.category, cs, ve, e.note, **attrs)
                    claimed.append((cs, ve))
            return
    source = _left_source(text, a, vs, rules, kind_class)
    if source is None and kind_class == "speech":
        source = _right_source(text, vs, ve, b, a, rules)
    if source is None and kind_class == "speech" and form.endswith("ing") and subject is not None:
        # ", saying ...", "after telling ...": the speaker is the subject of the sentence.
        if re.search(r"(?:,|\b(?:after|before|while|when|by|in))\s*$", before):
            source = subject
    if source is None:
        return
    s, e = source
    np = text[s:e]
    if kind_class == "finding" and not is_speech and _head(np) not in rules.study_heads and not _document_like(np, rules):
        return
    if not _acceptable_source(np, kind_class, rules):
        return
    span = (min(s, vs), max(e, ve))
    if _is_anonymous(np, rules):
        kind = "anonymous_source" if re.search(r"\bsources?\b", np, re.IGNORECASE) else "vague_group"
        if _head(np) in ("studies", "research"):
            kind = "unnamed_research"
        add(ANONYMOUS, kind, span[0], span[1], cue=text[vs:ve], source=source)
        return
    kind = _source_kind(np, rules)
    if kind is None:
        kind = "reported_speech" if is_speech else "reported_stance"
    add(CITATION, kind, span[0], span[1], cue=text[vs:ve], source=source, **channel_attrs())


def _left_source(text: str, a: int, vs: int, rules: _Rules, kind_class: str) -> tuple[int, int] | None:
    lo = max(a, vs - 160)
    m = rules.left_np.search(text, lo, vs)
    if not m:
        return None
    s, e = _clean_source(text, m.start("np"), m.end("np"))
    if e <= s:
        return None
    np = text[s:e]
    if np.lower() == "who":
        # "Trump, who has said": the antecedent before ", who".
        ante = rules.left_np.search(text, max(a, s - 120), s) if False else None
        prior = re.search(r"(" + _CAP + r"(?:\s+" + _CAP + r"){0,4})\s*,\s*$", text[max(a, s - 120):s])
        if not prior:
            return None
        ps = max(a, s - 120) + prior.start(1)
        return _clean_source(text, ps, ps + len(prior.group(1)))
    if np.lower() in _OPENERS and np.lower() not in _PRONOUNS:
        return None
    return s, e


def _right_source(text: str, vs: int, ve: int, b: int, a: int, rules: _Rules) -> tuple[int, int] | None:
    """'"...," said Trump' or ", said the spokesman": a source right after the verb."""
    before = text[max(a, vs - 3):vs]
    if not (re.search(r"[,\"\u201d\u2019]\s*$", before) or vs == a):
        return None
    m = rules.right_np.match(text, ve, b)
    if not m:
        return None
    s, e = _clean_source(text, m.start("np"), m.end("np"))
    if e <= s:
        return None
    return s, e


def _document(doc, a, b, m, rules: _Rules, add) -> None:
    text = doc.text
    hs, he = m.start(), m.end()
    # "Act of 1964", "Treaty of Versailles": extend to the right.
    right = re.match(rf"\s+of\s+(?:the\s+)?(?:{_CAP}\s*)+", text[he:b])
    end = he + (right.end() if right else 0)
    par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b])
    if par:
        end += par.end()
    name = rules.document_name.search(text, max(a, hs - 120), hs)
    if name and name.start() < hs:
        start = name.start()
    elif right:
        start = hs
    else:
        return
    while end > start and text[end - 1] in " ,.":
        end -= 1
    name_text = text[start:end]
    if not any(w[:1].isupper() for w in name_text.split()[:-1]) and not right:
        return
    cue = rules.document_cue.search(text, max(a, start - 40), start)
    verb = rules.document_verb.match(text, end, b)
    if cue:
        add(CITATION, "named_document", cue.start(), end, cue=cue.group(0).strip(), source=(_clean_doc(text, start, end)))
    elif verb:
        add(CITATION, "named_document", start, end + verb.end(), cue=text[end:end + verb.end()].strip(),
            source=_clean_doc(text, start, end))


def _clean_doc(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.match(r"(?:the|a|an|this|its|their|his|her)\s+", text[start:end], re.IGNORECASE)
    return (start + (m.end() if m else 0), end)


_VERBAL = ("reported_speech", "reported_stance", "according_to", "named_document", "study")


def _quotation(doc, sentence, m, rules: _Rules, subject, verbal, add) -> None:
    text = doc.text
    a, b = sentence.span.start, sentence.span.end
    qs, qe = m.start(), m.end()
    inner = text[qs + 1:qe - 1]
    words = inner.split()
    cue = rules.words_cue.search(text, max(a, qs - 60), qs)
    if cue:
        pron = re.search(r"\b(?:his|her|their|its|he|she|they)\b", cue.group(0), re.IGNORECASE)
        source = (cue.start() + pron.start(), cue.start() + pron.end()) if pron else subject
        add(CITATION, "quotation", min(cue.start(), qs), qe, cue=cue.group(0).strip(), source=source)
        return
    if len(words) < 3:
        return      # a one- or two-word quote is usually a scare quote
    if len(words) <= 6 and all(w[:1].isupper() for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL):
        return      # a title ("Meet the Press"), not speech
    for e in verbal:
        # '"We will win," said Trump' / 'Trump said: "..."': the verb already cites this quote.
        if -4 <= e.span.start - qe <= 4 or -4 <= qs - e.span.end <= 4:
            return
    speaker = None
    for e in verbal:        # the nearest source before the quote ("Trump has questioned ... 'reimburse us'")
        if e.span.end <= qs and "source_start" in e.attrs:
            speaker = (e.attrs["source_start"], e.attrs["source_end"])
    if speaker is None:
        speaker = subject
    if speaker is None or speaker[0] >= qs:
        return
    np = text[speaker[0]:speaker[1]]
    if _is_anonymous(np, rules) or _head(np) in rules.study_heads:
        return
    add(CITATION, "quotation", qs, qe, cue="quotation marks", source=speaker)


_TITLE_SMALL = frozenset("a an the of to in on for and or at by with from as".split())

_NOTES = {
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
