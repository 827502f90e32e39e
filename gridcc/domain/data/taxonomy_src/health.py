"""卫生健康: medical services, infectious disease and vectors, public-venue hygiene, health services.

Disease reports are split by disease because each has its own response
protocol (dengue and chikungunya trigger mosquito control around the case,
norovirus and chickenpox trigger school measures); venue hygiene follows the
classes of the 公共场所卫生管理条例.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "HEALTH"
PREFIX = "WS"
KIND = "governance"

VARIANTS = {
    "DISEASE": (
        ("登革热", "dengue", "登革热 骨痛热 伊蚊"),
        ("基孔肯雅热", "chikungunya", "基孔肯雅 关节痛 发热皮疹"),
        ("手足口病", "hand, foot & mouth disease", "手足口 疱疹 幼儿园停课"),
        ("流感聚集", "influenza cluster", "流感 甲流 班级发烧"),
        ("诺如病毒", "norovirus", "诺如 呕吐腹泻 学校呕吐"),
        ("水痘", "chickenpox", "水痘 出痘 班级水痘"),
        ("肺结核", "tuberculosis", "肺结核 咳嗽两周 结核病"),
        ("新冠感染聚集", "COVID-19 cluster", "新冠 核酸 阳性"),
        ("流行性腮腺炎", "mumps", "腮腺炎 痄腮 腮帮肿"),
        ("猩红热", "scarlet fever", "猩红热 草莓舌 皮疹发热"),
    ),
    "VENUE": (
        ("美容美发场所", "beauty & hair salon", "理发店 美容院 毛巾"),
        ("游泳场所", "swimming venue", "泳池 游泳馆 泳池水"),
        ("宾馆旅店", "hotel", "酒店床单 宾馆卫生 毛巾"),
        ("沐浴足浴场所", "bath & foot spa", "足浴 桑拿 洗浴"),
        ("商场超市", "mall or supermarket", "商场卫生 超市通风 商场空气"),
        ("候车候机场所", "waiting hall", "候车室 车站卫生 候车厅"),
        ("健身娱乐场所", "gym & entertainment venue", "健身房卫生 KTV卫生 网吧卫生"),
    ),
}

CATEGORIES = (
    (
        "01",
        "医疗服务",
        "d=HEALTH p=3 t=5wd s=c r=200 w=10080",
        """
非法行医 | Illegal medical practice | 非法行医 黑诊所 无证行医 游医 假医生 无证诊所 | p=2 t=1wd
非法医疗美容 | Illegal cosmetic medicine | 非法医美 美容院打针 微整形 割双眼皮 无证医美 工作室医美 | p=2 t=1wd
诊所超范围执业 | Clinic practising beyond its licence | 超范围执业 诊所输液 诊所手术 执业范围 无资质 门诊部
非法鉴定胎儿性别 | Illegal fetal sex determination | 鉴定性别 查胎儿性别 B超看男女 代孕 非法鉴定 寄血验子 | p=2
医疗纠纷 | Medical dispute | 医疗纠纷 医疗事故 误诊 治坏 医院赔偿 手术失败
医闹 | Violence or disorder at a hospital | 医闹 打医生 围堵医院 扰乱医院 医院闹事 伤医 | d=POLICE p=1 t=30m s=cv w=240
医院乱收费 | Hospital overcharging | 医院收费 过度医疗 多收费 检查费 药费贵 收费清单
医务人员服务态度 | Medical staff attitude | 医生态度 护士态度 服务差 医生冷漠 医护态度 医院态度
医疗机构拒诊推诿 | Refusal to treat | 拒诊 推诿病人 不给看 转院 拒收 急诊不收 | p=2 t=1wd
药店医保违规刷卡 | Medical-insurance card misuse at a pharmacy | 医保卡买日用品 刷医保卡 套刷医保 药店刷卡 医保套现 医保卡买米
骗取医保基金 | Medical insurance fraud | 骗保 虚假住院 挂床住院 医保诈骗 冒名就医 医保欺诈 | p=2
挂号难 | Hard to get an appointment | 挂号难 号源 预约挂号 排队久 专家号难 看病难
医院就医秩序 | Disorder in a hospital | 插队 医院排队 候诊 医院停车 就诊秩序 陪护
急救车延误 | Ambulance delay | 救护车 120 急救 救护车慢 叫不到车 急救延误 | p=2 t=1wd
院感消毒问题 | Infection-control lapse | 消毒不严 院感 针头重复 器械消毒 感染 诊所消毒 | p=2 t=1wd
中医馆理疗店违规 | Irregular TCM or physiotherapy shop | 中医馆 针灸 推拿 理疗店 艾灸 中医诊所
养生馆虚假宣传 | Wellness shop false claims | 养生馆 排毒 养生 推销保健 能量仪 包治
""",
    ),
    (
        "02",
        "传染病与病媒",
        "d=HEALTH p=2 t=4h s=c r=500 w=1440",
        """
传染病疫情（{}） | Infectious disease report ({}) | 传染病 疫情 发热 聚集性病例 疑似病例 | x=DISEASE p=1 t=2h r=1000
蚊媒孳生 | Mosquito breeding | 蚊子多 积水孳生 花盆积水 灭蚊 蚊虫 孑孓 | t=1wd w=4320
鼠患 | Rat infestation | 老鼠 鼠患 老鼠多 老鼠洞 灭鼠 鼠害 | p=3 t=3wd w=4320
蟑螂虫害 | Cockroach infestation | 蟑螂 虫害 消杀 跳蚤 臭虫 蟑螂多 | p=3 t=3wd w=4320
卫生死角病媒孳生 | Pests breeding at neglected corners | 卫生死角 蚊蝇孳生 臭水沟 积水容器 苍蝇多 孳生地 | p=3 t=3wd w=4320
狂犬病暴露处置 | Rabies exposure care | 狂犬疫苗 打疫苗 犬伤门诊 免疫球蛋白 猫抓伤 狂犬病 | t=2h
疫苗接种问题 | Vaccination issue | 疫苗 接种 预防接种 疫苗断货 接种点 打预防针 | p=3 t=3wd
艾滋病检测咨询 | HIV testing & counselling | 艾滋病 HIV 检测 高危行为 艾滋 阻断药 | p=3 t=3wd
""",
    ),
    (
        "03",
        "公共卫生监督",
        "d=HEALTH p=3 t=3wd s=c r=200 w=1440",
        """
公共场所卫生不合格（{}） | Unsanitary public venue ({}) | 公共场所卫生 卫生许可 消毒 卫生不达标 通风 | x=VENUE
集中空调通风卫生 | Central air-conditioning hygiene | 中央空调 新风 空调卫生 通风系统 冷却塔卫生 军团菌
医疗机构污水排放 | Hospital wastewater discharge | 医院污水 医疗废水 诊所污水 消毒池 医院排污 医疗污水 | d=ECOENV p=2 t=1wd
控烟违规 | Smoking in a no-smoking place | 吸烟 抽烟 禁烟 室内吸烟 二手烟 电梯抽烟 | t=1wd w=240
""",
    ),
    (
        "04",
        "健康服务",
        "d=HEALTH p=4 t=10wd s=c r=500 w=10080",
        """
家庭医生签约服务 | Family doctor service | 家庭医生 签约医生 社区医生 家庭医生上门 签约服务 慢病管理
社区卫生服务中心问题 | Community health centre issue | 社区卫生服务中心 社康 社区医院 卫生站 社区门诊 社卫
医养结合服务 | Integrated medical & elderly care | 医养结合 护理院 康养 上门医疗 家庭病床 老人看病
老年健康服务 | Elderly health service | 老人体检 老年人体检 健康档案 慢性病 老年病 免费体检
严重精神障碍患者服务 | Services for severe mental illness | 精神障碍 服药 精神科 随访 精神病人管理 精神卫生
心理援助需求 | Psychological support | 心理咨询 心理援助 心理热线 抑郁 焦虑 心理疏导 | p=3 t=3wd
母婴室缺失 | No nursing room | 母婴室 哺乳室 喂奶 母婴设施 换尿布 第三卫生间
出生医学证明 | Birth certificate enquiry | 出生证 出生医学证明 补办出生证 新生儿 出生证明 上户口
计生奖励扶助 | Family-planning reward & support | 独生子女 计生奖励 计划生育 奖励扶助 失独 计生补贴
育儿补贴 | Childcare subsidy | 育儿补贴 生育补贴 三孩 生育奖励 托育补贴 育儿
AED配置 | AED availability | AED 除颤仪 急救设备 急救箱 自动体外除颤器 AED故障 | p=3 t=5wd s=ci
健康教育需求 | Health education request | 健康讲座 健康教育 义诊 健康知识 健康宣传 科普讲座
""",
    ),
)
