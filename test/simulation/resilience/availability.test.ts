/**
 * The units in service over a run as one step function (availability.ts): the events of every group's process
 * merged in time order, one row per instant, `full` only when every cooling and power unit is in, a utility
 * loss alone leaving the plant full; rowAt finds the row of any time from any starting guess.
 */
import { describe, expect, it } from 'vitest';
import { availabilityOf, rowAt } from '../../../sim/simulation/resilience/availability.js';
import { failureProcess } from '../../../sim/models/resilience/failureProcess.js';
import type { UnitGroup } from '../../../sim/simulation/resilience/designUnits.js';

const group = (id: string, componentClass: UnitGroup['componentClass'], installed: number): UnitGroup => ({
  id, componentClass, loop: 'air', stage: 'chiller', redundancy: 'N+1', needed: installed - 1, installed, designUnitW: 1,
  roomShare: () => 1, loadW: () => 0, unitW: () => 1,
});
// Scripted outages only (no random failures): the times are known.
const scripted = (units: number, outages: { atS: number; unitsOut: number; forS: number }[], name: string) => failureProcess(
  { componentClass: name, units, failuresPerYear: 0, weibullShape: 1, meanRepairS: 3600, repair: { kind: 'exponential' }, scripted: outages }, () => () => 0.5);

describe('availabilityOf', () => {
  const groups = [group('chiller', 'chiller', 3), group('utility', 'utilityFeed', 1)];

  it('merges the groups\' outages in time order, one row per instant', () => {
    const a = availabilityOf(groups, [
      scripted(3, [{ atS: 100, unitsOut: 1, forS: 50 }, { atS: 120, unitsOut: 1, forS: 100 }], 'a'),
      scripted(1, [{ atS: 120, unitsOut: 1, forS: 10 }], 'b'),
    ], 1000);
    expect(a.atS).toEqual([0, 100, 120, 130, 150, 220]);
    expect(a.inService.map((v) => Array.from(v))).toEqual([[3, 1], [2, 1], [1, 0], [1, 1], [2, 1], [3, 1]]);
    expect(a.full).toEqual([true, false, false, false, false, true]);
  });

  it('a utility loss alone leaves the plant full', () => {
    const a = availabilityOf(groups, [scripted(3, [], 'a'), scripted(1, [{ atS: 10, unitsOut: 1, forS: 5 }], 'b')], 100);
    expect(a.full).toEqual([true, true, true]);
  });

  it('stops at untilS', () => {
    const a = availabilityOf(groups, [scripted(3, [{ atS: 100, unitsOut: 1, forS: 50 }], 'a'), scripted(1, [], 'b')], 120);
    expect(a.atS).toEqual([0, 100]);
  });

  it('rowAt finds the row of a time from any guess', () => {
    const a = { atS: [0, 100, 120], inService: [], full: [] };
    for (const from of [0, 1, 2, 5]) {
      expect(rowAt(a, 0, from)).toBe(0);
      expect(rowAt(a, 99.9, from)).toBe(0);
      expect(rowAt(a, 100, from)).toBe(1);
      expect(rowAt(a, 500, from)).toBe(2);
    }
  });
});
