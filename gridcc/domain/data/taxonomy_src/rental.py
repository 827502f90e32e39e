"""出租屋管理: registration of rentals and tenants, rental safety, tenancy disputes, smart-access alarms.

Chancheng's rental stock is largely urban-village self-built housing, where
registration gaps, overcrowding and fire risk come together; the centre
checks them by grid, so each matter names the concrete gap a grid worker can
verify on one visit.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "RENTAL"
PREFIX = "CZ"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "出租屋登记",
        "d=RENTAL p=3 t=3wd s=c r=50 w=10080",
        """
出租屋未登记流动人口 | Tenants not registered | 流动人口 居住登记 租客未申报 人口登记 没登记租客 新来租客
出租屋未备案 | Unregistered rental unit | 出租屋备案 租赁备案 没备案 出租登记 房屋租赁登记 出租屋编码
租客变更未申报 | Tenant changes not reported | 换租客 退租 租客变更 搬走 入住申报 变更登记
居住证办理咨询 | Residence permit enquiry | 居住证 办居住证 积分入户 签注 居住证续签 居住证明 | p=4 t=5wd
出租人治安责任未落实 | Landlord security duties not met | 治安责任书 出租人责任 房东责任 安全承诺书 房东不管 房东失联
二房东违规转租 | Unauthorised subletting | 二房东 转租 分租 转包 中介转租 转租纠纷
出租屋涉嫌违法活动 | Suspected illegal activity in a rental | 出租屋窝点 可疑租客 出租屋传销 出租屋赌博 出租屋诈骗 出租屋藏人 | d=POLICE p=2 t=1wd
网约房未登记住客 | Short-let rental not registering guests | 网约房 短租 日租房 民宿登记 酒店式公寓 钟点房 | d=POLICE
境外人员住宿未登记 | Foreign resident not registered | 外国人 境外人员 住宿登记 外籍租客 临住登记 护照 | d=POLICE
""",
    ),
    (
        "02",
        "出租屋安全",
        "d=RENTAL p=2 t=1wd s=cv r=50 w=1440",
        """
群租房安全隐患 | Overcrowded shared rental | 群租房 群租 床位出租 一屋多住 人均面积不足 上下铺出租
出租屋违规隔断 | Illegal partitions in a rental | 隔断 打隔断 木板隔断 分隔小间 胶合板隔间 改建小间
出租屋消防设施缺失 | Rental without fire equipment | 出租屋灭火器 出租屋烟感 出租屋消防 逃生设施 出租屋没灭火器 逃生绳 | d=FIRE
出租屋电气线路老化 | Old wiring in a rental | 出租屋电线 电线老化 插座烧 线路老化 电表箱 出租屋跳闸
出租屋燃气热水器隐患 | Gas water-heater hazard in a rental | 燃气热水器 直排热水器 浴室煤气 热水器装浴室 一氧化碳 出租屋煤气 | d=GAS p=1 t=4h
出租屋结构安全隐患 | Structural danger in a rental building | 出租屋裂缝 出租屋危房 加建出租 楼板开裂 出租楼倾斜 出租屋墙裂 | d=HOUSING
出租屋治安防范缺失 | Rental without security measures | 出租屋门锁 无门禁 出租屋监控 防盗 出租屋被盗 大门常开
地下室违规出租 | Basement rented as housing | 地下室出租 地下室住人 车库住人 半地下 违规出租 地下室群租
厂房仓库违规出租住人 | Factory or warehouse rented as housing | 厂房出租住人 仓库住人 厂房改宿舍 工业用房住人 厂房隔间 员工宿舍违规
出租屋用作仓库 | Rental flat used as storage | 出租屋仓库 住宅当仓库 囤货 货物堆放 电商仓 住宅仓储
出租屋卫生脏乱 | Unsanitary rental building | 出租屋卫生 出租屋垃圾 租客乱丢垃圾 出租楼道脏 出租屋老鼠 出租屋发臭 | d=SANITATION p=3
出租屋失修漏水 | Rental in disrepair | 房东不修 出租屋漏水 墙体渗水 出租屋维修 门窗坏 出租屋发霉 | p=3 t=5wd
集中式公寓管理 | Managed rental apartment building issues | 集中式公寓 公寓管理 公寓安全 公寓消防 白领公寓 公寓楼 | p=3 t=3wd
出租屋租客扰民 | Tenants causing nuisance | 租客吵 租客扰民 租客打架 租客养狗 租客喝酒 租客半夜吵 | p=3 t=2wd
""",
    ),
    (
        "03",
        "租赁纠纷",
        "d=RENTAL p=3 t=5wd s=c r=50 w=10080",
        """
押金纠纷 | Deposit dispute | 押金 不退押金 扣押金 退租押金 押金纠纷 押一付三
租金纠纷 | Rent dispute | 租金 涨租 交租 欠租 房租 催租
房东断水断电 | Landlord cut off water or power | 断水断电 房东停电 停水逼走 房东锁门 房东换锁 赶租客 | p=2 t=1wd
出租屋水电费乱收 | Overcharged utilities in a rental | 水电费 电费贵 水费贵 一块五一度 乱收水电费 转供电 | d=MARKET
租赁中介违规 | Rental agency misconduct | 中介 黑中介 中介费 虚假房源 中介跑路 看房费 | d=MARKET
长租公寓爆雷 | Long-term rental platform collapse | 长租公寓 租金贷 公寓跑路 爆雷 二房东跑路 公寓停业 | p=2
租客失联欠租 | Tenant vanished owing rent | 租客跑了 租客失联 欠租跑路 租客东西 清房 联系不上租客
租赁合同纠纷 | Lease contract dispute | 租赁合同 提前解约 违约金 续租 合同到期 口头租约
""",
    ),
    (
        "04",
        "出租屋智能管控",
        "d=RENTAL p=3 t=3wd s=ci r=50 w=1440",
        """
出租屋门禁系统故障 | Rental building access-control fault | 出租屋门禁 视频门禁 出租屋大门 门禁不锁 门禁坏 门禁卡失效
出租屋隐患整改未落实 | Rental inspection findings not fixed | 隐患未整改 出租屋检查 复查 整改通知 屡查屡犯 整改期限 | s=c w=10080
出租屋人员异常聚集 | Abnormal occupancy from access data | 人员异常 频繁进出 门禁数据 多人同住 住户激增 智能门禁预警 | p=2 t=1wd s=i
出租屋用电异常 | Abnormal electricity use alarm | 用电异常 电表预警 智能电表 用电激增 夜间用电 窃电嫌疑 | s=i
出租屋烟感离线 | Rental smoke detector offline | 烟感离线 烟感没电 烟感拆除 烟感故障 设备离线 烟感低电 | d=FIRE s=i
""",
    ),
)
