"""教育: campus safety, school administration and fees, off-campus tutoring.

Off-campus training is split by type because 双减 gives each type a different
approving body (academic tutoring: education; arts and sports: culture and
sports; childcare-style 托管: education with the street office).
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "EDUCATION"
PREFIX = "JY"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "校园安全",
        "d=EDUCATION p=2 t=1wd s=cv r=200 w=1440",
        """
校园欺凌 | School bullying | 校园欺凌 霸凌 被欺负 被同学打 勒索同学 学生打架 | p=1 t=4h
学生防溺水 | Child drowning risk | 学生游泳 小孩玩水 下河玩水 防溺水 溺水风险 水塘玩耍 | p=1 t=1h r=500 w=240
学生心理危机 | Student mental-health crisis | 学生抑郁 心理危机 学生自残 学生轻生 心理问题 厌学 | p=1 t=1h s=c
学生失联 | Missing student | 学生失联 孩子没到校 放学没回家 离家出走 学生走失 逃学 | p=1 t=1h r=2000
校园周边不良经营 | Harmful businesses near a school | 学校周边网吧 学校附近酒吧 卖烟给学生 学校周边游戏厅 校园周边商铺 卖电子烟
校园周边流动摊贩 | Street vendors outside a school | 校门口小贩 学校门口摆卖 辣条 三无零食 学校门口摊档 校门口烧烤 | d=URBAN t=4wh
校舍安全隐患 | Dangerous school building | 校舍开裂 教学楼裂缝 天花脱落 教室漏水 校舍危房 校舍墙体
校园设施安全隐患 | Unsafe school facilities | 校园围墙 操场 课桌椅 篮球架松 校园栏杆 校门
塑胶跑道异味 | Toxic-smelling running track | 毒跑道 塑胶跑道 操场异味 跑道味道 塑胶 刺鼻
实验室危化品管理 | School lab chemicals | 实验室 化学药品 危险药品 实验室安全 化学试剂 药品柜 | p=3 t=5wd s=c
学校安保力量不足 | Insufficient school security | 学校保安 护校 门卫 安保人员 校园警务 校门无人 | p=3 t=5wd s=c
学生校外住宿安全 | Off-campus student lodging | 学生公寓 寄宿 学生租房 陪读 托管宿舍 校外住宿 | p=3 t=3wd s=c
学校饮水安全 | School drinking water | 学校饮水机 学生饮水 饮水卫生 学校水质 开水房 净水器 | s=c
师生人身伤害纠纷 | Injury-at-school dispute | 学生受伤 校园意外 学校赔偿 体育课受伤 学生摔伤 校方责任 | p=3 t=5wd s=c w=10080
""",
    ),
    (
        "02",
        "教育管理",
        "d=EDUCATION p=3 t=5wd s=c r=500 w=10080",
        """
学科类校外培训违规 | Unauthorised academic tutoring | 学科培训 补习班 违规补课 双减 无证培训 周末补课
艺术类校外培训违规 | Arts training violations | 艺术培训 舞蹈班 美术班 钢琴班 书法班 艺考培训 | d=CULTURE
体育类校外培训违规 | Sports training violations | 体育培训 游泳班 篮球培训 跆拳道 轮滑班 体能训练 | d=CULTURE
科技类校外培训违规 | Tech training violations | 编程培训 机器人培训 科创班 乐高 编程班 科技培训
托管类机构违规 | After-school care centre violations | 托管机构 午托 晚托 托管班 四点半学堂 作业辅导
在职教师有偿补课 | Teachers giving paid tutoring | 有偿补课 老师补课 补课收费 教师兼职 私下补课 老师开班
学校乱收费 | Illegal school fees | 学校乱收费 赞助费 择校费 代收费 校服费 收费不公示
教辅资料强制征订 | Forced purchase of study materials | 教辅 资料费 征订 强制购买 练习册 课外书
学位入学问题 | School place & enrolment | 入学 学位 积分入学 报名 划片 学位不足
幼儿园入园问题 | Kindergarten places | 入园 公办幼儿园 幼儿园学位 幼儿园报名 普惠园 学前教育
学籍转学问题 | School transfer & records | 转学 学籍 借读 插班 转学手续 学籍卡
民办学校违规 | Private school violations | 民办学校 私立学校 民办幼儿园 办学许可 民办招生 民办退费
无证幼儿园 | Unlicensed kindergarten | 无证幼儿园 黑幼儿园 家庭托儿 无证园 看护点 托育点 | p=2 t=3wd
幼儿园体罚虐待 | Abuse at a kindergarten | 幼儿园打孩子 幼师打人 幼儿园体罚 老师罚站 幼儿园虐待 喂药 | p=1 t=2h w=1440
体罚学生 | Corporal punishment | 体罚 罚站 老师打学生 变相体罚 罚抄 老师辱骂 | p=2 t=1wd
教师师德问题 | Teacher misconduct | 师德 老师收礼 老师态度 言语伤害 老师歧视 家长群
家校矛盾 | Parent-school conflict | 家长投诉 家校矛盾 老师家长 学校处理不公 家长不满 班主任
幼儿园乱收费 | Kindergarten overcharging | 幼儿园收费 保教费 兴趣班收费 幼儿园乱收费 伙食费 幼儿园涨价
职业学校实习违规 | Vocational-school internship abuse | 实习生 顶岗实习 学校安排实习 强制实习 实习工厂 实习费
教育收费退费纠纷 | Education fee refund dispute | 退费 培训退费 学费 教育机构跑路 课时费 预付学费
学生作业负担过重 | Excessive homework | 作业多 作业负担 写到半夜 家长作业 作业太多 打卡作业 | p=4 t=10wd
控辍保学 | Child out of compulsory school | 辍学 失学 不上学 没读书 适龄儿童 控辍保学 | p=2
托育机构违规 | Childcare centre violations | 托育 托儿所 早教 托育机构 日托 婴幼儿照护 | d=HEALTH
校服质量问题 | School uniform quality | 校服 校服质量 校服甲醛 校服贵 校服褪色 校服异味 | p=4 t=10wd
课后服务问题 | After-school programme issue | 课后服务 课后托管 延时服务 托管费 课后活动 放学太早 | p=4 t=10wd
学生资助申请 | Student financial aid | 助学金 资助 贫困生 免学费 补助 奖学金 | p=4 t=10wd
特殊教育需求 | Special education needs | 特殊教育 随班就读 特教 自闭症入学 送教上门 残疾儿童入学 | p=4 t=10wd
教师待遇问题 | Teachers' pay & conditions | 教师工资 代课老师 教师待遇 绩效工资 临聘教师 班主任津贴 | p=4 t=10wd
考试招生问题 | Exam & admission issue | 中考 高考 招生 考试 录取 分数线 | p=4 t=10wd
""",
    ),
)
