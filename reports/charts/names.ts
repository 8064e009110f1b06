/**
 * The file-safe names of every chart a report can hold: each is written as
 * `<name>.vl.json` (and `<name>.png` with --png). charts/index.ts types its
 * entries with ChartName, so a new chart must be listed here, and
 * ../outputNames.ts knows every chart file dctwin may write.
 */
export const CHART_NAMES = [
  'tco-breakdown',
  'cumulative-cost',
  'monthly-pue',
  'power-breakdown',
  'pue-heatmap',
  'pue-vs-wet-bulb',
  'climate',
  'monte-carlo-tco',
  'tornado',
  'sweep',
  'site-ranking',
  'site-pue-wue',
  'site-map',
  'pool-groups',
  'resilience-timeline',
] as const;

export type ChartName = (typeof CHART_NAMES)[number];
