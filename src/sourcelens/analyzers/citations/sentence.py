"""The work on one sentence: :class:`_Sentence`, which reads its trigger words and
punctuation cues (found once per document), runs a handler per trigger, and keeps the spans
it has claimed, its citations and its subject. The handlers of "according to" ("according
to Defense Secretary Ash Carter", "as Trump put it", "in his words") are here; the others
are mixins in their own modules: ``documents.py`` (links, DOIs, references, named documents
and studies), ``anonymous.py``, ``reporting_verbs.py``, ``reactions.py`` (reactions named by
a noun: "criticism from rivals", "Trump's claims"), ``quotations.py`` (quotations, and names
before a colon or after a dash) and ``pronouns.py`` (who a pronoun source is)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...model import Document, Evidence, Sentence
from ..common import OPENING_MARKS, evidence
from ...lexicons import compile_regex as _rx
from .anonymous import _Anonymous
from .attitudes import _Attitudes
from .claims import _ClaimIndex, _Verbal
from .documents import _Documents
from .reactions import _Reactions
from .quotations import _DASH_CHARS, _Quotations, _closes_typed_as_opening, _opens_typed_as_closing
from .reporting_verbs import _anonymous_kind, _ReportingVerbs
from .sentence_start import _subject_at_start
from .rules import _Rules
from .marks import _DocumentMarks
from .pronouns import _Referring
from .sources import _head, _is_anonymous, _phrase_end, _skip, _source_kind
from .capitalised import _capitalised_inside, _easy_words
from .tokens import _MAY_TRIGGER, _chunks_shape, _title_shape, _trigger_matches
from .words import CLAUSE_BEFORE_SOURCE, CLOSING_MARKS, ANONYMOUS, CITATION, DIMENSION, KIND_CODES, NOTES, PRONOUNS, _ANONYMOUS_CODES, _DOI_START, _GLUE, _LEADING_DET, _QUOTES, _SPEAKING, _VERBAL, _WWW, _is_possessive, _without_possessive


# a pronoun with a verb contracted onto it: "He’s claiming", "They’ve said", "It’s denouncing"
# (the personal pronouns of PRONOUNS, "who" not among them)
_PRONOUN_CONTRACTION = _rx(rf"({'|'.join(sorted(PRONOUNS - {'who'}))})['’](?:s|re|ve|d|ll)", re.IGNORECASE)


# ----------------------------------------------------------------------------- one sentence


#: what lies between a report and a participle that goes on with its speaker: ", " or " Thursday, "
_REPORT_THEN_PARTICIPLE = _rx(r"(?:\s+[A-Za-z]+)?\s*,\s*")
#: a character that is none of CLOSING_MARKS: something follows a headline's verb
_NOT_CLOSING = _rx("[^" + re.escape(CLOSING_MARKS) + "]")
#: an opening double quotation mark, and the mark that closes it
_OPENING_QUOTES = {"\"": "\"", "\u201c": "\u201d"}
#: who wrote or made a title, after it: ' by George Anders', ' from the Brookings Institution'
_BY_AUTHOR = _rx(r"\s+(?:by|from)\s")

#: prefixes that open a source in capitals only because they open the sentence, before a
#: hyphen and a name ("Anti-TPP activists"), as an easy word does ("Police officials")
_OPENING_PREFIXES = frozenset(("anti", "pro"))

_FEW_CLAIMS = 16   # up to this many claims, taken() scans them: cheaper than an index
_ANONYMOUS_REACH = 60   # a verb extends an anonymous phrase that ends less than this before it



class _Sentence(_Documents, _Anonymous, _ReportingVerbs, _Reactions, _Attitudes, _Quotations, _Referring):
    """The work on one sentence: triggers, then a handler per trigger, claiming spans."""

    # one object per body sentence, its attributes read in every handler: slots are faster
    __slots__ = ("doc", "text", "rules", "a", "b", "previous", "out", "claimed", "_claim_index", "_subject",
                 "_channel", "quoting", "marks", "_inside", "anonymous_spans", "_anonymous_ends", "_at",
                 "document_marks", "_report_ends", "_report_sources", "paragraph", "unreported")

    def __init__(self, doc: Document, sentence: Sentence, rules: _Rules, previous: "_Sentence | None",
                 document_marks: "_DocumentMarks"):
        self.doc, self.text, self.rules = doc, doc.text, rules
        self.document_marks = document_marks
        self.a, self.b = sentence.span.start, sentence.span.end
        self.paragraph = sentence.paragraph
        self.previous = previous
        self.out: list[Evidence] = []
        self.claimed: list[tuple[int, int]] = []
        self._claim_index: _ClaimIndex | None = None
        self._subject: tuple[int, int] | None | bool = False      # False = not computed yet
        self._channel: dict | None = None
        self.quoting = False          # inside quotation marks at the start of the sentence
        self.marks: list[tuple[int, str]] = []     # double quotation marks, in order
        self._inside: tuple[list[int], list[bool]] | None = None   # see quoting_at
        self.anonymous_spans: list[tuple[int, int]] = []
        self._anonymous_ends: list[tuple[int, int]] | None = None   # (end, index), sorted
        self._at: dict[tuple[int, int], list[int]] = {}   # span -> where in out, in order
        # the citations by a verb (kinds in _VERBAL) so far: their ends, and their spans by source
        self._report_ends: set[int] = set()
        self._report_sources: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # the citations no verb reports (reactions named by a noun: "Trump's accusation"), by id
        self.unreported: set[int] = set()

    def quoting_at(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks? (double quotes only: single ones double as apostrophes)

        The answer after each mark is worked out once (walking the marks for every trigger
        word took quadratic time in a sentence of many quotations), then looked up by
        bisection: it is the answer after the last mark before ``pos``."""
        inside = self._inside
        if inside is None or len(inside[0]) != len(self.marks) or inside[1][0] != self.quoting:
            state = self.quoting
            states = [state]
            for _, mark in self.marks:
                state = True if mark == "\u201c" else False if mark == "\u201d" else not state
                states.append(state)
            inside = self._inside = ([at for at, _ in self.marks], states)
        return inside[1][bisect_left(inside[0], pos)]

    def _quoted(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation: double quotation marks (:meth:`quoting_at`), or an odd
        number of doubled apostrophes before it in its paragraph (the ''...'' of some news
        archives, which no apostrophe can be taken for)?"""
        if self.quoting_at(pos):
            return True
        start = self.doc.paragraphs[self.paragraph].start
        return self.document_marks.doubled_apostrophes_between(start, pos) % 2 == 1

    def _anonymous_ending_near(self, vs: int) -> list[tuple[int, int]]:
        """The anonymous spans that end less than ``_ANONYMOUS_REACH`` characters before the verb
        at ``vs`` (the only ones it can extend), the nearest first: in "some experts said it and
        some experts said it", the second "said" belongs to the second "some experts", not to the
        first (which the first "said" has taken). In a sentence of many spans they are found by
        bisection on their ends: a sentence of thousands of "some experts said" made a scan of all
        of them, once per verb, quadratic."""
        spans = self.anonymous_spans
        first = vs - _ANONYMOUS_REACH + 1    # the earliest end in reach
        if len(spans) <= _FEW_CLAIMS:
            near = [(ce, k) for k, (_, ce) in enumerate(spans) if first <= ce <= vs]
        else:
            ends = self._anonymous_ends
            if ends is None:
                ends = self._anonymous_ends = sorted((ce, k) for k, (_, ce) in enumerate(spans))
            near = ends[bisect_left(ends, (first, -1)):bisect_right(ends, (vs, len(spans)))]
        return [spans[k] for _, k in sorted(near, reverse=True)]

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
            source: tuple[int, int] | None = None, *, report: bool = True, **extra) -> None:
        """Keep a citation or anonymous attribution of ``text[start:end]``, its ``source`` span
        and ``cue``. ``report``: a verb reports it, so a quotation after it may be what it
        reports (a reaction named by a noun is none: "Mr. Ryan said Mr. Trump's criticism was
        ''...''" quotes Ryan)."""
        text = self.text
        attrs: dict = {"kind": kind}
        if cue:
            attrs["cue"] = " ".join(cue.split())
        if source is not None:
            s, e = source
            contraction = _PRONOUN_CONTRACTION.fullmatch(text, s, e)
            if contraction:    # "He’s claiming": the source is "He", the "’s" is its verb
                e = contraction.end(1)
            else:              # "obvious that voters want", "helps explain why neither candidate"
                clause = CLAUSE_BEFORE_SOURCE.match(text, s, e)
                if clause:
                    s = clause.end()
                if e - s > 2 and _is_possessive(text[e - 3:e]) and \
                        self.rules.heads.isdisjoint(w.strip(",.").lower() for w in text[e:e + 40].split()[:3]):
                    # "The Florida senator’s answer was that ...", "Ouisa Davis' commentary,
                    # '...,'": the senator, Davis (not "Donald Trump's eldest daughter said":
                    # who spoke is not found)
                    e = s + len(_without_possessive(text[s:e]))
            attrs.update(source=text[s:e], source_start=s, source_end=e)
            low = text[s:e].lower()
            # a person's pronoun, or "it": "the report says. It also points out"
            resolve = self.resolve if low in ("he", "she", "they", "his", "her", "their", "him", "them") \
                else self.resolve_it if low == "it" else None
            if resolve is not None and not self._quoted(s):
                # (inside a quotation a pronoun means whom the quoted speaker means: '"... and
                # Bernie did what he said," Mr. McCain recalled' is not resolved)
                resolved = resolve(s)
                if resolved is not None:
                    attrs["source_resolved"] = text[resolved[0]:resolved[1]]
        attrs.update(extra)
        if report and ((category == CITATION and kind in _VERBAL) or (category == ANONYMOUS and source is not None)):
            # (a report by an unnamed source is a report too: "Organizers say they want ...",
            # "one lawmaker called Trump “...”" hold no second report of their own)
            self._report_ends.add(end)
            if source is not None:
                self._report_sources.setdefault((attrs["source_start"], attrs["source_end"]), []).append((start, end))
        self._at.setdefault((start, end), []).append(len(self.out))
        found = evidence(self.doc, KIND_CODES[kind], DIMENSION, category, start, end, NOTES[kind], **attrs)
        if not report:
            self.unreported.add(id(found))
        self.out.append(found)
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
            subject = _subject_at_start(self.doc, self.a, self.b, self.rules)
            opening = self.text[self.a:subject[0]].strip(" \t\n([")[:1] if subject is not None else ""
            if subject is not None and (self.quoting or (opening and opening in _QUOTES)):
                # '"... He has won three or four," Trump said': the quoted one, never the
                # sentence's speaker nor a name a later "he" refers to (named_subject)
                subject = None
            self._subject = subject
        return self._subject  # type: ignore[return-value]

    def anonymous_source(self, s: int, e: int) -> bool:
        """Does the source ``text[s:e]`` name nobody (:func:`.sources._is_anonymous`)? Its
        first word, when it opens the sentence, is read in lower case, as it would be written
        inside one, if the document never capitalises it inside a sentence (after a lower-case
        word, a comma or a semicolon: "the Military Times", "said Democratic leaders") and
        either writes it in lower case elsewhere or it is a common word (an easy word,
        :func:`.capitalised._easy_words`, as the subject rules read one; or "anti-" and "pro-"
        before a name): "Military analysts said" beside "military aid" is "military analysts
        said", "Police officials said" and "Anti-TPP activists said" are unnamed sources;
        "Clinton aides said" stays named."""
        text = self.text
        source = text[s:e]
        if not source[:1].isupper() or not self._opens_sentence(s):
            return _is_anonymous(source, self.rules)
        first = source.split(None, 1)[0]
        stem = first.split("-", 1)[0]
        low = stem.lower()
        if stem.isalpha() and not first.isupper() and first not in _capitalised_inside(self.doc) and (
                low in _easy_words() or low in _OPENING_PREFIXES or self.document_marks.written_lower_case(first)):
            source = source[0].lower() + source[1:]
        return _is_anonymous(source, self.rules)

    def _opens_sentence(self, pos: int) -> bool:
        """Is ``pos`` the sentence's first word, only opening marks or white space before it?
        (A walk back over those marks: the whole sentence before ``pos`` sliced at every
        source was quadratic in a sentence of thousands of them.)"""
        a, text = self.a, self.text
        while pos > a and text[pos - 1] in OPENING_MARKS:
            pos -= 1
        return pos == a

    def _last_speaker(self, before: int) -> tuple[int, int] | None:
        """The source of a report of speech that ends just before the participle at
        ``before``, with only a comma (and a time word) between: '"...," Cruz said, adding',
        "a spokesman said Thursday, speaking" go on with the same speaker (a strong verb of
        saying: not a noun read as a verb, "calm Russian fears, reassuring")."""
        for found in reversed(self.out):
            attrs = found.attrs
            if found.category == CITATION and found.span.end <= before and attrs["kind"] in _SPEAKING[:2] \
                    and "source_start" in attrs:
                if attrs.get("cue") in self.rules.strong_forms and \
                        _REPORT_THEN_PARTICIPLE.fullmatch(self.text, found.span.end, before):
                    return attrs["source_start"], attrs["source_end"]
                return None
        return None

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
                if p == "\u201c" and _closes_typed_as_opening(text, pos, a, b):
                    p = "\u201d"
                elif p == "\u201d" and _opens_typed_as_closing(text, pos, a, b):
                    p = "\u201c"
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
            if text[a] in _DASH_CHARS:
                self._dash_credit()      # "― Oscar P. Quintero" after a paragraph that ends a quotation
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
        if self.document_marks.has_doubled_apostrophes():
            words = [(ws, we, r, self._quoted(ws)) for ws, we, r in words]     # ''...'' too
        elif self.marks or self.quoting:
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
            if "attitude" in r and self._attitude(ws, we):
                continue      # an adjective after "be": "critics are skeptical of", "were worried that"
            if "verb" in r:
                self._verb(ws, we)
            elif "qverb" in r:
                self._quote_verb(ws, we)
        if not self.out and title:
            # "Bellwether County Says Trump Should Win": a headline set in the body, verbs capitalised
            lower = text[a:b].lower()
            for m in rules.trigger.finditer(lower):
                if "verb" in roles.get(m.group(0), ()) and text[a + m.start()].isupper() \
                        and _NOT_CLOSING.search(text, a + m.end(), b) \
                        and (m.start() == 0 or text[a + m.start() - 1] != "-"):
                    # (a verb ending the headline has nothing to report: "... on Urgent Global
                    # Challenges." is a noun; nor is one inside a compound word, "Self-Described",
                    # which the loop above leaves out by _GLUE in the body)
                    self._verb(a + m.start(), a + m.end(), title=True)
        for ws, we, r, quoted in words:
            if "document" in r and not self.taken(ws, we):
                self._document(ws, we)
            elif "study" in r and not self.taken(ws, we) and not quoted:
                self._named_study(ws, we)
            elif "reaction" in r and not quoted and not self.taken(ws, we):
                self._reaction(ws, we)
        verbal = None
        last = a
        for pos, p in puncts:
            if p in _QUOTES and p not in "\u201d\u2019" and pos >= last and not self.taken(pos, pos + 1):
                if verbal is None:
                    # (not a participle's aside, whose end left _report_ends: "Gingrich - mentioned
                    # by Newsmax as the leading choice - told Bill O'Reilly that \u201c...\u201d")
                    verbal = _Verbal([e for e in self.out if (e.category == ANONYMOUS or e.attrs["kind"] in _VERBAL)
                                      and e.span.end in self._report_ends])
                last = self._quotation(pos, verbal)
        if not any(e.category == CITATION for e in self.out):
            self._in_channel()
        if text[a] in _DASH_CHARS or (self.marks and _DASH_CHARS.intersection(text[max(a, b - 60):b])):
            self._dash_credit()      # '"...”― Carla Sanchez.'
        if len(self.out) > 1:
            self._one_report_per_subject()

    def _one_report_per_subject(self) -> None:
        """Two reports found from one subject ("Aides said Obama will ...", "Polls show voters
        trust") are one: each verb walked back to the same start. Where the later report's
        source holds the earlier's cue, the earlier read a noun as a verb ("the IMF report |
        the IMF report stated", "FEC reports | FEC reports show") and goes; otherwise the later
        is a second verb of the same source ("The Vermont senator emailed supporters saying")
        and goes, as the package's docstring promises. A quotation is content, not a second
        report, and stays."""
        first_at: dict[int, int] = {}
        drop: set[int] = set()
        for i, e in enumerate(self.out):
            if e.attrs["kind"] == "quotation":
                continue
            j = first_at.setdefault(e.span.start, i)
            if j == i:
                continue
            if self._noun_read_as_verb(self.out[j], e):
                drop.add(j)
                first_at[e.span.start] = i
            else:
                drop.add(i)
        if drop:
            self.out = [e for i, e in enumerate(self.out) if i not in drop]

    def _noun_read_as_verb(self, earlier: Evidence, later: Evidence) -> bool:
        """Is ``earlier``'s cue the head of ``later``'s source, ``later``'s verb following close
        behind ("the IMF report | stated", "The Trump campaign | on Tuesday responded")? Not
        when the verb is far off: "Citizens for Tax Justice advocates a litany of rules ...
        telling" has one report, "advocates"."""
        source_start, source_end = later.attrs.get("source_start"), later.attrs.get("source_end")
        if source_start is None:
            return False
        cue_start = earlier.span.end - len(earlier.attrs.get("cue", ""))
        if not source_start <= cue_start < source_end <= earlier.span.end:
            return False
        verb_start = later.span.end - len(later.attrs.get("cue", ""))
        return len(self.text[source_end:verb_start].split()) <= 3

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
        if text[start:start + 1] in _OPENING_QUOTES and low.startswith("according"):
            # a title in quotation marks, and what follows it up to the phrase's end: 'according to
            # "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George Anders,'
            # (or the title alone: 'According to "The Art of the Deal," Trump learned'; not after
            # "citing", whose quotation is often the words of the one citing: 'Citing "obligations
            # in Tennessee," the former vice president')
            close = text.find(_OPENING_QUOTES[text[start]], start + 1, b)
            if close <= start + 1:
                end = start
            elif _BY_AUTHOR.match(text, close + 1, b):
                end = _phrase_end(text, close + 1, b)
            else:
                end = close + 1
        else:
            end = _phrase_end(text, start, b)
        if end <= start:
            return False
        source = text[start:end]
        if _head(source) in rules.according_not or source.split()[0].lower() in ("plan", "schedule"):
            return False      # "according to plan"
        if _is_anonymous(source, rules):
            self.add(ANONYMOUS, _anonymous_kind(source), m.start(), end, cue=cue, source=(start, end))
            return True
        kind = _source_kind(source, rules) or "according_to"
        if kind == "named_document":
            start += len(_LEADING_DET.match(source).group(0))      # "the 2014 ... Agreement" -> its name
        self.add(CITATION, kind, m.start(), end, cue=cue, source=(start, end))
        return True
