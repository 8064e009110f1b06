/**
 * The Simplified Chinese catalogue (`--lang zh-CN`): the same keys as en.ts,
 * which TypeScript checks (`Messages`). Terms follow GB 40879-2021
 * 《数据中心能效限定值及能效等级》 and the MIIT/NDRC notices: 电能利用效率 PUE,
 * 水资源利用效率 WUE, 碳利用效率 CUE, 局部电能利用效率 pPUE, 能源再利用效率 ERE,
 * IT 设备能耗, 数据中心总能耗, 制冷系统, 供配电系统, 自然冷却, 总拥有成本 TCO,
 * 资本支出 / 运营支出, 净现值, 回收期. Uncertain choices are marked "term?".
 * Numbers and units (MWh, kW, CNY, °C, %) are kept exactly as in English.
 */
import type { Messages } from './en.js';
import { zhCNCharts } from './zhCNCharts.js';
import { zhCNPool } from './zhCNPool.js';
import { zhCNResilience } from './zhCNResilience.js';
import { zhCNSections } from './zhCNSections.js';
import { zhCNSites } from './zhCNSites.js';
import { zhCNStudies } from './zhCNStudies.js';
import { zhCNTerminal } from './zhCNTerminal.js';

const list = (items: string[]): string => items.join('，');

export const zhCN: Messages = {
  htmlLang: 'zh-CN',
  years: (n) => `${n} 年`,
  yes: '是',
  no: '否',
  report: {
    title: (scenario) => `dctwin：${scenario}`,
    kicker: (scenario, weather, seed, hours) => `dctwin 报告 · 场景 ${scenario} · 气象 ${weather} · 随机种子 ${seed} · 模拟 ${hours} h`,
    withOverrides: '覆盖参数',
    kpisTitle: '各设计方案关键指标',
    best: '最优',
    indicator: '指标',
    warning: (text) => `警告：${text}`,
    chartsTitle: '图表',
    inputsTitle: '输入与来源',
    scenarioWithOverrides: '场景（已应用 --set 覆盖参数的文件）',
    scenarioFile: '场景文件',
    sources: '气象、作业轨迹及其他来源',
    costSources: '成本输入及其来源',
    noInputs: '本次运行未记录场景文本或来源。',
  },
  answer: {
    noDesigns: '本次运行没有设计方案。',
    aYear: '全年',
    inHours: (hours) => `在模拟的 ${hours} 小时内`,
    pues: (winner, other) => `PUE ${winner} 对比 ${other}`,
    usesLess: (mwh, share, period, other, pues) => `${period}数据中心总能耗比 ${other} 少 ${mwh} MWh（${share}）（${pues}）`,
    usesMore: (mwh, period, other, pues) => `${period}数据中心总能耗比 ${other} 多 ${mwh} MWh（${pues}）`,
    payingBack: (years) => `，${years}后收回`,
    outweighsCapex: (energy, capex, paid) => `它${energy}，足以抵消其高出 ${capex} 的资本支出${paid}。`,
    costsLessToBuild: (money) => `建设成本低 ${money}`,
    cheaperBoth: (build, energy) => `它${build}，并且${energy}。`,
    cheaperToBuildOnly: (build, energy) => `它${build}，足以抵消${energy}。`,
    tueNote: (id, tue, winnerTue) => ` 若按 TUE（总能源利用效率，把服务器风扇和电源损耗也计为开销）衡量，${id} 更优（${tue} 对比 ${winnerTue}）。`,
    tcoTotal: (money) => `总拥有成本 TCO ${money}`,
    tcoSingle: (name, total, years) => `${name}：${years} 年${total}。`,
    margin: (money, share, other) => `比 ${other} 低 ${money}（${share}）`,
    tcoHeadline: (name, years, total, margins) => `${name} 是 ${years} 年内成本最低的设计方案：${total}，${list(margins)}。`,
    pueLabel: (pue, category) => `PUE ${pue}（${category}）`,
    pueSingle: (name, pue) => `${name}：${pue}。`,
    pueOther: (pue, other) => `${other} 为 ${pue}`,
    pueHeadline: (name, pue, others) => `${name} 的电能利用效率最低：${pue}，而${list(others)}。`,
    pueWhy: (energy, tueNote) => `它${energy}。${tueNote}`,
  },
  kpi: {
    pue: '电能利用效率 PUE（年度，按能耗计）',
    boundaryPue: '指定计量边界处的 PUE',
    tue: 'TUE（总能源利用效率，PUE x ITUE）',
    wue: '水资源利用效率 WUE（L/kWh IT）',
    ere: '能源再利用效率 ERE（（总能耗 - 再利用）/ IT）',
    erf: '能源再利用系数 ERF（再利用 / 数据中心总能耗）', // term? ERF: 能源再利用系数 (ISO/IEC 30134-6 "energy reuse factor")
    cue: '碳利用效率 CUE（kg CO2e/kWh IT）',
    cueMarket: '碳利用效率 CUE，基于市场法，绿电比例按 0 计（kg CO2e/kWh IT）', // term? market-based: 基于市场法 (GHG Protocol Scope 2)
    cueLocation: '碳利用效率 CUE，基于位置法（kg CO2e/kWh IT）',
    peakFacilityPower: '数据中心峰值功率（kW）',
    itEnergy: 'IT 设备能耗（MWh）',
    facilityEnergy: '数据中心总能耗（MWh）',
    compressorHours: '压缩机运行小时数（任一回路）',
    liquidLoop: '液冷回路',
    airLoop: '风冷回路（冷冻水）',
    loop: (name) => `${name}：压缩机（其中部分负荷）/ 自然冷却小时数，压缩机 MWh`,
    tco: '总拥有成本 TCO（净现值）',
    savingsVsFirst: '相对第一个设计方案的节省',
    savingsVs: (id) => `相对 ${id} 的节省`,
  },
  markdown: {
    runLine: (weather, seed, hours) => `气象：${weather} · 随机种子 ${seed} · 模拟 ${hours} h`,
    overrides: (items) => `覆盖参数：${items}`,
    kpisTitle: '关键指标',
    energyTitle: '各组成部分能耗（MWh，占数据中心总能耗的比例）',
    component: '组成部分',
    facilityTotal: '数据中心总能耗',
    operationTitle: '运行',
    freeCoolingHours: '自然冷却小时数',
    monthlyPueRange: '月度 PUE，最低至最高',
    range: (low, high) => `${low} 至 ${high}`,
    clampedHours: '超出模型适用范围（已截断）的小时数',
    warningsTitle: '警告',
  },
  gb40879: {
    title: 'GB 40879-2021 能效等级的适用范围',
    rowLabel: '是否在该标准适用范围内',
    applies: '是：空气冷却、电动冷水机组',
    fullLiquid: '否：液冷机柜（全液冷机房）',
    hybrid: '否：机柜部分液冷（风液混合）',
    unknown: '未记录（summary.json 中没有机柜类型）',
    scope: 'GB 40879-2021《数据中心能效限定值及能效等级》（强制性国家标准，自 2022-11-01 起实施）按电能比（PUE）把数据中心分为 3 个能效等级，' +
      '1 级能效最高，3 级为能效限定值。其适用范围是采用独立配电、空气冷却、电动空调（电动冷水机组）的数据中心建筑单体或模块单元；不适用于边缘数据中心。',
    outside: (ids) => `不在该适用范围内：${ids}。液冷机房不属于空气冷却，该标准的能效等级不适用，dctwin 不对其评级；其 PUE 仅供比较。`,
    inside: (ids) => `在该适用范围内：${ids}。`,
    noGrade: 'dctwin 不给出能效等级：各等级的限值未能与标准原文核对（仅见二手资料引用），请将上表的年度 PUE 与标准原文对照。',
  },
  sections: zhCNSections,
  charts: zhCNCharts,
  terminal: zhCNTerminal,
  sites: zhCNSites,
  studies: zhCNStudies,
  pool: zhCNPool,
  resilience: zhCNResilience,
};
