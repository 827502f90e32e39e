"""Where the citizen says it is: Chancheng streets, landmarks, villages and estates.

Real reports mix a place into almost every line ("季华路口", "祖庙后面那条巷"),
and place names often contain words that are also matter keywords (市场, 公园,
学校, 医院), so a classifier has to learn to look past them.  The names are
split into two disjoint families: the training texts only ever see family "a",
the held-out texts only family "b", so a held-out score cannot come from
memorised place names.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    """Word lists are written as one spaced string: compact, and easy to read as Chinese."""
    return tuple(text.split())


STREETS: dict[str, tuple[str, ...]] = {
    "a": _words(
        "祖庙路 岭南大道 季华路 季华五路 佛山大道 汾江中路 人民路 建新路 普澜路 文华北路 "
        "南海大道 绿景路 张槎一路 魁奇路 江湾一路 同济路 升平路 亲仁路 锦华路 松风路 "
        "市东下路 公正路 雾岗路 和平路 南庄大道 轻工三路 城门头西路 朝安南路 东平路 "
        "塱宝西路"
    ),
    "b": _words(
        "卫国路 汾江南路 季华二路 文华中路 华远东路 兆祥路 福贤路 莲花路 建设大道 福宁路 "
        "太平路 禅港东路 紫洞路 澜石二路 江湾三路 魁奇一路 岭南大道北 普君北路 塱沙路 "
        "惠景路 石湾镇朝阳路 大富路 深村路 绿景三路"
    ),
}
LANDMARKS: dict[str, tuple[str, ...]] = {
    "a": _words(
        "祖庙 岭南天地 佛山站 石湾公园 南风古灶 佛山公园 季华公园 东方广场 百花广场 "
        "普君市场 佛山一中 第一人民医院 世纪莲体育中心 创意产业园 中国陶瓷城 澜石不锈钢市场 "
        "张槎针织市场 王借岗公园 绿岛湖 东建世纪广场 禅城区政府 梁园"
    ),
    "b": _words(
        "魁星阁 兴华商场 亚艺公园 黄飞鸿纪念馆 陶瓷博物馆 佛山科技学院 中医院 妇幼保健院 "
        "保利水城 1506创意城 智慧新城 文华公园 城门头公交总站 莲花市场 石湾美术陶瓷厂 "
        "塔坡庙 南庄汽车站 江滨公园 季华新城 佛山大剧院"
    ),
}
VILLAGES: dict[str, tuple[str, ...]] = {
    "a": _words(
        "紫南村 吉利村 罗格村 大富村 莲塘 东平 澜石 张槎 南庄 石湾 弼唐 深村 奇槎 河宕 上朗 塘头 湾头 古灶 江湾 鄱阳"
    ),
    "b": _words(
        "杏头村 溶洲村 龙津村 堤田村 梧村 醒群村 贺丰村 隆庆村 湖涌村 沙口 大江 海口 "
        "村头 下朗 白坭坑 马冲 山紫 庞村 黎涌 东鄱"
    ),
}
ESTATES: dict[str, tuple[str, ...]] = {
    "a": _words(
        "绿景花园 季华新村 石湾新村 澜石花园 华远小区 锦华苑 同济新村 东华里小区 江湾花园 明珠苑 百花小区 南庄花苑"
    ),
    "b": _words("朝安花园 普澜小区 文华苑 东平新城 莲峰花园 惠景苑 城门头小区 丰宁新村 湾华苑 张槎嘉园 岚岗花园"),
}
# How the place is said.  {s} street, {l} landmark, {v} village, {e} estate, {n} a small number.
PLACE_SHAPES: dict[str, tuple[str, ...]] = {
    "a": _words(
        "{s} {s}这边 {s}路口 {s}{n}号 {s}{n}号对面 {l}附近 "
        "{l}门口 {l}旁边 {v} {v}{n}巷 {v}村口 {e} {e}{n}栋楼下 "
        "我家楼下 {s}公交站旁边 {e}门口 {s}和{s2}交界 {l}后面那条街 "
        "{s}红绿灯路口 {l}停车场出口 {s}天桥下面 {v}市场旁边 {e}垃圾房旁边 {l}公交站"
    ),
    "b": _words(
        "{s}那边 {s}天桥底 {s}{n}号附近 {l}对面 {l}后门 {l}斜对面那里 "
        "{v}大街 {v}{n}号 {v}牌坊旁边 {e}{n}座 {e}后门 {e}里面 "
        "我们小区 {s}红绿灯那里 {s}靠近{l} {l}过去一点 我公司门口 {s}转角"
    ),
}


def place(rng: random.Random, family: str) -> str:
    """A place phrase from one family's names and shapes."""
    shape = rng.choice(PLACE_SHAPES[family])
    streets = STREETS[family]
    return shape.format(
        s=rng.choice(streets),
        s2=rng.choice(streets),
        l=rng.choice(LANDMARKS[family]),
        v=rng.choice(VILLAGES[family]),
        e=rng.choice(ESTATES[family]),
        n=rng.choice((rng.randint(1, 30), rng.randint(1, 199))),
    )
