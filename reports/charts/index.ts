/**
 * All charts of a run, in report order: the answer first (cost, efficiency),
 * then why (power breakdown, weather response), then the climate and studies.
 * TCO charts appear when every design has a TCO; Monte Carlo and sweep when given;
 * the site charts (ranking, PUE/WUE, map) when at least two sites were simulated.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportRun } from '../run.js';
import { CLIMATE_TITLE, climateChart } from './climate.js';
import { CUMULATIVE_COST_TITLE, cumulativeCostChart } from './cumulativeCost.js';
import type { ChartName } from './names.js';
import { MONTE_CARLO_TITLE, monteCarloChart } from './monteCarlo.js';
import { MONTHLY_PUE_TITLE, monthlyPueChart } from './monthlyPue.js';
import { POWER_BREAKDOWN_TITLE, powerBreakdownChart } from './powerBreakdown.js';
import { PUE_HEATMAP_TITLE, pueHeatmapChart } from './pueHeatmap.js';
import { PUE_VS_WET_BULB_TITLE, pueVsWetBulbChart } from './pueVsWetBulb.js';
import { comparesSites } from './siteData.js';
import { SITE_MAP_TITLE, siteMapChart } from './siteMap.js';
import { SITE_PUE_WUE_TITLE, sitePueWueChart } from './sitePueWue.js';
import { SITE_RANKING_TITLE, siteRankingChart } from './siteRanking.js';
import { SWEEP_TITLE, sweepChart } from './sweep.js';
import { TCO_BREAKDOWN_TITLE, tcoBreakdownChart } from './tcoBreakdown.js';
import { TORNADO_TITLE, tornadoChart } from './tornado.js';

export interface ChartEntry {
  /** File-safe name (listed in names.ts): the spec is written as `<name>.vl.json`. */
  name: ChartName;
  title: string;
  spec: TopLevelSpec;
}

export function buildCharts(run: ReportRun): ChartEntry[] {
  const { summary, hourly } = run;
  const withTco = summary.designs.length > 0 && summary.designs.every((d) => d.tco);
  const charts: ChartEntry[] = [];
  if (withTco) {
    charts.push({ name: 'tco-breakdown', title: TCO_BREAKDOWN_TITLE, spec: tcoBreakdownChart(summary) });
    charts.push({ name: 'cumulative-cost', title: CUMULATIVE_COST_TITLE, spec: cumulativeCostChart(summary) });
  }
  charts.push({ name: 'monthly-pue', title: MONTHLY_PUE_TITLE, spec: monthlyPueChart(summary) });
  charts.push({ name: 'power-breakdown', title: POWER_BREAKDOWN_TITLE, spec: powerBreakdownChart(hourly) });
  charts.push({ name: 'pue-heatmap', title: PUE_HEATMAP_TITLE, spec: pueHeatmapChart(hourly) });
  charts.push({ name: 'pue-vs-wet-bulb', title: PUE_VS_WET_BULB_TITLE, spec: pueVsWetBulbChart(hourly) });
  charts.push({ name: 'climate', title: CLIMATE_TITLE, spec: climateChart(hourly, summary.weather) });
  if (run.monteCarlo?.length) {
    const currency = summary.designs[0]?.tco?.currency ?? '';
    charts.push({ name: 'monte-carlo-tco', title: MONTE_CARLO_TITLE, spec: monteCarloChart(run.monteCarlo, currency) });
  }
  const sensitivity = summary.monteCarlo?.sensitivity;
  if (sensitivity?.inputs.length) charts.push({ name: 'tornado', title: TORNADO_TITLE, spec: tornadoChart(sensitivity, summary.designs[0]?.tco?.currency ?? '') });
  if (run.sweep?.rows.length) charts.push({ name: 'sweep', title: SWEEP_TITLE, spec: sweepChart(run.sweep) });
  if (comparesSites(summary)) {
    charts.push({ name: 'site-ranking', title: SITE_RANKING_TITLE, spec: siteRankingChart(summary) });
    charts.push({ name: 'site-pue-wue', title: SITE_PUE_WUE_TITLE, spec: sitePueWueChart(summary) });
    charts.push({ name: 'site-map', title: SITE_MAP_TITLE, spec: siteMapChart(summary) });
  }
  return charts;
}
