"""Hand-written sources of the matter taxonomy, one module per domain.

The runtime never imports these: ``build_taxonomy`` turns them into
``taxonomy.json`` once, so a reviewer reads short tables instead of 1412 JSON
objects, and the service starts without parsing them.

Each module defines ``DOMAIN`` (a code of ``DOMAINS`` below), ``PREFIX`` (the
two letters of its codes), ``KIND`` and ``CATEGORIES``: a tuple of
``(大类 number, 大类 name, defaults, rows)``.  The row syntax is documented in
``build_taxonomy``.  Rows are append-only: a code, once published, keeps its
meaning, so new matters go at the end of their 大类 and retired ones are
replaced rather than deleted (the builder refuses a renumbering).
"""

from __future__ import annotations

# (code, name_zh, name_en): the heat-map's domain filter, in display order.
DOMAINS: tuple[tuple[str, str, str], ...] = (
    ("URBAN", "城市管理", "Urban management (GB/T 30428.2 components and events)"),
    ("SECURITY", "治安防范", "Public security"),
    ("FIRE", "消防安全", "Fire safety"),
    ("WORK_SAFETY", "安全生产", "Work safety"),
    ("ENVIRONMENT", "生态环境", "Ecology & environment"),
    ("FOOD_DRUG", "食品药品安全", "Food & drug safety"),
    ("RENTAL", "出租屋管理", "Rental housing"),
    ("LABOUR", "劳动保障", "Labour & social security"),
    ("CIVIL", "民政服务", "Civil affairs"),
    ("EMERGENCY", "应急管理", "Emergency management"),
    ("MARKET", "市场监管", "Market supervision"),
    ("TRANSPORT", "交通运输", "Transport & traffic order"),
    ("WATER", "水务防汛", "Water affairs & flood control"),
    ("EDUCATION", "教育", "Education"),
    ("HEALTH", "卫生健康", "Health"),
    ("CULTURE", "文化旅游", "Culture, tourism & sports"),
    ("HOUSING", "房屋安全", "Housing safety & property management"),
    ("LAND", "自然资源", "Natural resources & land use"),
    ("COMMUNITY", "社区治理", "Disputes & community services"),
    ("UTILITIES", "公用事业", "Utilities: power, gas, telecom & post"),
    ("AGRICULTURE", "农业农村", "Agriculture & rural affairs"),
)

# Source modules in build order; the order of the generated file follows it.
MODULES: tuple[str, ...] = (
    "urban_components",
    "urban_events",
    "urban_governance",
    "security",
    "fire",
    "work_safety",
    "environment",
    "food_drug",
    "rental",
    "labour",
    "civil",
    "emergency",
    "market",
    "transport",
    "water",
    "education",
    "health",
    "culture",
    "housing",
    "land",
    "community",
    "utilities",
    "agriculture",
)
