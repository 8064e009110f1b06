import { describe, expect, it } from 'vitest';
import { chillerThresholds } from '../../../reports/charts/climate.js';
import { quantile } from '../../../reports/charts/monteCarlo.js';
import { powerBreakdownChart } from '../../../reports/charts/powerBreakdown.js';
import { pueVsWetBulbChart } from '../../../reports/charts/pueVsWetBulb.js';
import { pueHeatmapChart } from '../../../reports/charts/pueHeatmap.js';
import { dailyMeans, daysOf } from '../../../reports/charts/aggregate.js';
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';

const table = fakeHourly(60);
type Row = Record<string, number | string>;
const valuesOf = (spec: unknown, layer?: number): Row[] => {
  const s = spec as { data?: { values: Row[] }; layer?: { data: { values: Row[] } }[] };
  return layer === undefined ? s.data!.values : s.layer![layer].data.values;
};

describe('power breakdown data', () => {
  it('stacks up to the daily mean facility power of each design (within chart rounding)', () => {
    const values = valuesOf(powerBreakdownChart(table));
    const days = daysOf(table);
    for (const design of table.designs) {
      const facilityKW = dailyMeans(days, design.facilityPowerW).map((w) => w / 1000);
      days.dayOfYear.forEach((day, d) => {
        const stacked = values.filter((v) => v.design === design.id && v.day === day).reduce((s, v) => s + Number(v.powerKW), 0);
        expect(stacked / facilityKW[d]).toBeCloseTo(1, 4);
      });
    }
  });
});

describe('PUE vs wet bulb data', () => {
  it('counts every hour with IT load exactly once per design', () => {
    const cells = valuesOf(pueVsWetBulbChart(table), 0);
    for (const design of table.designs) {
      const hours = cells.filter((c) => c.design === design.id).reduce((s, c) => s + Number(c.hours), 0);
      expect(hours).toBe(table.hours);
    }
  });
});

describe('PUE heatmap data', () => {
  it('has one cell per design and hour, each PUE >= 1', () => {
    const values = valuesOf(pueHeatmapChart(table));
    expect(values).toHaveLength(table.hours * table.designs.length);
    expect(values.every((v) => Number(v.pue) >= 1)).toBe(true);
  });
});

describe('chillerThresholds', () => {
  it('is the lowest wet bulb of a chiller hour, and absent for a design that never ran one', () => {
    const small = fakeHourly(2);
    small.designs[0].chillerOn.fill(0);
    small.designs[0].chillerOn[5] = 1;
    small.designs[0].chillerOn[7] = 1;
    small.designs[1].chillerOn.fill(0);
    const thresholds = chillerThresholds(small);
    expect(thresholds).toEqual([{ design: 'air-chw', wetBulbC: Math.min(small.wetBulbC[5], small.wetBulbC[7]) }]);
  });
});

describe('quantile (type 7)', () => {
  it('matches R quantile(c(1, 2, 3, 4), c(0.1, 0.5, 0.9)) = 1.3, 2.5, 3.7', () => {
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
  });
});
