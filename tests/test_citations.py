"""Citations and attributions (sourcelens.analyzers.citations.find_citations)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sourcelens import lexicons
from sourcelens.analyzers.citations import KIND_CODES, find_citations
from sourcelens.ingest import from_text

REPO = Path(__file__).resolve().parents[1]


def found(text: str):
    doc = from_text(text)
    return doc, find_citations(doc)


def kinds(text: str, category: str | None = None) -> list[str]:
    _, ev = found(text)
    return [e.attrs["kind"] for e in ev if category is None or e.category == category]


def cited(text: str) -> list[str | None]:
    """The source of each citation found in ``text``, in order."""
    _, ev = found(text)
    return [e.attrs.get("source") for e in ev if e.category == "citation"]


def attributed(text: str) -> list[str | None]:
    """The source of each citation or anonymous attribution found in ``text``, in order."""
    _, ev = found(text)
    return [e.attrs.get("source") for e in ev if e.category in ("citation", "anonymous_attribution")]


def one(text: str, kind: str):
    doc, ev = found(text)
    hits = [e for e in ev if e.attrs["kind"] == kind]
    assert hits, f"no {kind} in {text!r}: {[(e.attrs['kind'], e.text) for e in ev]}"
    return doc, hits[0]


# ----------------------------------------------------------------------------- citations

@pytest.mark.parametrize("text, kind, source", [
    ("The senator told reporters on Tuesday that the bill would pass.", "reported_speech", "The senator"),
    ("\u201cWe will not pay for this,\u201d said Defense Secretary Ash Carter.", "reported_speech",
     "Defense Secretary Ash Carter"),
    ("Trump, the Republican nominee, has repeatedly said that the alliance costs too much.", "reported_speech",
     "Trump"),
    ("A spokesman for the Clinton campaign said the claim was false.", "reported_speech",
     "A spokesman for the Clinton campaign"),
    ("Senator Elizabeth Warren believes the rule protects consumers.", "reported_stance", "Senator Elizabeth Warren"),
    # two roles joined by "and" before a name
    ("Japanese journalist and author Hiro Aida said the timing was bad.", "reported_speech",
     "Japanese journalist and author Hiro Aida"),
    # "Even" opens the sentence; a span of time before the verb is when, never who
    ("Even Rendell, a stalwart Clinton supporter, said it would be easier.", "reported_speech", "Rendell"),
    ("When Fiorina a month later announced 6,000 layoffs, workers were stunned.", "reported_speech", "Fiorina"),
    ("The State Department less than two weeks ago said it was fine.", "reported_speech", "The State Department"),
    # a participle set off by a comma before "by" and an agent is passive: the agent is the source
    ("The immigration bill, opposed by House Republicans, never became law.", "reported_stance", "House Republicans"),
    # a capitalised modal after a comma is a name; a quantifier floated after its noun is none
    ("Citing the attacks, Will urged the Republicans to act.", "reported_speech", "Will"),
    ("In the event they all voted for the same candidate, they could win.", "reported_speech", "they"),
    ("Democratic candidates Hillary Clinton and Bernie Sanders both sought to align themselves with the strikers.",
     "reported_stance", "Democratic candidates Hillary Clinton and Bernie Sanders"),
    ("Perez and Castro both spoke out against the plan.", "reported_speech", "Perez and Castro"),
    # a person "called" someone something (not a thing given a name), or called to say something
    ("A lawyer called Smith a liar.", "reported_speech", "A lawyer"),
    ("Obama called Trump to say he was sorry.", "reported_speech", "Obama"),
    ("Trump called Clinton \u201ccrooked.\u201d", "reported_speech", "Trump"),
    # also after an auxiliary; after a form of "be" the verb is passive
    ("Donald J. Trump and Senator Bernie Sanders have both argued that jobs were lost.", "reported_speech",
     "Donald J. Trump and Senator Bernie Sanders"),
    ("The next class of Democratic senators will all support the plan.", "reported_stance", "Democratic senators"),
    # family, neighbours and survivors are people who speak, as wives and sons were
    ("\u201cThey are wrong,\u201d said widow Terry Strada.", "reported_speech", "widow Terry Strada"),
    ("Rubio and Cruz are sons of Cuba. And both vowed to be tougher.", "reported_speech", "both"),
    # a "which" clause after a body named inside someone's appositive is read past to that someone
    ("Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the "
     "Fed, said the donations were a problem.", "reported_speech", "Senator Richard Shelby"),
    # names joined by "and" set off after a role are who speaks
    ("His rivals, Ted Cruz and Marco Rubio, said he was wrong.", "reported_speech", "Ted Cruz and Marco Rubio"),
    # a setting between the name and its verb is where, not who; "Del." is a delegate's title
    ("Last week Stumpf in a televised interview appeared to blame low-level workers.", "reported_speech", "Stumpf"),
    ("Jeb Bush in a Medium post said he would act.", "reported_speech", "Jeb Bush"),
    ("Comments Clinton made Tuesday during a speech attacking the nominee were sharp.", "reported_speech",
     "a speech"),
    ('"It is destroying the committee," said Del. Stacey Plaskett of the Virgin Islands.', "reported_speech",
     "Del. Stacey Plaskett"),
    # but not "said by telephone", nor "responded by blocking"
    ("Mr. Daniloff, now 81 and retired, said by telephone that it was fine.", "reported_speech", "Mr. Daniloff"),
    ("According to Defense Secretary Ash Carter, the talks will resume in May.", "according_to",
     "Defense Secretary Ash Carter"),
    ("According to the 2014 Special Measures Agreement (SMA), South Korea now pays 50 per cent of "
     "non-personnel costs.", "named_document", "2014 Special Measures Agreement (SMA)"),
    ("Under Section 2(b) of the Voting Rights Act, states must justify such changes.", "named_document",
     "Section 2(b) of the Voting Rights Act"),
    ("A Quinnipiac University poll released Monday found that 52 percent of voters disapprove.", "study",
     "A Quinnipiac University poll"),
    ("The full report is published at https://www.example.org/reports/burden.pdf for anyone to read.", "link",
     "https://www.example.org/reports/burden.pdf"),
    ("The estimate comes from a paper (doi:10.1080/10357718.2016.1184226) on alliance costs.", "doi",
     "doi:10.1080/10357718.2016.1184226"),
    # a long path: the walk back from each slash to its token's start stops at the last slash
    ("The archive keeps it at files/" + "a/" * 40 + "x and at http://example.org/" + "b/" * 40 + "end.pdf now.",
     "link", "http://example.org/" + "b/" * 40 + "end.pdf"),
    ("See (www.example.org/a/b/c) and 10.1080/1035/7718 for the data.", "link", "www.example.org/a/b/c"),
    ("Alliance costs are shared unevenly between the two partners (Cha and Kang, 2016).", "bibliographic",
     "(Cha and Kang, 2016)"),
    ("Alliance costs are shared unevenly, as Snyder et al. (2015) showed in detail.", "bibliographic",
     "Snyder et al. (2015)"),
])
def test_citation_kinds_and_sources(text, kind, source):
    doc, e = one(text, kind)
    assert e.category == "citation"
    assert e.code == KIND_CODES[kind]
    assert e.attrs["source"] == source
    assert doc.text[e.attrs["source_start"]:e.attrs["source_end"]] == source
    assert doc.text[e.span.start:e.span.end] == e.text


@pytest.mark.parametrize("text", [
    # a cue word in its plain form after a determiner and a singular noun heads a noun compound
    "The McKinley plan is linear.",
    "Others could purchase a government plan similar to Medicare.",
    # a cue word in its plain form after "one" is a noun
    "One question that has emerged is whether companies will return.",
    "He took only one call that night.",
])
def test_a_cue_word_heading_a_noun_compound_cites_no_one(text):
    assert kinds(text, "citation") == []


@pytest.mark.parametrize("text, source", [
    # but after a plural, or ending a subject's prepositional phrase, it is a verb
    ("The Clintons plan to travel to Iowa next week.", "The Clintons"),
    ("The Supporters of the law hope this is just a transition period.", "The Supporters of the law"),
    ("Supporters of the law hope this is just a transition period.", "Supporters of the law"),
])
def test_a_cue_word_after_a_plural_subject_is_a_verb(text, source):
    # (unnamed supporters are an anonymous attribution, not a citation)
    assert attributed(text) == [source]


def test_interview_claim_names_speaker_and_outlet():
    text = ("Trump again fuelled worry over US commitment to its alliances in a New York Times interview on the "
            "sidelines of the Republican National Convention in which he claimed as president he would not "
            "commit US military aid to NATO treaty allies.")
    _, e = one(text, "reported_speech")
    assert e.text == "he claimed"
    assert e.attrs["source"] == "he"
    assert e.attrs["source_resolved"] == "Trump"
    assert e.attrs["outlet"] == "New York Times"


@pytest.mark.parametrize("text, source, resolved", [
    ("Donald Trump spoke in Ohio on Monday. He’s claiming that the vote is rigged.", "He", "Donald Trump"),
    ("The campaign met on Monday. It's denouncing what it calls an attack.", "It", None),
])
def test_a_contracted_verb_is_not_part_of_a_pronoun_source(text, source, resolved):
    _, ev = found(text)
    cues = [e for e in ev if e.category == "citation" and e.text.startswith(source)]
    assert cues, [e.text for e in ev]
    assert cues[0].attrs["source"] == source
    assert cues[0].attrs.get("source_resolved") == resolved


@pytest.mark.parametrize("text, source", [
    ("Mr. Trump spoke in Ohio, adding that the plan was dead.", "Mr. Trump"),    # not "that the plan"
    ("Donald Trump went with the odds, pointing out that North Carolina would win.", "Donald Trump"),
    ("By now it should be obvious that voters want to know who pays.", "voters"),  # not "that voters"
    # (unnamed voters are an anonymous attribution; "that" before them is no demonstrative)
    ("They killed a religious-freedom bill that critics called anti-gay.", "critics"),
])
def test_what_follows_that_is_said_not_who_says_it(text, source):
    _, ev = found(text)
    assert [e.attrs.get("source") for e in ev if e.category in ("citation", "anonymous_attribution")][-1:] \
        == [source], \
        [(e.text, e.attrs.get("source")) for e in ev]


@pytest.mark.parametrize("text, source", [
    ("The former secretary wants to cement what polls show is a lead.", "polls"),
    ("VAT is toxic here, which helps explain why neither candidate invokes the name.", "neither candidate"),
])
def test_a_source_starts_after_a_question_word(text, source):
    _, ev = found(text)
    # (unnamed polls, as unnamed studies, are an anonymous attribution)
    assert [e.attrs.get("source") for e in ev if e.category in ("citation", "anonymous_attribution")][-1:] \
        == [source], \
        [(e.text, e.attrs.get("source")) for e in ev]


@pytest.mark.parametrize("text, source", [
    ("The workers met. Most of them said they had loved the job.", "Most of them"),
    ('The workers met. "Talk hurts," one of them says.', "one of them"),
    ("We met. Both of us said it would pass.", "Both of us"),
    # a part of a group written out: the part is who speaks, not the whole group
    ("Some of Clinton's longtime allies said they have come to accept his new position.",
     "Some of Clinton's longtime allies"),
    ("Many of her Republican supporters say they empathize with her predicament.",
     "Many of her Republican supporters"),
])
def test_a_part_of_a_group_named_before_is_a_source(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    ("Most of the candidates said they support the boycott.", "Most of the candidates"),
    ("Still, none of the constitutional scholars thought compromise was likely.",
     "none of the constitutional scholars"),
])
def test_a_part_of_an_unnamed_group_is_anonymous(text, source):
    _, ev = found(text)
    assert [e.attrs.get("source") for e in ev if e.category == "anonymous_attribution"] == [source], \
        [(e.category, e.text) for e in ev]


def test_a_familiar_word_capitalised_inside_the_document_is_a_name():
    assert cited("Bush aides said it was wrong, and Bush agreed.")[0] == "Bush aides"


@pytest.mark.parametrize("text, category, source", [
    # a view named by an adjective after "be": its holder is the subject
    ("Republicans have been critical of the plan.", "citation", "Republicans"),
    ("Clinton was confident that she would win.", "citation", "Clinton"),
    ("They're confident he will win.", "citation", "They"),
    ("Obama had left. But loyalists were adamant that he has no plans to run.", "anonymous_attribution", "loyalists"),
    ("And city officials aren\u2019t sure how to cut him out.", "anonymous_attribution", "city officials"),
    ("Some fans were not fond of the casting.", "anonymous_attribution", "Some fans"),
    ("It stacked the hall with activists who were also opposed to Cruz.", "anonymous_attribution", "activists"),
])
def test_a_view_named_by_an_adjective(text, category, source):
    _, ev = found(text)
    assert [(e.category, e.attrs.get("source")) for e in ev] == [(category, source)], \
        [(e.category, e.text) for e in ev]


@pytest.mark.parametrize("text", [
    "It is critical to act now.",                        # crucial, not a view
    "A confident Trump took the stage.",                 # a description: no "be"
    "Voters would be happy with that.",                  # supposed, not reported
    "Early on, when he wouldn't be worried about re-election, it was fine.",
    "He is sure to win the primary.",                    # a forecast
    "As far as I'm concerned, it is over.",
    "About 9 in 10 voters going to the polls Tuesday are unhappy with the government.",
    "Eritrea's leadership turned inward, growing increasingly suspicious of the world.",
])
def test_no_view_named_by_an_adjective(text):
    _, ev = found(text)
    assert not [e for e in ev if e.attrs.get("cue") in ("critical", "confident", "happy", "sure", "concerned",
                                                        "unhappy", "suspicious", "worried")], [(e.category, e.text) for e in ev]


def test_a_verb_form_without_what_the_view_is_about_is_still_a_verb():
    _, ev = found("Obama's outreach has been fiercely opposed by most Republicans.")
    assert [(e.category, e.attrs.get("source")) for e in ev] == [("anonymous_attribution", "most Republicans")]


@pytest.mark.parametrize("text, source", [
    # a long relative clause between a group and its verb
    ("Still, people who have battled other online threats say it could be doing more.", "people"),
    ("So even economists who favor consumption taxes agree that the move will be slow.", "economists"),
])
def test_a_long_relative_clause_before_the_verb(text, source):
    _, ev = found(text)
    assert [(e.category, e.attrs.get("source")) for e in ev] == [("anonymous_attribution", source)], \
        [(e.category, e.text) for e in ev]


@pytest.mark.parametrize("text, wrong", [
    ("For starters, the ex-wife of Alan Grayson who filed multiple reports against him blames his wife.",
     "Alan Grayson"),
    ("The aides who applauded him for being back in charge of his campaign left.", "aides"),
])
def test_no_long_relative_clause_where_none_ends_before_the_verb(text, wrong):
    _, ev = found(text)
    assert wrong not in [e.attrs.get("source") for e in ev], [(e.category, e.text) for e in ev]


@pytest.mark.parametrize("text, category, source", [
    # "now" before a verb that says something or opens a clause is an adverb, not the source's end
    ("Under mounting pressure, Mexican officials now say they have chosen a new strategy.", "citation",
     "Mexican officials"),
    ("Local leaders now recognize that they probably have to do more.", "citation", "Local leaders"),
    ("Some Democrats now worry that she will have difficulty matching the surge.", "anonymous_attribution",
     "Some Democrats"),
])
def test_now_before_a_verb_of_saying_or_a_clause(text, category, source):
    _, ev = found(text)
    assert [(e.category, e.attrs.get("source")) for e in ev] == [(category, source)], [(e.category, e.text) for e in ev]


@pytest.mark.parametrize("text", [
    "Employers now seek workers with college degrees.",
    "Clinton is now assured of winning at least 334 delegates.",
    "Republicans may now ask whether candidates like Carson are ready.",
    "Trump asked how to persuade the angry voters now backing him.",
])
def test_now_before_other_verbs_leaves_them_alone(text):
    _, ev = found(text)
    assert not [e for e in ev if e.category == "citation" and "now" in e.text], [(e.category, e.text) for e in ev]


def test_a_clause_after_of_is_no_group():
    _, ev = found("Funding is still less than half of what researchers say they need.")
    assert [e.text for e in ev] == ["researchers say"]


@pytest.mark.parametrize("text, source", [
    ("Susan Del Signore, head trader at Travelers Investment Management Co., says critics are wrong.",
     "Susan Del Signore"),
    ("Dan Kritenbrink, senior director for Asian affairs at the National Security Council, said he expects it.",
     "Dan Kritenbrink"),
    ("\u201cIt is a contradiction,\u201d Bill Frelick, refugee rights program director at Human Rights Watch, said.",
     "Bill Frelick"),
    # a clause between commas is no job title: the subject is not read across it
    ("On Tuesday, even as shares of Valeant were tumbling, Mr. Ackman wrote to investors, telling them so.",
     None),
])
def test_a_job_at_a_named_body_between_commas_is_an_appositive(text, source):
    sources = cited(text)
    assert (sources[:1] == [source]) if source else "Tuesday" not in sources, sources


def test_a_time_noun_before_the_source_is_not_part_of_it():
    assert "the century scientists" not in cited("By the end of the century scientists had embraced it.") + [
        e.attrs.get("source") for e in found("By the end of the century scientists had embraced it.")[1]]


@pytest.mark.parametrize("text, sources", [
    # a pronoun opening the sentence is its subject, the speaker of ", saying"
    ("The rally ended. He went further on Tuesday, saying that there were problems.", ["He"]),
    # after a report, ", adding" goes on with its speaker; a quotation's own subject is no one
    ('"It is abundantly clear that he did not fight," Christie said, adding that he would.', ["Christie"]),
    ('"Absolutely not," Clinton responded, remarking that she was looking for a team.', ["Clinton"]),
    # a short quotation after a pronoun subject is a term, not speech
    ("The results came in. He won just 19 percent among 'somewhat conservative' voters.", []),
])
def test_who_speaks_a_participle_after_a_comma(text, sources):
    assert cited(text) == sources


def test_a_time_phrase_is_never_a_source():
    _, ev = found("He filed a lawsuit in 2013 alleging that Trump had defrauded students.")
    assert [e.attrs.get("source") for e in ev if e.category == "citation"] == []


def test_a_year_between_source_and_verb_is_a_time_phrase():
    _, e = one("Trump in 2006 said he hoped the bubble would burst.", "reported_speech")
    assert e.attrs["source"] == "Trump"      # not "in 2006"


@pytest.mark.parametrize("text, source", [
    ("Others disagreed. \u201cApparently not,\u201c he said.", "he"),
    ("Others disagreed. \u201cThe reality is bad,\u201c said Jim Clyburn, a congressman.", "Jim Clyburn"),
])
def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quotation(text, source):
    _, e = one(text, "reported_speech")
    assert e.attrs["source"] == source


def test_an_opening_mark_typed_as_a_closing_one_still_opens_the_quotation():
    # the reader's words a page credits after a dash: "He said" is Mr. Trump's, inside them
    text = ("\u201dMr. Trump\u2019s performance on this debate confirms where he stands. He said it over and "
            "over, he is very proud of his actions.\u201d \u2015 Veronica Cruz")
    assert [(e.attrs["kind"], e.attrs["source"]) for e in found(text)[1]] == [("reported_speech", "Veronica Cruz")]
    # not a closing mark after a word, nor one before white space
    assert cited("\u201cWe will win,\u201d he said. He said it again.") == ["he", "He"]


@pytest.mark.parametrize("text, source", [
    ("Others disagreed. \u201cWe will win,\u201d said Donald Trump on Monday.", "Donald Trump"),
    ("Others disagreed. \u201cWe will win,\u201d said the spokesman on Monday.", "the spokesman"),
    ("Others disagreed. \u201cWe will win,\u201d said Kellyanne Conway Tuesday.", "Kellyanne Conway"),
    ("Others disagreed. \u201cWe will win,\u201d said Theresa May.", "Theresa May"),     # "May", a name too
    ("Others disagreed. \u201cWe will win,\u201d said analyst Yun Sun.", "analyst Yun Sun"),  # "Sun" too
    ("Donald Trump on Thursday ratcheted up his attacks, saying he would win.", "Donald Trump"),
])
def test_a_day_or_a_month_ends_the_source(text, source):
    _, e = one(text, "reported_speech")
    assert e.attrs["source"] == source


def test_quotation_attributed_to_subject():
    text = ("But Republican candidate Donald Trump has repeatedly questioned the value of forward deployment and "
            "has threatened to pull back from the alliance if South Korea does not "
            "\u2018reimburse us much more substantially\u2019.")
    _, e = one(text, "quotation")
    assert e.text == "\u2018reimburse us much more substantially\u2019"
    assert "Donald Trump" in e.attrs["source"]


def test_in_his_words_is_a_quotation_of_the_previous_subject():
    text = ("During his initial tenure, Mr. Trump had a rather distinctive approach to partnerships. It was a "
            "feeling that allies were, in his words, \"freeloading.\"")
    _, e = one(text, "quotation")
    assert e.attrs["source"] == "his"
    assert e.attrs["source_resolved"] == "Mr. Trump"


@pytest.mark.parametrize("text, source", [
    # plural heads of sources, as their singulars are ("organization", "contender")
    ("Progressive organizations are asking Hillary Clinton to repudiate the support.", "Progressive organizations"),
    ("The four contenders agreed that trade deals were needed.", "four contenders"),
    ("Republican legislators have questioned that determination.", "Republican legislators"),
    ("European governments will insist on stricter passport checks.", "European governments"),
])
def test_plural_heads_are_sources(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    # "to" after a verb of going on, trying or starting still leads to the reported verb
    ("Hillary Clinton is continuing to insist she will release transcripts.", "Hillary Clinton"),
    ("Trump continued to insist that the plan was dead.", "Trump"),
    ("White House officials started to portray the attack as terrorism.", "White House officials"),
    ("President Obama has been trying to counter the gloom.", "President Obama"),
])
def test_a_verb_after_going_on_or_trying_to_is_reported(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    # a source noun before "who" and a strong verb of saying is who speaks
    ("Sanders disavowed remarks made by a campaign surrogate who said voters should act.", "a campaign surrogate"),
    ("Clinton won among the 30 percent of voters who said Wall Street does more harm.", "30 percent of voters"),
])
def test_a_source_noun_before_who_and_a_verb_of_saying(text, source):
    assert source in cited(text)


def test_a_source_noun_before_who_and_a_stance_is_no_citation():
    # "seek" is no strong verb of saying: the clause describes the women, it reports nothing
    assert cited("He said earlier this year that women who seek out abortions should be punished.") == ["He"]


@pytest.mark.parametrize("text, source", [
    # source nouns joined by "and" are one source; a name before "and" is not joined (it may
    # end a clause: "Trump beat Clinton and analysts said")
    ("Regulators and environmental groups worried that the site would leak.", "Regulators and environmental groups"),
    ("White House and Pentagon spokesmen said the ban was broad.", "White House and Pentagon spokesmen"),
    ("The Clinton campaign and Trump aides said the debate was on.", "The Clinton campaign and Trump aides"),
])
def test_coordinated_sources_and_where_a_source_starts(text, source):
    assert cited(text)[0] == source


@pytest.mark.parametrize("text, source", [
    # a name that is the object of a source noun's preposition belongs to that source
    ("A spokesman for Hillary Clinton said the plan was dead.", "A spokesman for Hillary Clinton"),
    ("Republicans in Congress said the plan was dead.", "Republicans in Congress"),
    ("The head of the FBI said the plan was dead.", "The head of the FBI"),
    ("His critics in the United States, many of them conservative Catholics, argue that he is wrong.",
     "His critics in the United States"),
    # not a day or a month: that is when
    ("More recently, the prosecutors in April charged two developers.", "the prosecutors"),
    # a full name set off after a role is who speaks
    ("Sanders's campaign manager, Jeff Weaver, said in an interview that it was over.", "Jeff Weaver"),
    ("Felicia Wong, president of the Roosevelt Institute, a progressive think tank, said it was time.",
     "Felicia Wong"),
    ("Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts.",
     "Swanson"),
    ("''It was bad,'' Cecelia Purner, 67, a retired representative in Allentown, Pa., said in an interview.",
     "Cecelia Purner"),
])
def test_a_name_after_a_source_noun_and_a_preposition(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    # a plural source noun's phrase that ends in another noun is the source
    ("Members of the conservative press accused Clinton of implying it.", "Members of the conservative press"),
    ("Critics of the deal argue that it is weak.", "Critics of the deal"),
    # a lower-case agent noun between a modifier and a full name is a role
    ("\u201cThey would agree,\u201d said Cruz constituent Dan Golvach.", "Cruz constituent Dan Golvach"),
    # a "co-" role is a role
    ("\u201cImagine that,\u201d mused Blaze co-host Stu Burguiere.", "Blaze co-host Stu Burguiere"),
])
def test_source_phrases_ending_in_another_noun(text, source):
    assert attributed(text) == [source]      # (unnamed members and critics are anonymous)


@pytest.mark.parametrize("text, source", [
    # a source noun whose relative clause ends right before the verb is who speaks
    ("But executives who run news organizations almost universally say that we must adapt.",
     "executives who run news organizations"),
    # not when "who" is the object of its clause
    ("They back a candidate who many party members strongly oppose.", "many party members"),
    # the object that ends a relative clause is not who speaks; the noun before "who" is
    ("Democrats in Iowa who watched the Saturday debate said they were unfazed by the flap.", "Democrats in Iowa"),
    ("One Democratic official who relayed the exchange said Reid quieted the chatter.", "One Democratic official"),
    # but the subject of a participle is the phrase right before it
    ("Fox hosts who doubted the polls showing Obama ahead were wrong.", "the polls"),
])
def test_a_relative_clause_before_the_verb(text, source):
    assert [e.attrs["source"] for e in found(text)[1]] == [source]


@pytest.mark.parametrize("text, source", [
    # the object of "to" or "on" before a participle is spoken to; the subject speaks
    ("Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law hurts the economy.",
     "Texas Sen. Ted Cruz"),
    ("On the same day, Sanders was on CNN talking about what he does next.", "Sanders"),
    # but the object of "with" speaks ("with Gorka noting")
    ("The meeting ended badly, with Gorka noting the absurdity of the plan.", "Gorka"),
])
def test_who_speaks_a_participle_after_a_prepositional_phrase(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    # "By ...," opens a sentence; ", among others," and ", like ...," are read past; "here" and
    # "there" after the source noun are where; a child is a source
    ("By the end of the day, Mr. Trump was forced into damage control and said that he was misconstrued.",
     "Mr. Trump"),
    ("Jeb Bush and Hillary Clinton, among others, reject the term containment.", "Jeb Bush and Hillary Clinton"),
    ("Activists here point to a number of factors.", "Activists"),
    ("Another child responded, \u201cThat\u2019s Hillary\u2019s husband.\u201d", "Another child"),
])
def test_openers_parentheticals_and_places_before_the_verb(text, source):
    assert attributed(text)[0] == source


def test_a_discourse_adverb_opening_the_sentence_is_no_part_of_its_subject():
    _, ev = found('Perhaps Mr. Comey had a point about the emails. "It was harmless," he said.')
    assert [e.attrs.get("source_resolved") for e in ev] == ["Mr. Comey"]


def test_no_source_phrase_ends_in_a_noun_read_as_a_verb():
    # "report" is the noun of "the November jobs report", not a verb with "the release" its speaker
    text = "They will get one more data point on Friday with the release of the November jobs report."
    assert "reported_speech" not in kinds(text)


def test_a_verb_of_thinking_before_a_source_noun_is_no_modifier_of_it():
    sources = cited("He embodied all the qualities that his party's elders imagined Republican voters wanted.")
    assert "Republican voters" in sources and not any("imagined" in s for s in sources)


def test_a_name_before_and_is_not_joined_to_the_source():
    _, ev = found("Trump beat Clinton and analysts said it was over.")
    assert [e.attrs["source"] for e in ev] == ["analysts"]


def test_an_event_is_no_source():
    assert cited("Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as singular.") == []


# ----------------------------------------------------------------------------- anonymous

@pytest.mark.parametrize("text, kind", [
    ("As a result, some analysts in the region are concerned about the alliance.", "vague_group"),
    ("Experts say the alliance will survive the election.", "vague_group"),
    ("Critics argue that the deal favours Seoul.", "vague_group"),
    ("To be asked for what many felt was an exorbitant sum, it felt like an insult.", "vague_group"),
    ("A source familiar with the talks said the deal was close.", "anonymous_source"),
    ("Sources close to the campaign said the claim was false.", "anonymous_source"),
    ("Two Pentagon officials familiar with the talks said the deal was close.", "anonymous_source"),
    ("Record industry executives familiar with the talks said the deal was close.", "anonymous_source"),
    ("It is widely believed that the talks will fail.", "agentless_passive"),
    ("The envoy reportedly left the talks early.", "agentless_passive"),
    ("Studies show that alliances deter attacks.", "unnamed_research"),
    ("Multiple operatives expressed skepticism that the campaign would have time.", "vague_group"),
    ("Some cement makers argue that imports grew.", "vague_group"),
    ("Policymakers say the rate will rise.", "vague_group"),
    # a verb that moves an unnamed group to a view
    ("The abrupt announcement led some to speculate that he was to blame.", "vague_group"),
    ("The plan left many to wonder whether it would work.", "vague_group"),
    # a reaction named by a noun, held by people who name nobody
    ("Trump has faced criticism from rivals that his rallies are unsafe.", "vague_group"),
    ("The statement drew sharp criticism from both sides of the abortion debate.", "vague_group"),
    ("The move may trigger fresh opposition to the agreement from the left.", "vague_group"),
    ("The House bill has drawn criticism from some other quarters as well.", "vague_group"),
    ("The department pushed back against claims by intelligence agencies that she erred.", "vague_group"),
    ("He faced stern opposition from some of the club's homeowners to his plan.", "vague_group"),
    ("He has faced criticism even from within his own party.", "vague_group"),
    ("Inflation stayed low, belying budget hawks' warnings that it would soar.", "vague_group"),
    ("The committee hears testimony from policy experts before it drafts the platform.", "vague_group"),
    # a group set off before the view it holds, and a received view
    ("To many, Santilli is a provocateur.", "vague_group"),
    ("He left. But for many activists, talk of surrender is infuriating.", "vague_group"),
    ("They are two candidates who, in the eyes of most voters, have more flaws than strengths.", "vague_group"),
    ("This year is different, conventional wisdom dictates, because voters are angry.", "agentless_passive"),
    ("He left. To a lot of readers, this probably sounds far-fetched.", "vague_group"),
    ("The former first lady calls it her gene; rivals deride it as poll-tested caution.", "vague_group"),
    ("In Nevada, many doubted her campaign.", "vague_group"),
    ("These voters are divided; in fact, many prefer the health group to the candidates.", "vague_group"),
    ("Other voices counter it's time to embrace the mogul.", "vague_group"),
    ("Most have not signed on, even though several oppose the nuclear deal.", "vague_group"),
    ("Party activists are tired of a leadership with so few accomplishments.", "vague_group"),
    # a familiar word capitalised only because it opens the sentence
    ("Police officials said a second device was found.", "vague_group"),
    ("Anti-TPP activists said they fear a deal in the lame-duck session.", "vague_group"),
])
def test_anonymous_attributions(text, kind):
    _, ev = found(text)
    assert kind in [e.attrs["kind"] for e in ev if e.category == "anonymous_attribution"], \
        [(e.category, e.attrs["kind"], e.text) for e in ev]
    assert not [e for e in ev if e.category == "citation"], "an anonymous source is not a citation"


@pytest.mark.parametrize("text, source", [
    ("He will face stepped-up criticism from Clinton about who can advance the agenda.", "Clinton"),
    ("Nabisco faced criticism for the move from White House hopefuls Hillary Clinton and Donald Trump.",
     "White House hopefuls Hillary Clinton and Donald Trump"),
    ("It happened without objections by the boy's parents.", "the boy's parents"),
    ("Rubio's team winning praise from Bush's team isn't likely to help.", "Bush's team"),
    ("The campaigns would not respond to the new claims from Lolita Grayson or a list of questions.",
     "Lolita Grayson"),
    # the holders as a possessive before the noun, capitals only back from a name
    ("Mexico must rebut Trump's claims.", "Trump"),
    ("The talks may allay Ryan's concerns about Trump.", "Ryan"),
    ("It is difficult to assess North Korea's claims about the test.", "North Korea"),
    ("Given Republicans' stiff political opposition, it failed.", "Republicans"),
    ("Latino Republicans have been unsparing in their criticism of Mr. Cruz.", "their"),
])
def test_a_reaction_named_by_a_noun_cites_its_named_holders(text, source):
    _, ev = found(text)
    stances = [e for e in ev if e.attrs["kind"] == "reported_stance"]
    assert [e.attrs["source"] for e in stances] == [source], [(e.attrs["kind"], e.text) for e in ev]


def test_a_reaction_is_no_report_a_quotation_belongs_to():
    # the quotation is Ryan's, what he said of Trump's criticism, not the criticism's words
    _, ev = found("Mr. Ryan said Mr. Trump's criticism of the judge was ''the textbook definition of a racist "
                  "comment.''")
    assert [e.attrs["source"] for e in ev if e.attrs["kind"] == "quotation"] == ["Mr. Ryan"]


@pytest.mark.parametrize("text", [
    "He left. Thanks to many voters, she won.",          # a preposition's object, no view set off
    "He sold it to some, for a price.",
])
def test_a_group_after_a_preposition_holds_no_view_unless_set_off(text):
    assert not found(text)[1]


def test_it_is_no_possessor():
    assert not [e for e in found("A: It's legitimate criticism.")[1] if e.attrs.get("cue") == "criticism"]


@pytest.mark.parametrize("text", [
    "There are concerns about how it would work from state to state.",     # a place, no holders
    "Obama failed to address public concerns about the threats from the Islamic State.",   # "from" the threats'
    "So it focused on criticisms of the actions taken by the departments of State and Defense.",
    "He drew Trump's scorn by pushing cuts in Medicare.",                  # "by" a manner
    "Obama's disapproval rating exceeds Trump's vote share.",               # a poll's figure
])
def test_no_reaction_without_holders(text):
    _, ev = found(text)
    assert not [e for e in ev if e.attrs.get("cue") in ("concerns", "criticisms", "disapproval")], \
        [(e.attrs["kind"], e.text) for e in ev]


# ----------------------------------------------------------------------------- must not

@pytest.mark.parametrize("text", [
    "Section 2(b) is ambiguous on this point.",
    "That said, the bill would pass.",
    "I believe the rule protects consumers.",
    "The results were ranked according to size.",
    "The so-called \u201cdeal\u201d collapsed last week.",
    "The senator found the keys in her car.",
    "The United States keeps 28,000 troops in South Korea.",
    "South Korea now pays 50 per cent of non-personnel costs.",
    "Delegates gathered at the Republican National Convention in Cleveland.",
    "The river is the main source of water for the town.",
    "Some roads in the region are closed.",
    "The state will hold a vote on the plan next week.",
    "Needless to say, the plan failed.",
    # "called": a name given to a thing, a call on the telephone, a particle
    "A new group called Black Votes Matter is trying to raise $25 million.",
    "The ads came from a super PAC called Future45 on Monday.",
    "They paid $332,000 to a company called Cambridge Analytica.",
    "He launched a reading campaign called #1000BlackGirlBooks.",
    "He and his two older sisters joined a resistance movement called the Ethiopian People's Revolutionary Party.",
    "One message read a website linked to a group called the Committee to Defeat Trump.",
    "A year later, Mr. Obama called Naghmeh Abedini.",
    "She recently called in to an MTV town hall about police.",
    "Several businesses have called off projects with him.",
    # what lies between two quotations marked '' ... '' is no quotation (a mark followed by a
    # space closes one)
    "David Duchovny and Gillian Anderson signed on for ''The X-Files,'' but Jackie Chan and Chris Tucker were "
    "missing from ''Rush Hour.''",
    "He won just 19 percent among ''somewhat conservative'' voters and a mere 9 percent of the ''moderate'' vote.",
    # a title of up to twelve words, every word capitalised but the small ones
    'Mexican newspapers have been inspecting Trump\'s new book, "Crippled America: How to Make America Great Again," '
    'for clues.',
    'Robby Mook released a memo titled "The Facts on Where the Race Stands."',
])
def test_not_a_citation(text):
    _, ev = found(text)
    assert not [e for e in ev if e.category == "citation"], [(e.attrs["kind"], e.text) for e in ev]


@pytest.mark.parametrize("text", [
    "John Smith, an official familiar with the case, said it was over.",   # named, then described
    "She was perplexed, she recently told one person close to her.",      # the listener
    # the object of a preposition
    "Taxis were providing free rides to people seeking to leave the scene.",
    "She has opened up a commanding lead in delegates thanks in part to her wins.",
    "Her campaign blasted out an email to supporters stating that it had won.",
    # what an unnamed group does or intends is no claim credited to it
    "Many were seeking asylum from violence and gang activity in their home countries.",
    "Some senators declined to comment, not wanting to alienate activists.",
    "Some seek to be removed from the lists, fearing the exposure.",
])
def test_a_described_listening_or_governed_person_is_no_anonymous_source(text):
    _, ev = found(text)
    assert not [e for e in ev if e.category == "anonymous_attribution"], [(e.attrs["kind"], e.text) for e in ev]


@pytest.mark.parametrize("text, wrong", [
    ("The number that caught the eyes of so many analysts shows her in a dead heat.", "many analysts shows"),
    ("It was a crowded field of candidates backed by super PACs.", "candidates backed"),        # acted on
    ("Sanders said he cannot walk down the street without reporters asking him.", "reporters asking"),
    ("Clinton has been huddling with the two most experienced debate experts.", "most experienced debate experts"),
])
def test_the_verb_after_an_unnamed_group_may_not_be_the_groups(text, wrong):
    _, ev = found(text)
    assert wrong not in [e.text for e in ev], [(e.attrs["kind"], e.text) for e in ev]


@pytest.mark.parametrize("text, kind", [
    ("The law was involved in what analysts described as fraud.", "vague_group"),   # "in what": a clause
    ("Some advocates for stem cell research said that it overlooked cures.", "vague_group"),  # people, not research
])
def test_unnamed_groups_after_a_preposition_or_before_one(text, kind):
    _, ev = found(text)
    assert [e.attrs["kind"] for e in ev if e.category == "anonymous_attribution"] == [kind], \
        [(e.attrs["kind"], e.text) for e in ev]


def test_a_noun_that_can_be_a_verb_is_a_noun_after_a_determiner():
    assert cited("Both are quick to praise teachers, and both advocate for a strong federal role.") == ["both"]
    assert cited("Twitter became a place to offer support. One tweet said it was sad.") == ["One tweet"]


def test_some_analysts_is_not_a_citation():
    assert kinds("Some analysts in the region are concerned.", "citation") == []


# ----------------------------------------------------------------------------- structure

def test_evidence_sorted_in_body_and_inside_one_sentence():
    text = ("Trump said the alliance was unfair. According to the 2014 Special Measures Agreement (SMA), Seoul "
            "pays half. Some analysts are worried, and a source said talks had stalled.")
    doc, ev = found(text)
    assert [e.span.start for e in ev] == sorted(e.span.start for e in ev)
    assert {e.dimension for e in ev} == {"specificity"}
    for e in ev:
        assert e.category in ("citation", "anonymous_attribution")
        sentence = [s for s in doc.sentences if s.span.start <= e.span.start < s.span.end]
        assert sentence and sentence[0].span.end >= e.span.end and sentence[0].region == "body"


def test_headings_are_not_measured():
    doc, ev = found("Trump Says Alliance Costs Too Much\n\nThe talks resume in May, officials in Seoul said.")
    assert all(e.span.start > 30 for e in ev)


def test_every_marker_example_is_found_by_find_citations():
    """The lexicon's examples and counterexamples hold for find_citations alone (the generic
    lexicon test checks the same through sourcelens.analyze once specificity calls us)."""
    for marker in lexicons.load("citations").markers:
        _, ev = found(marker.example)
        assert marker.code in [e.code for e in ev], (marker.code, marker.example, [(e.code, e.text) for e in ev])
        if marker.counterexample:
            _, ev = found(marker.counterexample)
            assert marker.code not in [e.code for e in ev], (marker.code, marker.counterexample)


def test_samples():
    peer = from_text((REPO / "samples" / "peer-reviewed.txt").read_text(encoding="utf-8"))
    ev = find_citations(peer)
    texts = {(e.attrs["kind"], e.text) for e in ev}
    assert ("named_document", "According to the 2014 Special Measures Agreement (SMA)") in texts
    assert ("reported_speech", "he claimed") in texts
    assert ("quotation", "\u2018reimburse us much more substantially\u2019") in texts
    assert ("vague_group", "some analysts") in texts
    generated = from_text((REPO / "samples" / "generated.txt").read_text(encoding="utf-8"))
    ev = find_citations(generated)
    cited = [e for e in ev if e.category == "citation"]
    # the only citation is the one-word quotation "in his words, 'freeloading'" (Trump)
    assert [e.attrs["kind"] for e in cited] == ["quotation"]
    assert {e.text for e in ev if e.category == "anonymous_attribution"} >= {
        "many long-time foreign policy experts", "many felt"}


# ----------------------------------------------------------------------------- real data

def _polnear() -> Path:
    root = Path(os.environ.get("SOURCELENS_DATA") or REPO.parent / "shared" / "data")
    return root / "attribution" / "polnear"


def test_polnear_dev_floor():
    if not (_polnear() / "dev").is_dir():
        pytest.skip("PolNeAR data not available")
    import sys
    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_attribution import evaluate

    res = evaluate(_polnear().parents[1], "dev")
    assert res["precision"] >= 0.88
    assert res["recall"] >= 0.62
    assert res["source_found"] >= 0.85


@pytest.mark.parametrize("text, source", [
    ("Sanders, a senator from Vermont and a self-described democratic socialist, said wages have stagnated "
     "for years.", "Sanders"),
    ("Sen. Bernie Sanders (I-Vt.) said he will release his medical records.", "Sen. Bernie Sanders"),
    ("The co-pilot had flown with the company for ten years, the airline said Thursday.", "the airline"),
    ("The result does not surprise Republican pollster Jane Roe: \u201cLesser-known candidates often surge "
     "early.\u201d", "Republican pollster Jane Roe"),
    ("Swing County Says Clinton Will Carry The State.", "Swing County"),
    ("\u201cSecurity remains the biggest challenge we face as a country,\u201d Carson continued.", "Carson"),
    # an adverb or a time phrase between the speaker and a reporting verb
    ("Walker now says he is being denied the chance to appear at some venues.", "Walker"),
    ("Sen. Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of the emails.",
     "Sen. Dianne Feinstein"),
    ("Trump on Tuesday said the alliance costs too much.", "Trump"),
    ("Trump earlier this month said the alliance costs too much.", "Trump"),
    ("Scott freed up $26 million in state funds and on Monday announced $5 million more for Miami-Dade.", "Scott"),
    # a former or retired holder of a title, after the verb
    ("\u201cI fundamentally disagree,\u201d said retired Army Lt. Gen. Mick Bednarek.",
     "retired Army Lt. Gen. Mick Bednarek"),
    ("\u201cHe is reprising that role,\u201d said former Pennsylvania Gov. Ed Rendell.", "former Pennsylvania Gov. Ed Rendell"),
    # a title with "of" before a name is part of the source; no role comes before an honorific
    ("Former secretary of state Madeleine Albright said it was fine.", "Former secretary of state Madeleine Albright"),
    ("Michael Mulgrew, president of the United Federation of Teachers, said it.", "Michael Mulgrew"),
    ("He called it characteristic of a campaign Mr. Khan has called bigoted.", "Mr. Khan"),
    # a source noun before a preposition heads the phrase that ends in another noun; "long"
    # may open an appositive as "also" does
    ("Several supporters of reform said it is more realistic.", "Several supporters of reform"),
    ("The Democratic front-runner and former secretary of state said the U.S. needed more.",
     "The Democratic front-runner and former secretary of state"),
    ("But 58 percent of Florida Latino voters overall said they were less likely to vote.",
     "58 percent of Florida Latino voters overall"),
    ("The newspaper, long a vocal advocate of immigration reform, writes that the law is bad.", "The newspaper"),
    # a thing whose words these are, before "that said"; not after an adverb, nor the idiom
    ('The listing was replaced by a message that said, "Sorry, but the item is gone."', "a message"),
    ("It is a law that says voters must show ID.", "a law"),
    # a part of a group after the verb, as before it; not a thing of someone's
    ('"It was awful," said one of two witnesses who relayed the same story.', "one of two witnesses"),
    ('"There is no path," said one of those advisers.', "one of those advisers"),
    # a date inside the source's phrase is a modifier, not a count that starts it
    ("The Republican presidential nominee for the Nov. 8 election later said he was being sarcastic.",
     "The Republican presidential nominee for the Nov. 8 election"),
    # shares of a poll, in digits or in words
    ("On economic issues, 42% say they are liberal.", "42%"),
    ("Forty-two percent said they were not sure.", "Forty-two percent"),
    # a named finder reporting a finding ("found that"), not only a study
    ("After an investigation, the Department of Justice found that the police force was fleecing residents.",
     "the Department of Justice"),
    ("In an online poll of 800 voters, Democracy Corp found that anti-Democrat attitudes drive the vote.",
     "Democracy Corp"),
    ("Carly Fiorina: 'Bill Clinton is fair game.'", "Carly Fiorina"),     # a single straight quote opens too
    # a parenthetical between dashes, as between brackets
    ("Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says he decided at the last minute.", "Jason Sims"),
    ("Deborah Reynolds - his girlfriend and co-host - told The Washington Post that he changed.", "Deborah Reynolds"),
])
def test_harder_sources(text, source):
    _, ev = found(text)
    sources = [e.attrs.get("source") for e in ev if e.category in ("citation", "anonymous_attribution")]
    assert source in sources, [(e.attrs["kind"], e.text, e.attrs.get("source")) for e in ev]


def test_verbs_inside_a_quotation_belong_to_the_quoted_speaker():
    text = ("\u201cThey want every candidate to sign the pledge. He thinks it works,\u201d Ms. Lee said.")
    _, ev = found(text)
    assert [(e.attrs["source"]) for e in ev if e.category == "citation"] == ["Ms. Lee"]


def test_lists_and_first_person_are_not_citations():
    for text in ("Clinton: 2,316.", "I think the plan is sound.", "When we talk about alliances, we say trust.",
                 # "now" is skipped before reporting verbs only; "60% support" is a noun
                 "Employers now seek workers with college degrees.",
                 "Sanders has won only two primaries with more than 60% support.",
                 # "found" without "that" is not a finding reported; "given that" is a conjunction
                 "Throughout the debate, Clinton found ways to cast herself as the rightful heir.",
                 "LeVell, 52, faces a huge challenge, given that Trump's ratings are underwater.",
                 "Pyongyang may find that it is in its interests to continue.",      # a finding to come
                 "Clinton leads Sanders by roughly 270 pledged delegates.",           # an adjective
                 # labels before a colon are not speakers (the list's later lines were once ignored)
                 "EXCLUSIVE: \u201cWe will win.\u201d", "BREAKING: \u201cWe will win.\u201d",
                 "Whenever asked about her weaknesses, they shifted topics.",     # a subordinator, no name
                 "One of Mr. Trump's helicopters made the show in a segment entitled \u201cPimp My Chopper.\u201d",
                 "But all that said, the bill would pass.", "She liked him. (That said, she was wary.)"):
        _, ev = found(text)
        assert not [e for e in ev if e.category == "citation"], (text, [(e.attrs["kind"], e.text) for e in ev])


@pytest.mark.parametrize("text, sources", [
    # an age between commas is not the speaker
    ("Schiff, 56, who has served on the Intelligence Committee for a decade, told USA TODAY it is clear.",
     ["Schiff"]),
    # ", saying": the speaker is the sentence's subject, not the phrase before an earlier comma;
    # "attacked ..., saying" is one report of Trump's (a quotation of two words is read as scare quotes)
    ("During a speech earlier in the day, Trump attacked Clinton for her support of military action, "
     "saying, \"She's trigger-happy.\"", ["Trump"]),
    # after a comma, only a verb of saying comes before its speaker; another verb's object is
    # whom it is about, unless the name ends the clause ("..., posted Sharon Geyer.")
    ("Cruz, with unconcealed delight, chided Trump for raising questions.", ["Cruz"]),
    ("Speaking in Harlem, Clinton, without naming him, also accused Sanders of being naive.", ["Clinton"]),
    # an auxiliary before the phrase; a long appositive when it holds a relative clause
    ("U.S. officials have, in fact, praised the Saudis for their help.", ["U.S. officials"]),
    ("Mr. Birdthistle, who worked for a big law firm that defended troubled mutual fund companies before he became "
     "a professor at the Illinois Institute of Technology's law school, points to the political pickle.",
     ["Mr. Birdthistle"]),
    ("Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain's big win in 2008 and is "
     "now running the early-vote efforts in the state, said the program is critical.", ["Rich Heffley"]),
    # not the tail of a list, however long
    ("After a year of polls, more than 250,000 Iowans are expected to attend caucuses and render judgment on "
     "insurgent candidates who would bar Muslims from the country (Donald J. Trump), oppose concessions to "
     "Democrats (Ted Cruz) or promise a revolution (Bernie Sanders).", []),
    ("The Scandal star, who campaigned for him, thanked Obama for taking these steps.", []),
    ('"It is over," tweeted Sen. Lindsey O. Graham (R-S.C.), a former candidate.', ["Sen. Lindsey O. Graham"]),
    ('"It is over," posted Sharon Powers Geyer.', ["Sharon Powers Geyer"]),
    ("Part of the problem, say experts like Paul Bauman, is the soil.", []),
    # and only after a quotation: a name that ends a clause after another verb is what it names
    ("Schlafly put her finger on one facet of the campaign that, to her, invokes Reagan.", []),
    ("The program, called EB-5, allows foreign investors to get visas.", []),
    # a cue inside a compound word, or an -ing form after an adverb of degree, is no verb
    ("He was a Bernie-supported champion for Social Security.", []),
    ("The most telling promise she has made is that she will not overpromise.", []),
    # the object of "on", "against" or "about" is what a verb is about, not who speaks; but it
    # is who does what an -ing form says
    ("And Clinton's aggressive attack on Trump indicates she is pivoting.", []),
    ("Some senators vented about Sanders vowing to fight on.", ["Sanders"]),
])
def test_sources_past_commas(text, sources):
    _, ev = found(text)
    assert [e.attrs.get("source") for e in ev if e.category == "citation"] == sources, \
        [(e.attrs["kind"], e.text, e.attrs.get("source")) for e in ev]


def test_a_named_modifier_before_a_source_noun_keeps_the_noun():
    """'said one Democratic source' names nobody: the source noun is part of the phrase."""
    _, ev = found("\u201cRepublicans are in a frenzy,\u201d said one Democratic source on the panel.")
    assert [(e.category, e.attrs.get("source")) for e in ev] == [
        ("anonymous_attribution", "one Democratic source")]


@pytest.mark.parametrize("text, wrong", [
    ("Trump spoke in Philadelphia on Wednesday. Wednesday, he called for more defense spending. "
     "He said that would pay for more ships.", "Wednesday"),
    ("THE BORROWING Back when he wrote his book, Mr. McKinley said debt was a last resort. "
     "\u201cPay cash if you can,\u201d he said.", "THE BORROWING Back"),
    ("\u201cMaybe I can help, by speaking directly to people,\u201d she continued.", "Maybe I"),
    # a transcript's speakers: who answers says "I", who asks is "you"
    ("KATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: Senator Sanders doesn't get to decide when we "
     "debate. Let's see if he goes back to the kind of tone he said he was going to set.", "JOEL BENENSON"),
    # a demonstrative "that one" names a thing mentioned before, never who "he" is
    ("That one was a disaster for the campaign. He said it was over.", "That one"),
])
def test_pronouns_do_not_resolve_to_time_words_headings_or_quoted_subjects(text, wrong):
    _, ev = found(text)
    resolved = [e.attrs.get("source_resolved") for e in ev]
    assert wrong not in resolved, [(e.text, e.attrs.get("source"), e.attrs.get("source_resolved")) for e in ev]


@pytest.mark.parametrize("text, sources", [
    # what follows ", suggesting" is what was suggested: only a finite verb comes before its speaker
    ("\u201cHe performed well,\u201d Rendell recalled, suggesting the second debate erased all memory of it.",
     ["Rendell"]),
    ("\u201cWe will defeat them,\u201d he said, referring to the Islamic State.", ["he"]),
    # a report inside a report is the outer speaker's: one citation
    ("Obama said he was not speaking only about Trump.", ["Obama"]),
    ("Fowler said that he expects Clinton to recover.", ["Fowler"]),
    # also past whom it was told to, or when, before the clause's "that"
    ("Trump told CNN that he believed Fields had made it up.", ["Trump"]),
    ('Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.', ["Sanders"]),
    ("Comey announced last month that he would not recommend charges.", ["Comey"]),
    ("President Barack Obama responded to a Gold Star mother on Wednesday by saying the words matter.",
     ["President Barack Obama"]),
    # two reports of one sentence by different speakers stay two
    ("Obama said the talks would go on, and Clinton argued that they should.", ["Obama", "Clinton"]),
    ("Obama told reporters on Monday, and Clinton argued that they should.", ["Obama", "Clinton"]),
    ("Cardin said Wednesday that Republicans rejected his attempts.", ["Cardin"]),
])
def test_one_report_is_one_citation(text, sources):
    assert cited(text) == sources


def test_a_quotation_inside_a_report_is_the_outer_speakers():
    _, e = one("Trump said he wants \u201ca total and complete shutdown of Muslims entering the country.\u201d",
               "quotation")
    assert e.attrs["source"] == "Trump"



def test_two_verbs_of_one_speaker_make_one_citation_and_the_quotation_is_theirs():
    _, ev = found("Trump attacked Clinton for her support of military action, saying, "
                  "\"She's trigger-happy and very unstable.\"")
    assert [(e.attrs["kind"], e.text, e.attrs["source"]) for e in ev if e.category == "citation"] == [
        ("reported_speech", "Trump attacked", "Trump"),
        ("quotation", "\"She's trigger-happy and very unstable.\"", "Trump")]


@pytest.mark.parametrize("text, resolved", [
    # a sentence that opens with a quotation has no subject: "he" is the speaker it cites
    ("\u201cThis guy is for real. He is one of us,\u201d Mr. English said of Mr. Cruz. He said he had called "
     "his friends.", "Mr. English"),
    # a subject with a possessive names its possessor
    ("Mr. Cruz's campaign began in March. Since then he said he would win.", "Mr. Cruz"),
    ("Hillary Clinton's aides were pleased. She said the result was a sign.", "Hillary Clinton"),
    # a reaction named by a noun is no speaker who goes on: the one who reported it is
    ("Trump's accusation that Obama created the group had imperiled the lives of US troops, Biden said. "
     "\"If my son were still in Iraq, the threat has gone up,\" he said.", "Biden"),
])
def test_he_refers_to_the_last_subject_or_speaker(text, resolved):
    _, ev = found(text)
    pronoun = [e for e in ev if e.attrs.get("source", "").lower() in ("he", "she")]
    assert pronoun and pronoun[0].attrs["source_resolved"] == resolved


def test_they_is_not_resolved_to_a_named_speaker():
    _, ev = found("\u201cWe are ready,\u201d Mr. Lou told a news briefing. They said the talks would go on.")
    they = [e for e in ev if e.attrs.get("source") == "They"]
    assert they and "source_resolved" not in they[0].attrs


@pytest.mark.parametrize("text, resolved", [
    ("Dahlys Hamilton chairs the group. Recently she announced a new drive.", "Dahlys Hamilton"),
    ("Ham said so last. Looking ahead to the future, he said the army must grow.", "Ham"),
    # names that are common words ending so
    ("Kelly spoke on Monday. She said she had asked for the interview.", "Kelly"),
    ("Schlafly spoke on Monday. She said she had asked for the interview.", "Schlafly"),
])
def test_an_adverb_or_a_participle_opening_a_sentence_is_not_who_he_is(text, resolved):
    _, ev = found(text)
    assert [e.attrs.get("source_resolved") for e in ev
            if e.attrs.get("source", "").lower() in ("she", "he")][-1:] == [resolved]


@pytest.mark.parametrize("text, source", [
    # an initial or a title's full stop does not end the source of "according to"
    ("According to E. J. Fleming's book, his was an all-purpose job.", "E. J. Fleming's book"),
    ("It grew, according to Mr. Hedge.", "Mr. Hedge"),
    ("It grew, according to the U.S. Census Bureau.", "the U.S. Census Bureau"),
    ("According to Rep. Trey Gowdy, the inquiry helped.", "Rep. Trey Gowdy"),
    # nor does a title in quotation marks, with its author after "by"
    ('One Sunday, according to "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George '
     'Anders, Fiorina sat in the study.',
     '"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George Anders'),
    ("According to \u201cThe Art of the Deal,\u201d Trump learned early.", "\u201cThe Art of the Deal,\u201d"),
    # a bracket that closes one opened before the phrase is not part of it
    ("(The book has sold 235,000 copies, according to Nielsen.)", "Nielsen"),
    ("Iowa (93 percent white, according to exit polls), New Hampshire (93 percent).", "exit polls"),
])
def test_according_to_reads_past_initials_and_titles(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text", [
    "Ben Carson, who briefly led Iowa polls thanks to evangelical support, then fell.",   # a preposition
    "He worked with them on a 2010 recall of three justices.",                           # a noun
    "''Find your polling place and get there,'' the pastor urged.",                     # the reader's
])
def test_nouns_and_prepositions_that_look_like_reporting_verbs_cite_no_one(text):
    _, ev = found(text)
    assert not [e for e in ev if e.category == "citation" and e.attrs.get("cue") in ("thanks", "recall", "place")]


@pytest.mark.parametrize("text, sources", [
    ("Local news affiliate ABC 7 is reporting that a couple was surprised.", ["ABC 7"]),   # a channel
    ("Of the delegates, at least 21,000 said they would run.", ["21,000"]),                 # the whole number
    ("Of those polled, 43 said the same for Sanders.", ["43"]),
    # a number before a verb is no source unless it says something
    ("Men earned a median salary of $98,000, compared with $93,000 for women.", []),
    ("The video went viral with over 400,000 views.", []),
    ("The vote, 611 in favor, 748 opposed, kept the rules.", []),
])
def test_a_number_is_a_source_only_when_it_says_something(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, sources", [
    ("\u201cWe live in Satan's kingdom,\u201d my father often said.", ["my father"]),   # the adverb is cut
    ("\u201cWe were attacked,\u201d Clinton said, with a passion that almost suggested the question was out "
     "of line.", ["Clinton"]),                                                         # an adverb is no one
    # an adverb of frequency between source and verb is read past, like an auxiliary
    ("Climate change, Mr. Obama often says, is the greatest threat.", ["Mr. Obama"]),
    ("Republicans have often argued that Americans would be safer.", ["Republicans"]),
])
def test_an_adverb_before_the_verb_is_not_part_of_the_source(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, sources", [
    # a name after the verb that ends its clause is the speaker, whatever comes before the comma
    ("In a year when arguments are resonating with voters, candidates have more room to walk away from the "
     "program, said Steve Grubbs, an Iowa operative.", ["Steve Grubbs"]),
    ("Many of the cases were decided by 5-to-4 votes, said Lee Epstein, who teaches law.", ["Lee Epstein"]),
    # but the name after "told" is who was told, and a day is when
    ("\u201cHe will win,\u201d Senator Jeff Sessions, a close adviser to Trump, told AFP.", ["Senator Jeff Sessions"]),
    ("\u201cWe will win,\u201d Benjamin J. Rhodes, a deputy adviser, said Sunday.", ["Benjamin J. Rhodes"]),
    # and a name that goes on into a clause is what was said
    ("Sanders, a senator from Vermont, said Clinton was wrong.", ["Sanders"]),
])
def test_a_speaker_after_the_verb_ends_the_clause(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, expected", [
    # a group that is a verb's object, or a poll's share of respondents, attributes nothing
    ("It is her push to help people understand the past.", []),
    ("Now it\u2019s up to Donald Trump and the Republican leadership to make damn sure everyone knows how "
     "Hillary Clinton caused this mess.", []),
    ("A Quinnipiac University poll found that 74 percent of likely voters said he should release them.",
     [("citation", "A Quinnipiac University poll")]),
    # named after all: a study
    ("In 2013, research conducted by the Center for Media and Public Affairs found a bias.",
     [("citation", "Center for Media and Public Affairs")]),
    ("Experts say it will fail.", [("anonymous_attribution", "Experts")]),
])
def test_an_unnamed_group_that_says_nothing_is_no_anonymous_attribution(text, expected):
    _, ev = found(text)
    assert [(e.category, e.attrs.get("source")) for e in ev] == expected


def test_a_token_window_that_starts_inside_a_word_leaves_the_word_out():
    from sourcelens.analyzers.citations.tokens import _tokens_before

    text = "The two other Republican presidential candidates also spoke"
    lo = text.index("dential")
    assert [t[2] for t in _tokens_before(text, lo, len(text))] == ["candidates", "also", "spoke"]
    assert [t[2] for t in _tokens_before(text, lo - 5, len(text))][0] == "presidential"


def test_an_at_handle_names_its_owner_but_an_email_address_does_not():
    assert cited("As one Twitter user @nycsouthpaw pointed out, the gap is vast.") == ["@nycsouthpaw"]
    assert cited("Write to me@example.com said nothing.") == []


def test_a_verb_that_ends_a_headline_reports_nothing():
    text = "Examining the Record on Urgent Global Challenges.\n\nThe body starts here. It is long."
    assert cited(text) == []
    assert cited("Bellwether County Says Trump Should Win.\n\nThe body starts here.") == ["Bellwether County"]
    # a cue inside a compound word of such a headline is no verb, as in the body
    assert attributed("Donors Described As Moderates Fund Him.\n\nThe body starts here.") == ["Donors"]
    assert cited("Anti-Trump Donors Self-Described As Moderates Fund Him.\n\nThe body starts here.") == []


def test_a_reporters_credit_line_cites_no_one_but_a_report_from_a_place_does():
    assert cited("It rose. Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler "
                 "and Coral Davenport from Kaneohe Bay, Hawaii.") == []
    assert cited("It rose. Costa reported from Washington.") == []
    assert cited("It rose. The AP reported from Baghdad that ten people died.") == ["The AP"]


def test_these_and_those_before_a_noun_that_can_be_a_verb_make_it_a_noun():
    assert cited("His ideas are old. Those views have been fixed for years.") == []


@pytest.mark.parametrize("text, source", [
    ('It rose. Democratic nominee Hillary Clinton, at a later press gaggle, said, "I have been briefed."',
     "Democratic nominee Hillary Clinton"),
    ("It rose. Trump, in a statement released by the campaign on Thursday, said he was grateful.", "Trump"),
    # read past the phrase, the subject's own appositive is read past too, however far back
    ("It rose. Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the name of curbing climate "
     "change, has proposed a tax.", "Senator Sheldon Whitehouse"),
])
def test_a_place_or_time_phrase_between_commas_is_read_past(text, source):
    assert cited(text)[:1] == [source]


def test_a_name_after_a_dash_credits_the_quotation_before_it():
    assert cited('It rose. "Trump must stop portraying Latinos as gangsters."\u2015 Carla Sanchez.') == ["Carla Sanchez"]
    text = ("We asked readers what they thought of the debate. \u201cHe represents our greatest shame, and I am "
            "sorry to say it.\u201d \u2015 Oscar P. Quintero \u201cThe debate was a disgrace.\u201d \u2015 Esther Tapia")
    assert "Oscar P. Quintero" in cited(text)
    # a dash before a name that credits no quotation is an aside
    assert cited("Prices rose \u2014 Donald Trump smiled.") == []


def test_a_transcripts_speaker_in_capitals_is_cited_without_quotation_marks():
    text = ("Mike Pence was on the show on Sunday. Partial transcript as follows.\n\n"
            "\"WALLACE: Let us start with the debate story today.\n\n"
            "\"PENCE: Well, look, it is fine and we are ready for it.\n\n"
            "\"WALLACE: So you really see those two as equivalent, sir.\n\nThe interview went on for an hour.")
    assert cited(text) == ["WALLACE", "PENCE", "WALLACE"]     # PENCE named elsewhere, WALLACE speaking twice
    assert cited("It rose. CLARIFICATION: The first sentence has been changed.") == []
    assert cited("It rose. STAT OF THE WEEK: $43 million spent.") == []


def test_a_dash_typed_as_two_hyphens_sets_off_a_parenthetical():
    assert cited("It rose. Kall -- co-editor of a book on the debates -- said the candidate made news.") == ["Kall"]
    assert cited("It rose. Democrats -- including Clinton -- quickly accused Trump.") == ["Democrats"]


def test_a_long_phrase_between_dashes_before_the_verb_is_read_past():
    # a relative clause of up to 24 tokens, more than 80 characters before the verb
    assert cited('GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out of" '
                 'oil fields seized by the Islamic State - said at a rally that he would win.') \
        == ["GOP front-runner Donald Trump"]
    assert cited("Reached by phone on Tuesday, Joyce \u2014 who is listed as an attorney in Illinois but "
                 "doesn\u2019t actively practice law \u2014 told The Huffington Post he would not appeal.") == ["Joyce"]


def test_a_role_after_a_party_and_an_adjective_is_one_source():
    _, ev = found("It rose. The Republican presidential nominee toured Ohio. He said the economy was weak.")
    assert [e.attrs.get("source_resolved") for e in ev if e.category == "citation"] == [
        "The Republican presidential nominee"]
    assert cited("It rose. Presumptive Democratic presidential nominee Hillary Clinton said no.") == [
        "Presumptive Democratic presidential nominee Hillary Clinton"]


def test_a_day_between_source_and_verb_is_read_past_whatever_the_verb():
    assert cited("It rose. Trump on Tuesday dismissed Gov. Scott Walker as ineffective.") == ["Trump"]
    assert cited("It rose. Gov. Mike Pence on Thursday blamed the media.") == ["Gov. Mike Pence"]


@pytest.mark.parametrize("text, sources", [
    ("It rose. Seven in 10 voters say the country is on the wrong track.", ["Seven in 10 voters"]),
    ("It rose. Four in 10 Republicans said no.", ["Four in 10 Republicans"]),
    ("It rose. He served his two terms well, and anyone can learn more about 529 plans.", []),
])
def test_a_share_of_a_group_is_the_source_and_a_counted_noun_is_no_verb(text, sources):
    assert cited(text) == sources


def test_going_to_see_is_a_trip_not_a_view():
    assert cited("It rose. He went to see the melting ice in Greenland.") == []
    assert cited("It rose. He went on to say it was fine.") == ["He"]


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_referent():
    # written in lower case elsewhere ("climate"), or shaped like a common word ("Opposition")
    _, ev = found("The talks on climate went on. Climate change is real. He believes it is a threat.")
    assert [e.attrs.get("source_resolved") for e in ev if e.category == "citation"] == [None]
    _, ev = found("The trial went on. Prosecutors asked for a long sentence. They said it would deter others.")
    assert [e.attrs.get("source_resolved") for e in ev if e.attrs.get("source") == "They"] == ["Prosecutors"]
    _, ev = found("The deal stalled. Opposition to the deal grew. He said it was over.")
    assert [e.attrs.get("source_resolved") for e in ev if e.category == "citation"] == [None]


@pytest.mark.parametrize("text, sources", [
    ("It rose. No doubt it will rain, and no wonder Trump said so.", ["Trump"]),   # nouns after "no"
    ("It rose. Organizers added 160 security personnel along the route.", []),      # a sum, not a remark
    ("It rose. He adds that it was fine.", ["He"]),
])
def test_no_before_a_noun_and_added_before_a_number(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, sources", [
    # a second verb of the same subject is the same report, counted once
    ("The Vermont senator emailed supporters saying that the fight goes on.", [("reported_speech", "The Vermont senator")]),
    ("The polls show voters trust the governor more than the mayor.", [("study", "The polls")]),
    # a noun read as a verb ("report", "estimates", "campaign on") gives way to the report it heads
    ("The IMF report stated that growth would slow next year.", [("study", "The IMF report")]),
    # (unnamed: "early" is capitalised only because it opens the sentence)
    ("Early estimates put the cost at about 40 million.", [("unnamed_research", "Early estimates")]),
    ("The Green campaign on Tuesday responded that it had raised more money.",
     [("reported_speech", "The Green campaign")]),
    # a capitalised "May" is a name, not a modal; "further" before a verb is an adverb
    ("Prime Minister Theresa May said the talks would resume.", [("reported_speech", "Prime Minister Theresa May")]),
    ("The senator further argued that the bill was flawed.", [("reported_speech", "The senator")]),
    ("The agency did not release further details about the case.", []),
    # "campaign on" a day is a campaign, not what is campaigned on
    ("The Dalton campaign on Monday night picked up a tweet from a reporter.", []),
    # a day, an opener or "anyone" alone is no source; a day after a participle is a time
    ("A court document filed Thursday says the company knew.", [("reported_speech", "A court document")]),
    ("Priebus later Thursday told Fox News that the party was united.", [("reported_speech", "Priebus")]),
    ('"Anyone who says that is wrong."', []),
    # a supposition reports nothing
    ("Say Mexico demanded that the United States prove its case.", []),
    # "add to" is a sum, not a remark, unless a quotation comes before it
    ("Hillary Clinton is adding to her delegate lead after victories in Alabama.", []),
    ('"It was 50 percent more than her show," Trump added to People.', [("reported_speech", "Trump")]),
    # "would add" with no remark after it, or an amount after "add", is a sum too
    ("The trouble is that it would add so many new layers of complexity for lawyers.", []),
    ("By contrast, the plan would add $5 trillion to the debt.", []),
    ("He would add that he was sorry.", [("reported_speech", "He")]),
    ("''We won,'' he would add.", [("reported_speech", "he")]),
    # responding by doing is an act; not responding says nothing
    ("Beijing responded by sidestepping Moscow and founding a bank.", []),
    ("Mr. Manafort did not respond to requests for an interview.", []),
    ("A spokesman for the campaign didn\u2019t immediately respond to a request for comment.", []),
    ("Mr. Manafort hasn't responded to requests for comment.", []),
    ("Fields did not reply to a request for comment Tuesday.", []),
    ("The campaign of Hillary Clinton did not reply to numerous emails on Tuesday.", []),
    ("Fields replied that the claim was false.", [("reported_speech", "Fields")]),
    # a message that asks is not its receiver asking; a name ending like a message is a name
    ("The campaign did not reply to numerous emails asking about its arrangements.", []),
    ("He sent a two-page memo to The Washington Post in April explaining his plan.", [("reported_speech", "He")]),
    ("A student called the senator a liar.", [("reported_speech", "A student")]),
    # verbs inside ''...'' (the quotation marks of the NYT archive) are the quoted speaker's, as
    # inside "..."
    ("''People promise one thing and do another, and Bernie did what he said,'' "
     "Mr. McCain recalled.", [("reported_speech", "Mr. McCain")]),
    ("''Instead of attacking me, they should be publicly apologizing to me,'' Mr. Sanders said.",
     [("reported_speech", "Mr. Sanders")]),
    # a participle with a day and then a finite verb modifies the noun before it
    ("A $160 billion megamerger announced Monday would turn Pfizer into an Irish company.", []),
    ("The tentative deal, announced Friday, would last four years.", []),
    ("The phrase Grassley cited on Wednesday has appeared in her speeches.", [("reported_speech", "Grassley")]),
    # a modal right before a verb of speech: what ought to be said, not what was ("May" is a name)
    ("He also described his plan for the Islamic State, stating that the United States should formally declare war.",
     [("reported_speech", "He")]),
    ("British Prime Minister Theresa May said the country would leave.",
     [("reported_speech", "British Prime Minister Theresa May")]),
    # lexicon forms: "made (it) clear", "dubbed", "laid out", "concurred"
    ("Trump made it clear he would not back down.", [("reported_speech", "Trump")]),
    ("The senator dubbed the plan a disaster.", [("reported_speech", "The senator")]),
    ("On Monday, Hillary Clinton sought to turn the tables on him.", [("reported_stance", "Hillary Clinton")]),
    ("The Democrats understood this in 2008.", [("reported_stance", "The Democrats")]),
    # a state's policy is no one's cited stance
    ("For its part, South Korea has sought to increase its participation in peacekeeping.", []),
    ("Russia wants Turkey to close its borders.", []),
    # a legal charge, a price or an election race is no claim
    ("The supporter was later charged with assault.", []),
    ("Russ Feingold, who is challenging Sen. Ron Johnson in Wisconsin, raised $2 million.", []),
    ("Talk had been mounting about a Republican challenging him in the primary.", []),
    ("Ward is challenging McCain for the Arizona Senate seat.", []),
    ("Warren challenged Stumpf in a hearing.", [("reported_speech", "Warren")]),
    ("Trump charged that the election was rigged.", [("reported_speech", "Trump")]),
    # how long someone spoke says nothing of what was said
    ("Trump spoke for 77 minutes, a virtual eternity as far as conventions go.", []),
    ("Clinton spoke briefly, spending the majority of her time taking questions.", []),
    ("Clinton spoke for 30 minutes about the economy.", [("reported_speech", "Clinton")]),
    # nor where or to whom: "spoke" reports speech only of, about or out
    ("The president spoke in a cottage on a Marine base.", []),
    ("Clinton spoke to the Planned Parenthood Action Network on Friday.", []),
    ("Mr. Obama spoke emotionally of his many flights.", [("reported_speech", "Mr. Obama")]),
    ("Obama spoke at the White House on Tuesday about the rights of victims.", [("reported_speech", "Obama")]),
    ("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.", [("reported_speech", "Hillary Clinton")]),
    ("The campaign won\u2019t respond to questions about the memo.", []),
    ("Zucker responded by saying that the network would not pay.", [("reported_speech", "Zucker")]),
])
def test_one_report_per_subject(text, sources):
    _, ev = found(text)
    assert [(e.attrs["kind"], e.attrs.get("source")) for e in ev] == sources


@pytest.mark.parametrize("text, resolved", [
    # "he" or "she" opening a paragraph takes up who the paragraph before named
    ('Maria Lopez, the mayor, spoke at the rally on Friday.\n\n"We will win this fight," she said.', "Maria Lopez"),
    # "they" does not look past its own paragraph (three of three wrong in a judged sample)
    ('Voters turned out early.\n\n"It was close," they said.', None),
    # gender from a title or a role noun, and no body or text is "he"
    ('Ms. Rivera opened the hearing on Monday. "We have questions," he said.', None),
    ('His wife opened the event. "It costs too much," he said.', None),
    ('The Smith campaign released a statement on Monday. "We have questions," he said.', None),
    ('Wall Street would not be thrilled by the plan. "It was fair," he said.', None),
    ('The American Health Security Act would have replaced it. "It was the plan," he said.', None),
    # a prepositional phrase opening a sentence is not its subject
    ('Like Smith, Jones rejected the plan. "It costs too much," he said.', "Jones"),
    # the sentences of a long quotation are the quoted one's words: "he said" after them looks
    # past them to who was named before the quotation opened
    ('Senator Paul Reed has pointed to the case again.\n\n"It is very big. Everybody knew. It was '
     'wrong. They lied. It is really amazing," he said.', "Senator Paul Reed"),
    # a long clause before the subject ("Although ..., Lynch took")
    ("Although it was far from the last word to be said about the candidate's long email scandal, "
     'Attorney General Loretta Lynch took the last step on Wednesday.\n\n"I accepted the advice," she said.',
     "Attorney General Loretta Lynch"),
    # a given name that US birth records give to one sex tells it (not a middle or maiden name)
    ('Jennifer Palmieri released a statement on Monday. "We have questions," he said.', None),
    ('Hillary Clinton spoke first. Bill Clinton followed her. "We will win," she said.', "Hillary Clinton"),
    ('Christine Todd Whitman spoke on Monday. "We have questions," she said.', "Christine Todd Whitman"),
    ('German Chancellor Angela Merkel spoke on Monday. "We have questions," she said.',
     "German Chancellor Angela Merkel"),
    # a country or a US state is no "he"
    ("Belgium failed to act sooner, said Ralf Jager, the minister. \"It was agreed,\" he added.", "Ralf Jager"),
    ("Mr. Obama spoke first. Michigan was only doing what 40 states do, he told the court.", "Mr. Obama"),
    # subjects read whole: a role noun with a possessive or a hyphenated tail, a party tag, a
    # family noun after a possessive; a noun in -ly opens no adverb's clause
    ('The Florida senator\u2019s answer was that the family matters. "It is the job," he said.', "The Florida senator"),
    ('The Republican nominee-in-waiting will seek to move on. "We will win," he said.',
     "The Republican nominee-in-waiting"),
    ('Gov. Chris Christie (R), a staunch ally, spoke on Monday. "It was a mistake," he said.', "Gov. Chris Christie"),
    ("Elliott's father knew Ali for decades. \"He was kind,\" he said.", "Elliott's father"),
    ("Family spokesman Bob Gunnell says Ali was with his wife, Lonnie. The body was taken home, he says.",
     "Family spokesman Bob Gunnell"),
    # adjectives joined by "and", and a capitalised plural group, are no "he"
    ('Charismatic and soulful, the senator spoke for an hour. "We will win," he said.', None),
    ('Republicans, too, have raised money online. "We will win," he said.', None),
    # the number of a subject is its head's, before a prepositional phrase ("Republicans" of
    # "Republicans on Capitol Hill"); after a partitive, what follows "of" tells it
    ('Republicans on Capitol Hill have been scrambling to distance themselves. "It was fair," she said.', None),
    ('Friends of Mr. Clinton have seen him on the trail. "He is effective," they say.', "Friends of Mr. Clinton"),
    ('In a poll released Sunday, just 8 percent of Democrats said they would vote for him. "It is fair," they said.',
     "just 8 percent of Democrats"),
    # a pronoun in a subordinate clause that opens the sentence is its subject
    ("The crowd waited. As he spoke about his party's nomination last Thursday, Trump became the first "
     "candidate to buy a trend.", "Trump"),
    ("Aides were worried. While he refused to release violent criminals, Mr. Obama agreed to a trade.", "Mr. Obama"),
    ('Mr. Smith waited. As he said, "We will win," Mr. Jones walked in.', "Mr. Smith"),
    # a "he" that is the subject of the sentence before goes on: whom it meant, not a name it
    # spoke of; not a "he" inside a quotation
    ('Michael Seaman voted in June. He would like to see the ideas Sanders championed. Even then, he said, '
     'it was hard.', "Michael Seaman"),
    ("Mr. Rubio spoke on Saturday. ''Barack Obama knows exactly what he's doing. He knows it,'' Mr. Rubio said. "
     "Later, he said it again.", "Mr. Rubio"),
    # a prepositional phrase opening a sentence ("Throughout the debate,") is read past to its subject
    ("Sanders said families would pay more, an acknowledgment that advisers to Clinton trumpeted.\n\n"
     "Throughout the debate, Clinton cast herself as the heir. On health care, she said she was the one.", "Clinton"),
    # a plural capitalised only to open its sentence, before "of", is no "he"
    ('Sanders spoke first. Victims of domestic violence would be a distinct group, Sanders said, a policy that '
     'could help them. "This is the just thing to do," he said.', "Sanders"),
    # a speaker described by a definite noun that tells a sex is who "she" goes on about; not
    # an indefinite one, whom the article only brings in
    ('"This is little Fort Pierce!" said Donna Lages, a waitress. "One guy came in and said it," said the woman, '
     'who did not want to be named. "Too much hate," she said.', "the woman"),
    ('Mr. Romney spoke on Monday. "We mourn," said a man at the vigil. "It was terrible," he said.', "Mr. Romney"),
    # an imperative opening a sentence has no subject; it speaks of the one it names
    ("Perhaps a clash was inevitable. Consider the case of Ms. Shanklin-Hawkins. While she says she will "
     "not vote for him, she likes his message.", "Ms. Shanklin-Hawkins"),
    ('Perhaps a clash was inevitable. Watch the video. "It is fair," he said.', None),
    # a time phrase ending in "later" or "earlier", or an adverb in -ly, opening a sentence
    # is read past to its subject
    ('Trump spoke first. Moments later, Rubio made his critique. "It is not a policy," he said.', "Rubio"),
    ('Axelrod spoke. Domestically, Obama has done it by regulation. "It is core," he said.', "Obama"),
    ('Kelly, a former Marine, ran the office. "It was over," he said.', "Kelly"),
    # when the subject cannot be the pronoun, the name right before the clause it opens is;
    # not a word that opens the sentence, nor a day
    ('Elizabeth Warren spoke. "You should resign," Warren told Stumpf, after he admitted the fraud.', "Stumpf"),
    ("A Republican would praise it. Donors made their feelings known to Senator Rubio after he spoke up.",
     "Senator Rubio"),
    ("Mr. Smith spoke. Even as he accused the department, the plan went on.", "Mr. Smith"),
    ("Ms. Jones spoke about it on Monday. Her staff waited until Tuesday when he spoke out.", None),
    # a capitalised plural that names a people is no "he" (a surname after a given name may be)
    ("Mr. Putin spoke. Russians now admire Mr. Putin more. In 2008, he complained.", "Mr. Putin"),
    ('Dottie Deans spoke at the rally. "It was fine," she said.', "Dottie Deans"),
    # "The day before," opens a sentence as "Moments later," does; "Tex." is a state
    ("Mr. Carson spoke. The day before, at a rally in Beaumont, Tex., Mr. Trump was blunt, claiming that "
     "President Obama wanted refugees. ''You'd have to be insane,'' he said.", "Mr. Trump"),
    # "the" and one capitalised word is a thing or a body, no "he" ("The Donald" is one)
    ("Mr. Trump owns three planes. The Boeing is his favorite flying toy, he said in an interview.", "Mr. Trump"),
    ('The Donald spoke for an hour. "It was fine," he said.', "The Donald"),
    # a "front-runner" is a role, read whole
    ('Ms. Smith waited. The Democratic presidential front-runner spoke on Sunday. "It is fair," she said.',
     "The Democratic presidential front-runner"),
    # a surname alone takes the sex its given names and honorifics in the article agree on
    ('Donald Trump spoke on Monday. Trump was angry. "It was unfair," she said.', None),
    ('Anne Marie Murphy spoke first. Chris Murphy came later. Murphy was angry. "It was unfair," he said.',
     "Murphy"),
    # an indefinite appositive opening a sentence describes the subject after it; not a list's
    # first item, nor a report set in ("A Clinton presidency, she vowed, would")
    ("The lawyer Shannon Quill wrote to the court. A high school graduate, Lazar had no formal training. "
     "Later, he told the New York Times that he guessed passwords.", "Lazar"),
    ("Mr. Clarke worked for him. A Democrat, Mr. Justice is running for governor. Through a spokesman, he "
     "declined to comment.", "Mr. Justice"),
    ("Mr. Smith spoke first. A coalition of civil rights groups, Democratic lawyers and the Obama administration "
     "has won. Later, he said it was over.", "Mr. Smith"),
    # the subject after a dateline with its state, after an opening clause whose comma a
    # quotation closes, after a role of several lower-case words or of two roles joined
    ("Obama: Families Care.\n\nORLANDO, Fla. (Reuters) - President Barack Obama met survivors and said the "
     "country must fight what he called homegrown terrorism.", "President Barack Obama"),
    ("During a broadcast of \u201cMSNBC Live,\u201d Marcel Lehel spoke about the server, which he described as "
     "\u201copen.\u201d", "Marcel Lehel"),
    ("Radio talk host Rush Limbaugh used his platform Friday to discuss what he described as a brilliant decision.",
     "Radio talk host Rush Limbaugh"),
    ("Speaking to MSNBC, Clinton's chief pollster and strategist Joel Benenson lashed out at what he characterized "
     "as a nasty campaign.", "Clinton's chief pollster and strategist Joel Benenson"),
    # someone brought in as "a doctor" is taken up by the next sentence only
    ('A doctor examined the patient. "It is fine," she said.', "A doctor"),
    ('A doctor examined the patient. The results came late. "It is fine," she said.', None),
    # a name whose possessive opens a sentence without a source noun is whom it is about; not
    # a contraction, nor when the sentence cites someone else by name
    ("Bernie Sanders spoke. Mr. Smith waited. Sanders's role is under discussion, but he has said a priority "
     "is unity.", "Sanders"),
    ("Mr. Smith spoke. But Trump's attempt at diplomacy was a feint, and he said so.", "Trump"),
    ("Mr. Smith spoke. There's a lot of talk, and he said so.", "Mr. Smith"),
    ('Mr. Cuban spoke. Trump\'s grasp of policy is worrying, Mr. Cuban said. "It is possible," he said.',
     "Mr. Cuban"),
    # a "they" that is the subject of a sentence before goes on, as "he" does
    ('These Republicans do not revile it. They like marriage. They are no fans of the NRA. They accept science. '
     '"It is clear," they said.', "These Republicans"),
    # the last resort: the last name of the pronoun's sex before it, in its sentence or the
    # one before, the word opening the sentence left out
    ("In June 2009, after Mrs. Clinton suffered a concussion, Mr. Axelrod emailed her condolences. Later, she "
     "replied that it was an honor to serve.", "Mrs. Clinton"),
    ("The Boeing is old. Though Ms. Olivieri came late, the others waited. Later, she said it was fun.",
     "Ms. Olivieri"),
    # whom its own sentence cites by name before it, when the article tells that one's sex
    ('Mr. Jones spoke. "It is clear," said Sen. Mark Smith, who voted against the bill because he thought it weak.',
     "Sen. Mark Smith"),
    ("Hillary Clinton spoke first. When Sanders accused Clinton of being weak, she said it was false.",
     "Hillary Clinton"),
    # the named subject of a clause opening the sentence, whose sex the article tells, is who
    # the main clause's pronoun is; not a condition's
    ("Michael Sherman joined the paper when it was small. Things have changed, Ms. Palmer says. When Sherman was "
     "at Columbia, he argued that reporting mattered.", "Sherman"),
    ("Mr. Bush spoke. If Clinton is elected, he said, the country will suffer.", "Mr. Bush"),
    # "Whatever" opens a clause as "When" does; it is no name
    ("Mr. Sroka spoke. Whatever route he chooses, Sanders has become a leader.", "Sanders"),
    # a subject that is one common word, capitalised only to open its sentence, yields to the
    # speaker the sentence names
    ('Ms. Scagnelli spoke first. Couple global exposure with a big candidate and residents get nervous, said '
     'Christine Link. "It was fun," she said.', "Christine Link"),
    # the last source a sentence names that agrees with the pronoun, not merely its last one
    ("Ms. Sarandon is a fan of Mr. Sanders. \u201cIt is a real concern,\u201d Susan Sarandon told MSNBC when asked "
     "about concerns that Sanders\u2019s supporters would not support Mrs. Clinton. \u201cI think so,\u201d she said.",
     "Susan Sarandon"),
    # a common noun subject is who the full name set off after it names, when its sex is told;
    # not a plural's examples, nor a body
    ("Mr. Jones spoke first. One delegate, Alabama party chairwoman Nancy Worley, pledged her vote to "
     "Mrs. Clinton. \u201cWe need to close the primary,\u201d she said.", "Nancy Worley"),
    ("Mr. Trump added a tweet. Mr. Trump's campaign chairman, Paul Manafort, dismissed the criticism. Later, "
     "he said the plan was dead.", "Paul Manafort"),
    ("Elliott's father, the Rev. Charles Elliott Jr., knew Ali for decades. \"He was kind,\" he said.",
     "Rev. Charles Elliott Jr."),
    ("Mr. Smith spoke. Other candidates, including Carly Fiorina and Ben Carson, have followed his lead. "
     "\u201cIt is over,\u201d he said.", "Mr. Smith"),
    # a speech tag between commas after the subject: the subject is what the speaker speaks of
    ("Johnson is more tactful. In his speech, Johnson tells one joke about Trump. The Republican nominee, "
     "he said, watched the Olympics to see the pole vaulters.", "Johnson"),
    # a name after "a" modifies a noun: no one "she" can be
    ("Hillary Clinton promised to deliver change. A Clinton presidency, she vowed, would bring jobs.",
     "Hillary Clinton"),
    # who replies is whom the sentence before asked or wrote to
    ("Sanders stopped at a school. A reporter asked Sanders how the day was going. Then he replied: \u201cThe "
     "bigger the turnout, the better I feel.\u201d", "Sanders"),
    ("\u201cDidn\u2019t we use it first?\u201d Clinton writes to Sullivan. Later he responds, \u201cYes, but happy to "
     "give it to them.\u201d", "Sullivan"),
    # the speaker set between commas after the subject goes on speaking, not whom he spoke of
    ("Sexton teaches writing. \u201cI see them at these Trump things,\u201d Sexton said.\n\nTrump, Sexton said, "
     "has created a strange zone.\n\u201cSo afterwards, his supporters feel justified,\u201d he said.", "Sexton"),
    # the pronoun opening the clause a named speaker reports is that speaker, not the object after it
    ("Trump pumped Eddie Whitlock for information. \u201cHe knew it was important,\u201d Whitlock said, "
     "adding that he told Trump to focus on jobs.", "Whitlock"),
    # a dateline before a clause the pronoun opens: the subject after the clause is who "he" is
    ("Obama spoke first. Then came the rest.\n\nNEWPORT NEWS, Va. - As he welcomed the guests, Rep. Bobby "
     "Scott said the state would vote.", "Rep. Bobby Scott"),
])
def test_who_a_pronoun_refers_to(text, resolved):
    _, ev = found(text)
    pronouns = [e for e in ev if e.attrs.get("source") in ("he", "she", "they")]
    assert len(pronouns) == 1
    assert pronouns[0].attrs.get("source_resolved") == resolved


@pytest.mark.parametrize("text, source", [
    # a place or a body after "of", "in", "at" or "for" in an appositive is where someone is
    # from or works, not who speaks
    ("Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is the climate.", "Brianne Stone"),
    ("''We ask them to rank internet platforms,'' Mr. Mahaney, of RBC Capital Markets, said.", "Mr. Mahaney"),
    ("Carole Bower, 75, a retiree in Carthage, Ill., supported the governor.", "Carole Bower"),
    ("Rosa Diaz, who lost her home in the flood in Dayton, Ohio, in July 2012, said the city had ignored her.",
     "Rosa Diaz"),
    ("The mayor of Chicago, Rahm Emanuel, said the city would appeal.", "Rahm Emanuel"),
    # but a name set off after an appositive of someone named before it names what the
    # appositive speaks of (not after a place: "In New Hampshire, the state's top Republican,")
    ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said "
     "every pope was political.", "Giovanni Maria Vian"),
    ("In New Hampshire, the state's top Republican, Jeff Kaufmann, said it was close.", "Jeff Kaufmann"),
    ("His former partner at Lenox, Lawrence B. Cummings, called him a master at deals.", "Lawrence B. Cummings"),
    ("Johnnie Wilson, of Springfield, Va., said the museum was overdue.", "Johnnie Wilson"),
    ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was scared.", "Harry Bond"),
    # a lower-case role with "of" before a name is read whole
    ('"Thanks, Clarkston," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.',
     "master of ceremonies Asab Al-Tabchi"),
    ('"It is within the community," said former secretary of state Hillary Clinton.',
     "former secretary of state Hillary Clinton"),
    # a role ending the sentence keeps its full stop: the role is read whole
    ('"It was close," said the Democratic nominee.', "the Democratic nominee"),
    # an adverb between commas is read past to the subject
    ("Mr. Cole, however, said the plan was sound.", "Mr. Cole"),
    ("Hunter, meanwhile, told reporters that he was staying.", "Hunter"),
    ("The Dalton campaign, for example, said it would wait.", "The Dalton campaign"),
    # and so is a participle's phrase, and "this past week"
    ("Smith, delivering the widow's speech, asked the crowd why.", "Smith"),
    ("Reince Priebus, the party chairman, this past week announced a new website.", "Reince Priebus"),
])
def test_what_sits_between_commas_before_the_verb_is_read_past(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source, kind", [
    # a full name, then "of", "at", "with" or "from" and "the" body it works for: the person
    # speaks, and the phrase is no study or document though it ends in one's name
    ("James Pethokoukis of the American Enterprise Institute wrote that the plan would fail.",
     "James Pethokoukis of the American Enterprise Institute", "reported_speech"),
    ("Conservative commentator Jonah Goldberg of the anti-Trump National Review imagined a deal.",
     "Conservative commentator Jonah Goldberg of the anti-Trump National Review", "reported_stance"),
    ("But the last part, as Paul Krugman of the New York Times points out, is old.",
     "Paul Krugman of the New York Times", "reported_speech"),
    ("Analyst Jane Doe with the Brookings Institution said it was over.",
     "Analyst Jane Doe with the Brookings Institution", "reported_speech"),
    # two capitalised words before it are read whole, though they name a body (not "the West")
    ("The Bank of the West said it was over.", "The Bank of the West", "reported_speech"),
])
def test_a_name_before_the_body_it_works_for_is_the_source(text, source, kind):
    _, ev = found(text)
    assert [(e.attrs.get("source"), e.attrs["kind"]) for e in ev if e.category == "citation"] == [(source, kind)]


def test_a_document_by_a_named_author_stays_a_document():
    from sourcelens.analyzers.citations.rules import _rules
    from sourcelens.analyzers.citations.sources import _uncached_source_kind

    # the name must open the source (after a role) to make it a person's, not come later
    assert _uncached_source_kind("the Mueller Report by Robert Mueller of the Justice Department",
                                 _rules()) == "named_document"
    assert _uncached_source_kind("commentator Jonah Goldberg of the National Review", _rules()) is None


@pytest.mark.parametrize("text, not_the_source", [
    # who was told is no speaker, nor is a pronoun that opens what was said
    ("A woman in Worcester, Massachusetts, told the senator that she was worried.", "the senator"),
    ("Officials at the Housing Office, a division of the city, said they were concerned.", "they"),
    # after ", said" a phrase that a clause goes on from opens what was said
    ('Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the '
     'nation had "a somewhat unifying story" from newspapers were over.', "the days"),
])
def test_what_follows_the_verb_is_not_its_speaker(text, not_the_source):
    assert not_the_source not in cited(text)


@pytest.mark.parametrize("text", [
    # a floated "both", "each" or "all" between a form of "be" and the verb: a passive, whose
    # subject is who is seen, not who sees (the word itself is no source either)
    "However, Trump and Texas Sen. Ted Cruz are both seen as candidates who would fight.",
    "Clinton and Sanders are each viewed positively by about half of voters.",
])
def test_a_passive_with_a_floated_quantifier_cites_no_one(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, source", [
    # a wire story's dateline is no subject, nor is a participle opening the sentence
    ("PARIS, Aug 31 (Reuters) - The party leader, Marine Le Pen, voiced support for the plan on "
     "Wednesday, saying it would bring jobs.", "The party leader"),
    ("TALLAHASSEE \u2014 Rep. Gwen Graham on Friday praised the plan, saying it was overdue.", "Rep. Gwen Graham"),
    ("Having announced that he would not send me to prison, Judge Berman went on, saying it was fair.",
     "Judge Berman"),
    ("Pressed by reporters, Clinton declined to answer, saying it was a private matter.", "Clinton"),
    # an uncommon -ing form before a particle or preposition opens a participle's clause too
    ("Weighing in on the discussion, Mike Huckabee agreed, praising his friend.", "Mike Huckabee"),
    ("Filling in for Sanders at the event, West landed a dig at \"my dear sister Hillary Clinton.\"", "West"),
    # nor is a city's state after an opening place phrase
    ("At a rally in Portsmouth, N.H., on Tuesday, Senator Ann Ruiz said the race was close.", "Senator Ann Ruiz"),
    ("At a town hall event in Salem, New Hampshire, Trump went after Bush, calling him weak.", "Trump"),
])
def test_no_dateline_or_participle_is_a_subject(text, source):
    assert cited(text) == [source]


@pytest.mark.parametrize("text, source", [
    # an adverb may open an appositive ("also a candidate", "now a commentator")
    ('Sen. Tom Rowe (R-Texas), also a presidential hopeful, called the plan "abhorrent" on Sunday.', "Sen. Tom Rowe"),
    # a name after "to", "of" or "about" before a colon is who was addressed or discussed
    ('Leader Mitch Dale, R-Ky., delivered a blunt message to Trump: "It is time to quit."', "Leader Mitch Dale"),
])
def test_who_speaks_before_a_quotation(text, source):
    assert cited(text)[0] == source


@pytest.mark.parametrize("text", [
    "Many Mexicans felt betrayed when the president invited him.",
    "Some Democrats say the plan is dead.",
    "Most Americans believe the economy is weak.",
])
def test_a_quantified_group_is_an_anonymous_attribution(text):
    assert kinds(text) == ["vague_group"]


@pytest.mark.parametrize("text, source", [
    # a number word, "one" and a person, "one of the" a group: unnamed all the same
    ("One official said the talks failed.", "One official"),
    ("\u201cTrump is cute,\u201d one user wrote.", "one user"),
    ('"It works," said one former senior agency official.', "one former senior agency official"),
    ("One of the attendees at these conferences said the donors stay.", "One of the attendees at these conferences"),
    # who is meant comes before a preposition or what they are said to know
    ("Critics of the plan said it would fail.", "Critics of the plan"),
    ("The economy was weak, officials in both cities said.", "officials in both cities"),
    ("Trump is shut out, according to a dozen party leaders and officials involved in the process.",
     "a dozen party leaders and officials involved in the process"),
    # a plural of people in lower case names no one at a sentence's start either
    ("Reporters know they are being spun.", "Reporters"),
    ("Voters said the economy was weak.", "Voters"),
    # a quantifier before a long group, or before studies and reports
    ("The figures are wrong, many elite politicians and veteran pollsters said.",
     "many elite politicians and veteran pollsters"),
    ("Clinton said the disclosure was full, but multiple reports reveal that is untrue.", "multiple reports"),
    ("Activists could gain, as some liberals hope.", "some liberals"),
    ("Multiple outlets reported on Wednesday that the talks had failed.", "Multiple outlets"),
    # the agent of a passive, as the subject of an active verb
    ("Obama will probably be remembered by historians as a liberal champion.", "historians"),
    ("She is seen by other leaders of the party as uniquely credible.", "other leaders of the party"),
    # a clause's "that" before them, "Authorities", a group of people, one unnamed study
    ("They killed a religious-freedom bill that critics called anti-gay.", "critics"),
    ("Authorities blame a powerful explosion on Kurdish militants.", "Authorities"),
    ("A group of nuns said they would boycott his speech.", "A group of nuns"),
    ("He would cut taxes, but one study found that he would raise them.", "one study"),
    # research no one names, as "studies show" ("exit polls", "the polls", "records show" stay cited)
    ("Polls show that Clinton is weakest among Hispanic voters.", "Polls"),
    ("According to recent polls, Trump holds only 14 percent of the vote.", "recent polls"),
    # a first word in capitals that the text writes in lower case elsewhere is no name
    ("Military analysts say Putin would refuse. The military aid was cut.", "Military analysts"),
    ("Legal experts suggest the tactic could fail. It faces legal limits.", "Legal experts"),
    ("Administration officials said they hoped so. The administration agreed.", "Administration officials"),
    # the whole unnamed source, not its head alone; not the words that open its clause
    ("Turnout was the highest in years, political scientists say.", "political scientists"),
    ("The firm filed in Richmond, where restructuring experts say judges are kind.", "restructuring experts"),
    # "another" as "one" before a person; a comparison's "the", not one pointing back
    ('"Yet another state we would have won," another supporter wrote on Reddit.', "another supporter"),
    ("The more politics gets polarized, the more voters fear the candidate.", "the more voters"),
    # a quantifier before a group named by a people, a party or a person it backs
    ("In those fields, many European citizens feel left out.", "many European citizens"),
    ("On Wednesday, some Sanders backers urged him to fight on.", "some Sanders backers"),
    # one person, a name before the noun of whom they work for or back
    ("\u201cTrump is bigger than the party,\u201d said one Trump confidant.", "one Trump confidant"),
    ("\u201cThis is crucial,\u201d said one former GOP leadership aide.", "one former GOP leadership aide"),
])
def test_unnamed_people_are_anonymous_sources(text, source):
    _, ev = found(text)
    assert [e.attrs.get("source") for e in ev if e.category == "anonymous_attribution"] == [source], \
        [(e.category, e.attrs.get("source")) for e in ev]
    assert source not in cited(text)


@pytest.mark.parametrize("text", [
    "Organizers say they want to avoid violence.",
    "Aides said Mr. Obama simply believed in honestly airing differences.",
    'Parliament will debate a ban; one lawmaker called Trump "the orange prince of American self-publicity."',
])
def test_a_report_by_an_unnamed_source_holds_no_second_report(text):
    # as a named source's report holds none ("Obama said he was not speaking about Trump"): what
    # the unnamed source says is theirs, not a citation of the one it speaks of
    assert kinds(text, "citation") == [], found(text)[1]
    assert len(kinds(text, "anonymous_attribution")) == 1


@pytest.mark.parametrize("text, source", [
    ("Two candidates said the talks failed.", "Two candidates"),          # some of those named
    ("Americans say the talks failed.", "Americans"),                     # a people, in capitals anywhere
    ("The most recent poll shows Cruz has fallen.", "most recent poll"),  # a superlative, not a share
    ("A majority of voters expect Clinton to win.", "A majority of voters"),  # a poll's share
    ("Sanders is joining the lawsuit, according to one of his senior aides.", "one of his senior aides"),
    # named beside it, after or before
    ("One of the men, Jessie Elkins, 70, said he was convinced.", "Jessie Elkins"),
    ("Exit polls told a tale of two parties.", "Exit polls"),
    ("Other recent polls from Monmouth University show a 56% approval.", "Monmouth University"),
    ("David Fenton, a longtime strategist for progressive causes, said its goal was clear.", "David Fenton"),
    # a first word in capitals that is a name elsewhere in the text, or never written in lower case
    ("Military analysts say Putin would refuse. The Military Times wrote of military aid.", "Military analysts"),
    ("Clinton aides said the plan would work. The plan was new.", "Clinton aides"),
])
def test_sources_named_or_pointed_back_to_are_no_anonymous_attribution(text, source):
    _, ev = found(text)
    assert not [e for e in ev if e.category == "anonymous_attribution"], [(e.attrs["kind"], e.text) for e in ev]
    assert source in cited(text)


@pytest.mark.parametrize("text, source", [
    # a source that ends in a possessive names the possessor when what is possessed is a thing
    ("The Florida senator\u2019s answer was that \u201cthe family is the most important institution.\u201d",
     "The Florida senator"),
    ("Bill Clinton\u2019s stock answer then \u2014 \u201cI\u2019ll be alright whatever happens\u201d \u2014 was repeated.",
     "Bill Clinton"),
    # a possessive written as an apostrophe after an s
    ('Ouisa Davis\' commentary, "Melania, tell your immigrant story," is very thoughtful.', "Ouisa Davis"),
])
def test_a_possessive_source_names_the_possessor(text, source):
    _, ev = found(text)
    assert [e.attrs.get("source") for e in ev if e.category == "citation"] == [source]


@pytest.mark.parametrize("text, source", [
    ("Bernie Sanders's campaign says it raised $5 million.", "Bernie Sanders's campaign"),
    ("Bernie Sanders\u2019 campaign says it raised $5 million.", "Bernie Sanders\u2019 campaign"),
    ("Mr. Rubio's advisers privately conceded that it hurt.", "Mr. Rubio's advisers"),
])
def test_a_possessor_is_named_whole(text, source):
    assert cited(text) == [source], found(text)[1]


@pytest.mark.parametrize("text, source", [
    # after "said" and a determiner, the noun of a person that a name modifies ends the source
    ("\u201cWe won,\u201d said the Romanian hacker.", "the Romanian hacker"),
    ("\u201cIt works,\u201d said a Clinton campaign spokesman.", "a Clinton campaign spokesman"),
])
def test_a_person_noun_after_a_name_ends_the_source(text, source):
    assert cited(text) == [source], found(text)[1]


@pytest.mark.parametrize("text, source", [
    ("We don't care. Everything Trump says is a lie.", "Trump"),
    ("Nothing Clinton said was new.", "Clinton"),
])
def test_an_indefinite_pronoun_before_a_name_is_no_part_of_it(text, source):
    assert cited(text) == [source], found(text)[1]


@pytest.mark.parametrize("text, resolved", [
    ("Disclosure is weak, the report says. It also points out that the penalties are light.", "the report"),
    ("\u201cLouisiana is a red state,\u201d the newspaper admitted. \u201cBut this is a crisis,\u201d it added.",
     "the newspaper"),
    ("Barden helps lead a group. The group seeks to prevent what it calls gun violence.", "The group"),
])
def test_a_source_it_is_the_body_or_text_cited_before_it(text, resolved):
    its = [e for e in found(text)[1] if e.attrs.get("source", "").lower() == "it"]
    assert its and all(e.attrs.get("source_resolved") == resolved for e in its), found(text)[1]


@pytest.mark.parametrize("text", [
    "Clinton said the plan works. It also points out that the penalties are light.",   # a person
    "The Obamas cut back the ritual because it is demanding.",                        # nothing cited
])
def test_a_source_it_with_no_body_or_text_before_it_is_given_none(text):
    assert all("source_resolved" not in e.attrs for e in found(text)[1]
               if e.attrs.get("source", "").lower() == "it"), found(text)[1]


@pytest.mark.parametrize("text", ["No one expected a full 90 minutes of policy.",
                                  "Not only are the caucuses far away, no one knows what the field will be."])
def test_no_one_is_no_source(text):
    assert found(text)[1] == []


def test_a_verb_before_a_speakers_name_and_colon_is_no_part_of_the_name():
    text = "The code would grow. Said Ellis: \u201cI don\u2019t get the sense she\u2019s interested.\u201d"
    assert cited(text) == ["Ellis"], found(text)[1]
    assert [e.text for e in found(text)[1]] == ["Said Ellis:"]


@pytest.mark.parametrize("text, possessor", [
    ("Her campaign said this week that Sanders' plan would jeopardize health care.", "Sanders"),
    ("Even before Francis' remarks about him, Mr. Trump had criticized the pope.", "Francis"),
    ("The map expands in Democrats' favor.", "Democrats"),
    # nor is the relative clause's head who speaks: "people" do not call
    ("It means winning over people who responded to Sanders' call for a new politics.", "people"),
])
def test_a_noun_after_an_apostrophe_possessive_is_no_verb(text, possessor):
    # "Sanders' plan", like "Sanders's plan": a thing of his, not "Sanders' [who] plan[s]"
    assert not [e for e in found(text)[1] if possessor in e.attrs.get("source", "")], found(text)[1]


@pytest.mark.parametrize("text, source", [
    # the message is how they spoke; who put it out is cited
    ('On Saturday, Trump issued a statement saying that Scalia was "a remarkable person."', "Trump"),
    ("His office put out a statement Tuesday saying it would appeal.", "His office"),
    ("Senate Majority Leader Mitch McConnell (R-Ky.) issued a statement saying the Senate should wait.",
     "Senate Majority Leader Mitch McConnell"),
    ("After the attacks, Trump released a new radio ad calling it dangerous.", "Trump"),
    ("He released a letter from his doctor Friday afternoon that says he is fit.", "He"),
    ("Rubio's campaign sent out a press release saying Murphy owes Florida an explanation.", "Rubio's campaign"),
    # not a message put out by someone named before it: the message, or the words on it, stay
    ('Palin posted her message under a headline that said, "ISIS Declares Death."', "a headline"),
    ("Trump's statement saying he won was read aloud.", "Trump's statement"),
])
def test_who_put_out_a_message_is_its_source(text, source):
    assert cited(text)[0] == source


@pytest.mark.parametrize("text, sources", [
    # a word of when between a form of "be" and the verb leaves it passive: the agent after
    # "by" reports, and the subject is what was reported, or who was asked
    ("Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.", ["BuzzFeed"]),
    ("The meeting was first reported by Politico.", ["Politico"]),
    ("Thiel's support for Trump was first noted when he was on a list.", []),
    ("It was the wording Ryan used in May when he was first asked if he would support Trump.", []),
])
def test_a_passive_with_a_word_of_when_cites_its_agent(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, source", [
    # an adverb of frequency or a linking adverb between the speaker and the verb is read past
    ("The numbers changed over the summer, as Sanders has sometimes acknowledged.", "Sanders"),
    ("Carter however said he would welcome China's participation.", "Carter"),
    ("The American Legion has twice complained about the wait.", "The American Legion"),
    ("Clinton has nevertheless called his vote a mistake.", "Clinton"),
    ("Chaffetz and Goodlatte (R-Va.), for example, earlier asked the attorney whether it was true.",
     "Chaffetz and Goodlatte"),
    ("An earlier report in a New Hampshire paper said that Sanders had used it.",
     "An earlier report in a New Hampshire paper"),
    # ", then says": a second verb of the sentence's subject, not of the noun before the comma
    ("Kasich jokingly offered the man a job as Secretary of Defense, then says he'll welcome advice.", "Kasich"),
])
def test_an_adverb_before_the_verb_is_no_source(text, source):
    assert cited(text)[0] == source


@pytest.mark.parametrize("text", [
    # the writer's aside, and a comparison after a comma, report no one
    "It's worth noting that this is the first time in American history.",
    "Conversely, a majority of Republican statements (52%) were rated as false, compared to only 24% of "
    "Democratic statements.",
    "When Kasich is matched up against Clinton, 45 percent back him, compared with 40 percent for her.",
    "Obama is viewed favorably by 50 percent compared to 45 percent who view him unfavorably.",
])
def test_an_aside_or_a_comparison_cites_no_one(text):
    assert cited(text) == []


@pytest.mark.parametrize("text", [
    # a plural after "have" is a noun (a perfect takes "claimed"), and "campaign" after a
    # name is the head of a noun compound
    "Besides China, Brunei and Taiwan have claims in the area.",
    "If the I.R.S. has questions about the returns, it can ask.",
    "The Sanders campaign spent $2 million more than the Clinton campaign on television ads.",
])
def test_a_cue_word_read_as_a_noun_cites_no_one(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, sources", [
    # a single name takes a verb in -s, so its plain form after one is a noun
    ("All were confirmed with Republican support.", []),
    ("Close call.", []),
    ("He still has a skeleton staff and a Secret Service detail.", []),
    ("The yield on the 10-year Treasury note fell to 1.45 percent.", []),
    ("Clinton sent a Twitter comment on the news.", []),
    # but not after a plural, a quantifier, a modal, a coordination or a verb taking a bare infinitive
    ("Rabbis vow to boycott the speech.", ["Rabbis"]),
    ("Police say he posed a danger.", ["Police"]),
    ("Both think the plan will fail.", ["Both"]),
    ("Mr. Grassley and Mr. Leahy say the program is open to fraud.", ["Mr. Grassley and Mr. Leahy"]),
    ("Why would someone like Mr. Clarke want to take it over?", []),
    ("Supporters in Congress say the program creates jobs.", ["Supporters in Congress"]),
    ("Data from the 2014 American Community Survey show that incomes fell.", ["American Community Survey"]),
    ("Mr. Putin forecast that oil prices would rise.", ["Mr. Putin"]),
])
def test_a_plain_form_after_a_single_name_is_a_noun(text, sources):
    assert cited(text) == sources


@pytest.mark.parametrize("text, resolved", [
    # a sentence opening "For" someone is about that one: its "he" or "she", and the next sentence's
    ("Trump spoke in Ohio. For Mr. Biden, after eight years in the job, the appearance hinted at the "
     "niche he sees for himself.", "Mr. Biden"),
    ("DES MOINES - The attacks reframed the race. For Democratic front-runner Hillary Rodham Clinton, the "
     "attack was an opportunity. She also said she would answer questions.", "Hillary Rodham Clinton"),
])
def test_a_person_a_sentence_is_for_is_who_its_pronoun_is(text, resolved):
    _, ev = found(text)
    assert resolved in [e.attrs.get("source_resolved") for e in ev], [
        (e.text, e.attrs.get("source"), e.attrs.get("source_resolved")) for e in ev]


@pytest.mark.parametrize("text, expected", [
    # a verb of speech right after its noun and before "by": the agent is the source
    ("The plan drew fire, as first reported by The New York Times on Tuesday.",
     [("reported_speech", "The New York Times")]),
    ("The practice was criticized by civil rights groups, a practice criticized by Miller.",
     [("reported_speech", "civil rights groups"), ("reported_speech", "Miller")]),
    # a verb of stance right after its noun is no one's stance: the noun is acted on
    ("It was a crowded field of Republicans backed by super PACs.", []),
    ("They cited the figure at the Commander-in-Chief Forum viewed by 14.7 million people.",
     [("reported_speech", "They")]),
    # ... but a participle of feeling is the noun's feeling
    ("Last September, German authorities worried by the increase passed a law.",
     [("reported_stance", "German authorities")]),
    # an aside's agent speaks neither the clause after it nor the quotation
    ("Sanders slammed an effort supported by Obama and House leaders that Sanders said would make "
     "\u201ca terrible situation even worse.\u201d",
     [("reported_speech", "Sanders"), ("reported_speech", "Sanders"), ("quotation", "Sanders")]),
    ("On Friday, Gingrich \u2014 mentioned by Newsmax as the leading choice \u2014 told Bill O\u2019Reilly of Fox "
     "News, that \u201cyou have to look at it very seriously, of course.\u201d",
     [("reported_speech", "Gingrich"), ("reported_speech", "Newsmax"), ("quotation", "Gingrich")]),
])
def test_a_participle_before_by_cites_its_agent_when_it_speaks(text, expected):
    _, ev = found(text)
    assert [(e.attrs["kind"], e.attrs.get("source")) for e in ev if e.category == "citation"] == expected


@pytest.mark.parametrize("word, bare", [
    ("senator's", "senator"), ("senator\u2019s", "senator"), ("TRUMP'S", "TRUMP"), ("Sanders'", "Sanders"),
    ("DAVIS\u2019", "DAVIS"), ("its", "its"), ("Ross", "Ross"),
])
def test_a_possessive_is_taken_off_as_it_is_known(word, bare):
    from sourcelens.analyzers.citations.words import _is_possessive, _without_possessive

    assert _without_possessive(word) == bare
    assert _is_possessive(word) == (word != bare)
