"""房屋安全: building safety, self-built housing, property management, real estate.

Self-built houses used for business are split by use because the 2022
nationwide 自建房 campaign inspects them by use (dining, lodging, rented
housing, workshops ...), each with its own occupancy risk; property-service
complaints are split by service so the estate's manager can be told exactly
what to fix.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "HOUSING"
PREFIX = "FW"
KIND = "governance"

VARIANTS = {
    "SELFBUILT": (
        ("餐饮", "restaurants", "饭店 餐馆"),
        ("民宿旅馆", "lodging", "旅馆 民宿"),
        ("出租住人", "rented housing", "出租屋 租客"),
        ("商铺超市", "shops", "商铺 超市"),
        ("生产加工", "workshops", "加工厂 作坊"),
        ("培训托管", "training & childcare", "培训班 托管"),
    ),
    "PROP": (
        ("保安门岗", "security & gatekeeping", "保安 门岗 外来人员"),
        ("保洁卫生", "cleaning", "保洁 楼道卫生 垃圾"),
        ("设施维修", "repairs", "维修 报修 公共设施坏"),
        ("绿化养护", "gardening", "小区绿化 修剪 草坪"),
        ("消防管理", "fire-safety management", "小区消防 消防栓 消防通道"),
        ("停车管理", "parking management", "小区停车 车位 道闸"),
        ("电梯管理", "lift management", "小区电梯 电梯维保 电梯停运"),
    ),
}

CATEGORIES = (
    (
        "01",
        "房屋安全",
        "d=HOUSING p=2 t=1wd s=c r=50 w=10080",
        """
危房安全隐患 | Dangerous building | 危房 房子开裂 墙体裂缝 房屋倾斜 房屋危险 危楼
外墙脱落 | Falling facade | 外墙脱落 瓷砖掉落 墙皮掉 外墙砖 批荡脱落 墙体剥落 | p=1 t=4h
高空坠物隐患 | Objects at risk of falling from a building | 窗户松脱 花盆掉 空调架锈 阳台杂物 雨棚松动 坠物隐患 | p=1 t=4h
玻璃幕墙安全隐患 | Glass curtain-wall hazard | 玻璃幕墙 幕墙 玻璃掉落 玻璃爆裂 幕墙松动 钢化玻璃 | p=1 t=4h
阳台栏杆松动 | Loose balcony railing | 阳台栏杆 栏杆松动 护栏锈蚀 阳台护栏 栏杆断裂 窗台护栏
周边施工致房屋开裂 | Cracks caused by nearby works | 施工震裂 地铁施工 房屋开裂 打桩开裂 基坑影响 施工墙裂 | t=3wd
白蚁危害 | Termite damage | 白蚁 白蚁蛀 木头蛀空 白蚁防治 蚁害 飞蚁 | p=3 t=5wd
屋面外墙渗漏 | Roof or facade leaks | 屋面漏水 外墙渗水 天面漏水 公共部位漏水 雨天漏水 屋顶渗水 | p=3 t=5wd
老旧小区房屋安全 | Old estate building safety | 老旧小区 老房子 旧楼 房龄 老楼 年久失修 | p=3 t=5wd
人防工程被占用 | Civil-defence works occupied | 人防工程占用 人防出租 防空洞改造 人防车位 人防被占 人防设施拆 | p=3 t=10wd
房屋安全鉴定申请 | Building safety appraisal request | 房屋鉴定 安全鉴定 房屋检测 鉴定报告 危房鉴定 房屋评估 | p=4 t=10wd
经营性自建房安全隐患（{}） | Self-built house used for {} at risk | 自建房 经营性自建房 私房 加建 楼层加高 | x=SELFBUILT
""",
    ),
    (
        "02",
        "物业管理",
        "d=HOUSING p=3 t=5wd s=c r=100 w=10080",
        """
物业服务问题（{}） | Property management problem ({}) | 物业 物业不作为 物业服务差 物业不管 物业投诉 | x=PROP
物业乱收费 | Property fee overcharging | 物业费 物业乱收费 物业涨价 公摊费 停车管理费 物业收费
物业违规停水停电催费 | Manager cutting utilities over fees | 物业停水 物业停电 催物业费 断电催缴 物业锁门 限制刷卡 | p=2 t=1wd
小区公共收益不公开 | Undisclosed common-area income | 公共收益 广告收入 停车收入 公共收益公开 物业账目 业主收益
业主委员会纠纷 | Owners' committee dispute | 业委会 业主大会 业主委员会 选举 换届 业委会成立
物业交接纠纷 | Property manager handover dispute | 物业交接 更换物业 物业撤场 拒不交接 新物业 退场
维修资金使用 | Maintenance fund use | 维修基金 专项维修资金 动用维修基金 大修 维修资金 申请维修
加装电梯纠纷 | Dispute over retrofitting a lift | 加装电梯 低层反对 电梯加装 旧楼加梯 加梯补贴 一楼反对
小区充电桩安装受阻 | Blocked EV charger installation | 装充电桩 物业不让装 私人充电桩 车位充电 充电桩报装 电力报装
小区住改商 | Homes converted to business use | 住改商 民宅开店 居民楼开公司 住宅经营 改变用途 住宅办公
业主违规装修 | Owner's unauthorised renovation | 违规装修 装修扰民 拆改 业主装修 装修违规 封阳台
小区绿化被毁 | Estate greenery destroyed | 小区绿化 砍小区树 绿地改车位 小区种菜 小区毁绿 小区花园
小区垃圾清运不及时 | Slow rubbish removal in an estate | 小区垃圾 垃圾清运 垃圾房满 小区垃圾桶 垃圾没收 小区脏 | d=SANITATION t=1wd
楼道灯不亮 | Stairwell light out | 楼道灯 楼梯灯不亮 声控灯 感应灯坏 楼道黑 走廊灯 | t=2wd
小区道路破损 | Estate road damage | 小区路面 小区道路坑 小区地砖 小区路烂 小区车道 小区路面塌陷
小区电动车充电设施不足 | Too few e-bike charging points in an estate | 充电桩不够 电动车充电难 增设充电桩 集中充电 充电车棚不够 充电点少 | p=4 t=10wd
老旧小区改造 | Old estate renovation | 旧改 老旧小区改造 微改造 三线整治 外立面改造 小区改造 | p=4 t=10wd
""",
    ),
    (
        "03",
        "房地产与住房保障",
        "d=HOUSING p=3 t=10wd s=c r=500 w=10080",
        """
商品房延期交付 | Delayed delivery of a new home | 延期交楼 交房 逾期交房 交楼时间 延期 楼盘交付 | p=2
烂尾楼 | Stalled development | 烂尾楼 停工 楼盘烂尾 保交楼 工地停工 开发商资金 | p=2
商品房质量问题 | New home quality defect | 房屋质量 新房开裂 新房漏水 交楼质量 货不对板 质量问题
商品房办证延迟 | Delayed title deeds for a new home | 开发商不办证 交楼不办证 办证延迟 开发商 大证 小证
违规预售 | Illegal pre-sale | 预售证 无证预售 认购 内部认购 违规预售 收定金
房地产销售违规 | Irregular property sales | 售楼 虚假宣传 捂盘 收诚意金 认筹 销售违规
房产中介违规 | Estate agent misconduct in sales | 房产中介 中介费 吃差价 阴阳合同 中介违规 售房中介
二手房交易纠纷 | Resale home dispute | 二手房 过户 定金 二手房纠纷 网签 卖房
建筑工程质量 | Construction quality defect | 工程质量 偷工减料 质量差 混凝土 钢筋少 建筑质量
住房公积金问题 | Housing provident fund | 公积金 提取公积金 公积金贷款 缴存 公积金账户 公积金冻结 | p=4
保障性住房申请 | Affordable housing application | 公租房 保障房 人才房 廉租房 申请公租房 住房保障
保障房违规使用 | Misuse of affordable housing | 公租房转租 保障房空置 保障房出租 骗取公租房 保障房违规 公租房清退
房屋征收补偿 | Expropriation compensation | 征收 拆迁 拆迁补偿 旧改补偿 征收补偿 拆迁安置
""",
    ),
)
