/**
 * Issue 12 item 10 (heat reuse): ERE used to equal PUE whatever the design did with its heat. With a heat
 * consumer on the liquid loop, ERE drops below PUE by the reused energy, and ERF = reused / facility energy
 * (ISO/IEC 30134-6); a design without a liquid loop reuses nothing (its air heat is below useful temperature).
 * Fails on the code before heat reuse existed (the scenario field did not exist).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';

const withReuse = (value: string) =>
  evaluate(loadScenario(resolve('scenarios/default.yaml'), { overrides: ['designs[0].heatReuse=' + value, 'designs[1].heatReuse=' + value] }).scenario).summary;

describe('heat reuse on the default scenario (W32 liquid loop returns at 37 degC)', () => {
  const half = withReuse('{ temperature: 30 degC, fraction: 50 % }');
  const [pod, air] = half.designs;

  it('the liquid PoD: ERE below PUE, ERE = (1 - ERF) x PUE, reused = half the loop heat', () => {
    expect(pod.metrics.ere).toBeLessThan(pod.metrics.pue - 0.3);
    expect(pod.metrics.erf).toBeGreaterThan(0.3);
    expect(pod.metrics.ere).toBeCloseTo((1 - pod.metrics.erf) * pod.metrics.pue, 12);
    const r = pod.metrics.heatReuse!;
    expect(r.reusedKWh).toBeCloseTo(0.5 * r.availableKWh, 6);
    expect(pod.metrics.erf).toBeCloseTo(r.reusedKWh / pod.metrics.facilityEnergyKWh, 12);
  });

  it('the air-cooled design has no liquid loop: nothing reused, ERE = PUE', () => {
    expect(air.metrics.erf).toBe(0);
    expect(air.metrics.ere).toBe(air.metrics.pue);
  });

  it('a consumer needing 36 degC gets nothing from a 37 degC return through a 3 K exchanger', () => {
    const hot = withReuse('{ temperature: 36 degC, demand: 500 kW }').designs[0].metrics;
    expect(hot.erf).toBe(0);
    expect(hot.ere).toBe(hot.pue);
  });

  it('a constant 500 kW demand below the loop heat reuses 500 kW x 8,760 h', () => {
    const m = withReuse('{ temperature: 30 degC, demand: 500 kW }').designs[0].metrics;
    expect(m.heatReuse!.reusedKWh).toBeCloseTo(500 * 8760, 0);
  });
});

describe('heatReuse input', () => {
  it('exactly one demand form: two are refused naming the field', () => {
    expect(() => withReuse('{ temperature: 30 degC, fraction: 50 %, demand: 300 kW }'))
      .toThrow(/designs\[0\]\.heatReuse: expected exactly one of fraction, demand, monthlyDemand, got fraction, demand/);
  });

  it('a monthly demand needs 12 values', () => {
    expect(() => withReuse('{ temperature: 30 degC, monthlyDemand: [100 kW, 200 kW] }')).toThrow(/designs\[0\]\.heatReuse\.monthlyDemand/);
  });
});
