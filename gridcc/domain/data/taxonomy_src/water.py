"""水务防汛: water supply service, drainage and sewers, canals and flood defence.

Supply faults go to the water company's repair centre, drainage to the
drainage office and canal/embankment matters to the water-affairs bureau;
flood-season matters (rising canals, seepage in embankments) are urgent.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "WATER"
PREFIX = "SW"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "供水服务",
        "d=WATER p=2 t=4h s=c r=500 w=720",
        """
自来水水质异常 | Tap water quality problem | 水发黄 水浑浊 自来水有味 漂白粉味 水质差 水有沙
水压不足 | Low water pressure | 水压不足 高楼没水 水太小 出水小 水流小 楼上没水
高层供水加压设备故障 | Booster pump fault | 加压泵 二次加压 泵房故障 水泵坏 加压设备 楼顶缺水
计划停水未通知 | Planned water outage without notice | 停水通知 没通知停水 计划停水 停水公告 临时停水 停水时间 | p=3 t=1wd
户内水表漏水 | Leaking household water meter | 水表漏水 水表坏 水表走快 水表不走 表前阀漏 阀门漏水 | p=3 t=1wd
二次供水水箱污染 | Contaminated secondary water tank | 二次供水 水箱 楼顶水箱 水池脏 水箱清洗 供水泵房 | t=1wd
小区供水管漏水 | Leaking water pipe in an estate | 小区水管漏水 水管渗水 地面渗水 管道漏水 水管滴漏 小区爆水管 | p=3 t=1wd
小区供水管网老化 | Ageing estate water network | 管网老化 水管老化 黄锈水 改造水管 铸铁管 老化爆管 | p=3 t=10wd w=10080
私接偷水 | Water theft | 偷水 私接水管 绕表用水 私接自来水 盗水 偷接水 | p=3 t=3wd w=10080
消火栓私自取水 | Hydrant used without permission | 消防栓取水 偷用消防栓 洗车用消防栓 消防栓放水 打开消防栓 私接消防栓 | p=3 t=1wd s=cv r=100 w=1440
供水设施被占压 | Water mains built over | 占压水管 水管上盖房 供水管占压 阀门被埋 水表被埋 压管 | p=3 t=5wd w=10080
水务营业服务 | Water utility customer service | 营业厅 客服 水务服务 抄表员 水务热线 水司态度 | p=4 t=5wd w=10080
供水收费问题 | Water billing issue | 水费 水费贵 水费账单 阶梯水价 水费异常 抄表 | p=4 t=5wd w=10080
供水报装咨询 | Water connection enquiry | 报装 开户 装水表 用水报装 水表过户 接水 | p=4 t=10wd w=10080
""",
    ),
    (
        "02",
        "排水",
        "d=DRAINAGE p=3 t=1wd s=civ r=200 w=1440",
        """
小区排水管道堵塞 | Blocked drains in an estate | 小区下水道 排水管堵 厕所反水 楼下反水 地漏返水 下水管堵 | p=2 t=8wh
排水沟渠淤积 | Silted drainage ditch | 排水沟 水沟堵 沟渠淤积 明渠 排水渠 沟里淤泥
雨污混接 | Cross-connected storm and foul sewers | 雨污分流 混接 错接 雨水管接污水 污水接雨水 雨污混流 | t=5wd w=10080
排水户违规接驳 | Unpermitted sewer connection | 排水许可 排水证 私接排水 违规排水 纳管 排水户 | p=4 t=10wd s=c w=10080
隔油池未清掏 | Grease trap not cleaned | 隔油池 油脂 隔油池满 餐饮隔油 油水分离 隔油设施
污水处理设施异常 | Sewage treatment malfunction | 污水处理 一体化设施 污水站 处理设施 设施停运 出水发黑
易涝点整治 | Flood-prone spot | 内涝点 易涝点 水浸点 低洼地 积水黑点 排涝 | p=2 t=5wd w=10080
排水管网沉降渗漏 | Sewer subsidence or leak | 管道塌 渗漏 路面沉陷 管网破损 地下管道 污水渗出
污水管网未接驳 | Building not connected to sewer | 未接驳 污水未纳管 没接污水管 污水收集 接驳 截污 | t=10wd w=10080
排水设施被占压 | Drainage built over | 占压排水 盖住水沟 排水沟加盖 水沟被填 堵塞排水沟 渠道被占
雨水口缺失 | Missing street gully | 没有雨水口 排水口少 路边无排水 积水排不走 雨水口不够 收水口 | t=10wd w=10080
""",
    ),
    (
        "03",
        "河涌与防汛",
        "d=WATERAFFAIRS p=2 t=1wd s=cv r=500 w=1440",
        """
河涌水位超警 | Canal above warning level | 水位上涨 超警戒 河水漫 水位高 涨水 洪水 | p=1 t=1h s=ci r=2000 w=720
堤围渗漏管涌 | Embankment seepage or piping | 管涌 堤围渗漏 堤坝漏水 冒沙 堤脚渗水 堤身 | p=1 t=1h s=civ r=1000 w=720
防洪设施被破坏 | Flood defences damaged | 防洪设施 堤防破坏 闸门被砸 护岸 堤岸挖掘 防汛设施
防汛物资缺失 | Missing flood-control supplies | 沙包 挡水板 防汛物资 抽水泵 防洪闸板 防汛仓库 | p=3 t=3wd s=c
堤顶路重车通行 | Heavy vehicles on an embankment road | 堤顶路 堤围重车 堤坝行车 大货车上堤 堤路损坏 限载 | p=3 t=3wd
河涌违法搭建 | Structures encroaching on a canal | 河涌搭建 侵占河道 河边违建 占河 临水搭建 河涌加建 | p=3 t=10wd w=10080
河涌违法倾倒 | Dumping into a canal | 倒垃圾进河 河涌倾倒 往河里倒 倒泥头入河 河边倒垃圾 抛弃物
河涌岸坡垃圾 | Litter on canal banks | 河岸垃圾 岸边垃圾 河堤垃圾 河边杂物 岸坡垃圾 河涌边脏 | p=3
河道违法采砂 | Illegal sand dredging | 采砂 挖沙 抽沙船 河道采砂 偷采河沙 采砂船 | t=4h
违规取水 | Unpermitted water abstraction | 抽河水 取水许可 打井取水 私自抽水 地下水开采 取水泵 | p=3 t=5wd
涉水工程违规 | Unpermitted works in a waterway | 涉河工程 河道施工 涉水施工 穿河管道 河道许可 涉河建设 | p=3 t=5wd
河涌藻类水华 | Algal bloom in a canal | 水华 藻类 水面发绿 蓝藻 绿藻 河水发绿 | p=3
河涌网箱养殖 | Cage fish farming in a canal | 网箱养殖 河涌养鱼 围网 河道养殖 拦网 鱼排 | p=3 t=5wd
河涌清淤需求 | Canal dredging request | 清淤 河涌淤积 淤泥多 河床高 疏浚 河涌淤塞 | p=3 t=10wd w=10080
河涌补水调度诉求 | Canal flushing request | 补水 调水 闸门调度 活水 河涌换水 引水 | p=4 t=10wd w=10080
河长公示牌损坏 | River-chief notice board damaged | 河长公示牌 河长牌 河长制 巡河 河长电话 公示牌破损 | p=4 t=10wd w=10080
""",
    ),
)
