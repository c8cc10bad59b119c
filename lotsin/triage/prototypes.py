"""Crisis prototypes in several languages: the engine flags posts close to any of them.

Written as people write, without the words "violence" or "suicide", because keyword lists miss
most crises told in everyday words (shared/notes/triage-findings.md).
"""

CRISIS_PROTOTYPES = [
    "My husband hits me and I am afraid to go home",
    "He locked me in the flat and took my phone and passport",
    "I can't go on any more, I don't want to live",
    "We are on the street tonight with the children and have nowhere to sleep",
    "My child has a high fever and does not wake up",
    "I am pregnant and bleeding heavily",
    "Mein Mann schlägt mich, ich habe Angst nach Hause zu gehen",
    "Wir stehen heute Nacht mit den Kindern auf der Straße",
    "Ich kann nicht mehr, ich will nicht mehr leben",
    "Чоловік б'є мене, я боюся йти додому",
    "Ми сьогодні ночуємо на вулиці з дітьми, нам нікуди йти",
    "Я більше не можу, не хочу жити",
    "Муж бьёт меня и угрожает убить",
    "Нам негде ночевать сегодня с детьми",
    "Я не хочу больше жить, сил нет",
    "زوجي يضربني ويهددني وأنا خائفة",
    "أنا وأطفالي في الشارع الليلة ولا مكان لنا",
    "ما بدي عيش بعد اليوم",
    "شوهرم منو کتک میزنه و تهدیدم میکنه",
    "امشب با بچه‌ها توی خیابون هستیم و جایی نداریم",
    "دیگه نمیخوام زنده باشم",
    "Kocam beni dövüyor, eve gitmeye korkuyorum",
    "Bu gece çocuklarla sokaktayız",
    "Artık yaşamak istemiyorum",
    "He threatens to kill me if I tell anyone",
    "My boss took my passport and does not let me leave",
]
