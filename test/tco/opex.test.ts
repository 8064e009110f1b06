import { describe, expect, it } from 'vitest';
import { annualEnergyCost, opexLines } from '../../sim/tco/opex.js';
import { flatTariff, timeOfUseTariff } from '../../sim/tco/tariff.js';
import type { EnergyTariff } from '../../sim/tco/costParams.js';
import { JOULES_PER_KWH } from '../../sim/units.js';
import { yearCalendar } from './calendar.js';

const perKWh = (price: number) => price / JOULES_PER_KWH;
const { month, hourOfDay } = yearCalendar();

// Zhejiang-style periods (hours as in the brief's example): peak 8-11 and 13-17 (7 h), flat 11-13 and 17-22 (7 h), valley 22-8 (10 h).
const periods = [
  { hours: '8-11,13-17', pricePerJ: perKWh(1.0) },
  { hours: '11-13,17-22', pricePerJ: perKWh(0.62) },
  { hours: '22-8', pricePerJ: perKWh(0.3) },
];

/** Synthetic profile: 1 MW in valley hours (22-8), 2 MW from 8 to 22. */
function dayNightProfile(): Float64Array {
  const p = new Float64Array(8760);
  for (let h = 0; h < 8760; h++) p[h] = hourOfDay[h] >= 8 && hourOfDay[h] < 22 ? 2e6 : 1e6;
  return p;
}

describe('annualEnergyCost', () => {
  it('flat tariff: 1 MW all year at 0.62 per kWh = 8 760 000 kWh x 0.62 = 5 431 200', () => {
    const cost = annualEnergyCost(flatTariff(perKWh(0.62)), new Float64Array(8760).fill(1e6), hourOfDay, month);
    expect(cost).toBeCloseTo(5_431_200, 4);
  });

  it('time-of-use bill on a synthetic 8760 h profile equals the hand-computed bill', () => {
    // per day: valley 10 h x 1000 kWh x 0.30 = 3 000; peak 7 h x 2000 kWh x 1.00 = 14 000; flat 7 h x 2000 kWh x 0.62 = 8 680
    // => 25 680 per day x 365 days = 9 373 200
    const tariff = timeOfUseTariff(periods) as EnergyTariff;
    expect(annualEnergyCost(tariff, dayNightProfile(), hourOfDay, month)).toBeCloseTo(9_373_200, 3);
  });

  it('month-dependent periods: a summer peak price of 1.2 in July and August', () => {
    // extra over the all-year bill: (31 + 31) days x 7 peak h x 2000 kWh x (1.2 - 1.0) = 173 600 => 9 546 800
    const seasonal = [
      { hours: '8-11,13-17', months: '1-6,9-12', pricePerJ: perKWh(1.0) },
      { hours: '8-11,13-17', months: '7-8', pricePerJ: perKWh(1.2) },
      periods[1],
      periods[2],
    ];
    const tariff = timeOfUseTariff(seasonal) as EnergyTariff;
    expect(annualEnergyCost(tariff, dayNightProfile(), hourOfDay, month)).toBeCloseTo(9_546_800, 3);
  });

  it('a run shorter than a year is scaled to 8760 h', () => {
    // one day of 1 MW at 0.5/kWh costs 24 000 kWh x 0.5 = 12 000; scaled x 365 = 4 380 000
    const day = Uint8Array.from({ length: 24 }, (_, h) => h);
    const cost = annualEnergyCost(flatTariff(perKWh(0.5)), new Float64Array(24).fill(1e6), day, new Uint8Array(24).fill(1));
    expect(cost).toBeCloseTo(4_380_000, 4);
  });

  it('rejects arrays of different lengths (a bug upstream)', () => {
    expect(() => annualEnergyCost(flatTariff(1), new Float64Array(3), new Uint8Array(2), new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('opexLines', () => {
  it('demand, water, maintenance and carbon lines (hand-computed)', () => {
    const lines = opexLines(
      {
        energyTariff: flatTariff(0),
        demandPricePerWMonth: 40 / 1000, // 40 per kW-month
        waterPricePerM3: 4.1,
        maintenanceShare: 0.03,
        carbonPricePerKg: 80 / 1000, // 80 per t
      },
      {
        hourlyFacilityPowerW: dayNightProfile(),
        hourOfDay,
        month,
        peakFacilityPowerW: 2e6,
        annualWaterL: 1e6,
        annualEmissionsKg: 1e6,
        maintenanceBase: 1e7,
      },
    );
    expect(lines.energyOpex).toBe(0);
    expect(lines.demandOpex).toBeCloseTo(40 * 2000 * 12, 6); // 960 000
    expect(lines.waterOpex).toBeCloseTo(4.1 * 1000, 9); // 1e6 L = 1000 m^3 -> 4 100
    expect(lines.maintenanceOpex).toBeCloseTo(300_000, 6);
    expect(lines.carbonOpex).toBeCloseTo(80_000, 6); // 1000 t x 80
  });
});
