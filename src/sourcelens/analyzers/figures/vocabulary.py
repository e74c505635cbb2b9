"""The figures' word tables: number words ("three", "twenty"), scale words and their
abbreviations ("million", "bn", "k", "dozen"), ordinal and fraction words ("fifth",
"thirds"), months ("Sept"), currencies with their codes ("US$" and "bucks" are "USD") and
units with their canonical names ("kilometres" and "km" are "km"), and the words that make a
number something other than a quantity: a count after a year-like number ("2014 people"), a
reference ("Section 2(b)", "No. 10"), a chapter and verse ("Exodus 18:21") or part of a name
("Boeing 747", "the 5th Amendment")."""

from __future__ import annotations


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
