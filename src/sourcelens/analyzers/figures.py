"""Figures: numbers, amounts, percentages, dates and years, found once and typed.

``find_figures(text, start, end)`` scans ``text[start:end]`` (one sentence) with ONE
precompiled regex whose alternatives are tried left to right, longest forms first, so
"approximately US$867 million" is one money figure (not a qualifier, a currency, a
number and a scale word) and "28 July 2015" is one date (not a count and a year).
Neighbouring figures joined by a dash, "to" or "between … and" are then merged into one
``range`` ("2010–2015", "between 5 and 10 per cent", "5-10%", "$35,000 to $60,000 a
year"), or into a ``tally`` when the first of two counts or percentages is not below the
second ("a 5-4 decision", "46 to 40 percent"); "a to b" after a verb of change or "from"
gives a change and stays two figures ("grew by $1.5 billion to $352.7 billion"). The first
number of a range or change shares what is written only after the second: its kind and
unit ("5-10%", "rose from 3 to 5 percent", "18- to 24-year-old"), its currency ("$5-10
billion") and its scale ("between 1.5 and 2 million" runs from 1,500,000). "-plus" after a
number is its qualifier ("15-plus years": at least 15).

Types (``Figure.kind``), with the normalised ``value`` each carries:

=============  =====================================================  ==========================
kind           examples                                               value
=============  =====================================================  ==========================
money          US$867 million, $35bn, €2.5 billion, 40 bucks, 5 €     amount (float) + currency
percentage     50 per cent, 2.6%, six percent, 3 percentage points    number (float)
date           28 July 2015, January 2017, July 28, in May, Monday,   ISO-like "2015-07-28"
               the September figures
time           10:30, 9 am, 6 p.m., ten o'clock                       as written
year           2014, 1990s, the 90's, mid-2000s, 20th century         first year (int) + period
quantity       63-year-old, aged 45, "Smith, 45,", 5 km, 12 hours     number (float) + unit
ordinal        3rd, the fifth, the twentieth                          int
fraction       two-thirds, a quarter of, one in five, one of every 9  float (0-1)
count          28,000, 400, three, 1.5 million, a dozen, 5 3/4, 2½    number (float)
range          2010-2015, between 5 and 10 per cent, Sept. 19 to 22   low, high + the parts' kind
tally          a 5-4 decision, voted 19-15, 46 to 40 percent, 2 to 1  values [first, second] + kind
=============  =====================================================  ==========================

Deliberately NOT figures: references ("Section 2(b)", "Article 5", "No. 10", "page 3"),
numbers glued to letters ("COVID-19", "G7", "F-16", "mp3"), numbers inside names ("the 5th
Amendment", "the Sixth Circuit", "Zero Hedge", "World War Two", "Fortune 500", "Intermediate
School 285", "Boeing 757", "Proposition 8"), telephone numbers, digit
pairs that are no fraction ("9/11", "24/7", "50/50"; "3/4" is one), "one" outside a number
("one of the", "no one", "on one hand"), the modal "may" and "May" without a date
context, and scale words without a number ("billions more", "millions of" are vague
quantities, handled by the vague lexicon, not here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lexicons import compile_regex as _rx
from ..memo import Memo
from .common import trie_regex

# --------------------------------------------------------------------------- vocabulary

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "tn": 1e12, "tr": 1e12, "dozen": 12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6,
}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
CURRENCIES = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₩": "KRW", "₹": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "aud": "AUD", "cad": "CAD",
    "inr": "INR", "chf": "CHF",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "won": "KRW", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "peso": "MXN", "pesos": "MXN", "cent": "USD", "cents": "USD", "pence": "GBP",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "baht": "THB",
    "ringgit": "MYR", "naira": "NGN", "zloty": "PLN", "shekel": "ILS", "shekels": "ILS",
    "rupiah": "IDR", "hryvnia": "UAH", "bucks": "USD",
    # several countries' (Kenya, Uganda, Tanzania, Somalia; Britain's old coin): no one code
    "shilling": "shilling", "shillings": "shilling",
}
# unit word -> canonical unit; the alternation is built longest-first
UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "mm": "mm", "centimetres": "cm", "centimeters": "cm", "millimetres": "mm",
    "feet": "ft", "foot": "ft", "ft": "ft", "inch": "in", "inches": "in", "yard": "yd",
    "yards": "yd", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "gram": "g", "grams": "g", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "litre": "l",
    "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
    "barrel": "bbl", "barrels": "bbl", "acre": "acre", "acres": "acre", "hectare": "ha",
    "hectares": "ha", "square kilometres": "km2", "square kilometers": "km2",
    "square miles": "mi2", "square metres": "m2", "square meters": "m2", "square feet": "ft2",
    "sq km": "km2", "sq ft": "ft2", "km2": "km2", "°c": "degC", "°f": "degF", "degrees": "deg",
    "degree": "deg", "mph": "mph", "km/h": "km/h", "kph": "km/h", "mw": "MW", "gw": "GW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "gb": "GB", "mb": "MB", "tb": "TB",
    "calories": "kcal", "kcal": "kcal", "mg": "mg", "ml": "ml", "volts": "V", "watts": "W",
    "second": "s", "seconds": "s", "minute": "min", "minutes": "min", "mins": "min",
    "hour": "h", "hours": "h", "hrs": "h", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "times": "times", "fold": "times", "points": "points", "point": "points", "goals": "goals", "votes": "votes",
    "seats": "seats",
}
# a four-digit 1500-2099 number followed by one of these is a count, not a year
COUNT_NOUNS = frozenset("""people persons troops soldiers jobs workers employees students children
men women units cases deaths votes copies times residents members users homes houses cars
patients visitors refugees lives hectares acres""".split())
# numbers after these words are references, not quantities ("Section 2(b)", "No. 10")
REFERENCE_WORDS = frozenset("""section sections article articles chapter chapters clause clauses
paragraph paragraphs para rule rules figure fig table tables page pages p pp no nos number item
items part parts volume vol appendix annex title amendment resolution act line lines room
route highway interstate flight channel episode season level phase stage version v gate
platform step exhibit footnote note verse psalm schedule unit grade class form""".split())
# books of the Bible, before "chapter:verse" ("Exodus 18:21"), which reads like a time
SCRIPTURE_BOOKS = frozenset("""Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth
Samuel Kings Chronicles Ezra Nehemiah Esther Job Psalm Psalms Proverbs Ecclesiastes Isaiah Jeremiah
Lamentations Ezekiel Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai
Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians Philippians
Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude Revelation""".split())
# capitalised, these words name something with the number after them: "Intermediate School
# 285", "a Fortune 500 company", "Boeing 747", "Apollo 11", "Windows 10", "Proposition 8",
# "Area 51", "Game 7", "Super Bowl 50" (lower case they count: "a fortune 500 times over")
NAME_NUMBER_HEADS = frozenset("""School Fortune Apollo Boeing Airbus Windows Proposition Prop
Measure Initiative Terminal Pier Local Studio Camp Building District Precinct Ward Area Agenda
Game Round Bowl Formula Bill Question""".split())

# a digit ordinal before one of these is part of a name, not a rank: "the 5th Amendment", "the
# 6th Circuit", "the 4th Congressional District", "23rd Street", "the 82nd Airborne" (before
# other capitalised words it ranks: "the 45th President", "the 102nd Rose Bowl")
ORDINAL_NAME_HEADS = frozenset("""amendment amendments circuit district congressional street streets
avenue avenues precinct ward division regiment brigade battalion infantry cavalry fleet army corps
squadron marines marine airborne armored judicial""".split())

# --------------------------------------------------------------------------- the grammar

# The long word lists below are character tries (common.trie_regex), not plain alternations:
# under IGNORECASE ``re`` enters every branch of an alternation to compare its first letter
# (only case-sensitive literals are skipped cheaply), a trie branches once per letter. Same
# matches: the words that match at one position are prefixes of one another, which a trie
# tries longest first, as the length-sorted alternations did. Units with a space stay a
# plain alternation ahead of the trie (which would read the space as any white space): a
# one-word unit that matches where a two-word one does is a prefix of it, so shorter, and
# was tried after it before too.
_num_word = "(?:" + trie_regex(sorted(list(UNITS_WORDS) + list(TENS_WORDS))) + ")"
_NUMWORD = (rf"(?:(?:{'|'.join(TENS_WORDS)})[- ](?:one|two|three|four|five|six|seven|eight|nine)"
            rf"|{_num_word})")
#: the vulgar fractions a number may end in ("2½"), with their values
VULGAR_FRACTIONS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8,
                    "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"
#: a whole number and a fraction, one number: "5 3/4", "59 1/2", "2½" (a proper fraction with
#: a denominator up to 16: "2001 9/11" is a year and a date)
_MIXED = rf"(?: (?:1[0-5]|[1-9])/(?:1[0-6]|[2-9])(?![\d/])|{_VULGAR})"
_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+|{_MIXED})?|\.\d+)"
_BIG = r"(?:hundred|thousand|million|billion|trillion)"
# a number in words: "three", "twenty-five", "two hundred (and fifty)", "one million", "two dozen"
_WORDS_NUMBER = (rf"(?:{_NUMWORD}(?:[ -]{_BIG}(?:(?: and)? {_NUMWORD})?)*(?: dozen\b)?|an? (?:{_BIG}|dozen))")
_NUMBER = rf"(?:{_DIGITS}|{_WORDS_NUMBER})"
_SCALE_LONG = r"(?:\s?(?:hundred|thousand|million|billion|trillion)s?\b)"
_SCALE_SHORT = r"(?:\s?(?:bn|mn|mln|bln|tn|tr|[mbk])\b)"
_QUAL = (r"(?:(?:approximately|approx\.|about|around|roughly|nearly|almost|over|under|some|"
         r"more than|less than|fewer than|up to|at least|at most|as many as|as much as|as few as|"
         r"as little as|just over|just under|well over|well under|an estimated|estimated|"
         r"a total of|a further|an extra|an additional|only|just|exactly|precisely|"
         r"close to|nearly|upwards of|in excess of|below|above)\s+)")
_CUR_PRE = (r"(?:U\.S\.\$|US\$|AU\$|NZ\$|HK\$|CA\$|[ACS]\$|\$|€|£|¥|₩|₹|"
            r"(?:USD|EUR|GBP|JPY|CNY|RMB|KRW|AUD|CAD|INR|CHF)\s?)")
_CUR_POST = (r"(?:(?:US |U\.S\. |Australian |Canadian |Hong Kong |Singapore )?dollars?|euros?|"
             r"pounds sterling|sterling|yen|yuan|renminbi|won|rupees?|francs?|pesos?|cents|pence|"
             r"ro?ubles?|baht|ringgit|naira|zloty|shekels?|rupiah|hryvnia|shillings?|(?-i:bucks)|"
             r"USD|EUR|GBP|JPY|CNY|RMB|KRW|AUD|CAD|INR|CHF)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ANY_MONTH = rf"(?:{_MONTH}|{_MON_ABBR})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_ORD_WORD = "(?:" + trie_regex(sorted(ORDINAL_WORDS)) + ")"
_FRAC = r"(?:halves|half|thirds?|quarters?|fifths?|sixths?|tenths?)"
# "-plus" after a number makes it a lower bound, like "more than": "15-plus years", "40-plus"
_PLUS = r"(?:-plus\b)?"
_units = "|".join([re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if " " in u]
                  + [trie_regex(sorted(u for u in UNITS if " " not in u))])

# Alternatives in order of preference at one starting position (the regex takes the first
# that matches, and finditer moves left to right): a date before a count, money before a
# count, a decade before a year.
_GRAMMAR = "|".join([
    rf"(?P<date>"
    rf"(?P<d_day>{_DAY})(?:\s+of)?\s+(?P<d_month>{_ANY_MONTH})(?:,?\s+(?P<d_year>{_YEAR4}))?\b"
    rf"|(?P<m_month>{_ANY_MONTH})\s+(?P<m_day>{_DAY})\b(?!\s*(?:%|per\s?cent|,\d))(?:,?\s+(?P<m_year>{_YEAR4})\b)?"
    rf"|(?P<y_month>{_ANY_MONTH})(?:,)?\s+(?P<y_year>{_YEAR4})\b"
    rf"|(?P<iso>{_YEAR4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b"
    rf"|(?P<slash>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))\b"
    rf"|(?P<b_month>{_MONTH})\b"
    rf"|(?P<weekday>{_WEEKDAY})\b"
    rf")",
    # a clock time, or a duration with seconds ("10:30", "1:07:06", "2:08:41": one figure)
    rf"(?P<time>\d{{1,2}}(?::[0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b(?!:?\d)"
    rf"|(?:1[0-2]|0?[1-9]|{_NUMWORD})\s?o['’]clock\b)",
    r"(?P<decade>(?:(?P<dec_full>1[0-9]\d0|20\d0)['’]?|['’](?P<dec_short>\d0)|(?<=the )(?P<dec_bare>\d0)['’])s\b)",
    rf"(?P<century>(?:(?P<cent_num>\d{{1,2}})(?:st|nd|rd|th)|(?P<cent_word>(?:(?:twenty|thirty|forty|fifty)-)?{_ORD_WORD}))[- ]century\b)",
    rf"(?P<age>(?P<age_num>{_NUMBER})[- ](?P<age_unit>year|month|week|day)s?[- ]olds?\b)",
    rf"(?P<money>(?:"
    rf"(?P<cur_pre>{_CUR_PRE})\s?(?P<mp_num>{_DIGITS})(?P<mp_scale>{_SCALE_LONG}|{_SCALE_SHORT})?{_PLUS}"
    rf"|(?P<ms_num>{_NUMBER})(?P<ms_scale>{_SCALE_LONG})?(?:(?:\s+(?:of\s+)?|-)(?P<cur_post>{_CUR_POST})\b"
    rf"|\s?(?P<cur_sign>[$€£¥])(?![\w$]|\s?\d))))",
    rf"(?P<percent>(?P<pc_num>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b|pct\b|percentage\spoints?\b|basis\spoints\b|bps\b))",
    rf"(?P<fraction>(?P<fr_num>one|two|three|four|five|six|seven|eight|nine|a)(?:-(?P<fr_den>{_FRAC})\b|\s(?P<fr_den2>{_FRAC})(?=\s+of\b))"
    # "six in 10", "eight out of 10", "one of every nine"; "eight of 10" only before 10 or 100
    # and not after "one" ("one of 10 finalists" is one of a group, not a share)
    rf"|(?P<ratio_a>one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+"
    rf"(?:(?:in|out\s+of|of)\s+every|in|out\s+of|(?<!\bone )(?<!\b1 )of(?=\s+(?:10|ten|100)\b))\s+"
    rf"(?!(?:1[5-9]\d\d|20\d\d)\b)(?P<ratio_b>{_NUMBER})\b"  # never a year: "one in 2016"
    rf"|(?P<slash_a>\d{{1,3}})/(?P<slash_b>\d{{1,3}})(?![\d/]))",
    rf"(?P<quantity>(?P<q_num>{_NUMBER})(?P<q_scale>{_SCALE_LONG})?{_PLUS}(?:\s|-)?(?P<q_unit>{_units})(?![\w/]))",
    # "a 2-to-1 vote", "a 73-to-25 percent victory"
    r"(?P<hy_tally>(?P<ht_a>\d{1,3})-to-(?P<ht_b>\d{1,3})\b(?!-)(?P<ht_pc>\s?(?:%|per\s?cent\b|percent\b))?)",
    rf"(?P<ordinal>(?P<ord_num>\d+(?:st|nd|rd|th))\b|(?P<ord_word>{_ORD_WORD})\b)",
    rf"(?P<year>{_YEAR4})\b(?![,.]\d)",
    rf"(?P<count>(?P<c_num>{_DIGITS}|{_WORDS_NUMBER})(?P<c_scale>{_SCALE_LONG})?{_PLUS})",
])

FIGURES = _rx(_GRAMMAR, re.IGNORECASE)
# "May" must stay case-sensitive (the modal "may"); the cheap way with one IGNORECASE
# regex is to re-check month and weekday names' capital letter after the match.
_CAPITAL = _rx(r"[A-Z]")
# "-", "to", "and"; a suspended hyphen before "to" counts as "to": "18- to 29-year-olds"
_RANGE_JOIN = _rx(r"\s*(?:-\s*to|-|–|—|to|and)\s*$", re.IGNORECASE)
_BETWEEN = _rx(r"\b(?:between|from)\s+$", re.IGNORECASE)
_PREV_WORD = _rx(r"([A-Za-z]+)\.?\s*$")
_REF_AFTER = _rx(r"\(\w{1,3}\)")
_NEXT_WORD = _rx(r"\s+([a-z]+)")
# words that may precede a figure's core and belong to it, checked backwards from the core
# (matching them forwards at every position made the grammar 50 times slower)
_QUAL_TAIL = _rx(r"\b" + _QUAL[3:-1] + "$", re.IGNORECASE)  # _QUAL without its outer (?:...)
_MONTH_CONTEXT = _rx(r"\b(?:in|on|since|until|till|by|from|to|through|during|of|early|"
                            r"late|mid-?|last|next|this|every|each|before|after)\s+$", re.IGNORECASE)
#: a month naming the time of what the next word names: "the September figures", "its
#: October meeting" (after a determiner, before a lower-case word)
_MONTH_AS_MODIFIER = _rx(r" [a-z]")
#: months that are also names or words ("the May government", "the March on Washington",
#: "the August body"): never dated by a determiner alone
_MONTHS_ALSO_WORDS = frozenset({"May", "March", "August"})
_PERIOD_PART = _rx(r"\b(early|mid|late)[- ]$", re.IGNORECASE)
_DETERMINER = _rx(r"\b(?:the|its|his|her|their|our|a|an|each|every)\s+$", re.IGNORECASE)
_A_BEFORE = _rx(r"\ban?\s$", re.IGNORECASE)
#: a North American telephone number ("800-273-8255", "1-800-273-8255", "(202) 555-0142",
#: "202.555.0142"): digits, not a quantity, a range or a count
_PHONE = _rx(r"(?:1[-.])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)")
_CURRENCY_HEAD = _rx(r"(?:U\.S\.|US|AU|NZ|HK|CA|[ACS])$")
# a run of digits is one candidate at its first digit: every later digit of the run has a
# digit before it and would be skipped by _triggers anyway (\d digits are all str.isdigit);
# written with one leading character class (not "\d+|[$...]") so that ``re`` can skip
# ahead to the next candidate character instead of trying the pattern at every position
_SYMBOL_TRIGGER = _rx(r"[\d$€£¥₩₹](?:(?<=\d)\d+)?")
#: words (lower-cased) that can be the core of a figure; a sentence without any of these
#: and without a digit or currency sign has no figure, and is skipped at once
TRIGGER_WORDS = frozenset(list(UNITS_WORDS) + list(TENS_WORDS) + list(ORDINAL_WORDS)
                          + list(FRACTION_WORDS) + [m for m in MONTHS if m != "may"] + ["may"]
                          + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
                             "fridays", "saturdays", "sundays", "hundred", "thousand", "million",
                             "billion", "trillion", "dozen", "usd", "eur", "gbp", "jpy", "cny",
                             "rmb", "krw", "aud", "cad", "inr", "chf"])
#: trigger words that count only when capitalised (months and weekdays: "May", not "may")
CAPITALISED_TRIGGERS = frozenset([m for m in MONTHS] + [w for w in TRIGGER_WORDS if w.endswith(("day", "days"))
                                                        and w not in ("day", "days")])
#: maximal runs of a-z: a trigger word counts only as a whole run (``_chunk_facts``)
_AZ_RUN = _rx(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: character span into the text, its kind, and normalised attributes."""

    start: int
    end: int
    kind: str
    attrs: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- normalisation

_MIXED_NUMBER = _rx(rf"(\d+)(?: (\d+)/(\d+)|({_VULGAR}))(?:\s?([a-z]+))?")


@lru_cache(maxsize=8192)      # a pure function of short strings that repeat ("two", "2014")
def parse_number(text: str) -> float | None:
    """The value of a number in digits or words: "28,000", "2.6", "twenty-five",
    "two hundred and fifty", "1.5 million", "35bn", "a dozen" (None when unreadable)."""
    t = text.strip().lower().replace(",", "")
    mixed = _MIXED_NUMBER.fullmatch(t)
    if mixed:       # "5 3/4", "2½", "3 1/4 million"
        whole, a, b, vulgar, scale = mixed.groups()
        if not vulgar and int(a) >= int(b):
            return None
        value = int(whole) + (VULGAR_FRACTIONS[vulgar] if vulgar else int(a) / int(b))
        if scale:
            factor = SCALES.get(scale, SCALES.get(scale.rstrip("s")))
            return None if factor is None else value * factor
        return value
    m = re.fullmatch(r"(\d+(?:\.\d+)?|\.\d+)\s?([a-z]+)?", t)
    if m:
        value = float(m.group(1))
        if m.group(2):
            scale = SCALES.get(m.group(2).rstrip("s") if m.group(2) not in SCALES else m.group(2))
            if scale is None:
                return None
            value *= scale
        return value
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1.0
            seen = True
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word.rstrip("s") in SCALES or word in SCALES:
            scale = SCALES.get(word, SCALES.get(word.rstrip("s"), 1))
            if scale == 100:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _num(value: float | None) -> float | int | None:
    """A figure's value as JSON shows it: an int when whole, else rounded to 6 decimals; first
    cut to 15 significant digits, which drops the binary-floating-point tail of a scaled
    number (65.4 * 1e9 is 65400000000.00001; "$65.4 billion" is 65400000000)."""
    if value is None:
        return None
    value = float(f"{value:.15g}")
    return int(value) if value.is_integer() and abs(value) < 1e15 else round(value, 6)


def _month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def _date_attrs(m: re.Match[str]) -> dict[str, Any] | None:
    g = m.group
    if g("d_month") or g("m_month"):
        month_name = g("d_month") or g("m_month")
        if not _CAPITAL.match(month_name):
            return None
        day = int(re.match(r"\d+", g("d_day") or g("m_day")).group(0))
        year = g("d_year") or g("m_year")
        month = _month_number(month_name)
        value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        return {"value": value, "granularity": "day"}
    if g("y_month"):
        if not _CAPITAL.match(g("y_month")):
            return None
        return {"value": f"{g('y_year')}-{_month_number(g('y_month')):02d}", "granularity": "month"}
    if g("iso"):
        return {"value": g("iso"), "granularity": "day"}
    if g("slash"):
        return {"value": g("slash"), "granularity": "day"}
    if g("b_month"):
        # a month on its own is a date only after "in", "since", "early" ... ("in May"),
        # or between a determiner and the noun it dates ("the September figures"), never
        # at a sentence start or as the verb ("March on", "may")
        if not _CAPITAL.match(g("b_month")) or not (
                _MONTH_CONTEXT.search(m.string, max(0, m.start() - 9), m.start())
                or _MONTH_AS_MODIFIER.match(m.string, m.end())
                and g("b_month") not in _MONTHS_ALSO_WORDS
                and _DETERMINER.search(m.string, max(0, m.start() - 7), m.start())):
            return None
        return {"value": f"--{_month_number(g('b_month')):02d}", "granularity": "month"}
    if g("weekday"):
        if not _CAPITAL.match(g("weekday")):
            return None
        return {"value": g("weekday").rstrip("s").capitalize(), "granularity": "weekday"}
    return None


def _classify(m: re.Match[str], text: str) -> tuple[str, dict[str, Any], tuple[int, int]] | None:
    """Kind, attributes and span of one grammar match, or None when it is not a figure."""
    g = m.group
    kind = m.lastgroup
    span = m.span()
    if kind == "date":
        attrs = _date_attrs(m)
        if attrs is None:
            return None
        return "date", attrs, span
    if kind == "time":
        return "time", {"value": g("time")}, span
    if kind == "decade":
        if g("dec_full"):
            first = int(g("dec_full"))
        else:
            short = int(g("dec_short") or g("dec_bare"))  # "'90s", "the 90's"
            first = (1900 if short >= 30 else 2000) + short
        return "year", {"value": first, "granularity": "decade", "period": [first, first + 9]}, span
    if kind == "century":
        number = int(g("cent_num")) if g("cent_num") else None
        if number is None:
            parts = g("cent_word").lower().split("-")
            number = int(TENS_WORDS.get(parts[0], 0) + ORDINAL_WORDS[parts[-1]])
        first = (number - 1) * 100 + 1
        return "year", {"value": first, "granularity": "century", "period": [first, first + 99]}, span
    if kind == "age":
        return "quantity", {"value": _num(parse_number(g("age_num"))), "unit": g("age_unit").lower(),
                            "measure": "age"}, span
    if kind == "money":
        if g("cur_pre"):
            number = parse_number(g("mp_num") + (g("mp_scale") or "").replace(" ", ""))
            code = CURRENCIES.get(g("cur_pre").strip().lower().replace("u.s.$", "us$"), "")
        else:
            number = parse_number(g("ms_num") + (g("ms_scale") or ""))
            if g("cur_sign"):  # the sign after the number: "400$", "5 €"
                code = CURRENCIES[g("cur_sign")]
            else:
                post = g("cur_post").lower().split()[-1]
                code = CURRENCIES.get(post, "") or g("cur_post").upper()
                if post in ("cents", "pence") and number is not None:
                    number /= 100
        attrs = {"value": _num(number), "currency": code}
        return "money", attrs, span
    if kind == "percent":
        attrs = {"value": _num(parse_number(g("pc_num")))}
        if re.search(r"points?|bps", g("percent"), re.IGNORECASE):
            attrs["unit"] = "basis points" if re.search(r"basis|bps", g("percent"), re.I) else "percentage points"
        return "percentage", attrs, span
    if kind == "fraction":
        if g("slash_a"):
            # "1/2", "3/4": a fraction only when it reads as one; "9/11", "24/7", "50/50" and
            # "11/9" are names, idioms or dates without a year, and no figure at all
            a, b = int(g("slash_a")), int(g("slash_b"))
            if not 0 < a < b <= 10:
                return None
            return "fraction", {"value": _num(round(a / b, 6))}, span
        if g("ratio_a"):
            a, b = parse_number(g("ratio_a")), parse_number(g("ratio_b"))
            if not a or not b or a >= b:
                return None
            return "fraction", {"value": _num(round(a / b, 6))}, span
        num = parse_number(g("fr_num")) or 1.0
        den = (g("fr_den") or g("fr_den2")).lower()
        return "fraction", {"value": _num(round(num / FRACTION_WORDS[den], 6))}, span
    if kind == "quantity":
        unit_word = g("q_unit").lower()
        number = parse_number(g("q_num") + (g("q_scale") or ""))
        if number is None:
            return None
        if unit_word == "point" and not g("q_num")[0].isdigit() and text[m.end() - len(unit_word) - 1] != "-":
            return None  # "a 20-point lead", "a one-point race"; not "at one point"
        attrs = {"value": _num(number), "unit": UNITS[unit_word]}
        return "quantity", attrs, span
    if kind == "hy_tally":
        a, b = int(g("ht_a")), int(g("ht_b"))
        if a <= b:  # "3-to-5 years" is a range, "1-to-1" an idiom: only the number before "-to-"
            return "count", {"value": a}, (span[0], span[0] + len(g("ht_a")))
        return "tally", {"of": "percentage" if g("ht_pc") else "count", "values": [a, b]}, span
    if kind == "ordinal":
        if g("ord_num"):
            return "ordinal", {"value": int(g("ord_num")[:-2])}, span
        word = g("ord_word").lower()
        if not _DETERMINER.search(text, max(0, m.start() - 7), m.start()):
            return None  # "third" ranks only with a determiner: "the third", "its fifth"
        after = text[m.end():m.end() + 12].lower()
        # "a second" is a unit of time; "first of all"/"second, ..." are discourse, not counts
        # "first" and "second" are mostly discourse or time ("for the first time", "a
        # second"), not counts; from "third" on a word ordinal ranks something
        if word in ("first", "second") or after.startswith((" of all", " and foremost")):
            return None
        return "ordinal", {"value": _num(ORDINAL_WORDS[word])}, span
    if kind == "year":
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and nxt.group(1) in COUNT_NOUNS:
            return "count", {"value": int(g("year"))}, span
        return "year", {"value": int(g("year")), "granularity": "year"}, span
    if kind == "count":
        raw = g("c_num")
        if raw.lower() in ("one", "a", "an") and not g("c_scale"):
            return None  # "one of the", "no one": not a count
        number = parse_number(raw + (g("c_scale") or ""))
        if number is None:
            return None
        if raw.isdigit() and 0 < number < 120 and not g("c_scale") and _is_age(text, m.start(), m.end()):
            return "quantity", {"value": int(number), "unit": "year", "measure": "age"}, span
        return "count", {"value": _num(number)}, span
    return None


# an age given bare: "aged 45", "age 45", and the news style "John Smith, 45, of Ohio"
_AGE_WORD_BEFORE = _rx(r"\bage[d]?[ \t]+$", re.IGNORECASE)
_NAME_COMMA_BEFORE = _rx(r"[A-Z][a-z]+[.]?,[ \t]+$")
_RANGE_NEXT = _rx(r"[ \t]*(?:-|–|—|to\b)[ \t]*\d")
# a comma (not a list of numbers: "Seoul, 3, 4 and 5") or a dash ("Crutcher, 40 ― a father")
_AGE_COMMA_AFTER = _rx(r",(?![ \t]*\d)|[ \t]+[―—–][ \t]")
# "Trump, who is 70.", "Ms. Lee, who was 69 when ...": a bare number after "who is" / "who was"
# / "who turns", ending its clause, is the person's age
_WHO_IS_BEFORE = _rx(r"\bwho[ \t]+(?:is|was|turns|turned)[ \t]+$")
_CLAUSE_END_AFTER = _rx(r"(?:[,.;:)]|[ \t]+when\b)")


def _is_age(text: str, start: int, end: int) -> bool:
    """True when the bare number at ``start:end`` gives someone's age: after "aged" or
    "age", set off by commas right after a capitalised word ("Smith, 45, said"), or closing
    a "who is" clause ("Trump, who is 70.")."""
    if _AGE_WORD_BEFORE.search(text, max(0, start - 6), start):
        return _RANGE_NEXT.match(text, end) is None  # "aged 54 to 65" stays one range
    if _WHO_IS_BEFORE.search(text, max(0, start - 12), start):
        return _CLAUSE_END_AFTER.match(text, end) is not None
    return (_AGE_COMMA_AFTER.match(text, end) is not None
            and _NAME_COMMA_BEFORE.search(text, max(0, start - 30), start) is not None)


def _glued(text: str, start: int, end: int, lo: int, kind: str) -> bool:
    """True when the match is part of a code, a reference or a numbered name rather than a
    figure: "COVID-19", "Section 2(b)", "Boeing 757" (``NAME_NUMBER_HEADS``)."""
    before = text[start - 1] if start > lo else " "
    if before.isalnum() or before in "_@#/" or (before == "." and kind in ("count", "year", "ordinal")):
        return True
    if text.find("=", max(lo, start - 42), start) >= 0 and _IN_ATTRIBUTE.search(text, max(lo, start - 42), start):
        return True  # inside a markup attribute's value: timestamp="1474387200", datetime="2016-06-29"
    if before in "-‐" and start - 2 >= lo and text[start - 2].isalpha():
        return True  # COVID-19, F-16
    after = text[end] if end < len(text) else " "
    if after.isalpha() and kind in ("count", "year"):
        return True  # mp3x, 4K (already checked units)
    if after == "-" and end + 1 < len(text) and text[end + 1].isalpha() and kind == "count":
        # "four-door" is a count, but "3-D" / "9-11" style codes are not worth the risk
        return text[end + 1].isupper()
    if kind == "time" and text[start:end].count(":") == 1 and text[end - 1].isdigit():
        prev = _PREV_WORD.search(text, max(lo, start - 18), start)
        if prev and prev.group(1) in SCRIPTURE_BOOKS:
            return True  # "Exodus 18:21", "John 3:16": chapter and verse, not a time
    if kind in ("count", "year", "ordinal"):
        if _REF_AFTER.match(text, end):
            return True  # Section 2(b)
        prev = _PREV_WORD.search(text, max(lo, start - 16), start)
        if prev and (prev.group(1).lower() in REFERENCE_WORDS or prev.group(1) in NAME_NUMBER_HEADS):
            return True
        if kind == "count" and start == lo and end - start <= 2 and text[start].isdigit() \
                and _LIST_MARKER_END.match(text, end):
            return True  # a list's number opening its line: "2. Donald Trump.", "3) Taxes"
        if kind == "count" and end - start <= 2 and _CALL_LETTERS.search(text, max(lo, start - 7), start) \
                and not _CAPITALS_AFTER.match(text, end):
            return True  # a channel: "ABC 7 is reporting", "KTLA 5" (not "AT LEAST 10 KILLED", a headline)
        if before == "#" or (start - 1 > lo and text[start - 2:start] == "#"):
            return True
    return False


# a broadcaster's call letters before a one- or two-digit channel number ("ABC 7", "KTLA 5"; "US" or
# "UK" before a number are not, hence three letters or more)
_CALL_LETTERS = _rx(r"(?<![\w.])[A-Z]{3,5}[ \t]$")
_LIST_MARKER_END = _rx(r"[.)](?:\s|$)")
_CAPITALS_AFTER = _rx(r"[ \t]+[A-Z]{2,}\b")


# a capitalised word next to a figure's core makes it part of a name: "Fifth Avenue", "Zero
# Hedge", "Three Mile Island"; a month or a weekday does not ("the 3rd Monday of May" is a date)
_CAPITALISED_NEXT = _rx(r"[ \t]+(?!" + _MONTH + r"\b|" + _WEEKDAY + r"\b)[A-Z][a-z]")
_CAPITALISED_BEFORE = _rx(r"[A-Z][a-z]+[ \t]+$")
# the text since an attribute's opening quote in markup left in an article: <tweet id="...
_IN_ATTRIBUTE = _rx(r"[\w-]=[\"'][^\"'<>]{0,40}$")
_NAME_HEAD = _rx(r"[ \t]+([A-Z][a-z]+)\b")
# ... and in lower case, which informal writing uses for these: "the 2nd amendment", "the 7th
# congressional district", "104th streets"
_LOWER_NAME_HEAD = _rx(r"[ \t]+(amendments?|congressional|streets?|avenues?)\b")
_CAPITALISED_INSIDE = _rx(r"[ -][A-Z]")
_MID_SENTENCE = _rx(r"[A-Za-z0-9,][ \t]+$")


def _in_name(text: str, start: int, end: int, lo: int, kind: str) -> bool:
    """True when an ordinal or a number word is part of a name rather than a figure.

    A digit ordinal before a name's head word (``ORDINAL_NAME_HEADS``: "the 5th Amendment",
    "the 2nd Circuit", "23rd Street"; some also in lower case, "the 2nd amendment") and a
    capitalised word ordinal before any capitalised word ("the Fifth Amendment", "the Third
    World") name something; "the 45th President" and "the third Democratic debate" rank. A
    number word written with a capital inside a sentence, beside another capitalised word,
    is part of a name ("Zero Hedge", "Three Mile Island", "World War Two"); at the start of a
    sentence the capital says nothing ("Three people").
    """
    if kind == "ordinal":
        if text[start].isdigit():
            head = _NAME_HEAD.match(text, end) or _LOWER_NAME_HEAD.match(text, end)
            return head is not None and head.group(1).lower() in ORDINAL_NAME_HEADS
        return text[start].isupper() and _CAPITALISED_NEXT.match(text, end) is not None
    if kind not in ("count", "quantity") or not text[start].isupper() or start <= lo:
        return False  # digits, a lower-case number word, or the sentence's first word
    if not _MID_SENTENCE.search(text, max(lo, start - 3), start):
        return False  # after a quotation mark, a colon or a bracket: a fresh start
    return (_CAPITALISED_INSIDE.search(text, start, end) is not None  # "Three Mile Island"
            or _CAPITALISED_NEXT.match(text, end) is not None
            or _CAPITALISED_BEFORE.search(text, max(lo, start - 30), start) is not None)


def _triggers(text: str, start: int, end: int, lowered: str | None = None,
              facts: tuple[frozenset[str], bool] | None = None) -> list[int]:
    """Positions where a figure may begin: digits, currency signs, number/month words.

    ``lowered`` is ``text[start:end].lower()``, when the caller has it already. ``facts``,
    when the caller has them, are ``_chunk_facts`` of its ``str.split()`` chunks: the union
    of their trigger words (``chunk_facts``), and whether any of them holds a digit or a
    currency sign. The chunks may have their curly apostrophes straightened (specificity's
    word scan does), which changes none of their facts: neither apostrophe is white space,
    a letter a-z, a digit or a currency sign.
    """
    positions = []
    if lowered is None:
        lowered = text[start:end].lower()
    if facts is None:
        facts = _chunk_facts(lowered.split())
    words, symbols = facts
    for m in _SYMBOL_TRIGGER.finditer(text, start, end) if symbols else ():
        p = m.start()
        prev = text[p - 1] if p > start else " "
        if prev.isdigit() or (prev in ",." and p - 2 >= start and text[p - 2].isdigit()):
            continue  # inside a number already seen
        if text[p] == "$":
            head = _CURRENCY_HEAD.search(text, max(start, p - 4), p)
            if head and not (head.start() > start and text[head.start() - 1].isalpha()):
                p = head.start()
        elif prev in "'’" and p - 2 >= start and not text[p - 2].isalnum():
            p -= 1  # '90s
        positions.append(p)
    # lower() changed lengths ("İ"): offsets would drift, so no trigger words then
    for word in words if len(lowered) == end - start else ():
        # str.find with boundary checks: a compiled \bword\b per word was the slow part
        capital = word in CAPITALISED_TRIGGERS
        i = lowered.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not lowered[i - 1].isalpha()) and (j == len(lowered) or not lowered[j].isalpha()) \
                    and (not capital or text[start + i].isupper()):
                p = start + i
                positions.append(p)
                if word in SCALES or word in FRACTION_WORDS:
                    head = _A_BEFORE.search(text, max(start, p - 3), p)
                    if head:  # "a dozen", "a third of"
                        positions.append(head.start())
            i = lowered.find(word, j)
    return sorted(set(positions))


def chunk_facts(chunk: str) -> tuple[frozenset[str], bool]:
    """What ``_triggers`` needs of one chunk of lower-cased text (no white space in it): the
    trigger words that are maximal a-z runs in it, and whether it holds a digit or a
    currency sign (a character ``_SYMBOL_TRIGGER`` starts at). A pure function of the chunk."""
    return TRIGGER_WORDS.intersection(_AZ_RUN.findall(chunk)), _SYMBOL_TRIGGER.search(chunk) is not None


def _learn_chunk(chunk: str) -> frozenset[str]:
    """The trigger words of ``chunk`` (kept by ``_CHUNK_WORDS``); a chunk holding a digit or a
    currency sign is noted in ``_SYMBOL_CHUNKS`` (see ``chunk_facts``)."""
    words, symbol = chunk_facts(chunk)
    if symbol:
        _SYMBOL_CHUNKS.add(chunk)
    return words


# white-space chunk of lower-cased text -> the trigger words that are maximal a-z runs in it,
# learnt at its first look-up; _chunk_facts empties it, with _SYMBOL_CHUNKS, between sentences
_CHUNK_WORDS: dict[str, frozenset[str]] = Memo(_learn_chunk)
# the learnt chunks that hold a digit or a currency sign (a character _SYMBOL_TRIGGER starts at)
_SYMBOL_CHUNKS: set[str] = set()


def _chunk_facts(chunks: list[str]) -> tuple[frozenset[str], bool]:
    """The trigger words of a lower-cased sentence's chunks (``str.split``), and whether
    any chunk holds a digit or a currency sign.

    A maximal run of a-z holds no white space, so it lies inside one chunk and is maximal
    there too; chunks repeat as words do, so each chunk's facts are remembered, and most
    sentences (no trigger word at all) cost one split and one union of empty sets instead
    of a regex scan of every character. The same goes for digits and currency signs, which
    lower() neither makes nor removes: a sentence none of whose chunks holds one needs no
    scan for them (a scan that tested every character against the digit category).
    """
    if len(_CHUNK_WORDS) >= 100_000:  # an endless stream of new chunks must not grow memory
        _CHUNK_WORDS.clear()
        _SYMBOL_CHUNKS.clear()
    words = frozenset().union(*map(_CHUNK_WORDS.__getitem__, chunks))  # new chunks learnt on the way
    return words, not _SYMBOL_CHUNKS.isdisjoint(chunks)


def _extend_back(text: str, lo: int, kind: str, s: int, attrs: dict[str, Any]) -> int:
    """Take in the words before a figure's core that belong to it (qualifier, "mid-")."""
    if kind in ("money", "percentage", "quantity", "count", "fraction", "tally"):   # "nearly eight of 10"
        q = _QUAL_TAIL.search(text, max(lo, s - 24), s)
        if q:
            attrs["qualifier"] = q.group(0).strip().lower()
            return q.start()
    elif kind == "year" and attrs.get("granularity") in ("decade", "century"):
        part = _PERIOD_PART.search(text, max(lo, s - 6), s)
        if part:
            attrs["part"] = part.group(1).lower()
            return part.start()
    return s


def find_figures(text: str, start: int = 0, end: int | None = None, lowered: str | None = None,
                 facts: tuple[frozenset[str], bool] | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, each once, typed and normalised, in order
    (``lowered`` and ``facts``: see ``_triggers``, for a caller that has them already).

    The grammar is tried only where a figure can begin (``_triggers``), anchored with
    ``match``; its alternatives are ordered so the longest reading wins at a position.
    """
    end = len(text) if end is None else end
    found: list[Figure] = []
    last = start
    for p in _triggers(text, start, end, lowered, facts):
        if p < last:
            continue
        phone = _PHONE.match(text, p, end) if text[p].isdigit() else None
        if phone is None and p > start and text[p - 1] == "(":
            phone = _PHONE.match(text, p - 1, end)  # "(202) 555-0142"
        if phone is not None:
            last = phone.end()  # its digit groups are no figures either
            continue
        m = FIGURES.match(text, p, end)
        if m is None:
            continue
        got = _classify(m, text)
        if got is None:
            continue
        kind, attrs, (s, e) = got
        if kind in ("money", "quantity", "count") and "-plus" in m.group(0).lower():
            attrs["qualifier"] = "plus"  # "15-plus years": at least 15 (a qualifier before it wins)
        core = s
        if kind == "year" and attrs.get("granularity") in ("decade", "century") and s - 1 >= start \
                and text[s - 1] in "- " and _PERIOD_PART.search(text, max(start, s - 6), s):
            pass  # "mid-2000s": the hyphen joins a period word, not a code
        elif _glued(text, s, e, start, kind) or _in_name(text, s, e, start, kind):
            if kind == "time":
                last = e  # "Exodus 18:21": neither number of a chapter and verse is a figure
            continue
        s = _extend_back(text, start, kind, core, attrs)
        found.append(Figure(s, e, kind, attrs))
        last = e
    return _merge_ranges(text, found, start)


def _small(f: Figure) -> bool:
    value = f.attrs.get("value")
    return isinstance(value, int) and 0 <= value < 100


_RANGEABLE = frozenset({"count", "percentage", "money", "year", "quantity", "date", "time"})


_DAY_VALUE = _rx(r"--\d\d-(\d\d)$")   # a date's value with a month and a day, no year: "--09-16"


#: what joins a date to a later day of its month: "September 16-19", "Sept. 19 to 22"
_DAY_JOINS = frozenset({"-", "\u2013", " - ", " \u2013 ", " to ", " through ", " thru "})


def _day_range(a: Figure, b: Figure, gap: str) -> str | None:
    """The last day's value when ``a`` is a date with a day (and no year, which would end
    it: "July 28, 2015-16") and ``b`` a later day of the same month joined to it by a dash
    or "to" ("September 16-19", "March 3–5", "Sept. 19 to 22"), else None."""
    if a.kind != "date" or b.kind != "count" or gap not in _DAY_JOINS:
        return None
    day = _DAY_VALUE.search(str(a.attrs.get("value", "")))
    last = b.attrs.get("value")
    if day is None or not isinstance(last, int) or not int(day.group(1)) < last <= 31:
        return None
    return a.attrs["value"][:-2] + f"{last:02d}"


#: words before "X to Y" that make it a change from one value to another, not a range
CHANGE_WORDS = frozenset("""rose rise rises risen rising fell fall falls fallen falling grew grow grows
grown growing increased increase increases increasing decreased decrease decreases decreasing jumped
jump jumps dropped drop drops climbed climb climbs declined decline declines cut cuts cutting raised
raise raises raising lowered lower lowers lowering boosted boost boosts reduced reduce reduces
reducing slipped slip soared soar plunged plunge surged surge shrank shrink doubled tripled went
moved changed revised hiked hike bumped shrunk shrinking up down""".split())
#: words before "from X to Y" that make it a range ("range from $15 to $26")
RANGE_FROM_WORDS = frozenset("""range ranges ranged ranging anywhere somewhere vary varies varied varying
lasting lasts last aged ages""".split())


def _is_change(text: str, lo: int, a: Figure, b: Figure, between: re.Match[str] | None) -> bool:
    """Does "a to b" give a change from one value to another, two figures, rather than a
    range? "from a to b" does ("rose from 5% to 6%"), unless a word of range comes first
    ("range from $15 to $26", ``RANGE_FROM_WORDS``) or it gives dates or times ("from
    Feb. 11 to Feb. 16"). Without "from" right before it, "a to b" is a range ("$35,000 to
    $60,000 a year") unless one of the three words before it is a verb of change ("grew by
    $1.5 billion to $352.7 billion", ``CHANGE_WORDS``) or "from" ("the minimum wage from
    the current $7.25 to $12"), or "by" sets the first amount apart as the change ("raised
    its forecast by 0.1 percentage points to 4.2 percent"; not a tally, "leads by 46 percent
    to 42 percent")."""
    start = between.start() if between else a.start
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(lo, start - 40):start])[-4:]]
    if between is not None:
        return b.kind not in ("date", "time") and not (words and words[-1] in RANGE_FROM_WORDS)
    last3 = words[-3:]
    if any(w in CHANGE_WORDS for w in last3):
        return True
    if "from" in last3:
        i = len(words) - 1 - words[::-1].index("from")
        return not (i > 0 and words[i - 1] in RANGE_FROM_WORDS)
    return bool(words) and words[-1] == "by" and not _is_tally(a, b)


#: the kinds of which two, joined like a range but the first not below the second, are a tally
#: ("46 to 40 percent": the first number, a count, takes the kind of the second)
_TALLIED = frozenset({"count", "percentage"})


def _is_tally(a: Figure, b: Figure) -> bool:
    """Is "a-b" ("5-4", "46 to 40 percent") a tally rather than a range? A range runs from
    low to high, so a first number at or above the second sets two numbers against each
    other (a vote, a score, a poll's two candidates). "4-5" may be either and stays a range."""
    low, high = a.attrs.get("value"), b.attrs.get("value")
    return isinstance(low, (int, float)) and isinstance(high, (int, float)) and low >= high


#: words right before "a to b" that make it a result or a split, not a span of values: "lost
#: the state 36 percent to 51 percent", "a net negative 42%-49% rating" (verb forms that are
#: rarely nouns: not "lead", "win", "trail": "a 5-point lead is within 3 to 4 percent")
SET_AGAINST_WORDS = frozenset("""lost loses losing won winning beat beats beating trailed trails
trailing led leading defeated edged topped negative positive net""".split())
_POINTS_BEFORE = _rx(r"(\d+(?:\.\d+)?)[- ]points?\b")


def _set_against(text: str, lo: int, a: Figure, b: Figure) -> bool:
    """Is "a to b" with a below b still a tally? Yes after a word of winning, losing or a net
    rating (``SET_AGAINST_WORDS``: "lost the state 36 percent to 51 percent", "a negative
    42%-49% approval rating"), and when the sentence gave their difference in points just
    before ("a 20-point deficit among women (34%-54%)", "net negative 6 points (37 percent
    to 43 percent)")."""
    low, high = a.attrs.get("value"), b.attrs.get("value")
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return False
    before = text[max(lo, a.start - 60):a.start]
    words = re.findall(r"[A-Za-z]+", before)[-3:]
    if any(w.lower() in SET_AGAINST_WORDS for w in words):
        return True
    return any(float(m.group(1)) == high - low for m in _POINTS_BEFORE.finditer(before))


def _merge_ranges(text: str, found: list[Figure], lo: int) -> list[Figure]:
    """Join "2010-2015", "5-10%", "between 5 and 10 per cent" into one range figure, and "5-4",
    "46 to 40 percent" into one tally (:func:`_is_tally`)."""
    if len(found) < 2:
        return found
    out: list[Figure] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = text[a.end:b.start]
            days = _day_range(a, b, gap)
            if days is not None:  # "September 16-19": one range of dates
                out.append(Figure(a.start, b.end, "range", {"of": "date", "low": a.attrs["value"], "high": days}))
                i += 2
                continue
            scale = _scale_of(text, b)
            # "$1.5-2 billion", "$5 to 10 million": the currency comes first, the scale last
            money_scaled = a.kind == "money" and b.kind == "count" and scale is not None
            joined = (len(gap) <= 5 and _RANGE_JOIN.fullmatch(gap) is not None
                      and a.kind in _RANGEABLE and b.kind in _RANGEABLE
                      and (a.kind == b.kind or a.kind == "count" or money_scaled
                           or (a.kind == "year" and b.kind == "count" and _small(b))))
            word = ""
            if joined:
                word = gap.strip().lower()
                if word.startswith("-") and word.endswith("to"):
                    word = "to"  # "18- to 29-year-olds"
                between = _BETWEEN.search(text, max(lo, a.start - 9), a.start)
                if word == "and" and not between:
                    joined = False
                elif word in ("to", "-", "–", "—") and a.kind == "year" and b.kind == "year":
                    joined = True
                elif word == "to" and a.kind == "year" and b.kind == "count" and not between:
                    joined = False  # "of 2008 to 60 this year": "2010-15" is one range, this is not
                elif word == "to" and (between is None and a.kind != "count"
                                       or between is not None and between.group(0).strip().lower() == "from"):
                    # "grew by $1.5 billion to $352.7 billion", "rose from 5% to 6%": a change,
                    # two figures; "$35,000 to $60,000 a year", "range from $15 to $26": a range
                    joined = not _is_change(text, lo, a, b, between)
            if joined and not between and b.kind in _TALLIED and a.kind in (b.kind, "count") \
                    and (_is_tally(a, b) or _set_against(text, lo, a, b)):
                # "a 5-4 decision", "voted 19-15", "46 to 40 percent", "a 2 to 1 margin": two
                # numbers set against each other, a vote, a score or a poll, not a span of values
                attrs = {"of": b.kind, "values": [a.attrs["value"], b.attrs["value"]]}
                out.append(Figure(a.start, b.end, "tally", attrs))
                i += 2
                continue
            if joined:
                s = between.start() if between else a.start
                low, high = _scaled_first(text, a, scale), b.attrs.get("value")
                of = "money" if money_scaled else b.kind
                if a.kind == "year" and isinstance(low, int) and isinstance(high, int) and high < 100 <= low:
                    high, of = low - low % 100 + high, "year"  # 2010-15
                # "5-10%": the first number takes the kind and unit of the second
                attrs = {"of": of, "low": low, "high": high}
                for key in ("currency", "unit"):
                    if key in b.attrs:
                        attrs[key] = b.attrs[key]
                if money_scaled:
                    attrs["currency"] = a.attrs.get("currency", "")
                out.append(Figure(s, b.end, "range", attrs))
                i += 2
                continue
            if word == "to" and "qualifier" not in a.attrs and (
                    a.kind == "count" and b.kind in _SHARED_BY_CHANGE or a.kind == b.kind == "money"):
                # a change, two figures: "rose from 3 to 5 percent", "from 1.5 to 2.3 million",
                # "from $3 to $5 billion"; the first number is written without the unit or
                # the scale it shares with the second
                attrs = {**(b.attrs if a.kind == "count" else a.attrs), "value": _scaled_first(text, a, scale)}
                attrs.pop("qualifier", None)
                out.append(Figure(a.start, a.end, b.kind, attrs))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


#: the kinds whose unit or scale the bare first number of a change shares ("from 3 to 5 percent")
_SHARED_BY_CHANGE = frozenset({"percentage", "money", "count", "quantity"})
_SCALE_WORD = _rx(r"(?<=[\d\s])(hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn|tr|[mbk])s?\b",
                  re.IGNORECASE)


def _scale_of(text: str, f: Figure) -> float | None:
    """The multiplier of the scale word written in figure ``f`` ("2 million", "$1.5bn"), or None."""
    m = _SCALE_WORD.search(text, f.start, f.end)
    return SCALES.get(m.group(1).lower()) if m else None


def _scaled_first(text: str, a: Figure, scale: float | None) -> Any:
    """The value of ``a``, the first number of a range or change, multiplied by ``scale``, the
    scale of the second, when ``a`` is a small bare number: "between 1.5 and 2 million" runs
    from 1,500,000, "between $5 and $10 million" from $5,000,000. A first number with a scale
    or a thousands separator of its own keeps its value ("from 500,000 to 2 million")."""
    value = a.attrs.get("value")
    if scale is None or not isinstance(value, (int, float)) or not 0 < value < 1000 \
            or a.kind not in ("count", "money") or _scale_of(text, a) is not None or "," in text[a.start:a.end]:
        return value
    return _num(value * scale)
