/**
 * 故障、冗余与穿越时间结果的中文用语（summary.json designs[i].resilience）：终端表格、summary.md 与
 * report.html 的"故障、冗余与穿越时间"一节及其故障过程图。数字已格式化后传入。
 * Chinese words of the resilience figures (enResilience.ts has the same keys). Terms: 冗余 redundancy,
 * 穿越时间 ride-through (term?), 允许上限 allowable limit, 降频 throttling, 停机 trip/shutdown, Uptime 等级 tier.
 */
import type { Messages } from './en.js';

export const zhCNResilience: Messages['resilience'] = {
  title: '故障、冗余与穿越时间',
  terminalTitle: '可靠性（故障、冗余、穿越时间）',
  header: '指标',
  none: '—',
  headings: {
    topology: '拓扑；满负荷下升至允许上限的穿越时间',
    horizon: (years) => `${years} 年内（本次运行的故障历程）`,
    scripted: (label) => `仅设定的假设事件：${label}`,
    monteCarlo: (samples, years) => `蒙特卡洛：${samples} 条 ${years} 年随机故障历程`,
    costs: '每年预期成本（计入 TCO）',
  },
  labels: {
    uptimeTier: 'Uptime 等级（通常引用的可用性）',
    rideThroughRoom: '穿越时间，机房空气（min）',
    rideThroughLiquid: '穿越时间，液冷回路（min）',
    unmetCooling: '未满足的冷量（kWh）',
    hoursLostRedundancy: '冗余丧失时长（h）',
    peakInlet: '服务器进风最高温度（°C）',
    peakCoolant: '冷却液供液最高温度（°C）',
    minutesAboveAllowable: '达到或超过允许上限（min）',
    gpuHoursLost: '损失的 GPU 卡时',
    jobsFailed: '失败作业数',
    availability: '可用性',
    shutdowns: '节点停机次数',
    gpuHoursLostPercentiles: '损失的 GPU 卡时 p10 / p50 / p90',
    probabilityOfShutdown: '发生节点停机的概率',
    lostWork: (currency) => `损失的计算工作（${currency}/年）`,
    repairs: (currency) => `维修（${currency}/年）`,
  },
  tier: (tier, availability) => `${tier} 级（${availability}）`,
  lead: {
    list: (ids) => ids.join('、'),
    ridesThrough: (ids, label) => `在设定的假设事件（${label}）中，${ids}：无未满足的热量，无降频。`,
    unmetOnly: (id, unmet) => `${id} 在设定的假设事件中有 ${unmet} kWh 热量未能排出，但温度始终低于允许上限。`,
    throttles: (id, loop, reach, minutes, unmet) => `${id}：事件发生 ${reach} 后${loop}达到允许上限，节点降频 ${minutes} min（未满足 ${unmet} kWh，无停机）。`,
    trips: (id, loop, reach, trip, gpuHours) => `${id}：事件发生 ${reach} 后${loop}达到允许上限，${trip} 后节点停机（损失 ${gpuHours} GPU 卡时）。`,
    tripsLater: (id, trips, gpuHours) => `${id}：设定的假设事件中节点停机 ${trips} 次（损失 ${gpuHours} GPU 卡时）。`,
    minutes: (m) => `${m} 分钟`,
    loops: { room: '机房空气', liquid: '液冷回路' },
    availability: (years, low, lowId, high, highId) => `在 ${years} 年内（本次运行的故障历程），可用性介于 ${low}（${lowId}）与 ${high}（${highId}）之间。`,
    availabilityOne: (years, value, id) => `在 ${years} 年内（本次运行的故障历程），${id} 的可用时间占比为 ${value}。`,
  },
  notes: (limits) => [
    '穿越时间：在满设计负荷下冷却完全丧失后，机房空气（服务器进风）或液冷回路冷却液升至允许上限所需的分钟数，按空气、机柜与冷却液的热容计算；对任何部分故障而言是下限。',
    `某一回路的节点在达到允许上限时被限功率（降频，计算变慢），达到停机上限时停机：${limits}。停机使正在运行的作业失败，损失自上次检查点以来的进度。`,
    '"年内"各项来自本次运行的一条故障历程（按引用的故障率与场景随机种子抽取的随机故障、设定事件与计划维护）；蒙特卡洛各项来自另外抽取、不含设定事件的故障历程。未满足的冷量为在役设备无法排出的热量；任一类设备在役数低于装机数时即计为冗余丧失。',
    '可用性为全部节点在线且未降频的时间占比。Uptime 等级为制冷与供电拓扑所对应的等级及其通常引用的可用性，仅为分类，并非认证。',
    '每年预期成本：损失的 GPU 卡时（抽取了故障历程时取蒙特卡洛均值）乘以每卡时价值，加上故障次数乘以该类设备的维修费用；两者作为运营支出项 lostWorkOpex 与 repairsOpex 计入 TCO。',
  ],
  limits: (inlet, coolant) => `服务器进风 ${inlet}${coolant ? `，冷却液供液 ${coolant}` : ''}`,
  limitPair: (throttle, shutdown) => `允许上限 ${throttle} / 停机 ${shutdown}`,
  chart: {
    title: '可靠性：设定故障的逐分钟过程',
    subtitle: (label) => [`${label}，自事件发生起（第 0 分钟）。`, '上：机房（服务器进风）空气与冷却液供液温度及其限值。', '下，各设计方案：在役制冷能力（占当前热负荷所需的比例，最大为 1）与 IT 负载（占未降频功率的比例）。'],
    description: (designs, label, items) => `${designs} 个设计方案的设定故障过程（${label}）：${items}。`,
    item: (id, peakAir, peakCoolant, minLoad) => `${id} 进风最高 ${peakAir} °C${peakCoolant ? `，冷却液最高 ${peakCoolant} °C` : ''}，IT 负载最低降至 ${minLoad}`,
    minutesAxis: '距事件发生的分钟数（min）',
    temperatureAxis: '温度（°C）',
    fractionAxis: '比例（0-1）',
    series: '曲线',
    limit: '限值',
    seriesNames: { air: '机房空气（服务器进风）', liquid: '冷却液供液', airCapacity: '在役风冷制冷能力', liquidCapacity: '在役液冷制冷能力', itLoad: 'IT 负载' },
    limitNames: { throttleInlet: '进风允许上限', shutdownInlet: '进风停机', throttleCoolant: '冷却液允许上限', shutdownCoolant: '冷却液停机' },
  },
};
