import { describe, expect, it } from 'vitest';
import {
  COMPONENT_CLASSES, COMPONENT_RELIABILITY, failuresPerYear, meanRepairS, mtbfS,
} from '../../../sim/models/resilience/componentReliability.js';
import { SECONDS_PER_YEAR, sFromHours } from '../../../sim/units.js';

describe('component reliability table', () => {
  it('has every class of issue 16, each with a unit, a source and its provenance', () => {
    expect(Object.keys(COMPONENT_RELIABILITY).sort()).toEqual([...COMPONENT_CLASSES].sort());
    for (const c of COMPONENT_CLASSES) {
      const e = COMPONENT_RELIABILITY[c];
      expect(e.unit.length, c).toBeGreaterThan(10);
      expect(e.source.length, c).toBeGreaterThan(10);
      expect(['cited', 'assumption']).toContain(e.provenance);
      if (e.provenance === 'assumption') expect(e.source, c).toMatch(/^assumption/);
      expect(e.weibullShape, c).toBe(1); // no source gives a shape: exponential, stated
      expect(meanRepairS(e), c).toBeGreaterThan(0);
    }
  });

  it('combines the OREDA-2009 chiller modes (0.588 /yr at 12 h + 0.249 /yr at 13 h)', () => {
    const chiller = COMPONENT_RELIABILITY.chiller;
    expect(failuresPerYear(chiller)).toBeCloseTo(0.837, 12);
    // rate-weighted mean repair: (0.588 * 12 + 0.249 * 13) / 0.837 = 12.2975 h
    expect(meanRepairS(chiller)).toBeCloseTo(sFromHours((0.588 * 12 + 0.249 * 13) / 0.837), 6);
    expect(mtbfS(chiller)).toBeCloseTo(SECONDS_PER_YEAR / 0.837, 3);
  });

  it('utility feed: IEEE 1366 SAIFI 1.10 /yr and CAIDI = 1.50 / 1.10 h; generator start: 1 - 0.94 per demand', () => {
    const feed = COMPONENT_RELIABILITY.utilityFeed;
    expect(failuresPerYear(feed)).toBeCloseTo(1.1, 12);
    expect(failuresPerYear(feed) * meanRepairS(feed)).toBeCloseTo(sFromHours(1.5), 6); // SAIDI
    const start = COMPONENT_RELIABILITY.generatorStart;
    expect(failuresPerYear(start)).toBe(0);
    expect(mtbfS(start)).toBe(Infinity);
    expect(start.startFailureProbability).toBeCloseTo(0.06, 12);
  });
});
