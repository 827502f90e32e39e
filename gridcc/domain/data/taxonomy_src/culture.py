"""文化旅游: cultural market, heritage, folk festivals and tourism, sport and public culture.

Chancheng's calendar sets the festival items: 行通济 at the Lantern Festival,
北帝诞 at 祖庙, 秋色 parades and dragon-boat season bring crowds that the
centre plans for, so each has its own matter type and crowd-sized merge radius.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "CULTURE"
PREFIX = "WL"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "文化市场",
        "d=CULTURE p=3 t=3wd s=c r=200 w=10080",
        """
网吧接纳未成年人 | Internet café admitting minors | 网吧 未成年人上网 学生进网吧 网吧身份证 网咖 网吧刷卡 | p=2 t=1wd
黑网吧 | Unlicensed internet café | 黑网吧 无证网吧 地下网吧 私设网吧 电脑室 网吧无证
游戏游艺场所违规 | Amusement arcade violations | 游戏厅 电玩城 游艺 娃娃机 游戏机厅 抓娃娃
歌舞娱乐场所违规 | Entertainment venue violations | 歌舞厅 夜总会 超时营业 娱乐场所 KTV违规 酒吧违规
剧本杀密室违规 | Escape room & murder-mystery violations | 剧本杀 密室逃脱 剧本杀内容 密室安全 沉浸式 密室
演出活动违规 | Unlicensed performance | 演出 演唱会 无证演出 商演 演出票 低俗表演
非法卫星接收设施 | Illegal satellite dishes | 卫星锅 卫星接收 锅盖 境外电视 小耳朵 非法卫星
印刷企业违规 | Printing shop violations | 非法印刷 印刷品 复印店 无证印刷 盗印 印刷资质
电影院服务问题 | Cinema complaint | 电影院 影院 放映 电影票 影厅 影院卫生 | p=4 t=10wd
""",
    ),
    (
        "02",
        "文物与非遗",
        "d=CULTURE p=2 t=3wd s=cv r=100 w=10080",
        """
文物建筑损坏 | Damage to a heritage building | 文物损坏 古建筑破坏 文物 祠堂损坏 古迹 文保单位
历史建筑违规拆改 | Unauthorised alteration of a historic building | 拆老房子 骑楼改建 历史建筑拆除 乱改 古建筑改造 旧建筑
文物盗掘 | Looting of relics | 盗墓 盗掘 挖古墓 文物盗窃 偷文物 古董 | p=1 t=2h
文物建筑消防隐患 | Fire risk at a heritage site | 祠堂消防 古建筑消防 文物消防 古庙 木结构 庙宇用火
文物保护标志缺失 | Missing heritage marker | 文物保护牌 文保标志 保护标志 文物牌 说明牌 保护界桩 | p=4 t=10wd
历史文化街区违规经营 | Irregular business in a historic district | 历史街区 东华里 老街 古街 岭南天地 骑楼街 | p=3
传统村落保护 | Historic village protection | 古村落 传统村落 古村 旧村 村落保护 老村 | p=3 t=10wd
非遗传承保护 | Intangible heritage protection | 非遗 醒狮传承 粤剧 剪纸 陶塑 传承人 | p=4 t=10wd
""",
    ),
    (
        "03",
        "民俗活动与旅游",
        "d=CULTURE p=3 t=3wd s=c r=300 w=1440",
        """
行通济人流安全 | Crowd safety at Xing Tongji | 行通济 通济桥 元宵 生菜 转风车 行通济人多 | p=1 t=1h s=cv r=1000 w=240
北帝诞庙会秩序 | Order at the Beidi temple fair | 北帝诞 庙会 神诞 出会 巡游 祖庙庙会 | p=2 t=2h s=cv r=1000 w=240
秋色巡游活动安全 | Safety at the autumn-colours parade | 秋色 秋色巡游 巡游 彩灯 飘色 巡游人多 | p=2 t=2h s=cv r=1000 w=240
龙舟活动安全 | Dragon-boat event safety | 龙舟 扒龙舟 龙舟赛 龙舟水 游龙 龙舟安全 | p=2 t=1wd s=cv
醒狮采青活动安全 | Lion-dance event safety | 醒狮 舞狮 采青 狮队 高桩 舞狮扰民 | t=1wd s=cv
粤剧私伙局扰民 | Amateur Cantonese-opera noise | 私伙局 唱粤曲 唱戏 锣鼓 曲艺社 唱曲扰民 | p=4 t=5wd
祖庙周边秩序 | Order around Zumiao temple | 祖庙 祖庙周边 景区周边 游客多 祖庙路 祖庙停车 | s=cv t=1wd
旅游纠纷 | Tourism dispute | 旅行社 跟团游 旅游投诉 强制购物 旅游合同 退团
不合理低价游 | Below-cost group tours | 低价团 零团费 购物团 一日游 旅游陷阱 低价旅游
导游违规 | Tour-guide misconduct | 导游 无证导游 导游态度 导游购物 黑导 导游强迫
景区秩序混乱 | Disorder at a scenic spot | 景区 景点 景区排队 景区人多 景区管理 景区乱象 | p=2 t=4h s=cv
景区设施安全隐患 | Unsafe facilities at a scenic spot | 景区设施 景区栏杆 景区步道 景区安全 玻璃栈道 景区游乐 | p=2 t=1wd
民宿违规经营 | Homestay violations | 民宿 民宿无证 民宿经营 民宿卫生 民宿安全 民宿噪音
""",
    ),
    (
        "04",
        "体育与公共文化",
        "d=CULTURE p=3 t=5wd s=c r=200 w=10080",
        """
公共体育设施损坏 | Damaged public sports facility | 篮球场 球场 体育场 运动场 篮球架 足球场
体育场馆开放问题 | Sports venue access | 体育馆 场馆开放 免费开放 学校操场开放 游泳馆 场馆预约 | p=4 t=10wd
高危体育项目违规 | High-risk sports without permit | 游泳馆救生员 攀岩 潜水 高危体育 蹦床馆 救生员 | p=2 t=1wd
球场噪声扰民 | Ball games causing nuisance | 打球吵 篮球声 广场踢球 球砸 球场噪音 夜间打球 | p=4 w=1440
户外运动安全 | Outdoor sports safety | 户外 徒步 骑行安全 登山 露营 户外活动 | t=3wd
体育赛事安全 | Sports event safety | 马拉松 比赛 体育赛事 篮球赛 赛事安全 赛事封路 | p=2 t=1wd s=cv r=1000 w=1440
公共文化设施服务 | Public cultural facility service | 图书馆 文化馆 文化站 博物馆 开放时间 借书 | p=4 t=10wd
社区文化室 | Community culture room | 文化室 活动中心 阅览室 文体室 社区书屋 书屋 | p=4 t=10wd
""",
    ),
)
