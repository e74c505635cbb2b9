"""The speed-ups in the citations and figures packages give the same answers as the plain code.

Each fast helper is checked against a straightforward reference (the code it replaced)
on random strings built from the characters that matter to it: white space of several
kinds, capitals, non-ASCII letters and digits, quotes, apostrophes, hyphens, currency
signs. A failure here means a "faster" rewrite changed an output.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from sourcelens.analyzers import citations, figures
from sourcelens.analyzers.figures import triggers as figure_triggers
from conftest import trigger_run_reference

ROUNDS = 4000


def _strings(pieces: list[str], seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        text = "".join(rng.choice(pieces) + (" " if rng.random() < 0.5 else "")
                       for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(text))
        yield text, a, rng.randint(a, len(text))


_CIT_PIECES = ["In", "in", "IN", "at", "At", "during", "into", "in-", "in.", "in'", "in’", "İn", "ın", "\u00a0",
               "\t", "\n", "\u2003", "The", "Word", "word", "a", "Ab", "ÉCOLE", "école", "\"", "“", ",", ";",
               "Abcd", "abcd", "Ωmega", "ωmega", "Ⓐbcd", "1234", "_abc", "Said", "Trump", "he said", "Mr."]


def _title_case_reference(text: str, a: int, b: int) -> bool:
    words = [w for w in text[a:b].split() if len(w) > 3]
    return len(words) >= 3 and sum(1 for w in words if w[:1].isupper()) >= 0.75 * len(words)


def test_title_case_equals_the_list_comprehension():
    for text, a, b in _strings(_CIT_PIECES, 1):
        assert citations.tokens._title_case(text, a, b) == _title_case_reference(text, a, b), (text, a, b)


def test_title_case_on_word_sequences_with_any_white_space():
    rng = random.Random(7)
    words = ["Abcd", "abcd", "Ⓐbcd", "ÉCOLE", "école", "Said", "of", "The", "“Quote", "1999", "ǅemal"]
    seps = [" ", "  ", "\t", "\u00a0", "\n", "\u2003", "\u3000"]
    for _ in range(ROUNDS):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 8)))
        a = rng.randint(0, 3)
        assert citations.tokens._title_case(text, a, len(text)) == _title_case_reference(text, a, len(text)), text


def test_regex_white_space_is_str_isspace():
    # the trigger test of citations.tokens._shape relies on \s (inside trigger phrases) meaning
    # exactly what str.split() splits on
    space = re.compile(r"\s")
    assert all(ch.isspace() == bool(space.match(ch)) for ch in map(chr, range(sys.maxunicode + 1)))


def test_channel_opener_never_rejects_what_the_tokeniser_accepts():
    for text, a, b in _strings(_CIT_PIECES, 2):
        toks = citations.tokens._tokens_after(text, a, min(b, a + 160))
        if toks and toks[0][2].lower() in ("in", "during", "at"):
            assert citations.documents._CHANNEL_OPENER.match(text, a, min(b, a + 160)), (text, a, b)


def test_capital_first_mid_cap_equals_the_look_behind_form():
    reference = re.compile(r"(?<=[a-z,;]\s)[A-Z][\w\x27\u2019.-]*")
    for text, _, _ in _strings(_CIT_PIECES, 3):
        assert [m.span() for m in citations.capitalised._MID_CAP.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_tokens_equal_match_groups():
    for text, a, b in _strings(_CIT_PIECES, 4):
        expected = [(m.start(), m.end(), m.group(0)) for m in citations.words._TOKEN.finditer(text, a, b)]
        assert citations.tokens._tokens_after(text, a, b) == expected
        if expected and expected[0][0] == a and a > 0 and text[a - 1].isalnum() and text[a].isalnum():
            expected = expected[1:]      # a walk back leaves out the tail of a word cut at ``a``
        assert citations.tokens._tokens_before(text, a, b) == expected


_FIG_PIECES = ["1", "23", "2014", "²", "٣", "①", "$", "US$", "A$", "€", "£", ",", ".", "-", "'", "’", "one", "two",
               "May", "may", "million", "a dozen", "percent", "%", "km", "third", "a", "the", "March", "Monday",
               "1990s", "mid-", "to", "and", "between", "İ", "é", "x", "COVID-19", "Section", "(b)", "#"]


def test_trigger_words_equal_the_alpha_runs():
    for text, _, _ in _strings(_FIG_PIECES, 5):
        lowered = text.lower()
        assert set(trigger_run_reference().findall(lowered)) == set(re.findall(r"[a-z]+", lowered)) & figures.TRIGGER_WORDS


def _triggers_symbol_reference(text: str, start: int, end: int) -> list[int]:
    """The digit/currency candidates the way they were found before: one per character."""
    out = []
    for m in re.finditer(r"[\d$€£¥₩₹]", text[:end]):
        p = m.start()
        if p < start:
            continue
        prev = text[p - 1] if p > start else " "
        if prev.isdigit() or (prev in ",." and p - 2 >= start and text[p - 2].isdigit()):
            continue
        out.append(p)
    return out


def test_digit_runs_give_the_same_candidates():
    for text, a, b in _strings(_FIG_PIECES, 6):
        fast = []
        for m in figure_triggers._SYMBOL_TRIGGER.finditer(text, a, b):
            p = m.start()
            prev = text[p - 1] if p > a else " "
            if not (prev.isdigit() or (prev in ",." and p - 2 >= a and text[p - 2].isdigit())):
                fast.append(p)
        assert fast == _triggers_symbol_reference(text, a, b), (text, a, b)


@pytest.mark.parametrize("text", ["2014", "twenty-five", "two hundred and fifty", "1.5 million", "35bn", "a dozen"])
def test_cached_parse_number_is_stable(text):
    first = figures.parse_number(text)
    assert figures.parse_number(text) == first
    assert figures.parse_number.__wrapped__(text) == first


# ----------------------------------------------------------------------------- specificity

from sourcelens.analyzers import names, specificity, vague  # noqa: E402

_SPEC_PIECES = ["the", "The", "THIS", "that", "these", "those", "but", "However,", "also", "many", "Many",
                "a number of", "billions", "more", "significantly", "decades", "for decades", "dozens", "some",
                "don't", "rock'n'roll", "’tis", "o’", "1,500.25", "10:39", "Pt4", "#11", "3.", ",5", "12,",
                "zygote", "xylophonist", "İstanbul", "ǅemal", "straße", "ΣΟΦΙΑ", "(the", "said,", "\"many\"",
                "\u00a0", "\t", "\n", "\u2003", "-", "’", "'", ".", ",", ":", "a", "lots", "several", "few"]


def _scan_words_reference(text: str, start: int, end: int):
    """scan_words as it was: one regex match and one cached look-up per token."""
    lowered = text[start:end].lower()
    anchors, by_anchor, always = vague.index()
    rare = conn = dem = numbers = 0
    chosen = set(always)
    for w in specificity._SCAN_TOKEN.findall(lowered.replace("’", "'")):
        if w[0].isdigit():
            numbers += 1
            continue
        chosen.update(i for a in anchors if a in w for i in by_anchor[a])
        rare += len(w) > 1 and w not in specificity.common_words()
        conn += w in specificity.connectives()
        dem += w in specificity.DEMONSTRATIVES
    return lowered, rare, conn, frozenset(chosen), dem, numbers


def test_scan_words_by_chunks_equals_the_token_loop():
    for text, a, b in _strings(_SPEC_PIECES, 8):
        assert specificity.scan_words(text, a, b) == _scan_words_reference(text, a, b), (text, a, b)


def test_scan_words_cache_limit_keeps_answers(monkeypatch):
    # a tiny cache limit: clearing between sentences must not change any answer
    monkeypatch.setattr(specificity, "_CACHE_LIMIT", 5)
    for text, a, b in _strings(_SPEC_PIECES, 9):
        assert specificity.scan_words(text, a, b) == _scan_words_reference(text, a, b), (text, a, b)


_NAME_PIECES = ["Korea", "Korea's", "Korea’s", "U.S.", "U.S.'s", "NATO", "NATO's", "Ab's's", "The", "the", "Mr.", "Dr",
                "of", "of the", "de", "van", "Von", "al", "bin", "La", "and", "Bank", "Bank of", "World", "New York",
                "iPhone", "e.g.", "x-Ray", "Inter-Korean", "O'Neill", "AT&T", "@user", "@a", "#MeToo", "#1",
                "WE ARE", "HERE", "NOW", "OK", "I", "A", "It", "This", "Monday", "Seoul", "\u00a0", "\t", "\n",
                "-", ".", ",", "'", "’", "\"", "“", "”", "J.", "Maybe", ":", "anti-", "Florida-based", "God-given", "-based", "1990", "ÉCOLE", "Ωmega",
                "St.", "Mt.", "St", "Louis", "Republican-controlled", "-led", "CNN's", "People's", "’s",
                "Saint", "Supporters of", "Half of", "Thousands", "Bus of"]


def _names_reference(text: str, start: int, end: int):
    """names.sentence_names (once specificity._names and _name_keys) as it was (copied), with
    the shouting rule widened to runs holding a word in capitals, openers of quotations kept
    apart like the sentence's first word, an initial's full stop left out at a name's end,
    names after "anti-" and the like, an adjective ending a run cut off ("Florida-based") and
    one inside a run parting it, as a possessive does ("CNN's Anderson Cooper"), and "St."
    kept at a name's head ("St. Louis"), and a group opening the sentence left out ("Supporters
    of Sanders"): each run of capitals trimmed and keyed afresh."""
    sp = names
    stop = sp._stoplist()
    out = []
    openers = ()
    shouted = None
    first = re.compile(r"\S*[^\W_]\S*").search(text, start, end)
    first_at = first.start() if first else start
    for m in sp._NAME_RUN.finditer(text, start, end):
        s, e = m.span()
        if s > start and text[s - 1] in sp._NOT_BEFORE_NAME and not sp._NAME_PREFIX.search(text, max(start, s - 6), s):
            continue  # inside a word or code: "iPhone", "e.g.", "x-Ray"
        run = m.group(0)
        if run[0] in "@#":
            out.append((s, e, "SP062", 1))
            continue
        pieces = [(s, e, run)]   # an adjective inside a run parts it ("Florida-based Republican")
        cuts = [x.end() for x in sp._ADJECTIVE_INSIDE.finditer(run)]
        tokens = list(re.finditer(r"\S+", run))   # a possessive parts it too ("CNN's Anderson Cooper")
        for i, token in enumerate(tokens[:-1]):
            word = token[0]
            if word[-2:] in ("'s", "’s") and sp._key(word) not in sp.POSSESSIVE_KEEPS \
                    and not (i and tokens[i - 1][0] in ("St.", "Saint")):
                cuts.append(token.end())
        cuts = sorted(set(cuts))
        if cuts:
            pieces = []
            for lo_, hi_ in zip([0] + cuts, cuts + [len(run)]):
                piece = run[lo_:hi_].lstrip()
                ps = s + hi_ - len(piece)
                pieces.append((ps, e if hi_ == len(run) else s + hi_, piece))
        for s, e, run in pieces:
            if s == first_at and sp._group_of(run):   # "Supporters of Sanders": the name is "Sanders"
                s, run = s + sp._group_of(run), run[sp._group_of(run):]
            adjective = sp._ADJECTIVE_SUFFIX.search(run)
            if adjective:
                run = run[:adjective.start()]
            run_end = s + len(run)   # e stays the end of the match (the quotation test reads it)
            tokens = run.split()
            if len(tokens) == 1:  # the common case, kept cheap
                key = sp._key(run)
                if key in stop:
                    continue
                ne = run_end - 2 if run.endswith(("'s", "’s")) else run_end - (len(run) == 2 and run[1] == ".")
                if sp._ACRONYM.fullmatch(text, s, ne) or sp._in_capitals(text[s:ne]):
                    if shouted is None:
                        shouted = sp._shouted(text, start, end)
                    if shouted:
                        continue
                if sp._ACRONYM.fullmatch(text, s, ne):
                    found = (s, ne, "SP061", 1)
                else:
                    found = (s, ne, "SP060", 1)
                if s == first_at or sp._opens_quotation(text, s, e, start) or sp._after_colon(text, s, start):
                    openers += ((key, found),)
                else:
                    out.append(found)
                continue
            keys = [sp._key(t) for t in tokens]
            lo, hi = 0, len(tokens)
            while lo < hi and keys[lo] in stop and not (keys[lo] in sp.NAME_HEADS and lo + 1 < hi):
                lo += 1
            while hi > lo and (keys[hi - 1] in stop or keys[hi - 1] in sp._LINKS) \
                    and not (keys[hi - 1] in sp.TITLE_TAILS and hi - 1 > lo):
                hi -= 1
            if lo == hi:
                continue
            offsets = []
            pos = 0
            for t in tokens:
                pos = run.index(t, pos)
                offsets.append(pos)
                pos += len(t)
            ns = s + offsets[lo]
            last = tokens[hi - 1]
            ne = s + offsets[hi - 1] + len(last)
            if last.endswith(("'s", "’s")):
                ne -= 2
            elif len(last) == 2 and last[1] == ".":
                ne -= 1
            words = sum(1 for k in keys[lo:hi] if k not in sp._LINKS)
            bare = [sp._POSSESSIVE.sub("", t) for t in tokens[lo:hi]]
            if all(map(sp._ACRONYM.fullmatch, bare)) or any(map(sp._in_capitals, bare)):
                if shouted is None:
                    shouted = sp._shouted(text, start, end)
                if shouted:
                    continue
            if all(map(sp._ACRONYM.fullmatch, bare)):
                found = (ns, ne, "SP061", words)
            else:
                found = (ns, ne, "SP060", words)
            if hi - lo == 1 and (ns == first_at or sp._opens_quotation(text, ns, e, start)
                                 or sp._after_colon(text, ns, start)):
                openers += ((keys[lo], found),)
            else:
                out.append(found)
    keys = {sp._key(w) for s, e, code, _ in out if code != "SP062" for w in text[s:e].split()}
    return (sp._joined(text, out) if len(out) > 1 else out), openers, keys


def test_names_with_remembered_runs_equal_the_plain_scan():
    for seed in (10, 11):
        for text, a, b in _strings(_NAME_PIECES, seed):
            assert names.sentence_names(text, a, b) == _names_reference(text, a, b), (text, a, b)


def test_no_trigger_can_start_in_a_sentence_whose_chunks_rule_it_out():
    rules = citations.rules._rules()
    pieces = _CIT_PIECES + ["said", "Said", "says-who", "re-said", "according", "According to", "call for",
                            "called on", "sources", "experts", "reportedly", "poll", "Trump's", "unsaid", "SAID"]
    for seed in (12, 13):
        for text, a, b in _strings(pieces, seed):
            if citations.tokens._shape(text, a, b, rules) < citations.tokens._MAY_TRIGGER:
                assert rules.trigger.search(text, a, b) is None, (text, a, b)


def test_every_trigger_phrase_passes_the_chunk_test():
    # a phrase's words lie in several chunks: only its first word can be tested
    rules = citations.rules._rules()
    for word in rules.roles:
        for text in (f"{word}", f"x {word} y", f"(\u201c{word}, z"):
            if rules.trigger.search(text):
                assert citations.tokens._shape(text, 0, len(text), rules) >= citations.tokens._MAY_TRIGGER, text


def test_trigger_words_by_chunks_equal_the_scan():
    pieces = _FIG_PIECES + ["\u00a0", "\t", "\n", "\u2003", "one-third", "twenty-five", "ﬁve", "éone", "onex",
                            "may", "Mayday", "(million)", "thousand,", "a\u00a0dozen"]
    for seed in (14, 15):
        for text, _, _ in _strings(pieces, seed):
            lowered = text.lower()
            assert figure_triggers._chunk_facts(lowered.split())[0] == set(trigger_run_reference().findall(lowered)), text


# --- specificity stage, round 2

def _anchored_patterns_reference(tokens: list[str]) -> set[int]:
    """The plain form: every token tested against every anchor."""
    anchors, by_anchor, _ = vague.index()
    return {i for t in tokens for a in anchors if a in t for i in by_anchor[a]}


def test_anchored_patterns_with_the_trie_precheck_equal_the_plain_loop():
    anchors = list(vague.index()[0])
    rng = random.Random(21)
    letters = "abcdefghijklmnopqrstuvwxyz'"
    for _ in range(ROUNDS):
        tokens = []
        for _ in range(rng.randint(0, 4)):
            # an anchor inside other letters, two anchors glued, or plain letters
            token = "".join(rng.choice([rng.choice(anchors), rng.choice(letters) * rng.randint(1, 2),
                                        "".join(rng.sample(letters, 3))]) for _ in range(rng.randint(1, 3)))
            tokens.append(token)
        assert specificity._anchored_patterns(tokens) == _anchored_patterns_reference(tokens), tokens


# --- sentiment, tone, hedging and ingest

import dataclasses  # noqa: E402

from sourcelens import lexicons  # noqa: E402
from sourcelens.analyzers import style, tone, vader_fast  # noqa: E402
from sourcelens.model import Sentence, Span  # noqa: E402

_TONE_GLUE = ["(", ")", "'", "’", "-", ",", ".", "?", "!", "\"", "“", "”", "_", "x", "s", "ed", "1",
              "\u00a0", "\t", "\n", "\u2003", "  ", "party", "the", "a"]


_OPTIONAL = ("?", "*", "{")  # after a character: it may be absent ("{" as if {0,...})
_META = ".^$*+?{}[]()|\\"


def _literal_words(pattern: str) -> list[tuple[str, bool]]:
    """The plain words every match of ``pattern`` opens with, each with whether white space
    must follow it: ``in\\s+fact\\b`` -> [("in", True), ("fact", False)].

    Reading stops at the first other regex construct, and a character made optional
    (``s?``) ends the word before it. White space in a match separates chunks, so the
    first word lies inside one chunk and every later one opens a chunk. A pattern with a
    ``|`` at its top level gives [] (its matches share no opening).

    Once sourcelens.analyzers.tone's chunk filters were built on it; they now read patterns
    with ``re``'s own parser (``tone._required_pieces``). The random test strings below are
    still built from these words.
    """
    if tone._has_top_level_bar(pattern):
        return []
    words: list[tuple[str, bool]] = []
    word: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        space = 2 if pattern.startswith("\\s", i) else 1 if ch.isspace() else 0
        if space:
            if not word or pattern[i + space : i + space + 1] in _OPTIONAL:
                break
            words.append(("".join(word), True))
            word = []
            i += space + pattern.startswith("+", i + space)
            continue
        if ch == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            ch, width = pattern[i + 1], 2  # an escaped punctuation character is literal
        elif ch in _META:
            break
        else:
            width = 1
        after = pattern[i + width : i + width + 1]
        if after in _OPTIONAL:
            break
        word.append(ch)
        if after == "+":
            break
        i += width
    if word:
        words.append(("".join(word), False))
    return words


def _tone_pieces(name: str) -> list[str]:
    """Every word a lexicon's patterns open with, its plain words, and glue around them."""
    scan_ = tone.scanner(name)
    pieces = list(scan_.word_codes) + _TONE_GLUE
    for marker in lexicons.load(name).markers:
        for pattern in marker.patterns:
            for alt in tone._expand_head(pattern.removeprefix("\\b").removeprefix("^")):
                words = [word for word, _ in _literal_words(alt)]
                pieces += words + [" ".join(words)]
    return pieces


def _unfiltered(scan_: tone.Scanner) -> tone.Scanner:
    """The plain form: every sentence runs every regex."""
    always = tone.ChunkFilter(lambda chunk: True)
    return dataclasses.replace(scan_, word_filter=always,
                               family_filters=tuple(always for _ in scan_.family_filters))


def _scan_all(scan_: tone.Scanner, low: str, spans: list[tuple[int, int]]) -> list:
    sentences = [Sentence(i, Span(a, b), 0, "body", 1) for i, (a, b) in enumerate(spans)]
    return [(s.index, code, a, b) for s, code, a, b in tone.scan(scan_, None, sentences, low)]


@pytest.mark.parametrize("name", [tone.LEXICON, style.LEXICON])
def test_tone_scan_with_chunk_filters_equals_the_plain_scan(name):
    scan_ = tone.scanner(name)
    fresh = dataclasses.replace(scan_, word_filter=tone._word_filter(scan_.words),
                                family_filters=tuple(f and tone.ChunkFilter(f.may_start, limit=50)
                                                     for f in scan_.family_filters))
    plain = _unfiltered(scan_)
    examples = [m.example.lower() for m in lexicons.load(name).markers if m.example]
    for text in examples:
        assert _scan_all(fresh, text, [(0, len(text))]) == _scan_all(plain, text, [(0, len(text))]), text
    for seed in (31, 32):
        for text, a, b in _strings(_tone_pieces(name), seed):
            low = tone.lowered(text)
            spans = [(a, b), (0, a), (b, len(text))]
            assert _scan_all(fresh, low, spans) == _scan_all(plain, low, spans), (text, a, b)


def test_literal_words_of_patterns():
    assert _literal_words(r"in\s+fact\b") == [("in", True), ("fact", False)]
    assert _literal_words(r"communists?\b(?!\s+party)") == [("communist", False)]
    assert _literal_words(r"it (?:is|was)") == [("it", True)]
    assert _literal_words(r"so\s*called") == [("so", False)]
    assert _literal_words(r"a ?b") == [("a", False)]
    assert _literal_words(r"well\-known") == [("well-known", False)]
    assert _literal_words(r"ab+c") == [("ab", False)]
    assert _literal_words(r"abc|def") == []
    assert _literal_words(r"(?:a|b)c") == []


_VADER_SPECIAL = (sorted(vader_fast._CONTEXT_WORDS) + sorted(vader_fast.SPECIAL_CASES) + ["kind of", "sort of",
                  "just enough", "isn't", "ISN'T", "n't", "don't", "but", "BUT", "at least", "very least",
                  "no or", "no nor", "without doubt", "😁", "💔", "©", "“good”", "rock'n'roll"])
_VADER_PLAIN = ["the", "The", "a", "it", "is", "said", "house", "I", "A", "US", "NATO", "of", "to", "for", "right",
                "stop", ",", ".", "!", "?", "??", "—", "’s", "(", "'", "in", "K", "İ", "ΣΑΣ"]
_VADER_LEXICON = ["good", "GOOD", "Good", "bad", "BAD", "great", "horrible", "love", "hate", "fine", "no", "NO",
                  "win", "kill", "killed", "(good)", "'bad'", "good!", "support", "threat", "crisis", "ass", "bomb"]


def _vader_soups(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        words = []
        for _ in range(rng.randint(0, 25)):
            roll = rng.random()
            pool = _VADER_SPECIAL if roll < 0.08 else _VADER_LEXICON if roll < 0.4 else _VADER_PLAIN
            words.append(rng.choice(pool))
        yield " ".join(words)


def test_vader_compound_and_bare_valences_equal_vadersentiment():
    reference = pytest.importorskip("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()
    fast = vader_fast.SentimentIntensityAnalyzer()
    for seed in (41, 42):
        for text in _vader_soups(seed):
            expected = reference.polarity_scores(text)
            assert fast.polarity_scores(text) == expected, text
            assert fast.compound(text) == expected["compound"], text


def test_vader_emoji_keys_are_not_ascii():
    # polarity_scores tests only a text's non-ASCII characters against them
    assert not any(ch.isascii() for ch in vader_fast.SentimentIntensityAnalyzer()._emoji_chars)


_COUNT_PIECES = ["word", "W", "_", "__", "--", "—", "“", "”", "x_", "1", "²", "٣", "①", "é", "İ", "'", ".", ",", "(",
                 " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "a-b", "…", "@", "#"]


def test_count_words_by_chunks_equals_the_token_regex():
    from sourcelens.ingest import sentences

    token = re.compile(r"[^\s\w]*\w\S*")
    for seed in (51, 52):
        for text, a, b in _strings(_COUNT_PIECES, seed):
            assert sentences.count_words(text, a, b) == len(token.findall(text, a, b)), (text, a, b)
            assert sentences.count_words(text) == len(token.findall(text)), text


# --- provenance and style stages

from pathlib import Path as _Path  # noqa: E402

from sourcelens.analyzers import disclosure_rules  # noqa: E402

_DATA = _Path(__file__).parent / "data"
_AGENT_WORDS = ["by", "by ", "AI", "ai", "A.I.", "GPT-4", "gpt", "Claude", "3", "model", "language model", "the",
                "machine", "machine-translated", "bots", "robot", "Google Translate", "Acme Translator", "o3",
                "software", "and", "Consensus", "synthetic", "is", "voices", "-", "'s", "_AI", "2AI", "İ", "ſ",
                "K", "(", ")", ",", ".", "Llama 3", "Gemini Pro", "Sora", "Whisper", "automatically", "x"]


def _agent_sentences():
    for path in sorted(_DATA.glob("ai_disclosure_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                yield line.split("\t")[-1]
    rng = random.Random(43)
    for _ in range(ROUNDS):
        glue = rng.choice(["", " ", " ", "-"])
        yield glue.join(rng.choice(_AGENT_WORDS) for _ in range(rng.randint(0, 12)))


def _plain_alternation(branches):
    return re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE)


def _spans(rx, text):
    found = [(m.start(), m.end()) for m in rx.finditer(text)]
    found.append(None if (m := rx.search(text, 3)) is None else m.span())
    return found


def test_word_start_fronted_agents_match_the_plain_alternation():
    table = disclosure_rules._table()
    rules = disclosure_rules.rules()
    pairs = ((rules.agent, _plain_alternation(table["agents"])),
             (rules.loose_agent, _plain_alternation([table["loose_agents"]])))
    assert all(fast.pattern.count("(?=[^\\W\\d_])") for fast, _ in pairs)  # the speed-up is in place
    for text in _agent_sentences():
        for fast, plain in pairs:
            assert _spans(fast, text) == _spans(plain, text), text


def test_starts_words_rejects_branches_that_may_start_elsewhere():
    from re import _parser

    def starts(pattern):
        return disclosure_rules._starts_words(list(_parser.parse(pattern)))

    assert starts(r"\bAI\b") and starts(r"(?-i:\b[A-Z][\w.]+ Translator)") and starts(r"(?<=by )software\b")
    assert starts(r"\b(?:ro)?bots?\b") and starts(r"(?-i:\bGen ?AI\b|\bA\.I\.(?!\w))") and starts(r"(?<=-)made")
    for pattern in (r"AI\b", r"\b\w+ model", r"\b(?:3|AI)", r"\b_AI", r"\b(?:x)?", r"(?<=a)AI",
                    r"(?<=\bby )(?:[\w'-]+\s+){0,3}?model\b"):
        assert not starts(pattern), pattern


_YEAR_PIECES = ["19", "20", "2019", "1999", "2024", "200", "1", "0", "9", "2", " ", "-", ",", "$", "s", "%", "per",
                " million", "in ", "May ", "x", "\u00a3", "/", ".", "\n"]


def test_year_marker_matches_only_where_19_or_20_begins():
    from sourcelens.analyzers.provenance import dates as provenance_dates, markers as provenance_markers
    from sourcelens.model import Span

    year_rx = provenance_markers._markers()["PV041"].regex
    rng = random.Random(44)
    for _ in range(ROUNDS):
        text = "".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        para = Span(start, rng.randint(start, len(text)))
        found = [m.span() for m in year_rx.finditer(text, para.start, para.end)]
        assert all(text[a:a + 2] in ("19", "20") for a, _ in found), text
        if not provenance_dates._may_hold_year(text, para):
            assert found == [], text
