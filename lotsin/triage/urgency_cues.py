r"""Extra multilingual cue patterns for the urgency classifier (lotsin/triage/urgency.py).

`HIGH_EXTRA` is meant to be appended to `HIGH`, `CRISIS_EXTRA` to `CRISIS`. Both are joined
with `|` and compiled with `re.I`, then searched in `clean(without_quotes(text))`: NFC, no
zero-width characters (so Persian ZWNJ is gone: write "میکشه", not "می‌کشه"), whitespace
collapsed. Plain Python `re`: no possessive quantifiers, no `\p{}`.

Languages: de, en, uk, ru, ar (MSA + Levantine/Iraqi/Egyptian), fa (incl. Dari), tr, ps,
ku (Kurmanji, Latin; Sorani, Arabic script), so, ti (Ethiopic), ro, pl, es, fr, it, sq,
sr/hr/bs (Latin and Cyrillic), vi, zh.

Conventions: `(?<!\w)` anchors short Latin/Cyrillic words at a word start. Arabic-script words
are left unanchored at the start because they take prefixes (و، ب، ل، ال، ف). Windows between
two parts of a cue never cross a sentence end (`_G..`).
"""

from __future__ import annotations

# One character inside the same sentence: no . ! ? ؟ 。 ！ ？ ። (a dot right after a digit,
# as in "am 12.03.", does not end the sentence).
_S = r"(?:[^.!?؟。！？።]|(?<=\d)\.)"
_G10 = _S + "{0,10}"
_G15 = _S + "{0,15}"
_G20 = _S + "{0,20}"
_G25 = _S + "{0,25}"
_G30 = _S + "{0,30}"
_G40 = _S + "{0,40}"

# Digits: ASCII, Arabic-Indic (Arabic, Sorani), Extended Arabic-Indic (Persian, Pashto).
_D = r"[0-9٠-٩۰-۹]"

# Weekday and month alternations reused below.
_DE_DAYS = r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_EN_DAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_AR_DAYS = (
    r"ال(اثنين|إثنين|أثنين|اتنين|تنين|ثلاثاء|ثلاثا|تلاتا|أربعاء|اربعاء|اربعا|أربعا|خميس|"
    r"جمعة|جمعه|سبت|أحد|احد)(?!\w)"
)
_FA_DAYS = r"(یک ?شنبه|دو ?شنبه|سه ?شنبه|چهار ?شنبه|پنج ?شنبه|جمعه|شنبه)"
_TR_DAYS = r"(pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar)"
_CKB_DAYS = r"(یەک ?شەممە|دوو ?شەممە|سێ ?شەممە|چوار ?شەممە|پێنج ?شەممە|هەینی|جومعە|جمعە|شەممە)"
_KMR_DAYS = (
    r"(du[şs]em[êe]?|s[êe][şs]em[êe]?|[çc]ar[şs]em[êe]?|p[êe]nc[şs]em[êe]?|[îi]n[îi]y[êe]|"
    r"[îi]n[îi]|[îi]n[êe]|[şs]em[îi]y[êe]|[şs]em[îi]|yek[şs]em[êe]?)(?!\w)"
)
_SO_DAYS = r"(isniin|talaado|arbaco|arbaca|khamiis|jimco|jimce|sabti|axad)"
_TI_DAYS = r"(ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት)"
_RO_DAYS = r"(luni|mar[țţt]i|miercuri|joi|vineri|s[âîa]mb[ăa]t[ăa]|duminic[ăa])\b"
_PL_DAYS_ACC = r"(poniedzia[łl]ek|wtorek|[śs]rod[ęe]|czwartek|pi[ąa]tek|sobot[ęe]|niedziel[ęe])"
_ES_DAYS = r"(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_FR_DAYS = r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_IT_DAYS = r"(luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica)"
_SQ_DAYS = r"(h[ëe]n[ëe]n|mart[ëe]n|m[ëe]rkur[ëe]n|enjten|premten|shtun[ëe]n|diel[ëe]n)"
_SH_DAYS_ACC = (
    r"(ponedjeljak|ponedeljak|utorak|srijedu|sredu|[čc]etvrtak|petak|subotu|nedjelju|nedelju)"
)
_SR_DAYS_ACC = r"(понедељак|уторак|среду|четвртак|петак|суботу|недељу)"
_VI_DAYS = r"(thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?!\w)"
_ZH_DAYS = r"(周|週|星期|礼拜|禮拜)[一二三四五六日天1-7]"

_EN_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DE_MONTHS = (
    r"(januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b"
)
_UK_MONTHS = (
    r"(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
)
_RU_MONTHS = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_AR_MONTHS = (
    r"(الشهر|هالشهر|يناير|فبراير|مارس|ابريل|أبريل|إبريل|مايو|يونيو|يوليو|اغسطس|أغسطس|سبتمبر|"
    r"اكتوبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|آذار|نيسان|ايار|أيار|حزيران|تموز|آب|اب|"
    r"ايلول|أيلول|تشرين)(?!\w)"
)
_FA_MONTHS = (
    r"(ژانویه|فوریه|مارس|آوریل|اپریل|مه|می|ژوئن|جون|ژوئیه|جولای|اوت|آگوست|اگست|سپتامبر|سپتمبر|"
    r"اکتبر|نوامبر|دسامبر|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    r"حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|این ماه)(?!\w)"
)
_TR_MONTHS = r"(ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k)"
_RO_MONTHS = (
    r"(ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
    r"noiembrie|decembrie)"
)
_PL_MONTHS = (
    r"(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|"
    r"pa[źz]dziernika|listopada|grudnia)"
)
_ES_MONTHS = (
    r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
_FR_MONTHS = (
    r"(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre)"
)
_IT_MONTHS = (
    r"(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
    r"novembre|dicembre)"
)
_SQ_MONTHS = r"(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor)"
_SH_MONTHS = (
    r"(januara|februara|marta|aprila|maja|juna|jula|avgusta|augusta|septembra|oktobra|"
    r"novembra|decembra|sije[čc]nja|velja[čc]e|o[žz]ujka|travnja|svibnja|lipnja|srpnja|"
    r"kolovoza|rujna|listopada|studenoga?|prosinca)"
)
_SR_MONTHS = (
    r"(јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра)"
)

HIGH_EXTRA: list[str] = [
    # ------------------------------------------------------------------------------------
    # a. Deadline: until/by <weekday>, until the end of the month, until <date>
    # ------------------------------------------------------------------------------------
    # de
    r"(?<!\w)bis ((nächsten|naechsten|kommenden|diesen) )?(dienstag|mittwoch|donnerstag|samstag|sonntag)\b",
    r"(?<!\w)bis (nächsten|naechsten|kommenden|diesen) (montag|freitag)\b",
    r"(?<!\w)spätestens (am |bis |zum )?(" + _DE_DAYS[1:-1] + r"|\d{1,2}\.)",
    r"(?<!\w)bis (zum )?monatsende|(?<!\w)bis ende (diesen |dieses |nächsten |des )?(monat\b|"
    + _DE_MONTHS[1:],
    r"(?<!\w)bis (spätestens )?\d{1,2}\.? ?" + _DE_MONTHS,
    # en
    r"(?<!\w)(until|till|untill|no later than|due( on)?|before) (next |this )?" + _EN_DAYS + r"\b",
    r"(?<!\w)by (next |this )?(tuesday|wednesday|thursday|saturday|sunday)\b|(?<!\w)by (next|this) (monday|friday)\b",
    r"(?<!\w)(by|until|till|before|no later than) (the )?end of (the |this |next )?month\b",
    r"(?<!\w)(by|until|till|before|due|no later than|deadline( is)?) (the )?\d{1,2}(st|nd|rd|th)?( of)? "
    + _EN_MONTHS
    + r"\b",
    r"(?<!\w)(by|until|till|before|due|no later than) " + _EN_MONTHS + r" \d{1,2}(st|nd|rd|th)?\b",
    # uk
    r"(?<!\w)до (неділі|(наступного|цього) (понеділка|вівторка|четверга)|(наступної|цієї) (середи|п['’ʼ]?ятниці|суботи|неділі))",
    r"(?<!\w)до кінця (цього |наступного )?тижня|(?<!\w)до кінця (цього|наступного) місяця",
    r"(?<!\w)(до|не пізніше) \d{1,2}(-го)? " + _UK_MONTHS,
    r"(?<!\w)не пізніше (понеділка|вівторка|середи|четверга|п['’ʼ]?ятниці|суботи|неділі)|кінцевий термін",
    # ru
    r"(?<!\w)до (воскресенья|(следующего|этого) (понедельника|вторника|четверга|воскресенья)|(следующей|этой) (среды|пятницы|субботы))",
    r"(?<!\w)до конца (этого |следующего )?недели|(?<!\w)до конца (этого|следующего) месяца",
    r"(?<!\w)(до|не позднее|не позже) \d{1,2}(-го)? " + _RU_MONTHS,
    r"(?<!\w)(не позднее|не позже) (понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)|крайн(ий|его|ему) срок",
    # ar (MSA, Levantine لحد, Iraqi/Gulf لين, Egyptian لغاية)
    r"(حتى|حتّى|لحد|لحتى|لغاية|لغايه|قبل|الى|إلى|لين|أقصاه|اقصاه) (يوم )?" + _AR_DAYS,
    r"(حتى|حتّى|لحد|لغاية|لغايه|قبل|الى|إلى|لين) ?(نهاية|نهايه|آخر|اخر|أخر) (الشهر|هالشهر|هذا الشهر|الشهر الجاي|الشهر القادم)",
    r"(حتى|لحد|لغاية|لغايه|قبل|الى|إلى|لين|بتاريخ|أقصاه|اقصاه) (يوم |تاريخ )?"
    + _D
    + r"{1,2}[/.\-]"
    + _D
    + r"{1,2}",
    r"(حتى|لحد|لغاية|لغايه|قبل|الى|إلى|لين|أقصاه|اقصاه) (يوم )?"
    + _D
    + r"{1,2} (من )?"
    + _AR_MONTHS,
    # fa (Farsi/Dari; existing HIGH has "تا <most weekdays>")
    r"(?<!\w)تا (یکشنبه|یک شنبه|پنج شنبه|روز " + _FA_DAYS + r"|آخر هفته|اخر هفته)",
    r"(?<!\w)قبل از " + _FA_DAYS,
    r"(?<!\w)تا (آخر|اخر|پایان|ختم) (این |همین )?(ماه|برج)",
    r"(?<!\w)تا (تاریخ )?" + _D + r"{1,2}[/.]" + _D + r"{1,2}",
    r"(?<!\w)تا (تاریخ )?" + _D + r"{1,2}(ام|م)? " + _FA_MONTHS,
    # tr
    r"(?<!\w)" + _TR_DAYS + r"['’]?(y?[ae])? kadar\b",
    r"(?<!\w)en ge[çc] " + _TR_DAYS,
    r"(?<!\w)(bu )?ay(ın|in)? (sonuna|bitimine) kadar",
    r"(?<!\w)\d{1,2} "
    + _TR_MONTHS
    + r"['’]?[a-zıöüçşğ]{0,3} kadar|(?<!\w)\d{1,2}[./]\d{1,2}([./]\d{2,4})?['’]?[a-zıöüçşğ]{0,3} kadar",
    r"(?<!\w)son tarih",
    # ps (existing: "تر (جمعې|شنبې|سبا)")
    r"(?<!\w)تر (یک ?شنبې|يکشنبې|دو ?شنبې|سه ?شنبې|چهار ?شنبې|پنج ?شنبې|اتوار|اتوارې)",
    r"(?<!\w)تر (جمعه|شنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنجشنبه|یکشنبه|جمعې|شنبې) (پورې|پوري|ورځې)",
    r"(میاشتې|مياشتې|میاشتی)"
    + _S
    + r"{0,6}تر (پای|پایه|اخر|اخره|آخره)|(?<!\w)تر (پایه|اخره|آخره|پای) (د )?(دې |همدې )?(میاشتې|مياشتې|میاشتی)",
    r"(?<!\w)تر " + _D + r"{1,2}[/.]" + _D + r"{1,2}",
    r"(?<!\w)تر "
    + _D
    + r"{1,2}(مې|مه|م)? (جنوري|فبروري|مارچ|اپریل|اپرېل|می|جون|جولای|اګست|اگست|سپتمبر|اکتوبر|نومبر|دسمبر|حمل|ثور|غویی|جوزا|سرطان|چنګاښ|اسد|زمری|سنبله|وږی|میزان|تله|عقرب|لړم|قوس|لیندۍ|جدی|مرغومی|دلو|سلواغه|حوت|کب)(?!\w)",
    # ku, Kurmanji (existing: "heta roja")
    r"(?<!\w)(heta|heya|hetan[îi]|heyan[îi]) " + _KMR_DAYS,
    r"(?<!\w)(heta|heya|hetan[îi]|heyan[îi]) (dawiya|daw[îi]ya|dawia|axiriya|axira|ser[êe]) (v[êe] )?meh[êea]?\b",
    r"(?<!\w)(heta|heya|hetan[îi]|heyan[îi]) (\d{1,2}[./]\d{1,2}|\d{1,2}(\.|ê|yê)? ?(meha )?([çc]ile|sibat|adar|n[îi]san|gulan|hez[îi]ran|t[îi]rmeh|tebax|[îi]lon|cotmeh|mijdar|berfanbar|kan[ûu]n))",
    # ku, Sorani
    r"(?<!\w)(تا|هەتا|تاکو|تاوەکو) (ڕۆژی |رۆژی )?" + _CKB_DAYS,
    r"(?<!\w)(تا|هەتا|تاکو|تاوەکو) (کۆتایی|کۆتای|ئاخری|دوایی) (ئەم )?مانگ",
    r"(?<!\w)(هەتا|تاکو|تاوەکو) (ڕێکەوتی |بەرواری )?" + _D + r"{1,2}[/.]" + _D + r"{1,2}",
    r"(?<!\w)(تا|هەتا|تاکو|تاوەکو) "
    + _D
    + r"{1,2}ی (مانگ|ئەم مانگە|کانوونی|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەمموز|ئاب|ئەیلوول|تشرینی)",
    # so
    r"(?<!\w)ilaa (maalinta |maalin )?" + _SO_DAYS,
    r"(?<!\w)ilaa (dham+aadka|dhamadka) (bish|bil)",
    r"(?<!\w)ilaa \d{1,2}[./]\d{1,2}|(?<!\w)ilaa \d{1,2}( ka| ee)? (janaayo|jannaayo|febraayo|feberaayo|maarso|abriil|abril|maajo|juun|luulyo|agoosto|ogosto|sebtembar|sibtembar|oktoobar|nofembar|noofembar|diseembar|disembar)",
    # ti (existing: "ክሳብ (ሰኑይ|ዓርቢ)")
    r"(ክሳብ|ክሳዕ|ቅድሚ) (ሰሉስ|ረቡዕ|ሓሙስ|ቀዳም|ሰንበት)|(ክሳዕ|ቅድሚ) (ሰኑይ|ዓርቢ)",
    r"(ክሳብ|ክሳዕ) (መወዳእታ|መወድእታ|ምውዳእ)" + _S + r"{0,12}(ወርሒ|ወርሕ)",
    r"(ክሳብ|ክሳዕ|ቅድሚ) \d{1,2}[./]\d{1,2}|(ክሳብ|ክሳዕ|ቅድሚ) \d{1,2} (ጥሪ|ለካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰነ|ሓምለ|ነሓሰ|መስከረም|ጥቅምቲ|ሕዳር|ታሕሳስ)",
    # ro
    r"(?<!\w)(până|pana|pînă|pina|cel t[âa]rziu)( pe| la| în| in)? " + _RO_DAYS,
    r"(?<!\w)(până|pana|pînă|pina) (la )?(sf[âîa]r[șşs]itul|finalul) (lunii|lunei|acestei luni)",
    r"(?<!\w)(până|pana|pînă|pina|cel t[âa]rziu)( pe| la| în| in)? \d{1,2}\.? ?"
    + _RO_MONTHS
    + r"|(?<!\w)(până|pana|pînă|pina)( pe| la| în| in)? \d{1,2}[./]\d{1,2}",
    # pl
    r"(?<!\w)(najp[óo][źz]niej )?do (poniedzia[łl]ku|wtorku|[śs]rody|czwartku|pi[ąa]tku|soboty|niedzieli)\b",
    r"(?<!\w)do ko[ńn]ca (tego |przysz[łl]ego )?(miesi[ąa]ca|tygodnia)",
    r"(?<!\w)(do|najp[óo][źz]niej( do)?) \d{1,2}\.? " + _PL_MONTHS,
    # es
    r"(?<!\w)(hasta|antes del?|para el|a m[áa]s tardar el) (el )?(pr[óo]ximo )?" + _ES_DAYS + r"\b",
    r"(?<!\w)(hasta|antes de|para) (el )?(fin|final|finales) de(l)? (este )?mes",
    r"(?<!\w)(hasta|antes del?|para el|a m[áa]s tardar el) (el )?\d{1,2} de "
    + _ES_MONTHS
    + r"|(?<!\w)(hasta|antes del?) (el )?\d{1,2}[./]\d{1,2}",
    # fr
    r"(?<!\w)(jusqu['’] ?[àa]|avant|d['’]ici|au plus tard)( le| ce)? " + _FR_DAYS + r"\b",
    r"(?<!\w)(jusqu['’] ?[àa]|avant|d['’]ici) la fin (du|de ce) mois",
    r"(?<!\w)(jusqu['’] ?au|avant le|d['’]ici le|au plus tard le) \d{1,2}(er)? "
    + _FR_MONTHS
    + r"|(?<!\w)(avant le|d['’]ici le|au plus tard le) \d{1,2}[./]\d{1,2}",
    # it
    r"(?<!\w)(entro|fino a|prima di|al massimo|non oltre)( il)? " + _IT_DAYS + r"(?!\w)",
    r"(?<!\w)(entro|fino a|prima del(la)?)( la)? fine (del|di questo) mese",
    r"(?<!\w)(entro il|fino al|prima del|non oltre il) \d{1,2} "
    + _IT_MONTHS
    + r"|(?<!\w)(fino al|prima del|non oltre il) \d{1,2}[./]\d{1,2}",
    # sq
    r"(?<!\w)(deri|m[ëe] s['’]voni)( t[ëe]| te| n[ëe]| ne)? " + _SQ_DAYS,
    r"(?<!\w)deri (n[ëe] |ne |n['’])?(fund|fundin) (e |t[ëe] |te )?(k[ëe]tij )?muaj(it)?",
    r"(?<!\w)deri (m[ëe] |me |n[ëe] |ne |t[ëe] |te )?\d{1,2}\.? ?"
    + _SQ_MONTHS
    + r"|(?<!\w)deri (n[ëe] |ne )?\d{1,2}[./]\d{1,2}",
    # sr/hr/bs, Latin
    r"(?<!\w)do (ponedjeljka|ponedeljka|utorka|srijede|srede|[čc]etvrtka|petka|subote|nedjelje|nedelje)\b",
    r"(?<!\w)do kraja (ovog |sljede[ćc]eg |slede[ćc]eg )?(mjeseca|meseca|sedmice|tjedna|nedelje)",
    r"(?<!\w)(do|najkasnije( do)?) \d{1,2}\.? ?" + _SH_MONTHS,
    # sr, Cyrillic
    r"(?<!\w)до (понедељка|уторка|среде|четвртка|петка|суботе|недеље)",
    r"(?<!\w)до краја (овог |следећег )?(месеца|недеље)",
    r"(?<!\w)(до|најкасније( до)?) \d{1,2}\.? ?" + _SR_MONTHS,
    # vi
    r"(?<!\w)(đến|tới|trước|hạn|chậm nhất)( là)?( hết)? (ngày )?" + _VI_DAYS,
    r"(?<!\w)(đến|tới|trước|hạn|chậm nhất)( là)? (hết |cuối )tháng",
    r"(?<!\w)(đến|tới|trước|hạn|chậm nhất)( là)? (ngày )?\d{1,2}[/.]\d{1,2}|(?<!\w)(đến|tới|trước|hạn|chậm nhất)( là)? ngày \d{1,2}",
    # zh
    r"(下个?)?"
    + _ZH_DAYS
    + r"(之前|以前|前|为止|為止|截止)|(截至|截止到|最晚|最迟|最遲)(下个?)?"
    + _ZH_DAYS,
    r"(这个|這個|本)?(月底|月末)(之前|以前|前|为止|為止|截止|必须|必須)|(截至|截止到|最晚|最迟|最遲|到)(这个|這個|本)?(月底|月末)",
    r"\d{1,2}月\d{1,2}[日号號](之前|以前|前|为止|為止|截止)|(截至|截止到|最晚|最迟|最遲)\d{1,2}月\d{1,2}",
    # ------------------------------------------------------------------------------------
    # b. In N days / within N days / N days left, next week, day after tomorrow, tomorrow
    #    (where unambiguous and missing from HIGH), my appointment on <weekday>
    # ------------------------------------------------------------------------------------
    # de
    r"(?<!\w)(in|innerhalb|binnen)( von)? (zwei|drei|vier|fünf|fuenf|sechs|sieben|zehn|vierzehn|\d+) (tagen|werktagen)\b",
    r"(?<!\w)(nur )?noch (zwei|drei|vier|fünf|\d+) tage\b",
    r"(?<!\w)(übermorgen|uebermorgen)",
    r"(?<!\w)(mein|meinen|meine|unser|unseren)( \w+)? (termin|anhörung|gerichtstermin|vorstellungsgespräch|vorsprache|interview)"
    + _G30
    + r"((am|diesen|nächsten|kommenden) "
    + _DE_DAYS
    + r"|(nächste|kommende|nächsten|kommenden|naechste) woche)",
    r"(?<!\w)(hab|habe|haben wir)"
    + _G25
    + r"((am|diesen|nächsten|kommenden) "
    + _DE_DAYS
    + r"|(nächste|kommende|nächsten|kommenden|naechste) woche)"
    + _G20
    + r"(termin|anhörung|gerichtstermin|vorstellungsgespräch|vorsprache|interview)",
    r"(?<!\w)(hab|habe|haben wir)( ich)?( einen| eine| den| die)? (termin|anhörung|gerichtstermin|vorstellungsgespräch|vorsprache|interview)"
    + _G20
    + r"((am|diesen|nächsten|kommenden) "
    + _DE_DAYS
    + r"|(nächste|kommende|nächsten|kommenden|naechste) woche)",
    r"(?<!\w)(muss|müssen)( ich| wir)?"
    + _G15
    + r"((am|diesen|nächsten|kommenden) "
    + _DE_DAYS
    + r"|(nächste|kommende|nächsten|kommenden) woche)"
    + _G20
    + r"(zum|zur|ins|in die|bei der|beim|vor gericht|erscheinen)",
    # en
    r"(?<!\w)(in|within) (two|three|four|five|six|seven|ten) (days|working days|business days)\b|(?<!\w)within (a|one) week\b",
    r"(?<!\w)(only )?(\d+|two|three|four|five|a few) days (left|to go)\b",
    r"(?<!\w)(my|our) (appointment|interview|hearing|court date|court hearing|termin)"
    + _G30
    + r"((on|this|next) "
    + _EN_DAYS
    + r"|next week)",
    r"(?<!\w)(i|we) (have|got|'ve got|ve got|have got) (an? |my |our )?(appointment|interview|hearing|court date|court hearing|termin)"
    + _G25
    + r"((on|this|next) "
    + _EN_DAYS
    + r"|next week)",
    r"(?<!\w)(on|this|next) "
    + _EN_DAYS
    + _G15
    + r"(i|we) (have|got|'ve got|have got|must go|have to go) (an? |my |our |to (the )?)?(appointment|interview|hearing|court|termin|jobcenter|ausländerbehörde|auslanderbehorde)",
    # uk
    r"(?<!\w)(через|протягом|впродовж) (\d+|два|дві|три|чотири|п['’ʼ]?ять|сім|десять) (дні|днів|дня|тижні|тижнів)|(?<!\w)(протягом|впродовж) тижня",
    r"(?<!\w)(залишилось|залишилося|лишилось|лишилося|залишається) (лише |тільки )?(\d+|два|дві|три|чотири|п['’ʼ]?ять) (дні|днів)",
    r"(?<!\w)післязавтра",
    r"(?<!\w)(у мене|в мене|маю|мій|моя|моє|наш|наша)"
    + _G20
    + r"(запис|термін|термин|прийом|співбесід|суд)"
    + _G30
    + r"(наступного тижня|на наступному тижні|(у|в) (понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю))",
    r"(наступного тижня|на наступному тижні|(?<!\w)(у|в) (понеділок|вівторок|середу|четвер|п['’ʼ]?ятницю|суботу|неділю))"
    + _G25
    + r"(у мене|в мене|маю)"
    + _G20
    + r"(запис|термін|прийом|співбесід|суд)",
    # ru
    r"(?<!\w)(через|в течение|в течении) (\d+|два|две|три|четыре|пять|семь|десять) (дня|дней|недели|недель)|(?<!\w)в течение недели",
    r"(?<!\w)(осталось|остаётся|остается) (всего |только )?(\d+|два|две|три|четыре|пять) (дня|дней)",
    r"(?<!\w)послезавтра",
    r"(?<!\w)(у меня|у нас|мой|моя|моё|мое|наш|наша)"
    + _G20
    + r"(запись|термин|при[её]м|собеседовани|суд)"
    + _G30
    + r"(на следующей неделе|(в|во) (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))",
    r"(на следующей неделе|(?<!\w)(в|во) (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))"
    + _G25
    + r"(у меня|у нас)"
    + _G20
    + r"(запись|термин|при[её]м|собеседовани|суд)",
    # ar (Egyptian بكره, Iraqi باچر/باجر are missing from HIGH)
    r"(?<!\w)[وف]?(بكره|باچر|باجر)(?!\w)|بعد غد",
    r"(خلال|بعد|في غضون|بغضون|غضون) (يومين|اسبوع|أسبوع|("
    + _D
    + r"+|ثلاث|ثلاثة|تلات|تلاتة|تلت|اربع|أربع|اربعة|أربعة|خمس|خمسة|عشر|عشرة|سبع|سبعة) (ايام|أيام|يام|يوم))",
    r"(باقي|باقيلي|باقيلنا|ضايل|ضايلي|ضل|ضللي|بقي|بقى|بقالي|ظل|ظللي) (لي |إلي |الي |لنا )?(يومين|("
    + _D
    + r"+|ثلاث|ثلاثة|تلات|تلاتة|اربع|أربع|خمس|خمسة|عشر) (ايام|أيام|يام))",
    r"(موعدي|مواعيدي|ميعادي|معادي|مقابلتي|جلستي|محكمتي|موعدنا|ميعادنا|الترمين تبعي|الترمين تاعي|ترميني|تيرميني)"
    + _G30
    + r"((يوم )?"
    + _AR_DAYS
    + r"|(الأسبوع|الاسبوع|الجمعة|الجمعه|الجمعة) (الجاي|الجاية|الجايه|القادم|القادمة|المقبل|الياي|اللي جاي))",
    r"(عندي|عندنا|الي|إلي|لدي|لديّ|عندى)"
    + _G15
    + r"(موعد|ميعاد|معاد|مقابلة|محكمة|جلسة|ترمين|تيرمين)"
    + _G30
    + r"((يوم )?"
    + _AR_DAYS
    + r"|(الأسبوع|الاسبوع|الجمعة|الجمعه) (الجاي|الجاية|الجايه|القادم|القادمة|المقبل|الياي|اللي جاي))",
    r"((يوم )?"
    + _AR_DAYS
    + r"|(الأسبوع|الاسبوع|الجمعة|الجمعه) (الجاي|الجاية|الجايه|القادم|القادمة|المقبل|الياي|اللي جاي))"
    + _G15
    + r"(عندي|عندنا|الي|إلي|لدي|عندى) ?(موعد|ميعاد|معاد|مقابلة|محكمة|جلسة|ترمين|تيرمين)",
    # fa (Farsi/Dari)
    r"(?<!\w)(ظرف|طی|در عرض|عرض|در ظرف|پس از|بعد از)( مدت)? ("
    + _D
    + r"+|دو|سه|چهار|پنج|شش|هفت|ده|یک|یه) (روز|هفته)",
    r"(?<!\w)(فقط |تنها )?("
    + _D
    + r"+|دو|سه|چهار|پنج|چند) روز (دیگه|دیگر|وقت دارم|وقت داریم|مونده|مانده|فرصت)",
    r"(وقتم|نوبتم|قرارم|ترمینم|ترمین من|مصاحبم|مصاحبه ام|مصاحبه من|دادگاهم|محکمم|محکمه ام|وقت (دارم|داریم)|نوبت (دارم|داریم)|ترمین (دارم|داریم))"
    + _G30
    + r"(هفته (بعد|آینده|اینده|دیگه|دیگر|آتی|بعدی)|"
    + _FA_DAYS
    + r")",
    r"(هفته (بعد|آینده|اینده|دیگه|دیگر|آتی|بعدی)|"
    + _FA_DAYS
    + r")"
    + _G20
    + r"(وقت|نوبت|قرار|ترمین|مصاحبه|دادگاه|محکمه|انترویو) (دارم|داریم)",
    # tr ("yarın" is in HIGH; the unaccented spelling is not)
    r"(?<!\w)yarin\b",
    r"(?<!\w)(iki|[üu][çc]|d[öo]rt|be[şs]|alt[ıi]|yedi|on) (g[üu]n|hafta) (i[çc]inde|sonra)\b|(?<!\w)bir hafta i[çc]inde|(?<!\w)\d+ (g[üu]n|hafta) sonra\b",
    r"(?<!\w)(sadece |son )?(\d+|iki|[üu][çc]|d[öo]rt|be[şs]) g[üu]n(üm|[üu]m[üu]z)? kald[ıi]",
    r"(?<!\w)[öo]b[üu]r g[üu]n",
    r"(?<!\w)(randevum|randevumuz|terminim|terminimiz|mahkemem|duru[şs]mam|m[üu]lakat[ıi]m|g[öo]r[üu][şs]mem)"
    + _G30
    + r"(haftaya|gelecek hafta|[öo]n[üu]m[üu]zdeki hafta|"
    + _TR_DAYS
    + r")",
    r"(?<!\w)(haftaya|gelecek hafta|[öo]n[üu]m[üu]zdeki hafta|"
    + _TR_DAYS
    + r")"
    + _G25
    + r"(randevum|randevumuz|terminim|mahkemem|mahkeme|duru[şs]mam|duru[şs]ma|m[üu]lakat[ıi]m|g[öo]r[üu][şs]mem) var",
    # ps ("سبا" is in HIGH)
    r"(?<!\w)(په|تر) ("
    + _D
    + r"+|دوو|دوه|درې|دریو|دريو|څلورو|پنځو|لسو|یوه|یوې|يوې) (ورځو|ورځې|اونیو|اونۍ|اوونۍ|اونی)( کې| کی| دننه| پورې)",
    r"(?<!\w)(" + _D + r"+|دوه|درې|څلور|پنځه) ورځې (پاتې|پاتی|نورې)",
    r"((زما|زمونږ|زموږ) (وخت|ملاقات|ترمین|تېرمین|محکمه|انټرویو|مرکه|نوبت)|(وخت|ملاقات|ترمین|محکمه|انټرویو|مرکه|نوبت) (مې|می|مو|لرم|لرو))"
    + _G30
    + r"((راتلونکې|راتلونکي|راتلونکی|بله|بلې) (اونۍ|اونی|اوونۍ|هفته)|یکشنبه|یکشنبې|دوشنبه|دوشنبې|سه ?شنبه|سه ?شنبې|چهارشنبه|چهارشنبې|پنجشنبه|پنجشنبې|جمعه|جمعې|اتوار)",
    r"((راتلونکې|راتلونکي|راتلونکی|بله) (اونۍ|اونی|اوونۍ)|دوشنبې|سه ?شنبې|چهارشنبې|پنجشنبې|جمعې|اتوار)"
    + _G30
    + r"(وخت|ملاقات|ترمین|محکمه|انټرویو|مرکه|نوبت) (لرم|لرو|مې دی|می دی|لرم)",
    # ku, Kurmanji ("sibê" is in HIGH; unaccented "sibe" is not)
    r"(?<!\w)(du)?sibe\b",
    r"(?<!\w)(di|pi[şs]t[îi]) (\d+|du|s[êe]|[çc]ar|p[êe]nc|heft|deh) (roj|rojan|hefte|hefteyan)\b|(?<!\w)di hefteyek[êe] de",
    r"(?<!\w)(\d+|du|s[êe]|[çc]ar|p[êe]nc) roj (man|mane|mayne|ma)\b",
    r"(?<!\w)(randev[ûu]ya|randew[ûu]ya|term[îi]na|dadgeha|mehkemeya|hevd[îi]tina) (min|me)"
    + _G30
    + r"(hefteya (b[êe]|t[êe]|din|p[êe][şs]iya)|"
    + _KMR_DAYS
    + r")",
    r"(hefteya (b[êe]|t[êe]|din)|(?<!\w)roja "
    + _KMR_DAYS
    + r")"
    + _G25
    + r"(randev[ûu]|randew[ûu]|term[îi]n|dadgeh|mehkeme|hevd[îi]tin)",
    # ku, Sorani
    r"سبەی",
    r"(لە ماوەی|دوای|پاش|لە) ?(" + _D + r"+|دوو|سێ|چوار|پێنج|حەوت|دە) (ڕۆژ|رۆژ|هەفتە)",
    r"(?<!\w)(" + _D + r"+|دوو|سێ|چوار|پێنج) (ڕۆژ|رۆژ)ی? (ماوە|ماوەتەوە|ماوه)",
    r"(ژوان|مەوعید|مەوعد|موعید|چاوپێکەوتن|دادگا|ترمین|تێرمین)(م|مان|ەکەم|ەکەمان)"
    + _G30
    + r"(هەفتەی (داهاتوو|داهاتو|دواتر)|"
    + _CKB_DAYS
    + r")",
    r"(هەفتەی (داهاتوو|داهاتو|دواتر)|"
    + _CKB_DAYS
    + r")"
    + _G30
    + r"(ژوان|مەوعید|مەوعد|موعید|چاوپێکەوتن|دادگا|ترمین|تێرمین)(م|مان)? (هەیە|هەیه)",
    # so ("berri" is in HIGH)
    r"(?<!\w)(\d+|laba|saddex|afar|shan|toddoba|toddobo|toban|hal) (maalmood|maalin|toddobaad|usbuuc) ?(gudahood|gudaheed|gudahooda|kadib|ka dib)\b",
    r"(?<!\w)saa ?dambe\b",
    r"(?<!\w)(\d+|laba|saddex|afar|shan) maalmood (ayaa |baa )?(ii |noo )?(harsan|hadhsan|ka harsan|ka hadhay|ka haray|hartay)",
    r"(?<!\w)(ballantayda|ballanteyda|ballankayga|ballan (baan|ayaan) (leeyahay|haystaa|ku leeyahay)|maxkamad (baan|ayaan) (leeyahay|ku leeyahay)|maxkamadayda|wareysigayga|termiinkayga|terminkayga)"
    + _G30
    + r"(toddobaadka (soo socda|dambe|danbe)|usbuuca (soo socda|dambe)|"
    + _SO_DAYS
    + r")",
    r"(?<!\w)(toddobaadka (soo socda|dambe)|usbuuca soo socda|"
    + _SO_DAYS
    + r")"
    + _G30
    + r"(ballan|maxkamad|wareysi|termiin|termin) (baan|ayaan) (leeyahay|haystaa|ku leeyahay)",
    # ti ("ጽባሕ" is in HIGH)
    r"(ኣብ ውሽጢ|ድሕሪ) (\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ|ሸውዓተ|ዓሰርተ) (መዓልቲ|መዓልታት|ሰሙን|ሰሙናት)|ኣብ ውሽጢ ሰሙን",
    r"(\d+|ክልተ|ሰለስተ|ኣርባዕተ|ሓሙሽተ) መዓልቲ (ጥራይ )?(ተሪፉ|ተሪፉኒ|ተሪፈን|ተሪፉና|ተሪፈናኒ)",
    r"(ቆጸራ|ቆጸራይ|ቆጸራና|ቤት ፍርዲ|ቃለ መሕትት|ተርሚን|ተርሚነይ)" + _G30 + r"(ዝመጽእ ሰሙን|" + _TI_DAYS + r")",
    r"(ዝመጽእ ሰሙን|"
    + _TI_DAYS
    + r")"
    + _G30
    + r"(ቆጸራ|ቤት ፍርዲ|ቃለ መሕትት|ተርሚን)"
    + _G10
    + r"(ኣለኒ|ኣሎኒ|ኣለና|ኣሎና)",
    # ro
    r"(?<!\w)(în|in|peste) (\d+|dou[ăa]|trei|patru|cinci|[șşs]ase|[șşs]apte|zece) (zile|s[ăa]pt[ăa]m[âa]ni)\b",
    r"(?<!\w)(poim[âîa]ine)",
    r"(?<!\w)(mai am|mai avem|au mai r[ăa]mas|mai sunt|mi-au mai r[ăa]mas) (doar |numai )?(\d+|dou[ăa]|trei|patru|cinci) zile\b",
    r"(?<!\w)(programarea mea|am programare|am o programare|avem programare|interviul meu|am interviu|am un interviu|am instan[țţt][ăa]|am proces|termenul meu)"
    + _G30
    + r"(s[ăa]pt[ăa]m[âa]na viitoare|"
    + _RO_DAYS
    + r")",
    r"(?<!\w)(s[ăa]pt[ăa]m[âa]na viitoare|"
    + _RO_DAYS
    + r")"
    + _G20
    + r"(am|avem) (o |un )?(programare|interviu|proces|instan[țţt][ăa]|termen)",
    # pl ("jutro" is in HIGH)
    r"(?<!\w)(za|w ci[ąa]gu) (\d+|dwa|dw[óo]ch|trzy|trzech|cztery|czterech|pi[ęe][ćc]|siedem|dziesi[ęe][ćc]) (dni|tygodni|tygodnie)\b|(?<!\w)(za|w ci[ąa]gu) (tydzie[ńn]|tygodnia)\b",
    r"(?<!\w)pojutrze\b",
    r"(?<!\w)(zosta[łl]o|zosta[łl]y) (mi |nam )?(tylko |jeszcze )?(\d+|dwa|trzy|cztery|pi[ęe][ćc]|kilka) dni\b",
    r"(?<!\w)((mam|mamy) (termin|wizyt[ęe]|rozmow[ęe]|rozpraw[ęe]|spotkanie)|(m[óo]j|moja|moje|nasz|nasza) (termin|wizyta|rozmowa|rozprawa))"
    + _G30
    + r"(w przysz[łl]ym tygodniu|w "
    + _PL_DAYS_ACC
    + r")",
    r"(?<!\w)(w przysz[łl]ym tygodniu|w "
    + _PL_DAYS_ACC
    + r")"
    + _G20
    + r"(mam|mamy) (termin|wizyt[ęe]|rozmow[ęe]|rozpraw[ęe]|spotkanie)",
    # es ("mañana" is in HIGH; the unaccented spelling is not)
    r"(?<!\w)(pasado )?manana\b",
    r"(?<!\w)(en|dentro de) (\d+|dos|tres|cuatro|cinco|seis|siete|diez) (d[íi]as|semanas)\b",
    r"(?<!\w)((me|nos) quedan|solo quedan|s[óo]lo quedan) (solo |s[óo]lo )?(\d+|dos|tres|cuatro|cinco) d[íi]as\b",
    r"(?<!\w)((tengo|tenemos) (una |la |mi )?(cita|entrevista|audiencia|juicio|termin)|(mi|nuestra) (cita|entrevista|audiencia))"
    + _G30
    + r"(la (pr[óo]xima semana|semana que viene)|pr[óo]xima semana|semana que viene|(el|este|pr[óo]ximo) "
    + _ES_DAYS
    + r")",
    r"(?<!\w)(el|este|pr[óo]ximo) "
    + _ES_DAYS
    + _G20
    + r"(tengo|tenemos) (una |la |mi )?(cita|entrevista|audiencia|juicio|termin)",
    # fr ("demain" is in HIGH)
    r"(?<!\w)(dans|d['’]ici|sous) (\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze) (jours|semaines)\b",
    r"(?<!\w)(il (me|nous) reste|plus que|reste) (\d+|deux|trois|quatre|cinq) jours\b",
    r"(?<!\w)((j['’]ai|nous avons|on a) (un |mon |le |une )?(rendez-vous|rdv|entretien|audience|convocation|termin)|(mon|notre) (rendez-vous|rdv|entretien|audience|convocation))"
    + _G30
    + r"(la semaine prochaine|(ce |le )?"
    + _FR_DAYS
    + r")",
    r"(?<!\w)(la semaine prochaine|(ce |le )?"
    + _FR_DAYS
    + r")"
    + _G20
    + r"(j['’]ai|on a|nous avons) (un |mon |une )?(rendez-vous|rdv|entretien|audience|convocation)",
    # it ("domani" is in HIGH)
    r"(?<!\w)(tra|fra|entro) (\d+|due|tre|quattro|cinque|sei|sette|dieci) (giorni|giorno|settimane|settimana)\b",
    r"(?<!\w)dopodomani\b",
    r"(?<!\w)(mi |ci )?(restano|rimangono|mancano) (solo )?(\d+|due|tre|quattro|cinque) giorni\b",
    r"(?<!\w)((ho|abbiamo) (un |l['’]|il )?(appuntamento|colloquio|udienza|termin)|(il mio|il nostro) (appuntamento|colloquio|udienza))"
    + _G30
    + r"(la settimana prossima|settimana prossima|la prossima settimana|(questo |il )?"
    + _IT_DAYS
    + r")",
    r"(?<!\w)(la settimana prossima|la prossima settimana|"
    + _IT_DAYS
    + r")"
    + _G20
    + r"(ho|abbiamo) (un |l['’])?(appuntamento|colloquio|udienza)",
    # sq ("nesër" is in HIGH; the unaccented spelling is not)
    r"(?<!\w)(pas)?neser\b",
    r"(?<!\w)(brenda|pas|p[ëe]r) (\d+|dy|tre|tri|kat[ëe]r|pes[ëe]|shtat[ëe]|dhjet[ëe]) (dit[ëe]ve|dit[ëe]sh|dit[ëe]|jav[ëe]ve|jav[ëe]sh|jav[ëe])\b",
    r"(?<!\w)(mbetur|mbeten|mbet) (vet[ëe]m )?(\d+|dy|tre|tri|kat[ëe]r|pes[ëe]) dit[ëe]",
    r"(?<!\w)((kam|kemi) (nj[ëe] )?(termin|takim|intervist[ëe]|gjyq|seanc[ëe])|(termini|takimi|intervista|gjyqi|seanca) (im|jon|yn[ëe]|ime))"
    + _G30
    + r"(jav[ëe]n (q[ëe] vjen|e ardhshme|tjet[ëe]r)|t[ëe] "
    + _SQ_DAYS
    + r"|te "
    + _SQ_DAYS
    + r")",
    r"(?<!\w)(jav[ëe]n (q[ëe] vjen|e ardhshme)|t[ëe] "
    + _SQ_DAYS
    + r")"
    + _G20
    + r"(kam|kemi) (nj[ëe] )?(termin|takim|intervist|gjyq|seanc)",
    # sr/hr/bs, Latin ("sutra", "prekosutra" are in HIGH)
    r"(?<!\w)(za|u roku od|u narednih|u sljede[ćc]ih|u slede[ćc]ih|u idu[ćc]ih) (\d+|dva|dvije|dve|tri|[čc]etiri|pet|sedam|deset) (dana|sedmic[ae]|tjedna|tjedana|nedelj[ae]|nedjelj[ae])\b",
    r"(?<!\w)(ostal[aoi]|ostaje) (su |je )?(mi |nam )?(jo[šs] )?(samo )?(\d+|dva|tri|[čc]etiri|pet) dana\b",
    r"(?<!\w)((imam|imamo) (termin|sastanak|intervju|razgovor|ro[čc]i[šs]te|sud|pregled)|(moj|na[šs]) (termin|sastanak|intervju|razgovor|ro[čc]i[šs]te|pregled))"
    + _G30
    + r"(sljede[ćc]e sedmice|slede[ćc]e nedelje|idu[ćc]e sedmice|idu[ćc]i tjedan|sljede[ćc]i tjedan|idu[ćc]e nedelje|u "
    + _SH_DAYS_ACC
    + r")",
    r"(?<!\w)(u "
    + _SH_DAYS_ACC
    + r"|sljede[ćc]e sedmice|slede[ćc]e nedelje|idu[ćc]i tjedan)"
    + _G20
    + r"(imam|imamo) (termin|sastanak|intervju|ro[čc]i[šs]te|sud|pregled)",
    # sr, Cyrillic
    r"(?<!\w)(прекосутра|сутра)(?!\w)",
    r"(?<!\w)(за|у року од) (\d+|два|две|три|четири|пет|седам|десет) (дана|недеља|недеље|седмица|седмице)(?!\w)",
    r"(?<!\w)((имам|имамо) (термин|састанак|интервју|разговор|рочиште|суд|преглед)|(мој|наш) (термин|састанак|интервју|разговор|преглед))"
    + _G30
    + r"(следеће недеље|у "
    + _SR_DAYS_ACC
    + r")",
    r"(?<!\w)(у "
    + _SR_DAYS_ACC
    + r"|следеће недеље)"
    + _G20
    + r"(имам|имамо) (термин|састанак|интервју|рочиште|суд|преглед)",
    # vi ("ngày mai" is in HIGH)
    r"(?<!\w)(trong vòng|sau|còn|chỉ còn) (\d+|hai|ba|bốn|năm|bảy|mười) (ngày|tuần)(?!\w)|(?<!\w)(\d+|hai|ba|bốn|năm) (ngày|tuần) nữa(?!\w)",
    r"(?<!\w)ngày (kia|mốt)(?!\w)",
    r"(?<!\w)((có|lịch|cuộc) (hẹn|phỏng vấn|termin)|(hẹn|phỏng vấn|termin|phiên tòa)( của)? (tôi|em|mình|chị))"
    + _G30
    + r"(tuần (sau|tới)|sáng mai|chiều mai|"
    + _VI_DAYS
    + r")",
    r"(?<!\w)(tuần (sau|tới)|"
    + _VI_DAYS
    + r")"
    + _G20
    + r"(có|phải đi) (lịch |cuộc )?(hẹn|phỏng vấn|termin|ra tòa)",
    # zh ("明天" is in HIGH)
    r"[0-9一二两兩三四五六七八九十]+ ?(天|日|个工作日|個工作日|周|週|个星期|個星期)(之内|以内|内|內|之後|之后|后|後)",
    r"(只剩|还剩|還剩|只有)[0-9一二两兩三四五几幾]+ ?天",
    r"后天|後天",
    r"(我|我们|我們)"
    + _S
    + r"{0,6}(预约|預約|约|約|面试|面試|开庭|開庭|termin)"
    + _S
    + r"{0,12}(下周|下週|下星期|下礼拜|下禮拜|"
    + _ZH_DAYS
    + r")",
    r"(下周|下週|下星期|下礼拜|下禮拜|"
    + _ZH_DAYS
    + r")"
    + _S
    + r"{0,10}(我|我们|我們)?(有|要去|得去)"
    + _S
    + r"{0,4}(预约|預約|面试|面試|开庭|開庭|termin)",
    # ------------------------------------------------------------------------------------
    # c. Payments or benefits stopped, cut, not arrived, will be stopped
    #    (Jobcenter money, Bürgergeld, Kindergeld, salary, maintenance)
    # ------------------------------------------------------------------------------------
    # de
    r"(?<!\w)(mein|meine|das|unser|kein|keine)( \w+)? (geld|gehalt|lohn|bürgergeld|buergergeld|kindergeld|elterngeld|wohngeld|unterhalt|leistungen|zahlung)"
    + _G20
    + r"(nicht (angekommen|bezahlt|gezahlt|drauf|eingegangen)|noch nicht (da\b|angekommen|drauf|eingegangen)|fehlt|ist ausgeblieben|bleibt aus|wird (eingestellt|gestrichen|gestoppt|gekürzt)|soll (eingestellt|gestrichen|gestoppt|gekürzt) werden|gestoppt)",
    r"(?<!\w)(zahlt|zahlen|überweist|überweisen|ueberweist)( mir| uns)? (nicht mehr|nichts mehr|kein geld mehr)",
    r"(?<!\w)(keinen|kein|nicht das|das) (lohn|gehalt|bürgergeld|buergergeld|kindergeld|elterngeld|wohngeld|unterhalt|geld vom jobcenter) (mehr )?(bekommen|erhalten|gekriegt)",
    r"(jobcenter|familienkasse|sozialamt|leistungen|bürgergeld)"
    + _G40
    + r"(sanktion|streicht|kürzt|stoppt|stellt (die |das |meine |unsere )?(zahlung|leistung|geld)\w* ein)|(?<!\w)sanktioniert",
    # en
    r"(?<!\w)(my|our|the|no) (money|salary|wages?|pay|payment|benefits?|bürgergeld|buergergeld|kindergeld|child benefit|jobcenter money|wohngeld|elterngeld|child support)"
    + _G20
    + r"((didn'?t|did not|hasn'?t|has not|haven'?t|have not|still (hasn'?t|has not|haven'?t|not)|never|not yet) (come|came|arrive|arrived|been paid|been transferred|come in|shown up)|(will be|is being|are being|was|were|got|has been|have been|is going to be) (cut|suspended|reduced|cancel+ed|withheld|frozen|sanctioned))",
    r"(?<!\w)(didn'?t|did not|haven'?t|have not|still haven'?t|never) (get|got|receive|received|been paid) (my|our|the|any) (money|salary|wages|pay|payment|benefits?|bürgergeld|kindergeld|child benefit)",
    r"(?<!\w)(cut|cutting|suspended|suspending|stop paying|stopped paying|stopping|withholding|withheld|reduced|reducing) (my|our|her|the) (money|benefits?|payments?|salary|wages|bürgergeld|kindergeld|child benefit)|(?<!\w)sanctioned (me|us)\b",
    # uk
    r"(гроші|грошi|виплат|допомог|зарплат|джобцентр|бюргергельд|кіндергельд|аліменти)"
    + _G30
    + r"(не (прийшл|надійшл|перерахува|заплатил|виплатил|прийде|надійде)|ще не (прийшл|надійшл|перерахува)|припин|зупин|скасува|урізал|зменшил|перестан|перестал|відключ)",
    r"(?<!\w)(не|ні) (отримала|отримали|отримую|отримуємо) (гроші|виплат|зарплат|допомог|кіндергельд|бюргергельд)",
    r"(?<!\w)(зняли|знімуть|знімають) з (виплат|допомоги|джобцентр|бюргергельд)",
    # ru
    r"(деньги|выплат|пособи|зарплат|джобцентр|бюргергельд|киндергельд|алименты)"
    + _G30
    + r"(не (пришл|поступил|перечисл|заплатил|выплатил|придут|поступят)|ещё не (пришл|поступил)|еще не (пришл|поступил)|прекрат|останов|отменил|урезал|сократил|перестан|перестал|отключ)",
    r"(?<!\w)не (получила|получили|получаю|получаем) (деньги|выплат|зарплат|пособи|киндергельд|бюргергельд)",
    r"(?<!\w)(сняли|снимут|снимают) с (выплат|пособия|джобцентр|бюргергельд)",
    # ar (MSA, Levantine, Iraqi, Egyptian)
    r"(مصاري|فلوس|معاش|راتب|رواتب|جوب ?سنتر|جوبسنتر|المساعدات|المساعدة المالية|مساعدة الجوب|السوسيال|الدعم المالي|كيندر|كندر|بورغر|بيرغر|برگر|معونة|إعانة|اعانة|نفقة|النفقه|الإيجار|الايجار)"
    + _G30
    + r"(ما (نزل|نزلت|وصل|وصلت|اجت|إجت|أجت|جت|اجا|إجا|اجو|إجو|اجوا|اجتني|وصلتني|وصلني|نزلولي|حطوها|حولوها)|مانزل|ماوصل|مانزلت|ماوصلت|منزلتش|منزلش|موصلتش|موصلش|ماوصلتش|ما نزلتش|ما وصلتش|ما جاتش|لم (تصل|يصل|تنزل|ينزل|تأت|يأت|يتم تحويل)|لسا ما|لسه ما|لسة ما|بعد ما (نزل|وصل|اجت|إجت|إجا|اجا)|وقفوها|وقفوه|وقفت|توقفت|اتوقفت|انوقفت|انقطع|قطعوها|قطعوه|رح يوقف|راح يوقف|رح يقطع|راح يقطع|سيتم (إيقاف|ايقاف|قطع)|متوقف|خفضوا|خفضوها|نقصوا|نقصوها)",
    r"(وقفوا|وقفو|وقفولي|وقفوه|وقفوها|أوقف|اوقف|أوقفت|اوقفت|قطعت|قطع|حيقطعوا|هيقطعوا|رح يقطعوا|راح يقطعوا|رح يوقفوا|راح يوقفوا|هيوقفوا) ?(لي |لنا |علي |علينا |عني |عنا )?(المصاري|الفلوس|المعاش|الراتب|المساعد|الدعم|الكيندر|الجوب|البورغر|الاعانة|الإعانة)",
    r"(ما|لم) (وصلني|وصلتني|يوصلني|توصلني|وصلنا|وصلتنا|استلمت|نستلم|نزلي|نزللي|نزلتلي|اجاني|اجتني|إجاني|إجتني) ?(ال)?(مصاري|فلوس|معاش|راتب|مساعد|دعم|كيندر|جوب|بورغر|اعانة|إعانة)",
    # fa (Farsi/Dari)
    r"(پول|پیسه|حقوق|معاش|کمک ?هزینه|کمکهزینه|یارانه|جاب ?سنتر|جوب ?سنتر|کیندرگلد|کندرگلد|کیندر گلد|بورگرگلد|بورگر گلد|بیرگرگلد|نفقه)"
    + _G40
    + r"(نیومده|نیامده|نرسیده|واریز نشده|واریز نکرد|نریختن|نریختند|نریخته|قطع (کردن|کردند|میشه|میکنن|میکنند|شده|خواهد شد|کرده)|بند (کردن|کردند|شده|میشه|کرده|کده)|متوقف)",
    r"(پول|پیسه|حقوق|معاش|کیندرگلد|بورگرگلد)(م|مو|مون|مان|ش)?( رو| را| ره| ما)? (ندادن|ندادند|نداده اند|نمیدن|نمیدهند|کم کردن|کم کردند)",
    r"(قطع|بند|متوقف|کم)( کردن| کردند| کرده| شده| کده)? (پول|پیسه|کمک|حقوق|معاش|کیندرگلد|بورگرگلد)",
    # tr
    r"(?<!\w)(para|paras[ıi]|param|maa[şs]|maa[şs][ıi]m|jobcenter|job center|b[üu]rgergeld|kindergeld|[çc]ocuk paras[ıi]|[öo]deme|sosyal yard[ıi]m|kira yard[ıi]m[ıi]|yard[ıi]m paras[ıi])"
    + _G15
    + r"(yatmad[ıi]|gelmedi|yat[ıi]r[ıi]lmad[ıi]|[öo]denmedi|kesildi|kesilecek|kesiyorlar|kesecekler|durduruldu|durdurulacak|durdurdu|azalt[ıi]ld[ıi]|yatm[ıi]yor|gelmiyor|hala yok|h[âa]l[âa] yok|daha yatmad[ıi])",
    r"(?<!\w)(param[ıi]|paray[ıi]|maa[şs][ıi]m[ıi]|yard[ıi]m[ıi]|[öo]demeyi|kindergeld['’]?i|b[üu]rgergeld['’]?i) (kestiler|kesti|kesecekler|durdurdu|durduracaklar|[öo]demedi|[öo]demediler|vermedi|vermediler|yat[ıi]rmad[ıi]|yat[ıi]rmad[ıi]lar|vermiyorlar)",
    # ps
    r"(پیسې|پيسې|پیسی|معاش|تنخوا|مرسته|مرستې|جاب ?سنتر|جوب ?سنتر|کیندر[ګگ]لد|کندر[ګگ]لد|بور[ګگ]ر[ګگ]لد)"
    + _G25
    + r"(نه دي راغلي|نه دی راغلی|نه ده راغلې|نه دي راغلې|نه راځي|نه دي ورکړي|نه ورکوي|بندې شوې|بندې شوي|بند(ې|ي)? (شوې|شوي|شول|کړې|کړي|کړل|شوی|کړی)|قطع|ودرول|ودرېږي|ودریږي|کمې کړې|کمې کړي)",
    # ku, Kurmanji
    r"(?<!\w)(pere|perey[êe]|pereyên|pereyan|mea[şs]|m[ûu][çc]e|al[îi]kar[îi]|jobcenter|kindergeld|b[üu]rgergeld|destmiz)"
    + _G15
    + r"(nehat|nehatiye|nehatin|nehatine|rawestand|rawestandin|rawestiya|b[îi]rr[îi]n|bir[îi]n|qut kirin|qutkirin|qut b[ûu]|nay[êe]|nadin|nedan|nedane|k[êe]m kirin|d[êe] rawest[îi]nin)",
    # ku, Sorani
    r"(پار[ەه]|مووچ[ەه]|موچ[ەه]|یارمەتی|جۆب ?سەنتەر|کیندەرگێلد|کیندەرگەلد|بورگەرگێلد)"
    + _G15
    + r"(نەهاتووە|نەهاتوە|نەهات|نەگەیشتووە|نەگەیشتوە|نەگەیشت|ڕاگیرا|ڕاگیراوە|ڕایانگرت|ڕادەگرن|ڕادەگیرێت|دەبڕ|ئەبڕ|بڕدرا|بڕاوە|بڕیان|بڕییان|کەم کرایەوە|کەمیان کردەوە|نایەت|نەیاندا|نادەن|نەدراوە)",
    # so
    r"(?<!\w)(lacag|mushahar|gargaar|kaalmad|kaalmo|jobcenter|kindergeld|b[üu]rgergeld|masruuf)"
    + _G15
    + r"(la jooji|joojiyeen|joojin|ma iman|ma imaan|ma soo gal|ma soo gel|ma soo dhac|maan helin|lama (bixin|soo dirin|helin|siin)|la gooy|gooyeen|la dhimay|weli ma)",
    # ti
    r"(ገንዘ[ብበ]|ደሞ[ዝዘ]|ሓገ[ዝዘ]|ክፍሊ[ትተ]|ጆብሰንተር|ጆብ ሰንተር|ኪንደርገልድ|ቢዩርገርገልድ|ቡርገርገልድ)"
    + _G15
    + r"(ኣይመጸን|ኣይመጽአን|ኣይኣተወን|ኣይተኣተወን|ደው (ኢሉ|ኢሉኒ|ኣቢሎሞ|ኣቢሎም|ኣበልዎ|ክብልዎ|ከብልዎ)|ተቋሪጹ|ኣቋሪጾም|ኣቋሪጾሞ|ከቋርጽ|ተቛሪጹ|ኣቛሪጾም|ከቛርጽ|ኣይተኸፍለን|ኣይከፈሉን|ኣይከፈሉኒን|ኣይሃቡን|ኣይሃቡንን)",
    # ro
    r"(?<!\w)(banii|salariul|salariu|ajutorul|ajutorul social|aloca[țţt]ia|kindergeld|b[üu]rgergeld|jobcenter|plata|indemniza[țţt]ia|pensia alimentar[ăa])"
    + _G40
    + r"(nu (au|a|mi-?au|mi-?a|ne-?au) (venit|intrat|sosit|dat|pl[ăa]tit|virat)|n-?au (venit|intrat)|n-?a (venit|intrat)|(au|a) fost (oprit|opri[țţt]i|t[ăa]iat|suspendat|sistat|redus)|(vor|o s[ăa]|o sa) (opri|t[ăa]ia|suspenda)|oprit|t[ăa]iat|suspendat|sistat)",
    r"(?<!\w)(mi-?au|ne-?au|mi-?a) (t[ăa]iat|oprit|suspendat|redus|luat) (banii|ajutorul|aloca[țţt]ia|salariul|kindergeld|b[üu]rgergeld)",
    # pl
    r"(?<!\w)(pieni[ąa]dze|kasa|wyp[łl]ata|pensja|zasi[łl]ek|[śs]wiadczeni|jobcenter|b[üu]rgergeld|kindergeld|800 ?plus|przelew|alimenty)"
    + _G40
    + r"(nie (przysz[łl]|wp[łl]yn[ęe][łl]|wp[łl]yn[ąa][łl]|dosz[łl]|przyszed[łl]|dotar[łl])|wstrzyma|zatrzyma|obci[ęe]|odci[ęe]|cofni[ęe]|zabrali|zabior[ąa]|przestali|przestan[ąa]|nie wyp[łl]ac|jeszcze nie)",
    r"(?<!\w)(nie dosta[łl]am|nie dostali[śs]my|nie otrzyma[łl]am|nie dostaj[ęe]) (pieni[ęe]dzy|wyp[łl]aty|pensji|zasi[łl]ku|[śs]wiadcze[ńn]|kindergeld|b[üu]rgergeld)",
    # es
    r"(?<!\w)(dinero|plata|salario|sueldo|n[óo]mina|prestaci[óo]n|kindergeld|b[üu]rgergeld|jobcenter|pago|subsidio|ayuda social|ayuda del jobcenter)"
    + _G30
    + r"(no (me |nos )?(ha llegado|han llegado|lleg[óo]|llego|han pagado|pagaron|han ingresado|ingresaron|depositaron)|todav[íi]a no|(cortaron|cortado|suspendido|suspendieron|quitaron|quitado|retirado|reducido|recortado)|van a (cortar|quitar|suspender))",
    r"(?<!\w)(me|nos) (cortaron|quitaron|suspendieron|van a cortar|van a quitar|van a suspender|han cortado|han quitado) (el|la|los|las) (dinero|ayuda|ayudas|prestaci[óo]n|kindergeld|b[üu]rgergeld|sueldo|salario|pago)",
    # fr
    r"(?<!\w)(l['’]argent|mon argent|salaire|paie|aide sociale|aides sociales|allocations?|prestations?|kindergeld|b[üu]rgergeld|jobcenter|virement|versement|caf|rsa)"
    + _G40
    + r"(pas (encore )?(arriv[ée]|re[çc]u|vers[ée]|tomb[ée]|pay[ée])|(coup[ée]|suspendu|suspendue|arr[êe]t[ée]|supprim[ée]|r[ée]duit)e?s?\b|vont (couper|arr[êe]ter|suspendre|supprimer))",
    r"(?<!\w)(m['’]ont|m['’]a|nous ont|va me|vont me|vont nous) (coup[ée]|supprim[ée]|arr[êe]t[ée]|suspendu|couper|supprimer|arr[êe]ter|suspendre) (l['’]argent|les aides|le b[üu]rgergeld|le kindergeld|mon salaire|les allocations|le versement|l['’]aide)",
    # it
    r"(?<!\w)(soldi|stipendio|salario|sussidio|assegno|aiuti|kindergeld|b[üu]rgergeld|jobcenter|pagamento|bonifico)"
    + _G40
    + r"(non (mi |ci )?(sono |è |e )?(ancora )?(arrivat|entrat|pagat|versat)|(tagliat|sospes|fermat|ridott|interrott)[oaie]|(vogliono|vanno a|stanno per) (tagliare|sospendere|togliere|bloccare))",
    r"(?<!\w)(mi|ci) (hanno|vogliono) (tagliato|tolto|sospeso|ridotto|tagliare|togliere|sospendere) (i soldi|lo stipendio|il sussidio|l['’]assegno|gli aiuti|il kindergeld|il b[üu]rgergeld)",
    # sq
    r"(?<!\w)(parat[ëe]?|paret|rroga|rrog[ëe]n|pagesa|ndihma|ndihm[ëe]n|asistenca|kindergeld|b[üu]rgergeld|jobcenter)"
    + _G15
    + r"(nuk (m[ëe] |me |na )?(kan[ëe] |kane |ka |i )?(ardhur|ardh|erdh|hyr[ëe]|paguar|dh[ëe]n[ëe]|dhane)|ndaluan|ndal[ëe]n|ndaluar|pren[ëe]|prer[ëe]|pezull|hoq[ëe]n|ul[ëe]n)",
    # sr/hr/bs, Latin
    r"(?<!\w)(novac|pare|plata|pla[ćc]a|socijaln|kindergeld|b[üu]rgergeld|jobcenter|uplata|isplata|doplatak|alimentacij)"
    + _G40
    + r"(nije (stig|do[šs]l|legl|upla[ćc]en|ispla[ćc]en)|nisu (stig|uplatil|isplatil|legl)|ukinu|ukinul|obustav|prekinu|zaustav|smanjil|smanjen)",
    # sr, Cyrillic
    r"(новац|паре|плата|социјалн|киндергелд|бургергелд|џобцентар|уплата|исплата|додатак)"
    + _G40
    + r"(није (стиг|дошл|легл|уплаћен|исплаћен)|нису (стиг|уплатил|исплатил)|укину|обустав|прекину|смањ)",
    # vi
    r"(tiền|lương|trợ cấp|kindergeld|bürgergeld|jobcenter)"
    + _G25
    + r"(chưa (về|vào tài khoản|chuyển|được chuyển|nhận được|có)|không (về|chuyển|được chuyển)|bị (cắt|dừng|ngừng|giảm|treo)|(cắt|ngừng|dừng) (rồi|mất|luôn))",
    r"(?<!\w)(cắt|ngừng|dừng|giảm) (tiền|trợ cấp|lương|kindergeld|bürgergeld)|(?<!\w)chưa (nhận được|được trả|trả) (tiền|lương|trợ cấp)",
    # zh
    r"(钱|錢|工资|工資|薪水|补助|補助|补贴|補貼|救济金|福利|kindergeld|bürgergeld|jobcenter|儿童金|兒童金|公民金)"
    + _S
    + r"{0,8}(没到|沒到|没有到|沒有到|没来|沒來|还没到|還沒到|还没有|還沒有|停了|被停|停发|停發|断了|斷了|被断|被砍|减少了|減少了|被扣|不发了|不發了|没发|沒發|没打|沒打|要停)",
    r"(停了|停发了|停發了|断了|斷了|取消了|扣了|砍了)(我的|我们的)?(钱|錢|工资|工資|补助|補助|补贴|補貼|福利|kindergeld|bürgergeld)",
    # ------------------------------------------------------------------------------------
    # d. Bank account blocked; contract ends / not extended (flat or job); fired;
    #    eviction / must move out; residence permit or visa expires / expired
    # ------------------------------------------------------------------------------------
    # de ("gesperrt", "kündigung", "räumung", "läuft ab", "abgelaufen" are in HIGH)
    r"(?<!\w)(konto|girokonto|bankkonto|karte|bankkarte)"
    + _G30
    + r"(eingefroren|blockiert|gekündigt|geschlossen|gepfändet|dicht gemacht)|(?<!\w)(konto|lohn|gehalts)pfändung|(?<!\w)gepfändet",
    r"(?<!\w)(vertrag|mietvertrag|arbeitsvertrag|befristung|zeitvertrag)"
    + _G40
    + r"(endet|läuft aus|ausläuft|wird nicht verlängert|nicht verlängert|nicht mehr verlängert|beendet|aufgelöst)",
    r"(?<!\w)(fristlos |mir |uns |mich |wurde |bin )?(gekündigt|gefeuert|rausgeschmissen worden)\b|(?<!\w)(job|arbeit|stelle|arbeitsplatz) verloren|(arbeit|firma|chef|arbeitgeber|job|betrieb)"
    + _G30
    + r"entlassen|(?<!\w)entlassen"
    + _G30
    + r"(arbeit|firma|chef|arbeitgeber|job|betrieb)",
    r"(?<!\w)(muss|müssen|soll|sollen)( ich| wir)?"
    + _G30
    + r"(ausziehen|die wohnung (räumen|verlassen)|aus der wohnung|aus dem heim|aus der unterkunft)|(?<!\w)(vermieter|heim|unterkunft|heimleitung)"
    + _G40
    + r"(wirft|werfen|schmeißt|schmeisst|setzt) (uns|mich) (raus|vor die tür)",
    r"(?<!\w)(aufenthalt|aufenthaltstitel|aufenthaltserlaubnis|visum|fiktionsbescheinigung|fiktion|duldung|reisepass|pass|aufenthaltsgestattung|ausweis|blaue karte|niederlassungserlaubnis|titel)\b"
    + _G40
    + r"(läuft"
    + _S
    + r"{0,25}ab\b|ist ungültig|gilt nur noch|nur noch (bis|gültig)|gültig bis|endet|wird nicht verlängert|nicht verlängert)",
    # en ("expire(s)", "evicted", "eviction" are in HIGH)
    r"(?<!\w)(bank account|account|bank card|debit card|giro card|konto)"
    + _G25
    + r"(blocked|frozen|closed|suspended|locked|seized)|(?<!\w)(blocked|froze|frozen|closed|locked) (my|our) (bank )?(account|card)",
    r"(?<!\w)(contract|lease|tenancy|rental agreement|work permit)"
    + _G40
    + r"(ends|ending|runs out|will not be (renewed|extended)|won'?t be (renewed|extended)|not (be )?(renewed|extended)|terminated|cancel+ed)|(?<!\w)(not|won'?t be|aren'?t|are not|isn'?t) (renewing|extending) (my|our|the) (contract|lease)",
    r"(?<!\w)(got|been|was|were|get|getting|am being|i'?m being) (fired|sacked|laid off|dismissed|let go)\b|(?<!\w)(fired|dismissed|sacked) (me|us|my husband)\b|(?<!\w)lost (my|our) (job|work)\b",
    r"(?<!\w)(have to|must|need to|got to|told to|told us to|told me to)( move out| leave (the|my|our) (flat|apartment|room|house|heim|shelter|accommodation))|(?<!\w)(landlord|heim|shelter)"
    + _G30
    + r"(throw|kick|kicking|throwing|put)(ing)? (us|me) out",
    r"(?<!\w)(permit|visa|residence|aufenthalt|fiktion|duldung|passport|titel)"
    + _G40
    + r"(runs out|ran out|is running out|running out|ending|ends (on|next|this|in)|only valid (until|till|for)|valid (until|till)|no longer valid|not be (renewed|extended)|won'?t be (renewed|extended))",
    # uk ("заблокува", "виселя", "закінчується", "протермін" are in HIGH)
    r"(рахунок|рахунку|картк[ауи])" + _G30 + r"(заморож|арешт|закрил|закрили|блокува)",
    r"(договір|договору|контракт)"
    + _G40
    + r"(не продовж|закінчи|завершу|розірва|припин|не будуть продовжувати)",
    r"(?<!\w)(звільнили|звільняють|звільнять|звільнена|звільнений)(?!\w)|(?<!\w)(втратила|втратив|втратили) (роботу|місце роботи)",
    r"(?<!\w)(виселили|виселенн|виселять)|(?<!\w)(з['’ʼ]?їхати|виїхати|звільнити) (з |із )?(квартир|житл|кімнат|гуртожит)",
    r"(дозвіл|параграф|віз[аиу]|паспорт|фікціон|посвідк|айтитель|аусвайс|§ ?24)"
    + _G40
    + r"(закінчи|спливає|спливе|минає|дійсн[аийеі]{0,2} до|не продовж|більше не дійсн)",
    # ru ("заблокиров", "выселя", "заканчивается", "просроч" are in HIGH)
    r"(сч[её]т|сч[её]та|карт[ауы])" + _G30 + r"(заморож|арестова|арест|закрыл)",
    r"(договор|контракт)" + _G40 + r"(не продл|закончи|расторг|прекращ|заканчива[ею]т)",
    r"(?<!\w)(уволили|увольняют|уволят|уволена|уволен)(?!\w)|(?<!\w)(потеряла|потерял|потеряли) (работу|место)",
    r"(?<!\w)(выселили|выселени|выселят)|(?<!\w)(съехать|выехать|освободить) (из )?(квартир|жиль|комнат|общежит)",
    r"(разрешени|параграф|виз[аыу]|паспорт|фикцион|аусвайс|вид на жительство|внж|§ ?24)"
    + _G40
    + r"(закончи|истека|ист[её]к|действ\w* до|не продл|больше не действ)",
    # ar
    r"(الحساب|حسابي|حساب البنك|الحساب البنكي|الكونتو|كونتو|الكارت|كارت البنك|البطاقة البنكية|بطاقتي)"
    + _G30
    + r"(انقفل|مقفول|مسكر|تسكر|سكروه|سكرولي|مجمد|تجمد|جمدوه|جمدوا|جمدو|محظور|موقوف|اتقفل|قفلوه|قفلولي|انحظر|بلوك|متبلك|مبلوك|مغلق|أغلق|اغلق|تجميد)|(سكروا|سكرولي|جمدوا|قفلوا|قفلولي|أغلقوا|اغلقوا|حظروا) ?(لي )?(حسابي|الحساب|الكونتو|الكارت)",
    r"(العقد|عقدي|عقد الشغل|عقد العمل|عقد الإيجار|عقد الايجار|عقد البيت|الفيرتراغ|الفرتراك|الكونتراكت)"
    + _G40
    + r"(ينتهي|بينتهي|بيخلص|بخلص|رح يخلص|راح يخلص|خلص|انتهى|ما رح يجددو|ما جددو|ما جددوا|ما رح يمددو|ما مددو|ما مددوا|ما بدهم يجددو|مش هيجددو|مش هيجددوه|لن يجدد|لن يتم تجديد|فسخ|فسخوا|الغوا|ألغوا)",
    r"(فصلوني|فصلني|فصلتني|تم فصلي|سرحوني|سرّحوني|رفدوني|رفدني|استغنوا عني|فنشوني|فنشني|طردوني من الشغل|طردني من الشغل|طردوني من العمل|خسرت شغلي|خسرت عملي|فقدت عملي|فقدت وظيفتي|راح شغلي)",
    r"(لازم|يجب|مفروض|لازمنا|علينا|بدهم|بدو|عايزنا|عاوزنا|يريدون|يريدنا|يبونا|مطلوب من[اي])"
    + _G20
    + r"(نطلع|اطلع|أطلع|نخلي|أخلي|اخلي|نترك|أترك|اترك|نغادر|نسلم|نفضي|افضي) (من )?(البيت|الشقة|الشقه|السكن|الهايم|الغرفة|الغرفه|المنزل|الكامب|المخيم|الشقة)|(إخلاء|اخلاء|اخلا) (البيت|الشقة|الشقه|السكن|المنزل|الغرفة)",
    r"(الإقامة|الاقامة|إقامتي|اقامتي|الاقامه|الإقامه|اقامتنا|الفيزا|فيزتي|الفيزه|التأشيرة|التاشيرة|الباسبور|باسبوري|جوازي|الفيكسيون|الفكسيون|الفيكتسيون|الدولدونغ|الدولدونج|الدولدونك|دولدونغ|الاوفنتهالت|الأوفنتهالت|الاوسفايس|الآوسفايس|تصريح الإقامة|تصريح الاقامة)"
    + _G20
    + r"(تنتهي|بتنتهي|راح تنتهي|رح تنتهي|انتهت|خلصت|بتخلص|رح تخلص|راح تخلص|هتخلص|حتخلص|منتهية|منتهيه|ما تجددت|ما جددوها|ما رح يجددوها|مش هيجددوها|صالحة لحد|صالحة حتى|سارية حتى|سارية لحد)",
    # fa (Farsi/Dari; "تخلیه" is in HIGH)
    r"(حساب|حسابم|حساب بانکی|کارت بانکی|کارتم|اکانت|کونتو)"
    + _G30
    + r"(مسدود|بسته شد|بستن|بستند|بلاک|قفل|فریز|توقیف)",
    r"(قرارداد|قراردادم|کنترات|کنتراکت|فرتراگ)"
    + _G40
    + r"(تموم|تمام|تمدید نمی|تمدید نکرد|تمدید نشد|فسخ|لغو|ختم)",
    r"(اخراجم|اخراج شدم|منو اخراج|مرا اخراج|مره اخراج|از کار (بیرونم|بیرون کردن|اخراج|برکنار)|کارمو از دست|کارم را از دست|بیکار شدم|بیکارم کردن|رخصتم کردن|جوابم کردن|جوابم دادن|از وظیفه برکنار)",
    r"(باید|مجبوریم|مجبورم|میگن|گفتن|گفته اند|میخوان)"
    + _G30
    + r"(خونه|خانه|آپارتمان|اپارتمان|اتاق|کمپ|هایم)"
    + _G20
    + r"(خالی|ترک|بیرون)|(بیرونمون|بیرونم|بیرون ما) (میکنن|می کنن|میکنند|کردن|کنن)",
    r"(اقامت|اقامتم|ویزا|ویزه|پاسپورت|فیکسیون|فیکشن|دولدونگ|کارت اقامت|آوفنتهالت|تذکره|اجازه اقامت)"
    + _G25
    + r"(تموم|تمام|تمدید نمی|تمدید نشد|تمدید نکرد|منقضی|باطل|اعتبارش تا|اعتبار داره تا|میسوزه|سوخت)",
    # tr ("tahliye", "doluyor" are in HIGH)
    r"(?<!\w)(hesab[ıi]m|hesap|banka hesab[ıi]m|kart[ıi]m|banka kart[ıi]m|konto)"
    + _G30
    + r"(bloke|kapat[ıi]ld[ıi]|kapatt[ıi]|kapatt[ıi]lar|donduruldu|dondurdu|dondurdular|engellendi|kilitlendi|haciz)",
    r"(?<!\w)(s[öo]zle[şs]me|kontrat|kira s[öo]zle[şs]mesi|i[şs] s[öo]zle[şs]mesi)"
    + _G40
    + r"(bitiyor|bitecek|sona eriyor|sona erecek|uzat[ıi]lmayacak|uzatm[ıi]yor|uzatmayacak|uzatmad[ıi]|uzat[ıi]lmad[ıi]|feshedildi|yenilenmeyecek|bitti)",
    r"(?<!\w)(i[şs]ten (([çc][ıi]kar[ıi]ld[ıi]m|[çc][ıi]kard[ıi]lar|[çc][ıi]kard[ıi]|[çc][ıi]karacaklar|at[ıi]ld[ıi]m|att[ıi]lar|att[ıi]|kovuldum))|kovuldum|beni kovdu|beni kovdular|i[şs]imi kaybettim|i[şs]siz kald[ıi]m)",
    r"(?<!\w)(evden|evi|daireyi|odayı|oday[ıi]) ([çc][ıi]kmam[ıi]z|[çc][ıi]kmam|bo[şs]altmam[ıi]z|bo[şs]altmam|bo[şs]altmak) (laz[ıi]m|gerek|gerekiyor|gerekecek|istiyor|istiyorlar)|(?<!\w)(bizi|beni) evden ([çc][ıi]kar[ıi]yor|[çc][ıi]karacak|at[ıi]yor|atacak|[çc][ıi]kar[ıi]yorlar|at[ıi]yorlar|atacaklar)",
    r"(?<!\w)(oturum|oturma izni|ikamet|vize|pasaport|fiktion|duldung|kimlik|aufenthalt)"
    + _G40
    + r"(bitiyor|bitecek|bitti|doldu|dolacak|s[üu]resi (dol|bit)|uzat[ıi]lmad[ıi]|uzatm[ıi]yor|uzat[ıi]lmayacak|ge[çc]ersiz)",
    # ps
    r"(حساب|بانکي حساب|بانک حساب|کارت)" + _G30 + r"(بند (شو|شوی|شوی دی|کړ|کړی|کړل)|بلاک|مسدود|قفل)",
    r"(قرارداد|تړون|کانټرکټ|کنټرات|کنترات)"
    + _G40
    + r"(ختمیږي|ختمېږي|ختم|پای ته رسیږي|نه اوږدوي|نه تمدیدوي|تمدید نه|نه غځوي|لغوه)",
    r"له (کار|کاره|دندې|دندي)"
    + _G15
    + r"(ویستل|وویستل|وایستل|ایستل|وشړل|شړل|لرې کړ)|(دنده|کار)( مې| می)? (له لاسه ورکړ|بایلود|بایللود|ختم شو)",
    r"(کور|اپارتمان|کوټه|خونه)"
    + _G30
    + r"(خالي|خالی) (کړو|کړم|کړئ|کړي)|له (کوره|کور نه|کور څخه)"
    + _G10
    + r"(باسي|وباسي|ویستل|شړي|وشړو)",
    r"(اقامت|ویزه|ويزه|پاسپورټ|پاسپورت|اجازه|فیکسیون|دولدون[ګگ]|کارت)"
    + _G40
    + r"(ختمیږي|ختمېږي|ختمیږی|ختم شو|ختم شوی|ختمه شوه|پای ته رسیږي|تمدید نه|نه تمدیدوي|باطل)",
    # ku, Kurmanji
    r"(?<!\w)(hesab|hesab[êe]|konto|kart)"
    + _G30
    + r"(bloke|girtin|hat girtin|hatiye girtin|cemidandin|qefilandin|asteng)",
    r"(?<!\w)(peyman|g[îi]r[êe]best|qontrat|kontrat)"
    + _G40
    + r"(diqede|xelas dibe|daw[îi] dibe|dir[êe]j nakin|dir[êe]j nake|n[ûu] nakin|temam dibe|betal)",
    r"(?<!\w)ji kar[êe]? (hatim derxistin|hat derxistin|derxistim|derxistin|av[êe]tim|av[êe]tin|hatim av[êe]tin)|(?<!\w)kar[êe] (xwe|min) winda kir|(?<!\w)b[êe]kar mam",
    r"(?<!\w)(div[êe]|mecb[ûu]r)"
    + _G25
    + r"(ji mal[êe]|ji xan[îi]y[êe]|ji xan[îi]|ji apartman[êe]|ji odey[êe]) (derkevin|derkevim|bi[çc]in|vala bikin)|(?<!\w)me ji mal[êe] (derdixin|derdixe|dav[êe]jin|diav[êe]jin)",
    r"(?<!\w)([îi]qame|oturum|v[îi]za|pasaport|fiktion|duldung|dest[ûu]ra (may[îi]n[êe]|r[ûu]ni[şs]tin[êe])|aufenthalt)"
    + _G40
    + r"(diqede|diqed[êe]|qediya|xelas dibe|xelas b[ûu]|daw[îi] dibe|dir[êe]j nakin|nay[êe] dir[êe]jkirin|betal b[ûu])",
    # ku, Sorani
    r"(حساب|حیساب|هەژمار|ئەکاونت|کارت)"
    + _G30
    + r"(داخرا|داخراوە|بلۆک|بەستراوە|ڕاگیراوە|قفڵ|سڕکرا)",
    r"(گرێبەست|قەرارداد|عەقد|کۆنتراکت)"
    + _G40
    + r"(تەواو دەبێت|تەواو دەبێ|تەواو ئەبێ|کۆتایی دێت|درێژ ناکەنەوە|درێژ ناکرێتەوە|نوێ ناکەنەوە|هەڵوەشایەوە|تەواو بوو)",
    r"(دەرکرام|دەریانکردم|دەریان کردم|دەرکراوم|لایانبردم|بێکار بووم|کارەکەم لەدەستدا|کارەکەم لە دەست دا|ئیشەکەم لەدەستدا|ئیشەکەم لە دەست دا)",
    r"(دەبێت|دەبێ|ئەبێ|ناچارین|ناچارم)"
    + _G25
    + r"(ماڵ|خانوو|شوقە|ژوور)"
    + _G15
    + r"(چۆڵ|بەجێ)|لە ماڵ(ەکە)? دەرمان (دەکەن|دەکات|ئەکەن)",
    r"(ئیقامە|اقامە|ڤیزا|ڤیزە|پاسپۆرت|پاسەپۆرت|مۆڵەت|دولدونگ|فیکسیۆن)"
    + _G40
    + r"(تەواو دەبێت|تەواو دەبێ|تەواو ئەبێ|تەواو بوو|بەسەر دەچێت|بەسەرچوو|بەسەر چووە|درێژ ناکەنەوە|کۆتایی دێت)",
    # so
    r"(?<!\w)(akoon|koonto|xisaab|kaar)"
    + _G30
    + r"(la xiray|la xidhay|xireen|xidheen|la xannibay|la bloogay|bloog|la qaboojiyay|xiran|xidhan)",
    r"(?<!\w)(heshiis|qandaraas|kontraat)"
    + _G40
    + r"(dhamaanaya|dhammaanaya|ku dhacaya|ma kordhinayaan|lama kordhin|lama cusboonaysiin|ma cusboonaysiinayaan|la joojiyay|dhamaaday|dhammaaday)",
    r"(?<!\w)shaqad(a|ii)"
    + _G20
    + r"(laga (i )?eryay|laga saaray|iga eryeen|iga saareen|la iga eryay|la iga saaray|waan waayay|waan lumiyay)|(?<!\w)(waa la i eryay|waa la iga saaray shaqada)",
    r"(?<!\w)(guriga|aqalka|qolka|abartamaha)"
    + _G30
    + r"(ka bixi|ka baxno|ka baxnaa|ka guurno|ka guuri|banneyn|bannayn|naga saarayaan|naga saaraya|na saarayaan)",
    r"(?<!\w)(sharci|ruqsad|fiiso|baasaboor|aufenthalt|duldung|fiktion|kaarka deganaanshaha|deganaansho)"
    + _G40
    + r"(dhacaya|dhacay|dhamaanaya|dhammaanaya|dhamaaday|dhammaaday|waqtigiisu|muddadiisu|lama kordhin|ma kordhinayaan)",
    # ti
    r"(ሕሳብ|ሕሳበይ|ኮንቶ|ካርድ)" + _G30 + r"(ተዓጽዩ|ዓጽዮሞ|ተዓጺዩ|ብሎክ|ተኣጊዱ|ኣጊዶሞ)",
    r"(ውዕል|ውዕለይ|ኮንትራት|ኮንትራተይ)" + _G40 + r"(ይውዳእ|ተወዲኡ|ክውዳእ|ኣየናውሕዎን|ኣይናውሑዎን|ኣይሕደስን|ኣይሓድስዎን|ተሰሪዙ)",
    r"(ካብ ስራሕ|ካብ ስራሐይ)" + _G15 + r"(ኣውጺኦምኒ|ሰጒጎምኒ|ሰጎጉኒ|ተሰጒገ|ኣባሪሮምኒ|ተባሪረ|ተሰናቢተ)|ስራሐይ (ጠፊኡኒ|ስኢነ)",
    r"(ገዛ|ገዛና|ኣፓርታማ|ክፍሊ)" + _G30 + r"(ክንለቕቕ|ክንወጽእ|ክወጽእ|ከውጽኡና|ከውጽኡኒ|የውጽኡና|ኣውጽኡና)",
    r"(ፍቓድ|ፍቓደይ|ቪዛ|ቪዛይ|ፓስፖርት|ፓስፖርተይ|ዱልዱንግ|ፊክስዮን|ኣውፈንትሃልት)"
    + _G40
    + r"(ይውዳእ|ተወዲኡ|ክውዳእ|ግዜኡ ሓሊፉ|ግዜኡ ይሓልፍ|ኣይናውሕዎን|ኣየናውሕዎን|ኣይሕደስን)",
    # ro
    r"(?<!\w)(contul|cont|cardul)"
    + _G30
    + r"(blocat|[îi]nghe[țţt]at|[îi]nchis|suspendat|poprit)|(?<!\w)poprire",
    r"(?<!\w)contract(ul)?"
    + _G40
    + r"(se termin[ăa]|expir[ăa]|nu (mi-?l |il |[îi]l )?(mai )?(prelunge[șşs]te|prelungesc|re[îi]nnoiesc)|nu (se|va fi) prelung|reziliat|[îi]nceteaz[ăa])",
    r"(?<!\w)(m-?au|m-?a|am fost|sunt|au|a fost) (concediat[ăa]?|dat[ăa]? afar[ăa]|disponibilizat[ăa]?)|(?<!\w)concedier",
    r"(?<!\w)(evacuare|evacua[tț]|evacueze|evacueaz[ăa])|(?<!\w)(trebuie s[ăa]|tre s[ăa]) (ne mut[ăa]m|m[ăa] mut|plec[ăa]m|eliber[ăa]m)"
    + _G20
    + r"(din|apartament|locuin|cas[ăa]|camer)",
    r"(?<!\w)(permis|viza|pa[șşs]aport|reziden[țţt]|aufenthalt|fiktion|duldung|titlul|dreptul de [șşs]edere)"
    + _G40
    + r"(expir[ăa]|expirat|nu (mai )?e valabil|valabil p[âa]n[ăa]|nu se prelunge)",
    # pl
    r"(?<!\w)(konto|rachunek|karta|kart[ęe])"
    + _G30
    + r"(zablokowa|zamro[żz]on|zaj[ęe]te|zamkni[ęe]t)|(?<!\w)(zaj[ęe]cie komornicze|komornik zaj[ąa][łl])",
    r"(?<!\w)(umowa|umow[ęey])"
    + _G40
    + r"(ko[ńn]czy|sko[ńn]czy|wygasa|nie (zostanie )?przed[łl]u[żz]|rozwi[ąa]za|wypowiedzi)",
    r"(?<!\w)(zwolni\w* mnie|mnie zwolni\w*|zwolnion[ay] z pracy|wyrzucili mnie z pracy|wywalili mnie|straci[łl]am prac[ęe]|straci[łl]em prac[ęe]|dosta[łl]am wypowiedzenie|dosta[łl]em wypowiedzenie)",
    r"(?<!\w)(eksmisj|eksmit)|(?<!\w)(musimy|musz[ęe]|mamy|ka[żz][ąa] nam|kazali nam)"
    + _G15
    + r"(si[ęe] )?wyprowadzi[ćc]",
    r"(?<!\w)(pobyt|karta pobytu|wiza|wizy|paszport|fikcj|fiktion|duldung|zezwoleni|tytu[łl] pobytowy|aufenthalt)"
    + _G40
    + r"(wygasa|wygas[łl]|ko[ńn]czy|sko[ńn]czy|traci wa[żz]no[śs][ćc]|wa[żz]n\w* do|niewa[żz]n|nie przed[łl]u[żz])",
    # es
    r"(?<!\w)(cuenta|tarjeta)" + _G30 + r"(bloquead|congelad|embargad|cerrad|cancelad)",
    r"(?<!\w)contrato"
    + _G40
    + r"(termina|se acaba|vence|no (me )?(lo )?(van a )?renova|no (me )?(lo )?renuevan|no (me )?(lo )?prorroga|rescindi|cancelaron)",
    r"(?<!\w)me (han )?(despidieron|despidi[óo]|despedido|echaron del trabajo)|(?<!\w)me van a despedir|(?<!me )(?<!\w)despido\b|(?<!\w)perd[íi] (mi|el) (trabajo|empleo)",
    r"(?<!\w)(desahucio|desalojo|desalojar|desalojan|desahuciar|desahucian)|(?<!\w)nos echan (del piso|de casa|de la casa)|(?<!\w)tenemos que (salir|irnos|dejar)( de)? (el piso|del piso|la casa|de la casa|del apartamento|la vivienda|de la vivienda)",
    r"(?<!\w)(permiso|residencia|visa|visado|pasaporte|fiktion|duldung|aufenthalt)"
    + _G40
    + r"(vence|venci[óo]|caduca|caduc[óo]|caducado|vencido|expira|expir[óo]|expirado|se acaba|v[áa]lid[oa] hasta)",
    # fr
    r"(?<!\w)(compte|carte bancaire)" + _G30 + r"(bloqu[ée]|gel[ée]|ferm[ée]|saisi|suspendu)",
    r"(?<!\w)contrat"
    + _G40
    + r"(se termine|finit|prend fin|expire|pas (être |etre )?renouvel|pas prolong|r[ée]sili[ée]|rompu)",
    r"(?<!\w)(m['’]a|m['’]ont|suis|[ée]t[ée]|j['’]ai [ée]t[ée]) (licenci[ée]e?|renvoy[ée]e?|vir[ée]e?)\b|(?<!\w)licenciement|(?<!\w)perdu mon (travail|emploi|boulot)",
    r"(?<!\w)(expulsion|expuls[ée]e?s?|expulser|expulsent)|(?<!\w)quitter (le|l['’]|mon|notre) ?(logement|appartement|appart|foyer)",
    r"(?<!\w)(titre de s[ée]jour|r[ée]c[ée]piss[ée]|visa|passeport|carte de s[ée]jour|fiktion|duldung|aufenthalt|autorisation)"
    + _G40
    + r"(expire|se termine|finit|p[ée]rim[ée]|valable jusqu|n['’]est plus valable|pas renouvel|pas prolong)",
    # it
    r"(?<!\w)(conto|carta)" + _G30 + r"(bloccat|congelat|pignorat|chius|sospes)",
    r"(?<!\w)contratto"
    + _G40
    + r"(scade|finisce|termina|non (me lo )?(rinnova|rinnovano|prolunga|prolungano|proroga)|non (verr[àa]|sar[àa]) rinnovato|disdett|rescisso)",
    r"(?<!\w)(mi hanno licenziat|sono stat[ao] licenziat|mi licenzia|licenziament|ho perso il lavoro|mi hanno cacciat[ao] dal lavoro)",
    r"(?<!\w)(sfratto|sfrattat|sgombero)|(?<!\w)dobbiamo lasciare (la casa|l['’]appartamento|l['’]alloggio)|(?<!\w)ci (buttano|cacciano) (fuori|di casa)",
    r"(?<!\w)(permesso|il (mio )?visto|visto di soggiorno|passaporto|fiktion|duldung|aufenthalt|titolo di soggiorno|carta di soggiorno)"
    + _G40
    + r"(scade|scaduto|scaduta|valido fino|non (è|e) più valido|non (lo )?rinnova|non prorog)",
    # sq
    r"(?<!\w)(llogari|kartel|kart[ae])"
    + _G30
    + r"(bllokuar|bllokua|bllokoi|bllokuan|mbyllur|ngrir[ëe]|sekuestr)",
    r"(?<!\w)kontrat\w*"
    + _G40
    + r"(mbaron|p[ëe]rfundon|skadon|nuk (ma |na )?(zgjat|rinov)|prishur|anuluar)",
    r"(?<!\w)(m[ëe]|me) (pushuan|hoq[ëe]n|nxor[ëe]n) (nga puna|nga pune)|(?<!\w)(pushuar|hequr) nga puna|(?<!\w)humba pun[ëe]n|(?<!\w)mbeta pa pun[ëe]",
    r"(?<!\w)(d[ëe]bim|d[ëe]bojn[ëe])|(?<!\w)na nxjerrin (nga |jasht[ëe] )|(?<!\w)duhet t[ëe] (dalim|lirojm[ëe]|largohemi) (nga )?(sht[ëe]pia|banesa|apartamenti)",
    r"(?<!\w)(leja|lejen|leje q[ëe]ndrimi|viza|viz[ëe]n|pasaport|fiktion|duldung|aufenthalt)"
    + _G40
    + r"(skadon|skaduar|skadoi|mbaron|p[ëe]rfundon|vlen deri|e vlefshme deri|nuk (ma |na )?zgjat)",
    # sr/hr/bs, Latin
    r"(?<!\w)(ra[čc]un|konto|kartic)" + _G30 + r"(blokiran|blokira|zamrznut|zatvoren|uga[šs]en)",
    r"(?<!\w)ugovor"
    + _G40
    + r"(isti[čc]e|zavr[šs]ava|prestaje|ne[ćc]e (mi )?(ga )?produ[žz]iti|ne produ[žz]uju|raskinut)",
    r"(?<!\w)((dobila|dobio|dobili)( sam| smo| je)? otkaz|dali (su )?mi otkaz|otpustili|otpu[šs]ten[a]?|ostala bez posla|ostao bez posla|izbacili (su )?me s posla)",
    r"(?<!\w)(delo[žz]acij|iseljenj)|(?<!\w)moramo (da )?(se )?isel(iti|imo)|(?<!\w)moramo napustiti stan|(?<!\w)izbacuju nas iz stana",
    r"(?<!\w)(boravak|boravi[šs]n|dozvol|viza|vizu|paso[šs]|putovnic|fiktion|duldung|aufenthalt)"
    + _G40
    + r"(isti[čc]e|istekl|isteka|va[žz]i do|vrijedi do|vi[šs]e ne va[žz]i|ne[ćc]e produ[žz]iti)",
    # sr, Cyrillic
    r"(рачун|картиц)" + _G30 + r"(блокиран|замрзнут|затворен)",
    r"(?<!\w)уговор"
    + _G40
    + r"(истиче|завршава|престаје|неће (ми )?(га )?продужити|не продужују|раскинут)",
    r"(?<!\w)((добила|добио|добили)( сам| смо| је)? отказ|дали су ми отказ|отпустили|отпуштен|остала без посла|остао без посла)",
    r"(?<!\w)(деложациј|исељењ)|(?<!\w)морамо (да )?(се )?исел(ити|имо)|(?<!\w)избацују нас",
    r"(?<!\w)(боравак|боравишн|дозвол|виза|визу|пасош|фиктион|дулдунг)"
    + _G40
    + r"(истиче|истекл|истека|важи до|више не важи|неће продужити)",
    # vi
    r"(?<!\w)tài khoản"
    + _G30
    + r"(bị (khóa|khoá|phong tỏa|phong toả|đóng|chặn)|khóa|khoá)|(?<!\w)(khóa|khoá|phong tỏa|phong toả) tài khoản",
    r"(?<!\w)hợp đồng" + _G40 + r"(hết hạn|kết thúc|không (được )?gia hạn|chấm dứt|bị hủy|bị huỷ)",
    r"(?<!\w)(bị (đuổi việc|sa thải|cho nghỉ việc|mất việc)|đuổi việc|sa thải|mất việc)",
    r"(?<!\w)(phải (dọn|chuyển) (ra|đi|nhà)|bị đuổi (ra )?khỏi nhà|đuổi (ra )?khỏi nhà|chủ nhà đuổi)",
    r"(?<!\w)(giấy phép|giấy cư trú|thẻ cư trú|visa|thị thực|hộ chiếu|fiktion|duldung|aufenthalt|cư trú)"
    + _G40
    + r"(hết hạn|sắp hết|không (được )?gia hạn|có hạn đến|hạn đến)",
    # zh
    r"(银行账户|銀行賬戶|账户|帳戶|賬戶|账号|帳號|银行卡|銀行卡)"
    + _S
    + r"{0,10}(被冻结|被凍結|冻结|凍結|被封|封了|被锁|被鎖|锁了|被停用|停用|被关|被關|关闭|關閉)",
    r"(合同|合約|合约|租约|租約)"
    + _S
    + r"{0,15}(到期|不续|不續|没续|沒續|不再续|终止|終止|结束|結束|解除)",
    r"(被解雇|被解僱|被开除|被開除|被辞退|被辭退|被炒|解雇了我|开除了我|辞退了我|丢了工作|丟了工作|失业了|失業了)",
    r"(被赶出|被趕出|赶我们出去|要搬出去|必须搬走|必須搬走|必须搬出|要我们搬走|让我们搬走|讓我們搬走|驱逐|驅逐)",
    r"(居留|签证|簽證|护照|護照|fiktion|duldung|aufenthalt)"
    + _S
    + r"{0,15}(到期|过期|過期|失效|不给续|不續|不续|没续签|沒續簽|延不了)",
]

CRISIS_EXTRA: list[str] = [
    # ------------------------------------------------------------------------------------
    # Threats to kill or hurt, first person or aimed at her / the children (never news:
    # "a woman was killed in Berlin" has no me/us/you/children object).
    # ------------------------------------------------------------------------------------
    # de
    r"(?<!\w)bringt (er |sie )?(mich|uns|die kinder|meine kinder|mein kind) (noch )?um\b",
    r"(?<!\w)(dich|uns|die kinder|meine kinder|euch|mein kind) (alle )?(umbringen|töten|toeten|abstechen|erstechen|erschießen|erwürgen)",
    r"(?<!\w)(ich )?(bring|bringe) (dich|euch) (noch )?um\b|(?<!\w)(töte|tötet|toetet) (mich|dich|uns)\b|(?<!\w)(mach|stech) dich (kalt|ab)\b",
    r"(?<!\w)droht (mir|uns|meinen kindern)\b|(?<!\w)messer"
    + _G30
    + r"(bedroht|gedroht|auf mich|an meinen hals|an den hals)",
    # en
    r"(?<!\w)(he|she|they|husband|partner|ex)('ll| will|'s going to| is going to| gonna| is gonna| said he would| said he will| says he will| said he'?d| threatens to| threatened to| wants to| swore to)( \w+)? (kill|murder|stab|hurt|shoot|strangle|choke) (me|us|my (kids|children|son|daughter|baby)|the (kids|children|baby))\b",
    r"(?<!\w)i('ll| will|'m going to| am going to| gonna) (kill|murder|stab) (you|u)\b",
    r"(?<!\w)(kill|murder|hurt) (my|the) (kids|children|baby)\b",
    # uk
    r"вбʼє|вб['’ʼ]ю (тебе|вас)|(тебе|вас) вб['’ʼ]ю|вб['’ʼ]ють (мене|нас|дітей)",
    r"(?<!\w)(вбити|убити|прибити|зарізати|задушити) (мене|нас|дітей|дитину)|(?<!\w)(приб['’ʼ]є|заріже|задушить) (мене|нас|дітей)",
    # ru
    r"(?<!\w)уб(ью|ьют) (тебя|вас|меня|нас|детей)|(?<!\w)(тебя|вас) убью",
    r"(?<!\w)(убить|прибить|зарезать|задушить|прирезать) (меня|нас|детей|ребенка|ребёнка)|(?<!\w)(прибь[её]т|зарежет|задушит) (меня|нас|детей)",
    # ar (MSA, Levantine, Iraqi "يكتلني", Egyptian "هموتك")
    r"(?<!الشوق )(?<!الملل )(?<!الحنين )يقتلني(?! ?(ال)?(ملل|شوق|حنين|فضول|برد|ضحك|زهق))|يقتلنا|يذبحني|يدبحني|يخنقني|يموتني|يموّتني|يكتلني|يكتلنا",
    r"(رح|راح|ح|ه|ب|س)(اقتلك|أقتلك|اكتلك|أكتلك|ادبحك|أدبحك|اذبحك|أذبحك|موتك|موّتك)|اقتلك|أقتلك|سأقتلك",
    r"(رح|راح|بدو|بده|عايز|يريد|هدد\w*)( ب| ان| أن| إن)? ?(ي)?(قتل|أذي|اذي|ذبح|دبح|يقتل|يأذي|يؤذي|يذبح|يدبح|يكتل)\w* ?(الولاد|ولادي|اولادي|أولادي|الأطفال|الاطفال|بنتي|ابني|ولدي|اطفالي|أطفالي)",
    r"(هددني|يهددني|تهددني|هددنا|يهددنا) (بالموت|بالذبح|بالسكين|بالسلاح)",
    # fa (Farsi/Dari; ZWNJ is stripped by clean)
    r"(بچه|بچههام|بچههامو|بچهها|بچه ها|اولاد|اولادم|اولادامو|دخترم|پسرم)(م|مو|رو|را|ره)?( را| رو| ره)? (می)?(کشه|کشد|کشن|کشند)(?!\w)",
    r"میکش(دم|تم)(?!\w)|(?<!\w)(تهدید به (مرگ|قتل|کشتن)|تهدید (کرد|میکنه) (که )?(منو|مرا|مره) (میکشه|بکشه|میکشد))",
    # tr ("beni öldürecek" is in CRISIS)
    r"(?<!\w)([öo]ld[üu]r[üu]r[üu]m|[öo]ld[üu]rcem|[öo]ld[üu]recem|gebertirim|gebertcem|gebertecem)\b|(?<!\w)seni [öo]ld[üu]r(ece[ğg]im|[üu]r[üu]m)",
    r"(?<!\w)(beni|bizi|[çc]ocuklar[ıi]|[çc]ocuklar[ıi]m[ıi]|k[ıi]z[ıi]m[ıi]|o[ğg]lumu) ([öo]ld[üu]r[üu]r|[öo]ld[üu]recek|[öo]ld[üu]recekmi[şs]|[öo]ld[üu]rmek|bo[ğg]acak|b[ıi][çc]aklayacak|kesecek|[öo]ld[üu]r[üu]rm[üu][şs])",
    # ps
    r"(?<!\w)(ما|موږ|مونږ|ماشومان|ماشومانو)( به)? (و)?وژني|(?<!\w)(دې|تا|تاسو)( به)? (و)?وژنم|(?<!\w)(ما|ماته|ما ته) (د )?(وژلو|مرګ) (ګواښ|گواښ)",
    # ku, Kurmanji
    r"(?<!\w)(ez[êe]?|ez d[êe]) te bikujim|(?<!\w)(w[êe]|d[êe]|[êe]) (min|me|zarokan|zarok[êe]n min) bikuje|(?<!\w)(min|me) (dikuje|bikuje)\b",
    r"(?<!\w)(gef|tehd[îi]d) (li min|l[êe]m|li me) (dixwe|dike|xwar|kir)",
    # ku, Sorani
    r"(دەمکوژ|ئەمکوژ|دەتکوژم|ئەتکوژم|دەمانکوژ|ئەمانکوژ)|(منداڵەکان|منداڵەکانم)"
    + _G10
    + r"(دەکوژ|ئەکوژ)|هەڕەشە(ی کوشتن)?م لێ ?(دەکات|ئەکات|کرد)",
    # so
    r"(?<!\w)(wuu|way|wey|ayuu|ayay|buu) (i|na|carruurta|caruurta|ilmaha) (dilayaa|dili doonaa|dili rabaa|dilayaan|dilaa)\b|(?<!\w)(waan|waxaan|baan) ku (dilayaa|dili doonaa|dilaa)\b",
    r"(?<!\w)(i|na) (hanjabaa|hanjabay|handadaa|handaday|u hanjabay|ugu hanjabay)|(?<!\w)in uu (i|na) dilo",
    # ti
    r"(ክቐትለ|ክቕትለ|ክቀትለ|ክቐትል|ክቀትል)(ኒ|ና|ኪ|ክን)|(ቆልዑ|ደቀይ|ውላደይ)"
    + _G15
    + r"(ክቐትሎም|ክቀትሎም)|(የፈራርሓኒ|ይፈራርሓኒ|ኣፈራሪሑኒ)",
    # ro
    r"(?<!\w)(o s[ăa]|va|vrea s[ăa]|a zis c[ăa]|zice c[ăa]|amenin[țţt][ăa] c[ăa]|spune c[ăa]) (m[ăa]|ne|te|[îi]i|pe copii)[^.!?]{0,5}(omoare|omoar[ăa]|ucid[ăa]|omor|omori)|(?<!\w)te omor\b",
    # pl
    r"(?<!\w)(zabije|zabij[ąa]) (mnie|nas|dzieci|ci[ęe]|was)\b|(?<!\w)(mnie|nas|dzieci) (zabije|zabij[ąa])\b|(?<!\w)zabij[ęe] (ci[ęe]|was)\b|(?<!\w)grozi[łl]?( mi)?,? [żz]e (mnie |nas |dzieci )?zabij",
    # es
    r"(?<!\w)(me|nos) (va|van) a matar|(?<!\w)me matar[áa]\b|(?<!\w)(dijo|dice) que (me|nos) (mata|matar[áa])|(?<!\w)te (voy a matar|mato)\b|(?<!\w)(matar|mata) a (mis|los) (hijos|ni[ñn]os)|(?<!\w)amenaz[óoa] (con|de) matar",
    # fr
    r"(?<!\w)(va|vont|veut|veulent|menace de|a menac[ée] de) (me|nous|les enfants|mes enfants) tuer|(?<!\w)(il|elle) (me|nous) tuera|(?<!\w)je (vais )?te tue|(?<!\w)je vais te tuer|(?<!\w)tuer (les|mes) enfants",
    # it
    r"(?<!\w)(mi|ci) (ammazzer[àa]|uccider[àa])\b|(?<!\w)che (mi|ci) (ammazza|uccide)\b|(?<!\w)(vuole|minaccia di|ha minacciato di|dice che) (ammazzarmi|uccidermi|ammazzarci|ucciderci|mi ammazza|mi uccide)|(?<!\w)ti (ammazzo|uccido)\b|(?<!\w)(ammazzare|uccidere) i (bambini|miei figli)",
    # sq
    r"(?<!\w)do (m[ëe]|me|na|t['’]i) (vras[ëe]|vrase)\b|(?<!\w)(do )?t[ëe] vras\b|(?<!\w)(m[ëe]|me|na) vret\b|(?<!\w)(vras[ëe]|vras) (f[ëe]mij[ëe]t|femijet)",
    # sr/hr/bs, Latin
    r"(?<!\w)ubi(t [ćc]|[ćc])e (me|nas|djecu|decu)\b|(?<!\w)[ćc]e (me|nas|djecu|decu) ubiti|(?<!\w)ubi(t [ćc]|[ćc])u te\b|(?<!\w)(prijet|pret)i(o)? (mi|nam)\b|(?<!\w)(prijet|pret)i(o)? (je )?da [ćc]e (me|nas) ubiti",
    # sr, Cyrillic
    r"(?<!\w)убиће (ме|нас|децу)|(?<!\w)ће (ме|нас|децу) убити|(?<!\w)убићу те|(?<!\w)прети(о)? (ми|нам)(?!\w)",
    # vi
    r"(?<!\w)giết (tôi|em|mẹ con|con tôi|các con|chúng tôi|mày|mầy|con em)(?!\w)|(?<!\w)(dọa|doạ|đe dọa|đe doạ) giết",
    # zh
    r"(杀|殺|弄死|打死|砍死|掐死)了?(我|我们|我們|孩子|你)|威胁要?(杀|殺|弄死|打死)|威脅要?(杀|殺|弄死|打死)",
    # ------------------------------------------------------------------------------------
    # Locked in / not let out; passport, phone or papers taken
    # ------------------------------------------------------------------------------------
    # de
    r"(?<!\w)lässt (mich|uns) nicht (raus|aus dem haus|aus der wohnung|gehen|weg|telefonieren|allein raus)|(?<!\w)darf (nicht|nie) (raus|aus dem haus|alleine raus|allein raus|die wohnung verlassen)",
    r"(?<!\w)(er|mein mann|mein ehemann|mein partner|mein ex|meine schwiegermutter)"
    + _G25
    + r"(handy|telefon|pass|papiere|dokumente|ausweis)"
    + _G15
    + r"(weggenommen|abgenommen|versteckt)|(?<!\w)(nimmt|nahm|versteckt) mir (das handy|das telefon|den pass|die papiere|die dokumente)",
    r"(?<!\w)(tür|wohnung) (ist )?(abgeschlossen|zugesperrt)"
    + _G30
    + r"(ich kann nicht|komme nicht raus|kann nicht raus)",
    # en
    r"(?<!\w)(he|she|they) (won'?t|doesn'?t|does not|will not|don'?t|do not) let (me|us) (out|go out|leave|outside|call|use)",
    r"(?<!\w)(locked|trapped) (in|inside)( the| my| a| our)? ?(room|flat|apartment|house|home)?|(?<!\w)(i'?m|i am|we are|we'?re) locked (in|inside)",
    r"(?<!\w)(he|she|husband|partner|they)( \w+)? (took|takes|has taken|hides|hid|keeps|kept|smashed) (away )?my (phone|mobile|documents|papers|id|residence permit|aufenthaltstitel)",
    # uk
    r"(?<!\w)не (випускає|випускають|пускає|дає вийти|дозволяє виходити) (мене )?(з дому|з квартири|на вулицю|надвір|нікуди)",
    r"(?<!\w)(забрав|забрала|відібрав|сховав|сховала|забирає)"
    + _G15
    + r"(телефон|документи|мобільний|паспорт)",
    # ru
    r"(?<!\w)не (выпускает|выпускают|пускает|да[её]т выйти) (меня )?(из дома|из квартиры|на улицу|никуда)",
    r"(?<!\w)(отобрал|забрал|спрятал|отнял|забирает)" + _G15 + r"(телефон|мобильный|документы)",
    # ar
    r"(ما|مش|لا|مو|مابي) ?(بيخليني|يخليني|بخليني|يسمحلي|يسمح لي|بيسمحلي|بيسمح لي|بيخلينا|يخلينا|يخلّيني|يخلنى) (اطلع|أطلع|اخرج|أخرج|نطلع|اتصل|أتصل|اروح|أروح)",
    r"(قافل|مقفل|مسكر|سكّر|سكر|قفل|اقفل|أقفل) (علي|عليّ|علينا) (الباب|البيت|بالبيت|الغرفة)|(حابسني|حابسيني|حبسنا|حابسنا|محبوسة|محبوسه|مسجونة بالبيت)",
    r"(اخذ|أخذ|اخد|أخد|خد|سحب|خبى|خبا|خبّى|كسر|صادر|شال) (مني |منّي )?(تلفوني|تليفوني|موبايلي|جوالي|هاتفي|الموبايل|التلفون|أوراقي|اوراقي|جواز سفري|باسبوري|الباسبور|اقامتي|إقامتي|الإقامة|الاقامة)",
    # fa
    r"(نمیذاره|نمی ذاره|نمیگذاره|نمی گذاره|نمیگذارد|نمی گذارد|نمیمانه|نمی مانه|اجازه نمیده|اجازه نمی ده) (از خونه|از خانه|بیرون|برم بیرون|بروم بیرون|تلفن|زنگ)",
    r"(گوشیم|گوشیمو|موبایلم|موبایلمو|تلفنم|تلفونم|مبایلم|مدارکم|مدارکمو|کارت اقامتم)( را| رو| ره)? ?(گرفت|گرفته|برداشت|قایم کرد|قایم کرده|پنهان کرد|شکست)|در (خونه|خانه|اتاق)( را| رو| ره)? (به روم|روم|رویم|پشت سرم) (قفل|بست)",
    # tr ("dışarı çıkmama izin vermiyor", "kilitledi", "pasaportumu aldı" are in CRISIS)
    r"(?<!\w)(evden|d[ıi][şs]ar[ıi]) [çc][ıi]kmama (izin vermiyor|m[üu]saade etmiyor|izin vermiyorlar)|(?<!\w)(beni|bizi) (eve|odaya|i[çc]eri) (kapatt[ıi]|hapsetti)",
    r"(?<!\w)(telefonumu|belgelerimi|kimli[ğg]imi|evraklar[ıi]m[ıi]|oturumumu) (ald[ıi]|elimden ald[ıi]|saklad[ıi]|k[ıi]rd[ıi]|al[ıi]yor)",
    # ps
    r"(نه پرېږدي|نه پریږدي|نه مې پرېږدي|نه می پریږدي|نه مي پرېږدي)"
    + _G20
    + r"(بهر|ووځم|وځم|دباندې)|(کور|کوټه|کوټې)"
    + _G15
    + r"(بند کړې|بنده کړې|بند کړم|بندي کړې|بنده کړم)",
    r"(ټیلیفون|ټېلېفون|تلیفون|موبایل|مبایل|اسناد|کاغذونه)( مې| می)? (اخیستی|واخیست|اخستی|واخست|پټ کړ)",
    # ku, Kurmanji
    r"(?<!\w)nah[êe]le (ez|em) (derkevim|derkevin|bi[çc]im|derkevim derve|telefon)|(?<!\w)(min|me) (di mal[êe] de|di odey[êe] de) (girt|girtiye|qefiland|qefilandiye|kil[îi]t kir)",
    r"(?<!\w)(telefona min|pasaporta min|belgey[êe]n min|telefon[êe] min)"
    + _G15
    + r"(girt|birin|bir|ve[şs]art|standin|stand)",
    # ku, Sorani
    r"(نایەڵێت|نایەڵێ|ناهێڵێت|ناهێڵێ|نامهێڵێ|ناملێ)"
    + _G20
    + r"(بچمە دەرەوە|دەربچم|بڕۆمە دەرەوە|بچم)|(لە ماڵ|لە ژوور)"
    + _G15
    + r"(دایخستووم|دامدەخات|قفڵی کردووم|قوفڵی کردووم|دەرگای لێ داخستم)",
    r"(مۆبایلەکەم|تەلەفۆنەکەم|مۆبایلم|پاسپۆرتەکەم|بەڵگەنامەکانم)"
    + _G15
    + r"(لێسەندم|لێ سەندم|بردووە|برد|شاردۆتەوە|شاردەوە)",
    # so
    r"(?<!\w)(igu xiray|igu xidhay|nagu xiray|nagu xidhay)|(?<!\w)(ima|iima|ii ma) (oggola|ogola|ogolaado|ogolaanayo)"
    + _G15
    + r"(baxo|dibadda)",
    r"(?<!\w)(taleefan|telefoon|moobayl|baasaboor|dukumiinti|waraaqa)"
    + _G15
    + r"(iga qaatay|iga qaaday|iga qaateen|iga qaaday|qariyay|iga dhuumiyay)",
    # ti
    r"ካብ ገዛ ክወጽእ (ኣይፈቕደለይን|ኣየፍቅደለይን|ኣይፈቕደለይ|ኣይፈቕደለይን እዩ)|(ዓጽዩኒ|ዓጽዩለይ|ዓጽዮምኒ)",
    r"(ተሌፎነይ|ተለፎነይ|ሞባይለይ|ፓስፖርተይ|ሰነዳተይ)" + _G15 + r"(ወሲዱዎ|ወሲዱ|ሓቢኡዎ|ሓቢኡ|ወሲድዎ|ሰይሩዎ)",
    # ro
    r"(?<!\w)(m[ăa]|ne) (ține|tine|ţine|a) ([îi]nchis[ăa]?|[îi]ncuiat[ăa]?)|(?<!\w)nu (m[ăa]|ne) (las[ăa]|lasa) (s[ăa]) (ies|ie[șşs]im|plec|plec[ăa]m)|(?<!\w)m-?a ([îi]nchis|[îi]ncuiat)",
    r"(?<!\w)(mi-?a luat|mi-?au luat|[îi]mi ia|mi-?a ascuns|mi-?a confiscat)"
    + _G10
    + r"(telefonul|pa[șşs]aportul|actele|buletinul|documentele)",
    # pl
    r"(?<!\w)(zamyka|zamkn[ąa][łl]|zamkn[ęe]li|zamyka[łl]) mnie|(?<!\w)nie (pozwala|pozwoli|wypuszcza) (mi |mnie )?(wyj[śs][ćc]|z domu|z mieszkania|na zewn[ąa]trz)",
    r"(?<!\w)(zabra[łl]|schowa[łl]|odebra[łl]|zabiera)"
    + _G10
    + r"(telefon|paszport|dokumenty|kom[óo]rk[ęe])",
    # es
    r"(?<!\w)(me|nos) (encierra|encerr[óo]|tiene encerrada|tienen encerrada|tiene encerrados)|(?<!\w)no me deja (salir|usar el tel[ée]fono|llamar)",
    r"(?<!\w)(me quit[óo]|me esconde|me escondi[óo]|me rompi[óo])"
    + _G10
    + r"(tel[ée]fono|m[óo]vil|celular|documentos|papeles)",
    # fr
    r"(?<!\w)(m['’]enferme|m['’]a enferm[ée]e?|je suis enferm[ée]e?|nous enferme)|(?<!\w)(ne )?me laisse pas sortir",
    r"(?<!\w)(il|elle) (m['’]a pris|a pris|me prend|m['’]a cach[ée]|a cach[ée]|cache|m['’]a confisqu[ée])"
    + _G10
    + r"(t[ée]l[ée]phone|portable|papiers|documents)",
    # it
    r"(?<!\w)(mi|ci) (chiude|ha chiusa|ha chiuso|tiene chiusa|rinchiude|ha rinchiusa)( in casa| dentro| a chiave)|(?<!\w)non mi (lascia|fa) uscire",
    r"(?<!\w)(mi ha preso|mi ha tolto|mi ha nascosto|mi prende|mi toglie)"
    + _G10
    + r"(telefono|cellulare|passaporto|documenti)",
    # sq
    r"(?<!\w)nuk (m[ëe]|me) (l[ëe]|le|lejon) (t[ëe]|te) (dal|dal[ëe])|(?<!\w)(m[ëe]|me) ka mbyllur",
    r"(?<!\w)(ma mori|ma ka marr[ëe]|ma ka marre|ma fshehu|m['’]i mori)"
    + _G10
    + r"(telefonin|pasaport[ëe]n|pasaporten|dokumentet)",
    # sr/hr/bs, Latin
    r"(?<!\w)(zaklju[čc]a|zatvori|zatvara|zaklju[čc]ao|zatvorio)\w* me\b|(?<!\w)ne (da|pu[šs]ta) (mi|me) (da iza[đd]j?em|van|napolje|vani)",
    r"(?<!\w)(uzeo|uzela|oduzeo|sakrio)( mi)?"
    + _G10
    + r"(telefon|paso[šs]|putovnic|dokument|papir)",
    # sr, Cyrillic
    r"(?<!\w)(закључа|затвори|затвара)\w* ме(?!\w)|(?<!\w)не (да|пушта) (ми|ме) (да изађем|напоље)",
    r"(?<!\w)(узео|одузео|сакрио)( ми)?" + _G10 + r"(телефон|пасош|документ)",
    # vi
    r"(?<!\w)(nhốt|khóa cửa nhốt|khoá cửa nhốt) (tôi|em|mẹ con|chúng tôi)|(?<!\w)không cho (tôi|em|mẹ con) (ra ngoài|ra khỏi nhà|đi ra|gọi điện|đi đâu)",
    r"(?<!\w)(lấy|giữ|giấu|tịch thu|cướp|đập) (mất )?(điện thoại|đt|giấy tờ)( của)? (tôi|em)",
    # zh
    r"(把我|把我们|把我們|将我)(锁|鎖|关|關)(在)?(家|屋|房间|房間|里|裡)|不(让|讓|许|許|准)我(出门|出門|出去|离开|離開|打电话|打電話)",
    r"(拿走|收走|抢走|搶走|藏起|藏了|扣了|扣押|没收|沒收)"
    + _S
    + r"{0,6}(我的)?(手机|手機|护照|護照|证件|證件|电话|電話)|(手机|手機|护照|護照|证件|證件)(被)?(他)?(拿走|收走|扣了|没收|沒收|藏起)",
]
