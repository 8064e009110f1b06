/**
 * After validation: the checks zod cannot express field by field, as data.
 *   - errors: a price in a currency other than the scenario's (checked on the
 *     file's text values, so it is found whatever a fragment renames its keys to)
 *   - warnings: legal but suspicious values (Vega-Lite's log.warn), printed by
 *     the CLI as `warning: FILE:LINE: path: ...`, e.g. Poisson jobs asking for
 *     more GPUs than the cluster has
 */
import { offeredLoadText, type Problem } from './messages.js';
import { totalGpus } from '../models/workload/nodeGroup.js';
import { isCurrencyCode, type Scenario, type ScenarioParsed } from './schema.js';
import { formatPath, type ResolvedPath } from './overrides.js';
import { JOULES_PER_KWH, SECONDS_PER_HOUR } from '../units.js';
import { offeredGpus } from '../models/workload/generators.js';

/**
 * Highest plausible grid emission factor (kg/J): coal power, pulverized, at most
 * 910 gCO2eq/kWh over its life cycle (IPCC AR5 WGIII, Annex III, Table A.III.2).
 * A whole grid cannot emit more than its dirtiest plant; above this the unit is
 * likely wrong (g/kWh written as kg/kWh).
 */
export const MAX_GRID_CARBON_KG_PER_J = 0.91 / JOULES_PER_KWH;

/** 6 significant digits: what a message shows of a converted number. */
const round = (x: number) => Number(x.toPrecision(6));

const PRICE = /^\s*[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?\s*([A-Z]{3})\s*(?:\/.*)?$/;

/** Every string in `input` that is a price in another ISO 4217 currency than `currency`. */
export function currencyProblems(input: unknown): Problem[] {
  const currency = (input as { currency?: unknown } | null)?.currency;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return [];
  const problems: Problem[] = [];
  const visit = (value: unknown, path: ResolvedPath) => {
    if (typeof value === 'string') {
      const code = PRICE.exec(value)?.[1];
      if (code !== undefined && code !== currency && isCurrencyCode(code)) {
        problems.push({
          path,
          text: `${formatPath(path)}: expected a price in ${currency} (the scenario's currency), got '${value}'`,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(input, []);
  return problems;
}

/** Adds the source to the validated file and lists suspicious values as warnings. */
export function normalize(parsed: ScenarioParsed, source: { file: string; dir: string }): { scenario: Scenario; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const { site } = parsed;
  if (SECONDS_PER_HOUR % site.controlStepS !== 0) {
    warnings.push({
      path: ['site', 'controlStep'],
      text: `site.controlStep: ${round(site.controlStepS)} s does not divide an hour; hourly weather is then split unevenly (use 1, 5, 10, 15, 30 or 60 min)`,
    });
  }
  const hourly = site.gridCarbonHourly;
  if (site.gridCarbonKgPerJ > MAX_GRID_CARBON_KG_PER_J) {
    const perKWh = round(site.gridCarbonKgPerJ * JOULES_PER_KWH);
    const series = hourly !== undefined && site.gridCarbonKgPerJ === hourly.meanKgPerJ; // no gridCarbon written: the series' mean
    warnings.push({
      path: ['site', series ? 'gridCarbonHourly' : 'gridCarbon'],
      text: `site.${series ? 'gridCarbonHourly: its mean' : 'gridCarbon:'} ${perKWh} kg/kWh is above coal power's 0.91 kg/kWh (IPCC AR5 WGIII Table A.III.2); is the unit g/kWh?`,
    });
  }
  if (hourly !== undefined && site.gridCarbonKgPerJ !== hourly.meanKgPerJ) { // a factor written beside the series
    warnings.push({
      path: ['site', 'gridCarbon'],
      text: `site.gridCarbon: ${round(site.gridCarbonKgPerJ * JOULES_PER_KWH)} kg/kWh is not used: site.gridCarbonHourly gives every hour's factor (mean ${round(hourly.meanKgPerJ * JOULES_PER_KWH)} kg/kWh)`,
    });
  }
  const w = parsed.workload as Partial<ScenarioParsed['workload']> | undefined; // loader tests pass stand-in workloads
  if (w?.jobs?.kind === 'poisson' && w.groups !== undefined) {
    const gpus = totalGpus(w.groups);
    const offered = offeredGpus(w.jobs.poisson);
    if (offered > gpus) warnings.push({ path: ['workload', 'jobs', 'poisson', 'rate'], text: `workload.jobs.poisson.rate: ${offeredLoadText(offered / gpus, gpus)}` });
  }
  return { scenario: { ...parsed, file: source.file, dir: source.dir }, warnings };
}
