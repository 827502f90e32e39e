"""食品药品安全: catering by format, food in circulation, drugs and cosmetics, food incidents.

Catering is split by format (奶茶店 and 火锅店 fail inspections for different
reasons and are inspected on different checklists); poisonings go to the
health commission first because treatment comes before tracing the source.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "FOOD_DRUG"
PREFIX = "SP"
KIND = "governance"

VARIANTS = {
    "FORMAT": (
        ("大中型餐馆", "large restaurant", "酒楼 大酒店 宴会"),
        ("小餐饮店", "small eatery", "小饭馆 小吃店 粉面店"),
        ("快餐店", "fast-food outlet", "快餐 盒饭 汉堡"),
        ("饮品奶茶店", "drinks & milk-tea shop", "奶茶 饮品 果茶"),
        ("烘焙糕点店", "bakery", "面包店 蛋糕 糕点"),
        ("火锅烧烤店", "hot-pot or barbecue restaurant", "火锅 烧烤 打边炉"),
        ("熟食卤味店", "deli & braised-meat shop", "卤味 烧腊 熟食"),
        ("早餐店", "breakfast stall", "早餐 肠粉 包子"),
        ("夜宵大排档", "late-night food stall", "大排档 宵夜 炒粉"),
        ("私房菜农家乐", "private kitchen or farm restaurant", "私房菜 农家乐 农庄"),
    ),
}

CATEGORIES = (
    (
        "01",
        "餐饮服务",
        "d=MARKET p=3 t=1wd s=c r=100 w=1440",
        """
餐饮卫生问题（{}） | Hygiene problem at {} | 卫生差 老鼠 蟑螂 苍蝇 后厨脏 | x=FORMAT
无证照餐饮 | Unlicensed food business | 无证经营 无照餐饮 没有营业执照 无食品许可 黑店 无证饭店
使用地沟油 | Use of gutter oil | 地沟油 潲水油 回收油 废弃油脂 老油 反复用油 | p=2
餐具消毒不合格 | Unsanitised tableware | 餐具不干净 消毒碗筷 碗筷脏 餐具消毒 一次性餐具 餐具发霉
从业人员无健康证 | Food workers without health certificates | 健康证 无健康证 厨师健康证 服务员健康证 体检证 从业人员
外卖无证商家 | Unlicensed takeaway vendor | 外卖 美团 饿了么 幽灵外卖 外卖黑作坊 外卖无证
外卖食品异物 | Foreign object in takeaway | 外卖异物 外卖吃出头发 外卖有虫 外卖变质 外卖钢丝 外卖不新鲜
堂食食品异物 | Foreign object in restaurant food | 菜里有虫 吃出异物 饭里有头发 吃出苍蝇 菜里有石头 菜不新鲜
学校食堂食品安全 | School canteen food safety | 学校食堂 学校饭堂 学生餐 食堂卫生 配餐 学生饭菜 | p=2
单位食堂食品安全 | Staff or care-home canteen safety | 单位食堂 工厂饭堂 员工食堂 养老院食堂 企业食堂 饭堂卫生
校外托管配餐食品安全 | Food safety at after-school care | 托管班 午托 配餐公司 午托饭菜 托管饭 托管厨房 | p=2
集体用餐配送违规 | Catering company violations | 团餐 盒饭配送 集体用餐 送餐公司 中央厨房 配送餐
宴席食品安全 | Banquet food safety | 宴席 大盆菜 围餐 摆酒 流动厨师 祠堂宴
生食水产品安全 | Raw seafood safety | 鱼生 刺身 生腌 生吃 顺德鱼生 生鱼片
餐饮浪费 | Food waste at restaurants | 浪费 剩菜 光盘 大份菜 强制点菜 餐饮浪费 | p=4 t=10wd w=10080
预制菜未告知 | Pre-made dishes not disclosed | 预制菜 料理包 加热菜 预制菜标注 现炒 知情权 | p=4 t=5wd w=10080
食品摊贩未登记 | Unregistered food stall | 食品摊贩 小食摊 登记卡 摊贩备案 流动食品摊 熟食摊
违规使用一次性塑料制品 | Banned single-use plastics | 一次性塑料 塑料吸管 塑料袋 禁塑 不可降解 打包盒 | p=4 t=10wd w=10080
""",
    ),
    (
        "02",
        "食品流通",
        "d=MARKET p=3 t=1wd s=c r=100 w=1440",
        """
过期食品销售 | Sale of expired food | 过期食品 卖过期 过了保质期 过期零食 保质期 生产日期
三无食品 | Unlabelled "three-no" food | 三无产品 没标签 无生产日期 无厂名 散装无标 三无食品
食品标签不规范 | Non-compliant food label | 配料表 标识不清 生产许可证号 营养成分表 标签错误 虚标
假冒伪劣食品 | Counterfeit food | 假冒 山寨食品 假奶粉 仿冒 假货 冒牌食品
私宰肉注水肉 | Unquarantined or water-injected meat | 私宰 注水肉 病死猪 没检疫 肉没盖章 私屠滥宰 | p=2
蔬菜农药残留 | Pesticide residue in produce | 农残 农药残留 蔬菜农药 打药 菜有药味 毒豇豆
水产品违禁药物 | Banned drugs in aquatic products | 孔雀石绿 水产 鱼药 违禁药 水产品 养鱼药
毒豆芽 | Bean sprouts with banned agents | 无根豆芽 豆芽 毒豆芽 6-苄基腺嘌呤 豆芽作坊 泡发剂
食品添加剂滥用 | Additive abuse | 添加剂 色素 防腐剂 漂白 苏丹红 甲醛泡
活禽违规交易 | Illegal live-poultry trading | 活禽区 活禽档 休市 禽流感 冰鲜鸡 活禽交易
食品小作坊违规 | Illegal food workshop | 食品小作坊 腊肠作坊 豆腐作坊 食品黑作坊 凉茶作坊 手工作坊
保健食品虚假宣传 | False claims for health food | 保健品 会销 虚假宣传 包治百病 老人保健品 讲座卖药
婴幼儿配方食品问题 | Infant formula issue | 奶粉 婴儿奶粉 配方奶 米粉 婴幼儿食品 奶粉假
散装食品防护不当 | Unprotected bulk food | 散装食品 没盖 裸卖 散装熟食 防蝇 散装零食
进口食品无中文标签 | Imported food without Chinese label | 进口食品 中文标签 外文 走私食品 海外代购 水货
桶装水质量问题 | Bottled water quality | 桶装水 纯净水 水桶 送水 水有异味 矿泉水
酒类质量问题 | Liquor quality | 假酒 散装白酒 酒精勾兑 泡酒 药酒 劣质酒
节令食品安全 | Festival food safety | 月饼 粽子 汤圆 年货 节令食品 过期月饼
进口冷链食品 | Imported cold-chain food | 冷链 冻品 冷冻肉 进口冻品 冷柜 冷库食品
""",
    ),
    (
        "03",
        "药品医疗器械化妆品",
        "d=MARKET p=3 t=1wd s=c r=100 w=10080",
        """
销售假劣药品 | Sale of counterfeit drugs | 假药 劣药 过期药 药品质量 药店假药 药不对 | p=2
无证药店 | Unlicensed pharmacy | 无证药店 非法卖药 无证售药 药品经营许可 地摊卖药 黑药店
处方药违规销售 | Prescription drugs sold without prescription | 处方药 抗生素 无处方 随便卖药 凭处方 精神类药
执业药师不在岗 | Pharmacist absent | 执业药师 药师不在 药师挂证 药店药师 用药咨询 药店无药师 | p=4 t=5wd
网络违规售药 | Illegal online drug sales | 网上卖药 网售处方药 微信卖药 朋友圈卖药 直播卖药 网购药品
药品虚假广告 | False drug advertising | 药品广告 神药 特效药 虚假药品广告 电视购物药 根治
医疗器械违规 | Medical device violations | 医疗器械 血压计 血糖仪 理疗仪 按摩椅 器械质量
化妆品质量问题 | Cosmetics quality issue | 化妆品 护肤品 面膜 化妆品过敏 假化妆品 洗发水
化妆品非法添加 | Cosmetics with banned additives | 汞超标 激素 三无面膜 祛斑霜 美白霜 非法添加
美瞳违规销售 | Cosmetic contact lenses sold illegally | 美瞳 彩色隐形 网红美瞳 无证卖美瞳 美瞳店 隐形眼镜
医美针剂非法销售 | Illegal sale of cosmetic injectables | 玻尿酸 肉毒素 水光针 医美针剂 走私针剂 溶脂针 | p=2
麻精药品流失 | Diversion of controlled drugs | 麻醉药品 精神药品 止咳水 曲马多 右美沙芬 笑气 | p=2
药品不良反应 | Adverse drug reaction | 药品不良反应 吃药过敏 副作用 药物反应 用药不适 不良反应 | p=2 t=4h w=1440
""",
    ),
    (
        "04",
        "食品安全事件",
        "d=MARKET p=1 t=2h s=c r=500 w=1440",
        """
群体性食物中毒 | Mass food poisoning | 集体食物中毒 多人呕吐 多人拉肚子 食堂中毒 聚餐中毒 送医 | d=HEALTH t=30m
吃后身体不适投诉 | Illness after eating | 吃后不舒服 吃完肚子痛 吃完过敏 食后呕吐 食物不干净 腹泻 | p=2 t=4h
毒蘑菇中毒 | Mushroom poisoning | 毒蘑菇 野生菌 采蘑菇 误食蘑菇 菌子 蘑菇中毒 | d=HEALTH t=30m
亚硝酸盐误食 | Nitrite poisoning | 亚硝酸盐 工业盐 误食 嘴唇发紫 误当食盐 腌制品中毒 | d=HEALTH t=30m
食品安全谣言 | Food-safety rumour | 谣言 网传 塑料大米 假鸡蛋 谣传 朋友圈说 | p=3 t=2wd
""",
    ),
)
