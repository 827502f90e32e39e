"""GB/T 30428.2 部件 (component) classes: the standard's 大类/小类, then district extensions.

The standard's lists follow its 公用设施 / 道路交通 / 市容环境 / 园林绿化 /
房屋土地 / 其他设施 tables; 小类 51+ are the district's extension classes
(components Chancheng surveys that the standard predates: charging piles,
greenways, flood sensors ...).  A component report is about the object (lost,
broken, leaning, dirty), so keywords name the object and how citizens call it.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "URBAN"
PREFIX = "BJ"
KIND = "component"

_COVER = "p=2 t=4h s=ci r=30"  # an open manhole is a fall hazard day and night

CATEGORIES = (
    (
        "01",
        "公用设施",
        "d=URBAN p=3 t=2wd s=c r=50 w=1440",
        f"""
01 上水井盖 | Water supply manhole cover | 上水井盖 自来水井盖 供水井盖 水表井 井盖丢失 井盖破损 井盖松动 | d=WATER {_COVER}
02 污水井盖 | Sewage manhole cover | 污水井盖 下水道井盖 污水井 井盖丢失 井盖塌陷 井盖破损 | d=DRAINAGE {_COVER}
03 雨水井盖 | Storm-water manhole cover | 雨水井盖 雨水井 排水井盖 窨井盖 盖子没了 井盖破了 | d=DRAINAGE {_COVER}
04 雨水箅子 | Storm drain grate | 雨水箅子 雨水篦子 雨水口 排水口盖板 箅子丢失 篦子破了 铁栅盖 | d=DRAINAGE {_COVER}
05 电力井盖 | Power manhole cover | 电力井盖 供电井盖 电缆井盖 电井盖 井盖丢失 井盖破损 | d=POWER {_COVER}
06 路灯井盖 | Street-light manhole cover | 路灯井盖 灯光井盖 路灯检修井 小井盖 井盖丢失 井盖破损 | {_COVER}
07 通讯井盖 | Telecom manhole cover | 通讯井盖 通信井盖 电信井盖 移动井盖 联通井盖 光缆井盖 井盖丢失 | d=TELECOM {_COVER}
08 电视井盖 | Cable-TV manhole cover | 电视井盖 有线电视井盖 广电井盖 有线井盖 井盖丢失 井盖破损 | d=TELECOM {_COVER}
09 网络井盖 | Network manhole cover | 网络井盖 宽带井盖 光纤井盖 网线井盖 井盖丢失 井盖破损 | d=TELECOM {_COVER}
10 热力井盖 | Heat/steam manhole cover | 热力井盖 蒸汽管井盖 供热井盖 井盖冒气 井盖丢失 井盖破损 | {_COVER}
11 燃气井盖 | Gas manhole cover | 燃气井盖 煤气井盖 天然气井盖 燃气阀井 井盖丢失 井盖破损 | d=GAS {_COVER}
12 公安井盖 | Police manhole cover | 公安井盖 警用井盖 监控井盖 公安通信井 井盖丢失 井盖破损 | d=POLICE {_COVER}
13 消防设施 | Fire hydrant & street fire facility | 消防栓 消火栓 消防设施 消防栓漏水 消防栓被撞 消防栓损坏 地下消火栓 | d=FIRE p=2 t=1wd s=ci
14 无主井盖 | Ownerless manhole cover | 无主井盖 不知道谁家的井盖 无标识井盖 井盖没标志 井盖丢失 井盖破损 | {_COVER}
15 通讯交接箱 | Telecom cross-connect cabinet | 交接箱 通讯交接箱 电信箱 光交箱 箱门打开 箱体破损 线缆外露 | d=TELECOM
16 电力设施 | Power facility | 电力设施 配电箱 电箱 电箱门开 电线裸露 电力箱损坏 电表箱 | d=POWER p=2 t=4h
17 立杆 | Utility pole | 立杆 电线杆 线杆 杆子歪了 电杆倾斜 杆子倒了 废弃杆
18 路灯 | Street light | 路灯 路灯不亮 路灯坏了 灯不亮 路灯白天亮 灯杆 路灯倾斜 | s=civ
19 地灯 | In-ground light | 地灯 地埋灯 地灯破损 地灯不亮 地灯玻璃碎 草坪灯
20 景观灯 | Decorative light | 景观灯 亮化灯 装饰灯 灯带不亮 景观灯损坏 泛光灯
21 报刊亭 | Newsstand | 报刊亭 报亭 书报亭 报刊亭破损 报亭占道 报刊亭废弃
22 电话亭 | Phone booth | 电话亭 公用电话 电话亭破损 电话亭废弃 IC卡电话 | d=TELECOM
23 邮筒 | Post box | 邮筒 邮箱 信筒 邮筒破损 邮筒歪倒 邮筒锈蚀
24 信息亭 | Information kiosk | 信息亭 信息查询机 便民服务亭 触摸屏 信息亭损坏 查询终端
25 自动售货机 | Vending machine | 自动售货机 售货机 自助售卖机 售货机占道 售货机损坏 售货机漏电 | d=MARKET
26 健身设施 | Outdoor fitness equipment | 健身器材 健身设施 健身路径 器材坏了 健身器断裂 单杠松动 | d=CULTURE p=2 t=1wd
27 中水井盖 | Reclaimed-water manhole cover | 中水井盖 再生水井盖 回用水井盖 井盖丢失 井盖破损 | d=WATER {_COVER}
28 公交井盖 | Bus-facility manhole cover | 公交井盖 公交电缆井 公交站井盖 井盖丢失 井盖破损 | d=TRAFFIC {_COVER}
29 输油（气）井盖 | Oil/gas pipeline manhole cover | 输油井盖 输气井盖 输油管井 输气管道井盖 长输管道 井盖丢失 | d=GAS {_COVER}
30 特殊井盖 | Special-purpose manhole cover | 特殊井盖 军用井盖 专用井盖 单位井盖 井盖丢失 井盖破损 | {_COVER}
31 民用水井 | Private water well | 民用水井 水井 老水井 井口没盖 井口敞开 水井塌陷 | d=WATER p=2 t=1wd
32 供水器 | Public water tap | 供水器 公共水龙头 取水点 水龙头漏水 供水器损坏 取水栓 | d=WATER
33 高压线铁塔 | High-voltage pylon | 高压线铁塔 高压塔 电塔 输电线塔 铁塔倾斜 塔材被盗 攀爬电塔 | d=POWER p=2 t=1wd
34 变压器（箱） | Transformer (box) | 变压器 变压器箱 箱变 变电箱 变压器冒烟 变压器响 变压器漏油 | d=POWER p=2 t=4h s=ci
35 燃气调压站（箱） | Gas pressure regulator station | 调压箱 调压站 燃气调压柜 调压箱损坏 调压箱被撞 燃气柜 | d=GAS p=2 t=4h s=ci
36 监控电子眼 | Surveillance camera | 监控 摄像头 电子眼 天网 监控坏了 摄像头歪了 监控杆 | d=POLICE s=ci
37 售货亭 | Sales kiosk | 售货亭 小卖亭 商亭 售货亭废弃 售货亭占道 商亭破损
38 治安岗亭 | Police kiosk | 治安岗亭 警务亭 治安亭 岗亭破损 岗亭废弃 警亭 | d=POLICE
51 充电桩 | EV charging pile | 充电桩 汽车充电桩 充电桩坏了 充电枪 充电桩漏电 新能源充电 | d=POWER
52 电动自行车充电设施 | E-bike charging station | 电动车充电桩 充电柜 电单车充电 充电插座 扫码充电 充电站坏了 | d=COMMUNITY
53 智能快递柜 | Parcel locker | 快递柜 丰巢 智能柜 快递柜占道 快递柜损坏 取件柜
54 通信基站 | Telecom base station | 基站 信号塔 通信铁塔 5G基站 微基站 基站辐射 | d=TELECOM
55 燃气管道标志桩 | Gas pipeline marker post | 燃气标志桩 燃气警示桩 管道标志 燃气管线标志 标志桩缺失 地下燃气管 | d=GAS
56 路灯配电箱 | Street-light distribution box | 路灯配电箱 路灯电箱 灯光配电柜 配电箱门开 配电箱被撞 路灯控制箱 | p=2 t=1wd
57 直饮水机 | Drinking fountain | 直饮水 饮水机 公共饮水点 饮水台 直饮水机坏了 出水浑浊 | d=WATER
58 综合杆 | Multi-function smart pole | 综合杆 智慧灯杆 多杆合一 智慧杆 综合杆倾斜 杆件破损
59 公共广播音柱 | Public address speaker | 广播音柱 应急广播喇叭 公共广播 音柱 喇叭损坏 广播杆 | d=SAFETY s=ci
60 AED急救设备箱 | Public AED cabinet | AED箱 除颤仪柜 急救柜 AED设备 AED缺失 急救设备箱 | d=HEALTH s=ci
61 治安卡口 | Police checkpoint camera | 治安卡口 卡口 卡口相机 电子卡口 抓拍杆 卡口补光灯 | d=POLICE s=ci
62 通信杆 | Telecom pole | 通信杆 电信杆 光缆杆 通信杆倾斜 通信杆倒 废弃通信杆 | d=TELECOM
63 电缆分支箱 | Cable branch box | 电缆分支箱 分支箱 电缆箱 分接箱 分支箱破损 分支箱门开 | d=POWER p=2 t=1wd
64 公共WiFi热点 | Public Wi-Fi access point | 公共WiFi 免费WiFi 无线网 WiFi热点 WiFi连不上 WiFi设备 | d=TELECOM s=ci
""",
    ),
    (
        "02",
        "道路交通",
        "d=TRAFFIC p=3 t=2wd s=cv r=50 w=1440",
        """
01 停车场 | Car park | 停车场 停车场设施 停车场道闸 停车场破损 停车场照明 停车场标线
02 停车咪表 | Parking meter | 咪表 停车咪表 停车收费器 咪表坏了 咪表吞币 路边收费器
03 公交站亭 | Bus shelter | 公交站亭 公交车站 候车亭 站亭玻璃碎 站台顶棚 候车亭破损
04 出租车站牌 | Taxi stand sign | 出租车站牌 的士站 出租车候客点 的士站牌 站牌倒了 站牌破损
05 过街天桥 | Pedestrian overpass | 天桥 人行天桥 过街天桥 天桥破损 天桥台阶 天桥栏杆 天桥电梯 | d=URBAN
06 地下通道 | Pedestrian underpass | 地下通道 人行地道 地下过道 地下通道积水 地下通道灯坏 通道渗水 | d=URBAN
07 高架立交桥 | Flyover & interchange | 立交桥 高架桥 高架 桥墩 桥梁裂缝 桥面破损 匝道 | d=URBAN p=2 t=1wd
08 跨河桥 | River bridge | 跨河桥 河涌桥 小桥 桥栏杆断 过河桥 桥板松动 | d=URBAN p=2 t=1wd
09 交通标志牌 | Traffic sign | 交通标志 标志牌 指路牌 限速牌 禁停标志 标志牌歪了 标志被遮挡 | d=TRAFFIC_POLICE
10 交通信号灯 | Traffic signal | 红绿灯 信号灯 红绿灯坏了 红绿灯不亮 信号灯故障 黄灯闪 信号灯不亮 | d=TRAFFIC_POLICE p=2 t=4h s=civ
11 交通护栏 | Traffic guardrail | 护栏 交通护栏 隔离栏 中央隔离栏 护栏倒了 护栏被撞 栏杆断了 | d=TRAFFIC_POLICE
12 存车支架 | Bicycle rack | 存车支架 自行车架 单车停放架 车架损坏 停车架 车架锈蚀 | d=URBAN
13 路名牌 | Street name sign | 路名牌 路牌 街牌 路名错误 路牌倒了 路牌缺失 | d=CIVIL
14 交通信号设施 | Traffic signal equipment | 信号控制箱 信号机 信号灯杆 倒计时器 行人按钮 信号箱门开 | d=TRAFFIC_POLICE p=2 t=1wd
15 道路信息显示屏 | Road information display | 诱导屏 道路显示屏 交通诱导屏 路况屏 诱导屏不亮 信息屏乱码 | d=TRAFFIC_POLICE
16 道路隔音屏 | Road noise barrier | 隔音屏 隔音墙 声屏障 隔音板脱落 隔音屏破损 吸音板 | d=URBAN
17 交通岗亭 | Traffic police kiosk | 交通岗亭 交警岗亭 指挥台 交警亭 岗台破损 岗台废弃 | d=TRAFFIC_POLICE
51 减速带 | Speed bump | 减速带 减速垄 减速带松动 减速带缺损 螺丝外露 减速带响
52 防撞柱 | Bollard | 防撞柱 阻车桩 石墩 挡车柱 隔离桩 桩子倒了 路桩 | d=URBAN
53 盲道 | Tactile paving | 盲道 盲道砖 盲道破损 盲道中断 盲道不连续 导盲砖 | d=URBAN
54 交通隔离墩 | Traffic barrier block | 隔离墩 水马 防撞墩 隔离墩移位 水马倒了 塑料隔离 | d=TRAFFIC_POLICE
55 公交站牌 | Bus stop sign | 公交站牌 公交牌 站名牌 站牌信息错 电子站牌 站牌不亮
56 公共自行车租赁点 | Public bicycle dock | 公共自行车 租车点 锁车桩 自行车租赁 借车 还车失败
57 自行车停放点 | Bicycle parking area | 自行车停放点 单车停放区 停车白线框 非机动车停放区 停放点满了 电子围栏 | d=URBAN
58 导向牌 | Pedestrian wayfinding sign | 导向牌 指示牌 导视牌 旅游指示牌 步行导向 方向牌 | d=URBAN
59 安全岛 | Traffic island | 安全岛 交通岛 行人安全岛 导流岛 安全岛破损 岛头 | d=TRAFFIC_POLICE
60 防撞桶 | Crash cushion barrel | 防撞桶 消能桶 防撞桶破损 防撞桶移位 警示桶 分流桶 | d=TRAFFIC_POLICE
61 道路标线 | Road marking | 标线 斑马线 道路标线模糊 人行横道线 停车线 标线磨损 | d=TRAFFIC_POLICE
62 道路反光镜 | Convex traffic mirror | 反光镜 广角镜 转角镜 凸面镜 反光镜破损 弯道镜 | d=TRAFFIC_POLICE
63 地铁出入口 | Metro entrance | 地铁口 地铁出入口 地铁站口 出入口卷闸 地铁口积水 广佛线
64 人行道护栏 | Pavement railing | 人行道护栏 人行道栏杆 路边栏杆 步道护栏 栏杆松动 栏杆锈蚀 | d=URBAN
65 电子警察 | Traffic enforcement camera | 电子警察 闯红灯拍照 违章摄像头 测速摄像头 违停抓拍 电警杆 | d=TRAFFIC_POLICE s=ci
66 停车诱导屏 | Parking guidance sign | 停车诱导 车位显示屏 空车位屏 停车指引屏 诱导牌 剩余车位
67 路侧停车泊位 | On-street parking bay | 路边车位 停车泊位 路侧停车 划线车位 收费车位 泊位线
""",
    ),
    (
        "03",
        "市容环境",
        "d=SANITATION p=3 t=8wh s=cv r=50 w=1440",
        """
01 公共厕所 | Public toilet | 公厕 公共厕所 厕所脏 厕所没水 厕所堵 厕所臭 厕所关门 | t=4wh
02 化粪池 | Septic tank | 化粪池 化粪池满溢 粪水外溢 化粪池盖板 粪池 抽粪 | p=2 t=4wh
03 公厕指示牌 | Public toilet sign | 公厕指示牌 厕所指示牌 厕所方向牌 公厕标识 厕所牌子 指示牌错
04 垃圾间（楼） | Refuse room or building | 垃圾房 垃圾间 垃圾楼 垃圾屋 垃圾房门坏 垃圾房脏臭
05 垃圾箱 | Litter bin | 垃圾箱 垃圾桶 果皮箱 废物箱 垃圾桶坏了 垃圾桶缺失 垃圾桶倒了 | s=civ t=1wd
06 灯箱霓虹灯 | Light box & neon sign | 灯箱 霓虹灯 发光字 灯箱破损 霓虹灯不亮 灯箱漏电 | d=URBAN
07 广告牌匾 | Billboard & shop sign | 广告牌 牌匾 招牌 店招 广告牌破损 招牌松动 广告牌倾斜 | d=URBAN p=2 t=1wd
08 环保监测站 | Environmental monitoring station | 环保监测站 空气监测站 监测子站 空气质量微站 监测设备损坏 空气站 | d=ECOENV s=ci
09 气象监测站 | Weather station | 气象站 气象监测 自动气象站 雨量站 风速仪 气象设备 | d=SAFETY s=ci
10 污水口监测站 | Outfall monitoring station | 排污口监测 污水口监测 在线监测 水质监测站 监测房 排口监控 | d=ECOENV s=ci
11 噪声显示屏 | Noise display board | 噪声显示屏 分贝屏 噪音显示屏 噪声监测屏 分贝显示器 噪声屏不亮 | d=ECOENV s=ci
51 垃圾分类投放点 | Sorted-waste collection point | 垃圾分类 投放点 分类桶 定时定点 分类亭 投放亭 厨余垃圾桶 | s=civ
52 垃圾中转站 | Refuse transfer station | 垃圾中转站 垃圾站 压缩站 中转站臭 中转站污水 中转站噪音
53 环卫工具房 | Sanitation tool shed | 环卫工具房 环卫工具间 保洁工具房 环卫休息点 工具房破损 环卫驿站
54 移动厕所 | Mobile toilet | 移动厕所 临时厕所 流动厕所 移动公厕 移动厕所脏 厕所车
55 再生资源回收点 | Recycling point | 回收站 再生资源 废品回收点 旧衣回收箱 回收亭 衣物回收箱
56 大件垃圾暂存点 | Bulky waste holding point | 大件垃圾 旧家具堆放点 大件暂存 装修垃圾暂存点 建筑垃圾暂存 暂存点围蔽
57 户外电子显示屏 | Outdoor LED screen | LED屏 户外大屏 电子屏 户外显示屏 大屏闪烁 屏幕黑屏 | d=URBAN
58 垃圾压缩箱 | Refuse compactor box | 压缩箱 垃圾压缩箱 勾臂箱 压缩箱漏水 压缩箱满 移动压缩站
59 公益广告牌 | Public-service billboard | 公益广告牌 宣传牌 公益宣传 标语牌 公益牌破损 公益灯箱 | d=URBAN
60 餐厨垃圾收集点 | Kitchen-waste collection point | 餐厨垃圾桶 餐厨收集点 泔水桶 厨余收集 收集桶 餐厨桶满
""",
    ),
    (
        "04",
        "园林绿化",
        "d=GREENING p=3 t=2wd s=cv r=50 w=1440",
        """
01 古树名木 | Ancient & notable tree | 古树 古树名木 老榕树 古树枯萎 古树保护牌 百年老树 | p=2
02 行道树 | Street tree | 行道树 路边树 树枝挡路 树枝断 树歪了 修剪树枝 行道树倒 | p=2 t=1wd
03 护树设施 | Tree protection | 护树架 树支架 护树板 树围 支撑杆 护树设施损坏
04 花架花钵 | Flower stand & planter | 花钵 花架 花箱 花盆 花钵破损 花钵缺花 吊篮
05 绿地 | Green space | 绿地 草地 绿化带 草坪 黄土裸露 绿地缺株 草皮
06 雕塑 | Sculpture | 雕塑 城市雕塑 雕像 景观小品 雕塑破损 雕塑脏
07 街头坐椅 | Street bench | 座椅 街头座椅 长椅 坐凳 椅子坏了 椅子断了 石凳
08 绿地护栏 | Green-space fence | 绿地护栏 绿化护栏 草地栏杆 绿地围栏 护栏损坏 栅栏
09 绿地维护设施 | Green-space maintenance facility | 喷灌 浇灌设施 喷头 洒水器 绿地水管 喷灌漏水 绿化水龙头
10 喷泉 | Fountain | 喷泉 水景 音乐喷泉 喷泉坏了 喷泉水臭 景观水池
51 口袋公园 | Pocket park | 口袋公园 小游园 街头绿地 社区公园 街心公园 小公园
52 绿道 | Greenway | 绿道 碧道 骑行道 绿道步道 绿道破损 绿道驿站
53 儿童游乐设施 | Playground equipment | 滑梯 秋千 儿童游乐 游乐设施 滑滑梯 摇摇马 游乐设施坏了 | p=2 t=1wd
54 树池 | Tree pit | 树池 树穴 树池盖板 树池箅子 树池缺损 树池坑
55 公园园路 | Park path | 园路 公园小路 公园步道 园路破损 石板路 汀步
56 景观亭廊 | Park pavilion & corridor | 凉亭 亭子 长廊 廊架 亭廊 凉亭破损 亭子漏雨
57 园林井盖 | Landscaping manhole cover | 园林井盖 绿化井盖 阀门井 取水井 喷灌井盖 井盖丢失 | p=2 t=4h s=ci r=30
58 景观石 | Landscape rock | 景观石 刻字石 文化石 景石 石刻 景观石破损
59 花坛 | Flower bed | 花坛 花池 花坛破损 花坛缺花 花圃 花带
""",
    ),
    (
        "05",
        "房屋土地",
        "d=URBAN p=3 t=3wd s=c r=50 w=1440",
        """
01 宣传栏 | Notice board | 宣传栏 公告栏 宣传橱窗 宣传栏破损 宣传栏玻璃 公示栏
02 人防工事 | Civil air-defence works | 人防工程 人防工事 防空洞 防空洞积水 人防出入口 人防设施 | d=HOUSING
03 公房地下室 | Public-housing basement | 地下室 公房地下室 地下室积水 地下室住人 地下室渗水 半地下室 | d=HOUSING
51 门牌 | House number plate | 门牌 楼牌 门牌号 门牌缺失 门牌错误 地址牌 | d=POLICE
52 挡土墙 | Retaining wall | 挡土墙 挡墙 护坡 挡土墙开裂 挡墙鼓包 边坡 | d=HOUSING p=2 t=1wd
53 历史建筑 | Historic building | 历史建筑 骑楼 老房子 祠堂 镬耳屋 文物建筑 古建筑 | d=CULTURE
54 闲置地块 | Vacant plot | 空地 闲置地块 空闲地 荒地 地块围蔽 黄土地 | d=NATURAL_RESOURCES
55 文化墙 | Painted culture wall | 文化墙 墙绘 彩绘墙 宣传墙 墙画 文化长廊
56 围墙 | Boundary wall | 围墙 公共围墙 围墙破损 围墙倾斜 围墙裂缝 砖墙 | d=HOUSING p=2 t=1wd
""",
    ),
    (
        "06",
        "其他设施",
        "d=URBAN p=3 t=3wd s=c r=100 w=1440",
        """
01 重大危险源 | Major hazard installation | 重大危险源 危化品储罐 危险源 储罐 化工厂 液化气站 | d=SAFETY p=2 t=4h s=ci
02 工地 | Construction site | 工地 建筑工地 施工现场 在建工程 工地围挡 工地大门 | d=HOUSING s=cv
03 水域附属设施 | Waterway ancillary facility | 河涌设施 亲水平台 河边台阶 河道设施 埠头 码头台阶 | d=WATERAFFAIRS
04 水域护栏 | Waterside railing | 河边护栏 水边栏杆 河涌护栏 护栏缺失 临水护栏 堤岸栏杆 | d=WATERAFFAIRS p=2 t=1wd
05 港监设施 | Harbour supervision facility | 航标 港监设施 航道标志 浮标 灯浮 航道 | d=TRAFFIC
06 防汛墙 | Flood wall | 防汛墙 防洪墙 堤围 防洪堤 堤坝 河堤裂缝 | d=WATERAFFAIRS p=2 t=1wd
51 港口码头 | Port & wharf | 码头 港口 渡口 货运码头 趸船 码头破损 | d=TRAFFIC
52 排涝泵站 | Drainage pumping station | 泵站 排涝站 抽水站 排涝泵站 泵站故障 水泵 | d=DRAINAGE p=2 t=4h s=ci
53 水闸 | Sluice gate | 水闸 闸门 节制闸 水闸漏水 闸门关不上 闸口 | d=WATERAFFAIRS p=2 t=4h s=ci
54 河涌堤岸 | Canal embankment | 河涌 堤岸 河岸 驳岸 堤岸坍塌 岸坡 | d=WATERAFFAIRS p=2 t=1wd
55 加油加气站 | Fuel & gas station | 加油站 加气站 油站 LNG加气站 加油站漏油 加油站安全 | d=SAFETY
56 电梯 | Lift | 电梯 升降梯 扶梯 电梯故障 电梯停运 电梯异响 | d=MARKET p=2 t=4h s=ci
57 积水监测点 | Flood sensor point | 积水监测 水浸传感器 积水点 水位尺 积水预警 水浸监测 | d=DRAINAGE s=ci
58 水位监测站 | Water-level station | 水位站 水位监测 河涌水位 水位计 水文站 水位标尺 | d=WATERAFFAIRS s=ci
59 微型消防站 | Micro fire station | 微型消防站 社区消防站 消防器材柜 消防点 消防柜 消防器材缺失 | d=FIRE p=2
60 排水出水口 | Drain outfall | 出水口 排水口 排口 出水口堵 排水口破损 拍门 | d=DRAINAGE s=ci
61 截污闸井 | Interceptor sluice well | 截污井 截污闸 截流井 截污闸门 截流设施 溢流井 | d=DRAINAGE s=ci
62 污水提升泵站 | Sewage lift station | 污水泵站 提升泵站 污水提升 一体化泵站 泵站异味 泵站溢流 | d=DRAINAGE p=2 t=4h s=ci
63 排洪渠 | Flood channel | 排洪渠 排洪沟 泄洪渠 排洪渠堵 渠道垮塌 排洪 | d=WATERAFFAIRS p=2 t=1wd
64 地铁风亭 | Metro ventilation kiosk | 风亭 地铁风亭 排风亭 风亭噪音 风亭异味 冷却塔 | d=TRAFFIC
65 排涝箱涵 | Drainage box culvert | 箱涵 涵洞 排水涵 涵洞堵塞 涵管 过路涵 | d=DRAINAGE p=2 t=1wd
""",
    ),
)
