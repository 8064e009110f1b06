/**
 * 决策章节的中文文字 (Simplified Chinese words of the decision sections): the
 * same keys as enSections.ts. Line keys, KPI paths and input paths are
 * identifiers and stay in English; "term?" marks an uncertain term choice.
 */
import type { Messages } from './en.js';

export const zhCNSections: Messages['sections'] = {
  tco: {
    lineWords: {
      powerCapex: '供配电系统',
      coolingCapex: '制冷系统',
      liquidPremiumCapex: '液冷增量成本', // term? "liquid-cooling premium"
      whiteSpaceCapex: '白区（IT 机房）建设', // term? "white space": the IT room's fit-out
      itCapex: 'IT 设备',
      energyOpex: '电费',
      demandOpex: '需量电费', // 两部制电价中的需量（基本）电费
      waterOpex: '水费',
      maintenanceOpex: '运维',
      carbonOpex: '碳价',
      powerFactorOpex: '功率因数调整电费',
      pueSurchargeOpex: 'PUE 差别电价加价', // term? local "差别电价" for PUE above a limit
      lostWorkOpex: '故障损失的算力', // GPU-hours lost to failures, valued at the GPU-hour price
      repairsOpex: '故障维修',
    },
    presentValue: (label) => `${label}，净现值`,
    capex: '资本支出',
    opex: '运营支出，净现值',
    total: '合计，净现值',
    perITKW: '每 kW 设计 IT 负载',
    perItMWh: '每 MWh IT 设备能耗，平准化', // term? "levelized" 平准化
    perGpuHour: '每服务 GPU 小时，平准化',
    basis: (years, rate) => `${years} 年，折现率 ${rate}`,
    title: (currency, basis) => `按成本项的总拥有成本 TCO（${currency}，${basis}，净现值）`,
    header: (currency, basis) => `${currency}，${basis}`,
    howNote: (years, rate, mixed) =>
      `资本支出发生在第 0 年；每项运营支出为模拟年费用在 ${years} 年内按每年 ${rate} 折现的净现值` +
      `${mixed ? '（各设计方案的币种、年限或折现率不同：见 summary.json）' : ''}；各项相加等于合计。`,
    levelizedNote: (years) =>
      `平准化：总净现值除以同样 ${years} 年内 IT 设备能耗（MWh）或分配给作业的 GPU 小时数的净现值，二者按同一折现率折现，模拟年逐年重复。`,
    zeroLines: (lines) => `所有设计方案均为 0 的成本项：${lines}。`,
  },
  payback: {
    title: '资本支出增量的回收期',
    yearCount: (n) => `${n} 年`,
    head: (first, design) => `${first} 对比 ${design}：`,
    bothCost: (money) => `无资本支出增量：二者建设成本均为 ${money}`,
    cheaperBoth: (other) => `无资本支出增量：${other} 的建设和运行成本都更低`,
    costsMore: (premium, money) => `${premium} 的建设成本高 ${money}`,
    noPayback: (cost, horizon) => `${cost}，在 ${horizon}内无法收回`,
    notWithin: (horizon) => `${horizon}内无法收回`,
    paysBack: (cost, simple, discounted) => `${cost}，回收期 ${simple}（折现回收期：${discounted}）`,
    note: (rate, horizon) =>
      `静态回收期：累计节省的运营支出抵消资本支出增量所需的年数；折现回收期：每年的节省按 ${rate} % 折现后的同一年数，在 ${horizon} 年的评估期内。`,
  },
  spread: {
    title: '不确定性：p10 / p50 / p90 与成本最低的概率',
    noSamples: '单点数值：本次运行未抽样。`dctwin run FILE --samples N` 会按场景的 `uncertainty:` 部分抽样，并在此给出每项指标的 p10、p50、p90 以及每个设计方案成本最低的概率。',
    noSamplesSites: '单点数值：蒙特卡洛抽样（`--samples`）仅适用于单站点场景；如需某站点的分布，请将其写为场景唯一的 `site:`（电价等写入 `costs:`），再以 `--samples N` 运行。',
    kpiWords: {
      pue: '电能利用效率 PUE',
      tue: 'TUE（总能源利用效率）',
      wueLPerKWh: '水资源利用效率 WUE（L/kWh IT）',
      cueKgPerKWh: '碳利用效率 CUE（kg CO2e/kWh IT）',
      facilityEnergyKWh: '数据中心总能耗（kWh）',
      itEnergyKWh: 'IT 设备能耗（kWh）',
      'facilityPowerKW.peak': '数据中心峰值功率（kW）',
      waterL: '用水量（L）',
      emissionsKg: '碳排放（kg CO2e）',
      'tco.total': '总拥有成本 TCO，净现值',
      'tco.capex': '资本支出',
      'tco.opex': '运营支出，净现值',
    },
    row: (kpi) => `${kpi}：p50（p10 至 p90）`,
    cell: (p50, p10, p90) => `${p50}（${p10} 至 ${p90}）`,
    probabilityCheapest: '成本最低的概率（某次抽样中 TCO 最低）',
    moneyOnly: '仅成本抽样，沿用本次运行的物理模拟结果',
    simulations: (n) => `${n} 次模拟`,
    samplesNote: (samples, seed, how) => `${samples} 次抽样，随机种子 ${seed}，${how}；百分位数为第 7 类（次序统计量间线性插值）。`,
    inputsNote: (inputs) => `不确定输入：${inputs || '无'}。`,
  },
  capacity: {
    title: (limitKW) => `${limitKW} kW 电网容量限值下的容量`,
    header: '机柜与功率',
    racks: '现有机柜数',
    peakPerRack: '最不利小时每机柜数据中心功率 kW',
    fitSimulated: '可容纳机柜数（模拟负载）',
    designPerRack: '设计工况每机柜数据中心功率 kW',
    fitDesign: '可容纳机柜数（全部节点满载）',
    bindingHour: '约束小时（数据中心功率最高）',
    binding: (timestamp, kW, dryBulb, wetBulb) => `${timestamp}，${kW} kW，干球温度 ${dryBulb} / 湿球温度 ${wetBulb}`,
    fits: '目前每小时均在限值内',
    note: '可容纳机柜数 = 电网容量限值 / 每机柜数据中心功率 kW：假定数据中心功率随机柜数按相同的单机柜负载线性增长（照明等固定负载使该估计略偏保守）。',
  },
  assumptions: {
    title: '采用的成本默认值',
    none: '无：场景给出了全部成本输入。',
    notRecorded: '本 summary.json 未记录（生成于 dctwin 说明成本默认值之前）。',
    header: ['输入（位于 designs[i] 下）', '采用值', '来源', '设计方案'],
    all: '全部',
    unit: (unit) => unit.replace(/^years$/, '年').replace(/ per year$/, '/年').replace(/ per month$/, '/月'),
    note: '以上各项场景中均未给出；在设计方案的 `costs:` 下设置即可替换默认值。',
  },
  sensitivity: {
    title: '决定结论的因素',
    sharedDraw: (path, others) => `${path} 与 ${others}（同一次抽样）`,
    named: (label, swing, rho) => `${label}（波动幅度 ${swing}，秩相关系数 ${rho}）`,
    lead: (runnerUp, difference, leader) => `所有不确定输入取 p50 时，${runnerUp} 在评估期内比 ${leader} 多花费 ${difference}（净现值）。`,
    oneDeciding: (named) => `决定结论的输入是 ${named}。`,
    twoDeciding: (named) => `决定结论的两个输入是 ${named.join(' 和 ')}。`,
    oneFlips: (path, runnerUp) => ` 仅 ${path} 在其 p10 与 p90 之间变化，就可能使 ${runnerUp} 成为成本更低的设计方案。`,
    manyFlip: (paths, runnerUp) => ` ${paths} 中任一项单独在其 p10 与 p90 之间变化，都可能使 ${runnerUp} 成为成本更低的设计方案。`,
    noneFlips: (runnerUp) => ` 没有任何单一输入在其 p10 与 p90 之间变化会使 ${runnerUp} 成为成本更低的设计方案。`,
    recosted: '基于模拟能耗重新计算成本',
    resimulated: '重新模拟',
    how: (evaluation, samples) =>
      ` 决定因素 = 龙卷风图中波动幅度最大的输入：某一输入从 p10 变到 p90、其余输入取 p50 时 TCO 差值的变化（${evaluation}）；` +
      `秩相关系数（Spearman，基于所有输入同时变化的 ${samples} 次抽样）表示差值随该输入变化的一致程度。`,
    header: ['输入', 'p10 至 p90', 'p10 时的差值', 'p90 时的差值', '波动幅度', '秩相关系数', '是否改变结论'],
    range: (p10, p90) => `${p10} 至 ${p90}`,
    yes: '是',
    no: '否',
    difference: (runnerUp, leader) => `差值 = ${runnerUp} 的 TCO 减去 ${leader} 的 TCO。`,
  },
  costInputs: {
    title: '成本输入',
    header: ['设计方案', '成本项', '单价', '范围（默认不确定性）', '来源', '记录', '单价的得出方式'],
    typedIn: '场景中直接给出',
    note: '标记：P 一手来源，S 二手来源，U 假设（无公开数值；理由见来源列）。'
      + '范围为记录的低值–高值，经过相同换算；除非场景另有规定，`dctwin run --samples N` 按三角分布 [low, price, high] 抽样。',
  },
};
