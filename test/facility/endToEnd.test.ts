/**
 * Energy balance end to end on a real run (the default scenario: a year of
 * Hangzhou weather, the Alibaba trace): the annual meters, the hourly buckets,
 * summary.json and hourly.csv all tell the same story.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../sim/studies/evaluate.js';
import { hourlyCsv } from '../../reports/csv.js';
import { SECONDS_PER_HOUR, kWhFromJ } from '../../sim/units.js';
import { defaultScenario } from './plants.js';

const REL = 1e-9;
const { summary, hourly, result } = evaluate(defaultScenario());
const close = (a: number, b: number, rel = REL) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b)));

describe('a real run balances', () => {
  it('every hour: the components add up to facility power; PUE >= 1', () => {
    for (const d of hourly.designs) {
      const series = Object.values(d.componentPowerW);
      let worstRel = 0, minComponentW = Infinity, minPue = Infinity;
      for (let h = 0; h < hourly.hours; h++) {
        let sumW = 0;
        for (const s of series) {
          minComponentW = Math.min(minComponentW, s[h]);
          sumW += s[h];
        }
        worstRel = Math.max(worstRel, Math.abs(sumW - d.facilityPowerW[h]) / d.facilityPowerW[h]);
        minPue = Math.min(minPue, d.facilityPowerW[h] / d.itPowerW[h]);
      }
      expect(worstRel).toBeLessThanOrEqual(REL);
      expect(minComponentW).toBeGreaterThanOrEqual(0);
      expect(minPue).toBeGreaterThanOrEqual(1);
    }
  });

  it('the hourly buckets integrate to the annual meters (two separate accumulators)', () => {
    result.designs.forEach((run, i) => {
      const d = hourly.designs[i];
      run.channels.forEach((name, c) => {
        let j = 0;
        for (let h = 0; h < hourly.hours; h++) j += d.componentPowerW[name][h] * SECONDS_PER_HOUR;
        close(j, run.energyJ[c]);
      });
    });
  });

  it('summary.json: energyByComponentKWh adds up to facilityEnergyKWh, pue = facility / IT, hourly sum = annual', () => {
    summary.designs.forEach((s, i) => {
      const m = s.metrics;
      const byComponent = Object.values(m.energyByComponentKWh).reduce((a, b) => a + b, 0);
      close(byComponent, m.facilityEnergyKWh);
      close(m.energyByComponentKWh.it, m.itEnergyKWh);
      close(m.pue, m.facilityEnergyKWh / m.itEnergyKWh);
      expect(m.pue).toBeGreaterThanOrEqual(1);
      const hourlyJ = hourly.designs[i].facilityPowerW.reduce((a, w) => a + w * SECONDS_PER_HOUR, 0);
      close(kWhFromJ(hourlyJ), m.facilityEnergyKWh);
    });
  });

  // hourly.csv writes 8 significant digits (reports/hourlyColumns.ts csvNumber): each cell is off by at most
  // 5e-8 of itself, so the component sum can differ from the facility cell by (n + 1) * 5e-8 of facility power.
  it('hourly.csv: per row, the component columns add up to facilityPower_kW within the 8-digit rounding', () => {
    const lines = hourlyCsv(hourly).split('\n').filter((l) => l !== '');
    const header = lines[0].split(',');
    const facility = header.indexOf('facilityPower_kW');
    const components = header.flatMap((h, i) => (h.endsWith('_kW') && !['itPower_kW', 'facilityPower_kW'].includes(h) ? [i] : []));
    expect(components.length).toBeGreaterThan(10);
    expect(lines.length - 1).toBe(hourly.hours * hourly.designs.length);
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const sumKW = components.reduce((a, i) => a + (cells[i] === '' ? 0 : Number(cells[i])), 0);
      close(sumKW, Number(cells[facility]), (components.length + 1) * 5e-8);
    }
  });
});
