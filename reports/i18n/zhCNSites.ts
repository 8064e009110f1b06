/**
 * Simplified Chinese words of a several-site run (the keys of enSites.ts):
 * 站点 × 设计方案, 排名, PUE 限值, 达标/超限, 未模拟（排除）, 东部/西部, and the
 * terms of zhCN.ts (电能利用效率 PUE, 水资源利用效率 WUE, 碳利用效率 CUE,
 * 总拥有成本 TCO, 净现值). Reasons for exclusion and price sources are the
 * scenario's own text (summary.json) and stay as written.
 */
import type { Messages } from './en.js';

export const zhCNSites: Messages['sites'] = {
  currenciesDiffer: (list) => `各站点的计价货币不同（${list}）`,
  noTco: '部分组合没有总拥有成本 TCO',
  status: { within: '未超过 PUE 限值', above: '超过 PUE 限值', none: '无 PUE 限值', excluded: '未模拟（排除）' },
  section: {
    title: '这些负载应部署在哪里？',
    basisMoney: (money, years) => `总拥有成本 TCO 最低：${years} 年 ${money}（净现值）`,
    basisPue: (pue, why) => `年度电能利用效率 PUE 最低：${pue}（${why}，因此不比较总额）`,
    fails: (count, total, list) => `${total} 个组合中有 ${count} 个超过所在站点的 PUE 限值（${list}）`,
    noneFail: (total) => `${total} 个站点 × 设计方案组合均未超过所在站点的 PUE 限值`,
    bestWithin: (pair) => ` 未超过限值的最优组合为 ${pair}。`,
    none: '无',
    lead: (best, total, basis, fails, fallback) => `${best} 在 ${total} 个站点 × 设计方案组合中排名第一，${basis}；${fails}。${fallback}`,
    siteCurrency: '站点货币',
    pass: '达标',
    fail: '超限',
    header: (money) => ['排名', '站点', '区域', '设计方案', `总拥有成本 TCO（${money}）`, 'PUE', 'PUE 限值', '对照限值', 'WUE（L/kWh）', 'CUE（kg/kWh）', `PUE 加价（${money}）`], // term? surcharge: 加价 (差别电价)
    regions: { east: '东部', west: '西部' },
    rankedByMoney: (money) => `按总拥有成本 TCO（分析期内净现值，${money}）排名，相同时按 PUE；PUE 限值仅作展示，不参与排名。`,
    rankedByPue: (why) => `按年度 PUE 排名：${why}，因此不比较总额；各总拥有成本 TCO 均以所在站点的货币计。`,
    metrics: 'PUE：年度能耗比（ISO/IEC 30134-2）；达标：PUE 不高于限值。WUE：每 kWh IT 设备能耗消耗的站点用水（L）；CUE：按站点电网排放因子计，每 kWh IT 设备能耗的 kg CO2e。' +
      'PUE 加价：分析期内的净现值，已计入总拥有成本 TCO。',
    excluded: (name, id, reason) => `未模拟（排除）：${name}（${id}）：${reason}。`,
    price: (site, input, value, source) => `${site} 的价格：${input} = ${value}；${source}。`,
    assumption: (note) => `假设（${note}）`,
    noSourceFound: '未找到来源',
    assumptionSource: '假设',
    firstSite: (name) => `上方关键指标及本报告其他各节均为第一个站点（${name}）的运行结果，与 summary.json 顶层一致；各站点的数值见 summary.json 的 sites[]。`,
  },
  ranking: {
    title: '站点与设计方案排名',
    aboveLimit: (limit) => `  ✗ 超过 PUE 限值 ${limit}`,
    tcoAxis: (currency) => `总拥有成本 TCO，净现值（${currency}）`,
    pueAxis: '年度 PUE (-)',
    subtitleMoney: (currency) => `按总拥有成本 TCO（净现值，${currency}）由优到劣；标签：总额及相对最优组合的额外成本`,
    subtitlePue: (why) => `按年度 PUE 由低到高排名：${why}，因此不比较总额`,
    failNote: (count) => `${count} 个组合超过所在站点的 PUE 限值（红色虚线边框）。`,
    allWithin: '所有组合均未超过所在站点的 PUE 限值，或站点无限值。',
    ofTco: (currency) => `表示以 ${currency} 计的总拥有成本 TCO`,
    ofPue: '表示年度 PUE',
    description: (of, best, label, failNote) => `水平条形图，每个站点与设计方案一条，${of}，由优到劣。最优：${best}（${label}）。${failNote}`,
    none: '无',
    pairTip: '排名、站点、设计方案',
    tcoTip: (currency) => `总拥有成本 TCO（${currency}）`,
    pueTip: 'PUE（-）',
  },
  pueWue: {
    title: '各站点与设计方案的 PUE 和 WUE',
    subtitle: '年度 PUE（条形从 1 开始；黑色刻度：站点的 PUE 限值）及每 kWh IT 设备能耗的用水量',
    description: (limits) => `分组水平条形图：各模拟站点每个设计方案的年度 PUE 和 WUE，最优站点在前。PUE 限值：${limits}。`,
    noLimits: '未给出',
    pueAxis: '年度 PUE (-)',
    site: '站点',
    design: '设计方案',
    pueTip: 'PUE（-）',
    againstLimit: '对照限值',
    limitTip: 'PUE 限值（-）',
    source: '来源',
    wue: 'WUE（L/kWh）',
  },
  map: {
    title: '站点位置',
    subtitle: ['各站点的最优设计方案及其年度 PUE；', '颜色：该 PUE 对照站点限值'],
    label: (site, design, pue) => `${site}：${design}，PUE ${pue}`,
    excludedLabel: (site) => `${site}：未模拟（排除）`,
    description: (count, labels) =>
      `${count} 个站点的地图（各气象站的纬度和经度），墨卡托投影。${labels}。陆地轮廓：Natural Earth 1:110m 陆地（公有领域），` +
      '取自 world-atlas 软件包，嵌入报告中（无在线瓦片，无国界）。',
    legend: '最优设计方案',
    site: '站点',
    againstLimit: '对照限值',
  },
  terminal: {
    byTco: '站点排名：按总拥有成本 TCO（单一货币），相同时按 PUE',
    byPue: '站点排名：按年度 PUE（总拥有成本 TCO 不可比：有设计方案无成本数据，或货币不止一种）',
    header: ['排名', '站点', '设计方案', '总拥有成本 TCO（净现值）', 'PUE', 'PUE 限值', '达标', 'WUE（L/kWh）', 'CUE（kg/kWh）'],
    pass: '达标',
    fail: '超限',
    notSimulated: (id, name, reason) => `未模拟（排除）：${id}（${name}）：${reason}`,
    failing: (failing, limited) => `有 PUE 限值的 ${limited} 个站点 × 设计方案组合中，${failing} 个超过限值（超限）`,
  },
};
