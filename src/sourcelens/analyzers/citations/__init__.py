"""Citations and attributions: who is cited, and who is only gestured at.

``find_citations(doc)`` returns :class:`Evidence` of dimension ``specificity`` for the
body sentences of ``doc``, sorted by start offset, in two categories:

``citation``
    a claim tied to an identifiable source. ``attrs["kind"]`` is one of
    ``reported_speech`` ("Trump said", "said the spokesman", "he claimed"),
    ``reported_stance`` ("Clinton believes", "the union opposes", and a reaction named by a
    noun, "criticism from Clinton", "Trump's claims"), ``according_to``
    ("according to Defense Secretary Ash Carter"), ``quotation`` (words in quotation
    marks with a speaker in the same sentence), ``named_document`` ("According to the
    2014 Special Measures Agreement (SMA)", "under the Voting Rights Act"), ``study``
    ("a Quinnipiac University poll found"), ``link``, ``doi`` and ``bibliographic``
    ("(Cha and Kang, 2016)", "[12]").
``anonymous_attribution``
    a claim attributed to nobody in particular: ``anonymous_source`` ("a source
    familiar with the talks said"), ``vague_group`` ("some analysts", "experts say", "Some Democrats say",
    "what many felt", "criticism from rivals", "leaving many to wonder", "To many, ..."),
    ``agentless_passive`` ("it is believed that", "reportedly") and
    ``unnamed_research`` ("studies show"), Wikipedia's "unsupported attributions".

Where the cited source can be found in the sentence, ``attrs`` carry ``source`` (its
text) with ``source_start``/``source_end`` (offsets into ``doc.text``), so a report
can list who is cited; ``cue`` is the verb or phrase that marks the attribution, and
``channel`` the occasion or medium when the sentence names one ("a New York Times
interview"). A pronoun source ("he claimed", "it added") also gets ``source_resolved``:
the name it most likely refers to (see "Who a pronoun source is" below).

Method (no parser, no model): one combined regex of cues per sentence, then cheap
checks in a window around each cue. A reporting verb counts only with a source beside
it: a noun phrase just before it (a capitalised name, a pronoun, or a phrase headed by a
source noun such as "spokesman", "campaign", "poll"), allowing auxiliaries, adverbs and
an appositive in between ("Trump, the Republican nominee, has repeatedly said"); or
just after it ('"...," said Trump'); or, for a participle after a comma (", saying"),
the subject at the start of the sentence. A message put out ("Trump issued a statement
saying", "released a video that said") is how its issuer spoke: the issuer is the source.
A verb's plain form right after a single name is a noun ("Republican support", "the
Trump brand"): a singular name takes the -s form. Verb lists and noun lists are data in
``lexicons/citations.toml`` (Recasens et al. 2013 report verbs, extended with the cues
most frequent in PolNeAR's training split).

Accuracy (PolNeAR, Newell et al. 2018; "sentence contains an attribution" over body
sentences; predicted when the sentence overlaps ``citation`` evidence, gold when it
overlaps the cue of an annotated attribution with a source; ``benchmarks/eval_attribution.py``):
dev precision 0.954, recall 0.734, cited source found in 0.951 of the hits (its words agree
with the annotated source's at word F1 0.882); train 0.948 / 0.717 (word F1 0.858).
A said/says/told/according-to baseline gets 0.97 / 0.39 on the same dev sentences.

Choices that cost PolNeAR recall on purpose: "I think", "we say" (the writer, not a cited
source) are not citations; "officials said", "experts say", "sources said" are
``anonymous_attribution``, not citations; verbs inside quotation marks (also the '' ... '' of
the NYT archive) belong to the quoted speaker and are skipped; "did not respond to a request
for comment" says nothing and "responded by sidestepping Moscow" is an act (PolNeAR counts some
non-responses: 4 dev sentences); a noun phrase such as "with Republican support" is no report
of "Republican" (PolNeAR marks some as attributions: 8 train sentences).
Limits: no parser, so a source far from its verb (relative clauses of more than 40 tokens,
dashes) and verbs outside the lists are missed; "spoke" is a report only with what was
spoken of ("spoke of", "about", "out"; not "spoke at a rally", which PolNeAR does not mark);
source nouns joined by "and" are one source ("Regulators and environmental groups"), but a
name before "and" is not joined ("Trump and his aides said" cites "his aides"). A report
inside a report ("Obama said he was not speaking ...") and a second verb of the same source
("responded ... by saying") are one citation, the first.

Who a pronoun source is (``source_resolved``) is a heuristic, not a parser's coreference:
the sentence's own named subject or speaker first, then the subjects and named speakers of
up to three sentences back, then, for "he" and "she", the last name before it whose sex the
article tells; each candidate must agree with the pronoun in number, kind (a person, not a
body, text or place) and sex where the article tells it (the twelve steps in order:
``_Referring.resolve`` in ``pronouns.py``). A pronoun inside a quotation is not resolved.
289 of the 353 pronoun sources in PolNeAR dev get one; of the latest held-out 40 in train,
drawn on these rules, 36 were right (0.90, about +-0.05), of the four samples of 40 before
it, 32, 33, 35 and 37 (``benchmarks/eval_specifics.py``). A source "it" is given the last
source cited before it, up to three sentences back, that is a body or a text ("the report
says. It also points out": the report; ``_Referring.resolve_it``): 31 of the 103 "it"
sources in PolNeAR get one, 28 of them right, judged by hand.

The package, read in this order: ``words.py`` (evidence kinds, word classes, fixed
patterns), ``rules.py`` (the rules compiled from the lexicon), ``tokens.py`` (tokens and
chunk facts of a sentence), ``sources.py`` (tests on a candidate source's text),
``referents.py`` (word tests for who a pronoun refers to), ``marks.py`` (what is read once
per document); walking tokens from a cue to its source: ``spans.py`` (small helpers the
walks share), ``noun_phrase_back.py`` and ``noun_phrase_forward.py`` (a noun phrase that ends
or starts at a token), ``adverbials.py`` (what stands between a source and its verb),
``source_before_verb.py`` (the source before a verb: appositives, relative clauses, places),
``capitalised.py`` (the words a document capitalises inside a sentence),
``sentence_start.py`` (the subject at the start of a sentence); ``pronouns.py`` (a
sentence's named subject and speaker, and who its "he" or "she" is); the handlers of one
sentence: ``noun_or_verb.py`` (is a cue word a noun), ``claims.py`` (what a sentence has
found, indexed), ``documents.py`` (links, DOIs, references, named documents and studies),
``anonymous.py`` (unnamed sources and vague groups), ``reporting_verbs.py`` (reporting verbs
and their sources), ``quotations.py`` (quotations, and names before a colon or after a
dash), ``sentence.py`` (one sentence: its cues, its bookkeeping and "according to", the
other handlers mixed in); and here :func:`find_citations`, which runs them sentence by
sentence.
"""

from __future__ import annotations

from ...model import Document, Evidence
from .rules import _rules
from .marks import _DocumentMarks
from .sentence import _Sentence
from .words import ANONYMOUS, CITATION, DIMENSION, KIND_CODES, NOTES

__all__ = ["ANONYMOUS", "CITATION", "DIMENSION", "KIND_CODES", "NOTES", "find_citations"]


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
        ctx.forget_beyond_look_back()
    found.sort(key=lambda e: (e.span.start, e.span.end, e.code))
    return found
