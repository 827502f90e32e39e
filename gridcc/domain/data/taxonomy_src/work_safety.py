"""安全生产: hazardous chemicals, industrial hazards by trade, construction and special equipment.

Chancheng's industry (ceramics in 石湾, aluminium, furniture, hardware, food
processing) shapes the trade variants: each trade has its own inspection
checklist and its own typical accident, so a report on a kiln and one on a
polishing line go to different inspectors.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "WORK_SAFETY"
PREFIX = "AQ"
KIND = "governance"

VARIANTS = {
    "SPACE": (
        ("污水井", "sewer manhole", "污水井 下井 沼气"),
        ("化粪池", "septic tank", "化粪池 清掏 粪池"),
        ("地下管廊电缆沟", "utility tunnel", "管廊 电缆沟"),
        ("储罐槽车", "tank or tanker", "储罐 罐体 清罐"),
        ("发酵腌制池", "fermentation pit", "发酵池 腌制池 酱料池"),
    ),
    "DUST": (
        ("铝镁金属粉尘", "aluminium/magnesium dust", "铝粉 镁粉 抛光"),
        ("木粉尘", "wood dust", "木粉 木工 砂光"),
        ("粮食淀粉粉尘", "grain/starch dust", "面粉 淀粉 粮食"),
        ("塑料橡胶粉尘", "plastic/rubber dust", "塑料粉 橡胶粉 粉碎"),
        ("纺织纤维粉尘", "textile fibre dust", "棉尘 纤维 纺织"),
    ),
    "TRADE": (
        ("陶瓷", "ceramics", "陶瓷厂 窑炉 釉料 石湾"),
        ("铝型材", "aluminium extrusion", "铝型材 熔铸 铝水 挤压"),
        ("家具制造", "furniture", "家具厂 开料 喷漆房 木工"),
        ("五金机械", "hardware & machinery", "五金厂 冲床 车床 压铸"),
        ("纺织服装", "textiles & garments", "制衣厂 针织 印染 布料"),
        ("食品加工", "food processing", "食品厂 液氨 冷库 调味品"),
        ("塑料橡胶", "plastics & rubber", "注塑 造粒 吹膜 橡胶"),
        ("印刷包装", "printing & packaging", "印刷厂 纸箱厂 油墨 覆膜"),
        ("电镀化工", "electroplating & chemicals", "电镀 酸洗 化工厂 反应釜"),
        ("锂电池储能", "lithium batteries & storage", "锂电池 电芯 储能柜 电池仓"),
        ("仓储物流", "warehousing & logistics", "物流仓 货架 叉车 月台"),
        ("汽车维修", "vehicle repair", "汽修厂 喷漆 举升机 修车"),
        ("石材加工", "stone processing", "石材厂 切割 石粉 大理石"),
        ("商业综合体", "commercial complex", "商场 综合体 中庭 商场物业"),
    ),
}

CATEGORIES = (
    (
        "01",
        "危险化学品",
        "d=SAFETY p=2 t=4wh s=c r=100 w=1440",
        """
危化品违规储存 | Hazardous chemicals stored unsafely | 危化品 化学品储存 危险化学品 仓库存化学品 易燃液体 化工原料
危化品非法经营 | Unlicensed hazardous chemical trading | 无证经营危化品 非法经营化学品 化学品买卖 危化品门店 无许可 稀释剂 | t=1wd
危化品运输车辆违规 | Hazmat vehicle violations | 危化品车 槽罐车 危险品运输 罐车违停 危险品车 油罐车 | s=cv r=500 w=240
危化品泄漏 | Hazardous chemical leak | 化学品泄漏 危化品泄漏 刺鼻气味 化工泄漏 液体泄漏 有毒气体 | p=1 t=30m s=civ r=1000 w=240
剧毒化学品管理隐患 | Highly toxic chemicals mismanaged | 剧毒 氰化物 剧毒品 双人双锁 毒害品 剧毒农药 | p=1 t=2h
非法加油点 | Illegal fuel point | 散装汽油 流动加油 非法加油 黑加油站 油桶卖油 私设加油点 | t=1wd
气瓶非法充装 | Illegal gas cylinder refilling | 非法充装 倒气 瓶对瓶 私充液化气 黑气站 钢瓶充装 | d=GAS t=1wd
钢瓶超期未检 | Gas cylinder past inspection date | 钢瓶过期 气瓶年检 超期钢瓶 报废钢瓶 气瓶检测 钢瓶锈蚀 | d=GAS p=3 t=3wd
烟花爆竹非法储存销售 | Illegal fireworks storage or sale | 非法卖烟花 私藏烟花 烟花仓库 鞭炮批发 烟花爆竹 卖鞭炮 | t=1wd
油漆涂料店违规储存 | Paint shop storing excess flammables | 油漆店 涂料店 天那水 油漆仓库 稀料 油漆堆放 | p=3 t=3wd
工业气体违规存放 | Industrial gases stored unsafely | 氧气瓶 乙炔瓶 氩气 工业气体 气瓶混放 气瓶无防倒 | p=3 t=3wd
喷涂作业易燃液体隐患 | Flammable liquids at spray-painting work | 喷漆作业 喷涂 油漆作业 喷漆棚 稀释剂挥发 静电 | p=3 t=3wd
""",
    ),
    (
        "02",
        "工贸企业安全",
        "d=SAFETY p=2 t=1wd s=c r=100 w=1440",
        """
有限空间作业违规（{}） | Unsafe confined-space work ({}) | 有限空间 通风检测 无人监护 气体检测 作业审批 | x=SPACE p=1 t=1h s=cv w=240
粉尘涉爆隐患（{}） | Combustible dust hazard ({}) | 粉尘 粉尘爆炸 除尘器 积尘 防爆 | x=DUST
企业安全生产隐患（{}） | Safety hazard at a {} firm | 安全隐患 工厂隐患 车间 安全检查 隐患整改 | x=TRADE p=3 t=3wd w=10080
涉氨制冷隐患 | Ammonia refrigeration hazard | 液氨 氨制冷 冷库 氨泄漏 制冷机房 氨气 | p=1 t=4h
高处作业无防护 | Work at height without protection | 高处作业 高空作业 没系安全带 外墙作业 登高作业 屋面作业 | p=1 t=1h s=cv
特种作业无证上岗 | Unlicensed special operations | 无证电工 无证焊工 特种作业 上岗证 无证操作 操作证
机械设备防护缺失 | Missing machine guards | 防护罩 冲床 机器卷入 传动带 设备无防护 双手按钮
安全培训缺失 | No safety training | 安全培训 三级教育 无培训上岗 安全教育 新员工培训 安全意识 | p=3 t=5wd w=10080
劳动防护用品未配发 | No personal protective equipment | 劳保用品 防护用品 防尘口罩 防护手套 护目镜 耳塞 | p=3 t=3wd
厂房结构安全隐患 | Factory building structural risk | 厂房开裂 厂房屋顶漏 钢结构锈蚀 厂房危险 房梁开裂 屋架变形
小作坊安全隐患 | Unsafe backyard workshop | 家庭作坊 黑作坊 无牌工厂 地下工厂 小加工点 作坊 | p=3 t=3wd
外包作业安全管理 | Contractor work safety | 外包作业 承包商 外包单位 交叉作业 外来施工 外包安全 | p=3 t=3wd
危险作业审批缺失 | Hazardous work without permit | 作业审批 作业票 危险作业 作业许可 动火票 审批缺失 | t=4h
企业应急预案缺失 | No emergency plan at enterprise | 应急预案 应急演练 应急器材 事故预案 应急处置 企业预案 | p=4 t=10wd w=10080
""",
    ),
    (
        "03",
        "建筑施工安全",
        "d=HOUSING p=2 t=4wh s=cv r=100 w=1440",
        """
脚手架安全隐患 | Unsafe scaffolding | 脚手架 棚架 脚手架倾斜 竹棚架 外架 脚手架松动 | p=1 t=2h
基坑安全隐患 | Excavation pit hazard | 基坑 深基坑 基坑开裂 边坡坍塌 基坑积水 支护
塔吊安全隐患 | Tower crane hazard | 塔吊 塔吊倾斜 塔吊晃 塔吊作业 大风作业 塔吊吊物 | p=1 t=1h
施工人员未戴安全帽 | Site workers without helmets | 不戴安全帽 没戴安全帽 安全帽 工人无防护 施工防护 头盔 | p=3
临边洞口无防护 | Unguarded edges and openings | 临边 洞口 楼梯口 电梯井 没护栏 坠落风险
施工临时用电隐患 | Unsafe temporary site power | 临时用电 工地电箱 电缆拖地 施工用电 漏电保护 一机一闸
外墙吊篮作业隐患 | Gondola work hazard | 吊篮 外墙吊篮 吊绳 蜘蛛人 吊篮倾斜 外墙清洗 | p=1 t=1h
装修拆改承重结构 | Removal of load-bearing walls | 拆承重墙 砸墙 改结构 承重墙 拆梁 打通墙 | t=1wd
零星工程无安全措施 | Minor works without safety measures | 零星工程 小工程 维修工程 无安全措施 私人施工 无资质施工
拆除工程安全隐患 | Demolition hazard | 拆除 拆楼 拆房子 拆除作业 拆除无围蔽 机械拆除
施工升降机隐患 | Construction hoist hazard | 施工电梯 升降机 人货梯 施工升降 载人电梯 吊笼
高支模违规 | Unsafe high formwork | 高支模 支模架 模板 立杆 浇筑 支撑体系 | p=1 t=2h
工地宿舍安全隐患 | Unsafe site dormitory | 工地宿舍 工棚 板房 工人宿舍 活动板房 工地住人
工地围墙倒塌风险 | Site wall at risk of collapse | 工地围墙 围墙倾斜 围墙开裂 砖墙 围挡倒塌 围墙倒 | p=1 t=2h
""",
    ),
    (
        "04",
        "特种设备",
        "d=MARKET p=2 t=4h s=ci r=50 w=1440",
        """
电梯运行异常 | Lift malfunction | 电梯抖 电梯异响 电梯门夹人 电梯下坠 电梯忽上忽下 电梯不平层 | p=1 t=1h
电梯超期未检 | Lift overdue for inspection | 电梯年检 检验合格证 电梯过期 年检标志 电梯检验 合格证过期 | p=3 t=5wd s=c
自动扶梯隐患 | Escalator hazard | 扶梯 自动扶梯 扶梯夹脚 扶梯逆转 扶梯急停 手扶电梯 | p=1 t=1h
锅炉违规使用 | Unsafe boiler use | 锅炉 燃煤锅炉 蒸汽锅炉 锅炉工 锅炉房 无证锅炉 | t=1wd s=c
压力容器隐患 | Pressure vessel hazard | 压力容器 储气罐 空压机罐 蒸汽罐 安全阀 压力表 | t=1wd s=c
起重机械违规作业 | Unsafe crane operation | 吊车 起重机 吊装 龙门吊 行车 吊物下站人 | p=1 t=1h s=cv
叉车违规操作 | Unsafe forklift operation | 叉车 叉车载人 无证开叉车 叉车超速 叉车违规 堆高车 | s=cv
大型游乐设施隐患 | Amusement ride hazard | 游乐设施 过山车 摩天轮 碰碰车 海盗船 大型游乐 | p=1 t=1h s=c
充气游乐设施隐患 | Inflatable play structure hazard | 充气城堡 蹦床城堡 充气滑梯 气垫 充气玩具 充气乐园 | p=2 t=4h s=cv
""",
    ),
    (
        "05",
        "生产安全事故",
        "d=SAFETY p=1 t=30m s=cv r=300 w=240",
        """
爆炸事故 | Explosion | 爆炸 爆炸声 巨响 闪爆 炸了 爆燃 | s=civ r=1000
施工坍塌事故 | Construction collapse | 工地坍塌 基坑塌方 模板坍塌 脚手架倒 支模架塌 塌方埋人 | d=HOUSING
中毒窒息事故 | Poisoning or asphyxiation at work | 中毒 窒息 晕倒在井里 硫化氢 沼气中毒 工人晕倒 | s=civ
机械伤害事故 | Machinery injury | 机器伤人 手被压 卷进机器 冲床伤手 断手指 机械伤害
高处坠落事故 | Fall from height | 高处坠落 从楼上摔 工人摔下 坠落 掉下来 从架子上摔
触电事故 | Electrocution | 触电 电到人 被电击 漏电伤人 电死 触电倒地
物体打击事故 | Struck by falling object | 物体打击 被砸 砸伤 掉落物 砸到工人 高处落物
非法违法生产经营举报 | Report of illegal production | 非法生产 违法生产 无证生产 黑工厂 偷偷生产 夜间偷生产 | p=3 t=5wd s=c r=100 w=10080
企业瞒报事故线索 | Concealed accident lead | 瞒报 隐瞒事故 事故私了 不上报 工亡私了 封口费 | p=2 t=3wd s=c w=10080
重大事故隐患举报 | Whistle-blowing on a major hazard | 重大隐患 安全隐患举报 事故隐患 安全生产举报 隐患举报 随时会出事 | p=2 t=1wd s=c r=100 w=10080
""",
    ),
    (
        "06",
        "城镇燃气安全",
        "d=GAS p=2 t=1wd s=ci r=100 w=1440",
        """
燃气管道占压 | Building over gas pipelines | 燃气管道占压 压管 管道上搭建 燃气管上盖房 管线上堆物 占压 | p=3 t=3wd s=c
餐饮场所燃气隐患 | Gas hazard at a restaurant | 餐饮燃气 饭店煤气 燃气报警器 熄火保护 厨房燃气 燃气管道老化
燃气软管老化 | Ageing gas hose | 燃气软管 胶管老化 软管开裂 橡胶管 软管过长 软管穿墙 | p=3 s=c
燃气报警器缺失 | No gas detector installed | 燃气报警器 可燃气体报警 没装报警器 切断阀 报警器故障 安装报警器 | p=3 s=c
私改燃气管道 | Unauthorised gas pipe alteration | 私改燃气 改管道 移燃气表 私接燃气 燃气管改造 包封燃气管 | s=c
液化石油气瓶违规储存 | Excess LPG cylinders stored | 液化气瓶 储存气瓶 气瓶仓库 多瓶储存 空瓶堆放 液化气站 | s=c
燃气表异常 | Gas meter malfunction | 燃气表 煤气表 燃气表不走 表走快 燃气表漏 燃气表坏 | p=3 t=3wd
燃气安检未入户 | Gas safety check not done | 燃气安检 入户安检 安检员 燃气检查 安检不到位 假安检 | p=4 t=10wd s=c w=10080
""",
    ),
)
