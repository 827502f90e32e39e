"""Phone-typing noise: pinyin-IME homophone typos and sloppy punctuation.

Citizens type on a phone with a pinyin keyboard, so the typical typo is the
wrong character with the right sound (以经 for 已经, 井概 for 井盖), and
punctuation is often dropped or replaced by spaces.  Like the rest of the
generator the tables come in two families: training text only ever meets
family "a" typos and held-out text only family "b" typos, so robustness to an
unseen misspelling is actually measured.
"""

from __future__ import annotations

import random
import re

# Whole-word homophone typos, tried first (a real IME picks the wrong word, not a random character).
WORD_TYPOS: dict[str, dict[str, str]] = {
    "a": {
        "已经": "以经",
        "麻烦": "麻凡",
        "这里": "这哩",
        "部门": "不门",
        "马路": "马录",
        "附近": "付近",
        "电动车": "电动扯",
        "一直": "一值",
        "噪音": "燥音",
        "井盖": "井概",
        "投诉": "投素",
        "严重": "言重",
        "施工": "是工",
        "漏水": "露水",
        "老鼠": "老属",
        "占道": "站道",
        "摆摊": "摆滩",
        "污水": "乌水",
        "垃圾": "拉圾",
        "小区": "小去",
        "停车": "挺车",
        "晚上": "晚尚",
        "危险": "危现",
        "电线": "电现",
    },
    "b": {
        "处理": "处里",
        "反映": "反应",
        "好几天": "好几填",
        "楼下": "楼夏",
        "没人管": "没人关",
        "路灯": "路登",
        "谢谢": "谢写",
        "破损": "破顺",
        "扰民": "绕民",
        "积水": "及水",
        "油烟": "油眼",
        "违章": "违张",
        "工资": "工姿",
        "臭": "丑",
        "厕所": "侧所",
        "消防": "消方",
        "偷": "头",
        "坏了": "怀了",
        "树": "数",
        "门口": "们口",
        "煤气": "媒气",
        "楼道": "楼到",
        "马上": "马尚",
        "影响": "影想",
    },
}
# Single-character slips, used when none of the words occurs in the text.
CHAR_TYPOS: dict[str, dict[str, str]] = {
    "a": {
        "的": "地",
        "在": "再",
        "有": "又",
        "很": "狠",
        "到": "倒",
        "了": "啦",
        "是": "事",
        "人": "仁",
        "不": "布",
        "那": "拿",
        "里": "李",
        "这": "则",
    },
    "b": {
        "的": "得",
        "那": "哪",
        "吗": "嘛",
        "里": "理",
        "快": "块",
        "个": "各",
        "这": "着",
        "就": "旧",
        "在": "载",
        "有": "友",
        "是": "市",
        "人": "任",
        "了": "乐",
        "不": "步",
    },
}
_PUNCT = re.compile(r"[，。！？、；：,.!?;:…]+")


def add_typo(text: str, rng: random.Random, family: str) -> tuple[str, bool]:
    """One homophone slip if the text offers a place for it; returns the text and whether it changed."""
    for table in (WORD_TYPOS[family], CHAR_TYPOS[family]):
        found = [w for w in table if w in text]
        if found:
            word = rng.choice(found)
            return text.replace(word, table[word], 1), True
    return text, False


def sloppy_punctuation(text: str, rng: random.Random, family: str) -> str:
    """Drop punctuation (family a) or turn it into spaces (family b), as hurried typists do."""
    roll = rng.random()
    if family == "a":
        if roll < 0.15:
            return _PUNCT.sub("", text)
        if roll < 0.22:
            return _PUNCT.sub("，", text)
        return text
    if roll < 0.18:
        return _PUNCT.sub(" ", text).strip()
    if roll < 0.25:
        return _PUNCT.sub("。。", text)
    return text
