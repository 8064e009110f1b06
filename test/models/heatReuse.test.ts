/** Heat reuse model (sim/models/heatReuse.ts): hand-computed hours; unit tests (no independent data). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heatReuse, type HeatReuseSpec } from '../../sim/models/heatReuse.js';

const J_PER_KWH = 3.6e6;
const hours = new Float64Array([1000, 2000, 500].map((kWh) => kWh * J_PER_KWH)); // loop heat: 1000, 2000, 500 kW for an hour each
const months = new Uint8Array([1, 7, 12]);
const spec = (demand: HeatReuseSpec['demand'], temperatureC = 30): HeatReuseSpec => ({ temperatureC, approachK: 3, demand });

describe('heatReuse (unit tests)', () => {
  it('a fraction of the heat available at temperature: 50 % of 3,500 kWh', () => {
    const r = heatReuse(spec({ kind: 'fraction', fraction: 0.5 }), 37, hours, months);
    expect(r.availableJ / J_PER_KWH).toBeCloseTo(3500, 9);
    expect(r.reusedJ / J_PER_KWH).toBeCloseTo(1750, 9);
  });

  it('a monthly demand caps each hour: min(800, 1000) + min(0, 2000) + min(800, 500) = 1,300 kWh', () => {
    const monthly = Array(12).fill(800e3);
    monthly[6] = 0; // July: no heating demand
    const r = heatReuse(spec({ kind: 'monthly', powerW: monthly }), 37, hours, months);
    expect(r.reusedJ / J_PER_KWH).toBeCloseTo(1300, 9);
  });

  it('nothing counts when the return water minus the approach is below the needed temperature, or without a liquid loop', () => {
    expect(heatReuse(spec({ kind: 'fraction', fraction: 1 }, 35), 37, hours, months)).toEqual({ availableJ: 0, reusedJ: 0 }); // 37 - 3 < 35
    expect(heatReuse(spec({ kind: 'fraction', fraction: 1 }, 34), 37, hours, months).reusedJ).toBeCloseTo(3500 * J_PER_KWH, 3); // 37 - 3 = 34: at temperature counts
    expect(heatReuse(spec({ kind: 'fraction', fraction: 1 }), undefined, hours, months)).toEqual({ availableJ: 0, reusedJ: 0 });
  });

  it('property: 0 <= reused <= available, and reused grows with the demand', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e10, noNaN: true }), { minLength: 1, maxLength: 48 }), fc.double({ min: 0, max: 2e6, noNaN: true }),
      (heat, demandW) => {
        const h = Float64Array.from(heat);
        const m = Uint8Array.from(heat.map((_, i) => (i % 12) + 1));
        const low = heatReuse(spec({ kind: 'monthly', powerW: Array(12).fill(demandW) }), 37, h, m);
        const high = heatReuse(spec({ kind: 'monthly', powerW: Array(12).fill(demandW * 2) }), 37, h, m);
        expect(low.reusedJ).toBeGreaterThanOrEqual(0);
        expect(low.reusedJ).toBeLessThanOrEqual(low.availableJ * (1 + 1e-12));
        expect(high.reusedJ).toBeGreaterThanOrEqual(low.reusedJ);
      }));
  });
});
