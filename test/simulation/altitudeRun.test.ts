/**
 * Issue 12 items 6 and 7 on whole runs. Item 6: the default scenario's air-cooled design (CRAHs, chilled water,
 * towers) in the same synthetic climate (NCDC 1971-2000 Denver normals, as test/validation/scenarios/nrel-esif.yaml)
 * at 1,829 m (Golden, CO) and at sea level: sized at its site's air density it runs every hour without clamping, and
 * its room fans use more energy in the ratio of the air densities, p0/p = 1.248 (same air mass at the same
 * temperatures, more volume at the same fan pressure rise). Before: fans sized at sea-level density, clamped at full
 * speed at altitude, and a fan share ~1.9 times the sea-level one.
 * Item 7: `site.designBasis` chooses the weather the plant is sized at; the summary states it and its margins.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../sim/studies/evaluate.js';
import { standardPressurePa } from '../../sim/models/climate/psychrometrics.js';
import { defaultScenario } from '../facility/plants.js';
import type { Scenario } from '../../sim/scenario/schema.js';

const goldenClimate = (elevationM: number) => ({
  kind: 'synthetic' as const, name: 'Golden CO (synthetic, Denver normals)', meanDryBulbC: 10.1, annualAmplitudeK: 12.3,
  diurnalAmplitudeK: 7.9, hottestDayOfYear: 200, hottestHour: 14, relativeHumidity: 0.52, elevationM,
});

function airDesignAt(elevationM: number, designBasis: Scenario['site']['designBasis'] = 'file-extreme') {
  const s = defaultScenario();
  const air = s.designs.find((d) => d.id === 'air-cooled')!;
  const scenario: Scenario = {
    ...s,
    site: { ...s.site, designBasis, weather: goldenClimate(elevationM) as unknown as Scenario['site']['weather'] },
    designs: [air],
  };
  return evaluate(scenario).summary.designs[0];
}

describe('the same air design at 1,829 m and at sea level', () => {
  const high = airDesignAt(1829);
  const sea = airDesignAt(0);
  const fanShare = (d: typeof high) => d.metrics.energyByComponentKWh.crahFans / d.metrics.itEnergyKWh;

  it('no clamped hours at altitude', () => {
    expect(high.metrics.clampedHours).toBe(0);
    expect(sea.metrics.clampedHours).toBe(0);
  });

  it('room-fan share of IT in the ratio of the air densities (within 1 %)', () => {
    const densityRatio = standardPressurePa(0) / standardPressurePa(1829);
    expect(fanShare(high) / fanShare(sea) / densityRatio).toBeGreaterThan(0.99);
    expect(fanShare(high) / fanShare(sea) / densityRatio).toBeLessThan(1.01);
  });

  it('the summary states the design point, its pressure and the margins', () => {
    expect(high.sizing!.designPoint.basis).toBe('file-extreme');
    expect(high.sizing!.designPoint.pressurePa).toBeCloseTo(standardPressurePa(1829), 6);
    expect(high.sizing!.margins.airTower!.approachDutyUnitsK).toBeCloseTo(high.sizing!.margins.airTower!.typedApproachK, 1);
  });
});

describe('site.designBasis', () => {
  it("'1%' sizes at the file's 1 % dry bulb and reports the hours above it", () => {
    const d = airDesignAt(0, '1%');
    const extreme = airDesignAt(0);
    expect(d.sizing!.designPoint.basis).toBe('1%');
    expect(d.sizing!.designPoint.dryBulbC).toBeLessThan(extreme.sizing!.designPoint.dryBulbC);
    expect(d.sizing!.designPoint.hoursAboveDryBulb).toBeGreaterThan(0);
    expect(d.sizing!.designPoint.hoursAboveDryBulb).toBeLessThan(88);
  });
});
