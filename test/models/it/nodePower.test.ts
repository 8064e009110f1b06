import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodePowerCurve, nodePowerW, type NodePowerParams, type NodePowerShape } from '../../../sim/models/it/nodePower.js';

const base = { idlePowerW: 2000, peakPowerW: 10_200 };

describe('nodePowerW', () => {
  it('linear: idle + (peak - idle) * u', () => {
    // 2000 + 8200 * 0.5 = 6100 W (hand-computed)
    expect(nodePowerW({ ...base, shape: { kind: 'linear' } }, { utilization: 0.5 })).toEqual({ powerW: 6100, clamped: false });
  });

  it('power law: idle + (peak - idle) * u^k', () => {
    // 2000 + 8200 * 0.5^2 = 4050 W
    expect(nodePowerW({ ...base, shape: { kind: 'powerLaw', exponent: 2 } }, { utilization: 0.5 }).powerW).toBeCloseTo(4050, 9);
  });

  it('Fan-Barroso (2u - u^r), r = 1.4', () => {
    // 0.5^1.4 = exp(1.4 * ln 0.5) = 0.3789291416; f = 1 - 0.3789291416 = 0.6210708584; 2000 + 8200 f = 7092.781039 W
    const p = nodePowerW({ ...base, shape: { kind: 'fanBarroso', r: 1.4 } }, { utilization: 0.5 }).powerW;
    expect(p).toBeCloseTo(7092.781039, 5);
  });

  it('measured table: piecewise-linear between points', () => {
    const shape: NodePowerShape = { kind: 'table', utilization: [0, 0.5, 1], powerW: [2000, 6000, 10_200] };
    const curve = nodePowerCurve({ ...base, shape });
    expect(curve(0.25)).toBeCloseTo(4000, 9); // halfway 2000 -> 6000
    expect(curve(0.75)).toBeCloseTo(8100, 9); // halfway 6000 -> 10200
    expect(curve(1)).toBe(10_200);
  });

  it('clamps utilization outside 0-1 and says so', () => {
    const params: NodePowerParams = { ...base, shape: { kind: 'linear' } };
    expect(nodePowerW(params, { utilization: 1.2 })).toEqual({ powerW: 10_200, clamped: true });
    expect(nodePowerW(params, { utilization: -0.1 })).toEqual({ powerW: 2000, clamped: true });
  });

  it('a powered-down node draws its standby power (0 by default)', () => {
    expect(nodePowerW({ ...base, shape: { kind: 'linear' } }, { utilization: 0.7, poweredOn: false }).powerW).toBe(0);
    expect(nodePowerW({ ...base, shape: { kind: 'linear' }, standbyPowerW: 25 }, { utilization: 0, poweredOn: false }).powerW).toBe(25);
  });

  it('rejects broken parameters', () => {
    expect(() => nodePowerCurve({ idlePowerW: 5000, peakPowerW: 1000, shape: { kind: 'linear' } })).toThrow(RangeError);
    expect(() => nodePowerCurve({ ...base, shape: { kind: 'fanBarroso', r: 2.5 } })).toThrow(RangeError);
    expect(() => nodePowerCurve({ ...base, shape: { kind: 'table', utilization: [0, 0.9], powerW: [1, 2] } })).toThrow(RangeError);
  });

  it('every shape is non-decreasing in u and stays within [idle, peak]', () => {
    const shapes: NodePowerShape[] = [
      { kind: 'linear' },
      { kind: 'powerLaw', exponent: 0.5 },
      { kind: 'powerLaw', exponent: 3 },
      { kind: 'fanBarroso', r: 1.4 },
      { kind: 'fanBarroso', r: 2 },
      { kind: 'table', utilization: [0, 0.1, 0.6, 1], powerW: [2000, 4000, 8000, 10_200] },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (shape, a, b) => {
        const f = nodePowerCurve({ ...base, shape });
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(f(lo)).toBeLessThanOrEqual(f(hi) + 1e-9);
        expect(f(lo)).toBeGreaterThanOrEqual(2000 - 1e-9);
        expect(f(hi)).toBeLessThanOrEqual(10_200 + 1e-9);
      }),
    );
  });
});
