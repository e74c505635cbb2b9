"""The speed-ups in the provenance package give the same answers as the plain code.

``analyze`` is compared with the code it replaced (kept below as the reference) on real
articles and on random texts built from the pieces its shortcuts depend on: the marker
phrases in several casings, line starts, the characters the regex engine folds to ASCII
letters differently from str.lower() (U+0130, U+0131, U+017F), non-ASCII text.
A failure here means a "faster" rewrite changed an output.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import string
from pathlib import Path

import pytest

from sourcelens import ingest
from sourcelens.analyzers import provenance as pv
from sourcelens.analyzers.provenance import ai_statements as pv_ai_statements
from sourcelens.analyzers.provenance import checklist as pv_checklist
from sourcelens.analyzers.provenance import dates as pv_dates
from sourcelens.analyzers.provenance import keywords as pv_keywords
from sourcelens.analyzers.provenance import markers as pv_markers
from sourcelens.model import DimensionResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data/attribution/polnear/dev/text")


# ------------------------------------------------------------------ the reference (old code)

def _analyze_reference(doc):
    """provenance.analyze as it was before the speed work (every sentence the loose
    keywords let through is scanned with the marker's regex), with the rules added since
    (page-describing markers in prose must speak of this text)."""
    markers = pv_markers._markers()
    low = doc.text.lower()
    vocab = pv_keywords._vocabulary(low)
    found = []
    found += pv_ai_statements._ai_statements(doc, low, vocab)
    triggered = {}
    for code, words in pv_keywords._KEYWORDS.items():
        triggered[code] = pv_keywords._sentences_with(doc, low, words, vocab)
        if code in pv._DATE_LABELS:
            continue
        marker = markers[code]
        rx = marker.regex
        for idx in triggered[code]:
            span = doc.sentences[idx].span
            in_body = doc.sentences[idx].region == "body"
            for m in rx.finditer(doc.text, span.start, span.end):
                if m.end() > m.start() and not (in_body and code in pv._PAGE_DESCRIBING and not
                                                disclosure.speaks_of_this_text(doc.text, span.start, span.end, m.start())):
                    found.append(pv_markers._marker_evidence(doc, marker, m))
    found += pv_markers._labels(doc, markers)
    dates, date_evidence = pv_dates._dates(doc, markers, sorted(set(triggered["PV022"]) | set(triggered["PV023"])))
    found += date_evidence
    found = pv._dedupe(found)
    years = [e.attrs["year"] for e in found if e.category == "copyright" and e.attrs.get("year")]
    dates["copyright_year"] = max(years) if years else None
    checklist, summary = pv_checklist._checklist(doc, found, dates)
    metrics = pv_checklist._metrics(found, checklist, dates)
    extras = {"checklist": checklist, "dates": dates, **summary}
    return DimensionResult(pv.DIMENSION, metrics, tuple(found), extras=extras)


def _dump(result) -> str:
    return json.dumps([result.metrics, result.evidence, result.extras], default=repr, sort_keys=True)


def _assert_same(text: str):
    doc = ingest.from_text(text)
    assert _dump(pv.analyze(doc)) == _dump(_analyze_reference(doc)), text


# ------------------------------------------------------------------ material

def _real_texts(limit: int = 120) -> list[str]:
    texts = [p.read_text() for p in sorted((ROOT / "samples").glob("*.txt"))]
    if SHARED.is_dir():
        texts += [p.read_text() for p in sorted(SHARED.glob("*.txt"))[:limit]]
    return texts


def _lexicon_examples() -> list[str]:
    markers = pv_markers._markers()
    return [getattr(m, attr) for m in markers.values() for attr in ("example", "counterexample")]


# every alternative of the markers with a _PHRASES entry, as it could be written in a page
_PIECES = [
    # PV013
    "Certainly! Here is", "Sure, here's", "Absolutely. Here are", "Of course! Below is", "Sure! I'd be happy",
    "Certainly, I would be happy", "Here is the rewritten version", "here's a polished version", "certainly",
    # PV024
    "Article printed from East Asia Forum", "printed from The Times", "first appeared on Acme News",
    "Originally published in The Conversation", "first published at Reuters", "originally appeared by AP",
    "republished with permission from The Hill", "Reprinted from Vox", "published by Acme Press",
    "A publication of the Acme Institute", "Share - Nishadil", "SHARE: Acme", "share\u2013Acme Daily",
    "Share | Acme", "shared history", "published", "appeared",
    # PV027
    "sponsored content", "Sponsored Post", "sponsored article", "PAID CONTENT", "paid post", "paid partnership",
    "partner content", "Advertorial", "branded content", "promoted content", "advertisement feature",
    "Brand Studio", "\nSponsored by Acme", "\nPaid for by Acme", "\n  Presented by Acme", "\nIn partnership with Acme",
    "paid", "partner", "sponsor", "sponsored a team", "partnership",
    # PV030
    "\nFact check: true", "\nFact-checker |", "\nfactcheck\n", "this fact check", "our fact-check", "our factcheck",
    "fact", "in fact",
    # PV033
    "editorial standards", "Editorial Guidelines", "editorial policy", "editorial policies", "editorial principles",
    "editorial independence", "editorial code", "ethics policy", "ethics code", "ethics guidelines", "code of ethics",
    "code of conduct", "Code of Practice", "correction policy", "corrections policy", "fact-checking policy",
    "fact checking process", "fact-checking standards", "our AI policy", "an AI guidelines", "a AI principles",
    "publishing principles", "standards and ethics", "The Trust Project", "editors' code", "Editors code", "IPSO",
    "independent press standards", "press council", "policy", "editorial board", "ethics",
    # PV034
    "jane.doe@example.com", "@handle", "contact us", "Contact the author", "contact the reporter",
    "contact the editor", "contact our newsroom", "contact the newsroom", "send us", "email us", "E-mail us",
    "write to us", "send tips", "send us a news tip", "send your tip", "got a tip", "Got a news tip",
    "letter to the editor", "Letters to the editor", "have a correction", "submit a correction", "reach him at",
    "reach her at", "reach them at", "reach the author at", "reach the reporter at", "reach me at",
    "share your feedback with us", "Share your thoughts with us", "share your views with us", "contact", "send",
    "reach", "tip", "letter",
    # around them
    "The", "Acme", "word", ".", ",", ":", "-", "\n", "\n\n", "  ", "\t", "\u00a0", "\u2019", "\u201c", "2019",
    "By Jane Doe", "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9cole",
    "\u0130n partnership with Acme", "\u017fponsored content", "edıtorial standards", "\u017fhare - Acme",
    "Editors\u2019 code", "fact\u2013checking policy",
]


def _random_texts(rounds: int, seed: int, pieces=None, seps=(" ", " ", ". ", "\n", ", ", ""), most=14):
    """Texts of up to ``most`` pieces, each as written, upper- or lower-cased, then a separator."""
    rng = random.Random(seed)
    for _ in range(rounds):
        parts = []
        for _ in range(rng.randint(1, most)):
            piece = rng.choice(pieces or _PIECES)
            r = rng.random()
            if r < 0.15:
                piece = piece.upper()
            elif r < 0.3:
                piece = piece.lower()
            parts.append(piece)
            parts.append(rng.choice(seps))
        yield "".join(parts)


# ------------------------------------------------------------------ tests

def test_analyze_equals_reference_on_real_texts():
    for text in _real_texts() + _lexicon_examples():
        _assert_same(text)


def test_analyze_equals_reference_on_random_texts():
    for text in _random_texts(2500, 11):
        _assert_same(text)


def test_every_marker_match_holds_one_of_its_phrases():
    # the _PHRASES shortcut skips a sentence whose lower-cased text holds none of the
    # phrases: exact only if every match of the marker's regex contains one
    markers = pv_markers._markers()
    texts = _real_texts() + _lexicon_examples() + list(_random_texts(1500, 5))
    checked = 0
    for code, phrases in pv_keywords._PHRASES.items():
        rx = markers[code].regex
        for text in texts:
            if not pv_keywords._lower_is_exact(text, text.lower()):
                continue
            for m in rx.finditer(text):
                if m.end() > m.start():
                    checked += 1
                    assert any(p in m.group().lower() for p in phrases), (code, m.group())
    assert checked > 500


def test_folds_apart_lists_every_character_regex_and_lower_disagree_on():
    # characters a case-insensitive regex matches to an ASCII letter although lower()
    # does not give that letter: for them a phrase test on the lower-cased text is not exact
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    apart = set()
    for letter in string.ascii_lowercase:
        for m in re.finditer(letter, everything, re.IGNORECASE):
            if m.group().lower() != letter:
                apart.add(m.group())
    assert apart and apart <= set(pv_keywords._FOLDS_APART)


@pytest.mark.parametrize("text", [
    "\u0130n partnership with Acme\nWe paid.",
    "\u017fponsored content and paid.",
    "Our ed\u0131torial standards policy.",
    "\u017fhare - Acme Daily\nshared",
])
def test_regex_folding_cases_equal_reference(text):
    _assert_same(text)


# ------------------------------------------------------------------ disclosure: agent regex

from sourcelens.analyzers import common, disclosure, disclosure_rules  # noqa: E402
from sourcelens.analyzers.disclosure import constructions as disclosure_constructions  # noqa: E402
from sourcelens.analyzers.disclosure import loose as disclosure_loose  # noqa: E402
from sourcelens.analyzers.disclosure import record as disclosure_record  # noqa: E402


def _front_runs_reference(joined: str) -> str:
    """disclosure_rules._front_runs before the first-letter dispatch: one word-start test per run."""
    from itertools import groupby
    from re import _parser

    out = []
    for fronted, run in groupby(joined.split("\x00"),
                                key=lambda b: disclosure_rules._starts_words(list(_parser.parse(b)))):
        group = "|".join(f"(?:{b})" for b in run)
        out.append(f"{disclosure_rules._WORD_START}(?:{group})" if fronted else group)
    return "|".join(out)


_AGENT_PIECES = [
    "Automated Insights", "Wordsmith", "wordsmith", "Heliograf", "Narrativa", "Arria", "United Robots", "Quakebot",
    "Narrative Science", "text-to-speech", "text to speech", "synthetic voice", "Gen AI", "GenAI", "A.I.", "AI",
    "ai", "artificial intelligence", "artificial-intelligence", "large language models", "language model", "LLMs",
    "by software", "by computer software", "machine learning", "machine-learning", "neural networks",
    "neural machine translation", "natural-language generation", "NLG", "natural language processing",
    "NLP software", "NLP", "Amazon Polly", "WellSaid Labs", "Play.ht", "WaveNet", "generative tools",
    "chatbots", "chat bot", "robots", "bot", "bots", "algorithm", "algorithms", "automated", "automatically",
    "automation", "auto-generated", "machine-translated", "machine translation", "computer-generated",
    "computer program", "ChatGPT", "GPT-4o", "GPT", "gpt4", "OpenAI", "Anthropic", "Midjourney v6.1", "DALL-E",
    "DALL\u00b7E", "Stable Diffusion XL Turbo", "DeepL", "Google Translate", "Microsoft Translator", "ElevenLabs",
    "GitHub Copilot", "Copilot", "Google Bard", "Bard Smith", "Gemini 1.5 Pro", "Claude 3 Opus", "Claude Sonnet",
    "Jasper", "Jasper Johns", "Llama 3", "Mistral Large", "Perplexity", "Adobe Firefly", "Sora", "Whisper",
    "Otter.ai", "Synthesia", "NotebookLM", "speech recognition", "voice synthesis", "by a machine", "by the computers",
    "Grok", "Writesonic", "Copy.ai", "Rytr", "Sudowrite", "QuillBot", "Wordtune", "Shopify Magic", "Magic Write",
    "Grammarly", "Ideogram", "Leonardo.Ai", "Runway Gen", "Runway ML", "Murf", "Descript", "Speechify", "HeyGen",
    "Suno", "Udio", "DeepSeek", "Qwen", "Character.ai", "Bing Chat", "Bing Image Creator", "Imagen", "Trint",
    "Papago", "Elicit and", "and Consensus", "Consensus app", "scite.ai was", "scite to", "ResearchRabbit",
    "SciSpace", "Undermind", "Acme Translator", "by a large language model", "by our AI model", "o1-mini", "o3",
    "by", "by ", "the", "and", "was", "to", "-", ".", ",", "(", "\n", "  ", "1", "2.5", "_", "\u00e9",
    "\u017f", "\u0131", "\u0130", "\u212a", "\u017fora", "\u0131mag", "\u212aling", "xAI", "robotic", "abot",
    "\u017fcite to", "\u017fynthesia", "\u0131deogram", "\u0130deogram", "Speech\u0131fy", "\u017fPEECH RECOGNITION",
]


def _agent_texts(rounds: int, seed: int):
    return _random_texts(rounds, seed, _AGENT_PIECES, (" ", " ", "", "-", ". "), 10)


def _matches(rx, text, pos=0, endpos=None):
    endpos = len(text) if endpos is None else endpos
    return [(m.span(), m.group()) for m in rx.finditer(text, pos, endpos)]


def test_agent_regex_equals_the_undispatched_alternation():
    table = disclosure_rules._table()
    rules = disclosure_rules.rules()
    for name, branches in (("agent", table["agents"]), ("loose_agent", [table["loose_agents"]])):
        new = getattr(rules, name)
        old = re.compile(_front_runs_reference("\x00".join(branches)), new.flags)
        rng = random.Random(3)
        for text in list(_agent_texts(4000, 9)) + _real_texts(60):
            assert _matches(new, text) == _matches(old, text), (name, text)
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert _matches(new, text, a, b) == _matches(old, text, a, b), (name, text, a, b)
    # the dispatch is in place (else this test compares a pattern with itself)
    assert "(?=[gG])" in rules.agent.pattern


def test_first_letters_of_parsed_patterns():
    from re import _parser

    def letters(p):
        return disclosure_rules._first_letters(list(_parser.parse(p)))

    assert letters(r"\b(?:ro)?bots?\b") == {"r", "b"}
    assert letters(r"(?-i:\bGen ?AI\b|\bA\.I\.(?!\w)|\bAI\b)") == {"g", "a"}
    assert letters(r"(?<=by )(?:computer )?software\b") == {"c", "s"}
    assert letters(r"(?-i:\b[A-Z][\w.]+ Translat(?:e|or)\b)") == set(string.ascii_lowercase)
    assert letters(r"\d+") is None
    assert letters(r"(?:a)?") is None


# ------------------------------------------------------------------ disclosure: word-list groups

#: rule -> the lexicon pattern it compiled before its leading group was dispatched
_GROUP_FRONTED = {
    "negation": lambda t: t["negations"],
    "reporting": lambda t: t["reporting"],
    "part_noun": lambda t: rf"\b{t['part_nouns']}\b",
    "loose_news": lambda t: t["loose_news"],
}


def _group_pieces(pattern: str) -> list[str]:
    """Words the branches of a pattern's leading group spell out (regex syntax dropped), cut short too."""
    group = pattern.removeprefix("\\b")
    words = [re.sub(r"\(\?:|\\[bdwsW]|\[[^\]]*\]|[?*+(){}|\\^$]|\d,\d+", "", b).strip()
             for b in common.split_top(group[3 : common.closing_paren(group)])]
    return [w for w in words if w] + [w[:-1] for w in words if len(w) > 2]


def test_word_list_groups_equal_the_undispatched_patterns():
    table = disclosure_rules._table()
    rules = disclosure_rules.rules()
    around = ["un", "s", "'", "\u2019", "-", "_", "1", "the", "n't", "don't", "figure 2", "fig. 3", "\u017f", "\u0131",
              "\u0130", "\u212a", "\u00e9", "data", "came from", "were drawn from", "  ", "\n"]
    for name, source in _GROUP_FRONTED.items():
        new = getattr(rules, name)
        old = re.compile(source(table), new.flags)
        assert new.pattern != old.pattern and "(?=[" in new.pattern, name  # dispatched
        pieces = _group_pieces(source(table)) + around
        rng = random.Random(5)
        for text in list(_random_texts(3000, 11, pieces, (" ", " ", "", "-", ". ", ", "), 10)) + _real_texts(60):
            assert _matches(new, text) == _matches(old, text), (name, text)
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert _matches(new, text, a, b) == _matches(old, text, a, b), (name, text, a, b)
            m_new, m_old = new.search(text, a, b), old.search(text, a, b)
            assert (m_new and m_new.span()) == (m_old and m_old.span()), (name, text, a, b)


def test_group_fronted_reads_only_a_leading_group():
    assert disclosure_rules._group_fronted(r"x(?:a|b)") == r"x(?:a|b)"
    assert disclosure_rules._group_fronted(r"\bat\b|(?:a|b)") == r"\bat\b|(?:a|b)"
    fronted = disclosure_rules._group_fronted(r"\b(?:ab|[|(]c|b\|)\b|x")
    assert fronted.endswith(r")\b|x") and r"(?:\b[|(]c)" in fronted and r"(?:\bb\|)" in fronted


# ------------------------------------------------------------------ keyword pre-filter

def _sentences_with_reference(doc, low, keywords, vocab):
    """provenance._sentences_with as it was: each keyword's head and case worked out per call
    (with the case rule mended since: a keyword with a capital is found as written)."""
    from bisect import bisect_right

    starts = [s.span.start for s in doc.sentences]
    hits = set()
    for word in keywords:
        head = pv_keywords._head(word)
        if head and head not in vocab:
            continue
        hay = doc.text if word != word.lower() else low
        pos = hay.find(word)
        while pos >= 0:
            idx = bisect_right(starts, pos) - 1
            if idx >= 0 and pos < doc.sentences[idx].span.end:
                hits.add(idx)
                pos = hay.find(word, doc.sentences[idx].span.end)
            else:
                pos = hay.find(word, pos + 1)
    return sorted(hits)


def _vocabulary_reference(low):
    """provenance._vocabulary as it was: every ASCII token of the text, heads or not."""
    return frozenset(low.encode("ascii", "replace").translate(pv_keywords._TABLE).split())


def test_sentences_with_equals_reference():
    keywords, keywords_cs = disclosure_rules.agent_keywords()
    lists = list(pv_keywords._KEYWORDS.values()) + [keywords + keywords_cs + pv_keywords._HUMAN_KEYWORDS]
    words = sorted({w for ws in lists for w in ws})
    pieces = words + [w.upper() for w in words] + ["Update", "UPDATE:", "e-mail", "@", "[", "x", ". ", "\n\n", " "]
    texts = _real_texts(40) + list(_random_texts(600, 13, pieces, (" ", ". ", "\n", "", "-"), 12))
    for text in texts:
        doc = ingest.from_text(text)
        low = doc.text.lower()
        vocab = pv_keywords._vocabulary(low)
        full = _vocabulary_reference(low)
        assert vocab <= full
        for words_ in lists:
            assert pv_keywords._sentences_with(doc, low, words_, vocab) == _sentences_with_reference(doc, low, words_, full)


def test_keyword_plan_refuses_a_head_outside_the_vocabulary_heads():
    # _vocabulary keeps only the heads of known keyword lists: a list with another head
    # would silently find nothing, so it is refused
    with pytest.raises(ValueError):
        pv_keywords._keyword_plan(("zebra crossing",))
    assert pv_keywords._keyword_plan(("@", "as an ai"))


# ------------------------------------------------------------------ disclosure: G's clause agents first

def _loose_reference(R, sentence, region):
    """disclosure._loose before the clause agents were worked out ahead of the filters
    (offsets within the sentence, as _loose now gives them)."""
    s = R.idiom_negation.sub(lambda m: " " * len(m.group(0)), sentence)
    tag = R.hashtag.search(s)
    if tag and not R.negation.search(s, 0, tag.start()):
        return disclosure_record._describe(R, sentence, 0, s, tag, "G", False)
    unshown = R.page_output.sub(lambda q: " " * len(q.group(0)), s)
    unshown = R.own_responsibility.sub(lambda q: " " * len(q.group(0)), unshown)
    if R.loose_news.search(unshown) or disclosure_loose._reporting_loose(R, s):
        return None
    label = R.label_like.match(s)
    body = s[label.end():] if label else s
    short = len(s.split()) <= 10 and not R.finite_heur.search(body)
    referent = (bool(region in R.loose_regions) or bool(R.strong_self.search(s)) or bool(R.loose_self.search(s))
                or bool(R.first_person.search(s)) or bool(R.loose_text_subject.match(body)))
    if not (referent or short or label):
        return None
    if R.imperative.match(s) or ((R.loose_warning.search(s) or R.loose_anecdote.search(s))
                                 and not R.this_self.search(s)):
        return None
    if R.you.search(s) and not R.deixis.search(s):
        return None
    pos = 0
    for cut in list(R.clause_cut.finditer(s)) + [None]:
        c1 = cut.start() if cut else len(s)
        clause = s[pos:c1]
        hit = disclosure_loose._loose_clause(R, s, pos, clause, disclosure_loose._agents(R, clause), label, referent)
        if hit is not None:
            return disclosure_record._describe(R, sentence, pos, clause, hit, "G", False)
        if hit is None and R.negation.search(clause) and disclosure_loose._agents(R, clause):
            return None
        pos = cut.end() if cut else c1
    return None


_LOOSE_PIECES = _AGENT_PIECES[::3] + [
    "AI", "ChatGPT", "Midjourney", "synthetic voice", "#AIart", "#madewithAI", "made with AI", "AI-generated",
    "generated by", "created with", "written with", "by", "with", "using", "via", "courtesy of", "thanks to",
    "not", "no", "never", "without", "not gonna lie", "no doubt", "this article", "this thread", "these slides",
    "the answer above", "we", "I", "the authors", "our team", "used", "asked", "to write", "helped", "wrote",
    "its pictures are below", "announced", "launched", "said", "found", "study", "may be inaccurate",
    "terms of use", "you", "your", "below", "Read", "Listen", "Illustration:", "Summary |", "\u00b7", " - ",
    "; ", ", but ", ", and ", ", which ", " but ", "robot vacuum", "automated system", "the company",
    "Handwritten", "images", "art", "voiceover", "build a chatbot", "AI-detection", "AI can write",
]


def test_loose_equals_reference():
    R = disclosure_rules.rules()
    texts = list(_random_texts(3000, 21, _LOOSE_PIECES, (" ", " ", ", ", ". ", "", "; ", " - "), 12))
    # blanking an idiom can make an agent of a clause the whole sentence does not have
    # ("Elicit" needs "was" after spaces): such a clause must still be scanned for agents
    texts += ["Elicit no doubt was used to write this article.", "Our summary: Elicit no joke was used for it.",
              "I used Elicit no doubt was great for this post; we wrote it", "By staff - Elicit no kidding is used"]
    for text in _real_texts(60):
        doc = ingest.from_text(text)
        texts += [text[s.span.start:s.span.end] for s in doc.sentences]
    hits = 0
    for sentence in texts:
        for region in (None, "body", "byline", "disclaimer"):
            new = disclosure_loose._loose(R, sentence, region)
            assert new == _loose_reference(R, sentence, region), (sentence, region)
            hits += new is not None
            # as find_disclosures calls it: the sentence named agent-free when R.agent finds nothing
            free = None if R.agent.search(sentence) else sentence
            assert disclosure_loose._loose(R, sentence, region, free) == new, (sentence, region)
    assert hits > 200  # G finds disclosures in this material (else the test compares Nones)


# ------------------------------------------------------------------ disclosure: memoised sentences

def _find_disclosures_reference(text, start=0, end=None, region=None):
    """disclosure.find_disclosures before its per-sentence results were memoised. The rules
    then added ``start`` to every offset they made; they now give offsets within the
    sentence, so the reference adds ``start`` to the four offset fields of its result."""
    R = disclosure_rules.rules()
    end = len(text) if end is None else end
    sentence = disclosure._uncap(R, text[start:end])
    sentence = R.trailing_question.sub(lambda q: " " * len(q.group(0)), sentence)
    if sentence.rstrip().endswith("?"):
        return []
    if R.policy.search(sentence) and not R.this_self.search(sentence):
        return []
    plabel = R.platform_label.search(sentence)
    if plabel and not R.negation.search(sentence):
        core = R.platform_label_core.search(sentence, plabel.start())
        return _moved([disclosure_record._describe(R, sentence, 0, sentence, core, "L", False)], start)
    has_agent = bool(R.agent.search(sentence))
    found = disclosure_constructions._find(R, sentence) if has_agent else []
    if has_agent and not found and "(" in sentence:
        blanked = R.paren.sub(lambda p: " " * len(p.group(0)), sentence)
        if blanked.strip() and R.agent.search(blanked):
            found = disclosure_constructions._find(R, blanked)
    if not any(not f.negated for f in found):
        loose = disclosure_loose._loose(R, sentence, region)
        if loose:
            return _moved([loose], start)
    return _moved(found, start)


def _moved(found, by):
    """The disclosures ``found`` with their offsets moved ``by`` characters."""
    fields = ("start", "end", "agent_start", "agent_end")
    return [dataclasses.replace(d, **{f: getattr(d, f) + by for f in fields}) for d in found]


def test_find_disclosures_equals_reference_at_any_offset_and_region():
    # the same sentences at several offsets and in several regions, so that the memo is hit
    # with other offsets (shifted results) and other regions (G reads the region)
    sentences = list(_random_texts(1500, 23, _LOOSE_PIECES, (" ", " ", ", ", ". ", "", "; ", " - "), 10))
    for text in _real_texts(40):
        doc = ingest.from_text(text)
        sentences += [text[s.span.start:s.span.end] for s in doc.sentences]
    rng = random.Random(7)
    found = regional = 0
    for sentence in sentences:
        results = []
        for region in (None, "body", "byline", None, "byline"):
            pad = "x" * rng.randint(0, 40)
            text = pad + sentence + " tail."
            start, end = len(pad), len(pad) + len(sentence)
            new = disclosure.find_disclosures(text, start, end, region)
            assert new == _find_disclosures_reference(text, start, end, region), (sentence, region, start)
            assert disclosure.find_disclosures(sentence, region=region) == _find_disclosures_reference(
                sentence, region=region)
            results.append([(d.start - start, d.agent_start - start, d.construction) for d in new])
            found += bool(new)
        regional += results[1] != results[2]
    assert found > 500 and regional > 20  # disclosures found, and some depend on the region


def _case_sentences() -> list[str]:
    """The sentences of the hand-written disclosure case files (tests/data/ai_disclosure_*.tsv)."""
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("ai_disclosure_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 3 and cols[0] in ("0", "1"):
                out.append(cols[2])
    return out


def test_disclosure_offsets_point_into_the_sentence():
    # The rules (_find, _label, _loose, _describe) make offsets within the sentence, from the
    # clause or label start they read; find_disclosures adds the sentence's start. Whatever
    # path found it, a result's agent span holds its agent (in another case after _uncap) and
    # its span is the sentence without outer whitespace (or a blanked trailing question), at
    # any offset, after bullets and brackets (a label's start) and in later clauses.
    rng = random.Random(29)
    kinds = set()
    later = 0
    for sentence in _case_sentences():
        for lead in ("", "\u2022 ", "  ", "(Editor's note: "):
            pad = "x" * rng.randint(0, 20)
            text = pad + lead + sentence + " tail."
            start, end = len(pad), len(pad) + len(lead) + len(sentence)
            for d in disclosure.find_disclosures(text, start, end, rng.choice((None, "byline"))):
                assert text[d.agent_start:d.agent_end].lower() == d.agent.lower(), (lead + sentence, d)
                assert d.start == end - len((lead + sentence).lstrip()), (lead + sentence, d)
                rest = text[d.end:end]
                assert not rest.strip() or rest.rstrip().endswith("?"), (lead + sentence, d)
                kinds.add(d.construction)
                later += bool(re.search(r"[;,|]", text[d.start:d.agent_start]))
    assert kinds >= set("ABCDEFGILPSY") and later > 100  # every path; agents after a separator


# ------------------------------------------------------------------ phrase test on a sentence slice

def test_holds_any_on_a_slice_equals_find_with_bounds():
    # analyze tests low[start:end] with _holds_any where it called low.find(p, start, end)
    # per phrase: the same answer for every span, phrases cut by the span's edges included
    rng = random.Random(17)
    texts = [t.lower() for t in _real_texts(30)] + [t.lower() for t in _random_texts(800, 19)]
    for low in texts:
        for phrases in pv_keywords._PHRASES.values():
            for _ in range(8):
                a = rng.randint(0, len(low))
                b = rng.randint(a, len(low))
                old = any(low.find(p, a, b) >= 0 for p in phrases)
                assert pv_keywords._holds_any(low[a:b], phrases) == old, (low, a, b)
    assert pv_keywords._holds_any("we contact us", ("contact us",)) and not pv_keywords._holds_any("contact u", ("contact us",))


def test_ai_keywords_are_the_agent_and_human_keywords():
    # _ai_statements used to concatenate these per document; _ai_keywords builds them once
    keywords, keywords_cs = disclosure_rules.agent_keywords()
    assert pv_keywords._ai_keywords() == keywords + keywords_cs + pv_keywords._HUMAN_KEYWORDS
    assert pv_keywords._ai_keywords() is pv_keywords._ai_keywords()
