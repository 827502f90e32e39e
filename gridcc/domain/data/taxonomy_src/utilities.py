"""公用事业: power, piped and bottled gas, telecom and broadcasting, post and express.

These are service matters owned by utilities rather than by the government;
the centre forwards them and follows up, so limits are work days except
where a fault leaves people without supply.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "UTILITIES"
PREFIX = "GY"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "供电服务",
        "d=POWER p=3 t=1wd s=c r=500 w=1440",
        """
电压不稳 | Unstable voltage | 电压不稳 电压低 灯忽明忽暗 电器烧坏 电压高 电压波动 | p=2 t=8wh
频繁停电 | Frequent outages | 频繁停电 经常停电 三天两头停电 老是停电 反复停电 停电多 | p=2 t=3wd w=10080
计划停电未通知 | Planned power outage without notice | 停电通知 没通知停电 计划停电 检修停电 停电公告 临时停电
电费争议 | Electricity billing dispute | 电费 电费高 电费账单 阶梯电价 电费异常 预交电费 | p=4 t=5wd w=10080
电表异常 | Electricity meter fault | 电表 电表走快 电表不走 电表坏 智能电表 电表跳 | t=3wd
用电报装 | Power connection request | 用电报装 装电表 增容 新装用电 过户电表 临时用电申请 | p=4 t=10wd w=10080
充电桩报装 | EV charger power connection | 充电桩报装 充电桩电表 充电桩申请 私桩报装 充电桩接电 装桩 | p=4 t=10wd w=10080
户外低压线路老化 | Ageing outdoor low-voltage lines | 线路老化 电线杆老化 线路破旧 电缆老化 低压线路 电线破皮 | p=2 t=3wd
电力保护区违章 | Building or piling under power lines | 高压线下建房 电力保护区 线下建房 高压线下堆物 电力线下 线路通道 | p=2 t=3wd
窃电 | Electricity theft | 偷电 窃电 绕表 私接电 电表做手脚 偷接电 | t=5wd w=10080
转供电加价 | Sub-metered power overcharged | 转供电 加价 商业电价 物业电价 电费加价 转供电主体 | d=MARKET p=4 t=10wd w=10080
树线矛盾 | Trees touching power lines | 树碰电线 树枝搭线 树线矛盾 树压电线 电线穿树 电线边修树 | p=2 t=3wd
""",
    ),
    (
        "02",
        "燃气服务",
        "d=GAS p=3 t=3wd s=c r=500 w=10080",
        """
燃气开户通气 | Gas account & connection | 燃气开户 通气 开通燃气 点火通气 燃气过户 燃气申请
燃气费争议 | Gas billing dispute | 燃气费 气费 燃气账单 气价 燃气收费 预存气费 | p=4 t=5wd
燃气维修服务 | Gas repair service | 燃气维修 灶具维修 燃气报修 维修收费 燃气师傅 维修不及时
燃气表更换 | Gas meter replacement | 换表 燃气表更换 到期换表 换表收费 IC卡表 智能燃气表 | p=4 t=5wd
瓶装气配送服务 | Bottled-gas delivery service | 送气 液化气配送 瓶装气价格 送气工 换气 气价贵
管道燃气入户 | Piped-gas installation | 管道气 通燃气 燃气改造 接驳燃气 燃气入户 管道燃气安装 | p=4 t=10wd
""",
    ),
    (
        "03",
        "通信广电",
        "d=TELECOM p=3 t=3wd s=c r=500 w=10080",
        """
手机信号差 | Poor mobile signal | 没信号 信号差 4G 5G信号 手机信号 打不通电话
宽带网络故障 | Broadband fault | 宽带 断网 网络故障 网速慢 光猫 上不了网 | t=1wd w=1440
有线电视故障 | Cable TV fault | 有线电视 电视没信号 机顶盒 IPTV 电视故障 数字电视 | t=1wd w=1440
光纤入户申请 | Fibre installation request | 光纤入户 宽带报装 装宽带 网络覆盖 宽带接入 光纤到户 | p=4 t=10wd
基站建设受阻 | Base station construction blocked | 建基站 基站进场 基站选址 阻挠建站 5G建设 基站拆除 | p=4 t=10wd
通信资费争议 | Telecom billing dispute | 话费 扣费 套餐 流量费 乱扣费 携号转网 | p=4 t=5wd
骚扰电话短信 | Nuisance calls & texts | 骚扰电话 垃圾短信 推销电话 骚扰短信 响一声 营销电话 | p=4 t=5wd
""",
    ),
    (
        "04",
        "邮政快递",
        "d=MARKET p=4 t=5wd s=c r=500 w=10080",
        """
快递丢件损毁 | Lost or damaged parcel | 快递丢件 快递破损 包裹丢失 快递损坏 快递少件 丢快递 | p=3
快递延误 | Parcel delayed | 快递延误 快递慢 不更新物流 快递停滞 物流慢 快递几天没到
快递不送上门 | Parcel not delivered to the door | 不送上门 放驿站 快递不上门 送货上门 快递员不送 放门口
快递驿站乱收费 | Parcel station charges | 驿站收费 取件收费 保管费 驿站乱收费 超时收费 代收费
快递暴力分拣 | Rough parcel sorting | 暴力分拣 扔快递 摔快递 踩快递 分拣粗暴 抛件
邮政网点服务 | Post office service | 邮局 邮政网点 营业时间 邮政服务 邮局排队 寄信
邮件投递问题 | Mail delivery problem | 邮件 挂号信 邮政 信件丢失 邮政投递 EMS
快递占道分拣 | Parcel sorting on the pavement | 快递占道 路边分拣 快递车占道 驿站占道 快递网点占道 快递堆路边 | d=URBAN p=3 t=1wd s=cv r=100 w=1440
""",
    ),
)
