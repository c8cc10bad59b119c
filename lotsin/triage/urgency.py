"""Urgency: `crisis` must almost never be missed; `high` is a deadline or loss within days.

Phrase patterns per language catch violence told in everyday words, suicidal hints, a night on
the street and medical emergencies; the engine adds similarity to crisis prototypes in several
languages (see engine.py). Talk *about* violence (a workshop, a news item) is not a crisis.
"""

from __future__ import annotations

import re
from typing import Any

from lotsin.triage.cues import CueList, scripts_in
from lotsin.triage.text import clean, without_quotes
from lotsin.triage.urgency_cues import CRISIS_EXTRA, HIGH_EXTRA

CRISIS = [
    # violence and threats, everyday words
    r"(schlägt|schlug|geschlagen|würgt|bedroht) mich",
    r"hat mich (geschlagen|eingesperrt|bedroht)",
    r"sperrt mich ein",
    r"eingesperrt",
    r"angst nach hause",
    r"er bringt mich um",
    r"(hits|beats|hit|beat|choked|strangled|threatens?) me",
    r"locked me",
    r"afraid to go home",
    r"kill me",
    r"he will kill",
    r"took my (passport|phone)",
    r"hurts? me",
    r"б['’]є мене",
    r"бʼє мене",
    r"побив",
    r"бил мене",
    r"бьет меня",
    r"бьёт меня",
    r"избил",
    r"душив",
    r"душил",
    r"погрожує",
    r"угрожает",
    r"вб['’]є",
    r"убьет",
    r"убьёт",
    r"зачинив",
    r"запер",
    r"закрив мене",
    r"закрыл меня",
    # locked in together, or the passport named before the one who took it (exploitation)
    r"(закрив|закрила|закрили|замкнув|замкнули|закрыл|закрыли|запер|заперли) (нас|мене|меня)",
    r"(закрив|закрыл|замкнув|запер)\w*[^.!?]{0,20}на ключ",
    r"паспорт\w*[^.!?]{0,25}(забрав|забрал|забрали|відібрав|відібрали|отобрал|отобрали)",
    r"боюся (йти )?додому",
    r"боюсь (идти )?домой",
    r"забрав (паспорт|телефон)",
    r"забрал (паспорт|телефон)",
    r"піднімає руку",
    r"поднимает руку",
    r"يضربني",
    r"ضربني",
    r"يهددني",
    r"هددني",
    r"حبسني",
    r"قفل علي",
    r"اخذ جوازي",
    r"أخذ جوازي",
    r"سيقتلني",
    r"بيقتلني",
    r"خايفة ارجع",
    r"خائفة",
    r"منو میزنه",
    r"من را میزند",
    r"مرا میزند",
    r"کتکم",
    r"کتک میزن",
    r"تهدیدم",
    r"زندانی کرده",
    r"در را (به روی من )?قفل",
    r"میترسم (برم )?خونه",
    r"می‌ترسم",
    r"میکشه منو",
    r"منو بکشه",
    r"beni (dövüyor|dövdü|tehdit|öldürecek)",
    r"dövüyor",
    r"kilitledi",
    r"eve gitmeye korkuyorum",
    r"min dixe",
    r"lêdide",
    r"i garaaca",
    r"wuu i garaacay",
    r"ma bate",
    r"mă bate",
    r"bije me",
    r"mnie bije",
    r"me pega",
    r"me golpea",
    r"me frappe",
    r"mi picchia",
    r"më rreh",
    r"tuče me",
    r"đánh tôi",
    r"đánh em",
    r"打我",
    r"ይወቕዓኒ",
    # suicidal hints
    r"nicht mehr leben",
    r"will nicht mehr",
    r"mich umbringen",
    r"selbstmord",
    r"suizid",
    r"don'?t want to live",
    r"end (it|my life)",
    r"kill myself",
    r"better off dead",
    r"better if i (was|were) gone",
    r"suicid",
    r"не хочу жити",
    r"не хочу жить",
    r"покінчити з собою",
    r"покончить с собой",
    r"накласти на себе руки",
    r"наложить на себя руки",
    r"краще б мене не було",
    r"лучше бы меня не было",
    r"нема сил жити",
    r"нет сил жить",
    r"لا أريد أن أعيش",
    r"ما بدي عيش",
    r"انتحار",
    r"أنهي حياتي",
    r"اقتل نفسي",
    r"نمیخوام زنده",
    r"نمی‌خواهم زنده",
    r"خودکشی",
    r"خودمو بکشم",
    r"دیگه نمی‌کشم",
    r"yaşamak istemiyorum",
    r"intihar",
    r"kendimi öldür",
    r"naxwazim bijîm",
    r"ma rabo inaan noolaado",
    r"nu mai vreau să trăiesc",
    r"nie chcę żyć",
    r"no quiero vivir",
    r"je ne veux plus vivre",
    r"non voglio più vivere",
    r"nuk dua të jetoj",
    r"ne želim (više )?živjeti",
    r"không muốn sống",
    r"不想活",
    r"自杀",
    # nowhere to sleep tonight
    r"(heute nacht|heute) (auf der straße|kein(en)? (platz|schlafplatz))",
    r"auf der straße schlafen",
    r"(on the street|nowhere to sleep|no place to sleep)( tonight)?",
    r"sleep outside tonight",
    r"на вулиці (з дітьми|сьогодні|вночі)",
    r"на улице (с детьми|сегодня|ночью)",
    r"ніде (ночувати|спати)",
    r"негде (ночевать|спать)",
    r"нас виселили сьогодні",
    r"نحن في الشارع",
    r"بالشارع مع",
    r"ما عندي مكان (انام|للنوم)",
    r"في الشارع الليلة",
    r"توی خیابون",
    r"در خیابان (هستیم|ماندیم)",
    r"جایی (برای خواب|ندارم بخوابم)",
    r"sokakta(yız|yim| kaldık)",
    r"kalacak yer(im)? yok",
    r"li kolanê",
    r"waddada (ayaan|ku)",
    r"pe stradă",
    r"na ulicy",
    r"en la calle",
    r"dans la rue",
    r"per strada",
    r"në rrugë",
    r"na ulici",
    r"ngoài đường",
    r"露宿",
    # medical emergency
    r"(starke )?blutung",
    r"blutet",
    r"bewusstlos",
    r"wacht nicht auf",
    r"krampf",
    r"atmet nicht",
    r"bleeding",
    r"unconscious",
    r"not breathing",
    r"won'?t wake up",
    r"doesn'?t wake up",
    r"seizure",
    r"кровотеч",
    r"кровоточ",
    r"без свідомості",
    r"без сознания",
    r"не дихає",
    r"не дышит",
    r"не прокидається",
    r"не просыпается",
    r"судом",
    r"نزيف",
    r"فاقد الوعي",
    r"لا يتنفس",
    r"خونریزی",
    r"بیهوش",
    r"نفس نمی",
    r"kanama",
    r"bayıldı",
    r"nefes almıyor",
    r"sângerare",
    r"krwawi",
    r"sangrado",
    r"saigne",
    r"sanguin",
    r"gjakderdhje",
    r"krvari",
    r"chảy máu",
    r"出血",
]
CRISIS += [
    # thrown out today, a station at night, nowhere to sleep
    r"негде (ночевать|спать|жить)",
    r"ніде (ночувати|спати|жити)",
    r"куди (можна )?піти переночувати",
    r"куда (можно )?пойти (переночевать|ночевать)",
    r"(выгнали|виселили|выселили|вигнали)[^.!?]{0,40}"
    r"(сегодня|сьогодні|ночью|вночі|на улиц|на вулиц|с детьми|з дітьми)",
    r"(на вокзал[іеи]|на вокзале)[^.!?]{0,40}(дітьми|детьми|ночь|ніч|темно)",
    r"(rausgeworfen|rausgeschmissen|vor die tür gesetzt)[^.!?]{0,40}(heute|nacht|kinder)",
    r"(kicked|thrown) (us |me )?out[^.!?]{0,40}(tonight|today|children|kids)",
    r"wissen nicht,? wo wir (heute )?schlafen",
    r"kein(en)? schlafplatz",
    r"ما (عنا|عندي|عندنا|لنا) (وين|مكان) (ننام|نام|انام)",
    r"(طردنا|طلعونا|طردونا)[^.!?]{0,40}(اليوم|الليلة)",
    r"بمحطة القطار",
    r"امشب[^.!?]{0,30}(جا|جایی)[^.!?]{0,20}(نداریم|نیست)",
    r"از خانه بیرون(مان)? کرد",
    r"د ویده کېدو ځای نه",
    r"ځای نه لرو",
    r"meel aan seexanno",
    r"waddada joog",
    r"nie mamy gdzie (spać|spac|nocować)",
    r"wyrzucił[a]? nas",
    r"no tenemos dónde dormir",
    r"nous n'avons nulle part où dormir",
    r"non abbiamo dove dormire",
    r"nuk kemi ku të flemë",
    r"nemamo gdje (spavati|spavat)",
    r"không có chỗ ngủ",
    r"没有地方住",
    r"无家可归",
    r"赶出来",
    r"bu gece kalacak",
    r"sokakta kaldık",
    r"evden attı",
    r"ئەمشەو[^.!?]{0,40}(شەقام|دەری کرد)",
    # hopelessness and suicidal hints
    r"лучше бы меня (вообще )?не было",
    r"краще б мене (взагалі )?не було",
    r"без мене (всім|усім) (було б|буде) краще",
    r"без меня (всем|всём) (было бы|будет) лучше",
    r"наковтатис[ья]",
    r"наглотаться",
    r"таблеток і все",
    r"не витримую більше",
    r"не выдерживаю больше",
    r"не хочу (вже|уже|больше|більше) жити",
    r"не хочу (уже|больше) жить",
    r"ما عاد بدي عيش",
    r"ما بدي عيش",
    r"ما عاد فيني",
    r"أحسن (لولادي|للكل) (اذا|إذا) (رحت|مت)",
    r"(eger|heke|ger) ez (nemînim|neminim|tune bim|bimirim)",
    r"naxwazim (êdî |edî )?(bijîm|bijim)",
    r"xwe bikujim",
    r"نامەوێت بژیم",
    r"خۆم بکوژم",
    r"(ölsem|olmasam)[^.!?]{0,30}(daha iyi|daha kolay|rahat)",
    r"kendimi öldür",
    r"اگه نباشم[^.!?]{0,30}بهتر",
    r"اگر نباشم[^.!?]{0,30}بهتر",
    r"نمی‌خوام زنده",
    r"نمیخوام زنده",
    r"keşke hiç olmasam",
    r"ölmek istiyorum",
    r"bolje (bi bilo )?da me nema",
    r"da me nema",
    r"better (off )?without me",
    r"everyone would be better",
    r"wenn ich nicht mehr da wäre",
    r"besser ohne mich",
    r"tabletten (nehmen|schlucken) und",
    r"pills and (end|sleep)",
    r"lepiej by było gdyby mnie nie było",
    r"mejor si no estuviera",
    r"mieux sans moi",
    r"thà chết",
    r"活着没意思",
    r"不如死了",
    # being a burden to one's own people, a known warning sign; the person is required, since
    # "not a burden to the state" (wanting work, not benefits) is said every day
    r"(burden|load) (to|for|on) (everyone|everybody|anyone|my (family|kids|children|husband))",
    r"(niemandem|keinem|allen|euch|meiner familie|meinen kindern) (mehr )?zur last",
    r"(никому|всем|вам|семье|детям|родным|близким) (больше )?(быть )?обузой",
    r"(нікому|всім|вам|родині|дітям|рідним) (більше )?(бути )?тягарем",
    r"(nikomu|wszystkim|rodzinie|dzieciom) (nie )?(być )?ciężarem",
    r"(być|jestem) (nikomu|wszystkim|rodzinie|dzieciom) ciężarem",
    r"(carga|fardeau|peso|povară|povara|teret|barrë) (para|pour|per|pentru|za|për) "
    r"(todos|nadie|mi familia|mis hijos|tout le monde|ma famille|mes enfants|tutti|nessuno|"
    r"la mia famiglia|i miei figli|toți|toti|familia mea|copiii mei|sve|porodicu|djecu|"
    r"të gjithë|familjen)",
    r"(herkese|aileme|çocuklarıma|kimseye) yük",
    r"(عبء|عالة) على (الجميع|أهلي|عائلتي|أولادي|حدا)",
    r"سربار (همه|خانواده|بچه)",
    r"gánh nặng cho (mọi người|gia đình|các con)",
    r"(拖累|连累)(大家|家人|孩子)",
    r"(家人|孩子|大家)的(负担|累赘)",
    # medical emergency
    r"судорог",
    r"судоми",
    r"високою? температур[^.!?]{0,30}не (прокида|реагу)",
    r"не (прокидається|просыпается|реагує|реагирует)",
    r"(ينزل|نازل) مني دم",
    r"نزيف",
    r"ما عم يصحى",
    r"بیدار نمیشه",
    r"بیدار نمی‌شه",
    r"چشماشو باز نمی",
    r"تب ?[۳۴3-4][۰-۹0-9]",
    r"uyandıramıyorum",
    r"ateşi (40|41)",
    r"nefes alamıyor",
    r"fieber (40|41)",
    r"fever (of )?(40|41|104)",
    r"wacht nicht (mehr )?auf",
    r"krampfanfall",
    r"blute stark",
    r"ich blute",
    r"i'?m bleeding",
    r"kan geliyor",
    r"kanamam var",
    r"ولادة مبكرة",
    r"sangro mucho",
    r"je saigne",
    r"krwawię",
    # violence, threats, control, exploitation
    r"ما وهي",
    r"وهلي",
    r"لت و ?کوب",
    r"می‌کشمت",
    r"میکشمت",
    r"(منو|مرا|مره|ما را) (می‌|می)?کش",
    r"بکشمت",
    r"بیکشمک",
    r"me goditi",
    r"më goditi",
    r"me mbyll",
    r"më mbyll",
    r"ma merr telefonin",
    r"(quitó|quitaron|retiene|tiene) (el|mi) pasaporte",
    r"no me dejan salir",
    r"(giữ|lấy) hộ chiếu",
    r"không dám đi",
    r"(prend|a pris|garde) mon passeport",
    r"(hat|nahm|hält|behält) (mir )?(meinen|den) pass",
    r"pass weggenommen",
    r"(забрал[аи]?|забрав|відібрав|отобрал) (у меня |в мене |мій |мой )?(паспорт|документы|документи)",
    r"(took|takes|kept|keeps|has) my passport",
    r"won'?t let me (leave|go out)",
    r"pasaportumu (aldı|aldılar)",
    r"dışarı çıkmama izin vermiyor",
    r"(جوازي|جواز سفري) (عنده|معه|أخذ)",
    r"پاسپورتم(و|را) (گرفت|برداشت)",
    r"پاسپورټ[^.!?]{0,20}اخیستی",
    r"threatened to kill",
    r"droht(e)? mich umzubringen",
    r"погрожував вбити",
    r"грозился убить",
    r"öldürmekle tehdit",
    r"هددني بالقتل",
    r"تهدید کرده[^.!?]{0,40}(می‌کشه|میکشه|بکشه)",
]
# Talk about violence rather than violence happening: workshops, news, prevention.
ABOUT_NOT_HAPPENING = [
    r"workshop",
    r"seminar",
    r"vortrag",
    r"veranstaltung",
    r"prävention",
    r"prevention",
    r"webinar",
    r"training",
    r"семінар",
    r"семинар",
    r"вебінар",
    r"вебинар",
    r"тренінг",
    r"тренинг",
    r"лекці",
    r"лекци",
    r"профілактик",
    r"профилактик",
    r"ورشة",
    r"محاضرة",
    r"کارگاه",
    r"سمینار",
    r"atölye",
    r"eğitim semineri",
    r"news",
    r"nachrichten",
    r"новини",
    r"новости",
    r"خبر",
    r"haber",
    r"atelier",
    r"taller",
    r"laboratorio",
    r"einladung",
    r"invitation",
    r"запрошуємо",
    r"приглашаем",
    r"ندعوكم",
    r"دعوت",
    r"davet",
]
# News, an event notice or an ad carries dates that are not the writer's own deadline. Narrower
# than ABOUT_NOT_HAPPENING: "Einladung" is also how a Jobcenter letter is titled, and Persian
# "خبر" also means "does anyone know" (کسی خبر داره).
NOT_OWN_DEADLINE = [
    # a news label or a news channel in the first line
    r"^[^\n]{0,60}?(?<![^\W_])(новин|новост|news|nachrichten|article|artikel|breaking|actualit|"
    r"notizi|notici|wiadomo[śs]ci|vijesti|haberler|tin tức)",
    r"(?<![^\W_])(خبر|اخبار|haber|son dakika)\s*:",
    r"خبر (عاجل|فوری|مهم)",
    r"workshop", r"webinar", r"seminar", r"семінар", r"семинар", r"вебінар", r"вебинар",
    r"ورشة", r"کارگاه", r"atölye", r"atelier", r"taller",
    r"на заказ", r"замовлення (до|на)", r"заказы (до|на)", r"принимаю заказы",
    r"приймаю замовлення", r"bestellungen (bis|an)", r"orders? (until|by|open)",
    r"(sipariş|siparis)(ler)? (için|alınır)", r"طلبات", r"سفارش (می‌پذیرم|میپذیرم|قبول)",
    r"代购", r"截止下单", r"下单",
]  # fmt: skip

HIGH = [
    r"frist",
    r"bis (zum|spätestens|morgen|freitag|montag)",
    r"innerhalb von \d+ (tagen|wochen)",
    r"morgen (habe ich|ist|um)",
    r"termin (ist )?morgen",
    r"morgen termin",
    r"gestrichen",
    r"eingestellt",
    r"gesperrt",
    r"gekürzt",
    r"kein geld (mehr|bekommen)",
    r"kündigung",
    r"räumung",
    r"mahnung",
    r"läuft (bald |nächste woche )?ab",
    r"abgelaufen",
    r"deadline",
    r"tomorrow",
    r"by (friday|monday|tomorrow)",
    r"within \d+ days",
    r"stopped",
    r"cut off",
    r"eviction",
    r"evicted",
    r"expires?",
    r"no money (left|this month)",
    r"термін до",
    r"срок до",
    r"до (понеділка|пʼятниці|п'ятниці|понедельника|пятницы|завтра)",
    r"завтра",
    r"дедлайн",
    r"припинили",
    r"прекратили",
    r"зупинили",
    r"остановили",
    r"не прийшл[иа] (гроші|виплат)",
    r"не пришл[иа] (деньги|выплат)",
    r"заблокува",
    r"заблокиров",
    r"виселя",
    r"выселя",
    r"закінчується",
    r"заканчивается",
    r"протермін",
    r"просроч",
    r"غدا",
    r"غداً",
    r"بكرا",
    r"بكرة",
    r"موعدي غدا",
    r"مهلة",
    r"أوقفوا",
    r"اوقفوا",
    r"قطعوا",
    r"طرد",
    r"ينتهي",
    r"فردا",
    r"مهلت",
    r"قطع کردن",
    r"قطع شد",
    r"تخلیه",
    r"تمام میشه",
    r"yarın",
    r"son gün",
    r"kestiler",
    r"durdurdular",
    r"tahliye",
    r"doluyor",
    r"sibê",
    r"berri",
    r"mâine",
    r"termen",
    r"jutro",
    r"mañana",
    r"plazo",
    r"demain",
    r"délai",
    r"domani",
    r"scadenza",
    r"nesër",
    r"afat",
    r"sutra",
    r"ngày mai",
    r"hạn chót",
    r"明天",
    r"截止",
]

HIGH += [
    r"до (понеділка|вівторка|середи|четверга|п.ятниці|суботи|понедельника|вторника|среды|четверга|пятницы|субботы|конца месяца|кінця місяця)",
    r"(до|bis|until|by|до|tot|do|jusqu'au|entro il|deri më) \d{1,2}[./]\d{1,2}",
    # "by the 15th" with the day alone, where these words leave no other reading
    r"(entro il|antes del|hasta el|avant le|d'ici le|jusqu'au) \d{1,2}(?![\d./:,]| ?(anni|años|ans|"
    r"personas|persone|personnes|euro|€|%|h\b|ore|horas|heures|de cada|di ogni|de chaque))",
    r"bis (ende|zum ende) (des|dieses) monats",
    r"(прекращают|прекратил[иа]?|припиняють|припинив|перестали платить|перестали платити)",
    r"(within|in) \d+ (days|weeks)",
    r"i have \d+ days",
    r"\d+ (tage|tagen) zeit",
    r"\d+ hafta içinde",
    r"\d+ gün içinde",
    r"yatmamış",
    r"nicht gekommen",
    r"nicht überwiesen",
    r"wstrzymał",
    r"blocked since",
    r"rent is due",
    r"miete ist fällig",
    r"قطعولي",
    r"قطعوا",
    r"بتخلص (الاسبوع|الأسبوع|الشهر)",
    r"تا (جمعه|شنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنجشنبه|فردا|سه روز|دو روز|[۰-۹0-9]+ روز)",
    r"(پول|پیسه)[^.!?]{0,20}قطع",
    r"تر (جمعې|شنبې|سبا)",
    r"سبا",
    r"ጽባሕ",
    r"ክሳብ (ሰኑይ|ዓርቢ)",
    r"(?<!\w)maine",  # Romanian "tomorrow" without its â, not French "semaine"
    r"heta roja",
    r"heta (duşem|sêşem|çarşem|pêncşem|înê|şemî|yekşem)",  # Kurmanji "until Monday..."
    # money that has not come, verb first (Levantine) or in Romanian and Somali
    r"ما (نزل|نزلت|وصل|وصلت|اجت|إجت|حولوا|حطوا)[^.!?]{0,10}(المصاري|الفلوس|المساعدة|الراتب|المعاش)",
    r"(ما|مش) (معي|معو|معه) (ادفعلك|ادفع لك|يدفعلي|يدفع لي)",
    r"n-?am (primit|luat) (niciun ban|nici un ban|banii|salariul|bani)",
    r"nu (mi-?a|mi-?au) (plătit|platit|dat banii)",
    r"(lacag|lacagtii|mushahar)[^.!?]{0,40}(joogsatay|la joojiyay|joojiyeen|iga joojiyeen)",
    r"sibê",
    r"tomorrow morning",
    r"next week (it )?expires",
    r"läuft nächste woche ab",
    r"закінчується (наступного|на наступному) тиж",
    r"заканчивается (на следующей|через) недел",
    r"هەفتەی داهاتوو تەواو",
    r"prekosutra",
    r"anhörung",
]

# The lists above and urgency_cues.py (the same situations category by category in every
# language of the contract): too many phrases for one alternation, see cues.py.
# Arabic script is written with or without its marks ("نزّل", "نزل"): both the post and the
# phrases are searched without them.
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # harakat, shadda, tatweel
_CRISIS = CueList([_ARABIC_MARKS.sub("", p) for p in CRISIS + CRISIS_EXTRA])
_HIGH = CueList([_ARABIC_MARKS.sub("", p) for p in HIGH + HIGH_EXTRA])
_ABOUT_RE = re.compile("|".join(ABOUT_NOT_HAPPENING), re.I)
# A passport or phone taken is a sign of control when a partner or employer takes it; an office
# keeping a passport during a procedure, or a thief on the train, is not a crisis.
_PAPERS = re.compile(
    r"pass|паспорт|пасош|phone|handy|telefon|телефон|pasaport|جواز|پاسپورت|پاسپورټ|hộ chiếu|"
    r"document|papier|документ",
    re.I,
)
# ...unless a partner or an employer is named (as a word start, so "kocamın" counts too): then
# the office is only part of the story.
_CONTROLLER = re.compile(
    r"\b(mann|ehemann|freund|partner|chef|arbeitgeber|husband|boyfriend|boss|employer|"
    r"чоловік|муж|хлопець|парень|роботодав|работодател|начальни|шеф|"
    r"koca|kocam|patron|işveren|marido|novio|jefe|mari|patron|marito|capo|mąż|szef|burri|shefi|"
    r"muž|gazda|chồng|chủ)|شوهر|زوج|صاحب العمل|کارفرما|رئیس|ميړه|丈夫|老板",
    re.I,
)
_ROUTINE_LOSS = re.compile(
    r"ausländerbehörde|auslaenderbehoerde|behörde|\bbamf\b|botschaft|konsulat|embassy|consulate|"
    r"authorit|standesamt|bürgeramt|відомств|ведомств|посольств|консульств|اداره|سفارت|"
    r"السفارة|الدائرة|dairesi|göç idaresi|"
    r"gestohlen|geklaut|stolen|stole|thief|вкрали|украли|крадіжк|краж|سرقت|سرقوا|دزدید|"
    r"çald|robad|rubat|ukrao|ukradli|\b(zug|s-bahn|u-bahn|bus|train|metro)\b",
    re.I,
)
_NOT_OWN_DEADLINE = re.compile("|".join(NOT_OWN_DEADLINE), re.I | re.M)


def high_cue(text: str) -> str | None:
    return _HIGH.search(_ARABIC_MARKS.sub("", text))


def crisis_cue(text: str) -> str | None:
    return _CRISIS.search(_ARABIC_MARKS.sub("", clean(without_quotes(text))))


def is_talk_about(text: str) -> str | None:
    match = _ABOUT_RE.search(clean(text))
    return match.group(0) if match else None


def not_own_deadline(text: str) -> str | None:
    """News, an event notice or an ad: the dates in it are not the writer's deadline."""
    match = _NOT_OWN_DEADLINE.search(text)
    return match.group(0) if match else None


def detect_urgency(
    text: str,
    crisis_similarity: float = 0.0,
    crisis_threshold: float = 1.0,
    *,
    crisis_probability: float = 0.0,
    probability_threshold: float = 1.0,
    high_probability: float = 0.0,
    high_threshold: float = 1.0,
    passed_on: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """`crisis`, `high` or `normal`, with the cue or score that decided it.

    Crisis: a crisis phrase, or the embedding probe's probability, or closeness to a crisis
    prototype over a calm look-alike; never when the post talks *about* violence.
    High: a deadline or loss phrase, or the high probe's probability; never in news, an ad or
    an event notice, nor in a post that passes a rumour on (`passed_on`, the frame cue from
    hearsay.py): their deadlines are not the writer's own.
    """
    own = _ARABIC_MARKS.sub("", clean(without_quotes(text)))  # "نزّل" is "نزل"
    scripts = scripts_in(own)  # once for both phrase lists
    cue = _CRISIS.search(own, scripts)
    routine = None
    if cue and _PAPERS.search(cue) and not _CONTROLLER.search(own):
        routine = _ROUTINE_LOSS.search(own)
    if routine:
        cue = None
    about = is_talk_about(own)
    evidence: dict[str, Any] = {
        "crisis_cue": cue,
        "routine_loss": routine.group(0) if routine else None,
        "talk_about": about,
        "crisis_similarity": round(crisis_similarity, 4),
        "crisis_threshold": crisis_threshold,
        "crisis_probability": round(crisis_probability, 4),
        "crisis_probability_threshold": probability_threshold,
    }
    signal = (
        cue or crisis_similarity >= crisis_threshold or crisis_probability >= probability_threshold
    )
    if signal and not about:
        return "crisis", evidence
    high = _HIGH.search(own, scripts)  # `own` is already without marks
    evidence["high_cue"] = high
    evidence["high_probability"] = round(high_probability, 4)
    evidence["high_probability_threshold"] = high_threshold
    evidence["passed_on"] = passed_on = passed_on or not_own_deadline(own)
    if passed_on:
        return "normal", evidence
    return ("high" if high or high_probability >= high_threshold else "normal"), evidence
