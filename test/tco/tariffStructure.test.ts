// Hand-computed bills of a small synthetic year for the two-part tariff (demand charge by monthly maximum
// demand or by transformer kVA), the power-factor adjustment (China 1983, standard 0.90) and the PUE surcharge.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualDemandCharge, billingMonthMaxima } from '../../sim/tco/demandCharge.js';
import { powerFactorAdjustmentRate } from '../../sim/tco/powerFactor.js';
import { annualPueSurcharge } from '../../sim/tco/pueSurcharge.js';
import { opexLines, type OpexPrices } from '../../sim/tco/opex.js';
import { flatTariff } from '../../sim/tco/tariff.js';
import { JOULES_PER_KWH } from '../../sim/units.js';
import { yearCalendar } from './calendar.js';

const { month, hourOfDay } = yearCalendar();

/** 1 MW all year, with one hour at 1 MW + 100 kW x month number in each month (2nd hour of the month). */
function monthlyPeaks(): Float64Array {
  const p = new Float64Array(8760).fill(1e6);
  let start = 0;
  for (let h = 1; h <= 8760; h++) {
    if (h === 8760 || month[h] !== month[start]) {
      p[start + 1] = 1e6 + 1e5 * month[start];
      start = h;
    }
  }
  return p;
}

describe('demand charge (two-part tariff)', () => {
  it('billing-month maxima are each month\'s highest hour', () => {
    const maxima = billingMonthMaxima(monthlyPeaks(), month, new Float64Array(12));
    expect(Array.from(maxima)).toEqual([1.1e6, 1.2e6, 1.3e6, 1.4e6, 1.5e6, 1.6e6, 1.7e6, 1.8e6, 1.9e6, 2.0e6, 2.1e6, 2.2e6]);
  });

  it('by maximum demand: 40 CNY/kW x (1100 + 1200 + ... + 2200 kW) = 40 x 19 800 = 792 000 CNY a year', () => {
    const charge = annualDemandCharge({ basis: 'maxDemand', pricePerWMonth: 0.04 }, { powerW: monthlyPeaks(), month, transformerInstalledVA: 0 });
    expect(charge).toBeCloseTo(792_000, 6);
  });

  it('by transformer capacity: 30 CNY/kVA x 2 x 2000 kVA x 12 = 1 440 000 CNY, whatever the load', () => {
    const charge = annualDemandCharge({ basis: 'transformerCapacity', pricePerVAMonth: 0.03 }, { powerW: monthlyPeaks(), month, transformerInstalledVA: 4e6 });
    expect(charge).toBeCloseTo(1_440_000, 6);
  });

  it('a run shorter than a year is billed on its months scaled to 12 (property: flat load => price x load x 12)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8760 }), fc.double({ min: 1e3, max: 1e8, noNaN: true }), (hours, loadW) => {
      const charge = annualDemandCharge({ basis: 'maxDemand', pricePerWMonth: 0.04 },
        { powerW: new Float64Array(hours).fill(loadW), month: month.subarray(0, hours), transformerInstalledVA: 0 });
      return Math.abs(charge - 0.04 * loadW * 12) <= 1e-9 * charge;
    }));
  });
});

describe('power-factor adjustment (1983 method, standard 0.90)', () => {
  // Known values of the 0.90 column of the 1983 table ((83)水电财字第215号); 0.92, 0.91 and 0.89-0.67 follow the
  // method's steps (-0.15 % / +0.5 % / +1 % per 0.01), the published rows are checked in test/validation/powerFactor.validation.test.ts.
  const table: Array<[number, number]> = [
    [1.0, -0.0075], [0.95, -0.0075], [0.94, -0.006], [0.93, -0.0045], [0.92, -0.003], [0.91, -0.0015],
    [0.9, 0], [0.89, 0.005], [0.85, 0.025], [0.8, 0.05], [0.7, 0.1], [0.69, 0.11], [0.65, 0.15], [0.64, 0.17], [0.6, 0.25], [0.3, 0.85],
  ];
  for (const [pf, rate] of table) {
    it(`power factor ${pf.toFixed(2)} => ${(rate * 100).toFixed(2)} % of the bill`, () => {
      expect(powerFactorAdjustmentRate(pf)).toBeCloseTo(rate, 12);
    });
  }

  it('rounds the power factor to two decimals first (0.946 -> 0.95 bonus, 0.944 -> 0.94)', () => {
    expect(powerFactorAdjustmentRate(0.946)).toBeCloseTo(-0.0075, 12);
    expect(powerFactorAdjustmentRate(0.944)).toBeCloseTo(-0.006, 12);
  });

  it('never rewards a lower power factor (property: rate is non-increasing in power factor)', () => {
    fc.assert(fc.property(fc.double({ min: 0.2, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), (pf, d) =>
      powerFactorAdjustmentRate(Math.min(1, pf + d)) <= powerFactorAdjustmentRate(pf) + 1e-15));
  });
});

describe('PUE surcharge (Beijing style: tiers on the excess over the limit)', () => {
  const beijing = { tiers: [{ pueThresholdRatio: 1.35, pricePerJ: 0.2 / JOULES_PER_KWH }, { pueThresholdRatio: 2.7, pricePerJ: 0.5 / JOULES_PER_KWH }], appliesTo: 'excess' as const };
  const itJ = 10e6 * JOULES_PER_KWH; // 10 GWh of IT energy a year

  it('at the limit (PUE 1.35) and below it: no surcharge', () => {
    expect(annualPueSurcharge(beijing, { pue: 1.35, annualItEnergyJ: itJ })).toBe(0);
    expect(annualPueSurcharge(beijing, { pue: 1.2, annualItEnergyJ: itJ })).toBe(0);
  });

  it('PUE 1.45: excess (1.45 - 1.35) x 10 GWh = 1 GWh at 0.2 CNY/kWh = 200 000 CNY', () => {
    expect(annualPueSurcharge(beijing, { pue: 1.45, annualItEnergyJ: itJ })).toBeCloseTo(200_000, 4);
  });

  it('PUE 2.85 (above twice the limit): excess 1.5 x 10 GWh = 15 GWh at 0.5 CNY/kWh = 7 500 000 CNY', () => {
    expect(annualPueSurcharge(beijing, { pue: 2.85, annualItEnergyJ: itJ })).toBeCloseTo(7_500_000, 3);
  });

  it('never falls when the PUE rises (property, excess basis: the tier step only adds)', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (pue, d) =>
      annualPueSurcharge(beijing, { pue: pue + d, annualItEnergyJ: itJ }) >= annualPueSurcharge(beijing, { pue, annualItEnergyJ: itJ })));
  });

  it('applied to all energy: PUE 1.45 x 10 GWh = 14.5 GWh at 0.2 CNY/kWh = 2 900 000 CNY', () => {
    expect(annualPueSurcharge({ ...beijing, appliesTo: 'all' }, { pue: 1.45, annualItEnergyJ: itJ })).toBeCloseTo(2_900_000, 3);
  });
});

describe('opexLines with the tariff structure', () => {
  // 1 MW all year at 0.5 CNY/kWh: energy 8 760 000 kWh x 0.5 = 4 380 000; demand by maximum demand 40 CNY/kW x 1000 kW x 12 = 480 000
  const prices = (extra: Partial<OpexPrices>): OpexPrices => ({
    energyTariff: flatTariff(0.5 / JOULES_PER_KWH), demandPricePerWMonth: 0, demandCharge: { basis: 'maxDemand', pricePerWMonth: 0.04 },
    waterPricePerM3: 0, maintenanceShare: 0, carbonPricePerKg: 0, ...extra,
  });
  const input = (powerFactor: number, pue = 1.3) => ({
    hourlyFacilityPowerW: new Float64Array(8760).fill(1e6), hourOfDay, month, peakFacilityPowerW: 1.2e6,
    annualWaterL: 0, annualEmissionsKg: 0, maintenanceBase: 0, powerFactor, pue, annualItEnergyJ: (8760e3 / pue) * JOULES_PER_KWH,
  });

  it('power factor 0.95: a 0.75 % bonus on 4 860 000 = -36 450 CNY', () => {
    const lines = opexLines(prices({ powerFactorAdjustment: 'china-1983' }), input(0.95));
    expect(lines.demandOpex).toBeCloseTo(480_000, 6);
    expect(lines.powerFactorOpex).toBeCloseTo(-36_450, 6);
  });

  it('power factor 0.85: a 2.5 % penalty on 4 860 000 = +121 500 CNY', () => {
    expect(opexLines(prices({ powerFactorAdjustment: 'china-1983' }), input(0.85)).powerFactorOpex).toBeCloseTo(121_500, 6);
  });

  it('PUE 1.45 with 8 760 000 kWh of facility energy: excess (1.45 - 1.35) x 6 041 379 kWh IT x 0.2 = 120 828 CNY', () => {
    const surcharge = { tiers: [{ pueThresholdRatio: 1.35, pricePerJ: 0.2 / JOULES_PER_KWH }], appliesTo: 'excess' as const };
    expect(opexLines(prices({ pueSurcharge: surcharge }), input(0.95, 1.45)).pueSurchargeOpex).toBeCloseTo((0.1 * 8_760_000 / 1.45) * 0.2, 4);
  });

  it('without them the lines are the five of before (the summary keeps its keys)', () => {
    expect(Object.keys(opexLines(prices({}), input(0.95)))).toEqual(['energyOpex', 'demandOpex', 'waterOpex', 'maintenanceOpex', 'carbonOpex']);
  });
});
