import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itPowerInto, type ItOutput, type ItParams } from '../../sim/models/it/itPower.js';
import { DEFAULT_IT, racksSchema } from '../../sim/scenario/schema/it.js';
import { groupItPowerInto, newItOutput } from '../../sim/simulation/groupItPower.js';
import { newStepInput, type StepInput } from '../../sim/simulation/stepInput.js';

// Two rack types as a B200 + L20 hall would have: liquid PoD (all compute heat to liquid, no server fans) and air racks.
const liquid: ItParams = { ...DEFAULT_IT, racks: racksSchema.parse({ type: 'liquid-pod', ratedPower: '105 kW', liquidCapture: '100 %' }), nodeCount: 10, nodePeakPowerW: 14_000 };
const air: ItParams = { ...DEFAULT_IT, racks: racksSchema.parse({ type: 'air', ratedPower: '40 kW' }), nodeCount: 16, nodePeakPowerW: 3000 };
const scratch = () => ({ input: { computePowerW: 0, poweredNodes: 0, meanUtilization: 0, inletAirTempC: 0 }, out: newItOutput(), itW: new Float64Array(0) });
const step = (groups: number[]): StepInput => ({ ...newStepInput(groups.length / 3), groups: Float64Array.from(groups) });
const alone = (it: ItParams, computePowerW: number, poweredNodes: number, meanUtilization: number, inletAirTempC: number): ItOutput =>
  itPowerInto(it, { computePowerW, poweredNodes, meanUtilization, inletAirTempC }, newItOutput());

describe('groupItPowerInto', () => {
  it('one group equals itPowerInto exactly', () => {
    const s = scratch();
    const out = groupItPowerInto([liquid], step([84_000, 8, 0.6]), 27, s, newItOutput());
    expect(out).toEqual(alone(liquid, 84_000, 8, 0.6, 27));
    expect(s.itW[0]).toBe(out.itPowerW);
  });

  it('two groups: every field is the sum of separate itPowerInto calls; each group\'s IT power is left in itW', () => {
    const s = scratch();
    const out = groupItPowerInto([liquid, air], step([84_000, 8, 0.6, 40_000, 16, 0.9]), 24, s, newItOutput());
    const a = alone(liquid, 84_000, 8, 0.6, 24), b = alone(air, 40_000, 16, 0.9, 24);
    for (const f of ['itPowerW', 'computePowerW', 'psuLossW', 'fanPowerW', 'liquidHeatW', 'airHeatW'] as const) expect(out[f]).toBe(a[f] + b[f]);
    expect(Array.from(s.itW)).toEqual([a.itPowerW, b.itPowerW]);
    expect(out.fanPowerW).toBe(b.fanPowerW); // liquid PoD at 100 % capture: no server fans (10 % x (1 - 1))
    expect(out.computePowerW).toBe(124_000);
  });

  it('energy balance per step and a reused output record (property)', () => {
    const s = scratch(), out = newItOutput();
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 18, max: 35 }), (ua, ub, inletC) => {
      const ga = 2000 * 10 + 12_000 * 10 * ua, gb = 500 * 16 + 2500 * 16 * ub;
      groupItPowerInto([liquid, air], step([ga, 10, ua, gb, 16, ub]), inletC, s, out);
      expect(out.liquidHeatW + out.airHeatW).toBeCloseTo(out.itPowerW, 6);
      expect(s.itW[0] + s.itW[1]).toBeCloseTo(out.itPowerW, 6);
    }));
  });

  it('a step record with another group count is a RangeError (a wiring bug)', () => {
    expect(() => groupItPowerInto([liquid, air], step([1, 1, 1]), 25, scratch(), newItOutput())).toThrow(/1 node groups, the design 2/);
  });
});
