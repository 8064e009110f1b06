import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chillerPower, type ChillerParams } from '../../../sim/models/cooling/chiller.js';
import { stagedChillers } from '../../../sim/models/cooling/chillerStaging.js';
import { YORK_YT_1055KW_VANES } from '../../../sim/models/cooling/curves.js';

const unit: ChillerParams = { curves: YORK_YT_1055KW_VANES, ratedCapacityW: 1e6, ratedCop: 5.96 };
const temps = { chilledWaterSupplyC: 6.67, condenserEnteringC: 29.44 };

describe('stagedChillers', () => {
  it('picks the running count with the least total power', () => {
    // 1.5 MW cannot run on one unit (1.01 MW available); two at 0.75 MW each or three at 0.5 MW each:
    // the York part-load curve favours the count with the lower sum, computed here from chillerPower itself.
    const two = 2 * chillerPower(unit, { loadW: 7.5e5, ...temps }).powerW;
    const three = 3 * chillerPower(unit, { loadW: 5e5, ...temps }).powerW;
    const out = stagedChillers({ unit, installed: 3 }, { loadW: 1.5e6, ...temps });
    expect(out.powerW).toBeCloseTo(Math.min(two, three), 6);
    expect(out.running).toBe(two <= three ? 2 : 3);
    expect(out.clamped).toBe(false);
  });

  it('runs everything and flags an unmet load beyond the bank', () => {
    const out = stagedChillers({ unit, installed: 2 }, { loadW: 5e6, ...temps });
    expect(out.running).toBe(2);
    expect(out.clamped).toBe(true);
    expect(out.deliveredLoadW).toBeLessThan(5e6);
  });

  it('bank power is non-decreasing in load (min over feasible counts of non-decreasing functions)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 3e6, noNaN: true }), fc.double({ min: 0, max: 3e6, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const p = (l: number) => stagedChillers({ unit, installed: 3 }, { loadW: l, chilledWaterSupplyC: 15, condenserEnteringC: 28 }).powerW;
      expect(p(hi)).toBeGreaterThanOrEqual(p(lo) - 1e-6);
    }));
  });

  it('zero load: nothing runs', () => {
    expect(stagedChillers({ unit, installed: 2 }, { loadW: 0, ...temps })).toMatchObject({ running: 0, powerW: 0 });
  });
});
