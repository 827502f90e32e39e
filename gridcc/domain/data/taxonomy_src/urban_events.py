"""GB/T 30428.2 事件 (event) classes: the standard's 大类/小类, then district extensions.

Events are behaviours and situations rather than objects, so their keywords
are what a passer-by types ("水浸街", "走鬼", "泥头车掉泥").  小类 51+ are the
district's extensions (overflowing bins, shared bikes, fallen trees after a
typhoon ...) that the standard's lists predate.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "URBAN"
PREFIX = "SJ"
KIND = "event"

CATEGORIES = (
    (
        "01",
        "市容环境",
        "d=SANITATION p=3 t=4wh s=cv r=100 w=720",
        """
01 私搭乱建 | Unauthorised shed or structure | 私搭乱建 乱搭乱建 临时搭建 乱搭帐篷 搭建摊棚 违章搭建 乱搭棚架 | d=URBAN t=5wd r=50 w=10080
02 暴露垃圾 | Exposed garbage | 暴露垃圾 垃圾乱扔 路边垃圾 垃圾没人收 垃圾成堆 一堆垃圾 满地垃圾
03 积存垃圾渣土 | Accumulated refuse & spoil | 积存垃圾 渣土 建筑垃圾堆 泥头堆 垃圾渣土 堆了很久 余泥 | t=8wh
04 道路不洁 | Dirty road surface | 道路不洁 路面脏 马路脏 没人扫地 路上有泥 地面污渍 人行道脏
05 水域不洁 | Dirty water surface | 水域不洁 河面垃圾 河涌垃圾 水面漂浮物 河里垃圾 水浮莲 | d=WATERAFFAIRS t=1wd r=300
06 绿地脏乱 | Littered green space | 绿地脏乱 草地垃圾 绿化带垃圾 花坛垃圾 绿地杂物 树下垃圾 | d=GREENING
07 废弃车辆 | Abandoned vehicle | 废弃车辆 僵尸车 报废车 长期停放 积灰的车 烂车 无牌车 | d=TRAFFIC_POLICE t=5wd r=30 w=10080
08 废弃家具设备 | Discarded furniture & appliances | 废弃家具 旧沙发 旧床垫 旧柜子 废旧家电 乱丢家具 丢弃家具 | t=1wd
09 非装饰性树挂 | Non-decorative items hung on trees | 树挂 树上挂衣服 树上拉绳 树上挂广告 树上晾衣 树挂塑料袋 | d=URBAN t=1wd
10 违章接坡 | Unauthorised kerb ramp | 违章接坡 接坡 门口斜坡 路沿斜坡 私自接坡 铁板坡 水泥坡 | d=URBAN t=3wd r=30 w=10080
11 焚烧垃圾树叶 | Burning rubbish or leaves | 焚烧垃圾 烧垃圾 烧树叶 露天焚烧 烧东西 冒黑烟 烧塑料 | d=URBAN p=2 t=2h r=300 w=240
12 建筑物外立面不洁 | Dirty building facade | 外立面 外墙脏 墙面污损 外墙发黑 墙面剥落 外墙霉斑 | d=URBAN t=5wd w=10080
13 水域秩序问题 | Disorder on waterways | 下河游泳 野泳 河里洗衣 水上摩托 河边钓鱼 水上乱象 | d=WATERAFFAIRS p=2 t=2h r=300 w=240
14 动物尸体清理 | Animal carcass removal | 动物尸体 死猫 死狗 死老鼠 死鸟 尸体发臭 路边死猫 | t=2h
15 油烟污染 | Cooking fume pollution | 油烟 油烟扰民 餐馆油烟 排烟 油烟机 油烟味大 油烟直排 | d=URBAN t=3wd w=1440
16 擅自饲养家禽家畜 | Keeping poultry or livestock in town | 养鸡 养鸭 养猪 养鸽子 家禽 家畜 鸡叫扰民 | d=URBAN t=3wd r=50 w=10080
51 垃圾桶满溢 | Overflowing bin | 垃圾满溢 垃圾桶满了 垃圾溢出 垃圾桶爆满 桶满 垃圾桶周边脏 | s=civ t=2wh r=30 w=240
52 打包垃圾 | Bagged garbage left out | 打包垃圾 垃圾袋 袋装垃圾 路边垃圾袋 乱放垃圾袋 门口垃圾袋
53 偷倒建筑垃圾 | Fly-tipping of construction waste | 偷倒 乱倒建筑垃圾 偷倒泥头 装修垃圾乱倒 夜间倾倒 余泥乱倒 | d=URBAN p=2 t=1wd w=1440
54 乱涂乱画 | Graffiti | 乱涂乱画 涂鸦 墙上乱写 喷漆 乱刻 喷涂号码 | d=URBAN t=3wd r=50 w=10080
55 门前三包不落实 | Shopfront responsibility neglected | 门前三包 门口脏 商铺门口 门前杂物 门前卫生 店门口垃圾 | d=URBAN t=1wd
56 犬只粪便污染 | Dog fouling | 狗屎 狗粪 狗便 宠物粪便 遛狗不清理 狗尿 | d=URBAN t=1wd
57 非正规垃圾堆放点 | Informal dumping ground | 垃圾堆放点 乱倒垃圾点 垃圾山 非正规垃圾场 垃圾填埋 黑垃圾场 | d=URBAN t=5wd w=10080
58 乱倒乱排污水 | Waste water poured in the street | 乱倒污水 路边倒水 泼污水 倒洗碗水 污水流到路上 乱排污水 | d=URBAN
""",
    ),
    (
        "02",
        "宣传广告",
        "d=URBAN p=3 t=1wd s=cv r=100 w=1440",
        """
01 非法小广告 | Illegal small ads | 小广告 牛皮癣 乱贴广告 办证广告 墙上喷号码 贴纸广告 电线杆广告
02 违章张贴悬挂广告牌匾 | Unauthorised posters & signboards | 违章广告 乱挂招牌 擅自设置广告 违规牌匾 未经审批广告 乱张贴海报 | t=3wd
03 占道广告牌 | Sidewalk A-board | 占道广告牌 门口广告牌 易拉宝 落地广告 人行道广告牌 立牌 | t=4wh r=50
04 街头散发广告 | Street leafleting | 派传单 发传单 散发广告 派单 塞传单 街头发广告 | t=4wh r=200 w=240
05 广告招牌破损 | Damaged signboard | 招牌破损 广告牌烂 招牌掉字 招牌快掉 广告布破 招牌生锈 | p=2 r=50
51 违规标语宣传品 | Unauthorised banners & slogans | 横幅 标语 乱挂横幅 宣传品 条幅 拉横幅 | t=4wh
52 气模拱门违规设置 | Unauthorised inflatable arch | 气模 拱门 充气拱门 开业拱门 气模占道 彩虹门 | t=4wh r=50 w=720
53 流动广告车扰民 | Noisy advertising vehicle | 广告车 宣传车 流动广告 喇叭车 广告车噪音 LED广告车 | t=2wh r=500 w=240
54 违规户外大屏 | Unauthorised outdoor screen | LED广告屏 电子广告屏 大屏太亮 违规显示屏 屏幕晃眼 大屏声音大 | t=5wd
""",
    ),
    (
        "03",
        "施工管理",
        "d=URBAN p=3 t=1wd s=cv r=200 w=1440",
        """
01 施工扰民 | Construction nuisance | 施工扰民 施工噪音 工地吵 打桩声 机器轰鸣 施工振动 工地强光 | p=2 t=4h r=300 w=240
02 工地扬尘 | Construction dust | 工地扬尘 扬尘 灰尘大 工地灰 没盖防尘网 黄土飞扬 粉尘 | d=HOUSING t=4wh r=300 w=720
03 道路遗撒 | Spillage on road | 道路遗撒 泥头车掉泥 撒漏 沙石撒路上 渣土遗撒 路上有沙 | p=2 t=4wh r=300 w=720
04 施工废弃料 | Construction waste left behind | 施工废弃料 建筑废料 施工垃圾 废弃钢筋 废料堆 工程垃圾 | d=HOUSING t=2wd
05 施工占道 | Construction occupying road | 施工占道 围挡占道 工程占道 施工围蔽 材料占道 挖路占道
06 无证掘路 | Unpermitted road excavation | 无证掘路 挖马路 挖路 开挖路面 私自挖路 路面开挖 | p=2 t=4wh r=100
51 道路破损 | Damaged road surface | 道路破损 路面坑洼 烂路 路面开裂 车行道坑 路面破烂 沥青破损 | t=2wd r=50 w=4320
52 施工工地未围挡 | Site without hoarding | 没围挡 无围挡 围挡倒了 围挡破损 工地敞开 未围蔽 | d=HOUSING
53 渣土车未密闭运输 | Uncovered spoil truck | 渣土车 泥头车 没盖篷布 未密闭 泥头车超载 车厢敞开 | p=2 t=4wh r=500 w=240
54 工地车辆带泥上路 | Site vehicles tracking mud | 带泥上路 车轮带泥 洗车台 泥巴路 工地出口 工地泥水 | d=HOUSING t=4wh r=300 w=720
55 夜间违规施工 | Unpermitted night works | 夜间施工 无夜间施工许可 凌晨施工 半夜打桩 夜间噪声 晚上施工 | p=2 t=2h r=300 w=240
56 无证消纳渣土 | Unlicensed spoil dumping ground | 消纳场 渣土消纳 乱设消纳场 倒泥头 泥头场 受纳场 | t=5wd r=300 w=10080
57 施工完毕未清场 | Site not cleared after works | 施工完没清理 场光地净 施工残留 围挡没拆 施工剩料 完工不清场 | t=3wd
""",
    ),
    (
        "04",
        "街面秩序",
        "d=URBAN p=3 t=4wh s=cv r=100 w=240",
        """
01 无照经营游商 | Unlicensed street vendor | 流动摊贩 小贩 游商 摆地摊 推车卖 走鬼 流动摊点
02 街头卖艺乞讨 | Street busking & begging | 乞讨 乞丐 卖艺 流浪乞讨 街头唱歌 跪地乞讨 | r=200
03 占道废品收购 | Scrap collection on the street | 收废品 废品收购 收破烂 废品站占道 回收占道 废品堆放 | t=1wd
04 店外经营 | Trading outside the shop | 店外经营 出店经营 门口摆卖 跨门经营 商品摆外面 桌椅摆门外 | r=50
05 机动车乱停放 | Illegal car parking | 乱停车 违停 占道停车 停人行道 堵门口 车挡路 乱停放 | d=TRAFFIC_POLICE t=2wh r=50 w=120
06 非机动车乱停放 | Bicycle and e-bike misparking | 电动车乱停 单车乱停 自行车乱放 电瓶车乱停 摩托车乱停 非机动车 | r=50
07 乱堆物堆料 | Piling goods on public space | 乱堆物 堆放杂物 堆料 杂物占道 乱堆乱放 建材乱堆 | t=1wd r=50 w=1440
08 商业噪音 | Commercial loudspeaker noise | 商业噪音 喇叭叫卖 大喇叭 店铺音响 促销喇叭 门口放音乐 | t=2h
09 黑车拉客 | Unlicensed taxi touting | 黑车 黑的 拉客 摩的 野的 揽客 | d=TRAFFIC t=1wd r=300 w=1440
10 露天烧烤 | Open-air barbecue | 露天烧烤 烧烤摊 路边烧烤 烧烤油烟 夜宵烧烤 炭烤 | t=2h
11 沿街晾挂 | Laundry hung along the street | 晾衣服 晾晒 沿街晾挂 挂衣服 晒被子 路边晾衣 | t=1wd r=50 w=1440
12 非法出版物销售 | Sale of illegal publications | 盗版书 非法出版物 盗版光碟 黄色书刊 地摊卖书 盗版 | d=CULTURE t=1wd r=200 w=1440
13 空调室外机低挂 | Low-hung AC outdoor unit | 空调外机 空调低挂 空调滴水 外机太低 外机吹热风 外机挡路 | t=3wd r=30 w=10080
51 非法占道 | Private obstruction of public road | 地锁 私装地锁 占车位 雪糕筒 路障 占道设障 霸占车位 | t=1wd r=50 w=1440
52 占道经营 | Fixed stall occupying the road | 占道经营 摆摊 夜市摊 固定摊档 大排档占道 摊位占道
53 共享单车乱停放 | Dockless shared-bike misparking | 共享单车 美团单车 哈啰 青桔 共享电单车 单车堆积 | t=2wh
54 占道撑伞 | Umbrella stall on the pavement | 撑伞 遮阳伞 太阳伞 摆伞 占道撑伞 伞摊 | r=50
55 活禽宰杀 | Street slaughter of live poultry | 活禽 杀鸡 宰杀 现宰 活鸡 杀鸭 | d=MARKET t=1wd w=1440
56 占道洗车 | Car washing on the street | 洗车 占道洗车 路边洗车 洗车污水 洗车店 洗车占道 | t=1wd r=50 w=1440
57 占用盲道 | Obstructed tactile paving | 占用盲道 盲道被占 盲道停车 盲道堆物 盲道上有车 挡住盲道 | t=1wd r=50 w=1440
""",
    ),
    (
        "05",
        "突发事件",
        "d=URBAN p=1 t=2h s=civ r=300 w=240",
        """
01 路面塌陷 | Road collapse | 路面塌陷 塌陷 地陷 路塌了 天坑 地面下沉 大坑 | r=200 w=720
02 自来水管破裂 | Water main burst | 水管爆了 爆管 自来水管破裂 水管破裂 冒水 路面喷水 水柱 | d=WATER
03 燃气管道破裂 | Gas pipeline rupture | 燃气管道破裂 煤气管破 燃气管挖断 天然气管道 路边漏气 燃气管爆 嘶嘶声 | d=GAS t=1h
04 下水道堵塞或破损 | Blocked or broken sewer | 下水道堵 下水道堵塞 污水倒灌 管道破损 渠道堵 排水不畅 下水管烂 | d=DRAINAGE p=2 t=8wh r=200 w=1440
05 热力管道破裂 | Steam or heat pipe rupture | 热力管道 蒸汽管爆 供热管破 冒蒸汽 热水管爆 蒸汽泄漏
06 道路积水 | Road flooding | 水浸 道路积水 水浸街 积水 淹水 路面积水 车过不去 | d=DRAINAGE p=2 t=4wh r=1000 w=1440
07 道路积雪结冰 | Snow or ice on the road | 结冰 路面结冰 积雪 路滑 冰冻 霜冻 | p=2 t=4h r=1000 w=1440
08 架空线缆损坏 | Damaged overhead cable | 电线掉下来 线缆垂落 飞线 线缆断了 线缆低垂 蜘蛛网线 光缆断 | d=TELECOM p=2 t=4h s=cv r=100 w=720
09 群众性事件 | Mass incident | 群体性事件 群发性事件 群众聚集 聚集 围堵 堵路 人群围观 | d=POLICE t=1h s=cv r=500
10 火灾隐患 | Fire hazard on the street | 火灾隐患 消防隐患 起火隐患 电线老化 乱拉电线 易燃物堆放 | d=FIRE p=2 t=4wh s=cv r=100 w=1440
51 检查井冒溢 | Overflowing manhole | 井盖冒水 沙井冒水 污水冒出 检查井溢流 井口冒污水 窨井冒溢 | d=DRAINAGE p=2 t=4h r=200 w=720
52 树木倒伏 | Fallen tree | 树倒了 大树倒 树木倒伏 树压车 树枝砸 台风倒树 | d=GREENING s=cv r=200 w=720
53 路面油污 | Oil spill on the road | 路面油污 漏油 柴油 路面打滑 机油 油渍 | d=SANITATION p=2 s=cv r=200
54 电力线路断落 | Fallen power line | 电线断落 高压线断 电线掉地 电线冒火花 电线打火 电线着火 | d=POWER t=1h r=200
55 突发停水 | Sudden water outage | 停水 没水 突然停水 全小区停水 没有自来水 断水 | d=WATER p=2 t=4h r=1000 w=720
56 突发停电 | Sudden power outage | 停电 没电 突然停电 跳闸 整栋停电 片区停电 | d=POWER p=2 t=4h r=1000 w=720
57 路面障碍物 | Obstacle on the road | 路上有障碍 掉落物 路中间有石头 货物掉路上 轮胎掉路上 抛洒物 | p=2 t=1h s=cv r=200 w=120
""",
    ),
    (
        "06",
        "其他事件",
        "d=URBAN p=3 t=5wd s=cv r=50 w=10080",
        """
01 违法建设 | Illegal construction | 违法建设 违建 违章建筑 未批先建 违法建筑 无证建设 违建举报 | t=20wd
02 园林绿化养护不到位 | Poor green-space maintenance | 绿化养护 草太高 杂草丛生 树没修剪 绿化枯死 绿地缺水 | d=GREENING t=3wd w=4320
03 毁绿占绿 | Destroying or occupying greenery | 毁绿 占绿 踩踏草坪 绿地种菜 绿地停车 硬化绿地 | d=GREENING t=2wd
04 擅自砍伐迁移树木 | Unauthorised tree felling | 砍树 偷砍树 伐树 迁树 挖树 砍伐 | d=GREENING p=2 t=4wh r=100 w=1440
05 园林病虫害 | Plant pests & diseases | 病虫害 虫害 毛毛虫 树生虫 树叶枯黄 红火蚁 | d=GREENING t=3wd r=200
06 公共设施损坏 | Damaged public facilities | 公共设施损坏 设施坏了 损坏公物 破坏公共设施 设施被盗 设施缺失 | t=3wd
07 违规饲养犬只 | Irresponsible dog keeping | 遛狗不牵绳 大型犬 烈性犬 禁养犬 狗吓人 没拴狗绳 | t=3wd r=200 w=1440
""",
    ),
)
