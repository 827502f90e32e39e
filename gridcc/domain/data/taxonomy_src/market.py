"""市场监管: market order, consumer disputes by sector, product quality by category, wet markets.

Consumer disputes and product complaints follow the sector and goods
categories the national 12315 platform files them under, so cases hand over
to 市场监督管理局 without recoding.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "MARKET"
PREFIX = "SC"
KIND = "governance"

VARIANTS = {
    "SERVICE": (
        ("餐饮住宿", "catering & lodging", "饭店 酒店 宾馆"),
        ("美容美发", "beauty & hairdressing", "美发店 美容院 理发"),
        ("教育培训", "education & training", "培训机构 课程 学费"),
        ("家政服务", "domestic services", "家政公司 保姆 保洁"),
        ("家电维修", "appliance repair", "维修师傅 上门维修 修空调"),
        ("房屋装修", "home renovation", "装修公司 装修款 半包"),
        ("婚纱摄影", "wedding photography", "婚纱照 影楼 婚庆"),
        ("健身服务", "fitness services", "健身房 私教课 健身卡"),
        ("汽车销售维修", "car sales & repair", "4S店 汽修 买车"),
        ("二手车交易", "used-car trading", "二手车 调表 事故车"),
        ("网络购物", "online shopping", "淘宝 拼多多 京东"),
        ("直播电商", "live-stream shopping", "直播间 主播 带货"),
        ("洗衣洗染", "laundry & dyeing", "洗衣店 干洗 洗坏"),
        ("宠物服务", "pet services", "宠物店 宠物医院 买猫狗"),
        ("养生保健服务", "wellness services", "养生馆 足疗 推拿"),
        ("汽车租赁", "car rental", "租车 押金 车损"),
        ("月子中心", "postnatal care centre", "月子中心 月子会所 产后护理"),
        ("早教服务", "early-education services", "早教 亲子课 早教中心"),
        ("家具定制", "custom furniture", "全屋定制 橱柜 衣柜"),
    ),
    "GOODS": (
        ("家用电器", "household appliances", "空调 冰箱 洗衣机"),
        ("手机数码", "phones & electronics", "手机 电脑 平板"),
        ("服装鞋帽", "clothing & footwear", "衣服 鞋子 掉色"),
        ("家具", "furniture", "沙发 床垫 甲醛"),
        ("陶瓷卫浴", "ceramics & sanitary ware", "瓷砖 马桶 洁具"),
        ("建材装饰材料", "building & decoration materials", "板材 涂料 水管"),
        ("电线电缆", "wires & cables", "电线 电缆 线芯"),
        ("电动自行车", "e-bikes", "电动车 电池 刹车"),
        ("儿童用品玩具", "children's products & toys", "玩具 童车 安全座椅"),
        ("燃气用具", "gas appliances", "燃气灶 热水器 灶具"),
        ("插座充电器", "power strips & chargers", "排插 插座 充电器"),
        ("眼镜", "eyewear", "眼镜 镜片 验光"),
        ("黄金珠宝", "jewellery", "黄金 首饰 足金"),
        ("成品油", "motor fuel", "汽油 柴油 加油站"),
        ("劳动防护用品", "protective equipment", "口罩 防护服 安全帽"),
        ("汽车", "cars", "新车 汽车质量 召回"),
        ("日用百货", "household goods", "锅具 保温杯 塑料制品"),
        ("体育用品", "sporting goods", "运动鞋 健身器 球拍"),
        ("文具", "stationery", "文具 笔 本子"),
    ),
}

CATEGORIES = (
    (
        "01",
        "市场秩序",
        "d=MARKET p=3 t=5wd s=c r=200 w=10080",
        """
无照经营 | Unlicensed business | 无照经营 没有营业执照 执照过期 无证照 无牌经营 未办执照
价格欺诈 | Price fraud | 价格欺诈 虚标价格 先涨后降 价格不符 宰客 虚假折扣
明码标价不规范 | Prices not displayed | 不明码标价 没有价格 没标价 价签 标价不清 价格牌
停车乱收费 | Illegal parking charges | 停车收费 乱收停车费 停车费贵 收费标准 停车场乱收 停车收费公示
虚假广告 | False advertising | 虚假广告 夸大宣传 广告欺骗 最高级用语 国家级 广告违法
医疗广告违规 | Illegal medical advertising | 医疗广告 包治 男科广告 医院广告 治愈率 专家号
缺斤短两 | Short weight | 缺斤短两 短秤 秤不准 鬼秤 少秤 斤两不足
计量器具作弊 | Tampered measuring instruments | 电子秤作弊 计量 加油机计量 水表不准 电表不准 计量器具
假冒商标侵权 | Trademark counterfeiting | 假冒商标 假名牌 山寨 冒牌 A货 商标侵权
知识产权侵权 | Patent or copyright infringement | 专利侵权 著作权 盗版软件 知识产权 抄袭设计 侵犯专利
不正当竞争 | Unfair competition | 不正当竞争 商业诋毁 刷单炒信 虚假交易 商业贿赂 仿冒包装
霸王条款 | Unfair standard terms | 霸王条款 最终解释权 概不退换 格式条款 不平等条款 强制消费
预付卡经营者跑路 | Prepaid-card business absconded | 预付卡 办卡 会员卡跑路 充值卡 老板跑路 商家倒闭 | p=2 t=3wd
大数据杀熟 | Algorithmic price discrimination | 杀熟 大数据杀熟 会员价高 平台价格 差别定价 老用户贵
上门维修乱收费 | Door-to-door repair scam | 上门维修 维修乱收费 疏通乱收费 开锁乱收费 维修骗子 天价维修
共享充电宝收费 | Shared power-bank charges | 共享充电宝 充电宝收费 充电宝贵 归还失败 充电宝扣费 充电宝押金
销售非标电动车 | Sale of non-standard e-bikes | 卖非标车 超标电动车 不合格电动车 无3C认证 电动车违规销售 电摩 | p=2
电动车维修违规改装 | Illegal e-bike modification at a repair shop | 电动车改装 解码限速 改装电池店 电动车维修店 改速 加装大电池 | p=2
检验检测报告造假 | Fake inspection report | 检测报告 虚假报告 检测机构 出假报告 检验数据 认证证书
""",
    ),
    (
        "02",
        "消费纠纷",
        "d=MARKET p=4 t=7wd s=c r=500 w=10080",
        """
消费纠纷（{}） | Consumer dispute ({}) | 消费纠纷 退款 投诉商家 维权 不退钱 | x=SERVICE
""",
    ),
    (
        "03",
        "商品质量",
        "d=MARKET p=3 t=7wd s=c r=500 w=10080",
        """
商品质量问题（{}） | Product quality complaint ({}) | 质量问题 不合格 劣质 假冒伪劣 三包 | x=GOODS
""",
    ),
    (
        "04",
        "市场主体",
        "d=MARKET p=4 t=10wd s=c r=200 w=10080",
        """
企业登记地址异常 | Company not at registered address | 地址异常 注册地址 空壳公司 虚假注册 找不到公司 经营异常
营业执照办理咨询 | Business registration enquiry | 个体户 营业执照办理 注册公司 工商登记 执照注销 个体工商户
食品经营许可咨询 | Food licence enquiry | 食品经营许可 办许可证 食品许可 小餐饮登记 许可证办理 备案
""",
    ),
    (
        "05",
        "农贸市场",
        "d=MARKET p=3 t=1wd s=cv r=100 w=1440",
        """
农贸市场环境脏乱 | Dirty wet market | 菜市场脏 市场卫生 市场臭 市场积水 市场垃圾 菜场环境
农贸市场周边占道 | Wet market spilling onto the road | 市场外摆卖 市场周边摆摊 菜贩占道 马路菜市 市场门口摆卖 周边占道
市场公平秤缺失 | No public scale at a market | 公平秤 复秤 复核秤 市场秤 缺公平秤 核秤 | p=4 t=5wd
农贸市场鼠患 | Rats in a wet market | 市场老鼠 鼠患 市场蟑螂 市场虫害 市场灭鼠 档口老鼠
水产档污水外溢 | Fish-stall wastewater overflow | 鱼档 水产档 污水外溢 腥臭 鱼鳞 市场污水
""",
    ),
)
