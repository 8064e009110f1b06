/**
 * English words of the XPU pool's per-group results (designs[i].jobs.groups): the terminal table
 * (sim/cli/poolTable.ts), the "XPU pool: node groups" section of summary.md and report.html
 * (../poolSection.ts), its chart (../charts/poolGroups.ts) and the sweep's pool columns. Numbers arrive formatted.
 */
export const enPool = {
  /** Column heads of the per-group table, in poolRows.ts's order (after the group column). */
  group: 'Group',
  columns: [
    'Accelerator', 'Nodes / GPUs', 'Allocation', 'Busy', 'Jobs started', 'Mean wait h', 'p95 wait h',
    'IT energy MWh', 'IT kWh per GPU-hour', 'Facility kWh per GPU-hour', 'IT kWh per work hour', 'kWh per job', 'Wh per 1,000 tokens',
  ],
  /** The same columns, short, for the terminal (a row fits about 135 characters). */
  terminalColumns: ['Accel.', 'Nodes/GPUs', 'Alloc.', 'Busy', 'Started', 'Wait h', 'p95 h', 'IT MWh', 'IT kWh/GPU-h', 'Fac. kWh/GPU-h', 'kWh/work-h', 'kWh/job', 'Wh/1k tok'],
  noAccelerator: 'unnamed',
  none: '—',
  /** The terminal's title line of one design's table and its effective-compute line. */
  terminalTitle: (design: string): string => `XPU pool, ${design}: node groups`,
  effectiveLine: (effective: string, policy: string): string => `effective compute ${effective} (policy ${policy})`,
  title: (design: string): string => `XPU pool: node groups (${design})`,
  policyNames: { siloed: 'siloed', pooled: 'pooled', 'energy-aware': 'energy-aware' },
  policies: {
    siloed: 'each job runs only on the group of its own accelerator type; jobs naming none are split by capacity',
    pooled: 'any job may run on any group that fits it, the fastest free group first',
    'energy-aware': 'each job goes to the group with the lowest expected energy, waiting up to the scenario\'s maxWait for it',
  },
  lead: (policy: string, rule: string, effective: string): string =>
    `Policy ${policy}: ${rule}. Effective compute ${effective}: the useful work delivered divided by the installed capacity, both in reference-accelerator hours for the jobs' class mix.`,
  notes: [
    'IT kWh per GPU-hour is the IT energy of the group\'s nodes (compute, fans, PSU losses) divided by the GPU-hours allocated to jobs, so the idle share of the group is included.',
    'Facility kWh per GPU-hour is that figure times the design\'s facility / IT energy ratio: cooling and power-chain overhead shared by IT energy (there is no per-group cooling meter).',
    'IT kWh per work hour divides the same energy by the work delivered in reference-accelerator hours (busy GPU-hours x the group\'s speed): it compares accelerators per unit of work, where a slow one held for longer looks cheap per GPU-hour.',
    'Allocation is the share of installed GPU-hours held by jobs; busy weights it by the jobs\' utilization. Waits are over the jobs started on the group; Wh per 1,000 tokens only where the catalogue gives the accelerator\'s inference throughput.',
  ],
  chart: {
    title: 'XPU pool: allocation and energy per GPU-hour by node group',
    subtitle: ['Left: share of installed GPU-hours allocated to jobs.', 'Right: IT energy of the group\'s nodes per GPU-hour allocated (idle share included).'],
    description: (designs: string, groups: string): string => `Per node group of ${designs} design(s): ${groups}.`,
    groupItem: (group: string, allocation: string, perGpuHour: string): string => `${group} ${allocation} allocated, ${perGpuHour} kWh per GPU-hour`,
    group: 'Node group',
    allocationAxis: 'Allocation (%)',
    perGpuHourAxis: 'IT energy per GPU-hour (kWh)',
  },
  /** Sweep report: axis titles of the pool columns charted (sim/studies/sweep/poolKpis.ts names them). */
  sweep: { effectiveCompute: 'Effective compute (fraction of installed, 0-1)', meanWait: 'Mean job wait (h)', terminalEffective: 'Eff. compute', terminalWait: 'Wait h' },
};
