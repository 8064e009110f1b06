/**
 * XPU 资源池各节点组结果的中文用语（summary.json designs[i].jobs.groups）：终端表格、summary.md 与
 * report.html 的"XPU 资源池：节点组"一节、其图表和参数扫描的资源池列。数字已格式化后传入。
 * Chinese words of the XPU pool's per-group results (enPool.ts has the same keys).
 */
import type { Messages } from './en.js';

export const zhCNPool: Messages['pool'] = {
  group: '节点组',
  columns: [
    '加速卡', '节点数 / 加速卡数', '分配率', '忙碌率', '启动作业数', '平均等待（小时）', 'p95 等待（小时）',
    'IT 能耗 MWh', '每卡时 IT 能耗 kWh', '每卡时设施能耗 kWh', '每工作小时 IT 能耗 kWh', '每作业能耗 kWh', '每千 token 能耗 Wh',
  ],
  terminalColumns: ['加速卡', '节点/卡', '分配率', '忙碌率', '启动作业', '等待 h', 'p95 等待 h', 'IT 能耗 MWh', 'IT kWh/卡时', '设施 kWh/卡时', 'kWh/工作时', 'kWh/作业', 'Wh/千 token'],
  noAccelerator: '未命名',
  none: '—',
  terminalTitle: (design: string): string => `XPU 资源池，${design}：节点组`,
  effectiveLine: (effective: string, policy: string): string => `有效算力 ${effective}（调度策略：${policy}）`,
  title: (design: string): string => `XPU 资源池：节点组（${design}）`,
  policyNames: { siloed: '分池独占（siloed）', pooled: '统一池化（pooled）', 'energy-aware': '能耗感知（energy-aware）' },
  policies: {
    siloed: '每个作业只在其加速卡类型对应的节点组上运行；未指定类型的作业按容量比例分配',
    pooled: '任何作业都可在能容纳它的任一节点组上运行，优先选择最快的空闲节点组',
    'energy-aware': '每个作业分配到预期能耗最低的节点组，最多等待场景中 maxWait 设定的时长',
  },
  lead: (policy: string, rule: string, effective: string): string =>
    `调度策略「${policy}」：${rule}。有效算力 ${effective}：交付的有效工作量除以装机算力，两者均按作业类别构成折算为基准加速卡小时。`,
  notes: [
    '每卡时 IT 能耗 = 该节点组节点的 IT 能耗（计算、风扇、电源损耗）÷ 分配给作业的卡时，因此包含该组空闲时的能耗。',
    '每卡时设施能耗 = 上述数值 × 该设计的设施能耗 / IT 能耗之比：制冷与供配电损耗按 IT 能耗分摊（没有按节点组计量的制冷能耗）。',
    '每工作小时 IT 能耗 = 同一 IT 能耗 ÷ 以参考加速卡小时计的已完成工作量（忙碌卡时 × 该组相对速度）：按单位工作量比较加速卡，避免慢卡因占用时间长而显得每卡时能耗低。',
    '分配率为作业占用的装机卡时比例；忙碌率再按作业利用率加权。等待时间按在该组启动的作业统计；仅当加速卡目录给出推理吞吐量时才给出每千 token 能耗。',
  ],
  chart: {
    title: 'XPU 资源池：各节点组的分配率与每卡时能耗',
    subtitle: ['左：作业占用的装机卡时比例。', '右：该节点组每分配卡时的 IT 能耗（含空闲能耗）。'],
    description: (designs: string, groups: string): string => `${designs} 个设计的各节点组：${groups}。`,
    groupItem: (group: string, allocation: string, perGpuHour: string): string => `${group} 分配率 ${allocation}，每卡时 ${perGpuHour} kWh`,
    group: '节点组',
    allocationAxis: '分配率（%）',
    perGpuHourAxis: '每卡时 IT 能耗（kWh）',
  },
  sweep: { effectiveCompute: '有效算力（占装机算力的比例，0-1）', meanWait: '作业平均等待（小时）', terminalEffective: '有效算力', terminalWait: '平均等待（小时）' },
};
