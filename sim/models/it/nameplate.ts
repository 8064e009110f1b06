/**
 * What a node's power figure includes. A datasheet maximum (NVIDIA DGX H100: "~10.2 kW max") is the
 * system's wall input: its compute components plus its own fans plus its power-supply losses. dctwin
 * adds fans and PSU losses per design (itPower.ts), so a wall-input figure is first turned into the
 * component (compute) power that, inside the node as shipped, draws exactly that wall input.
 *
 * Equation (reference node = the node as its datasheet describes it: air-cooled, its own server PSUs):
 *   wallW(C, u) = itPower(reference, { computePowerW: C, poweredNodes: 1, meanUtilization: u,
 *                                      inletAirTempC: reference.designInletAirTempC }).itPowerW
 *   peak:   componentPeakW solves ratedItPowerW(reference, 1, componentPeakW) = wallPeakW
 *   point:  componentW(u) solves wallW(componentW(u), u) = wallW_datasheet(u)   (fans sized from componentPeakW)
 *   both by bisection (wallW rises with C: d(out / eff(out)) / d out > 0 on the shipped PSU curves)
 *   linear / powerLaw / fanBarroso: idle (u = 0) and peak (u = 1) converted, the shape kept;
 *   table: every (u_i, P_i) point converted at its own utilization, the last one as full load (as nodePower.ts
 *   reads a table); standby power kept as given.
 * Assumptions: the datasheet maximum holds at full load and the reference inlet (25 degC, inside ASHRAE's
 *   18-27 degC recommended range; the DGX H100 datasheet gives 5-30 degC operating, no rating inlet:
 *   assumption); the reference node has dctwin's default air-server fan share (10 %, itPower.ts) and its
 *   default server PSUs (80 PLUS Titanium, 1+1 sizing; DGX H100: 6 x 3.3 kW supplies, schema/it.ts).
 *   A design that keeps those PSUs and fans draws the datasheet maximum at that point; one with liquid
 *   capture (smaller fan share) draws less; one that swaps in lossier supplies may draw more (its choice).
 * Validity: wall figures above the reference's own fan and PSU draw at that utilization (else RangeError).
 * References: NVIDIA DGX H100 datasheet (2023): "System power usage ~10.2 kW max" for the whole system;
 *   EnergyPlus Engineering Reference, ElectricEquipment:ITE:AirCooled (design power input = CPU + fan,
 *   through the power supply): the decomposition inverted here.
 * Validated by: test/models/it/nameplate.test.ts (air node draws its 10.2 kW at full load; property: no design
 *   of the default node draws more; round trip); unit tests only
 * @example componentPeakW(10200, reference)   // => ~8813 W of compute behind a 10.2 kW DGX H100 (default reference)
 */
import { itPower, ratedItPowerW, type ItConfig } from './itPower.js';
import type { RackParams } from './rack.js';
import type { NodePowerParams } from './nodePower.js';

/** The node as its datasheet describes it: its IT models and air racks (no liquid capture). */
export type NameplateReference = ItConfig & { racks: RackParams };

/** What a node power figure includes: the system's wall input (datasheet meaning) or its compute components only. */
export type NodePowerIncludes = 'wall-input' | 'components';

const BISECTIONS = 60;

function solve(targetW: number, wallOf: (componentW: number) => number, what: string): number {
  let lo = targetW * 1e-12; // not 0: at zero component power the node's PSUs would be rated 0 W
  if (!(wallOf(lo) < targetW)) {
    throw new RangeError(`nameplate: expected ${what} above the node's own fans and PSU losses there (${Math.round(wallOf(lo))} W), got ${targetW} W`);
  }
  let hi = targetW;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (lo + hi) / 2;
    if (wallOf(mid) < targetW) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Component power at full load behind a wall-input maximum, W. */
export function componentPeakW(wallPeakW: number, reference: NameplateReference): number {
  return solve(wallPeakW, (c) => ratedItPowerW(reference, 1, c), 'a wall-input maximum');
}

/** Component power at utilization u behind a wall input at u, the node's fans sized from componentPeakW, W. */
export function componentPowerAtW(wallW: number, utilization: number, peakComponentW: number, reference: NameplateReference): number {
  if (utilization >= 1 && Math.abs(wallW - ratedItPowerW(reference, 1, peakComponentW)) < 1e-6 * wallW) return peakComponentW;
  const params = { ...reference, nodeCount: 1, nodePeakPowerW: peakComponentW };
  const wallOf = (c: number) => itPower(params, { computePowerW: c, poweredNodes: 1, meanUtilization: utilization, inletAirTempC: reference.designInletAirTempC }).itPowerW;
  return solve(wallW, wallOf, `a wall input at utilization ${utilization}`);
}

/** Node power parameters converted from wall input to component power (see the equation above). */
export function componentNodePower(wall: NodePowerParams, reference: NameplateReference): NodePowerParams {
  const shape = wall.shape;
  if (shape.kind === 'table') {
    const last = shape.powerW.length - 1;
    const peakW = componentPeakW(shape.powerW[last], reference);
    const powerW = shape.powerW.map((w, i) => (i === last ? peakW : componentPowerAtW(w, shape.utilization[i], peakW, reference)));
    return { ...wall, idlePowerW: powerW[0], peakPowerW: peakW, shape: { ...shape, powerW } };
  }
  const peakW = componentPeakW(wall.peakPowerW, reference);
  return { ...wall, peakPowerW: peakW, idlePowerW: componentPowerAtW(wall.idlePowerW, 0, peakW, reference) };
}
