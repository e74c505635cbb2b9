"""Provenance: AI-use disclosures (a disclosure detector, not an AI detector), chatbot
leftovers, author, dates, publisher, copyright, type of work, accountability markers,
and the per-article checklist."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import sourcelens
from sourcelens import ingest, lexicons
from sourcelens.analyzers import disclosure, disclosure_rules, provenance

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "ai_disclosure_cases.tsv"
BLIND = ROOT / "tests" / "data" / "ai_disclosure_blind.tsv"  # written before reading the word lists
BLIND2 = ROOT / "tests" / "data" / "ai_disclosure_blind2.tsv"  # scored once after the revision
BLIND3 = ROOT / "tests" / "data" / "ai_disclosure_blind3.tsv"  # scored once (R 0.709), then generalised on
GENERALISE = ROOT / "tests" / "data" / "ai_disclosure_generalise.tsv"  # new wordings of blind 3's miss causes
BLIND4 = ROOT / "tests" / "data" / "ai_disclosure_blind4.tsv"  # scored once (R 0.693), then the permissive pass G was built on its misses
DEV4 = ROOT / "tests" / "data" / "ai_disclosure_dev4.tsv"  # written before pass G, tuned on (a development set)
BLIND5 = ROOT / "tests" / "data" / "ai_disclosure_blind5.tsv"  # scored once (P 0.965 R 0.874), then revised on its error causes: NO LONGER BLIND
FAMILIES5 = ROOT / "tests" / "data" / "ai_disclosure_families5.tsv"  # new wordings of blind 5's causes, written after the revision
BLIND6 = ROOT / "tests" / "data" / "ai_disclosure_blind6.tsv"  # scored once (P 0.972 R 0.833), then revised on its causes: NO LONGER BLIND
BLIND7 = ROOT / "tests" / "data" / "ai_disclosure_blind7.tsv"  # scored once, P 0.990 R 0.950; never tuned on
BLIND8 = ROOT / "tests" / "data" / "ai_disclosure_blind8.tsv"  # scored once (P 0.966 R 0.860), then revised on its causes: NO LONGER BLIND
BLIND9 = ROOT / "tests" / "data" / "ai_disclosure_blind9.tsv"  # scored once (P 0.967 R 0.880), then revised on: NO LONGER BLIND
BLIND10 = ROOT / "tests" / "data" / "ai_disclosure_blind10.tsv"  # scored once (P 0.979 R 0.927), then revised on: NO LONGER BLIND
BLIND11 = ROOT / "tests" / "data" / "ai_disclosure_blind11.tsv"  # HELD OUT: scored once, P 0.979 R 0.953; never tuned on
CASE_FILES = (CASES, BLIND, BLIND2, BLIND3, GENERALISE, BLIND4, DEV4, BLIND5, FAMILIES5, BLIND6, BLIND7, BLIND8, BLIND9,
              BLIND10, BLIND11)


def _cases(path: Path = CASES):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("label\t") or not line.strip():
            continue
        label, kind, sentence = line.split("\t")
        split = "check" if int(hashlib.sha1(sentence.encode()).hexdigest(), 16) % 3 == 0 else "tune"
        out.append((int(label), kind, sentence, split))
    return out


def _prov(text: str):
    return sourcelens.analyze(text, ["provenance"])


def _codes(text: str) -> set[str]:
    return {e.code for e in _prov(text).evidence_for("provenance")}


def _cats(text: str) -> set[str]:
    return {e.category for e in _prov(text).evidence_for("provenance")}


# ------------------------------------------------------------------ the case file

def test_case_file_is_balanced_and_large():
    cases = _cases()
    pos = [c for c in cases if c[0] == 1]
    neg = [c for c in cases if c[0] == 0]
    assert len(pos) >= 150 and len(neg) >= 150 and len(neg) >= len(pos)
    assert {c[1] for c in neg} == {"news", "lookalike", "denial", "disclaimer"}
    assert len({c[2] for c in cases}) == len(cases), "duplicate sentences"
    assert {c[3] for c in cases} == {"tune", "check"}


@pytest.mark.parametrize("path,size", [(BLIND, 150), (BLIND2, 80), (BLIND3, 140), (GENERALISE, 70), (BLIND4, 160),
                                       (DEV4, 100), (BLIND6, 160), (BLIND7, 200), (BLIND8, 200),
                                       (BLIND9, 200), (BLIND10, 300), (BLIND11, 300)])
def test_blind_files_are_balanced(path, size):
    cases = _cases(path)
    pos = sum(1 for c in cases if c[0] == 1)
    assert len(cases) >= size and 0.4 <= pos / len(cases) <= 0.6
    assert {c[1] for c in cases if c[0] == 0} == {"news", "lookalike", "denial", "disclaimer"}
    assert len({c[2] for c in cases}) == len(cases), "duplicate sentences"


def _precision_recall(rows) -> tuple[float, float]:
    pred = [(label, disclosure.is_disclosure(s)) for label, _, s, _ in rows]
    tp = sum(1 for label, p in pred if label and p)
    fp = sum(1 for label, p in pred if not label and p)
    fn = sum(1 for label, p in pred if label and not p)
    return tp / (tp + fp), tp / (tp + fn)


# Floors sit a little under what was measured (benchmarks/eval_provenance.py): the case file
# 1.000/1.000 on both parts; blind set 1 1.000/0.988 (it was the revision's error list, so
# this is not a held-out figure); blind set 2 1.000/0.905 when first scored, 1.000/1.000 after
# its four misses were fixed. Blind set 3 scored 1.000/0.709 when first scored; the rule was
# then generalised by the causes of its misses, so it is NO LONGER BLIND: 1.000/1.000 after
# tuning, floor 0.97/0.95. The generalisation set was written before that change (it scored
# 0.929/0.361 then) and is tuned on too (1.000/1.000 now). Blind set 4 scored 1.000/0.693 when
# first scored; the permissive pass G was then built on its misses, so it is NO LONGER BLIND
# (1.000/1.000 after). Development set 4 was written before pass G (0.973/0.643 then) and
# tuned on (0.982/0.982 now). No file here is held out any more: the held-out estimate for
# pass G needs a new blind set. Blind set 5 scored P 0.965 R 0.874 when first scored (its one
# and only blind scoring); the rule was then revised on the causes of its 12 misses and 3 false
# alarms, so it is NO LONGER BLIND either (1.000/1.000 after; floor 0.97/0.95). The families
# set (new wordings of those causes and look-alikes of the false alarms) was written by the
# reviser after the revision, so it checks the causes, not held-out accuracy (0.875 recall on
# first run, 1.000/1.000 after two spelling/through-use fixes). Blind set 6 scored P 0.972 R 0.833
# when first scored; the rule was then revised on the causes of its misses (brackets and labels,
# bylines with an appositive tool, lower-case product names, "came out of", disclosing verbs about
# this text, model versions, "the <thing> below"), so it is no longer blind (0.976/0.952 after).
# Blind set 7 (200 sentences, written by someone who had not seen the rule) was scored once after
# that revision: P 0.990 R 0.950 (0.990/0.960 after the next revision, which did not use it).
# Blind set 8 (200, same author brief) was scored once on that same rule: P 0.966 R 0.860; the
# rule was then revised on its causes (platform labels, policy statements, the newsroom's own
# research use, more self nouns and determiners, model names with versions), so it is no longer
# blind (1.000/0.970 after). Blind set 9 was scored once after that revision: P 0.967 R 0.880;
# blind set 10 (300 sentences) once on the same rule: P 0.979 R 0.927. The rule was then revised
# on the causes of both sets' errors (sections and parts named as the subject, NLP software and
# text-to-speech voices, possessive product features, platform labels, an agent's name in
# apposition, product "-powered" compounds, first-person tool trials), so neither is blind now
# (1.000/0.960 and 1.000/0.973 after). Blind set 11 (300, same brief) was scored once after that
# revision: P 0.979 R 0.953, the held-out figure, pinned above. The benchmark docstring has the history.
@pytest.mark.parametrize("path,split,min_p,min_r", [
    (CASES, "tune", 0.97, 0.97),
    (CASES, "check", 0.97, 0.95),
    (CASES, None, 0.97, 0.97),
    (BLIND, None, 0.97, 0.95),
    (BLIND2, None, 0.97, 0.95),
    (BLIND3, None, 0.97, 0.95),
    (GENERALISE, None, 0.97, 0.95),
    (BLIND4, None, 0.97, 0.95),
    (DEV4, None, 0.97, 0.95),
    (BLIND5, None, 0.97, 0.95),
    (FAMILIES5, None, 0.97, 0.95),
    # Held out (the README's figure): pinned at what it measured when first scored, so a change
    # that makes the rule worse on unseen wording fails. Tune on it and it stops being held out.
    (BLIND6, None, 0.97, 0.95),
    (BLIND7, None, 0.98, 0.95),
    (BLIND8, None, 0.98, 0.95),
    (BLIND9, None, 0.98, 0.95),
    (BLIND10, None, 0.98, 0.95),
    (BLIND11, None, 0.97, 0.95),
])
def test_disclosure_precision_recall(path, split, min_p, min_r):
    p, r = _precision_recall([c for c in _cases(path) if split is None or c[3] == split])
    assert p >= min_p and r >= min_r, (p, r)


@pytest.mark.parametrize("path", CASE_FILES)
def test_pipeline_agrees_with_sentence_function(path):
    """Through ingest + analyzer (keyword pre-filter included), every case gets the same answer.

    A case that ingest splits into several sentences ("Copilot uses AI. Check for mistakes.")
    is judged sentence by sentence in a document, so it is compared with the sentence
    function on each of its sentences."""
    for label, kind, sentence, _ in _cases(path):
        via_pipeline = bool(_prov(sentence).value("provenance.ai_disclosure"))
        doc = ingest.from_text(sentence)
        parts = [doc.text[s.span.start:s.span.end] for s in doc.sentences]
        assert via_pipeline == any(disclosure.is_disclosure(part) for part in parts), sentence


@pytest.mark.parametrize("agent", disclosure_rules.agent_keywords()[1])
def test_pipeline_finds_disclosures_naming_a_case_sensitive_agent(agent):
    """The keyword pre-filter lets through a sentence naming an agent with a capital
    ("Kling", "Magic Write"): such keywords are found as written, in the original text.
    Mixed-case ones were once looked for in the lower-cased text, where they never are."""
    for sentence in (f"Illustration made with {agent} for this article.",
                     f"This story was written with the help of {agent}."):
        expected = disclosure.is_disclosure(sentence)
        assert bool(_prov(sentence).value("provenance.ai_disclosure")) == expected, sentence
    if not agent.isupper():  # the mixed-case ones name tools: both sentences disclose
        assert disclosure.is_disclosure(f"Illustration made with {agent} for this article.")


@pytest.mark.parametrize("sentence, construction", [
    ("By Maria Keller and ChatGPT", "Y"),                                   # byline credit
    ("Text by Sam Ortiz; illustrations by Midjourney.", "Y"),
    ("Using Claude, I condensed this report into five bullet points.", "F"),  # fronted adjunct
    ("During the writing of this paper, the authors used ChatGPT to check grammar.", "C"),
    ("It was put together by an automated system from council data.", "A"),    # split disclosure
    ("THIS SUMMARY WAS PRODUCED WITH AI.", "A"),                            # all capitals
    ("Forecast compiled automatically from weather service data.", "B"),     # bare label subject
    ("Our newsroom's AI writing platform drafted this earnings note.", "D"),  # tool noun after agent
    ("Generative AI supported our editors in checking the quotes in this story.", "D"),  # human object
    ("Our desk assembled this timeline with a little help from Gemini.", "I"),  # person + AI instrument
    ("This recap owes its tidy structure to ChatGPT.", "I"),                   # idiom, text as subject
    ("The authors acknowledge the use of Claude for copy-editing this manuscript.", "I"),  # noun frame
    ("We relied on Claude (Anthropic) to tighten the wording of this post.", "I"),
    ("A chatbot (Gemini) summarised this report.", "D"),                     # brackets skipped
    ("Voiceover: Synthesia, checked by the producer.", "L"),                    # credit label
    ("Recap (via ChatGPT): the strike is over.", "L"),                         # agent in the label
    ("This page was written by Nova, an AI assistant made by our developers.", "A"),  # apposition
    ("What you are reading now was generated by a language model.", "A"),     # self-deixis
    ("AI use statement: a chatbot was consulted to suggest headings.", "P"),   # label as this text
    # G, the permissive pass: agent + making relation + anchor, no disqualifier
    ("Author: ChatGPT (edited by M. Lind)", "L"),                           # label, strong cue
    ("#AIart #madewithAI", "G"),                                            # self-label hashtags
    ("Product blurbs are AI-written.", "G"),                                # compound, bare subject
    ("Honestly, ChatGPT did most of the heavy lifting on this post.", "G"),  # agent as subject, this text
    ("Full disclosure: I used an AI chatbot to tidy up my grammar here.", "G"),  # first person
    ("Grammarly and ChatGPT were used for proofreading.", "G"),             # passive use + making
    ("Thanks to Gemini for helping me outline the chapters.", "G"),
    ("The faces in this ad are synthetic, created using generative AI.", "G"),  # synthetic media
    ("Audio narration by an AI voice.", "G"),
])
def test_general_constructions(sentence, construction):
    (d,) = disclosure.find_disclosures(sentence)
    assert not d.negated and d.construction == construction, d


@pytest.mark.parametrize("sentence", [
    "This profile was written by Ai Weiwei's longtime translator.",
    "This column is written by machine learning engineers at a start-up.",
    "Correction: a previous version of this post wrongly said its images were made by AI.",
    "By 2030, Gemini and ChatGPT could write most marketing copy.",
    "This explainer covers how ChatGPT was used to write a fake news site.",
    # look-alikes of the generalised frames
    "With help from AI, farmers in Kenya are predicting droughts earlier.",
    "Courtesy of ChatGPT, students no longer need to write their own essays, critics say.",
    "The editors of this magazine used AI to screen job applications, a lawsuit alleges.",
    "Our staff wrote this story with help from local residents and court records.",
    "This report was prepared with support from the AI Now Institute.",
    "What follows is a conversation with the founder of an AI start-up.",
    "Our editors wrote this guide to help you choose an AI assistant.",
    "This page uses cookies and automated analytics to improve your experience.",
    "This profile was written by Dana Wu, an AI ethics researcher.",
    "Summary: The AI bill passed the Senate on Tuesday.",
    "AI translation: how good is it really?",
    # look-alikes of the permissive pass G
    "AI helped astronomers find 300 new planets.",                           # short, but news
    "The university banned essays generated with AI tools last spring.",    # finite verb: not a label
    "Newsrooms across Europe are experimenting with AI-generated summaries.",
    "We fine-tuned the model on machine-translated data from 40 languages.",  # compound before data
    "Written by Maya Chen, AI editor",                                       # a person's job
    "We use AI to personalise the recommendations you see on this page.",   # addressed to the reader
    "Read this article in Spanish using our automatic translation tool.",   # an offer
    "AI-generated answers may not reflect the views of the publisher.",      # warning with negation
    "Generative AI tools can produce convincing essays in seconds.",         # generic claim
    "This course teaches you to build a chatbot with Python.",               # agent as the thing built
    "Handwritten, not AI-generated.",                                        # denial
    "The court ruled that works created by AI cannot be copyrighted.",
    "ChatGPT wrote my cousin's wedding speech, a report found.",
    "#AI #tech #news",                                                       # topic tags
])
def test_general_negatives(sentence):
    assert not disclosure.is_disclosure(sentence)


@pytest.mark.parametrize("sentence", [
    "This article was not generated by AI.",
    "No AI was used in the creation of this article.",
    "We do not use AI to write our articles.",
    "This story wasn't written by AI.",
])
def test_denials_are_reported_as_denials(sentence):
    p = _prov(sentence)
    assert p.value("provenance.ai_disclosure") is False
    assert p.value("provenance.ai_denial") is True
    assert "PV006" in _codes(sentence)


@pytest.mark.parametrize("sentence, denial", [
    ("This article was written by humans.", True),
    ("Our journalism is created by people, not AI.", True),
    ("Written by humans.", True),
    ("This book was written entirely by a human author.", True),
    ("This newsletter is 100% human-written.", True),
    # "made by people" of anything but this text (PolNeAR's news)
    ("''This country was made by people who believed in God.''", False),
    ("Investigators found that attempts to infiltrate the program were made by people with ties to "
     "foreign intelligence services.", False),
    ("Readers were asked to judge whether each paragraph had been written by a human or by GPT-4.", False),
])
def test_people_made_it_is_a_denial_only_of_this_text(sentence, denial):
    assert _prov(sentence).value("provenance.ai_denial") is denial


@pytest.mark.parametrize("sentence, part, extent", [
    ("This article was generated by AI.", "whole", "full"),
    ("Portions of this article were drafted using generative AI.", "whole", "partial"),
    ("This story was produced with the help of AI tools.", "whole", "assisted"),
    ("Bullet points were AI-generated and reviewed by an editor.", "summary", "full"),
    ("This article was translated using machine translation.", "translation", "full"),
    ("The image in this article was generated by AI.", "image", "full"),
])
def test_disclosure_part_and_extent(sentence, part, extent):
    (d,) = disclosure.find_disclosures(sentence)
    assert not d.negated and d.part == part and d.extent == extent


def test_region_anchors_the_permissive_pass():
    """In a footer or disclaimer a statement is about the page; in the body it may be news."""
    sentence = "Drafts from a language model were then edited by staff in three rounds overall."
    assert not disclosure.is_disclosure(sentence)
    assert any(not d.negated for d in disclosure.find_disclosures(sentence, region="footer"))


def test_human_review_attribute():
    (d,) = disclosure.find_disclosures("This summary was generated by AI and reviewed by our editors.")
    assert d.human_review is True
    (d,) = disclosure.find_disclosures("This story is AI-generated and has not been reviewed by a human.")
    assert d.human_review is False


def test_disclosure_whole_metric():
    assert _prov("This summary was generated by AI.").value("provenance.ai_disclosure_whole") is False
    assert _prov("This article was generated by AI.").value("provenance.ai_disclosure_whole") is True
    m = _prov("The council met on Monday to discuss the budget.").metrics["provenance.ai_disclosure_whole"]
    assert m.value is None and m.reason


# ------------------------------------------------------------------ other categories

@pytest.mark.parametrize("text, category", [
    ("As an AI language model, I cannot provide personal opinions on this topic.", "llm_artifact"),
    ("Certainly! Here is a rewritten version of the article.", "llm_artifact"),
    ("I hope this helps! Let me know if you need any further assistance.", "llm_artifact"),
    ("Contact [Insert Name] at [Your Email] for more details.", "llm_artifact"),
    ("As of my last knowledge update in 2023, the law had not changed.", "llm_artifact"),
    ("By Jane Doe\n\nThe council met on Monday to discuss the budget for next year and beyond.", "byline"),
    ("The council met on Monday to discuss the budget for next year and beyond.\n\n"
     "(Reporting by Jane Doe in Washington; Additional reporting by Ann Lee; Editing by John Roe.)", "byline"),
    ("Darcie Draudt is a PhD student in Political Science at the Johns Hopkins University.", "author_credentials"),
    ("Published: January 27, 2026\n\nThe council met on Monday to discuss the budget for next year.", "published_date"),
    ("Last updated on 3 February 2026.", "updated_date"),
    ("Article printed from East Asia Forum.", "publisher"),
    ("This article first appeared on The Conversation.", "publisher"),
    ("Copyright ©2024 East Asia Forum. All rights reserved.", "copyright"),
    ("Opinion\n\nThe council met on Monday to discuss the budget for next year and beyond.", "work_type"),
    ("This is sponsored content produced for Acme Bank.", "work_type"),
    ("Peer reviewed analysis from world leading experts", "work_type"),
    ("Correction: An earlier version of this article misstated the size of the budget.", "correction"),
    ("This story has been updated to include the minister's response.", "correction"),
    ("This article follows our editorial standards and ethics policy.", "editorial_standards"),
    ("Contact the author at jane.doe@example.com.", "contact"),
    ("The council met on Monday to discuss the budget.\n\nReferences\n\nSmith, J. (2020). Budgets.", "sources_section"),
    ("The ceasefire was signed on 28 July 2015 in Geneva.", "content_date"),
])
def test_category_found(text, category):
    assert category in _cats(text)


@pytest.mark.parametrize("text, category", [
    ("As a language teacher, I cannot grade this essay.", "llm_artifact"),
    ("Certainly the weather was bad that day.", "llm_artifact"),
    ("I hope this policy helps farmers.", "llm_artifact"),
    ("Contact Jane Doe at the office for more details.", "llm_artifact"),
    ("As of my last visit in 2023, the shop had not changed.", "llm_artifact"),
    ("By the end of the year, prices had doubled.", "byline"),
    ("The council met on Monday (reporting by the local paper had said so) to discuss the budget.", "byline"),
    ("The university is a large institution in Baltimore.", "author_credentials"),
    ("The talks resume on January 27, 2026, in Geneva.", "published_date"),
    ("The figures changed on Monday.", "updated_date"),
    ("The article was printed in 1990.", "publisher"),
    ("The copyright dispute went to court.", "copyright"),
    ("The opinion of the court was delivered on Monday.", "work_type"),
    ("The bank sponsored a local football team.", "work_type"),
    ("A peer-reviewed study published in Nature found the same result in mice.", "work_type"),
    ("The market saw a correction in March.", "correction"),
    ("The app was updated last week.", "correction"),
    ("The editorial board met on Monday.", "editorial_standards"),
    ("He lost contact with the team in 2019.", "contact"),
    ("Sources said the talks had stalled.", "sources_section"),
    ("The ceasefire was signed in the summer in Geneva.", "content_date"),
    ("A bill sponsored by Senator Jane Smith passed on Tuesday after a long debate.", "work_type"),
])
def test_category_not_found(text, category):
    assert category not in _cats(text)


def test_every_lexicon_marker_example_and_counterexample():
    for marker in lexicons.load("provenance").markers:
        assert marker.code in _codes(marker.example), (marker.code, marker.example)
        if marker.counterexample:
            assert marker.code not in _codes(marker.counterexample), (marker.code, marker.counterexample)


@pytest.mark.parametrize("bio, sentence_end", [
    ("Jane Q. Doe is a Ph.D. candidate at the University of Chicago.", "University of Chicago."),
    ("Sam Lee is a fellow at the Brookings Institution in Washington, D.C. He writes about trade.",
     "Washington, D.C."),
    ("Ana Ruiz is a reporter at The Courier. She covers courts.", "at The Courier."),
])
def test_author_bio_runs_to_the_end_of_its_sentence(bio, sentence_end):
    """The bio's quote is its whole sentence: a full stop of an initial or an abbreviation
    ("Q.", "Ph.D.", "D.C.") does not cut it, and the next sentence is not taken in."""
    doc = ingest.from_text("A headline\n\nThe body of the article runs on for a while.\n\nAbout the author\n\n" + bio)
    (e,) = [e for e in provenance.analyze(doc).evidence if e.category == "author_credentials"]
    assert e.text == bio[:bio.index(sentence_end) + len(sentence_end)]


@pytest.mark.parametrize("sentence, category, found", [
    # in the article's prose, a page-describing marker counts where it speaks of this text
    ("In a survey published by NBC News, Democratic voters in West Virginia were asked a series of questions "
     "upon leaving the polls.", "publisher", False),
    ("This piece first appeared on Global Risk Insights, a site about political risk, last month.", "publisher", True),
    ("In an email dated Feb. 12, 2012, the security director told the regional director he would call.",
     "published_date", False),
    ("C. Boyden Gray ticked through the code of conduct the Bush dynasty has long embodied over many years.",
     "editorial_standards", False),
    ("This article follows our editorial standards and ethics policy, as every story on the site does.",
     "editorial_standards", True),
])
def test_page_describing_markers_in_prose_speak_of_this_text(sentence, category, found):
    doc = ingest.from_text("A Headline Set Above\n\nThe talks went on late into the night, officials in the capital "
                           "said on Monday.\n\n" + sentence + "\n")
    assert (category in {e.category for e in provenance.analyze(doc).evidence}) is found


def test_evidence_text_matches_document():
    doc = sourcelens.load(ROOT / "samples" / "peer-reviewed.txt")
    for e in provenance.analyze(doc).evidence:
        assert doc.text[e.span.start:e.span.end] == e.text
        assert e.text.strip() == e.text


# ------------------------------------------------------------------ the samples

def test_generated_sample():
    doc = sourcelens.load(ROOT / "samples" / "generated.txt")
    r = provenance.analyze(doc)
    metrics = {m.key: m for m in r.metrics}
    assert metrics["provenance.ai_disclosure"].value is True
    assert metrics["provenance.ai_disclosure"].region == "all"
    (d,) = [e for e in r.evidence if e.category == "ai_disclosure"]
    assert "generated in part using artificial intelligence" in d.text
    assert doc.region_kind_at(d.span.start) == "disclaimer"
    assert d.attrs["extent"] == "partial"
    assert r.extras["publisher"] == "Nishadil"
    assert r.extras["dates"]["published"] == "2026-01-27"
    assert any(e.text == "January 27, 2026" for e in r.evidence if e.category == "published_date")
    items = {c["item"]: c for c in r.extras["checklist"]}
    assert items["ai_disclosure"]["status"] == "present"
    assert items["publisher"]["status"] == "present"
    assert items["published_date"]["status"] == "present"


def test_peer_reviewed_sample():
    doc = sourcelens.load(ROOT / "samples" / "peer-reviewed.txt")
    r = provenance.analyze(doc)
    metrics = {m.key: m.value for m in r.metrics}
    assert metrics["provenance.ai_disclosure"] is False
    assert metrics["provenance.llm_artifacts"] == 0
    labels = [e for e in r.evidence if e.code == "PV029"]
    assert labels and labels[0].text == "Peer reviewed analysis from world leading experts"
    (bio,) = [e for e in r.evidence if e.category == "author_credentials"]
    assert bio.attrs["name"] == "Darcie Draudt" and bio.attrs["role"] == "PhD student"
    assert bio.text.endswith("James A. Kelly Korean Studies fellow at Pacific Forum CSIS, and director of research at Sino-NK.")
    assert bio.attrs["affiliation"] == "Johns Hopkins University"
    assert r.extras["publisher"] == "East Asia Forum"
    assert r.extras["dates"]["copyright_year"] == 2024
    assert 2016 >= min(r.extras["dates"]["content_years"])
    assert metrics["provenance.years_between_content_and_copyright"] >= 7
    items = {c["item"]: c for c in r.extras["checklist"]}
    assert items["ai_disclosure"]["status"] == "absent"
    assert items["type_of_work"]["status"] == "present"
    assert items["author_credentials"]["status"] == "present"
    assert "2024" in items["copyright"]["note"] and "2017" in items["copyright"]["note"]


def test_checklists_line_up():
    a = provenance.analyze(sourcelens.load(ROOT / "samples" / "generated.txt")).extras["checklist"]
    b = provenance.analyze(sourcelens.load(ROOT / "samples" / "peer-reviewed.txt")).extras["checklist"]
    assert [c["item"] for c in a] == [c["item"] for c in b]
    assert [c["question"] for c in a] == [c["question"] for c in b]
    for c in a + b:
        assert c["status"] in ("present", "absent", "unclear")
        assert c["frameworks"] and c["question"].endswith("?")
    assert a[0]["question"] == "Does the page say AI was used to make it?"


def test_metrics_are_numbers_or_bools():
    r = provenance.analyze(sourcelens.load(ROOT / "samples" / "generated.txt"))
    for m in r.metrics:
        assert m.value is None or isinstance(m.value, (int, float, bool))
        assert m.region == "all" and m.label
        assert m.key.startswith("provenance.")


def test_empty_document():
    r = provenance.analyze(sourcelens.ingest.from_text(""))
    metrics = {m.key: m.value for m in r.metrics}
    assert metrics["provenance.ai_disclosure"] is False
    assert metrics["provenance.checklist_present"] == 0
