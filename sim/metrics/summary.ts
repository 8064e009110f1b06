/**
 * SimulationResult -> Summary (summary.json) and HourlyTable (hourly.csv, hourly.parquet).
 * The only place that turns J, W and s into kWh, kW and h for output.
 */
import type { DesignTrace, SimulationResult } from '../simulation/trace.js';
import type { ComponentCategory, HourlyDesign, HourlyTable } from '../types/hourly.js';
import type { DesignMetrics, DesignSummary, Summary } from '../types/summary.js';
import { PUE_CATEGORY, boundaryPue, monthlyPue, partialPue, pue } from './pue.js';
import { cueKgPerKWh, ere, erf, wueLPerKWh } from './water.js';
import { powerStats } from './powerStats.js';
import { poolGroupSummaries } from './poolSummary.js';
import { loopMetrics } from './loops.js';
import { gridEmissions, type GridCarbonInput } from './carbon.js';
import { SECONDS_PER_HOUR, hoursFromS, kWFromW, kWhFromJ } from '../units.js';
import { float64Of, uint8Of, type ArrayPool } from '../simulation/arrayPool.js';

export interface SummarizeOptions {
  /**
   * Hourly series of every meter in HourlyDesign.componentPowerW (default true). False keeps only `it`:
   * Monte Carlo samples need the metrics and the hourly facility and IT power (costs), not the series of
   * every meter, and 24 fewer year-long arrays per sample mean fewer garbage collections.
   */
  componentSeries?: boolean;
  /** Where the hourly arrays come from (arrayPool.ts: Monte Carlo samples reuse the last sample's). */
  arrays?: ArrayPool;
  /** The run's `--set` texts, recorded in summary.overrides (default none). */
  overrides?: readonly string[];
}

export function summarize(result: SimulationResult, options: SummarizeOptions = {}): { summary: Summary; hourly: HourlyTable } {
  const { weather, scenario, hours } = result;
  const hourly: HourlyTable = {
    hours,
    timeZoneH: weather.station.timeZoneH,
    month: tile(weather.month, hours),
    day: tile(weather.day, hours),
    hourOfDay: tile(weather.hourOfDay, hours),
    dryBulbC: tile(weather.dryBulbC, hours),
    wetBulbC: tile(weather.wetBulbC, hours),
    designs: result.designs.map((r) => hourlyDesign(r, hours, options.componentSeries ?? true, options.arrays)),
  };
  const { site } = scenario;
  const carbon: GridCarbonInput = { kgPerJ: site.gridCarbonKgPerJ, hourlyKgPerJ: site.gridCarbonHourly?.kgPerJ, greenShare: site.greenShare };
  const designs: DesignSummary[] = result.designs.map((r, i) => {
    const spec = scenario.designs[i];
    const metrics = designMetrics(r, hourly.designs[i], hourly, carbon, options.arrays, spec.meteringBoundary);
    return { id: spec.id, name: spec.name ?? spec.id, metrics, jobs: jobsOf(result, i, metrics.pue) };
  });
  const warnings = [...result.warnings];
  for (const d of designs) {
    const n = d.metrics.clampedHours;
    if (n > 0) warnings.push(`designs '${d.id}': a model ran outside its valid range in ${n} hours (e.g. the plant could not hold its supply temperature, or the weather left a model's range, like a cooling tower below -20 degC wet bulb); summary.json metrics.clampedHours`);
  }
  const st = weather.station;
  return {
    summary: {
      scenario: scenario.name,
      seed: result.seed,
      weather: st.name,
      overrides: [...(options.overrides ?? [])],
      site: { latitude: st.latitude, longitude: st.longitude, elevationM: st.elevationM, timeZone: st.timeZoneH },
      simulatedHours: hours,
      designs,
      warnings,
    },
    hourly,
  };
}

/** The workload's job statistics for design i; with several node groups, each group's figures in this design (its annual PUE shares the overhead). */
function jobsOf(result: SimulationResult, i: number, annualPue: number): DesignSummary['jobs'] {
  const { pool, ...jobs } = result.jobs;
  if (pool === undefined) return jobs;
  const r = result.designs[i];
  const windowS = result.hours * SECONDS_PER_HOUR;
  return {
    ...jobs,
    policy: pool.policy,
    groups: poolGroupSummaries(result.scenario.workload.groups, pool.groups, r.groupItEnergyJ, Number.isFinite(annualPue) ? annualPue : 1, windowS),
    effectiveCompute: pool.effectiveCompute,
  };
}

function hourlyDesign(r: DesignTrace, hours: number, componentSeries: boolean, arrays: ArrayPool | undefined): HourlyDesign {
  const n = r.channels.length;
  const componentPowerW: Record<string, Float64Array> = {};
  const componentCategory: Record<string, ComponentCategory> = {};
  const facilityPowerW = float64Of(arrays, hours);
  // Without component series one buffer takes each meter's hour in turn (the same sums, in the same order).
  const shared = componentSeries ? undefined : float64Of(arrays, hours);
  const energyJ = r.hourlyEnergyJ;
  for (let c = 0; c < n; c++) { // a plain loop: a closure per call made V8 deoptimize on every call
    const series = c === 0 || shared === undefined ? float64Of(arrays, hours) : shared;
    for (let h = 0, i = c; h < hours; h++, i += n) {
      series[h] = energyJ[i] / SECONDS_PER_HOUR;
      facilityPowerW[h] += series[h];
    }
    if (series === shared) continue;
    const name = r.channels[c];
    componentPowerW[name] = series;
    componentCategory[name] = r.category[name];
  }
  const chillerOn = uint8Of(arrays, hours);
  for (let h = 0; h < hours; h++) chillerOn[h] = r.chillerSByHour[h] > 0 ? 1 : 0;
  const waterL = float64Of(arrays, r.waterLByHour.length);
  waterL.set(r.waterLByHour);
  return {
    id: r.plant.id,
    itPowerW: componentPowerW.it,
    facilityPowerW,
    componentPowerW,
    componentCategory,
    waterL,
    chillerOn,
  };
}

function designMetrics(r: DesignTrace, h: HourlyDesign, table: HourlyTable, carbon: GridCarbonInput, arrays: ArrayPool | undefined,
  boundary: { name: string; exclude: readonly string[] } | undefined): DesignMetrics {
  const energyJ = r.energyJ;
  const byComponent: Record<string, number> = {};
  const byComponentJ: Record<string, number> = {};
  const categories: Record<string, ComponentCategory> = {};
  const byCategoryJ: Record<ComponentCategory, number> = { it: 0, cooling: 0, power: 0, misc: 0 };
  let facilityJ = 0;
  r.channels.forEach((name, c) => {
    byComponent[name] = kWhFromJ(energyJ[c]);
    byComponentJ[name] = energyJ[c];
    categories[name] = r.category[name];
    byCategoryJ[r.category[name]] += energyJ[c];
    facilityJ += energyJ[c];
  });
  const itJ = energyJ[0];
  const computeJ = r.computeEnergyJ;
  const waterL = sum(r.waterLByHour);
  const reusedJ = r.heatReuse?.reusedJ ?? 0;
  const annualPue = pue(facilityJ, itJ);
  const itue = itJ / computeJ;
  const facilityStats = powerStats(h.facilityPowerW);
  const itStats = powerStats(h.itPowerW);
  const p = facilityStats.peakIndex;
  const facilityHourlyJ = float64Of(arrays, h.facilityPowerW.length);
  const itHourlyJ = float64Of(arrays, h.itPowerW.length);
  for (let i = 0; i < facilityHourlyJ.length; i++) {
    facilityHourlyJ[i] = h.facilityPowerW[i] * SECONDS_PER_HOUR;
    itHourlyJ[i] = h.itPowerW[i] * SECONDS_PER_HOUR;
  }
  // depends on: the hourly facility energy (an hourly carbon series weighs each hour).
  const { locationKg, marketKg: emissionsKg } = gridEmissions(facilityJ, facilityHourlyJ, carbon);
  const dual = carbon.greenShare !== undefined; // both methods reported only where they can differ
  return {
    pue: annualPue,
    ...(boundary === undefined ? {} : { boundaryPue: { boundary: boundary.name, pue: boundaryPue(facilityJ, itJ, byComponentJ, boundary.exclude) } }),
    pueCategory: PUE_CATEGORY,
    tue: annualPue * itue,
    itue,
    wueLPerKWh: wueLPerKWh(waterL, itJ),
    cueKgPerKWh: cueKgPerKWh(emissionsKg, itJ),
    ...(dual ? { cueLocationKgPerKWh: cueKgPerKWh(locationKg, itJ) } : {}),
    ere: ere(facilityJ, reusedJ, itJ),
    erf: erf(reusedJ, facilityJ),
    ...(r.heatReuse === undefined ? {} : {
      heatReuse: { temperatureC: r.heatReuse.temperatureC, availableKWh: kWhFromJ(r.heatReuse.availableJ), reusedKWh: kWhFromJ(reusedJ) },
    }),
    itEnergyKWh: kWhFromJ(itJ),
    facilityEnergyKWh: kWhFromJ(facilityJ),
    waterL,
    emissionsKg,
    ...(dual ? { emissionsLocationKg: locationKg } : {}),
    itPowerKW: { mean: kWFromW(itStats.meanW), p95: kWFromW(itStats.p95W), peak: kWFromW(itStats.peakW) },
    facilityPowerKW: {
      mean: kWFromW(facilityStats.meanW),
      p95: kWFromW(facilityStats.p95W),
      peak: kWFromW(facilityStats.peakW),
    },
    peakHour: {
      hour: p,
      timestamp: timestamp(table, p),
      dryBulbC: table.dryBulbC[p],
      wetBulbC: table.wetBulbC[p],
    },
    chillerHours: hoursFromS(sum(r.chillerSByHour)),
    freeCoolingHours: hoursFromS(sum(r.freeSByHour)),
    loops: loopMetrics(r.loops),
    clampedHours: r.clampedByHour.reduce((a, b) => a + b, 0),
    monthlyPue: monthlyPue(facilityHourlyJ, itHourlyJ, table.month),
    ppue: partialPue(byCategoryJ),
    energyByComponentKWh: byComponent,
    componentCategories: categories,
  };
}

/** `MM-DD HH:00` of an hour of the table (local standard time, start of the hour). */
export function timestamp(t: HourlyTable, hour: number): string {
  const two = (v: number) => String(v).padStart(2, '0');
  return `${two(t.month[hour])}-${two(t.day[hour])} ${two(t.hourOfDay[hour])}:00`;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** The first n values of `a` repeated end to end (a weather year tiled over the simulated years). */
function tile<T extends Uint8Array | Float64Array>(a: T, n: number): T {
  const out = new (a.constructor as new (length: number) => T)(n);
  for (let start = 0; start < n; start += a.length) out.set(a.subarray(0, Math.min(a.length, n - start)), start);
  return out;
}
