import { describe, expect, it } from 'vitest';
import { installedUnits } from '../../../sim/models/power/redundancy.js';

describe('installedUnits', () => {
  it('N, N+1, 2N (hand-computed)', () => {
    // 1.2 MW on 500 kW modules: 3 needed
    expect(installedUnits(1.2e6, 5e5, 'N')).toBe(3);
    expect(installedUnits(1.2e6, 5e5, 'N+1')).toBe(4);
    expect(installedUnits(1.2e6, 5e5, '2N')).toBe(6);
    // an exact multiple needs no extra unit; zero load still needs one
    expect(installedUnits(1e6, 5e5, 'N')).toBe(2);
    expect(installedUnits(0, 5e5, 'N+1')).toBe(2);
    expect(() => installedUnits(1, 0, 'N')).toThrow(RangeError);
  });
});
