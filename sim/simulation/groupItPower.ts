/**
 * IT power of a design whose node groups sit in their own racks (the XPU pool): itPower.ts per group, on the
 * group's share of the step record, summed. A helper of composeStep.ts.
 *
 * Equation: for every output field f of itPower (IT power, compute, PSU loss, fans, heat to liquid, heat to air):
 *   f = Σ_g itPower(it_g, { computePowerW_g, poweredNodes_g, meanUtilization_g, inletAirTempC }).f
 *   it_g: the design's PSU and fan models with group g's rack type, node count and node peak power.
 * Assumptions: groups share the room's inlet air; each group's PSUs and fans follow its own nodes' load.
 * Validity: as itPower.ts per group.
 * References: itPower.ts, rack.ts.
 * Validated by: test/simulation/groupItPower.test.ts (one group equals itPower.ts; the sum of separate calls)
 * Each group's IT power is left in scratch.itW (per-group energy in designRun.ts).
 * @example groupItPowerInto([itA, itB], step, 25, scratch, out) // out.itPowerW = itA's + itB's
 */
import { itPowerInto, type ItInput, type ItOutput, type ItParams } from '../models/it/itPower.js';
import { GROUP_STEP_VALUES, type StepInput } from './stepInput.js';

export const newItOutput = (): ItOutput => ({ itPowerW: 0, computePowerW: 0, psuLossW: 0, fanPowerW: 0, liquidHeatW: 0, airHeatW: 0, clamped: false });

export function groupItPowerInto(groupIt: readonly ItParams[], s: StepInput, inletAirTempC: number,
  scratch: { input: ItInput; out: ItOutput; itW: Float64Array }, out: ItOutput): ItOutput {
  if (s.groups.length !== GROUP_STEP_VALUES * groupIt.length) {
    throw new RangeError(`IT power: the step record has ${s.groups.length / GROUP_STEP_VALUES} node groups, the design ${groupIt.length}`);
  }
  out.itPowerW = out.computePowerW = out.psuLossW = out.fanPowerW = out.liquidHeatW = out.airHeatW = 0;
  out.clamped = false;
  const input = scratch.input, one = scratch.out;
  if (scratch.itW.length !== groupIt.length) scratch.itW = new Float64Array(groupIt.length);
  input.inletAirTempC = inletAirTempC;
  for (let g = 0; g < groupIt.length; g++) {
    input.computePowerW = s.groups[GROUP_STEP_VALUES * g];
    input.poweredNodes = s.groups[GROUP_STEP_VALUES * g + 1];
    input.meanUtilization = s.groups[GROUP_STEP_VALUES * g + 2];
    itPowerInto(groupIt[g], input, one);
    scratch.itW[g] = one.itPowerW;
    out.itPowerW += one.itPowerW;
    out.computePowerW += one.computePowerW;
    out.psuLossW += one.psuLossW;
    out.fanPowerW += one.fanPowerW;
    out.liquidHeatW += one.liquidHeatW;
    out.airHeatW += one.airHeatW;
    out.clamped ||= one.clamped;
  }
  return out;
}
