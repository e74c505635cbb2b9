"""Views named by an adjective, the handler of :class:`~.sentence._Sentence` in
:class:`_Attitudes`: "critics are skeptical of the deal", "Clinton was confident that she
would win", "Some fans were not fond of the casting", "loyalists were adamant that he has
no plans to run". No verb of saying or thinking carries the view; "be" (or "remain",
"seem", "feel", "grow", "become") links its holder to an adjective of a view or a feeling,
and the words after the adjective say what the view is about.

The adjective counts only

- after its linking verb, with nothing but auxiliaries, "not" and adverbs of degree between
  ("have been increasingly critical of"): "a confident Trump" is a description, not a view
  reported;
- before one of the words its lexicon line lists ("critical of", not "critical to": crucial;
  "sure that", not "sure to win": a forecast), or, for the adjectives that take a clause
  without "that", before a pronoun ("was confident he would win");
- with no modal before it ("voters would be happy with" supposes a view, it reports none).

The holder is found as a verb's source is (:func:`.source_before_verb._left_source`), and
recorded as a verb's report is (:meth:`~.reporting_verbs._ReportingVerbs._report`): holders
who name nobody make an anonymous attribution, named holders a reported stance. The
adjectives are ``attitude_adjectives`` of the citation lexicon (marker CT002), with their
sources."""

from __future__ import annotations

from ...lexicons import compile_regex as _rx
from .noun_phrase_back import _PERSON_PLURAL
from .source_before_verb import _left_source, _object_of_preposition
from .sources import _acceptable, _head, _trimmed_source
from .tokens import _tokens_after, _tokens_before
from .words import AUX, BE, HYPOTHETICAL, PRONOUNS, _is_aux

#: verbs that link a holder to the adjective of a view: "is", "remained", "seems", "felt"
_LINKS = BE | frozenset("""am remain remains remained remaining seem seems seemed appear appears appeared
feel feels felt grow grows grew grown growing become becomes became becoming stay stays stayed""".split())
#: adverbs of degree and time that may stand between the link and the adjective (words in -ly
#: and the auxiliaries pass too): "were not all that fond of", "are increasingly critical of"
_DEGREE = frozenset("""very so too quite rather less more most far much all both each also still now just
already always never ever not even equally that as pretty fairly somewhat""".split())
#: modals and "will": a view supposed or foretold, not reported ("would be happy with")
_NOT_REPORTED = HYPOTHETICAL | frozenset("""will would shall won't wouldn't couldn't shouldn't can't mustn't
won’t wouldn’t couldn’t shouldn’t can’t mustn’t""".split())
#: pronouns that may hold a view written with their link ("it's" and "who's" are left out)
_CONTRACTED_HOLDERS = PRONOUNS - {"it", "who"}
#: prepositions whose object is no holder of the view after it
_BEFORE_OBJECT = frozenset("to at in on for from with by of into about".split())
#: a relative pronoun after a holder: the view is said of the holder, wherever it stands
_RELATIVE_AFTER = _rx(r"\s+(?:who|that)\s")
#: the endings of a pronoun written with its link: "They're", "he's", "I'm"
_LINK_CONTRACTIONS = ("'re", "\u2019re", "'s", "\u2019s", "'m", "\u2019m")


class _Attitudes:
    """Views named by an adjective after "be". A mixin of :class:`~.sentence._Sentence`."""

    __slots__ = ()

    def _attitude(self, ws: int, we: int) -> bool:
        """The adjective from ``ws`` to ``we`` as a view held by the subject of its linking
        verb. True when it stands after a link and before what the view is about (a report
        found or not, the word is read as an adjective); False otherwise (a verb form is then
        read as a verb: "was opposed by most Republicans", "worried voters")."""
        text, rules, a = self.text, self.rules, self.a
        form = text[ws:we].lower()
        after, bare_clause = rules.attitudes[form]
        toks = _tokens_before(text, max(a, ws - 200), ws)
        i = len(toks) - 1
        linked = supposed = participle = False
        while i >= 0:
            low = toks[i][2].lower()
            if low in _LINKS:
                linked = True
                participle = low.endswith("ing")
            elif low in _NOT_REPORTED:
                supposed = True
            elif not (low in _DEGREE or low in AUX or _is_aux(low)):
                break
            i -= 1
        contracted = False      # the holder is a pronoun written with its link: "They're"
        if i >= 0 and not linked:
            word = toks[i][2]
            if word.endswith(_LINK_CONTRACTIONS) and word[:-2].rstrip("'\u2019").lower() in _CONTRACTED_HOLDERS:
                linked = contracted = True      # "They're confident that": the pronoun is the holder
        if not linked or not self._about_after(we, after, bare_clause):
            return False      # (a verb form is then read as a verb: "was opposed by most Republicans")
        if supposed or (participle and i >= 0 and toks[i][2] == ","):
            return True       # ", growing increasingly suspicious of": the sentence's subject, far back
        source = (toks[i][0], toks[i][1]) if contracted else \
            _left_source(toks[:i + 1], rules, a, strong=True, verb=form)
        if source is None or (_object_of_preposition(toks, source[0], _BEFORE_OBJECT)
                              and not _RELATIVE_AFTER.match(text, source[1])):
            return True       # "voters going to the polls Tuesday are unhappy": not the polls (but
            #                   "stacked the audience with activists who were opposed to")
        source = _trimmed_source(text, a, *source, form)
        if source is None:
            return True
        s, e = source
        np = text[s:e]
        if not (_acceptable(np, "stance", rules) or _PERSON_PLURAL.search(_head(np))) or np in rules.places:
            return True       # "The plan is critical of": no one; "Russia is wary of": a state's policy
        if {t[2].lower() for t in toks if t[0] >= s - 12} & HYPOTHETICAL:
            return True       # "If voters are unhappy with": supposed
        self._report(source, ws, we, form, "stance", adjective=True)
        return True

    def _about_after(self, we: int, after: frozenset[str], bare_clause: bool) -> bool:
        """Does what the view is about follow the adjective ending at ``we``: one of the words
        ``after`` ("of", "that"), or a pronoun opening a clause when ``bare_clause``?"""
        nxt = _tokens_after(self.text, we, min(self.b, we + 24))
        if not nxt:
            return False
        word = nxt[0][2].lower().rstrip(",.;:")
        return word in after or (bare_clause and word in PRONOUNS and nxt[0][2] == nxt[0][2].rstrip(",.;:"))
