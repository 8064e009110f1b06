/**
 * powerPath.ts: the generators' k-of-n start against the binomial probability, and the windows of a utility
 * loss (generators started or not) and of its return.
 */
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../sim/engine/random.js';
import { RESILIENCE_DEFAULTS } from '../../../sim/models/resilience/resilienceSpec.js';
import type { ResilienceSpec } from '../../../sim/models/resilience/resilienceSpec.js';
import { generatorSet, generatorsStart, newPowerWindows, utilityLost, utilityRestored, type GeneratorSet } from '../../../sim/simulation/resilience/powerPath.js';

const SPEC: ResilienceSpec = { ...RESILIENCE_DEFAULTS, events: [], maintenance: [], repairCosts: [] };

/** P(at least k of n start), each with probability 1 - p. */
function binomialAtLeast(k: number, n: number, p: number): number {
  let sum = 0;
  for (let j = k; j <= n; j++) {
    let c = 1;
    for (let m = 0; m < j; m++) c = (c * (n - m)) / (m + 1);
    sum += c * (1 - p) ** j * p ** (n - j);
  }
  return sum;
}

describe('generatorSet', () => {
  it('needs ceil(design facility / unit) sets, installed by the redundancy; start failure 0.06 per demand (NUREG-0933)', () => {
    // 1.81 MW of design facility power (the shipped liquid PoD) on 2.5 MW sets: 1 needed, N+1 = 2.
    expect(generatorSet(1.81e6, SPEC)).toEqual({ needed: 1, installed: 2, startFailureProbability: expect.closeTo(0.06, 12) });
    expect(generatorSet(6e6, { ...SPEC, generatorRedundancy: '2N' })).toMatchObject({ needed: 3, installed: 6 });
    expect(generatorSet(5e6, { ...SPEC, generatorRedundancy: 'N' })).toMatchObject({ needed: 2, installed: 2 });
  });
});

describe('generatorsStart: k of n against the binomial probability', () => {
  // 20,000 demands each; the count of successful starts is Binomial(20,000, P); tolerance 4 sigma,
  // sigma = sqrt(N P (1 - P)): a correct model fails for ~6e-5 of seeds; the seed is fixed.
  const DEMANDS = 20_000;
  const cases: { name: string; set: GeneratorSet }[] = [
    // P = 1 - 0.06^2 = 0.9964 (the shipped N+1 pair)
    { name: '1 of 2 at p = 0.06', set: { needed: 1, installed: 2, startFailureProbability: 0.06 } },
    // P = 0.94^2 (3 x 0.06 + 0.94) = 0.989632
    { name: '2 of 3 at p = 0.06', set: { needed: 2, installed: 3, startFailureProbability: 0.06 } },
    // P = 1 - 0.3^4 - 4 x 0.7 x 0.3^3 = 0.9163 (a poor fleet, so the test has power)
    { name: '2 of 4 at p = 0.3', set: { needed: 2, installed: 4, startFailureProbability: 0.3 } },
    // P = 0.7^3 = 0.343
    { name: '3 of 3 at p = 0.3', set: { needed: 3, installed: 3, startFailureProbability: 0.3 } },
  ];
  it.each(cases)('$name', ({ set }) => {
    const p = binomialAtLeast(set.needed, set.installed, set.startFailureProbability);
    const u = new RandomStreams(2026).stream('failures/test/generatorStart');
    let started = 0;
    for (let d = 0; d < DEMANDS; d++) if (generatorsStart(set, u)) started++;
    const sigma = Math.sqrt(DEMANDS * p * (1 - p));
    expect(Math.abs(started - DEMANDS * p)).toBeLessThan(4 * sigma);
  });

  it('hand-checked probabilities of the helper', () => {
    expect(binomialAtLeast(1, 2, 0.06)).toBeCloseTo(0.9964, 12);
    expect(binomialAtLeast(2, 3, 0.06)).toBeCloseTo(0.989632, 12);
    expect(binomialAtLeast(2, 4, 0.3)).toBeCloseTo(0.9163, 12);
  });

  it('draws exactly one number per installed generator per demand (a fixed count: later draws do not shift)', () => {
    let draws = 0;
    const u = () => { draws++; return 0.5; };
    generatorsStart({ needed: 1, installed: 3, startFailureProbability: 0.06 }, u);
    expect(draws).toBe(3);
    // A draw below p is a failed start: two of three fail, one starts, one was needed.
    const seq = [0.01, 0.02, 0.9];
    expect(generatorsStart({ needed: 1, installed: 3, startFailureProbability: 0.06 }, () => seq.shift()!)).toBe(true);
    const seq2 = [0.01, 0.02, 0.9];
    expect(generatorsStart({ needed: 2, installed: 3, startFailureProbability: 0.06 }, () => seq2.shift()!)).toBe(false);
  });
});

describe('utilityLost / utilityRestored: the windows', () => {
  // Defaults: generators start in 10 s (NFPA 110 Type 10), chillers 30 min after, battery 10 min, at t = 1000 s.
  it('generators start: heat rejection back at t + 10 s, chillers at t + 10 s + 30 min, the IT never loses power', () => {
    const w = newPowerWindows();
    utilityLost(w, 1000, SPEC, true);
    expect(w).toEqual({ rejectionOffUntilS: 1010, chillerOffUntilS: 1010 + 1800, powerOffAtS: Infinity, utilityOut: true, onGenerators: true });
    // the utility returns after 2 h: the transfer back leaves everything running; no restart
    expect(utilityRestored(w, 1000 + 7200, SPEC)).toBe(false);
    expect(w).toEqual({ rejectionOffUntilS: 1010, chillerOffUntilS: 2810, powerOffAtS: Infinity, utilityOut: false, onGenerators: false });
  });

  it('generators fail, utility back within the battery: rejection from the return, chillers 30 min later, no IT restart', () => {
    const w = newPowerWindows();
    utilityLost(w, 1000, SPEC, false);
    expect(w).toEqual({ rejectionOffUntilS: Infinity, chillerOffUntilS: Infinity, powerOffAtS: 1600, utilityOut: true, onGenerators: false });
    expect(utilityRestored(w, 1300, SPEC)).toBe(false);
    expect(w).toEqual({ rejectionOffUntilS: 1300, chillerOffUntilS: 3100, powerOffAtS: Infinity, utilityOut: false, onGenerators: false });
  });

  it('generators fail, utility back after the battery ran out: the IT had lost power (its nodes restart)', () => {
    const w = newPowerWindows();
    utilityLost(w, 1000, SPEC, false);
    expect(utilityRestored(w, 1600, SPEC)).toBe(true); // exactly at battery exhaustion counts as lost
    expect(w.chillerOffUntilS).toBe(3400);
    const custom = newPowerWindows();
    utilityLost(custom, 0, { ...SPEC, upsBatteryS: 300, generatorStartS: 15, chillerRestartS: 600 }, true);
    expect([custom.rejectionOffUntilS, custom.chillerOffUntilS]).toEqual([15, 615]);
  });
});
