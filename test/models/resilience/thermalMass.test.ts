/**
 * The lumped thermal mass: closed forms against hand-computed analytic cases (Incropera & DeWitt 6th ed.,
 * eq. 5.2 with a source term), against a fine explicit Euler integration of C dT/dt = Qin - Qout - UA (T - Ta),
 * and its properties (monotonic in heat, energy balance, steps compose, timeToReach inverts temperatureAfter).
 * The room heat-up plausibility check against Hosting365 (2008) lives in test/validation/rideThrough.validation.test.ts
 * (test/conventions.test.ts rule 6 asks every model to be imported by a validation test until it is wired in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { temperatureAfter, timeToReach, type ThermalMassParams } from '../../../sim/models/resilience/thermalMass.js';

const adiabatic: ThermalMassParams = { heatCapacityJPerK: 1e6, conductanceWPerK: 0, ambientC: 24 };
// tau = C / UA = 100 s; settled = 20 + 2e5 / 1e4 = 40 degC for 200 kW in, nothing removed
const leaky: ThermalMassParams = { heatCapacityJPerK: 1e6, conductanceWPerK: 1e4, ambientC: 20 };

/** Explicit Euler on the same ODE, step hS: the integrator the closed form must agree with. */
function eulerTempC(t0C: number, p: ThermalMassParams, dtS: number, heatInW: number, heatRemovedW: number, hS: number): number {
  let tempC = t0C;
  const steps = Math.round(dtS / hS);
  for (let i = 0; i < steps; i++) {
    tempC += (hS * (heatInW - heatRemovedW - p.conductanceWPerK * (tempC - p.ambientC))) / p.heatCapacityJPerK;
  }
  return tempC;
}

describe('temperatureAfter: analytic cases', () => {
  it('UA = 0: 100 kW net into 1 MJ/K for 60 s is a linear ramp of 0.1 K/s -> +6 K', () => {
    expect(temperatureAfter({ tempC: 24 }, adiabatic, 60, 1e5, 0).tempC).toBeCloseTo(30, 12);
    expect(temperatureAfter({ tempC: 24 }, adiabatic, 60, 1.5e5, 5e4).tempC).toBeCloseTo(30, 12); // only the net counts
    expect(temperatureAfter({ tempC: 24 }, adiabatic, 60, 0, 1e5).tempC).toBeCloseTo(18, 12); // cooling runs it down
  });

  it('UA > 0: after one time constant T = 40 - 20 e^-1 = 32.6424112 degC (tau 100 s, settled 40 degC)', () => {
    expect(temperatureAfter({ tempC: 20 }, leaky, 100, 2e5, 0).tempC).toBeCloseTo(40 - 20 * Math.exp(-1), 9);
    expect(temperatureAfter({ tempC: 20 }, leaky, 1e5, 2e5, 0).tempC).toBeCloseTo(40, 9); // settles
    expect(temperatureAfter({ tempC: 55 }, leaky, 0, 2e5, 0).tempC).toBe(55); // no time, no change
  });
});

describe('timeToReach: analytic cases', () => {
  it('UA = 0: 6 K at 0.1 K/s takes 60 s; at the limit already 0 s', () => {
    expect(timeToReach(30, { tempC: 24 }, adiabatic, 1e5, 0)).toBeCloseTo(60, 12);
    expect(timeToReach(24, { tempC: 24 }, adiabatic, 1e5, 0)).toBe(0);
  });

  it('UA > 0: 20 -> 30 degC towards 40 degC takes tau ln 2 = 69.3147 s', () => {
    expect(timeToReach(30, { tempC: 20 }, leaky, 2e5, 0)).toBeCloseTo(100 * Math.LN2, 9);
  });

  it('never (Infinity) when the flows move away, stand still, or settle short of the limit', () => {
    expect(timeToReach(30, { tempC: 24 }, adiabatic, 0, 1e5)).toBe(Infinity);
    expect(timeToReach(30, { tempC: 24 }, adiabatic, 1e5, 1e5)).toBe(Infinity);
    expect(timeToReach(45, { tempC: 20 }, leaky, 2e5, 0)).toBe(Infinity); // settles at 40
    expect(timeToReach(40, { tempC: 20 }, leaky, 2e5, 0)).toBe(Infinity); // approached, never reached
    expect(timeToReach(15, { tempC: 20 }, leaky, 2e5, 0)).toBe(Infinity); // below the start, heading up
  });

  it('refuses a broken precondition with RangeError', () => {
    expect(() => temperatureAfter({ tempC: 24 }, { ...adiabatic, heatCapacityJPerK: 0 }, 1, 1, 0)).toThrow(RangeError);
    expect(() => temperatureAfter({ tempC: 24 }, { ...adiabatic, conductanceWPerK: -1 }, 1, 1, 0)).toThrow(RangeError);
    expect(() => temperatureAfter({ tempC: 24 }, adiabatic, -1, 1, 0)).toThrow(RangeError);
    expect(() => timeToReach(Number.NaN, { tempC: 24 }, adiabatic, 1, 0)).toThrow(RangeError);
  });
});

describe('unit test of the integrator: the closed form against a fine explicit Euler integration', () => {
  it('UA > 0, 300 s in 0.01 s steps (Euler global error O(h): < 1e-3 K here)', () => {
    const exactC = temperatureAfter({ tempC: 20 }, leaky, 300, 2e5, 5e4).tempC;
    expect(Math.abs(eulerTempC(20, leaky, 300, 2e5, 5e4, 0.01) - exactC)).toBeLessThan(1e-3);
  });

  it('UA = 0, where Euler is exact for constant flows', () => {
    expect(eulerTempC(24, adiabatic, 120, 1e5, 0, 0.5)).toBeCloseTo(temperatureAfter({ tempC: 24 }, adiabatic, 120, 1e5, 0).tempC, 9);
  });

  it('random cases agree within 1e-3 of the temperature change scale', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e5, max: 1e8, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }),
      fc.double({ min: 0, max: 2e6, noNaN: true }), fc.double({ min: 0, max: 2e6, noNaN: true }),
      (capacityJPerK, conductanceWPerK, heatInW, heatRemovedW) => {
        const p = { heatCapacityJPerK: capacityJPerK, conductanceWPerK, ambientC: 25 };
        const dtS = 60;
        const exactC = temperatureAfter({ tempC: 25 }, p, dtS, heatInW, heatRemovedW).tempC;
        // step well below tau and within the ramp: h = min(tau, dt) / 2000
        const hS = Math.min(dtS, conductanceWPerK > 0 ? capacityJPerK / conductanceWPerK : dtS) / 2000;
        const eulerC = eulerTempC(25, p, dtS, heatInW, heatRemovedW, hS);
        const scaleK = Math.abs(exactC - 25) + 1e-9;
        return Math.abs(eulerC - exactC) <= 1e-3 * scaleK + 1e-9;
      }), { numRuns: 60 });
  });
});

describe('properties', () => {
  const params = fc.record({
    heatCapacityJPerK: fc.double({ min: 1e3, max: 1e9, noNaN: true }),
    conductanceWPerK: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
    ambientC: fc.double({ min: 0, max: 45, noNaN: true }),
  });
  const temp = fc.double({ min: 5, max: 60, noNaN: true });
  const power = fc.double({ min: 0, max: 5e6, noNaN: true });
  const dt = fc.double({ min: 0, max: 3600, noNaN: true });

  it('more heat in never gives a lower temperature, nor a later time to a limit above the start', () => {
    fc.assert(fc.property(params, temp, dt, power, power, power, (p, t0C, dtS, a, b, removedW) => {
      const [lowW, highW] = a <= b ? [a, b] : [b, a];
      const after = (q: number) => temperatureAfter({ tempC: t0C }, p, dtS, q, removedW).tempC;
      const reach = (q: number) => timeToReach(t0C + 5, { tempC: t0C }, p, q, removedW);
      return after(highW) >= after(lowW) - 1e-9 * (1 + Math.abs(after(lowW))) && reach(highW) <= reach(lowW) * (1 + 1e-9);
    }));
  });

  it('energy balance: C (T1 - T0) = net heat x dt - UA x integral of (T - ambient) dt (exact integral of the solution)', () => {
    fc.assert(fc.property(params, temp, dt, power, power, (p, t0C, dtS, heatInW, heatRemovedW) => {
      const t1C = temperatureAfter({ tempC: t0C }, p, dtS, heatInW, heatRemovedW).tempC;
      const netJ = (heatInW - heatRemovedW) * dtS;
      let lostJ = 0;
      if (p.conductanceWPerK > 0) {
        const tauS = p.heatCapacityJPerK / p.conductanceWPerK;
        const settledC = p.ambientC + (heatInW - heatRemovedW) / p.conductanceWPerK;
        lostJ = p.conductanceWPerK * ((settledC - p.ambientC) * dtS + (t0C - settledC) * tauS * -Math.expm1(-dtS / tauS));
      }
      const storedJ = p.heatCapacityJPerK * (t1C - t0C);
      // rounding: relative 1e-7 of the flows, plus C times the last digits of the temperatures themselves
      const roundingJ = 1e-7 * (Math.abs(netJ) + Math.abs(lostJ) + Math.abs(storedJ)) + p.heatCapacityJPerK * 1e-13 * (1 + Math.abs(t0C) + Math.abs(t1C));
      return Math.abs(storedJ - (netJ - lostJ)) <= roundingJ;
    }));
  });

  it('two steps of a and b seconds equal one step of a + b (exact integration between events)', () => {
    fc.assert(fc.property(params, temp, dt, dt, power, power, (p, t0C, aS, bS, heatInW, heatRemovedW) => {
      const twoC = temperatureAfter(temperatureAfter({ tempC: t0C }, p, aS, heatInW, heatRemovedW), p, bS, heatInW, heatRemovedW).tempC;
      const oneC = temperatureAfter({ tempC: t0C }, p, aS + bS, heatInW, heatRemovedW).tempC;
      return Math.abs(twoC - oneC) <= 1e-9 * (1 + Math.abs(oneC - t0C) + Math.abs(t0C));
    }));
  });

  it('timeToReach inverts temperatureAfter: after that time the mass is at the limit', () => {
    fc.assert(fc.property(params, temp, fc.double({ min: 0.1, max: 20, noNaN: true }), power, (p, t0C, riseK, heatInW) => {
      const limitC = t0C + riseK;
      const tS = timeToReach(limitC, { tempC: t0C }, p, heatInW, 0);
      if (!Number.isFinite(tS)) return true;
      return Math.abs(temperatureAfter({ tempC: t0C }, p, tS, heatInW, 0).tempC - limitC) <= 1e-6 * (1 + riseK);
    }));
  });
});
