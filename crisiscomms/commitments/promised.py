"""The "what we promised" block a new draft starts with: honesty, rendered from the records.

The block lists the incident's public commitments the public has not yet heard the current
state of: every open promise (with its due time), and every promise or next update that was
kept (with the evidence), missed (with the reason and the new date the team set) or
withdrawn (with the reason, or the new wording) since a published statement last reported
it so. The incident's open next-update promise is left out: the statement being drafted is
that update. It is written after the plan's own commitments text in each locale's
`commitments` section, in the locale's words (English wording where there are none yet),
with the promise texts, reasons and evidence as the team wrote them, and times written the
same way in every language so the fact check can compare them. Missed promises come first,
so that a long block that must be cut never loses them. The open promises are also
pre-filled as the draft's commitments, so publishing restates them instead of making them
anew.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import (
    Commitment,
    CommitmentKind,
    CommitmentReport,
    CommitmentStatus,
)
from crisiscomms.plans.templating import format_time
from crisiscomms.statements.content import (
    MAX_SECTION_CHARS,
    CommitmentDraft,
    LocaleContent,
    StatementContent,
)

S = CommitmentStatus
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "What we promised, and where each promise stands:",
        "kept": "- Kept: {text} Done {kept}.",
        "kept_late": "- Kept late: {text} It was due {due}. Done {kept}.",
        "evidence": " Proof: {evidence}",
        "open": "- Open: {text} Due {due}.",
        "missed": "- Missed: {text} It was due {due}.",
        "reason": " Why: {reason}",
        "no_reason": " We have not yet said why.",
        "new_date": " New date: {due}.",
        "withdrawn": "- Withdrawn: {text} Why: {reason}",
        "changed": "- Changed: {text} Now: {new}",
        "update_kept": "- Kept: an update by {due}. We posted it {kept}.",
        "update_missed": "- Missed: an update by {due}.",
        "more": "- {count} more on our status page.",
    },
    "bn": {
        "heading": "আমাদের প্রতিশ্রুতি, এবং প্রতিটির অবস্থা:",
        "kept": "- রাখা হয়েছে: {text} সম্পন্ন: {kept}।",
        "kept_late": "- দেরিতে রাখা হয়েছে: {text} নির্ধারিত সময় ছিল {due}। সম্পন্ন: {kept}।",
        "evidence": " প্রমাণ: {evidence}",
        "open": "- চলমান: {text} নির্ধারিত সময়: {due}।",
        "missed": "- রাখা হয়নি: {text} নির্ধারিত সময় ছিল {due}।",
        "reason": " কারণ: {reason}",
        "no_reason": " কারণ এখনও জানানো হয়নি।",
        "new_date": " নতুন তারিখ: {due}।",
        "withdrawn": "- প্রত্যাহার করা হয়েছে: {text} কারণ: {reason}",
        "changed": "- বদলানো হয়েছে: {text} এখন: {new}",
        "update_kept": "- রাখা হয়েছে: {due}-এর মধ্যে আপডেট। আমরা তা প্রকাশ করেছি {kept}-এ।",
        "update_missed": "- রাখা হয়নি: {due}-এর মধ্যে আপডেট।",
        "more": "- আরও {count}টি আমাদের স্ট্যাটাস পেজে।",
    },
}
ORDER = {S.MISSED: 0, S.KEPT: 1, S.WITHDRAWN: 2, S.OPEN: 3}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "।")) else f"{text}."


def to_report(session: Session, incident_id: int) -> list[Commitment]:
    """The public commitments a new statement should report on, missed ones first."""
    public = session.exec(
        select(Commitment)
        .where(Commitment.incident_id == incident_id, col(Commitment.public).is_(True))
        .order_by(col(Commitment.id))
    ).all()
    reported = set(
        session.exec(
            select(CommitmentReport.commitment_id, CommitmentReport.status_at_report).where(
                col(CommitmentReport.commitment_id).in_([c.id for c in public])
            )
        ).all()
    )
    chosen = [
        c
        for c in public
        if (c.status == S.OPEN and c.kind == CommitmentKind.PROMISE)
        or (c.status != S.OPEN and (c.id, c.status) not in reported)
    ]
    return sorted(chosen, key=lambda c: (ORDER[c.status], c.id or 0))


def line(commitment: Commitment, words: dict[str, str], by_id: dict[int, Commitment]) -> str:
    """One commitment's line in the block."""
    c = commitment
    text = _sentence(c.text)
    due = format_time(c.due_at)
    if c.kind == CommitmentKind.NEXT_UPDATE:
        if c.status == S.KEPT:
            return words["update_kept"].format(due=due, kept=format_time(c.kept_at))
        missed = words["update_missed"].format(due=due)
        return missed + (
            words["reason"].format(reason=_sentence(c.missed_reason)) if c.missed_reason else ""
        )
    if c.status == S.KEPT:
        late = c.kept_at is not None and c.kept_at > c.due_at
        key = "kept_late" if late else "kept"
        result = words[key].format(text=text, due=due, kept=format_time(c.kept_at))
        if c.evidence:
            result += words["evidence"].format(evidence=c.evidence)
        return result
    if c.status == S.MISSED:
        result = words["missed"].format(text=text, due=due)
        reason = c.missed_reason
        result += words["reason"].format(reason=_sentence(reason)) if reason else words["no_reason"]
        successor = next((s for s in by_id.values() if s.redated_from_id == c.id), None)
        if successor is not None:
            result += words["new_date"].format(due=format_time(successor.due_at))
        return result
    if c.status == S.WITHDRAWN:
        new = by_id.get(c.superseded_by_id or 0)
        if new is not None:
            return words["changed"].format(text=text, new=_sentence(new.text))
        return words["withdrawn"].format(text=text, reason=_sentence(c.withdrawn_reason or ""))
    return words["open"].format(text=text, due=due)


def block(
    commitments: Sequence[Commitment], locale: str, *, room: int, by_id: dict[int, Commitment]
) -> str:
    """The block in one locale, cut to `room` characters (missed promises are never cut)."""
    words = WORDS.get(locale.split("-")[0], WORDS["en"])
    shown = {c.id for c in commitments}
    lines: list[tuple[bool, str]] = []
    for c in commitments:
        redated_from = by_id.get(c.redated_from_id or 0)
        if c.status == S.OPEN and redated_from is not None and redated_from.id in shown:
            continue  # the missed promise's line already gives its new date
        lines.append((c.status == S.MISSED, line(c, words, by_id)))
    cut = 0
    while lines and not lines[-1][0] and _length(words, lines, cut) > room:
        lines.pop()
        cut += 1
    more = [words["more"].format(count=cut)] if cut else []
    return "\n".join([words["heading"], *(text for _, text in lines), *more])


def _length(words: dict[str, str], lines: list[tuple[bool, str]], cut: int) -> int:
    more = len(words["more"]) + 6 if cut else 0
    return len(words["heading"]) + sum(len(text) + 1 for _, text in lines) + more


def include(session: Session, content: StatementContent, *, incident_id: int) -> StatementContent:
    """The draft content with the block in each locale and the open promises pre-filled."""
    chosen = to_report(session, incident_id)
    if not chosen:
        return content
    everything = session.exec(select(Commitment).where(Commitment.incident_id == incident_id)).all()
    by_id = {c.id or 0: c for c in everything}
    locales: dict[str, LocaleContent] = {}
    for locale, value in content.locales.items():
        own = value.sections.commitments
        room = MAX_SECTION_CHARS - len(own) - 2
        text = f"{own}\n\n{block(chosen, locale, room=room, by_id=by_id)}"
        sections = value.sections.model_copy(update={"commitments": text[:MAX_SECTION_CHARS]})
        locales[locale] = value.model_copy(update={"sections": sections})
    drafts = [
        CommitmentDraft(text=c.text, owner_id=c.owner_id, due_at=c.due_at, public=True)
        for c in chosen
        if c.status == S.OPEN and c.kind == CommitmentKind.PROMISE
    ]
    return content.model_copy(
        update={"locales": locales, "commitments": [*content.commitments, *drafts]}
    )


@dataclass(frozen=True)
class IncidentPromises:
    """An incident's promises, as drafting and checking a statement need them
    (`statements.service.Promises`)."""

    session: Session
    incident_id: int

    def include(self, content: StatementContent) -> StatementContent:
        return include(self.session, content, incident_id=self.incident_id)

    def texts(self) -> Sequence[str]:
        return commitment_service.texts_of(self.session, self.incident_id)


def of_incident(session: Session, incident_id: int) -> IncidentPromises:
    """What an incident has promised so far, for a statement of it."""
    return IncidentPromises(session, incident_id)
