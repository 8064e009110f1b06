/**
 * All charts of a run, in report order: the answer first (cost, efficiency),
 * then why (power breakdown, weather response), then the climate and studies.
 * TCO charts appear when every design has a TCO; the XPU pool's groups with several node groups; the scripted failure episode
 * when a design has one (a resilience: block with events); Monte Carlo and sweep when given;
 * the site charts (ranking, PUE/WUE, map) when at least two sites were simulated.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportRun } from '../run.js';
import { climateChart } from './climate.js';
import { cumulativeCostChart } from './cumulativeCost.js';
import type { ChartName } from './names.js';
import { monteCarloChart } from './monteCarlo.js';
import { monthlyPueChart } from './monthlyPue.js';
import { poolGroupsChart } from './poolGroups.js';
import { poolDesigns } from '../poolRows.js';
import { powerBreakdownChart } from './powerBreakdown.js';
import { pueHeatmapChart } from './pueHeatmap.js';
import { pueVsWetBulbChart } from './pueVsWetBulb.js';
import { resilienceTimelineChart } from './resilienceTimeline.js';
import { timelineDesigns } from './resilienceTimelineData.js';
import { comparesSites } from './siteData.js';
import { siteMapChart } from './siteMap.js';
import { sitePueWueChart } from './sitePueWue.js';
import { siteRankingChart } from './siteRanking.js';
import { sweepChart } from './sweep.js';
import { tcoBreakdownChart } from './tcoBreakdown.js';
import { tornadoChart } from './tornado.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export interface ChartEntry {
  /** File-safe name (listed in names.ts): the spec is written as `<name>.vl.json`. */
  name: ChartName;
  title: string;
  spec: TopLevelSpec;
}

/** The charts in `lang` (titles, axes, captions; data and file names are the same in every language). */
export function buildCharts(run: ReportRun, lang: Lang = DEFAULT_LANG): ChartEntry[] {
  const { summary, hourly } = run;
  const c = messages(lang).charts;
  const withTco = summary.designs.length > 0 && summary.designs.every((d) => d.tco);
  const charts: ChartEntry[] = [];
  if (withTco) {
    charts.push({ name: 'tco-breakdown', title: c.tcoBreakdown.title, spec: tcoBreakdownChart(summary, lang) });
    charts.push({ name: 'cumulative-cost', title: c.cumulativeCost.title, spec: cumulativeCostChart(summary, lang) });
  }
  // The XPU pool's groups right after the cost charts: only a workload of several node groups has them.
  if (poolDesigns(summary.designs).length) charts.push({ name: 'pool-groups', title: messages(lang).pool.chart.title, spec: poolGroupsChart(summary, lang) });
  // The scripted failure episode next: like the pool's, a chart only some scenarios have.
  if (timelineDesigns(summary.designs).length) charts.push({ name: 'resilience-timeline', title: messages(lang).resilience.chart.title, spec: resilienceTimelineChart(summary, lang) });
  charts.push({ name: 'monthly-pue', title: c.monthlyPue.title, spec: monthlyPueChart(summary, lang) });
  charts.push({ name: 'power-breakdown', title: c.powerBreakdown.title, spec: powerBreakdownChart(hourly, lang) });
  charts.push({ name: 'pue-heatmap', title: c.pueHeatmap.title, spec: pueHeatmapChart(hourly, lang) });
  charts.push({ name: 'pue-vs-wet-bulb', title: c.pueVsWetBulb.title, spec: pueVsWetBulbChart(hourly, lang) });
  charts.push({ name: 'climate', title: c.climate.title, spec: climateChart(hourly, summary.weather, lang) });
  if (run.monteCarlo?.length) {
    const currency = summary.designs[0]?.tco?.currency ?? '';
    charts.push({ name: 'monte-carlo-tco', title: c.monteCarlo.title, spec: monteCarloChart(run.monteCarlo, currency, lang) });
  }
  const sensitivity = summary.monteCarlo?.sensitivity;
  if (sensitivity?.inputs.length) charts.push({ name: 'tornado', title: c.tornado.title, spec: tornadoChart(sensitivity, summary.designs[0]?.tco?.currency ?? '', lang) });
  if (run.sweep?.rows.length) charts.push({ name: 'sweep', title: c.sweep.title, spec: sweepChart(run.sweep, lang) });
  if (comparesSites(summary)) {
    const s = messages(lang).sites;
    charts.push({ name: 'site-ranking', title: s.ranking.title, spec: siteRankingChart(summary, lang) });
    charts.push({ name: 'site-pue-wue', title: s.pueWue.title, spec: sitePueWueChart(summary, lang) });
    charts.push({ name: 'site-map', title: s.map.title, spec: siteMapChart(summary, lang) });
  }
  // The language's font stack (English: the theme's own, so its specs are unchanged).
  return charts.map((chart) => ({ ...chart, spec: { ...chart.spec, config: { ...chart.spec.config, font: c.font } } }));
}
