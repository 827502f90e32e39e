"""Responsible departments: who owns a matter type, and who is sent.

A grid-level matter (exposed garbage, a missing manhole cover's first check)
goes to the grid's own team; a specialised one (a gas leak, a fight, a fire)
goes to the department's specialist team, with the grid team informed.  The
``grid_level`` flag is that split; dispatch policy reads it, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Department:
    """A government department (or utility) that owns matter types."""

    code: str
    name_zh: str
    name_en: str
    grid_level: bool  # True: the grid team handles it; False: the department's specialist team does


DEPARTMENTS: tuple[Department, ...] = (
    Department("URBAN", "城市管理和综合执法局", "Urban Management & Law Enforcement", True),
    Department("SANITATION", "环境卫生管理所", "Sanitation", True),
    Department("GREENING", "园林绿化管理所", "Parks & Greening", True),
    Department("HOUSING", "住房和城乡建设局", "Housing & Construction", True),
    Department("CIVIL", "民政局", "Civil Affairs", True),
    Department("RENTAL", "出租屋管理服务中心", "Rental Housing Service Centre", True),
    Department("COMMUNITY", "社区居委会", "Community Residents' Committee", True),
    Department("POLICE", "公安分局", "Public Security Bureau", False),
    Department("FIRE", "消防救援大队", "Fire & Rescue Brigade", False),
    Department("GAS", "燃气集团抢修中心", "Gas Emergency Repair", False),
    Department("WATER", "供水集团抢修中心", "Water Supply Emergency Repair", False),
    Department("DRAINAGE", "排水管理所", "Drainage Management", False),
    Department("POWER", "供电局抢修中心", "Power Supply Emergency Repair", False),
    Department("TRAFFIC", "交通运输局", "Transport Bureau", False),
    Department("TRAFFIC_POLICE", "交警大队", "Traffic Police", False),
    Department("ECOENV", "生态环境分局", "Ecology & Environment", False),
    Department("MARKET", "市场监督管理局", "Market Supervision", False),
    Department("SAFETY", "应急管理局", "Emergency Management & Work Safety", False),
    Department("HEALTH", "卫生健康局", "Health Commission", False),
    Department("HR", "人力资源和社会保障局", "Human Resources & Social Security", False),
    Department("TELECOM", "通信运营商联合维护中心", "Telecom Operators' Maintenance", False),
    Department("WATERAFFAIRS", "水利局", "Water Affairs & Flood Control", False),
    Department("NATURAL_RESOURCES", "自然资源分局", "Natural Resources (land & planning)", False),
    Department("EDUCATION", "教育局", "Education Bureau", False),
    Department("CULTURE", "文化广电旅游体育局", "Culture, Tourism & Sports", False),
)

BY_CODE: dict[str, Department] = {d.code: d for d in DEPARTMENTS}


def department(code: str) -> Department:
    """The department with this code; a clear KeyError names the bad code."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown department code {code!r}; known: {', '.join(sorted(BY_CODE))}") from None
