"""The editor's standard as rules: what every statement must do that fits its channel.

1. own the failure, blame nobody else        ownership_missing, blame_shifting, evasive_passive
2. apologise sincerely                       apology_missing, non_apology
3. state the impact with figures             impact_vague
4. give the root cause (or say it is unknown) root_cause_missing            (long form)
5. say what is done and what happens next    remediation_missing           (long form)
6. date every promise, promise only the possible   undated_commitment, over_promising
7. make good where appropriate               make_good_missing             (long form)
8. say when the next update comes            next_update_missing
9. say where to get help                     help_missing
10. plain language, within the channel       jargon, too_long

Short channels (one X post, one SMS) are not asked for a cause, remediation detail, or a
make-good, but what they do say is judged like any other text. Each rule yields `Flag`s at
the exact words; "missing" flags point at the part where the element belongs (the section of
the same name in a sectioned statement), at 0..0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel, Document, Match, Part
from crisiscomms.statements.check.language import Sentence
from crisiscomms.statements.check.report import Severity
from crisiscomms.statements.check.text import PhraseSet

_COUNT_WORDS = re.compile(
    r"number|handful|few|subset|percentage|fraction|group|minority|proportion|share|some|"
    r"অল্প|কিছু|হাতে গোনা|গুটিকয়েক|মুষ্টিমেয়|সংখ্যক",
    re.IGNORECASE,
)
_OUR_FAULT = re.compile(
    r"\s*(?:of\s+)?(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|failure)", re.I
)
_STAMP = re.compile(
    r" (?:last )?(?:updated|posted|published|edited|sent|written) (?:at |on )?\S+ (?:\S+ )?(?:\.|$)"
)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")
PlanPhrases = Callable[[str], PhraseSet | None]
"""The plan's own phrases for a rule id in the document's locale, if any."""


@dataclass(frozen=True)
class Flag:
    """One finding before the plan gives it a severity."""

    rule: str
    part: str
    start: int
    end: int
    message: str
    suggestion: str
    severity: Severity | None = None
    """Set where the words themselves decide how serious it is (dense jargon)."""


def _say(doc: Document, en: str, bn: str) -> str:
    return bn if doc.language == "bn" else en


def _question(match: Match) -> bool:
    """Whether a match sits in a question ("How do I know this won't happen again?")."""
    return match.sentence.text.rstrip(" *_\"')\u201d\u2019").endswith("?")


def _home(doc: Document, section: str) -> Part:
    return next((p for p in doc.parts if p.name == section), doc.parts[0])


def _missing(doc: Document, rule: str, section: str, message: str, suggestion: str) -> Flag:
    part = _home(doc, section)
    return Flag(rule, part.name, 0, 0, message, suggestion)


def _at(rule: str, match: Match, message: str, suggestion: str) -> Flag:
    return Flag(rule, match.part.name, match.start, match.end, message, suggestion)


def _plan_hits(doc: Document, phrases: PhraseSet | None) -> list[tuple[Part, int, int]]:
    if phrases is None:
        return []
    return [(p, h.start, h.end) for p in doc.parts for h in phrases.find(p.text)]


def _plan_flags(
    doc: Document, phrases: PhraseSet | None, rule: str, message: str, suggestion: str
) -> Iterator[Flag]:
    """A flag for every hit of the plan's own phrases; "phrase => x" shows x as the fix."""
    if phrases is None:
        return
    for part in doc.parts:
        for hit in phrases.find(part.text):
            excerpt = part.text[hit.start : hit.end]
            yield Flag(
                rule,
                part.name,
                hit.start,
                hit.end,
                message.format(excerpt=excerpt),
                suggestion.format(hint=hit.suggestion) if hit.suggestion else suggestion,
            )


def ownership(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """The statement must say plainly that we caused it or are responsible."""
    if doc.matches("ownership") or _plan_hits(doc, plan("ownership_missing")):
        return
    yield _missing(
        doc,
        "ownership_missing",
        "acknowledgement",
        _say(
            doc,
            "Nowhere does this say that we caused the problem or are responsible for it.",
            "কোথাও বলা হয়নি যে সমস্যাটি আমাদের কারণে হয়েছে বা এর দায় আমাদের।",
        ),
        _say(
            doc,
            'Own it in plain words, for example: "This was our mistake: a change we made '
            'broke card payments."',
            'সরাসরি দায় নিন, যেমন: "ভুলটি আমাদের। আমাদের একটি পরিবর্তনের কারণে এটি ঘটেছে।"',
        ),
    )


def _owns_at_start(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence opens by owning what the one before it said."""
    for match in doc.in_sentence("ownership", sentence):
        before = [t for t in sentence.tokens if t.end <= match.start]
        if len(before) <= 3:
            return True
    return False


_CONTRAST = frozenset({"but", "however", "although", "though", "yet", "while", "কিন্তু", "তবে"})


def _deflects(doc: Document, match: Match) -> bool:
    """Whether ownership in the blame's sentence is taken back ("our fault, but …")."""
    for owning in doc.in_sentence("ownership", match.sentence):
        low, high = sorted((owning.end, match.start))
        between = [t for t in match.sentence.tokens if low <= t.start and t.end <= high]
        if owning.end <= match.start and any(t.word in _CONTRAST for t in between):
            return True
    return False


def blame(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Blaming the customer, a supplier, a partner, an authority or circumstances."""
    message = _say(
        doc,
        '"{excerpt}" puts the blame elsewhere. Customers hold us responsible, whoever we '
        "buy from and whatever the weather.",
        '"{excerpt}" দায় অন্যের ঘাড়ে চাপায়। গ্রাহকেরা আমাদেরই দায়ী মনে করেন।',
    )
    suggestion = _say(
        doc,
        "Say what we did wrong or could have done better, and what we are changing; name a "
        "supplier or event only as a fact, with our responsibility beside it.",
        "আমরা কী ভুল করেছি ও কী বদলাচ্ছি তা বলুন; অন্য কারও নাম নিলে পাশে আমাদের দায়ও স্বীকার করুন।",
    )
    flagged: set[tuple[str, int]] = set()
    for name in ("blame_customer", "blame_circumstance"):
        for match in doc.matches(name):
            flagged.add((match.part.name, match.start))
            yield _at("blame_shifting", match, message.format(excerpt=match.excerpt), suggestion)
    sentences = list(doc.sentences())
    owned = {id(s) for _, s in sentences if doc.in_sentence("ownership", s)}
    for match in doc.matches("blame_other"):
        if (match.part.name, match.start) in flagged:
            continue
        if id(match.sentence) in owned and not _deflects(doc, match):
            continue  # "our supplier failed, and we had no backup: that is on us"
        index = next(i for i, (_, s) in enumerate(sentences) if s is match.sentence)
        if index + 1 < len(sentences) and _owns_at_start(doc, sentences[index + 1][1]):
            continue  # "Our courier lost the van. We chose them, so it is on us."
        yield _at("blame_shifting", match, message.format(excerpt=match.excerpt), suggestion)
    yield from _plan_flags(doc, plan("blame_shifting"), "blame_shifting", message, suggestion)


def apology(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A sincere apology; canned, conditional and feelings-directed ones do not count."""
    canned = doc.matches("non_apology")
    message = _say(
        doc,
        '"{excerpt}" is not a real apology: it is canned, conditional or about feelings '
        "rather than the harm we did.",
        '"{excerpt}" প্রকৃত ক্ষমা চাওয়া নয়: এটি গতানুগতিক, শর্তসাপেক্ষ বা অনুভূতির দিকে ঘোরানো।',
    )
    suggestion = _say(
        doc,
        'Apologise without conditions and name the harm: "We are sorry. For two hours you '
        'could not pay for your shopping."',
        'শর্ত ছাড়া ক্ষমা চান এবং ক্ষতিটির কথা বলুন: "আমরা দুঃখিত। দুই ঘণ্টা আপনি পেমেন্ট করতে পারেননি।"',
    )
    for match in canned:
        if not doc.in_sentence("apology", match.sentence):
            continue  # "if you were affected" with no apology in sight is not a non-apology
        yield _at("non_apology", match, message.format(excerpt=match.excerpt), suggestion)
    yield from _plan_flags(doc, plan("non_apology"), "non_apology", message, suggestion)
    if doc.matches("apology") or _plan_hits(doc, plan("apology_missing")):
        return
    yield _missing(
        doc,
        "apology_missing",
        "apology",
        _say(doc, "There is no apology.", "কোনো ক্ষমা চাওয়া নেই।"),
        _say(
            doc,
            'Say "We are sorry", then name the harm in one sentence.',
            '"আমরা দুঃখিত" বলুন, তারপর এক বাক্যে ক্ষতিটির কথা বলুন।',
        ),
    )


def evasive(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Passive phrases that hide who did it ("mistakes were made", "data was exposed")."""
    for match in doc.matches("evasive"):
        if doc.negated(match):
            continue
        yield _at(
            "evasive_passive",
            match,
            _say(
                doc,
                f'"{match.excerpt}" hides who did it.',
                f'"{match.excerpt}" কে করেছে তা আড়াল করে।',
            ),
            _say(
                doc,
                'Say who did what, in the active voice: "We made a mistake", "An attacker '
                'copied your data".',
                'কে কী করেছে তা সরাসরি বলুন: "আমরা একটি ভুল করেছি"।',
            ),
        )


def impact(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Minimising words ("a small number", "brief") in a sentence that gives no figure, or,
    in long form, no figure anywhere (who, since when, how many)."""
    if not doc.short and not any(doc.has_figure(s) for _, s in doc.sentences()):
        yield _missing(
            doc,
            "impact_vague",
            "impact",
            _say(
                doc,
                "It gives no figures for the impact: not how many, not since when.",
                "ক্ষতির কোনো সংখ্যা নেই: কতজন, কখন থেকে, তা বলা হয়নি।",
            ),
            _say(
                doc,
                'Give the figures, approximate if need be: "Since 08:40 UTC about 1,200 '
                'customers could not sign in."',
                'সংখ্যা দিন, আনুমানিক হলেও: "সকাল ৮:৪০ থেকে প্রায় ১,২০০ গ্রাহক লগইন করতে পারেননি।"',
            ),
        )
    for match in doc.matches("minimising"):
        # "a small number" needs a count; "brief" is answered by times as well.
        counted = _COUNT_WORDS.search(match.excerpt)
        if (doc.has_count if counted else doc.has_figure)(match.sentence):
            continue
        yield _at(
            "impact_vague",
            match,
            _say(
                doc,
                f'"{match.excerpt}" plays the harm down without saying how much.',
                f'"{match.excerpt}" ক্ষতিকে ছোট করে দেখায়, কিন্তু কতটা তা বলে না।',
            ),
            _say(
                doc,
                "Give the figure: how many people, since when, for how long (an estimate is fine).",
                "সংখ্যা দিন: কতজন, কখন থেকে, কতক্ষণ (আনুমানিক হলেও চলবে)।",
            ),
        )
    yield from _plan_flags(
        doc,
        plan("impact_vague"),
        "impact_vague",
        '"{excerpt}" plays the harm down without saying how much.',
        "Give the figure.",
    )


def root_cause(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """The cause in plain words, or an honest "we don't know yet, here is what we know"."""
    if doc.short:
        return
    if doc.matches("cause_unknown") or _plan_hits(doc, plan("root_cause_missing")):
        return
    vague = doc.matches("cause_vague")
    for match in doc.matches("cause_known"):
        if _OUR_FAULT.match(match.part.text, match.end):
            continue  # "because of our mistake" owns it; it does not say what went wrong
        sentence = match.sentence
        if not doc.in_sentence("cause_vague", sentence) or doc.in_sentence(
            "concrete_cause", sentence
        ):
            return
    suggestion = _say(
        doc,
        'State the cause plainly ("A power supply in our data centre burnt out at 09:12"), '
        'or say "We do not know the cause yet. Here is what we know so far: …".',
        'কারণটি সহজ ভাষায় বলুন, অথবা বলুন "কারণ এখনও জানি না। এখন পর্যন্ত যা জানি: …"।',
    )
    if vague:
        for match in vague:
            yield _at(
                "root_cause_missing",
                match,
                _say(
                    doc,
                    f'"{match.excerpt}" is not a cause: it says nothing about what went wrong.',
                    f'"{match.excerpt}" কোনো কারণ নয়: কী ভুল হয়েছে তা বলে না।',
                ),
                suggestion,
            )
        return
    yield _missing(
        doc,
        "root_cause_missing",
        "root_cause",
        _say(
            doc,
            "It neither gives the cause nor says that the cause is not yet known.",
            "কারণটি বলা হয়নি, আবার কারণ যে এখনও অজানা তাও বলা হয়নি।",
        ),
        suggestion,
    )


def remediation(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """What has been done and what happens next, including what customers should do."""
    if doc.short:
        return
    if doc.matches("remediation") or _plan_hits(doc, plan("remediation_missing")):
        return
    yield _missing(
        doc,
        "remediation_missing",
        "remediation",
        _say(
            doc,
            "It does not say what we have done, what happens next or what customers should do.",
            "আমরা কী করেছি, এরপর কী হবে বা গ্রাহকদের কী করতে হবে, তা বলা হয়নি।",
        ),
        _say(
            doc,
            'Name the actions: "At 15:31 UTC we rolled back the change. You do not need to do '
            'anything; failed payments were not charged."',
            'পদক্ষেপগুলো বলুন: "১৫:৩১-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি। আপনাকে কিছু করতে হবে না।"',
        ),
    )


def commitments(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A promise with vague timing ("soon", "in due course") instead of a date or an owner."""
    promises = {id(m.sentence) for m in doc.matches("promise")}
    for match in doc.vagues:
        if id(match.sentence) not in promises or _question(match):
            continue
        yield _at(
            "undated_commitment",
            match,
            _say(
                doc,
                f'"{match.excerpt}" is not a date: nobody can hold us to it.',
                f'"{match.excerpt}" কোনো তারিখ নয়: এতে কেউ আমাদের দায়বদ্ধ করতে পারবে না।',
            ),
            _say(
                doc,
                'Give the date or time ("by Friday 9 October", "within 5 working days") or '
                "the person who owns the promise.",
                'তারিখ বা সময় দিন ("৯ অক্টোবর শুক্রবারের মধ্যে", "৫ কর্মদিবসের মধ্যে")।',
            ),
        )
    yield from _plan_flags(
        doc,
        plan("undated_commitment"),
        "undated_commitment",
        '"{excerpt}" is not a date.',
        "Give the date or the owner.",
    )


def over_promise(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Promises nobody can keep: "never again", "guarantee", "100% secure"."""
    message = _say(
        doc,
        '"{excerpt}" promises what nobody can deliver; it will be quoted back at us.',
        '"{excerpt}" এমন প্রতিশ্রুতি যা কেউ রাখতে পারে না; পরে এটি আমাদের দিকেই ফিরবে।',
    )
    suggestion = _say(
        doc,
        "Promise the specific changes we are making, each with an owner and a date.",
        "নির্দিষ্ট পরিবর্তনগুলোর প্রতিশ্রুতি দিন, প্রতিটির দায়িত্বপ্রাপ্ত ব্যক্তি ও তারিখসহ।",
    )
    for match in doc.matches("over_promise"):
        if _question(match) or doc.in_sentence("disclaimer", match.sentence) or doc.negated(match):
            continue  # "no one can promise it will never happen again" promises nothing
        yield _at("over_promising", match, message.format(excerpt=match.excerpt), suggestion)
    yield from _plan_flags(doc, plan("over_promising"), "over_promising", message, suggestion)


MAKE_GOOD_STAGES = frozenset(
    {Stage.IDENTIFIED, Stage.MONITORING, Stage.RESOLVED, Stage.FOLLOW_UP, None}
)


def make_good(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A credit, refund, waived fee or compensation, once the harm is known (long form)."""
    if doc.short or doc.stage not in MAKE_GOOD_STAGES:
        return
    if doc.matches("make_good") or _plan_hits(doc, plan("make_good_missing")):
        return
    yield _missing(
        doc,
        "make_good_missing",
        "make_good",
        _say(
            doc,
            "It offers nothing to make good the harm (a credit, refund, waived fee or "
            "compensation).",
            "ক্ষতিপূরণের কোনো প্রস্তাব নেই (ক্রেডিট, রিফান্ড, ফি মওকুফ ইত্যাদি)।",
        ),
        _say(
            doc,
            "Say what we give back and when: \"We will credit 25 % of this month's bill to "
            'your account by 30 June."',
            'কী ফেরত দিচ্ছি ও কবে তা বলুন: "৩০ জুনের মধ্যে এ মাসের বিলের ২৫% আপনার অ্যাকাউন্টে ফেরত দেব।"',
        ),
    )


def next_update(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """When the next update comes: an update cue tied to a time or date in one sentence."""
    if _plan_hits(doc, plan("next_update_missing")):
        return
    timed = {id(m.sentence) for m in doc.whens}
    cues = ["update_cue"]
    if doc.short:
        cues += ["promise", "remediation", "make_good"]  # or the next step with its time
    if doc.closing or doc.stage is None:
        cues.append("report_cue")  # a closing notice may name a dated follow-up or report
    for name in cues:
        for match in doc.matches(name):
            if _STAMP.match(match.sentence.surface):
                continue  # "Updated 14:05 UTC" says when we wrote, not when we write next
            if id(match.sentence) in timed or _PLACEHOLDER.search(match.sentence.text):
                return  # a "[date]" left to fill in is reported as a placeholder
    # A heading line "Next update:" followed by the time on the next line.
    sentences = [s for _, s in doc.sentences()]
    for index, sentence in enumerate(sentences[:-1]):
        if doc.in_sentence("update_cue", sentence) and id(sentences[index + 1]) in timed:
            if len(sentence.tokens) <= 4:
                return
    closing = doc.closing
    yield _missing(
        doc,
        "next_update_missing",
        "next_update",
        _say(
            doc,
            "It does not say when the next update comes."
            if not closing
            else "A closing notice should name the date of the follow-up or the full report.",
            "পরবর্তী আপডেট কখন আসবে তা বলা হয়নি।"
            if not closing
            else "সমাপনী বার্তায় পরবর্তী প্রতিবেদন বা ফলো-আপের তারিখ থাকা উচিত।",
        ),
        _say(
            doc,
            'Tie the update to a time: "Next update by 17:00 UTC today on status.example.com."'
            if not closing
            else 'Name the follow-up and its date: "We will publish the full report by Fri 9 Oct."',
            'সময়সহ বলুন: "পরবর্তী আপডেট আজ বিকেল ৫টার মধ্যে।"'
            if not closing
            else 'তারিখসহ বলুন: "পূর্ণ প্রতিবেদন ৯ অক্টোবরের মধ্যে প্রকাশ করব।"',
        ),
    )


def help_contact(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Where to get help: a link, phone number, email address, chat or staff."""
    if doc.matches("help") or doc.phones or _plan_hits(doc, plan("help_missing")):
        return
    yield _missing(
        doc,
        "help_missing",
        "help",
        _say(doc, "It does not say where to get help.", "কোথায় সাহায্য পাওয়া যাবে তা বলা হয়নি।"),
        _say(
            doc,
            'Give a link, phone number or email: "Questions? help.example.com or 0800 123 456, '
            'open 24 hours."',
            'লিংক, ফোন নম্বর বা ইমেইল দিন: "প্রশ্ন থাকলে help.example.com অথবা ১৬২৪৭।"',
        ),
    )


DENSE_JARGON = 3
"""Distinct jargon terms from which jargon fails a statement by default."""


def jargon(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Technical and corporate words most affected customers do not use."""
    message = _say(
        doc,
        '"{excerpt}" is jargon many of the people affected will not understand.',
        '"{excerpt}" এমন পরিভাষা যা অনেক গ্রাহক বুঝবেন না।',
    )
    matches = doc.matches("jargon")
    # One technical word is a note to the writer; a text thick with them is not plain
    # language, and an editor sends it back.
    dense = len({m.excerpt.casefold() for m in matches}) >= DENSE_JARGON
    for match in matches:
        flag = _at(
            "jargon",
            match,
            message.format(excerpt=match.excerpt),
            _say(
                doc,
                "Use the words people would use talking to a friend.",
                "বন্ধুর সঙ্গে কথা বলার মতো সহজ শব্দ ব্যবহার করুন।",
            ),
        )
        yield replace(flag, severity="error") if dense else flag
    hint = _say(doc, 'Say "{hint}" instead.', '"{hint}" বলুন।')
    yield from _plan_flags(doc, plan("jargon"), "jargon", message, hint)


def length(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A single X post within 280 weighted characters; an SMS within one segment."""
    from crisiscomms.statements.renditions.sms import measure, plain_punctuation
    from crisiscomms.statements.renditions.x import weighted_length

    text = "\n".join(part.text for part in doc.parts)
    if doc.channel == Channel.X:
        weight = weighted_length(text)
        if weight > 280:
            yield Flag(
                "too_long",
                doc.parts[0].name,
                0,
                len(doc.parts[0].text),
                _say(
                    doc,
                    f"The post is {weight} of X's weighted characters; one post holds 280.",
                    f"পোস্টটি X-এর হিসাবে {weight} অক্ষর; একটি পোস্টে ২৮০ ধরে।",
                ),
                _say(doc, "Cut it to one post, or make it a thread.", "এক পোস্টে আনুন বা থ্রেড করুন।"),
            )
    elif doc.channel == Channel.SMS:
        measured = measure(plain_punctuation(text))
        if measured.segments > 1:
            limit = 160 if measured.encoding == "GSM-7" else 70
            yield Flag(
                "too_long",
                doc.parts[0].name,
                0,
                len(doc.parts[0].text),
                _say(
                    doc,
                    f"The SMS is {measured.characters} {measured.encoding} characters, "
                    f"{measured.segments} segments; one segment holds {limit}.",
                    f"এসএমএসটি {measured.characters} অক্ষর ({measured.encoding}), "
                    f"{measured.segments}টি অংশ; এক অংশে {limit} অক্ষর ধরে।",
                ),
                _say(
                    doc,
                    "Keep the apology, what is happening, the next update time and the link.",
                    "ক্ষমা, কী ঘটছে, পরবর্তী আপডেটের সময় ও লিংক রাখুন; বাকিটা বাদ দিন।",
                ),
            )


Standard = Callable[[Document, PlanPhrases], Iterator[Flag]]
STANDARD: dict[str, tuple[Standard, tuple[str, ...]]] = {
    "ownership": (ownership, ("ownership_missing",)),
    "blame": (blame, ("blame_shifting",)),
    "evasive": (evasive, ("evasive_passive",)),
    "apology": (apology, ("apology_missing", "non_apology")),
    "impact": (impact, ("impact_vague",)),
    "root_cause": (root_cause, ("root_cause_missing",)),
    "remediation": (remediation, ("remediation_missing",)),
    "commitments": (commitments, ("undated_commitment",)),
    "over_promise": (over_promise, ("over_promising",)),
    "make_good": (make_good, ("make_good_missing",)),
    "next_update": (next_update, ("next_update_missing",)),
    "help": (help_contact, ("help_missing",)),
    "jargon": (jargon, ("jargon",)),
    "length": (length, ("too_long",)),
}
"""Each check of the standard and the rule ids it reports."""

DEFAULT_SEVERITY: dict[str, Severity] = {
    "ownership_missing": "error",
    "blame_shifting": "error",
    "evasive_passive": "warning",
    "apology_missing": "error",
    "non_apology": "error",
    "impact_vague": "error",
    "root_cause_missing": "error",
    "remediation_missing": "error",
    "undated_commitment": "error",
    "over_promising": "error",
    "make_good_missing": "error",
    "next_update_missing": "error",
    "help_missing": "error",
    "jargon": "warning",
    "too_long": "error",
}
"""The default severity of every rule of the standard; a plan may change each."""
