"""消防安全: fire hazards by venue, fire facilities, electrical risks and live fires.

Venue variants are real distinctions, not padding: the inspection team and
the legal basis differ (派出所 checks homes and 三小场所, the fire brigade checks
crowded venues and factories), so dispatch needs to know which.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "FIRE"
PREFIX = "XF"
KIND = "governance"

VARIANTS = {
    "LANE": (
        ("住宅小区", "residential estate", "小区 住宅楼"),
        ("城中村", "urban village", "城中村 握手楼 村巷"),
        ("商场", "shopping mall", "商场 购物中心"),
        ("农贸市场", "wet market", "菜市场 农贸市场"),
        ("工业园区", "industrial park", "工业园 厂区"),
        ("学校", "school", "学校 校园"),
        ("医院", "hospital", "医院 急诊"),
        ("仓储物流园", "warehouse park", "仓库 物流园"),
        ("宾馆酒店", "hotel", "酒店 宾馆"),
        ("养老机构", "elderly care home", "养老院 敬老院"),
        ("歌舞娱乐场所", "entertainment venue", "KTV 酒吧"),
        ("商住楼", "mixed-use tower", "商住楼 写字楼"),
    ),
    "EXIT": (
        ("商场", "shopping mall", "商场 购物中心"),
        ("农贸市场", "wet market", "菜市场 档口"),
        ("宾馆酒店", "hotel", "酒店 宾馆"),
        ("歌舞娱乐场所", "entertainment venue", "KTV 酒吧"),
        ("餐饮场所", "restaurant", "饭店 酒楼"),
        ("养老机构", "elderly care home", "养老院 敬老院"),
        ("学校", "school", "学校 教学楼"),
        ("医院", "hospital", "医院 住院部"),
        ("生产车间", "workshop", "车间 厂房"),
        ("培训机构", "training centre", "培训机构 补习班"),
        ("网吧", "internet café", "网吧 网咖"),
        ("体育场馆", "sports venue", "体育馆 球馆"),
    ),
    "FAC": (
        ("住宅小区", "residential estate", "小区 住宅楼"),
        ("城中村", "urban village", "城中村 村屋"),
        ("商场", "shopping mall", "商场 商业体"),
        ("工业园区", "industrial park", "工业园 厂房"),
        ("宾馆酒店", "hotel", "酒店 宾馆"),
        ("歌舞娱乐场所", "entertainment venue", "KTV 网吧"),
        ("养老机构", "elderly care home", "养老院 护理院"),
        ("仓储物流园", "warehouse park", "仓库 货仓"),
        ("学校", "school", "学校 宿舍楼"),
        ("医院", "hospital", "医院 病房"),
        ("农贸市场", "wet market", "菜市场 档口"),
        ("餐饮场所", "restaurant", "饭店 酒楼"),
    ),
    "NINE": (
        ("小商店", "small shop", "小商店 士多店 便利店"),
        ("小餐饮场所", "small eatery", "小饭店 小吃店 快餐店"),
        ("小旅馆", "small hotel", "小旅馆 招待所 家庭旅馆"),
        ("小歌舞娱乐场所", "small entertainment venue", "小KTV 小酒吧 棋牌室"),
        ("小网吧", "small internet café", "小网吧 电脑室 网咖"),
        ("小美容洗浴场所", "small beauty or bath house", "美容院 足浴店 洗浴"),
        ("小医院诊所", "small clinic", "诊所 卫生站 门诊"),
        ("小学校培训机构", "small school or training centre", "幼儿园 托管班 培训班"),
        ("小生产加工企业", "small workshop", "小作坊 加工点 小工厂"),
    ),
}

CATEGORIES = (
    (
        "01",
        "消防通道与安全疏散",
        "d=FIRE p=2 t=4wh s=cv r=100 w=1440",
        """
消防通道堵塞（{}） | Fire lane blocked ({}) | 消防通道 堵塞 占用消防通道 消防车道停车 消防通道堆物 | x=LANE
安全出口锁闭（{}） | Emergency exit locked or blocked ({}) | 安全出口 锁闭 出口上锁 逃生门锁了 出口堵塞 | x=EXIT p=1 t=2h
疏散指示标志损坏 | Broken exit signs | 疏散指示 安全出口灯 指示灯不亮 逃生标志 应急指示 绿色小人 | p=3 t=3wd
应急照明损坏 | Broken emergency lighting | 应急灯 应急照明 应急灯不亮 停电灯 楼梯应急灯 照明灯坏 | p=3 t=3wd
防火门损坏或常开 | Fire door broken or propped open | 防火门 防火门关不上 防火门坏 常闭门 防火门被拆 顶住防火门 | p=3 t=3wd
楼道堆放杂物 | Clutter in stairwell | 楼道堆物 楼梯间杂物 过道堆杂物 纸箱堆楼道 楼道堆垃圾 走廊杂物 | p=3 t=1wd
防盗网未留逃生口 | Security grille without escape hatch | 防盗网 逃生口 铁窗 窗户焊死 防盗窗 封窗 | p=3 t=5wd w=10080
消防登高场地被占 | Fire-engine working area occupied | 登高面 消防登高 扑救场地 登高场地 云梯场地 登高场地停车
""",
    ),
    (
        "02",
        "消防设施器材",
        "d=FIRE p=2 t=1wd s=ci r=50 w=1440",
        """
消防设施损坏（{}） | Fire equipment damaged ({}) | 消防设施损坏 消防器材坏 消防设备故障 消防箱破损 消防设施缺失 | x=FAC s=c
灭火器过期 | Expired extinguisher | 灭火器过期 灭火器没压力 灭火器失效 压力表红区 灭火器年检 | p=3 t=3wd s=c
灭火器缺失 | Missing extinguisher | 没有灭火器 灭火器不见 灭火器被偷 没配灭火器 灭火器箱空 | p=3 t=3wd s=c
室内消火栓无水 | Indoor hydrant without water | 消火栓没水 消防栓无水 消防水压不足 消防箱空 室内消火栓 打开没水
消防水泵故障 | Fire pump failure | 消防水泵 消防泵 泵房 喷淋泵 稳压泵 消防泵不启动
自动喷淋系统故障 | Sprinkler system fault | 喷淋 喷淋头 自动喷水 喷淋漏水 喷淋关闭 湿式报警阀
火灾自动报警系统故障 | Fire alarm system fault | 火灾报警 报警主机 烟感误报 报警器乱响 消防主机 屏蔽报警
独立烟感报警 | Standalone smoke detector alarm | 烟感 烟感报警 烟雾报警器 烟感响 智能烟感 烟感滴滴响 | p=1 t=30m s=ci w=60
电气火灾监控报警 | Electrical fire monitor alarm | 电气火灾 漏电报警 线缆温度高 电气监测 剩余电流 过载报警 | p=1 t=1h s=i
消防控制室无人值守 | Fire control room unmanned | 消防控制室 消控室 无人值班 持证上岗 中控室 值班脱岗 | s=c
消防水箱缺水 | Fire water tank low | 消防水箱 屋顶水箱 消防水池 水位低 水箱缺水 水箱没水
防排烟设施故障 | Smoke control failure | 排烟 防烟 排烟风机 排烟口 正压送风 排烟不转 | s=c
消防水带水枪缺失 | Missing hose or nozzle | 水带 水枪 消防水带被偷 水龙带 消防卷盘 水枪不见 | p=3 s=c
三小场所未装简易喷淋 | Small premises without simple sprinklers | 简易喷淋 三小场所 小商铺 小作坊 小档口 没装喷淋 | p=3 t=5wd s=c w=10080
""",
    ),
    (
        "03",
        "用电用火隐患",
        "d=FIRE p=2 t=4wh s=cv r=50 w=1440",
        """
电动车楼道充电 | E-bike charging in stairwell | 电动车楼道充电 楼道充电 飞线充电 电动车进楼 电瓶车上楼 电梯带电动车 | s=civ
电动车入户充电 | E-bike charged inside a home | 电动车进屋 入户充电 家里充电 电池拿回家 拆电池充电 室内充电
地下车库电动车充电 | E-bikes charging in underground garage | 地下车库充电 车库电动车 地下室充电 地库充电 车库飞线 负一层充电
电动车违规改装电池 | Illegally modified e-bike battery | 改装电池 锂电池改装 电池改装 加装电池 换大电池 非标电池 | p=3 t=3wd
私拉乱接电线 | Unsafe improvised wiring | 乱拉电线 私拉电线 拖线板 电线乱接 电线老化 插排串插
违规使用大功率电器 | Overloaded high-power appliances | 大功率电器 电热器 热得快 电炉 老跳闸 插座发烫
瓶装液化气违规使用 | Unsafe LPG cylinder use | 液化气罐 煤气罐 瓶装气 气瓶卧放 气瓶倒放 气瓶在卧室 | d=GAS
违规动火作业 | Unpermitted hot work | 电焊 动火 气割 焊渣 电焊火花 切割火花 | p=1 t=1h
三合一场所住人 | People sleeping in mixed-use premises | 三合一 住人 前店后厂 下铺上住 仓库住人 厂房住人 | t=1wd
彩钢板房违规住人 | People living in sandwich-panel sheds | 彩钢板 铁皮房住人 泡沫板房 彩钢房 夹芯板房 临时房住人 | t=1wd
可燃物大量堆放 | Large piles of combustibles | 可燃物 纸皮堆 泡沫堆 易燃杂物 木材堆 废料堆积 | t=1wd
香烛祭祀用火隐患 | Incense and ritual burning hazard | 烧香 烧纸 拜神 祭祀 香炉 烧衣 | p=3 t=4h
孔明灯燃放 | Sky lantern release | 孔明灯 许愿灯 天灯 放灯 飞灯 放孔明灯 | t=1h r=500 w=120
厨房烟道积油 | Grease-laden kitchen duct | 烟道积油 排油烟管道 烟道清洗 油垢 厨房排烟 烟罩油污 | p=3 t=3wd
电缆井堆放杂物 | Cable shaft used for storage | 电缆井 管道井 强电井 竖井堆物 井道杂物 弱电井 | p=3 t=3wd
居住场所存放易燃易爆品 | Flammables stored in a home | 家里存汽油 囤油 存放酒精 易燃易爆 居住场所存放 油桶 | t=4wh
外墙保温材料可燃 | Combustible facade insulation | 外墙保温 保温材料 外保温 泡沫外墙 聚苯板 外墙易燃 | p=3 t=10wd w=10080
装修工程消防违规 | Fire violations during renovation | 装修 装修材料 吊顶 木龙骨 装修违规 易燃装修 | p=3 t=3wd
电动自行车集中充电场所隐患 | Hazard at an e-bike charging shelter | 充电车棚 集中充电 充电棚 充电场所 充电棚没灭火器 充电区堆物 | t=1wd
冷库消防隐患 | Cold-store fire risk | 冷库 聚氨酯 冷库保温 冷库电线 冷藏库 冷库施工
""",
    ),
    (
        "04",
        "火情处置",
        "d=FIRE p=1 t=30m s=civ r=300 w=120",
        """
住宅火灾 | Residential fire | 房子着火 家里着火 住宅起火 楼上着火 窗口冒烟 民房失火
商铺火灾 | Shop fire | 商铺着火 店铺起火 铺面失火 门店冒烟 档口着火 店里着火
厂房仓库火灾 | Factory or warehouse fire | 厂房着火 工厂起火 车间失火 仓库着火 厂里冒烟 浓烟滚滚 | r=500
车辆起火 | Vehicle fire | 车着火 汽车自燃 车辆起火 车冒烟 货车起火 公交起火 | r=200
电动自行车起火 | E-bike fire | 电动车起火 电瓶车着火 电池爆炸 电动车自燃 电池冒烟 锂电池起火 | r=100
草地垃圾堆起火 | Grass or rubbish fire | 草地着火 垃圾堆着火 杂草起火 荒地着火 绿化带着火 垃圾桶着火 | p=2 t=1h
不明烟雾焦味 | Smoke or burning smell of unknown origin | 冒烟 有烟 闻到焦味 烟味 烧焦味 哪里着火了
新能源汽车起火 | Electric-car battery fire | 新能源车起火 电动汽车着火 电池起火 充电时起火 电车自燃 车辆电池冒烟 | r=300
电气线路起火 | Electrical wiring fire | 电线着火 电箱着火 插座着火 线路起火 电表箱起火 配电箱冒烟 | r=100
高层建筑火灾 | High-rise fire | 高楼着火 高层起火 楼顶着火 外墙着火 高层冒烟 高楼冒烟 | r=500
火灾后现场清理 | Post-fire site clean-up | 火灾后 烧毁 火灾现场 残骸 火烧后 灰烬 | d=SANITATION p=3 t=2wd w=1440
""",
    ),
    (
        "05",
        "消防安全管理",
        "d=FIRE p=3 t=5wd s=c r=100 w=10080",
        """
{}消防隐患 | Fire risk at a {} | 九小场所 消防隐患 火灾隐患 消防检查 消防不达标 | x=NINE
消防安全责任人未落实 | No designated fire-safety manager | 消防责任人 消防管理人 没人管消防 消防安全制度 消防巡查 防火检查
微型消防站未落实 | Micro fire station not staffed | 微型消防站 义务消防队 消防队员 站点空置 器材不全 值守
消防培训演练需求 | Fire training or drill request | 消防培训 消防演练 消防宣传 逃生演练 灭火培训 消防知识 | p=4 t=10wd
消防设施被遮挡圈占 | Fire equipment blocked or enclosed | 消防栓被挡 消火栓被圈 消防设施遮挡 消防箱被挡 挡住消防栓 消防器材被占 | t=1wd
高层建筑消防隐患 | High-rise fire risk | 高层 高楼消防 高层住宅 消防电梯 避难层 高层隐患
地下空间消防隐患 | Underground space fire risk | 地下商场 地下车库消防 人防工程消防 地下空间 排烟不畅 地下室消防
场所超员 | Over-occupancy of a venue | 超员 人太多 爆满 场所超员 挤满人 超出容量 | p=2 t=1h s=cv w=120
消防救援窗被封堵 | Fire-rescue window blocked | 消防救援窗 救援窗 窗户被封 救援口 消防窗 外窗封堵 | t=3wd
城中村消防间距不足 | Insufficient fire separation in an urban village | 握手楼 消防间距 城中村消防 楼距太近 村巷太窄 消防车进不去 | t=10wd
""",
    ),
)
