"""Bengali written in Latin letters ("Banglish"), as people in Bangladesh and West Bengal
send it by SMS and on social media: "Amader billing-er vul-e apnar pack 2 bar kata hoyeche.
Ei vul-er jonno dukkhito."

A `bn` text whose letters are mostly Latin is read with these cues beside the Bengali ones
(`cues.cue("bn-latn", …)`). They match the normalised words as written, like the Bengali
cues: each names a stem and runs on to the end of its word, so "bhul" takes "bhul-e",
"bhuler" and "bhul-er" alike. There is no one spelling: the cues allow the variants people
really type (v or bh, o or a, single or double letters, k or kh), not a transliteration
scheme's. English words in a Banglish text are English: the English list of jargon says
which of them customers would not understand.
"""

from __future__ import annotations

import re

from crisiscomms.statements.check.language import DOMAIN, EMAIL, URL

_LATIN = re.compile(r"[A-Za-z]")
_BENGALI = re.compile(r"[\u0980-\u09ff]")
_LINKISH = re.compile(f"{URL}|{EMAIL}|{DOMAIN}", re.IGNORECASE)
"""Links, addresses and domains, as the check reads them everywhere (`language`)."""
ROMANISED_SHARE = 0.75
"""The share of a text's letters (links aside) from which a Bengali text is read as
romanised: a Bengali-script text quotes English names and words, but seldom a quarter of
its letters."""


def romanised(text: str) -> bool:
    """Whether a Bengali text is written mostly in Latin letters."""
    text = _LINKISH.sub(" ", text)
    latin = len(_LATIN.findall(text))
    bengali = len(_BENGALI.findall(text))
    return latin > 0 and latin >= ROMANISED_SHARE * (latin + bengali)


_END = r"(?![a-z])"
"""The end of a word of its own (a hyphened case ending, "-er", "-e", may follow)."""
BHUL = r"(?:bh|v|b)(?:u|oo)l(?!ab|iye|e ja)"
"""A mistake: bhul, vul, bhool, bul (not "bhulabo", "bhuliye", "bhule ja": forgetting)."""
FAULT = (
    rf"(?:{BHUL}|dosh|dos{_END}|truti|trooti|truty|golmal|gondo?gol|ga(?:f|ph)[ei]?l[ao]?ti|"
    r"obohela)"
)
"""Our mistake, fault, error, mix-up or negligence."""
US = r"(?:amader|amder|amadr|amar|amago|amra|amaderi|amader-i)"
THEIRS = (
    r"(?:partner|supplier|vendor|provider|contractor|courier|carrier|bank|agent|agency|"
    r"company|kompani|operator|third|3rd|thikadar|shorborahkari|sorborahkari)"
)
"""Someone else we work with: "amader courier partner-er bhul" is theirs, not ours."""
_SLACK_OURS = rf"(?:(?!(?:apnar|apnader|apni|tomar|tomader|grahok|customer|{THEIRS})\S*)\S+ )"
"""A word between "amader" and the fault that is not the reader nor a third party."""
DUKKHITO = r"(?:duh?kk?h?it[oa]?|dukh?it[oa]?|dukkh?o prokash|lojjit[oa])"
"""Sorry: dukkhito, dukhito, dukkito, duhkhito; "dukkho prokash" (we express regret)."""
KHOMA = (
    r"(?:k(?:h)?om[ao] (?:chai|chaichi|chacchi|chachhi|chachchi|prarthi|prarthona|korben|koren)|"
    r"k(?:h)?om[ao]-?prarthi|maa?f (?:chai|chaichi|korben|koren|kore diben|kore den)|sorry|sory)"
)
APOLOGY = rf"(?:{DUKKHITO}|{KHOMA})"
OSUBIDHA = r"(?:[ao]s?h?ubidh?a|bhogant?i|vogant?i|bighn?o|jhamel[ae])"
"""Inconvenience, hassle, disruption: the unnamed harm of a canned apology."""
TROUBLE = rf"(?:{OSUBIDHA}|s?h?omossa|kshoti|khoti)"
"""Any trouble or harm, as the condition of "sorry if": "kono somossa hoye thakle"."""
IF = r"(?:hole|hoye thakle|hoye thake|hoy|hoye thakte pare|hote pare|thakle|thake|paile|pele)"

BANGLISH: dict[str, list[str]] = {
    "ownership": [
        # "amader bhul setting-e", "Amader billing-er vul-e", "amar dosh", "amader software
        # update-e vul thakay", "Amader Tejgaon warehouse-e stock hisab bhul howay" (not
        # "amader courier partner-er bhul": theirs)
        rf"{US}\S* {_SLACK_OURS}{{0,4}}{FAULT}",
        # "bhul-ta amader", "dosh puropuri amader", "eta amader-i dosh" (above)
        rf"{FAULT}\S* (?:ta |ti |puro(?:puri)?ta?i? |sompurno |shompurno )?{US}(?! (?:grahok|customer|bebohar)\S*)",
        # "amra dayi", "dayitto amader", "amra bhul kore 2 bar kete felechi"
        rf"{US}\S* (?:\S+ )?(?:dayi|dayee|daayi|dayitto|dayittho)\S*|(?:dayi|dayitto|daay) {US}",
        rf"{US}\S* karone",
        # what went wrong with something of ours, as the reason: "deri amader Gazipur
        # hub-er jot-er jonno", "amader server-er truti-r karone" (not "courier-er karone")
        rf"{US}\S* {_SLACK_OURS}{{0,2}}\S+-?e?r (?:jonno|karone){_END}",
        r"amra (?:\S+ ){0,2}(?:bhul|vul) kore",
        # "amra somoy-moto pump-er motor bodlai ni": we did not do it in time, or properly
        r"amra (?:\S+ )?(?:somoy-?moto|shomoy-?moto|thik-?moto|thikmoto|thik ?(?:v|bh)abe) (?:\S+ ){0,3}\S+(?: ni|ni)\b",
        # "amader bus bikol", "amader server kharap hoye gechhe": a thing of ours broke down
        # (not "amader kharap lagche": we feel bad)
        rf"{US}\S* {_SLACK_OURS}{{1,2}}(?:bikol|bikal|nosto|noshto|nosht|(?:vengg?e|bhenge) ge|kharap(?! lag))",
    ],
    "apology": [APOLOGY],
    "non_apology": [
        # "samoyik osubidhar jonno", "kono osubidha hole dukkhito", "sokol bhogantir jonno"
        rf"(?:sam[oa]yik|shamoyik|shomoyik|samoik|je ?kono|jekono|kono|sokol|shokol|sob|srishto)\s+(?:\S+ )?{OSUBIDHA}",
        rf"{TROUBLE}\S* (?:\S+ ){{0,2}}{IF}{_END}",
        # (not "jhamelar jonno khoma chai": sorry for the trouble, after the harm named, as
        # "ঝামেলার জন্য ক্ষমা চাই" in Bengali letters, is no canned apology)
        rf"(?!jhamel){OSUBIDHA}\S* jonno (?:amra |ami )?(?:antorikvabe |ontorik ?vabe |ontorikbhabe )?{APOLOGY}",
        # "jodi kono somossa hoye thake, dukkhito": sorry if
        rf"jodi (?:\S+ ){{0,7}}{IF}{_END}\S* (?:\S+ ){{0,4}}{APOLOGY}",
        rf"{APOLOGY}\S* (?:\S+ ){{0,3}}jodi{_END}",
        # "apni jodi mone koren", "birokto hoyechen, tar jonno dukkhito": about feelings
        rf"(?:mone|onubhob|onuvob) kor\S* (?:\S+ ){{0,2}}{APOLOGY}",
        rf"(?:birokt[oa]|hotash|osontushto|ashontushto|kharap laga) (?:\S+ ){{0,4}}(?:tar|sejonno|se jonno|er) (?:jonno )?{APOLOGY}",
    ],
    "blame_customer": [
        # "tobe apnar thikana oshompurno chhilo": the customer's address named as the cause
        r"(?:apnar|apnader|grahok\S*) (?:\S+ )?thikana\S* (?:\S+ )?(?:o|a)s?h?[oa]mpurn\S*|(?:apnar|apnader|grahok\S*) (?:\S+ )?thikana\S* (?:\S+ )?(?:bh|v)ul(?: chhilo| chilo| thakay)",
    ],
    "blame_other": [
        # "courier-er karone", "amader partner company-r vul-e", "bank-er truti-te"
        rf"(?<!apnar )(?<!apnader ){THEIRS}\S* (?:\S+ ){{0,2}}(?:karone|karon|{FAULT}|deri|dhir)\S*",
    ],
    "blame_circumstance": [
        # the weather or a strike, given as the reason: "brishtir karone", "kuashar jonno"
        r"(?:brish?ti|bristi|jhor|jhod|ghurnijhor|ghurnijhod|bonna|bonya|kuasha|kuyasha|kuasa|"
        r"hortal|harttal|obarodh|oborodh|durjog|abohawa|aboha[wo]a)\S* (?:\S+ )?(?:karone|jonno)\S*",
        r"(?:amader )?niyontroner (?:\S+ )?baire\S*|hater baire\S*",
        # "amader haat nei", "amader kono hat chilo na": out of our hands, as "আমাদের হাত নেই"
        r"amader (?:kono |kichu |kichhu )?(?:haat|hat) (?:nei|nai|chilo na|chhilo na|cilo na)",
    ],
    "over_promise": [
        # "ar kokhono hobe na", "ar konodin emon ghotbe na", "abar hobe na"
        # (not "ar kokhono PIN share korben na": a request to the reader)
        r"(?:ar|aar|abar|r) (?:kokhono|kokhonoi|kokhon[oa]|konodin|kono ?din|kokhon[oa]-?i)\S* "
        r"(?:\S+ ){0,4}\S*(?:be|bo) na" + _END,
        r"(?:ar|aar|abar) (?:hobe|ghotbe|hote debo|hote dibo) na" + _END,
        # "100% guarantee", "100% nirapod", "shotovag surokkhito" (not "nishchit noi")
        r"(?:100 ?%|shoto[bv]h?ag|shot[bv]h?ag|puropuri|purapuri|sompurno|shompurno)\S* "
        r"(?:\S+ ){0,2}(?:nirapod|nirapad|surokkhit[oa]|safe|secure|nirbhul|nishchit|nischit|guarant\S*)"
        r"(?!\S* (?:noi|noy|na|nei|nai)" + _END + ")",
        r"(?<!money-back )(?<!money back )(?<!moneyback )guarant(?:ee|i)(?!\S* (?:card|period|meyad|scheme))",
        r"gerant[ei]",
    ],
    "promise": [
        # the first person's future: "janabo", "ferot dibo", "thik korbo", "pathabo"
        r"\S+(?:bo|bho)" + _END,
        r"(?:hobe|pouchabe|pabe|paben|asbe|firbe|chalu hobe|thik hobe)" + _END,
    ],
    "update_cue": [
        r"(?:janab[oa]?|janabo|janano hobe|janiye (?:debo|dibo)|janate thakbo|abar likhbo)" + _END,
        r"(?<!software )(?<!system )(?<!app )(?<!apps )update",
        r"(?:sms|message|msg|e-?mail) (?:\S+ )?(?:korbo|pathabo|dibo|debo)" + _END,
    ],
    "report_cue": [
        r"(?:report|protibedon|bistarito)\S*|(?:prokash korbo|janabo|pathabo)" + _END,
    ],
    "next_step": [
        # and the reader's next step: "PIN bodlan", "app update korun"
        r"(?:ferot|refund|pouch\S*|chalu hobe|thik hobe|jom[ao] hobe|\S{2,}un|bodlan|rakhun)"
        + _END,
    ],
    "make_good": [
        r"(?:ferot|refund|credit(?! card)|khotipuron|mowkuf|moukuf|voucher|bonus|discount|free)"
        + _END,
        # a fee or fine waived: "late fee maf", "charge lagbe na"
        r"(?:fee|charge|jorimana)\S* (?:\S+ )?(?:maa?f|mowkuf|lagbe na|kata hobe na)" + _END,
    ],
    "help": [
        r"(?:help|helpline|hotline|support|customer care|customer service|call center|"
        r"jogajog|shahajj?o|sahajj?o|sahajjer|shahajjer|inbox|chat|e-?mail|branch|shakha)\S*",
        r"(?:call|phone|fone|kol) (?:korun|koren|din|\d{3,})",
    ],
    "minimising_some": [
        r"(?:kichu|olpo kichu|koyekjon|koyek jon|alpo kichu) (?:\S+ )?(?:grahok|customer|user|bebohar?kari|jatri|order|parcel)\S*",
    ],
}
"""Banglish cues, by the rule names of `cues.BN`."""
