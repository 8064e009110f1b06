/** Design KPIs for sweeps and compare, read from a summary. */
import { describe, expect, it } from 'vitest';
import { fakeHourly } from '../../fixtures/run/fakeHourly.js';
import { fakeSummary } from '../../fixtures/run/fakeRun.js';
import { KPI_COLUMNS, summaryKpis } from '../../../sim/studies/sweep/kpis.js';

describe('summaryKpis', () => {
  const summary = fakeSummary(fakeHourly(3));
  const [first, second] = summaryKpis(summary);

  it('converts facility energy to MWh and takes peak power and TCO from the summary', () => {
    const m = summary.designs[1].metrics;
    expect(second.id).toBe(summary.designs[1].id);
    expect(second.kpis.facilityEnergyMWh).toBeCloseTo(m.facilityEnergyKWh / 1000, 9);
    expect(second.kpis.peakFacilityKW).toBe(m.facilityPowerKW.peak);
    expect(second.kpis.tcoTotal).toBe(summary.designs[1].tco!.total);
    expect(Object.keys(second.kpis)).toEqual(KPI_COLUMNS.map(([key]) => key));
    expect(second.kpis.itEnergyMWh).toBeCloseTo(m.itEnergyKWh / 1000, 9);
    expect([second.kpis.p95FacilityKW, second.kpis.chillerHours]).toEqual([m.facilityPowerKW.p95, m.chillerHours]);
    expect(second.currency).toBe(summary.designs[1].tco!.currency);
  });

  it('counts savings against the first design: positive when cheaper, zero for the first', () => {
    expect(first.kpis.tcoSavingsVsFirst).toBe(0);
    expect(second.kpis.tcoSavingsVsFirst).toBe(summary.designs[0].tco!.total - summary.designs[1].tco!.total);
  });

  it('names each column with its unit after an underscore; money columns are in the row\'s currency', () => {
    expect(KPI_COLUMNS.map(([, name]) => name)).toEqual([
      'pue', 'tue', 'wue_L_per_kWh', 'cue_kg_per_kWh', 'facilityEnergy_MWh', 'itEnergy_MWh', 'peakFacility_kW', 'p95Facility_kW',
      'chiller_h', 'freeCooling_h', 'tcoTotal_currency', 'capex_currency', 'opex_currency', 'tcoSavingsVsFirst_currency',
    ]);
  });

  it('leaves costs null for a design without costs', () => {
    const noCosts = { ...summary, designs: summary.designs.map((d) => ({ ...d, tco: undefined })) };
    const k = summaryKpis(noCosts)[1].kpis;
    expect([k.tcoTotal, k.capex, k.opex, k.tcoSavingsVsFirst]).toEqual([null, null, null, null]);
  });
});
