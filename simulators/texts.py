"""Colloquial Chinese report texts for a matter type, as a citizen would type them on a phone.

A report is assembled from parts: what is wrong (``text_phrases.mention``: a
hand-written symptom, or a taxonomy keyword with the glue it needs), where
(``text_places``: Chancheng streets, landmarks, villages, estates), and the
talk around it (openers, times, feelings, requests, Cantonese particles,
unrelated detail), then given everyday and Cantonese words (``text_colloquial``) and
phone-typing noise (``text_noise``).
Sentence shapes range from a bare "路灯坏了" to three clauses with the address
last.

Every table exists in two disjoint *families*.  ``report_text`` (the live
citizen simulator) draws from both; the text classifier's training set is
built from family "a" only and its held-out set from family "b" only (see
``streams/classifier/dataset.py``), so the held-out score measures
generalisation to sentence shapes, glue, places and typos never seen in
training.  Everything is deterministic for a given ``random.Random``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from gridcc.domain.taxonomy import MatterType
from simulators.text_colloquial import colloquial
from simulators.text_noise import add_typo, sloppy_punctuation
from simulators.text_phrases import mention
from simulators.text_places import place

FAMILIES = ("a", "b")
MAX_CHARS = 200
_DOUBLE = re.compile(r"[，。]?，[，！？。]+|[！？。]，")

SHAPES: dict[str, tuple[str, ...]] = {
    "a": (
        "{open}{place}{what}{ask}",
        "{open}{place}，{what}，{when}一直这样{ask}",
        "{what}，在{place}{ask}",
        "{when}{place}{what}{feel}",
        "{open}我要投诉{place}{what}{ask}",
        "{place}那里{what}{feel}{ask}",
        "{open}{what}{feel}，地址{place}",
        "{place}{what}",
        "{what}",
        "{what}{feel}",
        "{open}{place}{what}，{when}都是这样，{extra}{ask}",
        "{place}{what}，有人反映过没人理{ask}",
        "{open}{when}在{place}看到{what}，{extra}{ask}",
    ),
    "b": (
        "请问{place}{what}归哪个部门管？{ask}",
        "{feel_b}{what}，就在{place}",
        "我是附近居民，{when}发现{place}{what}，{ask}",
        "{what}…{place}…{ask}",
        "反映：{place}{what}。{extra}",
        "{place}。{what}。",
        "在{place}这里，{what}{feel}",
        "{open}{what}，具体位置：{place}{ask}",
        "你们管不管啊，{place}{what}",
        "{what}（{place}）{extra}",
        "{what}！",
        "{when}{what}，位置在{place}，{extra}{ask}",
        "{open}{place}，{extra}{what}{feel}",
    ),
}
OPENERS: dict[str, tuple[str, ...]] = {
    "a": ("", "", "", "你好，", "您好，", "喂，", "投诉：", "反映个问题，", "师傅你们好，", "紧急！", "12345你好，"),
    "b": ("", "", "", "哈喽，", "打扰一下，", "求助！", "各位领导，", "我想举报，", "唔该，", "有个事，", "急！！"),
}
WHEN: dict[str, tuple[str, ...]] = {
    "a": ("这几天", "昨晚", "今天早上", "好几天", "一个多星期", "每天晚上", "刚才", "最近", "周末"),
    "b": ("从上个礼拜开始", "刚刚", "凌晨两三点", "前天下午", "这个月", "今早七点多", "半个月", "过年前后"),
}
FEEL: dict[str, tuple[str, ...]] = {
    "a": ("", "", "，太危险了", "，好烦啊", "，真的受不了", "，气死人", "！！", "，影响很大", "，烦死了"),
    "b": ("", "", "，搞咩啊", "，真系顶唔顺", "，大家都很有意见", "，吓死人", "。。。", "，没人管吗", "，好离谱"),
}
FEEL_B_LEAD = ("", "", "实在忍不了了，", "唉，", "第三次打电话了，", "好无奈，")
ASK: dict[str, tuple[str, ...]] = {
    "a": ("", "", "，请尽快处理", "，麻烦派人来看看", "，谢谢", "，多次反映没人管", "，希望尽快解决", "！"),
    "b": ("", "", "，唔该快啲处理", "，盼复", "，请相关部门跟进", "，麻烦尽快安排人过来", "，拜托了", "？"),
}
EXTRA: dict[str, tuple[str, ...]] = {
    "a": ("", "", "小孩上学都要经过，", "老人家走路不方便，", "我都打过几次电话，", "附近住了很多人，"),
    "b": ("", "", "这里人流量很大，", "我拍了照片，", "之前也投诉过，", "街坊都在说，", "晚上特别明显，"),
}


@dataclass(frozen=True, slots=True)
class Report:
    """A generated report, with what the tests and the dataset builder need to know about it."""

    text: str
    family: str
    typo: bool


def _tidy(text: str) -> str:
    """Collapse the doubled commas that empty or comma-led parts leave behind."""
    text = _DOUBLE.sub(lambda m: m.group(0)[-1] if m.group(0)[-1] in "！？。" else "，", text)
    return text.strip("，")


def compose(matter: MatterType, rng: random.Random, family: str, typo_rate: float = 0.15) -> Report:
    """One citizen's report about ``matter`` in one family's wording."""
    if family not in FAMILIES:
        raise ValueError(f"unknown text family {family!r}; known: {FAMILIES}")
    shape = rng.choice(SHAPES[family])
    text = shape.format(
        open=rng.choice(OPENERS[family]),
        place=place(rng, family),
        what=mention(matter, rng, family),
        when=rng.choice(WHEN[family]),
        feel=rng.choice(FEEL[family]),
        feel_b=rng.choice(FEEL_B_LEAD),
        ask=rng.choice(ASK[family]),
        extra=rng.choice(EXTRA[family]),
    )
    text = sloppy_punctuation(colloquial(_tidy(text), rng), rng, family)
    typo = False
    if rng.random() < typo_rate:
        text, typo = add_typo(text, rng, family)
    return Report(text[:MAX_CHARS], family, typo)


def report_text(matter: MatterType, rng: random.Random, typo_rate: float = 0.15) -> str:
    """One citizen's line about ``matter``, in either family's wording (the live simulator's mix)."""
    return compose(matter, rng, rng.choice(FAMILIES), typo_rate).text
