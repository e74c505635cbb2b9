"""Ingest: decoding, normalisation with offsets, paragraphs, sentences and regions."""

from __future__ import annotations

import codecs

import pytest

from sourcelens.errors import InputError
from sourcelens.ingest import from_text, load, regions
from sourcelens.ingest.decode import decode
from sourcelens.ingest.sentences import split_paragraphs, split_sentences
from sourcelens.model import Span

from conftest import GENERATED, PEER


def sentences_of(text: str) -> list[str]:
    doc = from_text(text)
    return [doc.text[s.span.start : s.span.end] for s in doc.sentences]


# --- decoding -------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    ("Caf\u00e9 costs \u20ac5.".encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + "Caf\u00e9 costs \u20ac5.".encode("utf-8"), "utf-8-sig"),
    ("Caf\u00e9 costs \u20ac5.".encode("utf-16"), "utf-16"),
    ("Caf\u00e9 costs \u20ac5 \u2014 \u201cquoted\u201d.".encode("cp1252"), "cp1252"),
])
def test_decodes_common_encodings(data, encoding):
    text, found = decode(data, "x.txt")
    assert found == encoding
    assert text.startswith("Caf\u00e9 costs \u20ac5")


def test_latin1_bytes_undefined_in_cp1252_fall_back():
    text, found = decode(b"Stra\xdfe \x81 ok", "x.txt")
    assert found == "latin-1" and text.startswith("Stra\u00dfe")


@pytest.mark.parametrize("data, problem", [
    (b"", "is empty"),
    (b"   \n\t  \n", "only whitespace"),
    (b"%PDF-1.7 binary", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"PK\x03\x04zip", "ZIP"),
    (b"text\x00with\x00nuls", "binary"),
    ("caf\u00e9 ".encode("utf-8") + b"\xff\xfe broken", "not valid UTF-8"),
    (codecs.BOM_UTF8 + b"\xff\xff", "byte-order mark"),
])
def test_refuses_what_is_not_an_article(data, problem):
    with pytest.raises(InputError) as err:
        decode(data, "bad.txt")
    assert problem in str(err.value) and "bad.txt" in str(err.value)


def test_control_character_soup_is_refused():
    with pytest.raises(InputError, match="does not look like text"):
        decode(bytes(range(1, 9)) * 50, "noise.bin")


def test_read_bytes_reads_on_after_a_short_read(tmp_path, monkeypatch):
    """A read that returns less than asked before the end is followed by more reads."""
    import os

    from sourcelens import ingest

    path = tmp_path / "slow.txt"
    path.write_bytes(b"0123456789" * 100)
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: real_read(fd, min(n, 7)))
    assert ingest.read_bytes(path) == b"0123456789" * 100


def test_too_big_is_refused(monkeypatch):
    import importlib

    decode_module = importlib.import_module("sourcelens.ingest.decode")

    monkeypatch.setattr(decode_module, "MAX_BYTES", 10)
    with pytest.raises(InputError, match="larger than"):
        decode_module.decode(b"x" * 11, "big.txt")


def test_read_bytes_reads_a_file_whose_size_stat_does_not_know(tmp_path):
    """/proc files say size 0 and have content: the read must not stop at the stat size."""
    import os

    from sourcelens.ingest import read_bytes

    proc = "/proc/self/cmdline"
    if not os.path.exists(proc):
        pytest.skip("no /proc")
    with open(proc, "rb") as fh:
        whole = fh.read()
    assert os.stat(proc).st_size == 0 and len(whole) > 1 and read_bytes(proc) == whole


def test_read_bytes_reads_a_file_that_grew_after_stat(tmp_path, monkeypatch):
    """The size from stat() is a hint: bytes appended after it are read, up to the limit."""
    import os

    from sourcelens import ingest

    path = tmp_path / "growing.txt"
    path.write_bytes(b"first part. ")
    real_open = os.open

    def open_after_growth(name, *args, **kwargs):
        if name == str(path):
            with open(name, "ab") as fh:
                fh.write(b"second part, written after stat.")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_after_growth)
    assert ingest.read_bytes(path) == b"first part. second part, written after stat."
    monkeypatch.setattr(ingest, "MAX_BYTES", 20)
    path.write_bytes(b"first part. ")
    assert len(ingest.read_bytes(path)) == 21  # one past the limit, so decode() refuses it


# --- normalisation --------------------------------------------------------------------

def test_crlf_and_nfc_keep_an_offset_map():
    raw = "Cafe\u0301 one.\r\nSecond line.\r\n"
    doc = from_text(raw)
    assert doc.text == "Caf\u00e9 one.\nSecond line.\n"
    assert doc.offset_map is not None
    second = doc.text.index("Second")
    assert raw[doc.offset_map[second]:].startswith("Second")


def test_clean_text_needs_no_offset_map():
    assert from_text("Plain text.\n").offset_map is None


# --- paragraphs and sentences -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
     ["Mr. Smith went to Washington.", "He arrived at 5 p.m. on Monday."]),
    ("The U.S. economy grew 2.6 per cent. It was a surprise.",
     ["The U.S. economy grew 2.6 per cent.", "It was a surprise."]),
    ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
    ("Donald J. Trump spoke. Dr. Kim listened.", ["Donald J. Trump spoke.", "Dr. Kim listened."]),
    ("\u201cWe will pay,\u201d he said. \u201cNot now.\u201d Then he left.",
     ["\u201cWe will pay,\u201d he said.", "\u201cNot now.\u201d", "Then he left."]),
    ("Really? Yes! It costs $3.50 each... or less.", ["Really?", "Yes!", "It costs $3.50 each... or less."]),
    ("'Is it?' she asked. Nobody knew.", ["'Is it?' she asked.", "Nobody knew."]),
    ("See e.g. the report by Smith et al. in 2019.", ["See e.g. the report by Smith et al. in 2019."]),
    ("No full stop at the end", ["No full stop at the end"]),
    # a title after a hyphen is still a title
    ("\"Then-Sen. Clinton did a great job,\" Devine said. It was over.",
     ["\"Then-Sen. Clinton did a great job,\" Devine said.", "It was over."]),
    ("It was a long-term plan. Then it ended.", ["It was a long-term plan.", "Then it ended."]),
    # a dateline's state before a wire service in brackets ends no sentence
    ("ORLANDO, Fla. (Reuters) - President Obama met survivors. He went to Tampa, Fla. (The city is big.)",
     ["ORLANDO, Fla. (Reuters) - President Obama met survivors.", "He went to Tampa, Fla.", "(The city is big.)"]),
    # nor does one before the dateline's dash, where the paragraph opens with the place
    ("BUENA PARK, Calif. - Rallying workers, Hillary Clinton spoke. She left.",
     ["BUENA PARK, Calif. - Rallying workers, Hillary Clinton spoke.", "She left."]),
    ("NEWPORT NEWS, Va. \u2014 It rained. He went to Calif. - the state.",
     ["NEWPORT NEWS, Va. \u2014 It rained.", "He went to Calif.", "- the state."]),
])
def test_sentence_splitting(text, expected):
    assert sentences_of(text) == expected


def test_sentence_offsets_quote_the_text():
    doc = load(PEER)
    for s in doc.sentences:
        piece = doc.text[s.span.start : s.span.end]
        assert piece == piece.strip() and piece


def test_blank_lines_and_single_lines_make_paragraphs():
    text = "Title line\n\nFirst paragraph. Two sentences.\nAnother line here.\n\n\nLast."
    paragraphs = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert paragraphs == ["Title line", "First paragraph. Two sentences.", "Another line here.", "Last."]


def test_hard_wrapped_block_is_one_paragraph():
    lines = ["This is a long line of a hard-wrapped plain text article that goes", "on and on without",
             "a sentence end at the end of the line, as old e-mails and Gutenberg", "texts often do."]
    lines[1] = "on and on without any sentence end at the end of this particular line and"
    text = "\n".join(lines)
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == [text]


def test_sentence_never_crosses_a_paragraph():
    text = "A heading without a stop\nThe body begins here."
    assert sentences_of(text) == ["A heading without a stop", "The body begins here."]


def test_split_sentences_respects_span():
    text = "xx Hello there. General Kenobi. yy"
    spans = split_sentences(text, Span(3, 31))
    assert [text[s.start : s.end] for s in spans] == ["Hello there.", "General Kenobi."]


def test_word_counts_follow_textstat():
    doc = from_text("The 63-year-old alliance \u2014 costs US$867 million!")
    assert doc.sentences[0].words == 6  # the dash is not a word; the compound and the money are


# --- regions ----------------------------------------------------------------------------

def kinds(path) -> list[tuple[str, str]]:
    doc = load(path)
    return [(r.kind, doc.text[r.span.start : r.span.end]) for r in doc.regions]


class Lookup(dict):
    """Region kind by the beginning of the paragraph text."""

    def __getitem__(self, prefix: str) -> str:
        matches = [kind for text, kind in self.items() if text.startswith(prefix)]
        assert matches, f"no paragraph starts with {prefix!r}"
        return matches[0]


def test_peer_reviewed_regions():
    regions = kinds(PEER)
    lookup = Lookup((text, kind) for kind, text in regions)
    assert lookup["Peer reviewed analysis from world leading"] == "header"
    assert lookup["What would a Trump presidency mean for th"] == "title"
    assert lookup["Reading Time: 5 mins"] == "header"
    assert lookup["A South Korean soldier keeps watch on the"] == "caption"
    assert lookup["In Brief"] == "header"
    assert lookup["\u2022 A"] == "widget"
    assert lookup["Darcie Draudt is a PhD student in Politic"] == "bio"
    assert lookup["Comments are closed."] == "footer"
    assert lookup["Support Quality Analysis"] == "footer"
    assert lookup["Copyright \u00a92024 East Asia Forum."] == "footer"
    body = [text for kind, text in regions if kind == "body"]
    assert len(body) == 10 and body[0].startswith("The Republican and Democratic")
    assert body[-1].startswith("Such a failure to deliver")


def test_generated_regions():
    regions = kinds(GENERATED)
    lookup = Lookup((text, kind) for kind, text in regions)
    assert lookup["The Alliance Under Scrutiny: W"] == "title"
    for furniture in ("Share- Nishadil", "- January 27, 2026", "- 0 Comments", "- 4 minutes read", "- 2 Views"):
        assert lookup[furniture] == "header", furniture
    assert lookup["Disclaimer: This article was g"] == "disclaimer"
    assert sum(1 for kind, _ in regions if kind == "body") == 7


_ARTICLE_START = "A Headline Set Above\n\nThe talks went on late into the night, officials in the capital said on Monday.\n\n"
_ARTICLE_END = "\n\nThe next round of talks is set for March in Geneva, the ministry said in a statement.\n"


@pytest.mark.parametrize("paragraph", [
    "Ted Cruz is doing better than Trump among his fellow Cuban Americans.",
    "Donald J. Trump has been formally crowned the Republican nominee for president at the convention.",
    "Bernie Sanders is pushing fellow Senate Democrats to reject the debt deal.",
    "The FBI was already investigating the Democratic presidential candidate.",
    "Mr. Bush is not the first member of his family to land a job on the show.",
    "Jamal Simmons is a Democratic consultant and a CNN contributor. Simmons said he saw the shift.",
])
def test_news_shaped_like_an_author_note_is_body_and_does_not_end_the_article(paragraph):
    """'<Name> is ... <role>' is an author note only when the role is reached through a title
    ("a PhD student", "senior media editor"): news about a person is body, and a paragraph
    that reports speech brings in a source. Read as a bio, it ended the article, and every
    paragraph after it became footer (7 PolNeAR articles, 3,603 words)."""
    doc = from_text(_ARTICLE_START + paragraph + _ARTICLE_END)
    assert [r.kind for r in doc.regions] == ["title", "body", "body", "body"]


@pytest.mark.parametrize("paragraph", [
    "Gabriel Arana is senior media editor at The Huffington Post.",
    "Jane Q. Doe is a Ph.D. candidate at the University of Chicago.",
    "Jane Doe is currently a visiting fellow at the Brookings Institution.",
    "Charlotte Meehan is playwright-in-residence at Wheaton College and artistic director of a theatre.",
    "AWR Hawkins is the Second Amendment columnist for Breitbart News.",
])
def test_an_author_note_ends_the_article(paragraph):
    doc = from_text(_ARTICLE_START + paragraph + _ARTICLE_END)
    assert [r.kind for r in doc.regions] == ["title", "body", "bio", "footer"]


_MORE_PROSE = ("\n\nThe delegation flew home on Tuesday, and the ministry said the next round would follow soon."
               "\n\nDiplomats on both sides said privately that they expected no agreement on the border before the spring thaw.\n")


def test_a_sentence_of_news_opening_like_a_call_to_act_is_body():
    """'Support for Mr. Trump here may deepen.' opens like the furniture line 'Support our
    journalism', which ended the article: 3 PolNeAR articles lost 343-1,127 words so."""
    doc = from_text(_ARTICLE_START + "Support for Mr. Trump here may deepen, as a fund-raiser in the "
                    "valley on Thursday night showed." + _MORE_PROSE)
    assert [r.kind for r in doc.regions] == ["title", "body", "body", "body", "body"]


def test_a_call_to_act_inside_an_article_is_furniture_and_the_article_goes_on():
    doc = from_text(_ARTICLE_START + "Subscribe to our politics podcast here." + _MORE_PROSE)
    assert [r.kind for r in doc.regions] == ["title", "body", "header", "body", "body"]


def test_a_call_to_act_after_the_article_still_ends_it():
    doc = from_text(_ARTICLE_START + "Sign up for our newsletter.\n\nComments are closed.\n\n"
                    "I have read this paper for years and I have never seen coverage as thin as this piece.\n\n"
                    "Another reader wrote in to say that the talks had been going on for months before this.\n")
    assert [r.kind for r in doc.regions] == ["title", "body", "footer", "footer", "footer", "footer"]


def test_mojibake_is_no_copyright_sign():
    """'clich\u00e9' saved as UTF-8 and read as cp1252 shows a copyright sign after a letter
    (a PolNeAR article); the short paragraph holding it is prose, not a copyright line."""
    doc = from_text(_ARTICLE_START + "It's a gun advocate clich\u00c3\u00a9 that an armed society is a polite society."
                    + _ARTICLE_END)
    assert [r.kind for r in doc.regions] == ["title", "body", "body", "body"]


@pytest.mark.parametrize("lede", [
    "MEXICO CITY, Feb. 8 (UPI) \u2014 Count former Mexican President Felipe Calderon among Donald Trump\u2019s detractors.",
    "LOUISVILLE, Ky. (AP) \u2014 The Latest on the death of Muhammad Ali (all times EDT):",
])
def test_a_lede_opening_with_a_dateline_is_body_however_many_capitals_it_has(lede):
    doc = from_text(lede + "\n\nThe former president said so in an interview with a Spanish newspaper on Sunday morning.\n")
    assert [r.kind for r in doc.regions] == ["body", "body"]


def test_a_headline_opening_with_a_word_in_capitals_and_a_dash_is_still_a_title():
    doc = from_text("EXCLUSIVE \u2013 Roger Stone: Don\u2019t Trust the Voting Machines.\n\n"
                    "The former adviser said so in an interview with the site on Sunday morning, at some length.\n")
    assert [r.kind for r in doc.regions] == ["title", "body"]


@pytest.mark.parametrize("line, kind", [
    ("Hewitt writes:", "body"),
    ("The governor added:", "body"),
    ("According to Jack Kelly, writing for RealClearPolitics:", "body"),
    ("Here are four reasons the movement should be pessimistic:", "body"),
    ("Key Points:", "heading"),
    ("CORRECTION:", "heading"),
    ("11:45 a.m.:", "heading"),
    ("Related stories:", "heading"),
    ("Do you support Donald Trump? Like the page:", "heading"),
    ("Enter your email address:", "heading"),
])
def test_a_sentence_ending_in_a_colon_is_prose_and_a_label_is_a_heading(line, kind):
    """A lead-in ('Hewitt writes:') is a sentence of the article, and often its attribution:
    62 such PolNeAR paragraphs were headings; a label or a widget's prompt stays one."""
    doc = from_text(_ARTICLE_START + line + "\n\n\u201cThe agents are in a lot of trouble, and they know it,\u201d the note "
                    "went on, in a quotation of some length.\n")
    assert doc.regions[2].kind == kind


def test_a_label_in_capitals_is_never_the_title_and_the_headline_above_it_is():
    """The NYT archive sets "ABSTRACT." under a headline written as a sentence; the label was
    taken for the title (41 PolNeAR articles, USA Today's "LETTERS." among them)."""
    doc = from_text("Clinton stays well ahead of Sanders in latest poll.\n\nABSTRACT.\n\n"
                    "A new poll finds that Hillary Clinton leads Bernie Sanders by a wide margin among likely "
                    "Democratic primary voters nationwide.\n")
    assert [r.kind for r in doc.regions] == ["title", "header", "body"]
    assert doc.title == "Clinton stays well ahead of Sanders in latest poll."


def test_an_author_note_names_the_roles_the_provenance_lexicon_knows():
    """ingest's author-note rule and provenance's PV021 (the credentials it reports) read the
    same roles: a paragraph taken out of the body as a bio is one whose credentials are shown."""
    from sourcelens import lexicons
    (pattern,) = next(m for m in lexicons.load("provenance").markers if m.code == "PV021").patterns
    roles = pattern.split("(?i:")[-1].split(")")[0].split("|")
    assert sorted(roles) == sorted(regions.BIO_ROLES)


def test_a_correction_notice_line_is_furniture_not_body():
    doc = from_text("A Headline Set Above\n\nCorrection Appended.\n\nThe coal was piled high, "
                    "Mr. Smith said on Monday in a long interview.\n")
    assert [r.kind for r in doc.regions] == ["title", "header", "body"]


def test_a_full_text_label_between_summary_and_article_is_furniture():
    doc = from_text("A Headline Set Above\n\nThe summary of the story, in one sentence.\n\nFULL TEXT.\n\n"
                    "The coal was piled high, Mr. Smith said on Monday in a long interview.\n")
    assert [r.kind for r in doc.regions] == ["title", "body", "header", "body"]


def test_title_is_found():
    assert load(PEER).title == "What would a Trump presidency mean for the US\u2013South Korea alliance?"
    assert load(GENERATED).title.startswith("The Alliance Under Scrutiny")


_BODY = ("Not paying taxes makes me smart, the candidate said last week, and his surrogates "
         "called him a genius for the strategies revealed in the newspaper.")


@pytest.mark.parametrize("headline", [
    "In Avoiding Tax, Trump Is Merely a Small Fry.",
    # 15 words or more: a long headline is not the first paragraph of prose
    "Drivers Are So Shocked By These 3 Words On Highway Warning Sign They Turn Around Just To Record It.",
])
def test_a_title_case_headline_with_a_full_stop_is_the_title(headline):
    # some archives end every headline with a full stop; a body paragraph must follow
    doc = from_text(headline + "\n\n" + _BODY)
    assert doc.title == headline
    assert [r.kind for r in doc.regions] == ["title", "body"]


@pytest.mark.parametrize("first", [
    "Green Party candidate Jill Stein removed from N.Y. debate site.",   # sentence case: prose
    "Clinton And Trump Agreed On Nothing At All, The Moderators Said, And Then The Candidates "
    "Traded Insults Over Taxes, Emails, Walls, Tariffs And Polls For Ninety Long Minutes.",  # over 25 words
])
def test_other_first_lines_with_a_full_stop_stay_body(first):
    assert [r.kind for r in from_text(first + "\n\n" + _BODY).regions] == ["body", "body"]


def test_a_title_case_line_alone_stays_body():
    assert [r.kind for r in from_text("Swing County Says Clinton Will Carry The State.").regions] == ["body"]


def test_a_wire_credit_line_is_a_byline_not_body():
    doc = from_text(_BODY + "\n\n(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; "
                    "Editing by Mary Milliken)")
    assert [(r.kind, r.reason) for r in doc.regions] == [
        ("body", ""), ("byline", "wire credit line: '(Reporting by ...)'")]
    # in the middle of a paragraph it is prose
    assert [r.kind for r in from_text(_BODY + " (Reporting by the paper had said so.) " + _BODY).regions] == ["body"]


def test_plain_article_is_all_body():
    doc = from_text("It was a cold morning in Seoul when the talks began. Nobody expected much.\n\n"
                    "By noon, the delegations had agreed on a date for the next round.")
    assert {r.kind for r in doc.regions} == {"body"}


def test_html_is_reduced_to_visible_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>alert('x')</script><style>p{}</style></head><body>"
                    "<h1>Headline here</h1><p>The first paragraph says 3 things.</p>"
                    "<p onclick='evil()'>Second &amp; last.</p></body></html>", encoding="utf-8")
    doc = load(page)
    assert "alert" not in doc.text and "p{}" not in doc.text and "evil" not in doc.text
    assert "The first paragraph says 3 things." in doc.text and "Second & last." in doc.text
