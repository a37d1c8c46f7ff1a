"""Times and dates as people write them, in English and Bengali, and vague timing words.

`when_spans` finds expressions that fix a moment or a deadline: a clock time ("17:00 UTC",
"9am", "9.30 a.m.", "noon", "সকাল ৯টায়"), a day ("Thu", "tomorrow", "next Monday",
"আগামীকাল", "মঙ্গলবার"), a date ("Tue 4 June", "9 Oct", "June 4th", "2026-06-04", "৪ জুন"),
or a bounded interval ("within 24 hours", "in 30 minutes", "every 2 hours", "by end of day",
"৪৮ ঘণ্টার মধ্যে"). `vague_spans` finds timing words that promise no moment at all ("soon",
"shortly", "in due course", "as soon as possible", "শীঘ্রই"). Digits of any script count:
matching runs on the text with every digit made ASCII, offsets unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crisiscomms.statements.check.language import nukta_either, paragraphs
from crisiscomms.statements.check.text import ascii_digits

_EN_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_EN_WEEKDAYS_FULL = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Abbreviations are matched case-sensitively ("Sat", not "sat"; "Wed", not "wed").
_EN_WEEKDAYS_SHORT = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN"
_NUMBER_WORD = (
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty[- ]eight|forty|sixty|seventy[- ]two|ninety|a couple of|a few"
)
_UNIT = r"min(?:ute)?s?|hours?|hrs?|h|days?|(?:business|working) days?|weeks?|months?"
_ZONE = r"(?:\s*(?:UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT|IST|BDT|AEST|local time|[A-Z]{2,4}T))?"

_EN_WHEN = [
    # clock times
    rf"(?<![\d.])\d{{1,2}}[:.]\d{{2}}(?!\d)(?:\s*(?:a\.?m\.?|p\.?m\.?))?{_ZONE}",
    rf"(?<![\d.:])\d{{1,2}}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z]){_ZONE}",
    r"\b\d{1,2}\s*o'?clock\b",
    r"\b(?:noon|midday|midnight)\b",
    r"\b\d{3,4}\s*(?:UTC|GMT|hrs)\b",
    # days
    r"\b(?:today|tonight|tomorrow|tmrw|tmr)\b",
    r"\bthis (?:morning|afternoon|evening|weekend)\b",
    rf"\b(?:{_EN_WEEKDAYS_FULL})\b",
    rf"\b(?:{_EN_WEEKDAYS_SHORT})\b\.?",
    rf"\b(?:next|this|coming) (?:week|month|{_EN_WEEKDAYS_FULL})\b",
    r"\b(?:end of|close of) (?:the )?(?:day|business|week|month)\b",
    r"\bEOD\b|\bCOB\b",
    # dates
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)?\s+(?:{_EN_MONTHS})\b\.?(?:\s+\d{{4}})?",
    rf"\b(?:{_EN_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])",
    r"\bthe \d{1,2}(?:st|nd|rd|th)\b",
    # bounded intervals
    rf"\b(?:within|in|inside|under|every|after|for)\s+(?:the next\s+)?(?:\d+(?:[.,]\d+)?|{_NUMBER_WORD})(?:\s*(?:-|to|\u2013)\s*\d+)?\s*(?:{_UNIT})\b",
    r"\bevery (?:hour|day|morning|evening|half[- ]hour)\b",
    r"\b(?:hourly|daily)\b",
    r"\b\d+\s*(?:-|to|\u2013)\s*\d+\s*(?:business |working )?days\b",
    # a billing cycle: "on your next bill", "in your March statement" fall due when it is
    # issued (not "every March bill", the bill that was wrong)
    rf"\b(?:on|in|with|to) (?:your|their|the|his|her) (?:next|(?:{_EN_MONTHS})(?:'s)?) (?:month's )?(?:bill|invoice|statement)\b",
]

_BN_MONTHS = (
    "জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|আগষ্ট|"
    "সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|"
    "অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র"
)
_BN_WEEKDAYS = "সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|বৃহঃস্পতিবার|শুক্রবার|শনিবার|রবিবার|রোববার"
_BN_WORD_END = r"(?![\u0980-\u09ff])"
_BN_WHEN = [
    r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)(?:\s*(?:টায়|টা|মিনিটে))?" + _ZONE,
    r"(?<!\d)\d{1,2}\s*(?:টায়|টার|টা|টার মধ্যে)" + _BN_WORD_END,
    # the same in Latin letters, as a Bengali SMS is often written: "1tay update", "bikel
    # 3tar moddhe" (not "2tay packet": a count takes "ti" or "ta" before a noun, not "tay")
    r"(?i)(?<![\w.])\d{1,2}\s*(?:tay|tae|tar moddhe|tar modhye|ta(?= (?:theke|bajar|baje)\b))\b",
    r"(?:ভোর|সকাল|দুপুর|বিকেল|বিকাল|সন্ধ্যা|সন্ধ্যায়|রাত)\S*\s+\d{1,2}",
    r"(?:আজ|আজকে|আজই|আগামীকাল|আগামী কাল|কালকে|পরশু|আজ রাতে|আজ রাত)" + _BN_WORD_END,
    rf"(?:{_BN_WEEKDAYS})\S*",
    rf"(?<!\d)\d{{1,2}}(?:ই|শে|লা|রা|ঠা)?\s*(?:{_BN_MONTHS})\S*",
    # a clock time with its minutes after "টা": "বিকেল 4টা 15" (4:15 pm), in either script
    r"(?<!\d)\d{1,2}\s*টা\s+\d{2}(?!\d)(?!\s*(?:টি|টা|জন))(?:\s*মিনিট\S*)?",
    # "১২ ডিসে.", and in an SMS short of room "২০ নভে ফেরত" with no dot
    r"(?<!\d)\d{1,2}\s*(?:জানু|ফেব্রু|এপ্রি|আগ|সেপ্টে|অক্টো|নভে|ডিসে)(?:\.|(?![\u0980-\u09ff]))",
    rf"(?:{_BN_MONTHS})\s+\d{{1,2}}",
    r"(?<!\d)\d{1,2}(?:ই|শে|লা|রা|ঠা)?\s*তারিখ\S*",  # "১৮ তারিখে": the 18th, as "the 18th"
    r"(?:আগামী|পরের|এই)\s+(?:সপ্তাহ|মাস)\S*",
    r"(?:দিনের|সপ্তাহের|মাসের) শেষে",
    r"(?<!\d)\d+\s*(?:-|থেকে)?\s*\d*\s*(?:মিনিট|ঘণ্টা|ঘন্টা|দিন|কার্যদিবস|কর্মদিবস|সপ্তাহ|মাস)\S*\s*(?:এর\s+)?(?:মধ্যে|ভেতরে|ভিতরে|পর|পরে|পরপর|অন্তর)",
    r"প্রতি\s*\d*\s*(?:মিনিট|ঘণ্টা|ঘন্টা|দিন)\S*",
    r"(?:এক|দুই|দু|তিন|চার|পাঁচ|ছয়|সাত|আধা|আধ)\s*(?:ঘণ্টা|ঘন্টা|দিন|সপ্তাহ)\S*\s*(?:এর\s+)?(?:মধ্যে|পর|পরে|পরপর|অন্তর)",
    # a billing cycle: "ডিসেম্বরের বিলে", "পরের মাসের বিলে" (on next month's bill)
    rf"(?:(?:{_BN_MONTHS})\S*|পরের|পরবর্তী|আগামী)\s+(?:মাসের\s+)?বিল(?:ে|টিতে){_BN_WORD_END}",
]

_EN_VAGUE = [
    # not "as soon as yours goes", "as soon as it's fixed": a clause of its own says when
    # (and "as soon as possible" or "as soon as we can" is vague by the pattern below)
    r"\bsoon(?:est)?\b(?! as \w)",
    r"\bshortly\b",
    r"\bin due course\b",
    # "as soon as we possibly can", "as quickly as is reasonably possible": an adverb between
    r"\bas (?:soon|quickly|fast|rapidly) as (?:(?:is )?(?:\w+ly )?possible|we (?:\w+ly )?(?:can|are able)|practicable|feasible)\b",
    r"\basap\b",
    r"\bin the (?:coming|next few|near) (?:days|weeks|months|future|hours)\b",
    r"\bin the near future\b",
    r"\bat (?:a|some) (?:later|future) (?:date|time|point|stage)\b",
    r"\bat the earliest (?:opportunity|possible time|convenience)\b",
    r"\b(?:promptly|presently|eventually|imminently)\b",
    r"\bin a timely (?:manner|fashion)\b",
    r"\bwhen(?:ever)? (?:we (?:can|are able)|possible|practical)\b",
    r"\bover the (?:coming|next few) (?:days|weeks|months|hours)\b",
    r"\blater (?:today|this week|this month|on)\b",
    r"\bbefore long\b",
    r"\bin time\b(?! (?:to|for)\b)",  # "in time for Christmas", "in time to be useful"
    r"\bat the first opportunity\b",
    # timing left to stock or circumstance: "free replacement once stock allows"
    # ... or to our own work: "once our review of the logs allows", "when the checks permit"
    r"\b(?:once|when|as|whenever) (?:\w+ ){0,8}(?:allows?|permits?)\b",
    # "in the next little while", "in a while", "any day now"
    r"\bin (?:a|the next) (?:little |short )?while\b",
    r"\bany (?:day|time|moment|minute) now\b",
    r"\bbefore too long\b",
    r"\bsubject to (?:stock|availability)\b",
    r"\bin a jiffy\b",
    # "refunded at the earliest": the earliest of nothing (not "Friday at the earliest")
    r"(?<!\d )(?<!day )\bat the earliest\b(?=\s*[.!;]|\s*$)",
    # "on a future bill" dates nothing ("on your next bill" does)
    r"\bon (?:a|one of your) (?:future|later|subsequent|upcoming) (?:bill|invoice|statement)s?\b",
    r"\bwithin (?:a few|the next few|a couple of) (?:working |business )?(?:days|weeks|months)\b",
    # timing left to stock, with no date: "once new stock arrives"
    r"\b(?:once|when|after|as soon as) (?:the |our |new |more |fresh )?stock (?:arrives|is in|comes in|is back)\b",
    # a month with no day: "we'll pay them during July", "a report in August"
    r"\b(?:during|in|over|throughout|later in|early in|by the end of|in early|in mid|in late)[ -](?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?![ -]?\d)",
]
_BN_VAGUE = [
    r"শীঘ্রই|শিগগির\S*|শিগগীর\S*|অচিরেই|যথাসময়ে|যথাশীঘ্র",
    # "যত দ্রুত সম্ভব", "যত তাড়াতাড়ি পারি" (as fast as we can), "যত দ্রুত পারা যায়"
    r"যত\s+(?:দ্রুত|তাড়াতাড়ি|শীঘ্র)\s+(?:সম্ভব|পারি|পারব|পারবো|পারা যায়)",
    r"দ্রুততম সময়ে",
    # the same in Latin letters (Banglish): "travel credit shighroi account-e jog hobe",
    # "joto taratari shombhob"
    r"(?<![a-z])(?:shighroi|shighro|shigroi|sighroi|shigrhoi|shiggiri|shiggir|shigogiri)(?![a-z])",
    r"(?<![a-z])joto (?:druto|taratari|shighro) (?:shombhob|sombhob|pari|parbo)(?![a-z])",
    # a bare "দ্রুত" (quickly) on the remedy we will give: "টাকা দ্রুত আপনার হিসাবে ফেরত আসবে",
    # "দ্রুত সমাধান করা হবে" (not "দ্রুততম", nor "দ্রুত, ৪৮ ঘণ্টার মধ্যে" with its number close
    # behind, nor a name: a sender's "দ্রুত:" or "দ্রুত কুরিয়ার"; nor "দ্রুত ডেলিভারি", the
    # fast kind of a service, or "সরাসরি ও দ্রুত জানাব", how we will tell, as "we will tell
    # you directly and quickly" is no undated remedy in English)
    r"(?<!যত )(?<![\u0980-\u09ff])দ্রুত(?![\u0980-\u09ff])(?!,?(?:\s+\S+){0,3}\s+\d)"
    r"(?!\s*[:\u2014\u2013-])(?!\s+(?:কুরিয়ার|পরিবহন|সার্ভিস|এক্সপ্রেস|লজিস্টিক)\S*)"
    r"(?=(?:\s+(?![,;।])\S+){0,2}?\s+(?:ফেরত|সমাধান|ঠিক|চালু|মেরামত|সমন্বয়|জমা|বদলে|পাল্টে|পৌঁছে|পাঠিয়ে|পাঠানো|ক্রেডিট|রিফান্ড)(?![\u0980-\u09ff]|\S))",
    rf"(?<![\d\u09e6-\u09ef] )(?:{_BN_MONTHS})\s*মাসে(?!র)",  # "জুলাই মাসে": a month, no day
    r"কিছু(?:দিনের|দিন| দিনের| সময়ের)\s*(?:মধ্যে|ভেতরে)",
    r"খুব তাড়াতাড়ি|তাড়াতাড়ি",
    r"পরবর্তীতে|পরে জানানো",
    r"আগামী কয়েক দিনে\S*|আগামী কয়েক দিনের মধ্যে",
    # "কয়েক কার্যদিবসের মধ্যে", "কয়েক দিনের মধ্যেই" (within a few working days)
    r"(?<!আগামী )(?<![\u0980-\u09ff])কয়েক\s*(?:কার্য)?(?:দিন|কার্যদিবস|সপ্তাহ|মাস)\S*\s+(?:মধ্যে|ভেতরে|ভিতরে)\S*",
    # "স্টক এলে বদলে দেব", "সুযোগমতো ফেরত দেব": timing left to stock or circumstance
    r"(?:স্টক|মজুত|পণ্য|চালান)\S* (?:এলে|আসলে|আসামাত্র|আসা মাত্র|পাওয়া গেলে|থাকা সাপেক্ষে)",
    r"সুযোগমতো|সুবিধামতো সময়ে|পরিস্থিতি (?:\S+ )?(?:অনুকূলে এলে|অনুমতি দিলে|স্বাভাবিক হলে)",
]


def _compile(patterns: list[str], flags: int = re.IGNORECASE) -> list[re.Pattern[str]]:
    return [re.compile(nukta_either(pattern), flags) for pattern in patterns]


_WHEN = {
    "en": [
        *_compile([p for p in _EN_WHEN if "Mon|Tue" not in p]),
        *_compile([p for p in _EN_WHEN if "Mon|Tue" in p], 0),
    ],
    "bn": _compile(_BN_WHEN),
}
_VAGUE = {"en": _compile(_EN_VAGUE), "bn": _compile(_BN_VAGUE)}


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _find(
    table: dict[str, list[re.Pattern[str]]], text: str, language: str
) -> list[tuple[int, int]]:
    plain = ascii_digits(text)
    patterns = table.get(language, []) + (table["en"] if language != "en" else [])
    return _merged([m.span() for p in patterns for m in p.finditer(plain) if m.end() > m.start()])


@lru_cache(maxsize=4096)
def _found(kind: str, text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Found per paragraph (no date runs across a blank line) and remembered per paragraph:
    a statement's sections, its renditions and the next save share most of theirs."""
    return tuple(
        (offset + start, offset + end)
        for offset, paragraph in paragraphs(text)
        for start, end in _found_in_paragraph(kind, paragraph, language)
    )


_NAME_QUOTED = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=\())(?:'([^'\n]{2,40})'|\u2018([^\u2019\n]{2,40})\u2019|\"([^\"\n]{2,40})\"|\u201c([^\u201d\n]{2,40})\u201d)"
    r"(?=[\s,.;:!?)\-—।]|$)"
)
"""A short name in quotation marks: "'প্রতিদিন খাঁটি ঘি'" (a ghee brand), "“Daily Fresh”"."""


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a time word lies inside a quoted name of several words (a product called
    'প্রতিদিন খাঁটি ঘি', "every-day pure ghee"), where it names a thing and times nothing."""
    for quoted in _NAME_QUOTED.finditer(text):
        inner = next(g for g in quoted.groups() if g is not None)
        if quoted.start() < start and end < quoted.end() and len(inner.split()) >= 2:
            return inner.strip() != text[start:end].strip()
    return False


@lru_cache(maxsize=16384)
def _found_in_paragraph(kind: str, text: str, language: str) -> tuple[tuple[int, int], ...]:
    if kind == "vague":
        # a hard-wrapped line ("share it in due\ncourse") breaks no phrase; offsets unchanged
        text = text.replace("\n", " ")
    spans = _find(_WHEN if kind == "when" else _VAGUE, text, language)
    if kind == "when" and any(mark in text for mark in "'\u2018\"\u201c"):
        spans = [(a, b) for a, b in spans if not _in_a_name(text, a, b)]
    return tuple(spans)


_A_MONTH = re.compile(
    rf"\b(?:{_EN_MONTHS})\b|(?:{_BN_MONTHS})|\b(?:{_EN_WEEKDAYS_FULL}|(?-i:{_EN_WEEKDAYS_SHORT}))\b",
    re.IGNORECASE,
)


def names_a_day_or_month(text: str) -> bool:
    """Whether words name a month or a weekday ("in April", "জুলাই মাসে", "Update, 14:25 EAT,
    22 July"): a period or a day, not "soon"."""
    return bool(_A_MONTH.search(text))


def when_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of expressions that fix a time, a day, a date or a bounded interval."""
    return list(_found("when", text, language))


def vague_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of timing words that promise no moment ("soon", "in due course", "শীঘ্রই")."""
    return list(_found("vague", text, language))
