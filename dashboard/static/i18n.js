// A small two-language dictionary for the ops wall (Chinese by default, English on the toggle).
// Static text carries data-i18n="key" (or data-i18n-placeholder / data-i18n-title); dynamic text
// calls t(key). The choice is remembered in localStorage.

import { safeGet, safeSet } from './common.js';

const DICT = {
  zh: {
    'app.title': '禅城区网格化指挥中心',
    'app.subtitle': '网格治理实时指挥',
    'login.title': '指挥中心登录',
    'login.username': '账号',
    'login.password': '密码',
    'login.submit': '登录',
    'login.busy': '登录中…',
    'login.failed': '登录失败',
    'login.wrongRole': '该账号不是指挥中心账号',
    'login.network': '无法连接服务器',
    logout: '退出',
    'lang.toggle': 'EN',
    'ws.connecting': '连接中',
    'ws.open': '实时',
    'ws.waiting': '重连中',
    'ws.offline': '网络离线',
    'ws.auth': '登录失效',
    'ws.stopped': '未连接',
    'kpi.events': '事件/分钟',
    'kpi.open': '在办案件',
    'kpi.overdue': '超期案件',
    'kpi.escalated': '升级督办',
    'kpi.waiting': '待派案件',
    'kpi.accept': '接单中位时长',
    'kpi.close': '结案中位时长',
    'map.title': '网格事件热力图',
    'map.loading': '地图加载中…',
    'map.failed': '地图加载失败',
    'map.total': '合计',
    'map.hot': '热点网格',
    'map.stale': '数据延迟',
    'map.grids': '个网格',
    'win.1': '1分钟',
    'win.15': '15分钟',
    'win.1440': '24小时',
    'filter.domain': '领域',
    'filter.allDomains': '全部领域',
    'filter.sources': '来源',
    'src.video': '视频',
    'src.iot': '物联感知',
    'src.citizen': '市民上报',
    'legend.events': '事件数',
    'ticker.title': '实时案件',
    'ticker.empty': '等待案件…',
    'intake.title': '人工分拣',
    'intake.empty': '暂无待分拣事件',
    'intake.other': '其他事项编码',
    'intake.apply': '确定',
    'intake.done': '已分拣',
    'esc.title': '升级督办',
    'esc.empty': '暂无待处理升级',
    'esc.level': '{n}级',
    'cam.title': '视频告警',
    'cam.empty': '暂无视频告警',
    'panel.title': '网格详情',
    'panel.close': '关闭',
    'panel.team': '网格团队',
    'panel.workers': '网格员',
    'panel.openCases': '在办案件',
    'panel.noCases': '无在办案件',
    'panel.noWorkers': '无网格员信息',
    'panel.counts': '当前窗口事件',
    'panel.loading': '加载中…',
    'panel.onDuty': '在岗',
    'panel.offDuty': '离岗',
    'panel.verify': '核查通过',
    'panel.verified': '已核查',
    'panel.sendBack': '退回重办',
    'panel.sentBack': '核查未通过，已退回',
    'case.due': '时限',
    'case.overdue': '超期',
    'status.received': '已受理',
    'status.reported': '已上报',
    'status.registered': '已立案',
    'status.dispatched': '已派遣',
    'status.accepted': '已接单',
    'status.on_site': '已到场',
    'status.handled': '已处置',
    'status.verified': '已核查',
    'status.closed': '已结案',
    'status.evaluated': '已评价',
    'status.deferred': '挂账',
    'status.void': '作废',
    'error.generic': '操作失败',
  },
  en: {
    'app.title': 'Chancheng Grid Command Centre',
    'app.subtitle': 'Real-time grid governance',
    'login.title': 'Command centre sign-in',
    'login.username': 'Account',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.busy': 'Signing in…',
    'login.failed': 'Sign-in failed',
    'login.wrongRole': 'This is not an operator account',
    'login.network': 'Cannot reach the server',
    logout: 'Sign out',
    'lang.toggle': '中文',
    'ws.connecting': 'Connecting',
    'ws.open': 'Live',
    'ws.waiting': 'Reconnecting',
    'ws.offline': 'Offline',
    'ws.auth': 'Session expired',
    'ws.stopped': 'Disconnected',
    'kpi.events': 'Events / min',
    'kpi.open': 'Open cases',
    'kpi.overdue': 'Overdue',
    'kpi.escalated': 'Escalated',
    'kpi.waiting': 'Waiting for a worker',
    'kpi.accept': 'Median to accept',
    'kpi.close': 'Median to close',
    'map.title': 'Grid event heat-map',
    'map.loading': 'Loading map…',
    'map.failed': 'Map failed to load',
    'map.total': 'Total',
    'map.hot': 'Hotspots',
    'map.stale': 'Data delayed',
    'map.grids': 'grids',
    'win.1': '1 min',
    'win.15': '15 min',
    'win.1440': '24 h',
    'filter.domain': 'Domain',
    'filter.allDomains': 'All domains',
    'filter.sources': 'Sources',
    'src.video': 'Video',
    'src.iot': 'IoT',
    'src.citizen': 'Citizens',
    'legend.events': 'events',
    'ticker.title': 'Live cases',
    'ticker.empty': 'Waiting for cases…',
    'intake.title': 'Manual triage',
    'intake.empty': 'Nothing to triage',
    'intake.other': 'Other matter code',
    'intake.apply': 'Apply',
    'intake.done': 'Classified',
    'esc.title': 'Escalations',
    'esc.empty': 'No escalations waiting',
    'esc.level': 'Level {n}',
    'cam.title': 'Camera alerts',
    'cam.empty': 'No camera alerts',
    'panel.title': 'Grid details',
    'panel.close': 'Close',
    'panel.team': 'Grid team',
    'panel.workers': 'Workers',
    'panel.openCases': 'Open cases',
    'panel.noCases': 'No open cases',
    'panel.noWorkers': 'No worker information',
    'panel.counts': 'Events in window',
    'panel.loading': 'Loading…',
    'panel.onDuty': 'on duty',
    'panel.offDuty': 'off duty',
    'panel.verify': 'Verify',
    'panel.verified': 'Verified',
    'panel.sendBack': 'Send back',
    'panel.sentBack': 'Check failed, sent back',
    'case.due': 'due',
    'case.overdue': 'overdue',
    'status.received': 'Received',
    'status.reported': 'Reported',
    'status.registered': 'Registered',
    'status.dispatched': 'Dispatched',
    'status.accepted': 'Accepted',
    'status.on_site': 'On site',
    'status.handled': 'Handled',
    'status.verified': 'Verified',
    'status.closed': 'Closed',
    'status.evaluated': 'Evaluated',
    'status.deferred': 'Deferred',
    'status.void': 'Void',
    'error.generic': 'Action failed',
  },
};

const KEY = 'gridcc.lang';
let lang = safeGet(localStorage, KEY) === 'en' ? 'en' : 'zh';
const listeners = new Set();

export function getLang() {
  return lang;
}

/** Translate; unknown keys fall back to Chinese, then to the key itself (visible, never blank). */
export function t(key, fallback) {
  return DICT[lang][key] ?? DICT.zh[key] ?? fallback ?? key;
}

/** Localised name of an object with name_zh / name_en fields. */
export function nameOf(obj, fallback = '') {
  if (!obj) return fallback;
  return (lang === 'en' ? obj.name_en || obj.name_zh : obj.name_zh || obj.name_en) || obj.name || fallback;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  safeSet(localStorage, KEY, lang);
  applyI18n();
  for (const fn of listeners) fn(lang);
}

export function onLangChange(fn) {
  listeners.add(fn);
}

export function applyI18n(root = document) {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}
