"""The cues of the transparency check: what owning, apologising, blaming … look like.

English cues match the *lemma line* of a sentence (see `language`): lower case, contractions
expanded, every word in its dictionary form, so "we've rebuilt" is "we have rebuild" and
"this one's on us" is "this one be on we". Bengali cues match the normalised words, with
`\\S*` where a word takes endings. Each cue is a regular expression; `cue()` wraps it so it
matches whole words only.

A plan adds its own phrases per rule (`transparency.rules.<id>.phrases`); those are matched
on the text as written, with the phrase syntax of `phrases.yaml`.

Longer than 400 lines on purpose: it is data (two languages' cue tables, one list per
rule), kept in one place so a reviewer reads a rule's whole vocabulary at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from crisiscomms.statements.check.banglish import BANGLISH
from crisiscomms.statements.check.language import BN_IMPERATIVE, nukta_single

_ = r"(?:\S+ )"  # one word of slack
CURRENCY_SIGN = "[£$€₹৳₦¥₱₩₵₺₪₫₴₸₽]"
"""A currency sign before an amount (the pound, dollar, euro, rupee, taka, naira, yen …)."""
CURRENCY_CODE = "gbp|usd|eur|inr|bdt|aud|cad|nzd|sgd|ngn|kes|zar|pkr|lkr|npr|php"
"""Currency codes written before an amount, lower-cased as cues are matched."""
THIRD = (
    r"(?:\S+ ){0,2}(?:partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|"
    r"bank|processor|airport|airline|manufacturer|host|hosting|isp|telco|agency|haulier|"
    r"(?:coach|bus|tour|ferry|rail|train|network|ground|transport|shuttle|mobile|telecom) operator|"
    r"landlord|licensor|third|3rd)"
)
"""Our partner, our supplier, our coach operator …: "our" names them, it does not own what
they did."""
BN_THIRD = (
    r"(?:\S+ ){0,2}(?:সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|সহযোগী|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|"
    r"তৃতীয়|থার্ড|এজেন্সি|সেবাদাতা)"
)
"""The same in Bengali: "আমাদের ট্রান্সমিশন সরবরাহকারীর গাফিলতি" is the supplier's (but "আমাদের
কারখানার ভুল", our own factory's mistake, is ours)."""
PEOPLE = (
    r"(?!(?:customer|user|member|passenger|client|guest|traveller|shopper|subscriber|"
    r"cardholder|patient|family|families|people|driver|rider)s? )"
)
"""Not the people we serve: "our customers were charged" is what happened to them."""
SUBJECT = r"(?:(?:we|i) (?:be |do |would |sincerely |deeply |truly |really |very much |also |like to |want to )*)?"
"""An optional "we are" / "we sincerely" before an apology word, so the excerpt has it."""
NOT_AFTER_ESPECIALLY = (
    r"(?<!especially )(?<!particularly )(?<!above all )(?<!most of all )(?<!doubly )"
)
"""Not "…, and especially sorry to anyone who missed work": who is worst hit, after a whole
apology for the harm, does not make that apology conditional."""
OUR_CLAUSE = (
    r"(?:(?!(?:we|you|they|but|because|while|after|when|since|so|until|if|though|although|"
    r"due|caused|say|tell|report|confirm|think|believe|find|show|partner|supplier|vendor|"
    r"provider|contractor|carrier|courier)\b|[,.;:!?] )\S+ )"
)
"""One word of a subject that stays in its clause: "our 07:10 and 07:40 buses on the 7 …"
(not across "because", "but", "we" or a comma, where another clause and actor begin, nor
over a supplier named inside it)."""
AUX = r"(?:(?:have|had|be|do|will|would|really|truly|clearly|simply|just|also|then|all|badly|certainly|frankly|honestly|definitely) )*"
PARTY = (
    r"(?:third[- ]party|3rd[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|"
    r"carrier|courier|haulier|(?<!power )bank|processor|operator|airport|authority|authorities|"
    r"regulator|council|manufacturer|factory|host|port|agency|landlord)s?\b"
)
"""Someone else a cause may be laid on: a supplier, a partner, an authority."""

EN: dict[str, list[str]] = {
    "ownership": [
        # "one of our clerks joined the lists the wrong way round": one of our people got it wrong
        rf"(?:one of our|our) (?:own )?(?!(?:coach|bus|tour|ferry|rail|train|network|ground|transport|shuttle|mobile|telecom) operator)(?:\S+ )?(?:staff|clerk|engineer|employee|technician|officer|agent|developer|team member|colleague|operator|controller)s? {_}{{0,10}}(?:the wrong way round|wrong|incorrectly|by mistake|in error|mix up|swap)",
        # "Cause: our own billing job ran twice": "our own" and what went wrong with it
        r"our own (?:\S+ ){0,2}(?:system|job|software|code|update|script|process|server|app|tool|program|programme|team|staff|engineer|crew|check|change|network)s? (?:(?!not |never |no )\S+ ){0,2}(?:run twice|run again|fail|break|crash|stop|go wrong|double-charge|delete|corrupt|overload|expose|leak|cut through|dig through)",
        rf"we {AUX}(?:cause|break|wreck|ruin|mess|screw|blow|slip|botch|bungle|mishandle|misjudge|mislabel|misprice|misconfigure|misread|mis-\S+|overcharge|double-charge\S*|double-bill\S*|double-book\S*|overbill|overbook|oversell|undercook|underestimate|under-\S+|understaff\S*|under(?:order|book|stock|plan|resourc|roster)\S*|miss (?!out )\S+ (?:your|the|our|some|a|an|its|their)|(?<!will )(?<!will be )introduce|fail|fall short|fall behind|drop the ball|miss (?:it|this|that|the|a|an|your|our|its|their|some)|overlook|let {_}{{0,2}}down|get {_}{{0,6}}wrong|make {_}{{0,3}}(?:mistake|error|blunder|mess|bad|wrong|poor|change|decision|call)|should (?:have|not have)|could have(?! (?:foresee|forecast|predict|anticipate|expect|plan for|imagine))|ship {_}{{0,3}}(?:wrong|bad|faulty|broken|untested|buggy|defective|incorrect)|push {_}{{0,3}}(?:wrong|bad|faulty|broken|untested|buggy|change|update)|deploy {_}{{0,3}}(?:wrong|bad|faulty|broken|untested|buggy|change|update)|release {_}{{0,3}}(?:wrong|bad|faulty|broken|untested|buggy)|charge {_}{{0,4}}(?:twice|again|wrong|incorrect|too)|bill {_}{{0,3}}(?:twice|wrong|incorrect)|send {_}{{0,4}}(?:wrong|twice|incorrect|by mistake|in error)|(?:send|post|mail|email|e-mail|text|deliver|ship|dispatch|forward|route|redirect|direct|address|hand|give) (?:(?!(?:[;!?]|we|i|you|they|it) )\S+ ){{0,14}}to (?:the |a )?wrong|forget|lose {_}{{0,2}}(?:track|your|some|data|the)|delete|expose|leak|leave {_}{{0,16}}(?:open|unprotect\S*|unpatch\S*|exposed|expose|unencrypt\S*|unlock\S*|public|without|with (?:a |an |the )?(?:weak|default|simple|guessable|old|shared|no))|apply {_}{{0,3}}(?:wrong|twice|incorrect)|run {_}{{0,3}}twice|strand|oversee)",
        rf"we {AUX}not {_}{{0,2}}(?:catch|test|check|spot|notice|plan|prepare|staff|roster|schedule|assign|arrange|provide|budget|allow|communicate|tell|warn|act|follow|mark|set|fit|label|include|remove|switch|stop|see|book|order|hire|train|back up|secure|renew|replace|do (?:enough|our job|well|right|good)|have (?:enough|a backup|a plan|the right|proper|adequate)|live up|meet|keep|handle|update|patch|protect|secure|encrypt|verify|review|consider|anticipate|respond|deliver|get {_}{{0,2}}right)",
        rf"(?:(?:change|update|upgrade|migration|maintenance|mistake|error|bug|decision|setting|misconfiguration|rule|configuration|file|code|release|deploy|deployment|batch|script|update|fix|patch|choice|call|test|job|run) )(?:that |which )?we {AUX}(?:make|introduce|ship|push|deploy|release|apply|run|write|send|choose|install|roll out)",
        rf"(?:this|that|it|the fault|the failure|the mistake|the error|the responsibility|the blame|this one|that one|all of this|this failure|this outage|this mistake|this error) {AUX}(?:be|lie|rest|sit|fall) (?:entirely |fully |completely |squarely |firmly |all )?(?:on|with) we",
        r"(?:be|s) (?:entirely |fully |completely |squarely |wholly )?(?:our|we) (?:own )?(?:fault|mistake|error|failure|responsibility|doing|bad|blunder|oversight|screw-up|breach|bug|outage)",
        # (not "our investigation found the fault lies with …": a fault found and laid
        # elsewhere, not owned; "our checks found a fault in one of our engines" owns it)
        rf"our (?!{THIRD})(?!(?:\S+ ){{0,2}}(?:find|found|trace|traced|identify|identified) (?:that )?the (?:fault|problem|error|failure|mistake) (?:lie|lies|lay|rest|rests|sit|sits|be with|was with|is with)\b)(?:own )?(?:\S+ ){{0,3}}(?:mistake|fault|error|failure|blunder|oversight|screw-up|negligence|bad|mix-up|mixup|slip-up|mess|muddle|lapse|misstep|failing)",
        # "our bottle teats (batch 24B, about 9,000 sold) can tear": a bracket says which, it
        # does not change what may fail
        rf"our (?!{THIRD})(?:\S+ ){{0,4}}(?:\( (?:[^()]+ )?\) )?(?:can|could|may|might) (?:crack|overheat|leak|catch fire|scorch|shock|burn|break|fail|split|snap|spray|tear|melt|explode|come loose|detach|fall off|short|tip over|tip forward|tip backward|topple|collapse)",
        # "the power adapter we supplied with your Hub 4 can overheat", "we sold you hummus
        # that may carry listeria": a thing we supplied that may harm, as "our … can" above
        rf"we {AUX}(?:supply|sell|send|ship|make|fit|install|deliver|give|serve) (?:\S+ ){{0,8}}(?:\( (?:[^()]+ )?\) )?(?:that |which )?(?:can|could|may|might) (?:carry|contain|crack|overheat|leak|catch fire|scorch|shock|burn|break|fail|split|snap|spray|tear|melt|explode|come loose|detach|fall off|short|tip over|tip forward|tip backward|topple|collapse)",
        # "the faulty seat we sold you", "the wrong parts we fitted": a bad thing we supplied
        rf"(?:faulty|defective|broken|crack|cracked|leaky|unsafe|damaged|contaminated|spoil|spoilt|expired|out-of-date|incorrect|mislabelled|mislabeled|wrong) (?:\S+ ){{0,3}}(?:that |which )?we {AUX}(?:sell|send|ship|supply|deliver|fit|install|give|make|build|serve|post|dispatch|provide|bake|issue|print|pack|fill)\b",
        # "the delays are coming from our own packing centre", "it all started in our own
        # system": our own thing named as where the trouble comes from
        rf"(?<!not )(?:come|stem|result|arise|start|begin|originate) (?:\S+ ){{0,2}}(?:from|in|at|with|inside|within) our own {PEOPLE}",
        # "our own website settings let logged-in members see other members' names": our
        # thing let others see what was not theirs
        rf"our (?!{THIRD})(?:own )?(?:\S+ ){{0,3}}(?:let|allow|enable) (?:\S+ ){{0,4}}(?:see|view|access|read|open|download) (?:\S+ ){{0,6}}(?:other|another|stranger|someone else|each other)",
        rf"we {AUX}(?:take|accept|bear|own|assume|carry) {_}{{0,3}}(?:responsibility|blame|ownership|accountability)",
        rf"we {AUX}(?:be|remain|feel) {_}{{0,2}}(?:responsible|accountable|at fault|to blame|wrong)",
        r"we own (?:this|it|that|the|our|up|every)",
        r"(?:responsibility|accountability|blame|fault) (?:be|lie|rest|sit) (?:entirely |fully |squarely )?with we",
        r"(?:cause|create|introduce|trigger) by (?:we|our (?:own )?(?:mistake|error|change|update|code|decision|failure|bug|team|process|system|software|setting|configuration|staff|engineer|release|deploy|deployment))",
        r"because of (?:we|our (?:own )?(?:mistake|error|change|update|code|decision|failure|bug|team|process|system|software|setting|configuration))",
        # "That was us: we rolled out a change without testing it" (not "it was us who noticed")
        r"(?:that|this|it) be (?:all |entirely |totally )?we(?= [.,;:!?\u2013\u2014-])",
        # "our booking page showed 3,400 members' names to others", "our 3 May email showed
        # your address to 1,200 members": our thing let them be seen (not "our app shows
        # your balance on the home screen")
        rf"our (?!{THIRD})(?:own )?(?:\S+ ){{0,2}}?(?:page|site|website|portal|app|system|form|server|database|software|tool|platform|checkout|newsletter|mailing|mailer|update|code|email|e-mail|letter|message|mailout|text)s? (?:\S+ )?(?:show|display|reveal|leak|send|sent|email|post|publish|expose|disclose|share)\S* (?:(?![.;:!?] )\S+ ){{0,8}}to (?:other|others|another|the wrong|stranger|strangers|anyone|everyone|the public|all|every|about|around|over|\d\S*)\b",
        # (not "our patients were double-booked by the county booking line": done to ours by
        # someone else it names)
        rf"our (?!{THIRD})(?:own )?(?:\S+ ){{0,3}}(?:'s \S+ )?(?:cause|break|(?<!be )(?<!was )(?<!were )(?<!is )(?<!are )(?:slow|crash|freeze)|overcharge|(?<!be )(?<!were )(?<!was )(?<!been )(?<!are )(?<!is )(?:double-\S+|oversell|overbook)|misprice|mislabel|delete|expose|charge {_}{{0,3}}(?:twice|wrong|again)|take {_}{{0,4}}twice|fall short|fail to|let {_}{{0,2}}down|go wrong|be (?:wrong|faulty|defective|flaw|misconfigure|incorrect|not (?:test|check|ready|good enough)))(?! by (?!we |our |i |my ))",
        r"(?:that|which|it|this) be (?:a |an )?(?:mistake|error|failure|failing) (?:on our part|of ours|we make)",
        r"on our (?:side|part|end|watch)",
        r"(?:\S+ ){0,2}of ours",
        r"our (?:job|responsibility|duty) to (?:fix|put right|sort|make|repair|correct)",
        # "we printed it wrong", "we took your $240 deposit twice": a verb of ours, done wrong
        # (not "we'll refund any late fees", "we will check it twice": what we will do is a
        # promise, not what went wrong)
        rf"we (?!(?:also |then |really |just |certainly |definitely )?(?:will|would) ){AUX}(?!(?:so |very |really |truly |deeply |terribly |awfully |extremely )?(?:know|find|look|investigate|understand|tell|explain|work|see|check|learn|ask|be|think|believe|suspect|figure|show|sorry|apologise|regret) )\S+ (?:(?:[$£€#₹৳] )?(?!what |why |where |how |which )\S+ ){{0,3}}(?:wrong|incorrectly|faulty|late|twice)(?! (?:for|by) (?:you|customer|user))",
        r"we (?:be|have be) (?:wrong|careless|negligent|slow)",
        # "we sent out milk that wasn't properly pasteurised": a bad thing we supplied, told
        # after it (as "the faulty seat we sold you" before it)
        rf"we {AUX}(?:sell|send|ship|supply|deliver|serve|post|dispatch|bake|pack|make|fit|install) (?:out )?(?:\S+ ){{0,4}}(?:that|which) be (?:not|n't)\b",
        # what we left undone, as the reason: "because we hadn't turned on 2-step login",
        # "as we did not renew the certificate" (not "because we didn't get the parts",
        # "because we haven't heard back")
        r"(?:because|as|since|after) (?:we|i) (?:do|have|had) not (?:yet )?(?:\S+ )?(?:order|check|test|plan|book|hire|staff|train|renew|replace|patch|back up|notice|spot|catch|stock|secure|encrypt|verify|review|anticipate|prepare|update|switch|turn|fit|inspect|service|maintain|enable|install|set up|lock|protect)\b",
        # "It wasn't encrypted - it should have been": what we failed to do, admitted
        # (not "£96 more than they should have been": a comparison)
        r"(?<!than )(?:it|this|that|they) should have be(?= [,.;:!?\u2013\u2014-])",
        r"we let (?:you|our \S+|\S+) down",
        # "We did this, and we're sorry.": a sentence that opens by naming us as the doers of
        # what it has just told (written as said: "we do this" in the present is a habit)
        r"(?:(?<=[.!?;:] )|(?<=^ ))we (?:really |truly )?did this(?= [.,;:!])",
        # "We charged a small number of Talkwave broadband customers twice": the harm done
        # by our own verb, with a longer object before "twice" inside one clause
        r"we (?:\S+ )?(?:charge|bill|debit) (?:(?!(?:[,;:.!?]|and|but|because|when|while|so|if|after|before|then) )\S+ ){5,10}twice",
        # "we cancelled your 07:12 train", "we've cancelled 46 flights": we as the ones who
        # took the service away, told in the past (not "we're cancelling every affected bill"
        # or "we cancelled your duplicate payment", steps of the fix, nor "your flight was
        # cancelled", with nobody doing it); read on the written line
        r"we (?:have |had )?(?:just )?(?:cancelled|canceled) (?:your|all|every|\d\S*|the \d\S*|our \d\S*|(?:about|around|over|nearly|almost|roughly|more than) \d\S*)(?= )(?! (?:\S+ ){0,2}(?:duplicate|wrong|incorrect|extra|double|faulty|mistaken|bill|payment|debit|charge|invoice|card|transaction|hold|refund)s?\b)",
        # "we let other buyers see your email", "we let a stranger read it": we let someone
        # else at what was not theirs (not "we let you see your new bill")
        rf"we {AUX}let (?:(?!you |we )\S+ ){{0,2}}(?:other|another|stranger|someone|somebody|anyone|anybody|outsider|attacker|hacker|criminal|people)\S* (?:\S+ ){{0,3}}(?:see|view|access|read|download|open|into|in)(?= )",
        # "we let that happen", "sorry we let this happen to your accounts"
        rf"we {AUX}let (?:this|that|it|all this|all of this) happen",
        # "Sorry, this is our issue.": the trouble said to be ours, at its clause's end
        r"(?:this|that|it) (?:be|s) (?:all |entirely |simply |just )?our (?:own )?(?:issue|problem)(?= [.,;:!]| ?$)",
        # "we moved the warehouse on Monday and fell behind"
        r"we (?:\S+ ){0,10}(?:fall|fell) behind",
        rf"(?:customer|passenger|traveller|guest|member|user|people|you|order|parcel|flight|trip|journey|holiday|weekend|evening|day)s? we {AUX}(?:delay|strand|disrupt|cancel|overcharge|let down|fail|wreck|ruin|spoil)",
        r"there be no excuse",
        # "at our plant the caps were not tightened properly"
        rf"our (?!{THIRD})(?:\S+ ){{0,5}}(?:be|have be) not (?:\S+ ){{1,2}}(?:properly|correctly|securely|right|in time)",
        # "the responsibility sits with Pinecrest, not with any one engineer"
        r"(?:responsibility|fault|blame|mistake|failure) (?:\S+ ){0,3}(?:with|on|of) (?:\S+ ){1,3}, not (?:with |on |of )?(?:any |one |a single |an |the )?(?:one |individual |single |lone )?(?:engineer|employee|person|individual|member of staff|staff member|worker|developer|driver|pilot|agent|clerk|officer|teller|cashier|technician|manager|nurse)",
        r"we (?:should|ought to) (?:always |really |also |definitely |certainly |never |not )?have",
        # "that's down to our software update", "it was all down to us"
        rf"(?:be|s) (?:all |entirely |squarely |purely |simply )?down to (?:we|our (?!{THIRD}))",
        # "our crew shortage", "we're short of riders": too few of our own people or things
        rf"our (?!{THIRD})(?:own )?(?:\S+ ){{0,2}}(?:shortage|understaffing|overbooking)",
        # "our crew rota was short", "our driver roster ran thin": too few of our own people
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}(?:crew|staff|staffing|rota|roster|team|workforce|shift|driver|pilot|engineer|rider|courier|agent|picker|packer|nurse)s? (?:\S+ )?(?:be|run|go|fall|leave \S+) (?:\S+ )?(?:short|thin|understaffed|short-staffed|undermanned|uncover|uncovered|unstaffed)",
        # "it's not your connection - it's our login servers": ours, set against the customer's
        rf"not (?:your|you|yours|anything you) (?:\S+ ){{0,6}}(?:it|this|that|the (?:problem|fault|issue|cause)) (?:be|s) (?:all |simply |just |entirely )?our (?!{THIRD})",
        rf"(?:it|this|that|the (?:problem|fault|issue|cause)) (?:be|s) (?:all |simply |just |entirely )?our (?!{THIRD})(?:\S+ ){{1,3}}, not (?:your|you|yours)",
        rf"we {AUX}(?:short-staffed|understaffed|short-handed|short (?:of|on) (?:\S+ )?(?:staff|rider|driver|crew|pilot|engineer|agent|people|stock|van|truck|courier|nurse|doctor|pharmacist|worker|picker|packer|hand)s?)",
        # "we're 6 drivers short today", "we are two nurses short": a count of our own people
        rf"we {AUX}(?:\S+ ){{1,2}}(?:staff|rider|driver|crew|pilot|engineer|agent|people|van|truck|bus|courier|nurse|doctor|teacher|pharmacist|worker|picker|packer|hand|member)s? short\b",
        # "we approved that batch without testing it": a step of ours, skipped
        rf"(?:we|i) {AUX}\S+ (?:\S+ ){{0,3}}without (?:first |properly |ever )?(?:(?:re-?)?(?:test|check|inspect|verify|review)\S*|approval|sign-off|sign off)",
        r"we (?:knew|know|saw|could see) (?:\S+ ){0,8}(?:and|but) (?:still |we )?(?:kept|carried on|went ahead|went on|chose)",
        r"we (?:still )?(?:kept|carried on|went on) (?:sell|book|tak|accept|schedul|sending|running)\S*",
        rf"(?:our|we) (?!{THIRD})(?:\S+ ){{0,3}}(?:should (?:never )?have|could (?:never )?have(?! (?:foresee|forecast|predict|anticipate|expect|plan for|imagine)))",
        r"(?:be|was|were|is|are|\() ours",
        r"(?:be|is|was) our (?:own )?(?:problem|failing|fault|doing|error)",
        r"(?:by|in) (?:mistake|error)",
        rf"(?:we|our (?!{THIRD})(?:\S+ ){{0,2}}) (?:\S+ ){{0,5}}(?:incorrectly|wrongly|by mistake|in error|carelessly)",
        # "our team set up the new billing software incorrectly": a team or thing of ours as
        # the one who did it wrongly, in its own clause (not "our customers were charged
        # wrongly", nor "our review found that payments were processed incorrectly", where
        # "that" and the passive hide who did it)
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?!be |have be |get )\S+ (?:(?!(?:that|which|who|be|get|you|they|it|customer|user|member|passenger)\b|[,;:.!?] )\S+ ){{0,5}}(?:incorrectly|wrongly|by mistake|in error|carelessly)",
        rf"we {AUX}(?:give|sell|send|ship) you (?:\S+ ){{0,4}}(?:that could|reason to|a faulty|a broken|a defective|the wrong)",
        rf"our (?!{THIRD})(?:\S+ ){{0,3}}(?:do|did|have|had) not (?:detect|catch|spot|notice|work|stop|check|test|flag|pick up)",
        rf"our (?!{THIRD})(?:\S+ ){{0,3}}(?:check|test|review|control|process)e?s? (?:\S+ )?(?:miss|fail)",
        r"(?:once|when|after) we (?:find|found|spot|spotted|notice|noticed) (?:the|our) (?:mistake|error|fault)",
        r"(?:be|was) our (?:job|duty|responsibility|task)",
        r"we (?:do|did|have|had|could|were|was|be) not(?= [.,;!])",
        # "a mistake by our team", "an error by our own office": the agent of the fault is ours
        rf"(?:fault|error|bug|glitch|problem|issue|failure|mistake|mix-up|mixup|flaw|burst|leak|crack|breakdown|malfunction|shortage) (?:\S+ ){{0,2}}(?:in|with|of|on|at|by) our (?!{THIRD})(?!(?:customer|user|member|passenger|client|guest|traveller|shopper|subscriber|patient|family|families|people)s? )(?:own )?\S+",
        # "it may contain plastic from our mixing line": the harm came out of a thing of ours
        rf"(?:contain|carry) (?:\S+ ){{0,3}}from our (?!{THIRD})\S+",
        # "our 15:05 update stopped card payments", "one of our trains developed a brake fault"
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}(?:update|change|release|deployment|deploy|upgrade|migration|code|setting|configuration|config|rule|script|software) (?:have |had )?(?:stop|block|break|prevent|reject|decline|lock|corrupt)",
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}develop\S* (?:a |an )?(?:\S+ )?(?:fault|problem|defect|leak|crack)",
        # "our ferry has a steering fault" (not "our customers have a problem")
        rf"our (?!{THIRD})(?!(?:customer|user|member|passenger|client|guest|traveller|shopper|subscriber|patient|family|families|people)s? )(?:\S+ ){{0,2}}have (?:a |an )?(?:\S+ )?(?:fault|defect|leak|crack|flaw)",
        rf"our (?!{THIRD})(?:own )?(?:\S+ )?(?:faulty|broken|defective|buggy|flawed|botched|mistaken|misconfigured|mislabelled|wrong)",
        r"(?:be|was|were) our (?:own )?(?:call|decision|choice|doing|product|system|change|update|code|ship|vessel|plane|aircraft|train|bus|maintenance|pipe|network|equipment|engine|software|warehouse|factory|database|process)",
        rf"we {AUX}\S+ (?:too (?:few|many|little|much)|not enough)",
        # "we didn't roster enough pharmacists"
        rf"we {AUX}not \S+ (?:\S+ )?enough",
        r"the wrong (?:one|call|decision|choice)",
        rf"we {AUX}(?:have|had|keep|kept) no (?:\S+ )?(?:backup|plan|spare|redundancy|fallback|alternative|second|cover|contingency|crew|staff|driver|pilot|engineer|stock|replacement)",
        # "a seat-belt buckle we fitted may not latch": a thing of ours that may fail
        rf"we {AUX}(?:fit|install|sell|supply|make|build|pack|serve|deliver|ship|print|fill|use|choose) (?:\S+ ){{0,3}}(?:that |which )?(?:may|might|can|could|do|did) (?:not|fail|break|crack|leak|overheat|catch fire|come loose|snap)",
        rf"our (?!{THIRD})(?:own )?(?:responsibility|doing|call|bad)",
        # "our outage", "our checkout crash"; "our warehouse failed", "our system went down"
        # (words that name the thing, not "our follow-up on the outage", "our update about the crash")
        rf"our (?!{THIRD}){PEOPLE}(?:(?!(?:on|of|about|for|to|with|in|after|during|from|into|over|the|this|that|a|an|and|or)\b)\S+ ){{0,3}}(?:outage|breakdown|crash|bug|glitch|defect|slip|backlog|bottleneck)",
        # "the duplicate charges our payment system created": a harm a thing of ours made
        rf"(?:(?:duplicate|double|extra|wrong|incorrect|faulty|mistaken) (?:\S+ )?(?:charge|payment|debit|bill|email|message|letter|text|order|booking)s?|(?:error|fault|problem|outage|mistake|bug|glitch|mess|mix-up|breakdown)s?) (?:that |which )?our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?:create|cause|make|send|introduce|trigger|issue|generate|produce)",
        # "a pipe we were repairing burst", "the server we were moving crashed": what we were
        # working on failed in our hands
        rf"\S+ (?:that |which )?we {AUX}(?:repair|fix|upgrade|replace|install|move|dig|lay|maintain|service|test|work on|migrate|build|renew|modify|patch)\S* (?:(?:at|in|on|near|along|under) (?:\S+ ){{1,3}})?(?:burst|fail|break|collapse|crash|go down|give way|leak|flood|catch fire|split|fracture|overheat)",
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}(?:fail|crash|go down|break down|malfunction|stop work\S*|burst|collapse|explode|catch fire|give way|overflow)(?! to (?:reach|contact|find))",
        # "we let a phishing attack expose patient records": we let it in
        rf"we {AUX}let (?:\S+ ){{0,3}}(?:attack|phishing|scam|breach|virus|malware|ransomware|criminal|hacker|attacker|fraudster|intruder)\S* (?:\S+ ){{0,2}}(?:expose|leak|steal|take|get|reach|access|into|in|through|see)\b",
        # "we sold you Calmisol 20mg batch C2231, recalled as it may be stronger": what we sold
        # is what is recalled
        rf"we {AUX}(?:sell|supply|dispense|send|ship|give|serve) (?:you )?(?:(?![.;:!?] )\S+ ){{0,6}}, (?:now )?recall\S*",
        # "we emailed your policy number and address to another customer": sent by us to the
        # wrong person
        rf"we {AUX}(?:email|send|post|mail|text|share|give|show|forward|attach)\S* (?:(?![.;:!?] )\S+ ){{0,8}}to (?:another|other|the wrong|a different|someone else|other people|an? (?:\S+ )?(?:stranger|unrelated))",
        # "our billing team loaded the March schedule with the wrong collection date": a thing
        # of ours done with the wrong setting
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?:load|set|send|enter|upload|use|configure|run|print|label|ship|pack)\S* (?:(?![.;:!?] )\S+ ){{0,8}}with (?:the |a |an )wrong\b",
        # "we opened our new hub before it was ready": done too soon, by us
        rf"(?:we|i) {AUX}\S+ (?:(?![.;:!?] )\S+ ){{0,5}}before (?:it|they|the \S+|this|that) (?:be|was|were|have be|had be) (?:\S+ )?(?:ready|tested|finished|safe|checked|complete|fixed)\b",
        # "I got our courier pickup day wrong", "we got the dates wrong"
        r"(?:we|i) (?:\S+ )?(?:get|got) (?:(?![.;:!?] )\S+ ){1,6}wrong\b",
        # "peanut traces from our own Leeds line got into them": it came from a place of ours
        # (not "reminders are now sent from our own system": a step)
        rf"(?:trace|contamination|leak|come|came|spread|escape|get|got)\S* (?:\S+ ){{0,2}}from our own (?!{THIRD})(?:\S+ ){{0,2}}(?:line|factory|kitchen|bakery|plant|site|depot|warehouse|mill|dairy|farm|system|server|database|network|pipe|main)s?\b",
        # "90,000 customers' names leaked from our system": it leaked from a thing of ours
        # (not "stolen from our supplier's server")
        rf"leak\S* (?:out )?(?:\S+ ){{0,2}}from our (?!{THIRD})(?:own )?(?:\S+ )?(?:system|server|database|site|website|app|network|record|file|platform|portal|account|cloud storage|storage)s?\b",
        # "our plane needs a brake repair", "one of our trains needed new brakes": a thing of
        # ours that broke (not "our customers need a refund", "our team needs your help")
        rf"our (?!{THIRD}){PEOPLE}(?!(?:team|staff|crew|engineer|people)s? )(?:\S+ ){{0,2}}(?:need|require)\S* (?:a |an |some |urgent |new |emergency )?(?:\S+ )?(?:repair|fix|replacement|new part|part|brake|engine|wheel|tyre|tire)s?\b",
        # "one of our underground cables between our Hollins substation and Far Lees has
        # failed": a longer subject of ours, up to its verb in the same clause
        rf"(?:one of )?our (?!{THIRD}){PEOPLE}{OUR_CLAUSE}{{3,12}}?(?:have |have be |had )?(?:fail|crash|go down|break down|malfunction|burst|collapse)(?= )(?! to (?:reach|contact|find))",
        # the founder's or chief executive's first person: "that's on me", "my mistake",
        # "I skipped the rehearsal", "I take full responsibility"
        r"(?:this|that|it|the fault|the blame|the responsibility|this one|that one) (?:be |lie |rest |sit )(?:entirely |fully |squarely |all )?(?:on|with) i(?= [.,;:!]| and (?:the |my |our )?\S+ (?:team|office|department|staff)\b)",
        rf"i {AUX}(?:cause|break|skip|mess|botch|rush|misjudge|underestimate|overlook|under-\S+|under(?:order|book|stock|plan|resourc|roster|estimat)\S*|over(?:book|sell|charge|bill)\S*|mishandle|mislabel|misprice|misconfigure|misread|forget|lose track|drop the ball|fall behind|make (?:\S+ ){{0,3}}(?:mistake|error|call|decision|choice)|get {_}{{0,3}}wrong|take {_}{{0,3}}(?:responsibility|blame|ownership)|be (?:responsible|to blame|at fault|wrong)|should (?:have|not have)|let {_}{{0,2}}down|fail)",
        r"my (?:own )?(?:mistake|fault|error|call|decision|responsibility|failure|doing|oversight)",
        # "the problem is in Tillpoint's own systems, not in your terminal"
        r"(?:be|lie) (?:in|with|on|inside) (?:our|\S+ 's) own (?:\S+ )?(?:system|network|platform|software|code|side|server|service|process|app|site|factory|warehouse|kitchen|team|staff|equipment|database)",
        # "our burst main cut your water", "our update wiped the settings": a thing or team of
        # ours did the harm (not the people we serve: "our customers were double-charged")
        # (not "outside our control and have cut …": "our control" is no thing of ours)
        rf"our (?!{THIRD})(?!(?:customer|user|member|passenger|client|guest|traveller|shopper|subscriber|cardholder|patient|reader|listener|viewer|driver|rider|family|families|people)s? )(?!(?:control|hand)s? )(?:\S+ ){{0,2}}(?:have |had |be )?(?:leave (?:\S+ ){{0,7}}(?:open|unprotected|exposed|unlocked|unencrypted|public)|cut|knock \S+ out|knock out|take \S+ down|take down|bring down|flood|damage|expose|strand|lock \S+ out|wipe|erase|corrupt|overcharge|double-charge|leak|mislabel|misroute|delete|burn|scorch|shock|injure|contaminate)",
        # "our weak login checks let attackers into 3,200 accounts": a defence of ours let an
        # intruder in or through (not "our partner's checks …", nor "our customers let …")
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,3}}(?:let|allow) (?:an? |the |some )?(?:\S+ )?(?:attacker|hacker|criminal|cybercriminal|fraudster|intruder|scammer|thief|thieve|stranger|outsider|bot)s? (?:\S+ ){{0,2}}(?:in|into|through|past|access|see|read|reach|get|log|take|use|view|download)(?= )",
        # "our torn sieve let plastic in", "our old seal let water through"
        # "our Bendigo factory let small pieces of plastic into 3,800 pouches": a count after
        # "into" names what they got into
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}let (?!(?:you|your|customer|user|people|them|we|anyone|everyone|passenger|member)s? )(?:\S+ ){{1,5}}(?:in|through|into|past)(?= [.,;:!]| (?:the|our|your|a|an|about|around|over|some|\d\S*) )",
        # "a fault we missed in testing", "the bug we introduced"
        rf"(?:fault|bug|defect|flaw|problem|error|mistake|issue|gap) (?:that |which )?we {AUX}(?:miss|overlook|introduce|cause|make|ship|not catch|not spot|not see|fail to)",
        # "a repair we missed", "the check we skipped": a duty of ours, left undone
        rf"(?:repair|check|inspection|service|servicing|test|warning|step|deadline|renewal|patch|maintenance|safety check) (?:that |which )?we {AUX}(?:miss|overlook|forget|skip|ignore|put off|postpone)",
        # "a setting we changed let anyone in", "a seal we chose can crack": a choice of ours
        # that does the harm
        # (not "BrightMetric, the analytics company we use, whose staff left a folder open":
        # after the comma a relative clause of its own names another actor)
        rf"\S+ (?:that |which )?we {AUX}(?:choose|pick|select|source|design|change|fit|install|use|specify) (?:(?![,;:] |whose |who )\S+ ){{0,3}}(?:can|could|may|might|let|leave|allow|expose|break|fail|crack|overheat|leak|stop)",
        # "our label misses it", "our lab skipped the test": a step of ours left out (not
        # "our customers missed their flights")
        rf"our (?!{THIRD})(?!(?:customer|user|member|passenger|client|guest|traveller|shopper|subscriber|patient|family|families|people)s? )(?:\S+ ){{0,2}}(?:miss|omit|skip|bypass|overlook|leave out)(?= )",
        # "we're recalling our pouches": recalling our own product takes responsibility for it
        rf"we {AUX}(?:recall|withdraw)(?! (?:that|how|when|what))",
        # "our CozyNest heater recall", "update on our Nutri Bites recall": the recall of a
        # product of ours, as a noun (not "our recall report", a thing about it)
        rf"our (?!{THIRD}){PEOPLE}(?:(?!(?:on|of|about|for|to|with|in|after|during|from|the|this|that|and|or)\b)\S+ ){{0,4}}(?:recall|withdrawal)(?= [.,;:!?)\u2013\u2014-]| (?:be|have|close|end|finish|continue|remain|and|now|so|update|status)\b| ?$)",
        # "sorry we sold you something unsafe"
        rf"we {AUX}(?:sell|send|give|ship|serve|deliver) (?:you )?(?:\S+ ){{0,3}}(?:unsafe|faulty|broken|defective|wrong|dangerous|contaminate\S*|spoil\S*|damage\S*)",
        # "we sold you hummus that may carry listeria", "a kettle we supplied which can
        # overheat": a thing we put in your hands that may do harm
        rf"we {AUX}(?:sell|send|give|ship|serve|deliver|supply|fit|install|make|build) (?:you )?(?:\S+ ){{0,4}}(?:that|which) (?:may|might|can|could) (?!help|save|be use)",
        # "we made and sold that adapter", "we picked them, and we're sorry": we say the
        # product or the choice was ours
        rf"we {AUX}(?:make|supply|sell|build|design|pick|choose|approve|manufacture|produce)(?: and (?:sell|supply|ship|distribute|fit|install))? (?:that|this|those|these|it|they)(?: \S+)?(?= [,.;!:]| and )",
        # "our check-in system at Gatwick North failed", "our dispatch system is lagging",
        # "our warehouse has fallen behind", "our broadband is down"
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{3,4}}(?:fail|crash|go down|break down|malfunction|stop work\S*|burst)(?! to (?:reach|contact|find))",
        rf"our (?!{THIRD}){PEOPLE}(?:(?![.,;:!?] )\S+ ){{0,6}}(?:be|have be|have|had) (?:still )?(?:down|offline|lag|fall (?:\S+ ){{0,3}}behind|not work|break|not cope|overload|overwhelm)",
        # "our billing system doubled your bill", "our app charged 4,700 drivers the daily
        # maximum", "our payment run took May's bill twice": a thing of ours took the money
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?:charge|overcharge|debit|double|bill) (?:you|your|the|\d\S*|customer|driver|member|user|passenger|account|every|some|about|around|over|more)",
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}take (?:\S+ ){{0,6}}twice",
        # "our new dispensing system slowed us down": a thing of ours held the work up
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,3}}(?:slow|hold) (?:we|us|\S+ \S+|\S+) (?:down|up)(?= )",
        # "our crew hit a gas main", "our food made dogs ill"
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?:hit|sever|puncture|rupture|poison|injure|hurt)",
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,5}}make (?:\S+ ){{1,3}}(?:ill|sick|unwell)",
        # "after our security breach", "our data leak"
        rf"our (?!{THIRD})(?:\S+ )?(?:breach|leak|failure|outage|mix-up|mixup)",
        # "our aircraft needs a part we don't have", "a driver we did not have"
        rf"(?:part|spare|crew|driver|pilot|staff|engineer|replacement|stock|aircraft|plane|bus|coach|train|van|vehicle|truck|technician|nurse|agent)s? (?:that |which )?we {AUX}not (?:have|keep|hold|book|roster|hire)",
        # "because we didn't have a crew available", "we haven't got a rested pilot": too
        # few of our own people (not "we do not have access to your card details")
        rf"we {AUX}not (?:have|get|find) (?:a |an |the |any |enough )?(?:\S+ )?(?:crew|pilot|driver|staff|engineer|nurse|doctor|teacher|technician|agent|rider|spare|replacement|cover)s?(?! (?:access|detail|record|data|information|number|name)\S*)",
        # "we planned the rota badly", "we handled the refunds poorly"
        # (the adverb closing the clause: not "we have been badly affected")
        r"we (?:have |had |really |just |also |then )?(?!(?:know|need|want|have|had|be|been|were|was|are|feel|miss|sorry|get|got|hit|affect|take|took)\b)\S+ (?:(?!you |to |be )\S+ ){0,3}(?:badly|poorly|carelessly)(?= [.,;:!?\u2013\u2014-]| and | so | this | that | on | in | at | for |$)",
        # "we took your March direct debit twice": the money taken twice by us, or by a
        # thing of ours ("our payment system sent the same request to the bank twice")
        # (past forms, read on the written line: not "we'll send updates twice a day")
        r"we (?:have |had |'ve |'d )?(?:took|taken|charged|billed|debited|deducted|collected|processed) (?:\S+ ){0,5}(?:\( (?:[^()]+ )?\) )?twice",
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}(?:sent|submitted|processed|ran|posted|applied|collected|debited|deducted|issued) (?:\S+ ){{0,8}}twice",
        # "our booking system double-booked your clinic" (not "our patients were double-booked")
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,3}}(?:double-book\S*|double-bill\S*|overbook\S*|overbill\S*)(?! by)",
        # "our app update this morning stopped payments": the update, then when, then the harm
        rf"our (?!{THIRD})(?:\S+ ){{0,2}}(?:update|change|release|upgrade|migration|setting|software) (?:this|last|yesterday|today|tonight|on|at|early) (?:\S+ ){{0,2}}(?:stop|block|break|prevent|reject|decline|lock|corrupt|wipe|delete)",
        # "plastic from a broken part on our line", "a worn seal in our filling machine"
        rf"(?:break|broken|faulty|damage|damaged|worn|crack|cracked|loose|defective) (?:\S+ ){{0,2}}(?:in|on|at|of|inside) our (?!{THIRD}){PEOPLE}\S+",
        # "our toy (batch 2211, 4,100 sold) can lose an eye": a thing of ours that may harm
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,3}}(?:\( [^()]{{0,60}}\) )?(?:can|could|may|might) (?:lose (?:a|an|its|their|one|the)|come loose|come off|fall off|detach|melt|explode|ignite|crack|overheat|leak|catch fire|break|snap)(?= )",
        # a thing or team of ours as the one who lost, skipped or let the harm through: "our
        # warehouse system lost 340 orders", "our design let the ring crack" (not "our
        # customers lost …", the people we serve, nor "our supplier lost …")
        rf"our (?!{THIRD}){PEOPLE}(?!(?:control|hand)s? )(?:\S+ ){{0,2}}(?:lose|misplace|mislay) (?!(?:power|touch|contact|patience|sleep)\b)\S+",
        rf"our (?!{THIRD}){PEOPLE}(?:\S+ ){{0,2}}let (?!(?:you|we|us|them|customer|user|people|passenger|member)s? )(?:\S+ ){{1,3}}(?:crack|break|snap|split|tear|leak|overheat|melt|burn|fail|come loose|come off|fall off|catch fire|expire|lapse|run out)(?= )",
        # our own thing that did not do its job: "our 07:10 bus never left the depot", "your
        # delivery has not left us yet" (the negation on our own service, in its clause; not
        # "our trains did not run because the power company cut the supply", another's doing)
        rf"our (?!{THIRD}){PEOPLE}{OUR_CLAUSE}{{0,12}}?(?:never|not) (?:leave|depart|arrive|run|turn up|show up|go out|reach)(?= )(?! (?:[^.;]+ )?(?:because|due to|owing to|as a result of)(?= ))",
        r"(?:never|not) (?:yet )?leave (?:we|our (?:depot|warehouse|kitchen|pharmacy|store|shop|site|hub|office)s?)(?= )",
        # something failed at or in a place of ours: "an OLT line card failed at our Kirkby
        # exchange" (not at our supplier's, nor "in our customers' homes")
        rf"(?:fail|break down|crash|burst|go down|malfunction|overheat|catch fire|short-circuit) (?:at|in|inside|within|on) our (?!{THIRD}){PEOPLE}(?:own )?\S+",
        # the harm came out of a thing of ours: "small pieces of plastic from our filling line"
        rf"(?:piece|bit|fragment|shard|splinter|particle|plastic|metal|glass|rubber|wire|bristle)s? (?:\S+ ){{0,2}}from our (?!{THIRD}){PEOPLE}\S+",
        # our own people made the change the harm came from: "our own engineering team updated
        # the software that controls the power" (a cause told as our own action)
        r"our own (?:\S+ ){0,2}(?:team|staff|engineer|crew|developer|technician|people|department)s? (?:\S+ ){0,2}(?:update|change|upgrade|install|replace|remove|move|switch|migrate|deploy|release|apply|turn off|shut off|cut|dig)(?= )",
        # our check went only part of the way: "we had tested the update, but not with trams
        # running", "we checked the labels but not the lids"
        rf"we {AUX}(?:test|check|trial|rehearse|inspect|review|verify|plan for|prepare for) (?:\S+ ){{0,5}}(?:, )?but not(?= )",
    ],
    "evasive": [
        r"(?:mistake|error|issue|problem|outage|failure|incident|glitch|misconfiguration)s? (?:\S+ )?(?:be|have be) (?:make|occur|happen|experience|encounter|introduce|identify)(?! by)",
        r"(?<!no )(?<!not )(?:data|information|record|detail|card|password|account|file|email|address|number)s? (?:\S+ ){0,2}(?:be|have be|may have be) (?:expose|access|compromise|leak|view|obtain|acquire|steal)(?! by)",
        r"(?:an? )?(?:error|issue|problem|incident) (?:occur|happen|arise)",
    ],
    "apology": [
        r"sorry",
        r"apologise",
        r"forgive",
        r"regret",
        r"apologetic",
        r"remorse",
        r"(?:my|our) (?:\S+ )?apologise",
    ],
    "non_apology": [
        # canned: any inconvenience, the inconvenience, this may have caused
        rf"{SUBJECT}(?:sorry|apologise|regret) {_}{{0,6}}(?:any|all) {_}{{0,2}}(?:inconvenience|disruption|trouble|confusion|frustration|concern|issue|problem|difficulty|difficulties|disappointment|discomfort|delay|hassle|impact|upset|distress|worry|anxiety|stress|disturbance|bother|nuisance|annoyance|aggravation|headache)",
        # not "the hassle at the till", "the hassle of queuing twice": that names the harm
        rf"{SUBJECT}(?:sorry|apologise|regret) {_}{{0,6}}(?:the|this|that) (?:\S+ )?(?:inconvenience|inconveniences|trouble caused|hassle(?! (?:at|of|with|in) (?:the|your|having|getting|queu)\S* (?!(?:situation|incident|issue|problem|matter|disruption|outage|delay|inconvenience)s?\b)))",
        rf"{SUBJECT}(?:sorry|apologise|regret) {_}{{0,12}}(?:may|might|could) (?:have )?(?:cause|experience|face|suffer|feel|be|put)",
        rf"inconvenience {_}{{0,3}}(?:may|might|could) have (?:cause|experience)",
        # regret in the passive, said by nobody: "inconvenience caused is regretted", "the
        # delay is deeply regretted", "it is regretted that"
        r"(?:inconvenience|disruption|trouble|delay|hassle|difficulty|difficulties|distress|problem|issue|outage|cancellation)s? (?:\S+ ){0,2}be (?:deeply |sincerely |greatly |much |truly )?regret",
        r"(?:it|this) be (?:deeply |sincerely |greatly |much )?regret that",
        rf"(?:regret|sorry|apologise) {_}{{0,3}}(?:the )?inconvenience",
        r"we regret (?:to (?:inform|announce|advise|say|report)|that (?:you|some|a|there|the|this|our))",
        # the institution regrets, in the third person: "the management regrets the disruption"
        r"(?:management|board|administration|authority|authorities) (?:\S+ ){0,2}(?:regret|apologise|be sorry|express (?:its |their )?(?:\S+ )?(?:regret|apologise|apology|sorrow))",
        rf"(?:we|i) (?:deeply |sincerely |truly |very much )?regret {_}{{0,4}}(?=[.,;!])",
        # conditional
        rf"{SUBJECT}(?:sorry|apologise) (?:(?!especially |particularly |above all |[:;.!?\u2013\u2014-] )\S+ ){{0,2}}if",
        rf"{NOT_AFTER_ESPECIALLY}{SUBJECT}(?:sorry|apologise|regret) (?:(?!especially |particularly |above all |most |[:;.!?\u2013\u2014-] |(?:that|this|it|which|there)(?: (?:be|is|was|can|could|may|might|would|will|mean)|'s|'ll) )\S+ ){{0,6}}(?:if|in case|where|to (?:anyone|anybody|those|any \S+|customer|user|passenger)) {_}{{0,4}}(?:be|have|may|might|feel|experience|were|find|affect|impact|inconvenience)",
        # not "We're sorry, particularly to anyone who couldn't check in": who was worst hit,
        # in fact, after a whole apology
        rf"{NOT_AFTER_ESPECIALLY}{SUBJECT}(?:sorry|apologise) (?:(?!especially |particularly |above all |most of all )\S+ ){{0,6}}(?:anyone|anybody|those|customer|user|passenger) (?:who|that) (?:may|might|could(?! not\b| never\b))",
        # the condition first: "If any parent was worried by this, we are sorry" (as
        # "যদি … বোধ করে থাকেন, তাহলে আমরা দুঃখিত"), with "any"/"anyone" as who it may be
        r"if (?:any|anyone|anybody|someone|somebody) (?:(?![.;!?] )\S+ ){0,8}(?:, )?(?:then )?(?:we|i) (?:be |do |sincerely |truly |really |very )*(?:sorry|apologise|apologize)",
        # not "sorry for it, particularly to those of you who missed a payment": the harm
        # singled out for the worst hit, after an apology already made; nor "sorry, to those
        # families most of all": the people named
        rf"{NOT_AFTER_ESPECIALLY}{SUBJECT}(?:sorry|apologise) (?:(?![-\u2013\u2014,] (?:especially|particularly|above all|most of all) |(?:especially|particularly|above all|most of all) )\S+ ){{0,4}}(?:to|for|with) (?:anyone|anybody|those(?! (?!who |that |of |affect|impact|inconvenienc|concern|involve|experienc)[a-z]+s? )|whoever)",
        # feelings-directed
        r"sorry (?:that )?(?:you|some of you|customer|anyone) (?:\S+ )?(?:feel|be (?:upset|frustrate|frustrated|disappoint|disappointed|unhappy|annoy|annoyed|concern|concerned|worried|confuse|confused)|find|think|perceive|view|see)",
        rf"{SUBJECT}(?:sorry|apologise|regret) {_}{{0,4}}(?:you|your) (?:\S+ )?(?:feel|feeling|frustration|upset|disappointment|perception|impression|concern)",
        rf"{SUBJECT}(?:sorry|apologise) {_}{{0,3}}(?:how|the way) (?:you|this|it) (?:\S+ )?(?:feel|make you feel|come across|be perceive)",
        rf"sorry {_}{{0,3}}(?:feel|felt) that way",
        # "we know you were annoyed, and we're sorry for that": sorry for the feeling
        rf"you (?:\S+ ){{0,2}}(?:be|feel|get|have be) (?:\S+ )?(?:upset|frustrate|annoy|disappoint|angry|unhappy|irritate|cross|fed up|worry|anxious)\S* {_}{{0,6}}(?:sorry|apologise) (?:for|about) (?:that|this|it|how you feel)(?= [.,;!])",
    ],
    "apology_gesture": [
        # "as an apology for the hassle, a £30 voucher": a gift's label, not the apology
        r"(?:as|by way of) (?:a |an |our |my )?(?:small |little |token )?(?:apologise|sorry)",
        # "we'll add a $20 gift card to say sorry for the hassle": what the gift is for
        r"(?:voucher|gift card|gift|credit|discount|code|token|card|bonus|treat|present)s? (?:\S+ ){0,3}to say (?:a |our )?(?:big |little )?(?:sorry|apologise)",
    ],
    "blame_customer": [
        # "when customers refreshed the page, despite on-screen guidance asking them not to":
        # the customers cast as acting against what they were told
        r"despite (?:\S+ ){0,3}(?:guidance|warning|instruction|advice|message|notice|sign|prompt)s? (?:\S+ ){0,3}(?:ask|tell|warn|advise|instruct|remind)\S* (?:them|you|customer|user|people|passenger)s? not to",
        # "because everyone logged in at once": the customers' crowding named as the cause
        r"(?:because|since|due to|owing to|cause by|down to) (?:of )?(?:so many |too many |all |thousands of |everyone |everybody )?(?:(?!(?:we|our|us)\b)\S+ ){0,4}(?:at once|at the same time|simultaneously)",
        # "had customers followed the guidance, this would not have happened"
        r"(?:had|if) (?:\S+ )?(?:customer|you|user|people|passenger|resident|household|owner)s? (?:\S+ ){0,2}(?:follow|use|read|keep to|stick to|plug|obey|respect)\S* (?:\S+ ){0,8}(?:would not have|would have be avoid|could have be avoid|would never have|would not be)",
        # "your address was incomplete": the customer's details named as the cause
        r"(?<!if )(?<!where )(?<!when )your (?:delivery |postal |home )?address (?:be|have be) (?:incomplete|wrong|incorrect|missing|unclear)",
        # "we estimated it as we'd had no reading from you": what the customer did not send
        r"(?:as|because|since) we (?:\S+ ){0,2}(?:no|not|never) (?:\S+ ){0,2}(?:reading|reply|response|answer|payment|detail|document|information|confirmation|photo|form)s? (?:\S+ ){0,2}from you",
        # "most of these happened when people hit 'Pay' again after the app froze": the
        # customers' retrying named as the cause (not "if you tap Pay again, you are charged
        # once": an instruction)
        r"(?:because|since|after|(?:happen|occur|start|begin)\S* (?:\S+ )?when) (?:some |many |most |a few |lots )?(?:of )?(?:you|customer|user|member|people|passenger|shopper|client|subscriber|player|those)s? (?:\S+ ){0,3}(?:hit|press|tap|click|refresh|retry|resubmit|re-submit|reload|try|submit)\S* (?:\S+ ){0,4}(?:again|twice|repeatedly|more than once|multiple times|several times)",
        r"(?:user|customer|human|operator|passenger|client|cardholder) error",
        r"(?<!if )(?<!unless )(?<!should )(?<!whether )(?:owner|user|customer|member|passenger|client|account holder|player|gamer|subscriber|account)s? (?:had |have )?(?:reuse|re-use|share|(?:choose|chose|pick)(?! ?[.,;:!?)]| (?:for|by|on|in|at|as|earlier|before|when) )|click|ignore|use weak|use the same)",
        rf"(?:you|customer|user|passenger|client|cardholder|shopper|people|traveller|guest)s? (?:who |that )?{AUX}(?:fail|forget|neglect|omit) (?:to )?",
        # not "a full refund if you choose not to travel": an option offered, not a blame
        rf"(?<!if )(?<!unless )(?<!should )(?<!whether )(?<!where )(?:you|customer|user|passenger|client|cardholder|shopper|people|traveller|guest)s? (?:who |that )?{AUX}(?:choose not|decide not) (?:to )?",
        rf"(?:customer|user|passenger|client|people|those)s? (?:who|that) {AUX}not (?:update|check|read|follow|enter|use|keep|change|install|verify|confirm|respond|reply|arrive|turn up|show up)",
        # not "you paid £18 more than you should have": what was owed, not what you ought to do
        # nor "you should have had a text confirming it": a message of ours expected by now
        # nor "this was money you should have had": what was owed to you, named before it
        r"(?<!than )(?<!what )you should have(?! (?:receive|received|get|got|see|seen|be|been|hear|heard|now|pay|paid|had|yours|it|them|one|your)\b)(?! have (?:a |an |the |our |your |one |\S+ )?(?:\S+ )?(?:text|email|e-mail|letter|message|call|notification|sms|confirmation|reply|update|refund|voucher|code|link)s?\b)(?! have (?:it |them |this |that )?(?:[.,;:!?]|by |already |back |earlier |sooner |all along))",
        r"(?:incorrect|wrong|improper|mistaken)(?:ly)? (?:\S+ )?(?:enter|use|configure|provide|input|type|submit|supply|fill)(?:d|ed)? by (?:you|customer|user|the customer|the user)",
        r"(?:enter|use|configure|provide|input|type|submit|supply|fill|set up)(?:d|ed)? (?:\S+ ){0,2}(?:incorrect|wrong|improper|mistaken)(?:ly)? by (?:you|customer|user|the customer|the user)",
        # not "some of you topped up when you didn't need to": what our fault made you do
        rf"(?:because|since|as|when) (?:some |many |a few )?(?:you|customer|user|passenger|client|cardholder)s? {_}{{0,3}}(?:do not(?! (?:need|have) to)|fail|forget|use (?:an )?(?:old|outdated|wrong)|enter|ignore|misuse|click|share)",
        r"(?:on|at) (?:the )?(?:customer|user|your) (?:'s )?(?:side|end|part)",
        # "where an address was entered without a flat number": the customer's typing, blamed
        r"(?:address|postcode|detail|phone number|flat number|house number|delivery note)s? (?:be|have be|get) (?:enter|give|type|provide|fill in|write|submit|put in) (?:\S+ )?(?:without|incomplete|incompletely|incorrectly|wrongly|wrong)(?! (?:\S+ ){0,6}by (?:we|our|one of our))",
        # "because a few passengers arrived late", "the late arrival of some guests"
        r"(?:because|since|as|after) (?:some |several |a few |many |two |three |\S+ )?(?:passenger|customer|guest|traveller|rider|client|patient|shopper|visitor)s? (?:\S+ )?(?:arrive|turn up|show up|come|board|check in|be) (?:\S+ )?(?:late|at the last minute)",
        r"late (?:arrival|boarding|check-in) of (?:some |several |a few |\S+ )?(?:passenger|customer|guest|traveller|client|visitor)s?",
        # "it grew this large mainly because of customers who kept pressing 'Buy'": the
        # customers named as the cause (as "মূলত গ্রাহকদের কারণেই")
        r"(?:because of|due to|down to) (?:the |some |many |impatient )?(?:customer|user|passenger|client|shopper|guest|people) (?:who|that|themselves|\S+ing)\b",
        r"(?:outdated|old|unsupported|unpatched) (?:\S+ )?(?:device|phone|browser|app|version)s? (?:use |run )?(?:by|on) (?:some |many )?(?:customer|user|you)",
        rf"(?:customer|user|you)s? (?:\S+ ){{0,3}}(?:misuse|mishandle|misread|ignore {_}{{0,2}}(?:warning|instruction|advice|guidance))",
        # "held up by incomplete addresses entered at checkout"
        r"(?:incomplete|incorrect|wrong|missing|mistyped|misspelt|misspelled|invalid|partial|out-of-date) (?:delivery |postal |billing |home )?(?:address|postcode|detail|phone number|flat number|house number)s? (?:\S+ )?(?:enter|give|type|provide|supply|submit|fill in|put in)(?! (?:\S+ ){0,4}by (?:we|our|one of our))",
    ],
    "blame_other": [
        # the cause given as what someone else did: "It happened because our bank, Harlow
        # Mutual, ran our Direct Debit file twice" (a determiner first: not "because we told
        # our bank")
        rf"because (?:an? |the |our |one of our |their |its )(?:(?!(?:we|i|you)\b)\S+ ){{0,2}}{PARTY}(?: , [^,.;:!?]{{1,40}} ,)?",
        # the cause as something they sent us: "because the data we received from our
        # industry partner contained incorrect figures", "caused by incorrect readings sent to
        # us by the meter operator"
        rf"(?:because|cause by|caused by|due to|result from|stem from|owing to) (?:of )?(?:[^.;:!?]{{0,60}}? )?(?:receive|received|get|got|send|sent|supply|supplied|provide|provided|give|given|pass|passed|feed|fed)(?: on)?(?: to)?(?: we| us)?(?: \S+){{0,3}}? (?:from|by) (?:an? |the |our |one of our |their |its )?(?:\S+ ){{0,2}}{PARTY}",
        # "Air traffic control restrictions are delaying our flights": an authority as the
        # one that delays
        r"(?:air traffic control|atc|air traffic controller)s? (?:\S+ ){0,4}(?:be |have be |have )?(?:delay|disrupt|cancel|hold up|ground|slow)\S*",
        # "sorry; but most cases were caused by cheap chargers": owned, then laid elsewhere
        r"(?:(?<=but )|(?<=however , )|(?<=however ))(?:(?!we |our |us |i |my )\S+ ){0,4}(?:be |have be )?(?:cause by|due to|down to|the result of)(?! (?:our|we|us|my|a mistake of ours)\b)",
        # "but the real problem is our courier", "the main fault lay with the supplier": the
        # main fault laid at someone else, even beside our own share
        r"\b(?:real|main|actual|bigger|underlying|root) (?:problem|issue|fault|culprit|failure)s? "
        r"(?:here |though )?(?:is|was|be|lies|lie|lay|sits|sit|sat|rests|rest|rested)(?: (?:with|at|on))? (?:\S+ ){0,2}"
        r"(?:courier|supplier|vendor|partner|carrier|contractor|provider|manufacturer|"
        r"authority|council|third part|haulier)\S*",
        # "Your bank processed your payment of 3 Apr twice": another party as the one that did
        # the wrong thing (not "if your bank …", nor "we asked your bank to …"; nor "Wattle
        # Bank debit card purchases were taken … twice", where the bank's name heads a noun)
        r"(?<!if )(?<!unless )(?<!if your )(?<!if the )(?<!if our )(?:your |the |our )?(?:bank|card issuer|processor|payment provider|payment partner|courier|carrier) (?:also |then )?(?:process|charge|debit|take|submit|send|run|collect|deliver)\S* (?!(?:card|purchase|transaction|order|payment)s? )(?:\S+ ){0,8}?(?:twice|two times|in error|by mistake|wrongly|to the wrong)\b",
        # "restrictions imposed by NATS mean …", "a closure ordered by the port": what another
        # body imposed, named as the cause (not "limits imposed by our own safety team")
        r"(?:restriction|limit|ban|order|closure|rule|cap|curfew|inspection|requirement|slot|embargo)s? (?:\S+ )?(?:impose|order|enforce|require|set|issue|introduce|announce|carry out|call) by (?!(?:we|our|us|ourselves)\b)",
        # "we have asked them to explain their negligence": another party named as negligent
        r"(?:their|its) (?:own |sheer |gross )?(?:negligence|carelessness|incompetence|recklessness)",
        # "the accounts used a password that had already leaked from another site": the
        # customer's old password, not our defence, named as the cause
        r"(?:use|reuse|re-use|have|choose|pick|set) (?:a |the |an |their |his |her )?(?:same |weak |old |simple |common )?password(?:s)? (?:that|which) (?:\S+ ){0,3}(?:leak|steal|stolen|expose|breach|compromise)",
        # "caused entirely by the contractor", "the damage was caused by their works"
        r"(?:cause|trigger|create|bring about) (?:entirely |solely |wholly |fully |directly |squarely |only )?by (?:an? |the |their |its |one of their )?(?:\S+ ){0,3}(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|processor|manufacturer|council|authority|airport|airline|host|operator|agency|retailer|seller|merchant)s?",
        r"(?:cause|trigger|create) (?:entirely |solely |wholly |directly )?by their (?:own )?(?:\S+ )?(?:work|works|digging|mistake|error|failure|fault|negligence|staff|crew|equipment|system|decision)s?",
        # "the breach happened at our booking partner", "it did not originate in our systems"
        r"(?:happen|occur|originate|start|begin|take place) (?:entirely |only )?(?:at|in|on|with|inside|within) (?:our |the |a |an |their )?(?:\S+ ){0,2}(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|processor|manufacturer|host|hosting provider|agency|retailer)s?(?! (?:\S+ )?(?:we|our) )",
        r"(?:do|did) not (?:originate|happen|occur|start|begin) (?:in|at|on|with|inside|within) (?:our|\S+ 's) (?:own )?(?:\S+ )?(?:system|network|platform|server|software|code|app|site|website|environment|infrastructure|side|end|premises)s?",
        # "our own systems were not breached": ours cleared, so the fault is elsewhere, as
        # "আমাদের নিজস্ব সিস্টেম পুরোপুরি অক্ষত ছিল" in Bengali
        r"own (?:\S+ ){0,2}(?:system|server|network|database|platform|software|infrastructure)s? (?:be|have be|remain|stay) (?:completely |entirely |fully )?(?:not (?:\S+ )?(?:breach|affect|compromise|access|hack|touch|involve)|unaffected|untouched|intact)",
        # "(not our servers this time!)": ours cleared, so the fault is elsewhere
        r"(?:be|s) not (?:in |on |with )?our (?:own )?(?:server|system|network|platform|software|code|app|website|equipment|infrastructure)s?(?! (?:\S+ )?(?:alone|only|just))",
        r"not our (?:own )?(?:server|system|network|platform|software|code|app|website|equipment|infrastructure)s? this time",
        # "None of this was down to our florists": our own people cleared, the fault elsewhere
        rf"(?:none|nothing|no part) of (?:this|it|that|the \S+) (?:be|was) (?:\S+ )?(?:down to|because of|cause by|the fault of) our (?!{THIRD})",
        # "the real culprit here was the French strike"
        r"(?:real |true |actual |main |chief |only )?culprit (?:here )?(?:\S+ )?(?:be|was|were|lie|lay) (?!(?:our|we|my|us|i|ourselves) )",
        # (not "an email that pretended to come from our IT vendor": a fake, not the vendor)
        rf"(?:due to|because of|cause by|make (?:\S+ )?(?:wrong|bad|worse) by|worsen by|compound by|aggravate by|exacerbate by|prolong by|down to|as a result of|result from|resulting from|following|stem from|stemming from|(?<!pretend to )(?<!pretended to )(?<!claim to )(?<!claiming to )(?<!purport to )(?<!purporting to )come from|attributable to|trigger by|blame|on the part of|the fault of|fault lie with|responsibility (?:of|lie with)|fail by|let down by|delay by|hold up by|disrupt by|caused by|owing to|thanks to|courtesy of|affect by|hit by|impact by|strike by) (?:an? |the |our |one of our |their |its )?{_}{{0,3}}(?:third[- ]party|3rd[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|haulier|logistics|(?<!power )bank|processor|acquirer|airport|air traffic|atc|authority|authorities|regulator|government|council|manufacturer|factory|maker|hosting|host|cloud|aws|azure|isp|telco|operator|airline|port|customs|union|strike|striker|weather|storm|snow|snowfall|flood|flooding|heat|heatwave|fog|hurricane|typhoon|cyclone|monsoon|wind|gale|rain|ice|volcano|ash|act of god|force majeure|upstream|network provider|power company|utility|grid|landlord|agency|outsourc\S*|external|licensor|payment network|card scheme|visa|mastercard|crew shortage|staff shortage|industrial action|the market|demand|traffic|roadwork|road work|road ?works|road closure|closed road|road repair|congestion|gridlock|diversion|protest|demonstration)",
        r"(?:third[- ]party|3rd[- ]party|partner|supplier|vendor|provider|contractor|carrier|courier|(?<!power )bank|processor|airport|authorit\S*|regulator|government|council|municipality|city|utility|manufacturer|factory|isp|airline|port|customs) (?!(?:fee|charge|account|statement|holiday|transfer|detail|card|balance|feed|app|connection|transaction|payment|login|website|branch)s? )(?:'s )?(?:, [^,.;:!?]{1,40} , )?(?:(?!(?:[;:]|and|but|while|whereas|review|investigate|examine|look|discuss|report|oversee|audit|study|inspect|assess) )\S+ ){0,3}(?:be (?:to blame|responsible|at fault)|be (?:unable|not able) to|be slow|be (?:\S+ )?(?:overwhelm|swamp)|could not cope|take (?:\S+ )?(?:longer|long|too long)|(?:pull|withdraw|revoke|reassign|refuse|deny) (?:\S+ )?our|run (?:short|out|low)|cause|disrupt|force|ground|halt|block|fail to|let we down|let (?:\S+ )?down|mistake|error|failure|fault|outage|negligence|problem|issue|delay|incident|breach|glitch|bug|strike|fail|go down|crash|break|be down|stop work|lose|drop|cut|damage|sever|hit)",
        # "heavy snow on the M6 means …" ("means" stays as written on the lemma line), "heavy snow
        # across Ontario and Quebec has slowed our carriers" (an auxiliary before the verb)
        rf"(?:the |a |an )?(?:storm|snow|snowfall|blizzard|weather|fog|rain|rainfall|downpour|monsoon|gale|ice|heatwave|flood|hurricane|typhoon|cyclone|strike|industrial action|power cut|volcanic ash|roadwork|roadworks|road closure|congestion|gridlock|protest) {_}{{0,4}}(?:(?:have|be|have be) )?(?:cause|force|flood|damage|cut|lead to|result in|means|mean|prevent|ground|delay|disrupt|make|leave|overwhelm|hit|knock|shut|close|cancel|slow|stall|swamp|block|halt)",
        # "because our mailing contractor, PrintPost Ltd, did not keep its systems secure",
        # "our courier didn't have enough drivers": another party as the subject of a duty it
        # did not do (a name in commas between); "refusing us a berth": what it refused us
        r"(?<!if )(?<!unless )(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|haulier|processor|manufacturer|airport|airline|authority|council|regulator|agency|landlord|handler|handling company|host)s? (?:'s (?:\S+ )?)?(?:, (?:\S+ ){1,5}, |(?:\S+ ){0,2})(?:(?:do|have|would|could|can|be) not (?:\S+ )?(?:keep|have enough|have the|provide|send|supply|deliver|staff|turn up|show up|secure|protect|patch|follow|meet|tell|warn|notify|inform|load|collect|honour|renew|maintain|able to|fix|replace|give|cope|handle|manage|process|sort|clear|cover)|refuse (?:we|to))\b",
        # after "because", any deed left undone: "because our contractor, Hollis Civils, did not
        # backfill the trench"
        r"(?:because|since) (?:our |the |a |an |one of our |their )?(?:\S+ ){0,2}(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|haulier|processor|manufacturer|airport|airline|authority|council|regulator|agency|landlord|handler|host)s? (?:, (?:\S+ ){1,5}, )?(?:do|have|would|could|be) not \S+",
        # "but ParcelLine didn't tell us about the problem until Wednesday": someone else kept
        # us in the dark (not "we did not tell", "our own alerts did not tell us", nor "if you
        # haven't told us")
        r"(?<!\bwe )(?<!\bi )(?<!\byou )(?<!\bif )(?<!\bunless )(?<!\bour )(?<!\bown )(?!(?:alert|alarm|monitor|monitoring|system|tool|check|dashboard|sensor|process|team|staff)s? )(?:\S+ )(?:do|have|would|could) not (?:tell|warn|notify|inform|alert) we (?:about|of|until|that|in time|before|when|for|so)\b",
        # "because our payment processor resubmitted the file", "a timeout on their side"
        # (not "when your bank balance dropped": the reader's balance, a thing named after
        # the bank, is what dropped)
        rf"(?:because|since|after|when) (?:our |the |a |an |one of our )?{_}{{0,2}}(?:third[- ]party|partner|supplier|vendor|provider|contractor|carrier|courier|processor|acquirer|host|hosting provider|data cent(?:re|er) operator|network provider|isp|telco|(?<!power )bank|manufacturer|factory|airport|airline|regulator|authority|retailer|seller|merchant|sender|shipper) (?!(?:fee|charge|account|statement|holiday|transfer|detail|card|balance|feed|app|connection|transaction|payment|login|website|branch)s? )(?:,? (?:\S+ ){{0,6}}, )?(?!(?:do|did|be|was|have|has) not )(?:\S+ ){{0,2}}(?:hand|give|pass|release|dispatch|resubmit|send|ship|supply|deliver|change|push|update|fail|lose|drop|cut|miss|go down|crash|break|make|mislabel|stop|delay|run out|have|be|suffer|experience|set up|set|configure|misconfigure|leave|forget|skip|ignore|breach|use|install|upload|expose|publish)",
        # "the delays began when the company that loads our baggage, Northline Handling, was
        # 30 staff short": a firm that does a job for us, named by that job, as the one that
        # fell short
        r"(?:because|since|after|when|as) the (?:outside |external )?(?:company|firm|business|contractor) (?:that|which|who) (?!we )\S+ (?:our|for we) (?:\S+ ){0,4}?(?:, (?:\S+ ){1,4}, )?(?:be (?:\S+ ){0,2}(?:short|late|unable|down|slow|closed|overwhelmed|understaffed|understaff)|could not|can not|do not|fail|run (?:out|short|late)|go down|lose|miss|forget|make (?:a |an )?(?:mistake|error)|send (?:\S+ )?wrong)\b",
        r"(?:on|at) (?:their|its) (?:side|end)",
        # "this lapse was entirely on MedCloud's side": the fault placed on another's side by
        # name (not "on your side", "on our side")
        r"(?:fault|gap|error|mistake|failure|problem|lapse|breach|blame) (?:\S+ ){0,2}(?:entirely |wholly |squarely |solely |fully |firmly )?(?:on|at) (?:the )?(?!(?:our|your|my|we|you|i|customer|customers)\b)\S+ 's (?:side|end)\b",
        # "Nimbus changed network settings without telling us": another party acting on its
        # own (we cannot act without telling ourselves; not "if you haven't told us", which
        # may be the customer)
        r"without (?:first |even |ever |once )?(?:tell|warn|notify|inform|consult|alert|ask|check with)\S* (?:we|us)\b",
        # "this outage is down to Nimbus, not to anything Tallypay did": cleared by name
        # (not "nothing you did": the customer cleared, which blames nobody)
        r"not (?:to |because of |due to |down to )?(?:anything|something) (?:that )?(?!you |your |customer)(?:\S+ ){1,2}(?:do|change|cause)\b",
        # "Our hosting provider, Stratocloud, had a power failure"; "Northwire, the provider
        # that …, is having a major outage"
        r"(?:partner|supplier|vendor|provider|contractor|carrier|courier|processor|host|(?<!power )bank|manufacturer|factory|airport|airline)(?: ,)? (?:(?!we |our |i |not )\S+ ){0,12}(?:be have|have|suffer|experience|report) (?:a |an )?(?:\S+ ){0,2}(?:outage|failure|fault|problem|issue|error|breach|incident|glitch|malfunction|power cut)",
        r"(?:the )?(?:hacker|attacker|criminal|cybercriminal|fraudster|thief|thieve|bad actor)s? (?:\S+ ){0,3}(?:be (?:to blame|responsible)|be the (?:real )?(?:victim|culprit|cause))",
        # "we too were victims", "we were also the victims of their fraud", "we ourselves
        # have been victims"
        r"we (?:too |also |ourselves |as well )?(?:be|have be) (?:too |also |ourselves |as well |just as much )?(?:a |the |one of the )?victim",
        # "the clip that snapped was made by our supplier", "bolts supplied by an outside firm"
        r"(?:make|manufacture|build|produce|supply|source|fit|install|assemble) (?:for we |to we )?by (?:a |an |the |our |one of our )?(?:\S+ ){0,2}(?:third[- ]party|outside|external|supplier|manufacturer|maker|vendor|subcontractor|contractor|partner|factory|firm|provider)",
        # "the breach happened on their systems, not ours": theirs set against ours
        r"(?:on|in|at|with|inside|within) (?:their|its) (?:own )?(?:\S+ )?(?:system|network|platform|server|software|side|end|site|website|premises|equipment|infrastructure)s? , not (?:on |in |at |with |inside |within )?(?:ours|our (?:own )?\S+)",
        # "It happened on PowerLearn's systems, not ours": the same, the other named
        r"(?:on|in|at|with|inside|within) (?!(?:our|your|we|you)\b)\S+ 's (?:own )?(?:\S+ )?(?:system|network|platform|server|software|side|end|site|website|premises|equipment|infrastructure)s? , not (?:on |in |at |with |inside |within )?(?:ours|our (?:own )?\S+)",
        # "a fault at SchoolCoin, the company that processes our online payments", "Medscan
        # Solutions, the company that scans our paper records, had left a folder open": a firm
        # named by the job it does for us, as the one at fault
        r"(?:fault|failure|error|mistake|outage|problem|breach|glitch|bug|incident) (?:\S+ ){0,2}(?:at|by|with|in|from) (?:\S+ ){1,3}, the (?:\S+ )?(?:company|firm|business|provider|contractor|supplier) (?:that|which|who) (?!we )\S+ (?:our|for we)\b",
        r"(?<=, )the (?:\S+ )?(?:company|firm|business|contractor|supplier|provider) (?:that|which|who) (?!we )\S+ (?:\S+ )?our (?:\S+ ){1,4}, (?:have |had |have be |had be )?(?:leave|fail|lose|send|expose|make|cause|break|delete|miss|forget|publish)\b",
        # "This was a failure by Medscan to follow the security rules"
        r"(?:failure|mistake|error|lapse) by (?!(?:we|us|our|ourselves|one of our)\b)(?:\S+ ){1,3}to (?:follow|meet|keep|secure|protect|tell|warn|check|deliver|honour|comply)",
        # "the gap was on our payment partner's side": the fault placed on another's side
        r"(?:fault|gap|error|mistake|failure|problem|issue|flaw|weakness|lapse|breach) (?:\S+ ){0,3}(?:on|at|from) (?:our |the |their |a )?(?:\S+ ){0,2}(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|processor|manufacturer|host|agency|bank)(?: 's|s ')? (?:side|end)",
        # "caused by Network Rail's signal fault": someone else's fault, named as the cause
        r"(?:cause by|due to|because of|owing to|the result of) (?!(?:our|we|my|your|the|a|an) )(?:\S+ ){1,2}'s (?:\S+ ){0,2}(?:fault|failure|error|outage|problem|strike|mistake|breakdown|malfunction|negligence)",
        # "did not meet the specification they had agreed with us"
        r"not (?:meet|match|follow|comply with|honour|keep to|stick to) (?:\S+ ){1,8}(?:agree|agreement|contract|sign|deal) (?:\S+ )?with we",
        # "against the security terms in our contract with them": the breach is theirs
        r"(?:against|in breach of|breach|break|violate|contrary to) (?:the |our |their |its )?(?:\S+ ){0,2}(?:term|contract|agreement|rule|standard|specification|policy)s? (?:\S+ ){0,4}with (?:them|they|it|we)",
        # "the gap was theirs", "it was their unpatched system that let the attacker in"
        r"(?:fault|gap|error|mistake|failure|problem|flaw|blame|responsibility|weakness|breach|lapse) (?:\S+ )?(?:be|lie|rest|sit) (?:all |entirely |squarely |fully )?(?:theirs|with them)",
        # "the problem lies entirely with the manufacturer's parts", "the fault sits with our carrier"
        r"(?:fault|gap|error|mistake|failure|problem|issue|flaw|defect|blame|responsibility|weakness|breach|lapse|cause) (?:\S+ )?(?:be|lie|rest|sit) (?:all |entirely |squarely |fully |solely |wholly |firmly )?with (?:the |our |their |a |an |one of our )?(?:\S+ ){0,2}(?:third[- ]party|partner|supplier|vendor|provider|contractor|subcontractor|carrier|courier|haulier|processor|manufacturer|maker|factory|host|airport|airline|authority|authorities|council|regulator|operator|agency|landlord|bank)s?(?! (?:and|but) (?:we|our|us))",
        r"it (?:be|was) their (?:\S+ ){0,2}(?:system|server|software|mistake|error|failure|fault|equipment|network|staff|decision|code|gap|kit|shortfall|shortage|delay|strike|negligence|lapse|problem) (?:that|which)",
        # "a signalling failure on Network Rail's infrastructure", "entirely within their equipment"
        # "a fault in their factory's wiring", "a flaw in the supplier's components"
        r"(?:fault|failure|problem|issue|error|defect|flaw) (?:\S+ ){0,2}(?:in|on|within|inside|with) (?:their|the (?:\S+ )?(?:supplier|manufacturer|maker|vendor|contractor|factory|partner|provider) 's) (?:\S+ )?(?:\S+ 's )?(?:wiring|component|part|material|design|workmanship|equipment|process|product|supply|batch|ingredient|cable|chip|circuit)s?",
        # "after a timeout on their system": what failed is the other party's
        r"(?:fault|failure|problem|issue|error|outage|breakdown|gap|timeout|time-out|crash|glitch|bug|overload) (?:\S+ ){0,3}(?:in|on|within|inside|with) (?:their|(?!(?:the|our|a|an|your|this|that|today|yesterday|tomorrow|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday) )\S+ (?:\S+ )?'s(?! own)) (?:\S+ )?(?:equipment|infrastructure|system|network|track|signal|signalling|server|platform|software|kit|line|side|end|substation|cable|pipe|bridge|tunnel|depot|plant)s?",
        # "the fault here lies with Printwell Mailing, the firm that prints our newsletter": the
        # fault laid at a name that is not ours (not "lies with us", "with our team", "with the
        # valve", a thing; nor "responsibility lies with Tom Reed", an owner named)
        r"(?:fault|blame) (?:here |for this |for that |for it )?(?:lie|rest|sit) (?:entirely |squarely |firmly |solely |wholly |fully |really )?with (?!(?:we|us|our|ours|ourselves|i|me|my|mine|the|a|an|this|that|these|those|one|each|every|all|both|no|nobody|everyone|it)\b)",
        # "Network Rail signal fault at Patchway", "a National Grid power cut": a public body's
        # fault named as the cause, in a headline as in a sentence
        r"(?:network rail|national rail|national grid|openreach|national highways|highways england|highways agency|the met office|transport for london|tfl) (?:\S+ ){0,2}(?:fault|failure|problem|issue|outage|strike|work|works|closure|power cut|repair|breakdown|incident)s?",
    ],
    "blame_other_after": [
        # not "issues with the bank feed": a service of ours named after the bank; not
        # "yesterday's delays at Dublin Airport": where the delays were, not who caused them
        r"(?!delays? (?:\S+ )?at )(?:error|fault|failure|problem|issue|outage|mistake|delay|strike|glitch|bug|shortage|shortfall|breakdown|malfunction|fire|accident|crash|incident)s? (?:\S+ )?(?:at|by|with|from|on the part of|of) (?:our |the |a |an )?(?:\S+ ){0,2}(?:bank|supplier|vendor|provider|partner|courier|carrier|airport|airline|authority|council|processor|contractor|manufacturer|factory|agency|retailer|host)(?! (?:fee|charge|account|statement|holiday|transfer|detail|card|balance|feed|app|connection|transaction|payment|login|website|branch|integration|sync|import|link)s?\b)",
    ],
    "blame_circumstance": [
        r"(?:leave|left|give|gave) (?:we|us) no (?:choice|option|alternative)",
        r"(?:beyond|outside|out of) (?:of )?(?:our|anyone 's|anybody 's|everyone 's|anyone|any company 's|any operator 's|the \S+ 's) (?:\S+ )?control",
        # "it was out of our hands", "not in our hands"
        r"(?:out of|not in|never in|outside) (?:of )?our (?:\S+ )?hands?",
        r"(?:unforeseen|unforeseeable|unavoidable|exceptional|extraordinary|unprecedented|unusual|difficult|challenging|unexpected|extreme) (?:external )?(?:circumstance|condition|event|demand|volume|situation|factor)",
        r"circumstances beyond",
        # "our office staff had no way of seeing it", "we could not have known": nothing we
        # could have seen, as the excuse (not "you had no way of knowing the email was fake")
        rf"(?:we|our (?!{THIRD})(?:\S+ ){{0,2}}(?:staff|team|people|engineer|agent|crew|system|check)s?) (?:\S+ ){{0,2}}(?:have|had) no (?:\S+ )?(?:way|means|chance) (?:of|to) (?:know|see|tell|spot|detect|notice|predict|foresee|anticipate|check|catch)",
        r"act of god",
        r"force majeure",
        r"(?:be|s) not (?:\S+ )?(?:our|we) (?:fault|doing|responsibility|mistake)",
        r"no fault of (?:our|we)",
        r"not (?:our|we) (?:fault|doing|mistake)",
        # "This was BrightMetric's error, not ours", "the mistake was theirs, not ours": the
        # fault given to another and taken from us in one breath
        r"(?:fault|error|mistake|doing|failure|failing|shortcoming|negligence|responsibility|problem|lapse|theirs)(?: \S+)? , not (?:ours|our (?:own )?(?:fault|doing|mistake|error|responsibility|problem))(?= )",
        r"nothing (?:\S+ ){0,2}(?:we|anyone) could (?:have )?(?:do|prevent|foresee)",
        # "there was very little we could have done differently": next to nothing, the same excuse
        r"(?:very little|little|not much|not a lot|hardly anything|almost nothing) (?:else )?(?:that )?(?:we|anyone|anybody) (?:\S+ )?could (?:really |realistically |reasonably )?(?:have )?(?:do|prevent|foresee|change)",
        r"(?:could|can) not (?:reasonably )?have (?:be )?(?:prevent|foresee|anticipate|predict|avoid)",
        # "strain beyond what anyone could reasonably have planned for": past the foreseeable
        r"(?:beyond|more than) (?:what|anything) (?:anyone|anybody|we|one|any \S+|the \S+) (?:\S+ )?(?:could|can|would|might) (?:reasonably |realistically |ever )?(?:have )?(?:plan|prepare|foresee|expect|anticipate|predict|design|build)",
        # "volumes that no one in the industry could have forecast"
        # "no organisation could reasonably have prevented an attack of this kind"
        r"no (?:organisation|organization|company|business|firm|operator|airline|retailer|bank|provider) (?:\S+ ){0,4}could (?:ever |reasonably |realistically |possibly )?have (?:be )?(?:prevent|foresee|forecast|anticipate|predict|stop|avoid)",
        r"(?:no one|nobody|noone) (?:\S+ ){0,4}could (?:ever )?have (?:be )?(?:prevent|foresee|forecast|anticipate|predict|expect|plan for|see \S+ come)",
        # "volumes far exceeded anything we could have forecast"
        r"(?:anything|what|than) (?:we|anyone|anybody) (?:\S+ )?could (?:ever |possibly )?(?:have )?(?:foresee|forecast|predict|anticipate|expect|plan for)",
        # "our own network performed exactly as designed": ours cleared, so the fault is elsewhere
        r"our (?:own )?(?:(?!be |have |now |will |should |again )\S+ ){0,2}(?:perform|work|behave|operate) (?:exactly |perfectly |just |fully )?as (?:design|intend|it should|they should)(?! (?:again|now|since))",
        # "with very limited time for airlines to adjust": the short notice was someone else's
        r"(?:very |too )?(?:limited|limit|little|short|insufficient|no) (?:time|notice|warning) (?:for|to) (?:airline|operator|carrier|company|companies|business|businesses|provider|retailer|the industry|we|us|anyone)s? (?:\S+ )?(?:to )?(?:adjust|adapt|prepare|respond|react|comply|plan)",
        r"(?:industry|sector)[- ]wide",
        r"affect (?:the )?(?:entire|whole) industry",
    ],
    "minimising": [
        # "a small number", "sorry to the small number of you who …"
        r"(?:a|an|the|that|this) (?:very )?(?:small|tiny|limited|handful|minor|insignificant|negligible) (?:number|subset|percentage|fraction|group|portion|minority|proportion|share|amount|set|pocket|batch|quantity|selection)",
        r"a handful",
        # "a little longer than usual", "a bit late"
        r"(?:a little|a bit|slightly|a touch|a tad) (?:longer|late|later|slower|behind|delay|back up|backed up|busy|busier)\S*",
        r"(?:a|the) (?:very |relatively |fairly )?short (?:while|time|period|outage|disruption|delay|interruption|spell|window)",
        r"(?:a|the|those|these) (?:few|couple of) (?:(?!of |second|minute|hour|day|week|month|year|time|more|other)\S+ ){0,2}?(?:customer|user|account|passenger|traveller|client|order|people|member|merchant|guest|household|shopper|cardholder|subscriber|home|site|store)",
        # "a few streets around yours": a place counted no better than people
        r"a (?:few|couple of) (?:street|road|area|neighbourhood|village|town|postcode|building|block|estate|district|suburb|branch)s?",
        r"(?:some|a few|a couple of|certain) parts? of",
        # "a blip most won't even have noticed"
        r"(?:a|the|this|that|only a|just a) (?:\S+ )?(?:blip|hiccup)(?! in (?:our|the) )",
        r"(?:will|would|may|might) not (?:even )?have notice",
        r"(?:barely|hardly) (?:\S+ )?notice",
        r"(?<!or )(?:only|just) (?:a )?(?:few|small|handful|some|minority|limited|fraction|tiny)",
        # not "in a little while" / "in the next short while": timing ahead, not the harm
        r"(?<!in a )(?<!next )(?<!too )(?<!far too )(?:brief|briefly|minor|slight|slightly|momentary|momentarily|short-lived|small|little|limited|negligible|isolated|intermittent|sporadic|temporary|partial(?! (?:card|account|bank|payment|credit card|debit card|phone|postcode|post code|address) )|modest|marginal)(?= (?:\S+ ){0,2}(?:outage|disruption|interruption|delay|issue|problem|impact|incident|error|glitch|fault|failure|breakdown|drop|dip|loss|pause|stoppage|power cut|number|period|time(?!table)|window|while|inconvenience|degradation|slowdown|hiccup|blip|exposure|amount|subset|affect|impact|disrupt|delay|unavailable|down|offline))",
        # said of the harm, ending its clause ("the outage was brief.", "was small compared
        # with"), not an adjective before a noun ("plenty of you are small businesses")
        r"(?:be|was|were|remain|seem) (?:very |quite |relatively |fairly |only |thankfully )?(?:brief|minor|limited|small|short(?! (?:today|tonight|of|by|on|because|this|that))|short-lived|slight|isolated|temporary|minimal|negligible)(?! enough)(?= (?:[.,;:!?)\u2013\u2014-]|(?:and|but|or|in|at|for|to|on|with|than|so|because|as|compared|overall|though|although|while|until|since|from|during|after|before|thanks|this|that|today|yesterday|\S+ly)(?= ))|\s*$)",
        r"(?:barely|hardly) (?:any|anyone|noticeable)",
        # "your broadband dropped out briefly": the adverb after the harm
        r"(?:drop|go|cut|be|stop|fail|freeze|crash|disconnect|lose)\S* (?:\S+ ){0,2}(?:briefly|momentarily)",
        r"(?:most|majority of) (?:customer|user|passenger|people)s? (?:be|were|will|have) (?:not|un)",
        # "the last few streets", "the remaining handful of homes": the tail of the harm, uncounted
        r"(?:the )?(?:last|final|remaining) (?:few|handful of|couple of) (?:\S+ )?(?:street|road|home|house|household|property|properties|premise|area|flat|building|village|customer|user|account|order|passenger|site|store)s?",
        # "most homes were back on a little later": the share restored, with no count
        r"(?:most|the majority|the bulk) (?:of )?(?:(?:the|our|your|those) )?(?:affected )?(?:customer|home|house|household|user|property|properties|premise|account|passenger|order|flight|train|street|area|site|store)s? (?:be|were|are|was|have|had|have be|had be|get|got) (?:\S+ )?(?:back|restore|reconnect|online|running|fix|resolve|deliver)",
        r"not (?:many|a lot of|widespread)",
        r"(?:quickly|swiftly|promptly|rapidly) (?:resolve|fix|restore|contain|address)",
    ],
    "count_unknown": [
        # an honest "we don't know how many yet" answers "some" as far as it can
        r"(?:not|n't) (?:yet |still )?(?:\S+ ){0,2}know (?:\S+ ){0,2}(?:how many|which|whose|who|the number|the extent|the scale|the size)",
        r"(?:affect|involve|impact|hit|expose)(?:ed)? (?:\S+ ){0,2}(?:: )?(?:be )?(?:not yet know|still unknown|unknown|to be confirm|not yet confirm|under investigation)",
        r"(?:still |now )?(?:work|working|count|counting|check|checking) (?:\S+ ){0,2}(?:how many|which customer|which account|whose)",
        r"(?:establish|confirm|find out|determine|identify|count) (?:exactly )?(?:how many|which customer|which account|whose)",
    ],
    "minimising_some": [
        # "deliveries are taking longer than usual", with no figure anywhere: how much longer
        r"(?:longer|later|slower) (?:- )?than (?:- )?(?:usual|normal|normally|expected|planned)",
        # "a portion of parcels", "a subset of accounts": a part, with no count of it
        r"(?<!what )(?<!how large )(?<!how big )(?:a|some) (?:portion|proportion|subset|fraction|percentage|share|segment|minority) of (?:(?:our|the|your|their|all|those|these) )?(?:affected |registered |active )?(?:customer|user|account|passenger|traveller|client|order|people|member|merchant|guest|household|subscriber|resident|student|patient|parcel|delivery|deliveries|payment|transaction|booking|flight|train|device|record|file|bill|policyholder|shopper|home|product|unit|item)s?",
        r"(?:some|certain|most|a number|a few|a couple|a handful|a lot|lots|loads) of you(?! (?:have|'ve) (?:ask|write|call|tell|contact))",
        # "you've been waiting a while": how long, with no figure anywhere
        r"(?:wait|waiting|delay|delayed|late) (?:for )?(?:quite )?a (?:little |good |long )?while\b",
        # "a few of this morning's buses", "a handful of deliveries": a few, with no count;
        # "back for most customers", "many passengers could not board": most or many, with no
        # count of all or of those still without
        r"(?:some|certain|select|several|(?<!the )(?<!at )most|(?<!how )(?<!so )(?<!too )many|a number of|a few|a couple of|a handful of) (?:of (?:our|the|your|(?:today|tonight|this morning|this afternoon|this evening|yesterday|this week) 's) )?(?:(?!time|day|hour|minute|week|month|of|more|other)\S+ ){0,2}?(?:customer|user|account|passenger|traveller|client|order|people|member|merchant|guest|household|shopper|cardholder|subscriber|resident|tenant|student|patient|pupil|driver|rider|applicant|policyholder|homeowner|area|region|location|train|flight|bus|sailing|parcel|delivery|payment|transaction|product|unit|device|store|branch|home|service|file|record|document|workspace|detail|fan|player|gamer|viewer|listener|reader|parent|family|families|business|shop|vehicle|item|ticket|connection|line|meter|bill|statement|card|departure|route|journey|trip|call|message|booking|reservation|tin|pack|packet|cooker|tram|ferry|ferries|coach|coaches|box|boxes|hamper|basket|kit|crate|cylinder|bottle|jar|carton|bag)s?",
    ],
    "figure_word": [
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|dozen|half|quarter|third|double|twice)",
        r"(?:hundred|thousand|million|billion)s of",
    ],
    "cause_known": [
        # "That's our fault: to save money we started packing a week later": what follows the
        # colon after owning it tells what went wrong (not "our fault: we're sorry", nor a
        # short clause that only owns it again: "our fault: we let you down")
        r"(?:be|s) (?:all |entirely |completely |squarely |wholly )?our (?:own )?(?:fault|mistake|doing|error|failure) :(?= (?!(?:we )?(?:be )?(?:sorry|apologise|apologize)\b)(?:(?![.!?] )\S+ ){6})",
        # not "because of the delay": the harm itself is no cause
        # nor "because of us", "because of it": who owns it, or the incident, is no cause; nor
        # "because they could not check the time": why the harm befell them; nor
        # "because of the outage will not count": the harm, where nothing of its own follows
        r"because(?! (?:they|you|customers|patients|passengers|people) (?:could|can) not\b)(?! of (?:us|we|me|i|it|you)(?= [.,;:!?]| and| or|$))(?! of (?:the|this|that|your|these|those) (?:\S+ )?(?:delay|disruption|outage|cancellation|incident|problem|issue|breach|inconvenience|situation)s?(?! (?:in|at|on|of|with|to|from|by|cause|caused|that|which|during|affecting|when|where)\b))",
        r"(?:charge|bill|send|ship|deliver|print|label|apply|show|take|give|load|pack)\S* (?:\S+ ){0,4}instead of",
        # "the debits were worked out using next year's prices instead of this year's": a
        # wrong input used, said in the past (not "please use the app instead of the site")
        r"(?:were|was|been|we|it|they|job|system|team) (?:\S+ )?(?:used|worked out|calculated|computed|priced|based|applied|read|picked|pulled|loaded)\S* (?:\S+ ){0,6}instead of",
        r"our (?:new |old )?(?:\S+ ){0,2}(?:software|system|update|app|code|process|script|job|tool|machine|line) (?:\S+ ){0,3}(?:charge|send|apply|show|bill|delete|block|reject|decline|mix|print|label|pack|ship)",
        r"(?:we|i) (?:had |'d )?(?:scheduled|booked|sold|planned|promised|accepted|took on) more",
        # what we lacked: "we had no plan for packing by hand", "our airport staff had no
        # instructions on feeding passengers"
        r"(?:we|i|our (?:\S+ ){0,2}(?:staff|team|crew|people|agent|driver|manager)s?) (?:had|have) no (?:\S+ )?(?:backup|standby|spare|cover|redundancy|capacity|stock|crew|staff|plan|process|procedure|instruction|rule|check|guidance|training)",
        r"(?:have|had|suffer|experience|see) (?:a|an) (?:\S+ ){0,2}(?:failure|fault|outage|breakdown|fire|flood|crash|power cut|leak)",
        r"cause (?:by|be|of)",
        # a thing that did it, in the active: "a regression in our cache config caused albums
        # to be served publicly", "a change was applied which caused the login service to
        # reject passwords" (not "the stress this has caused", "the payment caused you bank
        # charges", "any inconvenience caused", "the worry a wrong bill causes.": the harm, with
        # no thing that did it, or a pronoun that points back at a cause told or not; nor "we
        # caused this", which owns it)
        r"(?<!this )(?<!it )(?<!that )(?<!we )(?<!i )(?<!have )(?<!may )(?<!might )(?<!could )(?<!would )(?<!outage )(?<!delay )(?<!disruption )(?<!incident )(?<!cancellation )(?<!inconvenience )(?<!distress )(?<!worry )(?<!stress )(?<!problem )cause (?=[^\s.,;:!?])(?!by |be |of |to you|you |we |us |them |him |her |our customer|customer|passenger|any |some |such |no |(?:\S+ )?(?:inconvenience|disruption|distress|delay|worry|stress|frustration|anxiety|concern|upset|hardship|difficult|trouble|confusion|disappointment))",
        # a part that gave out: "a cooling pump on the main engine failed on Monday morning"
        r"(?:pump|valve|seal|cable|generator|battery|sensor|switch|router|disk|engine|fan|compressor|transformer|circuit|breaker|fuse|bearing|brake|motor|gearbox|boiler|power supply|controller|thermostat|hose|pipe|weld|bolt|belt)s? (?:\S+ ){0,4}(?:fail|give out|seize|jam|burst)",
        r"(?:the|a|root|main|likely|probable) cause",
        # not "you were due to board": due to do something is a plan, not a cause
        r"due to(?! (?:board|arrive|depart|leave|start|open|close|fly|sail|travel|return|expire|finish|end|run|reopen|resume|restart|land|go|begin|launch|renew|pay|receive|get|be|take|reach|ship|deliver|come|collect|move|visit|make|do|send|serve|hold|operate|call|post|dispatch|publish|perform|attend|sit|pick|drop|load|issue|give) )",
        r"the reason",
        # "a seal too thin for the pressure", "that is what let the attackers in"
        r"too \S+ for",
        r"(?:that|this|it) be (?:what|how) (?:\S+ )?(?:let|allow|cause|trigger|lead|make|bring|give|open)",
        # "a fault has been found in the steering gear"; "a laptop … was stolen from a car"
        r"(?:fault|defect|crack|leak|flaw|damage|corrosion|contamination) (?:\S+ ){0,3}(?:find|discover|detect|identify|spot) (?:in|on|with|inside)",
        r"(?:laptop|phone|device|computer|tablet|hard drive|usb stick|memory stick|backup tape|bag|briefcase) (?:\S+ ){0,8}be (?:steal|lose|leave)",
        # "approved without testing it": a check skipped
        r"without (?:a |an |any )?(?:first |properly |ever |proper |second |final )?(?:test|check|inspect|verify|review|approval|sign-off)",
        # not "moving home should never have triggered that fee": what ought not to have been
        r"(?<!never have )(?<!not have )trigger",
        r"result of",
        r"stem from",
        # "this was down to a technical problem on our side": owed to, as "due to" (not "is
        # down to 40 %", a figure; nor "that's down to us", which owns it and says no more)
        r"be (?:all |largely |mainly |partly |entirely |squarely |simply )?down to(?! (?:about |around |under |below |just |only |less |fewer |[\d£$€৳₦¥₱₩₵₺₪₫₴₸₽]|(?:us|we|me|i)\b))",
        r"come from",
        r"lead to",
        r"result in",
        r"(?:happen|start|begin|occur) (?:when|after|because)",
        # "a bug in the export job"; not "a fault on our network": that only says where
        # not "it was our fault that it did": owning it says nothing of what went wrong
        r"(?<!our )(?<!my )(?:bug|fault|flaw|defect|mistake|error|typo|miscalculation|misconfiguration|glitch|oversight|weakness|vulnerability|loophole|gap|crack|leak|contamination|malfunction) (?:in|on|with|of|at|that|which|during)(?! (?:our|the|one of our) (?:\S+ )?(?:network|system|service|platform|side|end|part|site)s? [.,;!?])",
        r"misconfigur\S*",
        # "misread the", "mislabelled a"; not "missed an appointment" (the harm)
        r"mis(?!s)\S+ (?:the|a|an|our)",
        r"(?:expire|break down|burn out|overheat|crash|corrupt|overload|fry|short-circuit|short out|catch fire|run out|wear out|give way|overflow|deadlock|snap|tripped|trip (?:out|off)|(?:breaker|fuse|switch|circuit|alarm|sensor)s? (?:\S+ )?trip)",
        r"(?:a|an|the|our) (?:\S+ )?(?:wrong|faulty|bad|broken|untested|buggy|defective|incorrect|outdated|expired|incompatible|duplicate|missing|mislabel\S*|contaminated|undercooked) (?:\S+ )?(?:firmware|file|setting|version|rate|price|amount|address|batch|label|code|update|certificate|configuration|config|data|script|part|component|ingredient|seal|valve|cable|switch|key|password|template|list|record|entry|instruction|schedule|timetable|fare|tariff|date|currency|exchange rate|tax)",
        # past tense on the written words: "we shipped" is a cause, "we will update" is not;
        # a small firm's owner tells it in the first person singular ("I booked too few")
        r"(?:we|i) (?:had |'d |then |also |accidentally |mistakenly |wrongly |unknowingly )*(?:chose|picked|selected|approved|bought|designed|fitted|shipped|pushed|deployed|released|changed|applied|sent|ran|upgraded|updated|migrated|installed|introduced|switched|moved|rolled out|turned on|turned off|enabled|disabled|deleted|removed|forgot|skipped|missed|overlooked|left|used|loaded|uploaded|copied|configured|set|scheduled|processed|imported|re-ran|doubled|cut|reduced|booked|overbooked|oversold|planned|underestimated|miscalculated|mislabelled|mislabeled|mispriced|misconfigured|broke|made)",
        r"(?:attacker|hacker|criminal|intruder|someone|an outsider|a person|a former employee|an employee|a contractor) (?:\S+ ){0,6}(?:use|steal|copy|exploit|guess|phish|take|download)",
        r"(?:unpatched|unencrypted|unprotected|reused|stolen) (?:\S+ )?(?:password|server|database|laptop|account|system|software|credential|key|device|file)",
        r"the (?:root )?cause",
        # not "a full account of what happened", "an update on what happened": a report
        # promised or announced, no cause given
        r"(?<!of )(?<!explain )(?<!share )(?<!on )what happen(?! next)",
        # "a file had been left where anyone could open it"; "the pins were not fitted properly"
        r"(?:be|have be|had be) (?:\S+ )?(?:leave|store|put|save|upload|place|keep|set|make) (?:\S+ ){0,3}(?:open|public|unprotected|unencrypted|unlocked|exposed|where (?:anyone|anybody|stranger|the public))",
        r"(?:be|have be) not (?:\S+ )?(?:fit|install|tighten|seal|test|check|set up|configure|secure|fix|attach|weld|glue|fasten|clean|store|wire)\S* (?:properly|correctly|securely|right)",
        # "the screws were not fitted to the correct depth", "the valves were set at the wrong
        # pressure": a part put in wrong, said with what it should have been
        r"(?:be|have be) not (?:\S+ )?(?:fit|install|tighten|seal|set|configure|attach|weld|glue|fasten|wire|screw|calibrate|adjust|cut|mix|cook|heat|print)\S* (?:in |on |up |down |out )?(?:to|at|in|with) (?:the )?(?:correct|right|proper|required|specified|agreed)",
        r"(?:be|have be) (?:\S+ )?(?:fit|install|tighten|seal|set|configure|attach|weld|glue|fasten|wire|screw|calibrate|adjust|cut|mix|cook|heat|print)\S* (?:in |on |up |down |out )?(?:to|at|in|with) (?:the |a |an )?(?:wrong|incorrect)",
        # "a database migration we started at 12:50 locked the table": a change of ours and what
        # it did to the service
        r"(?:change|update|upgrade|migration|deployment|release|script|job|patch|setting|configuration|config|maintenance|rollout|import|export|clean-up|cleanup) (?:that |which )?we (?:\S+ ){1,6}?(?:lock|delete|overwrite|break|block|corrupt|overload|crash|fill up|wipe|remove|disable|expose|knock|take down|cut off|switch off|turn off|duplicate|reset|clash|conflict|slow)",
        r"what (?:cause|trigger|lead to)",
        r"how (?:it|this) happen",
        r"why (?:it|this) happen",
        # a "Why:" label with the cause after it, as "কারণ:" in Bengali; a label that names
        # what it explains ("Why we recalled it:", "Why your bill was wrong:") or the cause
        # itself ("Cause:", "Root cause:") says the cause after its colon the same way
        r"why(?= :)",
        r"why (?:\S+ ){1,5}?\S+(?= :)",
        r"(?<![\w-])(?:root |likely |probable |main )?cause(?= :)",
        r"what go wrong",
        # "Black Friday brought parcel volumes …", "demand outstripped our vans": a rush as the cause
        r"bring (?:\S+ ){0,3}(?:volume|demand|surge|spike|rush)s?",
        r"(?:volume|demand|surge|spike|rush)s? (?:\S+ ){0,3}(?:overwhelm|swamp|exceed|outstrip|outpace)",
        # what we failed to do: "we didn't order the bags early enough", "we did not check"
        r"(?:we|i) (?:do|have|had) not (?:\S+ )?(?:order|check|test|plan|book|hire|staff|train|renew|replace|patch|back up|notice|spot|catch|stock|secure|encrypt|verify|review|anticipate|prepare|update|switch|turn|fit|inspect|service|maintain)",
        # a thing set up wrong, said in the passive: "a configuration file was updated
        # incorrectly"; a part not replaced when it should have been
        r"(?:be|have be|had be) (?:\S+ )?(?:update|set|configure|enter|load|install|change|apply|copy|label|print|calculate|upload|fit|wire|program|key)\S* (?:incorrectly|wrongly|by mistake|in error|badly|improperly)",
        r"should have be (?:\S+ )?(?:replace|check|test|service|inspect|renew|update|patch|fit|change|tighten|repair|clean|calibrate|recall)\S*",
        # what one of our people did not do: "our IT team moved it but did not move the file"
        r"our (?:\S+ ){0,2}(?:technician|engineer|staff|team|driver|pharmacist|employee|worker|operator|agent|crew|developer|contractor) (?:\S+ ){0,8}?(?:but )?do not (?:\S+ )?(?:move|copy|check|test|update|renew|back up|tell|lock|secure|switch|turn|load|restart|include|remove|replace|follow)",
        # what one of our people did: "our technician loaded the 10 mg tablets"
        r"our (?:\S+ ){0,2}(?:technician|engineer|staff|team|driver|pharmacist|employee|worker|operator|agent|crew|developer|picker|packer|cook|chef|pilot|clerk|contractor) (?:\S+ )?(?:load|put|set|send|enter|type|delete|change|fit|pack|label|ship|approve|skip|miss|forget|mix|swap|pick|use|leave|switch|turn|upload|push|run|copy|add|remove|schedule|overbook|oversell|underestimate|misjudge)(?! (?:a |an |the |our )?(?:\S+ )?(?:fix|patch|workaround|repair|solution|remedy|correction)(?= ))",
    ],
    "cause_unknown": [
        r"(?:do|be) not (?:yet |still |fully )?(?:know|sure|understand|confirm|certain|clear|have (?:a |the )?(?:full |complete )?(?:cause|answer|explanation|picture))",
        r"not (?:yet |fully |been )?(?:know|clear|confirm|understand|identify|determine|establish|pin down|find)",
        # not "we have now confirmed that …": that tells what is known
        rf"(?:still|currently|(?<!have )(?<!has )now) {_}{{0,3}}(?:investigat|work out|work to (?:find|understand|identify|establish|confirm)|find|figur|determin|establish|look (?:into|for)|try to (?:find|understand|work out|establish|confirm)|confirm|trace|pin down|dig)",
        rf"(?:investigat\S*|work to (?:find|understand|identify|establish|confirm)|try to (?:find|understand|work out|establish|confirm)|look into|trace|pin down|find|determine|establish|confirm) {_}{{0,3}}(?:cause|why|what (?:cause|happen|go wrong|trigger)|how (?:this|it) happen|reason|source|origin)",
        r"unknown",
        r"yet to (?:\S+ )?(?:identify|find|determine|confirm|establish|know|understand|pin)",
        r"what we know (?:so far|now|at this (?:point|stage|time))",
        r"here be what we know",
        r"(?:early|initial|preliminary|first) (?:\S+ )?(?:sign|finding|indication|evidence|look|check|result|investigation|assessment|analysis)s? (?:suggest|point|show|indicate)",
        # not "stop using it, even if it seems fine": the customer's view, not our findings;
        # nor "if your child has taken it and seems unwell": how someone is, not a finding
        # nor "transactions will appear in your feeds": to show up is not to seem
        # nor "bills that appear higher than expected": how the harm looks, not a cause guessed
        r"(?<!if it )(?<!if they )(?<!if this )(?<!if that )(?!appear\S* (?:in|on|within|under|as) )(?:appear|seem|look like|suggest|point to)(?! (?:to be |to )?(?:fine|ok|okay|normal|well|safe|unaffected|undamaged|intact|work|function)(?= [.,;:!?]| to| and| or))(?! (?:to be |to )?(?:\S+ )?(?:unwell|ill|sick|poorly|hurt|injured|drowsy|feverish|dizzy|distressed)\b)(?! (?:to be )?(?:much |far |a little |slightly )?(?:more |less )?\S+ than\b)",
        # not "we believe this affects everyone who tries": a belief about the impact
        r"we (?:believe|suspect|think)(?! (?:that )?(?:\S+ ){0,3}(?:affect|affects|impact|impacts|hit|hits|include|includes|reach|reaches|involve|involves)\b)",
        r"no (?:clear |confirmed )?(?:cause|explanation|answer) (?:yet|so far)",
    ],
    "cause_vague": [
        r"technical (?:\S+ )?(?:issue|difficulty|difficulties|problem|glitch|error|fault|reason|incident|hitch|failure|challenge|matter|hiccup|trouble)",
        r"(?:an? )?(?:unexpected|unforeseen|unusual|unspecified|unknown|certain|internal|temporary|system|systems|it|technology|operational|network|connectivity|infrastructure|processing) (?:\S+ )?(?:situation|issue|event|problem|incident|error|circumstance|condition|difficulty|difficulties|glitch|matter|challenge|factor|reason|hiccup|complication|anomaly|irregularity)",
        r"(?:a|an|some) (?:glitch|issue|problem|hiccup|incident|situation|anomaly|irregularity|blip|disruption)",
        r"(?:due to|because of|cause by|result of|owing to) (?:a|an|some) (?:\S+ )?(?:issue|problem|glitch|hiccup|incident|error|difficulty|matter)",
        r"operational reason",
        r"(?:an? )?(?:isolated|one-off|rare) (?:incident|event|issue)",
        # a kind of problem named, nothing of what went wrong: "a configuration issue.",
        # "a security vulnerability in our platform"
        # the kind may be two words deep ("a manufacturing quality defect") and a part of the
        # product only named as a kind ("a component issue in the kettle")
        # ("a system-level processing fault during our billing run", "a quality deviation
        # during manufacturing"): the kind and where it struck, not what went wrong
        r"(?:a|an|some) (?:(?:configuration|config|software|hardware|system|system-level|systems-level|network|database|server|data|capacity|supply|staffing|process|processing|transaction|platform|maintenance|routing|scheduling|integration|compatibility|performance|connectivity|logistics|logistical|production|manufacturing|quality|payment|payments|billing|delivery|computer|technology|it|component|equipment|mechanical|electrical|engineering|design|product|operational|operations) ){1,2}(?:issue|problem|error|glitch|matter|difficulty|difficulties|challenge|fault|failure|hiccup|defect|complication|limitation|malfunction|deviation|irregularity|anomaly)s?(?= [.;!?]| at| in| on| with| that| which| affect| during| within|$)",
        # a fault placed in a whole process or system, nothing of what it was: "a fault in our
        # production process", "a defect in the manufacturing process"
        r"(?:a|an|some) (?:\S+ )?(?:fault|defect|error|failure|glitch|malfunction|issue|problem)s? (?:in|with|within) (?:our|the|its) (?:\S+ ){0,2}(?:process|processes|procedure|operation|operations|production|supply chain)(?= [.;,!?]|$)",
        # or in a whole system or service of ours, with nothing after it but the symptom: "a
        # fault in one of our core transaction services has been causing transfers to time out"
        r"(?:a|an|some) (?:\S+ )?(?:fault|error|failure|glitch|malfunction|issue|problem)s? (?:in|with|within|on) (?:one of )?(?:our|the|its) (?:\S+ ){0,2}(?:system|service|platform|network|server|infrastructure)s?(?= [.;,!?]| have| be| cause| lead| mean| that| which| and|$)",
        # an attack named, nothing of how it got in: "a sophisticated cyber attack"
        r"(?:a|an) (?:(?:highly |very |extremely )?(?:sophisticated|targeted|malicious|criminal|complex|coordinated|large-scale|external|deliberate|serious) )*(?:cyber ?-?attack|cyber ?-?security incident|cyber incident|security incident|criminal attack)",
        # a change said to have clashed with something unnamed: "a routine update we made on
        # Tuesday, which interacted unexpectedly with other parts of our system"
        r"(?:a|an|the|our) (?:\S+ ){0,2}(?:update|change|upgrade|release|patch) (?:\S+ ){0,8}?interact\S* (?:unexpectedly |in an unexpected way )?with (?:some |certain )?(?:other|another|existing) (?:\S+ ){0,2}(?:part|component|system|service|setting|element|feature|process)s?",
        # a kind of problem, in the plural with no article: "the delays came from problems in
        # our own network", "caused by issues with our payment system"
        r"(?:from|by|to|of) (?:\S+ ){0,2}?(?:problems|issues|difficulties|glitches|errors|faults|failures)(?= in| with| at| on| affect)",
        # a kind of reason: "for quality-control reasons", "for safety-related reasons"
        r"(?:for|due to|because of|owing to) (?:\S+ )?(?:\S+-related |related )?(?:technical|operational|quality|quality-control|quality control|safety|security|production|logistical|logistics|internal|business|unforeseen) reasons?",
        r"(?:a|an|some) security (?:\S+ )?(?:vulnerability|weakness|flaw|issue|problem|gap|lapse|incident|hole)",
    ],
    "concrete_cause": [
        # content words that make a cause concrete even next to a vague word
        r"(?:firmware|file|setting|version|rate|price|amount|(?<!be )(?<!been )(?<!now )(?<!we )(?<!to )address(?!ed\b)|batch|label|code|certificate|configuration|config|database|server|disk|drive|cable|power supply|generator|battery|sensor|chip|switch(?!\S* (?:off|on|over|to|from|back|it|them|every|all|the|our|your)\b)|router|key|password|script|job|migration|update|release|change|deploy|vendor|supplier|contractor|employee|staff|attacker|hacker|phishing|malware|ransomware|backup|pump|engine|valve|seal|ingredient|allergen|bacteria|listeria|salmonella|glass|plastic|metal|fridge|freezer|warehouse|conveyor|truck|van|driver|crew|aircraft|plane|ship|vessel|bus|train|rota|schedule|timetable|fare|tariff|tax|exchange rate|currency|duplicate|twice|double|expire|overheat|burn|crash|corrupt|overload|misconfigur|mislabel|typo|bug|flaw|defect|leak|fire|flood|sorting|scanner|software|app|system upgrade|capacity|staffing)",
    ],
    # the symptom said again as its cause: "our platform becoming unavailable", "the
    # platform could not respond, so the app could not load"
    "cause_restated": [
        r"(?:platform|system|service|app|website|site|network|server|supply|power|connection|account|portal)s? (?:\S+ ){0,2}(?:(?:become|be|go) (?:\S+ )?(?:unavailable|down|offline|unreachable|unresponsive)|stop (?:\S+ )?(?:respond|work))(?! \S+ (?:because|after|when))",
        r"(?:platform|system|service|app|website|site|network|server|supply|connection|account|portal)s? (?:\S+ ){0,2}(?:could|can|do|would) not (?:respond|load|connect|work|open)",
    ],
    "remediation": [
        rf"we {AUX}(?:(?!(?:can|could|may|might|would|not) )\S+ )?(?:restore|fix|roll back|rollback|revert|undo|replace|rebuild|repair|patch|reset|reconnect|re-connect|reinstate|reopen|re-open|re-enable|resume|refund|reverse|recall|pull|remove|stop|pause|halt|block|disable|switch|move|reroute|re-route|add|install|deploy|update|upgrade|contact|call|email|text|notify|write to|reissue|re-issue|resend|re-send|rebook|re-book|book|arrange|charter|dispatch|deliver|correct|credit|cancel|void|lock|freeze|secure|close|shut|isolate|contain|suspend|hire|retrain|train|audit|review|test|inspect|check|bring in|set up|open|staff|extend|change|limit|rotate|revoke|force|require|enable|restart|reboot|clean|quarantine|withdraw|process|return|pay|put|take|turn off|turn on|launch|start|begin|finish|complete|recover|re-run|rerun|clear|sort|prioritise|prioritize|redirect|provide|offer|send|ship|bring|get|hand|load|recheck|re-check|verify|confirm|trace|track|monitor|watch|tighten|strengthen|harden|encrypt|introduce|build|create|write|publish|release|roll out|move|double|increase|extend|waive|compensate|reimburse|issue|hold|keep|divert|bus|fly|sail|dock|unload|repack|relabel|destroy|dispose|collect|pick up|appoint|engage|commission|investigate)",
        rf"(?:payment|service|access|system|app|site|website|order|delivery|flight|sailing|account|card|transfer|checkout|login|network|connection|data|booking|refund|credit|supply|production|shipment|parcel|charge|it|problem|fault|error|bug|power|water|line|route|everything)s? (?:to )?{AUX}(?:(?!(?:not|stop|fail|never|can|could|no|you|we|they|i)\S* )(?!(?:a|an|and|or) )\S+ ){{0,2}}(?:restore|back|fix|resume|reopen|return|recover|work again|running again|online again|up again|reverse|correct|refund|process|credit|dispatch|send|resend|replace|reroute|rebook)",
        # what the reader should do, or need not do (and a utility's own advice: "run your
        # cold kitchen tap until it clears", "boil your water")
        r"(?:please|you (?:should|can(?!'t|\u2019t|not| not\b)|may|need to|must|will need to|might want to|do not need to|have to)|no action (?:\S+ )?(?:need|require)|nothing (?:\S+ )?(?:you need to|to do|for you to do)|there be no need|you need not|do not (?:use|eat|drink|consume|share|click|reply|open|plug|charge|travel|go)|stop using|return (?:it|the|your)|reset your|change your|check your|update your|(?:run|boil|flush) (?:the|your) (?:\S+ ){0,2}(?:tap|taps|water))",
        r"(?:from now on|going forward|from today|until then|meanwhile|in the meantime)",
        # the fix as the subject: "A fix is being rolled out", "the patch has been applied"
        r"(?:fix|patch|repair|workaround|correction|replacement)(?:es|s)? (?:is|are|be|was|were|has been|have been|has be|have be)(?: being| be)? (?:roll|deploy|appl|install|test|put|ship|releas|mak|made|carr)\S*",
        # the thing put right as the subject: "the duplicate records have now been removed",
        # "any bill 50% higher is held for a check" (not "loaded" or "sent": often the cause)
        r"(?<!until it )(?<!until they )(?<!until this )(?<!until that )(?<!until everything )(?:be|have be|has be|is|are|was|were|has been|have been)(?: now| also| then| being| all)? (?:restor|fix|correct|revers|remov|replac|repair|reissu|re-issu|purg|rebook|roll\S* back|revert|lock|block|patch|checked against|held for|review|contact|notif|recall|withdr|delet)\S*",
        # a heading over a list of actions: "What we've done:", "What we're doing"
        r"what (?:we|i) (?:have |be |have be )?(?:do|doing|done|change)(?= (?:so far |about it |now |next )?:)",
        r"what (?:be |will be |s )?(?:change|changing|different)(?= (?:now |next )?:)",
        # what we will do next, joined to what we did: "we've asked X for a list and will
        # email each of you"
        r"(?:and|then) (?:also )?(?:will|shall) (?:\S+ )?(?:email|contact|call|text|write to|notify|refund|rebook|re-book|replace|repair|fix|restore|deliver|reissue|resend)",
    ],
    "remediation_vague": [
        r"(?:work|look|dig) (?:on|into|at) (?:it|this|the (?:issue|problem|matter|situation))",
        # watching, or being busy, names no step: "we're keeping a close eye on things", "our
        # teams are fully focused on this and treating it as their top priority"
        r"keep\S* (?:a |an )?(?:close |careful |watchful |constant )?eye",
        # a team formed or people added, options explored: activity, not a step ("we've set
        # up a dedicated taskforce, brought in additional resource, and are exploring every
        # available option")
        r"(?:dedicated |special |new )?task ?force|(?:additional|extra) (?:resource|resourcing|capacity|manpower)|explor\S* (?:every|all) (?:\S+ )?(?:option|avenue|possibilit)",
        r"(?:fully |completely |entirely |totally )?focus\S* on (?:this|it|the (?:issue|problem|matter|situation)|(?:fix|resolv)\S* (?:it|this))",
        r"(?:our |their |a |the )?(?:top|highest|number one|first) priority|all hands",
        # looking into anything only inquires: "our team is looking into the backlog"
        r"(?:look|dig) into (?:the best way|how|ways?|options?|what|the backlog|the delay)",
        # asking for patience, or keeping in touch with someone else, does nothing
        r"(?:please )?(?:be patient|bear with us|thank you for (?:your|bear)|(?:we )?(?:ask for|appreciate) your patience)",
        r"(?:be|stay|keep|remain) in (?:\S+ )?(?:contact|touch|communication) with",
        # effort or resolve, with no act named: "we're working flat out", "the whole team is
        # giving it their full attention", "we're determined to put this right"
        r"(?:work|working) (?:hard|around the clock|round the clock|tirelessly|diligently|closely|flat out|day and night|night and day|non-stop|nonstop|all hours)",
        r"giv\S* (?:it|this|the (?:issue|problem|matter)) (?:our|their|its|my|his|her) (?:full|complete|undivided|fullest|absolute) attention",
        r"determined to (?:put|set|make) (?:this|it|things) right",
        r"investigat\S*",
        r"(?:aware|monitor|assess|evaluat)\S* (?:of )?(?:the )?(?:situation|issue|problem|matter)",
        r"monitor\S* (?:\S+ ){0,3}?(?:very )?(?:closely|carefully)",
        r"do (?:everything|all|our best|what we can)",
        # a review of our ways under way or to come, or improvements unnamed: "we are reviewing
        # our processes and will make improvements", "lessons will be learned"
        r"(?:be|will|to) (?:\S+ )?review\S* (?:all |every (?:stage|step|part|aspect|element|area) )?(?:of )?(?:our|the|its|how we) (?:\S+ ){0,2}(?:process|procedure|policy|policies|practice|arrangement|approach|way|control|system)s?(?= [.,;:!?]| and| to| so| in| with| after|$)",
        r"(?:make|bring in|introduce|put in place) (?:\S+ ){0,2}improvement",
        r"lesson\S* (?:\S+ ){0,2}(?:learn|be learn)|learn (?:\S+ ){0,2}lesson",
        r"(?:take|taking|treat|treating) (?:this|it|the matter|(?:this|the|your) \S+) (?:\S+ ){0,2}seriously",
        # "we have taken all necessary steps": the steps unnamed
        r"(?:take|taking) (?:all |every )?(?:the )?(?:necessary|appropriate|required|needed|relevant|possible) (?:step|measure|action|precaution)s?(?= [.,;:!?]| and| to| so| in| with|$)",
        # a review of what happened, under way or done, with nothing it changed: "an
        # independent firm is reviewing everything that happened", "we have now completed
        # our internal review", "our leadership team has been conducting a thorough review"
        r"review\S* (?:of )?(?:everything(?: that)?(?: happen\S*)?|all (?:that|of it)|what (?:happen|go wrong|went wrong)\S*|the (?:incident|closure|outage|breach|event|matter|failure|circumstances))\b",
        r"(?:conduct|complet|carr\S* out|undert(?:ake|ook|aken|aking))\S* (?:\S+ ){0,2}review",
        # feelings and resolve where the acts should be: "we've learned a great deal",
        # "we are more committed than ever to earning back your trust", "security has been
        # the first item in every conversation", "I have sat down with our teams every week"
        r"learn\S* (?:a (?:great deal|lot)|so much|much)",
        r"committed (?:than ever )?to (?:earn|win|regain|rebuild|restore|keep|deserv)\S* (?:back )?(?:your|the|our)",
        r"(?:first|top) (?:item|thing|topic) (?:in|on|of) (?:every|each|all|our)",
        r"sat down with|humbled|(?:a )?(?:stronger|better|more careful) (?:company|organisation|organization|business|team)",
    ],
    "promise": [
        # "5,200 replaced; will visit the last 800 homes soon": we, left out
        r"(?:(?<=[;:] )|(?<=^ ))will (?!not )",
        rf"we {AUX}(?:will|shall|be go to|promise|commit|pledge|aim|plan|intend|expect|be (?:plan|work|committed|aim|commit) to|undertake|vow)",
        r"(?:you|your \S+|refund|credit|it|the service|service|order|payment|replacement|parcel|delivery|voucher|compensation|money|fix|update)s? (?:will|should|shall) (?:\S+ )?(?:be |arrive|reach|appear|see|get|receive|return|work|land|come|show)",
        # "they'll be with you soon", "it's rerouted and will reach you shortly"
        r"(?:they|these|those|which|and|then) (?:will|should|shall) (?:(?!not )\S+ )?(?:be |arrive|reach|appear|get|return|work|land|come|show)",
        r"(?:expect|can expect|look forward to)",
        # our people's work, promised: "engineers are working to restore supply soon"
        r"(?:engineer|team|crew|technician|staff|colleague|specialist|expert|driver|agent|partner|representative|courier|adviser|advisor)s? (?:\S+ ){0,2}(?:be|will) (?:\S+ )?(?:work|aim|try|plan|look|hope|expect|restore|fix|repair|reconnect|replace|contact|call|visit|deliver|send|rebook)",
        r"(?:will|shall) (?:\S+ )?be (?:share|publish|send|release|make available|issue|provide|post|announce|complete|finish|fix|restore|resolve|deliver|refund|credit|pay|return|replace|process|review|contact|update|reverse|cancel|correct|reimburse|waive|reinstate|reschedule|rebook|dispatch|ship|repair|reconnect)",
        # a second verb of the same promise ("we are reviewing our processes and will make
        # improvements"), or whoever gets something ("every registered owner will get a new
        # battery, shipped soon"); not a bare "Fixed soon.", an estimate that promises no one
        r"(?:and|but|then) (?:also )?(?:will|shall) (?!not )",
        r"(?:will|shall) (?:\S+ )?(?:get|receive)",
    ],
    "over_promise": [
        rf"never {_}{{0,3}}again",
        # a future that rules the harm out, however long the words between: "You'll never
        # find a faulty Kiddo lid again"
        r"(?:will|shall) (?:\S+ )?never (?:(?![.,;:!?] )\S+ ){4,8}?again",
        r"(?:will|can|could|shall|must) (?:\S+ )?never (?:\S+ )?(?:happen|occur|recur|repeat|be repeat|affect|experience|see|face|go down|fail|be (?:late|delay|down|affect|breach|compromise|expose|miss|lost|wrong|hack|disrupt|interrupt))",
        r"(?:will|can|shall) not (?:ever )?(?:\S+ )?(?:happen|occur|recur) again",
        # "this fault simply cannot happen again", "it is now impossible for this to recur";
        # not "changes so that this cannot happen again": what the changes are for, an aim
        r"(?<!so that )(?<!so )(?:this|it|that|nothing|the \S+|such \S+|these \S+)(?: \S+){0,2} cannot (?:ever )?(?:\S+ )?(?:happen|occur|recur|repeat|go wrong|fail) again",
        r"(?:impossible|no way|no chance) (?:\S+ ){0,3}(?:happen|occur|recur|repeat|go wrong) again",
        r"(?:no|never) (?:one |customer |passenger )?(?:will )?(?:ever )?(?:again )?(?:have to|need to) (?:worry|experience|face|go through)",
        # not a guarantee that is a scheme's or a service's name: "under the Direct Debit
        # Guarantee", "our guaranteed next-day service" (what they bought, not a promise)
        r"(?<!not )(?<!cannot )(?<!can not )(?<!do not )(?<!never )(?<!nor )(?<!no )(?<!return )(?<!frame )(?<!money-back )(?<!satisfaction )(?<!price )(?<!lifetime )(?<!product )(?<!year )(?<!day )(?<!debit )(?<!refund )(?<!delivery )(?<!service )(?<!deposit )(?<!bank )guarantee(?! (?:standard|scheme|payment|period|fund|claim|card|terms))(?! (?:next|same|\S+-day|\S+-hour|express|timed|priority|premium)\S* (?:\S+ )?(?:service|delivery|option|postage|shipping|slot|product|rate|fare)s? )",
        r"(?:from (?:here|now) on|from now|going forward|in future|in the future) ,? (?:every|all|each) (?:\S+ ){0,3}(?:will|shall) (?:always )?(?:arrive|be|run|work|reach|go)",
        r"100 ?% (?:\S+ ){0,2}(?:safe|secure|sure|certain|confident|reliable|uptime|protect|guarantee|accurate|risk-free|foolproof|bulletproof|of the time)",
        # any quality no system has for sure: "100% resilient", "100% error-free", "outage-proof"
        r"(?:100 ?%|100 percent|one hundred percent) (?:\S+ ){0,2}(?:resilient|robust|stable|dependable|error-free|fault-free|failure-free|glitch-free|outage-free|fail-proof|\S+-proof)",
        r"(?:will|shall) be no (?:more|further) (?:\S+ ){0,2}(?:error|mistake|problem|outage|failure|breach|leak|delay|cancellation|disruption)s?",
        r"(?:completely|fully|totally|entirely|absolutely|perfectly|100 percent|one hundred percent|forever|permanently) (?:\S+ )?(?:safe|secure|protected|risk-free|bulletproof|foolproof|reliable|immune|unbreakable|watertight|airtight|eliminate|resolve forever)",
        r"(?:zero|no) (?:\S+ )?(?:risk|chance|possibility) (?:of|that)",
        r"(?:nothing|this|it|a problem|an outage|an issue|a mistake|such an? \S+|anything like this) (?:\S+ ){0,3}(?:will|can|shall) (?:\S+ )?never",
        r"(?:ensure|make sure|make certain|prevent) (?:that )?(?:this|it|nothing like this|such \S+|anything like this) (?:\S+ ){0,4}(?:never|not (?:\S+ )?(?:happen|occur) again|again)",
        rf"(?:eliminate|prevent|rule out|end) {_}{{0,3}}(?:any|all|every) (?:\S+ )?(?:future|further|possibility|risk|chance)",
        # "nothing like this will ever happen again", "no customer will ever be charged twice"
        r"(?:(?:nothing|no one|nobody) |no (?:\S+ ){1,2}?)(?:\S+ ){0,3}(?:will|shall|can) (?:\S+ )?ever (?:again )?(?:happen|occur|recur|repeat|go wrong|go down|fail|be (?:late|lost|delay|affect|expose|charge|bill|strand|left|miss|hit|leak))",
        # any act at all, with "ever … again": "no Hearthly kettle will ever overheat again",
        # "nobody outside MediRand will ever be able to get at it again"
        r"(?:(?:nothing|no one|nobody) |no (?:\S+ ){1,2}?)(?:\S+ ){0,3}(?:will|shall|can) (?:\S+ )?ever (?:(?![.;:!?] )\S+ ){1,8}?again",
        r"rest assured",
        r"once and for all",
        r"(?:bulletproof|foolproof|unbreakable|unhackable|impenetrable|fail-?safe|untouchable|impregnable|invulnerable|uncrackable|hack-?proof|breach-?proof|leak-?proof)",
    ],
    # a cause others supposed, then denied: "many of you assumed the weather caused it; it
    # did not" (`refuted` follows the blame, in its sentence or first in the next)
    "belief": [
        r"(?:many|some|several|most|you|people|customer|passenger|reader|other|a lot|plenty|quite a few|one|rumour|report|claim|post)s? (?:of you |of our \S+ )?(?:\S+ ){0,2}(?:assume|think|believe|suppose|guess|suspect|conclude|hear|read|say|claim|blame|suggest)",
        r"(?:tempting|easy|natural|understandable) to (?:assume|think|believe|blame|suppose|conclude)",
    ],
    "refuted": [
        r"(?:it|that|this|which|they|the \S+) (?:do|be|have) not(?: (?:be|do|cause|the case|true|so|correct|right|to blame|it|that))?(?= [.,;:!?]| but)",
        r"(?:that|this|it) be (?:wrong|false|a myth|untrue|incorrect|mistaken|not (?:the case|true|so|correct|what happen))",
        r"(?:not|never) (?:the case|true)",
    ],
    "disclaimer": [
        r"(?:(?:can|could|will|would) not|cannot) (?:honestly |truthfully )?(?:promise|guarantee|pretend|claim|say)",
        # "'never again' is not something we can promise", "… not a promise anyone can make"
        r"not (?:a promise|a guarantee|something) (?:that )?(?:we|i|anyone|anybody|any \S+) (?:can|could) (?:honestly |truthfully )?(?:make|give|promise|guarantee|say)",
        r"(?:no|not a|nobody|no one|none) (?:\S+ ){0,3}(?:can|could) (?:honestly |truthfully )?(?:promise|guarantee)",
        r"(?:will|would) not pretend",
        r"never (?:be able to |\S+ )?(?:honestly |truthfully )?(?:promise|guarantee)",
        r"(?:impossible|unrealistic|dishonest) to (?:promise|guarantee)",
    ],
    "make_good": [
        r"refund",
        # not "pay by credit card", nor the reader's "credit file" to check, nor "credit
        # applications" in their name or the "credit agencies" that keep them
        r"credit(?!-? ?cards?\b)(?! (?:file|report|score|check|record|history|rating|reference|application|enquir(?:y|ie)|inquir(?:y|ie)|bureau|agenc(?:y|ie))s?\b)",
        r"compensat\S*",
        r"waive",
        r"voucher",
        r"discount",
        r"reimburs\S*",
        r"rebate",
        r"money back",
        r"(?:fee|charge|cost|money|payment|deposit|fare|postage|shipping)s? (?:\S+ ){0,2}back",
        r"get (?:\S+ ){0,4}back (?:in full|automatically|by|within)",
        r"pay (?:\S+ )?back",
        r"repay",
        r"(?:for|at no|no extra|no additional|without) (?:charge|cost)",
        r"free (?:of charge|replacement|month|week|delivery|shipping|service|upgrade|ticket|night|meal|credit|subscription|identity|credit monitoring|monitoring|\S+ monitoring)",
        r"on the house",
        r"complimentary",
        r"(?:cover|pay for|pick up) (?:the |your |any |all )?(?:\S+ )?(?:cost|fee|charge|expense|bill|hotel|meal|taxi|ticket|overdraft|fine|interest)",
        r"goodwill",
        # a cost carried for them, said in the passive: "12 months of identity monitoring,
        # paid for by us"
        r"pa(?:y|id) for by (?:we|us)\b",
        # costs the reader may claim back from us: "you can claim up to £50 a day for
        # essentials", "reasonable costs for essentials can be claimed"
        rf"claim (?:\S+ ){{0,3}}(?:{CURRENCY_SIGN}|gbp|usd|eur|inr|bdt) ?\d[\d,.]*",
        r"(?:cost|expense|receipt)s? (?:\S+ ){0,8}(?:can|may|could|will) (?:also )?be (?:claim|repa|reimburs|refund|cover)",
        r"make (?:it|this|things) (?:right|up to you)",
        r"(?:will|shall|won't) not (?:\S+ )?be (?:charge|bill)",
        r"(?:not|never) be (?:charge|bill) (?:for|again|twice)",
        # "nobody will be charged the late fee", "no customer will pay for the redelivery"
        r"(?:nobody|no one|no (?:\S+ )?(?:customer|student|passenger|member|user|resident|patient|guest|one)) (?:\S+ ){0,2}(?:will|shall) (?:\S+ )?(?:be (?:charge|bill|ask to pay)|pay|have to pay|lose)(?! (?:\S+ )?(?:less|more))",
        r"(?:reverse|cancel|remove|write off|wipe) (?:\S+ ){0,3}(?:charge|fee|interest|penalty|late fee)",
        # a charge held back until it is right: "no bills will be issued until readings are
        # complete", "no late fees will be added this month" (the reader loses nothing)
        r"(?<!if )no (?:\S+ ){0,2}(?:bill|invoice|charge|fee|penalty|penalties|interest|fine)s? (?:\S+ )?(?:will|shall) (?:\S+ )?be (?:issu|sen|charg|add|appl|tak|estimat|rais|collect)\S*",
        r"(?:free|no-cost|complimentary) (?:\S+ )?(?:replacement|repair|exchange|pickup|collection|return)",
        r"(?:hotel|meal|accommodation|taxi) (?:\S+ )?(?:voucher|room|cost|stay)",
        r"(?:no|without|free) (?:\S+ )?(?:fee|penalty|charge|cost)",
        r"(?:month|week|year)s? (?:\S+ )?(?:free|on we)",
        # "a free year of Hearthly Plus", "a free month of Premium"
        r"free (?:day|week|fortnight|month|year)s? of\b",
        # a sum towards a cost we caused: "we'll pay up to GBP 60 towards rebooking"
        rf"(?:pay|give|contribute|put)\S* (?:up to |an extra |a further )?(?:{CURRENCY_CODE}|{CURRENCY_SIGN}) ?\d[\d,.]* towards?\b",
        # "three months of Latchwell Plus, free"
        r"(?:day|month|week|year)s? of (?:\S+ ){1,3}(?:, )?(?:free|at no cost|on we)",
        r"(?:subscription|membership|plan|bill|invoice|order|delivery|shipping|ticket|booking|fee)s? (?:\S+ ){0,2}free",
        # not "the week you count on us", "the month people rely on us"
        r"(?:month|week|year|meal|drink|night|ticket|delivery|shipping|fee|subscription|repair|replacement)s? (?:\S+ ){0,2}(?:be )?(?<!count )(?<!rely )(?<!depend )(?<!lean )(?<!call )(?<!trust )(?<!wait )(?<!turn )(?<!bet )on we",
        r"(?:gift|bonus|extra) (?:card|credit|data|minute|point|mile|night)",
        r"(?:point|mile)s? (?:to|into) your account",
        # the service's own currency or perks given: "every player gets 1,000 Rift Coins",
        # "500 Crowns on your next login", "a double XP weekend"
        # a perk sized by its length: "a 7-day XP boost", "a double-XP weekend token"
        # (up to two words of kind between: "3 Double LP tokens", "500 bonus Rift Coins")
        r"(?:get|receive|add|give|land|credit|award|grant|gift|find)\S* (?:\S+ ){0,5}\d[\d,.]*(?: -)? (?:\S+ ){0,2}(?:coin|crown|gem|token|point|mile|star|diamond|credit|xp|boost|pass|life|lives)(?:es|s)?",
        r"(?:double|triple|bonus|extra)[- ](?:xp|experience|loot|reward|drop)s?(?: \S+)? (?:weekend|day|week|event|boost)",
        # what is given labelled as given for the harm: "as a thank-you for your patience",
        # "as a small token of our thanks", "to make up for it" (as "goodwill")
        r"(?:as|by way of) (?:a |an |our |my )?(?:small |little )?(?:thank(?:s| ?-? ?you)|token of (?:our |my )?(?:thanks|appreciation|apologise|regret)|gesture of (?:goodwill|apologise|thanks))",
        r"(?:to|will|we|that|which|should) (?:\S+ )?make up for (?:it|this|that|the (?:\S+ )?(?:trouble|inconvenience|hassle|disruption))\b",
        # "December is free for every account", "your next box is free"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december|this month|next month|your next (?:month|box|order|delivery|bill|ride))(?: 's)? (?:\S+ )?(?:be|will be) (?:completely |entirely |totally )?free",
        # "together with a Tk 50 bonus as our apology", "a $20 goodwill credit": a sum given
        rf"(?:{CURRENCY_CODE}|rs\.?|tk\.?|{CURRENCY_SIGN}) ?\d[\d,.]* (?:\S+ )?(?:bonus|goodwill (?:payment|credit|gesture)|gift card|gift voucher|e-voucher|voucher|credit|compensation payment)s?\b",
        # "we've added GBP 25 to every affected account", "paid £150 into the account of each"
        rf"(?:add|pay|give|credit|put|send)\S* (?:\S+ ){{0,3}}(?:{CURRENCY_CODE}|{CURRENCY_SIGN}) ?\d[\d,.]*(?: \S+){{0,4}} (?:to|into) (?:every|each|your|all|the account)",
        # "we're taking £20 off the renewal price", "25% off your next order"
        rf"(?:take|knock|deduct|give you) (?:\S+ )?{CURRENCY_SIGN}?\d[\d,.]*\S* (?:\S+ )?off",
        r"(?:take|knock|deduct|remove) (?:\S+ ){1,4}(?:off|from) (?:your|the|their|next|this) (?:\S+ ){0,2}(?:bill|invoice|price|fare|premium|renewal|subscription|statement)",
        r"\d[\d,.]* ?(?:%|percent|per cent) off",
        # "refunded every overpayment, plus 8% interest"; "added £50 to each refund"
        rf"(?:plus|add) (?:\S+ ){{0,3}}(?:interest|{CURRENCY_SIGN} ?\d[\d,.]*(?! (?:\S+ )?(?:fee|charge|fine|penalty)))",
        # "one day of free travel", "a free coffee": something given free, not "free of"
        r"free (?:travel|ride|trip|journey|day|coffee|drink|meal|box|parcel|item|order|data|call|minute|bag|seat|night|class|session|lesson|visit|wash|service|cleaning|checkup|check-up|repair)s?",
        # "if you paid a fee for a failed payment, we'll return it to your wallet"
        r"(?:fee|penalty|fine|cost|interest)s? (?:\S+ ){0,30}(?:cover|return|repay|reimburse|pay back|give back|pay) (?:it|them|that)(?= (?:back|in full|to your|for you|too|as well|[.,;!]))",
        # a fee waived: "the £60 consultation fee won't apply", "you won't pay the call-out fee"
        r"(?:fee|charge|fare|penalty|fine)s? (?:\S+ ){0,4}(?:will|shall|do|would) not (?:\S+ )?apply",
        # a cost just named, carried by us: "if the second payment caused your bank to charge
        # you, Little Acorns will pay that charge" (not "you will pay the usual fee")
        r"(?<!you )(?<!they )(?:will|shall) (?:\S+ )?pay (?:that|those|these|such|any such) (?:\S+ )?(?:charge|fee|cost|fine|penalty|interest)s?",
        r"(?:you|they|patient|customer|passenger|member|guest|student|resident)s? (?:will|shall|do) not (?:have to |need to )?pay (?:\S+ ){0,4}(?:fee|charge|fare|penalty|fine|cost|bill|delivery|shipping|postage|subscription|rent)",
        # a sum we pay the people harmed: "we'll pay you an extra £20 by bank transfer",
        # "we are paying every affected customer £25" (not "we paid suppliers £2m", nor "we
        # paid you £20 less than we owed")
        rf"(?:we|i) (?:\S+ ){{0,2}}(?:pay|give|send|transfer)\S* (?:you|them|every|each|all|affected) (?:\S+ ){{0,3}}(?:{CURRENCY_CODE}|{CURRENCY_SIGN}) ?\d[\d,.]*(?! (?:\S+ )?(?:less|more|too|late))",
        # a sum offered or paid to every one harmed, with no "we" before it: "Offered every
        # affected owner EUR 150", "paid each passenger ₦5,000" (not "you paid each month £20")
        rf"(?<!you )(?<!they )(?:offer|pay|give|send|transfer)\S* (?:every|each|all)(?: \S+){{0,3}} (?:{CURRENCY_CODE}|{CURRENCY_SIGN}) ?\d[\d,.]*(?! (?:\S+ )?(?:less|more|too|late|fee|charge|fine|penalty|bill|invoice))",
        # "we'll put an extra £5 on your balance": something added on top, beyond the refund
        r"(?:add|put|give|load|top up) (?:\S+ ){0,3}(?:extra|bonus|additional) (?:\S+ ){0,3}(?:to|on|into|in) (?:your|their|every|each|all) (?:\S+ ){0,2}(?:account|balance|meter|card|wallet|plan|bill)",
        # a charge we waive, said in the active voice: "we won't charge you for November",
        # "we will not bill anyone for the missed week"
        r"(?:we|i) (?:will|shall|would|do) not (?:\S+ )?(?:charge|bill) (?:\S+ ){0,3}for",
        # a cost we carry for them: "we will pay for 12 months of identity monitoring", "we
        # are paying the full repair costs" (not "customers who pay for Premium")
        r"(?:we|i) (?:\S+ ){0,2}pay (?:for (?:\S+ ){0,6}(?:monitor(?:ing)?|protection|cover|subscription|repair|replacement|taxi|cab|hotel|meal|accommodation|room|travel|parking|childcare|food|cleaning|night|ticket|flight|transport|service|check|test|visit|session|class|lesson|treatment)s?|(?:the |your |their |any |all )?(?:full |whole |reasonable )?(?:\S+ )?(?:cost|bill|expense|fee|charge|invoice)s?)(?! (?:\S+ )?(?:of|for) (?:the )?(?:investigation|inquiry|review|fix|work|upgrade))",
        # an amount off: "£10 off their next box", "₹200 off your next order"
        rf"(?:{CURRENCY_SIGN}|{CURRENCY_CODE}|rs\.?|tk\.?) ?\d[\d,.]* (?:\S+ )?off (?:your|their|the|every|each|all|next|this|any)",
        # an amount or the service's own points given to every account: "add 500 Embers to
        # every account", "500 Shards have been added to every affected account"
        r"(?:add|credit|give|award|grant|gift|load|put|send)\S* (?:\S+ ){0,3}\d[\d,.]* (?:\S+ ){1,2}(?:to|into|on) (?:every|each|your|all|their) (?:\S+ ){0,2}(?:account|profile|balance|wallet|card|player|customer|member|user)",
        r"\d[\d,.]* (?:\S+ ){1,2}(?:will |have |has )?(?:be )?(?:add|credit|load|put|gift|award|grant)\S* (?:to|into|on) (?:every|each|your|all|their)",
        # a charge not incurred: "you will not get a late charge or a penalty", "the affected
        # firms will not pay for January or February"
        r"(?:will|shall) not (?:get|receive|incur|face|owe|be give|be send) (?:a |any )?(?:\S+ )?(?:late |extra |additional )?(?:charge|fee|fine|penalty|surcharge|interest)",
        r"(?:will|shall) not (?:have to |need to )?pay (?:anything |\S+ )?(?:\S+ ){0,3}for (?:\S+ ){0,3}(?:january|february|march|april|may|june|july|august|september|october|november|december|the next|next|this|that|a|one|two|three|six|\d+) (?:\S+ )?(?:month|week|year|day|quarter|january|february|march|april|may|june|july|august|september|october|november|december|term)",
        # time added to what they paid for: "we've extended every season ticket by 5 days",
        # "3 extra days on your pass"
        r"(?:extend|add)\S* (?:\S+ ){0,4}(?:pass|ticket|subscription|membership|plan|contract|warranty|validity|expiry|cover|policy|booking|licen[cs]e)s? (?:\S+ ){0,2}by (?:\d+|one|two|three|four|five|six|seven|ten|fourteen|a) (?:extra |more |free )?(?:day|week|month|year)",
        r"(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|a) (?:extra|free|more|additional) (?:day|week|month|year)s? (?:to|on|onto) (?:your|their|every|each|all) (?:\S+ )?(?:pass|ticket|subscription|membership|plan|contract|warranty|account|policy)",
        # money given back as a sum: "every owner gets £150 back"
        rf"(?:get|receive)\S* (?:{CURRENCY_SIGN}|{CURRENCY_CODE}) ?\d[\d,.]* (?:\S+ )?back",
        # what is given labelled as an apology, opening its sentence or clause: "As an
        # apology, your next appointment is free", "To say sorry, everyone gets a £10 token"
        # (not "we want to say sorry": the apology itself)
        r"(?<![a-z] )(?:as|by way of) (?:a |an |our |my )?(?:small |little )?(?:apology|apologise|sorry)(?= ,| for| to)",
        r"(?<![a-z] )(?:and )?to (?:say sorry|apologise|make amends)(?: for (?:\S+ ){1,4}?)? ,",
        # a sum each affected person gets: "everyone whose wristband left late gets a £10 token"
        rf"(?:everyone|everybody|every|each)(?: \S+){{0,8}} (?:get|receive)\S* (?:a |an )?(?:{CURRENCY_SIGN}|{CURRENCY_CODE}) ?\d[\d,.]*(?! (?:\S+ )?(?:fee|charge|fine|penalty|bill|invoice|surcharge))",
        # "your next hygienist appointment with us will be free"
        r"your next (?:\S+ ){1,4}(?:will |shall )?be (?:completely |entirely |totally )?free(?! (?:of|from|to))",
        # a month or week given free: "every affected account gets February free"
        r"(?:get|receive)\S* (?:all of |the whole of |the rest of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|a month|a week|next month|this month|the next month|one month|two months|\d+ (?:month|week)s?) (?:free|on we|at no cost|for free)",
        # a penalty the harm would have brought, spared: "you will not be recorded as having
        # failed to attend", "no affected student will have their mark capped"
        r"(?:will|shall) not (?:\S+ )?be (?:record|mark|count|treat|list|log)\S* as (?:\S+ ){0,3}(?:absent|fail|miss|late|no-show|non-attend|default|did not attend|dna\b)\S*",
        r"(?:will|shall) not (?:\S+ )?be (?:penalise|penalize|penalised|penalized|fine|sanction)\S*",
        r"(?:nobody|no one|no (?:\S+ )?(?:customer|student|pupil|patient|passenger|member|user|resident|applicant|candidate)s?) (?:\S+ ){0,2}(?:will|shall) (?:\S+ )?have (?:their|his|her|a|any) (?:\S+ )?(?:mark|grade|score|result|place|booking|appointment|application)s? (?:\S+ )?(?:cap|cut|reduce|lower|dock|cancel|withdraw|reject)\S*",
        # a place the harm would have cost them, kept: "you won't lose your place on the
        # waiting list", "nobody will lose their booking"
        r"(?:you|they|patient|customer|passenger|member|student|resident|applicant)s? (?:will|shall) not (?:\S+ )?lose (?:your|their|his|her|a|any) (?:\S+ )?(?:place|spot|slot|position|priority|booking|appointment|seat)s?\b",
        # the reader's deadline moved for the time we cost them: "all those deadlines have been
        # moved to Thursday", "we've extended the submission deadline" (not our own report's)
        r"(?<!our )(?<!review )(?<!report )(?:deadline|due date|closing date|cut-off date)s? (?:\S+ ){0,3}(?:be|have be|has be|will be) (?:\S+ )?(?:extend|move|push back|postpone)\S*",
        r"(?:extend|move|push back)\S* (?:the |your |their |all |every |each |those |these )(?:\S+ )?(?:deadline|due date|closing date|cut-off date)s?",
    ],
    "make_good_refused": [
        # "we're unable to cover charges made by your bank": a knock-on cost we caused, refused
        # we are the ones unable, not "people left at tills unable to pay for their shopping"
        r"(?:(?<=we be )|(?<=i be )|(?<=we )|(?<=we be afraid we be ))(?:(?:sadly|unfortunately|currently|still|simply) )?(?:unable|not able|not in a position) to (?:\S+ ){0,2}(?:cover|refund|reimburse|compensate|pay (?:for|back)|credit|waive|offer (?:\S+ )?(?:refund|compensation|credit|discount|voucher|goodwill))",
        r"we (?:\S+ )?(?:can|will|do|be) not (?:\S+ )?(?:cover|refund|reimburse|compensate|pay for|waive|offer (?:\S+ )?(?:refund|compensation|credit|discount|voucher|goodwill))",
        r"not (?:be )?eligible for (?:a |any )?(?:refund|compensation|credit|reimbursement)",
        r"no (?:refund|compensation|credit|reimbursement)s? (?:will |can )?(?:be )?(?:give|offer|pay|make|due|available|possible)",
        # "the usual change fee applies", "a £25 service charge will apply": the reader pays
        r"(?<!no )(?<!without )(?:change|service|cancellation|rebooking|amendment|admin|administration|call-out|callout|repair|handling|usual|normal|standard) (?:fee|charge)s? (?:will |still |do |would )?(?:apply|be payable)",
    ],
    "update_cue": [
        r"(?:next|further|another|more|new|regular|our next|latest) (?:\S+ ){0,2}(?:update|news|information|detail|briefing|statement|notice|message|email|text|post|check-in)",
        r"(?<!our )(?<!software )(?<!system )(?<!app )(?<!firmware )(?<!security )(?<!an )(?<!a )update",
        # "and will post", not "websites and email"
        rf"(?:we|i|(?:and|then|also)(?= (?:will|shall|then|also) )) {AUX}(?:post|share|send|give|provide|email|text|message|tell|write|contact|call|phone|ring|notify|inform|brief|let \S+ know|come back|be back|get back|circle back|keep \S+ (?:post|inform|update)|report back|update)",
        r"(?:hear|learn) (?:\S+ )?from (?:we|you) (?:next|again)",
        r"(?:check back|hear from we|new eta|eta|new (?:time|date)|revised (?:time|date|eta))",
        r"check (?:this page|here|back|status|again)",
        # "More at 18:00", "More by Friday": a sentence that opens on what comes next
        r"(?<![a-z0-9] )(?:more|next) (?:news |info |information )?(?:at|by|from|around|before|after|tomorrow|tonight|this)",
        r"(?:email|write to|text|call|contact|update) you (?:\S+ )?again",
        # "I'll drop you a line on Friday": a note we will write is news to come
        r"drop (?:\S+ )?(?:a|an|another) (?:quick )?(?:line|note|email|message|text)",
        # results still to come are the next news, with their time: "Lab results tomorrow
        # 2pm" (not "test results on 3 May showed …": behind us; nor "the laboratory's
        # results system", a thing)
        r"(?:lab|laboratory|test|testing|inspection|investigation|sample|forensic) (?:\S+ )?(?:result|finding)s?(?! (?:system|portal|service|page|link|app|server|database|platform|feed|screen)s?\b)",
        # "the captain will give an update at 18:00": whoever gives it, news is given
        r"(?:give|post|share|send|provide|issue|publish) (?:you |guest |customer |everyone )?(?:an|a|another|a further|the next|a new) (?:\S+ )?update",
        # the reader receiving our next word: "you will get an SMS with your new date by
        # 6 pm on 22 October", "you'll receive a letter with the findings by 30 June" (not
        # "an email with a refund link by 18 December": how a make-good comes, not news)
        r"(?:you|every customer|everyone affected|each passenger) (?:will|shall) (?:then |also )?(?:get|receive|be send) (?:\S+ ){0,2}(?:email|text|sms|text message|letter|message|call|phone call|notification)\b(?! (?:with|containing|confirming|about) (?:\S+ ){0,2}(?:refund|credit|voucher|code|claim|payment))",
        # the same in the present, of everyone affected: "every affected customer gets an
        # email from us by 9pm tonight", "affected customers get an email by Fri 12/12" (not
        # "if you get a text asking for your PIN")
        r"(?<!if )(?<!when )(?<!unless )(?:every (?:\S+ )?(?:customer|member|passenger|user|guest|parent|patient|client|subscriber|account holder)|everyone affected|each (?:\S+ )?(?:customer|member|passenger|user|guest|parent|patient|client|subscriber)|(?:all )?(?:affect|affected|impact|impacted) (?:customer|member|passenger|user|guest|parent|patient|client|subscriber)s) (?:get|receive|be send) (?:\S+ ){0,2}(?:email|text|sms|text message|letter|message|call|phone call|notification) (?:from we )?(?:by|before|on|at|within|tomorrow|tonight|today)\b",
    ],
    "update_pointer": [
        # where to look for news, with no time: "for the latest, check our website"
        r"for (?:the )?(?:latest|update|news|more news|live update|further update)s? (?:\S+ ){0,3}(?:check|visit|see|follow|go to|look at|watch|keep an eye on)",
        r"(?:check|visit|follow|watch|keep an eye on|look at) (?:\S+ ){0,4}for (?:the )?(?:latest|update|news|live update|further update)s?(?! (?:on|about) (?:your|the) (?:order|delivery|parcel|refund))",
        r"(?:keep|stay) (?:\S+ )?(?:up to date|informed|posted) (?:\S+ ){0,2}(?:at|on|via|through)",
    ],
    "report_cue": [
        r"(?:full|final|detailed|complete|public|written|follow-up|root cause|incident|post-incident) (?:\S+ ){0,2}(?:report|review|post-mortem|postmortem|summary|write-up|analysis|findings|account|explanation|letter|email|call)",
        r"(?:report|review|post-mortem|postmortem|summary|write-up|findings|follow-up|follow up)",
        # not "call us" or "write to us": the reader getting in touch, not our follow-up
        r"(?:publish|share|send|email|write|explain|confirm|contact|call|phone|ring)(?! (?:to )?(?:we|us)\b)",
    ],
    "next_step": [
        # verbs of what happens next ("order" left out: it is mostly the noun, "2,100 orders")
        r"(?:(?<!the )(?<!a )(?<!your )(?<!our )book|register|claim|return|bring|reset|(?<!the )check|visit|reply|collect|rebook|now due|be due|move you|be move|choose|pick up|expect|arrive|land|reach you|be back|be fix|be restore|resume|restart|reopen|go live|go back on sale|ship|deliver|refund|credit|be now on|move you to|put you on|(?:be )?correct(?= (?:\S+ ){0,2}(?:by|before|within) ))",
    ],
    "act_now": [
        # what to do at once, for safety: the next step of a recall or a leak, due now
        # (a medicine taken, a pet or a baby fed, a cream applied, a car driven: "stop taking them now")
        # (told to the reader, not what we or others did: "we have stopped taking orders")
        r"(?<!we )(?<!have )(?<!has )(?<!had )(?<!will )(?<!to )(?<!they )(?<!i )"
        r"stop (?:use|using|eat|eating|drink|drinking|charge|charging|give|giving|wear|wearing|ride|riding|take|taking|feed|feeding|apply|applying|drive|driving)",
        r"do not (?:use|eat|drink|feed|give|take|apply|drive|charge|plug|ride|wear|pay|share|click|open|install|tell|send|switch on|turn on)",
        r"(?:be wary|beware|be careful|watch out) (?:of|for)",
        r"(?:throw|take|bring|send) (?:\S+ ){0,3}(?:away|back)",
        r"(?:unplug|switch off|turn off|keep (?:\S+ )?(?:unplugged|off|switched off))",
    ],
    "data_exposure": [
        r"(?:data|information|detail|address|record|email address|phone number|name|password|login|credential|payslip|document|file|result|photo|message|statement)s? (?:\S+ ){0,3}(?:be|was|were|may have be) (?:expose|leak|access|view|visible|show|see|copy|steal|take|compromise|open|download|read)",
        r"(?:breach|leak|exposure|break-in|unauthori[sz]ed access)",
        # data in the wrong hands, told actively: "letters were emailed to the wrong people",
        # "viewed by someone who should not have seen them", "could see another pupil's report",
        # "an attacker copied the records", "accessed without permission"
        r"(?:data|information|detail|letter|invoice|report|record|email|spreadsheet|file|document|result|statement|payslip|form)s? (?:\S+ ){0,6}(?:send|email|post|mail|show|forward|display|attach|visible)\S* (?:\S+ ){0,3}(?:to|by) (?:\S+ ){0,2}(?:wrong|someone else|another|other|stranger|old|out-of-date|outdated|previous|former)",
        # told actively, the sender first: "we sent letters for 1,284 patients to out-of-date
        # addresses", "we emailed your statement to a previous address"
        r"(?:send|email|post|mail|forward)\S* (?:\S+ ){0,4}(?:data|information|detail|letter|invoice|report|record|email|spreadsheet|file|document|result|statement|payslip|form)s? (?:\S+ ){0,4}to (?:\S+ ){0,2}(?:wrong|old|out-of-date|outdated|previous|former|someone else|stranger)(?: \S+)? (?:address|recipient|people|person|customer|household|home|contact|number)",
        r"(?:see|view|open|access|read|download|copy)\S* by (?:\S+ ){0,2}(?:wrong|someone|another|other|stranger|attacker|criminal|hacker|third part|unauthori)",
        r"(?:could|can|be able to) (?:\S+ ){0,2}(?:see|view|open|access|download) (?:\S+ ){0,2}(?:another|other|someone else)\S* (?:\S+ ){0,2}(?:data|information|detail|letter|invoice|report|record|email|file|document|result|statement|payslip|order|account|history|address)",
        # "accessed without permission", not "charged without permission" (money taken)
        r"(?:access|open|view|see|enter|log\S* in|get into)\S* (?:\S+ ){0,2}without (?:\S+ )?(?:permission|authori[sz]ation)",
        r"(?:attacker|hacker|criminal|intruder|thief|thieve)s? (?:\S+ ){0,6}(?:copy|steal|take|get into|gain\S* access|log\S* in|break into|download)",
        r"(?:laptop|computer|device|hard drive|usb stick|memory stick)s? (?:\S+ ){0,6}(?:be|have be|had be) (?:steal|stolen|lose|lost)",
        r"security incident|cyber ?attack|(?:be|get|been) hack",
    ],
    "money_harm": [
        r"(?:charge|overcharge|double-charge\S*|bill|fee|refund|overdraft|fare|cancel|delay|late|outage|subscription|money|paid|lost sales|stranded|could not (?:pay|use|fly|travel|log in|sign in))",
    ],
    # looking into it, not putting it right: "an independent forensics firm", "access logs"
    # a service still down as the statement is written: "websites have been unavailable since
    # 09:20", "power is out", "we expect payments to recover by 14:30"
    "still_down": [
        # not "the delays are entirely down to the storms" (down to: caused by)
        r"outage|blackout|power (?:cut|be out|be off)|(?:be|remain|have be|go) (?:\S+ ){0,2}(?:down(?! to )|unavailable|offline|out of service|inaccessible)\b",
        r"(?:be|have be|remain) (?:\S+ )?(?:unable|not able) to (?:log|sign|connect|access|use|load|open|reach|stream|play|join|make|buy|top up|send|receive|call|sync|book)",
        r"(?:expect|hope|aim|work|plan)\S* (?:\S+ ){0,4}(?:to )?(?:recover|restore|be back|be restore|come back|be fully back|resume|reconnect)",
        # "files are not syncing", "orders have been stuck at checkout", "payments are failing"
        r"(?:be|have be) (?:\S+ )?not (?:\S+ )?(?:work|load|sync|show up|go through|connect|open|arrive)",
        r"(?:be|have be) (?:\S+ ){0,2}(?:stick|stuck|fail|failing|decline|time out|timing out|queue up|pile up)",
    ],
    "inquiry": [
        r"investigat\S*|forensic\S*|(?:access|audit|server|system|security) log|look into|examin\S*|analys\S*|analyz\S*|inquiry|enquiry|probe",
    ],
    "help": [
        r"<link>",
        r"(?:call|phone|ring|dial|text|sms|hotline|helpline) (?:we )?(?:on |at )?\d{3,}",
        # not "names, phone numbers and addresses" (the reader's, as data exposed)
        r"(?:our|support|help|helpline|customer service) (?:\S+ )?phone number",
        r"(?:(?:can|could|may|to|please|you|or|and) (?:also )?reach|reach we (?=at|on|by|via|through|any|anytime|24)|call|phone(?! number)|ring|chat|contact|dm|direct message|message we|reply|visit|speak|talk|text we|text i|message i|email i|email we|email us|e-mail we|write to|drop \S+ a line|pop into|come to|ask (?:our|any|a member|the)|get in touch)",
        r"(?:helpline|hotline|help line|phone line|support|customer service|customer care|service desk|help desk|helpdesk|help centre|help center|faq|agent|advisor|adviser|representative|staff|team member|crew|gate|desk|counter|branch|store|shop|app|live chat|inbox|dm)",
    ],
    "jargon": [
        # a parcel network's own words: "re-manifested onto the linehaul", "manual
        # sortation", "consignments inducted", "items in exception status" ("SLA" is not
        # listed: business customers know it, and plans answer questions about it)
        r"re-?manifest\S*|sortation|backlog burn-?down|burn-?down|exception status|(?:consignment|parcel|item)s? induct\S*",
        # the inner workings of a crypto exchange: "nonce", "mempool", "hot wallet signer"
        r"nonces?|mempool|hot wallet|cold wallet signer|wallet signer|rebroadcast\S*|re-?index\S*|node resync\S*|resync\S*|bumped gas|gas (?:limit|price)",
        # the initialisms of IT, security, banking back offices and food-safety audits, which
        # the people affected meet only as letters ("KYC", "EOD", "HACCP", "CCP"; not "API" in
        # English, which the business customers of an API status page read as a plain word)
        r"(?:sdk|kyc|aml|eod|cbs|acl|siem|idor|xss|csrf|noc|iig|hsm|totp|hotp|mqtt|edr|xdr|dfir|imsi|haccp|ccp|capa|sql|i/o|mttr|slo|cve|rce|vlan|mpls|iops|ecs|erp|crm)(?![a-z0-9-])",
        # the words of the inner workings, in plain English letters: "gateway timeout", "lock
        # contention", "duplicate posting", "inventory sync", "out of spec" (not "a timeout",
        # "posting" or "sync", which people meet in their own apps)
        r"gateway time-?outs?|lock contention|contention|duplicate postings?|batch run|inventory sync|pick-?lists?|pick-?pack|fulfil?ment cent(?:re|er)|out-of-spec|out of spec|swab results?|zone \d swab|ingest\S*|de-?duplication|replication lag|replication|saturation",
        r"(?:rca|bgp|dns|ddos|sev ?\d|p[0-4] incident|5xx|4xx|http \d{3}|[45]0\ds|(?:return|throw)\S* (?:an? |the )?[45]0\d|tls|ssl cert(?:ificate)?s?|tls cert(?:ificate)?s?|cdn|vpc|kubernetes|k8s|pod|cluster|shard|replica|failover|fail-over|latency|throughput|packet loss|upstream|downstream|root cause analysis|rollback|roll-back|hotfix|hot-fix|configuration drift|load balancer|endpoint|microservice|middleware|backend|back-end|frontend|front-end|ci/cd|regression|mitigat\S*|remediat\S*|degraded|degradation|elevated error rate|error rate|quiesce|idempotent|race condition|deadlock|memory leak|ttl|dns propagation|oauth|credential stuffing|exfiltrat\S*|threat actor|ioc|pii|pci-dss|pci dss|chargeback|acquirer|reconciliation|batch job|cron|etl|wms|3pl|line[- ]haul|linehaul|aog|irops|irrops|pax|mct|notam|dwell time|blast radius|runbook|playbook|service degradation|operational disruption|post-incident review|incident response process|lateral movement|iam|s3|bucket|anomalous|production environment|access key|bcrypt|salted|hashes|hashed|mfa|sso|tokeni[sz]\S*|sku|rma|non-conforming|nonconforming|bacs|dcs|pnr|interline|oal|load sheet|re-accommodat\S*|indemnity claim|psp|webhook|idempotency\S*|ledger|deploy|auth|auths|authorisation hold|capture|peering|route leak|prefixes|olt|onu|ont|g?pon|clearing house|blackhol\S*|reconverg\S*|edge router|dd mandate|bms|thermal runaway|cell[- ]balancing|waf|rate[- ]limit\S*|credential-stuffing|ioc-\S+|rto|re-dispatch|redispatch)",
    ],
}


BN: dict[str, list[str]] = {
    "ownership": [
        # "দেরিটা হচ্ছে আমাদের নিজস্ব প্যাকিং কেন্দ্র থেকে": the trouble coming from our own
        # thing, as "the delays are coming from our own packing centre" in English
        r"(?:দেরি|বিলম্ব|সমস্যা|ত্রুটি|গোলমাল|গোলযোগ|বিভ্রাট|জট|ভুল)\S* (?:\S+ ){0,3}(?:আমাদের )?(?:নিজস্ব|নিজেদের) (?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )(?:\S+ ){0,3}(?:থেকে|থেকেই|ভেতরে|ভেতর থেকে|থেকে শুরু)(?![\u0980-\u09ff])(?! (?:নয়|না|নেই)(?![\u0980-\u09ff]))",
        # "কারণ: আমাদের নিজস্ব বিলিং প্রোগ্রাম দুবার চলেছিল": our own thing, and what went wrong
        r"আমাদের (?:নিজস্ব|নিজেদের) (?:\S+ ){0,3}(?:প্রোগ্রাম|সফটওয়্যার|সিস্টেম|দল|কর্মী|সার্ভার|অ্যাপ|কোড|আপডেট|যন্ত্র)\S* (?:\S+ ){0,3}(?:দুবার চলেছিল|দুবার চলেছে|দুবার চলে|দু'বার চলেছিল|ভুল করে|ভুল করেছিল|ভুল করেছে|বিকল হয়ে যায়|বিকল হয়ে গিয়েছিল|কেটে ফেলে|কেটে ফেলেছিল)(?![\u0980-\u09ff])",
        # "এই দুটো ফাঁক আমাদের তৈরি": a fault of our making (as "ত্রুটিটি আমাদের তৈরি নয়" denies it)
        r"(?:দোষ|ভুল|ত্রুটি|সমস্যা|গলদ|গোলমাল|ফাঁক)\S* (?:\S+ )?আমাদের (?:নিজেদের )?(?:তৈরি|সৃষ্টি|ঘটানো)(?![\u0980-\u09ff])(?! (?:নয়|না|নাই)(?![\u0980-\u09ff]))",
        # (within one clause: not "তারা … আমাদের মানদণ্ড মানেনি; ত্রুটিপূর্ণ চালানটি তাদের", where
        # the fault after the break is theirs)
        rf"আমাদের\S* (?!{BN_THIRD})(?:(?!কোনো |কোন |[;।:] )\S+ ){{0,3}}(?:ভুল|দোষ|ত্রুটি|গলদ|গাফিলতি|গাফলতি|অবহেলা|ব্যর্থতা|দায়|ঘাটতি|অব্যবস্থাপনা|দুর্বলতা)\S*(?! (?:নেই|নয়|নাই|ছিল না))",
        # "যাত্রা ভেস্তে দেওয়ায় ক্ষমা চাইছি", "দিনটা মাটি করে দিয়েছি": we ruined it, said as
        # our own doing (not "ভেস্তে গেছে", it fell through)
        r"(?:ভেস্তে|মাটি|পণ্ড|বরবাদ|নষ্ট) (?:করে )?(?:দেওয়ায়|দিয়েছি|দিয়েছি|দেওয়ার জন্য|দিলাম|দিয়ে ফেলেছি)(?![\u0980-\u09ff])",
        # not "দোষটা আমাদের নয়" (the fault is not ours): that denies it; "গলদটা আমাদের
        # সিস্টেম আপডেটের, আপনাদের নয়": a flaw (গলদ) is a fault as ভুল and ত্রুটি are
        # (not "তাদের গাফিলতির কারণে আমাদের কিছু প্যাকেটে …", "সাপ্লায়ারের ভুলে আমাদের …", "দায় ওই
        # প্রতিষ্ঠানের ত্রুটির; আমাদের সিস্টেম অক্ষত": "because of their negligence, our …" and a
        # new clause begin there)
        r"(?:ভুল|দোষ|দায়|দায়ভার|ত্রুটি|গলদ|গাফিলতি|ব্যর্থতা|জবাবদিহি|জবাবদিহিতা)\S*(?<!ভুলে)(?<!দোষে)(?<!ত্রুটিতে)(?<!গাফিলতিতে)(?<!ব্যর্থতায়) (?:(?!(?:কারণে|কারণেই|ফলে|ফলেই|দরুন|জন্য|জন্যই|[;:।]) )\S+ ){0,3}আমাদের\S*(?! (?:তৈরি |সৃষ্টি |করা |ঘটানো )?(?:নয়|নেই|না|নাই)(?![\u0980-\u09ff]))",
        r"আমরা\S* (?:(?!নিজেরা )\S+ ){0,4}(?:দায়ী|ব্যর্থ|ভুল কর|ভুল হয়ে|হতাশ কর|দায় (?:নি|স্বীকার|গ্রহণ)|দায়িত্ব (?:নি|স্বীকার|গ্রহণ)|স্বীকার কর|পারিনি|পারি নি|করিনি|করি নি|দেখিনি|ধরতে পারিনি|খেয়াল করিনি|রাখিনি|রাখি নি|দিইনি|দিই নি|নিইনি|নিই নি|পাঠাইনি|বসাইনি|লাগাইনি|বদলাইনি|জানাইনি|পিছিয়ে পড়\S*)",
        r"(?:দায়|দায়িত্ব|দায়ভার|ভুল)\S* (?:\S+ ){0,3}(?:স্বীকার|নিচ্ছি|নিলাম|নিই|গ্রহণ করছি|মেনে নিচ্ছি)",
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,3}}(?:কারণে|জন্যই|জন্য হয়েছে|ফলে)",
        # "আমাদের পাইপ মেরামতে … গ্যাস নেই", "আমাদের কাজে ফাইবার কেটে": our own work or repair
        # as the cause, as "আমাদের … কারণে"
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:কাজে|কাজের সময়|মেরামতে|মেরামতের সময়|খননে|খোঁড়াখুঁড়িতে)(?![\u0980-\u09ff])",
        # "আমাদের হাবে বাছাই আটকে থাকায়", "আমাদের কাজ সময়মতো শেষ না হওয়ায়": because a thing of
        # ours went wrong (not "আমাদের গ্রাহকেরা … করায়", what our customers did, nor "আমাদের ফ্লাইট
        # বাতিল হওয়ায়", the harm itself)
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য|গ্রাহকদের)\S* )(?:\S+ ){{0,6}}(?<!বাতিল )(?<!স্থগিত )(?<!দেরি )(?<!বিলম্বিত )(?:না )?(?:হওয়ায়|থাকায়|যাওয়ায়|পড়ায়|ঘটায়)",
        # "আমাদের API-তে 502 এরর", "আমাদের বাস সংকটে": a fault or shortage of ours, in the
        # loanwords and words for a shortage people use beside "ত্রুটি" (not "আমাদের গ্রাহকদের
        # টাকার সংকট", what our customers face)
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য|আবেদনকারী|রোগী)\S* )(?:(?!কোনো |কোন )\S+ ){{0,3}}(?:এরর|বাগ|গ্লিচ|সংকট|স্বল্পতা)\S*(?! (?:নেই|নয়|নাই|ছিল না))",
        r"আমাদের (?:করা|দেওয়া|পাঠানো|চালু করা|ইনস্টল করা|আপডেট করা|ছাড়া|পাঠানো) (?:\S+ ){0,3}(?:ভুল|পরিবর্তন|আপডেট|ফার্মওয়্যার|সেটিং|ফাইল|কোড)\S*",
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,3}}(?:ভুলে|ভুলের|ত্রুটির|অবহেলায়|অবহেলার|গাফিলতিতে|গাফিলতির)",
        r"আমরা\S* (?:\S+ ){0,4}(?:ভুল\S* (?:করে|করছি|করেছি|হয়েছে)|ভুলভাবে|ভুল (?:\S+ ){1,2}(?:পাঠিয়ে|দিয়ে|করে|করায়|দেওয়ায়|পাঠানোয়|বসিয়ে|বসানোয়|লিখে|লেখায়|ছেপে|ছাপায়))",
        r"আমাদের দিক থেকে(?! (?:\S+ ){0,3}(?:নেই|ছিল না|হয়নি|না))",
        # (not "সমস্যাটা আমাদের ম্যাপ সেবাদাতার সার্ভারে": the provider's server, not ours)
        rf"(?:সমস্যা|ত্রুটি|গোলযোগ|ভুল)\S* (?:(?![;:।] )\S+ )?আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:নেটওয়ার্ক|সিস্টেম|সার্ভার|লাইন|অ্যাপ|দিক|কারখানা|গুদাম|যন্ত্র|ব্যবস্থা|সফটওয়্যার|হাব|কেন্দ্র|ডিপো)\S*",
        r"আমাদের (?:লাইন|নেটওয়ার্ক|সিস্টেম|সার্ভার)(?:ে|এ)(?! (?:\S+ ){0,2}(?:নেই|নয়|নাই))",
        # "সিদ্ধান্তটা ছিল আমাদের" (not "কর্তৃপক্ষের সিদ্ধান্তে আমাদের ফ্লাইট বাতিল": by their decision)
        r"সিদ্ধান্ত(?!ে )\S* (?:\S+ )?আমাদের",
        r"আমাদের (?:\S+ ){0,5}(?:সিদ্ধান্ত|পরিকল্পনা)\S* (?:\S+ )?ভুল",
        rf"আমাদের (?!{BN_THIRD})(?:(?![;।:] )\S+ ){{0,3}}(?:\( (?:[^()]+ )?\) )?(?:গরম হচ্ছে|ত্রুটিপূর্ণ|নষ্ট|ভেজাল|দূষিত|মেয়াদোত্তীর্ণ|ভুল লেবেল|ফাটল|আগুন|বিকল(?!্প)|অচল|ডাউন|ক্র্যাশ|ফেইল|ফেল(?![\u0980-\u09ff]))",
        # "আমাদের কারখানায় প্যাকেটের সিল ঠিকমতো লাগেনি": a step of ours not done properly
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,4}}(?:ঠিকমতো|ঠিকমত|ঠিকভাবে|যথাযথভাবে|সঠিকভাবে) (?:\S+ ){{0,2}}\S+(?:েনি|য়নি|নি)(?![\u0980-\u09ff])",
        # "আমাদের রক্ষণাবেক্ষণ দল সময়মতো পরীক্ষা করেনি": our own team did not do it in time (not
        # "আমাদের পরিবহন সংস্থাও সময়মতো গাড়ি দিতে পারেনি", a firm working for us)
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:দল|কর্মী|কর্মীরা|বিভাগ|টিম|প্রকৌশলী|প্রকৌশলীরা|স্টাফ) (?:সময়মতো|সময়মত) (?:\S+ ){{0,2}}\S+(?:েনি|য়নি)(?![\u0980-\u09ff])",
        r"(?:যে|যা) (?:\S+ ){0,4}আমরা (?:\S+ ){0,3}\S+(?:েছিলাম|েছি)\S* (?:\S+ ){0,2}(?:ভুল|ত্রুটি|গলদ)\S*",
        r"আমাদেরই",
        # "আমাদের তৈরি 'আলো' কেটলির … সুইচ গরম হয়ে গলে যেতে পারে": a thing we made that fails
        # or may harm, as "a kettle we made … can overheat" in English
        r"আমাদের (?:নিজেদের )?(?:তৈরি|বানানো|উৎপাদিত|প্রস্তুত করা|বিক্রি করা) (?:(?![।;] )[^\s()]+ ){0,8}?(?:\( [^()]* \) )?(?:(?![।;] )[^\s()]+ ){0,4}?(?:গরম হয়ে|গরম হচ্ছে|অতিরিক্ত গরম|গলে|ফেটে|আগুন|ভেঙে|লিক|শর্ট সার্কিট|ছত্রাক|দূষিত|ভেজাল|নষ্ট|ত্রুটি)",
        # "আমাদের আজ সকালের অ্যাপ আপডেটে একটা ভুল ছিল": a fault found in a thing of ours, as
        # "a fault in our update" in English
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )(?:\S+ ){{0,4}}\S+(?:ে|তে|য়) (?:(?![,;।]|আপনা\S* |গ্রাহক\S* |কোনো |কোন )\S+ ){{0,4}}?(?:একটা |একটি |কিছু |বড় |গুরুতর )?(?:ভুল|ত্রুটি|গলদ|বাগ)\S* (?:লেখা |দেওয়া |বসানো |করা |সেট করা )?(?:ছিল|আছে|ধরা পড়েছে|পাওয়া গেছে|থেকে গিয়েছিল)(?![\u0980-\u09ff])(?! (?:না|নি|নেই)(?![\u0980-\u09ff]))",
        # "আমাদের কারখানায় একটি যন্ত্রাংশ ভুলভাবে লাগানো হয়েছিল": done wrongly by us or in a
        # place of ours, as "our … incorrectly" in English
        rf"(?:আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )|আমরা\S* )(?:(?![,;।]|তারা |তাঁরা |ওরা )\S+ ){{0,8}}ভুলভাবে",
        # "সেই হিসাবে যথেষ্ট ক্রু রাখিনি": we did not keep enough (a first-person "did not"),
        # as "we did not roster enough" in English
        r"যথেষ্ট (?:\S+ ){0,2}\S+(?:িনি|ইনি)(?=\s|$|[।,—-])",
        # "ঠিকমতো সুরক্ষিত রাখিনি আমরাই": a first-person "did not", done properly or in time
        r"(?<!তি)\S+িনি আমরা\S*",
        r"(?:ঠিকমতো|ঠিকমত|ঠিকভাবে|সময়মতো|সময়মত|যথাযথভাবে|ভালোভাবে) (?:\S+ ){0,2}\S+(?:িনি|ইনি)(?=\s|$|[।,—-])",
        r"আমরাই (?:\S+ ){0,4}\S+(?:েছিলাম|েছি|য়েছিলাম)",
        # "আমরা ১২টি বাস নির্ধারিত রক্ষণাবেক্ষণ ছাড়াই রাস্তায় নামিয়েছিলাম": a step of ours
        # skipped, as "we approved that batch without testing it" in English
        r"আমরা\S* (?:(?![,;।])\S+ ){0,6}(?:রক্ষণাবেক্ষণ|পরীক্ষা|যাচাই|পরিদর্শন|অনুমোদন|সার্ভিসিং|চেক|টেস্ট)\S* (?:ছাড়াই|ছাড়া|না করেই|না করে) (?:(?![,;।])\S+ ){0,4}\S+(?:েছিলাম|েছি|লাম)(?![\u0980-\u09ff])",
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য|শিক্ষার্থী|রোগী)\S* )(?:(?!কোনো |কোন )\S+ ){{0,3}}(?:গোলমাল|গোলযোগ|বাগ|জট|জটলা|সমস্যা|বিভ্রাট)\S*(?! (?:\S+ )?(?:নেই|নয়|নাই|হয়নি|ছিল না))",
        # "আমাদের ফিডারের ঢাকনা ভাঙে", "আমাদের পাইপ ফেটে": a thing of ours broke (not "আমাদের
        # গ্রাহকদের …", the people we serve)
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )(?:\S+ ){{0,3}}(?:ভাঙে|ভাঙছে|ভেঙে|ভেঙেছে|ভেঙ্গে|ভাঙতে|ফাটে|ফেটে|ফাটছে|ফুটো|লিক|ছিঁড়ে|খুলে যায়|খুলে যেতে|গলে)(?![\u0980-\u09ff])",
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:সমস্যায়|সমস্যার কারণে|গোলমালে|ভুলের কারণে)",
        # "সমস্যা আমাদের:" — the problem is ours
        # (not "সমস্যাটা আমাদের ম্যাপ সেবাদাতার সার্ভারে": our provider's)
        rf"(?:সমস্যা|সমস্যাটা|সমস্যাটি|গোলমাল|বিভ্রাট|ত্রুটি|ভুলটা|ভুলটি)\S* আমাদের(?:ই)?(?=[:।,!]?(?: |$))(?! {BN_THIRD})",
        r"কোনো অজুহাত নেই",
        # "এর দায় ব্যাংকের, কোনো একজন কর্মীর নয়": the institution's, not one employee's
        r"(?:দায়|দোষ|দায়ভার|ভুল)\S* (?:\S+ ){0,2}\S+ ,? (?:কোনো |কোন )?(?:একজন |এক |একক )?(?:কর্মী|কর্মচারী|কর্মকর্তা|প্রকৌশলী|ব্যক্তি|মানুষ|চালক)\S* (?:নয়|না)(?![\u0980-\u09ff])",
        # "ভুলটা একজন কর্মীর নয়, আমাদের প্রতিষ্ঠানের": not one person's, ours
        r"(?:ভুল|দোষ|দায়|দায়ভার|ত্রুটি|ব্যর্থতা|গাফিলতি)\S* (?:\S+ ){0,3}(?:নয়|না) ,? (?:বরং )?(?:পুরোপুরি |সম্পূর্ণ )?আমাদের(?:ই)?\S*",
        # "আমাদের ছেঁড়া ছাঁকনি দিয়ে প্লাস্টিক ঢুকেছে": through a thing of ours the harm got in
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,3}}দিয়ে (?:\S+ ){{0,3}}(?:ঢুকেছে|ঢুকেছিল|ঢুকে পড়েছে|ঢুকে পড়েছিল|ঢুকে গেছে|ঢুকে গিয়েছিল|ঢুকে যায়|ঢোকে)",
        # "সার্ভারটি আমরা পাসওয়ার্ড ছাড়া খোলা রেখেছিলাম": we left it open without a lock, in
        # the first person, as "we left the server open" in English
        r"(?:পাসওয়ার্ড|সুরক্ষা|নিরাপত্তা|লগইন|লক|তালা) ছাড়া(?:ই)? (?:\S+ )?(?:খোলা|উন্মুক্ত) (?:রেখেছিলাম|রেখেছি|রাখলাম)(?![\u0980-\u09ff])",
        # "by mistake" (the company's: it is the one speaking), as "by mistake" in English
        r"ভুল করে|ভুলবশত|ভুলক্রমে",
        # "we overcharged / charged twice": a first-person past verb of the harm
        r"(?:বেশি|দুবার|দু'বার|দুইবার|ভুল)\S* (?:\S+ ){0,2}\S+(?:েছি|েছিলাম|লাম)(?=\s|$|[।,])",
        # "for selling a faulty product", "ত্রুটিপূর্ণ ভোল্টা প্রো হিটার বেচায়" (a name of
        # several words between), as "the faulty seat we sold you" in English
        r"(?:ত্রুটিপূর্ণ|নষ্ট|ভাঙা|ফাটা|ভেজাল|দূষিত|মেয়াদোত্তীর্ণ|ভুল) (?:\S+ ){0,3}(?:বেচায়|বেচার|বিক্রি করায়|বিক্রির|পাঠানোয়|পাঠানোর|দেওয়ায়|সরবরাহ করায়|লাগানোয়|বসানোয়)",
        # "we should have", "our system did not stop it"
        r"(?:আমাদের|আমরা)\S* (?:\S+ ){0,4}উচিত ছিল",
        # "যা আমাদের তদারকিতে ধরা পড়েনি", "আমাদের নজরদারিতে চোখে পড়েনি": our own checks missed it
        r"আমাদের (?:\S+ ){0,3}\S*(?:সিস্টেম|যাচাই|পরীক্ষা|ব্যবস্থা|নিয়ন্ত্রণ|তদারকি|নজরদারি|নজর|নিরীক্ষা|পর্যবেক্ষণ|পরিদর্শন)\S* (?:\S+ ){0,5}(?:আটকায়নি|ধরেনি|ধরতে পারেনি|কাজ করেনি|থামায়নি|ধরা পড়েনি|ধরা পড়ে নি|চোখে পড়েনি|চোখে পড়ে নি)",
        # "এই ঝুঁকি তৈরি করেছি আমরাই": a first-person past verb, then "we ourselves"
        r"\S+(?:েছি|েছিলাম|য়েছি|য়েছিলাম|লাম) আমরাই",
        # "আমাদের মেশিন সময়মতো সার্ভিস না করায়": a duty of ours not done in time or properly
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )(?:\S+ ){{0,5}}(?:সময়মতো|সময়মত|ঠিকমতো|ঠিকমত|ঠিকভাবে|যথাযথভাবে) (?:\S+ ){{0,2}}না (?:করায়|করার|দেওয়ায়|নেওয়ায়|রাখায়|বদলানোয়)",
        # "এটা আমাদের পোর্টালের সমস্যা, আপনার ফোনের নয়": ours, set against the customer's
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:সমস্যা|ত্রুটি|গোলমাল|গোলযোগ|ভুল)\S* ,? (?:\S+ ){{0,2}}আপনা\S* (?:\S+ ){{0,5}}(?:নয়|না)(?![\u0980-\u09ff])",
        # "পরীক্ষাটা আমাদের ল্যাব বাদ দিয়েছিল": a step of ours left out
        rf"আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )(?:\S+ ){{0,4}}(?:বাদ দিয়েছিল|বাদ দিয়েছে|বাদ দেয়|বাদ দিই|বাদ দিয়েছি|এড়িয়ে গিয়েছিল|এড়িয়ে গেছে|এড়িয়ে যায়)",
        # "in our own factory", "our own staff": what happened there is ours
        r"আমাদের নিজস্ব (?:\S+ ){0,6}(?:হয়েছিল|হয়েছে|ঘটেছে|করা হয়েছিল|ব্যবহার করা)",
        # "আমাদের হাবে চাপ সামলাতে না পারায়", "আমাদের একটি উড়োজাহাজের রক্ষণাবেক্ষণ সময়ে শেষ করতে
        # না পারায়": because we (or a thing of ours) could not
        rf"(?:আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য|শিক্ষার্থী|রোগী)\S* )|আমরা )(?:\S+ ){{0,8}}না (?:পারায়|পারার কারণে|পারাতে|রাখায়)",
        # "আমাদের মেরামত দল একটি ভাল্ভ খুলতে ভুলে গিয়েছিল": we forgot
        rf"(?:আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য|শিক্ষার্থী|রোগী)\S* )|আমরা )(?:\S+ ){{0,8}}ভুলে (?:গিয়েছিল|গেছে|গিয়েছে|যায়|গিয়েছিলাম|গেছি|গিয়েছি|যাই)",
        r"ভুলে (?:গিয়েছিলাম|গেছি|গিয়েছি)(?![\u0980-\u09ff])",
        # "ঝুঁকিটা আমাদের তৈরি": the harm is of our making
        r"(?:ঝুঁকি|সমস্যা|বিপদ|ভুল|গোলমাল|পরিস্থিতি|সংকট)\S* (?:\S+ )?আমাদের(?:ই)? (?:নিজেদের )?(?:তৈরি|সৃষ্টি)",
        # "আমাদের ক্রু সংকটে", "আমাদের চালকের ঘাটতিতে": too few of our own people
        r"আমাদের (?:নিজেদের )?(?:\S+ )?(?:কর্মী|ক্রু|চালক|পাইলট|জনবল|লোকবল|স্টাফ|প্রকৌশলী|ডেলিভারিম্যান)\S* (?:সংকট|ঘাটতি|স্বল্পতা|কম)\S*",
        # "আমাদের ডেটা লিকের পর"
        rf"আমাদের (?!{BN_THIRD})(?:\S+ ){{0,2}}(?:লিক|ফাঁস)\S*",
        # "পাতাটি ঠিকমতো পরীক্ষা না করে চালু করেছিল আমাদের হিসাব বিভাগ": a step of ours skipped
        # (not "গ্রাহকেরা যাচাই না করে …", what a customer did)
        rf"(?:আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )|আমরা\S* )(?:\S+ ){{0,6}}(?:পরীক্ষা|যাচাই|চেক|পরখ) (?:\S+ )?না করে(?:ই)?(?![\u0980-\u09ff])",
        rf"(?:পরীক্ষা|যাচাই|চেক|পরখ) (?:\S+ )?না করে(?:ই)? (?:\S+ ){{0,4}}(?:আমাদের (?!{BN_THIRD})(?!(?:গ্রাহক|যাত্রী|ব্যবহারকারী|ক্রেতা|সদস্য)\S* )|আমরা)",
        # "আমরা আপনার ঠিকানা ফাঁস করেছি": we leaked it
        # "আমাদের কর্মীরাই মূল তার কেটে ফেলেছেন": our own people or machines did the damage (not
        # "ঠিকাদার … আমাদের কেবল কেটে ফেলে", someone else cutting a thing of ours)
        r"আমাদের (?:নিজস্ব |নিজেদের |\S+ )?(?:কর্মী|দল|প্রকৌশলী|ক্রু|টেকনিশিয়ান|স্টাফ|লোক|মিস্ত্রি|চালক|যন্ত্র|মেশিন|খননযন্ত্র|ঠিকাদারি দল)\S* (?:\S+ ){0,4}(?:কেটে ফেল|ভেঙে ফেল|ছিঁড়ে ফেল|মুছে ফেল|উপড়ে ফেল|ফাটিয়ে ফেল|ফাটিয়ে দি)\S*",
        r"আমরা\S* (?:\S+ ){0,4}(?:ফাঁস|লিক) (?:করেছি|করেছিলাম|করে ফেলেছি|হতে দিয়েছি)(?![\u0980-\u09ff])",
        # "আমাদের একজন কর্মকর্তা হারের সারি উল্টে বসিয়েছিলেন": one of our people got it wrong
        r"আমাদের (?:একজন |এক |কয়েকজন |দুজন |কোনো |কোন )?(?:কর্মকর্তা|কর্মী|কর্মচারী|প্রকৌশলী|টেকনিশিয়ান|স্টাফ|চালক|কেরানি)\S* (?:\S+ ){0,8}(?:ভুল|ভুলভাবে|উল্টে|উল্টিয়ে|উল্টো|গুলিয়ে|বাদ দিয়ে|বাদ দেন|এড়িয়ে)(?![\u0980-\u09ff])",
        # "নজরদারির এই ঘাটতি আমাদের।": the lapse is ours, said at the clause's end
        r"(?:ঘাটতি|অবহেলা|গলদ|অব্যবস্থাপনা|অসাবধানতা)(?:টা|টি|ও|ই)? আমাদের(?:ই)?(?: নিজেদের)?(?= [।,;:!—-]| ?$)",
        # an institution owning in its own third person: "ভুলটা পুরসভার।", "দায়ও নিগমের।",
        # "এই ভুল সংস্থার নিজের" (not "দায় ওই সংস্থার", someone else's)
        r"(?:ভুল|দোষ|দায়|দায়ভার|ব্যর্থতা|গাফিলতি|ঘাটতি|অবহেলা)(?:টা|টি|ও|ই|টাও|টিও)? (?:(?!ওই |সেই |ঐ |বাইরের |অন্য |তাদের |ওদের |হ্যান্ডলিং |কুরিয়ার )\S+ ){0,2}(?:পুরসভা|পৌরসভা|নিগম|কর্পোরেশন|করপোরেশন|সংস্থা|কোম্পানি|প্রতিষ্ঠান|হাসপাতাল|বিদ্যালয়|স্কুল|কলেজ|বিশ্ববিদ্যালয়|সমিতি|দপ্তর)(?:র|ের|এর|েরই|রই|এরই)(?: নিজের| নিজেদের| নিজস্ব)?(?= [।,;:!—-]| ?$| এবং | আর )",
        # "আমাদের দুটি বাস ডিপোতে যান্ত্রিক ত্রুটিতে আটকে": a vehicle or machine of ours broke
        r"আমাদের (?:\S+ ){0,2}(?:বাস|ট্রেন|লঞ্চ|ফেরি|উড়োজাহাজ|বিমান|গাড়ি|ট্রাক|ভ্যান|জাহাজ|যন্ত্র|মেশিন|পাম্প|জেনারেটর)\S* (?:\S+ ){0,3}(?:যান্ত্রিক |কারিগরি |ইঞ্জিনের |ইঞ্জিন )?(?:ত্রুটি|বিকল(?!্প)|নষ্ট|গোলযোগ)\S*",
        # "আমাদের দেওয়া যে অ্যাডাপ্টার গরম হয়ে যাচ্ছিল": a thing we supplied that does harm
        r"আমাদের (?:দেওয়া|বিক্রি করা|বসানো|লাগানো|সরবরাহ করা|তৈরি|বানানো|পাঠানো) (?:\S+ ){0,6}(?:গরম হ|ফেটে|ফাট|ভেঙে|ভাঙ|নষ্ট|আগুন|লিক|খুলে)\S*",
        # the first person singular of a managing director or founder, as "I" and "my" in
        # English: "আমি দায়ী", "ভুলটা আমার", "সিদ্ধান্তটা ছিল ব্যবস্থাপনার — অর্থাৎ আমার — এবং
        # সেটা ভুল ছিল" (the decision said to be mine, at its clause's end)
        r"আমি (?:(?!নিজেরা )\S+ ){0,4}(?:দায়ী|ব্যর্থ|ভুল কর|দায় (?:নি|স্বীকার|গ্রহণ)|দায়িত্ব (?:নি|স্বীকার|গ্রহণ)|ভুল সিদ্ধান্ত)",
        r"(?:ভুল|দোষ|দায়|দায়ভার|ব্যর্থতা|গাফিলতি|সিদ্ধান্ত)(?:টা|টি|ও|ই|টাও|টিও)? (?:ছিল |ছিলো )?(?:\S+ ){0,3}আমার(?:ই)?(?= [।,;:!—-]| ?$| এবং )",
        # "এই হিসাবটা আমারই ভুল ছিল", "আমার ভুলে": my own fault, the possessive before it, as
        # "আমাদের ভুল" in the plural (not "আমার কোনো ভুল নেই", which denies it)
        r"(?<![\u0980-\u09ff])আমার(?:ই)? (?!কোনো |কোন )(?:\S+ )?(?:ভুল|দোষ|গাফিলতি|ব্যর্থতা|অবহেলা|ত্রুটি|গলদ)(?:টা|টি|ই|ে|ের)?(?![\u0980-\u09ff])(?! (?:\S+ )?(?:নয়|নেই|না|নাই|ছিল না)(?![\u0980-\u09ff]))",
        # the cause said to be ours: "কারণ আমাদের নিজেদের:" (not "কারণ আমাদের সরবরাহকারী …",
        # the conjunction "because", which runs on)
        r"কারণ(?:টা|টি)? (?:আমাদের|আমার)(?:ই)?(?: নিজেদের| নিজস্ব| নিজের)?(?= [:।,;!—-]| ?$)",
        # we had no plan or backup, as "we had no backup" in English: "আমাদের আগে থেকে কোনো
        # পরিকল্পনা ছিল না"
        r"(?:আমাদের|আমার) (?:\S+ ){0,3}(?:কোনো|কোন) (?:\S+ )?(?:পরিকল্পনা|বিকল্প|ব্যাকআপ|প্রস্তুতি|প্রটোকল|বাড়তি ব্যবস্থা) (?:ছিল না|ছিলো না|নেই|রাখিনি|রাখা হয়নি)(?![\u0980-\u09ff])",
        # the fault set against the reader's, in whatever name: "এই ভুলের দায় নগর বিদ্যুতের,
        # আপনাদের নয়", "সিদ্ধান্ত টেকনোভার নিজের" (not a supplier's or another party's)
        rf"(?:ভুল|দোষ|দায়|দায়ভার|সিদ্ধান্ত)\S* (?!{BN_THIRD})(?!(?:ওই|সেই|ঐ|তাদের|ওদের|অন্য|বাইরের) )(?!(?:\S+ ){{0,2}}(?:কুরিয়ার|ব্যাংক|সরকার|কর্তৃপক্ষ|বিমানবন্দর|পুলিশ|মন্ত্রণালয়|বোর্ড|ডেলিভারি)\S* )(?:\S+ ){{0,2}}\S+(?:র|ের) , (?:আপনা|গ্রাহক|যাত্রী)\S* (?:কারও |কারো |কারোর )?(?:নয়|না)(?![\u0980-\u09ff])",
        rf"(?:ভুল|দোষ|দায়|দায়ভার|সিদ্ধান্ত)\S* (?!{BN_THIRD})(?!(?:ওই|সেই|ঐ|তাদের|ওদের|অন্য|বাইরের) )(?!(?:\S+ ){{0,2}}(?:কুরিয়ার|ব্যাংক|সরকার|কর্তৃপক্ষ|বিমানবন্দর|পুলিশ|মন্ত্রণালয়|বোর্ড|ডেলিভারি)\S* )(?:\S+ ){{0,1}}\S+(?:র|ের) (?:নিজের|নিজস্ব)(?:ই)?(?= [।,;!—-]| ?$| এবং )",
    ],
    "evasive": [
        r"(?:ত্রুটি|সমস্যা|গোলযোগ|বিভ্রাট)\S* দেখা দিয়েছে\S*",
        r"(?<!কোনো )(?:তথ্য|ডেটা|ডাটা)\S* (?:\S+ ){0,2}ফাঁস হয়েছে\S*",
        r"(?:কারিগরি|যান্ত্রিক|প্রযুক্তিগত|টেকনিক্যাল) (?:ত্রুটি|সমস্যা|গোলযোগ)\S*",
    ],
    "apology": [
        r"দু : খিত",
        # "সরি" whole: not "সরিয়ে নেওয়া" (withdrawn, in a recall)
        r"দুঃখিত|দু:খিত|দুখিত|দুঃখপ্রকাশ\S*|দুঃখ প্রকাশ\S*|ক্ষমা\S*|ক্ষমাপ্রার্থী|মাফ\S*|মাপ (?:চাই|চাইছি|চাচ্ছি|চেয়ে|করবেন|করে দেবেন|করে দিন)(?![\u0980-\u09ff])|মার্জনা\S*|লজ্জিত|অনুতপ্ত|সরি(?![\u0980-\u09ff])|দুঃখজনক",
    ],
    "non_apology": [
        # ("সৃষ্ট অসুবিধার জন্য", "উদ্ভূত ভোগান্তির জন্য": the inconvenience caused, unnamed)
        r"(?:সাময়িক|যেকোনো|যে কোনো|যেকোন|যে কোন|কোনো|সকল|সব|সৃষ্ট|উদ্ভূত)\s+(?:\S+ )?(?:অসুবিধা|অসুবিধার|বিঘ্ন\S*|ভোগান্তি\S*|সমস্যা\S*|বিড়ম্বনা\S*|অস্বস্তি\S*)",
        r"(?:অসুবিধা|সমস্যা|ভোগান্তি|ক্ষতি)\S* (?:\S+ ){0,2}(?:হয়ে থাকলে|হয়ে থাকে|হলে|হয়ে থাকতে পারে|হতে পারে)",
        # the conditional verb itself right before the apology, with no "যদি" ("কোনো অভিভাবক
        # উদ্বিগ্ন হয়ে থাকলে আমরা দুঃখিত", "দেরিতে কষ্ট পেয়ে থাকলে দুঃখিত"): "sorry if …"
        r"(?:থাকলে|হলে|পেলে|করলে|লাগলে)(?![\u0980-\u09ff]),? (?:তাহলে |তবে |সেজন্য |সে জন্য )?(?:আমরা |আমি )?(?:আন্তরিকভাবে |সত্যিই |খুবই |গভীরভাবে )?(?:দুঃখিত|ক্ষমাপ্রার্থী|ক্ষমা চাই|ক্ষমা চাইছি)",
        # "যদি এতে অসুবিধা বোধ করে থাকেন, তাহলে আমরা দুঃখিত": any verb of the condition
        # ("বোধ করে থাকেন", "পেয়ে থাকেন", "বোধ করেন"), not only "হয়ে থাকেন"
        r"(?:যদি|কেউ|কারও|কারো)\S* (?:\S+ ){0,7}(?:থাকেন|থাকে|থাকলে|হন|হলে|করেন|করলে|পান|পেলে|লাগে|লাগলে)(?![\u0980-\u09ff])\S* (?:\S+ ){0,4}(?:দুঃখিত|ক্ষমা)",
        # not "দুঃখিত, এটা সত্যিই বিপদের যদি …": a clause of its own between; nor "দুঃখিত, বিশেষ
        # করে যদি কারও কাজ কামাই হয়ে থাকে": who is worst hit, after a whole apology
        r"(?:দুঃখিত|ক্ষমা)\S* (?:(?!(?:এটা|এটি|এতে|এটাই|তা|সেটা|সেটি|বিশেষ|বিশেষত|বিশেষতঃ|বিশেষভাবে) )\S+ ){0,3}যদি",
        r"(?:আপনি|আপনার|আপনারা)\S* (?:\S+ ){0,2}(?:এমন|এরকম|এ রকম) (?:মনে|অনুভব)",
        r"(?:মনে|অনুভব) কর\S* (?:\S+ ){0,2}(?:দুঃখিত|ক্ষমা)",
        r"অনাকাঙ্ক্ষিত (?:\S+ )?(?:অসুবিধা|পরিস্থিতি|ঘটনা|বিড়ম্বনা|ভোগান্তি|দুর্ভোগ|বিলম্ব)\S*",
        # regret in the passive, said by nobody: "দুঃখ প্রকাশ করা হচ্ছে"
        r"(?:দুঃখ প্রকাশ|দুঃখপ্রকাশ|ক্ষমা প্রার্থনা|ক্ষমাপ্রার্থনা) করা (?:হচ্ছে|হলো|হল|হয়েছে|হয়)(?![\u0980-\u09ff])",
        # the institution regrets, in the third person: "কর্তৃপক্ষ দুঃখ প্রকাশ করছে"
        r"(?:কর্তৃপক্ষ|ব্যবস্থাপনা|ম্যানেজমেন্ট|পরিচালনা পর্ষদ)\S* (?:\S+ ){0,2}(?:দুঃখ প্রকাশ|দুঃখপ্রকাশ|দুঃখিত|ক্ষমাপ্রার্থী|ক্ষমা প্রার্থনা)\S*",
        r"অসুবিধার জন্য (?:আন্তরিকভাবে )?(?:দুঃখিত|ক্ষমাপ্রার্থী|আন্তরিকভাবে দুঃখিত)",
        # "আপনারা যে বিরক্ত হয়েছেন, … সেজন্য দুঃখিত": sorry for the feeling, not the harm
        r"(?:বিরক্ত|হতাশ|অসন্তুষ্ট|মনঃক্ষুণ্ণ|ক্ষুব্ধ|রাগান্বিত|বিব্রত|অখুশি|উদ্বিগ্ন)\S* (?:হয়েছেন|হচ্ছেন|হয়ে থাকেন|হয়ে পড়েছেন|বোধ করছেন|বোধ করেছেন)\S* (?:\S+ ){0,6}(?:সেজন্য|সে জন্য|সেটার জন্য|তার জন্য|এজন্য|এ জন্য|সেটার জন্যও) (?:\S+ ){0,2}(?:দুঃখিত|ক্ষমা)",
        r"(?:বিরক্ত|হতাশ|অসন্তুষ্ট|মনঃক্ষুণ্ণ|ক্ষুব্ধ|রাগান্বিত|বিব্রত|অখুশি|উদ্বিগ্ন)\S* (?:হওয়ায়|হওয়ার জন্য|হয়েছেন বলে) (?:\S+ ){0,2}(?:দুঃখিত|ক্ষমা)",
    ],
    "apology_gesture": [
        r"(?:দুঃখপ্রকাশ|ক্ষমাপ্রার্থনা|ক্ষমা চাওয়া|ক্ষমা চাওয়ার)\S* (?:হিসেবে|হিসাবে|স্বরূপ)",
    ],
    "blame_customer": [
        # "সবাই একসাথে ঢোকায়": everyone crowding in at once, as the cause
        r"(?:সবাই|সকলে|গ্রাহক\S*|শিক্ষার্থী\S*|ব্যবহারকারী\S*|যাত্রী\S*|আপনারা) (?:\S+ ){0,2}(?:একসাথে|একসঙ্গে|একই সময়ে|একযোগে) (?:\S+ ){0,2}\S+(?:ায়|োয়)(?![\u0980-\u09ff])",
        # "গ্রাহকেরা নিয়ম মেনে বিদ্যুৎ ব্যবহার করলে … এড়ানো যেত", "নির্দেশিকা মেনে … চালালে এমন
        # হওয়ার কথা নয়": had the customers kept to the rules, as "had customers followed …"
        r"(?:নিয়ম|নির্দেশিকা|নির্দেশনা|নির্দেশ|নিয়মকানুন) মেনে (?:\S+ ){0,4}\S+লে (?:\S+ ){0,4}(?:এড়ানো যেত|এড়ানো যেতো|হওয়ার কথা নয়|হওয়ার কথা না|হতো না|হত না|ঘটত না|ঘটতো না)(?![\u0980-\u09ff])",
        # "বহু গ্রাহক … অবৈধ সংযোগ নেওয়ার কারণেই": what customers did, as the cause (not
        # "গ্রাহকদের টাকা কাটার কারণে", done to them: the customers as the ones acting)
        r"(?<!আমাদের )(?:গ্রাহক|ব্যবহারকারী|যাত্রী|ক্রেতা)(?:রা|েরা|গণ)? (?:(?![।;]|আমরা|আমাদের)\S+ ){2,10}\S+(?:ার|োর|ানোর) (?:কারণে|কারণেই)(?![\u0980-\u09ff])(?! (?:\S+ ){0,3}(?:দুঃখিত|ক্ষমা))",
        # "তবে আপনার ঠিকানা অসম্পূর্ণ ছিল": the customer's address named as the cause
        r"(?:আপনার|আপনাদের|গ্রাহকের|গ্রাহকদের) (?:দেওয়া )?ঠিকানা\S* (?:\S+ )?(?:অসম্পূর্ণ|ভুল|অস্পষ্ট) (?:ছিল|থাকায়|থাকার)",
        # "আপনার মিটার রিডিং না পাওয়ায়": what the customer did not send
        r"আপনার (?:কাছ থেকে )?(?:\S+ ){0,2}(?:রিডিং|উত্তর|সাড়া|তথ্য|কাগজপত্র|নথি|পেমেন্ট|ছবি|ফর্ম)\S* (?:না পাওয়ায়|না পাওয়ার কারণে|পাইনি বলে|পাওয়া যায়নি বলে)",
        r"(?:গ্রাহক|ব্যবহারকারী|যাত্রী)\S* (?:নিজেদের |নিজের )?(?:ভুল|অসাবধানতা|অবহেলা|গাফিলতি)\S*",
        r"(?:আপনার|আপনাদের) (?:নিজের |নিজেদের )?(?:ভুল|অসাবধানতা|অবহেলা|গাফিলতি)(?:ে|ের|ের কারণে|ই)",
        r"আপনার উচিত ছিল|আপনাদের উচিত ছিল",
        r"(?:গ্রাহক|ব্যবহারকারী|যাত্রী|অতিথি|ক্রেতা|রোগী|আপনি|আপনারা)\S* (?:\S+ ){0,4}(?:না করায়|না করার কারণে|করেননি বলে|না দেওয়ায়|না মানায়|না পড়ায়|আপডেট না করায়|ব্যবহার করায়|শেয়ার করায়|ক্লিক করায়|দিয়ে দেওয়ায়|জানিয়ে দেওয়ায়|দেরিতে আসায়|দেরি করে আসায়|দেরি করায়|দেরিতে পৌঁছানোয়|দেরিতে \S+(?:ায়|োয়))",
        # "অনেক যাত্রী শেষ মুহূর্তে আসায়": the customers' late coming as the cause, as "because
        # a few passengers arrived late" in English
        r"(?<!আমাদের )(?:গ্রাহক|যাত্রী|অতিথি|ক্রেতা|রোগী|দর্শনার্থী)\S* (?:\S+ ){0,2}(?:দেরিতে|দেরি করে|শেষ মুহূর্তে|দেরিতে এসে) (?:\S+ )?(?:আসায়|আসার কারণে|আসাতে|পৌঁছানোয়|পৌঁছানোর কারণে|ওঠায়|ওঠার কারণে)(?![\u0980-\u09ff])",
        # "বিপুলসংখ্যক যাত্রী ফ্লাইটের চল্লিশ মিনিটেরও কম সময় আগে চেক-ইন কাউন্টারে এসেছেন", "অনেকে
        # সীমার চেয়ে বেশি লাগেজ এনেছেন": the passengers' late check-in or extra bags told as
        # what held the flights up (not "যাত্রীরা গন্তব্যে দেরিতে পৌঁছেছেন", the harm)
        r"(?<!আমাদের )(?:গ্রাহক|যাত্রী|অতিথি)\S* (?:\S+ ){0,6}(?:কম সময় আগে|শেষ মুহূর্তে|দেরিতে|দেরি করে) (?:\S+ ){0,2}(?:চেক-ইন|চেক ইন|কাউন্টার|বোর্ডিং|গেট)\S* (?:\S+ )?(?:এসেছেন|এসেছিলেন|পৌঁছেছেন|পৌঁছেছিলেন|এসে পৌঁছান)",
        r"(?:নির্ধারিত )?সীমার (?:চেয়ে|চাইতে|থেকে) বেশি (?:\S+ )?(?:লাগেজ|মালপত্র|ব্যাগ)\S* (?:এনেছেন|নিয়ে এসেছেন|এনেছিলেন|নিয়ে আসায়|আনায়)",
        # "দেরির বড় অংশের জন্য দায়ী গ্রাহকরাই": the customers named as the ones to blame
        r"দায়ী (?:\S+ )?(?:গ্রাহক|যাত্রী|ক্রেতা|ব্যবহারকারী|অতিথি)(?:রা|রাই|েরা|েরাই|গণ)(?! (?:নন|নয়|না)(?![\u0980-\u09ff]))",
        r"(?:গ্রাহক|যাত্রী|ক্রেতা|ব্যবহারকারী|অতিথি)(?:রা|রাই|েরা|েরাই) (?:\S+ ){0,3}দায়ী(?! (?:নন|নয়|না)(?![\u0980-\u09ff]))",
        r"(?:পুরনো|পুরোনো|পুরাতন) (?:\S+ )?(?:অ্যাপ|সংস্করণ|ভার্সন|ফোন)\S* (?:\S+ ){0,3}(?:ব্যবহার করায়|ব্যবহারের কারণে)",
        # "অনেক গ্রাহক অপেক্ষা না করে বারবার 'পে' চাপায়": the customers' own haste, as the cause
        r"(?:গ্রাহক|ব্যবহারকারী|যাত্রী|অতিথি|ক্রেতা|আপনি|আপনারা|অনেকে|অনেকেই|কেউ কেউ|সবাই)\S* (?:\S+ ){0,5}(?:অপেক্ষা না করে|ধৈর্য না (?:ধরে|রেখে)|বারবার|একাধিকবার|বার বার) (?:\S+ ){0,3}(?:চাপায়|চাপানোয়|চাপার ফলে|ক্লিক করায়|ট্যাপ করায়|চেষ্টা করায়|পাঠানোয়|দেওয়ায়|করায়)(?![\u0980-\u09ff])",
        # "ঘটনাটা এত বড় হয়েছে মূলত গ্রাহকদের কারণেই": the customers named as the cause, as
        # "largely because of customers" in English (not "গ্রাহকদের সুবিধার কারণে", for
        # their sake: the cause word right after them)
        r"(?<!আমাদের )(?:গ্রাহক|ব্যবহারকারী|যাত্রী|অতিথি|ক্রেতা|আপনি|আপনারা|আপনাদের|আপনার)\S* (?:নিজেদের |নিজের )?(?:কারণে|কারণেই|দোষে|দোষেই)(?![\u0980-\u09ff])",
        # "ফ্ল্যাট নম্বর ছাড়া ঠিকানা লেখায়": the customer's incomplete address, as the cause
        r"(?<!আমরা )(?<!আমাদের )(?<!কর্মীরা )(?<!কর্মী )(?:ছাড়া|ছাড়াই|অসম্পূর্ণ|ভুল|অস্পষ্ট) (?:\S+ ){0,2}(?:ঠিকানা|পোস্টকোড|ফোন নম্বর)\S* (?:\S+ )?(?:দেওয়ায়|লেখায়|দেওয়ার কারণে|লেখার কারণে|দেওয়া থাকায়|লেখা থাকায়)",
    ],
    "blame_other": [
        # (a "পাওয়ার ব্যাংক" is a thing we sold, not a bank: "(?<!পাওয়ার )ব্যাংক" below; nor is
        # "ব্যাংকিং", banking: "আমাদের মূল ব্যাংকিং সিস্টেমে … দেখা দেওয়ায়" is our own system)
        # "দায় আমাদের, দুঃখিত; তবে বেশির ভাগ ঘটনা সস্তা চার্জারের ফলে": owned, then laid elsewhere
        r"(?:(?<=তবে )|(?<=কিন্তু ))(?:(?!আমাদের|আমরা|আমার|আমি)\S+ ){1,6}(?:ফলে|দোষে|কারণে|জন্যই|জন্য দায়ী)(?![\u0980-\u09ff])",
        # not "মোবাইল ব্যাংকিংয়ের সময়ে … ইন্টারনেট ছাড়া রাখার জন্য আমরা দুঃখিত": banking is
        # what the harm touched, and a "জন্য" the apology follows is what we are sorry for
        r"(?<!আপনার )(?<!আপনাদের )(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|সহযোগী|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|সরকার|বিমানবন্দর|বন্দর|কাস্টমস|নিয়ন্ত্রক|প্রস্তুতকারক|কারখানা|ঠিকাদার|সার্ভিস প্রোভাইডার|প্রোভাইডার|বিদ্যুৎ বিভাগ|পিডিবি|বিটিআরসি|ডেসকো|ডিপিডিসি|আইএসপি|অপারেটর|এয়ারলাইন|ক্লাউড|পুলিশ|সড়ক বিভাগ|সওজ|সিভিল এভিয়েশন|বেবিচক)\S*(?<!:)(?! :) (?:(?!যদি )\S+ ){0,5}(?:কারণে|ভুলে|সিদ্ধান্তে|নির্দেশে|আদেশে|তল্লাশিতে|ত্রুটিতে|ত্রুটির কারণে|গাফিলতিতে|সমস্যার কারণে|সমস্যায়|(?<!সময় )(?<!সময়ের )(?<!মিনিট )(?<!মিনিটের )(?<!ঘণ্টা )(?<!ঘণ্টার )(?<!দিন )(?<!দিনের )(?<!সপ্তাহ )(?<!সপ্তাহের )জন্য|দায়ী|ব্যর্থতায়|ধর্মঘটে|গোলমালে|গোলযোগে|বিভ্রাটে|কর্মবিরতিতে)(?! (?:\S+ ){0,2}\S+লে(?= ))(?! (?:\S+ ){0,2}(?:দুঃখিত|ক্ষমা|ক্ষমাপ্রার্থী|লজ্জিত)(?![\u0980-\u09ff]))",
        r"(?:তৃতীয় পক্ষ|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|বিমানবন্দর|বন্দর|কাস্টমস|এয়ারলাইন)(?:ের|এর|র|দের) (?:\S+ )?(?:দেরিতে|বিলম্বে|দেরির কারণে|ধীরগতিতে|ধীরগতির কারণে|জট(?:ে|ের কারণে)?(?![\u0980-\u09ff]))",
        r"(?:তারা|তাঁরা|ওরা) (?:\S+ ){0,2}(?:ভুল|ত্রুটিপূর্ণ|নকল|ভেজাল)\S* (?:\S+ ){0,3}(?:দিয়েছে|সরবরাহ করেছে|পাঠিয়েছে)",
        # (a name may stand between, in quotes: 'সরবরাহকারী প্রতিষ্ঠান "মেডিলিংক"-এর একটি ভুল')
        r"(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|প্রস্তুতকারক|ঠিকাদার|প্রোভাইডার|সেবাদাতা)\S* (?:(?:প্রতিষ্ঠান|কোম্পানি|সংস্থা)\S* )?(?:[\"\u201c\u201d'\u2018\u2019] (?:[^\"\u201c\u201d'\u2018\u2019 ]+ ){1,4}[\"\u201c\u201d'\u2018\u2019] (?:- )?(?:এর |র )?)?(?:(?!আমাদের|আমার)\S+ ){0,2}(?:ত্রুটি|ভুল|দোষ|ব্যর্থতা|গাফিলতি|অবহেলা)\S*",
        # 'ঠিকাদার প্রতিষ্ঠান "নির্ভুল সার্ভিসেস লিমিটেড"-এর কারণে': a firm named in quotes,
        # as the cause
        r"(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|প্রস্তুতকারক|ঠিকাদার|প্রোভাইডার|সেবাদাতা)\S* (?:(?:প্রতিষ্ঠান|কোম্পানি|সংস্থা)\S* )?[\"\u201c\u201d'\u2018\u2019] (?:[^\"\u201c\u201d'\u2018\u2019 ]+ ){1,4}[\"\u201c\u201d'\u2018\u2019] (?:- )?(?:এর |র )?(?:কারণে|কারণেই|দোষে|ভুলে|জন্যই)(?![\u0980-\u09ff])",
        r"(?:আবহাওয়া|ঝড়|বৃষ্টি|বর্ষা|বন্যা|কুয়াশা|ঘূর্ণিঝড়|জলোচ্ছ্বাস|হরতাল|অবরোধ|ধর্মঘট|যানজট|লোডশেডিং|বিদ্যুৎ বিভ্রাট|রাস্তা সংস্কার|রাস্তার কাজ|সড়ক সংস্কার|সড়কের কাজ|রাস্তা খোঁড়া|খোঁড়াখুঁড়ি|রাস্তা বন্ধ|সড়ক বন্ধ|মিছিল|বিক্ষোভ)\S* (?:\S+ ){0,3}(?:কারণে|জন্য|ফলে|দরুন|ফল(?![\u0980-\u09ff]))",
        # "ঘন কুয়াশা এবং মোহনায় জেগে ওঠা চরের কারণে": the weather, then more, as the cause
        r"(?:আবহাওয়া|ঝড়|বৃষ্টি|বর্ষা|বন্যা|কুয়াশা|ঘূর্ণিঝড়|জলোচ্ছ্বাস|হরতাল|অবরোধ|ধর্মঘট|যানজট|লোডশেডিং|বিদ্যুৎ বিভ্রাট|রাস্তা সংস্কার|রাস্তার কাজ|সড়ক সংস্কার|সড়কের কাজ|রাস্তা খোঁড়া|খোঁড়াখুঁড়ি|রাস্তা বন্ধ|সড়ক বন্ধ|মিছিল|বিক্ষোভ)\S* (?:(?![,;।:]|আমাদের|আমরা)\S+ ){4,6}(?:কারণে|ফলে|দরুন)(?![\u0980-\u09ff])",
        r"(?:কারণে|জন্য)\S* (?:\S+ ){0,2}(?:তৃতীয় পক্ষ|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ)\S* (?:দায়ী)",
        r"(?:তাদের|ওদের|কোম্পানির|সরবরাহকারীর|বিভাগের|কর্তৃপক্ষের) (?:\S+ ){0,2}(?:গাফিলতি|ভুল|দোষ|ত্রুটি|অবহেলা|অব্যবস্থাপনা|প্রতারণা|অসাবধানতা|ব্যর্থতা|দেরি|ধর্মঘট|কর্মবিরতি|সংকট|ঘাটতি|স্বল্পতা)\S* (?:\S+ )?(?:কারণে|জন্য|ফলে|খেসারত)",
        # "তাদের এই গাফিলতির বিষয়ে ব্যাখ্যা চেয়েছি": another party named as negligent
        r"(?:তাদের|ওদের|তাঁদের) (?:এই |ওই |এমন )?(?:গাফিলতি|অবহেলা|অসাবধানতা|দায়িত্বহীনতা|খামখেয়ালি)\S*",
        # "সমস্যার মূলে রয়েছে আমাদের সফটওয়্যার সরবরাহকারীর আপডেট": the root laid at a supplier
        r"(?:মূলে|মূল কারণ|উৎস)\S* (?:\S+ ){0,6}(?:সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|ঠিকাদার|প্রোভাইডার|সেবাদাতা|তৃতীয় পক্ষ)\S*",
        # "তাদের অসাবধানতাতেই এই ঘটনা": their carelessness, as the cause
        r"(?:তাদের|ওদের|সরবরাহকারীর|পার্টনারের|কুরিয়ারের|ভেন্ডরের|ঠিকাদারের|প্রস্তুতকারকের|কর্তৃপক্ষের|(?:ওই|সেই|ঐ|বাইরের) (?:\S+ )?(?:প্রতিষ্ঠান|কোম্পানি|সংস্থা)\S*) (?:\S+ ){0,2}(?:গাফিলতি|অবহেলা|অসাবধানতা|ব্যর্থতা|ভুল|ত্রুটি)(?:তে|য়|তেই|য়ই)(?![\u0980-\u09ff])",
        r"(?:দায়|দোষ|ভুল)\S* (?:\S+ ){0,2}(?:(?:ওই|সেই|ঐ|বাইরের) (?:\S+ )?(?:প্রতিষ্ঠান|কোম্পানি|সংস্থা)\S*|তাদের|ওদের|সরবরাহকারীর|ভেন্ডরের|পার্টনারের|(?<!পাওয়ার )ব্যাংক(?!িং)ের|কুরিয়ারের|কর্তৃপক্ষের|ঠিকাদারের|প্রস্তুতকারকের|বিমানবন্দরের|এয়ারলাইনের)",
        # 'মূল দায় আমাদের গ্রাউন্ড হ্যান্ডলিং প্রতিষ্ঠান "স্কাইগেট সার্ভিসেস"-এর': the blame laid
        # at a firm working for us, named or not (even called "ours", as "our contractor")
        r"(?:দায়|দোষ)\S* (?:\S+ ){0,3}(?:তৃতীয় পক্ষ|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|ঠিকাদার|প্রোভাইডার|সেবাদাতা|হ্যান্ডলিং)\S* (?:প্রতিষ্ঠান|কোম্পানি|সংস্থা)(?:\S*(?:এর|র|ের)(?![\u0980-\u09ff])| [\"\u201c\u201d'\u2018\u2019] [^\"\u201c\u201d'\u2018\u2019]{1,40} [\"\u201c\u201d'\u2018\u2019] ?(?:- ?)?(?:এর|র|ের)(?![\u0980-\u09ff]))",
        # "পার্টনার কোম্পানি সময়মতো ট্রাক না দেওয়াতেই", "কুরিয়ার ভুল ঠিকানায় পাঠানোয়": what a
        # partner did (or did not do), as the cause
        r"(?<!আমাদের )(?<!আপনার )(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|সহযোগী|কুরিয়ার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|এয়ারলাইন|বাইরের প্রতিষ্ঠান|বাইরের কোম্পানি|বাইরের সংস্থা)\S* (?:\S+ ){0,8}(?:না )?(?:\S+(?:ওয়ায়|ওয়াতে|ওয়াতেই|ওয়ায়ই|ানোয়|ানোতে|ানোতেই|করায়|করাতে|করাতেই|পারায়|পারাতে|পারাতেই)|(?<=না )(?:করায়|করাতে|করাতেই|দেওয়ায়|পারায়))(?![\u0980-\u09ff])",
        # "ডেলিভারি পার্টনাররা এই চাপ সামলাতে পারছে না": the partner could not cope
        r"(?:তৃতীয় পক্ষ|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|ঠিকাদার|প্রোভাইডার|সেবাদাতা|কর্তৃপক্ষ)(?:রা|গুলো|গুলি|টি|টা|প্রতিষ্ঠানগুলো|প্রতিষ্ঠান)? (?:(?![।;]|আমরা|আমাদের)\S+ ){0,8}(?:সামলাতে|দিতে|পাঠাতে|করতে|পৌঁছাতে|মেটাতে|রাখতে) (?:পারছে না|পারেনি|ব্যর্থ)",
        # "গ্রাউন্ড হ্যান্ডলিং সংস্থার লোকবল সংকটে", 'বাস ঠিকাদার "রয়্যাল ট্রান্সপোর্ট"-এর চালক
        # সংকটের কারণে': a firm working for us short of people or vehicles, as the cause (not
        # "আমাদের প্রতিষ্ঠানের কর্মী সংকট", our own)
        r"(?:পার্টনার|কুরিয়ার|ঠিকাদার|সরবরাহকারী|সাপ্লায়ার|সেবাদাতা|হ্যান্ডলিং সংস্থা|হ্যান্ডলিং প্রতিষ্ঠান)\S* (?:(?!আমাদের|আমরা)\S+ ){0,7}?(?:লোকবল|জনবল|কর্মী|চালক|রাইডার|ডেলিভারিম্যান|ট্রাক|গাড়ি)\S* (?:সংকট|ঘাটতি|স্বল্পতা)\S*",
        # "চুক্তি অনুযায়ী … উড়োজাহাজ পাঠায়নি": someone else did not do what was agreed
        r"চুক্তি (?:অনুযায়ী|মতো|মোতাবেক|মাফিক) (?:\S+ ){0,6}\S+(?:ায়নি|েনি|য়নি)(?![\u0980-\u09ff])",
        # "তারা আমাদের না জানিয়েই ধাপটি বন্ধ করে দেয়": another party acting without telling us,
        # as "without telling us" in English
        r"আমাদের (?:কিছু |কোনো |আগে |আগে থেকে )?না (?:জানিয়ে|বলে|জিজ্ঞেস করে)(?:ই)?(?![\u0980-\u09ff])(?! (?:থাকলে|থাকেন|থাকে তবে))",
        # "গ্রাউন্ড হ্যান্ডলিং সংস্থা সকালের শিফটে পর্যাপ্ত লোক দেয়নি": another party as the one
        # that did not do its part (not "কুরিয়ারের মাধ্যমে পাঠানো পার্সেল পৌঁছায়নি", a way, nor
        # a clause where we act; an honorific "পারেননি" has people as its subject, not a firm)
        r"(?<!আপনার )(?<!আপনাদের )(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা|কর্তৃপক্ষ|এয়ারলাইন|হ্যান্ডলিং)(?: সংস্থা| প্রতিষ্ঠান| কোম্পানি)?(?:রা|টি|টা|গুলো)? (?!মাধ্যমে|দিয়ে|হাতে|কাছে|থেকে)(?:(?![,;।:]|আমরা|আমি|আমাদের)\S+ ){0,6}\S+(?:য়নি|েনি|ায়নি)(?![\u0980-\u09ff])",
        # "ফাঁকটা তৈরি হয়েছিল আমাদের পেমেন্ট পার্টনারের দিকে": the fault placed on a partner's
        # side, as "the gap was on our payment partner's side" in English
        rf"(?:গাফিলতি|অবহেলা|দোষ|ভুল|ত্রুটি|গলদ|ফাঁক|সমস্যা|গোলমাল)\S* (?:\S+ ){{0,3}}(?:আমাদের )?{BN_THIRD}\S*(?:র|ের|এর) (?:দিকে|দিক থেকে|পক্ষে|প্রান্তে)(?:ই)?(?![\u0980-\u09ff])",
        # "মূল গাফিলতি তাঁদের দিকেই": the fault laid on their side, as "on their side"
        r"(?:গাফিলতি|অবহেলা|দোষ|দায়|ভুল|ত্রুটি|গলদ)\S* (?:ছিল |পুরোপুরি |সম্পূর্ণ )?(?:তাদের|তাঁদের|তাঁ|ওদের|তা) (?:দিকে|দিক|পক্ষে)\S*",
        # "জটটা তৈরি হয়েছে আমাদের কুরিয়ার পার্টনারের কুমিল্লা হাবে": the trouble placed at a
        # partner's site, as "it happened at our courier's depot"
        rf"(?:জট|সমস্যা|ত্রুটি|গোলমাল|বিভ্রাট|গোলযোগ)\S* (?:তৈরি|শুরু|সৃষ্টি)?\s?(?:হয়\S*|ঘট\S*|বাঁধ\S*) (?:আমাদের )?{BN_THIRD}\S* (?:\S+ ){{0,2}}(?:হাব|ডিপো|গুদাম|ওয়্যারহাউস|কারখানা|সার্ভার|সিস্টেম|অফিস|কেন্দ্র)\S*",
        # "পুরসভা আমাদের আগে থেকে কিছু জানায়নি": nobody warned us
        r"আমাদের (?:আগে থেকে |আগেভাগে )?(?:কিছু |কোনো |কোন )?(?:\S+ )?(?:জানায়নি|জানাননি|জানানো হয়নি|নোটিশ দেয়নি|সতর্ক করেনি)",
        # "খানাখন্দই এর জন্য দায়ী": something (not we) is to blame
        r"(?!(?:আমরা|আমি|আমাদের)\S* )\S+ (?:এর|এটার|এটির|এই ঘটনার|এই দেরির|এই সমস্যার|এ ঘটনার) জন্য (?:পুরোপুরি |সম্পূর্ণ |মূলত |সরাসরি |প্রধানত )?দায়ী",
        # "আমাদের নিজস্ব সিস্টেম পুরোপুরি অক্ষত ছিল": ours cleared, so the fault is elsewhere
        r"নিজস্ব (?:\S+ ){0,2}(?:সম্পূর্ণ |পুরোপুরি |সম্পূর্ণভাবে )?(?:অক্ষত|সচল|ঠিকঠাক|নিরাপদ)",
        r"নিজস্ব (?:\S+ ){0,2}(?:কোনো |কোন )?(?:অনুপ্রবেশ|সমস্যা|ত্রুটি|হ্যাক)\S* (?:ঘটেনি|হয়নি|ছিল না|নেই)",
        r"নিজস্ব (?:\S+ )?(?:সিস্টেমে|সার্ভারে|নেটওয়ার্কে) ঘটেনি",
        # "টাকাপে-র দিক থেকে কোনো সমস্যা ছিল না": nothing wrong on our side
        # (not "আপনাদের দিক থেকে কোনো ভুল ছিল না": the customer cleared, which blames nobody)
        r"(?<!আপনার )(?<!আপনাদের )(?<!গ্রাহকের )(?<!গ্রাহকদের )দিক থেকে (?:\S+ )?(?:কোনো|কোন) (?:সমস্যা|ত্রুটি|ভুল|গাফিলতি)\S* (?:ছিল না|নেই|হয়নি)",
        # "সমস্যাটা পুরোপুরি প্রস্তুতকারকের যন্ত্রাংশে": entirely someone else's
        r"(?:সমস্যা|ত্রুটি|গলদ|গোলমাল|ঘটনা)\S* (?:পুরোপুরি|সম্পূর্ণ|সম্পূর্ণভাবে|একেবারেই|শুধুই|কেবল) (?:\S+ )?(?:সরবরাহকারী|সাপ্লায়ার|সেবাদাতা|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|কারখানা|(?<!পাওয়ার )ব্যাংক(?!িং)|কর্তৃপক্ষ|তাদের|ওদের)\S*",
        # "সরবরাহকারীর পাঠানো নিম্নমানের চালান": a part someone else sent or made, as the cause
        r"(?<!আমাদের )(?<!নিজস্ব )(?<!নিজেদের )(?:সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|প্রস্তুতকারক|কারখানা|ঠিকাদার|তৃতীয় পক্ষ|থার্ড পার্টি)\S* (?:, )?(?:\S+ ){0,2}(?:পাঠানো|সরবরাহ করা|তৈরি করা|বানানো|তৈরি)\S*",
        # "সমস্যার মূলে রয়েছে তাদের উৎপাদনের ত্রুটি"
        r"(?:মূলে|উৎস|মূল কারণ|আসল কারণ)\S* (?:(?:রয়ে\S*|আছে|ছিল|হলো|হল) )?(?:\S+ ){0,3}(?:তাদের|ওদের|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|কারখানা|প্রস্তুতকারক|ঠিকাদার|সহযোগী|পার্টনার|অংশীদার|কুরিয়ার|(?<!পাওয়ার )ব্যাংক(?!িং)|বিমানবন্দর|বন্দর|কর্তৃপক্ষ|সরকার|কাস্টমস|গ্রাউন্ড হ্যান্ডলিং|হ্যান্ডলিং)\S*",
        # "তবে মূল সমস্যা কুরিয়ার পার্টনারের", "আসল গলদটা সরবরাহকারীর": the main fault laid
        # at someone else, even beside our own share
        r"(?:মূল|আসল|প্রধান|বড়) (?:সমস্যা|দোষ|গলদ|গোলমাল|ত্রুটি|ভুল)\S* (?:(?:ছিল|হলো|হল|হচ্ছে) )?(?:\S+ ){0,3}(?:তৃতীয় পক্ষ|থার্ড পার্টি|সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|কুরিয়ার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা|কর্তৃপক্ষ|তাদের|ওদের)\S*",
        # "ঘাটে ফেরি কম থাকায়", "জ্বালানি সংকটের কারণে": a shortage of something not ours, as the
        # cause (not "আমাদের বাস কম থাকায়", our own)
        r"(?<!আমাদের )(?<!নিজস্ব )(?<!নিজেদের )(?:ফেরি|লঞ্চ|বিদ্যুৎ|গ্যাস|জ্বালানি|তেল|ডিজেল|কাঁচামাল|কনটেইনার|ওয়াগন|বার্থ)\S* (?:সংকট|ঘাটতি|কম|স্বল্পতা)\S* (?:থাকায়|হওয়ায়|দেখা দেওয়ায়|কারণে|জন্য|ফলে)(?![\u0980-\u09ff])",
        # "জাতীয় গ্রিড থেকে কম বিদ্যুৎ পাওয়ায়", "পর্যাপ্ত গ্যাস না পাওয়ায়": too little of a supply
        # we get from others, as the cause (not "আমাদের কম কর্মী থাকায়", our own)
        r"(?<!আমাদের )(?:কম (?:ফেরি|লঞ্চ|বিদ্যুৎ|গ্যাস|জ্বালানি|তেল|ডিজেল|কাঁচামাল|কনটেইনার|ওয়াগন|বার্থ|পানি|সরবরাহ)\S* |(?:পর্যাপ্ত|যথেষ্ট|প্রয়োজনমতো|চাহিদামতো) (?:ফেরি|লঞ্চ|বিদ্যুৎ|গ্যাস|জ্বালানি|তেল|ডিজেল|কাঁচামাল|কনটেইনার|ওয়াগন|বার্থ|পানি|সরবরাহ)\S* না )(?:পাওয়ায়|পাওয়াতে|আসায়|মেলায়)(?![\u0980-\u09ff])",
        # "তাদের একজন কর্মী … সেটিং ভুলভাবে বদলে দেওয়াতেই": one of their people, as the one
        # whose deed caused it, as "one of their staff shared the file" in English
        r"(?:তাদের|ওদের|তাঁদের) (?:একজন |এক |কয়েকজন |দুজন )?(?:কর্মী|কর্মচারী|লোক|টেকনিশিয়ান|প্রকৌশলী|চালক|ইঞ্জিনিয়ার)\S* (?:(?![।]|আমরা|আমাদের)\S+ ){0,6}(?:ভুল\S*|অসাবধান\S*|না) (?:(?![।]|আমরা|আমাদের)\S+ ){0,2}\S+(?:ওয়ায়|ওয়াতে|ওয়াতেই|ানোয়|ানোতে|ানোতেই|করায়|করাতে|করাতেই)(?![\u0980-\u09ff])",
        # "ফাঁকটা ছিল ওদের" (the gap was theirs)
        r"(?:দায়|দোষ|ভুল|ফাঁক|গলদ|ত্রুটি|গাফিলতি)\S* (?:ছিল|হলো|হল) (?:পুরোপুরি |সম্পূর্ণ |একেবারেই )?(?:তাদের|ওদের)(?:ই)?(?![\u0980-\u09ff])",
        # "সমস্যাটা আমাদের ম্যাপ সেবাদাতার সার্ভারে": the fault placed in a provider's thing, as
        # "a fault in their system" in English
        rf"(?:সমস্যা|ত্রুটি|গোলযোগ|গোলমাল|বিভ্রাট|ভুল|বাগ)\S* (?:\S+ ){{0,2}}{BN_THIRD}\S*(?:র|ের|এর) (?:\S+ )?(?:সার্ভার|সিস্টেম|নেটওয়ার্ক|যন্ত্র|কারখানা|গুদাম|লাইন|সফটওয়্যার|প্ল্যাটফর্ম|অ্যাপ|দিক)\S*",
        # "কুরিয়ারের গুদামে এত পার্সেল জমে যায় যে তারা সময়মতো বাছাই করতে পারেনি": the partner
        # named, then "they could not", in one sentence
        rf"{BN_THIRD}\S* (?:(?![।])\S+ ){{0,12}}(?:তারা|তাঁরা|ওরা) (?:\S+ ){{0,3}}\S+(?:তে) (?:পারেনি|পারছে না|পারেননি|পারছেন না|ব্যর্থ)",
        # "তারা আমাদের মান-নির্দেশিকা মানেনি": someone else did not keep to our standard, as
        # "did not meet the specification they had agreed with us"
        r"(?:তারা|তাঁরা|ওরা) (?:\S+ )?আমাদের (?:\S+ )?(?:নির্দেশিকা|মান|মানদণ্ড|শর্ত|চুক্তি|স্পেসিফিকেশন|নির্দেশনা)\S* (?:মানেনি|মেনে চলেনি|অনুসরণ করেনি|রাখেনি|পূরণ করেনি)(?![\u0980-\u09ff])",
        # "courier partner-এর গাফিলতিতে", "vendor-এর ভুলে": a partner named in English letters
        # with a Bengali ending, its fault as the cause, as "কুরিয়ারের গাফিলতিতে"
        r"(?:courier|partner|supplier|vendor|provider|contractor|carrier|third[- ]party)\S* (?:\S+ )?(?:গাফিলতি|অবহেলা|ভুল|দোষ|ত্রুটি|ব্যর্থতা)(?:তে|য়|ে|তেই|য়ই|র কারণে|ের কারণে)(?![\u0980-\u09ff])",
        # "এই প্রতারণার শিকার আমরা নিজেরাও": we as victims too, as "we too were victims"
        r"শিকার (?:\S+ )?(?:আমরাও|আমরা নিজেরাও|আমরা নিজেরা)|(?:আমরাও|আমরা নিজেরাও) (?:\S+ ){0,4}শিকার",
    ],
    "blame_weather_case": [
        # "কুয়াশায় ফ্লাইট ২ ঘণ্টা দেরি", "ঝড়ে ট্রেন বাতিল": the weather, in its own case ending, as
        # what delayed or stopped us, in a statement that owns nothing (see speaking.blame: not
        # "ঢাকায় কুয়াশায় সকালের ফ্লাইট দেরি" heading a page that owns the poor handling)
        # ("খারাপ আবহাওয়ায় BS-141 বাতিল": the weather itself, as well as what it brought)
        r"(?<!আমাদের )(?:আবহাওয়া|কুয়াশা|ঘন কুয়াশা|ঝড়|বৃষ্টি|বর্ষা|ভারী বৃষ্টি|টানা বৃষ্টি|বন্যা|ঘূর্ণিঝড়|জলোচ্ছ্বাস|হরতাল|অবরোধ|ধর্মঘট|যানজট|তুষারপাত)(?:য়|ে|তে|র প্রভাবে) (?:(?![,;।:]|আমাদের|আমরা)\S+ ){0,5}(?:দেরি|দেরিতে|বিলম্ব\S*|বাতিল|বন্ধ|স্থগিত|পিছিয়ে\S*|ব্যাহত|আটকে|আটকা|ধীর)(?![\u0980-\u09ff])",
    ],
    "blame_circumstance": [
        # "এসব আমাদের নিয়ন্ত্রণের সম্পূর্ণ বাইরে": an intensifier inside changes nothing
        r"(?:আমাদের )?নিয়ন্ত্রণের (?:সম্পূর্ণ |সম্পূর্ণভাবে |পুরোপুরি |একেবারে |একেবারেই |সম্পূর্ণই |পুরোটাই )?বাইরে\S*",
        # "পরিস্থিতি একেবারেই আমাদের হাতে ছিল না", "আমাদের হাতের বাইরে": out of our hands
        r"আমাদের হাতে (?:\S+ )?(?:ছিল না|নেই|নয়|ছিলো না)(?![\u0980-\u09ff])",
        r"আমাদের (?:কোনো |কোন |কিছু )?হাত (?:ছিল না|নেই|ছিলো না)(?![\u0980-\u09ff])",
        r"(?:আমাদের )?হাতের বাইরে\S*",
        # not "অনাকাঙ্ক্ষিত" (undesired): "অনাকাঙ্ক্ষিত এই পরিস্থিতিতে … দুঃখিত" judges the harm, it
        # excuses nothing (the canned apology and the vague cause say what is wrong with it)
        r"(?:অনিবার্য|অপ্রত্যাশিত|অনিয়ন্ত্রিত|অস্বাভাবিক|বিশেষ) (?:\S+ )?(?:কারণ|পরিস্থিতি)\S*",
        # "কেউই আগে থেকে আঁচ করতে পারেনি": nobody could have seen it coming
        r"কেউ(?:ই)? (?:\S+ ){0,4}(?:আঁচ|অনুমান|আন্দাজ|পূর্বাভাস|ধারণা) (?:\S+ )?(?:করতে|দিতে) (?:পারেনি|পারেননি|পারত না|পারতো না|পারতেন না)",
        # "যা কারও পক্ষে আগে থেকে আঁচ করা সম্ভব ছিল না": what nobody could have seen coming
        r"(?:কারও|কারো|কারোর|কারুর) পক্ষে (?:\S+ ){0,3}(?:আঁচ|অনুমান|আন্দাজ|পূর্বাভাস) (?:\S+ )?(?:করা|দেওয়া) সম্ভব (?:ছিল না|নয়|হয়নি)",
        # "আমাদের নিজস্ব নেটওয়ার্ক পুরো সময় ঠিকঠাক কাজ করেছে": ours cleared, the fault elsewhere
        r"আমাদের (?:নিজস্ব |নিজেদের )?(?:\S+ ){0,5}(?:ঠিকঠাক|ঠিকমতো|স্বাভাবিকভাবে|নিখুঁতভাবে|যেমন কথা তেমনই|নকশা অনুযায়ী) (?:কাজ করেছে|কাজ করছিল|চলছিল|চলেছে)",
        r"প্রাকৃতিক দুর্যোগ\S*",
        r"(?:আমাদের|আমাদেরকে)\S* (?:\S+ )?(?:কোনো |কোন )?(?:দোষ|দায়|ভুল|ত্রুটি|গাফিলতি)\S* (?:নেই|নয়|না|নাই)",
        r"(?:দোষ|দায়|ভুল)\S* আমাদের (?:নয়|নেই)",
        # "ত্রুটিটি আমাদের তৈরি নয়": the fault is not of our making
        r"(?:দোষ|দায়|ভুল|ত্রুটি|সমস্যা|গলদ|গোলমাল)\S* (?:\S+ )?আমাদের (?:তৈরি|সৃষ্টি|করা|ঘটানো) (?:নয়|না)(?![\u0980-\u09ff])",
        r"(?<!আপনার )(?<!আপনাদের )(?<!গ্রাহকের )(?<!ক্রেতার )(?:কোনো|কোন) (?:গাফিলতি|দোষ|অবহেলা) (?:নেই|ছিল না)",
        r"কিছুই করার ছিল না|কিছু করার ছিল না",
        # "আমাদের কর্মীদের তা দেখার কোনো উপায় ছিল না": nothing we could have seen, as "had no way
        # of seeing it" in English (not "আপনার বোঝার উপায় ছিল না", the customer reassured)
        r"আমাদের (?:\S+ ){0,3}(?:জানার|বোঝার|দেখার|ধরার|টের পাওয়ার|আঁচ করার) (?:কোনো |কোন )?(?:উপায়|সুযোগ) (?:ছিল না|নেই|ছিলো না)(?![\u0980-\u09ff])",
    ],
    "minimising": [
        r"(?:সামান্য|অল্প কিছু|অল্পসংখ্যক|অল্প সংখ্যক|কিছুসংখ্যক|কিছু সংখ্যক|সীমিত সংখ্যক|হাতে গোনা|গুটিকয়েক|মুষ্টিমেয়|নগণ্য|ক্ষুদ্র অংশ|ছোট অংশ|খুব কম|অল্প সময়\S*|স্বল্প সময়\S*|ক্ষণিক\S*|সাময়িক(?!ভাবে)(?!\S* (?:\S+ )?(?:বন্ধ|চালু|নিষ্ক্রিয়) (?:করে|করেছিল|করেছিলাম|করি)(?![\u0980-\u09ff]))\S*|আংশিক\S*|সীমিত(?!\S* (?:\S+ )?(?:গতি|পরিসর|আকার|সেবা|পরিষেবা|সার্ভিস|সময়সূচি)\S*)\S*|ছোটখাটো|ছোট্ট|মামুলি)",
        # "কয়েকটি রাস্তায়" (a few streets) with no count; "টেরও পাননি" (never even noticed)
        # "স্বাভাবিকের চেয়ে একটু বেশি সময় লাগছে" (a little longer than usual), with no figure
        r"(?:একটু|কিছুটা|খানিকটা|খানিক) (?:বেশি )?(?:দেরি|দেরিতে|বেশি সময়|সময় বেশি)\S*",
        # "কিছুক্ষণের জন্য" (for a little while) says neither since when nor how long
        r"(?:অল্প )?কিছুক্ষণের জন্য|অল্প কিছুক্ষণ\S*|অল্পক্ষণ\S*|খানিকক্ষণ\S*",
        r"কয়েক(?:টি|টা)? (?:রাস্তা|এলাকা|মহল্লা|পাড়া|গ্রাম|ভবন|ব্লক|সড়ক|গলি|শাখা)\S*",
        # "বেশিরভাগ বাড়িতে একটু পরেই বিদ্যুৎ ফিরেছে": the share restored, with no count
        # (not "বেশিরভাগ গ্রাহক এখন স্বাভাবিক পরিষেবা পাওয়ার কথা": what should be so now, as in
        # English "most customers should now see normal service", is not the harm played down)
        r"(?:বেশিরভাগ|বেশির ভাগ|অধিকাংশ) (?:\S+ )?(?:বাড়ি|বাসা|ঘর|গ্রাহক|এলাকা|পরিবার|অর্ডার|ফ্লাইট|ট্রেন|সংযোগ|রাস্তা|দোকান)\S* (?:\S+ ){0,5}(?:ফিরে|ফিরেছে|চালু|স্বাভাবিক|পৌঁছে|সচল)\S*+(?! (?:\S+ ){0,2}(?:পাওয়ার|পাবার|হওয়ার|থাকার) কথা)",
        r"(?:টেরও|টেরই|বুঝতেও|খেয়ালও) (?:\S+ )?(?:পাননি|পাবেন না|পারেননি|পারবেন না|করেননি|করবেন না)",
        # "অল্প কয়েকজনই সমস্যায় পড়েছেন" (only a few people were hit): people, with no count
        r"(?:অল্প|মাত্র|হাতে গোনা) কয়েকজন\S*",
    ],
    "count_unknown": [
        r"(?:(?:কতজন|কত জন|কতগুলো|কতটি|কাদ|কাদের|কোন কোন)\S*|(?:কত|কার)(?= )) (?:\S+ ){0,6}(?:এখনও |এখনো )?(?:জানা যায়নি|জানি না|জানা নেই|নিশ্চিত নই|নিশ্চিত না|নিশ্চিত হওয়া যায়নি|গোনা চলছে|হিসাব চলছে)",
        r"(?:সংখ্যা|পরিমাণ)\S* (?:\S+ ){0,3}(?:এখনও |এখনো )?(?:জানা যায়নি|জানা নেই|নিশ্চিত নয়)",
        # "ক্ষতিগ্রস্ত গ্রাহক: এখনও জানা যায়নি" (affected customers: not yet known)
        r"(?:ক্ষতিগ্রস্ত|প্রভাবিত|আক্রান্ত) (?:\S+ ){0,2}(?:গ্রাহক|অর্ডার|ব্যবহারকারী|যাত্রী|অ্যাকাউন্ট)\S* (?:: )?(?:এখনও |এখনো )?(?:জানা যায়নি|অজানা|নিশ্চিত নয়|নিশ্চিত হয়নি)",
    ],
    "minimising_some": [
        # with no figure anywhere: "কিছুক্ষণ বিল জমা হয়নি" (for a while bills didn't go through),
        # not "কিছুক্ষণ পরে" (in a while), "কিছুক্ষণ আগে" (a while ago) nor "কিছুক্ষণ কল খুলে রাখুন"
        # (run the tap a while): timing or advice, not how long the harm lasted
        r"কিছুক্ষণ(?![\u0980-\u09ff])(?! (?:\S+ )?(?:পর|পরে|পরেই|পরই|আগে|আগেই|অপেক্ষা|রাখুন|করুন|দিন)(?![\u0980-\u09ff]))",
        # "স্বাভাবিকের চেয়ে বেশি সময় লাগছে" (longer than usual), with no figure anywhere
        r"(?:স্বাভাবিকের|সাধারণের|অন্য সময়ের|অন্যান্য দিনের) (?:চেয়ে|চাইতে|থেকে) (?:\S+ )?(?:বেশি সময়|দেরি|ধীর)\S*",
        r"কিছু (?:সংখ্যক )?(?:(?!সময়|দিন|ঘণ্টা|মিনিট|ক্ষণ)\S+ )?(?:গ্রাহক|ব্যবহারকারী|যাত্রী|ভ্রমণসঙ্গী|পর্যটক|বাসিন্দা|শিক্ষার্থী|ছাত্র|রোগী|চালক|আবেদনকারী|ভাড়াটিয়া|অর্ডার|ট্রেন|ফ্লাইট|লঞ্চ|বাস|অ্যাকাউন্ট|এলাকা|পার্সেল|পেমেন্ট|লেনদেন|পণ্য|শাখা|সেবা|ডেলিভারি|চালান|খেলোয়াড়|প্লেয়ার|গেমার|সদস্য|ক্রেতা|অতিথি|ইউনিট|প্যাকেট|কার্ড|বিল|ডিভাইস|যাত্রা|ট্রিপ|টিকিট|বুকিং|সংযোগ|পরিবার|বাড়ি|মার্চেন্ট|দোকান|রুট|কল|অভিভাবক|কুকার|কৌটা|টিন|বাক্স|সিলিন্ডার|বোতল|ব্যাগ|কার্টন|ঝুড়ি|প্যাকেজ)",
        # "অনেকে দেখতে পারছেন না", "বেশিরভাগ গ্রাহকের সংযোগ ফিরেছে": many or most, with no count,
        # as "many passengers" in English; not "আপনাদের অনেকে" (many of you), nor "অনেকে আমাদের
        # একই প্রশ্ন করেছেন" (many have asked us)
        r"(?:(?<![\u0980-\u09ff])(?<!আপনাদের )(?<!আপনাদেরও )অনেকে(?:ই)?(?![\u0980-\u09ff])|(?:অনেক|বেশিরভাগ|বেশির ভাগ|অধিকাংশ) (?:(?!সময়|দিন|ঘণ্টা|মিনিট|ক্ষণ)\S+ )?(?:গ্রাহক|ব্যবহারকারী|যাত্রী|দর্শক|বাসিন্দা|শিক্ষার্থী|রোগী|অর্ডার|ট্রেন|ফ্লাইট|লঞ্চ|অ্যাকাউন্ট|এলাকা|পার্সেল|পেমেন্ট|লেনদেন|ডেলিভারি|খেলোয়াড়|সদস্য|ক্রেতা|সংযোগ|পরিবার|মার্চেন্ট|অভিভাবক)\S*)(?! (?:\S+ ){0,5}(?:জানতে চেয়েছেন|প্রশ্ন|জিজ্ঞেস|যোগাযোগ করেছেন|লিখেছেন|ফোন করেছেন))",
        # "কয়েকজন গ্রাহক", "কয়েকটি বাস": a few, with no count
        r"(?:অল্প )?কয়েক(?:জন|টি|টা)? (?:(?!সময়|দিন|ঘণ্টা|মিনিট|সপ্তাহ|মাস|বছর)\S+ )?(?:গ্রাহক|ব্যবহারকারী|যাত্রী|বাসিন্দা|রোগী|অর্ডার|ট্রেন|ফ্লাইট|লঞ্চ|বাস|অ্যাকাউন্ট|পার্সেল|পেমেন্ট|লেনদেন|ডেলিভারি|খেলোয়াড়|প্লেয়ার|সদস্য|ক্রেতা|ইউনিট|প্যাকেট|কার্ড|যাত্রা|ট্রিপ|বুকিং|পরিবার|মার্চেন্ট|অভিভাবক|শিক্ষার্থী|কুকার|কৌটা|টিন|ব্যাচ|লট|বোতল|প্যাক|বাক্স|চালান|শাখা|এলাকা)",
    ],
    "figure_word": [
        # whole number words with their classifiers: "চার্জ", "আটকে", "দুঃখিত", "দুপুর" and
        # "নয়" (is not) only begin like one; "একটি" is "a"
        r"(?:(?:দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|দশ|এগারো|বারো|পনেরো|বিশ|ত্রিশ|চল্লিশ|পঞ্চাশ|ষাট|সত্তর|আশি|নব্বই|শত|শো|একশো|হাজার|লাখ|লক্ষ|কোটি|অর্ধেক|আধা|ডজন)(?:(?:টি|টা|টো|জন|খানা|শো|শ|গুণ)(?:এর|ের|র|এ|তে|কে)?)?|(?:দু|নয়)(?:টি|টা|টো|জন|শো|শ)(?:এর|ের|র|এ|তে|কে)?|দু['\u2019]জন(?:কে|ের)?)(?= )",
    ],
    "cause_known": [
        # "কেন: আগস্টে আমরা বেসের … জোগানদার বদলাই": a line labelled "why" gives the cause
        r"(?<![\u0980-\u09ff])কেন ?:(?= \S)",
        # not "তিনজন সামান্য পুড়ে গেছেন", "একজনের হাত পুড়েছে": people burnt are the harm,
        # not its cause
        r"কারণ\S*|ফলে|দরুন|জন্য হয়েছে|থেকে এই|ত্রুটিপূর্ণ|ভুল (?:\S+ )?(?:ফার্মওয়্যার|সেটিং|ফাইল|হার|দাম|ঠিকানা|ব্যাচ|লেবেল|কোড|আপডেট)|(?<!হাত )(?<!হাতে )(?<!মুখ )(?<!শরীর )(?<!আঙুল )(?<!কেউ )(?<!জন )(?<!জনের )(?<!শিশুর )পুড়ে(?! (?:গেছেন|গিয়েছেন|গিয়েছিলেন|যান|গেলেন|গিয়ে থাকলে))|নষ্ট হয়ে|বিকল(?!্প)|মেয়াদ (?:উত্তীর্ণ|শেষ)|বন্ধ হয়ে|অকেজো|ক্র্যাশ|হ্যাক|ফাঁস|চুরি|সংক্রমিত|দূষিত|বাগ|ভুলবশত|ভুল করে",
        # "এ বছরের বদলে আগামী বছরের দরে হিসাব করা হয়েছিল": a wrong input used, in the past
        r"(?:বদলে|পরিবর্তে) (?:\S+ ){0,5}(?:হিসাব|হিসেব|গণনা|ধরা|কাটা|পাঠানো|ছাপা|বসানো)\S* (?:করা )?(?:হয়েছিল|হয়েছে|হয়|হলো|হল)(?![\u0980-\u09ff])",
        # "একটি পুরোনো endpoint-এ IDOR দুর্বলতা ছিল": a named weakness that was there
        # with the definite endings too ("ত্রুটিটি ছিল একটি …", "ভুলটা ছিল …"), and a check
        # that was not there ("অথরাইজেশন চেক ছিল না", "যাচাইয়ের ধাপ ছিল না")
        r"(?:ভুল|ত্রুটি|গলদ|দুর্বলতা|বাগ|ফাঁক|ফাটল)(?:টি|টা|টাই|টিই|গুলো|গুলি)? ছিল|আটকে যায়|বিকল হয়|পুড়ে যায়|বন্ধ হয়ে যায়",
        r"(?:চেক|পরীক্ষা|যাচাই|যাচাইয়ের ধাপ|সুরক্ষা|তালা|লক|নিয়ন্ত্রণ|অনুমতি যাচাই)(?:টি|টা)? (?:ছিল না|ছিলো না|রাখা হয়নি|রাখা হয় নি|বসানো হয়নি)(?![\u0980-\u09ff])",
        # a part that broke, split or tore ("একটি মেশিনের প্লাস্টিকের ঢাকনা ভেঙে যায়"), as "snap",
        # "give way" in English
        r"(?:ভেঙে|ফেটে|ছিঁড়ে|ক্ষয়ে) (?:যায়|গিয়েছিল|গেছে|গিয়েছে)(?![\u0980-\u09ff])",
        # "কী ভুল হয়েছিল:" as a heading, not "কী ঘটেছিল ও কী বদলাচ্ছি, তার প্রতিবেদন" (a report
        # promised on what happened)
        r"(?:কী|যা|কোথায়) (?:ভুল )?(?:ঘটেছিল|হয়েছিল)(?! (?:ও|এবং|আর|তা|তার|সে|সেটা|সেটি|সেই) )|কেন (?:এমন |এটা |এটি )?(?:হল|হলো|হয়েছিল|হয়েছে|ঘটেছিল|ঘটেছে)\S*",
        # a "root cause" label as the English words are said ("রুট কজ:"), and a thing named
        # as the source ("সেটাই ল্যাগের উৎস", that is where the lag came from)
        r"রুট কজ(?=\s*:)|(?:সেটাই|এটাই|সেটিই|এটিই|তা-ই|এই\S*ই) (?:\S+ ){0,2}(?:উৎস|মূলে)(?![\u0980-\u09ff])",
        # "while we were changing the software, …"; "the date was set wrong, so …"
        r"(?:বদলানোর|যোগ করার|চালু করার|চালুর|আপডেট করার|আপডেটের|হালনাগাদের|হালনাগাদ করার|স্থানান্তরের|সরানোর|পরিবর্তনের|পরিবর্তন করার|বসানোর|ইনস্টল করার|ইনস্টলের|স্থাপনের|স্থাপন করার|মেরামতের|রক্ষণাবেক্ষণের|মাইগ্রেশনের) (?:\S+ )?সময়",
        r"(?:ছিল|হয়েছিল|হয়েছে|হয়)[,;] (?:আর )?তাই",
        # "অর্ডারের চাপ হঠাৎ কয়েক গুণ বেড়ে যাওয়ায়": a rush as the cause
        r"(?:চাপ|চাহিদা|অর্ডার|পার্সেল|ভিড়)\S* (?:\S+ ){0,6}(?:বেড়ে যাওয়ায়|বেড়ে গিয়েছিল|বেড়ে যায়|ছাড়িয়ে যায়|ছাড়িয়ে গিয়েছিল|ছাড়িয়ে যাওয়ায়)",
        # "our engineers did not test it": what a team of ours did not do
        # (not "আমাদের লঞ্চ ছাড়তে পারেনি", "আমাদের লাইনে কোনো ট্রেন চলেনি": what could not
        # happen, or the service not running, is the harm)
        # (nor "আমাদের প্রায় ৯,২০০ গ্রাহক ইন্টারনেট পাননি": the people we serve, and what
        # they went without, are the harm, as "our customers were charged" is in English)
        r"আমাদের (?!(?:\S+ ){0,3}(?:গ্রাহক|যাত্রী|ব্যবহারকারী|অতিথি|ক্রেতা|রোগী|সদস্য|শিক্ষার্থী|পরীক্ষার্থী|অভিভাবক|গ্রাহকের|গ্রাহকদের)\S* )(?:\S+ ){1,5}(?!(?:পার|চল|ছাড়|পৌঁছ|পৌঁছা|খুল|খোল|আস)(?:েননি|েনি|য়নি|ায়নি))\S+(?:েননি|াননি|েনি|য়নি|ায়নি)(?=\s|$|[।,;—-])",
        # "দেওয়ার কথা ছিল" (was due to be paid) — what should have happened, then what did;
        # "পরীক্ষা ছাড়াই" (without the test) — a check skipped
        r"\S+(?:ার|োর|বার) কথা ছিল",
        r"(?:পরীক্ষা|যাচাই|অনুমোদন|চেক)\S* ছাড়া(?:ই)?(?![\u0980-\u09ff])",
        # "সেই পরীক্ষাটি এই চালানে বাদ পড়েছিল", "নাম মিলিয়ে দেখার ধাপটি বাদ পড়ে যায়": a check
        # left out, told of the check itself (not "কেউ বাদ পড়বেন না", nobody left out)
        r"(?:পরীক্ষা|যাচাই|অনুমোদন|চেক|ধাপ|মিলিয়ে দেখা)\S* (?:\S+ ){0,6}বাদ (?:পড়েছিল|পড়ে যায়|পড়ে গিয়েছিল|পড়ে গেছে|পড়েছে|দেওয়া হয়েছিল)(?![\u0980-\u09ff])",
        # "বিলিং শাখা তা যাচাই না করেই বিল পাঠিয়েছিল" (sent the bills without checking): a check
        # skipped, said with the past act (not "যাচাই না করে লিংকে ক্লিক করবেন না", advice)
        r"(?:পরীক্ষা|যাচাই|অনুমোদন|চেক|মিলিয়ে|খতিয়ে)\S* না (?:করে|করেই|দেখে|দেখেই|নিয়ে|নিয়েই) (?:\S+ ){0,5}\S+(?:েছিল|েছিলেন|েছিলাম|েছে|েছেন|েছি|ানো হয়|ানো হয়েছিল|া হয়|া হয়েছিল|করা হয়|করা হয়েছিল)(?![\u0980-\u09ff])",
        # "হালনাগাদে গলদ থাকায়" (a flaw being in the update), "প্যাচ না দেওয়ায়" (the patch not
        # given): the Bengali "because" of a verbal noun, with what went wrong in it
        r"(?:ভুল|ত্রুটি|গলদ|বাগ|ফাটল|ফুটো|ফাঁক)\S* থাকায়",
        r"না (?:দেওয়ায়|দেয়ায়|করায়|মানায়|রাখায়|বদলানোয়|সরানোয়|মেলানোয়|মিলিয়ে দেখায়|পাঠানোয়)(?![\u0980-\u09ff])",
        # "সুরক্ষা-সার্কিট ঠিকমতো বসানো হয়নি" (not fitted properly); "ফাইলটি খোলা রাখা হয়েছিল"
        r"(?:ঠিকমতো|ঠিকমত|ঠিকভাবে|যথাযথভাবে|সঠিকভাবে) (?:\S+ ){0,2}\S+(?:েনি|য়নি)(?![\u0980-\u09ff])",
        r"(?:খোলা|অরক্ষিত|উন্মুক্ত|পাবলিক) (?:অবস্থায় )?(?:\S+ )?(?:রাখা হয়েছিল|রাখা ছিল|রেখেছিলেন|রেখেছিল|রেখেছিলাম|রেখে দিয়েছিলেন|রেখে দিয়েছিল)",
        # "অ্যাপ দ্রুত করতে আমরা একটি নতুন নিয়ম চালু করি": a new thing of ours, brought in
        # told of the firm in the third person as well ("সংস্থা … নতুন পদ্ধতি চালু করে; তাতে …")
        r"নতুন (?:\S+ ){0,3}(?:নিয়ম|ব্যবস্থা|সফটওয়্যার|ফিচার|পদ্ধতি|আপডেট|সেটিং|সংস্করণ|মেশিন|যন্ত্র)\S* (?:চালু|যোগ|বসানো) (?:করি|করলাম|করা হয়|করা হলো|হয়|করে(?=\s*[;,।—])|করেছিল|করেছিলেন)(?![\u0980-\u09ff])",
        # "একজন কর্মী সেটিং ভুলভাবে বদলে দেওয়াতেই …" (it was because one changed a setting
        # wrongly): a wrong act as a verbal noun in the locative, the Bengali "because it did"
        r"(?:ভুলভাবে|ভুল ভাবে|ভুলক্রমে|অসাবধানে|অসাবধানতাবশত|অসতর্কভাবে) (?:\S+ ){0,3}?\S+(?:ওয়া|য়া|ানো|নো)(?:তেই|তে|য়ই|য়)(?![\u0980-\u09ff])",
        # a fault found ("যন্ত্রাংশে ফাটল পাওয়া যায়"), the weather named, or what we did not do
        r"(?:ফাটল|ফুটো|চিড়|মরিচা|ত্রুটি|গলদ)\S* (?:\S+ ){0,2}(?:পাওয়া (?:যায়|গেছে|গিয়েছে)|ধরা পড়ে\S*|দেখা যায়)",
        r"(?:কুয়াশা|ঘন কুয়াশা|ঝড়|ঘূর্ণিঝড়|বন্যা|ভারী বৃষ্টি|ভূমিধস|ধস)\S*",
        # not "আমরা তা পারিনি" (we failed at it): a failure owned, with nothing of what went wrong
        r"আমরা\S* (?!(?:তা|এটা|এটি|সেটা|সেটি|সেটুকু|তাও) (?:\S+ ){0,2}পারিনি)(?:\S+ ){0,6}\S+(?:িনি|ইনি)(?=\s|$|[।,—-])",
        r"আমরা\S* (?:\S+ ){0,6}\S+(?:েছিলাম|য়েছিলাম)",
        r"আমরা\S* (?:\S+ ){0,4}(?:পাঠিয়েছিলাম|পাঠিয়েছি|চালু করেছিলাম|চালু করেছি|বদলেছিলাম|বদলেছি|পরিবর্তন করেছিলাম|আপডেট করেছিলাম|ইনস্টল করেছিলাম|সরিয়েছিলাম|ভুলে গিয়েছিলাম|দিয়েছিলাম|করেছিলাম)",
    ],
    "cause_unknown": [
        r"(?:এখনও|এখনো|এখন পর্যন্ত|এখনই)\S* (?:\S+ ){0,4}(?:জানি না|জানা যায়নি|জানা যায় নি|নিশ্চিত নই|নিশ্চিত নয়|নিশ্চিত হতে পারিনি|নিশ্চিত হয়নি|নিশ্চিত হওয়া যায়নি|কনফার্ম হয়নি|নিশ্চিত করা যায়নি|বের করতে পারিনি|খুঁজছি|খুঁজে বের করছি|তদন্ত করছি|অনুসন্ধান করছি|পরীক্ষা করছি|খতিয়ে দেখছি|চিহ্নিত করা যায়নি|জানা সম্ভব হয়নি|স্পষ্ট নয়)",
        r"(?:কারণ|কেন)\S* (?:\S+ ){0,4}(?:জানি না|জানা যায়নি|নিশ্চিত নই|নিশ্চিত নয়|খুঁজছি|খুঁজে বের করছি|তদন্ত\S*|অনুসন্ধান\S*|খতিয়ে দেখছি|স্পষ্ট নয়|অজানা)",
        r"অজানা|তদন্ত চলছে|তদন্ত চলমান|যতটুকু জানি|যা জানি|(?:এ|এখন) পর্যন্ত যা (?:জানা গেছে|জানতে পেরেছি)|প্রাথমিকভাবে|প্রাথমিক তদন্তে|মনে হচ্ছে|ধারণা করছি",
        # "প্রাথমিক ফরেনসিক বিশ্লেষণে দেখা গেছে, …" (initial analysis shows …): what is known so far
        r"প্রাথমিক (?:\S+ ){0,2}(?:তদন্ত|বিশ্লেষণ|পরীক্ষা|অনুসন্ধান|পর্যালোচনা|যাচাই)\S* (?:\S+ )?(?:দেখা|জানা|ধরা) (?:গেছে|গিয়েছে|যাচ্ছে|পড়েছে)",
    ],
    "cause_vague": [
        # with "কিছু", "একটি" before the kind too ("কিছু অভ্যন্তরীণ অপারেশনাল জটিলতার কারণে")
        r"(?:(?:কিছু|একটি|একটা) )?(?:কারিগরি|যান্ত্রিক|প্রযুক্তিগত|টেকনিক্যাল|অনিবার্য|অপ্রত্যাশিত|অনাকাঙ্ক্ষিত|অভ্যন্তরীণ|সিস্টেম|কিছু|একটি|একটা) (?:\S+ )?(?:ত্রুটি|সমস্যা|গোলযোগ|জটিলতা|কারণ|পরিস্থিতি|ঘটনা|বিভ্রাট|বিঘ্ন|সীমাবদ্ধতা)\S*",
        # "পরিচালনাগত কারণে", "একটি কনফিগারেশন সমস্যার কারণে", "অপারেশনাল সীমাবদ্ধতার কারণে",
        # "উৎপাদন-পর্যায়ের মানগত ত্রুটি": a kind of problem, right before it
        r"(?:পরিচালনাগত|পরিচালনাজনিত|অপারেশনাল|কনফিগারেশন|সফটওয়্যার|উৎপাদন|উৎপাদনগত|মানগত|প্রক্রিয়াগত|লজিস্টিক|লজিস্টিকস|কম্পোনেন্ট|যন্ত্রাংশ)(?:জনিত|গত)? (?:ত্রুটি|সমস্যা|গোলযোগ|জটিলতা|কারণ|চ্যালেঞ্জ|সীমাবদ্ধতা)\S*",
        # "উৎপাদন প্রক্রিয়ার ত্রুটি", "উৎপাদন প্রক্রিয়ায় একটি ত্রুটি": a fault placed in a whole process
        r"(?:উৎপাদন|কাজের|পরিচালন|বিলিং|সরবরাহ) ?প্রক্রিয়া(?:র|য়|তে)? (?:(?:একটি|একটা|কিছু|কোনো) )?(?:ত্রুটি|সমস্যা|গোলযোগ|জটিলতা|গলদ)\S*",
        # "একটি নিরাপত্তা দুর্বলতার কারণে": a weakness named, not what it was
        r"(?:একটি |একটা |কিছু )?নিরাপত্তা(?:জনিত|গত)? (?:\S+ )?(?:দুর্বলতা|ত্রুটি|ফাঁক|ঘাটতি)\S*",
        r"(?:ত্রুটি|সমস্যা|গোলযোগ|জটিলতা) দেখা দিয়েছে",
        # a kind of reason: "মান-নিয়ন্ত্রণ সংক্রান্ত কারণে", "নিরাপত্তাজনিত কারণে"
        r"\S+ (?:সংক্রান্ত|সম্পর্কিত|জনিত) কারণে|\S+(?:জনিত|গত) কারণে",
    ],
    "concrete_cause": [
        r"(?:ফার্মওয়্যার|ফাইল|সেটিং|হার|দাম|ঠিকানা|ব্যাচ|লেবেল|কোড|সার্টিফিকেট|ডাটাবেস|ডেটাবেস|সার্ভার|ডিস্ক|ক্যাবল|জেনারেটর|ব্যাটারি|সেন্সর|সুইচ|রাউটার|পাসওয়ার্ড|আপডেট|পরিবর্তন|হ্যাকার|কর্মী|ইঞ্জিন|উপাদান|ব্যাকটেরিয়া|কাচ|প্লাস্টিক|ফ্রিজ|গুদাম|ট্রাক|চালক|জাহাজ|লঞ্চ|বাস|ট্রেন|সূচি|ভাড়া|ভ্যাট|কর(?:ের)?(?![\u0980-\u09ff])|দুইবার|দুবার|পুড়ে|মেয়াদ)\S*",
    ],
    # the symptom said again as its cause: "লাইনে বিদ্যুৎ সরবরাহ বন্ধ হয়ে গেছে", "সেবা বন্ধ থাকায়"
    "cause_restated": [
        r"(?:বিদ্যুৎ|সরবরাহ|সেবা|সংযোগ|ইন্টারনেট|অ্যাপ|ওয়েবসাইট|প্ল্যাটফর্ম|নেটওয়ার্ক)\S* (?:\S+ )?(?:বন্ধ হয়ে (?:গেছে|গিয়েছে|যায়|ছিল)|বন্ধ (?:আছে|রয়েছে|ছিল|থাকায়)|অচল|বিচ্ছিন্ন)",
    ],
    "remediation": [
        r"(?!(?:বন্ধ|আটকে|বিকল|নষ্ট)\S* (?:হয়ে |থাকতে )?(?:গেছে|হয়েছে|আছে|রয়েছে))(?:ফিরিয়ে|ঠিক|মেরামত|সারিয়ে|বদলে|বদল|পরিবর্তন|বন্ধ|চালু|সরিয়ে|যোগ|প্রতিস্থাপন|ফেরত|রিফান্ড|বাতিল|সংশোধন|আপডেট|ইনস্টল|পুনরায়|আবার|পাঠিয়ে|পাঠানো|পাঠাচ্ছি|পৌঁছে|যোগাযোগ|আটকে|লক|ব্লক|রিসেট|প্রত্যাহার|তুলে নি|পরীক্ষা|যাচাই|নিয়োগ|প্রশিক্ষণ|জমা|ক্রেডিট|সমন্বয়|স্থানান্তর|বুক|রিবুক|হোটেল|খাবার|বাস|গাড়ি)\S* (?:\S+ ){0,2}(?:করেছি|করছি|করব|করবো|দিয়েছি|দিচ্ছি|দেব|দেবো|নিয়েছি|নিচ্ছি|নেব|হয়েছে|হচ্ছে|হবে|এনেছি|আনছি|আনব|রেখেছি|রাখছি|পেরেছি|গেছে|করা হয়েছে|করা হচ্ছে|করা হবে|দেওয়া হয়েছে|দেওয়া হচ্ছে|দেওয়া হবে|সম্পন্ন)(?!লেন|লাম|লে(?![\u0980-\u09ff]))",
        # "পুরোনো ব্যবস্থায় ফিরেছি": what we have done, in the first person's present perfect
        # (the past perfect "করেছিলাম" tells the cause; "পেয়েছি", "জেনেছি" are not acts)
        r"(?!(?:পেয়|জেন|বুঝ|দেখ|শুন|হয়|চেয়|ভেব|পের|থেক|কর)েছি)\S+(?:েছি|য়েছি)(?![\u0980-\u09ff])",
        # what to do meanwhile ("আপাতত মোবাইল ডেটা ব্যবহার করুন", "রিস্টার্ট করার দরকার নেই"),
        # or what happens to the money ("টাকা … ফিরে আসবে"); a team's work ("রি-রাউট করছে")
        r"(?:অপেক্ষা|ব্যবহার|চেষ্টা|আবার|পুনরায়|রিস্টার্ট|রিসেট|সংরক্ষণ|বন্ধ) (?:\S+ )?(?:করুন|রাখুন)",
        r"(?:করার|করতে|দেওয়ার|যাওয়ার) (?:\S+ )?(?:দরকার নেই|প্রয়োজন নেই|হবে না)",
        # the fix told by what came after it: "সঠিক পরিচয়পত্র বসানোর পর সমস্যা মিটেছে" (after
        # putting in the right certificate, the problem went away), as "we replaced …" in English
        r"(?:বসানোর|বদলানোর|পাল্টানোর|ঠিক করার|সারানোর|মেরামতের|মেরামত করার|ফিরিয়ে আনার|সরানোর|রিস্টার্ট করার|আপডেট করার) পর (?:\S+ ){0,3}(?:মিটেছে|মিটে গেছে|ঠিক হয়েছে|ঠিক হয়ে গেছে|স্বাভাবিক হয়েছে|চালু হয়েছে|সচল হয়েছে)",
        r"(?:ফিরে|ফেরত) (?:আসবে|যাবে|পাবেন)",
        r"(?:রি-\S+|মেরামত|সংযোগ|সরবরাহ|চালু|ঠিক) (?:করছে|করছেন|করেছে|করেছেন)",
        # "আমাদের দল তা সমাধান করেছে", "প্রকৌশলীরা তা সারিয়েছেন": a fix done, said of who did it
        r"(?:সমাধান (?:করেছে|করেছেন|করেছি)|সারিয়েছে|সারিয়েছেন|সারিয়েছি)(?![\u0980-\u09ff])",
        # "ব্যবস্থা নিয়েছি" (we have taken measures), not "পুরোনো ব্যবস্থাতেও রয়ে গেছে"
        r"(?<!প্রয়োজনীয় )(?<!সকল )(?<!সব )ব্যবস্থা (?:\S+ ){0,1}(?:নিয়েছি|নিচ্ছি|নেব|করেছি|করছি|করব|গ্রহণ করেছি|নেওয়া হয়েছে|নেওয়া হচ্ছে)",
        r"(?:দয়া করে|অনুগ্রহ করে|অনুগ্রহপূর্বক|আপনাকে কিছু করতে হবে না|কিছু করতে হবে না|আপনার কিছু করার নেই|ব্যবহার করবেন না|খাবেন না|পরিবর্তন করুন|বদলে নিন|যোগাযোগ করুন|ফেরত দিন|চেক করুন|দেখে নিন|জানান|আপডেট করুন)",
        # not "স্বাভাবিকের দ্বিগুণ দেখানো হয়েছে" (twice the normal): a comparison, not a fix
        r"(?:সচল|স্বাভাবিক(?!ের)|চালু)\S* (?:\S+ ){0,2}(?:হয়েছে|হয়েছে|করা হয়েছে|আছে|রয়েছে)",
        # "শনিবার থেকে সব ফ্লাইট সময়মতো চলছে": the service running as before again
        r"(?:সময়মতো|সময় মেনে|স্বাভাবিকভাবে|স্বাভাবিক নিয়মে|আগের মতো|আগের মতোই|নির্ধারিত সূচিতে) (?:\S+ )?(?:চলছে|চলছেন|চালু আছে|চালু হয়েছে|ফিরেছে)(?! না)(?![\u0980-\u09ff])",
        r"(?:এখন পর্যন্ত )?(?:যা|কী) (?:করেছি|করছি|করা হয়েছে|করা হচ্ছে)",
        # "সিগন্যালিং বিভাগ … ৫ এপ্রিলের মধ্যে প্যাচ ডিপ্লয় করবে": a named unit of ours will do it
        r"(?:বিভাগ|দল|টিম|প্রকৌশলীরা|কর্মীরা|মিস্ত্রিরা)\S* (?:(?![।;] )\S+ ){1,12}?(?:করবে|করবেন|দেবে|দেবেন|বসাবে|বসাবেন|বদলাবে|বদলাবেন|সারাবে|সারাবেন|পাঠাবে|পাঠাবেন)(?![\u0980-\u09ff])",
        # "এখন থেকে …", "আজ থেকে …", "ততক্ষণ …": from now on, until then (as in English)
        r"(?:এখন থেকে|আজ থেকে|ততক্ষণ)",
        r"(?:করবেন|দেবেন|দিবেন|চাইবেন|খাবেন|খুলবেন|ক্লিক করবেন|শেয়ার করবেন|ব্যবহার করবেন|চালাবেন) না",
    ],
    "remediation_vague": [
        r"কাজ করছি|কাজ চলছে|খতিয়ে দেখছি|খতিয়ে দেখছে|খতিয়ে দেখছেন|তদন্ত করছি|তদন্ত করছে|চেষ্টা করছি|চেষ্টা চলছে|বিষয়টি দেখছি|সমাধানের চেষ্টা",
        # "বিষয়টি অত্যন্ত গুরুত্বের সঙ্গে নিয়েছি", "পরিস্থিতির ওপর নজর রাখছি": no act named
        r"গুরুত্বের (?:সঙ্গে|সাথে) (?:\S+ )?(?:নিয়েছি|নিচ্ছি|দেখছি|বিবেচনা করছি|দেখা হচ্ছে)",
        # "দয়া করে ধৈর্য ধরুন" (please be patient), "সঙ্গে যোগাযোগ রাখছি" (we keep in touch with …)
        r"(?:দয়া করে |অনুগ্রহ করে |অনুগ্রহপূর্বক )?ধৈর্য (?:ধরুন|রাখুন|ধরার)",
        r"(?:সঙ্গে|সাথে) (?:\S+ )?যোগাযোগ (?:রাখছি|রাখছে|রাখা হচ্ছে|রেখে চলেছি|বজায় রাখছি)",
        # "এই ঘটনা থেকে আমরা অনেক কিছু শিখেছি" (we have learned a lot): no lesson named
        r"(?:অনেক কিছু|অনেক কিছুই|অনেক|বড়|গুরুত্বপূর্ণ) (?:শিক্ষা (?:নিয়েছি|পেয়েছি)|শিখেছি)",
        r"(?:পরিস্থিতি|বিষয়)\S* (?:ওপর |উপর |দিকে )?(?:সতর্ক |নিবিড় |সার্বক্ষণিক |কড়া )?(?:নজর|পর্যবেক্ষণ)\S* (?:রাখছি|রাখা হচ্ছে|করছি|করা হচ্ছে)",
        # "প্রয়োজনীয় সব ব্যবস্থা নিয়েছি" (we have taken all necessary measures): none named
        r"(?:প্রয়োজনীয়|যথাযথ|সকল|সব|সম্ভাব্য সব|সম্ভাব্য সকল) (?:\S+ )?(?:ব্যবস্থা|পদক্ষেপ)\S* (?:\S+ )?(?:নিয়েছি|নিচ্ছি|নেব|নেবো|গ্রহণ করেছি|গ্রহণ করছি|গ্রহণ করা হয়েছে|নেওয়া হয়েছে|নেওয়া হচ্ছে|নেওয়া হবে)",
    ],
    "promise": [
        r"\S*(?:করব|করবো|দেব|দেবো|জানাব|জানাবো|পাঠাব|পাঠাবো|রাখব|রাখবো|নেব|নেবো|আনব|আনবো|ফেরাব|ফেরাবো|বদলাব|বদলাবো|সারাব|সারাবো|মেটাব|মেটাবো|পৌঁছাব|পৌঁছাবো|(?<!\u09cd)যাব|(?<!\u09cd)যাবো|আসব|আসবো|ফিরব|ফিরবো|বসাব|বসাবো|চালাব|চালাবো|খুলব|খুলবো)(?![\u0980-\u09ff])",
        r"আমরা (?:\S+ ){0,6}\S+(?:ব|বো)(?![\u0980-\u09ff])",
        r"(?:হবে|পাবেন|পৌঁছাবে|পৌঁছে যাবে|ফেরত যাবে|জমা হবে|চলে আসবে)(?![\u0980-\u09ff])",
        # any future of the third person: "ফিরে আসবে", "ঠিক হয়ে যাবে", "চলবে" (not "তবে",
        # "কবে", "হিসেবে", "আন্তরিকভাবে")
        r"(?!(?:তবে|কবে|সবে|যবে|ভেবে|ডুবে|হিসেবে|হিসাবে|\S*ভাবে)(?![\u0980-\u09ff]))\S+বে(?![\u0980-\u09ff])",
        r"প্রতিশ্রুতি|অঙ্গীকার|কথা দিচ্ছি",
        # work toward a fix, promised: "প্রকৌশলীরা শিগগিরই সংযোগ ফেরাতে কাজ করছেন"
        r"(?:করতে|আনতে|ফেরাতে|সারাতে|চালাতে|পৌঁছাতে|দিতে) (?:\S+ )?(?:কাজ করছেন|কাজ করছে|কাজ করছি|কাজ চলছে|চেষ্টা করছি|চেষ্টা করছেন|চেষ্টা চলছে)",
    ],
    "over_promise": [
        r"(?:আর কখনও|আর কখনো|আর কোনোদিন|আর কোনদিন|ভবিষ্যতে আর|আর কখনোই|আর কখনওই|কখনোই আর|কখনও আর)\S* (?:\S+ ){0,4}(?:হবে না|ঘটবে না|হতে দেব না|হতে দেবো না|পড়বেন না|হবে নাহ)",
        # any third person's "never again" ("মান নিয়ে আর কখনো প্রশ্ন উঠবে না", "আর কোনোদিন
        # বিল ভুল আসবে না"): a future no one can promise (not "আর কখনো … রাখবেন না", a request)
        r"(?:আর কখনও|আর কখনো|আর কোনোদিন|আর কোনদিন|আর কখনোই|আর কখনওই|কখনোই আর|কখনও আর)\S* (?:\S+ ){0,4}\S+বে না(?![\u0980-\u09ff])",
        # not "কেন বসে যাচ্ছে, তা আমরা পুরোপুরি নিশ্চিত নই": certainty denied is honesty
        r"(?:শতভাগ|১০০%|100%|১০০ শতাংশ|100 শতাংশ|পুরোপুরি|সম্পূর্ণ|সম্পূর্ণভাবে|পুরোপুরিভাবে|একেবারে)\S* (?:\S+ ){0,2}(?:নিরাপদ|সুরক্ষিত|নিশ্চিত|ঝুঁকিমুক্ত|নির্ভুল)(?!\S* (?:নই|নয়|না|নন|নেই|হইনি|হতে পারিনি|হওয়া যায়নি)(?![\u0980-\u09ff]))",
        # not a guarantee that names a scheme or a service: "মানি-ব্যাক গ্যারান্টি", "গ্যারান্টির
        # মেয়াদ" (its period), "গ্যারান্টিড ডেলিভারি সেবা" (what was bought)
        r"(?<!মানি-ব্যাক )(?<!মানিব্যাক )(?<!ফেরতের )(?<!ডেবিট )(?<!ডেলিভারি )(?<!সার্ভিস )(?<!পণ্যের )গ্যারান্টি(?!(?:র|এর)? (?:কার্ড|মেয়াদ|মেয়াদে|মেয়াদের|স্কিম|নীতি|নীতিমালা|সুবিধা|আওতায়|শর্ত))(?!(?:ড|যুক্ত|সহ) (?:\S+ )?(?:সেবা|সার্ভিস|ডেলিভারি|পার্সেল))\S*|নিশ্চয়তা দিচ্ছি|নিশ্চয়তা দিতে পারি|নিশ্চিত করছি যে (?:\S+ ){0,4}(?:আর|কখনো|কখনও)",
        # "এমনটা আবার ঘটবে না", "দ্বিতীয়বার হতে দেব না": it will not happen again
        # not "আবার শুরু হবে না" (will not start again, until …): what resumes, not what recurs
        r"(?:আবার|পুনরায়|দ্বিতীয়বার) (?!(?:শুরু|চালু|খোলা|চলা)\S* )(?:\S+ )?(?:ঘটবে না|হবে না|ঘটতে দেব না|ঘটতে দেবো না|হতে দেব না|হতে দেবো না)",
        # "আপনার বিলে আর কোনো ভুল থাকবে না", "বাতিলের আশঙ্কাই আর থাকবে না": no more errors,
        # no risk left, as "there will be no more errors" (not "আর কোনো চার্জ কাটা হবে না")
        r"আর (?:কোনো |কোন )?(?:\S+ ){0,2}(?:ভুল|ঝুঁকি|আশঙ্কা|সমস্যা|ত্রুটি|বিভ্রাট|গোলমাল|বিলম্ব|দেরি|সম্ভাবনা|বাতিল)\S* (?:\S+ )?(?:থাকবে|হবে|ঘটবে|আসবে|দেখা দেবে|দেখা যাবে) না",
        r"(?:ভুল|ঝুঁকি|আশঙ্কা|সমস্যা|ত্রুটি|বিভ্রাট|সম্ভাবনা)\S* আর (?:\S+ )?(?:থাকবে|হবে|ঘটবে) না",
        r"(?:শতভাগ|১০০%|100%|১০০ শতাংশ|100 শতাংশ)\S* (?:\S+ ){0,2}(?:ত্রুটিমুক্ত|ভুলমুক্ত|বিভ্রাটমুক্ত|নির্ভরযোগ্য|স্থিতিশীল|টেকসই)",
        # "আর কেউ কখনো হাত দিতে পারবে না" (no one will ever touch it again), "আবার ঘটার কোনো
        # সুযোগই রাখিনি" (we have left no chance of it happening again)
        r"কেউ (?:\S+ )?(?:কখনো|কখনও|কোনোদিন|কোনদিন)\S* (?:\S+ ){0,3}\S+(?:তে|বে) (?:পারবে|পারবেন)? ?না(?![\u0980-\u09ff])",
        r"(?:আবার|পুনরায়|দ্বিতীয়বার) (?:\S+ ){0,2}(?:ঘটার|হওয়ার|ঘটবার) (?:কোনো |কোন )?(?:সুযোগ|সম্ভাবনা|আশঙ্কা)\S* (?:\S+ )?(?:রাখিনি|রাখি নি|নেই|থাকবে না|থাকছে না|রইল না)",
        r"কোনো ঝুঁকি নেই|ঝুঁকি নেই|কখনোই হবে না|কখনও হবে না|কখনো হবে না|আর হবে না|আর ঘটবে না|পুনরাবৃত্তি হবে না|পুনরাবৃত্তি ঘটবে না",
    ],
    "belief": [
        r"(?:অনেকে|অনেকেই|কেউ কেউ|কেউ|আপনারা|আপনাদের অনেকে|অনেক গ্রাহক|গ্রাহকদের অনেকে|লোকে|সবাই)\S* (?:\S+ ){0,8}(?:ভেবেছেন|ভাবছেন|ভেবেছিলেন|ভাবতে পারেন|মনে করেছেন|মনে করছেন|মনে করেছিলেন|মনে করতে পারেন|ধরে নিয়েছেন|ধরে নিয়েছিলেন|শুনেছেন|বলছেন|বলেছেন|সন্দেহ করছেন|ধারণা করছেন|ধারণা করেছেন)",
        r"(?:গুজব|ধারণা|কথা উঠেছে|শোনা যাচ্ছে|রটেছে)",
    ],
    "refuted": [
        r"(?:তা|এটা|এটি|সেটা|সেটি|ব্যাপারটা|কথাটা|কথাটি|ধারণাটা|ধারণাটি)(?: আসলে| মোটেও| একেবারেই)? (?:নয়|না|সত্য নয়|সত্যি নয়|ঠিক নয়|সঠিক নয়|ভুল)(?![\u0980-\u09ff])",
        r"(?:আসলে|মোটেও|একেবারেই) (?:তা |এমন |সেরকম )?(?:নয়|না|হয়নি|ঘটেনি)(?![\u0980-\u09ff])",
    ],
    "disclaimer": [
        # "'আর কখনো হবে না' — এমন কথা আমরা দিতে পারি না": a promise we will not make
        r"(?:কথা|প্রতিশ্রুতি|নিশ্চয়তা|গ্যারান্টি)\S* (?:\S+ ){0,2}(?:দিতে|বলতে) (?:পারি না|পারব না|পারবো না|পারে না|পারছি না|পারেন না)(?![\u0980-\u09ff])",
        r"প্রতিশ্রুতি দিতে পারে না|প্রতিশ্রুতি দিতে পারি না|প্রতিশ্রুতি দিতে পারব না|নিশ্চয়তা দিতে পারে না|নিশ্চয়তা দিতে পারি না|ভান করব না|ভান করবো না",
    ],
    "make_good": [
        # not "ক্রেডিট কার্ড" (a credit card)
        r"রিফান্ড|ফেরত|ক্রেডিট(?! ?কার্ড)|ক্ষতিপূরণ|মওকুফ|মকুব|ভাউচার|ছাড়(?:ের|ে)?(?![\u0980-\u09ff])|ডিসকাউন্ট|বিনামূল্যে|বিনা মূল্যে|বিনা (?:খরচ|পয়সা|চার্জ|ফি)(?:ে|য়|তে)?(?![\u0980-\u09ff])|কোনো খরচ ছাড়া|ফ্রি|বোনাস|উপহার|প্রতিস্থাপন|বদলে দে|রিপ্লেসমেন্ট|খরচ (?:আমরা|আমাদের)|খরচ বহন|ফি (?:লাগবে না|নেওয়া হবে না|মওকুফ)|চার্জ (?:লাগবে না|নেওয়া হবে না|ফেরত|মওকুফ)|হোটেল|খাবার|ক্যাশব্যাক|টকটাইম|ইন্টারনেট প্যাক|মিনিট (?:বোনাস|উপহার)",
        # "ফি মাফের কুপন"; "দুঃখপ্রকাশ হিসেবে ২০ টাকা করে" (an amount given as an apology)
        # "লেট ফি কাটা হবে না", "কোনো জরিমানা লাগবে না", "বিলম্ব মাশুল লাগবে না": a fee or fine waived
        # "পরামর্শ ফি (৮০০ টাকা) লাগবে না": an amount in brackets between fee and waiver
        r"(?:ফি|চার্জ|মাশুল|জরিমানা|বিলম্ব ফি|লেট ফি)\S* (?:\S+ ){0,2}(?:\( [^()]{1,40}\) )?(?:কাটা|নেওয়া|ধরা|আদায় করা|লাগবে|দিতে) (?:হবে না|না)|জরিমানা (?:মওকুফ|মাফ)\S*",
        # "পুরো দিনের বিল জুলাইয়ের বিল থেকে বাদ যাবে", "নবায়নের দাম ৩০০ টাকা কম রাখব"
        r"(?:বিল|দাম|ভাড়া|মূল্য|চার্জ|ফি|প্রিমিয়াম)\S* (?:\S+ ){0,3}(?:বাদ (?:যাবে|দেব|দেবো|দেওয়া হবে|দিচ্ছি)|কম (?:রাখব|রাখবো|রাখা হবে|নেব|নেবো|নেওয়া হবে))",
        # "প্রতিটি অ্যাকাউন্টে ৮০০ জেম পৌঁছে যাবে": the service's own currency or points given
        r"\d[\d,.]* ?(?:কয়েন|জেম|পয়েন্ট|টোকেন|ক্রাউন|ডায়মন্ড|এক্সপি|স্টার)\S* (?:\S+ ){0,3}(?:পৌঁছে যাবে|যোগ হবে|যোগ করা হবে|যোগ করে দেব|দেওয়া হবে|পাবেন|পাবে|দেব|দিচ্ছি|জমা হবে|জমা করা হবে)",
        r"(?:ফি|চার্জ|মাশুল|ভাড়া)\S* (?:\S+ )?মাফ\S*|কুপন|(?:দুঃখপ্রকাশ|ক্ষমাপ্রার্থনা|ক্ষমা চাওয়া)\S* (?:হিসেবে|হিসাবে|স্বরূপ)",
        # a gift labelled as given for the harm: "ধৈর্যের জন্য ধন্যবাদ হিসেবে", "কৃতজ্ঞতাস্বরূপ",
        # "ক্ষতি পুষিয়ে দিতে" (to make up for it), as "as a thank-you" in English
        r"(?:ধন্যবাদ|কৃতজ্ঞতা)\S* (?:হিসেবে|হিসাবে|স্বরূপ)|কৃতজ্ঞতাস্বরূপ|(?:ক্ষতি|ভোগান্তি|অসুবিধা|কষ্ট)\S* (?:কিছুটা )?পুষিয়ে (?:দিতে|দেওয়ার|দেব|দেবো|দিচ্ছি)",
        # "মিটারে ৫০ টাকা বাড়তি ব্যালান্স যোগ হবে": an amount added on top (not "৭৫০ টাকা
        # বাড়তি কাটা হয়েছে", an amount taken)
        r"(?:\d[\d,.]* ?(?:টাকা|জিবি|মিনিট|ইউনিট|পয়েন্ট|কয়েন)\S* (?:\S+ ){0,1}(?:বাড়তি|অতিরিক্ত|বোনাস)|(?:বাড়তি|অতিরিক্ত|বোনাস) \d[\d,.]* ?(?:টাকা|জিবি|মিনিট|ইউনিট|পয়েন্ট|কয়েন)\S*) (?:\S+ ){0,7}(?:যোগ|জমা) (?:হবে|হয়ে যাবে|করা হবে|করে দেব|করে দেবো|করব|করবো|করেছি|করে দিয়েছি|হয়েছে)",
        # an amount on top of the refund: "পুরো ভাড়া ফেরত, সঙ্গে ভাড়ার ১০% বাড়তি", as "plus
        # £5" in English
        r"(?:সঙ্গে|সাথে|উপরন্তু) (?:\S+ ){0,2}(?:\d[\d,.]* ?(?:%|শতাংশ|টাকা)|৳ ?\d[\d,.]*)\S* (?:বাড়তি|অতিরিক্ত|বোনাস)(?![\u0980-\u09ff])",
        # a sum labelled as given for the hardship: "সঙ্গে ভোগান্তির জন্য প্রত্যেককে ৩০০ টাকা করে
        # বাড়তি", "অসুবিধার জন্য প্রতি গ্রাহককে ১৫০ টাকা" (not a sum taken: "… টাকা কাটা হয়েছে")
        r"(?:ভোগান্তি|অসুবিধা|কষ্ট|হয়রানি|দুর্ভোগ|ঝামেলা)\S* জন্য (?:\S+ ){0,3}(?:৳ ?\d[\d,.]*|\d[\d,.]* ?টাকা)\S*(?! (?:\S+ )?(?:কাটা|কেটে|কেটেছে|নেওয়া|চার্জ|জরিমানা|বেশি|কম))",
        # an amount on top, sent or given: "যাত্রীপ্রতি অতিরিক্ত ৩০০ টাকা … নম্বরে পাঠানো হয়েছে"
        # (not "৭৫০ টাকা অতিরিক্ত কাটা হয়েছে", an amount taken)
        r"(?:বাড়তি|অতিরিক্ত|বোনাস) \d[\d,.]* ?(?:টাকা|জিবি|মিনিট|ইউনিট|পয়েন্ট|কয়েন)\S* (?:\S+ ){0,10}(?:পাঠানো হয়েছে|পাঠানো হবে|পাঠিয়েছি|পাঠিয়ে দিয়েছি|পাঠিয়ে দেব|পাঠাব|পাঠাবো|দেওয়া হবে|দেওয়া হয়েছে|দেব|দেবো|দিয়েছি|দিচ্ছি)(?![\u0980-\u09ff])",
        # time added to what they paid for: "পাসের মেয়াদ ৩ দিন বাড়ানো হয়েছে", "প্যাকেজের মেয়াদ এক
        # সপ্তাহ বাড়িয়ে দেব"
        r"(?:পাস|টিকিট|সাবস্ক্রিপশন|প্যাকেজ|সদস্যপদ|ওয়ারেন্টি|বিমা|পলিসি|কার্ড|মেয়াদ|ভ্যালিডিটি)\S* (?:\S+ ){0,3}(?:\d+|এক|দুই|তিন|চার|পাঁচ|সাত|দশ|পনেরো) (?:দিন|সপ্তাহ|মাস|বছর)\S* (?:\S+ )?(?:বাড়ানো|বাড়িয়ে|বাড়বে|বাড়ছে|যোগ)",
        # a sum given to each affected person: "প্রত্যেক ক্ষতিগ্রস্ত কার্ডধারীকে ভোগান্তির জন্য ৳২০০
        # দেওয়া হবে", as "£25 to every affected account" in English (not an amount taken)
        r"(?:প্রত্যেক|প্রতিটি|প্রতি|সকল|সব)\S* (?:\S+ ){0,4}(?:৳ ?\d[\d,.]*|\d[\d,.]* ?টাকা)\S* (?:\S+ ){0,2}(?:দেওয়া হবে|দেওয়া হয়েছে|দেব|দেবো|দিচ্ছি|দিয়েছি|পাবেন|পাঠানো হবে|পাঠানো হয়েছে|পাঠাব|পাঠাবো|জমা হবে|জমা করা হবে|জমা করা হয়েছে)(?![\u0980-\u09ff])",
        # a knock-on fee, then that money paid: "ব্যাংক চার্জ লেগে থাকলে … জানান; সেই টাকা আমরা
        # দিয়ে দেব", "… লেট ফি কেটেছে, তাঁদের সেই পুরো টাকা আমরা দেব", as "if you paid a fee
        # …, we'll pay it back" in English
        r"(?:ফি|চার্জ|জরিমানা|খরচ|সুদ|মাশুল)\S* (?:\S+ ){0,14}(?:সেই|ওই|সেটা|সেটাও|সেটি|তা|তাও)(?: পুরো| সব| পুরোটা)?(?: টাকা\S*| অর্থ\S*| খরচ\S*)? (?:\S+ ){0,2}(?:দিয়ে দেব|দিয়ে দেবো|দিয়ে দেবে|মিটিয়ে দেব|মিটিয়ে দেবো|মিটিয়ে দেবে|বহন করব|বহন করবো|বহন করবে|পরিশোধ করব|পরিশোধ করবো|পরিশোধ করবে|দেব|দেবো|দেবে)(?![\u0980-\u09ff])",
        # that cost borne by us, named or not ("সেই খরচও কর্পোরেশন বহন করছে", "সেই টাকাও আমরা
        # দেব"), as "we'll cover those charges" in English
        r"(?:সেই|ওই|সেসব|এসব) (?:পুরো |সব )?(?:টাকা|খরচ|চার্জ|ফি)\S* (?:\S+ ){0,2}(?:দিয়ে দেব|দিয়ে দেবো|দিয়ে দেবে|দেব|দেবো|দেবে|বহন করব|বহন করবো|বহন করবে|বহন করছে|বহন করছি|বহন করা হবে|মিটিয়ে দেব|মিটিয়ে দেবে)(?![\u0980-\u09ff])",
        r"(?:খরচ|চার্জ|ফি)\S* (?:\S+ ){0,2}বহন (?:করব|করবো|করবে|করছে|করছি|করা হবে|করা হচ্ছে)(?![\u0980-\u09ff])",
        # a fee halved: "ওই দুদিন ডাক্তারের পরামর্শ ফি অর্ধেক"
        r"(?:ফি|চার্জ|ভাড়া|দাম|মূল্য|বিল)\S* (?:\S+ )?অর্ধেক(?![\u0980-\u09ff])",
        # a penalty the harm would have brought, spared: "অনুপস্থিত হিসেবে ধরা হবে না", as "you
        # will not be recorded as having failed to attend" in English
        r"(?:অনুপস্থিত|ফেল|অকৃতকার্য|খেলাপি|বিলম্বিত)\S* (?:হিসেবে |হিসাবে )?(?:ধরা|গণ্য|গণনা|দেখানো|লেখা) (?:করা )?হবে না(?![\u0980-\u09ff])",
        # a place the harm would have cost them, kept: "অপেক্ষমাণ তালিকায় আপনার জায়গা হারাবেন না",
        # as "you won't lose your place on the waiting list" in English
        r"(?:জায়গা|স্থান|সিরিয়াল|অবস্থান|বুকিং|আসন|অ্যাপয়েন্টমেন্ট)\S* (?:\S+ )?(?:হারাবেন না|হারাবে না|হারাতে হবে না|বাতিল হবে না)(?![\u0980-\u09ff])",
        # the reader's deadline extended: "আবেদনের শেষ সময় বাড়িয়ে ৩০ জুন করা হয়েছে"
        r"(?<!আমাদের )(?<!প্রতিবেদনের )(?<!তদন্তের )(?<!পর্যালোচনার )(?:শেষ সময়|শেষ তারিখ|সময়সীমা|ডেডলাইন)\S* (?:\S+ ){0,2}(?:বাড়ানো|বাড়িয়ে|বাড়ছে|বাড়বে)\S*",
        # a charge we will not take, in the first person: "পরের পরামর্শের ফি আমরা নেব না",
        # "এ মাসের ভাড়া ধরব না", "সার্ভিস চার্জ করব না"
        r"(?:ফি|চার্জ|মাশুল|জরিমানা|ভাড়া|বিল|দাম|মূল্য)\S* (?:\S+ ){0,4}(?:নেব|নেবো|নিব|নিবো|কাটব|কাটবো|ধরব|ধরবো|চাইব|চাইবো|আদায় করব|আদায় করবো|করব|করবো|নিচ্ছি|নেওয়া হচ্ছে|ধরা হচ্ছে) না(?![\u0980-\u09ff])",
    ],
    "make_good_refused": [
        # "ফেরত দেওয়া হবে না" (will not be refunded), not "ফেরত দিতে হবে না" (no need to return it)
        # "ফি", not "ফিরিয়ে" ("সেই দিনটা ফিরিয়ে দিতে পারব না": a day we cannot give back)
        r"(?:ফেরত|রিফান্ড|ক্ষতিপূরণ|খরচ|চার্জ|ফি(?!র)|জরিমানা)\S* (?:\S+ ){0,2}(?:(?:দিতে|বহন করতে|মওকুফ করতে|মকুব করতে|দেওয়া|ফেরত দেওয়া) (?:পারব না|পারবো না|পারছি না|পারি না|সম্ভব নয়|সম্ভব হবে না)|(?:দেওয়া|ফেরত দেওয়া|বহন করা|মওকুফ করা|মকুব করা) হবে না)",
        r"(?:ফেরত|রিফান্ড|ক্ষতিপূরণ)\S* (?:\S+ ){0,2}(?:পাবেন না|প্রযোজ্য নয়|প্রাপ্য নন|দেওয়ার সুযোগ নেই)",
        # "দেরির জন্য ছাড় দিতে পারছি না", as "we can't offer discounts" in English
        r"(?:ছাড়|ডিসকাউন্ট|ভাউচার)(?:ের)? (?:\S+ ){0,1}(?:দিতে|দেওয়া) (?:পারব না|পারবো না|পারছি না|পারি না|সম্ভব নয়|সম্ভব হবে না|হবে না)",
        # "পরিবর্তন ফি প্রযোজ্য হবে", "২৫০ টাকা সার্ভিস চার্জ লাগবে": the reader pays
        r"(?:ফি(?!র)|চার্জ)\S* (?:\S+ ){0,1}(?:প্রযোজ্য(?! নয়| হবে না)|লাগবে(?! না)|দিতে হবে(?! না))",
        # "সাধারণ রিফান্ড নীতি অনুযায়ী ৫% সার্ভিস চার্জ বাদে টাকা ফেরত": a fee kept back from a
        # refund for a trip we cancelled
        r"(?:ফি(?!র)|চার্জ|মাশুল)\S* (?:\S+ )?(?:বাদে|কেটে রেখে|কেটে নিয়ে|কর্তন সাপেক্ষে)(?![\u0980-\u09ff])",
    ],
    "update_cue": [
        r"(?:পরবর্তী|পরের|নতুন|আরও|আরো|পরবর্তি|হালনাগাদ)\S* (?:\S+ ){0,2}(?:আপডেট|তথ্য|খবর|জানানো|বিবৃতি|বার্তা)\S*",
        # not "সফটওয়্যার হালনাগাদে" (in a software update), as "software update" in English
        r"(?<!সফটওয়্যার )(?<!সিস্টেম )(?<!অ্যাপ )(?<!ফার্মওয়্যার )(?<!অ্যাপের )(?<!সফটওয়্যারের )(?:আপডেট|হালনাগাদ)\S*|বিস্তারিত|জানাব|জানাবো|জানানো হবে|জানিয়ে দেব|জানিয়ে দেবো|জানাতে থাকব|জানাতে থাকবো|পোস্ট করব|পোস্ট করবো|পাঠাব|পাঠাবো|ইমেইল করব|(?:ই-?মেই?ল|মেইল|মেসেজ|এসএমএস) (?:\S+ )?(?:করব|করবো|পাঠাব|পাঠাবো|দেব|দেবো)|এসএমএস|যোগাযোগ করব|যোগাযোগ করবো|ফোন করব|ফোন করবো",
        # "৩০ এপ্রিল আপনাকে আবার লিখব": we will write to you (as "write" in English)
        r"(?:আবার |ফের )?লিখব(?:ো)?(?![\u0980-\u09ff])",
        # results still to come, with their time: "ল্যাবের ফল কাল দুপুর ২টায়" (lab results
        # tomorrow at 2), as "Lab results tomorrow 2pm" in English (not "ল্যাব রিপোর্ট", the
        # patients' own reports)
        r"(?:ল্যাব|ল্যাবের|পরীক্ষার|তদন্তের|নমুনার|টেস্টের) (?:\S+ )?(?:ফল|ফলাফল)(?:\S*)",
        # "২০ ডিসেম্বর আবার চিঠি দেব": a letter we will send is news to come
        r"চিঠি (?:\S+ )?(?:দেব|দেবো|পাঠাব|পাঠাবো|দেওয়া হবে|পাঠানো হবে)(?![\u0980-\u09ff])",
    ],
    "update_pointer": [
        r"(?:সর্বশেষ|সবশেষ|হালনাগাদ|আপডেট|নতুন) (?:\S+ ){0,2}(?:তথ্য|খবর|অবস্থা)?\S* ?(?:জানতে|পেতে|জন্য) (?:\S+ ){0,4}(?:দেখুন|চোখ রাখুন|নজর রাখুন|ভিজিট করুন|ফলো করুন)",
    ],
    "report_cue": [
        r"\S*-?(?:প্রতিবেদন|রিপোর্ট)\S*|প্রকাশ করব|প্রকাশ করবো|প্রকাশ করা হবে|বিস্তারিত\S*|পূর্ণাঙ্গ\S*|ফলো-আপ\S*|জানাব|জানাবো|পাঠাব|পাঠাবো|যোগাযোগ করব|ইমেইল করব|(?:ই-?মেই?ল|মেইল)\S* (?:\S+ )?(?:করব|করবো)",
        # "৫ এপ্রিল মার্চের পুরো হিসাব দেব": giving a full account is a report
        r"(?:হিসাব|হিসেব)\S* (?:\S+ ){0,5}(?:দেব|দেবো|দেওয়া হবে|প্রকাশ করব|প্রকাশ করা হবে)",
        # "১৩ ফেব্রুয়ারি একটি পর্যালোচনা এই পাতায় দেব": a review, account or analysis we will
        # give is a report, as "we'll post a review here on 13 Feb" is in English
        # a summary too ("ঘটনার সারসংক্ষেপ ৮ জুন এই পাতায় দেওয়া হবে"), and the date and
        # the place may stand between the noun and its verb
        r"(?:পর্যালোচনা|বিবরণ|ব্যাখ্যা|বিশ্লেষণ|সারসংক্ষেপ|সারাংশ)\S* (?:\S+ ){0,5}(?:দেব|দেবো|দেওয়া হবে|প্রকাশ করব|প্রকাশ করবো|প্রকাশ করা হবে|জানাব|জানাবো|পাঠাব|পাঠাবো|যোগ করা হবে)(?![\u0980-\u09ff])",
        # "পূর্ণ বিবরণ ১৫ ডিসেম্বর দেওয়া হবে" (the full account), "লিখিত ব্যাখ্যা", a letter
        r"(?:পূর্ণ|পুরো|সম্পূর্ণ|বিস্তারিত|লিখিত|সংক্ষিপ্ত)\S* (?:\S+ )?(?:বিবরণ|ব্যাখ্যা|বিশ্লেষণ|পর্যালোচনা|সারসংক্ষেপ|সারাংশ)\S*",
        r"চিঠি (?:\S+ ){0,6}(?:দেব|দেবো|পাঠাব|পাঠাবো|দেওয়া হবে|পাঠানো হবে)(?![\u0980-\u09ff])",
    ],
    "next_step": [
        r"ফেরত|পৌঁছ\S*|পাবেন|চালু হবে|ঠিক হবে|ছাড়বে|রিফান্ড|জমা হবে|দেখুন|করুন|(?:আবার |পুনরায় )?শুরু হবে",
        # an SMS drops the verb ("রাত ৯টায় চালু"), or asks the reader to act ("বদলান", "রাখুন")
        r"চালু|স্বাভাবিক|বদলান|রাখুন|নিন|(?<!\d )দিন(?![\u0980-\u09ff])|জানান|" + BN_IMPERATIVE,
    ],
    "act_now": [
        # as an SMS clips it: "ব্যবহার নয়" (no use), "খাওয়া বন্ধ রাখুন" (stop eating it),
        # as "stop using it" in English
        r"(?:ব্যবহার|খাওয়া|খাওয়ানো|সেবন|চার্জ দেওয়া) (?:নয়|নিষেধ|বন্ধ (?:রাখুন|করুন))(?![\u0980-\u09ff])",
        r"(?:খাবেন|খাওয়াবেন|চালাবেন|ব্যবহার করবেন|দেবেন|দিবেন|চার্জ দেবেন|চার্জে দেবেন|খুলবেন|শেয়ার করবেন|ক্লিক করবেন|পরিশোধ করবেন|জানাবেন|বলবেন|লাগাবেন|পরবেন) না",
        r"(?:ব্যবহার|চার্জ|চালানো|খাওয়া) (?:\S+ )?(?:বন্ধ করুন|বন্ধ রাখুন|থামান)|বন্ধ রাখুন|ফেলে দিন|ফেরত দিন|সতর্ক থাকুন",
    ],
    "data_exposure": [
        r"(?:তথ্য|ডেটা|ডাটা|ঠিকানা|পাসওয়ার্ড|নম্বর)\S* (?:\S+ ){0,3}(?:ফাঁস|দেখতে পাচ্ছিলেন|দেখা গেছে|চুরি|প্রকাশ)\S*",
        r"অননুমোদিত\S* (?:\S+ ){0,2}(?:প্রবেশ|হাতে|ব্যবহার|দেখা|ঢুক|পৌঁছ|চলে)\S*|অননুমোদিতভাবে",
        # "নাম, ছবি ও পরীক্ষাকেন্দ্র অন্যদের কাছে উন্মুক্ত ছিল", "সবার ইমেইল ঠিকানা দেখতে পেয়েছেন"
        # "অন্য ছাত্রছাত্রীদের রিপোর্ট কার্ড দেখতে পাচ্ছিলেন", "চিঠি ভুল ঠিকানায় পাঠানো হয়েছে":
        # another's data seen, or ours sent to the wrong people
        r"(?:অন্য|অন্যের|অন্যদের|অপরিচিত)\S* (?:\S+ ){0,4}(?:তথ্য|ঠিকানা|নম্বর|ছবি|ফলাফল|রিপোর্ট|চিঠি|বিল|ফাইল|অর্ডার|হিসাব)\S* (?:\S+ ){0,2}(?:দেখতে (?:পা|পে)|দেখা যা|খুল)\S*",
        r"(?:তথ্য|ডেটা|ডাটা|চিঠি|ইমেইল|রিপোর্ট|ফলাফল|স্প্রেডশিট|ফাইল)\S* (?:\S+ ){0,6}(?:ভুল|অন্য|অন্যের|অন্যদের|অপরিচিত|পুরনো|পুরোনো)\S* (?:\S+ ){0,3}(?:পাঠানো|পাঠিয়ে|চলে গেছে|হাতে|কাছে)\S*",
        # "অনুমতি ছাড়া অ্যাকাউন্টে ঢুকেছে" (got in without permission), not "অনুমতি ছাড়া টাকা কাটা" (money taken)
        r"অনুমতি (?:ছাড়া|ছাড়াই) (?:\S+ ){0,3}(?:দেখ|ঢুক|ঢোক|প্রবেশ|খুল|খোল)\S*|হ্যাক\S*|(?:হামলাকারী|হ্যাকার|দুর্বৃত্ত|চোর)\S* (?:\S+ ){0,6}(?:কপি|চুরি|ঢুকে|ঢোকে|নামিয়ে|হাতিয়ে)\S*",
        r"(?:তথ্য|ডেটা|ডাটা|ঠিকানা|পাসওয়ার্ড|নম্বর|নাম|ছবি|ফলাফল|রিপোর্ট)\S* (?:\S+ ){0,4}(?:উন্মুক্ত|দেখতে পেয়েছেন|দেখতে পেয়েছে|দেখতে পান|দেখা যাচ্ছিল|অন্যের চোখে|অন্যদের কাছে (?:চলে )?গেছে|অন্য \S+ কাছে (?:চলে )?গেছে)\S*",
    ],
    "money_harm": [
        # "ফি" (fee), not "ফিরিয়ে নিয়েছি" (took back)
        r"(?:টাকা|বিল|চার্জ|ফি(?!র)|পেমেন্ট|ভাড়া|টিকিট|দেরি|বাতিল|বিভ্রাট)\S*",
    ],
    # "তদন্ত করছি", "খতিয়ে দেখছে", "রেকর্ড পর্যালোচনা করা হচ্ছে": looking into it
    # "আজ সকাল ৭টা থেকে অ্যাপ বন্ধ", "সংযোগ বিচ্ছিন্ন", "সন্ধ্যার মধ্যে চালু হবে বলে আশা করছি"
    "still_down": [
        # (not "ওয়েবসাইটে বিক্রি বন্ধ করেছি": the sale we stopped, not a service down)
        r"বিভ্রাট|বিদ্যুৎহীন|সংযোগ\S* (?:\S+ )?বিচ্ছিন্ন|(?:সেবা|পরিষেবা|সার্ভিস|অ্যাপ|ওয়েবসাইট|নেটওয়ার্ক|লাইন|সংযোগ|ইন্টারনেট|বিদ্যুৎ|সরবরাহ)\S* (?:(?!বিক্রি|উৎপাদন|বিতরণ|অর্ডার নেওয়া)\S+ ){0,3}(?:বন্ধ|অচল|ডাউন|পাওয়া যাচ্ছে না|কাজ করছে না)",
        r"(?:চালু|স্বাভাবিক|ফিরে আস)\S* (?:\S+ ){0,2}(?:হবে বলে|হওয়ার আশা|করার চেষ্টা|করতে কাজ|আশা করছি)",
        # a failure still going on: "হিসাব অন্য ফোনে দেখা যাচ্ছে না", "অর্ডার আটকে যাচ্ছে"
        r"(?:কাজ করছে না|দেখা যাচ্ছে না|হচ্ছে না|আটকে যাচ্ছে|আটকে আছে|পাওয়া যাচ্ছে না|করা যাচ্ছে না|চালু হচ্ছে না|খুলছে না|পারছেন না|পারছে না)(?![\u0980-\u09ff])",
    ],
    "inquiry": [
        r"তদন্ত\S*|খতিয়ে|পর্যালোচনা\S*|বিশ্লেষণ\S*|অনুসন্ধান\S*|ফরেনসিক\S*",
    ],
    "help": [
        r"<link>",
        r"(?:কল|ফোন|হটলাইন|হেল্পলাইন)\S* (?:\S+ )?\d{4,6}",
        r"হেল্পলাইন|হটলাইন|কল সেন্টার|কল করুন|ফোন করুন|যোগাযোগ(?!হীন|বিচ্ছিন্ন)\S*|চ্যাট|ইমেইল|ই-মেইল|মেসেজ|ইনবক্স|শাখা\S*|কাউন্টার\S*|হেল্প\S*|সাপোর্ট\S*|কাস্টমার কেয়ার|গ্রাহকসেবা\S*|গ্রাহক সেবা\S*|সহায়তা\S*|অ্যাপ\S*|আউটলেট\S*|কর্মী\S*|এজেন্ট\S*|ডেস্ক\S*|(?<!আপনার )(?<!আপনাদের )(?<!গ্রাহকের )(?<!গ্রাহকদের )(?:হেল্পলাইন|হটলাইন|কল সেন্টার|যোগাযোগ) নম্বর\S*",
        # our phone number, not "নাম, ফোন নম্বর ও ঠিকানা" (the reader's, as data exposed)
        r"(?:আমাদের|সাহায্যের|সহায়তার|অফিসের|দপ্তরের|হেল্পডেস্কের) (?:\S+ )?ফোন নম্বর\S*",
    ],
    "jargon": [
        # "ক্যাশ" is jargon as a cache ("ব্রাউজারের ক্যাশ", "ক্যাশ ক্লিয়ার"), not as cash ("সঞ্চয়
        # ক্যাশ অ্যাপ", "ক্যাশ কাউন্টার", "এজেন্টরা ক্যাশ আউট দিতে পারেননি": the cache's owner,
        # "এজ", is a word of its own with a case ending, not the start of "এজেন্ট"), the everyday word; security words left in English
        # ("ভালনারেবিলিটি", "এক্সফিলট্রেট", "SQL injection") are jargon too
        # the inner workings of a crypto exchange: "ননস", "মেমপুল", "হট ওয়ালেট"
        r"ননস\S*|নন্স\S*|মেমপুল\S*|হট ওয়ালেট\S*|রিব্রডকাস্ট\S*|রি-?ইনডেক্স\S*|নোড রিসিঙ্ক\S*",
        # the English list's database words as they are said in Bengali letters, with their
        # endings and hyphened compounds ("রেস কন্ডিশন", "রিড-রেপ্লিকা ল্যাগের", "ক্যাশড",
        # "ইনভ্যালিডেট হয়নি", "কনকারেন্ট", "অপটিমিস্টিক লকিং", "সিরিয়ালাইজড")
        r"রেস কন্ডিশন\S*|(?:রিড-?)?রেপ্লিকা\S*|রেপ্লিকেশন ল্যাগ\S*|ক্যাশড|ইনভ্যালিডেট\S*|ইনভ্যালিডেশন\S*|কনকারেন্\S*|অপটিমিস্টিক\S*|পেসিমিস্টিক\S*|(?<![\u0980-\u09ff])(?:\S+-)?লকিং\S*|সিরিয়ালাইজ\S*|ডেডলক\S*|লক কনটেনশন\S*",
        # the same initialisms left in Latin letters in a Bengali text ("API গেটওয়ে", "KYC ডেটা",
        # "EOD ব্যাচ", "CBS টাইমআউট") and the inner workings said in Bengali letters (not a
        # "পেমেন্ট গেটওয়ে", which bKash and card users meet every day, nor "API" at the end
        # of a product's own name, "Payments API", which its customers know)
        r"(?<![a-z] )api(?![a-z0-9-])|(?:sdk|kyc|aml|eod|cbs|acl|siem|idor|xss|csrf|noc|iig|hsm|totp|mqtt|edr|dfir|imsi|haccp|ccp|capa|sql|i/o|mttr|cve|vlan|mpls|iops|wms|3pl|iam|s3|db)(?![a-z0-9-])",
        r"এপিআই|কেওয়াইসি|টাইমআউট\S*|টাইম-আউট\S*|(?:এপিআই|api) গেটওয়ে\S*|কনটেনশন\S*|রিভার্সাল\S*|পোস্টিং\S*|ব্যাচ[- ]?(?:রান|জব)\S*|ইনজেস্ট\S*|ডি-?ডুপ্লিকেশন\S*|ভ্যালিডেশন\S*|রিক্যালকুলেশন\S*|ফুলফিলমেন্ট\S*|ইনভেন্টরি সিঙ্ক\S*|পিক-?লিস্ট\S*|পিক-?প্যাক\S*|রেপ্লিকেশন\S*|স্যাচুরেশন\S*|আউট-অব-স্পেক\S*|সোয়াব\S*|রিটেইনড স্যাম্পল\S*|এনভায়রনমেন্টাল মনিটরিং\S*|এক্সপোজড",
        r"(?:আরসিএ|rca|bgp|dns|ল্যাটেন্সি|লেটেন্সি|latency|ফেইলওভার|failover|ক্লাস্টার|cluster|ডিপ্লয়মেন্ট|ডিপ্লয়|deployment|রোলব্যাক|rollback|হটফিক্স|hotfix|কনফিগারেশন ড্রিফট|(?:(?:ব্রাউজার|ডিএনএস|dns|সার্ভার|এজ|সিডিএন|cdn|রিজলভার|নোড)(?:-?(?:এর|ের|র|ে|এ|গুলোর|গুলির))? )ক্যাশ\S*|ক্যাশ(?:ে|ের|-)? ?(?:ইনভ্যালিড\S*|ফ্লাশ\S*|ফ্লাস\S*|ক্লিয়ার\S*|মেমোরি\S*|সার্ভার\S*|নোড\S*|লেয়ার\S*|হিট\S*|মিস\S*|পার্জ\S*|সেটিং\S*|কনফিগ\S*)|cache|এক্সফিল\S*ট্রে\S*|ভালনারেবিলিটি\S*|ভালনারেবল\S*|(?:sql|এসকিউএল) (?:injection|ইনজেকশন)|hashed|salted|লোড ব্যালান্সার|এন্ডপয়েন্ট|endpoint|ব্যাকএন্ড|backend|মাইক্রোসার্ভিস|degraded|ডিগ্রেডেড|আপস্ট্রিম|upstream|ডাউনস্ট্রিম|5xx|tls|ssl|ttl|পেলোড|মিটিগেশন|mitigation|রেমিডিয়েশন|remediation|এক্সফিল্ট্রেশন|থ্রেট অ্যাক্টর|পিআইআই|pii|রিকনসিলিয়েশন|সেটেলমেন্ট|settlement|চার্জব্যাক|chargeback|এসকেইউ|sku|লাস্ট মাইল|ডওয়েল টাইম|থ্রুপুট|bms|বিএমএস|ক্যালিব্রেশন|peering|পিয়ারিং|রাউট লিক|(?:olt|onu|ont|g?pon)(?![a-z])|ওএলটি|ওএনইউ|জিপন|ক্লিয়ারিং হাউস|(?:rto|waf)(?![a-z])|আরটিও|রি-?ডিসপ্যাচ)",
    ],
}

ROMANISED_BN = "bn-latn"
"""Bengali in Latin letters ("Banglish"): its cues beside the Bengali ones (see `banglish`)."""
_ENGLISH_TERM = r"(?:s|es|ed|ing)?(?![a-z])"
"""An English word of the jargon list as written in a Banglish text: "servers", "rollback-er"."""
BN_LATN: dict[str, list[str]] = {
    name: BN.get(name, []) + BANGLISH.get(name, []) for name in {*BN, *BANGLISH}
}
# English words in a Banglish text are English: those the English list calls jargon are
# jargon here too ("DNS", "rollback"), the everyday ones ("data pack", "billing") are not
BN_LATN["jargon"] = BN["jargon"] + [f"(?:{'|'.join(EN['jargon'])}){_ENGLISH_TERM}"]
CUES: Mapping[str, Mapping[str, list[str]]] = {"en": EN, "bn": BN, ROMANISED_BN: BN_LATN}
SURFACE_LANGUAGES = frozenset({"bn", ROMANISED_BN})
"""Languages whose cues match the normalised words rather than the lemmas."""


@lru_cache(maxsize=256)
def cue(language: str, name: str) -> re.Pattern[str] | None:
    """One compiled cue list for a language: whole words, any of its expressions."""
    table = CUES.get(language)
    if table is None or name not in table:
        return None
    body = nukta_single("|".join(f"(?:{pattern})" for pattern in table[name]))
    if language in SURFACE_LANGUAGES:
        # Bengali cues name a stem: the match runs on to the end of the word it starts.
        return re.compile(rf"(?<= )(?:{body})\S*(?= )", re.IGNORECASE)
    return re.compile(rf"(?<= )(?:{body})(?:(?= )|(?<= ))", re.IGNORECASE)
