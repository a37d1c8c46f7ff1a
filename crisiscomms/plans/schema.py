"""The plan file format: what a crisis communication plan holds, validated.

A plan is prepared before the crisis. It says how fast to speak (severities with their
first-statement deadline and update cadence), to whom and where (audiences and their
channels), who decides (roles), what to say at each stage (statement templates built from
the transparent sections), what people will ask next (anticipated questions), what happens
after resolution (the follow-up sequence), how the company makes good, and the holding
statement that may go out without review when an update is due and nothing is ready.

Structural rules live on the models; rules that relate one part of the plan to another
(references to audiences, channels, severities, stages, locales) are in `validation.py`
so that each problem can be reported at its own location in the file.

Longer than 400 lines on purpose: it is the whole plan file format in one place (the JSON
Schema in `plan.schema.json` and the docs are generated from it), read top to bottom as the
reference of what a plan may say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
)

from crisiscomms import validators

DURATION_RE = re.compile(r"^(?:(?P<w>\d+)w)?(?:(?P<d>\d+)d)?(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?$")
SLUG_RE = r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$"
ID_RE = r"^[a-z0-9][a-z0-9_-]{0,62}$"
LOCALE_SHAPE = r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$"
"""What a language tag looks like, for editors reading the JSON Schema; langcodes decides."""


def duration_minutes(value: str) -> int:
    """Minutes in a duration such as "90m", "1h30m", "7d" or "2w"."""
    match = DURATION_RE.match(value.strip()) if value else None
    if not match or not any(match.groupdict().values()):
        raise ValueError(
            f"invalid duration {value!r}: use whole numbers with units w, d, h, m, "
            'for example "15m", "1h30m" or "7d"'
        )
    parts = {k: int(v) for k, v in match.groupdict().items() if v}
    return (
        parts.get("w", 0) * 7 * 24 * 60
        + parts.get("d", 0) * 24 * 60
        + parts.get("h", 0) * 60
        + parts.get("m", 0)
    )


def _check_duration(value: str) -> str:
    duration_minutes(value)
    return value


def _check_positive_duration(value: str) -> str:
    if duration_minutes(value) <= 0:
        raise ValueError(f"duration {value!r} must be longer than zero")
    return value


Duration = Annotated[str, AfterValidator(_check_duration)]
PositiveDuration = Annotated[str, AfterValidator(_check_positive_duration)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_RE)]
Ident = Annotated[str, StringConstraints(pattern=ID_RE)]
STORED = {"stored": True}
"""Validation context for a version read back from the database (`service.body_of`)."""


def _unless_stored(check: Callable[[str], str]) -> Callable[[str, ValidationInfo], str]:
    """`check` for a plan coming in; a stored version is taken as it was saved. It was valid
    then, incidents pin it, and a stricter rule later (langcodes after a pattern) must not
    make it unreadable."""

    def validate(value: str, info: ValidationInfo) -> str:
        if isinstance(info.context, dict) and info.context.get("stored"):
            return value
        return check(value)

    return validate


def _phone_as_written(value: str) -> str:
    validators.phone_number(value)
    return value


Locale = Annotated[
    str,
    AfterValidator(_unless_stored(validators.language_tag)),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": LOCALE_SHAPE,
            "description": "An IETF BCP 47 language tag, such as en, bn or pt-BR.",
        }
    ),
]
"""A valid IETF BCP 47 language tag (langcodes), in its standard form: the customer
import's rule too (`crisiscomms.validators`)."""
Currency = Annotated[
    str,
    AfterValidator(_unless_stored(validators.currency_code)),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[A-Za-z]{3}$",
            "description": "An ISO 4217 currency code, such as EUR, USD or BDT.",
        }
    ),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=300)]
LocalizedText = dict[Locale, Text]
"""The same text in several languages, keyed by locale; the plan's default locale is required."""


class Strict(BaseModel):
    """Unknown fields are errors: a typo in a plan must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Scenario(StrEnum):
    SERVICE_OUTAGE = "service_outage"
    DATA_BREACH = "data_breach"
    BILLING_ERROR = "billing_error"
    PRODUCT_RECALL = "product_recall"
    TRAVEL_DISRUPTION = "travel_disruption"
    DELIVERY_DELAY = "delivery_delay"
    PLANNED_MAINTENANCE = "planned_maintenance"
    OTHER = "other"


class Stage(StrEnum):
    """The statement stages; the first four follow the incident status of the same name."""

    INVESTIGATING = "investigating"
    IDENTIFIED = "identified"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    FOLLOW_UP = "follow_up"


class AudienceKind(StrEnum):
    PUBLIC = "public"
    CUSTOMERS = "customers"
    SUBSCRIBERS = "subscribers"
    """People who follow the status page by themselves (confirmed subscribers)."""
    INTERNAL = "internal"


class ChannelKind(StrEnum):
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    THREADS = "threads"
    FACEBOOK = "facebook"
    LINKEDIN = "linkedin"
    APPRISE = "apprise"
    EMAIL = "email"
    SMS = "sms"
    WEBHOOK = "webhook"
    STATUS_PAGE = "status_page"
    DRY_RUN = "dry_run"


class AccountRole(StrEnum):
    VIEWER = "viewer"
    COMMS = "comms"
    APPROVER = "approver"
    COMMANDER = "commander"
    ADMIN = "admin"


class MakeGoodKind(StrEnum):
    PERCENT_OF_MONTHLY_BILL = "percent_of_monthly_bill"
    FIXED_CREDIT = "fixed_credit"
    REFUND_OF_OVERCHARGE = "refund_of_overcharge"
    FULL_REFUND = "full_refund"
    VOUCHER = "voucher"
    REPLACEMENT = "replacement"
    NONE = "none"


SECTION_NAMES: tuple[str, ...] = (
    "headline",
    "acknowledgement",
    "apology",
    "impact",
    "root_cause",
    "remediation",
    "commitments",
    "make_good",
    "next_update",
    "help",
)
"""The transparent sections of every statement, in the order they are read."""


class Organisation(Strict):
    """Who speaks, and where people get help."""

    name: ShortText
    support_url: ShortText
    support_email: (
        Annotated[ShortText, AfterValidator(_unless_stored(validators.email_address))] | None
    ) = None
    support_phone: (
        Annotated[ShortText, AfterValidator(_unless_stored(_phone_as_written))] | None
    ) = None
    """Checked with phonenumbers, kept as written: statements show it the way people dial it."""
    status_page_url: ShortText | None = None
    time_zone: Annotated[ShortText, AfterValidator(_unless_stored(validators.time_zone))] | None = (
        None
    )
    """IANA zone for personal messages to readers who have none of their own (else UTC)."""


class Severity(Strict):
    """How bad it is, and therefore how fast and how often we speak."""

    id: Ident
    name: ShortText
    description: Text
    first_statement_minutes: int = Field(gt=0, le=7 * 24 * 60)
    update_cadence_minutes: int = Field(gt=0, le=7 * 24 * 60)


class Channel(Strict):
    """A destination type used by the plan; its credentials live in configured channels."""

    id: Ident
    kind: ChannelKind
    description: ShortText
    locales: list[Locale] | None = Field(
        default=None,
        min_length=1,
        description=(
            "The languages this channel posts in, in order, each as its own post or thread "
            "(X, Mastodon, Bluesky, Threads, apprise), in one post (Facebook, LinkedIn) or "
            "section of the body (webhooks); default: the plan's default "
            "locale only. Email and SMS go to each person in their own language regardless."
        ),
    )


class Audience(Strict):
    """A group of people we owe news to, and the channels that reach them."""

    id: Ident
    kind: AudienceKind
    description: Text
    channels: list[Ident] = Field(min_length=1)


class Role(Strict):
    """A seat at the table during the crisis, and the account role it needs."""

    id: Ident
    title: ShortText
    account_role: AccountRole
    responsibilities: list[ShortText] = Field(min_length=1)


class Sections(Strict):
    """The transparent sections of a statement, as Jinja2 templates."""

    headline: Text
    acknowledgement: Text
    apology: Text
    impact: Text
    root_cause: Text
    remediation: Text
    commitments: Text
    make_good: Text
    next_update: Text
    help: Text


class Question(Strict):
    """A follow-up question people will ask, answered before they ask it."""

    id: Ident
    question: LocalizedText
    answer: LocalizedText


class FollowUpStep(Strict):
    """One message of the planned sequence after resolution."""

    id: Ident
    offset: PositiveDuration = Field(description='Time after resolution, e.g. "1h", "24h", "7d".')
    audiences: list[Ident] = Field(min_length=1)
    purpose: ShortText
    template: dict[Locale, Sections]


class MakeGoodTier(Strict):
    """What an affected customer receives at one severity."""

    severity: Ident
    kind: MakeGoodKind
    value: float | None = Field(default=None, ge=0)
    max_amount: float | None = Field(default=None, ge=0)
    description: LocalizedText


class MakeGoodPolicy(Strict):
    """How the company makes good, by severity."""

    currency: Currency
    claim: Annotated[str, StringConstraints(pattern=r"^(automatic|on_request)$")]
    tiers: list[MakeGoodTier] = Field(min_length=1)


class HoldingStatement(Strict):
    """The statement that may go out when an update is due and nothing else is ready."""

    pre_approved: bool
    audiences: list[Ident] = Field(min_length=1)
    template: dict[Locale, Sections]


class Deadline(Strict):
    """An external clock the incident must beat, such as a regulator's 72 hours."""

    id: Ident
    title: ShortText
    after: PositiveDuration
    from_: Annotated[str, StringConstraints(pattern=r"^(detected|activated)$")] = Field(
        alias="from", default="detected"
    )
    owner_role: Ident
    description: Text

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


class RuleSetting(Strict):
    """Tuning of one transparency check rule; phrase lists are per locale."""

    enabled: bool = True
    severity: Annotated[str, StringConstraints(pattern=r"^(error|warning|info)$")] | None = None
    phrases: dict[Locale, list[ShortText]] = Field(default_factory=dict)


class TransparencyPolicy(Strict):
    """How strict the transparency check is for statements under this plan."""

    pass_score: int = Field(default=70, ge=0, le=100)
    max_reading_grade: float = Field(default=9.0, gt=0, le=20)
    rules: dict[Ident, RuleSetting] = Field(default_factory=dict)
    second_opinion: bool = Field(
        default=True,
        description=(
            "Let the shipped second-opinion model show the absence rules' errors (ownership, "
            "next update, make-good, remediation, root cause) as warnings when it finds an "
            "editor would likely send the statement as it is. A rule whose severity the plan "
            "sets itself is never softened."
        ),
    )


class ApprovalPolicy(Strict):
    """Who may approve and publish what."""

    two_person_rule: bool = True
    publish_role: Literal["comms", "approver", "commander"] = Field(
        default="commander",
        description=(
            "The least role that may publish an approved statement (or the pre-approved "
            "holding statement) to the plan's default audiences. Choosing audiences or a "
            "time stays with the commander."
        ),
    )


class CommitmentPolicy(Strict):
    """How promises are followed up."""

    reminder_leads: list[PositiveDuration] = Field(default_factory=lambda: ["1h", "15m"])
    evidence_required: bool = True


class QuestionPolicy(Strict):
    """How the questions people send are handled (see docs/pages/questions.md)."""

    response_time: PositiveDuration = Field(
        default="2h",
        description="A question unanswered this long after it came in is overdue: the "
        "control center shows it and the report counts it.",
    )
    auto_answer: bool = Field(
        default=False,
        description="Answer a question with the plan's pre-approved answer, automatically, "
        "when it matches that anticipated question with high confidence (every one logged).",
    )


class CadencePolicy(Strict):
    """What the watchdog does around a due update."""

    reminder_lead: PositiveDuration = "10m"
    auto_holding_statement: bool = True


class MaintenanceNoticeKind(StrEnum):
    """The notices of a scheduled maintenance, in the order they go out."""

    SCHEDULED = "scheduled"
    """When it is scheduled (and again when its window or components change)."""
    REMINDER = "reminder"
    """`reminder_before` its start."""
    STARTED = "started"
    COMPLETED = "completed"
    OVERRUN = "overrun"
    """Its window ended and the work is not done: the promised end was missed."""
    CANCELLED = "cancelled"
    """Called off after it was announced."""


class NoticeTemplate(Strict):
    """One notice in one language, as Jinja2 templates (see `maintenance_context`)."""

    subject: ShortText
    body: Text


class MaintenancePolicy(Strict):
    """How a plan announces planned work: components, clock, audiences and notices."""

    components: list[ShortText] = Field(
        min_length=1, description="The components (products) a maintenance may name."
    )
    automatic: bool = Field(
        default=True,
        description=(
            "The worker starts the work at the window's start, moves it to verifying "
            "`verify_for` before the end and completes it at the end. When false, staff move "
            "it by hand and the worker only reminds and reports an overrun."
        ),
    )
    reminder_before: PositiveDuration = "1h"
    verify_for: Duration = "0m"
    audiences: list[Ident] = Field(min_length=1)
    notices: list[MaintenanceNoticeKind] = Field(
        default_factory=lambda: list(MaintenanceNoticeKind),
        description="Which notices are sent (each needs its templates).",
    )
    templates: dict[MaintenanceNoticeKind, dict[Locale, NoticeTemplate]]


class Inject(Strict):
    """A scripted event a rehearsal plays on its own clock, to prompt the team."""

    at: PositiveDuration = Field(
        description='When, after the rehearsal starts, on its clock ("10m", "1h"): at speed 60, '
        '"10m" comes 10 seconds in.'
    )
    text: Annotated[str, StringConstraints(min_length=1, max_length=1000)] = Field(
        description='What happens, as the team hears it: "A journalist asks whether data leaked."'
    )


class RehearsalAudience(Strict):
    """Who receives a rehearsal's messages for real: the team's own addresses, never a
    customer's, a subscriber's or a public account."""

    emails: list[Annotated[ShortText, AfterValidator(_unless_stored(validators.email_address))]] = (
        Field(
            default_factory=list,
            max_length=100,
            description="Team addresses that get every rehearsal message by email, marked as a "
            "rehearsal.",
        )
    )
    roles: list[Ident] | None = Field(
        default=None,
        description="The plan's roles whose active users (holding the role's account role or "
        "a higher one) get them too; left out: every role of the plan; [] for none.",
    )


class RehearsalPolicy(Strict):
    """How the plan is rehearsed: the events that prompt the team on the rehearsal's clock,
    and who receives its messages."""

    injects: list[Inject] | None = Field(
        default=None,
        max_length=50,
        description="Played in order of `at`; [] means none; left out, the scenario's "
        "default injects play.",
    )
    audience: RehearsalAudience = Field(
        default_factory=RehearsalAudience,
        description="The rehearsal audience: by default the active users of the plan's roles.",
    )


class AlertPolicy(Strict):
    """What alerts from monitoring may do to the public status page."""

    components_follow: bool = Field(
        default=False,
        description="The status page's components follow the alerts: a firing alert sets "
        "the components its routing rule names to the incident's effect, a resolved one "
        "sets them back to operational (the incident itself stays open).",
    )


class PlanBody(Strict):
    """A complete crisis communication plan, as written in a plan file."""

    slug: Slug
    name: ShortText
    scenario: Scenario
    description: Text
    organisation: Organisation
    default_locale: Locale = "en"
    locales: list[Locale] = Field(min_length=1)
    severities: list[Severity] = Field(min_length=1)
    channels: list[Channel] = Field(min_length=1)
    audiences: list[Audience] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)
    templates: dict[Stage, dict[Locale, Sections]]
    questions: list[Question] = Field(default_factory=list)
    follow_up_sequence: list[FollowUpStep] = Field(default_factory=list)
    make_good: MakeGoodPolicy
    holding_statement: HoldingStatement
    deadlines: list[Deadline] = Field(default_factory=list)
    transparency: TransparencyPolicy = Field(default_factory=TransparencyPolicy)
    approval: ApprovalPolicy = Field(default_factory=ApprovalPolicy)
    commitments: CommitmentPolicy = Field(default_factory=CommitmentPolicy)
    cadence: CadencePolicy = Field(default_factory=CadencePolicy)
    question_policy: QuestionPolicy = Field(default_factory=QuestionPolicy)
    maintenance: MaintenancePolicy | None = Field(
        default=None, description="Scheduled maintenance: only plans that announce planned work."
    )
    rehearsal: RehearsalPolicy | None = Field(
        default=None,
        description="Rehearsal injects and audience; when left out, the scenario's default "
        "injects play and the plan's roles are the audience.",
    )
    alerts: AlertPolicy = Field(default_factory=AlertPolicy)

    def severity(self, severity_id: str) -> Severity:
        """The severity with this id; callers validate the id first."""
        return next(s for s in self.severities if s.id == severity_id)

    def severity_ids(self) -> list[str]:
        """Ids of the severities, most severe first as written."""
        return [s.id for s in self.severities]


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, for editors and `/api/v1/plans/schema`."""
    schema = PlanBody.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://crisiscomms.dev/schema/plan.json"
    schema["title"] = "crisiscomms plan"
    return schema
