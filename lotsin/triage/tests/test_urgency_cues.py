"""The extra urgency cue lists (lotsin/triage/urgency_cues.py): every category matches its
examples in every language group, and ordinary posts, news and idioms match nothing.

The lists are joined with `|` and compiled with `re.I`, as in lotsin/triage/urgency.py, and
searched in `clean(without_quotes(text))`.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from lotsin.triage.text import clean, without_quotes
from lotsin.triage.urgency_cues import CRISIS_EXTRA, HIGH_EXTRA

HIGH_RE = re.compile("|".join(HIGH_EXTRA), re.I)
CRISIS_RE = re.compile("|".join(CRISIS_EXTRA), re.I)

LANGS = [
    "de", "en", "uk", "ru", "ar", "fa", "tr", "ps", "ku-kmr", "ku-ckb", "so", "ti",
    "ro", "pl", "es", "fr", "it", "sq", "sh-latn", "sh-cyrl", "vi", "zh",
]  # fmt: skip


def _own(text: str) -> str:
    return clean(without_quotes(text))


# ----------------------------------------------------------------------------------------
# Positive examples for HIGH_EXTRA
# ----------------------------------------------------------------------------------------
HIGH_POS: dict[str, dict[str, list[str]]] = {
    # a. deadline: until <weekday>, end of month, <date>
    "a_deadline": {
        "de": [
            "Ich muss die Unterlagen bis Mittwoch beim Jobcenter abgeben, was soll ich machen?",
            "Der Brief sagt ich soll bis nächsten Montag zahlen",
            "Miete muss bis Monatsende überwiesen sein",
            "Bitte helft mir, ich soll das Formular bis 15. März zurückschicken",
            "spätestens am Donnerstag muss ich mich dort melden",
        ],
        "en": [
            "The letter says I must send the documents until Wednesday",
            "I have to pay by the end of the month or they cancel",
            "They want proof of income by 15th of March",
            "need to submit the form by next Tuesday pls help",
            "I must pay until March 5th",
        ],
        "uk": [
            "Треба подати документи до неділі, а я не встигаю",
            "Сказали оплатити до кінця цього тижня",
            "Лист від джобцентру: відповісти до 20 березня",
            "не пізніше п'ятниці треба принести довідку",
        ],
        "ru": [
            "Нужно отправить документы до следующего понедельника",
            "Письмо: оплатить до 15 марта, иначе штраф",
            "Мне надо успеть до конца этого месяца",
            "крайний срок в среду, помогите",
        ],
        "ar": [
            "لازم أبعت الأوراق للجوب سنتر لحد الخميس",
            "لازم ادفع الايجار قبل نهاية الشهر وما معي",
            "طلبوا مني أدفع قبل 15/3",
            "لازم اسلم الورق لغاية يوم الاحد",
            "لازم ادفع لين السبت",
            "لازم ادفع لحد ١٥ الشهر",
        ],
        "fa": [
            "تا یکشنبه باید مدارک رو بفرستم",
            "نامه اومده که تا آخر ماه باید پول رو بدم",
            "باید تا ۱۵ مارس جواب بدم",
            "تا آخر برج باید کرایه را بدهم",
            "باید قبل از دوشنبه جواب بدم",
            "تا 15/3 وقت دارم",
        ],
        "tr": [
            "Salıya kadar belgeleri göndermem lazım",
            "Ayın sonuna kadar kirayı ödemezsem sorun olacak",
            "15 Mart'a kadar cevap vermem gerekiyor",
            "en geç cuma evrakları getirmem lazım",
            "son tarih cuma, yetişemiyorum",
        ],
        "ps": [
            "تر دوشنبې پورې باید اسناد ورکړم",
            "د میاشتې تر پایه پورې کرایه ورکړم",
            "تر ۱۵ مارچ پورې باید ځواب ورکړم",
            "تر جمعه پورې وخت لرم",
            "تر 15/3 باید ورکړم",
        ],
        "ku-kmr": [
            "Divê ez belgeyan heta çarşemê bişînim",
            "Heya dawiya mehê divê kirê bidim",
            "heta 15.03 divê ez bersivê bidim",
        ],
        "ku-ckb": [
            "دەبێت تا پێنجشەممە بەڵگەنامەکان بنێرم",
            "هەتا کۆتایی مانگ دەبێت کرێ بدەم",
            "تاکو 15/3 دەبێت وەڵام بدەمەوە",
            "تا 15ی مانگ دەبێت بیدەم",
        ],
        "so": [
            "Waraaqaha waa inaan keenaa ilaa Khamiista",
            "Kirada waa in la bixiyaa ilaa dhamaadka bisha",
            "Jawaabta waa inaan diraa ilaa 15 maarso",
        ],
        "ti": [
            "ክሳብ ሓሙስ ወረቐት ከምጽእ ኣለኒ",
            "ክሳብ መወዳእታ እዛ ወርሒ ክኸፍል ኣለኒ",
            "ክሳብ 15/3 መልሲ ክህብ ኣለኒ",
        ],
        "ro": [
            "Trebuie să trimit actele până vineri",
            "Chiria trebuie plătită până la sfârșitul lunii",
            "am termen pana pe 15 martie sa raspund",
        ],
        "pl": [
            "Muszę wysłać dokumenty do piątku",
            "Czynsz trzeba zapłacić do końca miesiąca",
            "Mam odpowiedzieć najpóźniej do 15 marca",
        ],
        "es": [
            "Tengo que mandar los papeles hasta el viernes",
            "Debo pagar antes de fin de mes",
            "La carta dice que tengo que responder antes del 15 de marzo",
        ],
        "fr": [
            "Je dois envoyer les papiers avant vendredi",
            "Il faut payer le loyer d'ici la fin du mois",
            "Je dois répondre avant le 15 mars",
        ],
        "it": [
            "Devo mandare i documenti entro giovedì",
            "Devo pagare l'affitto entro la fine del mese",
            "La lettera dice di rispondere entro il 15 marzo",
        ],
        "sq": [
            "Duhet t'i dërgoj dokumentet deri të premten",
            "Qiraja duhet paguar deri në fund të muajit",
            "Duhet të përgjigjem deri më 15 mars",
        ],
        "sh-latn": [
            "Moram poslati papire do petka",
            "Kiriju moram platiti do kraja mjeseca",
            "Trebam odgovoriti do 15. marta",
        ],
        "sh-cyrl": [
            "Морам да пошаљем папире до петка",
            "Кирију морам платити до краја месеца",
            "Треба да одговорим до 15. марта",
        ],
        "vi": [
            "Em phải nộp giấy tờ trước thứ sáu",
            "Phải trả tiền nhà trước cuối tháng",
            "Hạn là ngày 15/3 phải trả lời",
        ],
        "zh": [
            "我必须在周五之前交材料",
            "房租月底之前要交",
            "信上说3月15日之前必须回复",
        ],
    },
    # b. in N days, next week, day after tomorrow, tomorrow, appointment on <day>
    "b_soon": {
        "de": [
            "Ich habe übermorgen einen Termin bei der Ausländerbehörde",
            "Mein Termin beim Jobcenter ist am Dienstag und ich habe keine Kinderbetreuung",
            "Ich muss in drei Tagen umziehen",
            "Ich habe nächste Woche eine Anhörung beim BAMF",
            "Ich muss am Montag zum Jobcenter und habe Angst",
            "Nur noch drei Tage, dann muss ich raus",
            "Ich habe einen Termin nächste Woche beim Amt",
        ],
        "en": [
            "I have an appointment at the Ausländerbehörde next week and no translator",
            "My interview is on Thursday, what documents do I need?",
            "I have to leave the flat in three days",
            "only 2 days left to send the papers",
            "On Monday I have an appointment at the Jobcenter",
        ],
        "uk": [
            "У мене співбесіда в джобцентрі в понеділок, підкажіть",
            "Через два дні треба віддати ключі",
            "Післязавтра суд, а перекладача немає",
            "Залишилось лише два дні",
            "У понеділок у мене запис у відомстві",
        ],
        "ru": [
            "У меня запись в ведомство на следующей неделе",
            "Через три дня нужно освободить комнату",
            "Послезавтра собеседование, помогите с переводом",
            "Осталось всего два дня",
            "В понедельник у меня собеседование",
        ],
        "ar": [
            "عندي موعد بالجوب سنتر يوم الثلاثاء ومافي مترجم",
            "عندي ميعاد في الأوسلندر بكره الصبح",
            "باچر عدنا موعد بالمحكمة",
            "خلال ثلاثة أيام لازم نطلع من البيت",
            "باقيلي يومين وبتخلص الفترة",
            "موعدي يوم الاثنين بالمحكمة",
            "يوم الخميس عندي موعد بالأوسلندر",
        ],
        "fa": [
            "هفته بعد دادگاه دارم و مترجم ندارم",
            "ظرف سه روز باید خونه رو تحویل بدیم",
            "ترمینم دوشنبه است ولی بچه ها مریضن",
            "فقط دو روز دیگه وقت دارم",
        ],
        "tr": [
            "Haftaya mahkemem var, tercüman lazım",
            "Üç gün içinde evden çıkmamız gerekiyor",
            "Sadece 2 gün kaldı belgeleri göndermek için",
            "yarin randevum var ama çocuk hasta",
            "öbür gün mahkemeye gitmem lazım",
            "Randevum pazartesi, kimse yok yanımda",
        ],
        "ps": [
            "په دوو ورځو کې باید کور خالي کړو",
            "زما ملاقات راتلونکې اونۍ دی",
            "درې ورځې پاتې دي",
            "راتلونکې اونۍ ملاقات لرم",
        ],
        "ku-kmr": [
            "Di sê rojan de divê em ji malê derkevin",
            "Randevûya min roja duşemê ye",
            "sibe randevûya min heye li jobcenter",
            "Tenê sê roj man",
            "Roja duşemê randevû heye",
        ],
        "ku-ckb": [
            "سبەی ژوانم هەیە لە جۆبسەنتەر",
            "لە ماوەی سێ ڕۆژدا دەبێت ماڵەکە چۆڵ بکەین",
            "ژوانەکەم هەفتەی داهاتوو لە دادگایە",
            "سێ ڕۆژ ماوە",
            "دووشەممە ژوانم هەیە",
        ],
        "so": [
            "Saddex maalmood gudahood waa inaan guriga ka baxno",
            "Ballantayda Jobcenter waa Isniinta",
            "Laba maalmood ayaa ii harsan",
            "saa dambe ayaan tagayaa",
            "Isniinta ballan baan ku leeyahay Jobcenter",
        ],
        "ti": [
            "ድሕሪ ሰለስተ መዓልቲ ካብ ገዛ ክንወጽእ ኣለና",
            "ቆጸራይ ዝመጽእ ሰሙን እዩ",
            "ክልተ መዓልቲ ጥራይ ተሪፉኒ",
            "ሰኑይ ቆጸራ ኣለኒ",
        ],
        "ro": [
            "Am programare la Jobcenter marți și nu am traducător",
            "În trei zile trebuie să ne mutăm",
            "Poimâine am interviu",
            "Mai am doar trei zile",
            "Marți am o programare la Jobcenter",
        ],
        "pl": [
            "Mam termin w urzędzie w przyszłym tygodniu",
            "Za trzy dni musimy oddać klucze",
            "Pojutrze rozprawa w sądzie",
            "Zostały mi tylko dwa dni",
            "W poniedziałek mam termin w urzędzie",
        ],
        "es": [
            "Tengo cita en la Ausländerbehörde el martes y no tengo traductor",
            "En tres días tenemos que dejar el piso",
            "solo me quedan 2 días para mandar los papeles",
            "pasado manana tengo entrevista",
            "El lunes tengo cita en el Jobcenter",
        ],
        "fr": [
            "J'ai rendez-vous à la préfecture la semaine prochaine",
            "Dans trois jours on doit quitter l'appartement",
            "Il me reste 2 jours pour envoyer le dossier",
            "Lundi j'ai un rendez-vous à la préfecture",
        ],
        "it": [
            "Ho un appuntamento al Jobcenter lunedì e non ho il traduttore",
            "Tra tre giorni dobbiamo lasciare la casa",
            "Dopodomani ho l'udienza",
            "Mi restano solo due giorni",
            "Lunedì ho un appuntamento al Jobcenter",
        ],
        "sq": [
            "Kam termin në Jobcenter të hënën",
            "Brenda tre ditëve duhet të dalim nga shtëpia",
            "neser kam intervisten",
            "Më kanë mbetur vetëm dy ditë",
            "Të hënën kam termin",
        ],
        "sh-latn": [
            "Imam termin u Jobcenteru u ponedjeljak",
            "Za tri dana moramo iseliti",
            "Ostala su mi još samo 2 dana",
            "U ponedjeljak imam termin",
        ],
        "sh-cyrl": [
            "Сутра имам термин у Џобцентру",
            "За три дана морамо да се иселимо",
            "Имам термин у понедељак у амту",
            "У понедељак имам термин",
        ],
        "vi": [
            "Em có hẹn ở Jobcenter thứ hai mà không có phiên dịch",
            "Còn 3 ngày nữa là phải nộp giấy tờ",
            "Ngày mốt em phải ra tòa",
            "Thứ hai em có hẹn ở Jobcenter",
        ],
        "zh": [
            "我下周一有预约，没有翻译",
            "三天内必须搬出去",
            "后天要去开庭",
            "只剩三天了",
            "我预约了下周二",
        ],
    },
    # c. payments or benefits stopped / cut / not arrived / will be stopped
    "c_payments": {
        "de": [
            "Mein Bürgergeld ist diesen Monat nicht angekommen",
            "Das Jobcenter zahlt nicht mehr, was kann ich tun?",
            "Ich habe keinen Lohn bekommen seit zwei Monaten",
            "Das Jobcenter streicht mir das Geld ab Mai",
        ],
        "en": [
            "My Bürgergeld didn't come this month",
            "The Jobcenter cut my benefits and I can't pay rent",
            "I still haven't received my salary from March",
            "our child benefit will be suspended from next month",
        ],
        "uk": [
            "Гроші від джобцентру ще не прийшли",
            "Виплати припинили з березня",
            "Я не отримала кіндергельд за два місяці",
            "Зарплату не заплатили вже місяць",
            "Нас зняли з виплат",
        ],
        "ru": [
            "Деньги от джобцентра не пришли",
            "Пособие прекратили без объяснений",
            "Я не получила зарплату за март",
            "Нас сняли с выплат",
        ],
        "ar": [
            "المصاري ما نزلت هالشهر من الجوب سنتر",
            "الفلوس منزلتش لحد دلوقتي",
            "وقفوا لي المساعدة من الشهر الجاي",
            "الراتب بعد ما اجا",
            "ما وصلني الراتب هالشهر",
        ],
        "fa": [
            "پول جاب سنتر هنوز نیومده",
            "کیندرگلد رو قطع کردن",
            "معاشم را بند کده اند",
            "حقوقم رو ندادن",
            "قطع کردن پول ما رو",
        ],
        "tr": [
            "Jobcenter parası bu ay yatmadı",
            "Kindergeld kesildi, ne yapmalıyım",
            "Maaşımı ödemediler iki aydır",
        ],
        "ps": [
            "پیسې لا نه دي راغلي",
            "زما معاش بند شوی",
            "جاب سنتر مرسته قطع کړه",
        ],
        "ku-kmr": [
            "Pereyê jobcenter nehatiye",
            "Kindergeld hat birrîn",
            "Alîkarî rawestandin",
        ],
        "ku-ckb": [
            "پارەکەم لە جۆبسەنتەر نەهاتووە",
            "مووچەکەم ڕاگیرا",
            "یارمەتییەکە بڕدرا",
        ],
        "so": [
            "Lacagta waa la joojinayaa bisha dambe",
            "Mushaharkii weli ma iman",
            "Kindergeld-ka lama bixin",
        ],
        "ti": [
            "ገንዘብ ጆብሰንተር ኣይመጸን",
            "ደሞዘይ ኣይተኸፍለን",
            "ሓገዝ ደው ኣቢሎሞ",
        ],
        "ro": [
            "Banii de la Jobcenter nu au venit luna asta",
            "Mi-au tăiat ajutorul fără explicație",
            "Alocația a fost oprită",
        ],
        "pl": [
            "Pieniądze z Jobcenter nie przyszły",
            "Zasiłek wstrzymali od marca",
            "Nie dostałam wypłaty za luty",
        ],
        "es": [
            "El dinero del Jobcenter no ha llegado",
            "Me cortaron la ayuda del Jobcenter",
            "El kindergeld fue suspendido",
        ],
        "fr": [
            "L'argent du Jobcenter n'est pas arrivé",
            "La CAF a suspendu les allocations",
            "Ils m'ont coupé le Bürgergeld",
        ],
        "it": [
            "I soldi del Jobcenter non sono arrivati",
            "Mi hanno tagliato il sussidio",
            "Lo stipendio non è ancora arrivato",
        ],
        "sq": [
            "Paratë nga Jobcenter nuk kanë ardhur",
            "Ndihmën ma ndaluan",
            "Rroga nuk më ka ardhur",
        ],
        "sh-latn": [
            "Novac od Jobcentra nije stigao",
            "Socijalna pomoć je obustavljena",
            "Plata nije legla ovaj mjesec",
        ],
        "sh-cyrl": [
            "Новац није стигао овај месец",
            "Социјална помоћ је обустављена",
            "Плата није уплаћена",
        ],
        "vi": [
            "Tiền Jobcenter tháng này chưa về",
            "Trợ cấp bị cắt rồi",
            "Em chưa nhận được lương tháng trước",
        ],
        "zh": [
            "这个月的钱还没到",
            "公民金被停了",
            "工资两个月没发",
            "停了我的补助",
        ],
    },
    # d. bank blocked, contract ends, fired, eviction, permit expires
    "d_loss": {
        "de": [
            "Mein Konto wurde eingefroren, ich komme nicht an mein Geld",
            "Mein Arbeitsvertrag wird nicht verlängert",
            "Ich wurde gestern fristlos gekündigt",
            "Wir müssen bis Ende des Monats aus der Wohnung ausziehen",
            "Meine Fiktionsbescheinigung läuft am 12. ab",
        ],
        "en": [
            "My bank account got blocked",
            "My rental contract ends in March and they won't renew",
            "I got fired yesterday",
            "The landlord is kicking us out",
            "My residence permit runs out next week",
        ],
        "uk": [
            "Рахунок заморожено, не можу зняти гроші",
            "Договір оренди не продовжать",
            "Мене звільнили з роботи",
            "Нам треба з'їхати з квартири до кінця місяця",
            "Мій параграф 24 закінчиться в травні",
        ],
        "ru": [
            "Счёт в банке арестовали",
            "Договор аренды не продлят",
            "Меня уволили вчера",
            "Нам надо съехать из квартиры",
            "Виза истекает через неделю",
        ],
        "ar": [
            "حسابي البنكي انقفل وما عندي مصاري",
            "عقد الشغل بيخلص الشهر الجاي وما رح يجددو",
            "فصلوني من الشغل امبارح",
            "لازم نطلع من البيت قبل آخر الشهر",
            "اقامتي بتنتهي الأسبوع الجاي",
        ],
        "fa": [
            "حسابم مسدود شده",
            "قراردادم تمدید نمیشه",
            "از کار اخراجم کردن",
            "گفتن باید خونه رو خالی کنیم",
            "اقامتم هفته دیگه تموم میشه",
        ],
        "tr": [
            "Banka hesabım bloke oldu",
            "Kira sözleşmesi uzatılmayacak",
            "İşten çıkarıldım",
            "Evden çıkmamız lazım ay sonunda",
            "Oturumum bitiyor, ne yapmalıyım",
        ],
        "ps": [
            "زما بانکي حساب بند شو",
            "قرارداد مې ختمیږي",
            "له کاره یې وویستلم",
            "کور باید خالي کړو",
            "اقامت مې ختمیږي",
        ],
        "ku-kmr": [
            "Hesabê min hat girtin",
            "Peymana kar diqede",
            "ez ji kar hatim derxistin",
            "Divê em ji malê derkevin",
            "Îqameya min diqede",
        ],
        "ku-ckb": [
            "حسابی بانکەکەم داخرا",
            "گرێبەستەکەم درێژ ناکەنەوە",
            "لە کار دەرکرام",
            "دەبێت ماڵەکە چۆڵ بکەین",
            "ئیقامەکەم تەواو دەبێت",
        ],
        "so": [
            "Akoonkayga bangiga waa la xiray",
            "Heshiiska shaqada ma kordhinayaan",
            "Shaqadii waa laga i eryay",
            "Guriga waa inaan ka baxnaa",
            "Sharcigayga wuu dhacayaa",
        ],
        "ti": [
            "ሕሳበይ ተዓጽዩ",
            "ውዕለይ ኣይሕደስን",
            "ካብ ስራሕ ኣውጺኦምኒ",
            "ካብ ገዛ ክንወጽእ ኣለና",
            "ፍቓደይ ይውዳእ",
        ],
        "ro": [
            "Contul meu a fost blocat",
            "Contractul nu mi-l mai prelungește",
            "M-au concediat ieri",
            "Trebuie să ne mutăm din apartament",
            "Permisul de ședere expiră luna viitoare",
        ],
        "pl": [
            "Konto zostało zablokowane",
            "Umowa najmu kończy się w marcu",
            "Zwolnili mnie z pracy",
            "Musimy się wyprowadzić do końca miesiąca",
            "Karta pobytu wygasa za tydzień",
        ],
        "es": [
            "La cuenta está bloqueada",
            "El contrato de alquiler termina y no lo renuevan",
            "Me despidieron del trabajo",
            "Nos llegó una orden de desahucio",
            "El permiso de residencia caduca en abril",
        ],
        "fr": [
            "Mon compte est bloqué depuis hier",
            "Mon contrat ne sera pas renouvelé",
            "J'ai été licenciée",
            "On a reçu une lettre d'expulsion",
            "Mon titre de séjour expire dans deux semaines",
        ],
        "it": [
            "Il conto è stato bloccato",
            "Il contratto scade e non lo rinnovano",
            "Mi hanno licenziata ieri",
            "Abbiamo ricevuto lo sfratto",
            "Il permesso di soggiorno è scaduto",
        ],
        "sq": [
            "Llogaria ime u bllokua",
            "Kontrata e punës mbaron",
            "Më hoqën nga puna",
            "Duhet të largohemi nga shtëpia",
            "Leja e qëndrimit skadon javën tjetër",
        ],
        "sh-latn": [
            "Račun mi je blokiran",
            "Ugovor mi ističe i neće ga produžiti",
            "Dobila sam otkaz",
            "Moramo se iseliti iz stana",
            "Boravišna dozvola mi ističe",
        ],
        "sh-cyrl": [
            "Рачун ми је блокиран",
            "Уговор ми истиче",
            "Добила сам отказ",
            "Морамо да се иселимо",
            "Виза ми истиче следеће недеље",
        ],
        "vi": [
            "Tài khoản ngân hàng bị khóa",
            "Hợp đồng thuê nhà hết hạn tháng sau",
            "Em bị đuổi việc rồi",
            "Chủ nhà đuổi mẹ con em",
            "Thẻ cư trú sắp hết hạn",
        ],
        "zh": [
            "我的银行账户被冻结了",
            "租约到期房东不续",
            "我被解雇了",
            "房东要我们搬走",
            "居留下个月到期",
        ],
    },
}

# ----------------------------------------------------------------------------------------
# Positive examples for CRISIS_EXTRA
# ----------------------------------------------------------------------------------------
CRISIS_POS: dict[str, dict[str, list[str]]] = {
    "threat": {
        "de": [
            "Er hat gesagt, er bringt mich um, wenn ich gehe",
            "Wenn ich zur Polizei gehe, bringt er mich um",
            "Er schreit ich bring dich um",
            "Er will die Kinder umbringen",
            "Er droht mir jeden Tag",
            "Er hat mich mit dem Messer bedroht",
        ],
        "en": [
            "He said he will kill me if I leave",
            "my husband threatened to hurt the kids",
            "He texted me I'll kill you",
        ],
        "uk": [
            "Він сказав що вбʼє мене",
            "Кричить: вб'ю тебе",
            "Погрожує задушити мене",
        ],
        "ru": [
            "Он сказал: я тебя убью",
            "Грозится зарезать меня и детей",
            "Сказал что прибьёт меня",
        ],
        "ar": [
            "قال رح يقتلني اذا رحت للبوليس",
            "جوزي بيقول هموتك",
            "گال راح يكتلني",
            "هددني بالسكين",
            "بدو يقتل ولادي",
        ],
        "fa": [
            "میگه بچه هامو میکشه",
            "شوهرم میگه میکشتم",
            "تهدید به مرگ کرده",
            "تهدید کرد که منو میکشه",
        ],
        "tr": [
            "Seni öldürürüm diye bağırıyor",
            "Çocukları öldürecekmiş",
            "Bizi öldürecek diyor",
        ],
        "ps": [
            "وايي ما به ووژني",
            "وايي زه دې وژنم",
            "ما ته د مرګ ګواښ کوي",
        ],
        "ku-kmr": [
            "Dibêje ezê te bikujim",
            "Ew ê min bikuje",
            "gef li min dixwe",
        ],
        "ku-ckb": [
            "دەڵێت دەتکوژم",
            "مێردەکەم دەمکوژێت",
            "هەڕەشەی کوشتنم لێدەکات",
        ],
        "so": [
            "Wuu i dilayaa hadaan baxo",
            "Waxaan ku dilayaa ayuu yiri",
            "wuu i hanjabay",
        ],
        "ti": [
            "ክቐትለኪ እየ ይብለኒ",
            "ክቐትለኒ እዩ",
            "ይፈራርሓኒ",
        ],
        "ro": [
            "A zis că mă omoară dacă plec",
            "Te omor, mi-a scris",
            "Amenință că ne omoară pe toți",
        ],
        "pl": [
            "Powiedział że mnie zabije",
            "Zabiję cię, krzyczał",
            "Grozi mi, że zabije dzieci",
        ],
        "es": [
            "Me dijo que me va a matar",
            "Te voy a matar, me grita",
            "amenazó con matar a los niños",
        ],
        "fr": [
            "Il menace de me tuer",
            "Il m'a dit je vais te tuer",
            "Il veut tuer les enfants",
        ],
        "it": [
            "Mi ha detto che mi ammazza",
            "Ti ammazzo, mi ha scritto",
            "Minaccia di uccidermi",
        ],
        "sq": [
            "Tha që do më vrasë",
            "Të vras, më tha",
            "Do t'i vrasë fëmijët",
        ],
        "sh-latn": [
            "Rekao je da će me ubiti",
            "Ubiću te, viče",
            "Prijeti mi svaki dan",
        ],
        "sh-cyrl": [
            "Рекао је да ће ме убити",
            "Убићу те, виче",
            "Прети ми ножем",
        ],
        "vi": [
            "Anh ta nói sẽ giết tôi",
            "Chồng dọa giết mẹ con em",
            "Nó bảo giết mày",
        ],
        "zh": [
            "他说要杀了我",
            "他威胁要杀我",
            "他说会打死孩子",
        ],
    },
    "locked_in": {
        "de": [
            "Er lässt mich nicht aus der Wohnung",
            "Er hat mir das Handy weggenommen",
            "Ich darf nicht raus, er schließt ab",
            "Die Tür ist abgeschlossen und ich kann nicht raus",
            "Er nimmt mir das Handy weg",
        ],
        "en": [
            "He doesn't let me go out alone",
            "I'm locked in the flat",
            "He took away my phone and my papers",
            "He hides my documents",
        ],
        "uk": [
            "Не випускає мене з дому",
            "Він забрав у мене телефон",
            "Відібрав документи і паспорт",
        ],
        "ru": [
            "Муж не выпускает меня из дома",
            "Он отобрал телефон",
            "Спрятал мои документы",
        ],
        "ar": [
            "ما بيخليني اطلع من البيت",
            "قافل علي الباب",
            "اخد مني موبايلي",
        ],
        "fa": [
            "نمیذاره از خونه برم بیرون",
            "گوشیمو گرفت",
            "در خونه رو روم قفل کرد",
        ],
        "tr": [
            "Evden çıkmama izin vermiyor",
            "Telefonumu aldı",
            "Beni odaya kapattı",
        ],
        "ps": [
            "نه مې پرېږدي چې بهر ووځم",
            "ټیلیفون مې واخیست",
            "په کوټه کې یې بنده کړې یم",
        ],
        "ku-kmr": [
            "Nahêle ez derkevim",
            "Telefona min girt",
            "Min di malê de qefiland",
        ],
        "ku-ckb": [
            "نایەڵێت بچمە دەرەوە",
            "مۆبایلەکەم لێسەندم",
            "لە ماڵ دایخستووم",
        ],
        "so": [
            "Guriga ayuu igu xiray",
            "Taleefankii ayuu iga qaatay",
            "Iima oggola inaan dibadda u baxo",
        ],
        "ti": [
            "ካብ ገዛ ክወጽእ ኣይፈቕደለይን",
            "ኣብ ገዛ ዓጽዩኒ",
            "ተሌፎነይ ወሲዱዎ",
        ],
        "ro": [
            "Mă ține închisă în casă",
            "Nu mă lasă să ies",
            "Mi-a luat telefonul",
        ],
        "pl": [
            "Zamyka mnie w domu",
            "Nie pozwala mi wyjść",
            "Zabrał mi telefon i paszport",
        ],
        "es": [
            "Me encierra en casa",
            "No me deja salir",
            "Me quitó el teléfono",
        ],
        "fr": [
            "Il m'enferme dans l'appartement",
            "Il ne me laisse pas sortir",
            "Il m'a pris mon téléphone",
        ],
        "it": [
            "Mi chiude in casa",
            "Non mi lascia uscire",
            "Mi ha preso il telefono",
        ],
        "sq": [
            "Nuk më lë të dal",
            "Më ka mbyllur në shtëpi",
            "Ma mori telefonin",
        ],
        "sh-latn": [
            "Zaključava me u stanu",
            "Ne da mi da izađem",
            "Uzeo mi je telefon",
        ],
        "sh-cyrl": [
            "Закључава ме у стану",
            "Не да ми да изађем",
            "Узео ми је пасош",
        ],
        "vi": [
            "Anh ấy nhốt em trong nhà",
            "Không cho em ra ngoài",
            "Giữ giấy tờ của em",
        ],
        "zh": [
            "他把我锁在家里",
            "不让我出门",
            "他拿走了我的护照",
        ],
    },
}

# ----------------------------------------------------------------------------------------
# Negative examples: must match neither list
# ----------------------------------------------------------------------------------------
NEGATIVES = [
    # ordinary questions about appointments, benefits, documents in general
    "Wie kann ich einen Termin beim Jobcenter machen?",
    "Kann man am Montag einen Termin machen?",
    "Wann kommt normalerweise das Kindergeld?",
    "Is the Jobcenter open on Monday?",
    "How do I renew my residence permit?",
    "What documents do I need for Kindergeld?",
    "Where can I open a bank account?",
    "Как записаться на приём к врачу?",
    "كيف بحجز موعد بالجوب سنتر؟",
    "چطور میشه وقت گرفت برای اداره خارجی ها؟",
    "Bună ziua, cum fac o programare la medic?",
    "Zdravo, kako da zakažem termin?",
    "Salaan, sidee ballan loo qabsadaa?",
    "Dzień dobry, gdzie mogę znaleźć lekarza?",
    "Hat jemand Erfahrung mit der Ausländerbehörde in Köln?",
    # news about a murder
    "In Berlin wurde eine Frau getötet, schrecklich.",
    "A woman was killed in Berlin yesterday, so sad",
    "В Берлине убили женщину, ужас",
    "قتلت امرأة في برلين أمس",
    "Berlin'de bir kadın öldürüldü",
    "زنی در برلین کشته شد",
    # a workshop on violence
    "Workshop on violence against women this Saturday",
    "Seminar zum Thema Gewalt gegen Frauen am Montag",
    "Запрошуємо на семінар про домашнє насильство",
    # idioms
    "I want to kill time before my train",
    "Я хочу убить время до поезда",
    "الشوق يقتلني، اشتقت لأهلي",
    "يقتلني الملل بالبيت",
    # my week was hard, small talk
    "My week was hard, but I'm ok",
    "My husband works a lot this week",
    "We will move to a bigger flat next year",
    "Mein Deutschkurs endet nächste Woche",
    # greetings
    "Good morning everyone!",
    "Guten Morgen ihr Lieben",
    "Доброе утро всем!",
    "Добрий день, де можна знайти курси німецької?",
    "صباح الخير للجميع",
    "سلام، کسی میدونه کلاس زبان کجاست؟",
    "Merhaba, Almanca kursu önerebilir misiniz?",
    "Mirëmëngjes të gjithëve",
    "Buenos días, ¿alguien sabe dónde hay clases de alemán?",
    "Bonjour à toutes, bonne semaine",
    "Buongiorno a tutte!",
    "Xin chào mọi người",
    "大家好，有人知道德语课吗？",
    "Silav hevalno, rojbaş",
    "ሰላም ኩልኹም",
    "I need to take the kids to school tomorrow morning",
    "Die Ausländerbehörde hat meinen Pass abgenommen, ist das normal?",
    "بدي مساعدة، ابني ما اجا عالبيت",
    "Yardım lazım, otobüs gelmedi",
    "Treba mi pomoć, autobus nije stigao",
    "Mein Geld reicht nicht, mein Mann ist nicht da",
    "پول ندارم، جواب ندادن",
    "Ho visto che il corso finisce presto",
    "Das passt, der Kurs endet bald",
    "اشتريت كرت والرصيد خلص",
    "Questo caldo mi ammazza",
    "Someone took my phone on the train",
    "The package will arrive in a few days",
]


def _cases(table: dict[str, dict[str, list[str]]]) -> list[tuple[str, str, str]]:
    return [
        (category, lang, text)
        for category, by_lang in table.items()
        for lang, texts in by_lang.items()
        for text in texts
    ]


# ----------------------------------------------------------------------------------------
# Tests
# ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern", HIGH_EXTRA + CRISIS_EXTRA)
def test_every_pattern_compiles_alone(pattern: str) -> None:
    re.compile(pattern, re.I)


def test_joined_lists_compile() -> None:
    assert HIGH_RE.pattern and CRISIS_RE.pattern


def test_patterns_are_nfc_and_unique() -> None:
    for pattern in HIGH_EXTRA + CRISIS_EXTRA:
        assert unicodedata.normalize("NFC", pattern) == pattern, pattern
        assert "\u200c" not in pattern, pattern  # ZWNJ is stripped by clean()
    assert len(set(HIGH_EXTRA)) == len(HIGH_EXTRA)
    assert len(set(CRISIS_EXTRA)) == len(CRISIS_EXTRA)


def test_no_exact_duplicates_of_existing_lists() -> None:
    try:
        from lotsin.triage.urgency import CRISIS, HIGH
    except ImportError:  # pragma: no cover
        pytest.skip("lotsin not importable")
    assert not set(HIGH_EXTRA) & set(HIGH)
    assert not set(CRISIS_EXTRA) & set(CRISIS)


@pytest.mark.parametrize("table", [HIGH_POS, CRISIS_POS], ids=["high", "crisis"])
def test_every_category_has_three_examples_per_language(table) -> None:
    for category, by_lang in table.items():
        assert sorted(by_lang) == sorted(LANGS), category
        for lang in LANGS:
            assert len(by_lang[lang]) >= 3, (category, lang)


@pytest.mark.parametrize(("category", "lang", "text"), _cases(HIGH_POS))
def test_high_positive(category: str, lang: str, text: str) -> None:
    assert HIGH_RE.search(_own(text)), f"{category}/{lang}: {text}"


@pytest.mark.parametrize(("category", "lang", "text"), _cases(CRISIS_POS))
def test_crisis_positive(category: str, lang: str, text: str) -> None:
    assert CRISIS_RE.search(_own(text)), f"{category}/{lang}: {text}"


def test_enough_negatives() -> None:
    assert len(NEGATIVES) >= 30


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    own = _own(text)
    high = HIGH_RE.search(own)
    crisis = CRISIS_RE.search(own)
    assert not high, f"HIGH_EXTRA fired on {text!r}: {high.group(0)!r}"
    assert not crisis, f"CRISIS_EXTRA fired on {text!r}: {crisis.group(0)!r}"


@pytest.mark.parametrize(
    ("name", "patterns", "table"),
    [("HIGH_EXTRA", HIGH_EXTRA, HIGH_POS), ("CRISIS_EXTRA", CRISIS_EXTRA, CRISIS_POS)],
)
def test_every_pattern_has_an_example(name: str, patterns: list[str], table) -> None:
    texts = [_own(text) for _, _, text in _cases(table)]
    unused = [p for p in patterns if not any(re.search(p, t, re.I) for t in texts)]
    assert not unused, f"{name}: {len(unused)} patterns without an example: {unused[:5]}"
