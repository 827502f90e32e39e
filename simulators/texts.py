"""Colloquial Chinese report texts for a matter type, as a citizen would type them on a phone.

Varied wording, Foshan place names and landmarks mixed in, filler words and
the occasional homophone typo.  Deterministic for a given random generator, so
a seed replays the same reports.  The text classifier's training and held-out
sets are built from here with separate seeds and templates (see
``streams/classifier/train.py``).
"""

from __future__ import annotations

import random

from gridcc.domain.taxonomy import MatterType

PLACES = (
    "祖庙路",
    "岭南大道",
    "季华路",
    "佛山大道",
    "汾江路",
    "人民路",
    "建新路",
    "卫国路",
    "普澜路",
    "文华路",
    "南海大道",
    "绿景路",
    "张槎路",
    "塱宝路",
    "石湾镇",
    "澜石",
    "南庄镇",
    "紫南村",
    "吉利村",
    "大富村",
    "莲塘",
    "东平河边",
    "祖庙门口",
    "岭南天地",
    "佛山站附近",
    "石湾公园",
    "南风古灶",
    "佛山公园",
    "魁星阁",
    "季华公园",
    "绿岛湖",
    "升平路",
    "兆祥路",
    "普君市场",
    "亲仁路",
    "朝安南路",
    "华远东路",
    "城门头",
    "同济路",
    "福贤路",
)
OPENERS = ("", "", "你好，", "您好，", "麻烦问下，", "喂，", "紧急！", "投诉：", "反映个问题，", "师傅你们好，")
PLACE_TPL = ("{p}这边", "{p}", "在{p}", "{p}附近", "{p}路口", "我家楼下{p}", "{p}公交站旁边", "{p}小区门口")
BODY_TPL = (
    "{kw}",
    "有{kw}",
    "发现{kw}",
    "{kw}，好几天了",
    "这里{kw}很久没人管",
    "{kw}了",
    "出现{kw}的情况",
    "看到{kw}",
    "{kw}问题很严重",
    "一直{kw}",
)
CLOSERS = (
    "",
    "",
    "",
    "，请尽快处理",
    "，麻烦派人来看看",
    "，太危险了",
    "！！",
    "，谢谢",
    "，影响出行",
    "，多次反映没人管",
)
TYPOS = {"的": "地", "在": "再", "已经": "以经", "垃圾": "拉圾", "这里": "这哩", "麻烦": "麻凡", "处理": "处里"}


def report_text(matter: MatterType, rng: random.Random, typo_rate: float = 0.15) -> str:
    """One citizen's line about ``matter``."""
    words = [matter.name_zh, *matter.keywords]
    kw = rng.choice(words)
    place = rng.choice(PLACE_TPL).format(p=rng.choice(PLACES))
    body = rng.choice(BODY_TPL).format(kw=kw)
    parts = [rng.choice(OPENERS)]
    parts += [place, "，", body] if rng.random() < 0.7 else [body, "，在", place.removeprefix("在")]
    text = "".join(parts) + rng.choice(CLOSERS)
    if rng.random() < typo_rate:
        src = rng.choice([w for w in TYPOS if w in text] or [""])
        if src:
            text = text.replace(src, TYPOS[src], 1)
    return text[:200]
