"""Who a pronoun source is: :class:`_Referring`, the part of :class:`~.sentence._Sentence`
that names the subject or the speaker of a sentence and resolves "he", "she" or "they" to
the name it most likely refers to, looking back over the sentences before it, and "it" to
the body or text cited last before it. The order of
its tests is in :meth:`_Referring.resolve`'s docstring; its measured precision in the
package's."""

from __future__ import annotations

from typing import Callable

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from .capitalised import _capitalised_inside
from .sentence_start import _DATELINE
from .spans import _name_end
from .referents import _PRONOUN_SEX, _adverb_or_participle, _common, _plural, agrees_in_kind, given_names, sex_of
from .words import CITATION, DETERMINERS, FUNCTION, OPENERS, PRONOUNS, TIME_NAMES, before_preposition, _QUOTE_MARK, _SPEAKING, _TIME_OPENERS, _bare, _is_cap, _is_possessive

#: a prepositional phrase opening a sentence is not its subject ("Like Makaeff, ...",
#: "Of Sanders' supporters, ..."); the commonest are read past by _subject_at_start already
_PREPOSITION_OPENERS = frozenset("""across of like unlike amid amidst despite among against along around
beyond besides toward towards through throughout via per upon within without inside outside near onto into
over under after before since until during from with by for at on in to""".split())
#: how many of a sentence's latest citations a source "it" looks through (a sentence of
#: thousands of "it said" would take quadratic time)
_IT_REACH = 32
_POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())
#: a run of capitalised words, the first perhaps a title: the one an imperative names
_NAME_RUN = _rx(r"(?<=\s)[A-Z][\w\u2019'-]*\.?(?:\s+[A-Z][\w\u2019'-]*)*")
#: verbs that open an imperative sentence in news copy ("Consider the case of Ms. Shanklin-Hawkins.",
#: "Watch the video", "Take a look"): such a sentence has no subject to take up
_IMPERATIVES = frozenset("consider take imagine remember recall note look meet compare listen watch picture witness "
                         "suppose".split())
#: endings of common nouns, verbs and adjectives that no name has
_COMMON_WORD_ENDINGS = ("tion", "sion", "ity", "ness", "ment", "ance", "ence", "ism", "ed", "ing", "ive", "ous", "ful",
                        "able", "ible", "ward", "ally")
#: a lone capitalised word opening a sentence, then "and" or "or" and a lower-case word: adjectives
_ADJECTIVES_JOINED = _rx(r",?\s+(?:and|or)\s+[a-z]")

#: how many characters before a pronoun (in its sentence, and at the end of the one before) the
#: last resort of :meth:`_Sentence.resolve` reads for a name
NAME_WINDOW = 300
#: how many of a sentence's last citations :meth:`_Referring.named_source` reads
SOURCE_WINDOW = 16
#: how many sentences back :meth:`_Sentence.resolve` looks for who a pronoun is
LOOK_BACK = 3
#: how many sentences that open inside a quotation it may walk past on top of those (they
#: are the quoted speaker's words and do not count: '"... Five. Sentences. Of quote," he said')
QUOTED_WALK = 8
_PRONOUN_WORD = _rx(r"[A-Za-z]+")    # the pronoun a source starts with ("He" of "He’s")
#: between a report and the subject of the clause it reports: " ", " that ", ", adding that ",
#: " reporters that " ("told reporters that she")
_REPORTED_CLAUSE_GAP = _rx(r"(?:\s+(?:reporters|me|us|him|her|them))?(?:\s*,\s*(?:adding|saying|explaining|noting|"
                           r"arguing|insisting|acknowledging|conceding))?\s+(?:that\s+)?")
#: the rest of a speech tag set between commas, after who speaks ("he", "Sexton"): " said,",
#: " told reporters,", " added Tuesday,"
_TAG_AFTER_SPEAKER = _rx(r"\s+[a-z]+(?:\s+[\w.’'-]+){0,2},")

#: a subordinating conjunction opening a sentence ("As he spoke ..., Trump became")
_SUBORDINATOR = _rx(r"\s*(?:As|When|While|After|Before|Although|Though|Because|Since|If|Once|Until|Even as|"
                    r"Even though|Even if|Whenever|Wherever|Whatever|Whichever)\s")
#: a name right before a clause whose subject is the pronoun ("... to Senator Rubio after he")
_NAME_BEFORE_CLAUSE = _rx(r"(?<![\w.\u2019'-])([A-Z][a-z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*),?\s+"
                          r"(?:after|as|when|while|before|because|since|until|once)\s+$")
#: a verb of replying after a pronoun ("He replied:", "He responds,")
_REPLY_AFTER = _rx(r"[A-Za-z]+\s+(?:replied|replies|responded|responds|answered|answers|retorted|retorts)\b")
#: a verb of asking or writing to someone and the name of whom ("A reporter asked Sanders",
#: "Clinton writes to Sullivan")
_ADDRESSEE = _rx(r"\b(?:asked|asks|wrote to|writes to|emailed|emails|texted|texts|pressed|questioned)\s+"
                 r"([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*)")
#: a name and its possessive opening a sentence, before a lower-case noun ("Sanders's role")
_POSSESSOR_OPENING = _rx(r"([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*?)['\u2019]s?\s+[a-z]")
#: a word opening a sentence before its subject ("But", "Although": OPENERS)
_OPENER_WORD = _rx(r"([A-Z][a-z]+),?\s+")
#: capitalised words that open a sentence and are no part of a name after them
_NOT_NAME_WORDS = OPENERS | FUNCTION | DETERMINERS
#: words before "'s" that make a contraction, not a possessive ("There's", "Let's")
_NOT_POSSESSORS = frozenset("there here it that what who where how let he she this everyone everybody nobody "
                            "someone today tomorrow yesterday one".split())
#: a run of capitalised words (an honorific's full stop kept); an apostrophe goes on a name
#: only before a capital ("O'Rourke"), so a possessive ends it ("Mr. Trump" of "Mr. Trump's RT")
_PERSON_RUN = _rx(r"[A-Z](?:[\w-]|['\u2019](?=[A-Z]))*\.?(?:\s+[A-Z](?:[\w-]|['\u2019](?=[A-Z]))*\.?)*")
#: a sentence opening "For" someone and a comma ("For Mr. Biden, after nearly eight years ...,
#: the appearance hinted at the niche he sees"): the one the sentence is about
_FOR_TOPIC = _rx(r"\s*For\s+((?:[a-z-]+\s+){0,3}[A-Z][^,;:\"\u201c]{0,60}),")
#: a transcript's speaker label opening a paragraph: "BENENSON:", "KATE BOULDUAN:"
_TRANSCRIPT_LABEL = _rx(r"[A-Z][A-Z.\x27\u2019-]+(?: [A-Z][A-Z.\x27\u2019-]+){0,3}:")
#: prepositions that end the head of a subject ("Republicans | on Capitol Hill")
_HEAD_ENDS = frozenset("of for at on in from with across around inside outside near".split())
#: heads that take their number from what follows "of" ("8 percent of Democrats")
_PARTITIVES = frozenset("percent percentage majority minority share number half third quarter most many some all "
                        "none few both rest plurality dozens hundreds thousands millions one each".split())


class _Referring:
    """Naming the subject or speaker of a sentence, and resolving a pronoun to one of them.
    A mixin of :class:`~.sentence._Sentence`, whose attributes it reads (``text``, ``a``,
    ``b``, ``doc``, ``rules``, ``out``, ``previous``, ``paragraph``, ``document_marks``) and
    whose ``subject`` and ``_quoted`` it calls."""

    __slots__ = ()

    def named_subject(self) -> tuple[int, int] | None:
        """The sentence's subject when it names someone: not a pronoun, not a time word
        ("Wednesday, he called for ..."), not a heading glued to the paragraph ("THE BORROWING
        Back when ..."), and not the subject of a quotation the sentence opens with."""
        subj = self.subject()
        if subj is None:
            # "Sanders's role is under discussion, but he has said": no source noun opens the
            # sentence, but whose role it is names the one it is about
            subj = self._possessor_opening()
            if subj is None:
                return None
        words = self.text[subj[0]:subj[1]].split()
        if _bare(words[0]) in PRONOUNS or words[0].lower() in _TIME_OPENERS:
            return None      # "He's one of us", "Wednesday, he called"
        if words[0].lower() in ("a", "an") and len(words) > 1 and all(_is_cap(w) for w in words[1:]):
            return None      # "A Clinton presidency, she vowed": a name after "a" modifies a noun
        if len(words) == 2 and words[0].lower() in ("that", "this", "which", "each", "either") and \
                words[1].lower() == "one":
            return None      # "that one was huge" (a debate): a pronoun of a thing named before
        first = words[0].lower()
        if _adverb_or_participle(first) or first in _PREPOSITION_OPENERS or first in _POSSESSIVE_PRONOUNS:
            return None      # "Recently she announced", "Addressing the party, he", "Across Asia", "His wife"
        if len(words) == 1 and (words[0].endswith(".") or (len(words[0]) > 1 and words[0].isupper())):
            return None      # a place's abbreviation or a dateline: "Va.", "WASHINGTON"
        if len(words) == 1 and first in _IMPERATIVES and not self.text[self.a:subj[0]].strip():
            # an imperative: "Consider the case of Ms. Shanklin-Hawkins. ... she says" speaks of
            # the one it names, if any, before a comma
            comma = self.text.find(",", subj[1], self.b)
            named = _NAME_RUN.search(self.text, subj[1], self.b if comma < 0 else comma)
            return named.span() if named else None
        if len(words) == 1 and not looks_plural(words[0]) and words[0] not in _capitalised_inside(self.doc) \
                and (words[0].lower().endswith(_COMMON_WORD_ENDINGS) or self.document_marks.written_lower_case(words[0])):
            # "Climate change, he believes", "Opposition to the deal, he said": capitalised
            # only where it opens a sentence, and lower case elsewhere ("climate") or shaped
            # like a common word ("-tion", "-ed"): no name (a plural, "Prosecutors", may still
            # be who "they" are; "Trump" opening the only sentence is a name)
            return None
        if sum(1 for w in words if len(w) > 2 and w.isupper() and w.isalpha()) >= 2:
            return None
        if len(words) == 1 and _ADJECTIVES_JOINED.match(self.text, subj[1]) \
                and words[0] not in _capitalised_inside(self.doc):
            return None      # "Charismatic and soulful, ... Mr. Clinton was": adjectives, not a name
        rules = self.rules
        for i, word in enumerate(words):
            if _is_possessive(word) and not any(_is_cap(w) for w in words[i + 1:]):
                noun = words[i + 1].lower() if i + 1 < len(words) else ""
                if noun in rules.female or noun in rules.male:
                    return subj      # "Elliott's father": the father, not Elliott
                # "Mr. Cruz's", "Clinton's ultimate victory": the one named is the possessor
                end = self.text.index(word, subj[0]) + len(word) - 2
                return subj[0], end
        return subj

    def named_source(self, accept: Callable[[tuple[int, int]], bool] | None = None) -> tuple[int, int] | None:
        """The last source this sentence cites by a name (a capitalised word, not a study
        or a document): '"...," Mr. English said of Mr. Cruz' names Mr. English; or by a definite
        noun that tells a sex: '"...," said the woman, who ...' (then '"...," she said' is her;
        not "a man", whom the article only brings in). With ``accept``, the last such source
        it accepts: '"...," Sarandon told MSNBC when asked about concerns that Sanders's
        supporters would not ...' names Sarandon for "she", though it cites the supporters last.
        A reaction named by a noun is no report, and no speaker who goes on: "Trump's
        accusation ... had imperiled troops, Biden said. '...,' he said" is Biden."""
        rules = self.rules
        for found in reversed(self.out[-SOURCE_WINDOW:]):
            if found.category != CITATION or "source_start" not in found.attrs or found.attrs["kind"] not in _SPEAKING \
                    or id(found) in self.unreported:
                continue
            words = found.attrs["source"].split()
            if PRONOUNS.isdisjoint(map(_bare, words)) and (
                    any(_is_cap(w) for w in words) or (words[0].lower() not in ("a", "an") and (
                        words[-1].lower() in rules.female or words[-1].lower() in rules.male))):
                span = found.attrs["source_start"], found.attrs["source_end"]
                if accept is None or accept(span):
                    return span
        return None

    def resolve(self, pronoun_start: int) -> tuple[int, int] | None:
        """A pronoun's likely referent (a span of the text), or None: the first of these,
        tried in this order, that agrees with the pronoun (``agrees`` below). The sentence's
        own candidates come first:

        1. the named subject of this sentence, before the pronoun, or after it when the
           pronoun opens the clause before it ("As he spoke ..., Trump became"); not a subject
           followed by a speech tag between commas ("The Republican nominee, he said,
           watched": the nominee is whom he speaks of), nor a name after "a" that modifies a
           noun ("A Clinton presidency, she vowed");
        2. the named speaker of a report whose clause the pronoun opens ("Whitlock said,
           adding that he told Trump", "told reporters that she"): in news the one who says
           "he" of someone is mostly speaking of himself;
        3. the one a sentence opening "For ..., " is about ("For Mr. Biden, ..., the
           appearance hinted at the niche he sees");
        4. the named subject of a clause opening the sentence, for the main clause's pronoun;
           for "he" and "she" only when the article tells that one's sex and it is the
           pronoun's ("When Sherman was at ..., he studied"; not "If Clinton is elected, he
           said");
        5. for "he" and "she": the name right before the clause the pronoun opens ("Warren
           told Stumpf, after he admitted"), then whom this sentence cites by name before the
           pronoun, when its sex is told and is the pronoun's ('said Sen. Chris Murphy, who
           voted against it because he thought');
        6. for a "he" or "she" that replies ("He replied", "she responds"): whom the sentence
           before asked or wrote to by name ("A reporter asked Sanders how he's feeling. He
           replied");
        7. for "they" after an earlier "they" subject of its own sentence: what that one meant.

        Then up to ``LOOK_BACK`` = 3 sentences back (sentences inside a quotation, up to
        ``QUOTED_WALK`` = 8 of them, are the quoted speaker's words and not counted; "they"
        does not look past its paragraph, "he" and "she" do, as news often opens a paragraph
        with '"...," she said'), in each, the first that agrees of:

        8. its subject when that is the same pronoun outside a quotation: whom that one meant
           goes on (the centring rule: a pronoun subject keeps the topic);
        9. its named subject (someone brought in as "a doctor" is taken up by the next
           sentence only), except that, for "he" and "she", a subject that is one common word
           ("Couple global exposure with ...") yields to the speaker its sentence names, and a
           speaker set between commas right after the subject is who goes on speaking
           ("Trump, Sexton said, has created ... '...,' he said": Sexton);
        10. the one it opens "For ..., " about;
        11. for "he" and "she", the last source it names by name, or by a definite noun that
            tells a sex ("said the woman").

        12. Last resort, for "he" and "she": the last name before the pronoun, in its sentence
            or the one before, whose sex the article tells and is the pronoun's
            (:meth:`_last_name_of_sex`; about 0.85 right in two samples read in train).

        A named subject (:meth:`named_subject`, in 1 and 9) is no pronoun, time word or
        heading; a sentence with no source noun for a subject is about the name whose
        possessive opens it ("Sanders's role is ..."), and a common-noun subject that a full
        name set off after it makes definite is that name ("One delegate, party chairwoman
        Nancy Worley, pledged").

        A candidate agrees when it has the pronoun's number (read on the head before a
        prepositional phrase: "Republicans on Capitol Hill"; a people, "Russians", is
        plural; a plural capitalised only to open its sentence is a group), is a person and
        not a body, text or place ("The Trump campaign", "Wall Street", "Belgium" are no
        "he"), has the pronoun's sex where a title, a role noun, a given name or the
        article's other mentions of a surname tell it ("Ms.", "wife", "Jennifer", "Trump"
        beside "Donald Trump"), and is not a transcript's speaker label read inside an
        answer ("BENENSON: ... he said": not Benenson)."""
        text, rules = self.text, self.rules
        pronoun = _PRONOUN_WORD.match(text, pronoun_start).group().lower()
        plural = pronoun in ("they", "their", "them")
        sex = _PRONOUN_SEX.get(pronoun)
        # inside a transcript's answer: its paragraph opens with a speaker's label in capitals
        in_answer = _TRANSCRIPT_LABEL.match(text, self.doc.paragraphs[self.paragraph].start) is not None

        def agrees(span: tuple[int, int] | None) -> bool:
            if span is None:
                return False
            if text.startswith(":", span[1]) and text[span[0]:span[1]].isupper() and in_answer:
                return False      # "BENENSON: ... Let's see if he goes back": a transcript's speaker
                #                   says "I", and the one asking is "you" ("TAPPER: ...? FALLIN: I think he")
            words = text[span[0]:span[1]].split()
            head = before_preposition(words, _HEAD_ENDS, _PARTITIVES)     # "Republicans" of "Republicans on Capitol Hill"
            if not plural and " ".join(words) in rules.places:
                return False      # "Belgium failed to ... '...,' he added": a place is no "he"
            if not plural and len(words) == 2 and words[0].lower() == "the" and _is_cap(words[1]) \
                    and words[1].lower() not in rules.heads and words[1].lower() not in given_names():
                return False      # "The Boeing ..., he said": "the" and a name is a thing or a body ("The Donald" is a he)
            if not plural and len(head) == 1 and looks_plural(head[0]) and (
                    self.document_marks.written_lower_case(head[0]) or head[0].lower() in rules.heads
                    or ((len(words) > 1 or text.startswith(" of ", span[1]))
                        and head[0] not in _capitalised_inside(self.doc))):
                # a plural, capitalised to open the sentence: "Allies say that he ..." (written
                # in lower case elsewhere), "Republicans, too, have tapped ..." (a group),
                # "Victims of domestic violence ..." (before its phrase, capitalised nowhere else)
                return False
            return _plural(head, plural) is plural and agrees_in_kind(
                words, pronoun, rules.female, rules.male, rules.not_a_person, self.document_marks.surname_sex)

        subj = self.named_subject()
        if subj is not None and agrees(subj) and (
                subj[1] <= pronoun_start or self._in_opening_clause(pronoun_start, subj[0])) \
                and not self._tag_after(subj, pronoun_start):
            return subj
        def told_sex(span: tuple[int, int]) -> bool:
            """Does the article tell the sex of the one ``span`` names, and is it the pronoun's?
            (A name of unknown sex is no referent here: "When Sanders accused Clinton ..., she
            said" is not Sanders.)"""
            return sex_of(text[span[0]:span[1]].split(), rules.female, rules.male,
                          self.document_marks.surname_sex) == sex

        reporter = self._reporter_right_before(pronoun_start)
        if reporter is not None and agrees(reporter):
            return reporter      # "Whitlock said, adding that he told Trump": the one reporting
        topic = self.for_topic()
        if topic is not None and topic[1] <= pronoun_start and agrees(topic):
            return topic      # "For Mr. Biden, ..., the appearance hinted at the niche he sees"
        clause_subject = self._opening_clause_subject(pronoun_start)
        if clause_subject is not None and agrees(clause_subject) and (sex is None or told_sex(clause_subject)):
            return clause_subject      # "When Sherman was at Columbia Journalism School, he studied"
        if sex is not None:
            named = self._name_before_clause(pronoun_start)
            if named is not None and agrees(named):
                return named      # "Warren told Stumpf, after he admitted": the subject cannot be "he"
            named = self.named_source(lambda span: span[1] <= pronoun_start and agrees(span) and told_sex(span))
            if named is not None:
                return named      # '"...," said Sen. Chris Murphy, who voted against it because he thought'

        def same_pronoun(sentence: "_Referring", span: tuple[int, int] | None) -> bool:
            """Is ``span`` (a subject of ``sentence``) the same pronoun, outside a quotation?"""
            if span is None or sentence._quoted(span[0]):
                return False
            word = text[span[0]:span[1]].lower()
            return _PRONOUN_SEX.get(word) == sex if sex is not None else (plural and word == "they")

        if sex is not None and _REPLY_AFTER.match(text, pronoun_start):
            addressee = self._addressee_before()
            if addressee is not None and agrees(addressee):
                return addressee     # "A reporter asked Sanders how he's feeling. He replied"

        own = self.subject() if plural else None
        if own is not None and own[1] <= pronoun_start and same_pronoun(self, own):
            return self.resolve(own[0])      # "They distributed news stories, and they reminded voters"
        back, steps, quoted = self.previous, 0, 0
        while back is not None and steps < LOOK_BACK and not (plural and back.paragraph != self.paragraph):
            if same_pronoun(back, back.subject()):
                # "He would like to see the ideas Sanders championed. ... he said": the same "he"
                # (or "they") goes on; whom it meant, not a name it spoke of
                return back.resolve(back.subject()[0])
            subj = back.named_subject()
            if agrees(subj) and not (back is not self.previous and self._indefinite(subj)):
                if not plural and back._common_word(subj):
                    named = back.named_source(lambda span: span != subj and agrees(span))
                    if named is not None:
                        return named    # "Couple global exposure with ..., said Christine Link": she
                if not plural:
                    # "Trump, Sexton said, has created ...": the speaker set between commas after
                    # the subject is who goes on speaking ('"...," he said'), not whom he spoke of
                    named = back.named_source(lambda span: back.text[subj[1]:span[0]].strip() == "," and
                                              _TAG_AFTER_SPEAKER.match(back.text, span[1], back.b) is not None
                                              and agrees(span))
                    if named is not None:
                        return named
                return subj      # (someone brought in as "a doctor" is taken up by the next sentence only)
            topic = back.for_topic()
            if topic is not None and agrees(topic):
                return topic     # "For front-runner Hillary Rodham Clinton, the attack was ... She"
            if not plural:
                subj = back.named_source(agrees)
                if subj is not None:
                    return subj
            if back.quoting and quoted < QUOTED_WALK:
                quoted += 1       # a sentence inside a quotation: the quoted one's words, not counted
            else:
                steps += 1
            back = back.previous
        if sex is not None:
            named = self._last_name_of_sex(pronoun_start, sex)
            if named is not None and agrees(named):
                return named
        return None

    def resolve_it(self, pronoun_start: int) -> tuple[int, int] | None:
        """What a source "it" most likely is: the last source cited before it, in its
        sentence or up to :data:`LOOK_BACK` sentences back, that is a body or a text (its
        head among the rules' ``not_a_person``, singular) and no pronoun itself: "the report
        says. It also points out" is the report; '"...," the newspaper admitted. "...," it
        added' the newspaper. Else None: "it" in "it is demanding", "It could also
        encourage" names nothing a reader can look up."""
        sentence: _Referring | None = self
        for _ in range(LOOK_BACK + 1):
            if sentence is None:
                return None
            for found in reversed(sentence.out[-_IT_REACH:]):
                attrs = found.attrs
                if found.category != CITATION or "source_start" not in attrs or (
                        sentence is self and attrs["source_start"] >= pronoun_start):
                    continue
                words = attrs["source"].split()
                if attrs["source"].lower() in PRONOUNS or not words:
                    continue
                head = before_preposition(words, _HEAD_ENDS)
                last = _bare(head[-1]) if head else ""
                if last in self.rules.not_a_person and (last == "times" or not looks_plural(last)):
                    return attrs["source_start"], attrs["source_end"]
            sentence = sentence.previous
        return None

    def _reporter_right_before(self, pronoun_start: int) -> tuple[int, int] | None:
        """The named source of a report in this sentence whose clause the pronoun opens ("Jolly
        said he would", "Whitlock said, adding that he told Trump", "told reporters that she"),
        or None: in news the one who says "he" of someone is mostly speaking of himself."""
        text = self.text
        for found in reversed(self.out[-SOURCE_WINDOW:]):
            if found.span.end > pronoun_start:
                continue
            if found.category != CITATION or found.attrs["kind"] not in _SPEAKING or "source_start" not in found.attrs:
                return None
            if not _REPORTED_CLAUSE_GAP.fullmatch(text, found.span.end, pronoun_start):
                return None
            span = found.attrs["source_start"], found.attrs["source_end"]
            words = text[span[0]:span[1]].split()
            if not words or not PRONOUNS.isdisjoint(map(_bare, words)) or not any(_is_cap(w) for w in words):
                return None
            return span
        return None

    def _tag_after(self, subject: tuple[int, int], pronoun_start: int) -> bool:
        """Is the pronoun a speech tag set between commas right after ``subject``? Then the
        subject is what the speaker speaks of, not the speaker: "The Republican nominee, he
        said, watched the Olympics" (he is who spoke before)."""
        text = self.text
        return text[subject[1]:pronoun_start].strip() == "," and _TAG_AFTER_SPEAKER.match(
            text, _PRONOUN_WORD.match(text, pronoun_start).end(), self.b) is not None

    def _last_name_of_sex(self, pronoun_start: int, sex: str) -> tuple[int, int] | None:
        """The last name before the pronoun, in its sentence or the one before (neither in a
        quotation), whose sex the article tells and is the pronoun's ("In June 2009, after
        Clinton suffered a concussion, Axelrod emailed her ... She replied": Clinton, where
        "Hillary Clinton" is the only Clinton): the last resort, when no subject or speaker
        agrees."""
        rules, marks = self.rules, self.document_marks
        for sentence, end in ((self, pronoun_start), (self.previous, None)):
            if sentence is None or sentence.quoting:
                return None
            text = sentence.text
            found = None
            end = sentence.b if end is None else end
            # the last NAME_WINDOW characters: enough for a name near the pronoun, and a cost per
            # pronoun that does not grow with the sentence (a sentence of thousands of reports)
            for m in _PERSON_RUN.finditer(text, max(sentence.a, end - NAME_WINDOW), end):
                if sentence._quoted(m.start()):
                    continue
                words = m.group().split()
                lead = 0
                while lead < len(words) and words[lead].lower() in _NOT_NAME_WORDS:
                    lead += 1      # "Though Ms. Olivieri": the word opening the sentence is no part of her name
                if lead < len(words) and sex_of(words[lead:], rules.female, rules.male, marks.surname_sex) == sex:
                    start = m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
                    found = start, m.end() - (m.group().endswith(".") and len(words[-1]) > 2)
            if found is not None:
                return found
        return None

    def _possessor_opening(self) -> tuple[int, int] | None:
        """The name whose possessive opens the sentence, after an opener ("Sanders's role is
        ...", "But Trump's attempt ..."): not a contraction ("There's", "Let's"), a day or a
        month ("December's agreement"), and not when the sentence cites someone by name
        ("Trump's accusation ... had imperiled troops, Biden said": Biden is who goes on)."""
        if self.quoting:
            return None
        text = self.text
        start = self.a
        opener = _OPENER_WORD.match(text, start, self.b)
        if opener is not None and opener.group(1).lower() in OPENERS:
            start = opener.end()
        possessor = _POSSESSOR_OPENING.match(text, start, self.b)
        if possessor is None:
            return None
        name = possessor.group(1)
        if name.lower() in _NOT_POSSESSORS or name.lower().rstrip(".") in TIME_NAMES or self.named_source() is not None:
            return None
        return possessor.span(1)

    def _common_word(self, span: tuple[int, int]) -> bool:
        """Is the phrase at ``span`` one capitalised word among the commonest words, never
        capitalised inside a sentence of the article ("Couple" of "Couple global exposure
        with ...")? Such a subject may be no one; a speaker the sentence names is likelier."""
        words = self.text[span[0]:span[1]].split()
        return len(words) == 1 and _common(words[0].lower()) and words[0] not in _capitalised_inside(self.doc)

    def _indefinite(self, span: tuple[int, int]) -> bool:
        """Is the phrase at ``span`` indefinite and nameless ("a doctor", "an aide")?"""
        words = self.text[span[0]:span[1]].split()
        return words[0].lower() in ("a", "an") and not any(_is_cap(w) for w in words[1:])

    def for_topic(self) -> tuple[int, int] | None:
        """The person a sentence opening "For ... ," is about: the last run of capitalised words
        in that phrase ("For Democratic front-runner Hillary Rodham Clinton, the worst attack
        ... was an opportunity"), when it is all there is before the comma."""
        m = _FOR_TOPIC.match(self.text, self.a, self.b)
        if m is None:
            return None
        runs = list(_PERSON_RUN.finditer(self.text, m.start(1), m.end(1)))
        if not runs or runs[-1].end() != m.end(1):
            return None      # "For years, ...", "For the first time in decades, ..."
        words = runs[-1].group().split()
        if words[-1].lower().rstrip(".") in TIME_NAMES or words[0].lower() in DETERMINERS:
            return None
        return runs[-1].span()

    def _addressee_before(self) -> tuple[int, int] | None:
        """Whom the sentence before asked or wrote to, by name, outside a quotation: who "he" is
        when he replies ("'...?' Clinton writes to Sullivan. He responds"), or None."""
        before = self.previous
        if before is None:
            return None
        found = None
        for m in _ADDRESSEE.finditer(before.text, before.a, before.b):
            if not before._quoted(m.start()):
                last = m.group(1).split()[-1]      # its full stop is no part of the name ("Sullivan.")
                found = m.start(1), _name_end((m.end(1) - len(last), m.end(1), last))
        return found

    def _name_before_clause(self, pronoun_start: int) -> tuple[int, int] | None:
        """The name right before the subordinate clause a pronoun opens ("made their feelings
        known to Senator Rubio after he spoke up"), if any: not a day or a month, not a
        capital that opens the sentence ("Even as he accused"), not a word written in lower
        case elsewhere ("THE BORROWING Back when he")."""
        text = self.text
        named = _NAME_BEFORE_CLAUSE.search(text, max(self.a, pronoun_start - 60), pronoun_start)
        if named is None:
            return None
        name = named.group(1).split()
        if name[-1].lower().rstrip(".") in TIME_NAMES or not text[self.a:named.start(1)].strip(" \t\n\"\u201c'(") \
                or (len(name) == 1 and self.document_marks.written_lower_case(name[0])):
            return None
        return named.span(1)

    def _opening_clause_subject(self, pronoun_start: int) -> tuple[int, int] | None:
        """The name that is the subject of a subordinate clause opening the sentence, when the
        pronoun is the subject of the main clause right after its comma ("When Sherman was at
        Columbia Journalism School, he studied": Sherman)."""
        text = self.text
        if pronoun_start - self.a > NAME_WINDOW:
            return None      # (a clause that long is no opening clause; and the tests below read it all)
        opening = _SUBORDINATOR.match(text, self.a, pronoun_start)
        if opening is None or opening.group().split()[0] in ("If", "Until") or \
                text[self.a:pronoun_start].rstrip()[-1:] != "," or _QUOTE_MARK.search(text, self.a, pronoun_start):
            return None      # (a condition speaks of someone else as often: "If Clinton is elected, he said")
        name = _PERSON_RUN.match(text, opening.end(), pronoun_start)
        if name is None or not text.startswith(" ", name.end()) or not text[name.end() + 1:name.end() + 2].islower():
            return None      # a name, then its verb (not "When Sherman's ...", "After Iowa,")
        words = name.group().split()
        if words[0].lower() in _NOT_NAME_WORDS or words[-1].lower().rstrip(".") in TIME_NAMES or (
                len(words) == 1 and self.document_marks.written_lower_case(words[0])):
            return None      # (not "As Monday began, she was hoping")
        return name.span()

    def _in_opening_clause(self, at: int, subject_start: int) -> bool:
        """Is ``at`` inside a subordinate clause that opens the sentence before its subject
        ("As he spoke to accept his party's nomination, Trump became ...": "he" is Trump)?"""
        text = self.text
        dateline = _DATELINE.match(text, self.a, at)     # "NEWPORT NEWS, Va. - As he welcomed the guests,"
        start = dateline.end() if dateline else self.a
        return bool(_SUBORDINATOR.match(text, start, at)) and "," in text[at:subject_start] \
            and not _QUOTE_MARK.search(text, start, subject_start)

    def forget_beyond_look_back(self) -> None:
        """Cut the chain of earlier sentences past the most that :meth:`resolve` reads
        (:data:`LOOK_BACK` and :data:`QUOTED_WALK`), so that a long document does not keep
        every sentence alive."""
        back = self
        for _ in range(LOOK_BACK + QUOTED_WALK):
            back = back.previous
            if back is None:
                return
        back.previous = None

    # -- the pass
