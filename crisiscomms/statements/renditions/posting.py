"""Which languages each channel kind posts a statement in, and how a network takes several.

The broadcast composer (what is sent) and the editor's previews (what will be sent) both
ask here, so a preview shows the very languages, order and joins a channel posts.
"""

from __future__ import annotations

from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.renditions.social import NETWORKS


def posted_locales(plan: PlanBody, kind: str, content: StatementContent, default: str) -> list[str]:
    """The languages a channel kind posts the statement in: what the plan's channels of that
    kind ask for (`locales`), in order, among those the statement has; else the default."""
    wanted: list[str] = []
    for channel in plan.channels:
        if channel.kind.value == kind or (kind == "apprise" and channel.kind.value == "sms"):
            wanted += [w for w in channel.locales or [] if w not in wanted]
    found = [w for w in wanted if w in content.locales]
    return found or [default]


def joined(kind: str, parts: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One update's posts on a network from each language's posts, in order: a thread takes
    them one after another; a network that does not thread takes every language in one post."""
    network = NETWORKS.get(kind)
    if network is not None and not network.threaded:
        return ("\n\n".join(p for part in parts for p in part),)
    return tuple(p for part in parts for p in part)
