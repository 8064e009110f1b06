import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthlyPue, partialPue, pue } from '../../sim/metrics/pue.js';

describe('pue', () => {
  it('is facility over IT energy (TGG WP#49 worked example: 600 MWh / 475 MWh = 1.263)', () => {
    // WP#49 section 7: IT 475 MWh, UPS 25, transformer 25, chiller 75 -> site PUE 600/475.
    expect(pue(600, 475)).toBeCloseTo(1.2632, 4);
  });

  it('has no value for a period without IT energy', () => {
    expect(pue(10, 0)).toBeNaN();
  });

  it('is at least 1 whenever facility energy includes IT energy plus non-negative overheads', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }), (it, overhead) => {
        expect(pue(it + overhead, it)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('partialPue', () => {
  it('adds one subsystem at a time (WP#49: container zone UPS loss 25 MWh on 475 MWh IT -> pPUE 1.05)', () => {
    const p = partialPue({ it: 475, power: 25, cooling: 75, misc: 0 });
    expect(p.power).toBeCloseTo(500 / 475, 12);
    expect(p.cooling).toBeCloseTo(550 / 475, 12);
    expect(p.misc).toBe(1);
  });
});

describe('monthlyPue', () => {
  it('weights each month by energy, not by hourly PUE', () => {
    // Two hours in January: (IT 1, facility 2) and (IT 3, facility 3.3): energy-weighted 5.3/4, not mean(2, 1.1).
    const month = new Uint8Array([1, 1, 2]);
    const fac = new Float64Array([2, 3.3, 1.5]);
    const it = new Float64Array([1, 3, 1]);
    const m = monthlyPue(fac, it, month);
    expect(m[0]).toBeCloseTo(5.3 / 4, 12);
    expect(m[1]).toBeCloseTo(1.5, 12);
    expect(m[2]).toBeNaN();
    expect(m).toHaveLength(12);
  });
});
