import { describe, expect, it } from 'vitest';
import { cueKgPerKWh, ere, wueLPerKWh } from '../../sim/metrics/water.js';
import { jFromKWh } from '../../sim/units.js';

describe('water and carbon intensities', () => {
  it('WUE is litres per kWh of IT energy (TGG WP#35)', () => {
    // 1,800 L over 1,000 kWh of IT energy -> 1.8 L/kWh.
    expect(wueLPerKWh(1800, jFromKWh(1000))).toBeCloseTo(1.8, 12);
  });

  it('CUE equals the grid factor times PUE when all energy is grid electricity (TGG WP#32)', () => {
    // PUE 1.3, factor 0.5703 kg/kWh: emissions = 1300 kWh * 0.5703 = 741.39 kg over 1000 kWh IT.
    const emissionsKg = 1300 * 0.5703;
    expect(cueKgPerKWh(emissionsKg, jFromKWh(1000))).toBeCloseTo(0.5703 * 1.3, 12);
  });

  it('ERE subtracts reused energy and may fall below 1 (TGG WP#29 example: PUE 1.2, 17 % reused -> ~1.0)', () => {
    const it = 100;
    const facility = 120;
    expect(ere(facility, 0.17 * facility, it)).toBeCloseTo(0.996, 3);
    expect(ere(facility, 0, it)).toBe(1.2);
  });
});
