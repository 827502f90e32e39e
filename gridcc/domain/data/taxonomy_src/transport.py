"""交通运输: traffic violations reported by citizens and cameras, traffic order, public transport, waterways.

Violation types follow the traffic police's "随手拍" reporting categories:
each maps to a distinct offence code, so a report can be forwarded as a
case rather than as free text.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "TRANSPORT"
PREFIX = "JT"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "交通违法举报",
        "d=TRAFFIC_POLICE p=3 t=3wd s=cv r=200 w=1440",
        """
机动车闯红灯 | Car running a red light | 闯红灯 闯灯 冲红灯 不看红绿灯 抢黄灯 汽车闯红灯
机动车不礼让行人 | Car not yielding to pedestrians | 不礼让行人 斑马线不让 不让行人 礼让行人 抢行 行人过马路
逆向行驶 | Wrong-way driving | 逆行 逆向行驶 反方向开 逆行开车 单行道逆行 逆向
违法变道压实线 | Illegal lane change over solid line | 压实线 违法变道 实线变道 加塞 强行插队 随意变道
违法掉头 | Illegal U-turn | 违法掉头 乱掉头 禁止掉头 实线掉头 路口掉头 调头
占用公交专用道 | Driving in bus lane | 公交专用道 公交车道 占用公交道 公交道停车 社会车辆 专用道
占用应急车道 | Driving in emergency lane | 应急车道 占用应急 走应急道 快速路应急道 应急车道行驶 救护车通道
驾车使用手机 | Phone use while driving | 开车玩手机 开车打电话 边开车边看手机 驾驶看手机 手持电话 司机玩手机
不系安全带 | Seat belt not worn | 安全带 不系安全带 没系安全带 副驾驶安全带 后排安全带 系安全带
违法鸣笛 | Illegal horn use | 乱鸣笛 按喇叭 禁鸣 鸣喇叭 长鸣 喇叭扰民
遮挡污损号牌 | Obscured number plate | 遮挡车牌 号牌污损 车牌遮挡 挡车牌 无号牌 故意遮牌
货车违法载人 | Goods vehicle carrying passengers | 货车载人 车厢载人 货车拉人 农用车载人 三轮车载人 货箱坐人
摩托车未戴头盔 | Motorcyclist without helmet | 摩托车头盔 不戴头盔 没戴头盔 一盔一带 摩托车违法 骑摩托
电动车违规载人 | E-bike carrying passengers illegally | 电动车载人 电动车载两人 带人 载小孩 电瓶车载人 超员
电动车闯红灯 | E-bike running a red light | 电动车闯红灯 电瓶车闯灯 外卖闯红灯 骑车闯红灯 电单车闯灯 非机动车闯灯
电动车逆行 | E-bike riding the wrong way | 电动车逆行 电瓶车逆行 逆行骑车 外卖逆行 单车逆行 非机动车逆行
大货车右转不停车 | Lorry not stopping before turning right | 右转必停 大货车右转 右转不停 右转盲区 货车右转 泥头车右转
机动车占用非机动车道 | Car driving in a cycle lane | 汽车走非机动车道 机动车占道 占用自行车道 汽车开进慢车道 非机动车道行车 慢车道
非机动车驶入机动车道 | Bike riding in a motor lane | 电动车走机动车道 单车走快车道 非机动车上快车道 电动车上高架 骑车走机动车道 电单车走大路
违规使用远光灯 | Misuse of high beams | 远光灯 开远光 大灯刺眼 远光狗 会车远光 灯光晃眼
""",
    ),
    (
        "02",
        "交通秩序",
        "d=TRAFFIC_POLICE p=3 t=2h s=cv r=200 w=240",
        """
酒驾线索 | Drink-driving lead | 酒驾 醉驾 喝酒开车 酒后驾车 醉酒开车 司机喝酒 | p=1 t=30m
路口交通拥堵 | Junction congestion | 堵车 塞车 拥堵 交通瘫痪 路口堵 堵死了 | p=2 t=1h s=civ r=500 w=120
学校周边交通拥堵 | Congestion near a school | 学校门口堵 接送车辆 放学堵车 校门口停车 接孩子 上学高峰 | t=1wd w=1440
超载超限货车 | Overloaded trucks | 超载 超限 货车超载 大货车 压坏路 超重 | t=1wd
货车违规进城 | Trucks in a restricted zone | 货车禁行 大货车进城 货车限行 泥头车禁行 货车闯禁 限行时段 | t=1wd
违规改装车辆 | Illegally modified vehicle | 非法改装 加装 改装灯 改装车身 加高栏板 改装货车 | t=3wd w=1440
老年代步车违规上路 | Low-speed elderly vehicles on the road | 老年代步车 老头乐 四轮电动车 代步车 低速电动车 无牌四轮 | t=3wd w=1440
外卖快递骑手违规 | Delivery riders breaking traffic rules | 外卖骑手 快递车 骑手超速 外卖车 快递三轮 骑手乱窜 | t=3wd w=1440
非机动车道被占 | Cycle lane obstructed | 非机动车道 自行车道 被占 非机动车道停车 骑行道 自行车道占用 | t=1wd
施工路段交通组织不当 | Poor traffic management at roadworks | 施工绕行 施工路段 改道 施工堵车 临时交通 施工指示 | t=1wd
故障车辆占道 | Broken-down vehicle blocking the road | 车坏路上 抛锚 故障车 车辆故障 拖车 爆胎 | p=2 t=1h r=300 w=120
施工占道无警示 | Roadworks without warning signs | 没警示 施工无标志 夜间无灯 锥桶 施工警示 反光标志 | p=2 t=4h
电子警察抓拍异议 | Dispute over a camera ticket | 抓拍 违章 罚单 误拍 违章处理 电子警察 | p=4 t=10wd s=c w=10080
车驾管业务咨询 | Vehicle and licence services | 驾驶证 行驶证 年审 换证 车管所 上牌 | p=4 t=10wd s=c w=10080
电动车上牌登记 | E-bike registration | 电动车上牌 电动车牌照 电动车登记 电动车备案 电动车车牌 过渡期 | p=4 t=10wd s=c w=10080
""",
    ),
    (
        "03",
        "道路交通设施需求",
        "d=TRAFFIC_POLICE p=4 t=10wd s=c r=200 w=10080",
        """
交通事故多发点 | Accident black spot | 事故多发 危险路口 视线盲区 急弯 安全隐患路段 事故黑点 | p=2 t=5wd
交通设施设置不合理 | Poorly designed traffic layout | 路口设计 车道设置 标线不合理 斑马线位置 交通组织 掉头口
增设信号灯斑马线 | Request for new signal or crossing | 增设红绿灯 加装红绿灯 需要红绿灯 增设斑马线 过马路危险 行人过街
增设减速设施 | Request for traffic calming | 增设减速带 车速太快 限速 减速设施 加减速带 路口减速
信号灯配时不合理 | Poor signal timing | 红灯太长 绿灯太短 配时 信号灯时间 等灯久 绿灯时间 | p=3 t=5wd
限速设置不合理 | Unreasonable speed limit | 限速不合理 限速太低 限速牌 测速 超速抓拍 限速值
停车位不足 | Parking shortage | 停车难 没车位 停车位不足 增设车位 路边停车位 停车场少 | d=TRAFFIC
""",
    ),
    (
        "04",
        "公共交通与运输",
        "d=TRAFFIC p=3 t=5wd s=c r=300 w=10080",
        """
公交线路调整需求 | Bus route request | 公交线路 增加公交 调整线路 公交班次 开通公交 公交太少 | p=4 t=10wd
候车亭需求 | Bus shelter request | 增设候车亭 候车没遮挡 站台无顶棚 候车亭需求 晒太阳候车 等车淋雨 | p=4 t=10wd
公交站点设置不合理 | Poorly located bus stop | 公交站位置 站台太远 站点设置 候车不便 站台太窄 增设站点 | p=4 t=10wd
公交车服务问题 | Bus service complaint | 公交车 司机态度 公交不停站 公交迟到 公交车绕路 公交脱班
公交车危险驾驶 | Dangerous bus driving | 公交开快 急刹 公交抢道 公交司机玩手机 公交车闯灯 公交急转 | p=2 t=1wd w=1440
地铁运营服务 | Metro service complaint | 地铁 地铁站 地铁延误 地铁拥挤 地铁服务 地铁故障
出租车拒载绕路 | Taxi refusal or detour | 出租车拒载 的士拒载 绕路 不打表 的士宰客 出租车议价
网约车违规 | Ride-hailing violations | 网约车 滴滴 网约车司机 网约车无证 顺风车 网约车绕路
非法营运客车 | Illegal passenger coach | 黑巴 非法客运 长途黑车 站外揽客 大巴拉客 非法客车 | t=1wd w=1440
客运站周边秩序 | Disorder around coach station | 客运站 汽车站 车站周边 站前广场 汽车总站 车站拉客 | s=cv t=1wd w=1440
校车安全隐患 | School bus safety | 校车 接送车 校车超载 学生接送 非法校车 黑校车 | p=2 t=1wd
公交卡乘车码问题 | Transit card or QR-code issue | 公交卡 乘车码 岭南通 刷卡扣费 老人卡 佛山通 | p=4 t=10wd
驾校培训问题 | Driving school complaint | 驾校 学车 教练 驾校收费 练车 考驾照
机动车维修纠纷 | Car repair dispute | 汽修 修车 维修质量 维修收费 汽修厂 配件
占道修车 | Car repairs on the street | 占道修车 路边修车 汽修占道 路边补胎 修车占道 维修摆车 | d=URBAN t=1wd s=cv r=50 w=1440
共享电单车投放过量 | Oversupply of shared e-bikes | 共享电单车 投放过量 电单车堆积 乱投放 单车泛滥 运营企业 | d=URBAN t=3wd
运输企业安全管理 | Transport company safety lapses | 运输企业 客运企业 货运企业 驾驶员培训 动态监控 疲劳驾驶
货运车辆违规停放 | Goods vehicles parked illegally | 物流车 货车乱停 卸货占道 货车过夜 挂车停放 大车占道 | d=TRAFFIC_POLICE t=1wd s=cv r=200 w=1440
""",
    ),
    (
        "05",
        "港航",
        "d=TRAFFIC p=3 t=3wd s=c r=500 w=10080",
        """
船舶违规停泊 | Vessels moored illegally | 船只乱停 船舶停泊 靠泊 河涌停船 三无船舶 船只占河道
渡口安全隐患 | Ferry safety risk | 渡口 渡船 渡船超载 救生衣 摆渡 渡船安全 | p=2 t=1wd
船舶污染水域 | Vessel polluting the water | 船舶排污 船舶垃圾 船舶漏油 船舶废水 船只排污 船上倒垃圾 | p=2 t=1wd
码头装卸作业隐患 | Wharf loading hazard | 码头装卸 吊机 散货码头 装卸作业 码头作业 堆场作业
""",
    ),
)
