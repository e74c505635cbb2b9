"""Citations by their form, the handlers of :class:`~.sentence._Sentence` in
:class:`_Documents`: links, DOIs, bibliographic references ("(Cha and Kang, 2016)", "[12]"),
named documents ("under the Voting Rights Act"), studies named by their maker ("the latest
CNN/ORC poll") and a poll or an interview that opens the sentence ("In an NBC News/Wall
Street Journal poll released Monday, ...", "In an interview with ABC, ...")."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from .sources import _strip_end
from .tokens import _tokens_after, _tokens_before
from .words import CITATION, FUNCTION, NAME_LINKS, _PART_OF, _is_cap, _is_possessive


#: "in", "during" or "at" as the first token of a sentence (as _TOKEN would cut it)
_CHANNEL_OPENER = _rx(r"\s*(?:in|during|at)(?![\w.&/%\x27\u2019-])", re.IGNORECASE)


class _Documents:
    """Citations by their form: links, DOIs, references, named documents and studies, and a
    poll or interview opening the sentence. A mixin of :class:`~.sentence._Sentence`."""

    __slots__ = ()

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
                    if subj is not None and subj[0] > toks[k][1] and not self.anonymous_source(*subj):
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
