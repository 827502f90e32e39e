"""治安防范: public-order incidents, crime leads and security gaps.

Violent or ongoing incidents are timed in calendar minutes (the police do not
wait for office hours); leads that need investigation get work days.  Merge
windows are short for incidents (one fight, many callers) and long for leads
(the same gambling den is reported for weeks).
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "SECURITY"
PREFIX = "ZA"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "治安秩序",
        "d=POLICE p=2 t=2h s=cv r=200 w=240",
        """
打架斗殴 | Fighting | 打架 斗殴 打人 群殴 有人打架 动手了 | p=1 t=1h
持刀伤人 | Knife attack | 持刀 拿刀 砍人 捅人 刀伤 拿刀追人 | p=1 t=30m r=500
寻衅滋事 | Provoking trouble | 寻衅滋事 闹事 滋事 挑衅 砸东西 无故找茬 | p=1 t=1h
醉酒闹事 | Drunken disorder | 醉酒 喝醉闹事 酒鬼 发酒疯 醉汉 醉倒路边
持械聚集 | Armed gathering | 持械 拿棍 约架 械斗 拿铁棍 聚集斗殴 | p=1 t=30m r=500
聚众赌博 | Gambling ring | 赌博 聚赌 打麻将赌钱 赌档 开赌场 赌钱 | t=1wd w=1440
赌博机 | Gambling machines | 赌博机 老虎机 捕鱼机 推币机 电玩城赌博 上分机 | t=1wd s=c w=10080
卖淫嫖娼 | Street prostitution | 卖淫 嫖娼 招嫖 站街 招嫖卡片 流莺 | t=1wd s=c w=1440
涉黄场所 | Venue offering sex services | 色情按摩 桑拿色情 洗脚城色情 陪侍 涉黄 按摩店不正规 | t=3wd s=c w=10080
吸毒贩毒线索 | Drug use or dealing lead | 吸毒 贩毒 毒品 溜冰 K粉 针头 | t=1wd s=c w=1440
小偷小摸 | Petty theft | 小偷 偷东西 被偷 盗窃 偷钱包 顺手牵羊 | t=2h
入室盗窃 | Burglary | 入室盗窃 家里被偷 撬门 撬锁 爆窃 进贼 | p=1 t=1h
盗窃电动车 | E-bike theft | 电动车被偷 偷电动车 偷电瓶 电瓶被盗 电单车被偷 剪锁偷车
盗窃机动车 | Car theft | 车被偷 汽车被盗 偷车 摩托车被偷 车不见了 盗车
车内财物被盗 | Theft from vehicles | 砸车窗 车内被偷 车里东西没了 车窗被砸 盗窃车内 车玻璃碎
公交地铁扒窃 | Pickpocketing on transit | 扒窃 公交偷 地铁小偷 手机被扒 钱包被扒 扒手团伙
盗窃公共设施 | Theft of public facilities | 偷井盖 偷电缆 偷铁 偷护栏 偷铜线 盗窃设施
抢劫抢夺 | Robbery or snatching | 抢劫 抢包 飞车抢夺 抢手机 抢项链 打劫 | p=1 t=30m r=1000
敲诈勒索 | Extortion | 敲诈 勒索 恐吓 威胁 要挟 裸聊敲诈 | t=1wd s=c
故意毁坏财物 | Vandalism of property | 砸车 划车 毁坏财物 砸玻璃 扎轮胎 破坏东西
诈骗 | Fraud | 诈骗 被骗 骗子 骗钱 冒充熟人 刷单被骗 | t=1wd s=c w=1440
电信网络诈骗预警 | Telecom fraud in progress | 电信诈骗 网络诈骗 冒充客服 冒充公检法 安全账户 正在转账 | t=1h s=c
街头算命骗钱 | Street fortune-telling scam | 算命 街头算命 看相 占卜 驱邪 消灾骗钱
非法放贷 | Loan sharking | 高利贷 套路贷 校园贷 裸贷 砍头息 网贷催收 | t=3wd s=c w=10080
暴力催收 | Violent debt collection | 暴力催收 上门催债 泼油漆 喷字催债 讨债打人 催收骚扰 | p=1 t=1h
非法拘禁 | Unlawful detention | 非法拘禁 被关起来 软禁 被限制自由 关人 扣押人 | p=1 t=30m
尾随骚扰 | Stalking or harassment | 尾随 跟踪 骚扰 猥亵 露阴 言语骚扰 | p=1 t=1h
家庭暴力 | Domestic violence | 家暴 家庭暴力 老公打人 打老婆 虐待家人 被家人打 | p=1 t=1h s=c
侵害未成年人线索 | Harm to a minor | 虐童 猥亵儿童 儿童被打 小孩被虐待 性侵儿童 虐待孩子 | p=1 t=1h s=c
走失人员 | Missing person | 走失 老人走失 小孩走丢 失踪 找不到人 找人 | p=1 t=1h r=2000
高空抛物 | Throwing objects from height | 高空抛物 楼上扔东西 楼上扔垃圾 楼上丢东西 砸到人 窗口扔物 | t=4h r=50 w=1440
非法携带管制刀具 | Carrying controlled knives | 管制刀具 带刀 砍刀 匕首 弹簧刀 卖管制刀具
非法枪支弹药线索 | Illegal firearms lead | 枪支 仿真枪 气枪 子弹 弓弩 钢珠枪 | p=1 t=1h s=c
违规燃放烟花爆竹 | Illegal fireworks | 放鞭炮 燃放烟花 禁放区 炮仗 放炮 鞭炮扰民 | t=1h r=300 w=120
无人机违规飞行 | Unauthorised drone flight | 无人机 黑飞 禁飞区 无人机扰民 航拍飞机 飞行器 | t=2h r=1000
假币 | Counterfeit money | 假币 假钱 收到假钞 假人民币 假钞 使用假币 | p=3 t=1wd s=c
办假证刻假章 | Forged documents | 办证 假证 私刻公章 假文凭 假身份证 办假证 | p=3 t=3wd s=cv w=10080
伪基站黑广播 | Fake base station or pirate radio | 伪基站 黑广播 垃圾短信 假基站 电台干扰 收音机广告 | p=3 t=1wd s=c r=1000 w=1440
倒卖个人信息 | Trading personal data | 个人信息泄露 卖资料 倒卖信息 骚扰电话 身份信息被卖 信息泄露 | p=3 t=5wd s=c w=10080
传销活动 | Pyramid selling | 传销 拉人头 传销窝点 洗脑 资本运作 发展下线 | p=3 t=1wd s=c w=10080
非法集资线索 | Illegal fund-raising lead | 非法集资 高息揽储 理财骗局 投资返利 养老骗局 集资诈骗 | p=3 t=5wd s=c w=10080
欺行霸市 | Market racketeering | 保护费 欺行霸市 强买强卖 收数 霸市 强收费 | p=3 t=3wd s=c w=10080
涉黑涉恶线索 | Organised crime lead | 黑社会 涉黑 涉恶 恶势力 村霸 砂霸 | p=3 t=5wd s=c w=10080
邪教宣传 | Cult propaganda | 邪教 邪教传单 宣扬邪教 邪教标语 邪教光碟 邪教聚会 | t=4h
非法传教 | Unauthorised proselytising | 非法传教 街头传教 私设聚会点 上门传教 派宗教传单 非法宗教 | p=3 t=3wd w=10080
盗窃快递 | Parcel theft | 快递被偷 偷快递 快递丢了 驿站被偷 门口快递不见 包裹被拿 | p=3 t=1wd s=cv w=1440
工地盗窃 | Theft from a construction site | 工地被偷 偷钢筋 偷电缆线 工地材料被盗 偷建材 工地失窃 | p=3 t=1wd w=1440
商铺盗窃 | Shop theft or break-in | 商铺被盗 店铺被偷 撬卷闸 收银台被偷 店里被盗 夜间撬店 | t=2h w=1440
拐卖人口线索 | Human trafficking lead | 拐卖 人贩子 拐骗 买卖人口 抱走小孩 拐卖妇女 | p=1 t=1h s=c
偷拍偷窥 | Voyeurism | 偷拍 偷窥 针孔摄像头 偷看洗澡 裙底偷拍 酒店摄像头 | t=4h s=c
冒充公职人员 | Impersonating an official | 冒充警察 假警察 冒充城管 冒充公务员 假冒工作人员 假记者 | t=4h s=c
上门推销诈骗老人 | Door-to-door scams targeting the elderly | 上门推销 骗老人 免费体检骗局 领鸡蛋 会销骗局 老人被骗 | p=3 t=1wd s=c w=1440
网络赌博线索 | Online gambling lead | 网络赌博 赌博网站 网赌 赌博APP 博彩 赌球 | p=3 t=3wd s=c w=10080
涉诈两卡线索 | Bank cards or SIMs sold to fraudsters | 卖银行卡 出租银行卡 两卡 出租电话卡 跑分 帮信 | p=3 t=3wd s=c w=10080
治安混乱区域 | Area with persistent disorder | 治安差 治安乱 经常被偷 治安混乱 晚上不敢走 治安隐患 | p=3 t=5wd s=c w=10080
""",
    ),
    (
        "02",
        "治安防控设施",
        "d=POLICE p=3 t=3wd s=ci r=50 w=1440",
        """
小区门禁损坏 | Estate access control broken | 门禁坏了 门禁 门禁卡 单元门关不上 门禁系统 人脸门禁 | d=COMMUNITY
小区视频监控缺失 | Estate CCTV missing or broken | 监控盲区 没监控 小区监控坏 监控不清 监控缺失 摄像头不够 | d=COMMUNITY
背街小巷照明不足 | Poorly lit back alley | 太黑 没灯 照明不足 黑灯瞎火 巷子黑 夜间没灯 | d=URBAN s=c
单位技防设施缺失 | Missing security systems at premises | 技防 报警系统 一键报警 安防 监控未联网 紧急报警
金融网点安防隐患 | Bank branch security gap | 银行 ATM 取款机 自助银行 银行保安 运钞 | p=2
学校周边治安隐患 | School-area security risk | 校园周边 学校门口 护校岗 放学 接送 校门口可疑人 | p=2 t=1wd s=cv
医院周边治安隐患 | Hospital-area security risk | 医院周边 医托 号贩子 医院门口 黄牛 挂号倒卖 | t=1wd s=cv
寄递物流未实名 | Parcel service skipping ID checks | 快递实名 寄件不实名 开箱验视 快递站 物流安全 寄递 | s=c
旅馆未登记住客 | Hotel not registering guests | 旅馆 宾馆 不登记 没登记身份证 日租房 民宿未登记 | t=1wd s=c
废旧金属收购违规 | Scrap metal yard irregularities | 废旧金属 收购站 收赃 收电缆 销赃 回收不登记 | s=c
二手手机收购违规 | Second-hand phone dealer irregularities | 二手手机 回收手机 收旧手机 手机销赃 二手数码 收手机不登记 | s=c
开锁业违规 | Locksmith irregularities | 开锁 开锁公司 配钥匙 开锁不登记 开锁小广告 锁匠 | s=c
典当寄卖违规 | Pawnshop irregularities | 典当 寄卖 当铺 寄卖行 典当行 收当赃物 | s=c
大型活动安保 | Security at large events | 大型活动 演唱会 安保 活动报备 人员密集 活动人多 | p=2 t=4h s=cv r=500 w=720
可疑人员 | Suspicious person | 可疑人员 形迹可疑 陌生人 徘徊 踩点 鬼鬼祟祟 | p=2 t=2h s=cv r=200 w=240
可疑物品 | Suspicious object | 可疑物品 不明包裹 可疑包 遗留物品 不明物体 疑似爆炸物 | p=1 t=30m s=cv r=200 w=240
可疑车辆 | Suspicious vehicle | 可疑车辆 车牌遮挡 无牌车徘徊 套牌车 假车牌 车牌污损 | p=2 t=2h s=cv r=300 w=240
重点目标周边异常 | Unusual activity near key targets | 重点目标 水厂周边 变电站周边 拍照踩点 逗留 油库周边 | p=2 t=1h s=cv r=300 w=240
易制爆物品违规销售 | Illegal sale of explosive precursors | 易制爆 硝酸铵 管制化学品 雷管 炸药 爆炸物品 | p=2 t=1wd s=c
一键报警柱故障 | Street emergency call point fault | 一键报警柱 报警柱 紧急求助 报警按钮 求助终端 报警柱坏
""",
    ),
    (
        "03",
        "重点人员服务管理",
        "d=POLICE p=2 t=1wd s=c r=200 w=1440",
        """
精神障碍患者肇事风险 | Person with severe mental illness at risk | 精神病发作 发病 精神障碍 乱砸东西 伤人风险 疯了 | d=HEALTH p=1 t=1h
社区矫正人员脱管 | Person under community correction unsupervised | 社区矫正 脱管 矫正人员 失联 不报到 漏管 | d=COMMUNITY
刑满释放人员帮教 | Ex-prisoner needs resettlement support | 刑满释放 安置帮教 出狱 释放人员 刑释 帮教 | d=COMMUNITY p=3 t=5wd w=10080
社区戒毒人员失联 | Person in community rehab out of contact | 社区戒毒 社区康复 戒毒人员 失联 复吸 尿检 | w=10080
扬言报复社会 | Threatening revenge on society | 扬言报复 报复社会 扬言杀人 极端言论 扬言放火 威胁伤人 | p=1 t=30m
涉众经济纠纷聚集风险 | Mass economic dispute at risk of gathering | 爆雷 跑路 理财暴雷 退款维权 维权群 楼盘停工 | t=1wd w=10080
闲散青少年聚集 | Idle youths gathering | 闲散青少年 小混混 不上学 街头聚集 飞仔 青少年聚集 | p=3 s=cv w=1440
不良行为青少年 | Youth with problem behaviour | 不良行为 逃学 夜不归宿 抽烟喝酒 沉迷网吧 青少年打架 | p=3 t=3wd d=COMMUNITY
服刑人员未成年子女帮扶 | Children of prisoners needing support | 服刑人员子女 父母坐牢 无人照看 服刑人员家属 帮扶儿童 监护困难 | d=CIVIL p=3 t=5wd w=10080
""",
    ),
    (
        "04",
        "网络安全",
        "d=POLICE p=3 t=3wd s=c r=1000 w=10080",
        """
网络谣言 | Online rumour | 网络谣言 造谣 谣言 网上乱说 假消息 传谣
网络暴力 | Online harassment | 网络暴力 网暴 人肉搜索 网络辱骂 网上攻击 网络欺凌
淫秽色情信息传播 | Spreading obscene content | 色情网站 黄色视频 淫秽信息 色情群 涉黄直播 传播色情
涉诈APP钓鱼网站 | Fraud apps or phishing sites | 钓鱼网站 诈骗APP 假网站 诈骗链接 木马 涉诈软件 | p=2 t=1wd
网络攻击 | Cyber attack on an organisation | 黑客 网络攻击 被入侵 勒索病毒 网站被黑 数据泄露 | p=2 t=1wd
网络水军 | Paid online trolls | 水军 刷评论 网络推手 删帖 有偿删帖 控评
""",
    ),
    (
        "05",
        "经济金融风险",
        "d=POLICE p=3 t=5wd s=c r=500 w=10080",
        """
虚拟货币诈骗 | Crypto investment scam | 虚拟货币 比特币 炒币 数字货币 USDT 币圈骗局
非法期货外汇 | Illegal futures or forex trading | 外汇平台 期货 炒外汇 黄金平台 非法期货 虚假交易平台
非法金融广告 | Illegal financial advertising | 贷款广告 理财广告 高收益 保本保息 金融广告 无抵押贷款 | d=MARKET
地下钱庄 | Underground banking | 地下钱庄 换汇 换港币 跨境汇款 非法兑换 汇钱
征信修复骗局 | Credit-repair scam | 征信修复 洗白征信 消除逾期 征信 黑户贷款 修复信用
""",
    ),
    (
        "06",
        "公安政务服务",
        "d=POLICE p=4 t=10wd s=c r=1000 w=10080",
        """
户籍业务咨询 | Household registration enquiry | 户口 户籍 迁户口 入户 户口本 落户
身份证补办 | Lost ID card | 身份证丢了 补办身份证 临时身份证 身份证挂失 证件丢失 捡到身份证
出入境证件咨询 | Travel document enquiry | 港澳通行证 护照 签注 出入境 通行证 回乡证
""",
    ),
)
