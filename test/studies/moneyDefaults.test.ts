/**
 * Issue 13 item 5: money defaults are never applied silently. A USD scenario in Phoenix without
 * `costs.discountRate` gets a warning naming the field, and summary.json states every default
 * applied (input, value, source) under the design's tco.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import { COST_DEFAULTS } from '../../sim/tco/costParams.js';

const run = (overrides: string[] = []) =>
  evaluate(loadScenario(resolve('test/fixtures/scenarios/usd-phoenix-defaults.yaml'), { overrides }).scenario).summary;

describe('money defaults are stated and warned (issue 13 item 5)', () => {
  const summary = run();
  const tco = summary.designs[0].tco!;

  it('a USD scenario without a discount rate warns, naming the field to set', () => {
    const w = summary.warnings.filter((t) => /discountRate/.test(t));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('designs[0].costs.discountRate');
    expect(w[0]).toContain('USD');
  });

  it('the output states each default applied with its value and source', () => {
    const byInput = Object.fromEntries((tco.assumptions ?? []).map((a) => [a.input, a]));
    expect(byInput['costs.discountRate']).toMatchObject({ value: COST_DEFAULTS.discountRate.value, source: COST_DEFAULTS.discountRate.source });
    expect(byInput['costs.horizon']).toMatchObject({ value: 5, source: COST_DEFAULTS.horizonYears.source });
    expect(byInput['costs.escalation']).toMatchObject({ value: 0 });
    expect(byInput['costs.carbonPrice']).toMatchObject({ value: 0 });
    expect(byInput['costs.energy']).toBeUndefined(); // given by the scenario
  });

  it('no warning and no discount-rate assumption once the scenario states the rate', () => {
    const stated = run(['designs[0].costs.discountRate=6 %']);
    expect(stated.warnings.filter((t) => /discountRate/.test(t))).toEqual([]);
    expect((stated.designs[0].tco!.assumptions ?? []).map((a) => a.input)).not.toContain('costs.discountRate');
  });
});
