"""农业农村: farm inputs, animal health, fisheries and rural affairs (南庄's farmland and fish ponds).

The department table has no agriculture bureau yet, so each matter goes to
the department that enforces the relevant rule today: farm inputs to market
supervision, carcasses and effluent to ecology, zoonoses to health, rural
affairs to the community committees.
"""
# ruff: noqa: E501  (one matter per line reads better than wrapped table rows)

DOMAIN = "AGRICULTURE"
PREFIX = "NY"
KIND = "governance"

CATEGORIES = (
    (
        "01",
        "农业投入品与农产品",
        "d=MARKET p=3 t=3wd s=c r=300 w=10080",
        """
农资假劣 | Counterfeit farm inputs | 假化肥 假农药 劣质种子 农资 假种子 农药无效
禁限用农药销售使用 | Banned pesticides sold or used | 禁用农药 高毒农药 百草枯 甲胺磷 剧毒农药 违规农药 | p=2
兽药饲料违规 | Illegal veterinary drugs or feed | 兽药 饲料 瘦肉精 违禁添加 假兽药 饲料添加剂 | p=2
农产品产地质量安全 | Farm produce safety at source | 产地农残 种植基地 菜地打药 农产品检测 承诺达标合格证 农产品追溯
动物诊疗违规 | Unlicensed veterinary clinic | 宠物医院无证 兽医 动物诊疗 宠物诊所 无证兽医 宠物打针
农业补贴发放 | Farm subsidy payment | 种粮补贴 农业补贴 耕地地力补贴 农机补贴 补贴发放 农业保险 | d=COMMUNITY p=4 t=10wd
""",
    ),
    (
        "02",
        "动物防疫",
        "d=ECOENV p=2 t=4h s=c r=300 w=1440",
        """
动物疫情报告 | Animal disease outbreak report | 禽流感 非洲猪瘟 死鸡多 猪发病 动物疫情 禽类大量死亡 | d=HEALTH p=1 t=2h r=1000
病死畜禽乱丢弃 | Dead livestock dumped | 死猪 病死猪 死鸭 乱丢死禽 病死动物 死禽 | s=cv
畜禽养殖场防疫 | Biosecurity at a livestock farm | 养殖场防疫 养殖场消毒 防疫条件 禽舍 猪舍 养殖场卫生 | p=3 t=3wd w=10080
犬只登记免疫 | Dog registration & vaccination | 犬只登记 办狗证 犬证 狗打疫苗 犬只免疫 养狗登记 | d=POLICE p=4 t=10wd w=10080
""",
    ),
    (
        "03",
        "渔业与农村事务",
        "d=COMMUNITY p=3 t=5wd s=c r=300 w=10080",
        """
鱼塘尾水直排 | Fish-pond effluent discharged | 鱼塘尾水 塘水排放 鱼塘换水 清塘 尾水治理 塘泥 | d=ECOENV t=1wd w=1440
秸秆焚烧 | Burning crop residue | 烧秸秆 烧稻草 田里烧 焚烧秸秆 烧草 农田冒烟 | d=ECOENV p=2 t=2h s=cv r=500 w=240
渔业船舶安全 | Fishing boat safety | 渔船 捕鱼船 渔船安全 渔船无证 渔民 渔船救生衣 | d=TRAFFIC
农业机械安全 | Farm machinery safety | 农机 拖拉机 收割机 农机载人 农机上路 农用机械 | d=SAFETY
农田水利设施损坏 | Damaged irrigation facilities | 农田水利 灌溉渠 排灌站 水渠破 灌溉 田间沟渠 | d=WATERAFFAIRS
机耕路损坏 | Damaged farm road | 机耕路 田间道路 机耕桥 农田道路 田埂 生产道路
农村人居环境 | Rural living environment | 农村厕所 农村垃圾 村容村貌 人居环境 三清三拆 美丽乡村
农村生活污水设施故障 | Rural sewage facility fault | 农村污水 污水设施 分散式处理 村污水站 村污水管 农村黑臭 | d=DRAINAGE t=3wd
土地承包经营纠纷 | Farmland contract dispute | 土地承包 承包地 土地流转 承包合同 承包费 流转纠纷
鱼塘承包纠纷 | Fish-pond lease dispute | 鱼塘承包 塘租 鱼塘投标 鱼塘合同 塘主 承包鱼塘
""",
    ),
)
