/**
 * loopEpisode.ts: one loop through a failure episode against the lumped-capacitance solution (T rises at
 * (H - K) / C), its throttle equilibrium at the allowable limit, its trip at the shutdown limit, and the energy
 * balance of the unmet heat.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advanceLoop, loopRegime, newLoopState, secondsToChange, type LoopLimits, type LoopState } from '../../../sim/models/resilience/loopEpisode.js';

// A room of 1 MJ/K (about 200 m2 of air and 40 racks' metal, loopCapacitance.ts) at 24 degC supply, the A1 allowable
// 32 degC and the A3 trip 40 degC (resilienceSpec.ts defaults), throttled to 70 %.
const C = 1e6;
const LIMITS: LoopLimits = { supplyC: 24, allowableC: 32, shutdownC: 40, throttleFloor: 0.7 };
const H = 1e6;

/** Runs the loop to its next regime change; returns the seconds it took and what the interval cost. */
function toNextChange(state: LoopState, heatW: number, coolingW: number, limits = LIMITS) {
  const inputs = { heatW, coolingW };
  const s = secondsToChange(state, inputs, limits, C);
  return { s, r: advanceLoop(state, inputs, limits, C, s, true) };
}

describe('loopEpisode: a total cooling loss, step by step', () => {
  it('heats from supply to the allowable limit in C (L1 - T0) / H = 8 s, unthrottled, and lands on L1', () => {
    // 1e6 J/K x (32 - 24) K / 1e6 W = 8 s; unmet heat = H x 8 s = 8 MJ = C x 8 K.
    const state = newLoopState(24);
    expect(loopRegime(state, { heatW: H, coolingW: 0 }, LIMITS, C)).toEqual({ theta: 1, rateKPerS: 1 });
    const { s, r } = toNextChange(state, H, 0);
    expect(s).toBe(8);
    expect(state).toEqual({ tempC: 32, tripped: false });
    expect(r).toEqual({ theta: 1, unmetJ: 8e6, aboveAllowableS: 0, peakC: 32, tripped: false });
  });

  it('then throttles to the floor and trips at L2 after C (L2 - L1) / (f H) = 11.43 s', () => {
    // 1e6 x (40 - 32) / (0.7 x 1e6) = 80 / 7 = 11.428571 s, all of it at or above the allowable limit.
    const state: LoopState = { tempC: 32, tripped: false };
    expect(loopRegime(state, { heatW: H, coolingW: 0 }, LIMITS, C).theta).toBe(0.7);
    const { s, r } = toNextChange(state, H, 0);
    expect(s).toBeCloseTo(80 / 7, 12);
    expect(state).toEqual({ tempC: 40, tripped: true });
    expect(r.tripped).toBe(true);
    expect(r.theta).toBe(0.7);
    expect(r.unmetJ).toBeCloseTo(0.7e6 * (80 / 7), 3); // = C x 8 K = 8 MJ
    expect(r.aboveAllowableS).toBeCloseTo(80 / 7, 12);
    expect(r.peakC).toBe(40);
  });

  it('tripped: no heat; with cooling K it falls at K / C, stopping at L1 (where the nodes may restart), then to T0', () => {
    const state: LoopState = { tempC: 40, tripped: true };
    const held = loopRegime(state, { heatW: H, coolingW: 0 }, LIMITS, C);
    expect([held.theta, held.rateKPerS === 0]).toEqual([0, true]); // -0 K/s: no cooling, it holds
    expect(secondsToChange(state, { heatW: H, coolingW: 0 }, LIMITS, C)).toBe(Infinity);
    // K = 0.5 MW: 0.5 K/s; 1e6 x 8 / 5e5 = 16 s to 32 degC (all of it at or above L1), 16 s more to 24 degC.
    const first = toNextChange(state, H, 5e5);
    expect(first.s).toBe(16);
    expect(first.r).toEqual({ theta: 0, unmetJ: 0, aboveAllowableS: 16, peakC: 40, tripped: false });
    expect(state).toEqual({ tempC: 32, tripped: true });
    const second = toNextChange(state, H, 5e5);
    expect(second.s).toBe(16);
    expect(second.r).toMatchObject({ theta: 0, unmetJ: 0, peakC: 32 });
    expect(state).toEqual({ tempC: 24, tripped: true });
  });
});

describe('loopEpisode: partial loss of cooling', () => {
  it('below L1 heats at (H - K) / C; above L1 at (f H - K) / C: the two-segment time to trip', () => {
    // K = 0.5 MW: 8 MJ / 0.5 MW = 16 s to L1, then 8 MJ / (0.7 - 0.5) MW = 40 s to L2: 56 s in all.
    const state = newLoopState(24);
    expect(toNextChange(state, H, 5e5).s).toBe(16);
    const second = toNextChange(state, H, 5e5);
    expect(second.s).toBeCloseTo(40, 9);
    expect(second.r.unmetJ).toBeCloseTo(8e6, 3);
    expect(state.tripped).toBe(true);
  });

  it('f H <= K < H holds T at L1 with theta = K / H, no unmet heat, indefinitely', () => {
    fc.assert(fc.property(fc.double({ min: 0.7, max: 0.999, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), (ratio, dtS) => {
      const state: LoopState = { tempC: 32, tripped: false };
      const inputs = { heatW: H, coolingW: ratio * H };
      const regime = loopRegime(state, inputs, LIMITS, C);
      expect(regime.theta).toBeCloseTo(ratio, 12);
      expect(regime.rateKPerS).toBe(0);
      expect(secondsToChange(state, inputs, LIMITS, C)).toBe(Infinity);
      const r = advanceLoop(state, inputs, LIMITS, C, dtS, false);
      expect(state.tempC).toBe(32);
      expect(r.unmetJ).toBe(0);
      expect(r.aboveAllowableS).toBe(dtS);
    }));
  });

  it('cooling back with K > H returns to T0 in C (T - T0) / (K - H), then holds at supply', () => {
    // From 30 degC with H = 1 MW, K = 1.25 MW: 1e6 x 6 / 2.5e5 = 24 s.
    const state: LoopState = { tempC: 30, tripped: false };
    const { s, r } = toNextChange(state, H, 1.25e6);
    expect(s).toBe(24);
    expect(r).toEqual({ theta: 1, unmetJ: 0, aboveAllowableS: 0, peakC: 30, tripped: false });
    expect(state.tempC).toBe(24);
    expect(loopRegime(state, { heatW: H, coolingW: 1.25e6 }, LIMITS, C)).toEqual({ theta: 1, rateKPerS: 0 });
  });

  it('above L1 with K between f H and H: throttled at f, cooling back to L1 in C (T - L1) / (K - f H)', () => {
    // From 36 degC, K = 0.9 MW: 1e6 x 4 / (0.9 - 0.7) MW = 20 s, all of it above L1; then theta = 0.9 at L1.
    const state: LoopState = { tempC: 36, tripped: false };
    const { s, r } = toNextChange(state, H, 0.9e6);
    expect(s).toBeCloseTo(20, 9);
    expect(r.theta).toBe(0.7);
    expect(r.aboveAllowableS).toBeCloseTo(20, 9);
    expect(state.tempC).toBe(32);
    expect(loopRegime(state, { heatW: H, coolingW: 0.9e6 }, LIMITS, C).theta).toBeCloseTo(0.9, 12);
  });

  it('counts the time at or above L1 only: an interval below it counts 0, one above it counts all', () => {
    // From 30 degC, K = 0: 1 K/s, 2 s to L1; 1.5 s stays below. From 34 with K = 2 MW at theta 0.7:
    // -1.3 K/s, 2 / 1.3 = 1.54 s to L1; 1 s stays above.
    const state: LoopState = { tempC: 30, tripped: false };
    expect(advanceLoop(state, { heatW: H, coolingW: 0 }, LIMITS, C, 1.5, false).aboveAllowableS).toBe(0);
    const cooling: LoopState = { tempC: 34, tripped: false };
    expect(advanceLoop(cooling, { heatW: H, coolingW: 2e6 }, LIMITS, C, 1, false).aboveAllowableS).toBe(1);
    expect(cooling.tempC).toBeCloseTo(32.7, 12);
  });
});

describe('loopEpisode: properties', () => {
  const temp = fc.double({ min: 24, max: 39.9, noNaN: true });
  // Powers in whole watts (0-2 MW): denormal heats would make the times overflow, not the model wrong.
  const power = fc.integer({ min: 0, max: 2_000_000 });

  it('energy balance: below L1 with theta = 1 the unmet heat is C times the temperature rise', () => {
    fc.assert(fc.property(fc.double({ min: 24, max: 31.9, noNaN: true }), power, power, (t0, h, k) => {
      fc.pre(h > k);
      const state: LoopState = { tempC: t0, tripped: false };
      const inputs = { heatW: h, coolingW: k };
      const dtS = secondsToChange(state, inputs, LIMITS, C) / 2;
      const r = advanceLoop(state, inputs, LIMITS, C, dtS, false);
      expect(r.theta).toBe(1);
      expect(r.unmetJ).toBeCloseTo(C * (state.tempC - t0), 3);
    }));
  });

  it('energy balance in any untripped regime: unmet heat = C x max(0, rise); the loop never leaves [T0, L2]', () => {
    fc.assert(fc.property(temp, power, power, fc.double({ min: 0, max: 1, noNaN: true }), (t0, h, k, part) => {
      const state: LoopState = { tempC: t0, tripped: false };
      const inputs = { heatW: h, coolingW: k };
      const toChangeS = secondsToChange(state, inputs, LIMITS, C);
      const dtS = Number.isFinite(toChangeS) ? toChangeS * part : 100 * part;
      const r = advanceLoop(state, inputs, LIMITS, C, dtS, false);
      expect(r.unmetJ).toBeGreaterThanOrEqual(0);
      expect(r.unmetJ).toBeCloseTo(C * Math.max(0, state.tempC - t0), 2);
      expect(state.tempC).toBeGreaterThanOrEqual(LIMITS.supplyC - 1e-9);
      expect(state.tempC).toBeLessThanOrEqual(LIMITS.shutdownC + 1e-9);
      expect(r.theta).toBeGreaterThanOrEqual(LIMITS.throttleFloor);
      expect(r.theta).toBeLessThanOrEqual(1);
    }));
  });

  it('stepping to each regime change lands exactly on a limit or supply; more cooling never trips sooner', () => {
    fc.assert(fc.property(power, fc.double({ min: 0, max: 1, noNaN: true }), (h, share) => {
      const tripTime = (k: number): number => {
        const state = newLoopState(24);
        let total = 0;
        for (let n = 0; n < 3 && !state.tripped; n++) {
          const s = secondsToChange(state, { heatW: h, coolingW: k }, LIMITS, C);
          if (!Number.isFinite(s)) return Infinity;
          advanceLoop(state, { heatW: h, coolingW: k }, LIMITS, C, s, true);
          expect([24, 32, 40]).toContain(state.tempC);
          total += s;
        }
        return state.tripped ? total : Infinity;
      };
      expect(tripTime(share * h)).toBeGreaterThanOrEqual(tripTime(share * h * 0.5) - 1e-6);
    }));
  });
});
