"""民政服务: social assistance, elderly care, children and disability, social affairs.

Most of these are requests for help rather than violations, so limits are in
work days; the exceptions (a lone elder not seen for days, a fall alarm, an
abandoned baby) are urgent and timed in minutes.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "CIVIL"
PREFIX = "MZ"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "社会救助",
        "d=CIVIL p=3 t=5wd s=c r=200 w=10080",
        """
低保申请 | Minimum living allowance application | 低保 最低生活保障 申请低保 低保户 低保金 低保边缘
特困人员供养 | Support for extremely poor persons | 特困 五保户 特困供养 无依无靠 孤寡 供养
临时救助申请 | Temporary assistance | 临时救助 突发困难 急难救助 生活困难 因病致贫 救助金
流浪乞讨人员救助 | Help for a homeless person | 流浪汉 露宿街头 流浪人员 救助站 无家可归 睡天桥 | p=2 t=4h s=cv r=300 w=1440
流浪人员突发疾病 | Homeless person taken ill | 流浪汉晕倒 路边躺着 昏迷 流浪者生病 无人认领 倒地不起 | p=1 t=30m s=cv r=200 w=240
寒潮低温救助 | Cold-weather help | 寒潮 低温 冻伤 送棉被 御寒 寒冷 | p=2 t=4h s=cv r=500 w=1440
医疗救助 | Medical assistance | 医疗救助 看不起病 大病救助 医疗费 重病 救助申请
残疾人两项补贴 | Disability subsidies | 残疾人补贴 护理补贴 生活补贴 重度残疾 两项补贴 残疾人生活
残疾证办理 | Disability certificate | 残疾证 残疾评定 办残疾证 残联 残疾等级 换证 | p=4 t=10wd
残疾人康复服务 | Disability rehabilitation | 康复 残疾儿童康复 康复训练 辅具 残疾人康复 自闭症康复 | p=4 t=10wd
困境儿童保障 | Children in difficult circumstances | 困境儿童 留守儿童 孤儿 事实无人抚养 单亲 儿童保障 | p=2
发现弃婴 | Abandoned baby found | 弃婴 捡到婴儿 婴儿被遗弃 路边婴儿 遗弃 捡到小孩 | d=POLICE p=1 t=30m s=cv r=300 w=240
未成年人监护缺失 | Minor without guardianship | 监护缺失 无人看管 小孩独自在家 流浪儿童 父母不管 监护 | p=2 t=1wd
受灾群众救助 | Relief for disaster victims | 受灾 救灾 灾民 救灾物资 灾后生活 房屋受损 | p=2 t=1wd w=1440
""",
    ),
    (
        "02",
        "养老服务",
        "d=CIVIL p=3 t=3wd s=c r=200 w=10080",
        """
独居老人需关怀 | Elderly person living alone needs care | 独居老人 孤寡老人 空巢老人 老人独居 没人照顾 探访
独居老人异常 | Worrying signs at a lone elder's home | 老人几天没出门 没见老人 敲门没人应 报纸堆积 信箱满 屋里异味 | p=1 t=1h r=100 w=240
老人紧急呼叫报警 | Elderly emergency button alarm | 一键呼叫 智能手环 紧急呼叫 跌倒报警 居家养老 呼叫器 | p=1 t=30m s=i r=100 w=60
老人摔倒无法起身 | Elderly fall | 老人摔倒 跌倒 起不来 老人晕倒 摔伤 老人倒地 | p=1 t=30m s=civ r=100 w=120
养老机构服务质量 | Care home service quality | 养老院服务 虐待老人 护工 养老院脏 养老服务差 敬老院服务
养老机构非法集资 | Illegal fund-raising by a care home | 养老院集资 会员卡 养老床位 预付费 养老投资 养老公寓 | p=2
居家养老服务申请 | Home care service request | 居家养老 上门服务 助浴 家政上门 适老化改造 居家照护 | p=4 t=10wd
长者饭堂问题 | Seniors' canteen issue | 长者饭堂 长者食堂 助餐点 老年餐 送餐上门 餐费补贴 | p=4 t=5wd
高龄津贴 | Old-age allowance | 高龄津贴 长寿金 老人补贴 八十岁 百岁 老年补贴 | p=4 t=10wd
失能老人照护需求 | Care needs of a disabled elder | 失能老人 卧床老人 瘫痪 长期护理 照护 护理床
社区养老服务站 | Community elderly service station | 养老服务站 颐康中心 日间照料 长者服务站 养老驿站 社区养老 | p=4 t=10wd
""",
    ),
    (
        "03",
        "社会事务",
        "d=CIVIL p=4 t=10wd s=c r=500 w=10080",
        """
婚姻登记咨询 | Marriage registration enquiry | 结婚登记 离婚登记 婚姻登记 领证 离婚冷静期 补领结婚证
高价彩礼 | Exorbitant bride price | 彩礼 高价彩礼 天价彩礼 婚俗 大操大办 彩礼纠纷 | p=3 t=5wd
乱埋乱葬 | Illegal burial | 乱埋乱葬 土葬 违规墓地 骨灰乱撒 私建坟墓 山坟 | p=3 t=5wd s=cv
丧事扰民 | Funeral rites causing nuisance | 办丧事 搭灵堂 吹打 丧事扰民 哀乐 灵棚 | p=3 t=1wd s=cv r=100 w=1440
殡葬服务乱收费 | Overpriced funeral services | 殡葬收费 寿衣 骨灰盒 殡仪馆收费 白事收费 殡葬中介 | d=MARKET p=3 t=5wd
地名标志缺失错误 | Missing or wrong place-name sign | 地名 地名牌 地名错 小区名 标准地名 门楼牌
非法社会组织 | Unregistered social organisation | 社会组织 协会 非法社会组织 民办非企业 社团 山寨社团 | p=3 t=5wd
慈善募捐违规 | Illegal charity fund-raising | 募捐 众筹 假慈善 街头募捐 爱心捐款 假冒慈善 | p=3 t=3wd s=cv
退役军人服务 | Veterans' services | 退役军人 退伍军人 优抚 军属 伤残军人 退役安置
烈士纪念设施维护 | Martyrs' memorial maintenance | 烈士 纪念碑 烈士陵园 纪念设施 英烈 烈士墓
志愿服务需求 | Volunteer service request | 志愿者 义工 志愿服务 招募志愿者 帮扶 结对
无障碍设施需求 | Accessibility needs | 无障碍 轮椅 无障碍通道 无障碍改造 坡道 无障碍卫生间
精神障碍患者家庭帮扶 | Support for families of people with mental illness | 精神病人家庭 监护补贴 服药补贴 精神康复 看护 家属
妇女权益侵害 | Violation of women's rights | 妇女权益 妇联 女性权益 侵害妇女 性别歧视 婚内权益 | p=3 t=5wd
残疾人就业 | Employment of disabled people | 残疾人就业 残疾人工作 按比例就业 残疾人招聘 福利企业 辅助性就业
社工服务 | Social worker service | 社工 社工站 社工服务 双百社工 个案 社工上门
家庭教育指导 | Parenting guidance | 家庭教育 亲子关系 家长学校 家庭教育指导 叛逆 青春期
孤儿收养 | Adoption | 收养 领养 孤儿 收养登记 收养程序 送养
""",
    ),
)
