"""Tell the article body from the page furniture around it.

Saved web articles carry site headers ("Share- Nishadil", "- 4 minutes read"), widget
debris ("• A"), photo captions, labels ("In Brief"), author bios, comment notices,
copyright lines and disclaimers. Readability, sentiment, hedging and specificity should
measure the article, not these; provenance reads them all. Each paragraph gets one kind:

``title``       the headline (the longest heading-like line of the leading block; a title-case
                line above the body counts even with a full stop, a lede opening with a
                dateline does not: "MEXICO CITY, Feb. 8 (UPI) - Count former ..."; a label in
                capitals never does, and the sentence above it is the headline: "Clinton stays
                well ahead of Sanders in latest poll." over "ABSTRACT.")
``header``      site furniture before the body: taglines, share/date/reading-time lines; and
                a short call to act inside the article ("Subscribe to our podcast here.")
``byline``      "By Jane Doe"; a wire credit line, "(Reporting by Jane Doe; Editing by John Roe)"
``heading``     a short unpunctuated line inside the article (a section heading, a label:
                "Key Points:"; a sentence ending in a colon is body: "Hewitt writes:")
``caption``     photo captions and credits
``widget``      stray one- or two-character lines left by page widgets
``bio``         "Jane Doe is a professor of ... at ...": the role reached through a title, no
                speech reported, and no prose after it (else a person the article brings in)
``disclaimer``  "Disclaimer: ...", "for informational purposes only"
``footer``      everything from the end of the article on (comments notice, support
                appeals, copyright, "Article printed from"); a call to act ("Support ...",
                "Subscribe ...") ends the article only when no prose follows it
``body``        the article text

The rules are deliberately conservative: a paragraph that reads like prose (a full
sentence of ten words or more) stays ``body`` unless a specific rule names it.
"""

from __future__ import annotations

import re

from ..lexicons import compile_regex as _rx
from ..memo import BoundedMemo
from ..model import Region, Span

_I = re.IGNORECASE

WIDGET = _rx(r"^[\s\u2022\u00b7*\-\u2013|>]*\w{0,2}[\s\u2022\u00b7*\-|]*$")
CAPTION = _rx(r"\((?:photo|image|picture|illustration|credit)s?\b[^)]*\)\s*$|^(?:photo|image|pictured|file photo|credit)s?\s*[:\-]|"
                     r"\b(?:getty images|reuters|ap photo|afp|shutterstock|epa)\)?\s*$", _I)
# Site furniture on a short line: a count ("5 min read", "12 comments") anywhere, or a
# label ("Share", "Updated on", "Key points", "Correction Appended", "Full text", "Home /")
# at its start. _header_line tries the two parts apart, each only where it can match.
_HEADER_COUNT_SOURCE = r"\b\d+\s*(?:min(?:ute)?s?\s+read|comments?|views?|shares?|likes?)\b"
_HEADER_START_SOURCE = (
    r"reading time\b|share\b|(?:updated|published|posted)\s*(?:on|:)?\s|in brief$|key points$|advertisement$|"
    r"corrections? appended\.?$|full text\.?$|"
    r"(?:listen|print|email|save)(?: this)?(?: article| story)?$|(?:home|news|world|politics)\s*[/>|]")
HEADER_LINE = _rx(rf"{_HEADER_COUNT_SOURCE}|^(?:{_HEADER_START_SOURCE})", _I)
_HEADER_COUNT = _rx(_HEADER_COUNT_SOURCE, _I)
_HEADER_COUNT_KEYS = ("min", "comment", "view", "share", "like")  # one is in every count match
_HEADER_START = _rx(_HEADER_START_SOURCE, _I)  # used with match(): at the line's start
BYLINE = _rx(r"^(?:by|written by|words by)\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,4}", 0)
# a wire service's credit line, "(Reporting by Jane Doe in Washington; Editing by John Roe)"
CREDIT_LINE = _rx(r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|research|produced)\s+by\s",
                  re.IGNORECASE)
CREDIT_MAX_WORDS = 60   # a longer paragraph opening so is prose
# An author note: "Jane Doe is a professor of history at ...". The role is reached through at
# most six words of a title ("a non-resident ... fellow", "the Second Amendment columnist",
# "senior media editor"), none of them a function word: "Ted Cruz is doing better than Trump
# among his fellow Cuban Americans" and "Donald J. Trump has been formally crowned the
# Republican nominee for president" tell news, not who wrote it; nor does a sentence whose
# verb is negated, a participle or "already" ("Mr. Bush is not the first member", "Bernie
# Sanders is pushing fellow Senate Democrats", "The FBI was already investigating ...").
_BIO_TITLE_STOP = ("the|a|an|his|her|their|its|than|among|for|to|of|in|on|at|by|with|from|and|or|but|"
                   "who|which|that|as|not")
#: the roles an author note names (the same as provenance lexicon PV021's, which a test checks)
BIO_ROLES = tuple("""student professor fellow director journalist writer editor researcher author
correspondent analyst lecturer reporter scholar economist columnist contributor scientist candidate
chair head founder member partner associate consultant president adviser advisor officer dean expert
teacher lawyer physician doctor engineer historian playwright novelist poet attorney strategist
commentator activist host producer photographer""".split())
BIO = _rx(
    r"^[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s+(?:is|was|has been|serves as)\s+"
    r"(?!(?:not|never|no|already|also|now|still|yet)\b|\w+(?:ing|ed)\b)(?:currently\s+)?(?:(?:a|an|the)\s+)?"
    rf"(?:(?!(?i:{_BIO_TITLE_STOP})\b)(?:[\w-]+(?:\.[\w-]+)+\.?|[\w-]+)\s+){{0,6}}?"
    rf"(?:{'|'.join(BIO_ROLES)})\b")
# A paragraph that reports speech is a source brought in by the article, not an author note
# ("Jamal Simmons is a Democratic consultant and a CNN contributor who ... Simmons, an Obama
# supporter, said he saw ..."): read as a bio, it would end the article there.
_REPORTS = _rx(r"\b(?:said|says|told)\b")


def _bio(stripped: str) -> bool:
    """Is the paragraph an author note ("Jane Doe is a professor of ... at ...")?"""
    return BIO.match(stripped) is not None and _REPORTS.search(stripped) is None


DISCLAIMER = _rx(r"^(?:disclaimer|disclosure|editor'?s note|note)\s*[:\-\u2013]|"
                        r"for informational purposes only|does not constitute (?:professional|financial|legal|"
                        r"investment) advice|views expressed (?:here|in this)", _I)
# What ends an article: a line that opens the page's own furniture. The calls to act (share,
# support, subscribe, sign up, read more ...) also stand inside articles ("Subscribe to
# HuffPost's politics podcast here.", then the article goes on) and open sentences of news
# ("Support for Mr. Trump here may deepen."): they end the article only when no prose
# follows them (_prose_after), and a long one is prose itself.
_END_CALL_TO_ACT = r"share this|support |subscribe|sign up|read more|more from|you may also like|recommended"
END_OF_ARTICLE = _rx(
    r"^(?:comments are closed|leave a (?:comment|reply)|\d+ comments?$|related(?: articles| stories| posts)?$|"
    r"tags?:|filed under|about the author|article printed from|"
    rf"copyright|\u00a9|all rights reserved|{_END_CALL_TO_ACT})", _I)
END_CALL_TO_ACT = _rx(rf"^(?:{_END_CALL_TO_ACT})", _I)
#: a call to act is a line of furniture up to this many words; longer, it is a sentence
CALL_TO_ACT_MAX_WORDS = 12
# a copyright sign right after a letter is mojibake, not a copyright line ("clich\u00e9" saved as UTF-8
# and read as cp1252 shows as "clich" + "\u00c3" + "\u00a9")
COPYRIGHT = _rx(r"copyright|(?<![^\W\d_])\u00a9|\(c\)\s*\d{4}|all rights reserved", _I)
TERMINAL = _rx(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
WORD = _rx(r"[^\W\d_][\w'\u2019-]*")

# Speed (the rules are unchanged): most paragraphs are prose, and a case-insensitive
# search of an alternation tries every position of a long paragraph. Each pattern below
# can only match text containing one of its keywords, so a plain substring test on the
# lower-cased line rules most paragraphs out first. re.IGNORECASE also equates four
# non-ASCII letters with ASCII ones (the dotted and dotless i, the long s, the Kelvin
# sign); a line containing one of them always gets the full search.
_CAPTION_KEYS = ("photo", "image", "picture", "illustration", "credit", "reuters", "afp", "shutterstock",
                 "epa")
# Where CAPTION can match: a bracket closing the line, a keyword opening it, or a keyword
# (before an optional ")") closing it.
_CAPTION_STARTS = ("photo", "image", "pictured", "file photo", "credit")
_CAPTION_ENDS = ("getty images", "reuters", "ap photo", "afp", "shutterstock", "epa")
_DISCLAIMER_KEYS = ("informational purposes only", "does not constitute", "views expressed")
_DISCLAIMER_STARTS = ("disclaimer", "disclosure", "editor", "note")
_COPYRIGHT_KEYS = ("copyright", "\u00a9", "(c)", "all rights reserved")
_CLOSERS = "\"'\u201d\u2019)]"
_TERMINALS = ".!?\u2026"


def classify(text: str, paragraphs: list[Span], counts: list[int] | None = None) -> list[Region]:
    """One :class:`Region` per paragraph, in the same order; ``counts``, when given, holds
    each paragraph's ``count_word_matches`` (the caller has counted them already)."""
    lines = [text[p.start : p.end] for p in paragraphs]
    if counts is None:
        counts = [count_word_matches(line) for line in lines]
    kinds: list[tuple[str, str]] = [_line_kind(line, n) for line, n in zip(lines, counts)]

    def title_case(i: int) -> bool:
        return counts[i] <= 25 and _capitalised(lines[i]) >= 0.75 * counts[i]

    # A paragraph opening with a dateline is the article's lede, however many capitals its
    # place names give it ("MEXICO CITY, Feb. 8 (UPI) - Count former Mexican President Felipe
    # Calderon among Donald Trump's detractors."; "WASHINGTON (AP) - The Latest on ...:")
    for i, line in enumerate(lines):
        if kinds[i][0] == "heading" and DATELINE_OPENING.match(line):
            kinds[i] = ("body", "")

    # the first paragraph of prose: 15 words or more, not in title case (a long headline,
    # "Drivers Are So Shocked By These 3 Words On Highway Warning Sign They Turn Around ...")
    first_body = next((i for i, (k, _) in enumerate(kinds) if k == "body" and (
        counts[i] >= 15 and not title_case(i) or DATELINE_OPENING.match(lines[i]))), len(kinds))
    for i in range(first_body):
        # A short question standing alone above the article is a headline, not prose; so is
        # a line in title case, even with a full stop ("In Avoiding Tax, Trump Is Merely a
        # Small Fry."), as some archives end every headline.
        if kinds[i][0] == "body" and lines[i].rstrip().endswith("?") and counts[i] <= 16:
            kinds[i] = ("heading", "short question above the body")
        elif kinds[i][0] == "body" and first_body < len(kinds) and title_case(i):
            kinds[i] = ("heading", "title-case line above the body")
    # The leading block: short heading-like lines before the first body paragraph. A label
    # in capitals ("ABSTRACT.", "LETTERS.") is never the title; an archive sets it under a
    # headline written as a sentence ("Clinton stays well ahead of Sanders in latest poll."),
    # which is then the title.
    leading: list[int] = []
    labels: list[int] = []
    for i in range(first_body):
        if kinds[i][0] == "heading":
            (labels if LABEL_LINE.match(lines[i]) else leading).append(i)
    for i in labels:
        kinds[i] = ("header", "a label before the body")
    if not leading and labels and kinds[0][0] == "body" and 0 < labels[0] and counts[0] <= 25:
        kinds[0] = ("title", "the line above a label such as 'ABSTRACT.'")
    if leading:
        title = max(leading, key=lambda i: (counts[i], -i))
        kinds[title] = ("title", "longest heading-like line before the body")
        for i in leading:
            if i != title:
                kinds[i] = ("header", "short line before the body")

    # Everything after the end of the article is footer (unless a sharper rule named it).
    ended = False
    seen_body = False
    prose_after: list[int] = []     # _prose_after, counted at the first paragraph that asks

    def prose_follows(i: int) -> bool:
        if not prose_after:
            prose_after.extend(_prose_after(kinds, counts, lines))
        return prose_after[i] >= PROSE_AFTER_BIO

    for i, (kind, reason) in enumerate(kinds):
        if kind == "body":
            seen_body = True
        if not seen_body:
            continue
        if not ended and kind == "bio" and prose_follows(i):
            # "Angela Corey is the Republican state attorney who charged Zimmerman ...", and
            # the article goes on: a person the article brings in, not its author's note
            kinds[i] = ("body", "")
            continue
        # END_OF_ARTICLE is anchored at the start (every branch): match() is its search()
        if not ended and kind not in ("bio", "disclaimer") and END_CALL_TO_ACT.match(lines[i]) \
                and (counts[i] > CALL_TO_ACT_MAX_WORDS or prose_follows(i)):
            if counts[i] <= CALL_TO_ACT_MAX_WORDS:
                kinds[i] = ("header", "a call to act inside the article")
            continue
        if not ended and (kind in ("bio", "disclaimer") or END_OF_ARTICLE.match(lines[i])):
            ended = True
        if ended and kind in ("body", "heading"):
            kinds[i] = ("footer", "after the end of the article")
    return [Region(p, k, r) for p, (k, r) in zip(paragraphs, kinds)]


#: a dateline opening a paragraph: a place in capitals, then a wire service in brackets or, after
#: a comma, its state or a date, then a dash ("MEXICO CITY, Feb. 8 (UPI) -", "WASHINGTON (AP) -",
#: "BUENA PARK, Calif. -"); a word in capitals and a dash alone opens headlines too ("EXCLUSIVE -")
DATELINE_OPENING = _rx(r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*"
                       r"(?:(?:,\s*[A-Z][A-Za-z.]{1,13})?(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*\([A-Za-z. ]{2,20}\)"
                       r"|,\s*[A-Z][A-Za-z.]{1,13}(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?)"
                       r"\s*[\u2014\u2013-]-?\s")
#: a label in capitals standing alone above an article: "ABSTRACT.", "LETTERS.", "OPINION"
LABEL_LINE = _rx(r"\s*[A-Z]{3,}(?:\s+[A-Z]{3,})?[.:]?\s*$")
#: an author note or a call to act in the middle of an article is read so when this many
#: paragraphs of prose follow it
PROSE_AFTER_BIO = 2


def _prose_after(kinds: list[tuple[str, str]], counts: list[int], lines: list[str]) -> list[int]:
    """For each paragraph, how many paragraphs of prose (body, 15 words or more; counted up to
    ``PROSE_AFTER_BIO``) follow it before the next line that surely ends an article (an
    author's note, a disclaimer, "Comments are closed", a copyright line ...). After an
    author's note or a call to subscribe at an article's end come comments, sharing widgets
    and "Related" lines, not the article's own paragraphs. One pass from the end, so that a
    page of many such lines stays linear."""
    after = [0] * len(kinds)
    prose = 0
    for j in range(len(kinds) - 1, -1, -1):
        after[j] = prose
        if kinds[j][0] in ("bio", "disclaimer") or (
                END_OF_ARTICLE.match(lines[j]) and not END_CALL_TO_ACT.match(lines[j])):
            prose = 0
        elif kinds[j][0] == "body" and counts[j] >= 15:
            prose = min(prose + 1, PROSE_AFTER_BIO)
    return after


def chunk_word_matches(chunk: str) -> int:
    """``len(WORD.findall(chunk))`` for one white-space chunk."""
    return len(WORD.findall(chunk))


# chunk -> chunk_word_matches(chunk)
_CHUNK_WORDS = BoundedMemo(chunk_word_matches)


def count_word_matches(line: str) -> int:
    """``len(WORD.findall(line))``, summed over the line's white-space chunks.

    Exact because a WORD match is made of word characters, apostrophes and hyphens only,
    never white space (``str.split`` splits at ``str.isspace`` characters, and no such
    character is ``\\w``, an apostrophe or a hyphen): every match lies inside one chunk,
    and a chunk searched alone has the same matches, since the pattern has no lookaround
    or anchor that could see past the chunk's edges.
    """
    return sum(map(_CHUNK_WORDS.__getitem__, line.split()))


def _lower_if_prefilter_safe(line: str) -> str | None:
    """The line with its ASCII letters lower-cased, or None when a keyword pre-test could
    miss an IGNORECASE match.

    The keywords are lower-case ASCII and the uncased "\u00a9", and under IGNORECASE an
    ASCII letter of a pattern matches only its two ASCII cases and the four confusable
    letters (ruled out here), so lower-casing the ASCII letters is all the pre-tests need;
    every other character keeps its place. For text with a non-ASCII character this is
    done on the UTF-8 bytes (``bytes.lower`` changes ASCII letters only), cheaper than
    ``str.lower``'s full Unicode mapping.
    """
    if line.isascii():
        return line.lower()
    if _has_case_confusable(line):
        return None
    return line.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _has_case_confusable(line: str) -> bool:
    """Whether ``line`` holds one of the four letters IGNORECASE equates with ASCII ones.

    Four one-character ``in`` tests, the same answer as searching for the character set
    ``[\u0130\u0131\u017f\u212a]``: a one-character ``in`` scans at memory-search speed,
    about a tenth of the instructions of a regular-expression character-set search.
    """
    return "\u0130" in line or "\u0131" in line or "\u017f" in line or "\u212a" in line


def _caption(stripped: str, low: str | None) -> bool:
    """``CAPTION.search(stripped)``, tested first on where its matches can lie.

    Each branch of CAPTION is anchored: ``\\(keyword...\\)`` and ``keyword\\)?`` end at the
    end of the (stripped) line, ``^keyword`` opens it. A line not ending in ")" can only
    match with a keyword as its very end or its very start, which two ``endswith`` and
    ``startswith`` tests decide before the keyword search in the whole line.
    """
    if low is not None:
        if not low.endswith(")"):
            if not (low.startswith(_CAPTION_STARTS) or low.endswith(_CAPTION_ENDS)):
                return False
        elif not any(k in low for k in _CAPTION_KEYS):
            return False
    return CAPTION.search(stripped) is not None


def _disclaimer(stripped: str, low: str | None) -> bool:
    if low is not None and not low.startswith(_DISCLAIMER_STARTS) and not any(k in low for k in _DISCLAIMER_KEYS):
        return False
    return DISCLAIMER.search(stripped) is not None


def _copyright(stripped: str, low: str | None) -> bool:
    if low is not None and not any(k in low for k in _COPYRIGHT_KEYS):
        return False
    return COPYRIGHT.search(stripped) is not None


def _header_line(line: str, low: str | None) -> bool:
    """``HEADER_LINE.search(line)``, each branch tried only where it can match (``low``: the
    line's lower-cased form for keyword pre-tests, as :func:`_lower_if_prefilter_safe`
    gives it, or None to skip them). A line that only loses leading characters on its way
    from ``low``'s line keeps every keyword ``low`` lacks out of it too."""
    if _HEADER_START.match(line):
        return True
    if low is not None and not any(k in low for k in _HEADER_COUNT_KEYS):
        return False
    return _HEADER_COUNT.search(line) is not None


def _terminal(stripped: str) -> bool:
    """``TERMINAL.search(stripped)``: sentence punctuation before any closing quotes/brackets."""
    core = stripped.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINALS


# A sentence that leads into what follows ends with a colon, not a full stop: "Hewitt
# writes:", "The governor added:", "According to Jack Kelly, writing for RealClearPolitics:".
# It is prose when it reads as a sentence: three words or more, one of them in lower case,
# not opening with a number ("11:45 a.m.:"), or a name and a verb of speech ("He said:");
# a label in title case stays a heading ("Key Points:", "CORRECTION:").
# A widget's prompt ends with a colon too: "Do you support Donald Trump? Like the page:",
# "Enter your email address:", "Also on HuffPost:".
_WIDGET_PROMPT = _rx(r"\blike (?:the|our|us on) page\b|\benter your\b|^\W*also on\b|\bsign up\b|\bsubscribe\b", _I)
_LEAD_IN_VERBS = frozenset("""said says writes wrote adds added asks asked explains explained notes
noted reports reported tweeted replied continued argued concluded responded""".split())


def _lead_in(stripped: str, n_words: int) -> bool:
    """Is the paragraph a sentence ending in a colon that leads into a quotation or a list?"""
    if not stripped.endswith(":") or n_words < 2 or stripped[0].isdigit() or _WIDGET_PROMPT.search(stripped):
        return False
    words = WORD.findall(stripped)
    if n_words == 2:
        return words[-1] in _LEAD_IN_VERBS
    return any(w[0].islower() for w in words)


def _capitalised(line: str) -> int:
    """How many WORD matches of ``line`` open with an upper-case letter."""
    return sum(1 for w in WORD.findall(line) if w[0].isupper())


def _line_kind(line: str, n_words: int | None = None) -> tuple[str, str]:
    """The kind of one paragraph and why; ``n_words`` is ``len(WORD.findall(line))``
    when the caller has counted it already."""
    stripped = line.strip()
    if n_words is None:
        n_words = count_word_matches(stripped)
    low = _lower_if_prefilter_safe(stripped)
    # cheap word-count tests before the regexes: the same answers, in the same order
    if n_words <= 1 and WIDGET.match(stripped):
        return "widget", "one- or two-character widget line"
    if _disclaimer(stripped, low):
        return "disclaimer", "disclaimer wording"
    if n_words <= 8 and BYLINE.match(stripped):
        return "byline", "'By' and a name"
    if n_words <= CREDIT_MAX_WORDS and CREDIT_LINE.match(stripped) and stripped.rstrip(".").endswith(")"):
        return "byline", "wire credit line: '(Reporting by ...)'"
    if _caption(stripped, low):
        return "caption", "photo caption or credit"
    if n_words <= 12 and _header_line(stripped.lstrip("-\u2013\u2022* "), low):
        return "header", "site furniture (share, date, reading time, label)"
    if n_words <= 80 and _bio(stripped):
        return "bio", "'<Name> is a <role>' author note"
    if n_words <= 25 and _copyright(stripped, low):
        return "footer", "copyright line"
    if stripped.startswith("#"):
        return "heading", "Markdown heading"
    if not _terminal(stripped) and not _lead_in(stripped, n_words):
        if n_words <= 16:
            return "heading", "short line without sentence punctuation"
        if n_words <= 25 and _capitalised(stripped) >= 0.6 * n_words:
            return "heading", "title-case line without sentence punctuation"
    if stripped.startswith(("-", "\u2022")) and n_words <= 6:
        return "header", "short list item"
    return "body", ""
