"""What the citizen says is wrong: per-type phrase material built from the taxonomy.

Every citizen-reportable type has a name and 5-15 keywords, but many keywords
are shared by a family of types (19 consumer-dispute types all list 退款 and
维权; twelve fire-exit types list 消防通道).  A real report about a blocked fire
lane at a hospital says "医院" somewhere, so a generated mention always carries
at least one *distinct* cue (a keyword no other citizen type lists, or the
type's own context in parentheses); a shared keyword only ever appears next to
one.  Hand-written symptom descriptions (``text_symptoms``) replace keywords
for the commonest types.

The glue around a keyword (predicates for bare nouns, question frames for
consultations) comes in two families, "a" for training and "b" for held-out.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from gridcc.domain.event import Source
from gridcc.domain.taxonomy import MatterType, load_taxonomy
from simulators.text_symptoms import SYMPTOMS

# A keyword containing one of these already says what is wrong ("路灯不亮"); one without is a bare noun.
_PREDICATE = re.compile(
    r"[了不没坏破丢缺失漏堵断歪倒裂掉松满烂脏臭乱占偷被冒吵响闪停翻积浸堆泄塌陷损锈溢欠扣拖骗打吐拆烧排挖倒]"
)
_CONSULT = re.compile(r"咨询|申请|办理|补办|证明$")

# Predicates that turn a bare component noun into a fault.
BROKEN: dict[str, tuple[str, ...]] = {
    "a": ("坏了", "烂了", "被撞坏了", "不见了", "歪了", "破了", "有问题", "坏了很久", "出问题了", "被人搞坏了"),
    "b": ("裂开了", "松动了", "倒在地上", "缺了一块", "锈得好厉害", "用不了", "一直没修好", "损坏严重", "塌了一角"),
}
# Frames for a bare governance noun: the type's topic supplies the predicate.
NOUN_FRAMES: dict[str, tuple[str, ...]] = {
    "a": ("{kw}的问题，{topic}", "{kw}，{topic}", "{topic}，就是{kw}", "{kw}这里{topic}", "{kw}{topic}"),
    "b": ("关于{kw}，{topic}", "{kw}那个事，{topic}", "{topic}（{kw}）", "{topic}，涉及{kw}", "说下{kw}：{topic}"),
}
# ... or a generic complaint, so the official name does not ride along with every keyword.
GENERIC_FRAMES: dict[str, tuple[str, ...]] = {
    "a": ("{kw}有问题", "{kw}的事没人管", "{kw}这块乱得很", "想反映下{kw}", "{kw}的情况很严重", "又是{kw}"),
    "b": ("{kw}出了状况", "{kw}那边不正常", "{kw}这事麻烦你们看看", "{kw}搞得一团糟", "{kw}，谁来管管"),
}
ASK_FRAMES: dict[str, tuple[str, ...]] = {
    "a": ("想问一下{kw}怎么弄", "{kw}要去哪里办", "咨询{kw}", "{kw}的事想问问", "请问{kw}要什么手续"),
    "b": ("{kw}需要带什么材料", "{kw}找哪个部门", "问下{kw}流程", "{kw}可以网上办吗", "不知道{kw}怎么搞"),
}
# A distinct cue joined to a shared keyword.
PAIR_FRAMES: dict[str, tuple[str, ...]] = {
    "a": ("{d}{s}", "{d}的{s}", "{d}这边{s}", "{s}，{d}", "{d}那里{s}了"),
    "b": ("{s}（{d}）", "{d}里面{s}", "是{d}，{s}", "{s}，说的是{d}", "{d}那块{s}"),
}


# What the problem does to people, by what the type's name is about: citizens say why it matters.
CONSEQUENCES: tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...] = tuple(
    (re.compile(pattern), {"a": tuple(a.split("|")), "b": tuple(b.split("|"))})
    for pattern, a, b in (
        (r"噪|扰民|喧哗|吵", "吵得睡不着|小孩没法午睡|吵到头都痛", "晚上根本没法休息|老人家被吵到心慌|窗关了都听得到"),
        (r"井盖|坑|塌|破损|沉降|积水|障碍|油污", "晚上骑车差点摔倒|有人崴了脚", "电动车过去很危险|老人家差点绊倒"),
        (r"垃圾|脏|不洁|卫生|臭|粪|鼠|蟑螂", "臭得不敢开窗|苍蝇蚊子好多", "路过都要捂鼻子|招老鼠蟑螂"),
        (r"火|燃|烟|爆", "好大的烟|大家都很紧张", "怕会烧起来|整栋楼的人都跑下来了"),
        (r"工资|欠薪|社保|加班|劳动", "一家人等着钱用|找老板老板就躲起来", "房租都交不起了|去问就说再等等"),
        (r"停水|停电|水压|供水|电压", "饭都煮不了|冰箱里的东西都坏了", "洗澡都没办法|家里老人小孩受不了"),
        (r"诈骗|骗|集资", "钱转过去就联系不上了|被骗了好几万", "老人家的积蓄全没了|对方电话打不通了"),
        (r"停放|乱停|占道|占用|摆卖|经营|堵", "人都过不去|救护车都进不来", "推婴儿车要走到马路上|每天上下班都堵"),
        (r"偷|盗|抢|打架|斗殴|伤人", "现在还没抓到人|大家都很害怕", "监控应该拍到了|晚上都不敢出门"),
    )
)


@dataclass(frozen=True, slots=True)
class Material:
    """Everything the generator knows about one type's wording."""

    code: str
    topic: str
    contexts: tuple[str, ...]
    distinct: tuple[str, ...]
    shared: tuple[str, ...]
    component: bool
    consult: bool
    symptoms: dict[str, tuple[str, ...]]
    consequences: dict[str, tuple[str, ...]]


def _split_name(name: str) -> tuple[str, tuple[str, ...]]:
    """'消防通道堵塞（医院）' -> ('消防通道堵塞', ('医院',)); inner brackets are just dropped."""
    m = re.fullmatch(r"(.+)（(.+)）", name)
    if m:
        return m.group(1), tuple(re.split(r"[、/]", m.group(2)))
    return re.sub(r"（.*?）", "", name), ()


@cache
def _keyword_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for t in load_taxonomy().reportable_by(Source.CITIZEN):
        counts.update({t.name_zh, *t.keywords})
    return counts


@cache
def material(matter: MatterType) -> Material:
    """The phrase material of one type (cached: it is asked for on every report)."""
    counts = _keyword_counts()
    topic, contexts = _split_name(matter.name_zh)
    words = dict.fromkeys((*matter.keywords, *([] if contexts else [topic])))
    distinct = tuple(w for w in words if counts.get(w, 0) <= 1)
    shared = tuple(w for w in words if counts.get(w, 0) > 1)
    if not distinct and not contexts:  # every keyword shared: the name itself is the cue
        distinct = (topic,)
    phrases = SYMPTOMS.get(matter.code, ())
    return Material(
        code=matter.code,
        topic=topic,
        contexts=contexts,
        distinct=distinct,
        shared=shared,
        component=matter.kind == "component",
        consult=bool(_CONSULT.search(matter.name_zh)),
        symptoms={"a": phrases[0::2], "b": phrases[1::2]},
        consequences={f: tuple(c for rx, table in CONSEQUENCES if rx.search(topic) for c in table[f]) for f in "ab"},
    )


def _say(m: Material, kw: str, rng: random.Random, family: str) -> str:
    """A keyword as a complete complaint: bare nouns get a predicate."""
    if m.consult:
        return rng.choice(ASK_FRAMES[family]).format(kw=kw)
    if _PREDICATE.search(kw):
        return kw
    if m.component:
        return kw + rng.choice(BROKEN[family])
    if kw == m.topic:
        return kw
    frames = NOUN_FRAMES if rng.random() < 0.4 else GENERIC_FRAMES
    return rng.choice(frames[family]).format(kw=kw, topic=m.topic)


def mention(matter: MatterType, rng: random.Random, family: str) -> str:
    """What is wrong, in one family's wording, sometimes followed by what it does to people."""
    m = material(matter)
    what = _what(m, rng, family)
    if m.consequences[family] and rng.random() < 0.3:
        return f"{what}，{rng.choice(m.consequences[family])}"
    return what


def _what(m: Material, rng: random.Random, family: str) -> str:
    """What is wrong; always identifiable as this type by a careful reader."""
    symptoms = m.symptoms[family]
    roll = rng.random()
    if symptoms and roll < 0.45:
        return rng.choice(symptoms)
    cues = m.distinct + m.contexts
    if m.contexts:  # a context variant: the topic or a shared keyword (the problem), placed in its context
        what = rng.choice((m.topic, *m.shared)) if m.shared else m.topic
        return rng.choice(PAIR_FRAMES[family]).format(d=rng.choice(cues), s=_say(m, what, rng, family))
    if m.shared and roll < 0.6:
        return rng.choice(PAIR_FRAMES[family]).format(d=rng.choice(cues), s=_say(m, rng.choice(m.shared), rng, family))
    if len(m.distinct) > 1 and roll > 0.85:
        first, second = rng.sample(m.distinct, 2)
        return f"{_say(m, first, rng, family)}，{_say(m, second, rng, family)}"
    return _say(m, rng.choice(cues), rng, family)
