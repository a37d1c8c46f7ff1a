"""Reading a text as an editor does: sentences, words, their lemmas, and the way back.

The rules of the check look for meanings ("we caused it", "we are sorry") in ordinary
writing, so they match on a *lemma line* per sentence rather than on the raw text: words are
lower-cased, contractions are expanded ("we've" → "we have", "didn't" → "do not", "this
one's" → "this one be"), and every word is reduced to its dictionary form (English with
simplemma: "rebuilt" → "rebuild", "paid" → "pay"; Bengali with a light suffix stemmer:
"গ্রাহকদের" → "গ্রাহক"). A match on the lemma line maps back to the exact characters the
author wrote, so every finding highlights the words as typed.

Sentences are split at ".", "!", "?", "।", line breaks and an emoji before a new sentence,
except after abbreviations ("e.g.", "a.m.", "approx.", "No.") and inside numbers ("9.30",
"v2.1") and links.

Longer than 400 lines on purpose: splitting, lemmatising and the paragraph cache that lets a
save reuse every unchanged paragraph's analysis are one pipeline, and each step's offsets
must agree with the next; kept together, a reader checks them in one place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import phonenumbers
import simplemma

from crisiscomms.statements.check.text import WORD, ascii_digits

_NUKTA = {"\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd", "\u09af\u09bc": "\u09df"}
_APOSTROPHES = "'\u2019\u2018`\u00b4"
URL = r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]"
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_GENERIC_TLDS = (
    "com net org io co uk bd in app dev example info biz gov edu eu us ca au de fr ie nz ai shop"
    " store online site bank travel health news live cloud tech energy ltd mobi pro coop aero"
).split()
_TLDS = "|".join(sorted(_GENERIC_TLDS, key=lambda tld: (-len(tld), tld)))
# every other country's own ending ("kampongkids.sg/recall", "safarirail.co.ke"): the regions
# the phone-number library knows are the ISO 3166 codes the ccTLDs follow; written in lower
# case only, so that "now.It" (a full stop with no space after it) stays two words
_COUNTRY_TLDS = "(?-i:{})".format(
    "|".join(
        sorted(
            {region.lower() for region in phonenumbers.SUPPORTED_REGIONS} - set(_GENERIC_TLDS),
            key=lambda tld: (-len(tld), tld),
        )
    )
)
DOMAIN = (
    rf"(?<![\w@.])(?:(?:[a-z0-9-]+\.)+(?:{_TLDS}|{_COUNTRY_TLDS})"
    # a help site's host, whatever its ending: "help.emberfall.game", "support.rift.gg"
    r"|(?:help|support|status|care|contact|service)\.(?:[a-z0-9-]+\.)+[a-z]{2,10}"
    # any other ending, with a path after it: "bramble.toys/recall", "islelink.scot/live"
    r"|(?:[a-z0-9-]+\.)+[a-z]{2,18}(?=/[a-z0-9]))"
    r"(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?(?![\w])"
)
PHONE = r"(?<![\w+#])\+?(?=(?:[ \t\u00a0().-]*\d){6})\d[\d \t\u00a0().-]{6,}\d(?!\d)"
"""A phone number: digits with spaces, dots, dashes or brackets between them on one line (not
a year ending one paragraph and a figure opening the next)."""
_LINKISH = re.compile(f"{URL}|{EMAIL}|{DOMAIN}", re.IGNORECASE)
_TOKEN = re.compile(
    rf"{URL}|{EMAIL}|{DOMAIN}"  # a link is one token
    r"|(?<!\w)(?:[ap]\.m\.|e\.g\.|i\.e\.)"  # abbreviations with inner dots
    r"|\d{1,2}[:.]\d{2}(?!\d)"  # a clock time
    r"|\d+(?:[.,]\d+)*%?"  # a number, a percentage
    # a word, with hyphens and apostrophes inside
    rf"|{WORD}+(?:[-{_APOSTROPHES}]{WORD}+)*[{_APOSTROPHES}]?"
    r"|[^\s\w]",  # a punctuation mark
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset(
    "e.g i.e etc approx a.m p.m am pm no nos vs mr mrs ms dr st jr sr inc ltd co corp dept "
    "est tel ext ref fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed "
    "thu thur thurs fri sat sun u.s u.k h.q "
    # Bengali month abbreviations: "১২ ডিসে." is a date, not the end of a sentence
    "জানু ফেব্রু এপ্রি আগ সেপ্টে অক্টো নভে ডিসে".split()
)
_CONTINUES_TIME = frozenset(
    "utc gmt bst cet cest est edt pst pdt ist bdt monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thurs fri sat sun".split()
)
_PRONOUN_IS = frozenset(
    "it that this there here what who he she one everything nothing something which where "
    "how let".split()
)
# Words simplemma does not reduce the way the rules need ("broke" as a verb, "fixed").
_LEMMA_OVERRIDES = {
    "broke": "break",
    "fixed": "fix",
    "fixes": "fix",
    "fixing": "fix",
    "left": "leave",
    "thought": "think",
    "us": "we",
    "ltd": "ltd",
    "apologies": "apologise",
    "apology": "apologise",
    "apologize": "apologise",
    "apologized": "apologise",
    "apologizes": "apologise",
    "apologizing": "apologise",
    "apologised": "apologise",
    "apologises": "apologise",
    "apologising": "apologise",
    "'s": "'s",
    "wo": "will",
    "ca": "can",
    "sha": "shall",
}
_CONTRACTION_TAILS = {"ve": "have", "re": "be", "ll": "will", "d": "would", "m": "be"}


BN_IMPERATIVE = r"(?!(?:নত|আগ|কান|খ|ন)ুন(?![\u0980-\u09ff]))\S+ুন"
"""A Bengali polite imperative ("করুন", "দেখুন", "রাখুন"), not a word that only ends so
("নতুন", new; "আগুন", fire)."""


def nukta_single(pattern: str) -> str:
    """A pattern with every Bengali nukta letter in its one-code-point spelling."""
    for pair, single in _NUKTA.items():
        pattern = pattern.replace(pair, single)
    return pattern


def nukta_either(pattern: str) -> str:
    """A pattern that matches either spelling of every Bengali nukta letter."""
    pattern = nukta_single(pattern)
    for pair, single in _NUKTA.items():
        pattern = pattern.replace(single, f"(?:{single}|{pair})")
    return pattern


def _single(text: str) -> str:
    """Bengali text with every nukta letter in its one-code-point spelling."""
    for pair, single in _NUKTA.items():
        text = text.replace(pair, single)
    return text


_BN_SADHU = {
    "হইয়াছে": "হয়েছে",
    "হইয়াছিল": "হয়েছিল",
    "হইয়াছেন": "হয়েছেন",
    "হইয়া": "হয়ে",
    "হইবে": "হবে",
    "হইবেন": "হবেন",
    "হইতেছে": "হচ্ছে",
    "হইল": "হলো",
    "হইলে": "হলে",
    "হইতে": "থেকে",
    "করিব": "করব",
    "করিবে": "করবে",
    "করিবেন": "করবেন",
    "করিতেছি": "করছি",
    "করিতেছে": "করছে",
    "করিতে": "করতে",
    "করিবার": "করার",
    "করিয়া": "করে",
    "করিলে": "করলে",
    "দিব": "দেব",
    "দিবে": "দেবে",
    "দিবেন": "দেবেন",
    "দিতেছি": "দিচ্ছি",
    "নাই": "নেই",
    "যাহা": "যা",
    "তাহা": "তা",
    "তাহার": "তার",
    "তাহাদের": "তাদের",
    "তাঁহার": "তাঁর",
    "তাঁহাদের": "তাঁদের",
    "কেহ": "কেউ",
    "নূতন": "নতুন",
    "পূর্বে": "আগে",
    "নিকট": "কাছে",
}
_BN_SADHU_WORDS = {_single(formal): _single(everyday) for formal, everyday in _BN_SADHU.items()}
"""The formal written register (সাধু ভাষা) of official notices, read as the everyday one the
cues are written in: its auxiliaries and pronouns word for word, and below, its perfect
("দেওয়া হইয়াছে", "পাঠাইয়াছি", "করিয়াছি") by its endings, which the everyday register never has."""
_BN_SADHU_PERFECT = (
    # পাঠাইয়াছি → পাঠিয়েছি, বসাইয়াছিলেন → বসিয়েছিলেন, উল্টাইয়া → উল্টিয়ে (not "ভাইয়া")
    (re.compile(_single("(?<=..)াইয়া(?=ছ|$)")), _single("িয়ে")),
    # হইয়াছে → হয়েছে; দিয়াছি → দিয়েছি, নিয়াছি → নিয়েছি (the stems that are one vowel)
    (re.compile(_single("ইয়া(?=ছ)")), _single("য়ে")),
    (re.compile(_single("^([দন]িয়)া(?=ছ)")), _single("\\1ে")),
    # করিয়াছি → করেছি, রাখিয়াছে → রাখেছে (near enough: a stem the cues read)
    (re.compile(_single("িয়া(?=ছ)")), "ে"),
)


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """A word for matching: NFC, case-folded, one apostrophe, one nukta spelling, 0-9, and
    a Bengali word of the formal register in its everyday form."""
    word = unicodedata.normalize("NFC", word).casefold()
    for pair, single in _NUKTA.items():
        word = word.replace(pair, single)
    for mark in _APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    if word and "\u0980" <= word[0] <= "\u09ff":
        word = _bn_everyday(word)
    return ascii_digits(word)


def _bn_everyday(word: str) -> str:
    """A Bengali word of the formal register (সাধু ভাষা) in the everyday one (চলিত)."""
    if word in _BN_SADHU_WORDS:
        return _BN_SADHU_WORDS[word]
    for pattern, replacement in _BN_SADHU_PERFECT:
        word = pattern.sub(replacement, word)
    return word


# Bengali inflections, longest first: case and plural markers, classifiers, verb endings.
_BN_SUFFIXES = tuple(
    sorted(
        (
            "গুলোর গুলোকে গুলো গুলির গুলি দেরকে দের েরা কে েতে ের টির টার টিকে টি টা "
            "ছিলাম ছিলেন ছিল েছি েছে েছেন েছিল েছিলাম লাম লেন ছি ছে ছেন তাম চ্ছি "
            "চ্ছে চ্ছেন চ্ছিল য়েছি য়েছে য়েছেন য়েছিল িনি েনি"
        ).split(),
        key=len,
        reverse=True,
    )
)


_BN_KEEP = frozenset("আমরা আমাদের আমাদেরকে আপনি আপনার আপনারা আপনাদের তারা তাদের সকাল বিকেল দুপুর".split())


def bn_stem(word: str) -> str:
    """A light Bengali stem: one inflectional suffix stripped, at least two letters kept."""
    if word in _BN_KEEP:
        return word
    for suffix in _BN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The dictionary form of a normalised word."""
    if language == "bn":
        return bn_stem(word)
    if language == "en":
        if word in _LEMMA_OVERRIDES:
            return _LEMMA_OVERRIDES[word]
        if not word.isalpha():
            return word
        return str(simplemma.lemmatize(word, lang="en")).casefold()
    return word


class Token(NamedTuple):
    """A word (or a piece of a contraction) with its place in the text (a tuple: a long
    text makes thousands, and a tuple is made three times faster than a frozen dataclass)."""

    start: int
    end: int
    word: str
    lemma: str


def _expand(word: str, start: int, end: int, language: str) -> list[Token]:
    """A token, split where it is a contraction ("we've" → we + have)."""
    return [Token(start, end, form, base) for form, base in _forms(word, language)]


@lru_cache(maxsize=65536)
def _forms(word: str, language: str) -> tuple[tuple[str, str], ...]:
    """(word, lemma) of each piece of a written word; the same for every occurrence."""
    return tuple((token.word, token.lemma) for token in _split(word, 0, 0, language))


def _split(word: str, start: int, end: int, language: str) -> list[Token]:
    norm = normalise_word(word)
    if language == "en" and "'" in norm:
        head, _, tail = norm.rpartition("'")
        if tail == "t" and head.endswith("n"):
            base = head[:-1]
            base = {"wo": "will", "ca": "can", "sha": "shall", "ai": "be"}.get(base, base)
            return [
                Token(start, end, base, lemma(base, language)),
                Token(start, end, "not", "not"),
            ]
        if tail in _CONTRACTION_TAILS and head:
            full = _CONTRACTION_TAILS[tail]
            return [
                Token(start, end, head, lemma(head, language)),
                Token(start, end, full, lemma(full, language)),
            ]
        if tail == "s" and head:
            if head in _PRONOUN_IS:
                return [
                    Token(start, end, head, lemma(head, language)),
                    Token(start, end, "is", "be"),
                ]
            return [
                Token(start, end, head, lemma(head, language)),
                Token(start, end, "'s", "'s"),
            ]
        if tail == "" and head:  # customers' → customers
            norm = head
    return [Token(start, end, norm, lemma(norm, language))]


_STAMP_LINE = re.compile(
    r"[ \t]*(?:last updated|updated|posted|published|investigating|identified|monitoring|"
    r"resolved|update)\b(?=[ \t]*(?:[-:|,\u2013\u2014\d]|$|(?:at|on)?[ \t]*(?:\d|mon|tue|wed|thu|"
    r"fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|yesterday)))",
    re.IGNORECASE | re.MULTILINE,
)
"""A stamp opening a line ("Updated 11:05 GMT", "Identified - 14:20 UTC"): the word, then a
time, a date or a dash; not a wrapped sentence going on ("…will be\npublished here on …")."""
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
"""A pictograph (and the joiners of one): in a post it often closes a sentence."""
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013]|\d+[.)]|#+)\s")
_WRAP_WIDTH = 60
"""A line shorter than this with no closing punctuation is a heading or a line of its own."""


def _item_wraps(line: str, rest: str) -> bool:
    """Whether a long list item runs on to the next line: it has no closing punctuation and
    the next line is indented under it or goes on in lower case ("- we'll publish the report\n
      on 30 April")."""
    if len(line) < _WRAP_WIDTH or line[-1] in ".!?।:;\"'\u201d)":
        return False
    return rest[:1] in (" ", "\t") or rest[:1].islower()


def _line_ends_sentence(text: str, start: int, newline: int) -> bool:
    """Whether a line break ends a sentence, or only wraps one (plain-text email at 72)."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    rest = text[newline + 1 :]
    if (
        not line
        or not rest.strip()
        or rest.startswith(("\n", "\r\n"))
        or rest.lstrip(" ").startswith("\n")
    ):
        return True  # a paragraph break, or the end
    if _BULLET.match(rest):
        return True  # a list item starts here
    if _BULLET.match(line + " ") and not _item_wraps(line, rest):
        return True  # a list item ends here
    if _STAMP_LINE.match(rest):
        return True  # a heading, then "Updated 11:05 GMT" or "Identified - 14:20 UTC"
    if line[-1] in "'\u2019" and line[-2:-1].isalpha() and len(line) >= _WRAP_WIDTH:
        return False  # "the rules on pilots'\n duty": a possessive, the sentence goes on
    if line[-1] in ".!?।:;\"'\u201d)" or len(line) < _WRAP_WIDTH:
        return True
    return False  # a long line running on: the sentence continues


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, abbreviations, decimals and links kept whole."""
    spans: list[tuple[int, int]] = []
    protected = [m.span() for m in _LINKISH.finditer(text)]
    start = 0
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        boundary = False
        if char == "\n":
            boundary = _line_ends_sentence(text, start, i)
        elif char in ".!?।" and not any(a <= i < b for a, b in protected):
            j = i
            while j + 1 < length and text[j + 1] in ".!?।\"'\u201d\u2019)":
                j += 1
            after = text[j + 1] if j + 1 < length else " "
            if after.isspace():
                boundary = True
                if char == ".":
                    word_start = i
                    while word_start > start and not text[word_start - 1].isspace():
                        word_start -= 1
                    previous = text[word_start:i].strip("(\"'").casefold().rstrip(".")
                    if previous in _ABBREVIATIONS or (len(previous) == 1 and previous.isalpha()):
                        # "a.m. Tuesday" ends no sentence; "… by 9 a.m. We will" does.
                        nxt = text[j + 1 :].lstrip()
                        following = nxt.split(" ", 1)[0].strip(".,;:").casefold()
                        boundary = (
                            bool(nxt)
                            and nxt[0].isupper()
                            and previous in ("a.m", "p.m", "etc")
                            and following not in _CONTINUES_TIME
                        )
            i = j
        elif _EMOJI.match(char) and not any(a <= i < b for a, b in protected):
            j = i
            while j + 1 < length and _EMOJI.match(text[j + 1]):
                j += 1
            # "sorry folks 🙏 Next update at 5": in a post an emoji before a new capitalised
            # (or Bengali) sentence ends the one before it
            nxt = text[j + 1 : j + 3]
            boundary = nxt[:1].isspace() and (nxt[1:].isupper() or "\u0980" <= nxt[1:] <= "\u09ff")
            i = j
        if boundary:
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    spans.append((start, length))
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            out.append((begin, end))
    return out


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span, its tokens, and its lemma line with the way back."""

    start: int
    end: int
    text: str
    local_tokens: tuple[Token, ...]
    """The tokens placed in the sentence's paragraph (see `tokens`)."""
    line: str
    """Lemmas joined by single spaces, with a space before the first and after the last."""
    offsets: tuple[int, ...]
    """Where each token begins in `line`."""
    surface: str
    """The normalised words, joined like `line`."""
    surface_offsets: tuple[int, ...]
    shift: int = 0
    """Where the sentence's paragraph begins in the whole text."""

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens placed in the whole text: made on first use, because a paragraph is
        analysed once and placed in many texts (a statement's sections, each rendition),
        and most of its sentences are never asked for their words."""
        by = self.shift
        if by == 0:
            return self.local_tokens
        return tuple(
            Token(start + by, end + by, word, lemma)
            for start, end, word, lemma in self.local_tokens
        )

    def span_of(self, line_start: int, line_end: int, *, surface: bool = False) -> tuple[int, int]:
        """The span of the original text that a match on the lemma line covers."""
        first = last = None
        offsets = self.surface_offsets if surface else self.offsets
        tokens = self.local_tokens
        for index, offset in enumerate(offsets):
            token = tokens[index]
            token_end = offset + len(token.word if surface else token.lemma)
            if first is None and token_end > line_start:
                first = index
            if offset < line_end:
                last = index
        if first is None or last is None or last < first:
            return self.start, self.start
        return tokens[first].start + self.shift, tokens[last].end + self.shift

    def search(
        self, pattern: re.Pattern[str], *, surface: bool = False
    ) -> Iterator[tuple[int, int]]:
        """Original-text spans of every match of a lemma-line (or surface-line) pattern."""
        for line_start, line_end in _line_hits(pattern, self.surface if surface else self.line):
            yield self.span_of(line_start, line_end, surface=surface)


_PATTERNS: dict[tuple[str, int], re.Pattern[str]] = {}
"""Every pattern searched, by its source: the cue tables and the plans' phrases."""


def _source(pattern: re.Pattern[str]) -> tuple[str, int]:
    """A pattern's key for the caches below, the pattern kept under it."""
    key = (pattern.pattern, pattern.flags)
    _PATTERNS.setdefault(key, pattern)
    return key


def _line_hits(pattern: re.Pattern[str], line: str) -> tuple[tuple[int, int], ...]:
    """Where a cue matches a line of words, remembered: a sentence is searched once however
    many texts quote it (a statement's sections, its renditions, the next save's draft).

    Remembered by the pattern's source text, not the pattern: hashing a compiled pattern
    hashes its whole program (25 µs for the ownership cues, on every lookup), while a
    string keeps its hash."""
    return _hits_by_source(*_source(pattern), line)


@lru_cache(maxsize=65536)
def _hits_by_source(source: str, flags: int, line: str) -> tuple[tuple[int, int], ...]:
    pattern = _PATTERNS[(source, flags)]
    return tuple(match.span() for match in pattern.finditer(line) if match.end() > match.start())


def _tokens(text: str, start: int, end: int, language: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if _LINKISH.fullmatch(word):
            tokens.append(Token(match.start(), match.end(), "<link>", "<link>"))
            continue
        tokens.extend(_expand(word, match.start(), match.end(), language))
    return tokens


@dataclass(frozen=True)
class Analysis:
    """A text split into sentences of lemmas, in one language."""

    text: str
    language: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, str, int], ...]
    """Each paragraph's offset in the text, its text, and the index of its first sentence."""

    def search(
        self, pattern: re.Pattern[str], *, surface: bool = False
    ) -> Iterator[tuple[Sentence, tuple[int, int]]]:
        """Every match of a lemma-line pattern, with its sentence and original span."""
        for sentence in self.sentences:
            for span in sentence.search(pattern, surface=surface):
                yield sentence, span

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence holding a position of the text."""
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return None


def _joined(parts: list[str]) -> tuple[str, tuple[int, ...]]:
    offsets: list[int] = []
    position = 1
    for part in parts:
        offsets.append(position)
        position += len(part) + 1
    return " " + " ".join(parts) + " ", tuple(offsets)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph: no sentence, date or link runs across a blank line."""
    found: list[tuple[int, str]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        found.append((start, text[start : match.start()]))
        start = match.end()
    found.append((start, text[start:]))
    return found


@lru_cache(maxsize=4096)
def analyse(text: str, language: str) -> Analysis:
    """Split a text into sentences and lemmatise every word.

    Remembered for the last 4,096 texts, and each paragraph for the last 16,384: a
    statement's sections, its renditions (cut from the sections) and the next save of the
    same draft share most of their paragraphs. An analysis is never changed after it is
    made, so sharing it is safe across threads."""
    language = language.split("-")[0].casefold()
    sentences: list[Sentence] = []
    found: list[tuple[int, str, int]] = []
    for offset, paragraph in paragraphs(text):
        found.append((offset, paragraph, len(sentences)))
        sentences.extend(_shifted(sentence, offset) for sentence in _sentences(paragraph, language))
    return Analysis(
        text=text, language=language, sentences=tuple(sentences), paragraphs=tuple(found)
    )


def paragraph_hits(
    pattern: re.Pattern[str], paragraph: str, language: str, lines: tuple[bool, ...]
) -> tuple[tuple[int, int, int], ...]:
    """(sentence index, start, end) in the paragraph of every match of a cue pattern on the
    given lines of its sentences (False: lemmas, True: surface words), longest first where
    two overlap, with the matches inside a longer one dropped. Remembered per paragraph: a
    paragraph recurs in a statement's sections, each of its renditions and its next save,
    and most cues match none of it."""
    return _paragraph_hits(*_source(pattern), paragraph, language, lines)


@lru_cache(maxsize=65536)
def _paragraph_hits(
    source: str, flags: int, paragraph: str, language: str, lines: tuple[bool, ...]
) -> tuple[tuple[int, int, int], ...]:
    pattern = _PATTERNS[(source, flags)]
    found: list[tuple[int, int, int]] = []
    for index, sentence in enumerate(_sentences(paragraph, language)):
        spans: set[tuple[int, int]] = set()
        for surface in lines:
            spans.update(sentence.search(pattern, surface=surface))
        for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
            if any(s <= start and end <= e for s, e in spans if (s, e) != (start, end)):
                continue  # inside a longer match of the same cue
            found.append((index, start, end))
    return tuple(found)


@lru_cache(maxsize=16384)
def _sentences(text: str, language: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for start, end in sentence_spans(text):
        tokens = _tokens(text, start, end, language)
        line, offsets = _joined([token.lemma for token in tokens])
        surface, surface_offsets = _joined([token.word for token in tokens])
        sentences.append(
            Sentence(
                start, end, text[start:end], tuple(tokens), line, offsets, surface, surface_offsets
            )
        )
    return tuple(sentences)


def _shifted(sentence: Sentence, by: int) -> Sentence:
    """A paragraph's sentence placed in the whole text."""
    if by == 0:
        return sentence
    return Sentence(
        sentence.start + by,
        sentence.end + by,
        sentence.text,
        sentence.local_tokens,
        sentence.line,
        sentence.offsets,
        sentence.surface,
        sentence.surface_offsets,
        sentence.shift + by,
    )
