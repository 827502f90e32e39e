"""自然资源: illegal land use, planning and surveying, forestry and geological hazards.

Land matters move slowly (investigation, hearings) so limits are work days,
except illegal building in progress and wildfire risk, which must be stopped
on the spot.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "LAND"
PREFIX = "ZY"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "违法用地",
        "d=NATURAL_RESOURCES p=3 t=5wd s=cv r=200 w=10080",
        """
违法占用耕地 | Illegal occupation of farmland | 占用耕地 毁田 耕地建房 基本农田 耕地被占 占田 | p=2
耕地非农化 | Farmland converted to non-farm use | 耕地挖塘 耕地堆物 耕地硬化 非农化 耕地种树 农田建厂
大棚房违建 | Greenhouse converted to housing | 大棚房 农业大棚建房 设施农用地 看护房 大棚违建 农庄 | p=2
耕地撂荒 | Abandoned farmland | 撂荒 丢荒 荒田 耕地荒废 农田荒废 弃耕 | p=4 t=10wd
违法占地建房 | Building on land without approval | 违法占地 乱占地 占地建房 非法用地 集体土地建房 占地盖房
正在进行的违法用地 | Illegal land use in progress | 正在占地 连夜填土 推土机 正在平整 抢占土地 正在建设 | p=2 t=1wd w=1440
非法转让土地 | Illegal land transfer | 卖地 非法转让 土地买卖 出租土地 转让集体土地 小产权房
临时用地超期 | Temporary land use overdue | 临时用地 超期 临时用地复垦 到期不拆 临时占地 临时用地审批
非法采矿取土 | Illegal mining or earth removal | 挖山 采石 取土 非法采矿 挖泥 采土
闲置土地 | Idle land | 闲置土地 圈地 不开发 土地闲置 空置地块 批而未供
违法改变土地用途 | Unauthorised change of land use | 改变用途 工业用地 商业用途 土地用途 变更用途 厂房改商业
侵占绿线蓝线 | Encroachment on protected green or blue lines | 绿线 蓝线 规划绿地被占 侵占规划 控制线 河道蓝线
卫片图斑核查 | Satellite-detected land change check | 卫片 图斑 遥感 卫星图 变化图斑 核查 | s=c t=10wd
""",
    ),
    (
        "02",
        "规划与测绘",
        "d=NATURAL_RESOURCES p=3 t=10wd s=c r=200 w=10080",
        """
违反规划建设 | Construction violating planning | 违反规划 超规划 规划许可 容积率 超面积 规划违规
规划公示异议 | Objection to a planning notice | 规划公示 规划调整 规划异议 控规 规划听证 规划变更
规划许可公示牌缺失 | Missing planning-permit board | 规划公示牌 批前公示 建设工程规划许可 公示牌 规划许可证 报建公示 | p=4
建筑间距日照纠纷 | Sunlight and spacing dispute | 日照 采光 楼间距 挡光 遮挡 日照间距
临时建筑超期 | Temporary building past its permit | 临时建筑 临建到期 临时建筑超期 临建不拆 临时许可 临建
不动产登记问题 | Property registration issue | 不动产登记 产权登记 宅基地证 确权 不动产权证 登记窗口 | p=4
土地征收补偿纠纷 | Land expropriation compensation dispute | 征地 征地补偿 土地补偿 征地款 安置补偿 被征地
城市更新项目问题 | Urban renewal project issue | 城市更新 三旧改造 旧村改造 更新单元 改造进度 拆迁改造 | p=4
村级工业园改造 | Village industrial park renewal | 村改 工改 村级工业园 旧厂房改造 升级改造 村工业园 | p=4
测量标志损坏 | Damaged survey marker | 测量标志 测量桩 水准点 控制点 测绘标志 三角点 | p=4
问题地图 | Incorrect or illegal map | 问题地图 地图错误 测绘违规 无人机测绘 地图 测绘资质 | p=4
地质灾害隐患点 | Geological hazard spot | 地质灾害 隐患点 崩塌 地裂 地陷 危险边坡 | p=2 t=1wd s=cv
""",
    ),
    (
        "03",
        "林业资源",
        "d=NATURAL_RESOURCES p=3 t=3wd s=cv r=300 w=10080",
        """
盗伐滥伐林木 | Illegal logging | 盗伐林木 滥伐 林地砍伐 山林砍树 林木采伐 采伐证
毁林开垦 | Clearing forest for farming | 毁林 开荒 林地种菜 林地建房 毁林开垦 占用林地
森林防火隐患 | Wildfire risk | 山火 森林防火 上山烧 野外用火 烧山 林区用火 | p=2 t=2h s=civ r=1000 w=720
野生动物救护 | Injured wild animal found | 受伤野生动物 救助动物 野生鸟受伤 猫头鹰 野生动物救护 保护动物 | p=2 t=4h
松材线虫病 | Pine wilt disease | 松树枯死 松材线虫 松树病 枯松 松林 病死松树
""",
    ),
)
