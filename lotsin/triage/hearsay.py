"""Does the post frame something as a rumour? Hearsay, a check of truth, a denial or a warning.

A post that asks "how do I apply for a Kita place?" and one that says "I heard Kita is only for
working mothers, is that true?" sit equally close to the claim "Kita only for working mothers" in
embedding space; only the second repeats the claim. Rumours travel in a few frames in every
language ("they say", "is it true", "don't believe it", "be careful, girls"), so the frame is
strong evidence that a close claim is really repeated, asked about or disputed. The claim matcher
uses it as one feature of its calibrated decision (matching.py), never alone.
"""

from __future__ import annotations

import re
from typing import Any

from lotsin.triage.text import clean

# One list per kind of frame, languages mixed; each cue is matched on a word start (Chinese
# anywhere), case-insensitive.
VERIFY = [
    r"stimmt (das|es|dies)", r"ist (das|es) (wahr|richtig)", r"wirklich wahr",
    r"is (it|this|that) (true|right|correct)", r"is (it|this) real", r"true\s*\?",
    r"(чи )?правда,? (що|чи)", r"це правда", r"правда,? (что|ли)", r"это правда", r"так ли это",
    r"pravda,? (chto|shcho|scho|li)", r"tse pravda", r"eto pravda", r"صح\s*[؟?]", r"صحيح\s*[؟?]",
    r"هل (هذا )?صحيح", r"هل صح", r"حقيقي\s*[؟?]", r"راسته", r"درسته\s*[؟?]", r"راست است",
    r"حقیقت داره", r"رښتیا", r"سمه ده", r"ڕاستە", r"rast e\b", r"ma rast", r"doğru mu", r"dogru mu",
    r"gerçek mi", r"gercek mi", r"czy to prawda", r"to prawda\s*\?", r"e adev[aă]rat",
    r"este adev[aă]rat", r"es (as[ií]|verdad|cierto)", r"c'?est vrai", r"est-ce vrai", r"[eè] vero",
    r"[eë]sht[eë] e v[eë]rtet[eë]", r"(da li|je li) (je )?(to )?(istina|tačno|tacno)",
    r"је ли (то )?(истина|тачно)", r"да ли је (то )?(истина|тачно)", r"run ma", r"ma run baa",
    r"ሓቂ ድዩ", r"có (đúng|thật) không", r"có phải", r"是真的吗", r"真的吗", r"是不是真的",
]  # fmt: skip
HEARSAY = [
    r"(ich )?hab(e)? gehört", r"angeblich", r"es heißt", r"man sagt", r"sagt man", r"soll(en)? ja",
    r"i (have )?heard", r"heard that", r"told me", r"sagt,? (dass|das)", r"сказали,? (что|що|шо)",
    r"(мне|мені|нам) сказали", r"mówi,? że", r"hevala min got", r"they say", r"people say",
    r"(someone|somebody) told me", r"чула,? (що|шо)", r"чув,? що", r"кажуть", r"казали,? що",
    r"пишуть,? що", r"слышала", r"слышал,? что", r"говорят", r"пишут,? что", r"chula", r"slyshala",
    r"kazhut", r"govoryat", r"سمعت", r"بيقولو", r"بيقولوا", r"يقولون", r"قالوا لي", r"بيحكو",
    r"شنیدم", r"میگن", r"می‌گن", r"می گن", r"میگویند", r"می‌گویند", r"اورېدلي", r"اوریدلي",
    r"وايي چې", r"دەڵێن", r"بیستوومە", r"dibêjin", r"min bihîst", r"duydum", r"diyorlar",
    r"söylüyorlar", r"\w+yorm[uü]ş", r"słyszałam", r"słyszałem", r"mówią,? że", r"am auzit",
    r"se spune", r"(he|ha) o[ií]do", r"escuch[eé]", r"me dijeron",
    r"me han dicho", r"on m'?a dit", r"mi hanno detto", r"dicen que", r"j'?ai entendu",
    r"on dit", r"il para[iî]t", r"ho sentito", r"dicono che", r"si dice", r"kam d[eë]gjuar",
    r"m[eë] than[eë]", r"thon[eë] se", r"čula sam", r"cula sam", r"кажу да", r"чула сам",
    r"kažu da", r"kazu da", r"waxaan maqlay", r"waxay yiraahdeen", r"ሰሚዐ", r"ኢሎምኒ", r"ይብሉ",
    r"nghe nói", r"người ta nói", r"听说", r"据说", r"有人说",
    # one person's word passed on: "my neighbour says", "everyone says"
    r"(my \w+|everyone|everybody) says", r"(говорит|каже),? (что|що|шо)", r"(meine \w+|alle) sagen",
    r"بتقول", r"بيقول", r"میگه", r"می‌گه", r"گفته", r"diyor", r"demiş", r"dibêje", r"dice che",
    r"dit que", r"spune că", r"kaže da",
]  # fmt: skip
DENIAL = [
    r"stimmt nicht", r"nicht wahr", r"glaubt (das )?nicht", r"gerücht", r"fake", r"not true",
    r"rumou?r", r"don'?t believe", r"неправда", r"не правда", r"не вірте", r"не верьте", r"фейк",
    r"чутки", r"слухи", r"сказки", r"хватит паниковать", r"مو صحيح", r"مش صحيح", r"غير صحيح",
    r"كذب", r"اشاعة", r"إشاعة", r"شایعه", r"دروغه", r"درست نیست", r"yalan", r"doğru değil",
    r"nieprawda", r"plotk", r"no es verdad", r"es mentira", r"c'?est faux", r"non [eè] vero",
    r"nuk [eë]sht[eë] e v[eë]rtet", r"није истина", r"nije istina", r"nije ta[čc]no",
    r"谣言", r"假的",
]  # fmt: skip
WARNING = [
    r"vorsicht", r"passt auf", r"be careful", r"watch out", r"будьте обережні", r"будьте осторожны",
    r"обережно", r"осторожно", r"дівчата,? увага", r"девочки,? внимание", r"دير بالك",
    r"ديرو بالكم", r"انتبهو", r"انتبهوا", r"حواستون باشه", r"مواظب باشید", r"dikkat", r"uwaga",
    r"aten[tț]ie", r"cuidado", r"attention", r"attenzione", r"kujdes", r"pazite", r"пазите",
]  # fmt: skip

# Chain messages ask to be passed on: the classic vehicle of a rumour.
CHAIN = [
    r"перешліть", r"перешлите", r"поширте", r"розішліть", r"разошлите", r"share (this|with)",
    r"please share", r"bitte (teilen|weiterleiten)", r"an alle weiterleiten", r"انشروا", r"انشرو",
    r"انشري", r"شیر کنید", r"پخش کنید", r"paylaşın", r"udostępnij", r"compart(an|e) (esto|con)",
    r"partagez", r"condividete", r"ndajeni", r"proslijedite", r"转发给",
]  # fmt: skip

FRAMES = {
    "verify": VERIFY, "hearsay": HEARSAY, "denial": DENIAL, "warning": WARNING, "chain": CHAIN,
}  # fmt: skip
CJK = re.compile(r"[\u3400-\u9fff]")


def _compile(cues: list[str]) -> re.Pattern[str]:
    # Chinese has no spaces between words: its cues match anywhere, the others on a word start.
    words = [c for c in cues if not CJK.search(c)]
    anywhere = [c for c in cues if CJK.search(c)]
    parts = [r"(?<![^\W_])(?:" + "|".join(words) + ")"] + anywhere
    return re.compile("|".join(parts), re.I)


_PATTERNS = {kind: _compile(cues) for kind, cues in FRAMES.items()}


def rumour_frame(text: str) -> tuple[bool, dict[str, Any]]:
    """(framed as a rumour, evidence: the cue found per kind of frame). Quotes count: a reply
    that quotes a rumour to deny it disputes that rumour."""
    text = clean(text)
    found = {}
    for kind, pattern in _PATTERNS.items():
        match = pattern.search(text)
        if match:
            found[kind] = match.group(0)
    return bool(found), {"cues": found}


# A chain letter, a warning to the group or a denial passes news on: a deadline in it is not the
# writer's own (crisis phrases are still heard; only "high" steps aside).
PASSED_ON = ("chain", "warning", "denial")


def passed_on(cues: dict[str, str]) -> str | None:
    """The frame cue showing that the post passes news on rather than telling her own case."""
    return next((cues[kind] for kind in PASSED_ON if kind in cues), None)
