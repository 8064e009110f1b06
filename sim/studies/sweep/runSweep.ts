/**
 * Runs the cases of a sweep (all, or one shard) in memory:
 *
 *   --set flags --parseAxes--> grid --checkValues--> every value valid alone
 *     --for each case of the shard: scenario text + overrides --evaluate--> summary --caseRows--> a row per design
 *
 * The scenario file is read once; each case re-validates it with its
 * overrides. Weather is read once per distinct `site.weather` and reused,
 * so a sweep over anything but the site pays the weather file once.
 * Every value is checked before the first case runs, so a typo in the last
 * value fails in seconds, not after hours.
 */
import { InputError } from '../../errors.js';
import { evaluate } from '../evaluate.js';
import { checkFinite } from '../../metrics/checkFinite.js';
import { parseScenarioText, readScenarioText } from '../../scenario/load.js';
import { loadWeather, type Weather } from '../../models/climate/weather.js';
import type { Scenario } from '../../scenario/schema.js';
import { caseAt, caseCount, parseAxes, type Axis } from './grid.js';
import { shardCaseIds, type Shard } from './shard.js';
import { checkWork } from '../workEstimate.js';
import { caseRows, emptyTable, gridDefinition, type GridDefinition, type SweepTable } from './table.js';

export interface SweepRequest {
  /** Scenario file (absolute or relative to the process's working directory). */
  file: string;
  /** The file as messages show it (as typed). */
  shownAs: string;
  /** The `--set path=v1,v2,...` flags, in order. */
  flags: readonly string[];
  /** `--seed`, overriding every case's scenario seed. */
  seed?: number;
  shard?: Shard;
  /** Recorded in the grid: shards from different versions do not merge. */
  generator: string;
  /** Called after each case with the number done and the number this run will do. */
  onCase?: (done: number, total: number) => void;
  /** Called once every value is checked, before the first case (e.g. to check the output folder). */
  onGrid?: (grid: GridDefinition) => void;
  /** `--allow-large`: run past the work limits of sim/studies/workEstimate.ts (checked per value and for all cases). */
  allowLarge?: boolean;
}

export interface SweepOutcome {
  table: SweepTable;
  /** Distinct warnings over all cases, first seen first. */
  warnings: string[];
}

/**
 * Checks every value before any case runs; returns case 1's scenario.
 * First each value alone, so that one bad value does not hide the others;
 * one that fails alone is judged beside the other axes' first values that
 * are valid alone (an axis may need another, e.g. a design that a
 * `designs=` axis adds). Then each value beside the other axes' first
 * values. A `--set` message names the whole flag as typed.
 */
function checkValues(text: string, file: string, shownAs: string, axes: readonly Axis[], allowLarge = false): Scenario {
  const tried = new Map<string, { scenario?: Scenario; lines: string[] }>();
  const attempt = (picks: { axis: Axis; value: string }[]) => {
    const overrides = picks.map((p) => `${p.axis.path}=${p.value}`);
    const key = overrides.join('\n');
    let outcome = tried.get(key);
    if (outcome !== undefined) return outcome;
    try {
      const scenario = parseScenarioText(text, file, overrides, shownAs).scenario;
      checkWork(scenario, shownAs, { allowLarge }); // a value like workload.nodes.count=1e9 fails before any case runs
      outcome = { scenario, lines: [] };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const lines = err.lines.map((line) => {
        const i = overrides.findIndex((o) => line.startsWith(`--set ${o}:`));
        return i < 0 ? line : `--set ${picks[i].axis.flag}:${line.slice(`--set ${overrides[i]}:`.length)}`;
      });
      outcome = { lines };
    }
    tried.set(key, outcome);
    return outcome;
  };
  const beside = (axis: Axis, value: string, others: (b: Axis) => string | undefined) =>
    attempt(axes.flatMap((b) => (b === axis ? [{ axis, value }] : others(b) === undefined ? [] : [{ axis: b, value: others(b)! }])));
  const validAlone = (b: Axis) => b.values.find((v) => attempt([{ axis: b, value: v }]).lines.length === 0);
  const problems = new Set<string>();
  for (const axis of axes) {
    for (const value of axis.values) {
      const alone = attempt([{ axis, value }]);
      if (alone.lines.length > 0) for (const l of beside(axis, value, validAlone).lines) problems.add(l);
    }
  }
  const firstValue = (b: Axis) => b.values[0];
  if (problems.size === 0) for (const axis of axes) for (const value of axis.values) for (const l of beside(axis, value, firstValue).lines) problems.add(l);
  const first = beside(axes[0], axes[0].values[0], firstValue).scenario;
  if (problems.size > 0 || first === undefined) throw new InputError([...problems]);
  return first;
}

/** Weather by its `site.weather` spec, read on first use. */
function weatherCache(): (scenario: Scenario) => Weather {
  const cache = new Map<string, Weather>();
  return (scenario) => {
    const key = JSON.stringify(scenario.site.weather);
    let weather = cache.get(key);
    if (weather === undefined) {
      weather = loadWeather(scenario.site.weather);
      cache.set(key, weather);
    }
    return weather;
  };
}

export function runSweep(req: SweepRequest): SweepOutcome {
  const axes = parseAxes(req.flags);
  const text = readScenarioText(req.file, req.shownAs);
  const first = checkValues(text, req.file, req.shownAs, axes, req.allowLarge);
  const cases = caseCount(axes);
  const grid = gridDefinition(
    { scenario: first.name, file: req.shownAs, scenarioText: text, seed: req.seed ?? null, generator: req.generator, pool: first.workload.groups.length > 1 },
    axes,
    cases,
  );
  req.onGrid?.(grid);
  const ids = shardCaseIds(cases, req.shard ?? { index: 1, count: 1 });
  checkWork(first, req.shownAs, { allowLarge: req.allowLarge, runs: ids.length, runsLabel: 'cases', runsFlag: '--set' });
  const weatherOf = weatherCache();
  const warnings = new Set<string>();
  const table: SweepTable = emptyTable(grid, req.shard);
  let done = 0;
  for (const id of ids) {
    const sweepCase = caseAt(axes, id);
    let scenario: Scenario;
    try {
      const loaded = parseScenarioText(text, req.file, sweepCase.overrides, req.shownAs);
      scenario = loaded.scenario;
      for (const w of loaded.warnings) warnings.add(w);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(err.lines.map((l) => `case ${id} (${sweepCase.overrides.join(' ')}): ${l}`));
    }
    const { summary, result } = evaluate(scenario, { seed: req.seed, weather: weatherOf(scenario) });
    try {
      checkFinite(req.shownAs, summary); // an overflow is never written as null in sweep.json
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new InputError(err.lines.map((l) => `case ${id} (${sweepCase.overrides.join(' ')}): ${l}`));
    }
    for (const w of result.warnings) warnings.add(w);
    for (const row of caseRows(grid, sweepCase, summary)) table.rows.push(row);
    req.onCase?.(++done, ids.length);
  }
  return { table, warnings: [...warnings] };
}
