"""The figure grammar: ``FIGURES``, one regex whose named alternatives are every form a
figure takes ("28 July 2015", "10:30", "the 1990s", "20th century", "63-year-old", "US$867
million", "2.6 per cent", "two-thirds", "one in five", "5 km", "a 2-to-1 vote", "the fifth",
"2014", "1.5 million"), in order of preference at one position (a date before a count, money
before a count, a decade before a year); and the pieces it is built from: numbers in digits
("28,000", "5 3/4", "2½") and in words ("two hundred and fifty"), scales, qualifiers
("approximately", "more than"), currencies, months, days and years, which the other modules
of the package reuse."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from ..common import trie_regex
from .vocabulary import ORDINAL_WORDS, TENS_WORDS, UNITS, UNITS_WORDS


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
