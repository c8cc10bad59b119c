import numpy as np
import pytest

from lotsin.triage.hearsay import rumour_frame
from lotsin.triage.matching import Calibration, _default_models, decide


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Дівчата, правда що по Job-Turbo всіх змушують йти на будь-яку роботу?", "verify"),
        ("Говорят, Kindergeld снимают, если уехать на неделю", "hearsay"),
        ("سمعت انو اي حدا معه شهادة بياخد البلو كارت اوتوماتيك، صح؟", "hearsay"),
        ("میگن جاب سنتر پیام‌های تلگرام رو می‌خونه", "hearsay"),
        ("Kursa gitmezsen 1000 euro ceza ya da sınır dışı ediliyormuşsun", "hearsay"),
        ("Ich habe gehört, man darf ohne B2 gar nicht arbeiten. Stimmt das?", "verify"),
        ("Someone told me I lose my residence permit if I move, is that true?", "verify"),
        ("Не верьте, это фейк: защиту продлили до 2027", "denial"),
        ("هاد الكلام مو صحيح، اليوغند امت ما بياخد الولاد", "denial"),
        ("Vorsicht Frauen!! Beim Jugendamt beschwert? Die nehmen eure Kinder weg", "warning"),
        ("Komşum diyor ki Jobcenter arabayı sattırıyor", "hearsay"),
        ("خواهرم میگه کیتا فقط برای مادرهای شاغله", "hearsay"),
        ("Có phải Jobcenter đọc tin nhắn Zalo không các chị?", "verify"),
        ("Nije tačno da Jobcenter uzima sve od minijoba", "denial"),
        ("听说只要有大学文凭就自动能拿蓝卡，是真的吗？", "hearsay"),
        ("Czy to prawda, że bez B2 nie wolno pracować?", "verify"),
        ("ПЕРЕШЛІТЬ ВСІМ!!! З наступного року захист для українців закінчується", "chain"),
        ("On m'a dit que les demandeurs d'asile n'ont jamais le droit de travailler", "hearsay"),
    ],
)
def test_rumour_frames_in_many_languages(text, kind):
    framed, evidence = rumour_frame(text)
    assert framed
    assert kind in evidence["cues"]


@pytest.mark.parametrize(
    "text",
    [
        "Wie beantrage ich einen Kita-Platz für meinen Sohn?",
        "як отримати Bildungsgutschein на курси бухгалтерії?",
        "Сколько Jobcenter оплачивает за 2-комнатную квартиру?",
        "با بورگرگلد چقدر میشه مینی جاب کار کرد که کم نکنن؟",
        "Minijob yaparsam Bürgergeld'den ne kadar kesilir?",
        "Sprachcafé für Frauen jeden Dienstag 10 Uhr im Familienzentrum",
        "Дякую",
        "",
    ],
)
def test_plain_questions_and_chat_are_not_framed_as_rumours(text):
    assert rumour_frame(text) == (False, {"cues": {}})


def test_the_frame_accepts_a_claim_that_the_same_similarity_alone_would_not():
    """The shipped claims model: somewhere between unrelated and near-copy, a post framed as a
    rumour is judged to repeat the claim where a plain post on the topic is not (both on the
    claim's topic, with the same post probe: fairly sure the post is about a rumour)."""
    model = _default_models()["claims"]
    unrelated = Calibration().centering.unrelated  # scores are language-centred cosines
    topic = np.eye(10)[0]

    def accepted(score, framed):
        best = {"C1": (score, "de"), **{f"C{i}": (unrelated, "de") for i in range(2, 12)}}
        found, _evidence = decide(
            best, model=model, language="uk", post_anchors=set(), item_anchors={},
            question=True, length=90, limit=2, rumour_frame=framed, unrelated=unrelated,
            post_probe=2.0, post_topics=topic, item_topics={"C1": topic},
        )  # fmt: skip
        return bool(found)

    scores = [unrelated + i / 100 for i in range(80)]
    framed_from = next(s for s in scores if accepted(s, True))
    plain_from = next(s for s in scores if accepted(s, False))
    assert framed_from < plain_from
    assert not accepted(unrelated, True)  # the frame alone is no match
