"""Figure finding and normalisation: one typed span per figure, with its value."""

from __future__ import annotations

import pytest

from sourcelens.analyzers.figures import find_figures, parse_number


def figures(text: str) -> list[tuple[str, str, dict]]:
    return [(text[f.start:f.end], f.kind, f.attrs) for f in find_figures(text)]


def only(text: str) -> tuple[str, str, dict]:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ each type, tricky cases

def test_money_with_currency_prefix_and_scale_is_one_span():
    span, kind, attrs = only("South Korea pays US$867 million a year.")
    assert (span, kind) == ("US$867 million", "money")
    assert attrs["value"] == 867_000_000 and attrs["currency"] == "USD"


def test_money_qualifier_is_part_of_the_figure():
    span, kind, attrs = only("It pays (approximately US$867 million) for basing.")
    assert (span, kind) == ("approximately US$867 million", "money")
    assert attrs["qualifier"] == "approximately"


@pytest.mark.parametrize("text, span, value, currency", [
    ("They asked for $35bn more.", "$35bn", 35e9, "USD"),
    ("The fund holds €2.5 billion.", "€2.5 billion", 2.5e9, "EUR"),
    ("It cost £40 in total.", "£40", 40, "GBP"),
    ("It cost 40 dollars in total.", "40 dollars", 40, "USD"),
    ("A ticket is 50 cents.", "50 cents", 0.5, "USD"),
    ("Reserves reached HK$1.2 trillion.", "HK$1.2 trillion", 1.2e12, "HKD"),
    ("He paid 20 shillings for it.", "20 shillings", 20, "shilling"),
    ("It cost 1.2 million roubles.", "1.2 million roubles", 1200000, "RUB"),
    ("The fine was 300 rubles.", "300 rubles", 300, "RUB"),
])
def test_money_variants(text, span, value, currency):
    got_span, kind, attrs = only(text)
    assert (got_span, kind, attrs["currency"]) == (span, "money", currency)
    assert attrs["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, span, value", [
    ("Spending is 2.6 per cent of GDP.", "2.6 per cent", 2.6),
    ("Contributions rose 6 per cent last time.", "6 per cent", 6),
    ("Turnout was 50% this time.", "50%", 50),
    ("Six percent of voters agreed.", "Six percent", 6),
    ("Rates rose 3 percentage points.", "3 percentage points", 3),
])
def test_percentages(text, span, value):
    assert only(text)[:2] == (span, "percentage")
    assert only(text)[2]["value"] == value


def test_count_with_qualifier_and_thousands_separator():
    span, kind, attrs = only("The US stations over 28,000 troops there.")
    assert (span, kind, attrs["value"], attrs["qualifier"]) == ("over 28,000", "count", 28000, "over")


@pytest.mark.parametrize("text, span, value", [
    ("Three hundred and fifty people came.", "Three hundred and fifty", 350),
    ("About twenty-five men were there.", "About twenty-five", 25),
    ("The city has 1.5 million residents.", "1.5 million", 1_500_000),
    ("She bought a dozen eggs.", "a dozen", 12),
])
def test_counts_in_words_and_scales(text, span, value):
    got = only(text)
    assert got[:2] == (span, "count") and got[2]["value"] == value


@pytest.mark.parametrize("text, span, value, currency", [
    ("A subscription for 62 bucks at Walmart.", "62 bucks", 62, "USD"),
    ("Earn 400$ in gift cards.", "400$", 400, "USD"),       # the sign after the number
    ("It costs 5 € here.", "5 €", 5, "EUR"),
])
def test_informal_money(text, span, value, currency):
    got = only(text)
    assert got[:2] == (span, "money") and (got[2]["value"], got[2]["currency"]) == (value, currency)


def test_a_sign_after_a_number_does_not_steal_the_next_amount():
    assert [f[:2] for f in figures("Pay 5 $10 bills; they beat the Bucks 105 times.")] == [
        ("5", "count"), ("$10", "money"), ("105 times", "quantity")]


def test_one_of_the_is_not_a_count():
    assert figures("It is one of the oldest alliances, and no one denies it.") == []


def test_section_reference_is_not_a_quantity():
    assert figures("Section 2(b) of the Act and Article 5 of the treaty apply.") == []
    assert figures("See page 3 and No. 10 for details.") == []


@pytest.mark.parametrize("text", [
    '<tweet author="@x" timestamp="1474387200" tweet_id="778257943577919488">Hello</tweet>',
    '<tweet author="@x" tweet-date="January 20, 2016" datetime="2016-06-29">Hello</tweet>',
    "Everybody knew what to expect in Round 2, he said.",
])
def test_markup_attribute_values_and_numbered_rounds_are_not_figures(text):
    assert figures(text) == []


def test_figures_after_markup_attributes_still_count():
    assert [f[:2] for f in figures('<tweet author="@x">We won 5 races.</tweet>')] == [("5", "count")]


def test_codes_glued_to_letters_are_not_figures():
    assert figures("COVID-19 hit the G7 and the F-16 fleet in 3-D.") == []


@pytest.mark.parametrize("text, span", [
    ("Analysts fear for the 63-year-old alliance.", "63-year-old"),
    ("Voters aged 45 and older backed him.", "45"),
    ("He left school at age 16 to work.", "16"),
    ("Mary Jones, 38, of Ohio said so.", "38"),   # the news style: a name, then the age in commas
    ("Questions were raised about Trump, who is 70.", "70"),
    ("It topped Reagan, who was 69 when he took office.", "69"),
    ("Crutcher, 40 ― a father and student ― was unarmed.", "40"),   # a dash closes the aside
])
def test_age_is_a_quantity_not_a_count(text, span):
    got = only(text)
    assert got[:2] == (span, "quantity") and (got[2]["unit"], got[2]["measure"]) == ("year", "age")


def test_bare_numbers_that_are_no_age_stay_counts_and_ranges():
    assert [f[:2] for f in figures("In Seoul, 3, 4 and 5 were close.")] == [
        ("3", "count"), ("4", "count"), ("5", "count")]
    assert [f[:2] for f in figures("Those aged 54 to 65 earn less.")] == [("54 to 65", "range")]
    assert only("He was one in 2016.")[:2] == ("2016", "year")  # no ratio with a year
    assert [f[:2] for f in figures("The team, who is 5 for 5 today, won.")] == [  # no clause end
        ("5", "count"), ("5", "count")]


@pytest.mark.parametrize("text", [
    "Students at Intermediate School 285 can join.", "Most Fortune 500 companies pay.",
    "He flew a Boeing 757 and watched Super Bowl 50.", "Proposition 8 passed, then Windows 10 shipped.",
])
def test_numbers_that_are_part_of_a_name_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, span, value, unit", [
    ("The border is 250 km long.", "250 km", 250, "km"),
    ("Talks lasted 12 hours.", "12 hours", 12, "h"),
    ("They shipped 3 million tonnes of grain.", "3 million tonnes", 3e6, "t"),
])
def test_quantities_with_units(text, span, value, unit):
    got = only(text)
    assert got[:2] == (span, "quantity") and got[2]["unit"] == unit
    assert got[2]["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, span, value, granularity", [
    ("The photo was taken on 28 July 2015.", "28 July 2015", "2015-07-28", "day"),
    ("The new term begins come January 2017.", "January 2017", "2017-01", "month"),
    ("It was signed on May 5, 2016, in Seoul.", "May 5, 2016", "2016-05-05", "day"),
    ("The talks resume in May.", "May", "--05", "month"),
    ("We met on Monday to talk.", "Monday", "Monday", "weekday"),
    ("The September figures are due this week.", "September", "--09", "month"),
    ("In an October interview, he said so.", "October", "--10", "month"),
    ("The deadline is 2016-07-28 at noon.", "2016-07-28", "2016-07-28", "day"),
])
def test_dates(text, span, value, granularity):
    got = only(text)
    assert got[:2] == (span, "date")
    assert got[2]["value"] == value and got[2]["granularity"] == granularity


def test_may_the_modal_and_may_without_context_are_not_dates():
    assert figures("Pyongyang may find that it is in its interests.") == []
    assert figures("May I ask why? March on, they said.") == []


def test_a_month_before_a_noun_is_a_date_unless_the_month_is_also_a_word():
    # "the September figures" dates the figures; "the May government", "the March on
    # Washington" and "the August body" name something else
    assert figures("The May government fell, and the March organisers left.") == []
    assert figures("He addressed the August body.") == []
    assert figures("The September.") == []  # a month with nothing after it is not a modifier


@pytest.mark.parametrize("text, span, value, granularity", [
    ("According to the 2014 agreement, costs are shared.", "2014", 2014, "year"),
    ("Particularly since the 1990s, things changed.", "1990s", 1990, "decade"),
    ("Since the mid-2000s, Seoul has diversified.", "mid-2000s", 2000, "decade"),
    ("Music of the '90s is back.", "'90s", 1990, "decade"),
    ("Music of the 90's is back.", "90's", 1990, "decade"),
    ("Prices fell in the 1980’s.", "1980’s", 1980, "decade"),
    ("It grew in the second half of the 20th century.", "20th century", 1901, "century"),
    ("We live in the twenty-first century.", "twenty-first century", 2001, "century"),
])
def test_years_decades_centuries_are_their_own_type(text, span, value, granularity):
    got = only(text)
    assert got[:2] == (span, "year")
    assert got[2]["value"] == value and got[2]["granularity"] == granularity


def test_decade_part_is_recorded():
    assert only("Since the mid-2000s, it grew.")[2]["part"] == "mid"


def test_year_followed_by_a_count_noun_is_a_count():
    assert only("Some 2000 people marched.")[1] == "count"


@pytest.mark.parametrize("text, span, value", [
    ("For the fifth consecutive month, prices fell.", "fifth", 5),
    ("She finished 3rd in the race.", "3rd", 3),
])
def test_ordinals(text, span, value):
    got = only(text)
    assert got[:2] == (span, "ordinal") and got[2]["value"] == value


@pytest.mark.parametrize("text", [
    "He invoked his 5th Amendment rights.",
    "He invoked his Fifth Amendment rights.",
    "The 6th Circuit Court of Appeals ruled against them.",
    "She represents Indiana's 4th Congressional District.",
    "They met at 23rd Street.",
    "Imports from the Third World fell.",
    "He cited the 13th amendment and the 2nd amendment.",   # informal lower case
    "They live between the 96th Street and 104th streets.",
])
def test_ordinals_inside_names_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, span", [
    ("He is the 45th President of the United States.", "45th"),
    ("Before the third Democratic debate, he rested.", "third"),
    ("It was the 102nd Rose Bowl.", "102nd"),
])
def test_ordinals_before_other_capitalised_words_still_rank(text, span):
    assert only(text)[:2] == (span, "ordinal")


@pytest.mark.parametrize("text", [
    "In a comparison done on Zero Hedge, the quotes differ.",
    "The leak at Three Mile Island worried him.",
    "It was the worst loss since World War Two.",
])
def test_capitalised_number_words_inside_names_are_not_figures(text):
    assert figures(text) == []


def test_a_capitalised_number_word_opening_a_sentence_is_a_count():
    assert only("Three Republicans voted against it.")[:2] == ("Three", "count")


@pytest.mark.parametrize("text, expected", [
    ("He was one of 10 finalists.", [("10", "count")]),            # one of a group, not a share
    ("Then 18 of 25 slots were filled.", [("18", "count"), ("25", "count")]),   # "of" needs 10 or 100
])
def test_n_of_m_is_a_share_only_of_ten_or_a_hundred(text, expected):
    assert [(f[0], f[1]) for f in figures(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("It would owe $65.4 billion in taxes.", 65400000000),    # 65.4 * 1e9 = 65400000000.00001 in floats
    ("It earned $19.3 million.", 19300000),
    ("It cost $1,234,567,890,123.", 1234567890123),
])
def test_scaled_money_values_carry_no_floating_point_tail(text, value):
    got = only(text)
    assert got[2]["value"] == value and type(got[2]["value"]) is int


def test_first_and_second_are_discourse_not_ordinals():
    assert figures("For the first time, the second reason matters.") == []


@pytest.mark.parametrize("text, span, value", [
    ("Two-thirds of voters agreed.", "Two-thirds", 0.666667),
    ("One in five adults smoke.", "One in five", 0.2),
    ("About eight out of 10 said it would not matter.", "About eight out of 10", 0.8),
    ("Six in 10 say he is decisive.", "Six in 10", 0.6),
    ("Nine of 10 Republicans back him.", "Nine of 10", 0.9),
    ("Only three of 100 replied.", "Only three of 100", 0.03),
    ("A quarter of the budget went on defence.", "A quarter", 0.25),
    ("Nearly eight of 10 voters say they will watch.", "Nearly eight of 10", 0.8),   # with its qualifier
    ("About two-thirds of them agreed.", "About two-thirds", 0.666667),
    ("Add 3/4 of the flour.", "3/4", 0.75),
    ("About one of every nine voters is Latino.", "About one of every nine", 0.111111),
    ("One in every five adults smoke.", "One in every five", 0.2),
])
def test_fractions(text, span, value):
    got = only(text)
    assert got[:2] == (span, "fraction") and got[2]["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, span, of, values", [
    ("The court made a surprise 5-4 decision.", "5-4", "count", [5, 4]),
    ("The committee voted 19-15 along party lines.", "19-15", "count", [19, 15]),
    ("Clinton would beat Trump 46 to 40 percent.", "46 to 40 percent", "percentage", [46, 40]),
    ("Democrats outnumber them by a 2 to 1 margin.", "2 to 1", "count", [2, 1]),
    ("A 4-4 ruling would stand.", "4-4", "count", [4, 4]),
    # the first below the second: a result after a word of winning or losing, a net rating,
    # or a split whose difference the sentence gives in points
    ("She lost the state 36 percent to 51 percent.", "36 percent to 51 percent", "percentage", [36, 51]),
    ("He has a negative 42%-49% approval rating.", "42%-49%", "percentage", [42, 49]),
    ("By a 2-to-1 vote, the court sent it back.", "2-to-1", "count", [2, 1]),
    ("It was Romney's 73-to-25 percent victory.", "73-to-25 percent", "percentage", [73, 25]),
])
def test_two_numbers_set_against_each_other_are_a_tally_not_a_range(text, span, of, values):
    assert only(text) == (span, "tally", {"of": of, "values": values})


def test_a_hyphenated_low_to_high_pair_is_no_tally():
    assert figures("He got 3-to-5 years.") == [("3", "count", {"value": 3})]
    assert figures("They met one-to-one.") == []


def test_a_split_whose_difference_was_given_in_points_is_a_tally():
    found = figures("It is a 20-point deficit among women (34%-54%) and 5 points among men (40%-47%).")
    assert [(t, k) for t, k, _ in found] == [("20-point", "quantity"), ("34%-54%", "tally"),
                                             ("5 points", "quantity"), ("40%-47%", "range")]  # 47 - 40 is not 5


@pytest.mark.parametrize("text, span, of, low, high", [
    ("Spending grew between 5 and 10 per cent a year.", "between 5 and 10 per cent", "percentage", 5, 10),
    ("Spending grew 5-10% a year.", "5-10%", "percentage", 5, 10),
    ("The war lasted 1950-1953 in all.", "1950-1953", "year", 1950, 1953),
    ("The plan covers 2010–15 only.", "2010–15", "year", 2010, 2015),
    # a suspended hyphen: "18-" shares "year-old" with "24"
    ("In one category, 18- to 24-year-old veterans.", "18- to 24-year-old", "quantity", 18, 24),
    ("Polls of 18- to 29-year-olds differ.", "18- to 29-year-olds", "quantity", 18, 29),
    # the first number shares the scale of the second
    ("Between 1.5 and 2 million people came.", "Between 1.5 and 2 million", "count", 1_500_000, 2_000_000),
    ("It would cost between $5 and $10 million.", "between $5 and $10 million", "money", 5_000_000, 10_000_000),
    ("A one-time payment of $5-10 billion.", "$5-10 billion", "money", 5_000_000_000, 10_000_000_000),
    ("It cost $1.5 to $2 billion.", "$1.5 to $2 billion", "money", 1_500_000_000, 2_000_000_000),
    # ... unless it has a scale or a thousands separator of its own
    ("It hit between 500,000 and 2 million people.", "between 500,000 and 2 million", "count", 500_000, 2_000_000),
])
def test_ranges_are_one_figure(text, span, of, low, high):
    got = only(text)
    assert got[:2] == (span, "range")
    assert (got[2]["of"], got[2]["low"], got[2]["high"]) == (of, low, high)


@pytest.mark.parametrize("text, span, low, high", [
    ("The survey was conducted September 16-19, using a sample.", "September 16-19", "--09-16", "--09-19"),
    ("We met on March 3\u20135 in Paris.", "March 3\u20135", "--03-03", "--03-05"),
    ("The poll was conducted from Sept. 19 to 22, by phone.", "Sept. 19 to 22", "--09-19", "--09-22"),
    ("The poll was conducted Nov. 6 through 10.", "Nov. 6 through 10", "--11-06", "--11-10"),
])
def test_a_range_of_days_is_one_date_range(text, span, low, high):
    got = only(text)
    assert got[:2] == (span, "range") and (got[2]["of"], got[2]["low"], got[2]["high"]) == ("date", low, high)


def test_a_date_with_its_year_takes_no_day_after_a_dash():
    assert [f[1] for f in figures("On July 28, 2015-16 was the season.")] == ["date", "count"]


@pytest.mark.parametrize("text", [
    "Assets grew by $1.5 billion to $352.7 billion.",
    "It would raise the minimum wage from the current $7.25 to $12.",
    "It rose from 5% to 6% last year.",
    "The IMF raised its forecast by 0.1 percentage points to 4.2 percent.",
])
def test_a_change_from_one_amount_to_another_is_two_figures(text):
    assert len(figures(text)) == 2, figures(text)


@pytest.mark.parametrize("text, first", [
    ("It rose from 3 to 5 percent.", ("3", "percentage", {"value": 3})),
    ("Support went from 40 to 50 percentage points.", ("40", "percentage", {"value": 40, "unit": "percentage points"})),
    ("Sales grew from 1.5 to 2.3 million units.", ("1.5", "count", {"value": 1_500_000})),
    ("It rose from $3 to $5 billion.", ("$3", "money", {"value": 3_000_000_000, "currency": "USD"})),
    ("It rose from $300 to $500.", ("$300", "money", {"value": 300, "currency": "USD"})),
])
def test_the_bare_first_number_of_a_change_shares_the_unit_and_scale_of_the_second(text, first):
    found = figures(text)
    assert len(found) == 2 and found[0] == first, found


@pytest.mark.parametrize("text, span, kind, value", [
    ("He paid no tax for 15-plus years.", "15-plus years", "quantity", 15),
    ("It has 100,000-plus subscribers.", "100,000-plus", "count", 100_000),
    ("It was a $1 million-plus deal.", "$1 million-plus", "money", 1_000_000),
])
def test_plus_after_a_number_is_its_qualifier(text, span, kind, value):
    assert only(text)[:2] == (span, kind)
    assert (only(text)[2]["value"], only(text)[2]["qualifier"]) == (value, "plus")


@pytest.mark.parametrize("text, span", [
    ("District managers could get $10,000 to $20,000 a year.", "$10,000 to $20,000"),
    ("Hourly salaries range from $15 to $26 an hour.", "from $15 to $26"),
    ("Workers have contracts lasting from three to six months.", "from three to six months"),
    ("The show airs weekdays from 6:00 a.m. to 9:00 a.m.", "from 6:00 a.m. to 9:00 a.m."),
    ("At the start, Cruz garnered just 1% to 3% support.", "just 1% to 3%"),
    ("Its lead is within 3 to 4 percent error.", "3 to 4 percent"),   # "lead", a noun
])
def test_amounts_joined_by_to_without_a_change_are_a_range(text, span):
    assert only(text)[:2] == (span, "range")


def test_times():
    assert only("The vote closes at 6 p.m. today.")[:2] == ("6 p.m.", "time")
    assert only("The vote closes at 10:30 tonight.")[:2] == ("10:30", "time")
    assert only("He tweeted at three o’clock in the morning.")[:2] == ("three o’clock", "time")
    assert only("The plan is due by 6 o'clock tonight.")[:2] == ("6 o'clock", "time")


@pytest.mark.parametrize("text, kept", [
    ("Local news affiliate ABC 7 is reporting it.", []),          # a channel, not a count
    ("Caltrans told KTLA 5 that it was hacked.", []),
    ("In the US 5 people died.", ["5"]),                          # two capitals: a country
    ("AT LEAST 10 KILLED IN BLAST.", ["AT LEAST 10"]),           # a headline in capitals
])
def test_call_letters_make_the_number_after_them_a_channel(text, kept):
    assert [t for t, _, _ in figures(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("2. Donald Trump (Last week: 1)", ["1"]),      # the list's number is no count; the rank after is
    ("3) Taxes are high.", []),
    ("He won 2. Then he lost.", ["2"]),             # not at the start of its sentence
    ("10 people died.", ["10"]),                    # no full stop after it
])
def test_a_list_number_opening_a_line_is_not_a_figure(text, kept):
    assert [t for t, _, _ in figures(text)] == kept


@pytest.mark.parametrize("text", [
    "The pastor cited Exodus 18:21 from the pulpit.",
    "The photo quotes Romans 8:31 beneath it.",
])
def test_chapter_and_verse_is_not_a_time(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Families of 9/11 victims may sue.",
    "The news runs 24/7 now.",
    "It was a 50/50 split.",
])
def test_digit_pairs_that_are_no_fraction_are_not_figures(text):
    assert figures(text) == []


def test_scale_words_without_a_number_are_not_figures():
    assert figures("Demands for billions more came from Washington, and millions of people.") == []


def test_the_peer_reviewed_article_figures_are_all_found_once():
    text = ("in the last renegotiation South Korean contributions increased 6 per cent. "
            "According to the 2014 Special Measures Agreement (SMA), South Korea now pays 50 per cent "
            "of non-personnel costs (approximately US$867 million) associated with US basing. "
            "It amounts to an US$35 billion or 2.6 per cent of their annual GDP.")
    assert [(s, k) for s, k, _ in figures(text)] == [
        ("6 per cent", "percentage"), ("2014", "year"), ("50 per cent", "percentage"),
        ("approximately US$867 million", "money"), ("US$35 billion", "money"),
        ("2.6 per cent", "percentage")]


def test_offsets_are_restricted_to_the_window():
    text = "In 2014 they met. In 2015 they met again."
    found = find_figures(text, 18, len(text))
    assert [(text[f.start:f.end]) for f in found] == ["2015"]


@pytest.mark.parametrize("text, value", [
    ("28,000", 28000), ("2.6", 2.6), ("twenty-five", 25), ("two hundred and fifty", 250),
    ("1.5 million", 1.5e6), ("35bn", 35e9), ("a dozen", 12), ("three thousand", 3000),
    ("nonsense", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("text", [
    "Call the veterans' hotline (800-273-8255) today.",
    "Call 1-800-273-8255 or 202.555.0142 now.",
    "Call (202) 555-0142 before noon.",
])
def test_telephone_numbers_are_not_figures(text):
    assert figures(text) == []


def test_a_range_beside_a_number_is_not_a_telephone_number():
    assert [f[:2] for f in figures("It cost 555-600 dollars and rose 5-10% in 2010-2015.")] == [
        ("555-600 dollars", "range"), ("5-10%", "range"), ("2010-2015", "range")]


@pytest.mark.parametrize("text, span, kind, value", [
    ("The shares climbed 5 3/4 yesterday.", "5 3/4", "count", 5.75),
    ("Withdrawals before age 59 1/2 are taxed.", "59 1/2", "count", 59.5),
    ("The board is 2 1/2 inches thick.", "2 1/2 inches", "quantity", 2.5),
    ("The lease runs for 2½ years.", "2½ years", "quantity", 2.5),
    ("The stake cost $3 1/4 million.", "$3 1/4 million", "money", 3_250_000),
    ("Bonds fell 12 11/16 points.", "12 11/16 points", "quantity", 12.6875),
])
def test_a_whole_number_and_a_fraction_are_one_figure(text, span, kind, value):
    got = only(text)
    assert got[:2] == (span, kind) and got[2]["value"] == pytest.approx(value)


def test_a_year_before_a_date_written_with_a_slash_is_no_mixed_number():
    assert [f[:2] for f in figures("After the 2001 9/11 attacks, it changed.")] == [("2001", "year")]


def test_a_number_of_dozens_is_one_count():
    assert only("Amid the two dozen bureaucrats sits a PC.") == ("two dozen", "count", {"value": 24})


@pytest.mark.parametrize("text, span", [
    ("He ran it in 1:07:06 flat.", "1:07:06"),      # hours, minutes and seconds: one figure
    ("The marathon took 2:08:41.", "2:08:41"),
])
def test_a_time_with_seconds_is_one_figure(text, span):
    assert only(text)[:2] == (span, "time")
