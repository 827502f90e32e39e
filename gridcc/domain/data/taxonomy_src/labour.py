"""劳动保障: wages, labour relations, employment and social-insurance services.

Wage arrears are split by sector because 根治欠薪 treats construction projects
(wage accounts, real-name records, deposits) differently from factories and
platforms; a gathering over unpaid wages is urgent because it escalates.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "LABOUR"
PREFIX = "LD"
KIND = "governance"

VARIANTS = {
    "SECTOR": (
        ("制造企业", "factory", "工厂 车间 厂里"),
        ("餐饮服务", "catering business", "饭店 餐厅 厨师"),
        ("物流快递", "logistics & express", "快递 物流 分拣"),
        ("商贸零售", "retail business", "商店 超市 门店"),
        ("家政服务", "domestic service", "保姆 家政公司 钟点工"),
        ("保安物业", "security & property services", "保安 物业公司 保洁员"),
        ("平台配送", "platform delivery", "骑手 配送站 站点"),
    ),
}

CATEGORIES = (
    (
        "01",
        "工资报酬",
        "d=HR p=2 t=3wd s=c r=200 w=10080",
        """
拖欠农民工工资 | Unpaid migrant workers' wages (construction) | 拖欠工资 欠薪 农民工工资 讨薪 包工头 工程款 欠工资
拖欠工资（{}） | Unpaid wages ({}) | 拖欠工资 欠薪 工资不发 讨薪 欠工资 | x=SECTOR
欠薪聚集讨薪 | Workers gathering over wages | 聚集讨薪 拉横幅讨薪 工人堵门 集体讨薪 围堵讨薪 讨薪聚集 | p=1 t=2h s=cv r=300 w=1440
老板欠薪逃匿 | Employer absconded owing wages | 老板跑路 老板失联 欠薪逃匿 工厂倒闭 人去楼空 老板不见了 | p=1 t=4h
克扣工资 | Deducted wages | 克扣工资 扣工资 罚款扣钱 乱扣钱 少发工资 扣绩效
加班费未支付 | Unpaid overtime | 加班费 加班不给钱 周末加班 无偿加班 加班工资 节假日加班
低于最低工资 | Pay below minimum wage | 最低工资 工资太低 低于标准 底薪 最低标准 工资标准
押金扣证 | Deposit or documents withheld by employer | 扣身份证 收押金 扣证件 工作押金 扣毕业证 押证
工资保证金未缴存 | Wage deposit not lodged | 工资保证金 农民工工资专户 维权公示牌 工资专户 保证金 代发工资 | p=3 t=5wd
建筑工人实名制未落实 | Real-name system for site workers missing | 实名制 考勤 工人实名 门禁考勤 劳务实名 实名登记 | p=3 t=5wd
""",
    ),
    (
        "02",
        "劳动关系",
        "d=HR p=3 t=5wd s=c r=200 w=10080",
        """
未签劳动合同 | No labour contract | 劳动合同 没签合同 不签合同 双倍工资 用工合同 合同一式两份
违法解除劳动合同 | Unlawful dismissal | 辞退 开除 解雇 无故辞退 经济补偿 N+1
未缴社会保险 | No social insurance contributions | 社保 没买社保 不交社保 五险一金 社保断缴 社保补缴
工伤认定纠纷 | Work-injury recognition dispute | 工伤认定 工伤赔偿 工伤鉴定 受伤不赔 工伤保险 劳动能力鉴定
超时加班 | Excessive working hours | 超时加班 每天十二小时 不给休息 单休 强制加班 工作时间长
试用期违规 | Probation abuse | 试用期 不给转正 试用期工资 无限期试用 试用期辞退 试用期社保
带薪年休假 | Paid leave denied | 年假 带薪年假 休假 病假 假期工资 请假扣钱
使用童工 | Child labour | 童工 未成年工人 十五岁 小孩打工 使用童工 未满16岁 | p=2 t=1wd w=1440
强迫劳动 | Forced labour | 强迫劳动 限制人身自由 不让离开 强迫加班 黑工厂 扣押工人 | p=1 t=4h
劳务派遣违规 | Labour dispatch violations | 劳务派遣 派遣工 同工不同酬 外包 劳务公司 派遣单位
就业歧视 | Employment discrimination | 就业歧视 性别歧视 乙肝歧视 年龄歧视 地域歧视 怀孕辞退
女职工权益 | Women workers' rights | 产假 孕期 哺乳期 女职工 生育津贴 三期
职业病危害 | Occupational disease hazard | 职业病 尘肺 噪声聋 职业体检 有毒作业 职业危害 | d=HEALTH
劳动争议调解 | Labour dispute mediation request | 劳动仲裁 劳动争议 仲裁 劳动纠纷 劳动维权 调解申请 | t=10wd
平台灵活用工权益 | Gig workers' rights | 外卖骑手 快递员 网约车司机 灵活就业 骑手 平台用工
集体劳动争议 | Collective labour dispute | 集体停工 罢工 工人集体 集体维权 停工 集体谈判 | p=1 t=4h s=cv w=1440
企业裁员 | Mass layoffs | 裁员 集体辞退 大规模裁员 工厂关闭 经济性裁员 遣散 | p=2 t=3wd
工厂搬迁补偿纠纷 | Factory relocation compensation | 工厂搬迁 搬厂 搬迁补偿 异地搬迁 厂搬走了 搬迁安置
高温作业保护 | Heat protection at work | 高温津贴 高温作业 防暑 高温补贴 户外作业 防暑降温 | p=2 t=2wd w=1440
""",
    ),
    (
        "03",
        "就业与社保服务",
        "d=HR p=4 t=10wd s=c r=500 w=10080",
        """
失业登记与失业金 | Unemployment registration & benefit | 失业金 失业登记 失业保险 领失业金 失业证 失业补助
就业援助需求 | Job-seeking assistance | 找工作 就业援助 就业困难 推荐工作 招聘会 零就业家庭
职业技能培训需求 | Vocational training request | 技能培训 职业培训 培训补贴 考证 技能证书 学技术
社保转移接续 | Transfer of social insurance | 社保转移 社保接续 社保转入 异地社保 转关系 转移社保
养老金领取问题 | Pension payment issue | 养老金 退休金 退休手续 养老保险 领取养老金 退休
医保报销问题 | Medical insurance reimbursement | 医保 报销 医保卡 异地就医 门诊报销 医保待遇
灵活就业参保 | Social insurance for the self-employed | 灵活就业 个人参保 自己交社保 城乡居民养老 个体户社保 参保登记
社保卡问题 | Social security card issue | 社保卡 补卡 社保卡激活 社保卡丢失 电子社保卡 换卡
创业扶持申请 | Start-up support | 创业 创业补贴 创业贷款 担保贷款 创业培训 孵化
虚假招聘 | Fake job adverts | 虚假招聘 招聘诈骗 收培训费 招聘陷阱 交钱上岗 高薪诱骗 | p=3 t=3wd
非法职业中介 | Illegal job agency | 非法职介 职业中介 介绍费 职介所 劳务中介 黑职介 | p=3 t=3wd
""",
    ),
)
