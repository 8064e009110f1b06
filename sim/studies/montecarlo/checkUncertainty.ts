/**
 * Before any sample runs: does every uncertain input stay valid for the field
 * it varies? A price distribution reaching below zero, a supply temperature
 * outside its class, a path that is not a scenario field: each is one
 * `FILE:LINE: uncertainty["path"] (...): <the field's own message>` line,
 * all at once, exit code 2.
 *
 * Bounded distributions (uniform, triangular) are checked at their minimum and
 * maximum, so the answer does not depend on the number of samples; unbounded
 * ones (normal, lognormal) at the lowest and highest value actually drawn.
 * Then sample #0 as a whole (a whole-number field given a uniform, a rule
 * between two fields); any later sample the loader rejects still stops the
 * run with exit code 2, naming the sample.
 *
 * A `costs.<key>` path varies the top-level costs block, which designs inherit:
 * the block must set that key, else the draw would reach no design.
 *
 * `dctwin validate` runs the same check without samples (checkUncertaintyBlock):
 * bounded distributions at their minimum and maximum as above, unbounded ones
 * at their median, then every input at its median together.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError, locate } from '../../errors.js';
import { formatPath } from '../../scenario/overrides.js';
import { concretePaths, type UncertaintySpec } from '../../tco/uncertainty.js';
import { quantile } from '../../tco/distributions.js';
import type { SamplePlan } from './plan.js';
import type { Scenario } from '../../scenario/schema.js';
import { sampleScenario, type ScenarioSource } from './sampleScenario.js';

/** Line of `uncertainty: { <path>: ... }` in the file, if it is there. */
function uncertaintyLine(text: string, path: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const block = doc.get('uncertainty', true);
  if (!isMap(block)) return undefined;
  const pair = block.items.find((p) => isScalar(p.key) && String(p.key.value) === path);
  const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values to try for each path, with how to name them. */
function extremes(spec: UncertaintySpec, plan: SamplePlan, p: number): Array<{ value: number; label: string }> {
  const d = spec[plan.paths[p]].distribution;
  if (d.kind === 'uniform' || d.kind === 'triangular') {
    return [
      { value: d.min, label: 'its minimum' },
      { value: d.max, label: 'its maximum' },
    ];
  }
  let low = 0;
  let high = 0;
  plan.values.forEach((v, i) => {
    if (v[p] < plan.values[low][p]) low = i;
    if (v[p] > plan.values[high][p]) high = i;
  });
  return [
    { value: plan.values[low][p], label: `its lowest draw, sample #${low}` },
    { value: plan.values[high][p], label: `its highest draw, sample #${high}` },
  ];
}

type Points = (path: string, p: number) => Array<{ value: number; label: string }>;

/** Throws one InputError listing every uncertain input that is invalid at one of its points. */
function checkPoints(source: ScenarioSource, spec: UncertaintySpec, paths: readonly string[], designs: number, points: Points): void {
  const problems: string[] = [];
  const prefix = new RegExp(`^${escapeRegExp(source.shownAs)}(:\\d+)?: `);
  paths.forEach((path, p) => {
    const { unit } = spec[path];
    // the path's line only when it is reported: finding it parses the whole file again
    const where = () => `${locate(source.shownAs, uncertaintyLine(source.text, path))}${formatPath(['uncertainty', path])}`;
    const seen = new Set<string>();
    for (const { value, label } of points(path, p)) {
      const shown = unit === '' ? `${value}` : `${value} ${unit}`;
      try {
        sampleScenario(source, 0, concretePaths(path, designs).map((concrete) => `${concrete}=${shown}`));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        for (const line of err.lines) {
          const inner = line.replace(prefix, '').replace(/ \(Monte Carlo sample #0\)$/, '');
          if (!seen.has(inner)) problems.push(`${where()} (${label}, ${shown}): ${inner}`);
          seen.add(inner);
        }
      }
    }
  });
  if (problems.length > 0) throw new InputError(problems);
}

/** What the checks need to know of the scenario: its number of designs and the keys its top-level costs block sets. */
export interface ScenarioShape {
  designs: number;
  sharedCostKeys: readonly string[];
}

export const scenarioShape = (scenario: Scenario): ScenarioShape => ({
  designs: scenario.designs.length,
  sharedCostKeys: scenario.costs?.sharedKeys ?? [],
});

/** Throws one InputError naming every `costs.<key>` path whose key the top-level costs block does not set. */
function checkSiteCostPaths(source: ScenarioSource, spec: UncertaintySpec, shape: ScenarioShape): void {
  const problems = Object.keys(spec).sort().filter((path) => path.startsWith('costs.') && !shape.sharedCostKeys.includes(path.split('.')[1])).map((path) => {
    const key = path.split('.')[1];
    return `${locate(source.shownAs, uncertaintyLine(source.text, path))}${formatPath(['uncertainty', path])}: expected a key the top-level ` +
      `costs: block sets (designs inherit it from there), got '${key}', which it does not set: add costs: { ${key}: ... } or vary designs[*].costs.${path.slice('costs.'.length)}`;
  });
  if (problems.length > 0) throw new InputError(problems);
}

/** Throws one InputError listing every uncertain input that would make an invalid scenario. */
export function checkUncertainty(source: ScenarioSource, spec: UncertaintySpec, plan: SamplePlan, shape: ScenarioShape): void {
  const designs = shape.designs;
  checkSiteCostPaths(source, spec, shape);
  checkPoints(source, spec, plan.paths, designs, (_path, p) => extremes(spec, plan, p));
  // All inputs together, as sample #0 draws them: catches whole-number fields and cross-field rules early.
  if (plan.overrides.length > 0) sampleScenario(source, 0, plan.overrides[0]);
}

/** checkUncertainty without samples, for `dctwin validate` (see the file's doc); nothing is simulated. */
export function checkUncertaintyBlock(source: ScenarioSource, spec: UncertaintySpec, shape: ScenarioShape): void {
  const designs = shape.designs;
  checkSiteCostPaths(source, spec, shape);
  const paths = Object.keys(spec).sort();
  const shown = (path: string, value: number) => (spec[path].unit === '' ? `${value}` : `${value} ${spec[path].unit}`);
  const median = (path: string) => quantile(spec[path].distribution, 0.5);
  checkPoints(source, spec, paths, designs, (path) => {
    const d = spec[path].distribution;
    if (d.kind === 'uniform' || d.kind === 'triangular') return [{ value: d.min, label: 'its minimum' }, { value: d.max, label: 'its maximum' }];
    return [{ value: median(path), label: 'its median' }];
  });
  try {
    sampleScenario(source, 0, paths.flatMap((path) => concretePaths(path, designs).map((c) => `${c}=${shown(path, median(path))}`)));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError(err.lines.map((l) => l.replace(/ \(Monte Carlo sample #0\)$/, ' (every uncertain input at its median)')));
  }
}
