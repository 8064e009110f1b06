import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeTco, escalatedAnnuityFactor, type TcoInput } from '../../sim/tco/tco.js';
import type { CostParams } from '../../sim/tco/costParams.js';
import { flatTariff } from '../../sim/tco/tariff.js';
import { presentValue } from '../../sim/tco/npv.js';
import { JOULES_PER_KWH } from '../../sim/units.js';
import { yearCalendar } from './calendar.js';

const { month, hourOfDay } = yearCalendar();

function costs(over: Partial<CostParams> = {}): CostParams {
  return {
    energyTariff: flatTariff(0.5 / JOULES_PER_KWH),
    escalation: 0,
    discountRate: 0.1,
    horizonYears: 2,
    demandPricePerWMonth: 0,
    waterPricePerM3: 5,
    maintenanceShare: 0.02,
    carbonPricePerKg: 0,
    capex: { powerPricePerW: 3, cooling: { kind: 'single', pricePerW: 2 }, liquidPremiumPricePerW: 1, whiteSpacePricePerM2: 10000, itPricePerW: 0 },
    priceCurrencies: {},
    sources: { water: 'scenario' },
    ...over,
  };
}

function input(over: Partial<TcoInput> = {}): TcoInput {
  return {
    itRatedW: 1e5,
    racks: 1,
    rackFootprintM2: 2,
    liquidFraction: 1,
    coolingRatedW: 1.2e5,
    hourlyFacilityPowerW: new Float64Array(8760).fill(1e5),
    hourOfDay,
    month,
    annualItEnergyJ: 80 * 8760 * JOULES_PER_KWH, // 80 kW all year = 700 800 kWh
    annualWaterL: 1e5,
    annualEmissionsKg: 0,
    peakFacilityPowerW: 1e5,
    ...over,
  };
}

describe('computeTco', () => {
  it('hand-computed two-year example', () => {
    // capex: power 3 x 1e5 = 300 000; cooling 2 x 1.2e5 = 240 000; liquid 1 x 1e5 x 1 = 100 000; space 10 000 x 2 = 20 000 => 660 000
    // opex year 1: energy 100 kW x 8760 h x 0.5 = 438 000; water 100 m^3 x 5 = 500; maintenance 2 % x 660 000 = 13 200 => 451 700
    // annuity at 10 %, 2 years, no escalation: 1/1.1 + 1/1.21 = 1.73553719
    const annuity = 1 / 1.1 + 1 / 1.21;
    const t = computeTco(costs(), 'CNY', input());
    expect(t.capex).toBeCloseTo(660_000, 6);
    expect(t.lines.energyOpex).toBeCloseTo(438_000 * annuity, 4);
    expect(t.lines.waterOpex).toBeCloseTo(500 * annuity, 6);
    expect(t.lines.maintenanceOpex).toBeCloseTo(13_200 * annuity, 6);
    expect(t.total).toBeCloseTo(660_000 + 451_700 * annuity, 4); // 1 443 942.15
    expect(t.perITKW).toBeCloseTo(t.total / 100, 6);
    expect(t.perItKWh).toBeCloseTo(t.total / (700_800 * annuity), 9);
    expect(t.cashFlows).toHaveLength(3);
    expect(t.cashFlows[0]).toBeCloseTo(660_000, 6);
    expect(t.cashFlows[1]).toBeCloseTo(451_700, 4);
    expect(presentValue(t.cashFlows, 0.1)).toBeCloseTo(t.total, 4);
    expect(t).toMatchObject({ currency: 'CNY', horizonYears: 2, discountRate: 0.1, sources: { water: 'scenario' } });
  });

  it('every line is present, for air and liquid designs alike', () => {
    const t = computeTco(costs(), 'CNY', input({ liquidFraction: 0 }));
    expect(Object.keys(t.lines)).toEqual([
      'powerCapex', 'coolingCapex', 'liquidPremiumCapex', 'whiteSpaceCapex', 'itCapex',
      'energyOpex', 'demandOpex', 'waterOpex', 'maintenanceOpex', 'carbonOpex',
    ]);
    expect(t.lines.liquidPremiumCapex).toBe(0);
  });

  it('escalated annuity: 3 % escalation, 6 % discount, 5 years (hand-computed)', () => {
    // sum_{y=1..5} 1.03^(y-1) / 1.06^y = 0.943396 + 0.916696 + 0.890752 + 0.865542 + 0.841046 = 4.457432
    // closed form (geometric series, g = 1.03/1.06): (1/1.06) * (1 - g^5) / (1 - g) = 4.4574324
    expect(escalatedAnnuityFactor(0.03, 0.06, 5)).toBeCloseTo(4.4574324, 6);
  });

  it('lines add up to the total exactly, and the cash flows discount to it', () => {
    const price = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(
        price, price, price, price, price,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: -0.05, max: 0.1, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        fc.double({ min: 1e3, max: 1e7, noNaN: true }),
        (power, cooling, premium, water, demand, liquidFraction, rate, escalation, horizonYears, powerW) => {
          const c = costs({
            discountRate: rate,
            escalation,
            horizonYears,
            waterPricePerM3: water,
            demandPricePerWMonth: demand / 1000,
            carbonPricePerKg: 0.08,
            capex: { powerPricePerW: power / 1000, cooling: { kind: 'split', airPricePerW: cooling / 1000, liquidPricePerW: cooling / 2000 }, liquidPremiumPricePerW: premium / 1000, whiteSpacePricePerM2: 9000, itPricePerW: 0.2 },
          });
          const t = computeTco(c, 'CNY', input({ liquidFraction, hourlyFacilityPowerW: new Float64Array(8760).fill(powerW), peakFacilityPowerW: powerW, annualEmissionsKg: powerW }));
          let sum = 0;
          for (const v of Object.values(t.lines)) sum += v;
          expect(sum).toBe(t.total);
          expect(t.opex).toBeCloseTo(t.total - t.capex, 6);
          expect(presentValue(t.cashFlows, rate)).toBeCloseTo(t.total, Math.max(0, 6 - Math.ceil(Math.log10(t.total + 1))));
        },
      ),
    );
  });

  it('rejects a design with no IT power (a bug upstream)', () => {
    expect(() => computeTco(costs(), 'CNY', input({ itRatedW: 0 }))).toThrow(RangeError);
  });
});

describe('computeTco: levelized cost per unit delivered (issue 13 item 4)', () => {
  it('hand-computed: per IT MWh = 1000 x per IT kWh; per GPU-hour over the discounted GPU-hours', () => {
    // 2 years at 10 %: the units' annuity is 1/1.1 + 1/1.21 = 1.73553719; 64 GPUs busy half the year = 280 320 GPU-h a year
    const annuity = 1 / 1.1 + 1 / 1.21;
    const t = computeTco(costs(), 'CNY', input({ annualGpuHours: 280_320 }));
    expect(t.perItMWh).toBeCloseTo(t.total / (700.8 * annuity), 9);
    expect(t.perItMWh! / t.perItKWh!).toBeCloseTo(1000, 9);
    expect(t.perGpuHour).toBeCloseTo(t.total / (280_320 * annuity), 9);
  });

  it('null where nothing is delivered (no jobs, no IT energy)', () => {
    expect(computeTco(costs(), 'CNY', input()).perGpuHour).toBeNull();
    const none = computeTco(costs(), 'CNY', input({ annualItEnergyJ: 0, annualGpuHours: 0 }));
    expect(none.perItMWh).toBeNull();
    expect(none.perGpuHour).toBeNull();
  });

  it('states the defaults the costs took (unit test: from costs.sources)', () => {
    const t = computeTco(costs({ sources: { water: 'scenario', discountRate: 'default 8 %: test', horizon: 'scenario' } }), 'USD', input());
    expect(t.assumptions).toEqual([{ input: 'costs.discountRate', value: 0.1, unit: 'fraction per year', source: 'default 8 %: test' }]);
  });
});
