"""Everyday and Cantonese words for the standard ones: 电鸡 for 电动车, 出粮 for 发工资, 嘈 for 吵.

Foshan residents type the way they talk, and a model that only knows the
taxonomy's Mandarin keywords misses 街灯 (路灯), 坑渠 (下水道) or 打交 (打架).
Unlike the sentence-shape tables this one is *shared* by both text families:
it is vocabulary, like the taxonomy's keywords, which the model is meant to
learn, not a template it could overfit to.
"""

from __future__ import annotations

import random

_TABLE = """
电动车=电鸡|电瓶车|电单车
摩托车=摩托|机车
出租车=的士
发工资=出粮|发人工
工资=人工|薪水|粮
没有=冇|没
这里=呢度|这边
那里=嗰度|那边
什么=咩|啥
小孩=细路仔|小朋友|孩子
老人=老人家|阿伯|阿婆
很=好|超
今天=今日
昨天=琴日|昨日
晚上=夜晚|晚黑
半夜=三更半夜|深夜
睡觉=瞓觉
看到=睇到|见到
店铺=铺头|档口
商店=铺头|士多
警察=差佬|阿sir
楼下=楼底
下水道=坑渠|渠
井盖=沙井盖|井盖子
路灯=街灯
吵=嘈
脏=污糟
东西=嘢
不知道=唔知
怎么办=点算
快点=快啲
谢谢=唔该|多谢
隔壁=隔篱|隔离
邻居=隔篱邻舍|街坊
小偷=贼|贼佬
打架=打交
吵架=嗌交
厉害=犀利
"""
COLLOQUIAL: dict[str, tuple[str, ...]] = {
    word: tuple(variants.split("|")) for word, variants in (line.split("=") for line in _TABLE.strip().splitlines())
}
# Longest first, so 发工资 is rewritten before 工资 and 井盖 before 盖.
_ORDER = sorted(COLLOQUIAL, key=len, reverse=True)


def colloquial(text: str, rng: random.Random, rate: float = 0.3, per_word: float = 0.6) -> str:
    """With probability ``rate``, swap some standard words of ``text`` for everyday ones."""
    if rng.random() >= rate:
        return text
    for word in _ORDER:
        if word in text and rng.random() < per_word:
            text = text.replace(word, rng.choice(COLLOQUIAL[word]))
    return text
