/** Named constant loads (sim/models/power/constantLoads.ts): hand-computed sums; unit tests. */
import { describe, expect, it } from 'vitest';
import { constantLoads } from '../../../sim/models/power/constantLoads.js';

describe('constantLoads (unit tests)', () => {
  it('sums all loads and the room ones, keeping the scenario order', () => {
    expect(constantLoads([{ name: 'offices', powerW: 20e3, heat: 'room' }, { name: 'filter-pump', powerW: 5e3, heat: 'outdoors' }]))
      .toEqual({ names: ['offices', 'filter-pump'], powerW: [20000, 5000], totalW: 25000, roomHeatW: 20000 });
  });

  it('refuses a negative or NaN power', () => {
    expect(() => constantLoads([{ name: 'x', powerW: -1, heat: 'room' }])).toThrow(RangeError);
    expect(() => constantLoads([{ name: 'x', powerW: Number.NaN, heat: 'room' }])).toThrow(RangeError);
  });
});
