import { describe, expect, it } from 'vitest';
import { cduPumps, tcsSupplyC } from '../../../sim/models/cooling/cdu.js';
import { sizePump, waterFlowKgPerS } from '../../../sim/models/cooling/pump.js';

const cdu = { approachK: 3, tcsDeltaTK: 5, pump: sizePump(waterFlowKgPerS(1e6, 5), 200e3, 0.6, 0.3) };

describe('cduPumps', () => {
  it('1 MW at 5 K, 200 kPa, eta 0.6: 47.858 kg/s -> 0.048002 m3/s * 200e3 / 0.6 = 16.0 kW (16 W/kW)', () => {
    const out = cduPumps(cdu, { heatW: 1e6 });
    expect(out.pumpPowerW).toBeCloseTo(16000.8, 0);
    // within the 12-20 W/kW range metrics-parameters-tco.md 3.1 derives for a 5 K loop
    expect(out.pumpPowerW / 1e3).toBeGreaterThanOrEqual(12);
    expect(out.pumpPowerW / 1e3).toBeLessThanOrEqual(20);
    expect(out.facilityHeatW).toBeCloseTo(1e6 + out.pumpPowerW, 6);
  });
  it('TCS supply = facility supply + approach', () => {
    expect(tcsSupplyC(cdu, 32)).toBe(35);
  });
});
