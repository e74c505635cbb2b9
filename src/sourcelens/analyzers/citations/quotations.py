"""Quotations and who is credited with them, the handlers of :class:`~.sentence._Sentence`
in :class:`_Quotations`: words in quotation marks with a speaker in the sentence, a verb
that reports speech only beside a quotation ('He continued, "..."', "read one sign: '...'"),
a speaker's name before a colon ("Trump: 'We will win'", "WALLACE: Let's start") and a name
after a dash ('"...”― Carla Sanchez.'); and which way a quotation mark typed the wrong
way round faces ("“Apparently not,“ he said.")."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from .capitalised import _capitalised_inside
from .claims import _Verbal
from .noun_phrase_back import _np_back
from .source_before_verb import _left_source, _object_of_preposition
from .sources import _acceptable, _head, _skip
from .tokens import _tokens_before
from .words import CITATION, NAME_LINKS, PRONOUNS, _LABELS, _QUOTES, _TITLE_SMALL, _is_cap


#: before a name ending at a colon, words that make it no speaker: "a message to Trump:"
_NOT_THE_SPEAKER_AFTER = frozenset("of in at for on to about against".split())
_DASH_CHARS = frozenset("\u2015\u2014\u2013")
#: a quotation's closing marks (a character, or a token: '"...," posted Geyer')
_CLOSING_QUOTES = "\"\u201d\u2019\x27"
#: a dash and a name of two to five capitalised words ending the sentence or before the next
#: quotation: "― Oscar P. Quintero"
_DASH_CREDIT = _rx(r"[\u2015\u2014\u2013]\s*([A-Z][\w.\x27\u2019-]*(?:\s+[A-Z][\w.\x27\u2019-]*){1,4}?)"
                   r"\.?\s*(?:$|(?=[\"\u201c]))")

#: what a quotation's last word ends with before its closing mark ("... not,” he said")
_CLOSES_BEFORE = frozenset(",.!?\u2026")


def _closes_typed_as_opening(text: str, pos: int, a: int, b: int) -> bool:
    """Is the opening mark at ``pos`` a closing one typed the wrong way round ("“Apparently
    not,“ he said.")? It is when it follows a quotation's final comma or stop and precedes
    white space (or the end of the sentence at ``b``), where no quotation can open."""
    return pos > a and text[pos - 1] in _CLOSES_BEFORE and (pos + 1 >= b or text[pos + 1].isspace())


def _opens_typed_as_closing(text: str, pos: int, a: int, b: int) -> bool:
    """Is the closing mark at ``pos`` an opening one typed the wrong way round ("”Mr. Trump
    embodies ...” ― Sonya Herridge")? It is when it starts a word: after the sentence's start
    or white space, and right before a letter or digit, where no quotation can close."""
    return (pos == a or text[pos - 1].isspace()) and pos + 1 < b and text[pos + 1].isalnum()


class _Quotations:
    """Quotations and the speakers credited with them: a verb beside a quotation, a name
    before a colon or after a dash. A mixin of :class:`~.sentence._Sentence`."""

    __slots__ = ()

    def _dash_credit(self) -> None:
        """'"...”― Carla Sanchez.': a name after a dash, ending the sentence, credits the
        quotation that closes right before the dash (in this sentence or the one before)."""
        text, a, b = self.text, self.a, self.b
        m = _DASH_CREDIT.search(text, a, b)
        if m is None:
            return
        k = m.start() - 1
        while k >= 0 and k > m.start() - 12 and text[k].isspace():
            k -= 1
        if k < 0 or text[k] not in _CLOSING_QUOTES or self.taken(m.start(), m.end()):
            return
        end = m.end(1)
        if text[end - 1] == "." and end - text.rfind(" ", m.start(1), end) > 3:
            end -= 1        # "Carla Sanchez." ends the sentence; "Oscar P. Quintero" keeps its initial
        self.add(CITATION, "reported_speech", m.start(), end, cue=text[m.start()], source=(m.start(1), end))

    # -- handlers: colon and channel at the start

    def _colon(self, pos: int) -> None:
        """ "Trump: 'We will win'", "WALLACE: Let's start": a speaker's name before a colon."""
        text, a = self.text, self.a
        toks = _tokens_before(text, max(a, pos - 110), pos)
        while toks and toks[0][0] == a and toks[0][2] in _QUOTES:
            a = toks[0][1]      # a transcript's stray opening mark: '"WALLACE: Let's start'
            toks = toks[1:]
            while a < pos and text[a].isspace():
                a += 1
        if toks and toks[0][0] > a or len(toks) > 5:
            # mid-sentence: "... doesn't surprise Republican pollster Daron Shaw: “Historically ...”"
            nxt = _skip(text, pos + 1, self.b)
            if nxt < self.b and text[nxt] in "\"\u201c" and toks and _is_cap(toks[-1][2]):
                np = _np_back(toks, len(toks) - 1, self.rules, a)
                if np is not None and not self.anonymous_source(*np) \
                        and not _object_of_preposition(toks, np[0], _NOT_THE_SPEAKER_AFTER):
                    # not "a blunt message to Trump:", "said of Sanders:" (but "More from Jones:")
                    self.add(CITATION, "reported_speech", np[0], pos + 1, cue=":", source=np)
            return
        if not toks or len(toks) > 5 or not all(_is_cap(t[2]) or t[2].lower() in NAME_LINKS for t in toks):
            return
        start = toks[0][0]
        if len(toks) > 1 and toks[0][2].lower() in self.rules.speech_forms:
            toks = toks[1:]     # "Said Ellis: '...'": the verb before its speaker is no part of the name
        name = " ".join(t[2] for t in toks)
        if name.lower().rstrip(".") in _LABELS or not _is_cap(toks[-1][2]):
            return
        if len(toks) == 1 and name.lower() in self.rules.study_heads:      # "Poll: Trump ties Clinton."
            self.add(CITATION, "study", toks[0][0], pos + 1, cue=":", source=(toks[0][0], toks[0][1]))
            return
        nxt = _skip(text, pos + 1, self.b)
        # a transcript's speaker: one name in capitals that the text also writes as a name
        # ("PENCE" beside "Mike Pence") or that speaks more than once ("WALLACE:" ... "WALLACE:"),
        # or two or three words without linking words ("JAKE TAPPER"; not "STAT OF THE WEEK")
        speaker_label = name.isupper() and len(name) > 2 and name.replace(" ", "").replace(".", "").isalpha() and (
            (len(toks) == 1 and self.document_marks.speaker_label(name))
            or (1 < len(toks) <= 3 and not any(t[2].lower() in NAME_LINKS for t in toks)))
        if nxt >= self.b or (text[nxt] not in "\"\u201c\u2018\x27" and not speaker_label):
            # "Clinton: 2,316.", "Rubio: Finish second." are lists and headlines, not speech; a
            # transcript's speaker in capitals is ("WALLACE: Let's start", "PENCE: Well, look")
            return
        if len(toks) == 1 and not (name.isupper() and len(name) > 2) and name not in _capitalised_inside(self.doc):
            return
        self.add(CITATION, "reported_speech", start, pos + 1, cue=":", source=(toks[0][0], toks[-1][1]))

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
        if self.anonymous_source(*source):
            return
        if not _acceptable(text[source[0]:source[1]], "speech", self.rules, strong=True):
            return
        self.add(CITATION, "reported_speech", min(source[0], vs), max(source[1], ve), cue=text[vs:ve],
                 source=source)

    # -- handlers: quotations

    def _quotation(self, pos: int, verbal: "_Verbal") -> int:
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
        if len(words) <= 12 and all(_is_cap(w) for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL):
            return qe      # a title ("Meet the Press", "Crippled America: How to Make America Great Again"), not speech
        if verbal.beside(qs, qe):
            return qe     # '"We will win," said Trump' / 'Trump said: "..."': the verb already cites this quote
        speaker = verbal.source_before(qs)   # "Trump has questioned ... 'reimburse us'"
        if speaker is None:
            speaker = self.subject()
            if speaker is not None and len(words) < 4 and text[speaker[0]:speaker[1]].lower() in PRONOUNS:
                return qe      # "He won 19 percent among 'somewhat conservative' voters": a term
        if speaker is None or speaker[0] >= qs:
            return qe
        np = text[speaker[0]:speaker[1]]
        if self.anonymous_source(*speaker) or _head(np) in rules.study_heads:
            return qe
        self.add(CITATION, "quotation", qs, qe, cue="quotation marks", source=speaker)
        return qe
