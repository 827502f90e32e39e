"""社区治理: dispute mediation, community services, village affairs and civility campaigns.

Disputes follow the 人民调解 statistical categories so mediated cases can be
reported upwards without recoding; 文明创建 items are the checkpoints of the
civilised-city assessment that grid workers are asked to keep clear.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "COMMUNITY"
PREFIX = "SQ"
KIND = "governance"

VARIANTS = {
    "DISPUTE": (
        ("婚姻", "marriage", "夫妻吵架 离婚 感情纠纷"),
        ("家庭赡养", "family & elder support", "赡养 子女不管 赡养费"),
        ("邻里", "neighbour", "邻居 邻居吵架 楼上楼下"),
        ("房屋宅基地", "house & homestead", "宅基地 地界 房屋界址"),
        ("合同", "contract", "违约 合同 毁约"),
        ("生产经营", "business operation", "合伙 生意纠纷 经营纠纷"),
        ("损害赔偿", "damages", "赔偿 损坏赔偿 受伤赔偿"),
        ("土地山林", "land & forest", "土地纠纷 山林 权属"),
        ("村务管理", "village affairs", "村务 村委 经济社"),
        ("征地拆迁", "land acquisition & demolition", "征地 拆迁户 补偿款"),
        ("环境污染", "pollution", "污染赔偿 排污 扰民赔偿"),
        ("物业管理", "property management", "业主 物业矛盾 物业打人"),
        ("交通事故", "traffic accident", "车祸赔偿 理赔 撞车赔钱"),
        ("民间借贷", "private lending", "借钱不还 欠款 借条"),
        ("遗产继承", "inheritance", "遗产 遗嘱 分家"),
        ("宠物饲养", "pet keeping", "养狗纠纷 狗咬 养猫"),
        ("房屋装修", "renovation", "装修公司 装修质量 装修款"),
        ("相邻关系", "right-of-way between neighbours", "通行权 堵路 出入通道"),
        ("坟山墓地", "graveyard", "坟地 迁坟 祖坟"),
        ("劳务雇佣", "private hire", "雇工受伤 帮工 请工人"),
        ("用水排水", "water use & drainage", "排水纠纷 屋檐水 放水"),
        ("邻里噪声", "neighbour noise", "楼上噪音 跺脚 拖椅子"),
    ),
}

CATEGORIES = (
    (
        "01",
        "矛盾纠纷",
        "d=COMMUNITY p=3 t=3wd s=c r=100 w=10080",
        """
{}纠纷 | {} dispute | 矛盾纠纷 调解 纠纷 吵架 协商不成 | x=DISPUTE
邻里漏水纠纷 | Neighbour water-leak dispute | 楼上漏水 渗水到楼下 卫生间漏水 漏水纠纷 不肯维修 漏到我家
楼道私占纠纷 | Dispute over private use of common areas | 占用楼道 楼道放鞋柜 楼道装门 公共部位私占 占用走廊 天台上锁
疑难复杂矛盾 | Complex long-running dispute | 多次投诉 老问题 反复投诉 长期未解决 积案 多年未解决 | p=2 t=5wd
信访诉求 | Petition | 信访 上访 越级上访 信访件 反映问题 投诉无门 | p=2 t=5wd
矛盾纠纷激化风险 | Dispute at risk of escalation | 要打起来 激化 闹大 冲突升级 矛盾激化 扬言报复对方 | p=1 t=1h r=200 w=240
""",
    ),
    (
        "02",
        "社区服务",
        "d=COMMUNITY p=4 t=5wd s=c r=200 w=10080",
        """
社区办事咨询 | Community service enquiry | 开证明 社区证明 盖章 社区办事 居委会 办理证明
法律援助申请 | Legal aid request | 法律援助 免费律师 法律咨询 打官司 请律师 法援
人民调解申请 | People's mediation request | 人民调解 调解员 申请调解 调解委员会 调解书 调解室
公证服务咨询 | Notary service enquiry | 公证 公证处 公证书 遗嘱公证 委托公证 公证费 | t=10wd
社区公共设施需求 | Request for community facilities | 增设座椅 增加健身器材 社区设施 长者活动室 增设设施 儿童游乐区
社区活动场地 | Community activity space | 活动场地 广场 活动室 场地不足 社区中心 场地借用
广场舞场地纠纷 | Square-dance space dispute | 广场舞场地 抢场地 场地纠纷 跳舞场地 广场使用 晨练冲突 | p=3 t=3wd
便民服务需求 | Convenience service request | 便民服务 缴费点 便民理发 维修点 便利店 便民点
快递外卖进小区 | Couriers entering an estate | 快递进小区 外卖进小区 快递员进门 外卖员进门 快递堆放 小区驿站
流动人口服务 | Services for migrants | 新市民 外来务工 流动人口服务 随迁子女 新佛山人 外地人
新就业群体服务 | Services for new-economy workers | 骑手驿站 快递小哥 外卖员休息 暖心驿站 新就业群体 骑手之家
婚丧嫁娶占道搭棚 | Street tents for weddings or funerals | 搭棚 办酒席 占道设宴 摆酒搭棚 红白喜事 流水席 | p=3 t=1wd s=cv r=100 w=1440
""",
    ),
    (
        "03",
        "村（居）务",
        "d=COMMUNITY p=3 t=10wd s=c r=500 w=10080",
        """
村（居）务公开不及时 | Delayed disclosure of village affairs | 村务公开 居务公开 财务公开 公示 账目不清 村务
集体资产交易违规 | Irregular collective asset deals | 集体资产 资产交易 物业出租 集体物业 资产平台 低价出租
股份分红争议 | Collective dividend dispute | 分红 股份社 股份分红 集体经济 分红资格 股东资格
外嫁女权益 | Rights of married-out women | 外嫁女 出嫁女 股份 村籍 户口 外嫁女分红
村（居）干部作风问题 | Village cadre misconduct | 村干部 居委干部 作风 不作为 吃拿卡要 优亲厚友
""",
    ),
    (
        "04",
        "网格与基层治理",
        "d=COMMUNITY p=3 t=3wd s=c r=200 w=10080",
        """
网格员服务问题 | Grid worker service problem | 网格员 网格长 网格服务 网格员不作为 网格员联系 网格员上门 | p=4
居民自治议事 | Resident self-governance | 居民议事 居民公约 议事会 居民代表 社区选举 居委会选举 | p=4 t=10wd
社区环境整治建议 | Suggestion for neighbourhood improvement | 整治建议 社区建议 环境提升 微改造建议 美化 社区规划 | p=4 t=10wd
城中村环境脏乱 | Dirty urban village | 城中村卫生 城中村脏 村巷垃圾 握手楼脏 村里脏 城中村环境 | d=SANITATION t=1wd s=cv
城中村线缆杂乱 | Tangled cables in an urban village | 三线 蜘蛛网 乱拉网线 城中村电线 线缆杂乱 城中村飞线 | d=TELECOM s=cv
空置房屋安全隐患 | Hazard at a vacant house | 空置房 空房 无人居住 废弃房屋 丢空屋 空屋 | s=cv
""",
    ),
    (
        "05",
        "文明创建",
        "d=COMMUNITY p=3 t=1wd s=cv r=200 w=1440",
        """
公益广告缺失破损 | Missing or damaged public-service ads | 公益广告 创文宣传 核心价值观 宣传画破 公益海报 围挡公益广告 | d=URBAN t=3wd
随地吐痰便溺 | Spitting or urinating in public | 随地吐痰 随地大小便 随地小便 吐痰 随地便溺 乱吐 | d=URBAN
车窗抛物 | Throwing litter from vehicles | 车窗抛物 车上扔垃圾 车窗扔东西 乱扔烟头 车里丢垃圾 开车扔垃圾 | d=TRAFFIC_POLICE t=3wd
行人乱穿马路 | Jaywalking | 乱穿马路 闯红灯过马路 翻越护栏 横穿马路 行人闯红灯 中国式过马路 | d=TRAFFIC_POLICE
公共场所插队 | Queue-jumping | 插队 不排队 排队插队 加塞排队 抢位 不守秩序 | p=4
不文明养犬 | Irresponsible dog walking | 遛狗不拴绳 狗随地便 不牵狗绳 狗乱跑 遛狗不文明 大狗不戴嘴套 | d=URBAN
公共场所喧哗 | Loud behaviour in public | 公共场所大声 外放视频 地铁外放 大声喧哗 公交外放 吵闹 | p=4
新时代文明实践站问题 | Civilisation practice station issue | 文明实践站 实践所 文明实践 志愿服务站 文明实践活动 实践中心 | p=4 t=10wd
乱扔烟头 | Cigarette butts littered | 烟头 乱扔烟头 烟蒂 地上烟头 随手扔烟头 烟头满地 | d=SANITATION
文明劝导需求 | Request for civility wardens | 文明劝导 劝导员 文明引导 志愿劝导 路口劝导 文明督导 | p=4 t=5wd
""",
    ),
)
