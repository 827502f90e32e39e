"""应急管理: natural hazards, accidents and rescues, flood-and-typhoon risks, emergency support, IoT alarms.

三防 (flood, drought, typhoon) risk points are split by site type because the
pre-typhoon checklist is organised that way (basements, work sheds, outdoor
signs ...).  Sensor alarms from the city-lifeline network have their own
matter types so dispatch can route them without a text classifier.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "EMERGENCY"
PREFIX = "YJ"
KIND = "governance"

VARIANTS = {
    "SITE": (
        ("地下空间", "underground space", "地下车库 地下室 挡水板"),
        ("低洼易涝点", "low-lying spot", "低洼 易涝 水浸黑点"),
        ("在建工地", "construction site", "工地 塔吊 围挡"),
        ("危房及老旧房屋", "dangerous old houses", "危房 旧屋 瓦房"),
        ("工棚及临时建筑", "work sheds & temporary buildings", "工棚 板房 临时建筑"),
        ("户外广告招牌", "outdoor signs", "广告牌 招牌 灯箱"),
        ("边坡挡墙", "slopes & retaining walls", "边坡 挡墙 护坡"),
        ("城中村", "urban village", "城中村 握手楼 村巷"),
        ("河涌堤围沿线", "canal embankments", "堤围 河涌边 临水"),
    ),
}

CATEGORIES = (
    (
        "01",
        "自然灾害",
        "d=SAFETY p=1 t=1h s=civ r=1000 w=720",
        """
台风受损 | Typhoon damage | 台风 刮大风 吹倒 台风天 风吹坏 吹落
暴雨内涝险情 | Rainstorm flooding danger | 暴雨内涝 房屋进水 水漫进屋 雨太大 内涝险情 水淹房子 | d=DRAINAGE
雷击 | Lightning strike | 雷击 打雷 雷劈 被雷打 闪电击中 雷电
山体滑坡 | Landslide | 滑坡 山体滑坡 塌方 泥石流 边坡垮塌 土坡塌 | d=NATURAL_RESOURCES
地面沉降开裂 | Ground subsidence | 地面沉降 地裂缝 地面开裂 房屋下沉 沉降 地基下沉 | d=NATURAL_RESOURCES p=2 t=4h
高温中暑 | Heatstroke | 中暑 热射病 热晕 暑热 晒晕 高温晕倒 | d=HEALTH r=300 w=240
冰雹大风 | Hail or gale | 冰雹 大风 龙卷风 强对流 狂风 飑线
地震 | Earthquake | 地震 震感 摇晃 地震了 余震 楼在晃 | r=5000
户外设施台风险情 | Outdoor structure at risk in a storm | 招牌要掉 广告牌摇晃 棚架要倒 台风加固 铁皮被吹 彩钢瓦 | d=URBAN r=200 w=240
三防隐患（{}） | Flood/typhoon risk point ({}) | 三防 防汛 防台 隐患点 汛期 | x=SITE p=2 t=4h s=cv r=300 w=1440
""",
    ),
    (
        "02",
        "事故与救援",
        "d=SAFETY p=1 t=30m s=cv r=500 w=240",
        """
燃气泄漏 | Gas leak | 燃气泄漏 煤气泄漏 漏气 闻到煤气 天然气味 臭鸡蛋味 | d=GAS t=1h s=ci r=200 w=120
燃气爆炸 | Gas explosion | 燃气爆炸 煤气爆炸 厨房爆炸 气罐爆炸 煤气罐炸 燃气爆燃 | d=GAS r=1000
一氧化碳中毒 | Carbon monoxide poisoning | 一氧化碳 煤气中毒 热水器中毒 洗澡晕倒 烧炭 头晕呕吐 | d=HEALTH s=ci
电梯困人 | People trapped in a lift | 电梯困人 困电梯 电梯关人 电梯卡住 被困电梯 电梯停了有人 | d=MARKET s=ci r=50 w=120
人员落水 | Person fallen into water | 落水 掉河里 有人落水 溺水 跳河 水里有人 | d=FIRE r=300
扬言跳楼 | Person threatening to jump | 跳楼 要跳楼 站天台 轻生 楼顶有人 想不开 | d=POLICE r=200
建筑物倒塌 | Building collapse | 房屋倒塌 楼塌了 墙倒塌 危房倒塌 屋顶塌 坍塌压人 | d=HOUSING
交通事故（伤人） | Road accident with injuries | 车祸 撞人 交通事故 有人受伤 翻车 撞伤 | d=TRAFFIC_POLICE r=200
交通事故（财损） | Minor road accident | 刮蹭 追尾 小事故 擦碰 碰车 轻微事故 | d=TRAFFIC_POLICE p=2 t=1h r=100 w=120
危化品运输事故 | Hazmat transport accident | 槽罐车翻 危化品车事故 罐车泄漏 油罐车侧翻 化学品车 危险品事故 | r=1000
人员被困待救援 | Person trapped awaiting rescue | 被困 困住 出不来 锁在里面 卡住 救命 | d=FIRE
动物伤人 | Animal attack | 狗咬人 被狗咬 蛇咬 毒蛇 马蜂蜇 动物伤人 | d=HEALTH p=2 t=1h r=300
马蜂窝 | Wasp nest | 马蜂窝 蜂窝 黄蜂 胡蜂 蜜蜂窝 蜂巢 | d=FIRE p=2 t=4h r=100 w=1440
蛇类入户 | Snake in a home | 蛇进屋 家里有蛇 蛇入户 抓蛇 水蛇 蛇爬进来 | d=FIRE p=2 t=1h r=100
人员密集场所踩踏风险 | Crowd crush risk | 踩踏 人太多 拥挤 人流密集 挤不动 人潮 | s=cv r=300 w=120
挖断地下管线 | Buried utility cut by works | 挖断电缆 挖断水管 挖断光缆 施工挖断 管线破坏 外力破坏 | p=2 t=1h r=200
重要用户停电 | Outage at a critical facility | 医院停电 养老院停电 重要用户 保电 应急电源 发电车 | d=POWER r=200
地铁站进水 | Metro station flooding | 地铁站进水 地铁站水浸 地铁停运 防淹门 地铁站积水 站厅进水 | d=TRAFFIC r=500
避险转移 | Evacuation needed | 转移 撤离 避险 疏散 危险区域人员 转移群众 | r=1000 w=720
""",
    ),
    (
        "03",
        "应急保障",
        "d=SAFETY p=3 t=5wd s=c r=500 w=10080",
        """
应急避难场所设施损坏 | Emergency shelter facility damaged | 避难场所 应急避难 避难所 应急指示 避难场地 应急标识
应急物资储备不足 | Emergency supplies shortfall | 应急物资 物资储备 救生衣 抢险物资 储备点 应急仓库
应急安置点生活保障 | Living conditions at an emergency shelter | 安置点 临时安置 安置生活 物资发放 安置群众 安置点吃饭 | d=CIVIL p=2 t=4h w=1440
预警信息未接收 | Warning not received | 预警短信 没收到预警 预警信息 预警推送 台风预警 暴雨预警 | p=4 t=10wd
应急广播故障 | Emergency broadcast fault | 应急广播 大喇叭 村广播 广播不响 预警喇叭 广播设备 | s=ci
危险区域警示缺失 | Missing warning at a dangerous spot | 警示牌 危险水域 深水区 警示标志 禁止游泳牌 危险区域 | d=WATERAFFAIRS t=3wd
恶劣天气户外作业 | Outdoor work in severe weather | 台风天工作 暴雨作业 恶劣天气 户外作业 停工 雷雨作业 | p=2 t=2h s=cv w=720
应急演练需求 | Emergency drill request | 应急演练 疏散演练 防灾演练 防震演练 应急培训 演练 | p=4 t=10wd
""",
    ),
    (
        "04",
        "城市生命线监测",
        "d=SAFETY p=1 t=30m s=i r=300 w=60",
        """
可燃气体浓度报警 | Combustible gas detector alarm | 可燃气体 燃气报警器 气体探测 浓度超标 燃气浓度 探测器报警 | d=GAS
燃气管网压力异常 | Gas network pressure anomaly | 燃气管网 管网压力 压力异常 燃气压力 调压异常 管网监测 | d=GAS p=2 t=1h
供水管网压力异常 | Water network pressure anomaly | 供水管网 水压骤降 管网监测 爆管预警 水压异常 漏损监测 | d=WATER p=2 t=1h
排水管网液位超限 | Sewer level alarm | 排水液位 管网液位 满管 溢流预警 液位超限 排水监测 | d=DRAINAGE p=2 t=1h
桥梁结构监测报警 | Bridge structural monitor alarm | 桥梁监测 桥梁位移 挠度 桥梁振动 结构监测 桥梁倾斜 | d=URBAN p=2 t=2h
边坡位移监测报警 | Slope displacement alarm | 边坡监测 位移 裂缝计 滑坡预警 监测报警 测斜 | d=NATURAL_RESOURCES p=2 t=2h
房屋倾斜监测报警 | Building tilt alarm | 房屋倾斜 倾角传感器 危房监测 楼房倾斜 倾斜报警 沉降监测 | d=HOUSING p=2 t=2h
消防水压监测报警 | Fire water pressure alarm | 消防水压 管网压力低 压力传感器 消防管网 水压报警 消防供水 | d=FIRE p=2 t=2h
有毒气体监测报警 | Toxic gas alarm | 有毒气体 硫化氢 氨气 氯气 毒气报警 气体泄漏报警
高支模监测报警 | Formwork monitoring alarm | 高支模监测 模板沉降 沉降报警 立杆轴力 支撑监测 模架报警 | d=HOUSING
塔吊监测报警 | Tower crane monitor alarm | 塔吊监测 力矩超限 塔吊防碰撞 塔吊报警 风速超限 吊重超载 | d=HOUSING
""",
    ),
)
