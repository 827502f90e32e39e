"""城市管理 beyond the standard's classes: illegal-building types, street order, sanitation, tree care, municipal roads.

These are what the district's 城管 and 环卫 teams actually sort their daily
work by (the standard only knows "违法建设" and "道路破损"); they share the
URBAN heat-map layer with the GB/T classes but are governance matters, coded
``CG``, so component ids and the standard's numbering stay untouched.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "URBAN"
PREFIX = "CG"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "违法建设",
        "d=URBAN p=3 t=10wd s=cv r=50 w=10080",
        """
楼顶加建 | Rooftop extension | 楼顶加建 天台加建 屋顶加盖 顶楼搭建 天面违建 加层
露台平台加建 | Terrace extension | 露台加建 平台加建 露台搭建 屋顶花园加建 露台封闭 平台搭棚
阳台外扩 | Balcony extended outward | 阳台外扩 阳台外挑 外飘阳台 加建阳台 阳台出挑 封阳台外扩
天井加盖 | Courtyard roofed over | 天井加盖 天井封顶 天井搭建 采光井加盖 天井违建 内天井
庭院加建 | Garden or yard extension | 庭院加建 院子搭建 前院加建 后院加建 院落违建 围院
架空层封闭 | Stilt floor enclosed | 架空层 封闭架空层 架空层改建 架空层住人 首层架空 架空层开店
私自开挖地下室 | Unauthorised basement excavation | 挖地下室 私挖地下室 向下开挖 加建地下室 下挖 地下加层 | p=2 t=1wd
圈地围墙 | Wall enclosing public land | 圈地 私砌围墙 围蔽公共地 占用公共地 砌墙 围墙圈占
骑楼下加建 | Infill under an arcade | 骑楼下 人行廊 封骑楼 骑楼加建 骑楼占用 骑楼柱廊
铁皮棚违建 | Sheet-metal shed | 铁皮棚 彩钢棚 铁皮屋 搭铁皮 钢架棚 铁皮加建
外墙加建雨棚 | Canopy added on a facade | 加雨棚 外墙雨棚 遮阳棚 挑棚 窗户雨棚 雨篷
开墙打洞 | Unauthorised openings in a facade | 开墙打洞 破墙开门 私开门 外墙开窗 破墙开店 改门面
在建违建 | Illegal construction in progress | 正在建 抢建 连夜施工 在建违建 突击建房 刚开始建 | p=2 t=1wd w=1440
违建拆除后复建 | Rebuilding after demolition | 拆了又建 复建 回潮 拆后重建 反复违建 违建复建
""",
    ),
    (
        "02",
        "市容秩序",
        "d=URBAN p=3 t=1wd s=cv r=100 w=1440",
        """
流浪犬只聚集 | Stray dog packs | 流浪狗 野狗 流浪犬 狗群 野狗咬人 流浪猫狗 | p=2
户外招牌设置不规范 | Non-standard shop sign | 招牌不规范 招牌过大 招牌遮窗 招牌样式 一店多招 招牌颜色 | t=5wd
沿街立面破旧 | Run-down street frontage | 立面破旧 外墙破旧 门面残旧 雨棚破烂 街面破旧 卷闸门烂 | t=10wd w=10080
桥下空间违规占用 | Space under a bridge occupied | 桥底 桥下堆物 桥底住人 桥下停车 桥下空间 桥洞 | t=3wd w=10080
夜市管理问题 | Night-market management issue | 夜市 夜市摊位 夜市卫生 夜市噪音 夜市秩序 夜市管理
户外促销摊位 | Unauthorised promotional stall | 促销摊位 路演 商场外活动 搭台促销 地推 推广摊 | t=4wh w=240
废品回收站脏乱 | Messy scrap-collection yard | 废品站 回收站脏乱 废品堆积 废品场 收废站 回收站扰民 | t=3wd
非法经营停车场 | Illegal car-park business | 非法停车场 无证停车场 私设停车场 空地收费停车 黑停车场 乱收停车 | t=5wd w=10080
临时占道审批咨询 | Temporary road-use permit enquiry | 占道审批 临时占道 占道许可 活动占道 占道申请 路政许可 | p=4 t=10wd s=c w=10080
户外广告审批咨询 | Outdoor advertising permit enquiry | 广告审批 招牌审批 广告设置许可 户外广告报建 招牌备案 广告许可 | p=4 t=10wd s=c w=10080
城管执法投诉 | Complaint about enforcement officers | 城管态度 执法粗暴 城管打人 暴力执法 乱罚款 城管不作为 | p=2 t=3wd s=c w=10080
""",
    ),
    (
        "03",
        "环境卫生",
        "d=SANITATION p=3 t=1wd s=cv r=100 w=1440",
        """
背街小巷保洁不到位 | Back alleys not cleaned | 背街小巷 小巷脏 巷子垃圾 巷道保洁 巷子没人扫 小巷卫生
垃圾收运不及时 | Refuse collection late | 垃圾没收 收垃圾不及时 垃圾过夜 垃圾车没来 清运延误 垃圾堆积 | t=4wh
落叶清扫不及时 | Fallen leaves not swept | 落叶 树叶 黄叶 落叶堆积 落叶堵渠 扫落叶
装修垃圾乱堆放 | Renovation waste piled in an estate | 装修垃圾 小区装修垃圾 楼下装修垃圾 装修废料 砖渣 装修垃圾袋
垃圾分类投放不规范 | Wrongly sorted household waste | 混投 没分类 乱投放 厨余混装 分类错误 分类不规范 | p=4 t=3wd
垃圾分类混装混运 | Sorted waste collected mixed | 混装混运 垃圾车混装 分类后混运 先分后混 混合收运 分类白分 | t=3wd
餐厨垃圾非法收运 | Illegal kitchen-waste collection | 泔水 餐厨垃圾 潲水 收泔水 私收餐厨垃圾 泔水车 | d=URBAN t=3wd
建筑垃圾无证运输 | Unlicensed construction-waste haulage | 无证运输 泥头车无证 准运证 建筑垃圾运输 余泥准运 核准运输 | d=URBAN t=3wd
环卫作业扰民 | Noisy or dirty sanitation operations | 垃圾车噪音 凌晨收垃圾 洒水车 环卫车 清扫扬尘 垃圾车滴漏
公厕管理不到位 | Poorly run public toilet | 公厕收费 公厕没人管 公厕开放时间 公厕缺纸 公厕管理员 公厕锁门
有害垃圾回收 | Hazardous household waste collection | 有害垃圾 废电池回收 灯管回收 过期药回收 油漆桶 水银温度计 | p=4 t=5wd
大件垃圾预约回收 | Bulky waste collection booking | 大件垃圾预约 旧家具回收 旧床垫 旧沙发回收 大件清运 预约回收 | p=4 t=5wd
年花年桔回收 | Post-New-Year flower and kumquat collection | 年桔 年花 桔树 年花回收 春节后 盆栽回收 | p=4 t=3wd
环卫工人作业安全 | Sanitation worker safety | 环卫工 环卫工人 清扫安全 环卫工受伤 环卫工休息 环卫工被撞 | p=2
""",
    ),
    (
        "04",
        "园林管养",
        "d=GREENING p=3 t=3wd s=cv r=100 w=4320",
        """
危树隐患 | Hazardous tree | 危树 枯树 树要倒 树干空心 树干开裂 倾斜树 | p=2 t=1wd
台风后断枝清理 | Branches down after a typhoon | 断枝 树枝掉 台风后 残枝 枝叶满地 清理树枝 | p=2 t=1wd
树木遮挡设施 | Trees blocking lights or signs | 树挡路灯 树挡红绿灯 树枝遮挡 挡住标志 树挡监控 树枝挡住
绿化带遮挡视线 | Shrubs blocking sightlines | 绿化带太高 挡视线 路口绿化 灌木遮挡 转角盲区 绿篱
树木影响采光 | Trees blocking daylight | 树挡阳光 树太高 挡光 树遮窗户 采光 树枝伸进窗
树根破坏路面 | Tree roots lifting paving | 树根 树根拱起 树根顶起 地砖拱起 树根破坏 根系
榕树落果气根污染 | Fallen fruit and aerial roots | 落果 榕树果 气根 树果 鸟粪 果子掉
行道树缺株补种 | Missing street trees | 缺株 补种 树死了 空树穴 补植 死树
绿化喷灌扰民 | Irrigation spraying pedestrians | 喷灌 洒水 淋湿 喷头方向 浇水 喷到路人 | t=1wd
公园管理问题 | Park management issue | 公园 公园管理 公园开放 公园卫生 公园保安 公园设施
公园内不文明行为 | Uncivil behaviour in a park | 摘花 踩草坪 公园烧烤 公园露营 公园钓鱼 公园遛狗 | t=1wd w=1440
园林作业扰民 | Landscaping works nuisance | 绿化施工 修剪树木噪音 园林作业 砍树扰民 绿化车辆 割草机 | p=4 t=1wd
""",
    ),
    (
        "05",
        "市政设施",
        "d=URBAN p=3 t=2wd s=cv r=50 w=4320",
        """
人行道破损 | Broken pavement | 人行道破损 地砖破 人行道坑 步道砖松 人行道不平 踩砖溅水
路缘石损坏 | Damaged kerb | 路缘石 侧石 路沿石 路牙 路沿破损 平石
道路沉降 | Road settlement | 道路沉降 路面下陷 路面凹陷 路基下沉 路面起伏 跳车
桥梁伸缩缝损坏 | Bridge expansion joint damaged | 伸缩缝 桥梁接缝 伸缩缝响 桥面缝 钢板响 桥头跳车 | p=2 t=1wd
检查井周边破损 | Broken paving around a manhole | 井周破损 井盖周边 井圈 井边沉陷 井座破损 井盖四周
道路挖掘修复不及时 | Slow reinstatement after road works | 挖完不补 路面修复 回填不平 修复不及时 坑没补 挖了不填
人行道积水 | Ponding on the pavement | 人行道积水 步道积水 路面排水差 人行道水坑 踩水 地砖积水 | t=3wd
隧道设施故障 | Tunnel facility fault | 隧道 隧道灯 隧道渗水 隧道照明 隧道积水 下穿隧道 | p=2 t=1wd
人行天桥电梯故障 | Footbridge lift out of order | 天桥电梯 天桥电梯坏 无障碍电梯 天桥扶梯 电梯停用 天桥升降梯 | p=2 t=1wd
路灯亮灯时间不合理 | Street-light timing wrong | 路灯太早亮 路灯关太早 路灯时间 亮灯时间 路灯太晚亮 路灯该亮不亮 | p=4 t=5wd
""",
    ),
)
