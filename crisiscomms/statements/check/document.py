"""What the check reads: a document of one or more parts, in one language, for one channel.

A pasted draft, an X post or an SMS is a document of one part named "text"; a sectioned
statement is a document whose parts are its ten sections (and its answers), so the same
rules judge both. Every part is analysed once (`language.analyse`); cue matches carry the
part and the exact span in that part's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.banglish import romanised
from crisiscomms.statements.check.cues import ROMANISED_BN, SURFACE_LANGUAGES, cue
from crisiscomms.statements.check.dates import vague_spans, when_spans
from crisiscomms.statements.check.language import (
    PHONE,
    Analysis,
    Sentence,
    Token,
    analyse,
    paragraph_hits,
)


class Channel(StrEnum):
    """Where a text is published; short channels are judged only on what fits them."""

    EMAIL = "email"
    STATUS_PAGE = "status_page"
    X = "x"
    SMS = "sms"
    WEBHOOK = "webhook"


SHORT_CHANNELS = frozenset({Channel.X, Channel.SMS})
CLOSING_STAGES = frozenset({Stage.RESOLVED, Stage.FOLLOW_UP})
_PHONE = re.compile(PHONE)
_LOOKS_BACK = re.compile(
    r"(?:\bsince|\bfrom|\bstarting|\bbetween|\bbegan(?: at)?|\bstarted(?: at)?|থেকে|পর্যন্ত)"
    # "since 08:00 today": the day after a time looks back with it
    r"(?:\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:UTC|GMT|BST|CET|IST|ET|PT))?)?\s*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_YEAR = re.compile(r"(?:20|\u09e8\u09e6)[0-3\u09e6-\u09e9]\d")
_HOW_OFTEN = frozenset({"twice", "double", "doubled"})
_AMOUNT = re.compile(r"[~≈+(<>]*\d[\d,.]*(?:%|k|m|bn|\+)?\)?", re.IGNORECASE)  # \d: any script
"""A number as a count is written ("3,200", "~4,000", "40%", "12k"); "KM3-24", "5G" and
"24/7" are names."""
_NOT_HOW_MANY_AFTER = frozenset(
    """minute minutes min mins hour hours hr hrs day days week weeks month months year years
    second seconds sec working business calendar gb mb kb tb mbps gbps km kms mile miles kg g
    জি
    litre litres liter liters l ml am pm a.m. p.m. st nd rd th o'clock pence p cents
    dollars pounds euros rupees taka usd gbp eur bdt inr naira shillings rand pesos ringgit
    yen cedis ngn kes zar nzd sgd aud cad pkr lkr npr php
    মিনিট ঘণ্টা ঘন্টা দিন দিনের সপ্তাহ মাস বছর সেকেন্ড জিবি এমবি টাকা টাকার টা টার টায় টায়
    টাতে কর্মদিবস s party parties গ্রাম লিটার কেজি মিলি ধাপ ধাপের step steps
    দিনে ঘণ্টায় ঘণ্টার মিনিটের মাসে মাসের সপ্তাহে সপ্তাহের বছরে বছরের লিটারের গ্রামের কেজির মি.লি.
    মিলির ml""".split()
)
"""Words after a number that make it a duration, a size, an amount or a time, not how many
("s": a number made plural, "returning 503s", "the 1990s", names codes or decades)."""
_NOT_HOW_MANY_BEFORE = frozenset(
    """$ £ € ৳ ₹ ₦ ¥ ₱ ₩ ₵ ₺ ₪ ₫ ₴ ₸ ₽ rs rs. tk tk. usd gbp eur bdt inr ngn kes ksh zar nzd sgd
    aud cad pkr lkr npr php call dial text sms ext extension option
    press deck gate platform room flight route bus train line code step version model no no.
    number ref reference order ticket page section article clause help helpline phone tel
    whatsapp কল নম্বর নম্বরে হটলাইন হেল্পলাইন সাহায্য ফোন ডায়াল calling dialling dialing texting
    ring questions question contact প্রশ্ন যোগাযোগ routes lines buses trains flights gates
    platforms rooms decks error errors এরর""".split()
)
_LISTED = frozenset({"&", "and", "or", ",", "/", "ও", "এবং", "আর"})
"""What joins a second number to the first that a word named ("routes 12 & 14")."""
"""Words before a number that make it an amount, a phone or a name, not how many."""
_RANGE_JOINS = frozenset(
    {"-", "\u2013", "to", "and", "&", "or", ",", "থেকে", "ও", "আর", "এবং", "বা"}
)
"""What joins the first day of a range or a list to the dated last ("9 to 12 January")."""


def _first_of_dates(tokens: Sequence[Token], index: int, dated: list[tuple[int, int]]) -> bool:
    """Whether a number is the first day of a range or a list whose last day is dated
    ("between 9 and 12 January", "১২ ও ১৩ জুলাই"): a day, though only the last has its month."""
    ahead = index + 1
    if ahead + 1 >= len(tokens) or tokens[ahead].word.casefold() not in _RANGE_JOINS:
        return False
    following = tokens[ahead + 1]
    return any(c.isdigit() for c in following.word) and any(
        start <= following.start < end for start, end in dated
    )


_NAMES_A_THING = frozenset(
    """order ref reference no no. ticket booking invoice account flight train bus route model
    version code # gate platform room deck step option ext extension batch serial""".split()
)
"""Words before a number that make it a name or a reference, not a figure ("order 48213")."""
_DIALLED = frozenset({"কল", "ফোন", "নম্বরে", "নাম্বারে", "হটলাইনে", "হেল্পলাইনে"})
_CASE_ENDING = frozenset({"-", "এ", "তে", "য়"})


def _dialled(after: Sequence[Token]) -> bool:
    """Whether the words after a number dial it: "-এ কল করুন", "নম্বরে ফোন করুন"."""
    words = [t.word for t in after]
    while words and words[0] in _CASE_ENDING:
        words.pop(0)
    return bool(words) and words[0] in _DIALLED


_SHORT_CODE = re.compile(r"\d{3,6}")
"""A bare number of three to six digits, no separators: in a sentence that tells people how
to reach us, a short code or a helpline ("call 16247"), not how many (a count that size is
written with a separator, "16,247", or with what it counts)."""
_POSSESSIVE = re.compile(r"['\u2019]s$")
_COUNTED = re.compile(
    r"(?:customer|user|people|person|passenger|member|account|order|household|home|patient|"
    r"student|pupil|client|গ্রাহক|যাত্রী|ব্যবহারকারী|সদস্য|অ্যাকাউন্ট|অর্ডার|জন|টি|টা)",
    re.IGNORECASE,
)


_AFFECTED = re.compile(r"(?:affected|impacted|hit|ক্ষতিগ্রস্ত|প্রভাবিত|আক্রান্ত)", re.IGNORECASE)


def _reach_us(tokens: Sequence[Token], index: int, contact: bool) -> bool:
    """Whether a bare number is one to reach us on: in a sentence that says how to reach us
    ("text HELP to 789"), or of four to six digits after a colon, ending its sentence
    ("প্রশ্ন থাকলে: ১৬২৪৭", "Queries: 16600"); never one with what it counts
    after it ("1200 customers") or before it ("Customers affected: 1200")."""
    word = tokens[index].word
    if not _SHORT_CODE.fullmatch(word):
        return False
    if any(_COUNTED.match(t.word) for t in tokens[index + 1 : index + 3]):
        return False
    if contact:
        return True
    ends = not any(c.isalpha() for t in tokens[index + 1 :] for c in t.word)
    if not (ends and len(word) >= 4 and index > 0 and tokens[index - 1].word == ":"):
        return False
    # "Customers affected: 1200", "ক্ষতিগ্রস্ত গ্রাহক: ১২০০": what it counts named before it
    return not any(_COUNTED.match(t.word) or _AFFECTED.match(t.word) for t in tokens[:index])


_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
"""Quote marks: a number between them is part of a name."""
_NEGATIONS = frozenset({"no", "not", "never", "none", "nobody", "nothing", "neither", "nor"})
_CLAUSE_MARK = re.compile(r"[,;:\u2014]")
"""What ends a clause inside a sentence (a comma, semicolon, colon or dash)."""


def _word_after(sentence: Sentence, end: int) -> str:
    """The word that follows a position of a sentence, lower-cased ("" at the end)."""
    return next((t.word.casefold() for t in sentence.tokens if t.start >= end), "")


@dataclass(frozen=True)
class Part:
    """One named piece of the document ("text", or a section name) and its analysis."""

    name: str
    text: str
    analysis: Analysis


class Match(NamedTuple):
    """Where a cue matched: the part, the sentence and the span in the part's text."""

    part: Part
    sentence: Sentence
    start: int
    end: int

    @property
    def excerpt(self) -> str:
        """The matched words as written."""
        return self.part.text[self.start : self.end]


@dataclass
class Document:
    """A text to judge, split into parts, with its language, channel and stage."""

    parts: tuple[Part, ...]
    language: str
    channel: Channel
    stage: Stage | None
    _cache: dict[str, list[Match]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        parts: list[tuple[str, str]],
        *,
        language: str,
        channel: Channel,
        stage: Stage | None,
    ) -> Document:
        """Analyse each (name, text) part once."""
        lang = language.split("-")[0].casefold()
        return cls(
            parts=tuple(Part(name, text, analyse(text, lang)) for name, text in parts),
            language=lang,
            channel=channel,
            stage=stage,
        )

    @property
    def short(self) -> bool:
        """Whether the channel is a single short message (X post, SMS)."""
        return self.channel in SHORT_CHANNELS

    @property
    def closing(self) -> bool:
        """Whether this is a closing notice (the incident is resolved)."""
        return self.stage in CLOSING_STAGES

    @cached_property
    def romanised(self) -> bool:
        """Whether this is Bengali written in Latin letters ("Banglish", as in an SMS)."""
        return self.language == "bn" and romanised("\n".join(part.text for part in self.parts))

    @property
    def cue_language(self) -> str:
        """The cue table the text is read with: Banglish beside Bengali where romanised."""
        return ROMANISED_BN if self.romanised else self.language

    def sentences(self) -> Iterator[tuple[Part, Sentence]]:
        """Every sentence of every part, in reading order."""
        for part in self.parts:
            for sentence in part.analysis.sentences:
                yield part, sentence

    def matches(self, name: str) -> list[Match]:
        """Every match of a cue list in the document (cached per cue)."""
        if name in self._cache:
            return self._cache[name]
        pattern = cue(self.cue_language, name)
        found: list[Match] = []
        if pattern is not None:
            # Cues are written in dictionary forms or as people write ("limited",
            # "unforeseen"): English matches both lines, Bengali the normalised words.
            lines = (True,) if self.language in SURFACE_LANGUAGES else (False, True)
            for part in self.parts:
                analysis = part.analysis
                for offset, paragraph, first in analysis.paragraphs:
                    for index, start, end in paragraph_hits(
                        pattern, paragraph, analysis.language, lines
                    ):
                        sentence = analysis.sentences[first + index]
                        found.append(Match(part, sentence, start + offset, end + offset))
        self._cache[name] = found
        return found

    def derived(self, name: str, find: Callable[[Document], list[Match]]) -> list[Match]:
        """Matches a rule finds by code rather than by a cue list, found once per document
        and shared by every rule that asks (cached beside the cues, under `name`)."""
        if name not in self._cache:
            self._cache[name] = find(self)
        return self._cache[name]

    def negated(self, match: Match, window: int = 4, *, clause: bool = False) -> bool:
        """Whether a negation ("no", "not", "never") comes shortly before a match; with
        `clause`, only in the match's own clause ("If it can't wait, email us": the
        negation is the condition's, not the email's)."""
        begin = match.sentence.start
        if clause:
            for mark in _CLAUSE_MARK.finditer(match.part.text, begin, match.start):
                begin = mark.end()
        tokens = [t for t in match.sentence.tokens if begin <= t.start and t.end <= match.start]
        return any(t.lemma in _NEGATIONS for t in tokens[-window:])

    def in_sentence(self, name: str, sentence: Sentence) -> list[Match]:
        """Matches of a cue list inside one sentence."""
        return [m for m in self.matches(name) if m.sentence is sentence]

    @cached_property
    def _all_whens(self) -> list[Match]:
        """Every time, day or date, ahead or behind."""
        return self._spans(when_spans)

    @cached_property
    def whens(self) -> list[Match]:
        """Every time, day, date or bounded interval ahead ("since 08:40" looks back)."""
        return [
            match
            for match in self._all_whens
            if not _LOOKS_BACK.search(match.part.text, 0, match.start)
        ]

    @cached_property
    def vagues(self) -> list[Match]:
        """Every vague timing word ("soon", "in due course")."""
        return self._spans(vague_spans)

    @cached_property
    def phones(self) -> list[Match]:
        """Every phone number."""
        return self._spans(lambda text, _language: [m.span() for m in _PHONE.finditer(text)])

    def _spans(self, finder: object) -> list[Match]:
        found: list[Match] = []
        for part in self.parts:
            for start, end in finder(part.text, self.language):  # type: ignore[operator]
                sentence = part.analysis.sentence_at(start)
                if sentence is not None:
                    found.append(Match(part, sentence, start, end))
        return found

    def has_count(self, sentence: Sentence) -> bool:
        """Whether a sentence gives a count: a number that is not part of a time or a date
        ("on Wed 5 June, a small number of users" gives none), or a number word."""
        return any(True for _ in self.count_spans(sentence))

    def count_spans(self, sentence: Sentence) -> Iterator[tuple[int, int]]:
        """Where a sentence gives a count (see `has_count`): each number, else each number
        word, as a span of its part's text, in reading order."""
        dated = [(m.start, m.end) for m in self._all_whens if m.sentence is sentence]
        dated += [(m.start, m.end) for m in self.phones if m.sentence is sentence]
        # "100% safe", "১০০% নিরাপদ": a promise, not how many were harmed
        dated += [(m.start, m.end) for m in self.in_sentence("over_promise", sentence)]
        contact = bool(self.in_sentence("help", sentence))
        tokens = sentence.tokens
        found = False
        for index, token in enumerate(tokens):
            if not _AMOUNT.fullmatch(token.word) or _CLOCK.fullmatch(token.word):
                continue
            if index == 0 and len(tokens) > 1 and tokens[1].word in (".", ")"):
                continue  # "1." opening a numbered step: a list marker
            if _YEAR.fullmatch(token.word):
                continue  # "permits for 2026": a year (a count that size is written "2,026")
            if any(start <= token.start and token.end <= end for start, end in dated):
                continue
            if _first_of_dates(tokens, index, dated):
                continue  # "between 9 and 12 January", "১৪ থেকে ২০ ডিসেম্বর": a day, not how many
            back = index - 1
            while back >= 0 and tokens[back].word in (":", "-", "\u2013"):
                back -= 1  # "Help: 121", "call - 16247"
            while (
                back >= 2
                and tokens[back].word.casefold() in _LISTED
                and _AMOUNT.fullmatch(tokens[back - 1].word)
            ):
                back -= 2  # "routes 12 & 14", "platforms 3 and 4": the second named as well
            before = tokens[back].word.casefold() if back >= 0 else ""
            ahead = index + 1
            while ahead < len(tokens) - 1 and tokens[ahead].word in ("-", "\u2013"):
                ahead += 1  # "a 40-minute wait", "২-ধাপের লগইন"
            after = tokens[ahead].word.casefold() if ahead < len(tokens) else ""
            if not any(c.isalpha() for t in tokens if t is not token for c in t.word):
                continue  # "১২১" on a line of its own: a helpline
            if before in _NOT_HOW_MANY_BEFORE or after in _NOT_HOW_MANY_AFTER:
                continue  # "£25", "call 300", "15 minutes", "2GB", "২টায়"
            if _dialled(tokens[index + 1 : index + 4]):
                continue  # "১৬২৬২-এ কল করুন", "16262 নম্বরে": a hotline, not how many
            if _reach_us(tokens, index, contact):
                continue  # "প্রশ্ন থাকলে: ১৬২৪৭", "text HELP to 789": a number to reach us on
            if after in _QUOTES and any(
                t.word in _QUOTES for t in tokens[max(0, index - 3) : index]
            ):
                continue  # "'PowerPlus 20000'": a number inside a quoted name
            found = True
            yield token.start, token.end
        if found:
            return
        # "taken twice" says how often, "one of our trains" names a thing, and "two days"
        # ("দুই দিনের") says how long, not how many
        for match in self.in_sentence("figure_word", sentence):
            if (
                match.excerpt.casefold() not in _HOW_OFTEN
                # "this one's on us", "no one's data": the pronoun, not a count
                and _POSSESSIVE.sub("", match.excerpt.casefold()) != "one"
                and _word_after(sentence, match.end) not in _NOT_HOW_MANY_AFTER
            ):
                yield match.start, match.end

    def has_figure(self, sentence: Sentence) -> bool:
        """Whether a sentence gives a figure: a number, a time or a number word (not a
        reference, "order 48213", nor a list marker, nor "third party")."""
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if not any(char.isdigit() for char in token.word):
                continue
            before = tokens[index - 1].word.casefold() if index else ""
            if before in _NAMES_A_THING:
                continue
            if index == 0 and len(tokens) > 1 and tokens[1].word in (".", ")"):
                continue
            return True
        return any(
            _word_after(sentence, match.end) not in ("party", "parties")
            for match in self.in_sentence("figure_word", sentence)
        )
