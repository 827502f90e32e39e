"""生态环境: noise by source, air, water, solid waste, ecology and environmental management.

Noise is split by source because the responsible body differs by law
(entertainment venues, industry, renovation, vehicles, neighbours); the
other pollution types are split by medium for the same reason.  IoT monitor
alarms are separate matter types: they come without a description and must
not be merged with citizens' complaints about the same smell.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "ENVIRONMENT"
PREFIX = "HJ"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "噪声污染",
        "d=ECOENV p=3 t=4h s=c r=100 w=240",
        """
噪声扰民（娱乐场所） | Noise from entertainment venue | KTV噪音 酒吧吵 歌厅 夜场噪音 音乐太大声 娱乐场所噪音
噪声扰民（餐饮场所） | Noise from restaurant | 饭店吵 排风扇噪音 餐馆噪音 宵夜档吵 大排档吵 抽风机响
噪声扰民（工业企业） | Industrial noise | 工厂噪音 机器声 车间噪音 工厂吵 冲压声 风机噪音 | t=1wd
噪声扰民（广场舞） | Square-dance noise | 广场舞 跳舞音乐 音箱太大 广场音乐 晨练音乐 大妈跳舞 | d=URBAN
噪声扰民（装修） | Renovation noise | 装修噪音 电钻 砸墙声 装修吵 周末装修 中午装修 | d=COMMUNITY
噪声扰民（机动车炸街） | Modified-vehicle street racing noise | 炸街 改装车 飙车 摩托车轰油门 改装排气 跑车噪音 | d=TRAFFIC_POLICE s=civ r=1000
噪声扰民（夜间喧哗） | Night-time loud gathering | 夜间喧哗 半夜吵闹 大声喧哗 喝酒吵 打麻将声 唱歌扰民 | d=POLICE t=1h
噪声扰民（宠物） | Pet noise | 狗叫 狗吠 宠物吵 猫叫 狗半夜叫 鹦鹉叫 | d=COMMUNITY t=3wd w=1440
噪声扰民（设备设施） | Noise from building equipment | 空调外机噪音 水泵声 变压器嗡嗡 电梯机房噪音 冷却塔噪音 风机声
噪声扰民（交通运输） | Traffic noise | 交通噪音 大货车噪音 高架噪音 鸣笛 车流噪音 轨道噪音 | t=5wd w=10080
噪声扰民（学校广播） | Noise from school broadcasts | 学校广播 早操音乐 学校喇叭 学校噪音 运动会广播 铃声太大 | d=EDUCATION t=3wd w=1440
噪声扰民（市场卸货） | Noise from market loading | 凌晨卸货 菜市场卸货 搬运噪音 卸货吵 批发市场噪音 货车卸货 | t=1wd w=1440
噪声扰民（物流仓储夜间作业） | Night-time logistics noise | 物流园噪音 夜间装卸 叉车噪音 仓库夜间 货车倒车声 分拣噪音 | t=1wd w=1440
噪声监测超标预警 | Noise monitor threshold exceeded | 噪声超标 分贝超标 噪声监测 自动监测 噪声预警 声级 | s=i w=60
""",
    ),
    (
        "02",
        "大气污染",
        "d=ECOENV p=3 t=1wd s=cv r=300 w=720",
        """
工业废气排放 | Industrial exhaust emissions | 工厂废气 排废气 烟囱冒烟 化工味 废气扰民 废气直排 | s=civ
污水处理设施臭气 | Odour from sewage treatment | 污水厂臭 污水处理厂 污水站臭 臭气熏天 污水泵站臭 化粪味
垃圾处理设施臭气 | Odour from waste facility | 垃圾站臭 垃圾场臭 中转站臭气 垃圾臭味扰民 压缩站臭 渗滤液臭
养殖场臭气 | Odour from livestock farm | 养殖臭味 猪场臭 鸡场臭 粪臭 养殖场异味 牛粪味
有机废气（VOCs）排放 | VOC emissions | VOCs 有机废气 油墨味 涂装 溶剂味 天那水味 | s=civ
露天喷涂作业 | Open-air spray painting | 露天喷漆 路边喷漆 汽修喷漆 喷漆味 户外喷涂 喷漆污染
锅炉窑炉冒黑烟 | Black smoke from boiler or kiln | 锅炉冒黑烟 窑炉黑烟 烧煤 烧木头 锅炉烟囱 生物质锅炉
机动车尾气冒黑烟 | Vehicle black exhaust | 尾气 冒黑烟的车 柴油车 尾气超标 黑烟车 排气管冒烟 | s=cv
非道路移动机械冒黑烟 | Construction machinery black smoke | 挖掘机冒黑烟 铲车冒烟 工程机械 非道路机械 压路机 机械尾气 | s=cv
露天堆场扬尘 | Dust from open stockpiles | 堆场 砂石场 料场 露天堆放 堆场扬尘 沙堆没盖
混凝土搅拌站扬尘 | Dust from a concrete plant | 混凝土搅拌站 搅拌站 水泥灰 搅拌车 砼站 水泥粉尘
拆迁工地扬尘 | Dust from demolition | 拆迁扬尘 拆楼灰尘 拆除扬尘 拆房子灰 拆迁工地 拆除作业灰
码头装卸扬尘 | Dust from wharf loading | 码头扬尘 装卸扬尘 散货码头 砂石码头 码头灰尘 装船扬尘
道路扬尘 | Road dust | 道路扬尘 车过灰大 路面扬尘 尘土飞扬 扫地扬灰 灰尘满路 | d=SANITATION
沥青烟污染 | Asphalt fumes | 沥青 铺路烟 沥青味 柏油 沥青搅拌 熬沥青
露天焚烧电缆 | Burning cables for copper | 烧电线 烧电缆 烧线皮 焚烧电子垃圾 烧铜线 黑烟刺鼻 | p=2 t=2h w=240
干洗店异味 | Dry-cleaner solvent odour | 干洗店 干洗味 四氯乙烯 洗衣店异味 干洗 洗衣房
空气质量监测超标 | Air monitor threshold exceeded | PM2.5 空气质量 AQI 监测超标 雾霾 臭氧 | s=i w=60
""",
    ),
    (
        "03",
        "水污染",
        "d=ECOENV p=2 t=1wd s=cv r=500 w=1440",
        """
工业废水偷排 | Illegal discharge of industrial wastewater | 偷排 废水 工业污水 排污 暗管 废水直排 | s=civ
生活污水直排河涌 | Sewage discharged into canal | 污水直排 生活污水 排进河涌 污水管接错 排水口冒污水 污水入河 | d=DRAINAGE
河涌黑臭 | Black and smelly canal | 黑臭水体 河涌发黑 河水发臭 水发黑 河涌臭 死水 | d=WATERAFFAIRS
河涌死鱼 | Dead fish in canal | 死鱼 翻塘 鱼死了 河面死鱼 大量死鱼 浮鱼 | p=1 t=2h
水体颜色异常 | Discoloured water | 河水变色 水变红 水变白 水面油膜 河水颜色 水面泡沫
餐饮废水乱排 | Restaurant wastewater dumped | 泔水倒下水道 餐厨废水 油污水 倒地沟 厨房废水 餐馆排污 | d=URBAN
洗车场废水直排 | Car-wash wastewater discharged | 洗车场污水 洗车废水 泡沫水 洗车店排水 洗车水 洗车污泥
工地泥浆水偷排 | Construction slurry discharged | 泥浆水 工地泥浆 泥浆偷排 钻孔泥浆 排泥浆 泥水入河 | d=HOUSING
养殖废水直排 | Livestock wastewater discharged | 养殖场 猪场污水 养殖污水 粪水 养鸭场 畜禽粪污
排污口异常 | Abnormal outfall | 排污口 排口颜色 排口异味 新增排口 偷排口 排口冒水 | s=civ
饮用水源保护区违规 | Violation in drinking-water protection zone | 水源保护区 水源地 取水口 饮用水源 一级保护区 水源污染 | p=1 t=4h
水质在线监测超标 | Water quality monitor alarm | 水质超标 在线监测 COD 氨氮 水质异常 水质报警 | s=i w=60
""",
    ),
    (
        "04",
        "固体废物与土壤",
        "d=ECOENV p=2 t=1wd s=cv r=300 w=1440",
        """
危险废物非法处置 | Illegal hazardous waste disposal | 危废 危险废物 废机油 废酸 废电池倾倒 危废倾倒
危险废物贮存不规范 | Improper hazardous waste storage | 危废仓 危废贮存 危废标识 危废台账 废桶堆放 危废间 | p=3 t=3wd s=c
医疗废物流失 | Medical waste leakage | 医疗废物 针头 输液瓶 医废 带血纱布 诊所垃圾 | d=HEALTH p=1 t=2h
工业固废倾倒 | Industrial solid waste dumping | 工业垃圾 固废倾倒 废渣 边角料 工业固废 废料倾倒
污泥偷倒 | Sludge dumping | 污泥 淤泥倾倒 偷倒污泥 污泥运输 臭泥 清淤泥
废旧电池回收乱象 | Improper battery recycling | 废电池 铅酸电池 电瓶回收 电池拆解 锂电池回收 电池堆放
电子废物拆解 | E-waste dismantling | 电子垃圾 拆解 拆电路板 旧家电拆 电子废物 拆电视
废旧轮胎堆放 | Scrap tyre piles | 旧轮胎 废轮胎 轮胎堆 轮胎燃烧 轮胎回收 轮胎积水 | p=3 t=3wd
土壤污染线索 | Soil contamination lead | 土壤污染 污染地块 重金属 土壤发黑 地下埋废 废液渗漏 | p=3 t=10wd w=10080
""",
    ),
    (
        "05",
        "生态与辐射",
        "d=ECOENV p=3 t=3wd s=c r=300 w=10080",
        """
电磁辐射投诉 | Electromagnetic radiation complaint | 电磁辐射 基站辐射 高压线辐射 信号塔辐射 辐射超标 辐射担心
放射源安全隐患 | Radioactive source hazard | 放射源 探伤 辐射源 X光机 射线 放射性 | p=2 t=1wd
光污染 | Light pollution | 光污染 灯太亮 玻璃幕墙反光 强光 射灯扰民 广告屏刺眼
非法捕猎野生动物 | Illegal wildlife hunting | 捕鸟 鸟网 捕蛇 猎杀 粘鸟网 打鸟 | d=NATURAL_RESOURCES p=2 t=1wd
非法买卖野生动物 | Illegal wildlife trade | 卖野味 野生动物交易 穿山甲 野味 卖蛇 卖野鸟 | d=MARKET p=2 t=1wd
外来入侵物种 | Invasive species | 福寿螺 水葫芦 薇甘菊 入侵物种 巴西龟 鳄雀鳝
非法电鱼 | Electrofishing | 电鱼 毒鱼 炸鱼 电鱼机 非法捕捞 电打鱼 | d=WATERAFFAIRS p=2 t=2h r=500 w=240
随意放生 | Irresponsible animal release | 放生 乱放生 放生鱼 放生龟 放生蛇 放生活动 | p=4 t=5wd
禁养区违规养殖 | Livestock farming in a no-farming zone | 禁养区 养猪场 养鸡场 畜禽养殖 养殖污染 违规养殖
""",
    ),
    (
        "06",
        "环境管理",
        "d=ECOENV p=3 t=5wd s=c r=300 w=10080",
        """
未批先建（环评） | Project built without EIA | 环评 未批先建 环保手续 环评审批 无环评 三同时 | p=4 t=10wd
排污许可违规 | Discharge permit violation | 排污许可 排污证 无证排污 超许可排放 排污登记 许可证
环保设施停运 | Pollution control equipment switched off | 环保设施 治污设施 废气处理 停用设备 活性炭 设备不开 | p=2 t=1wd
在线监测数据造假 | Falsified monitoring data | 数据造假 监测造假 篡改数据 干扰监测 假数据 监测设备做手脚 | p=2
突发环境事件 | Environmental emergency | 污染事故 环境事件 大面积污染 泄漏入河 水污染事故 污染扩散 | p=1 t=1h s=civ r=1000 w=240
""",
    ),
)
