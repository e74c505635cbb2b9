"""Who is cited: citation evidence grouped by source (sourcelens.cited)."""

from __future__ import annotations

import sourcelens
from sourcelens.cited import NO_SPEAKER, group_sources, source_name, who_is_cited
from sourcelens.comparison.findings import quoted
from sourcelens.model import Evidence, Span
from sourcelens.report import render_comparison, render_profiles

from conftest import GENERATED, PEER


def cite(start: int, source: str | None = None, resolved: str | None = None, text: str = "said",
         category: str = "citation") -> Evidence:
    attrs: dict = {"kind": "reported_speech"}
    if source is not None:
        attrs["source"] = source
    if resolved is not None:
        attrs["source_resolved"] = resolved
    return Evidence("CT001", "specificity", category, Span(start, start + len(text)), text, attrs=attrs)


def names(evidence) -> list[tuple[str, int]]:
    return [(s.name, s.count) for s in group_sources(evidence)]


def test_a_pronoun_counts_as_the_name_it_refers_to():
    assert source_name(cite(0, "he", "Trump")) == "Trump"
    assert source_name(cite(0, "he")) == "he"
    assert names([cite(0, "Republican candidate Donald Trump"), cite(50, "he", "Trump")]) == [
        ("Republican candidate Donald Trump", 2)]


def test_short_names_join_the_one_longer_name_they_end():
    got = names([cite(0, "The New York Post"), cite(40, "The Post"), cite(80, "Donald Trump"),
                 cite(120, "Republican candidate Donald Trump"), cite(160, "Trump")])
    assert got == [("Republican candidate Donald Trump", 3), ("The New York Post", 2)]


def test_a_short_name_two_longer_names_end_with_stays_on_its_own():
    got = names([cite(0, "Hillary Clinton"), cite(30, "Bill Clinton"), cite(60, "Clinton")])
    assert sorted(got) == [("Bill Clinton", 1), ("Clinton", 1), ("Hillary Clinton", 1)]


def test_titles_articles_possessives_and_spacing_do_not_split_a_source():
    got = names([cite(0, "Mr. Trump"), cite(20, "Trump\u2019s"), cite(40, "the\u00a0Pentagon"),
                 cite(60, "Pentagon")])
    assert got == [("Mr. Trump", 2), ("the Pentagon", 2)]


def test_lower_case_phrases_are_not_merged_and_missing_speakers_are_said():
    got = names([cite(0, "the group"), cite(20, "The rival group"), cite(40, None, text="\u201cNo.\u201d")])
    assert ("the group", 1) in got and ("The rival group", 1) in got and (NO_SPEAKER, 1) in got


def test_a_name_joins_a_longer_one_only_after_a_capital_or_as_its_acronym():
    got = names([cite(0, "a group of Republicans"), cite(30, "Republicans"),
                 cite(60, "the Alliance to Reclaim Our Schools (AROS)"), cite(120, "AROS")])
    assert got == [("the Alliance to Reclaim Our Schools (AROS)", 2), ("a group of Republicans", 1),
                   ("Republicans", 1)]


def test_unnamed_sources_come_last_and_say_so():
    sources = group_sources([cite(0, "he"), cite(10, "he"), cite(20, "Pence"), cite(40, None, text="\u201cNo.\u201d")])
    assert [(s.name, s.count, s.named) for s in sources] == [
        ("Pence", 1, True), ("he", 2, False), (NO_SPEAKER, 1, False)]


def test_most_cited_first_then_reading_order():
    got = names([cite(0, "Pence"), cite(20, "Kaine"), cite(40, "Kaine"), cite(60, "Stein")])
    assert got == [("Kaine", 2), ("Pence", 1), ("Stein", 1)]


def test_the_peer_reviewed_sample_cites_four_sources(peer_profile, generated_profile):
    got = [(s.name, s.count) for s in who_is_cited(peer_profile)]
    assert got == [("Republican candidate Donald Trump", 3),
                   ("The Republican and Democratic National Conventions", 1),
                   ("Presumptive Democratic candidate Hillary Clinton", 1),
                   ("2014 Special Measures Agreement (SMA)", 1)]
    assert [(s.name, s.count) for s in who_is_cited(generated_profile)] == [("Mr. Trump", 1)]
    # the evidence is the analyzer's own, offsets and all
    text = peer_profile.document.text
    for source in who_is_cited(peer_profile):
        for e in source.evidence:
            assert text[e.span.start:e.span.end] == e.text


def test_reports_list_who_is_cited():
    comparison = sourcelens.compare([sourcelens.load(PEER), sourcelens.load(GENERATED)])
    md = render_comparison(comparison, "markdown")
    assert ("- **A** (4 named sources): \u201cRepublican candidate Donald Trump\u201d \u00d73, "
            "\u201cThe Republican and Democratic National Conventions\u201d") in md
    assert "- **B** (1 named source): \u201cMr. Trump\u201d" in md
    profile_md = render_profiles([comparison.profiles[0]], "markdown")
    assert "- **who is cited** (4 named sources): \u201cRepublican candidate Donald Trump\u201d \u00d73 (CT001 985" in profile_md


def test_a_finding_names_the_source_its_quoted_words_leave_out():
    quote_only = cite(0, "Republican candidate Donald Trump", text="\u2018pay more\u2019")
    pronoun = cite(20, "he", "Trump", text="he claimed")
    named = cite(40, "Officials", text="Officials said")
    assert quoted([quote_only, pronoun, named]) == (
        "\u2018pay more\u2019 (Republican candidate Donald Trump), \u2018he claimed\u2019 (Trump), "
        "\u2018Officials said\u2019")
    vague = cite(60, "many", text="many felt", category="anonymous_attribution")
    assert quoted([vague]) == "\u2018many felt\u2019"
