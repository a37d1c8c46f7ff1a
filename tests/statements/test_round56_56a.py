"""Round 56 (helper 56a): readings fixed on the English statements of rounds 45-55.

- A closing notice's make-good given unasked with no date ("We'll credit your account for the
  day") is an undated commitment: no later update is left to date it. Not one the reader
  claims or chooses, one a bill or a date beside it dates, nor one already given.
- "Wed" is a day, not a verb in the past: "it still goes ahead on Wed 10 June at 2:30pm" is a
  dated next step; and "by mistake" is how it happened, not a deadline ahead ("we cancelled
  them by mistake on Wed 3 June" is behind us).
- A short message that only asks the reader to wait ("Please don't pay it yet") still owes
  the time of what they wait for; "stop using it" is the whole next step, due now. "Call
  0800 … (8am to 8pm, daily) or email care@…" is a request to the reader with a help line's
  hours, not a dated follow-up.
- A help site's host is a link whatever its ending ("help.emberfall.game"); "calls and texts
  work again" names the service, and "we'll write to you again" our next letter: neither is
  a way to reach us.
- Make-goods: a charge held back ("no bills will be issued until readings are complete") and
  a game's perk with words of kind between number and unit ("3 Double LP tokens") make good;
  money never owed sent back with "return" ("asked our bank to return every second payment")
  and the reader's "credit file" do not.
- "Sent in error" with no one of ours in its sentence admits the mistake and hides its maker
  ("mistakes were made"): no ownership; "we sent it in error" owns it.
- A public body whose own mail address names it ("counciltax@eastvale.example") speaks as
  "the council": "this is the council's error" owns the failure, it blames nobody.
"""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

CLOSING = (
    "Subject: Your broadband outage on 8 June\n\n"
    "From 9pm on Monday 8 June until 2:30pm on Tuesday 9 June, broadband didn't work for about 41,000 of our customers in Leicestershire. "
    "One of our engineers applied a routing change to the wrong equipment at our Leicester exchange. This was our mistake, and we're sorry for 17 hours without the internet.\n\n"
    "Since 10 June no planned work can start at an exchange unless its backup link is confirmed live.\n\n"
    "{}\n\n"
    "We'll send a full report of our review to all affected customers on Wednesday 24 June.\n\n"
    "If you're still having problems, chat with us at kestrel.net/help or call 0800 321 7788."
)

BILLING = (
    "Resolved - Direct Debits taken twice\nPosted Thu 4 June, 10:00\n\n"
    "On Monday 1 June we collected the monthly Direct Debit twice from 27,450 customers. Our team ran the collection from both the old and the new payments system at once; this was our mistake, and we're sorry to everyone who went into their overdraft because of it.\n\n"
    "We switched the old system off on 2 June.\n\n"
    "{}\n\n"
    "We'll publish a full report by Friday 19 June. Help: 0800 555 0133 or severnlight.example/help."
)

ROUND_56_56A: list[tuple[str, str, str, Stage, str, bool]] = [
    # a closing notice's make-good, given unasked, with no date
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format(
            "We'll credit your account with 3 days' line rental to make up for the outage. You don't need to do anything."
        ),
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format("Every affected customer will receive a £10 credit on a future bill."),
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        FOLLOW,
        CLOSING.format(
            "We will refund the fees you were charged, and we'll make a goodwill payment to every affected customer."
        ),
        True,
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        RES,
        "Fibrely: your broadband is back after our 9am-1pm outage today. Sorry for the lost work time. We'll credit your account for the day. Help: fibrely.co.uk/help",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        RES,
        "Northgate Bank: sorry, our card payments failed from 12:10 to 1:40pm today - our fault. If you were charged twice we'll refund you. Help: 0333 200 1000",
        True,
    ),
    # trap: dated, by the day or by the bill it lands on
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format(
            "We'll credit your account with 3 days' line rental by Friday 19 June. You don't need to do anything."
        ),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format("Every affected customer will receive a £10 credit on their July bill."),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format("Every affected customer will get a £10 credit on its next\nbill."),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format(
            "We'll credit your account with 3 days' line rental.\nIt will show on the bill you get on 1 July."
        ),
        False,
    ),
    # trap: at the reader's asking, or of their choosing
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format(
            "If your bank charged you a fee because of this, send us the statement and we'll pay it back."
        ),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format("Keep your receipts for any mobile data you bought and we'll refund it."),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        FOLLOW,
        CLOSING.format("Either way, we'll send you a £20 voucher as an apology."),
        False,
    ),
    # trap: already given, or said of the past
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format(
            "As an apology, your next three months will be free; this is already applied to your account."
        ),
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        CLOSING.format("We've credited every affected account with 3 days' line rental."),
        False,
    ),
    # trap: not a closing notice, where the next update may still date it
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        CLOSING.format(
            "We'll credit your account with 3 days' line rental to make up for the outage."
        ),
        False,
    ),
    # trap: a short message's make-good with no verb of ours, given as it says
    (
        "undated_commitment",
        "en",
        "sms",
        RES,
        "Glenmoor Energy: power's back in Ashcott. Our faulty substation cut 2,300 homes for 5 hrs, sorry for the cold night. £30 off your bill. Report 18/12. Help: 105",
        False,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        RES,
        "Telvo: as promised, your $32.50 refund plus a $5 credit for our error was paid on Jun 6. Sorry again for charging you twice. Not there? Call 1-800-555-0199",
        False,
    ),
    # "Wed" is a day: the appointment still ahead is the dated next step
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "St Brendan's Hospital: Sorry, we cancelled your eye clinic appointment by mistake. It still goes ahead on Wed 10 June at 2:30pm. Questions: 01632 960221",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Hill Dental: sorry, our system cancelled your check-up by mistake. It's still on for Wed 10 June, 9:15am. Questions: 01632 960331",
        False,
    ),
    # trap: a past day is no next step
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "St Brendan's Hospital: Sorry, we cancelled 140 eye clinic appointments by mistake on Wed 3 June. Questions: 01632 960221",
        True,
    ),
    # a wait asked of the reader owes the time of what they wait for
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We overcharged 5,300 Northgate Energy customers on October bills - a mistake in our own pricing system. We're sorry for the shock of a bill that's too high. Please don't pay it yet. Details and help: https://northgate.example/bill",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We overcharged 5,300 Northgate Energy customers on October bills - a mistake in our own pricing system. We're sorry. Please hold off paying for now. Help: https://northgate.example/bill",
        True,
    ),
    # trap: the wait's time given, or the act is the whole step, due now
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We overcharged 5,300 Northgate Energy customers on October bills - a mistake in our own pricing system. We're sorry. Please don't pay it yet: corrected bills by Fri 14 Nov. Help: https://northgate.example/bill",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Kestrel: your Aria is in our rear seat belt recall - a fault we made, sorry. Free fix booked for 2 June. Until then don't use the rear middle seat. Help: 0800 555 0199",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Nutri Bites: sorry, 3 batches of our snack bars (18,200 packs) contain peanut not on the label - our error. Stop eating them now. Refund: nutribites.co.uk/recall",
        False,
    ),
    # a help site's host is a link, whatever its ending
    (
        "help_missing",
        "en",
        "email",
        RES,
        CLOSING.format(
            "If your save looks wrong, open a ticket at help.emberfall.game and we'll look at it by hand."
        ).replace(
            "If you're still having problems, chat with us at kestrel.net/help or call 0800 321 7788.",
            "",
        ),
        False,
    ),
    (
        "help_missing",
        "en",
        "email",
        RES,
        CLOSING.format(
            "If your rank still looks wrong, contact us at support.rifttactics.gg."
        ).replace(
            "If you're still having problems, chat with us at kestrel.net/help or call 0800 321 7788.",
            "",
        ),
        False,
    ),
    # trap: no contact anywhere
    (
        "help_missing",
        "en",
        "email",
        RES,
        CLOSING.format("If your save looks wrong, it will be fixed by Friday.").replace(
            "If you're still having problems, chat with us at kestrel.net/help or call 0800 321 7788.",
            "",
        ),
        True,
    ),
    # a charge held back until it is right makes good
    (
        "make_good_missing",
        "en",
        "status_page",
        Stage.MONITORING,
        BILLING.format(
            "No bills will be issued until readings are complete, and none will be estimated for this period."
        ),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        Stage.MONITORING,
        BILLING.format("Bills will be issued as normal once readings are complete."),
        True,
    ),
    # a perk with words of kind between number and unit
    (
        "make_good_missing",
        "en",
        "status_page",
        RES,
        BILLING.format(
            "Every affected player will get 3 Double XP tokens in their inventory by 12:00 on Tuesday 16 June."
        ),
        False,
    ),
    # money never owed, sent back with "return", makes nothing good
    (
        "make_good_missing",
        "en",
        "status_page",
        RES,
        BILLING.format(
            "We've asked our bank to return every second payment. The money will be back in your account by Thursday 4 June."
        ),
        True,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        RES,
        BILLING.format(
            "We've asked our bank to return every second payment. The money will be back in your account by Thursday 4 June. We'll also add a £25 credit to your account for the trouble by 12 June."
        ),
        False,
    ),
    # the reader's credit file is no credit given
    (
        "make_good_missing",
        "en",
        "status_page",
        RES,
        BILLING.format("It's worth checking your credit file for anything you don't recognise."),
        True,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        RES,
        BILLING.format("We'll add a £10 credit to every affected account by 30 June."),
        False,
    ),
    # "in error" closing a passive with no one of ours hides the maker
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Ashgrove High: Monday's 'school closed' text was sent in error. Sorry to families who rearranged childcare. Late marks for 2 Feb removed. Qs: 01632 960555",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Brightloop: 2,100 customers were charged the annual price by mistake. Sorry for the shock. Refunds by 14 Jul. Help: 0800 555 0101",
        True,
    ),
    # trap: ours in the sentence, or owned elsewhere
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Ashgrove High: we sent Monday's 'school closed' text in error. Sorry to families who rearranged childcare. Late marks for 2 Feb removed. Qs: 01632 960555",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Ashgrove High: Monday's 'school closed' text was sent by our office in error. Sorry to families who rearranged childcare. Qs: 01632 960555",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Ashgrove High: Monday's 'school closed' text was sent in error - our mistake. Sorry to families who rearranged childcare. Qs: 01632 960555",
        False,
    ),
    # the service named, or our next letter, is no way to reach us
    (
        "help_missing",
        "en",
        "sms",
        Stage.MONITORING,
        "Vyra: Cardiff calls and texts work again after our mast fault cut service to 9,000 customers from 8am. Sorry for a morning without signal. Next text 5pm.",
        True,
    ),
    (
        "help_missing",
        "en",
        "email",
        Stage.MONITORING,
        "Subject: Recall update\n\nTwo weeks ago we asked you to stop using our wooden stacking rainbow. The pegs can work loose because we changed the glue without testing it; that was our mistake, and I'm sorry. We sold 5,400 and 3,150 have come back, each refunded in full.\n\nWe'll write to you again on Friday 19 June with the number still outstanding.",
        True,
    ),
    # trap: a way to reach us beside them
    (
        "help_missing",
        "en",
        "sms",
        Stage.MONITORING,
        "Vyra: Cardiff calls and texts work again after our mast fault cut service to 9,000 customers from 8am. Sorry for a morning without signal. Next text 5pm. Chat with us in the Vyra app.",
        False,
    ),
    (
        "help_missing",
        "en",
        "email",
        Stage.MONITORING,
        "Subject: Recall update\n\nTwo weeks ago we asked you to stop using our wooden stacking rainbow. The pegs can work loose because we changed the glue without testing it; that was our mistake, and I'm sorry. We sold 5,400 and 3,150 have come back, each refunded in full.\n\nWe'll write to you again on Friday 19 June. Questions? Write to us at Pebble & Pine, 4 Mill Lane, Bristol BS1 4AA.",
        False,
    ),
    # a request to the reader, with its line's hours, is no dated follow-up
    (
        "next_update_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: Update on our dog food recall\n\nTwo weeks ago we asked you to stop feeding our Adult Chicken dry food. We're sorry: 2,700 of you told us your dog was ill, and this was our product and our failure. 96,000 of the 120,000 bags have been returned, and we've refunded 31,400 customers.\n\nQuestions? Call 0800 555 0115 (8am to 8pm, daily) or email care@oakridgepet.example.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: Update on our dog food recall\n\nTwo weeks ago we asked you to stop feeding our Adult Chicken dry food. We're sorry: 2,700 of you told us your dog was ill, and this was our product and our failure. 96,000 of the 120,000 bags have been returned, and we've refunded 31,400 customers. We'll email you the lab's findings by 30 June.\n\nQuestions? Call 0800 555 0115 (8am to 8pm, daily) or email care@oakridgepet.example.",
        False,
    ),
    # a public body named by its own address is "we"
    (
        "blame_shifting",
        "en",
        "status_page",
        INV,
        "Council tax direct debits taken twice\n\nOn Monday 1 June we took the June council tax payment twice from about 18,600 households. This is the council's error and we are sorry. We do not yet know why the file held every payment twice; the council is responsible for the outcome.\n\nThe money will be back in your account by Thursday 4 June. Next update: today at 4pm.\n\nHelp: 01632 960 440 or counciltax@eastvale.example.",
        False,
    ),
    # trap: someone else's error, whatever our address
    (
        "blame_shifting",
        "en",
        "status_page",
        INV,
        "Council tax direct debits taken twice\n\nOn Monday 1 June the June council tax payment was taken twice from about 18,600 households. This was our IT supplier's error. The money will be back in your account by Thursday 4 June. Next update: today at 4pm.\n\nHelp: 01632 960 440 or counciltax@eastvale.example.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        INV,
        "Water supply interrupted in Eastvale\n\nSince 07:00 about 3,000 homes have had no water. The burst was caused by the council's roadworks on Mill Lane. Next update: today at 4pm.\n\nHelp: 0800 555 0101 or help@northwater.example.",
        True,
    ),
]


@pytest.mark.parametrize(("rule", "language", "channel", "stage", "text", "flagged"), ROUND_56_56A)
def test_round_56_56a_readings(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
